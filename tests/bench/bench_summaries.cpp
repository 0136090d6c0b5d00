// Benchmark: the daily summaries over a year of demo data.
//
//   full:  SummaryBuilder::rebuildAll() (every business day totalled and costed again) against one
//          hand-written GROUP BY over the same intervals in the sqlite3 shell (its ".timer"), in
//          the same run on the same file: goal ratio <= 1.5.
//   dirty: one worker-day corrected (CorrectionService: another activity for one interval), then
//          SummaryBuilder::rebuildDirty(): goal <= 200 ms.
//   queries: each query of the manager views (reports/FigureQueries.h) over the whole store,
//          20 runs each: p95, goal <= 50 ms.
//
// Usage: bench_summaries [--days N] [--store FILE] [--seed S] [--repeat R]
//   --store keeps the demo store between runs (it is built when the file does not exist; a year
//   takes a few minutes).
#include "Corrections.h"
#include "DailySummaries.h"
#include "DemoWarehouse.h"
#include "FigureQueries.h"
#include "Logging.h"
#include "Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using namespace wh;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(what));
    std::exit(1);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The sqlite3 shell's own timing of one GROUP BY (seconds, "Run Time: real").
double shellGroupBy(const QString &path)
{
    const QString sql = QStringLiteral(
        ".output /dev/null\n.timer on\n"
        "SELECT site, business_day, activity, COALESCE(employment_type, ''), "
        "SUM(CASE WHEN a.kind = 'direct' THEN (end_ms - start_ms) / 1000 ELSE 0 END), "
        "SUM(CASE WHEN a.kind = 'indirect' THEN (end_ms - start_ms) / 1000 ELSE 0 END), "
        "SUM(CASE WHEN a.kind = 'break' THEN (end_ms - start_ms) / 1000 ELSE 0 END), COUNT(*) "
        "FROM punch_intervals p JOIN activities a ON a.code = p.activity WHERE status <> 'open' "
        "GROUP BY 1, 2, 3, 4;\n");
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {path});
    if (!shell.waitForStarted())
        die(QStringLiteral("the sqlite3 shell is not installed"));
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(600000))
        die(QStringLiteral("sqlite3 did not finish"));
    const QString output = QString::fromUtf8(shell.readAllStandardOutput() + shell.readAllStandardError());
    const auto match = QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+)")).match(output);
    if (!match.hasMatch())
        die(QStringLiteral("no timing from sqlite3: ") + output.left(300));
    return match.captured(1).toDouble();
}

// The machine's state, printed with the figures: the ratio swings with the load of other programs
// (the rebuild's reader threads want both cores; the shell's GROUP BY uses one).
QString machineState()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    QString avg = QStringLiteral("?");
    if (load.open(QIODevice::ReadOnly))
        avg = QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 2);
    return QStringLiteral("%1 cores, load average %2").arg(QThread::idealThreadCount()).arg(avg);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    logging::Options log;
    log.program = QStringLiteral("bench");
    log.level = QStringLiteral("warn");
    (void)logging::init(log);
    int days = 365;
    int repeat = 3;
    quint64 seed = 7;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--days") && i + 1 < args.size())
            days = args[++i].toInt();
        else if (args[i] == QLatin1String("--store") && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == QLatin1String("--seed") && i + 1 < args.size())
            seed = args[++i].toULongLong();
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else {
            std::fprintf(stderr,
                         "usage: bench_summaries [--days N] [--store FILE] [--seed S] [--repeat R]\n");
            return 2;
        }
    }
    QTemporaryDir temp;
    if (path.isEmpty())
        path = temp.filePath(QStringLiteral("year.sqlite"));
    if (!QFileInfo::exists(path)) {
        auto store = db::Store::open(path);
        if (!store)
            die(store.error().toString());
        demo::DemoOptions options;
        options.days = days;
        options.seed = seed;
        options.progress = [](int done, int total) {
            if (done % 30 == 0 || done == total)
                std::fprintf(stderr, "demo: %d/%d days\n", done, total);
        };
        QElapsedTimer t;
        t.start();
        auto report = demo::generateDemo(**store, options, Clock::system());
        if (!report)
            die(report.error().toString());
        std::printf("demo store: %d days, %lld punches, built in %.1f s: %s\n", days,
                    static_cast<long long>(report->punchEvents), static_cast<double>(t.elapsed()) / 1000.0,
                    qPrintable(path));
    }
    auto opened = db::Store::open(path);
    if (!opened)
        die(opened.error().toString());
    db::Store &store = **opened;
    {
        QSqlQuery q(store.connection());
        q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT business_day) FROM punch_intervals"));
        q.next();
        std::printf("store: %lld intervals over %lld business days\n", q.value(0).toLongLong(),
                    q.value(1).toLongLong());
    }
    std::fflush(stdout);

    reports::SummaryBuilder builder(store);
    std::vector<double> full;
    std::vector<double> shell;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer t;
        t.start();
        auto stats = builder.rebuildAll();
        if (!stats)
            die(stats.error().toString());
        full.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
        shell.push_back(shellGroupBy(path));
        std::printf("run %d: full rebuild %.3f s (%lld rows), sqlite3 GROUP BY %.3f s, ratio %.2f (%s)\n",
                    r + 1, full.back(), static_cast<long long>(stats->summaryRows), shell.back(),
                    full.back() / shell.back(), qPrintable(machineState()));
        std::fflush(stdout);
    }

    // Dirty: correct one worker-day (an interval to another activity), then re-total.
    db::CorrectionService corrections(store, Clock::system(), QStringLiteral("S1-MGR-01"));
    std::vector<double> dirty;
    QSqlQuery pick(store.connection());
    pick.exec(QStringLiteral(
        "SELECT start_event_id, activity FROM punch_intervals p JOIN activities a ON a.code = "
        "p.activity WHERE status = 'closed' AND a.kind = 'direct' AND p.site = 'S1' "
        "AND start_ms >= (SELECT start_ms FROM punch_intervals ORDER BY start_ms LIMIT 1 OFFSET "
        "(SELECT COUNT(*) / 2 FROM punch_intervals)) ORDER BY start_ms LIMIT 1"));
    std::vector<std::pair<QString, QString>> targets;
    while (pick.next())
        targets.emplace_back(pick.value(0).toString(), pick.value(1).toString());
    pick.finish();
    if (targets.empty())
        die(QStringLiteral("no interval to correct"));
    for (int r = 0; r < repeat; ++r) {
        CorrectionPayload c;
        c.action = CorrectionPayload::Action::Change;
        c.interval = QUuid::fromString(targets.front().first);
        // Alternate between two activities so every run changes something.
        c.activityCode = r % 2 == 0 ? QStringLiteral("PAC-SGL-PACK") : targets.front().second;
        c.reason = QStringLiteral("benchmark");
        c.by = QStringLiteral("bench");
        auto stored = corrections.apply(c);
        if (!stored)
            die(stored.error().toString());
        QElapsedTimer t;
        t.start();
        auto stats = builder.rebuildDirty();
        if (!stats)
            die(stats.error().toString());
        dirty.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        std::printf("run %d: dirty rebuild after one correction %.1f ms (%lld days)\n", r + 1, dirty.back(),
                    static_cast<long long>(stats->days));
    }
    // The manager views' queries over the whole period.
    QDate first;
    QDate last;
    {
        QSqlQuery q(store.connection());
        q.exec(QStringLiteral("SELECT MIN(business_day), MAX(business_day) FROM daily_summaries"));
        q.next();
        first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    }
    const QStringList bothSites = {QStringLiteral("S1"), QStringLiteral("S2")};
    const QStringList s1 = {QStringLiteral("S1")};
    struct Case {
        const char *name;
        std::function<Status()> run;
    };
    auto status = [](const auto &r) { return r ? Status{} : Status(r.error()); };
    const reports::NodeRef pickBlock{reports::Level::Block, QStringLiteral("PIC")};
    const std::vector<Case> cases = {
        {"figures, S1, last month, blocks",
         [&] {
             return status(reports::figuresByLevel(
                 store, {s1, last.addDays(-29), last, reports::Level::Block, {}, false}));
         }},
        {"figures, both sites, whole period, activities per site",
         [&] {
             return status(reports::figuresByLevel(
                 store, {bothSites, first, last, reports::Level::Activity, {}, true}));
         }},
        {"figures, S1, whole period, sections of PIC",
         [&] {
             return status(reports::figuresByLevel(
                 store, {s1, first, last, reports::Level::Section, pickBlock, false}));
         }},
        {"trend by day, S1, whole period",
         [&] {
             return status(reports::trend(store, {s1, first, last, reports::Granularity::Day, {}}));
         }},
        {"trend by month, both sites, whole period",
         [&] {
             return status(reports::trend(store, {bothSites, first, last, reports::Granularity::Month, {}}));
         }},
        {"person page, W00001, whole period",
         [&] {
             return status(reports::personPage(store, {QStringLiteral("W00001"), first, last, {}}));
         }},
        {"behind a cell, S1 PIC, last day",
         [&] {
             return status(reports::behindCell(store, {s1, last, last, pickBlock, 500}));
         }},
    };
    double worst = 0;
    for (const Case &c : cases) {
        std::vector<double> ms;
        for (int r = 0; r < 20; ++r) {
            QElapsedTimer t;
            t.start();
            if (auto s = c.run(); !s)
                die(QStringLiteral("%1: %2").arg(QLatin1String(c.name), s.error().toString()));
            ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        const double p95 = ms[ms.size() * 95 / 100];
        worst = std::max(worst, p95);
        std::printf("query %-55s p50 %7.1f ms  p95 %7.1f ms\n", c.name, ms[ms.size() / 2], p95);
    }
    std::printf("full rebuild / sqlite3 GROUP BY: median %.3f s / %.3f s = ratio %.2f (goal <= 1.5)\n",
                median(full), median(shell), median(full) / median(shell));
    std::printf("dirty rebuild: median %.1f ms (goal <= 200 ms)\n", median(dirty));
    std::printf("queries: worst p95 %.1f ms (goal <= 50 ms)\n", worst);
    std::printf("machine at the end: %s\n", qPrintable(machineState()));
    return 0;
}
