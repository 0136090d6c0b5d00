#include "WhCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wh"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WH_VERSION));
    return wh::cli::runWh(QCoreApplication::arguments());
}
