#include "SchemaManager.h"

#include "Logging.h"
#include "SqlSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace wh::db {

namespace {
const QString kVersionTables = QStringLiteral(
    "CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1),"
    " version INTEGER NOT NULL, min_compatible INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL);\n"
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
    " applied_at_ms INTEGER NOT NULL);\n");
} // namespace

QString schemaOutcomeName(SchemaOutcome outcome)
{
    switch (outcome) {
    case SchemaOutcome::Fresh: return QStringLiteral("fresh");
    case SchemaOutcome::Current: return QStringLiteral("current");
    case SchemaOutcome::Upgraded: return QStringLiteral("upgraded");
    case SchemaOutcome::NewerCompatible: return QStringLiteral("newer-but-compatible");
    case SchemaOutcome::TooNew: return QStringLiteral("too-new");
    case SchemaOutcome::Failed: return QStringLiteral("failed");
    }
    return {};
}

Result<Migration> parseMigration(const QString &fileName, const QString &text)
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    static const QRegularExpression compatPattern(QStringLiteral("^--\\s*min-compatible:\\s*(\\d+)\\s*$"),
                                                  QRegularExpression::MultilineOption);
    const auto name = namePattern.match(fileName);
    if (!name.hasMatch())
        return Error(ErrorCode::Parse, QStringLiteral("migration file is not named NNNN_name.sql"), fileName);
    const auto compat = compatPattern.match(text);
    if (!compat.hasMatch())
        return Error(ErrorCode::Parse, QStringLiteral("migration lacks a '-- min-compatible: N' line"),
                     fileName);
    Migration m;
    m.version = name.captured(1).toInt();
    m.name = name.captured(2);
    m.minCompatible = compat.captured(1).toInt();
    m.sql = text;
    if (m.minCompatible < 1 || m.minCompatible > m.version)
        return Error(ErrorCode::Parse, QStringLiteral("min-compatible must be between 1 and the version"),
                     fileName);
    return m;
}

const std::vector<Migration> &builtinMigrations()
{
    static const std::vector<Migration> migrations = [] {
        std::vector<Migration> out;
        QDir dir(QStringLiteral(":/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("built-in migration %s cannot be read", qPrintable(file));
            auto m = parseMigration(file, QString::fromUtf8(f.readAll()));
            if (!m)
                qFatal("built-in migration is malformed: %s", qPrintable(m.error().toString()));
            out.push_back(std::move(m).value());
        }
        for (size_t i = 0; i < out.size(); ++i)
            if (out[i].version != static_cast<int>(i) + 1)
                qFatal("built-in migrations are not numbered 1, 2, 3, ...");
        return out;
    }();
    return migrations;
}

QStringList splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        // A trigger ends at "END;", on its own line or closing a one-line trigger.
        const bool ends = inTrigger ? (line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                       || line.endsWith(QLatin1String(" END;"), Qt::CaseInsensitive))
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

SchemaManager::SchemaManager(QSqlDatabase db, QString filePath, std::vector<Migration> migrations)
    : m_db(std::move(db))
    , m_filePath(std::move(filePath))
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int SchemaManager::programVersion() const
{
    return m_migrations.empty() ? 0 : m_migrations.back().version;
}

Result<std::pair<int, int>> SchemaManager::fileVersion() const
{
    auto exists = scalar(
        m_db, QStringLiteral(
                  "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!exists)
        return exists.error().wrap(m_filePath);
    if (exists->toInt() == 0)
        return std::pair{0, 0};
    auto query =
        prepare(m_db, QStringLiteral("SELECT version, min_compatible FROM schema_version WHERE id = 1"));
    if (!query)
        return query.error().wrap(m_filePath);
    WH_TRY(exec(*query, m_filePath));
    if (!query->next())
        return std::pair{0, 0};
    return std::pair{query->value(0).toInt(), query->value(1).toInt()};
}

SchemaReport SchemaManager::inspect() const
{
    SchemaReport report;
    report.programVersion = programVersion();
    auto version = fileVersion();
    if (!version) {
        report.outcome = SchemaOutcome::Failed;
        report.error = version.error();
        return report;
    }
    const auto [fileVer, fileMin] = *version;
    report.fileVersion = fileVer;
    report.resultVersion = fileVer;
    if (fileVer == 0) {
        report.outcome = SchemaOutcome::Fresh;
        report.resultVersion = report.programVersion;
    } else if (fileVer == report.programVersion) {
        report.outcome = SchemaOutcome::Current;
    } else if (fileVer < report.programVersion) {
        report.outcome = SchemaOutcome::Upgraded;
        report.resultVersion = report.programVersion;
    } else if (fileMin <= report.programVersion) {
        report.outcome = SchemaOutcome::NewerCompatible;
    } else {
        report.outcome = SchemaOutcome::TooNew;
        report.error = Error(
            ErrorCode::SchemaTooNew,
            QStringLiteral("the store was written by a newer version of this program "
                           "(schema %1 needs a program that knows schema %2 or later; this one knows %3)")
                .arg(fileVer)
                .arg(fileMin)
                .arg(report.programVersion),
            m_filePath);
    }
    return report;
}

SchemaReport SchemaManager::migrate(qint64 nowMs)
{
    SchemaReport report = inspect();
    if (report.outcome != SchemaOutcome::Fresh && report.outcome != SchemaOutcome::Upgraded)
        return report;
    auto log = logging::get("db");

    if (report.outcome == SchemaOutcome::Upgraded) {
        report.backupPath = QStringLiteral("%1.v%2-%3.bak")
                                .arg(m_filePath)
                                .arg(report.fileVersion)
                                .arg(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc())
                                         .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        QFile::remove(report.backupPath);
        auto backup = prepare(m_db, QStringLiteral("VACUUM INTO ?"));
        if (backup) {
            backup->addBindValue(report.backupPath);
        }
        Status copied = backup ? exec(*backup, report.backupPath) : Status(backup.error());
        if (!copied) {
            report.outcome = SchemaOutcome::Failed;
            report.resultVersion = report.fileVersion;
            report.error = copied.error().wrap(QStringLiteral("backup before migrating"));
            return report;
        }
        log->info("backed up {} to {} before migrating", m_filePath.toStdString(),
                  report.backupPath.toStdString());
    }

    const int from = report.fileVersion;
    Transaction tx(m_db);
    Status status = tx.begun();
    int applying = 0;
    if (status) {
        for (const QString &statement : splitStatements(kVersionTables)) {
            status = execDirect(m_db, statement);
            if (!status)
                break;
        }
    }
    for (const Migration &m : m_migrations) {
        if (!status)
            break;
        if (m.version <= from)
            continue;
        applying = m.version;
        for (const QString &statement : splitStatements(m.sql)) {
            status = execDirect(m_db, statement);
            if (!status)
                break;
        }
        if (!status)
            break;
        auto record = prepare(
            m_db,
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at_ms) VALUES (?, ?, ?)"));
        if (!record) {
            status = record.error();
            break;
        }
        record->addBindValue(m.version);
        record->addBindValue(m.name);
        record->addBindValue(nowMs);
        status = exec(*record, QStringLiteral("schema_migrations"));
        if (!status)
            break;
        auto version = prepare(
            m_db, QStringLiteral(
                      "INSERT INTO schema_version (id, version, min_compatible, updated_at_ms) "
                      "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, "
                      "min_compatible = excluded.min_compatible, updated_at_ms = excluded.updated_at_ms"));
        if (!version) {
            status = version.error();
            break;
        }
        version->addBindValue(m.version);
        version->addBindValue(m.minCompatible);
        version->addBindValue(nowMs);
        status = exec(*version, QStringLiteral("schema_version"));
    }
    if (status)
        status = tx.commit();
    if (!status) {
        tx.rollback();
        report.outcome = SchemaOutcome::Failed;
        report.resultVersion = from;
        report.error = Error(ErrorCode::MigrationFailed,
                             QStringLiteral("migration %1 failed and was rolled back: %2")
                                 .arg(applying)
                                 .arg(status.error().toString()),
                             m_filePath);
        log->error("{}", report.error.toString().toStdString());
        return report;
    }
    log->info("schema of {} {} from version {} to {}", m_filePath.toStdString(),
              schemaOutcomeName(report.outcome).toStdString(), from, report.resultVersion);
    return report;
}

} // namespace wh::db
