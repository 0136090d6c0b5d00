#pragma once

// For the handheld's tests: the QML module Wh.Handheld is a static library; a test that loads its
// screens imports the plugin once, in its source file, with WH_IMPORT_HANDHELD_QML.
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#define WH_IMPORT_HANDHELD_QML Q_IMPORT_QML_PLUGIN(Wh_HandheldPlugin)

namespace wh::test {

// A tap at the item's centre, once it is laid out inside the window (a popup's layout is polished
// after it opens: a tap before would land outside it, which closes it).
inline void tap(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item);
    auto centre = [item] { return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)); };
    QTRY_VERIFY(item->isVisible() && QRectF(0, 0, window->width(), window->height()).contains(centre()));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre().toPoint());
}

// An item by object name, through the visual tree too (a list's delegates and a popup's content
// have no QObject parent to find them by).
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

inline QQuickItem *findItem(QQuickWindow *window, const QString &name)
{
    if (auto *item = window->findChild<QQuickItem *>(name))
        return item;
    return findItem(window->contentItem(), name);
}

} // namespace wh::test
