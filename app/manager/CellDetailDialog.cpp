#include "CellDetailDialog.h"

#include "ErrorText.h"
#include "FigureFormat.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wh {

namespace {
QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

CellDetailDialog::CellDetailDialog(const reports::ViewerQueries &queries, reports::CellQuery query,
                                   const QString &what, QString language, QWidget *parent)
    : QDialog(parent)
    , m_runner(queries)
    , m_language(std::move(language))
    , m_summary(new QLabel(tr("Reading the punches and units…"), this))
    , m_intervals(new QStandardItemModel(0, 8, this))
    , m_units(new QStandardItemModel(0, 7, this))
{
    //: %1 is a block, section, activity or site name
    setWindowTitle(tr("Punches and units behind %1").arg(what));
    m_intervals->setHorizontalHeaderLabels({tr("Business day"), tr("Worker"), tr("Name"), tr("Activity"),
                                            tr("Start"), tr("End"), tr("Status"), tr("Corrected")});
    m_units->setHorizontalHeaderLabels({tr("Business day"), tr("Time"), tr("Worker or team"), tr("Activity"),
                                        tr("Units"), tr("Source"), tr("Reference")});
    m_summary->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(makeTable(m_intervals, tabs), tr("Punches"));
    tabs->addTab(makeTable(m_units, tabs), tr("Units"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(960, 560);
    query.countLimit = 10000; // a year of a block is millions of rows: "more than 10,000"
    m_runner.run<Result<reports::CellDetail>>(
        [queries, query](const QueryRunner::Cancelled &) { return queries.behindCell(query); },
        [this](Result<reports::CellDetail> detail) { show(std::move(detail)); });
}

void CellDetailDialog::show(Result<reports::CellDetail> detail)
{
    if (!detail) {
        m_summary->setText(tr("The punches cannot be read: %1").arg(ErrorText::describe(detail.error())));
        emit loaded();
        return;
    }
    auto status = [](const QString &s) {
        if (s == QLatin1String("open"))
            return tr("open");
        if (s == QLatin1String("forgotten"))
            return tr("forgotten clock-out");
        return tr("closed");
    };
    for (const reports::CellInterval &i : detail->intervals) {
        QList<QStandardItem *> row;
        row << new QStandardItem(i.businessDay.toString(Qt::ISODate)) << new QStandardItem(i.worker)
            << new QStandardItem(i.workerName) << new QStandardItem(i.activity)
            << new QStandardItem(timeText(i.startMs))
            << new QStandardItem(i.endMs ? timeText(*i.endMs) : FigureFormat::none())
            << new QStandardItem(status(i.status)) << new QStandardItem(i.corrected ? tr("yes") : QString());
        m_intervals->appendRow(row);
    }
    auto source = [](const QString &s) {
        if (s == QLatin1String("counter"))
            return tr("counter");
        if (s == QLatin1String("manual"))
            return tr("entered by hand");
        return tr("scanned in a workflow");
    };
    for (const reports::CellUnits &u : detail->units) {
        QList<QStandardItem *> row;
        auto *quantity = new QStandardItem(FigureFormat::count(u.quantity));
        quantity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << new QStandardItem(u.businessDay.toString(Qt::ISODate)) << new QStandardItem(timeText(u.occurredAtMs))
            << new QStandardItem(u.worker.isEmpty() ? u.team : u.worker) << new QStandardItem(u.activity) << quantity
            << new QStandardItem(source(u.source)) << new QStandardItem(u.reference);
        m_units->appendRow(row);
    }
    auto counted = [](qint64 n, bool capped) {
        //: a count that stopped at a round number; %1 is that number
        return capped ? tr("more than %1").arg(FigureFormat::count(n)) : FigureFormat::count(n);
    };
    QString text = tr("%1 punches and %2 units entries.")
                       .arg(counted(detail->intervalCount, detail->intervalCountCapped),
                            counted(detail->unitsCount, detail->unitsCountCapped));
    if (detail->truncated())
        text += QLatin1Char(' ') + tr("Only the first %1 of each are listed.").arg(FigureFormat::count(
                                       static_cast<qint64>(std::max(detail->intervals.size(), detail->units.size()))));
    m_summary->setText(text);
    emit loaded();
}

} // namespace wh
