#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

namespace wh {

// The drawing data of the measure screen's garment outline (GarmentOutline.qml draws it): which
// outline suits an item's points, the outline itself and, per catalogue point
// (core/MeasurementPoints.h), the line the tape is laid along. Coordinates are fractions of a
// square (0,0 top left, 1,1 bottom right), so the screen scales them to whatever room it has.
//
// Outlines: "top" (a shirt seen from the front, sleeves out), "bottom" (trousers), "other" (no
// outline: the points tell nothing). A point has a line on the outlines where it is measured: the
// top's points (body length, chest, sleeves, neck, ...) and bust, waist, hip, hem and skirt
// length on the shirt; the bottom's (waist, hip, rises, inseam, thigh, knee, hem, outseam, skirt
// length) on the trousers. A code the catalogue does not know has no line anywhere. Pure; any thread.
class GarmentOutline {
public:
    static inline const QString kTop = QStringLiteral("top");
    static inline const QString kBottom = QStringLiteral("bottom");
    static inline const QString kOther = QStringLiteral("other");

    // The outline for an item with these point codes: the one more of its codes belong to (points
    // only a top has, or only a bottom has); points of either (waist, hip, hem) alone make a
    // bottom; a tie between both is a top (a dress is drawn as a shirt); none known: "other".
    [[nodiscard]] static QString kindOf(const QStringList &codes);

    // The outline of `kind` as one closed polygon; empty for "other" or an unknown kind.
    [[nodiscard]] static QList<QPointF> outline(const QString &kind);
    // The line of `code` on the `kind` outline (two or more points: a polyline), or nullopt when it
    // has none there.
    [[nodiscard]] static std::optional<QList<QPointF>> line(const QString &kind, const QString &code);

    // For QML: outline() as a flat list [x0, y0, x1, y1, ...]; and the lines of `codes` that have
    // one on `kind`, as code -> flat list.
    [[nodiscard]] static QVariantList outlineVariant(const QString &kind);
    [[nodiscard]] static QVariantMap linesVariant(const QString &kind, const QStringList &codes);
};

} // namespace wh
