#pragma once

#include "PunchService.h"

#include <QTimeZone>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace wh {

class KioskButton;

// The worker's card after a tap: who they are, what they are on and since when (site time), the
// time worked today (h:mm) and, as big buttons, what the tap offers (PunchStateMachine::offers):
// off -> clock in (choose an activity); working -> switch / break / clock out; on a break -> back
// to work / clock out. Nothing is punched until a button is pressed. GUI thread only.
class WorkerCardScreen : public QWidget {
    Q_OBJECT

public:
    explicit WorkerCardScreen(QTimeZone zone, QWidget *parent = nullptr);

    void setCard(const db::WorkerCard &card, qint64 nowMs);
    [[nodiscard]] const db::WorkerCard &card() const { return m_card; }

    // The offer buttons now shown, in order (for tests).
    [[nodiscard]] QList<KioskButton *> offerButtons() const { return m_offers; }
    [[nodiscard]] KioskButton *buttonFor(PunchAction action) const;

signals:
    void actionChosen(wh::PunchAction action);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimeZone m_zone;
    db::WorkerCard m_card;
    QLabel *m_name;
    QLabel *m_code;
    QLabel *m_state;
    QLabel *m_since;
    QLabel *m_worked;
    QLabel *m_warning;
    QHBoxLayout *m_offerRow;
    QList<KioskButton *> m_offers;
    QList<PunchAction> m_offerActions;
    KioskButton *m_cancel;
};

} // namespace wh
