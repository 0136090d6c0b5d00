// wh-manager's responsiveness on a store: the time from an action (switch to a page, change the
// period, drill down one level) to the page's model holding the answer (the view's ready()), and the
// program's resident memory after every page was opened. Runs the real window (offscreen platform)
// as an administrator, so every figure including costs is read.
//
//   bench_manager_views --store FILE [--repeat R]     a store with daily summaries (the year store
//                                                       of bench_summaries, say)
//   bench_manager_views --days N                       builds a demo store of N days first (smoke)
#include "Clock.h"
#include "DailySummaries.h"
#include "DemoWarehouse.h"
#include "FiguresView.h"
#include "ManagerWindow.h"
#include "NodeFiguresModel.h"
#include "PeriodPicker.h"
#include "PersonView.h"
#include "Store.h"
#include "ViewerQueries.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace wh;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_manager_views: %s\n", qPrintable(message));
    std::exit(1);
}

// kB of a /proc/self/status line ("VmRSS", "VmHWM").
long long procStatus(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<int>(qstrlen(key)) + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Runs `action` and waits for window.viewReady(view); milliseconds, or -1 on a 60 s timeout.
double timeUntilReady(ManagerWindow &window, const QString &view, const std::function<void()> &action)
{
    QEventLoop loop;
    bool done = false;
    QElapsedTimer timer;
    const auto connection = QObject::connect(&window, &ManagerWindow::viewReady, &loop, [&](const QString &name) {
        if (name == view) {
            done = true;
            loop.quit();
        }
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    timer.start();
    action();
    if (!done)
        loop.exec();
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(connection);
    return done ? ms : -1;
}

struct Samples {
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    [[nodiscard]] double median() const
    {
        if (ms.empty())
            return 0;
        auto sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted[sorted.size() / 2];
    }
    [[nodiscard]] double worst() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int days = 0;
    int repeat = 5;
    bool defaultMemory = false;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--days") && i + 1 < args.size())
            days = args[++i].toInt();
        else if (args[i] == QLatin1String("--store") && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--default-memory"))
            defaultMemory = true;
        else {
            std::fprintf(stderr, "usage: bench_manager_views (--store FILE | --days N) [--repeat R] [--default-memory]\n");
            return 2;
        }
    }
    QTemporaryDir temp;
    if (path.isEmpty()) {
        if (days <= 0)
            die(QStringLiteral("give --store FILE or --days N"));
        path = temp.filePath(QStringLiteral("demo.sqlite"));
        auto store = db::Store::open(path);
        if (!store)
            die(store.error().toString());
        demo::DemoOptions options;
        options.days = days;
        options.punchesPerDay = 2000;
        options.workers = 200;
        if (auto report = demo::generateDemo(**store, options, Clock::system()); !report)
            die(report.error().toString());
    } else if (!QFileInfo::exists(path)) {
        die(QStringLiteral("no store at %1").arg(path));
    }
    // As wh-manager opens it (ManagerWindow::storeOptions); --default-memory: the store's defaults.
    db::Store::Options storeOptions = defaultMemory ? db::Store::Options{} : ManagerWindow::storeOptions();
    std::printf("store connections: page cache %d KiB, memory map %lld bytes each\n", storeOptions.cacheKiB,
                static_cast<long long>(storeOptions.mmapBytes));
    auto opened = db::Store::open(path, storeOptions);
    if (!opened)
        die(opened.error().toString());
    db::Store &store = **opened;
    {
        QSqlQuery q(store.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM daily_summaries"));
        if (q.next() && q.value(0).toLongLong() == 0) {
            reports::SummaryBuilder builder(store);
            if (auto built = builder.rebuildAll(); !built)
                die(built.error().toString());
        }
        q.exec(QStringLiteral("SELECT COUNT(*), MIN(business_day), MAX(business_day) FROM daily_summaries"));
        q.next();
        std::printf("store: %s, %lld daily summary rows, %s .. %s\n", qPrintable(path), q.value(0).toLongLong(),
                    qPrintable(q.value(1).toString()), qPrintable(q.value(2).toString()));
    }
    const long long rssStart = procStatus("VmRSS:");

    const reports::ViewerQueries queries(store, reports::Viewer{QStringLiteral("bench"), reports::Role::Admin, {}});
    // "Now" is the day after the store's last business day, so the pages open on its last 30 days.
    QDate last;
    {
        QSqlQuery q(store.connection());
        q.exec(QStringLiteral("SELECT MAX(business_day) FROM daily_summaries"));
        q.next();
        last = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    }
    ManualClock clock(QDateTime(last.addDays(1), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch());
    {
        // What the overview asks, one query at a time on this thread (its parts, for the note).
        auto timed = [](const char *what, const std::function<bool()> &query) {
            QElapsedTimer t;
            t.start();
            const bool ok = query();
            std::printf("  %-44s %7.1f ms%s\n", what, static_cast<double>(t.nsecsElapsed()) / 1e6, ok ? "" : " (failed)");
        };
        std::printf("the overview's queries, one by one:\n");
        for (int round = 0; round < 2; ++round) {
            reports::FigureQuery q;
            q.sites = {QStringLiteral("S1")};
            q.level = reports::Level::Site;
            q.from = q.to = last;
            timed("figures, one site, one day", [&] { return bool(queries.figuresByLevel(q)); });
            q.from = last.addDays(-29);
            q.to = last.addDays(-1);
            timed("figures, one site, 4 weeks", [&] { return bool(queries.figuresByLevel(q)); });
            reports::TrendQuery t;
            t.sites = {QStringLiteral("S1")};
            t.from = q.from;
            t.to = q.to;
            timed("trend by day, one site, 4 weeks", [&] { return bool(queries.trend(t)); });
            reports::AnomalyFlagsOptions a;
            a.from = last.addDays(-13);
            a.to = last;
            timed("anomalies, both sites, 2 weeks", [&] { return bool(queries.anomalies(a)); });
        }
    }
    QElapsedTimer startTimer;
    startTimer.start();
    ManagerWindow window(queries, QStringLiteral("ja"), clock);
    window.resize(1280, 800);
    const double first = timeUntilReady(window, QStringLiteral("overview"), [&] { window.show(); });
    std::printf("start: window shown to the overview ready: %.1f ms\n", first);

    auto *picker = window.findChild<PeriodPicker *>();
    const PeriodPicker::Range month{last.addDays(-29), last};
    const PeriodPicker::Range year{last.addDays(-364), last};

    std::map<QString, Samples> open, period, yearPeriod;
    Samples drillBlock, drillSection;
    for (const QString &name : window.viewNames()) {
        if (name == QLatin1String("overview"))
            continue;
        open[name].add(timeUntilReady(window, name, [&] { window.showView(name); }));
    }
    // The person page with a worker on it (the first worker with figures in the period).
    QString worker;
    {
        QSqlQuery q(store.connection());
        q.prepare(QStringLiteral("SELECT worker FROM worker_daily WHERE site = 'S1' AND business_day = ? LIMIT 1"));
        q.addBindValue(last.toString(Qt::ISODate));
        if (q.exec() && q.next())
            worker = q.value(0).toString();
    }
    auto *person = qobject_cast<PersonView *>(window.view(QStringLiteral("person")));
    if (person && !worker.isEmpty()) {
        window.showView(QStringLiteral("person"));
        const double ms = timeUntilReady(window, QStringLiteral("person"), [&] { person->showWorker(worker); });
        std::printf("person page: worker %s shown in %.1f ms\n", qPrintable(worker), ms);
    }
    const long long rssAll = procStatus("VmRSS:");

    for (int r = 0; r < repeat; ++r) {
        for (const QString &name : window.viewNames()) {
            window.showView(name);
            ManagerView *view = window.view(name);
            if (name == QLatin1String("overview") || name == QLatin1String("live")) {
                // The overview and the live board are about now whatever the period: their time is a
                // refresh.
                period[name].add(timeUntilReady(window, name, [&] { view->refresh(); }));
                continue;
            }
            // A 30-day period the page has not shown yet (earlier each round).
            const PeriodPicker::Range earlier{last.addDays(-29 - 30 * (r + 1)), last.addDays(-30 * (r + 1))};
            period[name].add(timeUntilReady(window, name, [&] { picker->setRange(earlier); }));
            yearPeriod[name].add(timeUntilReady(window, name, [&] { picker->setRange(year); }));
        }
        window.showView(QStringLiteral("figures"));
        timeUntilReady(window, QStringLiteral("figures"), [&] { picker->setRange(month); });
        FiguresView *figures = window.figures();
        const QString block = figures->model()->codeAt(r % std::max(1, figures->model()->rowCount()));
        drillBlock.add(timeUntilReady(window, QStringLiteral("figures"), [&] {
            figures->drillTo(reports::NodeRef{reports::Level::Block, block});
        }));
        const QString section = figures->model()->codeAt(0);
        drillSection.add(timeUntilReady(window, QStringLiteral("figures"), [&] {
            figures->drillTo(reports::NodeRef{reports::Level::Section, section});
        }));
        timeUntilReady(window, QStringLiteral("figures"), [&] { figures->drillTo(std::nullopt); });
    }
    const long long rssEnd = procStatus("VmRSS:");
    const long long hwm = procStatus("VmHWM:");

    std::printf("\n%-14s %16s %22s %22s\n", "page", "first open (ms)", "30-day period p50/max",
                "365-day period p50/max");
    std::printf("(overview and live: a refresh, they show today and now whatever the period)\n");
    for (const QString &name : window.viewNames())
        std::printf("%-14s %16.1f %11.1f / %-8.1f %11.1f / %-8.1f\n", qPrintable(name),
                    name == QLatin1String("overview") ? first : open[name].median(), period[name].median(),
                    period[name].worst(), yearPeriod[name].median(), yearPeriod[name].worst());
    std::printf("drill down blocks -> sections: p50 %.1f ms, max %.1f ms\n", drillBlock.median(), drillBlock.worst());
    std::printf("drill down sections -> activities: p50 %.1f ms, max %.1f ms\n", drillSection.median(),
                drillSection.worst());
    std::printf("resident memory: %.1f MB at start, %.1f MB with every page open, %.1f MB at the end, peak %.1f MB\n",
                rssStart / 1024.0, rssAll / 1024.0, rssEnd / 1024.0, hwm / 1024.0);
    bool ok = true;
    for (const auto &set : {&open, &period, &yearPeriod})
        for (const auto &[name, s] : *set)
            for (double v : s.ms)
                ok = ok && v >= 0;
    if (!ok)
        std::printf("some page did not answer within 60 s\n");
    return ok ? 0 : 1;
}
