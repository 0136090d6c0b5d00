#include "CorrectionsView.h"

#include "AttendanceImportDialog.h"
#include "AuditTrailDialog.h"
#include "CorrectionDialog.h"
#include "CorrectionText.h"
#include "ErrorText.h"
#include "FigureFormat.h"
#include "RowTintDelegate.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wh {

namespace {
// Punches counted at most for the list's summary line.
constexpr qint64 kCountLimit = 10000;
} // namespace

namespace {
const char *const kStyle = R"(
QLabel#correctionsSummary { color: #3b4a5c; }
)";
// The message above the table: a refusal or failure in red, a done correction in green.
const char *const kProblemStyle = "color: #9b1c1c; background: #fdecec; border: 1px solid #f3c4c4; "
                                  "border-radius: 6px; padding: 8px 12px;";
const char *const kDoneStyle = "color: #1d5b2c; background: #eaf6ec; border: 1px solid #c5e4cb; "
                               "border-radius: 6px; padding: 8px 12px;";
} // namespace

CorrectionsView::CorrectionsView(const reports::ViewerQueries &queries, QString language, const Clock &clock,
                                 QString deviceId, QWidget *parent)
    : ManagerView(parent)
    , m_queries(queries)
    , m_language(std::move(language))
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_runner(queries)
    , m_heading(new QLabel(this))
    , m_workerEdit(new QLineEdit(this))
    , m_dayCheck(new QCheckBox(tr("Only the day"), this))
    , m_dayEdit(new QDateEdit(this))
    , m_show(new QPushButton(tr("Show"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("Add a missing punch…"), this))
    , m_change(new QPushButton(tr("Change…"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_history(new QPushButton(tr("History…"), this))
    , m_import(new QPushButton(tr("Import official attendance…"), this))
    , m_punches(new PunchListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setStyleSheet(QString::fromLatin1(kStyle));
    m_heading->setObjectName(QStringLiteral("subtitle"));

    auto *workerLabel = new QLabel(tr("Worker"), this);
    workerLabel->setBuddy(m_workerEdit);
    m_workerEdit->setObjectName(QStringLiteral("correctionsWorker"));
    m_workerEdit->setPlaceholderText(tr("Everyone; or a code such as W00042"));
    m_workerEdit->setClearButtonEnabled(true);
    m_workerEdit->setMinimumWidth(260);
    m_dayCheck->setObjectName(QStringLiteral("correctionsOneDay"));
    m_dayEdit->setObjectName(QStringLiteral("correctionsDay"));
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setEnabled(false);
    m_show->setObjectName(QStringLiteral("correctionsShow"));
    m_import->setObjectName(QStringLiteral("correctionsImport"));
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(workerLabel);
    filters->addWidget(m_workerEdit);
    filters->addSpacing(12);
    filters->addWidget(m_dayCheck);
    filters->addWidget(m_dayEdit);
    filters->addWidget(m_show);
    filters->addStretch(1);
    filters->addWidget(m_import);

    m_summary->setObjectName(QStringLiteral("correctionsSummary"));
    m_summary->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("correctionsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_add->setObjectName(QStringLiteral("correctionsAdd"));
    m_change->setObjectName(QStringLiteral("correctionsChange"));
    m_remove->setObjectName(QStringLiteral("correctionsRemove"));
    m_history->setObjectName(QStringLiteral("correctionsHistory"));
    auto *actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_change);
    actions->addWidget(m_remove);
    actions->addWidget(m_history);
    actions->addSpacing(12);
    actions->addWidget(m_add);
    actions->addStretch(1);

    m_sorted->setSourceModel(m_punches);
    m_sorted->setSortRole(PunchListModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("correctionsPunches"));
    m_table->setModel(m_sorted);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setItemDelegate(new RowTintDelegate(m_table));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_sorted->sort(-1);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setHighlightSections(false);
    using C = PunchListModel::Column;
    for (const auto &[column, width] : std::initializer_list<std::pair<int, int>>{{C::Day, 110},
                                                                                  {C::Worker, 90},
                                                                                  {C::Name, 130},
                                                                                  {C::Start, 100},
                                                                                  {C::End, 100},
                                                                                  {C::Duration, 110},
                                                                                  {C::Status, 90},
                                                                                  {C::Corrected, 110}})
        m_table->setColumnWidth(column, width);
    m_table->horizontalHeader()->setSectionResizeMode(C::Activity, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    auto apply = [this] {
        m_worker = m_workerEdit->text().trimmed();
        m_day = m_dayCheck->isChecked() ? std::optional<QDate>(m_dayEdit->date()) : std::nullopt;
        readList();
    };
    connect(m_show, &QPushButton::clicked, this, apply);
    connect(m_workerEdit, &QLineEdit::returnPressed, this, apply);
    connect(m_dayCheck, &QCheckBox::toggled, this, [this, apply](bool on) {
        m_dayEdit->setEnabled(on);
        apply();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CorrectionsView::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        const auto punch = selectedPunch();
        if (punch && punch->status != QLatin1String("open"))
            openChange();
        else
            openHistory();
    });
    connect(m_change, &QPushButton::clicked, this, [this] { openChange(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { openRemove(); });
    connect(m_history, &QPushButton::clicked, this, [this] { openHistory(); });
    connect(m_add, &QPushButton::clicked, this, [this] { openAdd(); });
    connect(m_import, &QPushButton::clicked, this, [this] { openImport(); });
    m_heading->setText(tr("Corrections"));
    updateButtons();
}

QString CorrectionsView::title() const
{
    return tr("Corrections");
}

void CorrectionsView::setScope(const StoreScope &scope)
{
    m_scope = scope;
    m_haveScope = true;
    if (const Site *site = m_scope.site(m_context.sites.value(0)))
        m_zone = site->timeZone();
}

void CorrectionsView::setContext(const ViewContext &context)
{
    if (!context.language.isEmpty())
        m_language = context.language;
    const bool siteChanged = context.sites.value(0) != m_context.sites.value(0);
    m_context = context;
    if (siteChanged) {
        m_punches->clear();
        if (const Site *site = m_scope.site(m_context.sites.value(0)))
            m_zone = site->timeZone();
    }
    if (context.to.isValid()) {
        const QSignalBlocker block(m_dayEdit);
        if (!m_dayCheck->isChecked() || !m_day)
            m_dayEdit->setDate(context.to);
    }
    readList();
}

void CorrectionsView::refresh()
{
    readList();
}

void CorrectionsView::setWorkerFilter(const QString &worker)
{
    m_workerEdit->setText(worker);
    m_worker = worker.trimmed();
    readList();
}

void CorrectionsView::setDayFilter(const std::optional<QDate> &day)
{
    {
        const QSignalBlocker blockCheck(m_dayCheck);
        const QSignalBlocker blockDate(m_dayEdit);
        m_dayCheck->setChecked(day.has_value());
        m_dayEdit->setEnabled(day.has_value());
        if (day)
            m_dayEdit->setDate(*day);
    }
    m_day = day;
    readList();
}

void CorrectionsView::setRowLimit(int limit)
{
    m_limit = std::max(1, limit);
}

CorrectionsView::ListRequest CorrectionsView::currentRequest() const
{
    ListRequest r;
    r.site = m_context.sites.value(0);
    r.from = m_day ? *m_day : m_context.from;
    r.to = m_day ? *m_day : m_context.to;
    r.worker = m_worker;
    r.limit = m_limit;
    return r;
}

QString CorrectionsView::summaryText() const
{
    return m_summary->text();
}

CorrectionsView::ListAnswer CorrectionsView::readListNow(const reports::ViewerQueries &queries,
                                                         const ListRequest &request, bool needScope,
                                                         bool needActivities)
{
    ListAnswer answer;
    answer.request = request;
    if (needScope)
        answer.scope = loadStoreScope(queries);
    // The activities a correction may name: reference data of the site, not figures.
    if (needActivities)
        answer.offered = queries.offeredAt(request.site);
    reports::CellQuery query;
    query.sites = {request.site};
    query.from = request.from;
    query.to = request.to;
    query.worker = request.worker;
    query.limit = request.limit;
    query.includeBreaks = true;
    query.includeUnits = false;
    query.countLimit = kCountLimit; // a year of a site: "more than 10,000" without counting millions
    answer.detail = queries.behindCell(query);
    return answer;
}

void CorrectionsView::readList()
{
    if (m_writing) {
        m_listPending = true;
        return;
    }
    const ListRequest request = currentRequest();
    m_heading->setText(request.site.isEmpty() ? tr("Corrections") : tr("Corrections: %1").arg(siteName()));
    if (request.site.isEmpty() || !request.from.isValid() || !request.to.isValid()) {
        m_punches->clear();
        m_shownOk = false;
        m_summary->setText(request.site.isEmpty() ? tr("Choose a site to see its punches.")
                                                  : tr("Choose a period to see its punches."));
        updateButtons();
        emit ready();
        return;
    }
    const reports::ViewerQueries queries = m_queries;
    const bool needScope = !m_haveScope;
    const bool needActivities = m_offeredSite != request.site;
    m_runner.run<ListAnswer>(
        [queries, request, needScope, needActivities](const QueryRunner::Cancelled &) {
            return readListNow(queries, request, needScope, needActivities);
        },
        [this](ListAnswer answer) { showList(std::move(answer)); });
}

void CorrectionsView::showList(ListAnswer answer)
{
    if (answer.scope && answer.scope->ok())
        setScope(answer.scope->value());
    if (answer.offered && answer.offered->ok()) {
        m_offered = answer.offered->value();
        m_offeredSite = answer.request.site;
    }
    if (const Site *site = m_scope.site(answer.request.site))
        m_zone = site->timeZone();
    else if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
    m_heading->setText(tr("Corrections: %1").arg(siteName()));
    m_shown = answer.request;
    const ListRequest &r = answer.request;
    const QString period = r.from == r.to ? r.from.toString(Qt::ISODate)
                                          : QStringLiteral("%1 – %2").arg(r.from.toString(Qt::ISODate),
                                                                          r.to.toString(Qt::ISODate));
    if (!answer.detail) {
        m_punches->clear();
        m_shownOk = false;
        m_shownCount = 0;
        m_summary->setText(tr("The punches cannot be shown."));
        showMessage(ErrorText::describe(answer.detail.error()), true);
    } else {
        const reports::CellDetail &detail = *answer.detail;
        m_shownOk = true;
        m_shownCount = detail.intervalCount;
        const QUuid keep = m_selectAfterRead.isNull()
                               ? (selectedPunch() ? selectedPunch()->interval : QUuid())
                               : m_selectAfterRead;
        m_selectAfterRead = QUuid();
        m_punches->setIntervals(detail.intervals, m_zone, nameOf());
        const QString who = r.worker.isEmpty() ? tr("everyone") : r.worker;
        const qint64 shown = static_cast<qint64>(detail.intervals.size());
        if (detail.intervalCount == 0)
            //: %1 a worker (or "everyone"), %2 the site, %3 the day or period
            m_summary->setText(tr("No punches of %1 at %2, %3.").arg(who, siteName(), period));
        else if (detail.intervalCountCapped)
            //: %1 rows shown, %2 a round number of rows (there are more), %3 the site, %4 the period
            m_summary->setText(
                tr("The first %1 of more than %2 punches at %3, %4. Enter a worker or choose a day to see "
                   "the others.")
                    .arg(FigureFormat::count(shown), FigureFormat::count(detail.intervalCount), siteName(),
                         period));
        else if (detail.intervalCount > shown)
            //: %1 rows shown, %2 all rows, %3 the site, %4 the period
            m_summary->setText(
                tr("The first %1 of %2 punches at %3, %4. Enter a worker or choose a day to see "
                   "the others.")
                    .arg(FigureFormat::count(shown), FigureFormat::count(detail.intervalCount), siteName(),
                         period));
        else
            //: %1 a worker (or "everyone"), %2 the site, %3 the period, %4 the number of punches
            m_summary->setText(
                tr("Punches of %1 at %2, %3: %4.").arg(who, siteName(), period, FigureFormat::count(shown)));
        if (!keep.isNull())
            selectPunch(keep);
    }
    updateButtons();
    emit ready();
}

std::optional<reports::CellInterval> CorrectionsView::selectedPunch() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = m_sorted->mapToSource(rows.first()).row();
    if (row < 0 || row >= m_punches->rowCount())
        return std::nullopt;
    return m_punches->intervalAt(row);
}

bool CorrectionsView::selectPunch(const QUuid &interval)
{
    const int row = m_punches->rowOf(interval);
    if (row < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_punches->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void CorrectionsView::updateButtons()
{
    const auto punch = selectedPunch();
    const bool closed = punch && punch->status != QLatin1String("open");
    m_change->setEnabled(!m_writing && closed);
    m_remove->setEnabled(!m_writing && closed);
    m_history->setEnabled(!m_writing && punch.has_value());
    m_add->setEnabled(!m_writing && !m_context.sites.isEmpty());
    m_import->setEnabled(!m_writing);
    const QString openNote =
        punch && !closed
            ? tr("The worker is still on this punch: it can be corrected once they switch or clock out.")
            : QString();
    m_change->setToolTip(openNote);
    m_remove->setToolTip(openNote);
}

void CorrectionsView::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(QString::fromLatin1(problem ? kProblemStyle : kDoneStyle));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CorrectionsView::siteName() const
{
    const QString code = m_context.sites.value(0);
    if (const Site *s = m_scope.site(code))
        return s->name.isEmpty() ? s->code : s->name;
    return code;
}

QString CorrectionsView::activityName(const QString &code) const
{
    if (const Activity *a = m_scope.activity(code))
        return localName(m_language, a->nameJa, a->nameEn);
    for (const Activity &a : m_offered)
        if (a.code == code)
            return localName(m_language, a.nameJa, a.nameEn);
    return code;
}

ActivityNameOf CorrectionsView::nameOf() const
{
    QHash<QString, QString> names;
    for (const Activity &a : m_offered)
        names.insert(a.code, localName(m_language, a.nameJa, a.nameEn));
    for (const Activity &a : m_scope.activities)
        names.insert(a.code, localName(m_language, a.nameJa, a.nameEn));
    return [names](const QString &code) { return names.value(code, code); };
}

QString CorrectionsView::punchSummary(const reports::CellInterval &p) const
{
    const QString who =
        p.workerName.isEmpty() ? p.worker : QStringLiteral("%1 %2").arg(p.worker, p.workerName);
    const QString end = p.endMs ? punchTimeText(*p.endMs, p.businessDay, m_zone) : QStringLiteral("…");
    //: %1 worker, %2 business day, %3 activity, %4 start, %5 end
    return tr("%1 · %2 · %3, %4 – %5")
        .arg(who, p.businessDay.toString(Qt::ISODate), activityName(p.activity),
             punchTimeText(p.startMs, p.businessDay, m_zone), end);
}

// ---- dialogs ----------------------------------------------------------------------------------

CorrectionDialog *CorrectionsView::openChange()
{
    return openOnPunch(CorrectionDialog::Mode::Change);
}

CorrectionDialog *CorrectionsView::openRemove()
{
    return openOnPunch(CorrectionDialog::Mode::Remove);
}

CorrectionDialog *CorrectionsView::openOnPunch(CorrectionDialog::Mode mode)
{
    const auto punch = selectedPunch();
    if (m_writing || !punch || punch->status == QLatin1String("open"))
        return nullptr;
    return present(
        new CorrectionDialog(mode, *punch, m_offered, m_language, m_zone, m_clock.nowMs(), this));
}

CorrectionDialog *CorrectionsView::present(CorrectionDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &CorrectionDialog::submitted, this,
        [this, guard = QPointer<CorrectionDialog>(dialog)](const CorrectionPayload &p) { submit(guard, p); });
    dialog->open();
    return dialog;
}

CorrectionDialog *CorrectionsView::openAdd()
{
    const QString site = m_context.sites.value(0);
    if (m_writing || site.isEmpty())
        return nullptr;
    const auto punch = selectedPunch();
    const QString worker = punch ? punch->worker : m_worker;
    const QDate day = punch ? punch->businessDay : (m_day ? *m_day : m_context.to);
    return present(new CorrectionDialog(site, worker, day, m_offered, m_language, m_zone, m_clock.nowMs(), this));
}

AuditTrailDialog *CorrectionsView::openHistory()
{
    const auto punch = selectedPunch();
    if (!punch)
        return nullptr;
    auto *dialog = new AuditTrailDialog(punchSummary(*punch), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Its own runner (deleted with the dialog): reading a history never drops the page's answers.
    auto *runner = new QueryRunner(m_queries, dialog);
    const reports::ViewerQueries queries = m_queries;
    const QUuid id = punch->interval;
    const QTimeZone zone = m_zone;
    const ActivityNameOf names = nameOf();
    runner->run<Result<std::vector<Event>>>(
        [queries, id](const QueryRunner::Cancelled &) { return queries.auditTrail(id); },
        [dialog, zone, names](Result<std::vector<Event>> trail) {
            if (trail)
                dialog->showTrail(*trail, zone, names);
            else
                dialog->showFailure(ErrorText::describe(trail.error()));
        });
    dialog->open();
    return dialog;
}

AttendanceImportDialog *CorrectionsView::openImport()
{
    if (m_writing)
        return nullptr;
    auto *dialog = new AttendanceImportDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttendanceImportDialog::importRequested, this,
            [this, guard = QPointer<AttendanceImportDialog>(dialog)](const QString &path) {
                startImport(guard, path);
            });
    connect(dialog, &AttendanceImportDialog::cancelRequested, this, &CorrectionsView::cancel);
    dialog->open();
    return dialog;
}

// ---- writes -----------------------------------------------------------------------------------

CorrectionsView::Totals CorrectionsView::rebuildTotals(const reports::ViewerQueries &queries,
                                                       const Stop &stop,
                                                       const QueryRunner::Cancelled &cancelled,
                                                       const std::function<void(qint64, qint64)> &post)
{
    Totals totals;
    totals.ran = true;
    auto stats = queries.totalDirty([&](qint64 done, qint64 total) {
        post(done, total);
        return !stop->load() && !cancelled->load();
    });
    if (stats)
        totals.days = stats->days;
    else if (stop->load() || cancelled->load())
        totals.cancelled = true;
    else
        totals.error = stats.error();
    return totals;
}

QString CorrectionsView::totalsText(const Totals &totals) const
{
    if (!totals.ran || (totals.days == 0 && !totals.cancelled && !totals.error))
        return {}; // nothing was marked: nothing to total
    if (totals.cancelled)
        return tr("Totalling the figures again was cancelled: the changed days are totalled with the next "
                  "correction (or by “wh aggregate --dirty”).");
    if (totals.error)
        return tr("The figures could not be totalled again: %1 The changed days stay marked and are totalled "
                  "with the next correction.")
            .arg(ErrorText::describe(*totals.error));
    //: %1 the number of business days
    return tr("The figures were totalled again (business days: %1).").arg(FigureFormat::count(totals.days));
}

void CorrectionsView::submit(QPointer<CorrectionDialog> dialog, CorrectionPayload payload)
{
    if (m_writing) {
        if (dialog)
            dialog->showRefusal(tr("Another correction is being recorded. Try again in a moment."));
        return;
    }
    m_writing = true;
    updateButtons();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const Stop stop = m_stop;
    const reports::ViewerQueries queries = m_queries;
    const Clock *clock = &m_clock;
    const QString device = m_deviceId;
    ListRequest request = currentRequest();
    const QString site = payload.siteCode.isEmpty() ? request.site : payload.siteCode;
    const QString step = tr("Totalling the figures again");
    auto post = [this, step](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, step, done, total] { emit progress(step, done, total); }, Qt::QueuedConnection);
    };
    m_runner.run<WriteAnswer>(
        [queries, clock, device, site, payload, request, stop,
         post](const QueryRunner::Cancelled &cancelled) {
            WriteAnswer answer;
            auto recorder = queries.recordingDevice(site, device);
            if (!recorder)
                answer.stored = recorder.error();
            else
                answer.stored = queries.correct(payload, *clock, *recorder);
            if (answer.stored)
                answer.totals = rebuildTotals(queries, stop, cancelled, post);
            answer.list = readListNow(queries, request, false, false);
            return answer;
        },
        [this, dialog, payload](WriteAnswer answer) {
            if (answer.stored && payload.action != CorrectionPayload::Action::Remove)
                m_selectAfterRead =
                    payload.action == CorrectionPayload::Action::Add ? answer.stored->id : payload.interval;
            finishWrite(dialog, payload.action, std::move(answer));
        });
}

void CorrectionsView::finishWrite(QPointer<CorrectionDialog> dialog, CorrectionPayload::Action action,
                                  WriteAnswer answer)
{
    m_writing = false;
    if (!answer.stored) {
        const QString text = CorrectionText::refusal(answer.stored.error(), m_zone, nameOf());
        if (dialog)
            dialog->showRefusal(text);
        showList(std::move(answer.list));
        showMessage(text, true);
        emit statusMessage(text);
        finishWriting();
        return;
    }
    if (dialog)
        dialog->accept();
    const qint64 days = std::max<qint64>(answer.totals.days, 1);
    emit progress(tr("Totalling the figures again"), days, days);
    QString done;
    switch (action) {
    case CorrectionPayload::Action::Change: done = tr("The punch was corrected."); break;
    case CorrectionPayload::Action::Add: done = tr("The punch was added."); break;
    case CorrectionPayload::Action::Remove: done = tr("The punch was removed."); break;
    }
    const QString text = done + QLatin1Char(' ') + totalsText(answer.totals);
    showList(std::move(answer.list));
    showMessage(text, answer.totals.cancelled || answer.totals.error);
    emit statusMessage(text);
    emit storeChanged();
    finishWriting();
}

void CorrectionsView::startImport(QPointer<AttendanceImportDialog> dialog, const QString &path)
{
    if (m_writing) {
        if (dialog)
            dialog->showFailure(tr("A correction is being recorded. Try again in a moment."));
        return;
    }
    m_writing = true;
    updateButtons();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const Stop stop = m_stop;
    const reports::ViewerQueries queries = m_queries;
    const Clock *clock = &m_clock;
    const QString device = m_deviceId;
    const ListRequest request = currentRequest();
    const QString importing = tr("Importing worker-days");
    const QString totalling = tr("Totalling the figures again");
    // Progress goes to the dialog (on the GUI thread); the dialog is gone when it was closed.
    auto post = [this, dialog](const QString &text, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this,
            [dialog, text, done, total] {
                if (dialog)
                    dialog->setProgress(text, done, total);
            },
            Qt::QueuedConnection);
    };
    m_runner.run<ImportAnswer>(
        [queries, clock, device, path, request, stop, post, importing,
         totalling](const QueryRunner::Cancelled &cancelled) {
            ImportAnswer answer;
            auto recorder = queries.recordingDevice(request.site, device);
            if (!recorder) {
                answer.report = recorder.error();
                return answer;
            }
            answer.report = queries.importAttendance(path, *clock, *recorder, [&](int done, int total) {
                post(importing, done, total);
                return !stop->load() && !cancelled->load();
            });
            if (answer.report) {
                // A cancelled import keeps what it applied: total those days still (Cancel again
                // stops this step too).
                stop->store(false);
                answer.totals = rebuildTotals(queries, stop, cancelled, [&](qint64 done, qint64 total) {
                    post(totalling, done, total);
                });
            }
            if (!request.site.isEmpty() && request.from.isValid() && request.to.isValid())
                answer.list = readListNow(queries, request, false, false);
            return answer;
        },
        [this, dialog](ImportAnswer answer) { finishImport(dialog, std::move(answer)); });
}

void CorrectionsView::finishImport(QPointer<AttendanceImportDialog> dialog, ImportAnswer answer)
{
    m_writing = false;
    if (!answer.report) {
        const Error &e = answer.report.error();
        // The importer's file-level messages (no header, missing columns) say what to fix.
        const QString text = e.code() == ErrorCode::Parse
                                 ? tr("%1 (%2)").arg(ErrorText::describe(e), e.message())
                                 : CorrectionText::refusal(e, m_zone, nameOf());
        if (dialog)
            dialog->showFailure(text);
        emit statusMessage(text);
        finishWriting();
        return;
    }
    const db::AttendanceImportReport &report = *answer.report;
    if (dialog)
        dialog->showReport(report, totalsText(answer.totals));
    if (answer.list.detail)
        showList(std::move(answer.list));
    //: %1 corrections recorded, %2 rows not applied
    const QString text = tr("Attendance imported: %1 corrections, %2 rows not applied.")
                             .arg(FigureFormat::count(report.correctionsRecorded),
                                  FigureFormat::count(static_cast<qint64>(report.errors.size())));
    emit statusMessage(text);
    if (report.correctionsRecorded > 0)
        emit storeChanged();
    finishWriting();
}

void CorrectionsView::finishWriting()
{
    m_writing = false;
    m_stop.reset();
    updateButtons();
    if (m_listPending) {
        m_listPending = false;
        readList();
    }
}

void CorrectionsView::cancel()
{
    if (m_stop)
        m_stop->store(true);
}

reports::ReportDocument CorrectionsView::exportDocument() const
{
    reports::ReportDocument doc;
    doc.title = tr("Punches");
    doc.subtitleLines << siteName();
    if (m_shownOk) {
        const QString period = m_shown.from == m_shown.to
                                   ? m_shown.from.toString(Qt::ISODate)
                                   : QStringLiteral("%1 – %2").arg(m_shown.from.toString(Qt::ISODate),
                                                                   m_shown.to.toString(Qt::ISODate));
        doc.subtitleLines << period;
        if (!m_shown.worker.isEmpty())
            doc.subtitleLines << tr("Worker %1").arg(m_shown.worker);
    }
    doc.subtitleLines << m_summary->text();
    for (int c = 0; c < PunchListModel::ColumnCount; ++c)
        doc.table.headers << m_punches->headerData(c, Qt::Horizontal).toString();
    doc.table.numericColumns = {PunchListModel::Start, PunchListModel::End, PunchListModel::Duration};
    // In the order on screen (sorted or not).
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < PunchListModel::ColumnCount; ++c)
            cells << m_sorted->index(row, c).data().toString();
        doc.table.rows.push_back(cells);
    }
    return doc;
}

} // namespace wh
