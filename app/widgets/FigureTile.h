#pragma once

#include <QFrame>

class QLabel;

namespace wh {

// One figure with its caption (and an optional line of detail): "Workers on shift now / 42".
// The program's style sheet styles it through the object names figureTile, figureCaption,
// figureValue and figureDetail. GUI thread only.
class FigureTile : public QFrame {
    Q_OBJECT

public:
    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setCaption(const QString &caption);
    void setValue(const QString &value);
    void setDetail(const QString &detail); // hidden when empty

private:
    QLabel *m_caption;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace wh
