#include "GuiStartup.h"
#include "HandheldProgram.h"

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

// The screens and view-models are the static QML module Wh.Handheld (wh_handheld).
Q_IMPORT_QML_PLUGIN(Wh_HandheldPlugin)

int main(int argc, char *argv[])
{
    wh::GuiStartup::choosePlatform(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("wh-handheld"));
    QGuiApplication::setApplicationVersion(QStringLiteral(WH_VERSION));
    return wh::HandheldProgram::run(app);
}
