#pragma once

#include "Clock.h"
#include "PrintSpoolStorage.h"
#include "Result.h"

#include <QString>

#include <map>
#include <optional>

namespace wh::drivers {

// The print spool's storage in memory: for tests, and for a program without a store (its jobs
// wait while it runs, not over a restart; db/PrintSpool keeps them in the store).
class MemoryPrintSpoolStorage final : public PrintSpoolStorage {
public:
    [[nodiscard]] Result<Added> add(const QString &printer, const QString &key, const QByteArray &payload,
                                    qint64 nowMs) override;
    [[nodiscard]] Result<std::vector<SpooledPrintJob>> pending(const QString &printer) override;
    [[nodiscard]] Status markSent(qint64 id, qint64 nowMs) override;
    [[nodiscard]] Status noteFailure(qint64 id, const QString &error) override;
    // Every job, sent or not, in id order.
    [[nodiscard]] std::vector<SpooledPrintJob> all() const;

private:
    std::map<qint64, SpooledPrintJob> m_jobs;
    qint64 m_nextId = 1;
};

// The rules of one printer's spool, over a storage: jobs go out one at a time, oldest first; a
// job is sent again only when its send failed (and then before any later one, so the order is
// kept); a key is printed once (submitting it again returns the job already there: a re-sent
// request, a restarted program, a double tap do not print a second sticker; a deliberate reprint
// takes a new key). A restart picks up from the storage. No I/O of its own: LabelPrinter drives
// it. One thread (the printer's).
class PrintSpooler {
public:
    PrintSpooler(PrintSpoolStorage &storage, QString printer, const Clock &clock = Clock::system());

    [[nodiscard]] const QString &printer() const { return m_printer; }

    // Adds a job (durable when it returns). InvalidArgument for an empty key or payload.
    [[nodiscard]] Result<PrintSpoolStorage::Added> submit(const QString &key, const QByteArray &payload);
    // The job to send now, marked in flight: the oldest waiting one; nullopt when none waits or
    // one is in flight already.
    [[nodiscard]] Result<std::optional<SpooledPrintJob>> take();
    // The job in flight went out (Internal error for another id). When the storage fails to record
    // it, the spooler still never sends it again in this run, and records it with the next take().
    [[nodiscard]] Status sent(qint64 id);
    // The job in flight did not go out: it stays first in line.
    [[nodiscard]] Status failed(qint64 id, const QString &error);
    [[nodiscard]] std::optional<qint64> inFlight() const { return m_inFlight; }
    // Jobs not sent yet (the one in flight included).
    [[nodiscard]] Result<qsizetype> waiting();

private:
    PrintSpoolStorage &m_storage;
    QString m_printer;
    const Clock &m_clock;
    std::optional<qint64> m_inFlight;
    // Jobs that went out while the storage could not record it (id -> when): not sent again.
    std::map<qint64, qint64> m_sentUnrecorded;
};

} // namespace wh::drivers
