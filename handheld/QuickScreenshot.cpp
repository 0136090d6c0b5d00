#include "QuickScreenshot.h"

#include "GuiStartup.h"
#include "Logging.h"

#include <QImage>
#include <QPointer>
#include <QQuickWindow>
#include <QTimer>

namespace wh {

void QuickScreenshot::grabAfterFirstFrame(QQuickWindow *window, const QString &path,
                                          const GuiStartup &startup)
{
    QPointer<QQuickWindow> target(window);
    const auto grab = [target, path, &startup] {
        if (!target)
            return;
        const QImage picture = target->grabWindow();
        if (picture.isNull() || !picture.save(path, "PNG")) {
            startup.fail(tr("The screenshot cannot be saved to %1.").arg(path));
            QCoreApplication::exit(1);
            return;
        }
        logging::get("handheld")
            ->info("screenshot saved to {} ({}x{})", path.toStdString(), picture.width(), picture.height());
        QCoreApplication::exit(0);
    };
    // frameSwapped may come from the render thread: the window as context object queues it to the
    // GUI thread. A short pause after the first frame lets late layout passes settle.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [target, grab] { QTimer::singleShot(150, target, grab); },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

} // namespace wh
