#include "TapeDeviceFactory.h"

#include "BleTape.h"
#include "SerialTape.h"
#include "SimulatedTape.h"

#include <QCoreApplication>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers::TapeDeviceSpec", text);
}

} // namespace

Result<TapeDeviceSpec> TapeDeviceSpec::parse(const QString &text)
{
    const QString kindText = text.section(QLatin1Char(':'), 0, 0);
    const QString protocolText = text.section(QLatin1Char(':'), 1, 1);
    const QString target = text.section(QLatin1Char(':'), 2);
    TapeDeviceSpec spec;
    if (kindText == QLatin1String("sim"))
        spec.kind = Kind::Simulated;
    else if (kindText == QLatin1String("serial"))
        spec.kind = Kind::Serial;
    else if (kindText == QLatin1String("ble"))
        spec.kind = Kind::Ble;
    else
        return Error(ErrorCode::InvalidArgument,
                     tr("a tape device is sim:PROTOCOL, serial:PROTOCOL:PORT or ble:PROTOCOL[:ADDRESS]"),
                     text);
    const auto protocol = parseTapeProtocol(protocolText);
    if (!protocol)
        return Error(ErrorCode::InvalidArgument, protocol.error().message(), text);
    spec.protocol = *protocol;
    spec.target = target;
    if (spec.kind == Kind::Simulated && !target.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("a simulated tape is just sim:PROTOCOL"), text);
    if (spec.kind == Kind::Serial && target.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("a serial tape needs its port: serial:PROTOCOL:PORT"),
                     text);
    return spec;
}

Result<std::unique_ptr<TapeDevice>> createTapeDevice(const TapeDeviceSpec &spec,
                                                     const TapeDecoderOptions &decoder, const Clock &clock,
                                                     QObject *parent)
{
    switch (spec.kind) {
    case TapeDeviceSpec::Kind::Simulated: {
        SimulatedTape::Options options;
        options.decoder = decoder;
        return std::unique_ptr<TapeDevice>(new SimulatedTape(spec.protocol, options, clock, parent));
    }
    case TapeDeviceSpec::Kind::Serial: {
        SerialTape::Settings settings;
        settings.portName = spec.target;
        settings.protocol = spec.protocol;
        settings.decoder = decoder;
        auto tape = SerialTape::create(settings, clock, parent);
        if (!tape)
            return tape.error();
        return std::unique_ptr<TapeDevice>(std::move(tape).value());
    }
    case TapeDeviceSpec::Kind::Ble: {
        BleTape::Settings settings;
        settings.protocol = spec.protocol;
        settings.address = spec.target;
        settings.decoder = decoder;
        auto tape = BleTape::create(settings, clock, parent);
        if (!tape)
            return tape.error();
        return std::unique_ptr<TapeDevice>(std::move(tape).value());
    }
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown tape device kind"));
}

Result<std::unique_ptr<TapeDevice>> createTapeDevice(const QString &spec, const TapeDecoderOptions &decoder,
                                                     const Clock &clock, QObject *parent)
{
    auto parsed = TapeDeviceSpec::parse(spec);
    if (!parsed)
        return parsed.error();
    return createTapeDevice(*parsed, decoder, clock, parent);
}

} // namespace wh::drivers
