#include "MeasureCommand.h"
#include "ScanCommands.h"
#include "SpecCommands.h"
#include "WhCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {
QtMessageHandler g_previousHandler = nullptr;

// Qt's offscreen platform warns on start-up that XDG_RUNTIME_DIR is not set (it then uses a
// private folder of its own): true, harmless and of no use to someone asking for a report.
void quietStartHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char *argv[])
{
    // `wh report` draws PDF pages and chart images (Qt Gui): it gets a QGuiApplication on the
    // offscreen platform (no display needed, none used); every other command a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    // `wh measure` may draw the NG sticker's Japanese text on the host (--host-text): fonts need Qt Gui.
    const bool measure = argc > 1 && qstrcmp(argv[1], "measure") == 0;
    if (wh::cli::needsGui(argc, argv) || measure) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietStartHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(g_previousHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("wh"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WH_VERSION));
    // `wh scan ...` (barcodes) needs no store: its own parser (app/cli/ScanCommands.cpp).
    if (wh::cli::isScanCommand(QCoreApplication::arguments()))
        return wh::cli::runScan(QCoreApplication::arguments());
    // `wh measure ...` (one garment, headless: app/cli/MeasureCommand.cpp).
    if (wh::cli::isMeasureCommand(QCoreApplication::arguments()))
        return wh::cli::runMeasure(QCoreApplication::arguments());
    // `wh spec ...` (care-label measurement specs) needs no store either (app/cli/SpecCommands.cpp).
    if (wh::cli::isSpecCommand(QCoreApplication::arguments()))
        return wh::cli::runSpec(QCoreApplication::arguments());
    return wh::cli::runWh(QCoreApplication::arguments());
}
