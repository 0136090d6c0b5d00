#include "DevicesViewModel.h"

#include "DeviceLogEntry.h"
#include "ErrorText.h"
#include "Logging.h"
#include "QtBleCentral.h"
#include "TapeDeviceFactory.h"
#include "ZplBuilder.h"

#include <QDateTime>
#include <QSerialPortInfo>

#include <spdlog/spdlog.h>

namespace wh {

namespace {

const QString kFontMode = QStringLiteral("font");
const QString kGraphicMode = QStringLiteral("graphic");

std::shared_ptr<spdlog::logger> logger()
{
    return logging::get("handheld");
}

QList<SerialPortEntry> systemSerialPorts()
{
    QList<SerialPortEntry> out;
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        out << SerialPortEntry{info.portName(), info.systemLocation(), info.description()};
    return out;
}

} // namespace

DevicesViewModel::DevicesViewModel(db::Store &store, const Clock &clock, const QString &deviceId,
                                   QObject *parent)
    : DevicesViewModel(store, clock, deviceId, Options{}, parent)
{
}

DevicesViewModel::DevicesViewModel(db::Store &store, const Clock &clock, const QString &deviceId,
                                   Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_deviceId(deviceId)
    , m_options(std::move(options))
    , m_deviceLog(store)
    , m_spool(store)
{
    qRegisterMetaType<drivers::TapeDevice::State>();
    qRegisterMetaType<drivers::TapeFrame>();
    qRegisterMetaType<drivers::BleTapeCandidate>();
    qRegisterMetaType<drivers::PrinterStatus>();
    auto settings = db::DeviceSettings::open(store, deviceId);
    if (settings) {
        m_settings = std::move(settings).value();
    } else {
        m_settingsProblem = settings.error().code() == ErrorCode::NotFound
                                ? tr("the device %1 is not in this store").arg(deviceId)
                                : ErrorText::describe(settings.error());
        logger()->error("devices: the settings of device {} cannot be read: {}", deviceId.toStdString(),
                        settings.error().toString().toStdString());
    }
    restore();
}

DevicesViewModel::~DevicesViewModel()
{
    if (m_discovery)
        m_discovery->disconnect(this);
    if (m_tape) {
        m_tape->disconnect(this);
        m_tape->stop();
    }
    if (m_printer) {
        m_printer->disconnect(this);
        m_printer->stop();
    }
}

void DevicesViewModel::restore()
{
    if (!m_settings) {
        sayProblem(tr("This handheld's settings cannot be read, so its tape measure and printer are not "
                      "remembered: %1")
                       .arg(m_settingsProblem));
        return;
    }
    auto read = [this](const QString &key) -> QString {
        auto value = m_settings->valueOr(key, QString());
        if (!value) {
            sayProblem(
                tr("A setting of this handheld cannot be read: %1").arg(ErrorText::describe(value.error())),
                value.error().toString());
            return {};
        }
        return *value;
    };

    const QString mode = read(db::DeviceSettings::kPrinterMode);
    if (mode == kGraphicMode)
        m_japaneseMode = kGraphicMode;

    const QString spec = read(db::DeviceSettings::kTape);
    if (!spec.isEmpty()) {
        QString name = read(db::DeviceSettings::kTapeName);
        auto tape = makeTape(spec);
        if (!tape) {
            m_tapeProblem = tr("The remembered tape measure “%1” cannot be used: %2")
                                .arg(name.isEmpty() ? spec : name, tape.error().message());
            sayProblem(m_tapeProblem, tape.error().toString());
        } else {
            setTape(std::move(tape).value(), name.isEmpty() ? nameOfSpec(spec) : name, spec);
        }
    }

    const QString printer = read(db::DeviceSettings::kPrinter);
    if (!printer.isEmpty()) {
        const auto address = drivers::PrinterAddress::parse(printer);
        if (!address) {
            m_printerProblem =
                tr("The remembered printer address “%1” is not an address; set the printer again.")
                    .arg(printer);
            sayProblem(m_printerProblem);
        } else {
            startPrinter(*address);
        }
    }
}

// ---------------------------------------------------------------------------------------- tape

QString DevicesViewModel::nameOfSpec(const QString &spec)
{
    // A tape remembered without the name the list showed (set up by an admin or `wh demo`): named
    // the way the list names it, in the current language.
    auto parsed = drivers::TapeDeviceSpec::parse(spec);
    if (!parsed)
        return spec;
    const QString title = TapeCandidateModel::protocolTitle(parsed->protocol);
    if (parsed->kind == drivers::TapeDeviceSpec::Kind::Simulated)
        return TapeCandidateModel::tr("Simulator — %1").arg(title);
    return parsed->target.isEmpty() ? title : tr("%1 (%2)").arg(title, parsed->target);
}

std::unique_ptr<drivers::BleCentral> DevicesViewModel::makeCentral() const
{
    if (m_options.bleCentral)
        return m_options.bleCentral();
    return std::make_unique<drivers::QtBleCentral>();
}

Result<std::unique_ptr<drivers::TapeDevice>> DevicesViewModel::makeTape(const QString &spec)
{
    auto parsed = drivers::TapeDeviceSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    if (parsed->kind == drivers::TapeDeviceSpec::Kind::Ble) {
        // The factory's BleTape takes the Qt central; this one takes ours (a fake in the tests).
        drivers::BleTape::Settings settings = m_options.ble;
        settings.protocol = parsed->protocol;
        settings.address = parsed->target;
        auto tape = drivers::BleTape::create(settings, makeCentral(), m_clock);
        if (!tape)
            return tape.error();
        return std::unique_ptr<drivers::TapeDevice>(std::move(tape).value());
    }
    return drivers::createTapeDevice(*parsed, {}, m_clock);
}

void DevicesViewModel::setTape(std::unique_ptr<drivers::TapeDevice> tape, const QString &name,
                               const QString &spec)
{
    std::unique_ptr<drivers::TapeDevice> old = std::move(m_tape);
    if (old) {
        old->disconnect(this);
        old->stop();
    }
    m_tape = std::move(tape);
    m_tapeName = m_tape ? name : QString();
    m_tapeSpec = m_tape ? spec : QString();
    m_tapeProblem.clear();
    m_candidates.setRemembered(m_tapeSpec);
    if (m_tape) {
        connect(m_tape.get(), &drivers::TapeDevice::stateChanged, this, &DevicesViewModel::onTapeState);
        connect(m_tape.get(), &drivers::TapeDevice::deviceError, this, &DevicesViewModel::onTapeError);
        connect(m_tape.get(), &drivers::TapeDevice::frameReceived, this, &DevicesViewModel::onTapeFrame);
    }
    // The shell connects to the new tape here, before it starts, so it sees its first state.
    emit tapeChanged(m_tape.get());
    old.reset();
    if (m_tape) {
        logger()->info("devices: tape {} ({})", m_tapeSpec.toStdString(), m_tapeName.toStdString());
        m_tape->start();
    }
    emit tapeStateChanged();
}

void DevicesViewModel::onTapeState(drivers::TapeDevice::State state)
{
    if (state == drivers::TapeDevice::State::Connected)
        m_tapeProblem.clear();
    emit tapeStateChanged();
}

void DevicesViewModel::onTapeError(const Error &error)
{
    // The device goes on trying by itself; the state says so, this says why. A Bluetooth tape on a
    // handheld without Bluetooth (or with it off) gets that in plain words, not the stack's error.
    m_tapeProblem = error.message();
    if (m_tapeSpec.startsWith(QLatin1String("ble:"))) {
        switch (discovery().adapterState()) {
        case drivers::BleCentral::AdapterState::Missing:
            m_tapeProblem =
                tr("This handheld has no Bluetooth, so this tape measure cannot connect. Choose a "
                   "serial tape measure or a simulator.");
            break;
        case drivers::BleCentral::AdapterState::PoweredOff:
            m_tapeProblem = tr("Bluetooth is switched off: switch it on and the tape measure connects.");
            break;
        case drivers::BleCentral::AdapterState::Available: break;
        }
    }
    emit tapeStateChanged();
}

void DevicesViewModel::onTapeFrame(const drivers::TapeFrame &frame)
{
    auto stored = m_deviceLog.append(deviceLogEntryOf(frame));
    if (stored) {
        m_deviceLogFailing = false;
        return;
    }
    logger()->error("devices: a tape frame could not be kept in the device log: {}",
                    stored.error().toString().toStdString());
    if (!m_deviceLogFailing) {
        m_deviceLogFailing = true;
        sayProblem(tr("The tape measure's frames cannot be kept in the device log: %1")
                       .arg(ErrorText::describe(stored.error())));
    }
}

QString DevicesViewModel::tapeState() const
{
    return m_tape ? drivers::TapeDevice::stateName(m_tape->state()) : QStringLiteral("none");
}

QString DevicesViewModel::tapeStateText() const
{
    if (!m_tape)
        return tr("No tape measure chosen");
    switch (m_tape->state()) {
    case drivers::TapeDevice::State::Stopped: return tr("Not connected");
    case drivers::TapeDevice::State::Searching: return tr("Searching…");
    case drivers::TapeDevice::State::Connecting: return tr("Connecting…");
    case drivers::TapeDevice::State::Connected: return tr("Connected");
    case drivers::TapeDevice::State::Reconnecting: return tr("Not connected: trying again…");
    }
    return {};
}

bool DevicesViewModel::tapeConnected() const
{
    return m_tape && m_tape->state() == drivers::TapeDevice::State::Connected;
}

bool DevicesViewModel::tapeIsSimulator() const
{
    return m_tapeSpec.startsWith(QLatin1String("sim:"));
}

bool DevicesViewModel::choose(int row)
{
    const TapeCandidate *chosen = m_candidates.candidate(row);
    if (!chosen) {
        sayProblem(tr("That tape measure is no longer in the list: search again."),
                   QStringLiteral("row %1").arg(row));
        return false;
    }
    const TapeCandidate candidate = *chosen; // the list changes below
    stopDiscovery();
    auto tape = makeTape(candidate.spec);
    if (!tape) {
        sayProblem(tr("%1 cannot be used: %2").arg(candidate.name, tape.error().message()),
                   tape.error().toString());
        return false;
    }
    setTape(std::move(tape).value(), candidate.name, candidate.spec);
    Status kept = remember(db::DeviceSettings::kTape, candidate.spec);
    if (kept)
        kept = remember(db::DeviceSettings::kTapeName, candidate.name);
    if (!kept) {
        sayProblem(tr("%1 works for now, but it cannot be remembered: %2")
                       .arg(candidate.name, settingsFailure(kept.error())),
                   kept.error().toString());
        return false;
    }
    say(candidate.kind == TapeCandidate::Kind::Simulator
            ? tr("%1 chosen: readings come from the simulator, for training and demos.").arg(candidate.name)
            : tr("%1 chosen and remembered.").arg(candidate.name));
    return true;
}

void DevicesViewModel::forgetTape()
{
    if (!m_tape && m_tapeSpec.isEmpty()) {
        say(tr("No tape measure is chosen."));
        return;
    }
    const QString name = m_tapeName;
    setTape(nullptr, {}, {});
    Status forgotten = forget(db::DeviceSettings::kTape);
    if (forgotten)
        forgotten = forget(db::DeviceSettings::kTapeName);
    if (!forgotten) {
        sayProblem(tr("%1 is stopped, but this handheld cannot forget it: %2")
                       .arg(name, settingsFailure(forgotten.error())),
                   forgotten.error().toString());
        return;
    }
    say(tr("%1 is forgotten.").arg(name));
}

void DevicesViewModel::reconnectTape()
{
    if (!m_tape) {
        say(tr("No tape measure is chosen: find one first."));
        return;
    }
    m_tapeProblem.clear();
    m_tape->stop();
    m_tape->start();
    emit tapeStateChanged();
}

// ----------------------------------------------------------------------------------- discovery

void DevicesViewModel::setDiscovering(bool on, const QString &status)
{
    m_discovering = on;
    m_discoveryStatus = status;
    emit discoveryChanged();
}

drivers::BleTapeDiscovery &DevicesViewModel::discovery()
{
    if (m_discovery)
        return *m_discovery;
    m_discovery = std::make_unique<drivers::BleTapeDiscovery>(makeCentral());
    connect(m_discovery.get(), &drivers::BleTapeDiscovery::tapeFound, this,
            [this](const drivers::BleTapeCandidate &found) {
                m_candidates.addBle(found);
                const int n = m_candidates.count(TapeCandidate::Kind::Ble);
                setDiscovering(true, tr("Bluetooth tape measures found so far: %1. Still looking…").arg(n));
            });
    connect(m_discovery.get(), &drivers::BleTapeDiscovery::failed, this, [this](const Error &error) {
        logger()->warn("devices: the Bluetooth search failed: {}", error.toString().toStdString());
        setDiscovering(false, tr("The Bluetooth search failed (%1). Serial ports and simulators are listed.")
                                  .arg(error.message()));
    });
    connect(m_discovery.get(), &drivers::BleTapeDiscovery::finished, this,
            &DevicesViewModel::onDiscoveryFinished);
    return *m_discovery;
}

void DevicesViewModel::startDiscovery()
{
    m_candidates.setSerialPorts(m_options.serialPorts ? m_options.serialPorts() : systemSerialPorts());
    m_candidates.clearBle();
    drivers::BleTapeDiscovery &bluetooth = discovery();
    setDiscovering(true, tr("Looking for Bluetooth tape measures… Switch the tape measure on and keep it "
                            "close."));
    const Status started = bluetooth.start(m_options.discoveryTimeoutMs);
    if (!started) {
        logger()->info("devices: no Bluetooth search: {}", started.error().toString().toStdString());
        setDiscovering(false, bluetooth.adapterState() == drivers::BleCentral::AdapterState::PoweredOff
                                  ? tr("Bluetooth is switched off, so Bluetooth tape measures cannot be "
                                       "found: switch it on and search again. Serial ports and simulators "
                                       "are listed.")
                                  : tr("This handheld has no Bluetooth, so Bluetooth tape measures cannot "
                                       "be found. Serial ports and simulators are listed."));
    }
}

void DevicesViewModel::onDiscoveryFinished()
{
    if (!m_discovering)
        return; // failed() said why already
    const int n = m_candidates.count(TapeCandidate::Kind::Ble);
    setDiscovering(false, n > 0 ? tr("Bluetooth tape measures found: %1.").arg(n)
                                : tr("No Bluetooth tape measure found: is it switched on and close to this "
                                     "handheld? Serial ports and simulators are listed."));
}

void DevicesViewModel::stopDiscovery()
{
    if (m_discovery && m_discovery->isActive())
        m_discovery->stop(); // finished: onDiscoveryFinished
}

// ------------------------------------------------------------------------------------- printer

void DevicesViewModel::startPrinter(const drivers::PrinterAddress &address)
{
    drivers::LabelPrinter::Settings settings = m_options.printer;
    settings.host = address.host;
    settings.port = address.port;
    settings.name.clear(); // the spool's name is "host:port": jobs left from before go out too
    auto printer = std::make_unique<drivers::LabelPrinter>(settings, m_spool);
    setPrinter(std::move(printer), address.text());
}

void DevicesViewModel::setPrinter(std::unique_ptr<drivers::LabelPrinter> printer, const QString &address)
{
    std::unique_ptr<drivers::LabelPrinter> old = std::move(m_printer);
    if (old) {
        old->disconnect(this);
        old->stop();
    }
    m_printer = std::move(printer);
    m_printerAddress = m_printer ? address : QString();
    m_printerProblem.clear();
    m_printerState = m_printer ? PrinterState::Checking : PrinterState::None;
    m_printerStateText.clear();
    if (m_printer) {
        drivers::LabelPrinter *p = m_printer.get();
        connect(p, &drivers::LabelPrinter::statusReceived, this, &DevicesViewModel::onPrinterStatus);
        connect(p, &drivers::LabelPrinter::problem, this, &DevicesViewModel::onPrinterProblem);
        connect(p, &drivers::LabelPrinter::stateChanged, this, [this] { refreshSpoolWaiting(); });
        connect(p, &drivers::LabelPrinter::idle, this, [this] { refreshSpoolWaiting(); });
        connect(p, &drivers::LabelPrinter::jobSent, this, [this](qint64, const QString &key) {
            if (key == m_lastTestKey)
                say(tr("The test label went to the printer at %1.").arg(m_printerAddress));
            refreshSpoolWaiting();
        });
    }
    emit printerChanged(m_printer.get());
    old.reset();
    if (m_printer) {
        logger()->info("devices: printer {}", m_printerAddress.toStdString());
        m_printer->start();
        m_printer->queryStatus();
    }
    refreshSpoolWaiting();
    emit printerStateChanged();
}

void DevicesViewModel::refreshSpoolWaiting()
{
    int waiting = 0;
    if (m_printer) {
        auto n = m_printer->waiting();
        if (!n)
            logger()->error("devices: the print spool cannot be read: {}",
                            n.error().toString().toStdString());
        else
            waiting = static_cast<int>(*n);
    }
    if (waiting == m_spoolWaiting)
        return;
    m_spoolWaiting = waiting;
    emit printerStateChanged();
}

void DevicesViewModel::onPrinterStatus(const drivers::PrinterStatus &status)
{
    const auto conditions = status.conditions();
    if (conditions.empty()) {
        m_printerState = PrinterState::Ready;
        m_printerStateText.clear();
        m_printerProblem.clear();
    } else {
        m_printerState = PrinterState::NotReady;
        switch (conditions.front()) {
        case drivers::PrinterCondition::PaperOut: m_printerStateText = tr("Out of labels"); break;
        case drivers::PrinterCondition::HeadOpen: m_printerStateText = tr("Head open"); break;
        case drivers::PrinterCondition::Paused: m_printerStateText = tr("Paused"); break;
        case drivers::PrinterCondition::RibbonOut: m_printerStateText = tr("Out of ribbon"); break;
        default: m_printerStateText = tr("Not ready"); break;
        }
        m_printerProblem = status.messages().join(QLatin1Char(' '));
    }
    refreshSpoolWaiting();
    emit printerStateChanged();
}

void DevicesViewModel::onPrinterProblem(drivers::LabelPrinter::Problem kind, const Error &error)
{
    using P = drivers::LabelPrinter::Problem;
    switch (kind) {
    case P::NotReady: break; // the status said what (statusReceived came first)
    case P::ConnectionRefused:
    case P::HostNotFound:
    case P::Timeout:
    case P::ConnectionLost: m_printerState = PrinterState::Offline; break;
    case P::NoStatusAnswer:
    case P::BadStatusAnswer:
        m_printerState = PrinterState::Error;
        m_printerStateText = tr("Not answering");
        break;
    case P::Spool:
        m_printerState = PrinterState::Error;
        m_printerStateText = tr("Spool error");
        break;
    }
    // The driver's sentence names the address and what to do; with labels waiting it says they wait.
    m_printerProblem = error.message();
    refreshSpoolWaiting();
    emit printerStateChanged();
}

QString DevicesViewModel::printerState() const
{
    switch (m_printerState) {
    case PrinterState::None: return QStringLiteral("none");
    case PrinterState::Checking: return QStringLiteral("checking");
    case PrinterState::Ready: return QStringLiteral("ready");
    case PrinterState::NotReady: return QStringLiteral("not-ready");
    case PrinterState::Offline: return QStringLiteral("offline");
    case PrinterState::Error: return QStringLiteral("error");
    }
    return {};
}

QString DevicesViewModel::printerStateText() const
{
    switch (m_printerState) {
    case PrinterState::None: return tr("No printer set");
    case PrinterState::Checking: return tr("Checking…");
    case PrinterState::Ready: return tr("Ready");
    case PrinterState::Offline: return tr("Offline");
    case PrinterState::NotReady:
    case PrinterState::Error: return m_printerStateText;
    }
    return {};
}

bool DevicesViewModel::setPrinterAddress(const QString &hostPort)
{
    const auto address = drivers::PrinterAddress::parse(hostPort);
    if (!address) {
        sayProblem(tr("“%1” is not a printer address. Type the printer's IP address or network name, and "
                      "its port when it is not 9100: 192.168.1.50 or 192.168.1.50:9100.")
                       .arg(hostPort.trimmed()),
                   hostPort);
        return false;
    }
    startPrinter(*address);
    if (const Status kept = remember(db::DeviceSettings::kPrinter, address->text()); !kept) {
        sayProblem(tr("The printer at %1 works for now, but it cannot be remembered: %2")
                       .arg(address->text(), settingsFailure(kept.error())),
                   kept.error().toString());
        return false;
    }
    say(tr("The printer at %1 is set; checking it…").arg(address->text()));
    return true;
}

void DevicesViewModel::clearPrinter()
{
    if (!m_printer) {
        say(tr("No printer is set."));
        return;
    }
    setPrinter(nullptr, {});
    // Empty: none (kPrinter's convention), so a later restore does not fall back to a default.
    if (const Status kept = remember(db::DeviceSettings::kPrinter, QString()); !kept) {
        sayProblem(tr("The printer is stopped, but this handheld cannot forget it: %1")
                       .arg(settingsFailure(kept.error())),
                   kept.error().toString());
        return;
    }
    say(tr("No printer is set now: NG stickers are not printed."));
}

void DevicesViewModel::checkPrinter()
{
    if (!m_printer) {
        say(tr("No printer is set: type its address first."));
        return;
    }
    m_printerState = PrinterState::Checking;
    emit printerStateChanged();
    m_printer->queryStatus();
}

bool DevicesViewModel::testPrint()
{
    if (!m_printer) {
        sayProblem(tr("No printer is set: type its address first."));
        return false;
    }
    const qint64 now = m_clock.nowMs();
    const QString when = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate);
    // ASCII only: the printer's built-in font has no Japanese, and a test must print on any printer.
    const QByteArray zpl = drivers::ZplBuilder(drivers::LabelFormat::fromMillimetres(50, 30))
                               .box(8, 8, 384, 224, 3)
                               .text(24, 24, QStringLiteral("TEST LABEL"), {QString(), 40})
                               .text(24, 84, m_deviceId, {QString(), 28})
                               .text(24, 124, m_printerAddress, {QString(), 24})
                               .text(24, 164, when, {QString(), 24})
                               .build();
    const QString key = QStringLiteral("test:%1:%2").arg(m_deviceId).arg(now);
    auto added = m_printer->print(key, zpl);
    if (!added) {
        sayProblem(
            tr("The test label cannot be put in the print spool: %1").arg(ErrorText::describe(added.error())),
            added.error().toString());
        return false;
    }
    m_lastTestKey = key;
    refreshSpoolWaiting();
    say(tr("The test label is in the print spool: it prints as soon as the printer at %1 is ready.")
            .arg(m_printerAddress));
    return true;
}

void DevicesViewModel::setJapaneseMode(const QString &mode)
{
    if (mode != kFontMode && mode != kGraphicMode) {
        sayProblem(tr("“%1” is not a way to print Japanese (font or graphic).").arg(mode));
        return;
    }
    if (mode != m_japaneseMode) {
        m_japaneseMode = mode;
        emit japaneseModeChanged();
    }
    if (const Status kept = remember(db::DeviceSettings::kPrinterMode, mode); !kept) {
        sayProblem(tr("Japanese is printed this way for now, but it cannot be remembered: %1")
                       .arg(settingsFailure(kept.error())),
                   kept.error().toString());
        return;
    }
    say(mode == kGraphicMode ? tr("Japanese text is drawn here and sent as a picture (any printer).")
                             : tr("Japanese text uses the printer's own Japanese font."));
}

drivers::NgStickerOptions DevicesViewModel::stickerOptions() const
{
    drivers::NgStickerOptions options;
    options.japanese = m_japaneseMode == kGraphicMode ? drivers::JapaneseTextMode::HostGraphic
                                                      : drivers::JapaneseTextMode::PrinterFont;
    return options;
}

// ---------------------------------------------------------------------------------- settings

void DevicesViewModel::setUpdatedBy(const QString &who)
{
    if (who == m_updatedBy)
        return;
    m_updatedBy = who;
    emit updatedByChanged();
}

Status DevicesViewModel::remember(const QString &key, const QString &value)
{
    if (!m_settings)
        return Error(ErrorCode::NotFound, m_settingsProblem, m_deviceId);
    const Status set = m_settings->set(key, value, m_clock.nowMs(), m_updatedBy);
    if (set)
        logger()->info("devices: {} = \"{}\" (by {})", key.toStdString(), value.toStdString(),
                       m_updatedBy.toStdString());
    return set;
}

Status DevicesViewModel::forget(const QString &key)
{
    if (!m_settings)
        return Error(ErrorCode::NotFound, m_settingsProblem, m_deviceId);
    const Status removed = m_settings->remove(key);
    if (removed)
        logger()->info("devices: {} removed (by {})", key.toStdString(), m_updatedBy.toStdString());
    return removed;
}

QString DevicesViewModel::settingsFailure(const Error &error) const
{
    return m_settings ? ErrorText::describe(error) : m_settingsProblem;
}

void DevicesViewModel::say(const QString &text)
{
    logger()->info("devices: {}", text.toStdString());
    if (text == m_message)
        return;
    m_message = text;
    emit messageChanged();
}

void DevicesViewModel::sayProblem(const QString &text, const QString &detail)
{
    logger()->warn("devices: {}{}", text.toStdString(),
                   detail.isEmpty() ? std::string() : " (" + detail.toStdString() + ")");
    if (text == m_message)
        return;
    m_message = text;
    emit messageChanged();
}

} // namespace wh
