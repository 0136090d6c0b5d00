#include "ErrorText.h"

namespace wh {

QString ErrorText::describe(const Error &error)
{
    const QString context = error.context();
    const bool has = !context.isEmpty();
    switch (error.code()) {
    case ErrorCode::InvalidArgument:
        return has ? tr("Not valid: %1.").arg(context) : tr("The request is not valid.");
    case ErrorCode::NotFound:
        return has ? tr("Not found: %1.").arg(context) : tr("Something that is needed was not found.");
    case ErrorCode::Conflict:
        return has ? tr("Conflicts with data already in the store: %1.").arg(context)
                   : tr("Conflicts with data already in the store.");
    case ErrorCode::Parse:
        return has ? tr("Cannot be read, the content is malformed: %1.").arg(context)
                   : tr("The input is malformed.");
    case ErrorCode::Io:
        return has ? tr("Cannot be read or written: %1.").arg(context)
                   : tr("A file cannot be read or written.");
    case ErrorCode::NotADatabase:
        return has ? tr("Not an SQLite database: %1.").arg(context)
                   : tr("The file is not an SQLite database.");
    case ErrorCode::ReadOnly:
        return has ? tr("Cannot be written, it is read-only: %1.").arg(context)
                   : tr("The file or its folder is read-only.");
    case ErrorCode::DiskFull: return has ? tr("The disk is full: %1.").arg(context) : tr("The disk is full.");
    case ErrorCode::SchemaTooNew:
        return has ? tr("Written by a newer version of this program: %1.").arg(context)
                   : tr("The store was written by a newer version of this program.");
    case ErrorCode::MigrationFailed:
        return has ? tr("The upgrade failed and was rolled back: %1.").arg(context)
                   : tr("The upgrade failed and was rolled back.");
    case ErrorCode::Database:
        return has ? tr("Database error: %1 (%2).").arg(error.message(), context)
                   : tr("Database error: %1.").arg(error.message());
    case ErrorCode::PermissionDenied:
        return has ? tr("Your account may not do this: %1.").arg(context)
                   : tr("Your account may not do this.");
    case ErrorCode::Internal: break;
    }
    return has ? tr("Internal error: %1 (%2).").arg(error.message(), context)
               : tr("Internal error: %1.").arg(error.message());
}

QString ErrorText::storeCannotOpen(const QString &path, const Error &error)
{
    switch (error.code()) {
    case ErrorCode::NotFound:
        return tr("The store %1 does not exist. Create it with “wh init --db %1” or “wh demo --db %1”.")
            .arg(path);
    case ErrorCode::NotADatabase:
        return tr("%1 is not a store: it is not an SQLite database file.").arg(path);
    case ErrorCode::ReadOnly:
        return tr("The store %1 cannot be opened: the file or its folder is read-only.").arg(path);
    case ErrorCode::DiskFull: return tr("The store %1 cannot be opened: the disk is full.").arg(path);
    case ErrorCode::SchemaTooNew:
        return tr("The store %1 was written by a newer version of this program. Install that version to open "
                  "it; the file was not changed.")
            .arg(path);
    case ErrorCode::MigrationFailed:
        return tr("The store %1 could not be upgraded. The upgrade was rolled back and the file was left as "
                  "it "
                  "was.")
            .arg(path);
    default: break;
    }
    // The remaining codes carry technical detail that only the English message holds.
    return tr("The store %1 cannot be opened: %2").arg(path, error.toString());
}

} // namespace wh
