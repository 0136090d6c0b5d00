#include "GuiStartup.h"
#include "ManagerProgram.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    wh::GuiStartup::choosePlatform(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wh-manager"));
    QApplication::setApplicationVersion(QStringLiteral(WH_VERSION));
    return wh::ManagerProgram::run(app);
}
