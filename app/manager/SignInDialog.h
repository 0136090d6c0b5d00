#pragma once

#include "Access.h"
#include "PasswordHasher.h"
#include "Result.h"
#include "Store.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace wh {

class QueryRunner;

// wh-manager's first dialog, in one of two modes:
//  - SignIn: name and password of an account (reports/Accounts.h). A failure says only "the name
//    or password is wrong"; after failures in a row the dialog says how long to wait and keeps the
//    button disabled until then.
//  - FirstAdmin: a store without accounts asks for its administrator: name, an optional display
//    name, the password twice (at least Accounts::kMinPasswordLength characters). The admin is
//    then signed in.
// The Argon2id check runs off the GUI thread (a QueryRunner); the fields wait meanwhile. After
// accept(), viewer() is the signed-in account. GUI thread only.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { SignIn, FirstAdmin };

    // `cost`: of the first admin's hash (tests pass the light one).
    SignInDialog(db::Store &store, Mode mode, QWidget *parent = nullptr,
                 PasswordHasher::Cost cost = PasswordHasher::kDefaultCost);
    ~SignInDialog() override;

    // FirstAdmin when the store has no account yet, else SignIn.
    [[nodiscard]] static Result<Mode> modeFor(db::Store &store);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const std::optional<reports::Viewer> &viewer() const { return m_viewer; }
    // What the dialog says under the fields (empty: nothing to say).
    [[nodiscard]] QString message() const;

signals:
    // The last check is answered: signed in (then accepted), or the message says why not.
    void answered();

public slots:
    void reject() override;

private:
    void submit();
    void signIn();
    void createAdmin();
    void setBusy(bool busy);
    void say(const QString &text, bool problem = true);
    void waitBeforeRetry(qint64 waitMs);
    void updateButton();

    db::Store &m_store;
    Mode m_mode;
    PasswordHasher::Cost m_cost;
    QueryRunner *m_runner;
    QLineEdit *m_name;
    QLineEdit *m_displayName = nullptr; // FirstAdmin only
    QLineEdit *m_password;
    QLineEdit *m_again = nullptr; // FirstAdmin only
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    QTimer *m_retry;
    bool m_busy = false;
    std::optional<reports::Viewer> m_viewer;
};

} // namespace wh
