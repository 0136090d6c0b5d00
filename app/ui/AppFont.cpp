#include "AppFont.h"

#include "Logging.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>

namespace wh {

namespace {
const char *const kFamilies[] = {"Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic"};
QString g_family;
} // namespace

void AppFont::apply()
{
    const QStringList installed = QFontDatabase::families();
    for (const char *candidate : kFamilies) {
        if (installed.contains(QLatin1String(candidate))) {
            g_family = QLatin1String(candidate);
            break;
        }
    }
    if (g_family.isEmpty()) {
        logging::get("app")->warn(
            "no Japanese font installed (install fonts-noto-cjk): Japanese text may not show");
        g_family = QGuiApplication::font().family();
        return;
    }
    QFont font = QGuiApplication::font();
    font.setFamilies({g_family});
    font.setHintingPreference(QFont::PreferNoHinting);
    QGuiApplication::setFont(font);
}

QString AppFont::family()
{
    return g_family;
}

} // namespace wh
