#pragma once

// For the handheld's punch tests (session, activity switch, guard, scan classifier, outbox): a
// small demo warehouse (wh_cli's DemoWarehouse: 20 workers, one business day, 2026-10-30) in a
// temporary store, the punch service of its first handheld (S1-HT-001, site S1 市川, Asia/Tokyo)
// and a test clock at 2026-11-02 09:00 in Tokyo, long after that day: every demo worker is off
// (a shift left open that day counts as forgotten).
#include "PunchService.h"
#include "SmallDemo.h"
#include "TestSupport.h"

#include <QTest>

namespace wh::test {

struct PunchTestStore {
    MockClock clock;
    std::unique_ptr<TemporaryStore> store;
    std::unique_ptr<db::PunchService> punch;
    QString deviceId;

    // Builds it; QVERIFY-style failures come back as a message (empty: fine).
    [[nodiscard]] QString build()
    {
        store = std::make_unique<TemporaryStore>(clock);
        if (!store->ok())
            return store->errorText();
        auto where = smallDemo(store->store(), clock, QDate(2026, 10, 30));
        if (!where)
            return where.error().toString();
        deviceId = where->device.id;
        auto service = db::PunchService::open(store->store(), clock, deviceId);
        if (!service)
            return service.error().toString();
        punch = std::move(service).value();
        return {};
    }

    // A demo worker who is off, with no forgotten shift behind them, and not in `except`.
    [[nodiscard]] db::WorkerCard offWorker(const QStringList &except = {})
    {
        for (int i = 1; i <= 20; ++i) {
            const QString code = QStringLiteral("W%1").arg(i, 5, 10, QLatin1Char('0'));
            if (except.contains(code))
                continue;
            auto card = punch->card(code);
            if (card && card->state.phase == PunchState::Phase::Off && !card->state.previousShiftForgotten &&
                card->worker.active && !card->worker.badgeId.isEmpty())
                return *card;
        }
        return {};
    }

    [[nodiscard]] qint64 events(EventKind kind)
    {
        return rowCount(store->store(), QStringLiteral("events"),
                        QStringLiteral("WHERE kind = '%1'").arg(eventKindName(kind)));
    }
    [[nodiscard]] qint64 punchEvents()
    {
        return events(EventKind::PunchClockIn) + events(EventKind::PunchSwitch) +
               events(EventKind::PunchBreak) + events(EventKind::PunchClockOut);
    }
};

} // namespace wh::test
