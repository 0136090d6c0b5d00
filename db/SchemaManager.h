#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace wh::db {

// One numbered step of the schema. `minCompatible` is the oldest schema version whose programs can
// still read and write a file at this version (an added table or column keeps it; a changed
// meaning raises it).
struct Migration {
    int version = 0;
    int minCompatible = 1;
    QString name;
    QString sql;
};

// The migrations built into the program (db/migrations/NNNN_name.sql, embedded as resources).
[[nodiscard]] const std::vector<Migration> &builtinMigrations();
// Parses "NNNN_name.sql" and its "-- min-compatible: N" header.
[[nodiscard]] Result<Migration> parseMigration(const QString &fileName, const QString &text);
// Splits a migration into statements (keeps CREATE TRIGGER ... END; whole).
[[nodiscard]] QStringList splitStatements(const QString &sql);

enum class SchemaOutcome {
    Fresh,           // an empty file got the whole schema
    Current,         // nothing to do
    Upgraded,        // older schema, migrated (a backup was taken first)
    NewerCompatible, // written by a newer program that declared this one still compatible
    TooNew,          // written by a newer program this one must not touch: refused
    Failed,          // a migration failed: everything rolled back, the file is as it was
};
[[nodiscard]] QString schemaOutcomeName(SchemaOutcome outcome);

struct SchemaReport {
    SchemaOutcome outcome = SchemaOutcome::Current;
    int fileVersion = 0;    // before
    int resultVersion = 0;  // after
    int programVersion = 0; // the newest this program knows
    QString backupPath;     // the copy taken before migrating, if any
    Error error;            // for TooNew and Failed
};

// Brings a store file's schema up to the program's version, in one transaction.
// Use on the thread that owns `db`.
class SchemaManager {
public:
    SchemaManager(QSqlDatabase db, QString filePath, std::vector<Migration> migrations = builtinMigrations());

    [[nodiscard]] int programVersion() const;
    // The file's schema version (0 for a file without one) and its minimum compatible version.
    [[nodiscard]] Result<std::pair<int, int>> fileVersion() const;

    // Looks without writing: what migrate() would do.
    [[nodiscard]] SchemaReport inspect() const;
    // Migrates. Before upgrading a file that holds data it writes a consistent copy beside it
    // (VACUUM INTO "<file>.v<N>-<UTC time>.bak").
    [[nodiscard]] SchemaReport migrate(qint64 nowMs);

private:
    QSqlDatabase m_db;
    QString m_filePath;
    std::vector<Migration> m_migrations;
};

} // namespace wh::db
