// PunchIntervalBuilder: punch events in, intervals out (business day of the shift, forgotten
// clock-outs, stray punches).
#include "PunchIntervalBuilder.h"

#include <QDateTime>
#include <QTest>
#include <algorithm>
#include <map>

using namespace wh;

namespace {

struct Step {
    EventKind kind;
    QString worker;
    QString site;
    QString activity;
    QDate date; // local date in the site's zone
    QTime time;
    QString device = QStringLiteral("K1");
};

const QDate D(2026, 11, 2); // a Monday

QTimeZone zoneOf(const QString &site)
{
    return site == QLatin1String("S2") ? QTimeZone::utc() : QTimeZone("Asia/Tokyo");
}

qint64 at(const Step &s)
{
    return QDateTime(s.date, s.time, zoneOf(s.site)).toMSecsSinceEpoch();
}

Step in(const QString &worker, const QString &activity, QDate date, QTime time,
        const QString &site = QStringLiteral("S1"))
{
    return {EventKind::PunchClockIn, worker, site, activity, date, time};
}
Step sw(const QString &worker, const QString &activity, QDate date, QTime time,
        const QString &site = QStringLiteral("S1"))
{
    return {EventKind::PunchSwitch, worker, site, activity, date, time};
}
Step brk(const QString &worker, const QString &activity, QDate date, QTime time)
{
    return {EventKind::PunchBreak, worker, QStringLiteral("S1"), activity, date, time};
}
Step out(const QString &worker, QDate date, QTime time, const QString &site = QStringLiteral("S1"))
{
    return {EventKind::PunchClockOut, worker, site, QString(), date, time};
}

Event toEvent(const Step &s, int n)
{
    Event e;
    e.id = QUuid::createUuidV5(QUuid(), QString::number(n));
    e.deviceId = s.device;
    e.sequence = n + 1;
    e.kind = s.kind;
    e.occurredAtMs = at(s);
    e.payload = PunchPayload{s.worker, s.site, s.activity}.toJson();
    return e;
}

// "W001 PICK day=11-02 11-02 09:10..11-02 12:00 closed PT" in the site's zone.
QString describe(const PunchInterval &p)
{
    const QTimeZone zone = zoneOf(p.siteCode);
    auto t = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("MM-dd HH:mm"));
    };
    return QStringLiteral("%1 %2 day=%3 %4..%5 %6 %7")
        .arg(p.workerCode, p.activityCode, p.businessDay.toString(QStringLiteral("MM-dd")), t(p.startMs),
             p.endMs ? t(*p.endMs) : QStringLiteral("-"), intervalStatusName(p.status), p.employmentTypeCode);
}

class Fixture {
public:
    Fixture()
        : m_rules{{QStringLiteral("S1"), BusinessDay(QTimeZone("Asia/Tokyo"), 300)},
                  {QStringLiteral("S2"), BusinessDay(QTimeZone::utc(), 0)}}
    {
    }
    PunchIntervalBuilder::Lookups lookups()
    {
        return {[this](const QString &site) -> const BusinessDay * {
                    auto it = m_rules.find(site);
                    return it == m_rules.end() ? nullptr : &it->second;
                },
                [](const QString &worker, const QDate &day) {
                    if (worker == QLatin1String("W001")) // promoted on 2026-11-15
                        return day < QDate(2026, 11, 15) ? QStringLiteral("PT") : QStringLiteral("FT");
                    if (worker == QLatin1String("W002"))
                        return QStringLiteral("FT");
                    if (worker == QLatin1String("W003"))
                        return QStringLiteral("PT");
                    return QString();
                },
                [](const QString &device) {
                    return device.startsWith(QLatin1Char('H')) ? QStringLiteral("handheld") : QStringLiteral("kiosk");
                }};
    }

private:
    std::map<QString, BusinessDay> m_rules;
};

} // namespace

Q_DECLARE_METATYPE(QList<Step>)
Q_DECLARE_METATYPE(wh::ErrorCode)

class TestPunchIntervalBuilder : public QObject {
    Q_OBJECT

private slots:
    void sequences_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("stray");
        const QDate N = D.addDays(1);
        const QString W1 = QStringLiteral("W001");
        const QString W2 = QStringLiteral("W002");
        const QString MEET = QStringLiteral("MEET");
        const QString PICK = QStringLiteral("PICK");
        const QString CART = QStringLiteral("CART");
        const QString LUNCH = QStringLiteral("LUNCH");

        QTest::newRow("day shift: in, switch, break, back, out")
            << QList<Step>{in(W1, MEET, D, QTime(9, 0)), sw(W1, PICK, D, QTime(9, 10)),
                           brk(W1, LUNCH, D, QTime(12, 0)), sw(W1, PICK, D, QTime(13, 0)),
                           out(W1, D, QTime(18, 0))}
            << QStringList{QStringLiteral("W001 MEET day=11-02 11-02 09:00..11-02 09:10 closed PT"),
                           QStringLiteral("W001 PICK day=11-02 11-02 09:10..11-02 12:00 closed PT"),
                           QStringLiteral("W001 LUNCH day=11-02 11-02 12:00..11-02 13:00 closed PT"),
                           QStringLiteral("W001 PICK day=11-02 11-02 13:00..11-02 18:00 closed PT")}
            << 0;
        QTest::newRow("night shift 21:00->06:00 keeps its day across midnight and 05:00")
            << QList<Step>{in(W1, MEET, D, QTime(21, 0)), sw(W1, PICK, D, QTime(21, 10)),
                           sw(W1, CART, N, QTime(0, 0)),  brk(W1, LUNCH, N, QTime(2, 0)),
                           sw(W1, PICK, N, QTime(3, 0)),  sw(W1, CART, N, QTime(4, 59)),
                           sw(W1, PICK, N, QTime(5, 0)),  out(W1, N, QTime(6, 0))}
            << QStringList{QStringLiteral("W001 MEET day=11-02 11-02 21:00..11-02 21:10 closed PT"),
                           QStringLiteral("W001 PICK day=11-02 11-02 21:10..11-03 00:00 closed PT"),
                           QStringLiteral("W001 CART day=11-02 11-03 00:00..11-03 02:00 closed PT"),
                           QStringLiteral("W001 LUNCH day=11-02 11-03 02:00..11-03 03:00 closed PT"),
                           QStringLiteral("W001 PICK day=11-02 11-03 03:00..11-03 04:59 closed PT"),
                           QStringLiteral("W001 CART day=11-02 11-03 04:59..11-03 05:00 closed PT"),
                           QStringLiteral("W001 PICK day=11-02 11-03 05:00..11-03 06:00 closed PT")}
            << 0;
        QTest::newRow("a shift starting 04:59 belongs to the previous day")
            << QList<Step>{in(W1, PICK, N, QTime(4, 59)), out(W1, N, QTime(9, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-03 04:59..11-03 09:00 closed PT")} << 0;
        QTest::newRow("a shift starting 05:00 belongs to its own day")
            << QList<Step>{in(W1, PICK, N, QTime(5, 0)), out(W1, N, QTime(9, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-03 11-03 05:00..11-03 09:00 closed PT")} << 0;
        QTest::newRow("a shift starting at midnight")
            << QList<Step>{in(W1, PICK, N, QTime(0, 0)), out(W1, N, QTime(8, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-03 00:00..11-03 08:00 closed PT")} << 0;
        QTest::newRow("forgotten clock-out: closed at start + 16 h, next day's tap starts a new shift")
            << QList<Step>{in(W1, MEET, D, QTime(10, 0)), sw(W1, PICK, D, QTime(10, 10)),
                           in(W1, MEET, N, QTime(9, 50)), out(W1, N, QTime(16, 0))}
            << QStringList{QStringLiteral("W001 MEET day=11-02 11-02 10:00..11-02 10:10 closed PT"),
                           QStringLiteral("W001 PICK day=11-02 11-02 10:10..11-03 02:00 forgotten PT"),
                           QStringLiteral("W001 MEET day=11-03 11-03 09:50..11-03 16:00 closed PT")}
            << 0;
        QTest::newRow("forgotten clock-out, next day starts with a switch")
            << QList<Step>{in(W1, PICK, D, QTime(10, 0)), sw(W1, CART, N, QTime(10, 0)),
                           out(W1, N, QTime(15, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 10:00..11-03 02:00 forgotten PT"),
                           QStringLiteral("W001 CART day=11-03 11-03 10:00..11-03 15:00 closed PT")}
            << 0;
        QTest::newRow("switches do not extend the 16 h from the shift's first punch")
            << QList<Step>{in(W1, PICK, D, QTime(8, 0)), sw(W1, CART, D, QTime(15, 0)),
                           sw(W1, PICK, D, QTime(23, 0)), sw(W1, CART, N, QTime(0, 30)),
                           out(W1, N, QTime(1, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 08:00..11-02 15:00 closed PT"),
                           QStringLiteral("W001 CART day=11-02 11-02 15:00..11-02 23:00 closed PT"),
                           QStringLiteral("W001 PICK day=11-02 11-02 23:00..11-03 00:00 forgotten PT"),
                           QStringLiteral("W001 CART day=11-02 11-03 00:30..11-03 01:00 closed PT")}
            << 0;
        QTest::newRow("clock-out exactly 16 h after clock-in closes normally")
            << QList<Step>{in(W1, PICK, D, QTime(8, 0)), out(W1, N, QTime(0, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 08:00..11-03 00:00 closed PT")} << 0;
        QTest::newRow("clock-out 1 ms past 16 h: forgotten, and the clock-out is stray")
            << QList<Step>{in(W1, PICK, D, QTime(8, 0)), out(W1, N, QTime(0, 0, 0, 1))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 08:00..11-03 00:00 forgotten PT")} << 1;
        QTest::newRow("clock-out while off is stray")
            << QList<Step>{out(W1, D, QTime(18, 0))} << QStringList{} << 1;
        QTest::newRow("second clock-out is stray")
            << QList<Step>{in(W1, PICK, D, QTime(9, 0)), out(W1, D, QTime(18, 0)), out(W1, D, QTime(18, 1))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 09:00..11-02 18:00 closed PT")} << 1;
        QTest::newRow("a switch while off starts a shift")
            << QList<Step>{sw(W1, PICK, D, QTime(9, 0)), out(W1, D, QTime(10, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 09:00..11-02 10:00 closed PT")} << 0;
        QTest::newRow("a second clock-in acts as a switch")
            << QList<Step>{in(W1, PICK, D, QTime(9, 0)), in(W1, CART, D, QTime(11, 0)),
                           out(W1, D, QTime(12, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 09:00..11-02 11:00 closed PT"),
                           QStringLiteral("W001 CART day=11-02 11-02 11:00..11-02 12:00 closed PT")}
            << 0;
        QTest::newRow("open at the end of the input")
            << QList<Step>{in(W1, PICK, D, QTime(9, 0)), sw(W1, CART, D, QTime(10, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 09:00..11-02 10:00 closed PT"),
                           QStringLiteral("W001 CART day=11-02 11-02 10:00..- open PT")}
            << 0;
        QTest::newRow("utc site with a day start of 00:00")
            << QList<Step>{in(QStringLiteral("W003"), PICK, D, QTime(23, 0), QStringLiteral("S2")),
                           sw(QStringLiteral("W003"), CART, N, QTime(1, 0), QStringLiteral("S2")),
                           out(QStringLiteral("W003"), N, QTime(2, 0), QStringLiteral("S2"))}
            << QStringList{QStringLiteral("W003 PICK day=11-02 11-02 23:00..11-03 01:00 closed PT"),
                           QStringLiteral("W003 CART day=11-02 11-03 01:00..11-03 02:00 closed PT")}
            << 0;
        QTest::newRow("two workers interleaved")
            << QList<Step>{in(W1, PICK, D, QTime(9, 0)), in(W2, CART, D, QTime(9, 1)),
                           sw(W1, CART, D, QTime(10, 0)), out(W2, D, QTime(10, 30)), out(W1, D, QTime(11, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-02 11-02 09:00..11-02 10:00 closed PT"),
                           QStringLiteral("W002 CART day=11-02 11-02 09:01..11-02 10:30 closed FT"),
                           QStringLiteral("W001 CART day=11-02 11-02 10:00..11-02 11:00 closed PT")}
            << 0;
        const QDate p(2026, 11, 14);
        QTest::newRow("promotion: a night shift into the promotion day keeps the old type")
            << QList<Step>{in(W1, PICK, p, QTime(21, 0)), sw(W1, CART, p.addDays(1), QTime(3, 0)),
                           out(W1, p.addDays(1), QTime(6, 0)), in(W1, PICK, p.addDays(1), QTime(21, 0)),
                           out(W1, p.addDays(2), QTime(6, 0))}
            << QStringList{QStringLiteral("W001 PICK day=11-14 11-14 21:00..11-15 03:00 closed PT"),
                           QStringLiteral("W001 CART day=11-14 11-15 03:00..11-15 06:00 closed PT"),
                           QStringLiteral("W001 PICK day=11-15 11-15 21:00..11-16 06:00 closed FT")}
            << 0;
        QTest::newRow("unknown worker gets no employment type")
            << QList<Step>{in(QStringLiteral("W999"), PICK, D, QTime(9, 0)),
                           out(QStringLiteral("W999"), D, QTime(10, 0))}
            << QStringList{QStringLiteral("W999 PICK day=11-02 11-02 09:00..11-02 10:00 closed ")} << 0;
    }
    void sequences()
    {
        QFETCH(QList<Step>, steps);
        QFETCH(QStringList, expected);
        QFETCH(int, stray);
        Fixture fixture;
        PunchIntervalBuilder builder(fixture.lookups());
        int n = 0;
        for (const Step &s : steps) {
            auto status = builder.apply(toEvent(s, n++));
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        }
        std::vector<PunchInterval> all = builder.takeFinished();
        for (const auto &open : builder.openIntervals())
            all.push_back(open);
        std::stable_sort(all.begin(), all.end(), [](const PunchInterval &a, const PunchInterval &b) {
            return a.startMs < b.startMs;
        });
        QStringList actual;
        for (const auto &p : all)
            actual << describe(p);
        QCOMPARE(actual, expected);
        QCOMPARE(builder.strayPunches(), stray);
    }

    void eventIdsAndDevices()
    {
        Fixture fixture;
        PunchIntervalBuilder builder(fixture.lookups());
        Step a = in(QStringLiteral("W001"), QStringLiteral("PICK"), D, QTime(9, 0));
        a.device = QStringLiteral("H1");
        const Step b = out(QStringLiteral("W001"), D, QTime(10, 0));
        const Event ea = toEvent(a, 1);
        const Event eb = toEvent(b, 2);
        QVERIFY(builder.apply(ea).ok());
        QVERIFY(builder.apply(eb).ok());
        const auto done = builder.takeFinished();
        QCOMPARE(done.size(), size_t(1));
        QCOMPARE(done[0].startEventId, ea.id);
        QCOMPARE(done[0].endEventId, eb.id);
        QCOMPARE(done[0].deviceId, QStringLiteral("H1"));
        QCOMPARE(done[0].seconds(), qint64(3600));
        QCOMPARE(done[0].siteCode, QStringLiteral("S1"));
        // Handed over once.
        QVERIFY(builder.takeFinished().empty());
        QVERIFY(builder.openIntervals().empty());
    }

    void forgottenHasNoEndEvent()
    {
        Fixture fixture;
        PunchIntervalBuilder builder(fixture.lookups());
        QVERIFY(builder.apply(toEvent(in(QStringLiteral("W001"), QStringLiteral("PICK"), D, QTime(10, 0)), 1))
                    .ok());
        QVERIFY(builder
                    .apply(toEvent(
                        in(QStringLiteral("W001"), QStringLiteral("PICK"), D.addDays(1), QTime(10, 0)), 2))
                    .ok());
        const auto done = builder.takeFinished();
        QCOMPARE(done.size(), size_t(1));
        QCOMPARE(done[0].status, IntervalStatus::Forgotten);
        QVERIFY(done[0].endEventId.isNull());
        QCOMPARE(done[0].seconds(), qint64(16 * 3600));
    }

    void unknownSiteIsRejected()
    {
        Fixture fixture;
        PunchIntervalBuilder builder(fixture.lookups());
        QVERIFY(builder.apply(toEvent(in(QStringLiteral("W001"), QStringLiteral("PICK"), D, QTime(9, 0)), 1))
                    .ok());
        Step bad = sw(QStringLiteral("W001"), QStringLiteral("CART"), D, QTime(10, 0));
        bad.site = QStringLiteral("S9");
        auto status = builder.apply(toEvent(bad, 2));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::NotFound);
        QCOMPARE(status.error().context(), QStringLiteral("S9"));
        // Nothing changed: the first interval is still open on PICK.
        QVERIFY(builder.takeFinished().empty());
        const auto open = builder.openIntervals();
        QCOMPARE(open.size(), size_t(1));
        QCOMPARE(open[0].activityCode, QStringLiteral("PICK"));
    }

    void malformedAndNonPunchEvents_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no worker") << int(EventKind::PunchSwitch)
                                   << QByteArray(R"({"site":"S1","activity":"PICK"})") << ErrorCode::Parse;
        QTest::newRow("no activity") << int(EventKind::PunchClockIn)
                                     << QByteArray(R"({"worker":"W001","site":"S1"})") << ErrorCode::Parse;
        QTest::newRow("empty payload")
            << int(EventKind::PunchClockOut) << QByteArray("{}") << ErrorCode::Parse;
        QTest::newRow("units event") << int(EventKind::UnitsCounted)
                                     << QByteArray(R"({"site":"S1","activity":"PICK","quantity":1})")
                                     << ErrorCode::InvalidArgument;
        QTest::newRow("scan event") << int(EventKind::Scan) << QByteArray("{}") << ErrorCode::InvalidArgument;
    }
    void malformedAndNonPunchEvents()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, payload);
        QFETCH(ErrorCode, code);
        Fixture fixture;
        PunchIntervalBuilder builder(fixture.lookups());
        Event e = toEvent(in(QStringLiteral("W001"), QStringLiteral("PICK"), D, QTime(9, 0)), 7);
        e.kind = EventKind(kind);
        e.payload = QJsonDocument::fromJson(payload).object();
        auto status = builder.apply(e);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), code);
        if (code == ErrorCode::Parse)
            QVERIFY(status.error().context().contains(e.id.toString(QUuid::WithoutBraces)));
        QVERIFY(builder.takeFinished().empty());
        QVERIFY(builder.openIntervals().empty());
        QCOMPARE(builder.strayPunches(), 0);
    }

    void expire()
    {
        Fixture fixture;
        PunchIntervalBuilder builder(fixture.lookups());
        QVERIFY(builder.apply(toEvent(in(QStringLiteral("W001"), QStringLiteral("PICK"), D, QTime(8, 0)), 1))
                    .ok());
        QVERIFY(builder.apply(toEvent(in(QStringLiteral("W002"), QStringLiteral("PICK"), D, QTime(20, 0)), 2))
                    .ok());
        // At D+1 00:00 exactly 16 h have passed for W001: not yet past the maximum.
        builder.expire(at(in(QString(), QString(), D.addDays(1), QTime(0, 0))));
        QVERIFY(builder.takeFinished().empty());
        builder.expire(at(in(QString(), QString(), D.addDays(1), QTime(0, 1))));
        const auto done = builder.takeFinished();
        QCOMPARE(done.size(), size_t(1));
        QCOMPARE(describe(done[0]),
                 QStringLiteral("W001 PICK day=11-02 11-02 08:00..11-03 00:00 forgotten PT"));
        const auto open = builder.openIntervals();
        QCOMPARE(open.size(), size_t(1));
        QCOMPARE(open[0].workerCode, QStringLiteral("W002"));
    }

    void customMaximumShift()
    {
        Fixture fixture;
        PunchIntervalBuilder builder(fixture.lookups(), 2 * 3600 * 1000);
        QVERIFY(builder.apply(toEvent(in(QStringLiteral("W001"), QStringLiteral("PICK"), D, QTime(8, 0)), 1))
                    .ok());
        QVERIFY(builder.apply(toEvent(out(QStringLiteral("W001"), D, QTime(10, 30)), 2)).ok());
        const auto done = builder.takeFinished();
        QCOMPARE(done.size(), size_t(1));
        QCOMPARE(done[0].status, IntervalStatus::Forgotten);
        QCOMPARE(builder.strayPunches(), 1);
    }

    void statusNames()
    {
        for (auto s : {IntervalStatus::Open, IntervalStatus::Closed, IntervalStatus::Forgotten})
            QCOMPARE(intervalStatusFromName(intervalStatusName(s)), std::optional<IntervalStatus>(s));
        QVERIFY(!intervalStatusFromName(QStringLiteral("OPEN")).has_value());
        QVERIFY(!intervalStatusFromName(QString()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestPunchIntervalBuilder)
#include "tst_punchintervalbuilder.moc"
