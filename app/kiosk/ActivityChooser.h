#pragma once

#include "MasterData.h"
#include "PunchService.h"

#include <QWidget>

#include <vector>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace wh {

class KioskButton;

// The activity chooser: the worker's recent and favourite activities first as big tiles (with a
// small mark), then browsing by block > section, and a search box that filters by Japanese or
// English name or code. Break-kind activities are never shown (PunchService leaves them out).
// Keyboard: type to search, arrows / Tab move between tiles, Enter picks, Escape goes back.
// GUI thread only.
class ActivityChooser : public QWidget {
    Q_OBJECT

public:
    explicit ActivityChooser(QWidget *parent = nullptr);

    // The tree (for the block and section names) and the worker's options; shows the recent and
    // favourite tiles, or the first block when the worker has none.
    void setTree(std::vector<Block> blocks, std::vector<Section> sections);
    // `currentCode`: the activity the worker is on now (its tile is marked "now"; picking it records
    // nothing).
    void setOptions(const QString &workerName, std::vector<db::ActivityOption> options,
                    const QString &currentCode = {});

    // Shows one block's sections (a block code), or the recent and favourites when empty.
    void showCategory(const QString &blockCode);
    // The search box's text (also set by typing in it).
    void setSearch(const QString &text);

    // A scanned code: picks the activity when it is one of the worker's options (activityChosen);
    // otherwise puts the code in the search box (which then shows what matches, or that nothing
    // does).
    void chooseScanned(const QString &code);

    // The activity tiles now shown (for tests): each has the activity code as property "code".
    [[nodiscard]] QList<KioskButton *> tiles() const { return m_tiles; }
    [[nodiscard]] QLineEdit *searchBox() const { return m_search; }
    void focusFirst();

signals:
    void activityChosen(const QString &activityCode);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void addTiles(QGridLayout *grid, const std::vector<const db::ActivityOption *> &options);
    [[nodiscard]] KioskButton *makeTile(const db::ActivityOption &option);
    void clearContent();

    std::vector<Block> m_blocks;
    std::vector<Section> m_sections;
    std::vector<db::ActivityOption> m_options;
    QString m_category; // a block code; empty = recent and favourites
    QString m_current;  // the worker's current activity
    QLabel *m_title;
    QLabel *m_worker;
    QLineEdit *m_search;
    KioskButton *m_back;
    QWidget *m_categoryBox;
    QVBoxLayout *m_categoryLayout;
    QButtonGroup *m_categoryGroup;
    QList<KioskButton *> m_categoryButtons;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QList<KioskButton *> m_tiles;
};

} // namespace wh
