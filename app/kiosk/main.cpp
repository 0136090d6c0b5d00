#include "GuiStartup.h"
#include "KioskProgram.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    wh::GuiStartup::choosePlatform(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wh-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(WH_VERSION));
    return wh::KioskProgram::run(app);
}
