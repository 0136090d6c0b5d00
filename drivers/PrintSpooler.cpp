#include "PrintSpooler.h"

namespace wh::drivers {

Result<PrintSpoolStorage::Added> MemoryPrintSpoolStorage::add(const QString &printer, const QString &key,
                                                              const QByteArray &payload, qint64 nowMs)
{
    for (const auto &[id, job] : m_jobs)
        if (job.printer == printer && job.key == key)
            return Added{job, true};
    SpooledPrintJob job;
    job.id = m_nextId++;
    job.printer = printer;
    job.key = key;
    job.payload = payload;
    job.queuedAtMs = nowMs;
    m_jobs.emplace(job.id, job);
    return Added{job, false};
}

Result<std::vector<SpooledPrintJob>> MemoryPrintSpoolStorage::pending(const QString &printer)
{
    std::vector<SpooledPrintJob> out;
    for (const auto &[id, job] : m_jobs)
        if (job.printer == printer && !job.sentAtMs)
            out.push_back(job);
    return out;
}

Status MemoryPrintSpoolStorage::markSent(qint64 id, qint64 nowMs)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Error(ErrorCode::NotFound, QStringLiteral("no print job %1 in the spool").arg(id));
    it->second.sentAtMs = nowMs;
    return {};
}

Status MemoryPrintSpoolStorage::noteFailure(qint64 id, const QString &error)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return Error(ErrorCode::NotFound, QStringLiteral("no print job %1 in the spool").arg(id));
    ++it->second.attempts;
    it->second.lastError = error;
    return {};
}

std::vector<SpooledPrintJob> MemoryPrintSpoolStorage::all() const
{
    std::vector<SpooledPrintJob> out;
    for (const auto &[id, job] : m_jobs)
        out.push_back(job);
    return out;
}

PrintSpooler::PrintSpooler(PrintSpoolStorage &storage, QString printer, const Clock &clock)
    : m_storage(storage)
    , m_printer(std::move(printer))
    , m_clock(clock)
{
}

Result<PrintSpoolStorage::Added> PrintSpooler::submit(const QString &key, const QByteArray &payload)
{
    if (key.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a print job needs a key"), m_printer);
    if (payload.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a print job needs something to print"), key);
    return m_storage.add(m_printer, key, payload, m_clock.nowMs());
}

Result<std::optional<SpooledPrintJob>> PrintSpooler::take()
{
    if (m_inFlight)
        return std::optional<SpooledPrintJob>();
    for (auto it = m_sentUnrecorded.begin(); it != m_sentUnrecorded.end();) {
        if (!m_storage.markSent(it->first, it->second))
            break;
        it = m_sentUnrecorded.erase(it);
    }
    auto jobs = m_storage.pending(m_printer);
    if (!jobs)
        return jobs.error();
    for (const SpooledPrintJob &job : *jobs) {
        if (m_sentUnrecorded.count(job.id))
            continue;
        m_inFlight = job.id;
        return std::optional<SpooledPrintJob>(job);
    }
    return std::optional<SpooledPrintJob>();
}

Status PrintSpooler::sent(qint64 id)
{
    if (m_inFlight != id)
        return Error(ErrorCode::Internal, QStringLiteral("print job %1 was not the one in flight").arg(id),
                     m_printer);
    m_inFlight.reset();
    const qint64 now = m_clock.nowMs();
    if (auto marked = m_storage.markSent(id, now); !marked) {
        // It went out: it must not go again. Remembered here and written with the next take().
        m_sentUnrecorded.emplace(id, now);
        return marked;
    }
    return {};
}

Status PrintSpooler::failed(qint64 id, const QString &error)
{
    if (m_inFlight != id)
        return Error(ErrorCode::Internal, QStringLiteral("print job %1 was not the one in flight").arg(id),
                     m_printer);
    m_inFlight.reset();
    return m_storage.noteFailure(id, error);
}

Result<qsizetype> PrintSpooler::waiting()
{
    auto jobs = m_storage.pending(m_printer);
    if (!jobs)
        return jobs.error();
    qsizetype count = 0;
    for (const SpooledPrintJob &job : *jobs)
        count += m_sentUnrecorded.count(job.id) ? 0 : 1;
    return count;
}

} // namespace wh::drivers
