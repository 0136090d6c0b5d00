#include "WidgetStartup.h"

#include "WidgetScreenshot.h"

#include <QApplication>
#include <QMessageBox>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace wh {

void WidgetStartup::applyLook()
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf8));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfb));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0x8b));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x1c, 0x25, 0x30));
    palette.setColor(QPalette::Text, QColor(0x1c, 0x25, 0x30));
    palette.setColor(QPalette::ButtonText, QColor(0x1c, 0x25, 0x30));
    QApplication::setPalette(palette);
}

int WidgetStartup::fail(const QString &message) const
{
    const int code = GuiStartup::fail(message);
    if (interactive())
        QMessageBox::critical(nullptr, program(), message);
    return code;
}

void WidgetStartup::present(QWidget *window, QSize size, bool fullScreen, bool grabWhenShown) const
{
    if (screenshotMode()) {
        WidgetScreenshot::show(window, size);
        armScreenshotTimeout();
        if (grabWhenShown)
            grab(window);
        return;
    }
    if (fullScreen) {
        window->showFullScreen();
    } else {
        window->resize(size);
        window->show();
    }
}

void WidgetStartup::grab(QWidget *window) const
{
    WidgetScreenshot::grabAndQuit(window, screenshotPath(), *this);
}

} // namespace wh
