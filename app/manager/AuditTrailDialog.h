#pragma once

#include "CorrectionModels.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace wh {

// The history of one punch: every correction that touched it (who, when, why, by hand or from the
// official attendance, the punch before and after), oldest first. The page reads the trail in the
// background and hands it over (showTrail) or says why it could not (showFailure).
// GUI thread only.
class AuditTrailDialog : public QDialog {
    Q_OBJECT
public:
    // `summary`: which punch, in a line ("W00042 山田 太郎, 2026-11-09, Picking 09:00 – 12:00").
    explicit AuditTrailDialog(const QString &summary, QWidget *parent = nullptr);

    [[nodiscard]] AuditTrailModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] QString stateText() const;

public slots:
    void showTrail(const std::vector<wh::Event> &events, const QTimeZone &zone,
                   const wh::ActivityNameOf &nameOf);
    void showFailure(const QString &text);

private:
    AuditTrailModel *m_model;
    QLabel *m_state;
    QTableView *m_table;
};

} // namespace wh
