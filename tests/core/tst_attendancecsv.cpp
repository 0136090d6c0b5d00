// AttendanceCsv: the official attendance export, in UTF-8 or Shift_JIS, with row-level errors.
#include "AttendanceCsv.h"

#include <QStringEncoder>
#include <QTest>

using namespace wh;

namespace {
const QTimeZone kTokyo("Asia/Tokyo");
const QDate kToday(2026, 4, 30);

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 tokyoMs(const QDate &date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second), kTokyo).toMSecsSinceEpoch();
}

Result<AttendanceFile> parse(const QString &text)
{
    return parseAttendanceCsv(text.toUtf8(), kTokyo, kToday);
}

QString errorsText(const AttendanceFile &file)
{
    QStringList lines;
    for (const auto &e : file.errors)
        lines << QStringLiteral("%1: %2 [%3]").arg(e.line).arg(e.message, e.raw);
    return lines.join(u'\n');
}

// A good export with a Japanese header, an extra column and a multi-line quoted name.
const char kGoodFile[] = "社員番号,氏名,日付,出勤,退勤\r\n"
                         "W001,山田 太郎,2026-04-01,09:00,18:00\r\n"
                         "W002,\"佐藤\r\n花子\",2026/04/01,08:30:15,17:45\r\n"
                         "W003,髙橋①,2026/4/2,22:00,06:00\r\n"
                         "W001,山田 太郎,2026-04-02,9:00,18:00\r\n";

void checkGoodRows(const AttendanceFile &file)
{
    QVERIFY2(file.errors.empty(), qPrintable(errorsText(file)));
    QCOMPARE(file.rows.size(), std::size_t(4));
    const auto &a = file.rows[0];
    QCOMPARE(a.line, 2);
    QCOMPARE(a.workerCode, QStringLiteral("W001"));
    QCOMPARE(a.businessDay, QDate(2026, 4, 1));
    QCOMPARE(a.inMs, tokyoMs(QDate(2026, 4, 1), 9, 0));
    QCOMPARE(a.outMs, tokyoMs(QDate(2026, 4, 1), 18, 0));
    QCOMPARE(a.in.toMSecsSinceEpoch(), a.inMs);
    QCOMPARE(a.in.timeZone(), kTokyo);
    QCOMPARE(a.in.time(), QTime(9, 0));
    const auto &b = file.rows[1];
    QCOMPARE(b.line, 3);
    QCOMPARE(b.workerCode, QStringLiteral("W002"));
    QCOMPARE(b.inMs, tokyoMs(QDate(2026, 4, 1), 8, 30, 15));
    QCOMPARE(b.outMs, tokyoMs(QDate(2026, 4, 1), 17, 45));
    const auto &c = file.rows[2];
    QCOMPARE(c.line, 5); // the quoted name took lines 3-4
    QCOMPARE(c.businessDay, QDate(2026, 4, 2));
    QCOMPARE(c.inMs, tokyoMs(QDate(2026, 4, 2), 22, 0));
    QCOMPARE(c.outMs, tokyoMs(QDate(2026, 4, 3), 6, 0));
    QCOMPARE(file.rows[3].line, 6);
    QCOMPARE(file.rows[3].inMs, tokyoMs(QDate(2026, 4, 2), 9, 0));
}

void expectFileError(const QByteArray &bytes, const QString &fragment)
{
    const auto file = parseAttendanceCsv(bytes, kTokyo, kToday);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code(), ErrorCode::Parse);
    QVERIFY2(file.error().toString().contains(fragment), qPrintable(file.error().toString()));
}
} // namespace

class TestAttendanceCsv : public QObject {
    Q_OBJECT

private slots:
    void goodUtf8File()
    {
        const auto file = parse(u8(kGoodFile));
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().toString()));
        QCOMPARE(file->encoding, QStringLiteral("UTF-8"));
        checkGoodRows(*file);
    }

    void goodUtf8FileWithBom()
    {
        const auto file = parseAttendanceCsv("\xEF\xBB\xBF" + u8(kGoodFile).toUtf8(), kTokyo, kToday);
        QVERIFY(file.ok());
        QCOMPARE(file->encoding, QStringLiteral("UTF-8"));
        checkGoodRows(*file);
    }

    void shiftJisFileGivesTheSameRows()
    {
        QStringEncoder encoder("Shift_JIS");
        if (!encoder.isValid())
            QSKIP("this Qt build has no Shift_JIS codec (Qt built without ICU)");
        const QByteArray sjis = encoder.encode(u8(kGoodFile));
        QVERIFY(!encoder.hasError());
        QVERIFY(sjis != u8(kGoodFile).toUtf8());

        const auto fromSjis = parseAttendanceCsv(sjis, kTokyo, kToday);
        QVERIFY2(fromSjis.ok(), qPrintable(fromSjis.ok() ? QString() : fromSjis.error().toString()));
        QCOMPARE(fromSjis->encoding, QStringLiteral("Shift_JIS"));
        checkGoodRows(*fromSjis);

        const auto fromUtf8 = parse(u8(kGoodFile));
        QVERIFY(fromUtf8.ok());
        QCOMPARE(fromSjis->rows.size(), fromUtf8->rows.size());
        for (std::size_t i = 0; i < fromUtf8->rows.size(); ++i) {
            const auto &s = fromSjis->rows[i];
            const auto &u = fromUtf8->rows[i];
            QCOMPARE(s.line, u.line);
            QCOMPARE(s.workerCode, u.workerCode);
            QCOMPARE(s.businessDay, u.businessDay);
            QCOMPARE(s.in, u.in);
            QCOMPARE(s.out, u.out);
            QCOMPARE(s.inMs, u.inMs);
            QCOMPARE(s.outMs, u.outMs);
        }
    }

    void headerVariants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("english") << u8("worker,date,clock_in,clock_out\nW001,2026-04-01,09:00,18:00\n");
        QTest::newRow("english, other order and case")
            << u8("Clock Out,Worker Code,Clock-In,Date\n18:00,W001,09:00,2026-04-01\n");
        QTest::newRow("japanese") << u8("社員番号,日付,出勤,退勤\nW001,2026-04-01,09:00,18:00\n");
        QTest::newRow("japanese alternatives")
            << u8("従業員コード,勤務日,出勤時刻,退勤時刻\nW001,2026/04/01,09:00,18:00\n");
        QTest::newRow("japanese, reordered, with other columns")
            << u8("部署,退勤時刻,氏名,出勤時刻,勤務日,従業員コード\n倉庫,18:00,山田,09:00,2026/04/01,W001\n");
        QTest::newRow("full-width header and values")
            << u8("ＷＯＲＫＥＲ,ＤＡＴＥ,ＣＬＯＣＫ＿ＩＮ,ＣＬＯＣＫ＿ＯＵＴ\n"
                  "Ｗ００１,２０２６－０４－０１,０９：００,１８：００\n");
        QTest::newRow("spaces around values")
            << u8(" 社員番号 , 日付 ,出勤,退勤\n W001 ,　2026-04-01　, 09:00 ,18:00\n");
        QTest::newRow("trailing empty rows")
            << u8("社員番号,日付,出勤,退勤\nW001,2026-04-01,09:00,18:00\n,,,\n,,,\n");
    }
    void headerVariants()
    {
        QFETCH(QString, text);
        const auto file = parse(text);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().toString()));
        QVERIFY2(file->errors.empty(), qPrintable(errorsText(*file)));
        QCOMPARE(file->rows.size(), std::size_t(1));
        QCOMPARE(file->rows[0].workerCode, QStringLiteral("W001"));
        QCOMPARE(file->rows[0].businessDay, QDate(2026, 4, 1));
        QCOMPARE(file->rows[0].inMs, tokyoMs(QDate(2026, 4, 1), 9, 0));
        QCOMPARE(file->rows[0].outMs, tokyoMs(QDate(2026, 4, 1), 18, 0));
    }

    void nightShifts_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QDateTime>("expectedIn");
        QTest::addColumn<QDateTime>("expectedOut");
        const QDate d(2026, 4, 10);
        const auto at = [&](int days, int h, int m) {
            return QDateTime(d.addDays(days), QTime(h, m), kTokyo);
        };
        QTest::newRow("22:00 -> 06:00") << u8("22:00") << u8("06:00") << at(0, 22, 0) << at(1, 6, 0);
        QTest::newRow("22:00 -> 30:00") << u8("22:00") << u8("30:00") << at(0, 22, 0) << at(1, 6, 0);
        QTest::newRow("18:00 -> 24:30") << u8("18:00") << u8("24:30") << at(0, 18, 0) << at(1, 0, 30);
        QTest::newRow("24:30 -> 06:00") << u8("24:30") << u8("06:00") << at(1, 0, 30) << at(1, 6, 0);
        QTest::newRow("24:30 -> 30:00") << u8("24:30") << u8("30:00") << at(1, 0, 30) << at(1, 6, 0);
        QTest::newRow("exactly 16 h over midnight")
            << u8("16:00") << u8("08:00") << at(0, 16, 0) << at(1, 8, 0);
        QTest::newRow("23:59 -> 00:00") << u8("23:59") << u8("00:00") << at(0, 23, 59) << at(1, 0, 0);
    }
    void nightShifts()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(QDateTime, expectedIn);
        QFETCH(QDateTime, expectedOut);
        const auto file = parse(u8("社員番号,日付,出勤,退勤\nW001,2026-04-10,") + in + u',' + out + u'\n');
        QVERIFY(file.ok());
        QVERIFY2(file->errors.empty(), qPrintable(errorsText(*file)));
        QCOMPARE(file->rows.size(), std::size_t(1));
        const auto &row = file->rows[0];
        QCOMPARE(row.businessDay, QDate(2026, 4, 10)); // the day the shift started, not the clock-out's
        QCOMPARE(row.in, expectedIn);
        QCOMPARE(row.out, expectedOut);
        QCOMPARE(row.inMs, expectedIn.toMSecsSinceEpoch());
        QCOMPARE(row.outMs, expectedOut.toMSecsSinceEpoch());
    }

    void badTimes_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("09:00 -> 08:00 is no night shift") << u8("09:00") << u8("08:00") << u8("not after");
        QTest::newRow("equal") << u8("09:00") << u8("09:00") << u8("not after");
        QTest::newRow("15:59 -> 08:00 is over 16 h") << u8("15:59") << u8("08:00") << u8("not after");
        QTest::newRow("written 24:30 -> 24:00") << u8("24:30") << u8("24:00") << u8("not after");
        QTest::newRow("17 h in one day") << u8("06:00") << u8("23:00") << u8("longer than 16 h");
        QTest::newRow("17 h with 24+ hours") << u8("08:00") << u8("25:00") << u8("longer than 16 h");
        QTest::newRow("minutes 60") << u8("09:60") << u8("18:00") << u8("bad clock-in");
        QTest::newRow("hour 48") << u8("09:00") << u8("48:00") << u8("bad clock-out");
        QTest::newRow("no colon") << u8("0900") << u8("18:00") << u8("bad clock-in");
        QTest::newRow("kanji") << u8("9時") << u8("18:00") << u8("bad clock-in");
        QTest::newRow("am/pm") << u8("9:00 AM") << u8("18:00") << u8("bad clock-in");
    }
    void badTimes()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(QString, fragment);
        const auto file = parse(u8("社員番号,日付,出勤,退勤\nW001,2026-04-10,") + in + u',' + out + u'\n');
        QVERIFY(file.ok());
        QVERIFY(file->rows.empty());
        QCOMPARE(file->errors.size(), std::size_t(1));
        QCOMPARE(file->errors[0].line, 2);
        QVERIFY2(file->errors[0].message.contains(fragment), qPrintable(errorsText(*file)));
    }

    void badDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("month 13") << u8("2026-13-01");
        QTest::newRow("31 April") << u8("2026-04-31");
        QTest::newRow("mixed separators") << u8("2026-04/01");
        QTest::newRow("two-digit year") << u8("26/04/01");
        QTest::newRow("day first") << u8("01/04/2026");
        QTest::newRow("japanese") << u8("2026年4月1日");
    }
    void badDates()
    {
        QFETCH(QString, date);
        const auto file = parse(u8("社員番号,日付,出勤,退勤\nW001,") + date + u8(",09:00,18:00\n"));
        QVERIFY(file.ok());
        QVERIFY(file->rows.empty());
        QCOMPARE(file->errors.size(), std::size_t(1));
        QVERIFY2(file->errors[0].message.contains(QStringLiteral("bad date")), qPrintable(errorsText(*file)));
    }

    void futureDate()
    {
        const auto file = parse(u8("社員番号,日付,出勤,退勤\n"
                                   "W001,2026-04-30,09:00,18:00\n"    // today: fine
                                   "W001,2026-05-01,09:00,18:00\n")); // tomorrow
        QVERIFY(file.ok());
        QCOMPARE(file->rows.size(), std::size_t(1));
        QCOMPARE(file->rows[0].line, 2);
        QCOMPARE(file->errors.size(), std::size_t(1));
        QCOMPARE(file->errors[0].line, 3);
        QVERIFY2(file->errors[0].message.contains(QStringLiteral("future")), qPrintable(errorsText(*file)));
        QCOMPARE(file->errors[0].raw, QStringLiteral("W001,2026-05-01,09:00,18:00"));
    }

    void duplicateKeepsTheFirst()
    {
        const auto file = parse(u8("社員番号,日付,出勤,退勤\n"
                                   "W001,2026-04-01,09:00,18:00\n"
                                   "W002,2026-04-01,09:00,18:00\n"
                                   "W001,2026/04/01,10:00,19:00\n"
                                   "W001,2026-04-01,11:00,20:00\n"));
        QVERIFY(file.ok());
        QCOMPARE(file->rows.size(), std::size_t(2));
        QCOMPARE(file->rows[0].line, 2);
        QCOMPARE(file->rows[0].inMs, tokyoMs(QDate(2026, 4, 1), 9, 0));
        QCOMPARE(file->rows[1].line, 3);
        QCOMPARE(file->errors.size(), std::size_t(2));
        QCOMPARE(file->errors[0].line, 4);
        QCOMPARE(file->errors[1].line, 5);
        for (const auto &e : file->errors)
            QVERIFY2(e.message.contains(QStringLiteral("already has a row for 2026-04-01 on line 2")),
                     qPrintable(e.message));
    }

    void overlapOnConsecutiveDays()
    {
        const auto file = parse(u8("社員番号,日付,出勤,退勤\n"
                                   "W001,2026-04-02,07:00,16:00\n"    // 2: overlaps the night shift of line 3
                                   "W001,2026-04-01,22:00,08:00\n"    // 3: until 04-02 08:00
                                   "W002,2026-04-01,22:00,07:00\n"    // 4: touches line 5: fine
                                   "W002,2026-04-02,07:00,16:00\n"    // 5
                                   "W003,2026-04-01,22:00,08:00\n"    // 6: other worker, same times: fine
                                   "W001,2026-04-03,07:00,16:00\n")); // 7: fine
        QVERIFY(file.ok());
        QCOMPARE(file->errors.size(), std::size_t(1));
        QCOMPARE(file->errors[0].line, 2); // the later-starting shift, whatever its place in the file
        QVERIFY2(file->errors[0].message.contains(QStringLiteral("overlaps")), qPrintable(errorsText(*file)));
        QVERIFY2(file->errors[0].message.contains(QStringLiteral("line 3")), qPrintable(errorsText(*file)));
        QCOMPARE(file->errors[0].raw, QStringLiteral("W001,2026-04-02,07:00,16:00"));
        QCOMPARE(file->rows.size(), std::size_t(5));
        QCOMPARE(file->rows[0].line, 3);
        QCOMPARE(file->rows[1].line, 4);
        QCOMPARE(file->rows[4].line, 7);
    }

    void malformedFileKeepsGoodRows()
    {
        const QString text = u8("社員番号,氏名,日付,出勤,退勤\r\n"                 // 1
                                "W001,山田,2026-04-01,09:00,18:00\r\n"             // 2 good
                                "W002,\"佐藤\r\n花子\",2026-04-01,09:00,18:00\r\n" // 3-4 good
                                "W003,鈴木,2026-04-01,09:00,\r\n"                  // 5 empty clock-out
                                "W004,高橋,2026-04-01,09:00\r\n"                   // 6 field missing
                                "W005,田中,2026-13-01,09:00,18:00\r\n"             // 7 bad date
                                "W006,伊藤,2026-04-01,9時,18:00\r\n"               // 8 bad time
                                "W007,渡辺,2026-04-01,09:00,08:00\r\n"             // 9 out before in
                                "W008,中村,2026-04-01,08:00,25:00\r\n"             // 10 17 h
                                "W009,小林,2026-05-01,09:00,18:00\r\n"             // 11 future
                                "W001,山田,2026-04-01,10:00,19:00\r\n"             // 12 duplicate of 2
                                "W010,加藤,2026-04-01,22:00,08:00\r\n"             // 13 good night shift
                                "W010,加藤,2026-04-02,07:00,16:00\r\n"             // 14 overlaps 13
                                "W011,吉田,2026-04-01,09:00,18:00,extra\r\n"       // 15 field too many
                                "W012,山口,2026-04-01,09\"00,18:00\r\n"            // 16 stray quote
                                "W013,松本,2026-04-01,09:00,18:00\r\n"             // 17 good
                                ",,,,\r\n"                                         // 18 skipped
                                "\r\n"                                             // 19 skipped
                                "W014,井上,2026-04-02,\"09:00,18:00\r\n"           // 20 unclosed quote
                                "W014,井上,2026-04-03,09:00,18:00");               // 21 good, no line end
        const auto file = parse(text);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().toString()));

        std::vector<int> goodLines;
        for (const auto &row : file->rows)
            goodLines.push_back(row.line);
        QCOMPARE(goodLines, std::vector<int>({2, 3, 13, 17, 21}));
        QCOMPARE(file->rows[1].workerCode, QStringLiteral("W002"));
        QCOMPARE(file->rows[4].workerCode, QStringLiteral("W014"));
        QCOMPARE(file->rows[4].businessDay, QDate(2026, 4, 3));

        const std::vector<std::pair<int, QString>> expected = {
            {5, u8("missing clock-out")},
            {6, u8("missing clock-out (4 fields, the header has 5)")},
            {7, u8("bad date \"2026-13-01\"")},
            {8, u8("bad clock-in \"9時\"")},
            {9, u8("clock-out 08:00 is not after clock-in 09:00")},
            {10, u8("longer than 16 h")},
            {11, u8("in the future")},
            {12, u8("already has a row for 2026-04-01 on line 2")},
            {14, u8("overlaps the shift of 2026-04-01 on line 13")},
            {15, u8("6 fields, the header has 5")},
            {16, u8("quote inside an unquoted field")},
            {20, u8("not closed")},
        };
        QVERIFY2(file->errors.size() == expected.size(), qPrintable(errorsText(*file)));
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const auto &e = file->errors[i];
            QCOMPARE(e.line, expected[i].first);
            QVERIFY2(e.message.contains(expected[i].second), qPrintable(errorsText(*file)));
        }
        // The raw text is the row as written (a line end inside quotes would stay in it).
        QCOMPARE(file->errors[0].raw, u8("W003,鈴木,2026-04-01,09:00,"));
        QCOMPARE(file->errors[8].raw, u8("W010,加藤,2026-04-02,07:00,16:00"));
        QCOMPARE(file->errors[10].raw, u8("W012,山口,2026-04-01,09\"00,18:00"));
        QCOMPARE(file->errors[11].raw, u8("W014,井上,2026-04-02,\"09:00,18:00"));
    }

    void fileLevelErrors()
    {
        expectFileError(QByteArray(), QStringLiteral("empty"));
        expectFileError("\xEF\xBB\xBF\r\n", QStringLiteral("empty"));
        expectFileError(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8), QStringLiteral("not a text file"));
        // Data without a header: the first row is not one.
        expectFileError("W001,2026-04-01,09:00,18:00\n", QStringLiteral("no recognisable header"));
        // A header without a clock-out column names what is missing.
        expectFileError(u8("社員番号,日付,出勤\nW001,2026-04-01,09:00\n").toUtf8(),
                        QStringLiteral("no clock-out column"));
        expectFileError(u8("社員番号,従業員コード,日付,出勤,退勤\n").toUtf8(),
                        QStringLiteral("ambiguous header"));
        // A broken header row.
        expectFileError("worker,\"date,clock_in,clock_out\n", QStringLiteral("no recognisable header"));
        expectFileError("worker,da\"te,clock_in,clock_out\nW001,2026-04-01,09:00,18:00\n",
                        QStringLiteral("no recognisable header"));

        const auto badZone =
            parseAttendanceCsv("worker,date,clock_in,clock_out\n", QTimeZone("Nowhere/Void"), kToday);
        QVERIFY(!badZone.ok());
        QCOMPARE(badZone.error().code(), ErrorCode::InvalidArgument);
    }

    void headerOnlyIsAnEmptyImport()
    {
        const auto file = parse(u8("社員番号,日付,出勤,退勤\r\n"));
        QVERIFY(file.ok());
        QVERIFY(file->rows.empty());
        QVERIFY(file->errors.empty());
    }
};

QTEST_GUILESS_MAIN(TestAttendanceCsv)
#include "tst_attendancecsv.moc"
