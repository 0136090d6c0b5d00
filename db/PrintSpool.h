#pragma once

#include "PrintSpoolStorage.h"
#include "Store.h"

namespace wh::db {

// The print spool in the store (table print_jobs, migration 0010): label jobs wait here while
// their printer is off or not ready, over a restart of the program, and stay as the record of what
// was printed and when until pruneSent() removes them. The rules (order, one job per key, one in
// flight) are drivers/PrintSpooler's; this keeps the rows, each call durable when it returns.
// Use on one thread (the store's connection of that thread) and destroy before the Store.
class PrintSpool final : public PrintSpoolStorage {
public:
    explicit PrintSpool(Store &store);

    [[nodiscard]] Result<Added> add(const QString &printer, const QString &key, const QByteArray &payload,
                                    qint64 nowMs) override;
    [[nodiscard]] Result<std::vector<SpooledPrintJob>> pending(const QString &printer) override;
    [[nodiscard]] Status markSent(qint64 id, qint64 nowMs) override;
    [[nodiscard]] Status noteFailure(qint64 id, const QString &error) override;

    // Every job of `printer` (of every printer when empty), sent or not, in id order.
    [[nodiscard]] Result<std::vector<SpooledPrintJob>> all(const QString &printer = {});
    // Deletes the jobs sent before `beforeMs`; returns how many. Waiting jobs are never deleted.
    [[nodiscard]] Result<int> pruneSent(qint64 beforeMs);

private:
    [[nodiscard]] Result<std::vector<SpooledPrintJob>> select(const QString &where,
                                                              const QVariantList &values);

    Store &m_store;
};

} // namespace wh::db
