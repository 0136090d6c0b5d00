#include "PeriodPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

namespace wh {

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_preset->addItem(tr("Yesterday"), static_cast<int>(Preset::Yesterday));
    m_preset->addItem(tr("Last 7 days"), static_cast<int>(Preset::Last7Days));
    m_preset->addItem(tr("This month"), static_cast<int>(Preset::ThisMonth));
    m_preset->addItem(tr("Last month"), static_cast<int>(Preset::LastMonth));
    m_preset->addItem(tr("Last 30 days"), static_cast<int>(Preset::Last30Days));
    m_preset->addItem(tr("Custom range"), static_cast<int>(Preset::Custom));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    //: QDate format of the period's from and to dates, e.g. "Thu, Oct 22, 2026"
    const QString format = tr("ddd, MMM d, yyyy");
    // QDateEdit's own size hint undercounts wide (Japanese) text: measure a long date instead.
    const int textWidth = fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 30), format));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
        edit->setMinimumWidth(textWidth + 48); // frame, padding and the popup button
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_preset);
    layout->addSpacing(8);
    //: before the first date of a period: "From [date] to [date]"
    auto *from = new QLabel(tr("From"), this);
    from->setBuddy(m_from);
    layout->addWidget(from);
    layout->addWidget(m_from);
    //: between the two dates of a period: "From [date] to [date]"
    auto *to = new QLabel(tr("to"), this);
    to->setBuddy(m_to);
    layout->addWidget(to);
    layout->addWidget(m_to);

    setToday(m_today);
    setRange(presetRange(Preset::Last30Days, m_today));
    connect(m_preset, &QComboBox::activated, this, &PeriodPicker::presetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::datesEdited);
}

PeriodPicker::Range PeriodPicker::presetRange(Preset preset, const QDate &today)
{
    const QDate yesterday = today.addDays(-1);
    const QDate firstOfMonth(today.year(), today.month(), 1);
    switch (preset) {
    case Preset::Yesterday: return {yesterday, yesterday};
    case Preset::Last7Days: return {today.addDays(-7), yesterday};
    case Preset::ThisMonth: return {firstOfMonth, today};
    case Preset::LastMonth: return {firstOfMonth.addMonths(-1), firstOfMonth.addDays(-1)};
    case Preset::Last30Days: return {today.addDays(-30), yesterday};
    case Preset::Custom: break;
    }
    return {};
}

void PeriodPicker::setToday(const QDate &today)
{
    m_today = today;
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setMaximumDate(today);
    m_to->setMaximumDate(today);
    showPresetOf(range());
}

void PeriodPicker::setRange(const Range &range)
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(range.from);
        m_to->setDate(range.to);
    }
    showPresetOf(this->range());
    emit rangeChanged(m_from->date(), m_to->date());
}

PeriodPicker::Range PeriodPicker::range() const
{
    return {m_from->date(), m_to->date()};
}

void PeriodPicker::presetChosen(int index)
{
    const auto preset = static_cast<Preset>(m_preset->itemData(index).toInt());
    if (preset == Preset::Custom)
        return; // keep the dates; the user edits them next
    setRange(presetRange(preset, m_today));
}

void PeriodPicker::datesEdited()
{
    // Keep from <= to by moving the other end along.
    if (m_from->date() > m_to->date()) {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        if (sender() == m_from)
            m_to->setDate(m_from->date());
        else
            m_from->setDate(m_to->date());
    }
    showPresetOf(range());
    emit rangeChanged(m_from->date(), m_to->date());
}

void PeriodPicker::showPresetOf(const Range &range)
{
    Preset match = Preset::Custom;
    for (Preset p :
         {Preset::Yesterday, Preset::Last7Days, Preset::ThisMonth, Preset::LastMonth, Preset::Last30Days}) {
        if (presetRange(p, m_today) == range) {
            match = p;
            break;
        }
    }
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(match)));
}

} // namespace wh
