#include "AuditTrailDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace wh {

AuditTrailDialog::AuditTrailDialog(const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditTrailModel(this))
    , m_state(new QLabel(tr("Reading the history…"), this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("History of a punch"));
    resize(1180, 440);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);
    auto *title = new QLabel(summary, this);
    title->setObjectName(QStringLiteral("auditSummary"));
    title->setStyleSheet(QStringLiteral("font-size: 15px; color: #14212e;"));
    title->setWordWrap(true);
    layout->addWidget(title);
    m_state->setObjectName(QStringLiteral("auditState"));
    m_state->setWordWrap(true);
    m_state->setStyleSheet(QStringLiteral("color: #5a6b7f;"));
    layout->addWidget(m_state);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    using C = AuditTrailModel::Column;
    for (const auto &[column, width] : std::initializer_list<std::pair<int, int>>{{C::When, 140},
                                                                                  {C::By, 140},
                                                                                  {C::Action, 84},
                                                                                  {C::Source, 130},
                                                                                  {C::Before, 220},
                                                                                  {C::After, 220}})
        m_table->setColumnWidth(column, width);
    m_table->horizontalHeader()->setSectionResizeMode(C::Reason, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AuditTrailDialog::stateText() const
{
    return m_state->text();
}

void AuditTrailDialog::showTrail(const std::vector<Event> &events, const QTimeZone &zone,
                                 const ActivityNameOf &nameOf)
{
    m_model->setTrail(events, zone, nameOf);
    m_table->resizeRowsToContents();
    m_state->setText(events.empty() ? tr("This punch was never corrected: it is as it was punched.")
                                    //: %1 the number of corrections
                                    : tr("Corrections: %1, oldest first.").arg(events.size()));
}

void AuditTrailDialog::showFailure(const QString &text)
{
    m_model->clear();
    m_state->setText(text);
}

} // namespace wh
