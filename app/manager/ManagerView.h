#pragma once

#include "ReportRender.h"
#include "StoreScope.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

namespace wh {

// What the window chose for every view: the site(s) and the period (business days, inclusive).
// Views that show one site use sites.first(); trends may compare several.
struct ViewContext {
    QStringList sites;
    QDate from;
    QDate to;
    QString language; // "ja" or "en": which name of a block, section, activity to show
    friend bool operator==(const ViewContext &a, const ViewContext &b)
    {
        return a.sites == b.sites && a.from == b.from && a.to == b.to && a.language == b.language;
    }
};

// One page of wh-manager (overview, trends, figures, person, live board, corrections). The window
// holds them in tabs, gives each the context, and exports or prints what the current one shows.
// A view reads the store only through reports::ViewerQueries (the roles) and only off the GUI
// thread (a QueryRunner): setContext() returns at once, and ready() says the answer is on screen.
class ManagerView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // A machine name for --screenshot and the benchmark: "overview", "trends", "figures",
    // "person", "live", "corrections".
    [[nodiscard]] virtual QString viewName() const = 0;
    // The tab's title, translated.
    [[nodiscard]] virtual QString title() const = 0;
    // Shows the figures of `context` (loads them in the background). A view may ignore a context
    // that does not change what it shows.
    virtual void setContext(const ViewContext &context) = 0;
    // The sites the viewer may see, the span of days and the activity tree, read once at start
    // (before the first setContext).
    virtual void setScope(const StoreScope &scope) { Q_UNUSED(scope); }
    // Reads again what is on screen (after a correction, on F5, on the live board's timer).
    virtual void refresh() = 0;
    // What is on screen as a document: the table (header + formatted rows) and the chart's series
    // when the view has a chart. The window writes it as CSV (the table), PDF (both), PNG (the
    // chart) or prints it.
    [[nodiscard]] virtual reports::ReportDocument exportDocument() const = 0;

signals:
    // The answer of the latest request is on screen (or the reason there is none).
    void ready();
    // Long work in progress: `done` of `total` (total 0: unknown); `text` says what. done == total:
    // finished. The window shows a progress bar with a Cancel button that calls cancel().
    void progress(const QString &text, qint64 done, qint64 total);
    // A one-line message for the status bar.
    void statusMessage(const QString &text);

public slots:
    // Stops the running work, if the view can (default: nothing to stop).
    virtual void cancel() {}
};

} // namespace wh
