#include "ActivityChooser.h"

#include "KioskButton.h"
#include "KioskText.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QVBoxLayout>

namespace wh {

namespace {
constexpr int kColumns = 3;
const char *const kCodeProperty = "code";
const char *const kBlockProperty = "block";
} // namespace

ActivityChooser::ActivityChooser(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_worker(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_back(new KioskButton(tr("Back"), this))
    , m_categoryBox(new QWidget(this))
    , m_categoryLayout(new QVBoxLayout(m_categoryBox))
    , m_categoryGroup(new QButtonGroup(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("kioskPage"));
    setAttribute(Qt::WA_StyledBackground);

    m_title->setObjectName(QStringLiteral("chooserTitle"));
    m_title->setText(tr("Choose an activity"));
    m_worker->setObjectName(QStringLiteral("chooserWorker"));
    m_search->setPlaceholderText(tr("Search by name or code"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(460);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] { rebuild(); });
    m_back->setObjectName(QStringLiteral("secondaryAction"));
    m_back->setMinimumWidth(180);
    connect(m_back, &QPushButton::clicked, this, &ActivityChooser::cancelled);

    m_categoryLayout->setContentsMargins(0, 0, 0, 0);
    m_categoryLayout->setSpacing(6);
    m_categoryBox->setFixedWidth(300);
    m_categoryGroup->setExclusive(false); // none is checked while searching; the chooser checks them itself

    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->setAutoFillBackground(false);

    auto *header = new QHBoxLayout;
    header->setSpacing(20);
    header->addWidget(m_back);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_worker);
    header->addLayout(titles, 1);
    header->addWidget(m_search);

    auto *body = new QHBoxLayout;
    body->setSpacing(24);
    body->addWidget(m_categoryBox, 0, Qt::AlignTop);
    body->addWidget(m_scroll, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 28);
    layout->setSpacing(20);
    layout->addLayout(header);
    layout->addLayout(body, 1);
}

void ActivityChooser::setTree(std::vector<Block> blocks, std::vector<Section> sections)
{
    m_blocks = std::move(blocks);
    m_sections = std::move(sections);
    std::stable_sort(m_blocks.begin(), m_blocks.end(),
                     [](const Block &a, const Block &b) { return a.sortOrder < b.sortOrder; });
    std::stable_sort(m_sections.begin(), m_sections.end(),
                     [](const Section &a, const Section &b) { return a.sortOrder < b.sortOrder; });
}

void ActivityChooser::setOptions(const QString &workerName, std::vector<db::ActivityOption> options,
                                 const QString &currentCode)
{
    m_current = currentCode;
    m_options = std::move(options);
    m_worker->setText(workerName);

    // The categories: recent and favourites (when there are any), then the blocks that have activities.
    qDeleteAll(m_categoryButtons);
    m_categoryButtons.clear();
    bool anyMarked = false;
    QSet<QString> usedBlocks;
    for (const auto &option : m_options) {
        anyMarked = anyMarked || option.recent || option.favourite;
        usedBlocks.insert(option.blockCode);
    }
    auto addCategory = [this](const QString &text, const QString &block) {
        // A name such as "Packing & processing" must not turn "&" into a shortcut mark.
        auto *button =
            new KioskButton(QString(text).replace(QLatin1Char('&'), QLatin1String("&&")), m_categoryBox);
        button->setObjectName(QStringLiteral("category"));
        button->setCheckable(true);
        button->setProperty(kBlockProperty, block);
        connect(button, &QPushButton::clicked, this, [this, block] {
            m_search->clear();
            showCategory(block);
        });
        m_categoryGroup->addButton(button);
        m_categoryLayout->addWidget(button);
        button->show(); // added while the chooser may be visible
        m_categoryButtons.append(button);
    };
    if (anyMarked)
        addCategory(tr("Recent and favourites"), QString());
    for (const Block &block : m_blocks)
        if (usedBlocks.contains(block.code))
            addCategory(KioskText::blockName(block), block.code);

    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    QString first;
    if (!anyMarked && !m_categoryButtons.isEmpty())
        first = m_categoryButtons.first()->property(kBlockProperty).toString();
    showCategory(first);
}

void ActivityChooser::showCategory(const QString &blockCode)
{
    m_category = blockCode;
    for (KioskButton *button : std::as_const(m_categoryButtons))
        button->setChecked(button->property(kBlockProperty).toString() == blockCode);
    rebuild();
}

void ActivityChooser::setSearch(const QString &text)
{
    m_search->setText(text);
}

void ActivityChooser::chooseScanned(const QString &code)
{
    for (const auto &option : m_options) {
        if (option.activity.code.compare(code, Qt::CaseInsensitive) == 0) {
            emit activityChosen(option.activity.code);
            return;
        }
    }
    m_search->setText(code);
    m_search->setFocus(Qt::OtherFocusReason);
}

void ActivityChooser::focusFirst()
{
    if (!m_tiles.isEmpty())
        m_tiles.first()->setFocus();
    else
        m_search->setFocus();
}

void ActivityChooser::clearContent()
{
    // The old content goes when the scroll area gets the new one (QScrollArea::setWidget deletes it).
    m_tiles.clear();
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("tileArea"));
}

KioskButton *ActivityChooser::makeTile(const db::ActivityOption &option)
{
    auto *tile = new KioskButton(QString(), m_content);
    tile->setObjectName(QStringLiteral("activityTile"));
    tile->setProperty(kCodeProperty, option.activity.code);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    tile->setAccessibleName(KioskText::activityName(option.activity));
    auto *name = new QLabel(KioskText::activityName(option.activity), tile);
    name->setObjectName(QStringLiteral("tileName"));
    name->setWordWrap(true);
    // The grid decides the tile's width; long names wrap instead of widening the tile.
    name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *code = new QLabel(option.activity.code, tile);
    code->setObjectName(QStringLiteral("tileCode"));
    code->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    code->setMinimumHeight(code->sizeHint().height());
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    bottom->addWidget(code, 1);
    const bool current = !m_current.isEmpty() && option.activity.code == m_current;
    if (current || option.recent || option.favourite) {
        //: the mark on the tile of the activity the worker is on now
        const QString text = current ? tr("Now") : option.recent ? tr("Recent") : tr("Favourite");
        auto *mark = new QLabel(text, tile);
        mark->setObjectName(current ? QStringLiteral("tileMarkNow") : QStringLiteral("tileMark"));
        bottom->addWidget(mark);
    }
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(16, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(name, 1);
    layout->addLayout(bottom);
    for (QLabel *label : tile->findChildren<QLabel *>())
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    tile->setFixedHeight(124); // a name of two lines and the code line
    tile->installEventFilter(this);
    const QString activityCode = option.activity.code;
    connect(tile, &QPushButton::clicked, this, [this, activityCode] { emit activityChosen(activityCode); });
    m_tiles.append(tile);
    return tile;
}

void ActivityChooser::addTiles(QGridLayout *grid, const std::vector<const db::ActivityOption *> &options)
{
    int i = 0;
    for (const db::ActivityOption *option : options) {
        grid->addWidget(makeTile(*option), i / kColumns, i % kColumns);
        ++i;
    }
    for (int c = 0; c < kColumns; ++c)
        grid->setColumnStretch(c, 1);
}

void ActivityChooser::rebuild()
{
    clearContent();
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 12, 0);
    layout->setSpacing(12);
    auto newGrid = [&] {
        auto *grid = new QGridLayout;
        grid->setSpacing(14);
        layout->addLayout(grid);
        return grid;
    };
    auto heading = [&](const QString &text) {
        auto *label = new QLabel(text, m_content);
        label->setObjectName(QStringLiteral("sectionHeading"));
        layout->addWidget(label);
    };

    const QString query = m_search->text().trimmed();
    if (!query.isEmpty()) {
        // Searching covers every activity, whatever category is selected.
        for (KioskButton *button : std::as_const(m_categoryButtons))
            button->setChecked(false);
        std::vector<const db::ActivityOption *> found;
        for (const auto &option : m_options) {
            const Activity &a = option.activity;
            if (a.nameJa.contains(query, Qt::CaseInsensitive) ||
                a.nameEn.contains(query, Qt::CaseInsensitive) || a.code.contains(query, Qt::CaseInsensitive))
                found.push_back(&option);
        }
        if (found.empty()) {
            auto *none = new QLabel(tr("No activity matches “%1”.").arg(query), m_content);
            none->setObjectName(QStringLiteral("emptyHint"));
            layout->addWidget(none);
        } else {
            heading(tr("%n activities found", nullptr, static_cast<int>(found.size())));
            addTiles(newGrid(), found);
        }
    } else if (m_category.isEmpty()) {
        for (KioskButton *button : std::as_const(m_categoryButtons))
            button->setChecked(button->property(kBlockProperty).toString().isEmpty());
        std::vector<const db::ActivityOption *> marked;
        for (const auto &option : m_options)
            if (option.recent || option.favourite)
                marked.push_back(&option);
        heading(tr("Your recent and favourite activities"));
        addTiles(newGrid(), marked);
    } else {
        for (KioskButton *button : std::as_const(m_categoryButtons))
            button->setChecked(button->property(kBlockProperty).toString() == m_category);
        // Block > section: one heading and one grid of tiles per section, in tree order.
        for (const Section &section : m_sections) {
            if (section.blockCode != m_category)
                continue;
            std::vector<const db::ActivityOption *> inSection;
            for (const auto &option : m_options)
                if (option.activity.sectionCode == section.code)
                    inSection.push_back(&option);
            if (inSection.empty())
                continue;
            std::stable_sort(inSection.begin(), inSection.end(), [](const auto *a, const auto *b) {
                return a->activity.sortOrder < b->activity.sortOrder;
            });
            heading(KioskText::sectionName(section));
            addTiles(newGrid(), inSection);
        }
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->verticalScrollBar()->setValue(0);

    // Tab order: search, categories, tiles.
    QWidget *previous = m_search;
    for (KioskButton *button : std::as_const(m_categoryButtons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    for (KioskButton *tile : std::as_const(m_tiles)) {
        setTabOrder(previous, tile);
        previous = tile;
    }
    setTabOrder(previous, m_back);
}

bool ActivityChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && watched != m_search) {
        if (auto *tile = qobject_cast<QWidget *>(watched))
            m_scroll->ensureWidgetVisible(tile, 0, 16);
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !m_tiles.isEmpty()) {
            // Enter with exactly one match picks it; otherwise move into the tiles.
            if (key->key() != Qt::Key_Down && m_tiles.size() == 1)
                m_tiles.first()->animateClick();
            else
                m_tiles.first()->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ActivityChooser::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit cancelled();
        return;
    }
    // Typing letters or digits anywhere on the chooser goes to the search box.
    const QString text = event->text();
    if (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() && !m_search->hasFocus()) {
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->insert(text);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace wh
