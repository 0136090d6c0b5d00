#include "TestSupport.h"

#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace wh::test {

TemporaryStore::TemporaryStore(const Clock &clock, const QString &fileName)
    : m_fileName(fileName)
{
    reopen(clock);
}

TemporaryStore::TemporaryStore(const QString &fileName)
    : TemporaryStore(Clock::system(), fileName)
{
}

bool TemporaryStore::reopen(const Clock &clock)
{
    m_store.reset();
    db::Store::Options options;
    options.clock = &clock;
    auto opened = db::Store::open(path(), options);
    if (!opened) {
        m_error = opened.error().toString();
        return false;
    }
    m_store = std::move(opened).value();
    return true;
}

QString sharedDataDir()
{
    const QByteArray env = qgetenv("WH_SHARED_DATA");
    return env.isEmpty() ? QStringLiteral("../shared/data") : QString::fromLocal8Bit(env);
}

QByteArray contentDigest(db::Store &store, const QStringList &skipTables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QSqlDatabase db = store.connection();
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        if (skipTables.contains(table))
            continue;
        hash.addData(table.toUtf8());
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        // Order by every column: independent of insertion order and of rowid.
        QSqlQuery columns(db);
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList cols;
        while (columns.next())
            cols << columns.value(0).toString();
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, cols.join(QLatin1Char(','))));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                hash.addData(rows.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace wh::test
