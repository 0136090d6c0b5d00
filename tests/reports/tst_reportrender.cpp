// ReportRender: the PDF and PNG of `wh report`, checked from the outside (poppler's pdftotext and
// pdftoppm read the PDF as any viewer would) and pixel by pixel for the chart.
//
// Set WH_RENDER_OUTPUT to a folder to keep the rendered files there and look at them.
#include "ReportRender.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <utility>

using namespace wh;
using namespace wh::reports;

namespace {

const QDate kFirstDay(2026, 11, 2); // a Monday

QString renderText(const char *text)
{
    return QCoreApplication::translate("wh::reports::ReportRender", text);
}

// A productivity table of `rows` rows: block, section and activity rows, Japanese names with
// English codes.
ReportTable sampleTable(int rows)
{
    static const char *const kBlocks[] = {"入荷", "保管", "ピッキング", "流通加工", "出荷", "返品"};
    static const char *const kSections[] = {"第1エリア", "第2エリア", "冷蔵"};
    static const char *const kActivities[] = {"検品", "格納", "ケースピッキング", "ピースピッキング", "梱包"};
    ReportTable table;
    table.headers = QStringList{QStringLiteral("区分 / Activity"),  QStringLiteral("人時 (h)"),
                                QStringLiteral("数量 (units)"),     QStringLiteral("生産性 (units/h)"),
                                QStringLiteral("人時単価 (円/個)"), QStringLiteral("コスト (¥)")};
    table.numericColumns = {1, 2, 3, 4, 5};
    const QLocale english(QLocale::English);
    auto add = [&](const QString &name, int level) {
        const int n = int(table.rows.size()) + 1;
        const double hours = 3.5 + (n * 37 % 50) / 2.0;
        const qint64 units = 120 + n * 173 % 4000;
        table.rows.push_back({name, QString::number(hours, 'f', 1), english.toString(units),
                              QString::number(units / hours, 'f', 1),
                              QString::number(1500 * hours / units, 'f', 2),
                              english.toString(qint64(hours * 1500))});
        table.indent.push_back(level);
        return int(table.rows.size()) < rows;
    };
    for (int b = 0;; ++b) {
        if (!add(QString::fromUtf8(kBlocks[b % 6]) + QStringLiteral(" B%1").arg(b + 1), 0))
            return table;
        for (int s = 0; s < 3; ++s) {
            if (!add(QString::fromUtf8(kSections[s]), 1))
                return table;
            for (int a = 0; a < 5; ++a) {
                if (!add(QString::fromUtf8(kActivities[a]) +
                             QStringLiteral(" (ACT-%1%2%3)").arg(b).arg(s).arg(a),
                         2))
                    return table;
            }
        }
    }
}

ChartSeries series(const QString &name, const QString &unit, int days, double base, double swing,
                   const std::vector<int> &missing = {}, double phase = 0)
{
    ChartSeries s{name, {}, unit};
    for (int d = 0; d < days; ++d) {
        if (std::find(missing.begin(), missing.end(), d) == missing.end())
            s.points.emplace_back(kFirstDay.addDays(d), base + swing * std::sin(d * 0.7 + phase));
    }
    return s;
}

ReportDocument sampleDocument(int rows)
{
    ReportDocument doc;
    doc.title = QStringLiteral("生産性・人時単価レポート / Productivity and unit cost");
    doc.subtitleLines = {
        QStringLiteral("拠点 S1 東京第一センター — 2026/11/02 〜 2026/11/29"),
        QStringLiteral("作成 2026/11/30 09:00 (Asia/Tokyo)"),
        QStringLiteral("注: ブロック行は異なる作業の数量を合算しています (block level adds units of "
                       "unlike activities)")};
    doc.table = sampleTable(rows);
    doc.chartTitle = QStringLiteral("日別推移 / Daily trend");
    doc.leftAxis = {series(QStringLiteral("ピッキング生産性"), QStringLiteral("units/h"), 28, 110, 25, {12}),
                    series(QStringLiteral("Receiving productivity"), QStringLiteral("units/h"), 28, 60, 15)};
    doc.rightAxis = {series(QStringLiteral("人時単価"), QStringLiteral("円/個"), 28, 14, 3, {}, 2.0)};
    doc.footer = QStringLiteral("wh 0.1 — 社外秘 / confidential");
    return doc;
}

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty();
}

QByteArray run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

// pdftotext's pages: it ends each page with a form feed.
QStringList pdfPages(const QString &pdf)
{
    // -raw: in content order, keeping the spaces the PDF draws ("1 / 3").
    const QString text = QString::fromUtf8(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}));
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

bool startsAsPdf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

// Whether `pixel` is `color` laid over white with at least half coverage: the edges of an
// antialiased line are blends, and a thin horizontal line may have no pixel of the exact colour.
bool near(QRgb pixel, const QColor &color)
{
    const int channels[3][2] = {
        {qRed(pixel), color.red()}, {qGreen(pixel), color.green()}, {qBlue(pixel), color.blue()}};
    double alpha = -1;
    for (const auto &[got, want] : channels) {
        if (want > 200)
            continue; // too close to white to tell
        const double a = double(255 - got) / (255 - want);
        if (alpha >= 0 && std::abs(a - alpha) > 0.15)
            return false;
        alpha = alpha < 0 ? a : (alpha + a) / 2;
    }
    if (alpha < 0.5 || alpha > 1.1)
        return false;
    for (const auto &[got, want] : channels) {
        if (std::abs(got - (alpha * want + (1 - alpha) * 255)) > 14)
            return false;
    }
    return true;
}

// Pixels of `color` in column x between rows y0 and y1.
int columnHits(const QImage &image, int x, int y0, int y1, const QColor &color)
{
    int hits = 0;
    for (int y = y0; y < y1; ++y)
        hits += near(image.pixel(x, y), color) ? 1 : 0;
    return hits;
}

// The first and last columns with a pixel of `color` between rows y0 and y1; -1, -1 when none.
std::pair<int, int> extentOf(const QImage &image, int y0, int y1, const QColor &color)
{
    int left = -1, right = -1;
    for (int x = 0; x < image.width(); ++x) {
        if (columnHits(image, x, y0, y1, color) > 0) {
            if (left < 0)
                left = x;
            right = x;
        }
    }
    return {left, right};
}

} // namespace

class TestReportRender : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        // Keep the outputs for a person to look at when asked to.
        const QString keep = qEnvironmentVariable("WH_RENDER_OUTPUT");
        if (keep.isEmpty())
            return;
        QDir().mkpath(keep);
        const QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(dir.filePath(name), QDir(keep).filePath(name));
        }
    }

    void pdfOfThreePages()
    {
        // The first page holds a few rows under the chart, the others about 24.
        const ReportDocument doc = sampleDocument(44);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        std::vector<std::pair<int, int>> calls;
        const Status status =
            renderPdf(doc, pdf, [&](int done, int total) { calls.emplace_back(done, total); });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QVERIFY(startsAsPdf(pdf));
        QCOMPARE(calls.size(), size_t(3));
        QCOMPARE(calls.back(), std::make_pair(3, 3));

        if (!haveTool("pdftotext") || !haveTool("pdftoppm"))
            QSKIP("poppler-utils (pdftotext, pdftoppm) are not installed");
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 3);
        // Real text, in Japanese: the title, an activity name, and the page markers.
        QVERIFY2(pages[0].contains(QStringLiteral("生産性・人時単価レポート")),
                 qPrintable(pages[0].left(400)));
        QVERIFY(pages[0].contains(QStringLiteral("ピースピッキング")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(pages[i].contains(renderText("%1 / %2").arg(i + 1).arg(3)),
                     qPrintable(QString::number(i)));
            // The header row is repeated on every page.
            QVERIFY2(pages[i].contains(QStringLiteral("人時単価 (円/個)")), qPrintable(QString::number(i)));
            QVERIFY(pages[i].contains(QStringLiteral("区分 / Activity")));
        }
        // The last rows made it to the last page.
        QVERIFY(pages[2].contains(doc.table.rows.back().front()));

        // Page 1 as pixels: title, chart and table make a fair share of ink.
        const QString prefix = m_dir.filePath(QStringLiteral("report-page1"));
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"),
                                         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                         QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, prefix});
        const QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        QVERIFY(page.width() > page.height()); // landscape
        qint64 ink = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                ink += qGray(page.pixel(x, y)) < 235 ? 1 : 0;
        }
        const double share = double(ink) / (qint64(page.width()) * page.height());
        QVERIFY2(share > 0.04, qPrintable(QString::number(share)));
    }

    void chartPng()
    {
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const ReportDocument doc = sampleDocument(10);
        const Status status = renderChartPng(doc, png, QSize(1600, 900));
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 900));
        image = image.convertToFormat(QImage::Format_RGB32);
        // Every series is drawn in its colour, below the legend (the top fifth).
        for (int i = 0; i < 3; ++i) {
            const QColor color = chartSeriesColor(i);
            int hits = 0;
            for (int y = image.height() / 5; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    hits += near(image.pixel(x, y), color) ? 1 : 0;
            }
            QVERIFY2(hits > 500, qPrintable(QStringLiteral("series %1: %2 pixels").arg(i).arg(hits)));
        }
        QVERIFY(chartSeriesColor(0) != chartSeriesColor(1));
        QVERIFY(chartSeriesColor(1) != chartSeriesColor(2));

        QCOMPARE(renderChart(doc, QSize(640, 360)).size(), QSize(640, 360));
        QVERIFY(renderChart(doc, QSize(0, 100)).isNull());
        QVERIFY(!renderChartPng(doc, m_dir.filePath(QStringLiteral("none.png")), QSize(-1, 10)).ok());
    }

    void missingDayIsAGap()
    {
        // Eleven days; the first series lacks the sixth, the middle one. The other series runs
        // through it and shows where the plot is.
        ReportDocument doc;
        doc.chartTitle = QStringLiteral("gap");
        doc.leftAxis = {series(QStringLiteral("with a gap"), QStringLiteral("units/h"), 11, 22, 0, {5}),
                        series(QStringLiteral("complete"), QStringLiteral("units/h"), 11, 37, 0)};
        const QImage image = renderChart(doc, QSize(1200, 700));
        QVERIFY(!image.isNull());
        image.save(m_dir.filePath(QStringLiteral("chart-gap.png")));
        const QColor gapped = chartSeriesColor(0);
        const QColor complete = chartSeriesColor(1);
        // Rows of the plot: below the title and legend, above the date labels; both lines are
        // below the axis' top (40) so neither runs along its edge.
        const int y0 = image.height() / 6, y1 = image.height() * 9 / 10;
        // The complete series' horizontal extent: first day to last day.
        const auto [left, right] = extentOf(image, y0, y1, complete);
        QVERIFY(left >= 0 && right - left > image.width() / 2);
        const int middle = (left + right) / 2; // the sixth day
        QVERIFY(columnHits(image, middle, y0, y1, complete) > 0);
        QCOMPARE(columnHits(image, middle, y0, y1, gapped), 0);
        // Between the second and third day (and the eighth and ninth), the gapped line is drawn.
        QVERIFY(columnHits(image, left + (right - left) * 3 / 20, y0, y1, gapped) > 0);
        QVERIFY(columnHits(image, left + (right - left) * 15 / 20, y0, y1, gapped) > 0);
    }

    // A short table (a block summary) stays on page 1 under a shorter chart instead of
    // spilling its last rows onto a page of their own; the chart keeps a fair height.
    void shortTableOnOnePage()
    {
        const ReportDocument doc = sampleDocument(9);
        const QString pdf = m_dir.filePath(QStringLiteral("short.pdf"));
        std::vector<std::pair<int, int>> calls;
        const Status status =
            renderPdf(doc, pdf, [&](int done, int total) { calls.emplace_back(done, total); });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QCOMPARE(calls.size(), size_t(1));
        if (!haveTool("pdftotext"))
            QSKIP("poppler-utils (pdftotext) are not installed");
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages[0].contains(doc.table.rows.back().front()));
        QVERIFY(pages[0].contains(doc.chartTitle));
    }

    // Monthly points (joinWithinDays 31) are joined by the line; the same points as daily ones
    // are separate days with gaps between them.
    void monthlyPointsJoined()
    {
        auto monthly = [](int join) {
            ChartSeries s{QStringLiteral("monthly"), {}, QStringLiteral("units/h"), join};
            // Below the axis' top (30), so the line does not run along the plot's edge.
            const double values[] = {20, 25, 22, 27, 24, 26};
            for (int m = 0; m < 6; ++m)
                s.points.emplace_back(QDate(2026, 1, 1).addMonths(m), values[m]);
            ReportDocument doc;
            doc.leftAxis = {s};
            return doc;
        };
        const QColor color = chartSeriesColor(0);
        for (const int join : {31, 1}) {
            const QImage image = renderChart(monthly(join), QSize(1200, 700));
            QVERIFY(!image.isNull());
            image.save(m_dir.filePath(QStringLiteral("chart-monthly-%1.png").arg(join)));
            const int y0 = image.height() / 8, y1 = image.height() * 9 / 10;
            const auto [left, right] = extentOf(image, y0, y1, color);
            QVERIFY(left >= 0 && right - left > image.width() / 2);
            // Halfway between January and February (and between May and June).
            const int janFeb = left + (right - left) * 31 / 181 / 2;
            const int mayJun = right - (right - left) * 31 / 181 / 2;
            const bool joined = join == 31;
            QCOMPARE(columnHits(image, janFeb, y0, y1, color) > 0, joined);
            QCOMPARE(columnHits(image, mayJun, y0, y1, color) > 0, joined);
        }
    }

    void emptyDocument()
    {
        ReportDocument doc;
        doc.title = QStringLiteral("生産性・人時単価レポート");
        doc.table.headers = {QStringLiteral("作業"), QStringLiteral("人時")};
        const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
        const Status status = renderPdf(doc, pdf);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
        QVERIFY(startsAsPdf(pdf));
        QVERIFY(!renderChart(doc, QSize(800, 450)).isNull());
        if (!haveTool("pdftotext"))
            QSKIP("poppler-utils (pdftotext) are not installed");
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(pages[0].simplified().contains(renderText("No data for this period.")),
                 qPrintable(pages[0]));
        QVERIFY(pages[0].contains(renderText("%1 / %2").arg(1).arg(1)));
    }

    void unwritablePath()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const Status status = renderPdf(sampleDocument(10), pdf);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().toString().contains(QStringLiteral("report.pdf")),
                 qPrintable(status.error().toString()));
        QVERIFY(!QFile::exists(pdf));

        const QString png = m_dir.filePath(QStringLiteral("no-such-folder/chart.png"));
        const Status chart = renderChartPng(sampleDocument(10), png);
        QVERIFY(!chart.ok());
        QVERIFY(chart.error().toString().contains(QStringLiteral("chart.png")));

        // A folder where the file should be.
        const Status onFolder = renderPdf(sampleDocument(10), m_dir.path());
        QVERIFY(!onFolder.ok());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportRender)
#include "tst_reportrender.moc"
