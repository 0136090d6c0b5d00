#include "PinScreen.h"

#include "KioskButton.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace wh {

PinScreen::PinScreen(QWidget *parent)
    : QWidget(parent)
    , m_code(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_lastField(m_code)
    , m_hint(new QLabel(this))
    , m_ok(new KioskButton(tr("OK"), this))
    , m_cancel(new KioskButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("kioskPage"));
    setAttribute(Qt::WA_StyledBackground);

    auto *title = new QLabel(tr("Sign in with your PIN"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_hint->setObjectName(QStringLiteral("pageSubtitle"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Enter your worker code and your PIN, then press OK."));

    auto *codeLabel = new QLabel(tr("Worker code"), this);
    codeLabel->setObjectName(QStringLiteral("fieldLabel"));
    auto *pinLabel = new QLabel(tr("PIN"), this);
    pinLabel->setObjectName(QStringLiteral("fieldLabel"));
    m_code->setMaxLength(32);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    codeLabel->setBuddy(m_code);
    pinLabel->setBuddy(m_pin);
    m_code->installEventFilter(this);
    m_pin->installEventFilter(this);

    m_ok->setObjectName(QStringLiteral("primaryAction"));
    m_ok->setMinimumHeight(100);
    m_cancel->setObjectName(QStringLiteral("secondaryAction"));
    connect(m_ok, &QPushButton::clicked, this, &PinScreen::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        reset();
        emit cancelled();
    });

    auto *fields = new QVBoxLayout;
    fields->setSpacing(10);
    fields->addWidget(title);
    fields->addWidget(m_hint);
    fields->addSpacing(20);
    fields->addWidget(codeLabel);
    fields->addWidget(m_code);
    fields->addSpacing(12);
    fields->addWidget(pinLabel);
    fields->addWidget(m_pin);
    fields->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(20);
    buttons->addWidget(m_cancel, 1);
    buttons->addWidget(m_ok, 2);
    fields->addLayout(buttons);

    // The keypad: its keys never take the focus, so digits go to the field being typed in.
    auto *keypad = new QGridLayout;
    keypad->setSpacing(14);
    const QString digits = QStringLiteral("123456789");
    for (int i = 0; i < digits.size(); ++i) {
        const QChar d = digits.at(i);
        auto *key = new KioskButton(QString(d), this);
        key->setObjectName(QStringLiteral("keypadKey"));
        key->setFocusPolicy(Qt::NoFocus);
        connect(key, &QPushButton::clicked, this, [this, d] { typeDigit(d); });
        keypad->addWidget(key, i / 3, i % 3);
        m_keys.append(key);
    }
    auto *clear = new KioskButton(tr("Clear"), this);
    auto *zero = new KioskButton(QStringLiteral("0"), this);
    auto *back = new KioskButton(tr("Delete"), this);
    for (KioskButton *key : {clear, zero, back}) {
        key->setObjectName(QStringLiteral("keypadKey"));
        key->setFocusPolicy(Qt::NoFocus);
    }
    clear->setStyleSheet(QStringLiteral("font-size: 28px;"));
    back->setStyleSheet(QStringLiteral("font-size: 28px;"));
    connect(clear, &QPushButton::clicked, this, [this] { target()->clear(); });
    connect(zero, &QPushButton::clicked, this, [this] { typeDigit(QLatin1Char('0')); });
    connect(back, &QPushButton::clicked, this, &PinScreen::backspace);
    keypad->addWidget(clear, 3, 0);
    keypad->addWidget(zero, 3, 1);
    keypad->addWidget(back, 3, 2);
    m_keys.append(zero);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(56, 40, 56, 40);
    layout->setSpacing(56);
    layout->addLayout(fields, 1);
    layout->addLayout(keypad, 1);

    setTabOrder(m_code, m_pin);
    setTabOrder(m_pin, m_ok);
    setTabOrder(m_ok, m_cancel);
}

void PinScreen::reset()
{
    m_code->clear();
    m_pin->clear();
    m_lastField = m_code;
    m_code->setFocus();
}

KioskButton *PinScreen::keyFor(QChar digit) const
{
    for (KioskButton *key : m_keys)
        if (key->text() == QString(digit))
            return key;
    return nullptr;
}

QLineEdit *PinScreen::target() const
{
    return m_lastField;
}

void PinScreen::typeDigit(QChar digit)
{
    target()->insert(QString(digit));
}

void PinScreen::backspace()
{
    target()->backspace();
}

void PinScreen::submit()
{
    const QString code = m_code->text().trimmed();
    const QString pin = m_pin->text();
    m_pin->clear(); // the PIN is handed on once and not kept
    if (code.isEmpty()) {
        m_lastField = m_code;
        m_code->setFocus();
        return;
    }
    if (pin.isEmpty()) {
        m_lastField = m_pin;
        m_pin->setFocus();
        return;
    }
    emit submitted(code, pin);
}

bool PinScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_code || watched == m_pin))
        m_lastField = static_cast<QLineEdit *>(watched);
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_code) {
                m_pin->setFocus(Qt::TabFocusReason);
                return true;
            }
            if (watched == m_pin) {
                submit();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PinScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        reset();
        emit cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace wh
