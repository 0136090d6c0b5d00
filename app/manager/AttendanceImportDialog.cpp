#include "AttendanceImportDialog.h"

#include "Csv.h"
#include "ErrorText.h"
#include "FigureFormat.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace wh {

namespace {
const char *const kStyle = R"(
QLabel#importIntro { color: #3b4a5c; }
QLabel#importSummary { font-size: 14px; color: #14212e; }
QLabel#importErrorsTitle { font-size: 14px; font-weight: 600; color: #14212e; }
QLabel#importFailure { color: #9b1c1c; }
)";
} // namespace

AttendanceImportDialog::AttendanceImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_step(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_summary(new QLabel(this))
    , m_errorsTitle(new QLabel(this))
    , m_errors(new ImportErrorModel(this))
    , m_table(new QTableView(this))
    , m_export(new QPushButton(tr("Save these rows as CSV…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Import official attendance times"));
    setStyleSheet(QString::fromLatin1(kStyle));
    resize(980, 600);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(10);

    auto *intro =
        new QLabel(tr("The attendance system's export: a CSV file with a header row and, per worker and "
                      "day, the worker code, the date, the clock-in and the clock-out (UTF-8 or "
                      "Shift_JIS). Each worker-day's first start and last end become the official "
                      "times; importing the same file again changes nothing."),
                   this);
    intro->setObjectName(QStringLiteral("importIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("The attendance file (.csv)"));
    m_import->setObjectName(QStringLiteral("importStart"));
    m_import->setDefault(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->setSpacing(8);
    fileRow->addWidget(new QLabel(tr("File"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    fileRow->addWidget(m_import);
    layout->addLayout(fileRow);

    m_step->setObjectName(QStringLiteral("importStep"));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(8);
    progressRow->addWidget(m_step);
    progressRow->addWidget(m_bar, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_errorsTitle->setObjectName(QStringLiteral("importErrorsTitle"));
    layout->addWidget(m_errorsTitle);

    m_table->setObjectName(QStringLiteral("importErrors"));
    m_table->setModel(m_errors);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(ImportErrorModel::Line, 70);
    m_table->setColumnWidth(ImportErrorModel::Reason, 420);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_export->setObjectName(QStringLiteral("importExport"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &AttendanceImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &AttendanceImportDialog::startImport);
    connect(m_path, &QLineEdit::textChanged, this, [this] { setRunning(m_running); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_step->setText(tr("Stopping…"));
        emit cancelRequested();
    });
    connect(m_export, &QPushButton::clicked, this, &AttendanceImportDialog::saveErrors);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_errorsTitle->hide();
    m_table->hide();
    m_export->hide();
    setRunning(false);
}

QString AttendanceImportDialog::path() const
{
    return m_path->text().trimmed();
}

void AttendanceImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString AttendanceImportDialog::summaryText() const
{
    return m_summary->text();
}

void AttendanceImportDialog::setRunning(bool running)
{
    m_running = running;
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_import->setEnabled(!running && !path().isEmpty());
    m_step->setVisible(running);
    m_bar->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setEnabled(!running);
}

void AttendanceImportDialog::browse()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose the attendance file"), QFileInfo(path()).absolutePath(),
                                     tr("Attendance files (*.csv *.txt);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void AttendanceImportDialog::startImport()
{
    if (m_running || path().isEmpty())
        return;
    m_summary->clear();
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setStyleSheet({});
    m_errors->setErrors({});
    m_errorsTitle->hide();
    m_table->hide();
    m_export->hide();
    m_step->setText(tr("Reading the file…"));
    m_lastStep.clear();
    m_bar->setRange(0, 0);
    setRunning(true);
    emit importRequested(path());
}

void AttendanceImportDialog::setProgress(const QString &text, qint64 done, qint64 total)
{
    if (!m_running)
        return;
    // A new step (importing, then totalling) can be cancelled on its own.
    if (text != m_lastStep) {
        m_lastStep = text;
        m_cancel->setEnabled(true);
    }
    if (m_cancel->isEnabled())
        m_step->setText(text);
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    // QProgressBar counts in int: scale a huge total down.
    const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
    m_bar->setRange(0, static_cast<int>(total / scale));
    m_bar->setValue(static_cast<int>(done / scale));
}

void AttendanceImportDialog::showReport(const db::AttendanceImportReport &report, const QString &totals)
{
    setRunning(false);
    QStringList lines;
    //: %1 the file name, %2 its encoding (UTF-8 or Shift_JIS)
    lines << tr("%1 (%2): rows read: %3.")
                 .arg(report.fileName, report.encoding, FigureFormat::count(report.rowsRead));
    lines << tr("Worker-days corrected: %1; already matching: %2; corrections recorded: %3 (punches removed: "
                "%4).")
                 .arg(FigureFormat::count(report.workerDaysApplied),
                      FigureFormat::count(report.workerDaysUnchanged),
                      FigureFormat::count(report.correctionsRecorded),
                      FigureFormat::count(report.intervalsRemoved));
    if (report.cancelled)
        lines << tr("Cancelled: the rows after that point were not looked at. What was applied stays; import "
                    "the file again to finish.");
    if (!totals.isEmpty())
        lines << totals;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_errors->setErrors(report.errors);
    const bool any = !report.errors.empty();
    m_errorsTitle->setText(any ? tr("Rows not applied (%1): fix them in the file and import it again.")
                                     .arg(FigureFormat::count(static_cast<qint64>(report.errors.size())))
                               : tr("Every row was applied."));
    m_errorsTitle->show();
    m_table->setVisible(any);
    m_export->setVisible(any);
}

void AttendanceImportDialog::showFailure(const QString &text)
{
    setRunning(false);
    m_summary->setText(tr("Nothing was imported: %1").arg(text));
    m_summary->setStyleSheet(QStringLiteral("color: #9b1c1c;"));
}

Status AttendanceImportDialog::exportErrors(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, file.errorString(), path);
    const QByteArray bytes = writeCsv(m_errors->csvRecords(), true);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, file.errorString(), path);
    return {};
}

void AttendanceImportDialog::saveErrors()
{
    const QFileInfo source(path());
    const QString suggested = source.absoluteDir().filePath(
        source.completeBaseName() + QStringLiteral("-not-applied") + QStringLiteral(".csv"));
    const QString target = QFileDialog::getSaveFileName(this, tr("Save the rows not applied"), suggested,
                                                        tr("CSV files (*.csv)"));
    if (target.isEmpty())
        return;
    const Status saved = exportErrors(target);
    if (!saved)
        QMessageBox::warning(this, windowTitle(), ErrorText::describe(saved.error()));
}

void AttendanceImportDialog::reject()
{
    // Escape while importing stops the import first; the dialog closes once it has.
    if (m_running) {
        if (m_cancel->isEnabled())
            m_cancel->click();
        return;
    }
    QDialog::reject();
}

} // namespace wh
