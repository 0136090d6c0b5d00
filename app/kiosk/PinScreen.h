#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace wh {

class KioskButton;

// The PIN fallback for a worker without their badge: worker code and PIN, typed on the on-screen
// keypad (digits go to the field that has the focus) or on a keyboard. The PIN is handed on once
// and cleared; it is never logged. GUI thread only.
class PinScreen : public QWidget {
    Q_OBJECT

public:
    explicit PinScreen(QWidget *parent = nullptr);

    // Empties both fields and puts the focus on the worker code.
    void reset();

    [[nodiscard]] QLineEdit *codeField() const { return m_code; }
    [[nodiscard]] QLineEdit *pinField() const { return m_pin; }
    [[nodiscard]] KioskButton *keyFor(QChar digit) const;
    [[nodiscard]] KioskButton *okButton() const { return m_ok; }

signals:
    void submitted(const QString &workerCode, const QString &pin);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void typeDigit(QChar digit);
    void backspace();
    void submit();
    [[nodiscard]] QLineEdit *target() const;

    QLineEdit *m_code;
    QLineEdit *m_pin;
    QLineEdit *m_lastField;
    QLabel *m_hint;
    QList<KioskButton *> m_keys;
    KioskButton *m_ok;
    KioskButton *m_cancel;
};

} // namespace wh
