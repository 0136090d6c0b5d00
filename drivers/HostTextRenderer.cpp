#include "HostTextRenderer.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <cmath>

namespace wh::drivers {

namespace {

// The pixel size whose ascent + descent is `heightDots` (fonts differ: Noto CJK's line is about
// 1.16 em, DejaVu's 1.16 em too, but not every font's).
QFont fontFor(const HostFont &font)
{
    QFont f(font.family);
    f.setBold(font.bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::NoFontMerging);
    f.setPixelSize(100);
    const QFontMetricsF m(f);
    const double lineAt100 = m.ascent() + m.descent();
    const int pixels =
        lineAt100 > 0 ? static_cast<int>(std::floor(font.heightDots * 100.0 / lineAt100)) : font.heightDots;
    f.setPixelSize(std::max(pixels, 1));
    // A font without a glyph would be drawn with boxes: merging is allowed again (a Latin font
    // for the digits of a Japanese line is fine), only the size came from the family's own metrics.
    f.setStyleStrategy(QFont::PreferDefault);
    return f;
}

double stretchOf(const HostFont &font)
{
    return font.widthDots > 0 && font.heightDots > 0 ? double(font.widthDots) / font.heightDots : 1.0;
}

} // namespace

Status HostTextRenderer::available(const QString &family)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error(ErrorCode::Internal,
                     QStringLiteral("text is drawn on the host only in a program with a QGuiApplication"),
                     family);
    if (!QFontDatabase::families().contains(family, Qt::CaseInsensitive))
        return Error(ErrorCode::NotFound, QStringLiteral("the font \"%1\" is not installed").arg(family),
                     QStringLiteral("Japanese host-rendered labels need fonts-noto-cjk"));
    return {};
}

int HostTextRenderer::widthOf(const QString &text, const HostFont &font)
{
    if (!available(font.family))
        return 0;
    const QFontMetricsF m(fontFor(font));
    return static_cast<int>(std::ceil(m.horizontalAdvance(text) * stretchOf(font)));
}

Result<QImage> HostTextRenderer::render(const QString &text, const HostFont &font, int maxWidthDots)
{
    WH_TRY(available(font.family));
    if (font.heightDots <= 0)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a text needs a positive height"),
                     QString::number(font.heightDots));
    const QFont f = fontFor(font);
    const QFontMetricsF m(f);
    const double stretch = stretchOf(font);
    QString shown = text;
    if (maxWidthDots > 0 && m.horizontalAdvance(text) * stretch > maxWidthDots)
        shown = m.elidedText(text, Qt::ElideRight, maxWidthDots / stretch);
    const int width = std::max(1, static_cast<int>(std::ceil(m.horizontalAdvance(shown) * stretch)));
    QImage image(width, font.heightDots, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setFont(f);
    painter.setPen(Qt::black);
    painter.scale(stretch, 1.0);
    // The baseline sits one ascent down, so the descenders end at the image's bottom.
    painter.drawText(QPointF(0, m.ascent()), shown);
    painter.end();
    return image;
}

} // namespace wh::drivers
