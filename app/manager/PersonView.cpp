#include "PersonView.h"

#include "ErrorText.h"
#include "FigureFormat.h"
#include "FigureTile.h"
#include "PeriodChart.h"
#include "PersonActivityModel.h"
#include "PersonMonthModel.h"
#include "QueryRunner.h"
#include "ReportExport.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace wh {

namespace {
// The paid-hours line of the chart: dark, so it reads over the coloured bars.
const QColor kHoursColor(0x33, 0x3d, 0x4a);
// The activities with the most units that get a bar colour of their own; the rest share one.
constexpr size_t kActivityBars = 6;
const QColor kOthersColor(0xb8, 0xc2, 0xcc);

void setUpTable(QTableView *table)
{
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(28);
    table->horizontalHeader()->setHighlightSections(false);
}
} // namespace

PersonView::PersonView(const reports::ViewerQueries &queries, QString language, QWidget *parent)
    : ManagerView(parent)
    , m_queries(queries)
    , m_runner(new QueryRunner(queries, this))
    , m_input(new QLineEdit(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_completions(new QStringListModel(this))
    , m_completer(new QCompleter(m_completions, this))
    , m_name(new QLabel(this))
    , m_message(new QLabel(this))
    , m_units(new FigureTile(tr("Units"), this))
    , m_hours(new FigureTile(tr("Paid hours"), this))
    , m_productivity(new FigureTile(tr("Units per paid hour"), this))
    , m_days(new FigureTile(tr("Days worked"), this))
    , m_activities(new PersonActivityModel(language, this))
    , m_months(new PersonMonthModel(this))
    , m_activityTable(new QTableView(this))
    , m_monthTable(new QTableView(this))
    , m_monthTitle(new QLabel(this))
    , m_chart(new PeriodChart(this))
{
    m_context.language = std::move(language);
    m_input->setObjectName(QStringLiteral("worker"));
    m_input->setPlaceholderText(tr("Worker code, badge or name"));
    m_input->setClearButtonEnabled(true);
    m_input->setMinimumWidth(340);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_input->setCompleter(m_completer);
    m_show->setObjectName(QStringLiteral("showWorker"));
    auto *workerLabel = new QLabel(tr("Worker"), this);
    workerLabel->setBuddy(m_input);

    m_name->setObjectName(QStringLiteral("personName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.35);
    m_name->setFont(nameFont);
    m_message->setObjectName(QStringLiteral("personMessage"));
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(workerLabel);
    top->addWidget(m_input);
    top->addWidget(m_show);
    top->addSpacing(24);
    top->addWidget(m_name, 1);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    for (FigureTile *tile : {m_units, m_hours, m_productivity, m_days})
        tiles->addWidget(tile, 1);

    m_chart->setObjectName(QStringLiteral("personChart"));
    m_activityTable->setObjectName(QStringLiteral("personActivities"));
    m_activityTable->setModel(m_activities);
    setUpTable(m_activityTable);
    m_activityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_activityTable->horizontalHeader()->setSectionResizeMode(PersonActivityModel::Name,
                                                              QHeaderView::Stretch);
    m_monthTable->setObjectName(QStringLiteral("personMonths"));
    m_monthTable->setModel(m_months);
    setUpTable(m_monthTable);
    m_monthTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_monthTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthTitle->setObjectName(QStringLiteral("personMonthTitle"));

    auto *activityBox = new QWidget(this);
    auto *activityLayout = new QVBoxLayout(activityBox);
    activityLayout->setContentsMargins(0, 0, 0, 0);
    activityLayout->setSpacing(4);
    auto *activityTitle = new QLabel(tr("By activity (select one to narrow the chart and the months)"), this);
    activityLayout->addWidget(activityTitle);
    activityLayout->addWidget(m_activityTable, 1);
    auto *monthBox = new QWidget(this);
    auto *monthLayout = new QVBoxLayout(monthBox);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    monthLayout->setSpacing(4);
    monthLayout->addWidget(m_monthTitle);
    monthLayout->addWidget(m_monthTable, 1);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->setChildrenCollapsible(false);
    tables->addWidget(activityBox);
    tables->addWidget(monthBox);
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({550, 450}); // scaled to the room there is
    m_chart->setMinimumHeight(240);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(tiles);
    layout->addWidget(splitter, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &PersonView::entered);
    connect(m_show, &QPushButton::clicked, this, &PersonView::entered);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { showWorker(text); });
    connect(m_activityTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    selectActivity(m_activities->activityAt(current.row()));
            });
    showEmpty(tr("Type a worker's code, badge or name, or pick one from the list."));
}

PersonView::~PersonView() = default;

QString PersonView::title() const
{
    return tr("Person");
}

void PersonView::setContext(const ViewContext &context)
{
    if (m_hasContext && context == m_context && !m_runner->busy()) {
        QTimer::singleShot(0, this, [this] { emit ready(); });
        return;
    }
    m_context = context;
    m_hasContext = true;
    m_activities->setLanguage(context.language);
    const QString asked = m_pending.isEmpty() ? m_worker : m_pending;
    m_pending.clear();
    load(asked, !m_directoryLoaded);
}

void PersonView::refresh()
{
    load(m_worker, true);
}

void PersonView::cancel()
{
    if (!m_runner->busy())
        return;
    m_runner->cancel();
    emit progress(tr("Reading the worker's figures…"), 1, 1);
    emit statusMessage(tr("Person: reading cancelled."));
}

void PersonView::entered()
{
    const QString text = m_input->text().trimmed();
    if (!text.isEmpty())
        showWorker(text);
}

void PersonView::showWorker(const QString &text)
{
    const QString asked = text.trimmed();
    if (asked.isEmpty())
        return;
    if (m_directoryLoaded && !m_directory.resolve(asked) && asked.contains(QLatin1Char(' '))) {
        // Not a code (it has spaces) and no worker's name: nothing to ask the store.
        const QString message = tr("No worker matches “%1” (code, badge or name).").arg(asked);
        m_message->setText(message);
        emit statusMessage(message);
        emit ready();
        return;
    }
    load(asked, !m_directoryLoaded);
}

void PersonView::load(const QString &asked, bool withDirectory)
{
    if (!m_hasContext) {
        m_pending = asked; // shown once the window says which period
        return;
    }
    // Resolved here when the directory is on hand; otherwise by the job once it has read it.
    QString code;
    if (!asked.isEmpty() && !withDirectory) {
        const auto entry = m_directory.resolve(asked);
        code = entry ? entry->code : asked.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    }
    const reports::ViewerQueries queries = m_queries;
    const QDate from = m_context.from;
    const QDate to = m_context.to;
    m_timer.start();
    emit progress(tr("Reading the worker's figures…"), 0, 1);
    m_runner->run<Load>(
        [queries, asked, code, withDirectory, from, to](const QueryRunner::Cancelled &cancelled) {
            Load out;
            out.asked = asked;
            out.worker = code;
            if (withDirectory) {
                out.directory = WorkerDirectory::load(queries);
                if (!out.directory->ok() || asked.isEmpty())
                    return out;
                const auto entry = out.directory->value().resolve(asked);
                out.worker =
                    entry ? entry->code : asked.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
            }
            if (out.worker.isEmpty() || cancelled->load())
                return out;
            reports::PersonQuery query;
            query.worker = out.worker;
            query.from = from;
            query.to = to;
            // No sites: every site the viewer may see (a person's page is about the person).
            out.page = queries.personPage(query);
            return out;
        },
        [this](Load answer) { showAnswer(std::move(answer)); });
}

void PersonView::setDirectory(WorkerDirectory directory)
{
    m_directory = std::move(directory);
    m_directoryLoaded = true;
    m_completions->setStringList(m_directory.completions());
}

void PersonView::showAnswer(Load load)
{
    if (load.directory) {
        if (!load.directory->ok()) {
            const QString text = ErrorText::describe(load.directory->error());
            showEmpty(text);
            emit statusMessage(text);
            finishLoad();
            return;
        }
        setDirectory(std::move(load.directory->value()));
    }
    if (!load.page) {
        if (!load.asked.isEmpty()) {
            const QString message = tr("No worker matches “%1” (code, badge or name).").arg(load.asked);
            m_message->setText(message);
            emit statusMessage(message);
        }
        finishLoad();
        return;
    }
    if (!load.page->ok()) {
        const Error &error = load.page->error();
        // An unknown worker leaves the page as it is; any other failure empties it.
        const QString message = error.code() == ErrorCode::NotFound
                                    ? tr("No worker matches “%1” (code, badge or name).").arg(load.asked)
                                    : ErrorText::describe(error);
        if (error.code() == ErrorCode::NotFound)
            m_message->setText(message);
        else
            showEmpty(message);
        emit statusMessage(message);
        finishLoad();
        return;
    }
    const bool sameWorker = load.worker == m_worker;
    m_worker = load.worker;
    if (!sameWorker)
        m_activity.clear();
    m_activities->setPage(std::move(load.page->value()));
    if (m_activities->rowOf(m_activity) < 0)
        m_activity.clear();
    {
        const QSignalBlocker block(m_input);
        if (const WorkerDirectory::Entry *entry = m_directory.find(m_worker))
            m_input->setText(WorkerDirectory::completionOf(*entry));
        else
            m_input->setText(m_worker);
    }
    showPage();
    emit statusMessage(tr("Worker's figures read in %1 ms.").arg(m_timer.elapsed()));
    finishLoad();
}

void PersonView::finishLoad()
{
    emit progress(tr("Reading the worker's figures…"), 1, 1);
    emit ready();
}

void PersonView::showEmpty(const QString &message)
{
    m_activities->clear();
    m_months->clear();
    m_name->clear();
    m_message->setText(message);
    for (FigureTile *tile : {m_units, m_hours, m_productivity, m_days}) {
        tile->setValue(FigureFormat::none());
        tile->setDetail({});
    }
    m_monthTitle->setText(tr("By month"));
    m_chart->showMessage(message);
}

QString PersonView::subject() const
{
    const int row = m_activities->rowOf(m_activity);
    if (m_activity.isEmpty() || row < 0)
        return tr("All activities");
    return m_activities->nameOf(m_activities->page().activities[static_cast<size_t>(row)]);
}

void PersonView::showPage()
{
    const reports::PersonPage &page = m_activities->page();
    //: The person page's heading: worker code and name
    m_name->setText(tr("%1 %2").arg(page.worker, page.name).trimmed());
    if (page.activities.empty())
        m_message->setText(tr("No figures for %1 from %2 to %3.")
                               .arg(page.name.isEmpty() ? page.worker : page.name,
                                    m_context.from.toString(Qt::ISODate),
                                    m_context.to.toString(Qt::ISODate)));
    {
        const QSignalBlocker block(m_activityTable->selectionModel());
        const int row = m_activity.isEmpty() ? m_activities->rowCount() - 1 : m_activities->rowOf(m_activity);
        if (row >= 0)
            m_activityTable->selectRow(row);
    }
    showNarrowed();
}

void PersonView::selectActivity(const QString &activity)
{
    if (activity == m_activity)
        return;
    if (!activity.isEmpty() && m_activities->rowOf(activity) < 0)
        return;
    m_activity = activity;
    {
        const QSignalBlocker block(m_activityTable->selectionModel());
        const int row = m_activity.isEmpty() ? m_activities->rowCount() - 1 : m_activities->rowOf(m_activity);
        if (row >= 0)
            m_activityTable->selectRow(row);
    }
    showNarrowed();
}

void PersonView::showNarrowed()
{
    const reports::PersonPage &page = m_activities->page();
    const QString name = subject();
    const std::vector<reports::PersonDay> days = PersonActivityModel::daysOf(page, m_activity);
    qint64 units = 0;
    qint64 seconds = 0;
    for (const reports::PersonDay &d : days) {
        units += d.units;
        seconds += d.seconds;
    }
    const bool mixed = m_activity.isEmpty() && PersonActivityModel::mixedUnits(page);
    // The line above the tiles names what they count: every activity, or the one selected.
    if (!page.activities.empty()) {
        const QString from = m_context.from.toString(Qt::ISODate);
        const QString to = m_context.to.toString(Qt::ISODate);
        //: Above the person's tiles: the period, then the activities counted
        QString message = tr("%1 to %2 — %3").arg(from, to, name);
        if (mixed)
            message += QLatin1Char(' ') + tr("(mixed units: the units add up different activities)");
        m_message->setText(message);
    }
    m_units->setValue(FigureFormat::count(units));
    m_hours->setValue(FigureFormat::hours(seconds));
    m_productivity->setValue(FigureFormat::perHour(units, seconds));
    m_days->setValue(FigureFormat::count(static_cast<qint64>(days.size())));

    std::vector<reports::PersonMonth> months = PersonActivityModel::monthsOf(page, m_activity);
    m_months->setMonths(months);
    //: Above the months table: "By month: All activities"
    m_monthTitle->setText(tr("By month: %1").arg(name));

    if (page.activities.empty()) {
        m_chart->showMessage(m_message->text());
        return;
    }
    PeriodChart::Content content;
    // Past 92 days a bar per day is too thin to read (and costly to draw): a bar per month then,
    // as the trends page does, and the title says so.
    content.granularity = reports::trendGranularity(m_context.from, m_context.to);
    const bool monthly = content.granularity == reports::Granularity::Month;
    content.title = monthly
                        //: Chart title for periods over 92 days: "Units and paid hours by month: Picking"
                        ? tr("Units and paid hours by month: %1").arg(name)
                        //: Chart title: "Units and paid hours by day: Picking"
                        : tr("Units and paid hours by day: %1").arg(name);
    content.from = m_context.from;
    content.to = m_context.to;
    content.leftTitle = tr("Units");
    content.rightTitle = tr("Paid hours");
    // A bar segment per activity with units (indirect ones have hours only): the ones with the
    // most units each in their colour, the rest together, so the legend stays readable.
    std::vector<const reports::PersonActivity *> withUnits;
    for (const reports::PersonActivity &a : page.activities)
        if ((m_activity.isEmpty() || a.activity == m_activity) && a.units != 0)
            withUnits.push_back(&a);
    std::stable_sort(withUnits.begin(), withUnits.end(),
                     [](const auto *a, const auto *b) { return a->units > b->units; });
    PeriodChart::Series others;
    others.name = tr("Other activities");
    others.color = kOthersColor;
    for (size_t i = 0; i < withUnits.size(); ++i) {
        const bool own = i < kActivityBars || withUnits.size() == kActivityBars + 1;
        PeriodChart::Series bars;
        bars.name = m_activities->nameOf(*withUnits[i]);
        PeriodChart::Series &target = own ? bars : others;
        for (const reports::PersonDay &d : withUnits[i]->days)
            target.points.emplace_back(d.day, static_cast<double>(d.units));
        if (own)
            content.bars.push_back(std::move(bars));
    }
    if (!others.points.empty())
        content.bars.push_back(std::move(others));
    PeriodChart::Series hours;
    hours.name = tr("Paid hours");
    hours.color = kHoursColor;
    hours.rightAxis = true;
    // The bars add up their days into the slot of their month; the line takes a point per slot.
    if (monthly)
        for (const reports::PersonMonth &m : months)
            hours.points.emplace_back(m.month, m.hours());
    else
        for (const reports::PersonDay &d : days)
            hours.points.emplace_back(d.day, d.hours());
    content.lines.push_back(std::move(hours));
    m_chart->setContent(std::move(content));
}

reports::ReportDocument PersonView::exportDocument() const
{
    reports::ReportDocument doc;
    const reports::PersonPage &page = m_activities->page();
    //: Title of the person page's export: "Worker's figures: W00042 山田 太郎"
    doc.title = tr("Worker's figures: %1").arg(QStringLiteral("%1 %2").arg(page.worker, page.name).trimmed());
    doc.subtitleLines
        << tr("Period: %1 to %2")
               .arg(m_context.from.toString(Qt::ISODate), m_context.to.toString(Qt::ISODate))
        << tr("Units, paid hours and units per paid hour; performance = standard hours earned / "
              "hours of the activities that have a standard.");
    if (PersonActivityModel::mixedUnits(page))
        doc.subtitleLines << tr("\"All activities\" adds up the units of different activities.");

    // One table: the months (of every activity), then the activities with their total.
    reports::ReportTable &table = doc.table;
    table.headers = m_activities->headers();
    table.headers[PersonActivityModel::Name] = tr("Month / activity");
    table.numericColumns = {PersonActivityModel::Units, PersonActivityModel::Hours,
                            PersonActivityModel::Productivity, PersonActivityModel::Standard,
                            PersonActivityModel::Performance};
    auto heading = [&](const QString &text) {
        QStringList cells(PersonActivityModel::ColumnCount);
        cells[0] = text;
        table.rows.push_back(cells);
        table.indent.push_back(0);
        table.emphasis.push_back(true);
    };
    heading(tr("By month (all activities)"));
    PersonMonthModel allMonths;
    allMonths.setMonths(PersonActivityModel::monthsOf(page));
    for (int r = 0; r < allMonths.rowCount(); ++r) {
        QStringList cells(PersonActivityModel::ColumnCount);
        cells[PersonActivityModel::Name] = allMonths.cellText(r, PersonMonthModel::Month);
        cells[PersonActivityModel::Units] = allMonths.cellText(r, PersonMonthModel::Units);
        cells[PersonActivityModel::Hours] = allMonths.cellText(r, PersonMonthModel::Hours);
        cells[PersonActivityModel::Productivity] = allMonths.cellText(r, PersonMonthModel::Productivity);
        table.rows.push_back(cells);
        table.indent.push_back(1);
        table.emphasis.push_back(false);
    }
    heading(tr("By activity"));
    const std::vector<QStringList> rows = m_activities->formattedRows();
    for (size_t r = 0; r < rows.size(); ++r) {
        table.rows.push_back(rows[r]);
        const bool total = m_activities->isTotalRow(static_cast<int>(r));
        table.indent.push_back(total ? 0 : 1);
        table.emphasis.push_back(total);
    }

    // The chart: the selection's units (left) and paid hours (right) per day.
    doc.chartTitle = m_chart->content().title;
    reports::ChartSeries units{tr("Units"), {}, tr("units"), 1};
    reports::ChartSeries hours{tr("Paid hours"), {}, tr("h"), 1};
    for (const reports::PersonDay &d : PersonActivityModel::daysOf(page, m_activity)) {
        units.points.emplace_back(d.day, static_cast<double>(d.units));
        hours.points.emplace_back(d.day, d.hours());
    }
    doc.leftAxis = {std::move(units)};
    doc.rightAxis = {std::move(hours)};
    doc.footer = tr("wh-manager: person page");
    return doc;
}

} // namespace wh
