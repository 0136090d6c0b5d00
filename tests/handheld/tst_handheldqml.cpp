// Qt Quick Test for the handheld's QML components: runs every tests/handheld/qml/tst_*.qml against
// the real module Wh.Handheld (its static plugin imported here), offscreen, software rendering.
#include "HandheldTestSupport.h"

#include <QQmlEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QtQuickTest>

WH_IMPORT_HANDHELD_QML

class HandheldQmlSetup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable() { QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_handheldqml, HandheldQmlSetup)

#include "tst_handheldqml.moc"
