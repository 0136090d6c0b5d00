#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace wh {

// Picks a period of business days: a preset (yesterday, last 7 days, this month, last month,
// last 30 days) or any from/to range. Presets count back from the site's current business day.
// GUI thread only.
class PeriodPicker : public QWidget {
    Q_OBJECT

public:
    enum class Preset { Yesterday, Last7Days, ThisMonth, LastMonth, Last30Days, Custom };

    struct Range {
        QDate from;
        QDate to;
        friend bool operator==(const Range &, const Range &) = default;
    };

    explicit PeriodPicker(QWidget *parent = nullptr);

    // The range of `preset` when today is `today` (Custom: an invalid range). Pure.
    [[nodiscard]] static Range presetRange(Preset preset, const QDate &today);

    // Sets what "today" is for the presets (the site's current business day).
    void setToday(const QDate &today);
    // Shows `range`, naming the preset it matches if any. Emits rangeChanged.
    void setRange(const Range &range);
    [[nodiscard]] Range range() const;

signals:
    void rangeChanged(const QDate &from, const QDate &to);

private:
    void presetChosen(int index);
    void datesEdited();
    void showPresetOf(const Range &range);

    QDate m_today;
    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace wh
