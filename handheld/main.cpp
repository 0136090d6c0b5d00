#include "GuiStartup.h"
#include "HandheldProgram.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    wh::GuiStartup::choosePlatform(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("wh-handheld"));
    QGuiApplication::setApplicationVersion(QStringLiteral(WH_VERSION));
    return wh::HandheldProgram::run(app);
}
