#pragma once

#include "Event.h"
#include "FigureQueries.h"
#include "MasterData.h"

#include <QDialog>
#include <QTimeZone>

#include <optional>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace wh {

// Change, add or remove one punch, always with a reason. The dialog only gathers the correction:
// OK emits submitted() and waits (setBusy) while the page records it; the page then closes it
// (done) or shows why it was refused (showRefusal) and the dialog stays open to fix the input.
// Times are entered in the site's local time. Nothing is recorded by the dialog itself.
// GUI thread only.
class CorrectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Change, Add, Remove };

    // Change or remove `punch`. `activities`: those offered at the punch's site (tree order),
    // `language` picks their names; `nowMs` bounds the end (a punch cannot end in the future).
    CorrectionDialog(Mode mode, const reports::CellInterval &punch, const std::vector<Activity> &activities,
                     const QString &language, const QTimeZone &zone, qint64 nowMs, QWidget *parent = nullptr);
    // Add a missing punch at `site` on `day` (the worker prefilled when known).
    CorrectionDialog(const QString &site, const QString &worker, const QDate &day,
                     const std::vector<Activity> &activities, const QString &language, const QTimeZone &zone,
                     qint64 nowMs, QWidget *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    // The correction as entered (change: only what differs from the punch; `by` is left to the
    // query layer, which records the signed-in account).
    [[nodiscard]] CorrectionPayload payload() const;
    // What is missing or wrong before the correction can be sent ("" when it can be).
    [[nodiscard]] QString problem() const;

    // The widgets, for the page's tests and for a scanner-free keyboard flow.
    [[nodiscard]] QLineEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QLineEdit *workerEdit() const { return m_worker; }
    [[nodiscard]] QComboBox *activityBox() const { return m_activity; }
    [[nodiscard]] QDateTimeEdit *startEdit() const { return m_start; }
    [[nodiscard]] QDateTimeEdit *endEdit() const { return m_end; }
    [[nodiscard]] QLabel *refusalLabel() const { return m_refusal; }
    // Sets start or end to a local wall-clock time of the site (tests, and "now" buttons).
    void setStart(qint64 ms);
    void setEnd(qint64 ms);

public slots:
    // Waiting for the page: the buttons are disabled and the dialog says so.
    void setBusy(bool busy);
    // The correction was refused: `text` (plain words) is shown, the input stays for fixing.
    void showRefusal(const QString &text);

signals:
    void submitted(const wh::CorrectionPayload &payload);

private:
    void build(const std::vector<Activity> &activities, const QString &language);
    void check();
    void submit();
    [[nodiscard]] qint64 msOf(const QDateTimeEdit *edit) const;
    [[nodiscard]] QDateTime localOf(qint64 ms) const;

    Mode m_mode;
    reports::CellInterval m_punch; // change, remove: the punch as listed
    QString m_site;                // add
    QTimeZone m_zone;
    qint64 m_nowMs = 0;
    bool m_busy = false;
    QLabel *m_summary = nullptr;
    QLineEdit *m_worker = nullptr;
    QComboBox *m_activity = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wh
