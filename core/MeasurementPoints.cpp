#include "MeasurementPoints.h"

namespace wh {

const std::vector<MeasurementPointName> &MeasurementPoints::all()
{
    // Names are data (the catalogue), not UI text: both languages are kept side by side, as the
    // activities' names are, and picked by the caller's language.
    static const std::vector<MeasurementPointName> points = [] {
        const struct {
            const char *code;
            const char *ja;
            const char *en;
        } rows[] = {
            {"BL", "着丈", "Body length"},
            {"CW", "身幅", "Chest width"},
            {"SW", "肩幅", "Shoulder width"},
            {"SL", "袖丈", "Sleeve length"},
            {"YK", "裄丈", "Centre back to cuff"},
            {"AH", "袖ぐり", "Armhole"},
            {"BI", "袖幅", "Bicep width"},
            {"CU", "袖口", "Cuff width"},
            {"NW", "衿ぐり", "Neck width"},
            {"ND", "前下がり", "Front neck drop"},
            {"CL", "衿幅", "Collar width"},
            {"BU", "バスト", "Bust"},
            {"WA", "ウエスト", "Waist"},
            {"HI", "ヒップ", "Hip"},
            {"IN", "股下", "Inseam"},
            {"RI", "股上", "Rise"},
            {"FR", "前股上", "Front rise"},
            {"BR", "後ろ股上", "Back rise"},
            {"TH", "わたり", "Thigh"},
            {"KN", "膝幅", "Knee width"},
            {"HW", "裾幅", "Hem width"},
            {"OL", "総丈", "Outseam (total length)"},
            {"SK", "スカート丈", "Skirt length"},
        };
        std::vector<MeasurementPointName> out;
        for (const auto &r : rows)
            out.push_back({QString::fromLatin1(r.code), QString::fromUtf8(r.ja), QString::fromUtf8(r.en)});
        return out;
    }();
    return points;
}

bool MeasurementPoints::known(const QString &code)
{
    for (const auto &p : all())
        if (p.code == code)
            return true;
    return false;
}

QString MeasurementPoints::name(const QString &code, const QString &language)
{
    for (const auto &p : all())
        if (p.code == code)
            return language == QLatin1String("ja") ? p.japanese : p.english;
    return code;
}

} // namespace wh
