#pragma once

#include "Clock.h"
#include "DeviceSite.h"
#include "Error.h"
#include "ScannerText.h"
#include "Store.h"
#include "WorkflowListModel.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace wh {

// The handheld's home screen: where the device stands (site, device), the site's figures for
// today or its last business day, and the workflow tiles. Figures come formatted for the current
// language. Reads the store on the GUI thread (a few indexed queries, once a minute). The last
// barcode scan is shown in a small area (its text with GS written as <GS>, the symbology named
// from its AIM identifier); the workflows that use scans come later.
class HomeViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to Main.qml.")

    Q_PROPERTY(QString siteName READ siteName CONSTANT)
    Q_PROPERTY(QString deviceName READ deviceName CONSTANT)
    Q_PROPERTY(QString deviceId READ deviceId CONSTANT)
    Q_PROPERTY(wh::WorkflowListModel *workflows READ workflows CONSTANT)
    Q_PROPERTY(QString dayTitle READ dayTitle NOTIFY figuresChanged)
    Q_PROPERTY(bool hasFigures READ hasFigures NOTIFY figuresChanged)
    Q_PROPERTY(QString units READ units NOTIFY figuresChanged)
    Q_PROPERTY(QString workers READ workers NOTIFY figuresChanged)
    Q_PROPERTY(QString hours READ hours NOTIFY figuresChanged)
    Q_PROPERTY(QString unitsPerHour READ unitsPerHour NOTIFY figuresChanged)
    Q_PROPERTY(QString onShift READ onShift NOTIFY figuresChanged)
    Q_PROPERTY(QString updatedAt READ updatedAt NOTIFY figuresChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY figuresChanged)
    Q_PROPERTY(bool hasLastScan READ hasLastScan NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanText READ lastScanText NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanSymbology READ lastScanSymbology NOTIFY lastScanChanged)
    Q_PROPERTY(QString lastScanProblem READ lastScanProblem NOTIFY lastScanChanged)

public:
    HomeViewModel(db::Store &store, reports::DeviceSite where, const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] QString siteName() const { return m_where.site.name; }
    [[nodiscard]] QString deviceName() const { return m_where.device.name; }
    [[nodiscard]] QString deviceId() const { return m_where.device.id; }
    [[nodiscard]] WorkflowListModel *workflows() { return &m_workflows; }
    [[nodiscard]] QString dayTitle() const { return m_dayTitle; }
    [[nodiscard]] bool hasFigures() const { return m_hasFigures; }
    [[nodiscard]] QString units() const { return m_units; }
    [[nodiscard]] QString workers() const { return m_workers; }
    [[nodiscard]] QString hours() const { return m_hours; }
    [[nodiscard]] QString unitsPerHour() const { return m_unitsPerHour; }
    [[nodiscard]] QString onShift() const { return m_onShift; }
    [[nodiscard]] QString updatedAt() const { return m_updatedAt; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] bool hasLastScan() const { return m_hasLastScan; }
    // The data with GS (and any other control character) visible: "0104912345678904<GS>10LOT7".
    [[nodiscard]] QString lastScanText() const { return m_lastScanText; }
    // "GS1-128 (]C1)", the bare identifier when its name is not known, or a note that there was none.
    [[nodiscard]] QString lastScanSymbology() const { return m_lastScanSymbology; }
    // Why the last scanner burst could not be read; empty after a good scan.
    [[nodiscard]] QString lastScanProblem() const { return m_lastScanProblem; }

    // How a scan's data is shown: GS as <GS>, other control characters as <XX>.
    [[nodiscard]] static QString visibleScanText(const QString &text);

    // Reads the figures from the store again (a timer also does, every minute).
    Q_INVOKABLE void refresh();

public slots:
    // A barcode was scanned (ScannerKeyInput, or a serial scanner).
    void scanned(const wh::drivers::ScannedCode &code);
    void scanRejected(const QString &raw, const wh::Error &error);

signals:
    void figuresChanged();
    void lastScanChanged();

private:
    db::Store &m_store;
    reports::DeviceSite m_where;
    const Clock &m_clock;
    WorkflowListModel m_workflows;
    QTimer m_timer;
    QString m_dayTitle;
    bool m_hasFigures = false;
    QString m_units;
    QString m_workers;
    QString m_hours;
    QString m_unitsPerHour;
    QString m_onShift;
    QString m_updatedAt;
    QString m_problem;
    bool m_hasLastScan = false;
    QString m_lastScanText;
    QString m_lastScanSymbology;
    QString m_lastScanProblem;
};

} // namespace wh
