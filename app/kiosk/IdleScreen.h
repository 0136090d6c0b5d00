#pragma once

#include "Clock.h"
#include "DeviceSite.h"
#include "Store.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace wh {

class FigureTile;
class KioskButton;

// The kiosk's first screen, waiting for a badge: the site (decided by the kiosk's device row), a
// big live clock in the site's time zone, the "tap your badge" prompt and how many workers are on
// shift. Reads the store on the GUI thread: a few indexed queries every half minute.
class IdleScreen : public QWidget {
    Q_OBJECT

public:
    IdleScreen(db::Store &store, reports::DeviceSite where, const Clock &clock, QWidget *parent = nullptr);

    // Reads the site's status from the store again (also done by a timer).
    void refreshStatus();

    // The "use PIN" button (for workers without their badge).
    [[nodiscard]] KioskButton *pinButton() const { return m_pinButton; }

signals:
    void pinRequested();

private:
    void tick();

    db::Store &m_store;
    reports::DeviceSite m_where;
    const Clock &m_clock;
    QLabel *m_time;
    QLabel *m_date;
    QLabel *m_statusProblem;
    FigureTile *m_onShift;
    FigureTile *m_onBreak;
    FigureTile *m_latestDay;
    KioskButton *m_pinButton;
    QTimer m_clockTimer;
    QTimer m_statusTimer;
};

} // namespace wh
