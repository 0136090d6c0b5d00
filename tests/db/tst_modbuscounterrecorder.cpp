// ModbusCounterRecorder on a real store: a counter's first read is a baseline, each move after it a
// UnitsCounted event (source counter, no worker) with its outbox row and the kept value in one
// transaction; wraps, resets and jumps follow the counter rule; a restart neither counts twice nor
// loses what was counted meanwhile; a failed write keeps the old value (counted at the next read);
// a layout change starts again; counters for unknown or unsuitable activities are refused; the
// units reach the units table.
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "MasterDataRepositories.h"
#include "ModbusCounterRecorder.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace wh;
using namespace wh::db;
using Counter = ModbusCounterRecorder::Counter;

#define WH_VERIFY_OK(result)                                                                                 \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : (result).error().toString()))

namespace {

Counter outfeed()
{
    Counter c;
    c.device = QStringLiteral("CONV-1");
    c.name = QStringLiteral("outfeed");
    c.layout = QStringLiteral("unit 1 holding 0-1 uint32 high_first");
    c.widthBits = 32;
    c.siteCode = QStringLiteral("S1");
    c.activityCode = QStringLiteral("PICK");
    return c;
}

Counter infeed16()
{
    Counter c = outfeed();
    c.name = QStringLiteral("infeed");
    c.layout = QStringLiteral("unit 1 holding 2 uint16");
    c.widthBits = 16;
    return c;
}

} // namespace

class TestModbusCounterRecorder : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;

    Store &store() { return m_tmp->store(); }

    std::unique_ptr<ModbusCounterRecorder> recorder(const QString &device = QStringLiteral("K1"))
    {
        auto r = ModbusCounterRecorder::open(store(), *m_clock, device);
        if (!r) {
            qWarning("%s", qPrintable(r.error().toString()));
            return nullptr;
        }
        return std::move(r).value();
    }

    qint64 unitsEvents()
    {
        return test::rowCount(store(), QStringLiteral("events"),
                              QStringLiteral("WHERE kind = 'units.counted'"));
    }

    // The units booked so far for `reference`, from the events' payloads.
    qint64 bookedUnits(const QString &reference)
    {
        qint64 total = 0;
        EventStore events(store());
        auto s = events.forEach({EventKind::UnitsCounted}, [&](const Event &e) {
            auto p = UnitsPayload::fromJson(e.payload);
            if (p && p->reference == reference)
                total += p->quantity;
            return true;
        });
        return s ? total : -1;
    }

    // "change counts units" for an outcome, or the error.
    QString read(ModbusCounterRecorder &r, const Counter &c, quint32 value)
    {
        m_clock->advance(1000);
        auto o = r.record(c, value, m_clock->nowMs());
        if (!o)
            return o.error().toString();
        return QStringLiteral("%1 %2 %3")
            .arg(counterChangeName(o->step.change))
            .arg(o->step.counts)
            .arg(o->units);
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<test::MockClock>();
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        auto seeded = test::seedSmallWarehouse(store());
        WH_VERIFY_OK(seeded);
    }

    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void baselineThenUnits()
    {
        auto r = recorder();
        QVERIFY(r);
        const Counter c = outfeed();
        auto kept = r->keptValue(c);
        WH_VERIFY_OK(kept);
        QVERIFY(!kept->has_value());

        QCOMPARE(read(*r, c, 1000000), QStringLiteral("baseline 0 0"));
        QCOMPARE(unitsEvents(), qint64(0));
        QCOMPARE(*r->keptValue(c), std::optional<quint32>(1000000));
        QCOMPARE(read(*r, c, 1000000), QStringLiteral("unchanged 0 0"));

        m_clock->advance(1000);
        const qint64 at = m_clock->nowMs();
        auto o = r->record(c, 1000003, at);
        WH_VERIFY_OK(o);
        QCOMPARE(o->step.change, CounterChange::Advanced);
        QCOMPARE(o->units, qint64(3));
        QCOMPARE(o->previous, std::optional<quint32>(1000000));
        QVERIFY(o->event);
        const Event &e = *o->event;
        QCOMPARE(e.kind, EventKind::UnitsCounted);
        QCOMPARE(e.deviceId, QStringLiteral("K1"));
        QCOMPARE(e.occurredAtMs, at);
        auto payload = UnitsPayload::fromJson(e.payload);
        WH_VERIFY_OK(payload);
        QCOMPARE(payload->source, UnitsPayload::Source::Counter);
        QCOMPARE(payload->siteCode, QStringLiteral("S1"));
        QCOMPARE(payload->activityCode, QStringLiteral("PICK"));
        QCOMPARE(payload->quantity, qint64(3));
        QCOMPARE(payload->reference, QStringLiteral("CONV-1/outfeed"));
        QVERIFY(payload->workerCode.isEmpty());
        // The event went out with its outbox row, and the kept value names it.
        QCOMPARE(test::rowCount(store(), QStringLiteral("outbox"),
                                QStringLiteral("WHERE event_id = '%1'").arg(uuidText(e.id))),
                 qint64(1));
        QCOMPARE(test::rowCount(store(), QStringLiteral("modbus_counters"),
                                QStringLiteral("WHERE device = 'CONV-1' AND register_name = 'outfeed' AND "
                                               "last_value = 1000003 AND last_event_id = '%1'")
                                    .arg(uuidText(e.id))),
                 qint64(1));
        QCOMPARE(unitsEvents(), qint64(1));
    }

    void unitsPerCount()
    {
        auto r = recorder();
        Counter pairs = outfeed();
        pairs.unitsPerCount = 2;
        QCOMPARE(read(*r, pairs, 10), QStringLiteral("baseline 0 0"));
        QCOMPARE(read(*r, pairs, 13), QStringLiteral("advanced 3 6"));
        QCOMPARE(bookedUnits(QStringLiteral("CONV-1/outfeed")), qint64(6));
    }

    // Wrap, reset and jump as the counter rule says; each read's value is the next baseline.
    void wrapResetJump()
    {
        auto r = recorder();
        const Counter c = infeed16();
        QCOMPARE(read(*r, c, 65530), QStringLiteral("baseline 0 0"));
        QCOMPARE(read(*r, c, 4), QStringLiteral("wrapped 10 10"));
        QCOMPARE(read(*r, c, 20), QStringLiteral("advanced 16 16"));
        QCOMPARE(read(*r, c, 30000), QStringLiteral("jump 0 0")); // a preset: not 29,980 units
        QCOMPARE(read(*r, c, 30005), QStringLiteral("advanced 5 5"));
        QCOMPARE(read(*r, c, 7), QStringLiteral("reset 7 7")); // restarted from zero, counted 7 since
        QCOMPARE(read(*r, c, 40000), QStringLiteral("jump 0 0"));
        QCOMPARE(read(*r, c, 20000), QStringLiteral("jump 0 0")); // a drop too far to be a reset
        QCOMPARE(bookedUnits(QStringLiteral("CONV-1/infeed")), qint64(10 + 16 + 5 + 7));
        QCOMPARE(*r->keptValue(c), std::optional<quint32>(20000));
        // A tighter bound from the register map.
        Counter tight = c;
        tight.maxDelta = 10;
        QCOMPARE(read(*r, tight, 20011), QStringLiteral("jump 0 0"));
        QCOMPARE(read(*r, tight, 20021), QStringLiteral("advanced 10 10"));
    }

    // Closed and opened again: the same value counts nothing, what came meanwhile counts once.
    void restartNeitherDoublesNorLoses()
    {
        const Counter c = outfeed();
        {
            auto r = recorder();
            QCOMPARE(read(*r, c, 500), QStringLiteral("baseline 0 0"));
            QCOMPARE(read(*r, c, 510), QStringLiteral("advanced 10 10"));
        }
        m_tmp->close();
        QVERIFY(m_tmp->reopen(*m_clock));
        {
            auto r = recorder();
            QCOMPARE(read(*r, c, 510), QStringLiteral("unchanged 0 0")); // not 10 again
            QCOMPARE(read(*r, c, 512), QStringLiteral("advanced 2 2"));
        }
        m_tmp->close();
        // The conveyor ran on while the program was down.
        QVERIFY(m_tmp->reopen(*m_clock));
        auto r = recorder();
        QCOMPARE(read(*r, c, 540), QStringLiteral("advanced 28 28"));
        QCOMPARE(bookedUnits(QStringLiteral("CONV-1/outfeed")), qint64(40));
    }

    // A write that fails keeps neither the event nor the new value: the next read counts the move.
    void failedWriteLosesNothing()
    {
        auto r = recorder();
        const Counter c = outfeed();
        QCOMPARE(read(*r, c, 100), QStringLiteral("baseline 0 0"));
        QCOMPARE(read(*r, c, 110), QStringLiteral("advanced 10 10"));
        // The outbox refuses rows from now (a failing disk between the event and its outbox row).
        WH_VERIFY_OK(
            execDirect(store().connection(),
                       QStringLiteral("CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON main.outbox "
                                      "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        m_clock->advance(1000);
        auto failed = r->record(c, 125, m_clock->nowMs());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().toString().contains(QStringLiteral("disk on fire")),
                 qPrintable(failed.error().toString()));
        QCOMPARE(unitsEvents(), qint64(1));
        QCOMPARE(*r->keptValue(c), std::optional<quint32>(110));
        WH_VERIFY_OK(execDirect(store().connection(), QStringLiteral("DROP TRIGGER temp.outbox_fails")));
        QCOMPARE(read(*r, c, 130), QStringLiteral("advanced 20 20"));
        QCOMPARE(bookedUnits(QStringLiteral("CONV-1/outfeed")), qint64(30));
    }

    // Read elsewhere or otherwise (the register map changed): a new baseline, not a comparison.
    void layoutChangeStartsAgain()
    {
        auto r = recorder();
        Counter c = outfeed();
        QCOMPARE(read(*r, c, 70000), QStringLiteral("baseline 0 0"));
        c.layout = QStringLiteral("unit 1 holding 10-11 uint32 low_first");
        m_clock->advance(1000);
        auto o = r->record(c, 5, m_clock->nowMs());
        WH_VERIFY_OK(o);
        QCOMPARE(o->step.change, CounterChange::Baseline);
        QVERIFY(o->layoutChanged);
        QVERIFY(!o->event);
        QCOMPARE(read(*r, c, 8), QStringLiteral("advanced 3 3"));
    }

    // Counters of two devices and registers are kept apart.
    void countersApart()
    {
        auto r = recorder();
        Counter a = outfeed();
        Counter b = outfeed();
        b.device = QStringLiteral("CONV-2");
        QCOMPARE(read(*r, a, 10), QStringLiteral("baseline 0 0"));
        QCOMPARE(read(*r, b, 1000), QStringLiteral("baseline 0 0"));
        QCOMPARE(read(*r, a, 12), QStringLiteral("advanced 2 2"));
        QCOMPARE(read(*r, b, 1005), QStringLiteral("advanced 5 5"));
        QCOMPARE(bookedUnits(QStringLiteral("CONV-1/outfeed")), qint64(2));
        QCOMPARE(bookedUnits(QStringLiteral("CONV-2/outfeed")), qint64(5));
    }

    void check()
    {
        auto r = recorder();
        WH_VERIFY_OK(r->check(outfeed()));
        Counter site = outfeed();
        site.siteCode = QStringLiteral("S9");
        auto s = r->check(site);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), ErrorCode::NotFound);
        QCOMPARE(s.error().message(), QStringLiteral("counter CONV-1/outfeed: unknown site"));
        QCOMPARE(s.error().context(), QStringLiteral("S9"));
        Counter activity = outfeed();
        activity.activityCode = QStringLiteral("NOPE");
        QCOMPARE(r->check(activity).error().message(),
                 QStringLiteral("counter CONV-1/outfeed: unknown activity"));
        Counter lunch = outfeed();
        lunch.activityCode = QStringLiteral("LUNCH");
        QCOMPARE(r->check(lunch).error().message(),
                 QStringLiteral("counter CONV-1/outfeed: a break activity has no units"));
        WH_VERIFY_OK(
            ActivityRepository(store()).setSiteActivities(QStringLiteral("S1"), {QStringLiteral("CART")}));
        auto offered = r->check(outfeed());
        QCOMPARE(offered.error().message(),
                 QStringLiteral("counter CONV-1/outfeed: the activity is not offered at this site"));
        QCOMPARE(offered.error().context(), QStringLiteral("PICK at S1"));
    }

    void recordingDevice()
    {
        auto none = ModbusCounterRecorder::open(store(), *m_clock, QStringLiteral("X9"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code(), ErrorCode::NotFound);
        auto first = ModbusCounterRecorder::defaultRecordingDevice(store(), QStringLiteral("S1"));
        WH_VERIFY_OK(first);
        QVERIFY(*first == QStringLiteral("K1") || *first == QStringLiteral("H1"));
        WH_VERIFY_OK(DeviceRepository(store()).save(
            {QStringLiteral("M1"), DeviceKind::Manager, QStringLiteral("S1"), QStringLiteral("事務所")}));
        QCOMPARE(*ModbusCounterRecorder::defaultRecordingDevice(store(), QStringLiteral("S1")),
                 QStringLiteral("M1"));
        auto nowhere = ModbusCounterRecorder::defaultRecordingDevice(store(), QStringLiteral("S9"));
        QVERIFY(!nowhere.ok());
        QCOMPARE(nowhere.error().code(), ErrorCode::NotFound);
    }

    // The events become rows of the units table (site, activity, no worker, the quantity).
    void derivedIntoUnits()
    {
        auto r = recorder();
        const Counter c = outfeed();
        QCOMPARE(read(*r, c, 1), QStringLiteral("baseline 0 0"));
        QCOMPARE(read(*r, c, 9), QStringLiteral("advanced 8 8"));
        QCOMPARE(read(*r, c, 10), QStringLiteral("advanced 1 1"));
        auto caught = EventProjector(store()).catchUp();
        WH_VERIFY_OK(caught);
        QCOMPARE(
            test::rowCount(store(), QStringLiteral("units"),
                           QStringLiteral("WHERE site = 'S1' AND activity = 'PICK' AND worker IS NULL AND "
                                          "reference = 'CONV-1/outfeed'")),
            qint64(2));
        auto sum = scalar(store().connection(), QStringLiteral("SELECT SUM(quantity) FROM units"));
        WH_VERIFY_OK(sum);
        QCOMPARE(sum->toLongLong(), qint64(9));
    }

    void badCounter()
    {
        auto r = recorder();
        Counter c = outfeed();
        c.unitsPerCount = 0;
        auto o = r->record(c, 5, m_clock->nowMs());
        QVERIFY(!o.ok());
        QCOMPARE(o.error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(test::rowCount(store(), QStringLiteral("modbus_counters")), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestModbusCounterRecorder)
#include "tst_modbuscounterrecorder.moc"
