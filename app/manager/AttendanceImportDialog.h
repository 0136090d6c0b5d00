#pragma once

#include "AttendanceImport.h"
#include "CorrectionModels.h"
#include "Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace wh {

// Importing the official attendance times: pick the file, import (the page runs it in the
// background and reports progress here, with Cancel), then what was applied and a table of the
// rows that were not, each with its line, the reason and the row as written; that table can be
// saved as CSV to fix the file. The page does the work (importRequested / cancelRequested); the
// dialog shows it. GUI thread only.
class AttendanceImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit AttendanceImportDialog(QWidget *parent = nullptr);

    [[nodiscard]] QString path() const;
    void setPath(const QString &path);
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] ImportErrorModel *errorModel() const { return m_errors; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QPushButton *importButton() const { return m_import; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }

    // Writes the refused rows as CSV (UTF-8 with a byte order mark, for spreadsheet programs):
    // whole or not at all.
    [[nodiscard]] Status exportErrors(const QString &path) const;

public slots:
    // Starts the import of the chosen file (as the Import button does).
    void startImport();
    // `done` of `total` (total 0: unknown); `text` says which step.
    void setProgress(const QString &text, qint64 done, qint64 total);
    // The import ended: what it did, and `totals`: a line about the figures totalled again.
    void showReport(const wh::db::AttendanceImportReport &report, const QString &totals);
    // The import could not run at all (an unreadable file, no header, ...): nothing was written.
    void showFailure(const QString &text);

signals:
    void importRequested(const QString &path);
    void cancelRequested();

protected:
    void reject() override;

private:
    void browse();
    void saveErrors();
    void setRunning(bool running);

    bool m_running = false;
    QString m_lastStep;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_import;
    QLabel *m_step;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLabel *m_errorsTitle;
    ImportErrorModel *m_errors;
    QTableView *m_table;
    QPushButton *m_export;
    QPushButton *m_close;
};

} // namespace wh
