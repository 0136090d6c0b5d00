// ReportExport: the content of `wh report` over hand-made daily summaries of the small warehouse:
// rows in tree order down to the level asked for, the site's total last, every CSV number equal to
// what figuresByLevel sums, RFC 4180 quoting of awkward names, the BOM only for spreadsheets, no
// lines for a period without figures, the trend by day or by month, and the PDF document's table.
#include "Csv.h"
#include "DailySummaries.h"
#include "FigureQueries.h"
#include "ReportExport.h"
#include "SqlSupport.h"
#include "SummaryFixture.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace wh;
using reports::FigureQuery;
using reports::FigureRow;
using reports::Level;
using reports::ReportData;
using reports::ReportRequest;

namespace {

const QDate Nov2(2026, 11, 2);
const QDate Nov3(2026, 11, 3);
const QDate Nov4(2026, 11, 4);
const QDate Dec1(2026, 12, 1);

template <typename T>
QString errorOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

QString errorOf(const Status &s)
{
    return s.ok() ? QString() : s.error().toString();
}

// The CSV's columns.
enum Column {
    CSite,
    CLevelColumn,
    CBlock,
    CSection,
    CActivity,
    CName,
    CUnits,
    CMixed,
    CPaidHours,
    CProductivity,
    CCostYen,
    CUnitCost,
    CStandard,
    CPerformance,
    CColumnCount
};

// A CSV number as the figure it stands for (an empty cell: no value).
std::optional<double> number(const QString &cell)
{
    if (cell.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// The value `expected` rounded as the CSV writes it with `decimals` decimals.
bool sameAs(const QString &cell, std::optional<double> expected, int decimals)
{
    if (!expected)
        return cell.isEmpty();
    const auto got = number(cell);
    return got && std::abs(*got - *expected) <= 0.5 * std::pow(10.0, -decimals) + 1e-9;
}

} // namespace

class TestReportExport : public QObject, protected test::SummaryFixture {
    Q_OBJECT

    ReportData build(Level level, QDate from = Nov2, QDate to = Nov3,
                     const QString &language = QStringLiteral("ja"))
    {
        ReportRequest request;
        request.site = QStringLiteral("S1");
        request.from = from;
        request.to = to;
        request.level = level;
        request.language = language;
        auto data = reports::buildReport(store(), request);
        if (!data) {
            qWarning("%s", qPrintable(errorOf(data)));
            return {};
        }
        return std::move(data).value();
    }

    std::vector<FigureRow> figures(Level level, QDate from = Nov2, QDate to = Nov3)
    {
        FigureQuery q;
        q.sites = {QStringLiteral("S1")};
        q.from = from;
        q.to = to;
        q.level = level;
        auto rows = reports::figuresByLevel(store(), q);
        if (!rows) {
            qWarning("%s", qPrintable(errorOf(rows)));
            return {};
        }
        return std::move(rows).value();
    }

private slots:
    void init()
    {
        // SORT's name must be quoted in CSV (a comma and quotes); it has no standard.
        const Status opened =
            openFixture(QStringLiteral("仕分け, \"急ぎ\""), QStringLiteral("Sorting, \"rush\""));
        QVERIFY2(opened.ok(), qPrintable(errorOf(opened)));
        // Columns: units direct indirect break deducted paid base premium.
        summary("S1", Nov2, "PICK", "PT", 300, 7200, 0, 0, 0, 7200, 2300, 0);
        summary("S1", Nov2, "PICK", "FT", 100, 3600, 0, 0, 0, 3600, 2000, 500);
        summary("S1", Nov2, "CART", "PT", 45, 7200, 0, 0, 1800, 5400, 1725, 0);
        summary("S1", Nov2, "MEET", "FT", 0, 0, 1800, 0, 0, 1800, 1000, 0);
        summary("S1", Nov2, "LUNCH", "PT", 0, 0, 0, 3600, 0, 0, 0, 0);
        summary("S1", Nov2, "SORT", "FT", 200, 3600, 0, 0, 0, 3600, 2000, 0);
        summary("S1", Nov3, "PICK", "PT", 100, 3600, 0, 0, 0, 3600, 1150, 0);
        summary("S1", Nov4, "LUNCH", "PT", 0, 0, 0, 1800, 0, 0, 0, 0); // a break alone: no figure
        summary("S1", Dec1, "PICK", "FT", 80, 3600, 0, 0, 0, 3600, 2000, 100);
        summary("S2", Nov2, "PICK", "PT", 90, 3600, 0, 0, 0, 3600, 1000, 0);
        // The roll-ups the queries read, from the hand-made rows (the builder keeps them itself).
        auto rolled = reports::SummaryBuilder(store()).rebuildRollups();
        QVERIFY2(rolled.ok(), qPrintable(errorOf(rolled)));
    }

    void cleanup() { closeFixture(); }

    // Block > section > activity, each parent followed by its children, the site's total last.
    void treeOrder()
    {
        const ReportData data = build(Level::Activity);
        QVERIFY(!data.empty());
        QStringList got;
        for (const reports::ReportLine &line : data.lines)
            got << QStringLiteral("%1%2%3").arg(QString(line.depth, QLatin1Char(' ')), line.row.code,
                                                line.total ? QStringLiteral(" (total)") : QString());
        QCOMPARE(got, QStringList({"PIC", " PIC-SGL", "  PICK", "  CART", " PIC-MLT", "  SORT", "IND",
                                   " IND-GEN", "  MEET", "S1 (total)"}));
        QCOMPARE(data.site.name, QStringLiteral("東京第一センター"));
        QCOMPARE(data.lines.back().row.nameJa, QStringLiteral("東京第一センター"));
    }

    void levels()
    {
        auto codes = [](const ReportData &data) {
            QStringList out;
            for (const reports::ReportLine &line : data.lines)
                out << line.row.code;
            return out;
        };
        QCOMPARE(codes(build(Level::Block)), QStringList({"PIC", "IND", "S1"}));
        QCOMPARE(codes(build(Level::Section)),
                 QStringList({"PIC", "PIC-SGL", "PIC-MLT", "IND", "IND-GEN", "S1"}));
    }

    // Every CSV row holds what figuresByLevel sums for its node; the total row the site's figures.
    void csvEqualsQuerySums()
    {
        const ReportData data = build(Level::Activity);
        auto table = readCsv(reports::reportCsv(data, false));
        QVERIFY2(table.ok(), qPrintable(errorOf(table)));
        QVERIFY(table->errors.empty());
        const auto &records = table->records;
        QCOMPARE(records.size(), data.lines.size() + 1); // the header first
        for (const CsvRecord &r : records)
            QCOMPARE(r.fields.size(), qsizetype(CColumnCount));

        QHash<QString, FigureRow> expected; // "level:code"
        for (Level level : {Level::Site, Level::Block, Level::Section, Level::Activity}) {
            for (const FigureRow &row : figures(level))
                expected.insert(reports::levelName(level) + QLatin1Char(':') + row.code, row);
        }
        QCOMPARE(expected.size(), qsizetype(data.lines.size()));
        qint64 blockUnits = 0, blockCost = 0;
        for (size_t i = 1; i < records.size(); ++i) {
            const QStringList &f = records[i].fields;
            QCOMPARE(f[CSite], QStringLiteral("S1"));
            const bool total = f[CLevelColumn] == QLatin1String("total");
            const QString code = total                     ? QStringLiteral("S1")
                                 : !f[CActivity].isEmpty() ? f[CActivity]
                                 : !f[CSection].isEmpty()  ? f[CSection]
                                                           : f[CBlock];
            const QString key = (total ? QStringLiteral("site") : f[CLevelColumn]) + QLatin1Char(':') + code;
            QVERIFY2(expected.contains(key), qPrintable(key));
            const reports::Figures &e = expected.value(key).figures;
            QCOMPARE(f[CUnits], QString::number(e.units));
            QCOMPARE(f[CCostYen], QString::number(e.cost().amount()));
            QVERIFY2(sameAs(f[CPaidHours], e.paidHours(), 2),
                     qPrintable(key + QLatin1Char(' ') + f[CPaidHours]));
            QCOMPARE(f[CMixed], e.mixedUnits() ? QStringLiteral("1") : QStringLiteral("0"));
            QVERIFY2(sameAs(f[CUnitCost], e.unitCostYen(), 2), qPrintable(key));
            QVERIFY2(sameAs(f[CPerformance], e.performancePercent(), 1), qPrintable(key));
            // Indirect work only (no units, no direct hours: MEET, its section and block): no
            // productivity rather than 0.
            const bool indirectOnly = e.units == 0 && e.directSeconds == 0;
            QCOMPARE(indirectOnly, code.startsWith(QLatin1String("IND")) || code == QLatin1String("MEET"));
            QVERIFY2(sameAs(f[CProductivity], indirectOnly ? std::nullopt : e.productivity(), 2),
                     qPrintable(key));
            if (f[CLevelColumn] == QLatin1String("block")) {
                blockUnits += f[CUnits].toLongLong();
                blockCost += f[CCostYen].toLongLong();
            }
            // Plain numbers: no thousands separators, a dot for decimals.
            for (int c : {CUnits, CPaidHours, CProductivity, CCostYen, CUnitCost, CStandard, CPerformance})
                QVERIFY2(!f[c].contains(QLatin1Char(',')), qPrintable(f[c]));
        }
        // The blocks add up to the site's total.
        const QStringList &totalRow = records.back().fields;
        QCOMPARE(totalRow[CLevelColumn], QStringLiteral("total"));
        QCOMPARE(blockUnits, totalRow[CUnits].toLongLong());
        QCOMPARE(blockCost, totalRow[CCostYen].toLongLong());
        // Known numbers: S1 on 2 and 3 Nov = 745 units, 25,200 paid seconds (7 h), 10,675 yen.
        QCOMPARE(totalRow[CUnits], QStringLiteral("745"));
        QCOMPARE(totalRow[CPaidHours], QStringLiteral("7.00"));
        QCOMPARE(totalRow[CCostYen], QStringLiteral("10675"));
        QCOMPARE(totalRow[CProductivity], QStringLiteral("106.43")); // 745 / 7
        QCOMPARE(totalRow[CUnitCost], QStringLiteral("14.33"));      // 10,675 / 745
        QCOMPARE(totalRow[CMixed], QStringLiteral("1"));
        // PICK: 500 units in 4 h (125/h against 100/h: 125 %), one activity: not mixed.
        const QStringList &pick = records[3].fields;
        QCOMPARE(pick[CActivity], QStringLiteral("PICK"));
        QCOMPARE(pick[CBlock], QStringLiteral("PIC"));
        QCOMPARE(pick[CSection], QStringLiteral("PIC-SGL"));
        QCOMPARE(pick[CUnits], QStringLiteral("500"));
        QCOMPARE(pick[CProductivity], QStringLiteral("125.00"));
        QCOMPARE(pick[CStandard], QStringLiteral("100.00"));
        QCOMPARE(pick[CPerformance], QStringLiteral("125.0"));
        QCOMPARE(pick[CMixed], QStringLiteral("0"));
        // MEET is indirect: hours and cost, no productivity and no unit cost.
        const QStringList &meet = records[9].fields;
        QCOMPARE(meet[CActivity], QStringLiteral("MEET"));
        QCOMPARE(meet[CPaidHours], QStringLiteral("0.50"));
        QCOMPARE(meet[CCostYen], QStringLiteral("1000"));
        QCOMPARE(meet[CProductivity], QString());
        QCOMPARE(meet[CUnitCost], QString());
    }

    // RFC 4180: a name with a comma and quotes is quoted with its quotes doubled, records end in
    // CRLF, and a reader gets the name back as it was.
    void rfc4180Quoting()
    {
        for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            const ReportData data = build(Level::Activity, Nov2, Nov3, language);
            const QByteArray csv = reports::reportCsv(data, false);
            const QString name = language == QLatin1String("ja") ? QStringLiteral("仕分け, \"急ぎ\"")
                                                                 : QStringLiteral("Sorting, \"rush\"");
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            QVERIFY2(csv.contains((QLatin1Char('"') + quoted + QLatin1Char('"')).toUtf8()), csv.constData());
            QVERIFY(csv.endsWith("\r\n"));
            QCOMPARE(csv.count("\r\n"), qsizetype(data.lines.size() + 1));
            QCOMPARE(csv.count('\n'), csv.count("\r\n")); // no bare LF
            auto table = readCsv(csv);
            QVERIFY2(table.ok(), qPrintable(errorOf(table)));
            QVERIFY(table->errors.empty());
            bool found = false;
            for (const CsvRecord &r : table->records)
                found = found ||
                        (r.fields.value(CActivity) == QLatin1String("SORT") && r.fields.value(CName) == name);
            QVERIFY2(found, qPrintable(name));
        }
    }

    // A byte order mark only when the file is for a spreadsheet program; the rest is the same.
    void bomOnlyForExcel()
    {
        const ReportData data = build(Level::Activity);
        const QByteArray plain = reports::reportCsv(data, false);
        const QByteArray excel = reports::reportCsv(data, true);
        const QByteArray bom("\xEF\xBB\xBF");
        QVERIFY(!plain.startsWith(bom));
        QVERIFY(excel.startsWith(bom));
        QCOMPARE(excel.mid(3), plain);
        auto table = readCsv(excel);
        QVERIFY(table.ok());
        QVERIFY(table->bom);
        QCOMPARE(table->encoding, QString::fromLatin1(kCsvUtf8));
    }

    void noFiguresAndBadInput()
    {
        // A period without figures (4 Nov holds only a break): no lines, not an error.
        ReportData empty = build(Level::Activity, Nov4, Nov4);
        QVERIFY(empty.empty());
        QVERIFY(build(Level::Block, QDate(2025, 1, 1), QDate(2025, 1, 31)).empty());

        ReportRequest request;
        request.site = QStringLiteral("S9");
        request.from = Nov2;
        request.to = Nov3;
        auto unknown = reports::buildReport(store(), request);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), ErrorCode::NotFound);
        request.site = QStringLiteral("S1");
        request.from = Nov3;
        request.to = Nov2;
        auto backwards = reports::buildReport(store(), request);
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error().code(), ErrorCode::InvalidArgument);
        request.from = Nov2;
        request.level = Level::Site;
        auto site = reports::buildReport(store(), request);
        QVERIFY(!site.ok());
        QCOMPARE(site.error().code(), ErrorCode::InvalidArgument);
        request.level = Level::Block;
        request.to = QDate();
        QVERIFY(!reports::buildReport(store(), request).ok());
    }

    void progressReachesTheEnd()
    {
        ReportRequest request;
        request.site = QStringLiteral("S1");
        request.from = Nov2;
        request.to = Nov3;
        std::vector<std::pair<int, int>> calls;
        auto data = reports::buildReport(store(), request,
                                         [&](int done, int total) { calls.emplace_back(done, total); });
        QVERIFY(data.ok());
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.back().first, calls.back().second);
        for (size_t i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first > calls[i - 1].first);
    }

    // Daily points up to 92 days, monthly points beyond (joined across the month).
    void trend()
    {
        QCOMPARE(reports::trendGranularity(Nov2, Nov2.addDays(91)), reports::Granularity::Day);
        QCOMPARE(reports::trendGranularity(Nov2, Nov2.addDays(92)), reports::Granularity::Month);

        const ReportData daily = build(Level::Block);
        QCOMPARE(daily.granularity, reports::Granularity::Day);
        QCOMPARE(daily.trend.size(), size_t(2));
        const reports::ReportDocument doc = reports::reportDocument(daily);
        QCOMPARE(doc.leftAxis.size(), size_t(1));
        QCOMPARE(doc.rightAxis.size(), size_t(1));
        QCOMPARE(doc.leftAxis[0].joinWithinDays, 1);
        QCOMPARE(doc.leftAxis[0].points.size(), size_t(2));
        // 2 Nov: 645 units in 6 h; 3 Nov: 100 units in 1 h, 1,150 yen.
        QCOMPARE(doc.leftAxis[0].points[0].first, Nov2);
        QVERIFY(std::abs(doc.leftAxis[0].points[0].second - 645.0 / 6.0) < 1e-9);
        QVERIFY(std::abs(doc.leftAxis[0].points[1].second - 100.0) < 1e-9);
        QVERIFY(std::abs(doc.rightAxis[0].points[1].second - 11.5) < 1e-9);

        const ReportData monthly = build(Level::Block, QDate(2026, 9, 1), QDate(2026, 12, 31));
        QCOMPARE(monthly.granularity, reports::Granularity::Month);
        QCOMPARE(monthly.trend.size(), size_t(2)); // November and December
        const reports::ReportDocument monthDoc = reports::reportDocument(monthly);
        QCOMPARE(monthDoc.leftAxis[0].joinWithinDays, 31);
        QCOMPARE(monthDoc.leftAxis[0].points[0].first, QDate(2026, 11, 1));
        QCOMPARE(monthDoc.leftAxis[0].points[1].first, Dec1);
        QVERIFY(std::abs(monthDoc.leftAxis[0].points[1].second - 80.0) < 1e-9);
    }

    // The PDF's table: one row per line, indented by depth, numbers right-aligned and grouped.
    void document()
    {
        const ReportData data = build(Level::Activity);
        QVERIFY(!data.empty());
        const reports::ReportDocument doc = reports::reportDocument(data);
        QVERIFY(!doc.title.isEmpty());
        QCOMPARE(doc.table.rows.size(), data.lines.size());
        QCOMPARE(doc.table.indent.size(), data.lines.size());
        for (size_t i = 0; i < data.lines.size(); ++i) {
            QCOMPARE(doc.table.indent[i], data.lines[i].depth);
            QCOMPARE(doc.table.rows[i].size(), doc.table.headers.size());
        }
        QVERIFY(doc.subtitleLines.join(QLatin1Char('\n')).contains(QStringLiteral("東京第一センター")));
        // The total row: 10,675 yen grouped, its name says it is the site's total.
        const QStringList &total = doc.table.rows.back();
        QVERIFY(total.contains(QStringLiteral("10,675")));
        QVERIFY(total.first().contains(QStringLiteral("東京第一センター")));
        // Mixed units are marked on the rows that add unlike activities only.
        const int note = int(doc.table.headers.size()) - 1;
        QVERIFY(!doc.table.rows[0][note].isEmpty()); // PIC: PICK + CART + SORT
        QVERIFY(doc.table.rows[2][note].isEmpty());  // PICK
        QVERIFY(!doc.table.rows.back()[note].isEmpty());
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
