#include "SignInDialog.h"

#include "Accounts.h"
#include "ErrorText.h"
#include "QueryRunner.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace wh {

namespace {

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(reports::Accounts::kMaxPasswordLength);
    return edit;
}

} // namespace

SignInDialog::SignInDialog(db::Store &store, Mode mode, QWidget *parent, PasswordHasher::Cost cost)
    : QDialog(parent)
    , m_store(store)
    , m_mode(mode)
    , m_cost(cost)
    , m_runner(new QueryRunner(store, this))
    , m_name(new QLineEdit(this))
    , m_password(passwordEdit(QStringLiteral("password"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_retry(new QTimer(this))
{
    const bool first = mode == Mode::FirstAdmin;
    setWindowTitle(first ? tr("Create the administrator") : tr("Sign in"));
    setObjectName(first ? QStringLiteral("firstAdminDialog") : QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 18);
    layout->setSpacing(12);

    auto *title = new QLabel(
        first ? tr("Create the administrator account") : tr("Sign in to the manager viewer"), this);
    title->setObjectName(QStringLiteral("signInTitle"));
    title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600; color: #14212e;"));
    layout->addWidget(title);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: #3d4b5c;"));
    intro->setText(
        first ? tr("This store has no accounts yet. The first account is the administrator: it sees "
                   "every site with its costs and creates the accounts of floor leaders and managers.")
              : tr("Store: %1").arg(QFileInfo(store.path()).fileName()));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(64);
    form->addRow(tr("&Name:"), m_name);
    if (first) {
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayName"));
        m_displayName->setPlaceholderText(tr("optional, e.g. the person's full name"));
        form->addRow(tr("&Display name:"), m_displayName);
    }
    form->addRow(tr("&Password:"), m_password);
    if (first) {
        m_again = passwordEdit(QStringLiteral("passwordAgain"), this);
        form->addRow(tr("Password &again:"), m_again);
        auto *hint =
            new QLabel(tr("At least %n characters.", nullptr, reports::Accounts::kMinPasswordLength), this);
        hint->setObjectName(QStringLiteral("passwordHint"));
        hint->setStyleSheet(QStringLiteral("color: #5a6b7f;"));
        form->addRow(QString(), hint);
    }
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_message);

    m_ok =
        m_buttons->addButton(first ? tr("Create and sign in") : tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("signInButton"));
    m_ok->setDefault(true);
    m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_password, m_again}) {
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    }
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        say(QString());
        updateButton();
    });
    setMinimumWidth(460);
    updateButton();
    m_name->setFocus();
}

SignInDialog::~SignInDialog() = default;

Result<SignInDialog::Mode> SignInDialog::modeFor(db::Store &store)
{
    auto none = reports::Accounts(store).none();
    if (!none)
        return none.error();
    return *none ? Mode::FirstAdmin : Mode::SignIn;
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::say(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #3d4b5c;"));
    m_message->setText(text);
}

void SignInDialog::updateButton()
{
    const bool filled = !m_name->text().trimmed().isEmpty() && !m_password->text().isEmpty() &&
                        (!m_again || !m_again->text().isEmpty());
    m_ok->setEnabled(filled && !m_busy && !m_retry->isActive());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *edit : {m_name, m_displayName, m_password, m_again}) {
        if (edit)
            edit->setReadOnly(busy);
    }
    if (busy)
        say(m_mode == Mode::FirstAdmin ? tr("Creating the account…") : tr("Checking…"), false);
    updateButton();
}

void SignInDialog::reject()
{
    m_runner->cancel();
    QDialog::reject();
}

void SignInDialog::submit()
{
    if (m_busy || m_retry->isActive())
        return;
    if (m_mode == Mode::FirstAdmin)
        createAdmin();
    else
        signIn();
}

void SignInDialog::waitBeforeRetry(qint64 waitMs)
{
    const int seconds = static_cast<int>(std::ceil(static_cast<double>(waitMs) / 1000.0));
    say(tr("Too many failed attempts with this name. Try again in %n second(s).", nullptr, seconds));
    m_retry->start(static_cast<int>(waitMs));
    updateButton();
}

void SignInDialog::signIn()
{
    const QString name = m_name->text();
    const QString password = m_password->text();
    setBusy(true);
    m_runner->run<Result<reports::Accounts::SignIn>>(
        [&store = m_store, name, password](const QueryRunner::Cancelled &) {
            return reports::Accounts(store).signIn(name, password);
        },
        [this](Result<reports::Accounts::SignIn> attempt) {
            setBusy(false);
            if (!attempt) {
                say(ErrorText::describe(attempt.error()));
            } else if (attempt->signedIn()) {
                m_viewer = attempt->viewer;
                say(QString());
                emit answered();
                accept();
                return;
            } else if (attempt->waitMs > 0) {
                waitBeforeRetry(attempt->waitMs);
            } else {
                say(tr("The name or password is wrong."));
                m_password->clear();
                m_password->setFocus();
            }
            emit answered();
        });
}

void SignInDialog::createAdmin()
{
    // The checks a person can fix right here, before anything is written.
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    QString problem;
    if (name.contains(QRegularExpression(QStringLiteral("[\\s,\\p{Cc}]"))))
        problem = tr("The name cannot contain spaces or commas.");
    else if (password.size() < reports::Accounts::kMinPasswordLength)
        problem =
            tr("The password needs at least %n characters.", nullptr, reports::Accounts::kMinPasswordLength);
    else if (password != m_again->text())
        problem = tr("The two passwords are not the same.");
    if (!problem.isEmpty()) {
        say(problem);
        emit answered();
        return;
    }
    const QString displayName = m_displayName->text().trimmed();
    setBusy(true);
    m_runner->run<Result<reports::Accounts::Account>>(
        [&store = m_store, cost = m_cost, name, displayName, password](const QueryRunner::Cancelled &) {
            return reports::Accounts(store, cost).createFirstAdmin(name, displayName, password);
        },
        [this](Result<reports::Accounts::Account> created) {
            setBusy(false);
            if (created) {
                m_viewer = created->viewer();
                say(QString());
                emit answered();
                accept();
                return;
            }
            if (created.error().code() == ErrorCode::Conflict)
                say(tr("Somebody has created an account in this store meanwhile. Close this window and sign "
                       "in with that account."));
            else
                say(ErrorText::describe(created.error()));
            emit answered();
        });
}

} // namespace wh
