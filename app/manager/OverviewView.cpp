#include "OverviewView.h"

#include "BusinessDay.h"
#include "ErrorText.h"
#include "FigureFormat.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wh {

namespace {
constexpr int kWeeks = 4;
constexpr int kAnomalyDays = 14;

reports::Figures total(const Result<std::vector<reports::FigureRow>> &rows)
{
    reports::Figures sum;
    if (!rows)
        return sum;
    for (const reports::FigureRow &row : *rows)
        sum = row.figures; // at site level there is one row
    return sum;
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setFocusPolicy(Qt::NoFocus);
    table->setShowGrid(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

// "+12 %", "-5 %".
QString signedPercent(double percent)
{
    return QStringLiteral("%1%2 %").arg(percent >= 0 ? QStringLiteral("+") : QString(),
                                         QLocale().toString(percent, 'f', 0));
}

QString change(std::optional<double> now, std::optional<double> before)
{
    if (!now || !before || *before == 0)
        return FigureFormat::none();
    return signedPercent((*now / *before - 1.0) * 100.0);
}
} // namespace

OverviewView::OverviewView(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                           QWidget *parent)
    : ManagerView(parent)
    , m_queries(queries)
    , m_language(std::move(language))
    , m_clock(clock)
    , m_runner(queries)
    , m_flagRunner(queries)
    , m_note(new QLabel(this))
    , m_sitesBox(new QVBoxLayout)
    , m_anomalies(new QStandardItemModel(0, 6, this))
    , m_anomalyTable(makeTable(m_anomalies, this))
{
    m_note->setObjectName(QStringLiteral("subtitle"));
    m_note->setWordWrap(true);
    m_anomalies->setHorizontalHeaderLabels(
        {tr("Day"), tr("Site"), tr("Activity"), tr("Figure"), tr("Change"), tr("Likely cause")});
    m_anomalyTable->setFocusPolicy(Qt::StrongFocus);
    m_anomalyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_anomalyTable->horizontalHeader()->setStretchLastSection(true);
    m_anomalyTable->verticalHeader()->hide();
    m_anomalyTable->setWordWrap(false);
    connect(m_anomalyTable, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openAnomaly(index.row()); });
    auto *anomalyTitle = new QLabel(tr("Anomalies of the last two weeks (double-click one to see its figures)"), this);
    anomalyTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_sitesBox->setSpacing(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_note);
    layout->addLayout(m_sitesBox);
    layout->addWidget(anomalyTitle);
    layout->addWidget(m_anomalyTable, 1);
}

QString OverviewView::title() const
{
    return tr("Overview");
}

void OverviewView::setScope(const StoreScope &scope)
{
    m_scope = scope;
    // One table per site: rows are the figures, columns today / yesterday / four weeks / change.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    int column = 0;
    for (const Site &site : m_scope.sites) {
        auto *model = new QStandardItemModel(0, 4, this);
        model->setHorizontalHeaderLabels(
            {tr("Today"), tr("Yesterday"), tr("4-week average"), tr("vs 4 weeks")});
        auto *title = new QLabel(tr("%1 (%2)").arg(site.name, site.code), this);
        title->setObjectName(QStringLiteral("sectionTitle"));
        auto *table = makeTable(model, this);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        grid->addWidget(title, 0, column);
        grid->addWidget(table, 1, column);
        m_siteModels.emplace_back(site.code, model);
        m_siteTitles.push_back(title);
        ++column;
    }
    m_sitesBox->addLayout(grid);
}

QStandardItemModel *OverviewView::siteModel(const QString &site) const
{
    for (const auto &[code, model] : m_siteModels)
        if (code == site)
            return model;
    return nullptr;
}

void OverviewView::setContext(const ViewContext &context)
{
    // The overview is about today, whatever the period chosen for the other views: it reads again
    // when it is shown after the window asked for fresh figures (an empty context).
    if (context.sites.isEmpty()) {
        m_stale = true;
        return;
    }
    if (m_stale && !m_runner.busy())
        refresh();
}

void OverviewView::refresh()
{
    m_stale = false;
    std::vector<std::pair<QString, QDate>> sites;
    const qint64 now = m_clock.nowMs();
    for (const Site &site : m_scope.sites)
        sites.emplace_back(site.code, BusinessDay(site.timeZone(), site.businessDayStartMinutes).dayOf(now));
    if (sites.empty()) {
        m_note->setText(tr("There is no site you may see in this store."));
        emit ready();
        return;
    }
    m_note->setText(tr("Reading today's figures…"));
    m_runner.run<Answer>(
        [queries = m_queries, sites](const QueryRunner::Cancelled &) {
            Answer answer;
            for (const auto &[code, today] : sites) {
                SiteAnswer s;
                s.site = code;
                s.today = today;
                reports::FigureQuery query;
                query.sites = {code};
                query.level = reports::Level::Site;
                query.from = query.to = today;
                s.today_ = queries.figuresByLevel(query);
                query.from = query.to = today.addDays(-1);
                s.yesterday = queries.figuresByLevel(query);
                query.from = today.addDays(-1 - 7 * kWeeks);
                query.to = today.addDays(-2);
                s.weeks = queries.figuresByLevel(query);
                reports::TrendQuery days;
                days.sites = {code};
                days.from = query.from;
                days.to = query.to;
                auto trend = queries.trend(days);
                if (trend && !trend->empty())
                    s.weekDays = static_cast<qint64>(trend->front().points.size());
                answer.sites.push_back(std::move(s));
            }
            return answer;
        },
        [this](Answer answer) {
            m_answer = std::move(answer);
            m_answer->anomalies = Error(ErrorCode::Internal, QStringLiteral("not read yet"));
            if (m_flagsAnswer)
                show();
        });
    // The anomaly check runs beside the figures, on a thread of its own (the two take about as long).
    QDate latest;
    for (const auto &[code, today] : sites)
        latest = std::max(latest, today);
    m_answer.reset();
    m_flagsAnswer.reset();
    m_flagRunner.run<Result<std::vector<reports::AnomalyFlagEntry>>>(
        [queries = m_queries, latest](const QueryRunner::Cancelled &) {
            reports::AnomalyFlagsOptions options;
            options.from = latest.addDays(-kAnomalyDays + 1);
            options.to = latest;
            return queries.anomalies(options);
        },
        [this](Result<std::vector<reports::AnomalyFlagEntry>> flags) {
            m_flagsAnswer = std::move(flags);
            if (m_answer)
                show();
        });
}

void OverviewView::fillSite(const SiteAnswer &answer)
{
    QStandardItemModel *model = siteModel(answer.site);
    if (!model)
        return;
    model->removeRows(0, model->rowCount());
    const reports::Figures today = total(answer.today_);
    const reports::Figures yesterday = total(answer.yesterday);
    const reports::Figures weeks = total(answer.weeks);
    const double days = answer.weekDays > 0 ? static_cast<double>(answer.weekDays) : 1.0;
    auto item = [](const QString &text) {
        auto *i = new QStandardItem(text);
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return i;
    };
    auto addRow = [&](const QString &name, const QString &t, const QString &y, const QString &w, const QString &c) {
        model->appendRow({item(t), item(y), item(w), item(c)});
        model->setVerticalHeaderItem(model->rowCount() - 1, new QStandardItem(name));
    };
    const std::optional<double> weekHours =
        answer.weekDays > 0 ? std::optional<double>(weeks.paidHours() / days) : std::nullopt;
    const std::optional<double> weekUnits =
        answer.weekDays > 0 ? std::optional<double>(static_cast<double>(weeks.units) / days) : std::nullopt;
    addRow(tr("Paid hours"), FigureFormat::hours(today.paidSeconds), FigureFormat::hours(yesterday.paidSeconds),
           FigureFormat::decimal(weekHours), change(yesterday.paidHours(), weekHours));
    addRow(tr("Units"), FigureFormat::count(today.units), FigureFormat::count(yesterday.units),
           weekUnits ? QLocale().toString(*weekUnits, 'f', 0) : FigureFormat::none(),
           change(static_cast<double>(yesterday.units), weekUnits));
    addRow(tr("Units per paid hour"), FigureFormat::decimal(today.productivity()),
           FigureFormat::decimal(yesterday.productivity()), FigureFormat::decimal(weeks.productivity()),
           change(yesterday.productivity(), weeks.productivity()));
    if (m_queries.viewer().seesCost()) {
        addRow(tr("Unit cost"), FigureFormat::yenPerUnit(today.unitCostYen()),
               FigureFormat::yenPerUnit(yesterday.unitCostYen()), FigureFormat::yenPerUnit(weeks.unitCostYen()),
               change(yesterday.unitCostYen(), weeks.unitCostYen()));
        addRow(tr("Labor cost"), FigureFormat::yen(today.cost().amount()), FigureFormat::yen(yesterday.cost().amount()),
               answer.weekDays > 0 ? FigureFormat::yen(static_cast<qint64>(
                                         std::llround(static_cast<double>(weeks.cost().amount()) / days)))
                                   : FigureFormat::none(),
               change(static_cast<double>(yesterday.cost().amount()),
                      answer.weekDays > 0 ? std::optional<double>(static_cast<double>(weeks.cost().amount()) / days)
                                          : std::nullopt));
    }
    model->setHorizontalHeaderLabels(
        {tr("Today"), tr("Yesterday"), tr("4-week average"), tr("vs 4 weeks")});
    // The table shows all its rows: no scroll bar for five lines.
    for (QTableView *table : findChildren<QTableView *>())
        if (table->model() == model) {
            table->resizeRowsToContents();
            table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                                  table->verticalHeader()->length() + 2 * table->frameWidth() + 2);
        }
}

void OverviewView::show()
{
    Answer answer = std::move(*m_answer);
    answer.anomalies = std::move(*m_flagsAnswer);
    m_answer.reset();
    m_flagsAnswer.reset();
    QStringList problems;
    for (const SiteAnswer &s : answer.sites) {
        for (const auto *r : {&s.today_, &s.yesterday, &s.weeks})
            if (!*r) {
                problems << ErrorText::describe(r->error());
                break;
            }
        fillSite(s);
    }
    const QLocale locale;
    const QDate today = answer.sites.empty() ? QDate() : answer.sites.front().today;
    //: %1 is today's date (business day)
    QString note = tr("Today is %1. \"Today\" counts the punches closed and totalled so far; the live board "
                      "shows who is working now. The 4-week average is a business day's over the 28 days before "
                      "yesterday; \"vs 4 weeks\" compares yesterday with it.")
                       .arg(locale.toString(today, QLocale::LongFormat));
    if (!problems.isEmpty())
        note += QLatin1Char('\n') + tr("Some figures cannot be read: %1").arg(problems.join(QStringLiteral("; ")));
    m_note->setText(note);

    m_anomalies->removeRows(0, m_anomalies->rowCount());
    m_flags.clear();
    if (answer.anomalies) {
        m_flags = std::move(*answer.anomalies);
        for (const reports::AnomalyFlagEntry &f : m_flags) {
            auto *changeItem = new QStandardItem(signedPercent(f.changePercent));
            changeItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_anomalies->appendRow({new QStandardItem(locale.toString(f.day, QLocale::ShortFormat)),
                                    new QStandardItem(f.siteCode),
                                    new QStandardItem(localName(m_language, f.activityNameJa, f.activityNameEn)),
                                    new QStandardItem(f.metricText), changeItem,
                                    new QStandardItem(f.likelyCauseText)});
        }
    } else {
        m_note->setText(m_note->text() + QLatin1Char('\n') +
                        tr("The anomalies cannot be read: %1").arg(ErrorText::describe(answer.anomalies.error())));
    }
    m_anomalyTable->resizeColumnsToContents();
    m_anomalyTable->horizontalHeader()->setSectionResizeMode(m_anomalies->columnCount() - 1, QHeaderView::Stretch);
    emit ready();
}

void OverviewView::openAnomaly(int row)
{
    if (row < 0 || row >= static_cast<int>(m_flags.size()))
        return;
    const reports::AnomalyFlagEntry &f = m_flags[static_cast<std::size_t>(row)];
    emit openCell(f.siteCode, f.day, f.activityCode);
}

reports::ReportDocument OverviewView::exportDocument() const
{
    reports::ReportDocument doc;
    doc.title = tr("Overview");
    doc.subtitleLines << m_note->text().split(QLatin1Char('\n'));
    doc.table.headers << tr("Site") << tr("Figure") << tr("Today so far") << tr("Yesterday")
                      << tr("4-week average") << tr("Yesterday vs 4 weeks");
    doc.table.numericColumns = {2, 3, 4, 5};
    for (const auto &[code, model] : m_siteModels)
        for (int r = 0; r < model->rowCount(); ++r) {
            QStringList cells{code, model->verticalHeaderItem(r) ? model->verticalHeaderItem(r)->text() : QString()};
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->item(r, c)->text();
            doc.table.rows.push_back(cells);
        }
    doc.table.emphasis.assign(doc.table.rows.size(), false);
    return doc;
}

} // namespace wh
