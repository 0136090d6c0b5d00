// wh-handheld's speed, on the three goals, measured on the real paths:
//  - cold start: the program started as a process (`wh-handheld --screen home`: the badge scanned at
//    start) until its first frame with the home screen, read from its log line as it comes;
//  - scan -> item: a care label typed by the keyboard-wedge scanner into the window until the
//    measure screen's frame with the item on it;
//  - reading -> verdict: the last point's reading from the simulated tape (Leica DISTO frames
//    through the decoder) until the frame with the verdict on it.
// In process, the real shell and screens render offscreen (software). A whole shift: N items of
// the demo T-shirt (12 points), everything recorded on the device's store and left in its outbox.
//
//   bench_handheld [--items N] [--starts N] [--store FILE | --days N]   (--store: a copy is used;
//                                                             default: a new 30-day demo store)
#include "DemoWarehouse.h"
#include "DeviceSettings.h"
#include "DeviceSite.h"
#include "DevicesViewModel.h"
#include "HandheldApp.h"
#include "MasterDataRepositories.h"
#include "MeasureViewModel.h"
#include "OutboxStatus.h"
#include "PunchService.h"
#include "ScannerKeyInput.h"
#include "SessionViewModel.h"
#include "SimulatedTape.h"
#include "TimedKeys.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>

Q_IMPORT_QML_PLUGIN(Wh_HandheldPlugin)

using namespace wh;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_handheld: %s\n", qPrintable(message));
    std::exit(1);
}

struct Stats {
    std::vector<double> ms;
    void add(double v) { ms.push_back(v); }
    [[nodiscard]] double pct(double p) const
    {
        if (ms.empty())
            return 0;
        std::vector<double> s = ms;
        std::sort(s.begin(), s.end());
        return s[std::min(s.size() - 1, size_t(p * double(s.size() - 1) + 0.5))];
    }
    [[nodiscard]] double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

void print(const char *name, const Stats &s, double goal)
{
    std::printf("%-22s n=%-5zu p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  goal %5.0f ms  p95/goal %.2f\n", name,
                s.ms.size(), s.pct(0.5), s.pct(0.95), s.max(), goal, s.pct(0.95) / goal);
}

// Runs `action`, waits for `done` to be true, then for the next frame the window shows; ms.
double untilFrame(QQuickWindow *window, const std::function<void()> &action, const std::function<bool()> &done)
{
    QEventLoop loop;
    QElapsedTimer timer;
    bool waitingFrame = false;
    double result = -1;
    auto check = [&] {
        if (!waitingFrame && done()) {
            waitingFrame = true;
            window->update();
        }
    };
    const auto frame = QObject::connect(window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (waitingFrame) {
            result = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    }, Qt::QueuedConnection);
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, &loop, check);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    timer.start();
    action();
    check();
    poll.start();
    loop.exec();
    QObject::disconnect(frame);
    return result;
}

qint64 pendingOf(db::Store &store, const QString &device)
{
    QSqlQuery q(store.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM events e JOIN outbox o ON o.event_id = e.id "
                             "WHERE e.device_id = ? AND o.sent_at_ms IS NULL"));
    q.addBindValue(device);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 count(db::Store &store, const QString &sql)
{
    QSqlQuery q(store.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

long long rssKb()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("VmHWM"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless a display is there (xvfb-run bench_handheld: the X11 path with OpenGL).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("items measured (default 200)"),
                                         QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption startsOption(QStringLiteral("starts"), QStringLiteral("cold starts (default 5)"),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QStringLiteral("a demo store (a copy is used)"),
                                         QStringLiteral("FILE"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("days of the demo store (default 30)"),
                                        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption dropOption(
        QStringLiteral("drop-caches"),
        QStringLiteral("before each cold start, empty the kernel's page cache (root only): the program and its "
                       "libraries are read from disk, as after a reboot"));
    parser.addOptions({itemsOption, startsOption, storeOption, daysOption, dropOption});
    parser.addHelpOption();
    parser.process(app);
    const int items = parser.value(itemsOption).toInt();
    const int starts = parser.value(startsOption).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handheld.sqlite"));
    if (parser.isSet(storeOption)) {
        if (!QFile::copy(parser.value(storeOption), path))
            die(QStringLiteral("cannot copy %1").arg(parser.value(storeOption)));
    }
    auto store = db::Store::open(path);
    if (!store)
        die(store.error().toString());
    if (!parser.isSet(storeOption)) {
        demo::DemoOptions options;
        options.days = parser.value(daysOption).toInt();
        options.workers = 120;
        options.punchesPerDay = 1200;
        auto report = demo::generateDemo(**store, options, Clock::system());
        if (!report)
            die(report.error().toString());
        if (auto set = demo::setUpDemoHandhelds(**store, Clock::system().nowMs()); !set)
            die(set.error().toString());
    }
    auto where = reports::findDeviceSite(**store, DeviceKind::Handheld, QString());
    if (!where)
        die(where.error().toString());
    std::printf("store: %s, device %s at %s\n", qPrintable(path), qPrintable(where->device.id),
                qPrintable(where->site.code));

    // 1. Cold start, as a process, to the home screen's first frame.
    Stats cold;
    const bool dropCaches = parser.isSet(dropOption);
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/wh-handheld");
    for (int i = 0; i < starts; ++i) {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        double firstFrame = -1;
        QObject::connect(&process, &QProcess::readyReadStandardError, [&] {
            while (process.canReadLine()) {
                const QByteArray line = process.readLine();
                if (firstFrame < 0 && line.contains("first frame"))
                    firstFrame = double(timer.nsecsElapsed()) / 1e6;
            }
        });
        process.setReadChannel(QProcess::StandardError);
        if (dropCaches) {
            ::sync();
            QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
            if (!drop.open(QIODevice::WriteOnly) || drop.write("3\n") != 2)
                die(QStringLiteral("--drop-caches: /proc/sys/vm/drop_caches cannot be written (root only)"));
        }
        timer.start();
        process.start(program, {QStringLiteral("--db"), path, QStringLiteral("--screen"), QStringLiteral("home"),
                                QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("start.png")),
                                QStringLiteral("--log-level"), QStringLiteral("info"), QStringLiteral("--lang"),
                                QStringLiteral("ja")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            die(QStringLiteral("wh-handheld did not start: %1").arg(QString::fromUtf8(process.readAllStandardError())));
        if (firstFrame < 0)
            die(QStringLiteral("wh-handheld logged no first frame"));
        cold.add(firstFrame);
    }

    // 2-3. In process: the shell, the scanner, the screens.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    auto shell = HandheldApp::create(**store, Clock::system(), *where, QStringLiteral("ja"));
    if (!shell)
        die(shell.error().toString());
    HandheldApp &happ = **shell;
    ScannerKeyInput scanner;
    QObject::connect(&scanner, &ScannerKeyInput::scanned, &happ, &HandheldApp::scanned);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&happ)}});
    engine.load(QUrl(QStringLiteral("qrc:/Wh/Handheld/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().front());
    if (!window)
        die(QStringLiteral("Main.qml did not load"));
    window->show();

    // A worker of the site with a badge signs in; punched into a measure activity.
    auto workers = db::WorkerRepository(**store).all();
    Worker worker;
    for (const Worker &w : *workers)
        if (w.active && !w.badgeId.isEmpty() && w.homeSiteCode == where->site.code) {
            worker = w;
            break;
        }
    const auto wait = [](int ms) {
        QEventLoop l;
        QTimer::singleShot(ms, &l, &QEventLoop::quit);
        l.exec();
    };
    wait(200);
    happ.scanned({QString(), worker.badgeId, worker.badgeId});
    if (!happ.session()->signedIn())
        die(QStringLiteral("sign-in failed: %1").arg(happ.session()->message()));
    auto answer = happ.punchService().workflowStarted(worker.code, QStringLiteral("measure"));
    if (answer && answer->verdict != db::WorkflowAnswer::Verdict::Ok)
        (void)happ.punchService().punch(worker.code, PunchAction::StartActivity, answer->suggestedActivities.value(0));
    happ.session()->refresh();
    happ.open(HandheldApp::Screen::Measure);
    if (happ.screen() != HandheldApp::Screen::Measure)
        die(QStringLiteral("the measure screen did not open"));
    for (int i = 0; i < 100 && !(happ.devices()->tape() && happ.devices()->tapeConnected()); ++i)
        wait(20);
    auto *tape = qobject_cast<drivers::SimulatedTape *>(happ.devices()->tape());
    if (!tape)
        die(QStringLiteral("the device's tape is not the simulator"));

    const MeasurementSpec spec = demo::demoSpecs().front();
    const QString label = *MeasurementSpecCodec::encode(spec, demo::demoSpecKey());
    MeasureViewModel *measure = happ.measure();
    Stats scanToItem;
    Stats readingToVerdict;
    Stats readingToNext;
    const qint64 pendingBefore = pendingOf(**store, where->device.id);
    QElapsedTimer shift;
    shift.start();
    qint64 lastKeyMs = 0; // the last key of the previous burst (its timestamps run ahead of the clock)
    for (int item = 0; item < items; ++item) {
        int shown = 0;
        auto c1 = QObject::connect(measure, &MeasureViewModel::itemShown, [&] { ++shown; });
        // The scanner input needs a quiet gap before a burst, after the previous one's last key.
        while (test::keyClockMs() < lastKeyMs + 100)
            wait(10);
        scanToItem.add(untilFrame(window, [&] { lastKeyMs = test::sendScannerBurst(window, label, true, 1); },
                                  [&] { return shown > 0; }));
        QObject::disconnect(c1);
        if (measure->state() != MeasureViewModel::Measuring)
            die(QStringLiteral("item %1 not shown (screen %2): %3 / %4")
                    .arg(item)
                    .arg(static_cast<int>(happ.screen()))
                    .arg(measure->message(), happ.scanMessage()));
        int judged = 0;
        bool verdict = false;
        auto c2 = QObject::connect(measure, &MeasureViewModel::pointJudged, [&] { ++judged; });
        auto c3 = QObject::connect(measure, &MeasureViewModel::verdictReached, [&] { verdict = true; });
        const int failAt = item % 5 == 4 ? 7 : -1; // one item in five fails its 8th point
        for (int p = 0; p < int(spec.points.size()); ++p) {
            const SpecPoint &sp = spec.points[size_t(p)];
            const double mm = double(p == failAt ? sp.maximum() + 20 : sp.target) / 10.0;
            const bool last = p + 1 == int(spec.points.size());
            const int before = judged;
            const double ms = untilFrame(
                window, [&] { (void)tape->measure(mm); },
                [&] { return last ? verdict : judged > before; });
            (last ? readingToVerdict : readingToNext).add(ms);
        }
        QObject::disconnect(c2);
        QObject::disconnect(c3);
        if (!verdict)
            die(QStringLiteral("item %1: no verdict").arg(item));
        measure->nextItem();
    }
    const double shiftSeconds = double(shift.elapsed()) / 1000.0;
    happ.outbox()->refresh();
    std::printf("\nwh-handheld (%s)\n", qPrintable(QGuiApplication::platformName()));
    print(dropCaches ? "cold start to home" : "start to home (warm)", cold, 1500);
    print("scan -> item shown", scanToItem, 100);
    print("reading -> verdict", readingToVerdict, 50);
    print("reading -> next point", readingToNext, 50);
    std::printf("shift: %d items, %lld values recorded in %.1f s; outbox waiting %lld (+%lld), header says \"%s\"\n", items,
                count(**store, QStringLiteral("SELECT count(*) FROM measurements")), shiftSeconds,
                static_cast<long long>(happ.outbox()->pending()),
                pendingOf(**store, where->device.id) - pendingBefore,
                qPrintable(happ.outbox()->text()));
    std::printf("peak resident memory: %lld MB\n", rssKb() / 1024);
    return 0;
}
