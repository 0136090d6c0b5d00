// The official attendance import: per worker-day the first start and last end of the punches become
// payroll's times, as corrections with source "attendance" (the audit trail), dirty keys marked;
// a re-import changes nothing; Shift_JIS gives the same; bad rows are reported with their lines and
// never leave a half-applied worker-day; bad files write nothing.
#include "AttendanceImport.h"
#include "DerivedRepositories.h"
#include "EventStore.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>

using namespace wh;

namespace {

const QDate D(2026, 11, 2); // a Monday

qint64 at(int dayOffset, int h, int m)
{
    return test::tokyoMs(D.addDays(dayOffset), h, m);
}

qint64 utcAt(int dayOffset, int h, int m)
{
    return QDateTime(D.addDays(dayOffset), QTime(h, m), QTimeZone::utc()).toMSecsSinceEpoch();
}

template <typename T>
QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

QString linesOf(const std::vector<AttendanceRowError> &errors)
{
    QStringList lines;
    for (const auto &e : errors)
        lines << QString::number(e.line);
    return lines.join(QLatin1Char(','));
}

} // namespace

class TestAttendanceImport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::MockClock> m_clock;
    std::unique_ptr<test::TemporaryStore> m_tmp;

    db::Store &store() { return m_tmp->store(); }

    Event punch(const char *device, EventKind kind, const char *worker, const char *activity, qint64 ms)
    {
        return test::punchEvent(QString::fromLatin1(device), kind, QString::fromLatin1(worker),
                                QString::fromLatin1(device).startsWith(QLatin1String("K2"))
                                    ? QStringLiteral("S2")
                                    : QStringLiteral("S1"),
                                QString::fromLatin1(activity), ms);
    }

    void append(std::vector<Event> events)
    {
        db::EventStore log(store());
        auto stored = log.appendAll(std::move(events));
        QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
        db::EventProjector projector(store());
        auto caught = projector.catchUp();
        QVERIFY2(caught.ok(), qPrintable(errorText(caught)));
        QCOMPARE(caught->rejectedEvents, 0);
    }

    // A fresh store with the small warehouse and these punches (now = Thursday D+3 12:00 Tokyo):
    //  W001 (S1, Tokyo) D    08:10 PICK, 12:00 LUNCH, 13:00 PICK, 17:05 out
    //                   D+1  13:00 PICK, 18:00 CART, 21:00 out
    //                   D+2  05:30 PICK, 09:00 out
    //  W002 (S1)        D    09:00 MEET, 09:30 PICK, no clock-out: closed as forgotten at D+1 01:00
    //                   D+1  09:00 PICK, 18:00 out
    //                   D+3  07:30 MEET, 08:00 PICK, 11:00 out
    //  W003 (S2, UTC)   D    08:05-12:00 PICK and 13:00-16:55 PICK (two shifts), UTC times
    //                   D+3  01:00 UTC PICK, still on shift
    // The summary keys marked by the derivation are cleared, so the tests see what the import marks.
    void freshStore()
    {
        m_tmp.reset();
        m_clock = std::make_unique<test::MockClock>(at(3, 12, 0));
        m_tmp = std::make_unique<test::TemporaryStore>(*m_clock);
        QVERIFY2(m_tmp->ok(), qPrintable(m_tmp->errorText()));
        QVERIFY(test::seedSmallWarehouse(store()).ok());
        QVERIFY(db::execDirect(store().connection(),
                               QStringLiteral("INSERT INTO devices (id, kind, site, name) VALUES "
                                              "('M1', 'manager', 'S1', 'office PC')"))
                    .ok());
        append({
            punch("K1", EventKind::PunchClockIn, "W001", "PICK", at(0, 8, 10)),
            punch("K1", EventKind::PunchBreak, "W001", "LUNCH", at(0, 12, 0)),
            punch("K1", EventKind::PunchSwitch, "W001", "PICK", at(0, 13, 0)),
            punch("K1", EventKind::PunchClockOut, "W001", "", at(0, 17, 5)),
            punch("K1", EventKind::PunchClockIn, "W002", "MEET", at(0, 9, 0)),
            punch("K1", EventKind::PunchSwitch, "W002", "PICK", at(0, 9, 30)),
            punch("K2", EventKind::PunchClockIn, "W003", "PICK", utcAt(0, 8, 5)),
            punch("K2", EventKind::PunchClockOut, "W003", "", utcAt(0, 12, 0)),
            punch("K2", EventKind::PunchClockIn, "W003", "PICK", utcAt(0, 13, 0)),
            punch("K2", EventKind::PunchClockOut, "W003", "", utcAt(0, 16, 55)),
            punch("K1", EventKind::PunchClockIn, "W002", "PICK", at(1, 9, 0)),
            punch("K1", EventKind::PunchClockOut, "W002", "", at(1, 18, 0)),
            punch("K1", EventKind::PunchClockIn, "W001", "PICK", at(1, 13, 0)),
            punch("K1", EventKind::PunchSwitch, "W001", "CART", at(1, 18, 0)),
            punch("K1", EventKind::PunchClockOut, "W001", "", at(1, 21, 0)),
            punch("K1", EventKind::PunchClockIn, "W001", "PICK", at(2, 5, 30)),
            punch("K1", EventKind::PunchClockOut, "W001", "", at(2, 9, 0)),
            punch("K1", EventKind::PunchClockIn, "W002", "MEET", at(3, 7, 30)),
            punch("K1", EventKind::PunchSwitch, "W002", "PICK", at(3, 8, 0)),
            punch("K1", EventKind::PunchClockOut, "W002", "", at(3, 11, 0)),
            punch("K2", EventKind::PunchClockIn, "W003", "PICK", utcAt(3, 1, 0)),
        });
        QCOMPARE(test::rowCount(store(), QStringLiteral("punch_intervals"),
                                QStringLiteral("WHERE status = 'forgotten'")),
                 qint64(1));
        QVERIFY(db::execDirect(store().connection(), QStringLiteral("DELETE FROM summary_dirty")).ok());
    }

    // The worker's intervals of a business day as "activity start-end status" (Tokyo or UTC times).
    QStringList intervalsOf(const char *worker, const QDate &day,
                            const QTimeZone &zone = QTimeZone("Asia/Tokyo"))
    {
        QSqlQuery q(store().connection());
        q.prepare(
            QStringLiteral("SELECT activity, start_ms, end_ms, status FROM punch_intervals WHERE worker = ? "
                           "AND business_day = ? ORDER BY start_ms"));
        q.addBindValue(QString::fromLatin1(worker));
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec())
            return {QStringLiteral("error")};
        QStringList out;
        const auto text = [&](const QVariant &v) {
            return v.isNull() ? QStringLiteral("-")
                              : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), zone)
                                    .toString(QStringLiteral("dd HH:mm"));
        };
        while (q.next())
            out << QStringLiteral("%1 %2-%3 %4")
                       .arg(q.value(0).toString(), text(q.value(1)), text(q.value(2)), q.value(3).toString());
        return out;
    }

    QStringList correctionsRows()
    {
        QSqlQuery q(store().connection());
        if (!q.exec(
                QStringLiteral("SELECT action, worker, source, corrected_by, reason FROM punch_corrections "
                               "ORDER BY worker, action, reason")))
            return {QStringLiteral("error")};
        QStringList out;
        while (q.next())
            out << QStringLiteral("%1 %2 %3 %4 | %5")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString());
        return out;
    }

    bool dirty(const char *site, const QDate &day, const char *activity, const char *type)
    {
        return test::rowCount(
                   store(), QStringLiteral("summary_dirty"),
                   QStringLiteral("WHERE site = '%1' AND business_day = '%2' AND activity = '%3' AND "
                                  "employment_type = '%4'")
                       .arg(QLatin1String(site), day.toString(Qt::ISODate), QLatin1String(activity),
                            QLatin1String(type))) == 1;
    }

    db::AttendanceImporter importer()
    {
        return db::AttendanceImporter(store(), *m_clock, QStringLiteral("M1"),
                                      QStringLiteral("payroll clerk"));
    }

    Result<db::AttendanceImportReport> importText(const QString &text,
                                                  const QString &name = QStringLiteral("att.csv"))
    {
        return importer().importBytes(text.toUtf8(), name);
    }

    static QString goodFile()
    {
        return QStringLiteral("worker,name,date,clock_in,clock_out\r\n"
                              "W001,山田 太郎,2026-11-02,08:00,17:30\r\n"
                              "W002,佐藤 花子,2026-11-02,09:00,18:00\r\n");
    }

    QStringList snapshotAfterGoodImport()
    {
        return intervalsOf("W001", D) + intervalsOf("W002", D) + intervalsOf("W002", D.addDays(1));
    }

private slots:
    void init() { freshStore(); }

    void cleanup()
    {
        m_tmp.reset();
        m_clock.reset();
    }

    void goodFileApplied()
    {
        const QString path = m_tmp->dirPath() + QStringLiteral("/attendance.csv");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(goodFile().toUtf8());
        }
        const qint64 events = test::rowCount(store(), QStringLiteral("events"));
        std::vector<std::pair<int, int>> calls;
        auto report = importer().importFile(path, [&](int done, int total) {
            calls.emplace_back(done, total);
            return true;
        });
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(report->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(report->fileName, QStringLiteral("attendance.csv"));
        QCOMPARE(report->rowsRead, 2);
        QCOMPARE(linesOf(report->errors), QString());
        QCOMPARE(report->workerDaysApplied, 2);
        QCOMPARE(report->workerDaysUnchanged, 0);
        QCOMPARE(report->correctionsRecorded, 3);
        QCOMPARE(report->intervalsRemoved, 0);
        QVERIFY(!report->cancelled);
        QCOMPARE(calls, (std::vector<std::pair<int, int>>{{0, 2}, {1, 2}, {2, 2}}));

        // W001: first start 08:10 -> 08:00, last end 17:05 -> 17:30; the lunch in between stays.
        QCOMPARE(intervalsOf("W001", D), QStringList({QStringLiteral("PICK 02 08:00-02 12:00 closed"),
                                                      QStringLiteral("LUNCH 02 12:00-02 13:00 closed"),
                                                      QStringLiteral("PICK 02 13:00-02 17:30 closed")}));
        // W002: the forgotten clock-out (closed at +16 h, 01:00) ends at the official 18:00; the start
        // already matched, and the interval is an ordinary closed one from then on.
        QCOMPARE(intervalsOf("W002", D), QStringList({QStringLiteral("MEET 02 09:00-02 09:30 closed"),
                                                      QStringLiteral("PICK 02 09:30-02 18:00 closed")}));
        QCOMPARE(test::rowCount(store(), QStringLiteral("events")), events + 3);
        QCOMPARE(
            correctionsRows(),
            QStringList({QStringLiteral("change W001 attendance payroll clerk | official attendance (file "
                                        "attendance.csv, line 2)"),
                         QStringLiteral("change W001 attendance payroll clerk | official attendance (file "
                                        "attendance.csv, line 2)"),
                         QStringLiteral("change W002 attendance payroll clerk | official attendance (file "
                                        "attendance.csv, line 3)")}));
        QCOMPARE(test::rowCount(store(), QStringLiteral("punch_intervals"),
                                QStringLiteral("WHERE corrected_by IS NOT NULL")),
                 qint64(3));
        // Every corrected interval's flag names an attendance correction event.
        QCOMPARE(
            test::rowCount(store(), QStringLiteral("punch_intervals p"),
                           QStringLiteral("JOIN punch_corrections c ON c.event_id = p.corrected_by WHERE "
                                          "c.source = 'attendance'")),
            qint64(3));
        QVERIFY(dirty("S1", D, "PICK", "PT"));
        QVERIFY(dirty("S1", D, "PICK", "FT"));
        QVERIFY(!dirty("S1", D, "LUNCH", "PT")); // untouched
        // The correction events are in the outbox like every other event.
        db::EventStore log(store());
        QCOMPARE(log.count(EventKind::PunchCorrection).valueOr(-1), qint64(3));
    }

    void reimportChangesNothing()
    {
        auto first = importText(goodFile());
        QVERIFY2(first.ok(), qPrintable(errorText(first)));
        QCOMPARE(first->correctionsRecorded, 3);
        const QByteArray digest = test::contentDigest(store());
        const qint64 events = test::rowCount(store(), QStringLiteral("events"));
        auto second = importText(goodFile());
        QVERIFY2(second.ok(), qPrintable(errorText(second)));
        QCOMPARE(second->workerDaysApplied, 0);
        QCOMPARE(second->workerDaysUnchanged, 2);
        QCOMPARE(second->correctionsRecorded, 0);
        QVERIFY(second->errors.empty());
        QCOMPARE(test::rowCount(store(), QStringLiteral("events")), events);
        QCOMPARE(test::contentDigest(store()), digest);
    }

    void shiftJisGivesTheSame()
    {
        auto utf8 = importText(goodFile());
        QVERIFY2(utf8.ok(), qPrintable(errorText(utf8)));
        const QStringList expected = snapshotAfterGoodImport();
        const QStringList dirtyKeys = {
            QString::number(test::rowCount(store(), QStringLiteral("summary_dirty")))};

        freshStore();
        // A spreadsheet on Japanese Windows: Japanese header in another column order, full-width digits.
        const QString text = QStringLiteral("社員番号,氏名,出勤,退勤,日付\r\n"
                                            "W001,山田 太郎,０８：００,17:30,2026/11/2\r\n"
                                            "W002,佐藤 花子,9:00,18:00,2026/11/02\r\n");
        QStringEncoder encoder("Shift_JIS");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        QVERIFY(bytes != text.toUtf8());
        auto sjis = importer().importBytes(bytes, QStringLiteral("勤怠.csv"));
        QVERIFY2(sjis.ok(), qPrintable(errorText(sjis)));
        QCOMPARE(sjis->encoding, QStringLiteral("Shift_JIS"));
        QCOMPARE(linesOf(sjis->errors), QString());
        QCOMPARE(sjis->workerDaysApplied, 2);
        QCOMPARE(sjis->correctionsRecorded, 3);
        QCOMPARE(snapshotAfterGoodImport(), expected);
        QCOMPARE(QStringList{QString::number(test::rowCount(store(), QStringLiteral("summary_dirty")))},
                 dirtyKeys);
        QCOMPARE(
            test::rowCount(store(), QStringLiteral("punch_corrections"),
                           QStringLiteral("WHERE reason = 'official attendance (file 勤怠.csv, line 2)'")),
            qint64(2));
    }

    void malformedRowsReportedGoodRowsApplied()
    {
        const QStringList lines = {
            QStringLiteral("worker,date,clock_in,clock_out"),
            QStringLiteral("W002,2026-11-02,09:00"),         // 2: missing clock-out
            QStringLiteral("W001,2026-11-02,08:00,17:30"),   // 3: good
            QStringLiteral("W002,2026-13-01,09:00,18:00"),   // 4: bad date
            QStringLiteral("W00\"2,2026-11-02,09:00,18:00"), // 5: stray quote
            QStringLiteral("W002,2026-11-02,9:75,18:00"),    // 6: bad time
            QStringLiteral(",,,"),                           // 7: empty, skipped silently
            QStringLiteral("W001,2026-11-02,08:00,17:30"),   // 8: the same worker-day again
        };
        auto report = importText(lines.join(QStringLiteral("\n")) + QStringLiteral("\n"));
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(linesOf(report->errors), QStringLiteral("2,4,5,6,8"));
        for (const auto &e : report->errors) {
            QCOMPARE(e.raw, lines[e.line - 1]);
            QVERIFY(!e.message.isEmpty());
        }
        QVERIFY(report->errors.back().message.contains(QLatin1String("line 3")));
        QCOMPARE(report->rowsRead, 6);
        QCOMPARE(report->workerDaysApplied, 1);
        QCOMPARE(report->correctionsRecorded, 2);
        QCOMPARE(intervalsOf("W001", D).constFirst(), QStringLiteral("PICK 02 08:00-02 12:00 closed"));
        // W002's day had no good row: untouched.
        QCOMPARE(intervalsOf("W002", D).constLast(), QStringLiteral("PICK 02 09:30-03 01:00 forgotten"));
    }

    void storeLevelRowErrors()
    {
        const QStringList lines = {
            QStringLiteral("worker,date,clock_in,clock_out"),
            QStringLiteral("W999,2026-11-02,09:00,18:00"), // 2: unknown worker
            QStringLiteral("W001,2026-11-05,09:00,11:00"), // 3: no punches that day
            QStringLiteral("W003,2026-11-05,01:00,02:30"), // 4: still on shift (UTC, W003's home site)
            QStringLiteral("W002,2026-11-02,09:00,18:00"), // 5: good
            QStringLiteral("W001,2026-11-02,18:00,20:00"), // 6: the official times miss every punch
        };
        const qint64 events = test::rowCount(store(), QStringLiteral("events"));
        auto report = importText(lines.join(QStringLiteral("\r\n")));
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(linesOf(report->errors), QStringLiteral("2,3,4,6"));
        for (const auto &e : report->errors)
            QCOMPARE(e.raw, lines[e.line - 1]);
        QVERIFY2(report->errors[0].message.contains(QLatin1String("unknown worker W999")),
                 qPrintable(report->errors[0].message));
        QVERIFY2(report->errors[1].message.contains(QLatin1String("no punches that day")),
                 qPrintable(report->errors[1].message));
        QVERIFY2(report->errors[2].message.contains(QLatin1String("still on shift")),
                 qPrintable(report->errors[2].message));
        QVERIFY2(report->errors[3].message.contains(QLatin1String("do not overlap")),
                 qPrintable(report->errors[3].message));
        QCOMPARE(report->workerDaysApplied, 1);
        QCOMPARE(report->correctionsRecorded, 1);
        QCOMPARE(test::rowCount(store(), QStringLiteral("events")), events + 1);
        QCOMPARE(intervalsOf("W003", D.addDays(3), QTimeZone::utc()),
                 QStringList{QStringLiteral("PICK 05 01:00-- open")});
    }

    // W001's D+1: the start moves 13:00 -> 14:00 (accepted), then the end 21:00 -> 06:00 the next
    // morning would run into the D+2 shift from 05:30 (refused): the whole worker-day rolls back.
    void refusedCorrectionRollsBackTheWorkerDay()
    {
        const QStringList before = intervalsOf("W001", D.addDays(1)) + intervalsOf("W001", D.addDays(2));
        const QString text = QStringLiteral("worker,date,clock_in,clock_out\n"
                                            "W001,2026-11-03,14:00,06:00\n"
                                            "W002,2026-11-02,09:00,18:00\n");
        auto report = importText(text);
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(linesOf(report->errors), QStringLiteral("2"));
        QVERIFY2(report->errors[0].message.contains(QLatin1String("overlap")),
                 qPrintable(report->errors[0].message));
        QCOMPARE(report->errors[0].raw, QStringLiteral("W001,2026-11-03,14:00,06:00"));
        QCOMPARE(report->workerDaysApplied, 1);
        QCOMPARE(report->correctionsRecorded, 1);
        QCOMPARE(intervalsOf("W001", D.addDays(1)) + intervalsOf("W001", D.addDays(2)), before);
        QCOMPARE(test::rowCount(store(), QStringLiteral("punch_corrections")), qint64(1));
        QCOMPARE(test::rowCount(store(), QStringLiteral("punch_corrections"),
                                QStringLiteral("WHERE worker = 'W001'")),
                 qint64(0));
        QVERIFY(!dirty("S1", D.addDays(1), "PICK", "PT"));
        QCOMPARE(test::rowCount(store(), QStringLiteral("punch_intervals"),
                                QStringLiteral("WHERE worker = 'W001' AND corrected_by IS NOT NULL")),
                 qint64(0));
    }

    // Official times win: an interval of the same shift entirely outside them is removed; a
    // separate shift outside them is an error and the day is left as it is.
    void outsideIntervals()
    {
        const QString text = QStringLiteral("worker,date,clock_in,clock_out\n"
                                            "W002,2026-11-05,08:00,11:00\n"   // the 07:30 meeting goes
                                            "W003,2026-11-02,08:00,12:00\n"); // 13:00-16:55 is another shift
        auto report = importText(text);
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(linesOf(report->errors), QStringLiteral("3"));
        QVERIFY2(report->errors[0].message.contains(QLatin1String("separate shift")),
                 qPrintable(report->errors[0].message));
        QCOMPARE(report->workerDaysApplied, 1);
        QCOMPARE(report->correctionsRecorded, 1);
        QCOMPARE(report->intervalsRemoved, 1);
        QCOMPARE(intervalsOf("W002", D.addDays(3)),
                 QStringList{QStringLiteral("PICK 05 08:00-05 11:00 closed")});
        QCOMPARE(correctionsRows(),
                 QStringList{QStringLiteral("remove W002 attendance payroll clerk | official "
                                            "attendance (file att.csv, line 2)")});
        QVERIFY(dirty("S1", D.addDays(3), "MEET", "FT"));
        QCOMPARE(intervalsOf("W003", D, QTimeZone::utc()),
                 QStringList({QStringLiteral("PICK 02 08:05-02 12:00 closed"),
                              QStringLiteral("PICK 02 13:00-02 16:55 closed")}));
        // Re-importing: the removed meeting is gone, nothing else to do.
        auto again = importText(text);
        QVERIFY(again.ok());
        QCOMPARE(again->correctionsRecorded, 0);
        QCOMPARE(again->workerDaysUnchanged, 1);
    }

    // Each row is read in its worker's home-site zone (W003: S2, UTC); setTimeZoneSite reads all in one.
    void timeZones()
    {
        auto report = importText(QStringLiteral("worker,date,clock_in,clock_out\n"
                                                "W003,2026-11-02,08:00,17:00\n"
                                                "W001,2026-11-02,08:00,17:30\n"));
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(linesOf(report->errors), QString());
        QCOMPARE(report->correctionsRecorded, 4);
        QCOMPARE(intervalsOf("W003", D, QTimeZone::utc()),
                 QStringList({QStringLiteral("PICK 02 08:00-02 12:00 closed"),
                              QStringLiteral("PICK 02 13:00-02 17:00 closed")}));
        QCOMPARE(intervalsOf("W001", D).constFirst(), QStringLiteral("PICK 02 08:00-02 12:00 closed"));

        // The same times written in Tokyo time (17:00 and 26:00, payroll style) by a head office.
        freshStore();
        auto tokyo = importer();
        tokyo.setTimeZoneSite(QStringLiteral("S1"));
        auto inTokyo = tokyo.importBytes(QByteArrayLiteral("worker,date,clock_in,clock_out\n"
                                                           "W003,2026-11-02,17:00,26:00\n"),
                                         QStringLiteral("head-office.csv"));
        QVERIFY2(inTokyo.ok(), qPrintable(errorText(inTokyo)));
        QCOMPARE(linesOf(inTokyo->errors), QString());
        QCOMPARE(intervalsOf("W003", D, QTimeZone::utc()),
                 QStringList({QStringLiteral("PICK 02 08:00-02 12:00 closed"),
                              QStringLiteral("PICK 02 13:00-02 17:00 closed")}));
        auto unknownSite = importer();
        unknownSite.setTimeZoneSite(QStringLiteral("S9"));
        QVERIFY(
            !unknownSite.importBytes(QByteArrayLiteral("worker,date,clock_in,clock_out\n"), QString()).ok());
    }

    void cancelStopsBetweenWorkerDays()
    {
        auto report = importer().importBytes(goodFile().toUtf8(), QStringLiteral("att.csv"),
                                             [](int done, int) { return done < 1; });
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QVERIFY(report->cancelled);
        QCOMPARE(report->workerDaysApplied, 1);
        QCOMPARE(test::rowCount(store(), QStringLiteral("punch_corrections")), qint64(2));
        // Importing again finishes the job.
        auto rest = importText(goodFile());
        QVERIFY(rest.ok());
        QCOMPARE(rest->workerDaysUnchanged, 1);
        QCOMPARE(rest->workerDaysApplied, 1);
    }

    void badFilesWriteNothing()
    {
        const QByteArray digest = test::contentDigest(store());
        const auto refused = [&](const QByteArray &bytes) {
            auto r = importer().importBytes(bytes, QStringLiteral("bad.csv"));
            return r.ok() ? ErrorCode::Internal : r.error().code();
        };
        QCOMPARE(refused(QByteArray()), ErrorCode::Parse);
        QCOMPARE(refused(QByteArray("\xEF\xBB\xBF")), ErrorCode::Parse); // a lone BOM
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(64, '\0'));
        QCOMPARE(refused(png), ErrorCode::Parse);
        QCOMPARE(refused(QByteArrayLiteral("W001,2026-11-02,08:00,17:30\n")), ErrorCode::Parse); // no header
        auto missing = importer().importFile(m_tmp->dirPath() + QStringLiteral("/no-such.csv"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        // An importer without a name or with an unknown device records nothing either.
        db::AttendanceImporter nobody(store(), *m_clock, QStringLiteral("M1"), QStringLiteral(" "));
        QCOMPARE(nobody.importBytes(goodFile().toUtf8(), QString()).error().code(),
                 ErrorCode::InvalidArgument);
        db::AttendanceImporter ghost(store(), *m_clock, QStringLiteral("X9"), QStringLiteral("clerk"));
        QVERIFY(!ghost.importBytes(goodFile().toUtf8(), QString()).ok());
        QCOMPARE(test::contentDigest(store()), digest);
        // A header and nothing else is a file with nothing to do.
        auto headerOnly = importText(QStringLiteral("worker,date,clock_in,clock_out\n"));
        QVERIFY2(headerOnly.ok(), qPrintable(errorText(headerOnly)));
        QCOMPARE(headerOnly->rowsRead, 0);
        QCOMPARE(test::contentDigest(store()), digest);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceImport)
#include "tst_attendanceimport.moc"
