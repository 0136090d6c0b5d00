#include "CorrectionDialog.h"

#include "CorrectionModels.h"
#include "StoreScope.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wh {

namespace {
const char *const kStyle = R"(
QLabel#correctionSummary { font-size: 15px; color: #14212e; }
QLabel#correctionHint { color: #5a6b7f; }
QLabel#correctionRefusal { color: #9b1c1c; background: #fdecec; border: 1px solid #f3c4c4;
                           border-radius: 6px; padding: 8px 10px; }
)";

qint64 toMinute(qint64 ms)
{
    return ms - ((ms % 60000) + 60000) % 60000;
}
} // namespace

CorrectionDialog::CorrectionDialog(Mode mode, const reports::CellInterval &punch,
                                   const std::vector<Activity> &activities, const QString &language,
                                   const QTimeZone &zone, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_punch(punch)
    , m_site(punch.site)
    , m_zone(zone)
    , m_nowMs(nowMs)
{
    build(activities, language);
}

CorrectionDialog::CorrectionDialog(const QString &site, const QString &worker, const QDate &day,
                                   const std::vector<Activity> &activities, const QString &language,
                                   const QTimeZone &zone, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
    , m_mode(Mode::Add)
    , m_site(site)
    , m_zone(zone)
    , m_nowMs(nowMs)
{
    m_punch.worker = worker;
    m_punch.site = site;
    m_punch.businessDay = day;
    // A first guess that is easy to change: 09:00-10:00 that day.
    m_punch.startMs = QDateTime(day, QTime(9, 0), zone).toMSecsSinceEpoch();
    m_punch.endMs = m_punch.startMs + 3600 * 1000;
    build(activities, language);
}

void CorrectionDialog::build(const std::vector<Activity> &activities, const QString &language)
{
    setStyleSheet(QString::fromLatin1(kStyle));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->setContentsMargins(20, 18, 20, 14);

    const QString who = m_punch.workerName.isEmpty()
                            ? m_punch.worker
                            : QStringLiteral("%1 %2").arg(m_punch.worker, m_punch.workerName);
    QString activityName = m_punch.activity;
    for (const Activity &a : activities)
        if (a.code == m_punch.activity)
            activityName = localName(language, a.nameJa, a.nameEn);
    const QString end =
        m_punch.endMs ? punchTimeText(*m_punch.endMs, m_punch.businessDay, m_zone) : QStringLiteral("…");
    const QString span =
        QStringLiteral("%1 – %2").arg(punchTimeText(m_punch.startMs, m_punch.businessDay, m_zone), end);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("correctionSummary"));
    m_summary->setWordWrap(true);
    switch (m_mode) {
    case Mode::Change:
        setWindowTitle(tr("Change a punch"));
        //: %1 worker, %2 business day, %3 activity, %4 times
        m_summary->setText(tr("The punch of %1 on %2: %3, %4.")
                               .arg(who, m_punch.businessDay.toString(Qt::ISODate), activityName, span));
        break;
    case Mode::Remove:
        setWindowTitle(tr("Remove a punch"));
        m_summary->setText(
            tr("Remove the punch of %1 on %2: %3, %4? Its hours leave the figures of that day.")
                .arg(who, m_punch.businessDay.toString(Qt::ISODate), activityName, span));
        break;
    case Mode::Add:
        setWindowTitle(tr("Add a missing punch"));
        m_summary->setText(
            tr("A punch the worker did not make (a forgotten clock-in, work off the kiosk) at site %1.")
                .arg(m_site));
        break;
    }
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_mode == Mode::Add) {
        m_worker = new QLineEdit(m_punch.worker, this);
        m_worker->setObjectName(QStringLiteral("correctionWorker"));
        m_worker->setPlaceholderText(tr("Worker code, e.g. W00042"));
        form->addRow(tr("Worker"), m_worker);
        connect(m_worker, &QLineEdit::textChanged, this, &CorrectionDialog::check);
    }
    if (m_mode != Mode::Remove) {
        m_activity = new QComboBox(this);
        m_activity->setObjectName(QStringLiteral("correctionActivity"));
        m_activity->setMaxVisibleItems(20);
        bool listed = false;
        for (const Activity &a : activities) {
            m_activity->addItem(
                QStringLiteral("%1  (%2)").arg(localName(language, a.nameJa, a.nameEn), a.code), a.code);
            listed = listed || a.code == m_punch.activity;
        }
        // An activity no longer offered at the site still shows for the punch that has it.
        if (!listed && !m_punch.activity.isEmpty())
            m_activity->insertItem(0, m_punch.activity, m_punch.activity);
        const int current = m_activity->findData(m_punch.activity);
        m_activity->setCurrentIndex(m_mode == Mode::Add && m_punch.activity.isEmpty() ? -1
                                                                                      : std::max(current, 0));
        if (m_mode == Mode::Add)
            m_activity->setPlaceholderText(tr("Choose the activity"));
        form->addRow(tr("Activity"), m_activity);
        connect(m_activity, &QComboBox::currentIndexChanged, this, &CorrectionDialog::check);

        auto makeTime = [this](const QString &name) {
            auto *edit = new QDateTimeEdit(this);
            edit->setObjectName(name);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            edit->setCalendarPopup(true);
            connect(edit, &QDateTimeEdit::dateTimeChanged, this, &CorrectionDialog::check);
            return edit;
        };
        m_start = makeTime(QStringLiteral("correctionStart"));
        m_end = makeTime(QStringLiteral("correctionEnd"));
        m_start->setDateTime(localOf(m_punch.startMs));
        // A forgotten punch may have no end: offer the start plus an hour to edit.
        m_end->setDateTime(localOf(m_punch.endMs.value_or(m_punch.startMs + 3600 * 1000)));
        form->addRow(tr("Start"), m_start);
        form->addRow(tr("End"), m_end);
        //: %1 is the site's time zone, e.g. Asia/Tokyo
        auto *zoneNote =
            new QLabel(tr("Local time at the site (%1).").arg(QString::fromLatin1(m_zone.id())), this);
        zoneNote->setObjectName(QStringLiteral("correctionHint"));
        form->addRow(QString(), zoneNote);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("Required, e.g. “forgot to clock out; confirmed with the worker”"));
    m_reason->setMaxLength(500);
    form->addRow(tr("Reason"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &CorrectionDialog::check);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("correctionHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("correctionRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();
    layout->addWidget(m_refusal);
    auto *note = new QLabel(tr("The correction is recorded with your account, the time and the reason; the "
                               "day's figures are totalled again afterwards."),
                            this);
    note->setObjectName(QStringLiteral("correctionHint"));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("correctionOk"));
    switch (m_mode) {
    case Mode::Change: ok->setText(tr("Save the correction")); break;
    case Mode::Add: ok->setText(tr("Add the punch")); break;
    case Mode::Remove: ok->setText(tr("Remove the punch")); break;
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    (m_mode == Mode::Add && m_punch.worker.isEmpty() ? static_cast<QWidget *>(m_worker) : m_reason)
        ->setFocus();
    check();
}

QDateTime CorrectionDialog::localOf(qint64 ms) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(toMinute(ms), m_zone);
    return QDateTime(at.date(), at.time());
}

qint64 CorrectionDialog::msOf(const QDateTimeEdit *edit) const
{
    const QDateTime local = edit->dateTime();
    return QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), m_zone)
        .toMSecsSinceEpoch();
}

void CorrectionDialog::setStart(qint64 ms)
{
    if (m_start)
        m_start->setDateTime(localOf(ms));
}

void CorrectionDialog::setEnd(qint64 ms)
{
    if (m_end)
        m_end->setDateTime(localOf(ms));
}

CorrectionPayload CorrectionDialog::payload() const
{
    CorrectionPayload p;
    p.reason = m_reason->text().trimmed();
    p.siteCode = m_site;
    switch (m_mode) {
    case Mode::Remove:
        p.action = CorrectionPayload::Action::Remove;
        p.interval = m_punch.interval;
        p.workerCode = m_punch.worker;
        break;
    case Mode::Add:
        p.action = CorrectionPayload::Action::Add;
        p.workerCode = m_worker->text().trimmed();
        p.activityCode = m_activity->currentData().toString();
        p.startMs = msOf(m_start);
        p.endMs = msOf(m_end);
        break;
    case Mode::Change: {
        p.action = CorrectionPayload::Action::Change;
        p.interval = m_punch.interval;
        p.workerCode = m_punch.worker;
        const QString activity = m_activity->currentData().toString();
        if (activity != m_punch.activity)
            p.activityCode = activity;
        // A time counts as changed when its minute differs: the edits show minutes, the punches
        // keep seconds.
        const qint64 start = msOf(m_start);
        if (start != toMinute(m_punch.startMs))
            p.startMs = start;
        const qint64 end = msOf(m_end);
        if (!m_punch.endMs || end != toMinute(*m_punch.endMs))
            p.endMs = end;
        break;
    }
    }
    return p;
}

QString CorrectionDialog::problem() const
{
    if (m_mode == Mode::Add) {
        if (m_worker->text().trimmed().isEmpty())
            return tr("Enter the worker's code.");
        if (m_activity->currentIndex() < 0)
            return tr("Choose the activity.");
    }
    if (m_mode != Mode::Remove) {
        const CorrectionPayload p = payload();
        if (m_mode == Mode::Change && p.activityCode.isEmpty() && !p.startMs && !p.endMs)
            return tr("Change the activity or a time, or cancel.");
        const qint64 start = msOf(m_start);
        const qint64 end = msOf(m_end);
        if (end <= start)
            return tr("The end must be after the start.");
        if (end > m_nowMs)
            return tr("The end is in the future. A punch can only be corrected up to now.");
    }
    if (m_reason->text().trimmed().isEmpty())
        return tr("A reason is required: say why the punch is corrected.");
    return {};
}

void CorrectionDialog::check()
{
    if (!m_buttons)
        return; // still being built: the edits signal while their first values are set
    const QString text = problem();
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty() && !m_busy);
}

void CorrectionDialog::submit()
{
    if (m_busy || !problem().isEmpty())
        return;
    m_refusal->hide();
    setBusy(true);
    emit submitted(payload());
}

void CorrectionDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_worker, m_activity, m_start, m_end, m_reason})
        if (w)
            w->setEnabled(!busy);
    if (busy) {
        m_hint->setText(tr("Recording the correction…"));
        m_hint->show();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    } else {
        check();
    }
}

void CorrectionDialog::showRefusal(const QString &text)
{
    setBusy(false);
    m_refusal->setText(text);
    m_refusal->show();
    adjustSize();
}

} // namespace wh
