#pragma once

#include <QMetaType>
#include <QString>

namespace wh {

// What went wrong, as a value. Libraries return it inside Result<T>; programs turn it into a
// translated message (see ErrorText in the programs). Never thrown across signal/slot boundaries.
enum class ErrorCode {
    InvalidArgument, // the caller passed something that cannot be right
    NotFound,        // a row, a file, a code that does not exist
    Conflict,        // a unique key or a state rule would be broken
    Parse,           // malformed input (a file, a payload, a frame)
    Io,              // a file or device could not be read or written
    NotADatabase,    // the file exists but is not an SQLite database
    ReadOnly,        // the file or its folder cannot be written
    DiskFull,        // the disk (or the database's page limit) is full
    SchemaTooNew,    // the store was written by a newer program than this one
    MigrationFailed, // a migration failed and was rolled back
    Database,        // any other database failure
    PermissionDenied, // the signed-in account's role or sites do not allow it
    Internal,        // a bug: an invariant did not hold
};

[[nodiscard]] const char *errorCodeName(ErrorCode code);

class Error {
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString context = {})
        : m_code(code)
        , m_message(std::move(message))
        , m_context(std::move(context))
    {
    }

    [[nodiscard]] ErrorCode code() const { return m_code; }
    // English, for logs and the CLI; the GUI maps code() to translated text.
    [[nodiscard]] const QString &message() const { return m_message; }
    // Where: a file name, a table, a row, a raw input kept to help someone fix it.
    [[nodiscard]] const QString &context() const { return m_context; }

    // "message (context)" for logs and the command line.
    [[nodiscard]] QString toString() const;

    // Adds an outer context, keeping the inner one: "open store: table events".
    [[nodiscard]] Error wrap(const QString &outer) const;

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    QString m_context;
};

} // namespace wh

Q_DECLARE_METATYPE(wh::Error)
