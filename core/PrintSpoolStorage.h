#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace wh {

// A label job for a printer: waiting in the spool, or sent.
struct SpooledPrintJob {
    qint64 id = 0;      // the spool's order: a lower id was submitted first and is sent first
    QString printer;    // the printer's name in the spool ("host:port" unless configured)
    QString key;        // the caller's key, one job per key and printer: a record id, "item/reprint-2"
    QByteArray payload; // the bytes sent as they are (ZPL)
    qint64 queuedAtMs = 0;
    int attempts = 0;  // sends that failed
    QString lastError; // why the last one failed (English, for the log)
    std::optional<qint64> sentAtMs;
};

// Where the print spool keeps its jobs, so nothing submitted is lost while a printer is off, over
// a restart included. The spooler (drivers/PrintSpooler) holds the rules; a storage only keeps
// rows: db/PrintSpool (the store's print_jobs table) or drivers' MemoryPrintSpoolStorage.
// Every call is durable when it returns. One thread at a time (the spooler's).
class PrintSpoolStorage {
public:
    virtual ~PrintSpoolStorage() = default;

    struct Added {
        SpooledPrintJob job;
        bool existed = false; // a job with this printer and key was there already: not added again
    };
    // Adds a job after the printer's others (its id is higher than any before it).
    [[nodiscard]] virtual Result<Added> add(const QString &printer, const QString &key,
                                            const QByteArray &payload, qint64 nowMs) = 0;
    // The printer's jobs not sent yet, oldest (lowest id) first.
    [[nodiscard]] virtual Result<std::vector<SpooledPrintJob>> pending(const QString &printer) = 0;
    // The job went out; it is not sent again. NotFound for an unknown id.
    [[nodiscard]] virtual Status markSent(qint64 id, qint64 nowMs) = 0;
    // A send failed: attempts + 1 and the reason; the job stays where it is in the order.
    [[nodiscard]] virtual Status noteFailure(qint64 id, const QString &error) = 0;
};

} // namespace wh
