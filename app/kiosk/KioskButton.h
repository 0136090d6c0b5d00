#pragma once

#include <QPushButton>

namespace wh {

// A big touch button that a keyboard user can also press with Enter or Return (a plain QPushButton
// outside a dialog only reacts to Space). Arrow keys move the focus like Tab (QAbstractButton).
// GUI thread only.
class KioskButton : public QPushButton {
    Q_OBJECT

public:
    explicit KioskButton(const QString &text, QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace wh
