#pragma once

#include "Clock.h"
#include "Error.h"
#include "LabelPrinter.h"
#include "MeasurePointModel.h"
#include "MeasurementJudgement.h"
#include "MeasurementRecorder.h"
#include "MeasurementSpec.h"
#include "NgSticker.h"
#include "Store.h"
#include "TapeDevice.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <vector>

namespace wh {

// The handheld's measure screen: a care label is scanned (scanLabel), its spec checked against the
// brands' keys, and the item's points are measured one after the other. A settled reading of the
// tape goes to the current point: converted to 0.1 mm, judged, recorded (db::MeasurementRecorder:
// one event + outbox row per value, by the signed-in worker), shown (value, deviation, pass or
// fail) and the next point without a value becomes current by itself (MeasurementSession). A
// value can also be typed (enterManual); a point can be skipped, the one before taken again
// (back), any point measured again (remeasure). When every point has a value the item is
// Finished: the verdict, and for a failed item its NG sticker to the device's label printer
// (drivers::buildNgStickerZpl, key "ng/<item>/<event of the last value>"), whose progress
// stickerStatus follows (sent; waiting for a printer that is off or out of paper: the job stays in
// the spool and goes out when it is back).
//
// Bad input never changes what is there and never loses anything: a refused label (not a spec,
// altered, an unknown key, cut off) says why in plain words; a reading while no point waits for
// one, or one the judgement refuses (0, feet, not a number), is logged with its raw frame and
// said on the screen, the point stays open; a tape that goes away mid-item says so (type the value
// or reconnect), and the values measured stay recorded. A new label while an item is incomplete
// replaces it (its values stay recorded, and the message says it was left incomplete).
//
// Nothing here reads the store per reading: a reading updates the session, writes its one event
// and changes the one or two rows of the point list that moved. GUI thread only; never blocks
// (a store write is the only slow step).
class MeasureViewModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to MeasurePage.qml.")

    Q_PROPERTY(QString workerCode READ workerCode WRITE setWorkerCode NOTIFY workerCodeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

    Q_PROPERTY(QString itemId READ itemId NOTIFY itemChanged)
    Q_PROPERTY(QString style READ style NOTIFY itemChanged)
    Q_PROPERTY(QString size READ size NOTIFY itemChanged)
    Q_PROPERTY(QString lot READ lot NOTIFY itemChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY itemChanged)
    Q_PROPERTY(QString garmentKind READ garmentKind NOTIFY itemChanged)
    Q_PROPERTY(QVariantList outlinePath READ outlinePath NOTIFY itemChanged)
    Q_PROPERTY(QVariantMap outlineLines READ outlineLines NOTIFY itemChanged)
    Q_PROPERTY(wh::MeasurePointModel *points READ points CONSTANT)
    Q_PROPERTY(int measuredCount READ measuredCount NOTIFY progressChanged)

    Q_PROPERTY(int currentRow READ currentRow NOTIFY currentChanged)
    Q_PROPERTY(QString currentCode READ currentCode NOTIFY currentChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY currentChanged)
    Q_PROPERTY(QString currentTarget READ currentTarget NOTIFY currentChanged)
    Q_PROPERTY(QString currentTolerance READ currentTolerance NOTIFY currentChanged)
    Q_PROPERTY(QString currentValue READ currentValue NOTIFY currentChanged)

    Q_PROPERTY(bool hasLast READ hasLast NOTIFY lastChanged)
    Q_PROPERTY(QString lastCode READ lastCode NOTIFY lastChanged)
    Q_PROPERTY(QString lastName READ lastName NOTIFY lastChanged)
    Q_PROPERTY(QString lastValue READ lastValue NOTIFY lastChanged)
    Q_PROPERTY(QString lastDeviation READ lastDeviation NOTIFY lastChanged)
    Q_PROPERTY(bool lastPass READ lastPass NOTIFY lastChanged)

    Q_PROPERTY(Verdict verdict READ verdict NOTIFY verdictChanged)
    Q_PROPERTY(QString verdictText READ verdictText NOTIFY verdictChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY verdictChanged)
    Q_PROPERTY(QStringList failedPoints READ failedPoints NOTIFY verdictChanged)

    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY messageChanged)
    Q_PROPERTY(QString stickerStatus READ stickerStatus NOTIFY stickerChanged)
    Q_PROPERTY(bool stickerIsError READ stickerIsError NOTIFY stickerChanged)
    Q_PROPERTY(bool hasPrinter READ hasPrinter NOTIFY stickerChanged)
    Q_PROPERTY(bool tapeReady READ tapeReady NOTIFY tapeChanged)
    Q_PROPERTY(bool canSimulate READ canSimulate NOTIFY tapeChanged)

public:
    enum State { WaitingForLabel, Measuring, Finished };
    Q_ENUM(State)
    enum Verdict { Incomplete, Pass, Fail };
    Q_ENUM(Verdict)

    MeasureViewModel(db::Store &store, const Clock &clock, const QString &deviceId,
                     QObject *parent = nullptr);
    ~MeasureViewModel() override;

    // The brands' keys a label is checked against (the device's settings).
    void setSpecKeys(std::vector<SpecKey> keys);
    // The tape readings come from (nullptr: none). Not owned; may change at any time (and may be
    // deleted: it is then as if set to nullptr).
    void setTape(drivers::TapeDevice *tape);
    // The printer NG stickers go to (nullptr: none configured). Not owned; the shell starts it.
    void setPrinter(drivers::LabelPrinter *printer);
    void setStickerOptions(drivers::NgStickerOptions options);

    [[nodiscard]] QString workerCode() const { return m_workerCode; }
    void setWorkerCode(const QString &code);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] State state() const { return m_state; }

    [[nodiscard]] QString itemId() const;
    [[nodiscard]] QString style() const;
    [[nodiscard]] QString size() const;
    [[nodiscard]] QString lot() const;
    [[nodiscard]] int pointCount() const;
    // "top", "bottom" or "other" (GarmentOutline::kindOf the item's codes); "other" without an item.
    [[nodiscard]] QString garmentKind() const { return m_garmentKind; }
    // GarmentOutline's outline of garmentKind and the lines of the item's points on it.
    [[nodiscard]] QVariantList outlinePath() const { return m_outlinePath; }
    [[nodiscard]] QVariantMap outlineLines() const { return m_outlineLines; }
    [[nodiscard]] MeasurePointModel *points() { return &m_points; }
    // Points with a value.
    [[nodiscard]] int measuredCount() const { return m_measuredCount; }

    [[nodiscard]] int currentRow() const { return m_points.currentRow(); }
    [[nodiscard]] QString currentCode() const { return m_points.code(currentRow()); }
    [[nodiscard]] QString currentName() const { return m_points.name(currentRow()); }
    [[nodiscard]] QString currentTarget() const { return m_points.target(currentRow()); }
    [[nodiscard]] QString currentTolerance() const { return m_points.tolerance(currentRow()); }
    // The current point's latest value when it is measured again; empty otherwise.
    [[nodiscard]] QString currentValue() const { return m_points.value(currentRow()); }

    // The value taken last (on this item): its point, value, deviation, pass.
    [[nodiscard]] bool hasLast() const { return m_lastRow >= 0; }
    [[nodiscard]] QString lastCode() const { return m_points.code(m_lastRow); }
    [[nodiscard]] QString lastName() const { return m_points.name(m_lastRow); }
    [[nodiscard]] QString lastValue() const { return m_lastValue; }
    [[nodiscard]] QString lastDeviation() const { return m_lastDeviation; }
    [[nodiscard]] bool lastPass() const { return m_lastPass; }

    [[nodiscard]] Verdict verdict() const;
    // "PASS", "FAIL" (translated); empty while incomplete.
    [[nodiscard]] QString verdictText() const;
    // "12 points, 2 out of tolerance" / "5 of 12 points measured".
    [[nodiscard]] QString summaryText() const;
    // The failed points: "Chest width: 545.0 mm (+5.0 mm)".
    [[nodiscard]] QStringList failedPoints() const;

    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }
    [[nodiscard]] QString stickerStatus() const { return m_stickerStatus; }
    [[nodiscard]] bool stickerIsError() const { return m_stickerIsError; }
    [[nodiscard]] bool hasPrinter() const { return !m_printer.isNull(); }
    // A tape is set and connected.
    [[nodiscard]] bool tapeReady() const;
    // The tape is a drivers::SimulatedTape (training, demos): simulateReading() works.
    [[nodiscard]] bool canSimulate() const;

    // A care label's QR text: the item is shown, its first point current. False (with the reason
    // as the message) when the label is refused; nothing changes then.
    Q_INVOKABLE bool scanLabel(const QString &text);
    // A typed value for the current point, in mm ("721.5"; "72.15cm", "0.7215 m", "28.4 in" too).
    Q_INVOKABLE bool enterManual(const QString &valueText);
    // Leaves the current point for later (the next point without a value becomes current).
    Q_INVOKABLE bool skip();
    // The point before the current one (the last point when the item is finished).
    Q_INVOKABLE bool back();
    // `row` becomes current, to be measured again.
    Q_INVOKABLE bool remeasure(int row);
    // The simulated tape measures the current point: its target (pass) or 2 mm beyond its upper
    // tolerance (fail). The reading arrives like any other, from the event loop.
    Q_INVOKABLE bool simulateReading(bool pass = true);
    // Sends the failed item's NG sticker again: still waiting, it is left in the spool (one job per
    // key); already sent, a reprint. False when there is nothing to print or no printer.
    Q_INVOKABLE bool printSticker();
    // The item is done with (finished or abandoned): back to waiting for a label. What was measured
    // stays recorded.
    Q_INVOKABLE void nextItem();

signals:
    void workerCodeChanged();
    void languageChanged();
    void stateChanged();
    void itemChanged();
    void progressChanged();
    void currentChanged();
    void lastChanged();
    void verdictChanged();
    void messageChanged();
    void stickerChanged();
    void tapeChanged();

    // A label was accepted and its item is shown.
    void itemShown();
    // A value for `row` was judged and recorded.
    void pointJudged(int row, bool pass);
    // Every point has a value for the first time on this item.
    void verdictReached(bool pass);
    // A sticker of this view-model's went out to the printer at `printerAddress`.
    void stickerSent(const QString &printerAddress);

private:
    void onReading(const drivers::TapeReading &reading);
    void onFrame(const drivers::TapeFrame &frame);
    void onTapeState(drivers::TapeDevice::State state);
    void onJobSent(qint64 id, const QString &key);
    void onPrinterProblem(drivers::LabelPrinter::Problem kind, const Error &error);

    // The value `tenths` for the current point: judged, recorded, shown; the next point current.
    bool takeValue(qint64 tenths, const db::MeasurementRecorder::Source &source);
    // Why a reading cannot be turned into 0.1 mm, in plain words (nullopt: it can, into `tenths`).
    std::optional<QString> refusal(const drivers::TapeReading &reading, qint64 *tenths) const;
    bool ensureRecorder();
    bool sendSticker(bool reprint);
    void setCurrentFromSession();
    void setState(State state);
    void setMessage(const QString &text, bool error);
    void clearMessage();
    void setSticker(const QString &text, bool error);
    void clearItem();
    [[nodiscard]] QString labelRefusal(const SpecFailure &failure, const QString &label) const;
    [[nodiscard]] QString noPointMessage() const;
    [[nodiscard]] int rowOf(const QString &code) const;
    [[nodiscard]] QString shownReading(const drivers::TapeReading &reading) const;

    db::Store &m_store;
    const Clock &m_clock;
    QString m_deviceId;
    std::unique_ptr<db::MeasurementRecorder> m_recorder;
    QTimeZone m_siteZone = QTimeZone::utc(); // the device's site's time zone (the sticker's time)
    std::vector<SpecKey> m_keys;
    QPointer<drivers::TapeDevice> m_tape;
    QList<QMetaObject::Connection> m_tapeConnections;
    bool m_tapeWasReady = false;
    QString m_tapeLostMessage; // shown while the tape is away mid-item
    QPointer<drivers::LabelPrinter> m_printer;
    QList<QMetaObject::Connection> m_printerConnections;
    drivers::NgStickerOptions m_stickerOptions;

    QString m_workerCode;
    QString m_language = QStringLiteral("en");
    State m_state = WaitingForLabel;

    std::unique_ptr<MeasurementSession> m_session;
    QString m_label; // the accepted label's text, as scanned (trimmed)
    MeasurePointModel m_points;
    QString m_garmentKind = QStringLiteral("other");
    QVariantList m_outlinePath;
    QVariantMap m_outlineLines;
    int m_measuredCount = 0;
    QUuid m_lastEvent; // the event of the item's latest value
    int m_lastRow = -1;
    QString m_lastValue;
    QString m_lastDeviation;
    bool m_lastPass = false;

    QString m_message;
    bool m_messageIsError = false;
    QString m_stickerStatus;
    bool m_stickerIsError = false;
    QString m_stickerKey;              // this item's sticker (empty: none asked for)
    QString m_stickerFailures;         // the failed points (code=value) that sticker shows
    int m_reprints = 0;                // this item's sticker printed again
    QHash<QString, QString> m_waiting; // stickers not sent yet: key -> item
    QHash<QString, bool> m_sentKeys;   // this run's stickers that went out
};

} // namespace wh
