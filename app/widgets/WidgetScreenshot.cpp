#include "WidgetScreenshot.h"

#include "GuiStartup.h"
#include "Logging.h"

#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace wh {

void WidgetScreenshot::show(QWidget *widget, QSize size)
{
    widget->resize(size);
    widget->setMinimumSize(size);
    widget->setMaximumSize(size);
    widget->show();
}

void WidgetScreenshot::grabAndQuit(QWidget *widget, const QString &path, const GuiStartup &startup)
{
    QPointer<QWidget> target(widget);
    // A short single shot rather than 0: the first show posts layout requests and paints that
    // must run before the picture is worth taking.
    QTimer::singleShot(100, widget, [target, path, &startup] {
        if (!target)
            return;
        const QPixmap picture = target->grab();
        if (picture.isNull() || !picture.save(path, "PNG")) {
            startup.fail(tr("The screenshot cannot be saved to %1.").arg(path));
            QCoreApplication::exit(1);
            return;
        }
        logging::get("app")->info("screenshot saved to {} ({}x{})", path.toStdString(), picture.width(),
                                  picture.height());
        QCoreApplication::exit(0);
    });
}

} // namespace wh
