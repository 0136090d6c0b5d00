#include "Error.h"

namespace wh {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Parse: return "parse";
    case ErrorCode::Io: return "io";
    case ErrorCode::NotADatabase: return "not-a-database";
    case ErrorCode::ReadOnly: return "read-only";
    case ErrorCode::DiskFull: return "disk-full";
    case ErrorCode::SchemaTooNew: return "schema-too-new";
    case ErrorCode::MigrationFailed: return "migration-failed";
    case ErrorCode::Database: return "database";
    case ErrorCode::PermissionDenied: return "permission-denied";
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

QString Error::toString() const
{
    if (m_context.isEmpty())
        return m_message;
    return m_message + QStringLiteral(" (") + m_context + QLatin1Char(')');
}

Error Error::wrap(const QString &outer) const
{
    return Error(m_code, m_message, m_context.isEmpty() ? outer : outer + QStringLiteral(": ") + m_context);
}

} // namespace wh
