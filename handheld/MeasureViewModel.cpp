#include "MeasureViewModel.h"

#include "ErrorText.h"
#include "GarmentOutline.h"
#include "Logging.h"
#include "MasterDataRepositories.h"
#include "SimulatedTape.h"
#include "UuidV7.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace wh {

namespace {

std::shared_ptr<spdlog::logger> log()
{
    return logging::get("handheld");
}

std::string text(const QString &s)
{
    return s.toStdString();
}

std::string hex(const QByteArray &bytes)
{
    return bytes.toHex(' ').toStdString();
}

// A point's value with the sign of its deviation, for the failed-points list and the sticker check.
QString failureKey(const MeasurementSession &session)
{
    QStringList out;
    for (const SpecPoint &p : session.spec().points)
        if (const auto *latest = session.latest(p.code); latest && !latest->judgement.pass)
            out << QStringLiteral("%1=%2").arg(p.code).arg(latest->judgement.value);
    return out.join(QLatin1Char(','));
}

} // namespace

MeasureViewModel::MeasureViewModel(db::Store &store, const Clock &clock, const QString &deviceId,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_deviceId(deviceId)
    , m_points(this)
{
    // Said again (on the screen) when the first value cannot be recorded.
    (void)ensureRecorder();
}

MeasureViewModel::~MeasureViewModel()
{
    // The tape and the printer outlive this object or not: either way no slot of ours runs after.
    for (const auto &c : std::as_const(m_tapeConnections))
        disconnect(c);
    for (const auto &c : std::as_const(m_printerConnections))
        disconnect(c);
}

bool MeasureViewModel::ensureRecorder()
{
    if (m_recorder)
        return true;
    auto recorder = db::MeasurementRecorder::open(m_store, m_clock, m_deviceId);
    if (!recorder) {
        log()->error("measure: the recorder cannot be opened for device {}: {}", text(m_deviceId),
                     text(recorder.error().toString()));
        return false;
    }
    m_recorder = std::move(*recorder);
    auto site = db::SiteRepository(m_store).find(m_recorder->device().siteCode);
    if (site && site->timeZone().isValid())
        m_siteZone = site->timeZone();
    else if (!site)
        log()->warn("measure: site {} cannot be read ({}); sticker times in UTC",
                    text(m_recorder->device().siteCode), text(site.error().toString()));
    return true;
}

// ---- settings from the shell ----

void MeasureViewModel::setSpecKeys(std::vector<SpecKey> keys)
{
    m_keys = std::move(keys);
}

void MeasureViewModel::setTape(drivers::TapeDevice *tape)
{
    if (tape == m_tape.data() && tape)
        return;
    for (const auto &c : std::as_const(m_tapeConnections))
        disconnect(c);
    m_tapeConnections.clear();
    m_tape = tape;
    if (tape) {
        m_tapeConnections
            << connect(tape, &drivers::TapeDevice::readingReceived, this, &MeasureViewModel::onReading)
            << connect(tape, &drivers::TapeDevice::frameReceived, this, &MeasureViewModel::onFrame)
            << connect(tape, &drivers::TapeDevice::stateChanged, this, &MeasureViewModel::onTapeState)
            << connect(tape, &QObject::destroyed, this, &MeasureViewModel::tapeChanged);
        log()->info("measure: tape {} ({})", text(tape->deviceId()),
                    text(drivers::TapeDevice::stateName(tape->state())));
    }
    m_tapeWasReady = tapeReady();
    emit tapeChanged();
}

void MeasureViewModel::setPrinter(drivers::LabelPrinter *printer)
{
    if (printer == m_printer.data() && printer)
        return;
    for (const auto &c : std::as_const(m_printerConnections))
        disconnect(c);
    m_printerConnections.clear();
    m_printer = printer;
    if (printer) {
        m_printerConnections
            << connect(printer, &drivers::LabelPrinter::jobSent, this, &MeasureViewModel::onJobSent)
            << connect(printer, &drivers::LabelPrinter::problem, this, &MeasureViewModel::onPrinterProblem)
            << connect(printer, &QObject::destroyed, this, &MeasureViewModel::stickerChanged);
        log()->info("measure: label printer {}", text(printer->address()));
    }
    emit stickerChanged();
    // A failed item that could not print for want of a printer prints now.
    if (printer && m_session && m_state == Finished && verdict() == Fail && m_stickerKey.isEmpty())
        (void)sendSticker(false);
}

void MeasureViewModel::setStickerOptions(drivers::NgStickerOptions options)
{
    m_stickerOptions = std::move(options);
}

void MeasureViewModel::setWorkerCode(const QString &code)
{
    if (code == m_workerCode)
        return;
    m_workerCode = code;
    emit workerCodeChanged();
}

void MeasureViewModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_points.setLanguage(language);
    emit languageChanged();
    emit currentChanged();
    emit lastChanged();
    emit verdictChanged();
}

// ---- what the screen shows ----

QString MeasureViewModel::itemId() const
{
    return m_session ? m_session->spec().itemId : QString();
}

QString MeasureViewModel::style() const
{
    return m_session ? m_session->spec().style : QString();
}

QString MeasureViewModel::size() const
{
    return m_session ? m_session->spec().size : QString();
}

QString MeasureViewModel::lot() const
{
    return m_session ? m_session->spec().lot : QString();
}

int MeasureViewModel::pointCount() const
{
    return m_session ? static_cast<int>(m_session->spec().points.size()) : 0;
}

MeasureViewModel::Verdict MeasureViewModel::verdict() const
{
    if (!m_session)
        return Incomplete;
    switch (m_session->verdict()) {
    case ItemVerdict::Pass: return Pass;
    case ItemVerdict::Fail: return Fail;
    case ItemVerdict::Incomplete: break;
    }
    return Incomplete;
}

QString MeasureViewModel::verdictText() const
{
    switch (verdict()) {
    //: The verdict of a measured garment, shown big: every point within tolerance
    case Pass: return tr("PASS");
    //: The verdict of a measured garment, shown big: a point out of tolerance
    case Fail: return tr("FAIL");
    case Incomplete: break;
    }
    return {};
}

QString MeasureViewModel::summaryText() const
{
    if (!m_session)
        return {};
    const int points = pointCount();
    if (verdict() == Incomplete)
        return tr("%1 of %2 points measured").arg(m_measuredCount).arg(points);
    const int failed = static_cast<int>(failedPoints().size());
    if (failed == 0)
        return tr("All %n point(s) within tolerance", nullptr, points);
    return tr("%1 of %2 points out of tolerance").arg(failed).arg(points);
}

QStringList MeasureViewModel::failedPoints() const
{
    QStringList out;
    if (!m_session)
        return out;
    const auto &points = m_session->spec().points;
    for (int row = 0; row < static_cast<int>(points.size()); ++row) {
        const auto *latest = m_session->latest(points[static_cast<size_t>(row)].code);
        if (latest && !latest->judgement.pass)
            //: A point out of tolerance: its name, the value measured, the deviation from the target
            out << tr("%1: %2 (%3)").arg(m_points.name(row), m_points.value(row), m_points.deviation(row));
    }
    return out;
}

bool MeasureViewModel::tapeReady() const
{
    return m_tape && m_tape->state() == drivers::TapeDevice::State::Connected;
}

bool MeasureViewModel::canSimulate() const
{
    return qobject_cast<drivers::SimulatedTape *>(m_tape.data()) != nullptr;
}

// ---- actions ----

bool MeasureViewModel::scanLabel(const QString &scanned)
{
    const QString label = scanned.trimmed();
    if (m_keys.empty()) {
        log()->warn("measure: a care label was scanned but the device has no brand keys: {}", text(label));
        setMessage(tr("This device has no brand keys to check care labels with: an administrator adds "
                      "them in Settings."),
                   true);
        return false;
    }
    SpecFailure failure;
    auto spec = MeasurementSpecCodec::decode(label, m_keys, &failure);
    if (!spec) {
        log()->warn("measure: care label refused ({}: {}): {}", text(specProblemName(failure.problem)),
                    text(failure.detail), text(label));
        setMessage(labelRefusal(failure, label), true);
        return false;
    }
    // The label of the item on the screen again (a second scan): go on measuring it.
    if (m_session && m_state == Measuring && label == m_label) {
        setMessage(tr("Item %1 is already open: measure its points.").arg(itemId()), false);
        return true;
    }
    QString note;
    if (m_session && !m_session->complete() && m_measuredCount > 0)
        note = tr("Item %1 was left incomplete; its %n measured value(s) are kept.", nullptr, m_measuredCount)
                   .arg(itemId());
    if (!note.isEmpty())
        log()->info("measure: item {} left incomplete ({} of {} points)", text(itemId()), m_measuredCount,
                    pointCount());
    clearItem();

    m_session = std::make_unique<MeasurementSession>(std::move(*spec));
    m_label = label;
    const MeasurementSpec &s = m_session->spec();
    QStringList codes;
    for (const SpecPoint &p : s.points)
        codes << p.code;
    m_garmentKind = GarmentOutline::kindOf(codes);
    m_outlinePath = GarmentOutline::outlineVariant(m_garmentKind);
    m_outlineLines = GarmentOutline::linesVariant(m_garmentKind, codes);
    m_points.setPoints(s.points, m_language);
    log()->info("measure: item {} style {} size {} lot {}: {} points ({})", text(s.itemId), text(s.style),
                text(s.size), text(s.lot), s.points.size(), text(codes.join(QLatin1Char(' '))));
    emit itemChanged();
    emit progressChanged();
    emit verdictChanged();
    setCurrentFromSession();
    if (note.isEmpty())
        clearMessage();
    else
        setMessage(note, false);
    emit itemShown();
    return true;
}

bool MeasureViewModel::enterManual(const QString &valueText)
{
    const QString typed = valueText.trimmed();
    if (!m_session || !m_session->current()) {
        setMessage(noPointMessage(), true);
        return false;
    }
    auto parsed = drivers::parseLengthText(typed, drivers::LengthUnit::Millimetre);
    if (!parsed) {
        log()->info("measure: typed value refused: \"{}\" ({})", text(typed), text(parsed.error().message()));
        setMessage(tr("\"%1\" is not a length: type the value in millimetres, for example 721.5.").arg(typed),
                   true);
        return false;
    }
    const auto unit = parsed->second;
    if (unit == drivers::LengthUnit::Foot || unit == drivers::LengthUnit::Yard) {
        setMessage(tr("Feet and yards are not accepted: type the value in millimetres, for example 721.5."),
                   true);
        return false;
    }
    auto tenths = toTenthsOfMm(parsed->first, drivers::lengthUnitSymbol(unit));
    if (!tenths) {
        log()->info("measure: typed value refused: \"{}\" ({})", text(typed), text(tenths.error().message()));
        setMessage(tr("%1 is not the length of a garment's point: type the value in millimetres, for example "
                      "721.5.")
                       .arg(typed),
                   true);
        return false;
    }
    db::MeasurementRecorder::Source source;
    source.reading = typed;
    source.protocol = QStringLiteral("manual");
    return takeValue(*tenths, source);
}

bool MeasureViewModel::skip()
{
    if (!m_session || !m_session->current()) {
        setMessage(noPointMessage(), true);
        return false;
    }
    const QString name = currentName();
    if (!m_session->skip()) {
        setMessage(tr("%1 is the only point left to measure.").arg(name), false);
        return false;
    }
    clearMessage();
    setCurrentFromSession();
    return true;
}

bool MeasureViewModel::back()
{
    if (!m_session) {
        setMessage(noPointMessage(), true);
        return false;
    }
    if (!m_session->back()) {
        setMessage(tr("This is the first point."), false);
        return false;
    }
    clearMessage();
    setCurrentFromSession();
    return true;
}

bool MeasureViewModel::remeasure(int row)
{
    if (!m_session || row < 0 || row >= pointCount()) {
        setMessage(noPointMessage(), true);
        return false;
    }
    if (!m_session->goTo(m_points.code(row)))
        return false;
    clearMessage();
    setCurrentFromSession();
    return true;
}

bool MeasureViewModel::simulateReading(bool pass)
{
    auto *sim = qobject_cast<drivers::SimulatedTape *>(m_tape.data());
    if (!sim) {
        setMessage(tr("Simulated readings need the simulated tape measure: choose it on the Devices screen."),
                   true);
        return false;
    }
    const SpecPoint *point = m_session ? m_session->current() : nullptr;
    if (!point) {
        setMessage(noPointMessage(), true);
        return false;
    }
    // A value the protocol carries as it is (an ES-Tape sends whole millimetres).
    const double step = sim->simulator().resolutionMm();
    double mm = 0;
    if (pass) {
        mm = std::round(static_cast<double>(point->target) / 10.0 / step) * step;
        const auto tenths = std::llround(mm * 10);
        if (tenths < point->minimum() || tenths > point->maximum())
            mm = std::ceil(static_cast<double>(point->minimum()) / 10.0 / step) * step;
    } else {
        mm = std::ceil(static_cast<double>(point->maximum() + 20) / 10.0 / step) * step;
    }
    auto measured = sim->measure(mm);
    if (!measured) {
        log()->warn("measure: the simulated tape cannot send {} mm: {}", mm,
                    text(measured.error().toString()));
        setMessage(tr("The simulated tape measure cannot measure now: %1")
                       .arg(ErrorText::describe(measured.error())),
                   true);
        return false;
    }
    return true;
}

bool MeasureViewModel::printSticker()
{
    if (!m_session || verdict() != Fail) {
        setMessage(tr("Only a measured item that failed gets an NG sticker."), true);
        return false;
    }
    // Already out: the worker wants another one (jammed, torn): a reprint has its own key.
    const bool reprint = !m_stickerKey.isEmpty() && m_sentKeys.contains(m_stickerKey);
    return sendSticker(reprint);
}

void MeasureViewModel::nextItem()
{
    QString note;
    if (m_session && !m_session->complete() && m_measuredCount > 0) {
        note = tr("Item %1 was left incomplete; its %n measured value(s) are kept.", nullptr, m_measuredCount)
                   .arg(itemId());
        log()->info("measure: item {} left incomplete ({} of {} points)", text(itemId()), m_measuredCount,
                    pointCount());
    } else if (!m_stickerKey.isEmpty() && m_waiting.contains(m_stickerKey)) {
        note = tr("The NG sticker of item %1 waits for the printer: it prints by itself when the printer is "
                  "back.")
                   .arg(itemId());
    }
    clearItem();
    setState(WaitingForLabel);
    if (note.isEmpty())
        clearMessage();
    else
        setMessage(note, false);
}

// ---- readings ----

void MeasureViewModel::onReading(const drivers::TapeReading &reading)
{
    if (!reading.settled)
        return; // the tape is still moving
    if (!m_session) {
        log()->warn("measure: a reading while no item is open was not used: {} (raw {})",
                    text(reading.summary()), hex(reading.raw));
        setMessage(tr("The reading %1 was not used: scan the care label first.").arg(shownReading(reading)),
                   true);
        return;
    }
    if (!m_session->current()) {
        log()->warn("measure: a reading while no point is current on {} was not used: {} (raw {})",
                    text(itemId()), text(reading.summary()), hex(reading.raw));
        setMessage(
            tr("The reading %1 was not used: every point has a value. Tap a point to measure it again, or "
               "go to the next item.")
                .arg(shownReading(reading)),
            true);
        return;
    }
    qint64 tenths = 0;
    if (auto why = refusal(reading, &tenths)) {
        log()->warn("measure: reading for {} {} refused: {} {} from {} (raw {}): {}", text(itemId()),
                    text(currentCode()), reading.value, text(drivers::lengthUnitSymbol(reading.unit)),
                    text(reading.deviceId), hex(reading.raw), text(*why));
        setMessage(*why, true);
        return;
    }
    db::MeasurementRecorder::Source source;
    source.reading =
        QStringLiteral("%1 %2; raw %3")
            .arg(QString::number(reading.value, 'g', 10), drivers::lengthUnitSymbol(reading.unit),
                 QString::fromLatin1(reading.raw.toHex(' ')));
    source.tapeDevice = reading.deviceId;
    source.protocol = drivers::tapeProtocolName(reading.protocol);
    (void)takeValue(tenths, source);
}

std::optional<QString> MeasureViewModel::refusal(const drivers::TapeReading &reading, qint64 *tenths) const
{
    const QString name = currentName();
    if (reading.unit == drivers::LengthUnit::Foot || reading.unit == drivers::LengthUnit::Yard)
        return tr("The tape measure sends feet: set it to millimetres (or inches), then measure %1 again.")
            .arg(name);
    if (!std::isfinite(reading.value))
        return tr("The tape measure sent a reading that is not a number: measure %1 again.").arg(name);
    auto converted = toTenthsOfMm(reading.value, drivers::lengthUnitSymbol(reading.unit));
    if (converted) {
        *tenths = *converted;
        return std::nullopt;
    }
    if (reading.value > 0 && reading.millimetres() >= 100000)
        return tr("The reading %1 is far too long for a garment: measure %2 again.")
            .arg(shownReading(reading), name);
    return tr("The tape measure read 0: measure %1 again.").arg(name);
}

void MeasureViewModel::onFrame(const drivers::TapeFrame &frame)
{
    if (frame.kind != drivers::TapeFrame::Kind::Rejected)
        return;
    // The driver logged it with its bytes already; the person is told when they are measuring.
    log()->warn("measure: a frame from {} could not be read: {} (raw {})", text(frame.deviceId),
                text(frame.detail), hex(frame.raw));
    if (m_session && m_session->current())
        setMessage(tr("The tape measure sent something that cannot be read (%1): measure %2 again.")
                       .arg(frame.detail, currentName()),
                   true);
}

void MeasureViewModel::onTapeState(drivers::TapeDevice::State state)
{
    const bool ready = state == drivers::TapeDevice::State::Connected;
    const bool wasReady = m_tapeWasReady;
    m_tapeWasReady = ready;
    emit tapeChanged();
    if (wasReady && !ready) {
        log()->warn("measure: tape {} is {}", text(m_tape ? m_tape->deviceId() : QString()),
                    text(drivers::TapeDevice::stateName(state)));
        if (m_session && m_state == Measuring) {
            m_tapeLostMessage =
                tr("The tape measure is not connected: reconnect it on the Devices screen or type "
                   "the value.");
            setMessage(m_tapeLostMessage, true);
        }
    } else if (!wasReady && ready) {
        log()->info("measure: tape {} connected", text(m_tape ? m_tape->deviceId() : QString()));
        if (!m_tapeLostMessage.isEmpty() && m_message == m_tapeLostMessage)
            setMessage(tr("The tape measure is connected again."), false);
        m_tapeLostMessage.clear();
    }
}

bool MeasureViewModel::takeValue(qint64 tenths, const db::MeasurementRecorder::Source &source)
{
    const int row = currentRow();
    const QString name = currentName();
    if (!ensureRecorder()) {
        setMessage(tr("The value cannot be saved: this device (%1) is not set up in its store. Tell an "
                      "administrator.")
                       .arg(m_deviceId),
                   true);
        return false;
    }
    // Undone when the store refuses the value: the screen never shows what is not recorded.
    MeasurementSession before = *m_session;
    auto recorded = m_session->record(tenths);
    if (!recorded) {
        log()->error("measure: {}", text(recorded.error().toString()));
        setMessage(noPointMessage(), true);
        return false;
    }
    auto outcome = m_recorder->record(*m_session, *recorded, source, m_workerCode);
    if (!outcome) {
        *m_session = std::move(before);
        log()->error("measure: the value {} of {} {} could not be recorded: {}", tenths, text(itemId()),
                     text(m_points.code(row)), text(outcome.error().toString()));
        const QString why = outcome.error().code() == ErrorCode::NotFound && !m_workerCode.isEmpty()
                                ? tr("worker %1 is not known to this device").arg(m_workerCode)
                                : ErrorText::describe(outcome.error());
        setMessage(tr("The value %1 for %2 could not be saved (%3): measure it again.")
                       .arg(formatTenths(tenths), name, why),
                   true);
        return false;
    }
    const MeasurementSession::Entry &entry = recorded->entry;
    const PointJudgement &j = entry.judgement;
    m_lastEvent = outcome->measurement.id;
    log()->info("measure: {} {} = {} {} {} (attempt {}, {}, worker {})", text(itemId()), text(entry.code),
                text(formatTenths(j.value)), j.pass ? "pass" : "fail", text(formatDeviation(j.deviation)),
                entry.attempt, text(source.protocol), text(m_workerCode));
    if (outcome->notice)
        log()->warn("measure: item {} not counted as a unit: {}", text(itemId()), text(outcome->notCounted));

    m_points.setMeasured(row, j, entry.attempt);
    if (entry.attempt == 1) {
        ++m_measuredCount;
        emit progressChanged();
    }
    m_lastRow = row;
    m_lastValue = formatTenths(j.value);
    m_lastDeviation = MeasurePointModel::deviationText(j.deviation);
    m_lastPass = j.pass;
    if (m_messageIsError)
        clearMessage();
    emit lastChanged();
    emit pointJudged(row, j.pass);
    setCurrentFromSession();
    emit verdictChanged();
    if (recorded->completedNow)
        emit verdictReached(recorded->verdict == ItemVerdict::Pass);
    if (m_state == Finished) {
        if (verdict() == Fail) {
            // A new sticker only when what it would say changed (a re-measure that still fails
            // the same way prints nothing more).
            if (m_stickerKey.isEmpty() || failureKey(*m_session) != m_stickerFailures)
                (void)sendSticker(false);
        } else if (!m_stickerKey.isEmpty()) {
            setSticker(tr("The item passes now: take off the NG sticker printed for it before."), false);
        }
    }
    return true;
}

// ---- the NG sticker ----

bool MeasureViewModel::sendSticker(bool reprint)
{
    const MeasurementSpec &spec = m_session->spec();
    if (!m_printer) {
        log()->warn("measure: item {} failed; no label printer for its NG sticker", text(spec.itemId));
        setSticker(
            tr("No label printer is set up for this device: choose one on the Devices screen, then print "
               "the NG sticker."),
            true);
        return false;
    }
    drivers::NgStickerData sticker = drivers::ngStickerFor(*m_session, m_language);
    // The QR links to the record: the item and the event of its last value.
    sticker.recordUri = drivers::ngStickerRecordUri(spec.itemId, m_lastEvent);
    sticker.worker = m_workerCode;
    sticker.measuredAt = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), m_siteZone)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto zpl = drivers::buildNgStickerZpl(sticker, m_stickerOptions);
    if (!zpl) {
        log()->error("measure: the NG sticker of {} cannot be made: {}", text(spec.itemId),
                     text(zpl.error().toString()));
        setSticker(tr("The NG sticker cannot be made: %1").arg(ErrorText::describe(zpl.error())), true);
        return false;
    }
    QString key = drivers::ngStickerSpoolKey(spec.itemId, m_lastEvent);
    if (reprint)
        key += QStringLiteral("/reprint-%1").arg(++m_reprints);
    auto added = m_printer->print(key, *zpl);
    if (!added) {
        log()->error("measure: the NG sticker {} cannot be spooled: {}", text(key),
                     text(added.error().toString()));
        setSticker(
            tr("The NG sticker cannot be put in the print queue: %1").arg(ErrorText::describe(added.error())),
            true);
        return false;
    }
    m_stickerKey = key;
    m_stickerFailures = failureKey(*m_session);
    log()->info("measure: NG sticker {} to {} ({})", text(key), text(m_printer->address()),
                added->existed ? "already in the spool" : "spooled");
    if (added->job.sentAtMs) {
        m_sentKeys.insert(key, true);
        setSticker(tr("NG sticker printed on %1.").arg(m_printer->address()), false);
        return true;
    }
    m_waiting.insert(key, spec.itemId);
    if (m_printer->state() == drivers::LabelPrinter::State::Waiting)
        setSticker(
            tr("The NG sticker waits for the printer at %1: it prints by itself when the printer is back.")
                .arg(m_printer->address()),
            true);
    else
        setSticker(tr("Printing the NG sticker on %1…").arg(m_printer->address()), false);
    return true;
}

void MeasureViewModel::onJobSent(qint64 id, const QString &key)
{
    const auto it = m_waiting.constFind(key);
    if (it == m_waiting.constEnd())
        return; // not one of ours
    const QString item = *it;
    m_waiting.erase(it);
    m_sentKeys.insert(key, true);
    const QString address = m_printer ? m_printer->address() : QString();
    log()->info("measure: NG sticker {} (job {}) sent to {}", text(key), id, text(address));
    if (key == m_stickerKey)
        setSticker(tr("NG sticker printed on %1.").arg(address), false);
    else if (!m_messageIsError)
        setMessage(tr("The NG sticker of item %1 has been printed.").arg(item), false);
    emit stickerSent(address);
}

void MeasureViewModel::onPrinterProblem(drivers::LabelPrinter::Problem kind, const Error &error)
{
    if (m_waiting.isEmpty())
        return;
    log()->warn("measure: printer problem while NG stickers wait ({}): {}", static_cast<int>(kind),
                text(error.toString()));
    if (m_waiting.contains(m_stickerKey))
        setSticker(
            tr("The NG sticker waits in the print queue. %1 It prints by itself when the printer is back.")
                .arg(error.message()),
            true);
}

// ---- state ----

QString MeasureViewModel::noPointMessage() const
{
    if (!m_session)
        return tr("Scan the care label first.");
    return tr("No point is waiting for a value: tap a point to measure it again, or go to the next item.");
}

QString MeasureViewModel::labelRefusal(const SpecFailure &failure, const QString &label) const
{
    switch (failure.problem) {
    case SpecProblem::NotASpec:
        return tr("This code is not a care label's measurement spec. Scan the QR code on the care label.");
    case SpecProblem::UnknownVersion:
        return tr(
            "This care label is in a newer format than this device reads. Set the garment aside and tell "
            "your leader.");
    case SpecProblem::Truncated:
        return tr("The care label was read only in part. Scan it again, holding the scanner still.");
    case SpecProblem::UnknownKey:
        return tr("This care label was signed with a brand key this device does not have (key %1). Ask an "
                  "administrator to add it in Settings.")
            .arg(label.section(QLatin1Char('*'), 1, 1).left(8));
    case SpecProblem::BadSignature:
        return tr(
            "This care label's spec was altered or not signed by the brand: do not measure against it. Set "
            "the garment aside and tell your leader.");
    case SpecProblem::MissingField:
    case SpecProblem::MalformedField:
        return tr("This care label's spec is damaged or badly made (field %1). Set the garment aside and "
                  "tell "
                  "your leader.")
            .arg(failure.field);
    case SpecProblem::None: break;
    }
    return tr("This care label cannot be read. Scan it again.");
}

QString MeasureViewModel::shownReading(const drivers::TapeReading &reading) const
{
    //: A tape reading as the device sent it: a number and its unit ("721.5 mm", "28.4 in")
    return tr("%1 %2").arg(QString::number(reading.value, 'g', 10), drivers::lengthUnitSymbol(reading.unit));
}

void MeasureViewModel::setCurrentFromSession()
{
    const auto index = m_session ? m_session->currentIndex() : std::nullopt;
    m_points.setCurrentRow(index ? *index : -1);
    emit currentChanged();
    setState(!m_session ? WaitingForLabel : index ? Measuring : Finished);
}

void MeasureViewModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void MeasureViewModel::setMessage(const QString &message, bool error)
{
    if (message == m_message && error == m_messageIsError)
        return;
    m_message = message;
    m_messageIsError = error;
    emit messageChanged();
}

void MeasureViewModel::clearMessage()
{
    setMessage({}, false);
}

void MeasureViewModel::setSticker(const QString &status, bool error)
{
    if (status == m_stickerStatus && error == m_stickerIsError)
        return;
    m_stickerStatus = status;
    m_stickerIsError = error;
    emit stickerChanged();
}

void MeasureViewModel::clearItem()
{
    m_session.reset();
    m_label.clear();
    m_points.clear();
    m_garmentKind = GarmentOutline::kOther;
    m_outlinePath.clear();
    m_outlineLines.clear();
    m_measuredCount = 0;
    m_lastEvent = QUuid();
    m_lastRow = -1;
    m_lastValue.clear();
    m_lastDeviation.clear();
    m_lastPass = false;
    m_stickerKey.clear();
    m_stickerFailures.clear();
    m_reprints = 0;
    setSticker({}, false);
    emit itemChanged();
    emit progressChanged();
    emit currentChanged();
    emit lastChanged();
    emit verdictChanged();
}

} // namespace wh
