#include "ReportExport.h"

#include "Csv.h"
#include "MasterDataRepositories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace wh::reports {

// The translation context of the report's strings ("wh::reports::ReportExport" in the .ts files).
class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(wh::reports::ReportExport)
};

namespace {

bool japanese(const ReportRequest &request)
{
    return request.language != QLatin1String("en");
}

QString nameOf(const FigureRow &row, const ReportRequest &request)
{
    const QString &first = japanese(request) ? row.nameJa : row.nameEn;
    const QString &second = japanese(request) ? row.nameEn : row.nameJa;
    return first.isEmpty() ? second : first;
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Site: return ReportExport::tr("Site total");
    case Level::Block: return ReportExport::tr("Block");
    case Level::Section: return ReportExport::tr("Section");
    case Level::Activity: return ReportExport::tr("Activity");
    }
    return {};
}

int depthOf(Level level)
{
    switch (level) {
    case Level::Site:
    case Level::Block: return 0;
    case Level::Section: return 1;
    case Level::Activity: return 2;
    }
    return 0;
}

// Indirect work (meetings, cleaning: an indirect activity, or a block or section of nothing else)
// has hours and no units by nature: no productivity and no unit cost, rather than a productivity
// of 0 that looks like a collapse. Direct hours without units keep their 0: that is news.
bool withoutOutput(const FigureRow &row)
{
    return row.figures.units == 0 && row.figures.directSeconds == 0;
}

std::optional<double> productivityOf(const FigureRow &row)
{
    return withoutOutput(row) ? std::nullopt : row.figures.productivity();
}

std::optional<double> unitCostOf(const FigureRow &row)
{
    return withoutOutput(row) ? std::nullopt : row.figures.unitCostYen();
}

// The labor cost cell: empty when the reader may not see costs (Figures::costHidden, a leader's
// report through ViewerQueries), never a 0 that reads as "free".
QString costText(const Figures &f, const std::function<QString(qint64)> &format)
{
    return f.costHidden ? QString() : format(f.cost().amount());
}

// The report was built for a reader who may not see costs (ViewerQueries hides them on every row).
bool costHidden(const ReportData &data)
{
    return !data.lines.empty() && data.lines.back().row.figures.costHidden;
}

// Plain numbers for the CSV: a dot, no grouping, empty without a value.
QString plain(std::optional<double> value, int decimals)
{
    return value && std::isfinite(*value) ? QString::number(*value, 'f', decimals) : QString();
}

QString dateText(const QDate &day)
{
    //: QDate format of the report's period, e.g. 2026-11-02
    return day.toString(ReportExport::tr("yyyy-MM-dd"));
}

} // namespace

Granularity trendGranularity(const QDate &from, const QDate &to)
{
    return from.daysTo(to) + 1 > kDailyTrendMaxDays ? Granularity::Month : Granularity::Day;
}

Result<ReportData> buildReport(db::Store &store, const ReportRequest &request,
                               const std::function<void(int, int)> &progress)
{
    if (request.level == Level::Site)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("the report's level is block, section or activity"),
                     levelName(request.level));
    if (!request.from.isValid() || !request.to.isValid())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the report's period needs two dates"));
    if (request.from > request.to)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the period starts after it ends"),
                     QStringLiteral("%1 > %2").arg(request.from.toString(Qt::ISODate),
                                                   request.to.toString(Qt::ISODate)));
    std::vector<Level> levels{Level::Block};
    if (request.level != Level::Block)
        levels.push_back(Level::Section);
    if (request.level == Level::Activity)
        levels.push_back(Level::Activity);
    const int steps = 1 + int(levels.size()) + 2; // site, levels, total, trend
    int done = 0;
    auto step = [&] {
        ++done;
        if (progress)
            progress(done, steps);
    };

    ReportData data;
    data.request = request;
    auto site = db::SiteRepository(store).find(request.site);
    if (!site)
        return site.error();
    data.site = *site;
    step();

    FigureQuery query;
    query.sites = {request.site};
    query.from = request.from;
    query.to = request.to;
    query.level = Level::Site;
    auto total = figuresByLevel(store, query);
    if (!total)
        return total.error();
    step();
    if (total->empty() || (total->front().figures.units == 0 && total->front().figures.paidSeconds == 0)) {
        if (progress)
            progress(steps, steps);
        return data; // no figures: no lines
    }

    std::vector<std::vector<FigureRow>> byLevel;
    for (Level level : levels) {
        query.level = level;
        auto rows = figuresByLevel(store, query);
        if (!rows)
            return rows.error();
        byLevel.push_back(std::move(*rows));
        step();
    }

    // Tree order: each block, then its sections, each followed by its activities. Every level's
    // rows come in tree order, so grouping them by parent keeps that order.
    QHash<QString, std::vector<const FigureRow *>> children[3];
    for (size_t l = 1; l < byLevel.size(); ++l) {
        for (const FigureRow &row : byLevel[l])
            children[l][row.parent].push_back(&row);
    }
    std::function<void(const FigureRow &, size_t)> add = [&](const FigureRow &row, size_t l) {
        data.lines.push_back({row, depthOf(row.level), false});
        if (l + 1 < byLevel.size()) {
            for (const FigureRow *child : children[l + 1].value(row.code))
                add(*child, l + 1);
        }
    };
    for (const FigureRow &block : byLevel[0])
        add(block, 0);
    ReportLine totalLine{total->front(), 0, true};
    totalLine.row.nameJa = totalLine.row.nameEn = data.site.name;
    data.lines.push_back(std::move(totalLine));

    data.granularity = trendGranularity(request.from, request.to);
    TrendQuery trendQuery;
    trendQuery.sites = {request.site};
    trendQuery.from = request.from;
    trendQuery.to = request.to;
    trendQuery.granularity = data.granularity;
    auto trendSeries = trend(store, trendQuery);
    if (!trendSeries)
        return trendSeries.error();
    if (!trendSeries->empty())
        data.trend = trendSeries->front().points;
    step();
    return data;
}

std::vector<QStringList> reportCsvRecords(const ReportData &data)
{
    std::vector<QStringList> records;
    records.push_back({ReportExport::tr("Site"), ReportExport::tr("Level"), ReportExport::tr("Block"),
                       ReportExport::tr("Section"), ReportExport::tr("Activity"), ReportExport::tr("Name"),
                       ReportExport::tr("Units"),
                       ReportExport::tr("Mixed units (1 = units of unlike activities added)"),
                       ReportExport::tr("Paid hours"), ReportExport::tr("Productivity (units/h)"),
                       ReportExport::tr("Labor cost (yen)"), ReportExport::tr("Unit cost (yen/unit)"),
                       ReportExport::tr("Standard (units/h)"), ReportExport::tr("Performance (%)")});
    // The block of each section, for the activity rows' block column.
    QHash<QString, QString> blockOfSection;
    for (const ReportLine &line : data.lines) {
        if (line.row.level == Level::Section)
            blockOfSection.insert(line.row.code, line.row.parent);
    }
    for (const ReportLine &line : data.lines) {
        const FigureRow &row = line.row;
        const Figures &f = row.figures;
        QString block, section, activity;
        switch (row.level) {
        case Level::Site: break;
        case Level::Block: block = row.code; break;
        case Level::Section:
            block = row.parent;
            section = row.code;
            break;
        case Level::Activity:
            block = blockOfSection.value(row.parent);
            section = row.parent;
            activity = row.code;
            break;
        }
        records.push_back({data.site.code, line.total ? QStringLiteral("total") : levelName(row.level), block,
                           section, activity, nameOf(row, data.request), QString::number(f.units),
                           f.mixedUnits() ? QStringLiteral("1") : QStringLiteral("0"),
                           QString::number(f.paidHours(), 'f', 2), plain(productivityOf(row), 2),
                           costText(f, [](qint64 yen) { return QString::number(yen); }),
                           plain(unitCostOf(row), 2),
                           plain(row.standardUnitsPerHour, 2), plain(f.performancePercent(), 1)});
    }
    return records;
}

QByteArray reportCsv(const ReportData &data, bool excel)
{
    return writeCsv(reportCsvRecords(data), excel);
}

ReportDocument reportDocument(const ReportData &data)
{
    const ReportRequest &request = data.request;
    const QLocale locale(japanese(request) ? QLocale::Japanese : QLocale::English);
    auto number = [&](std::optional<double> value, int decimals) {
        return value && std::isfinite(*value) ? locale.toString(*value, 'f', decimals) : QString();
    };
    ReportDocument doc;
    const bool hidden = costHidden(data);
    doc.title = hidden ? ReportExport::tr("Productivity report")
                       : ReportExport::tr("Productivity and unit cost report");
    const QString siteText = QStringLiteral("%1 %2").arg(data.site.code, data.site.name).trimmed();
    //: The report's first subtitle line: site, period, level
    doc.subtitleLines << ReportExport::tr("%1    %2    %3")
                             .arg(ReportExport::tr("Site: %1").arg(siteText),
                                  ReportExport::tr("Period: %1 to %2 (%3 days)")
                                      .arg(dateText(request.from), dateText(request.to))
                                      .arg(request.from.daysTo(request.to) + 1),
                                  ReportExport::tr("Level: %1").arg(levelText(request.level)));
    doc.subtitleLines << (hidden ? ReportExport::tr("Hours are paid hours (breaks left out). Productivity = "
                                                    "units / hours; performance = standard hours earned / "
                                                    "hours of the activities that have a standard. Costs are "
                                                    "not shown to this account.")
                                 : ReportExport::tr(
                                       "Hours are paid hours (breaks left out). Productivity = units / hours; "
                                       "unit cost = labor cost / units; performance = standard hours earned / "
                                       "hours of the activities that have a standard."));
    bool anyMixed = false;
    for (const ReportLine &line : data.lines)
        anyMixed = anyMixed || line.row.figures.mixedUnits();
    if (anyMixed)
        doc.subtitleLines << ReportExport::tr(
            "\"Mixed units\": the row adds up the units of different activities; compare its productivity "
            "and unit cost with the same row over time, not with other rows.");
    if (data.granularity == Granularity::Month)
        doc.subtitleLines << ReportExport::tr("The chart has a point per month; the first and last month "
                                              "count only the days inside the period.");
    if (request.generatedAt.isValid())
        doc.subtitleLines << ReportExport::tr("Generated %1")
                                 .arg(request.generatedAt.toString(ReportExport::tr("yyyy-MM-dd HH:mm")));

    ReportTable &table = doc.table;
    // Short headers (the PDF's columns are narrow); the subtitle says what each figure is.
    table.headers = QStringList{ReportExport::tr("Block / section / activity"), ReportExport::tr("Code"),
                                ReportExport::tr("Units"),
                                //: PDF column header: paid hours
                                ReportExport::tr("Hours"),
                                //: PDF column header: productivity, units per paid hour
                                ReportExport::tr("Units/h"),
                                //: PDF column header: labor cost in yen
                                ReportExport::tr("Cost (yen)"),
                                //: PDF column header: unit cost, yen per unit
                                ReportExport::tr("Yen/unit"),
                                //: PDF column header: the activity's standard, units per hour
                                ReportExport::tr("Std units/h"),
                                //: PDF column header: performance against the standard, percent
                                ReportExport::tr("Perf. %"), ReportExport::tr("Note")};
    table.numericColumns = {2, 3, 4, 5, 6, 7, 8};
    for (const ReportLine &line : data.lines) {
        const FigureRow &row = line.row;
        const Figures &f = row.figures;
        const QString name =
            line.total ? ReportExport::tr("Site total: %1").arg(nameOf(row, request)) : nameOf(row, request);
        table.rows.push_back({name, line.total ? data.site.code : row.code, locale.toString(f.units),
                              locale.toString(f.paidHours(), 'f', 1), number(productivityOf(row), 1),
                              costText(f, [&](qint64 yen) { return locale.toString(yen); }),
                              number(unitCostOf(row), 1),
                              number(row.standardUnitsPerHour, 1), number(f.performancePercent(), 1),
                              f.mixedUnits() ? ReportExport::tr("mixed units") : QString()});
        table.indent.push_back(line.depth);
        // Block rows head their sections; in a table of blocks alone only the total stands out.
        table.emphasis.push_back(line.total || (line.depth == 0 && request.level != Level::Block));
    }

    // The trend of the site's total: productivity on the left axis, unit cost on the right.
    const bool monthly = data.granularity == Granularity::Month;
    doc.chartTitle = monthly ? ReportExport::tr("Monthly trend, site total: %1").arg(siteText)
                             : ReportExport::tr("Daily trend, site total: %1").arg(siteText);
    const int joinWithinDays = monthly ? 31 : 1;
    ChartSeries productivity{
        ReportExport::tr("Productivity"), {}, ReportExport::tr("units/h"), joinWithinDays};
    ChartSeries unitCost{ReportExport::tr("Unit cost"), {}, ReportExport::tr("yen/unit"), joinWithinDays};
    const double gap = std::numeric_limits<double>::quiet_NaN();
    for (const TrendPoint &point : data.trend) {
        productivity.points.emplace_back(point.period, point.figures.productivity().value_or(gap));
        unitCost.points.emplace_back(point.period, point.figures.unitCostYen().value_or(gap));
    }
    doc.leftAxis = {std::move(productivity)};
    if (!hidden)
        doc.rightAxis = {std::move(unitCost)};
    doc.footer = ReportExport::tr("wh report: %1, %2 to %3, level %4")
                     .arg(siteText, dateText(request.from), dateText(request.to), levelText(request.level));
    return doc;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    auto failure = [&](const QString &what) {
        const QFileInfo info(path);
        if (!info.absoluteDir().exists())
            return Error(ErrorCode::NotFound,
                         QStringLiteral("cannot write the file: the folder does not exist"), path);
        if (file.error() == QFileDevice::PermissionsError)
            return Error(ErrorCode::ReadOnly,
                         QStringLiteral("cannot %1 the file: %2").arg(what, file.errorString()), path);
        return Error(ErrorCode::Io, QStringLiteral("cannot %1 the file: %2").arg(what, file.errorString()),
                     path);
    };
    if (!file.open(QIODevice::WriteOnly))
        return failure(QStringLiteral("create"));
    if (file.write(bytes) != bytes.size()) {
        const Error error = failure(QStringLiteral("write"));
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return failure(QStringLiteral("write"));
    return {};
}

} // namespace wh::reports
