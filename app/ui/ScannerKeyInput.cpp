#include "ScannerKeyInput.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWindow>

namespace wh {

namespace {

const QString kPrefix = QStringLiteral("scanner-prefix");
const QString kSuffix = QStringLiteral("scanner-suffix");
const QString kGap = QStringLiteral("scanner-gap-ms");
const QString kSubstitute = QStringLiteral("scanner-gs-substitute");
const QString kAim = QStringLiteral("scanner-aim");
const QString kTerminator = QStringLiteral("scanner-terminator");
const QString kMinLength = QStringLiteral("scanner-min-length");
const QString kSerial = QStringLiteral("scanner-serial");
const QString kSerialBaud = QStringLiteral("scanner-serial-baud");
const QString kSerialTerminator = QStringLiteral("scanner-serial-terminator");

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_Mode_switch: return true;
    default: return false;
    }
}

Error optionError(const QString &message, const QString &value)
{
    return Error(ErrorCode::InvalidArgument, message, value);
}

} // namespace

ScannerKeyInput::ScannerKeyInput(Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_detector(m_options)
{
    // About twice the maximum gap: a timer that fired before the next key of a burst was handled
    // would type the burst; a person's single key still shows without a perceptible delay.
    m_silence.setSingleShot(true);
    m_silence.setInterval(2 * m_options.maxGapMs);
    connect(&m_silence, &QTimer::timeout, this, &ScannerKeyInput::silenceNow);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

ScannerKeyInput::~ScannerKeyInput()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void ScannerKeyInput::setEnabled(bool enabled)
{
    if (!enabled)
        silenceNow();
    m_enabled = enabled;
}

Status ScannerKeyInput::setOptions(Options options)
{
    if (auto valid = drivers::ScannerWedgeDetector::validate(options); !valid)
        return valid;
    // Whatever is held was collected under the old framing: it goes back as typed (or is read).
    silenceNow();
    m_options = std::move(options);
    m_detector = drivers::ScannerWedgeDetector(m_options);
    m_silence.setInterval(2 * m_options.maxGapMs);
    return {};
}

void ScannerKeyInput::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kPrefix, tr("Keyboard-wedge barcode scanner: the prefix it sends before each code."), tr("TEXT")});
    parser.addOption(
        {kSuffix, tr("Keyboard-wedge barcode scanner: the suffix it sends after each code (before Enter)."),
         tr("TEXT")});
    parser.addOption({kGap,
                      tr("Keyboard-wedge barcode scanner: the longest gap between two keys of a scan, in "
                         "milliseconds (default 35)."),
                      tr("MS")});
    parser.addOption(
        {kSubstitute,
         tr("Keyboard-wedge barcode scanner: the character it types instead of GS (e.g. |), read as GS."),
         tr("CHAR")});
    parser.addOption({kAim,
                      tr("Keyboard-wedge barcode scanner: the AIM symbology identifier (]C1, ]Q1, ...) is "
                         "required, optional (default: split off when present) or none."),
                      tr("MODE")});
    parser.addOption({kTerminator,
                      tr("Keyboard-wedge barcode scanner: the key that ends a scan, enter (default), tab or "
                         "none."),
                      tr("KEY")});
    parser.addOption({kMinLength,
                      tr("Keyboard-wedge barcode scanner: the shortest code read as a scan (shorter fast "
                         "input stays typed text; default 4, wh-manager 2)."),
                      tr("N")});
    parser.addOption({kSerial,
                      tr("A serial barcode scanner on this port (e.g. /dev/ttyUSB0), 9600 8N1 unless "
                         "--scanner-serial-baud says otherwise; prefix, suffix and AIM as above."),
                      tr("PORT")});
    parser.addOption({kSerialBaud, tr("Serial barcode scanner: the baud rate (default 9600)."), tr("N")});
    parser.addOption({kSerialTerminator,
                      tr("Serial barcode scanner: what ends a code, cr (default; an LF after it is "
                         "dropped), lf, crlf or none (a silence)."),
                      tr("END")});
}

Result<std::unique_ptr<drivers::SerialScanner>>
ScannerKeyInput::serialFrom(const QCommandLineParser &parser, const Options &options, ScannerKeyInput &input)
{
    if (!parser.isSet(kSerial))
        return std::unique_ptr<drivers::SerialScanner>();
    drivers::SerialScanner::Settings settings;
    settings.portName = parser.value(kSerial);
    if (parser.isSet(kSerialBaud)) {
        bool ok = false;
        const int baud = parser.value(kSerialBaud).toInt(&ok);
        if (!ok || baud < 300 || baud > 4000000)
            return optionError(
                tr("--scanner-serial-baud must be a baud rate such as 9600 or 115200, not “%1”.")
                    .arg(parser.value(kSerialBaud)),
                parser.value(kSerialBaud));
        settings.baudRate = baud;
    }
    if (parser.isSet(kSerialTerminator)) {
        auto terminator = drivers::SerialScanDecoder::parseTerminator(parser.value(kSerialTerminator));
        if (!terminator)
            return optionError(tr("--scanner-serial-terminator must be cr, lf, crlf or none, not “%1”.")
                                   .arg(parser.value(kSerialTerminator)),
                               parser.value(kSerialTerminator));
        settings.decoder.terminator = *terminator;
    }
    settings.decoder.text.prefix = options.prefix;
    settings.decoder.text.suffix = options.suffix;
    settings.decoder.text.gsSubstitute = options.gsSubstitute;
    settings.decoder.text.aim = options.aim;
    auto serial = std::make_unique<drivers::SerialScanner>(settings);
    connect(serial.get(), &drivers::SerialScanner::scanned, &input, &ScannerKeyInput::scanned);
    connect(serial.get(), &drivers::SerialScanner::readError, &input,
            [&input](const Error &error) { emit input.scanRejected(error.context(), error); });
    serial->start();
    return serial;
}

Result<ScannerKeyInput::Options> ScannerKeyInput::optionsFrom(const QCommandLineParser &parser,
                                                              Options defaults)
{
    Options options = std::move(defaults);
    if (parser.isSet(kPrefix))
        options.prefix = parser.value(kPrefix);
    if (parser.isSet(kSuffix))
        options.suffix = parser.value(kSuffix);
    if (parser.isSet(kMinLength)) {
        bool ok = false;
        const int length = parser.value(kMinLength).toInt(&ok);
        if (!ok || length < 1 || length > options.maxLength)
            return optionError(tr("--scanner-min-length must be a number of characters from 1 to %1, not "
                                  "“%2”.")
                                   .arg(options.maxLength)
                                   .arg(parser.value(kMinLength)),
                               parser.value(kMinLength));
        options.minLength = length;
    }
    if (parser.isSet(kGap)) {
        bool ok = false;
        const int gap = parser.value(kGap).toInt(&ok);
        if (!ok || gap < 1 || gap > 1000)
            return optionError(tr("--scanner-gap-ms must be a number of milliseconds from 1 to 1000, not "
                                  "“%1”.")
                                   .arg(parser.value(kGap)),
                               parser.value(kGap));
        options.maxGapMs = gap;
    }
    if (parser.isSet(kSubstitute)) {
        const QString sub = parser.value(kSubstitute);
        if (sub.size() != 1)
            return optionError(
                tr("--scanner-gs-substitute must be one character (such as |), not “%1”.").arg(sub), sub);
        options.gsSubstitute = sub.at(0);
    }
    if (parser.isSet(kAim)) {
        const QString aim = parser.value(kAim);
        if (aim.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            options.aim = drivers::AimMode::Off;
        } else if (auto mode = drivers::parseAimMode(aim); mode) {
            options.aim = *mode;
        } else {
            return optionError(tr("--scanner-aim must be required, optional or none, not “%1”.").arg(aim),
                               aim);
        }
    }
    if (parser.isSet(kTerminator)) {
        const QString name = parser.value(kTerminator);
        auto terminator = drivers::parseWedgeTerminator(name);
        if (!terminator)
            return optionError(tr("--scanner-terminator must be enter, tab or none, not “%1”.").arg(name),
                               name);
        options.terminator = *terminator;
    }
    if (auto valid = drivers::ScannerWedgeDetector::validate(options); !valid)
        return optionError(tr("The scanner options (--scanner-…) do not fit together: %1 (%2).")
                               .arg(valid.error().message(), valid.error().context()),
                           valid.error().context());
    return options;
}

bool ScannerKeyInput::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return false;
    if (m_resending || !m_enabled)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (isModifierKey(key->key()))
        return false;
    // A window passes its keys on to its focused object: they are handled there, unless nothing in
    // the window has the focus.
    if (watched->isWindowType()) {
        QObject *focus = static_cast<QWindow *>(watched)->focusObject();
        if (focus && focus != watched)
            return false;
    }
    if (type == QEvent::KeyRelease) {
        m_lastPress = nullptr;
        auto it = m_swallowReleases.find(key->key());
        if (it == m_swallowReleases.end())
            return false;
        if (--it.value() <= 0)
            m_swallowReleases.erase(it);
        return true;
    }
    // A key press that a widget did not accept goes on to its parents through the filter again.
    if (event == m_lastPress && watched != m_lastPressReceiver)
        return false;
    m_lastPress = event;
    m_lastPressReceiver = watched;
    return handleKeyPress(watched, key);
}

bool ScannerKeyInput::handleKeyPress(QObject *receiver, QKeyEvent *event)
{
    Held current;
    current.receiver = receiver;
    current.window = QGuiApplication::focusWindow();
    current.key.timestampMs = event->timestamp() != 0 ? qint64(event->timestamp()) : m_clock.nowMs();
    current.key.key = event->key();
    current.key.text = event->text();
    current.key.modifiers = event->modifiers();
    current.nativeScanCode = event->nativeScanCode();
    current.nativeVirtualKey = event->nativeVirtualKey();
    current.nativeModifiers = event->nativeModifiers();
    current.autoRepeat = event->isAutoRepeat();

    // A burst held past its deadline is over before this key counts (the timer may not have run yet).
    if (const auto deadline = m_detector.silenceDeadlineMs();
        deadline && current.key.timestampMs >= *deadline)
        handleOutputs(m_detector.silence());

    m_held.push_back(current);
    const std::size_t before = m_held.size();
    auto outputs = m_detector.keyPressed(current.key);

    // The current key is the last one in m_held. If it comes out typed, the original event goes on
    // (after the keys before it, which are re-sent first): shortcuts and input methods still see it.
    bool passOriginal = false;
    if (!outputs.empty() && outputs.back().kind == drivers::ScannerWedgeDetector::Output::Kind::Typed) {
        std::size_t consumedBefore = 0;
        for (std::size_t i = 0; i + 1 < outputs.size(); ++i)
            consumedBefore += outputs[i].kind == drivers::ScannerWedgeDetector::Output::Kind::Typed
                                  ? 1
                                  : outputs[i].keys.size();
        if (consumedBefore + 1 == before) {
            passOriginal = true;
            outputs.pop_back();
            m_held.pop_back();
            handleOutputs(std::move(outputs));
        }
    }
    if (!passOriginal)
        handleOutputs(std::move(outputs));

    if (m_detector.isHolding())
        m_silence.start();
    else
        m_silence.stop();
    if (passOriginal)
        return false;
    // Held now, or part of a scan: its release is swallowed too.
    ++m_swallowReleases[event->key()];
    return true;
}

void ScannerKeyInput::handleOutputs(std::vector<drivers::ScannerWedgeDetector::Output> outputs)
{
    using Kind = drivers::ScannerWedgeDetector::Output::Kind;
    for (auto &out : outputs) {
        switch (out.kind) {
        case Kind::Typed: {
            const Held held = takeHeld(out.key);
            resend(held);
            break;
        }
        case Kind::ScanRead:
        case Kind::ScanRejected:
            for (std::size_t i = 0; i < out.keys.size() && !m_held.empty(); ++i)
                m_held.pop_front();
            if (out.kind == Kind::ScanRead)
                emit scanned(out.code);
            else
                emit scanRejected(drivers::visibleControls(out.raw), out.error);
            break;
        }
    }
}

ScannerKeyInput::Held ScannerKeyInput::takeHeld(const drivers::WedgeKey &key)
{
    // The detector gives keys back in the order they came, so the front is the key.
    if (!m_held.empty()) {
        Held held = m_held.front();
        m_held.pop_front();
        return held;
    }
    Held held;
    held.key = key;
    return held;
}

void ScannerKeyInput::silenceNow()
{
    m_silence.stop();
    handleOutputs(m_detector.silence());
}

void ScannerKeyInput::resend(const Held &held)
{
    // A Qt Quick item gets its keys through its window (which hands them to its focused item and on
    // to the parents); a widget through QApplication, which does the same.
    QObject *target = held.receiver.data();
    if (!target || (!target->isWidgetType() && !target->isWindowType() && held.window))
        target = held.window.data();
    if (!target)
        target = QGuiApplication::focusObject();
    if (!target)
        return;
    const QKeyEvent::Type types[] = {QEvent::KeyPress, QEvent::KeyRelease};
    m_resending = true;
    for (const QEvent::Type type : types) {
        QKeyEvent event(type, held.key.key, held.key.modifiers, held.nativeScanCode, held.nativeVirtualKey,
                        held.nativeModifiers, held.key.text, held.autoRepeat);
        event.setTimestamp(quint64(held.key.timestampMs));
        QPointer<QObject> alive(target);
        QCoreApplication::sendEvent(target, &event);
        if (!alive)
            break;
    }
    m_resending = false;
}

} // namespace wh
