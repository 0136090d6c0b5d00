#include "GarmentOutline.h"

#include <QHash>
#include <QSet>

namespace wh {

namespace {

using Points = QList<QPointF>;

// Which outline a catalogue point speaks for (core/MeasurementPoints.h).
const QSet<QString> &topOnly()
{
    static const QSet<QString> codes{"BL", "CW", "SW", "SL", "YK", "AH", "BI", "CU", "NW", "ND", "CL", "BU"};
    return codes;
}
const QSet<QString> &bottomOnly()
{
    static const QSet<QString> codes{"IN", "RI", "FR", "BR", "TH", "KN", "OL", "SK"};
    return codes;
}
const QSet<QString> &either()
{
    static const QSet<QString> codes{"WA", "HI", "HW"};
    return codes;
}

// A shirt from the front: neck, left shoulder and sleeve, the body down to the hem, the right
// sleeve and shoulder, the front neckline back to the start.
const Points &shirt()
{
    static const Points points{{0.40, 0.08}, {0.22, 0.13}, {0.04, 0.50}, {0.14, 0.55}, {0.26, 0.32},
                               {0.26, 0.95}, {0.74, 0.95}, {0.74, 0.32}, {0.86, 0.55}, {0.96, 0.50},
                               {0.78, 0.13}, {0.60, 0.08}, {0.56, 0.14}, {0.50, 0.16}, {0.44, 0.14}};
    return points;
}

// Trousers from the front: waistband, left side down to the hem, up the inside leg to the
// crotch, down the right leg and up its side.
const Points &trousers()
{
    static const Points points{{0.28, 0.04}, {0.25, 0.22}, {0.24, 0.96}, {0.46, 0.96}, {0.50, 0.32},
                               {0.54, 0.96}, {0.76, 0.96}, {0.75, 0.22}, {0.72, 0.04}};
    return points;
}

// Where the tape goes on the shirt (sleeve points on the right sleeve).
const QHash<QString, Points> &shirtLines()
{
    static const QHash<QString, Points> lines{
        {"BL", {{0.40, 0.08}, {0.40, 0.95}}},                 // high point of the shoulder to the hem
        {"CW", {{0.26, 0.36}, {0.74, 0.36}}},                 // just below the armholes
        {"SW", {{0.22, 0.13}, {0.78, 0.13}}},                 // shoulder point to shoulder point
        {"SL", {{0.78, 0.13}, {0.91, 0.525}}},                // shoulder point to the cuff
        {"YK", {{0.50, 0.08}, {0.78, 0.13}, {0.91, 0.525}}}, // centre back, shoulder, cuff
        {"AH", {{0.78, 0.13}, {0.74, 0.32}}},                 // the armhole seam
        {"BI", {{0.76, 0.34}, {0.86, 0.29}}},                 // across the sleeve below the armhole
        {"CU", {{0.865, 0.545}, {0.955, 0.505}}},             // across the cuff
        {"NW", {{0.40, 0.08}, {0.60, 0.08}}},                 // side neck to side neck
        {"ND", {{0.50, 0.08}, {0.50, 0.16}}},                 // the front neck's drop
        {"CL", {{0.41, 0.05}, {0.59, 0.05}}},                 // the collar, above the neck
        {"BU", {{0.26, 0.40}, {0.74, 0.40}}},
        {"WA", {{0.26, 0.62}, {0.74, 0.62}}},
        {"HI", {{0.26, 0.84}, {0.74, 0.84}}},
        {"HW", {{0.26, 0.94}, {0.74, 0.94}}},
        {"SK", {{0.62, 0.62}, {0.62, 0.95}}}, // a dress: waist to hem
    };
    return lines;
}

// Where the tape goes on the trousers (leg points on the left leg).
const QHash<QString, Points> &trouserLines()
{
    static const QHash<QString, Points> lines{
        {"WA", {{0.28, 0.06}, {0.72, 0.06}}},
        {"HI", {{0.25, 0.22}, {0.75, 0.22}}},
        {"RI", {{0.50, 0.04}, {0.50, 0.32}}},                 // waist to crotch
        {"FR", {{0.44, 0.04}, {0.45, 0.22}, {0.50, 0.32}}},   // front rise, curved
        {"BR", {{0.56, 0.04}, {0.55, 0.22}, {0.50, 0.32}}},   // back rise
        {"IN", {{0.50, 0.32}, {0.46, 0.96}}},                 // crotch to hem, inside the leg
        {"TH", {{0.248, 0.36}, {0.497, 0.36}}},               // across the leg below the crotch
        {"KN", {{0.244, 0.64}, {0.48, 0.64}}},
        {"HW", {{0.24, 0.94}, {0.461, 0.94}}},                // the leg opening
        {"OL", {{0.28, 0.04}, {0.25, 0.22}, {0.24, 0.96}}},   // waist to hem, outside the leg
        {"SK", {{0.72, 0.04}, {0.75, 0.22}, {0.76, 0.96}}},   // a skirt's length, at the side
    };
    return lines;
}

QVariantList flat(const Points &points)
{
    QVariantList out;
    out.reserve(points.size() * 2);
    for (const QPointF &p : points)
        out << p.x() << p.y();
    return out;
}

} // namespace

QString GarmentOutline::kindOf(const QStringList &codes)
{
    int tops = 0;
    int bottoms = 0;
    int shared = 0;
    for (const QString &c : codes) {
        if (topOnly().contains(c))
            ++tops;
        else if (bottomOnly().contains(c))
            ++bottoms;
        else if (either().contains(c))
            ++shared;
    }
    if (tops == 0 && bottoms == 0)
        return shared > 0 ? kBottom : kOther;
    return bottoms > tops ? kBottom : kTop;
}

QList<QPointF> GarmentOutline::outline(const QString &kind)
{
    if (kind == kTop)
        return shirt();
    if (kind == kBottom)
        return trousers();
    return {};
}

std::optional<QList<QPointF>> GarmentOutline::line(const QString &kind, const QString &code)
{
    const QHash<QString, Points> *lines = kind == kTop ? &shirtLines() : kind == kBottom ? &trouserLines() : nullptr;
    if (!lines)
        return std::nullopt;
    const auto it = lines->constFind(code);
    if (it == lines->constEnd())
        return std::nullopt;
    return *it;
}

QVariantList GarmentOutline::outlineVariant(const QString &kind)
{
    return flat(outline(kind));
}

QVariantMap GarmentOutline::linesVariant(const QString &kind, const QStringList &codes)
{
    QVariantMap out;
    for (const QString &c : codes)
        if (auto l = line(kind, c))
            out.insert(c, flat(*l));
    return out;
}

} // namespace wh
