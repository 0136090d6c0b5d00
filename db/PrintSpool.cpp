#include "PrintSpool.h"

#include "SqlSupport.h"

#include <QVariant>

namespace wh::db {

namespace {

const QString kColumns = QStringLiteral(
    "id, printer, job_key, payload, queued_at_ms, attempts, last_error, sent_at_ms FROM print_jobs");

SpooledPrintJob jobFromRow(const QSqlQuery &q)
{
    SpooledPrintJob j;
    j.id = q.value(0).toLongLong();
    j.printer = q.value(1).toString();
    j.key = q.value(2).toString();
    j.payload = q.value(3).toByteArray();
    j.queuedAtMs = q.value(4).toLongLong();
    j.attempts = q.value(5).toInt();
    j.lastError = q.value(6).toString();
    if (!q.value(7).isNull())
        j.sentAtMs = q.value(7).toLongLong();
    return j;
}

} // namespace

PrintSpool::PrintSpool(Store &store)
    : m_store(store)
{
}

Result<std::vector<SpooledPrintJob>> PrintSpool::select(const QString &where, const QVariantList &values)
{
    auto q = prepare(m_store.connection(),
                     QStringLiteral("SELECT ") + kColumns + where + QStringLiteral(" ORDER BY id"));
    if (!q)
        return q.error();
    for (const QVariant &v : values)
        q->addBindValue(v);
    WH_TRY(exec(*q, QStringLiteral("print_jobs")));
    std::vector<SpooledPrintJob> out;
    while (q->next())
        out.push_back(jobFromRow(*q));
    return out;
}

Result<PrintSpoolStorage::Added> PrintSpool::add(const QString &printer, const QString &key,
                                                 const QByteArray &payload, qint64 nowMs)
{
    Transaction tx(m_store.connection());
    WH_TRY(tx.begun());
    auto existing = select(QStringLiteral(" WHERE printer = ? AND job_key = ?"), {printer, key});
    if (!existing)
        return existing.error();
    if (!existing->empty())
        return Added{existing->front(), true};
    auto q =
        prepare(m_store.connection(),
                QStringLiteral(
                    "INSERT INTO print_jobs (printer, job_key, payload, queued_at_ms) VALUES (?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(printer);
    q->addBindValue(key);
    q->addBindValue(payload);
    q->addBindValue(nowMs);
    WH_TRY(exec(*q, QStringLiteral("print_jobs: add %1 for %2").arg(key, printer)));
    SpooledPrintJob job;
    job.id = q->lastInsertId().toLongLong();
    job.printer = printer;
    job.key = key;
    job.payload = payload;
    job.queuedAtMs = nowMs;
    WH_TRY(tx.commit());
    return Added{job, false};
}

Result<std::vector<SpooledPrintJob>> PrintSpool::pending(const QString &printer)
{
    return select(QStringLiteral(" WHERE printer = ? AND sent_at_ms IS NULL"), {printer});
}

Result<std::vector<SpooledPrintJob>> PrintSpool::all(const QString &printer)
{
    if (printer.isEmpty())
        return select(QString(), {});
    return select(QStringLiteral(" WHERE printer = ?"), {printer});
}

Status PrintSpool::markSent(qint64 id, qint64 nowMs)
{
    auto q =
        prepare(m_store.connection(),
                QStringLiteral("UPDATE print_jobs SET sent_at_ms = ? WHERE id = ? AND sent_at_ms IS NULL"));
    if (!q)
        return q.error();
    q->addBindValue(nowMs);
    q->addBindValue(id);
    WH_TRY(exec(*q, QStringLiteral("print_jobs: job %1 sent").arg(id)));
    if (q->numRowsAffected() == 0) {
        auto job = select(QStringLiteral(" WHERE id = ?"), {id});
        if (!job)
            return job.error();
        if (job->empty())
            return Error(ErrorCode::NotFound, QStringLiteral("no print job %1 in the spool").arg(id));
        // Sent already: the first time stands.
    }
    return {};
}

Status PrintSpool::noteFailure(qint64 id, const QString &error)
{
    auto q =
        prepare(m_store.connection(),
                QStringLiteral("UPDATE print_jobs SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(error);
    q->addBindValue(id);
    WH_TRY(exec(*q, QStringLiteral("print_jobs: job %1 failed").arg(id)));
    if (q->numRowsAffected() == 0)
        return Error(ErrorCode::NotFound, QStringLiteral("no print job %1 in the spool").arg(id));
    return {};
}

Result<int> PrintSpool::pruneSent(qint64 beforeMs)
{
    auto q =
        prepare(m_store.connection(),
                QStringLiteral("DELETE FROM print_jobs WHERE sent_at_ms IS NOT NULL AND sent_at_ms < ?"));
    if (!q)
        return q.error();
    q->addBindValue(beforeMs);
    WH_TRY(exec(*q, QStringLiteral("print_jobs: prune")));
    return q->numRowsAffected();
}

} // namespace wh::db
