#include "TapeSimulator.h"

#include "BoschGlmDecoder.h"
#include "EsTapeDecoder.h"
#include "LeicaDistoDecoder.h"
#include "NordicUartDecoder.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace wh::drivers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("wh::drivers::TapeSimulator", text);
}

QByteArray float32le(float value)
{
    quint32 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char out[4];
    qToLittleEndian<quint32>(bits, out);
    return QByteArray(out, 4);
}

} // namespace

double TapeSimulator::resolutionMm() const
{
    switch (m_protocol) {
    case TapeProtocol::LeicaDisto:
    case TapeProtocol::BoschGlm: return 0.001;
    case TapeProtocol::EsTape: return m_options.esTapeMetricStepMm;
    case TapeProtocol::NordicUart:
    case TapeProtocol::Wedge: return 0.1;
    }
    return 1.0;
}

QString TapeSimulator::wedgeText(double millimetres)
{
    return QString::number(millimetres, 'f', 1);
}

std::vector<WedgeKey> TapeSimulator::wedgeKeys(double millimetres, qint64 startMs,
                                               const TapeWedgeDetector::Options &tape, int minGapMs,
                                               int maxGapMs, quint64 seed)
{
    return simulatedKeys(tape.prefix + wedgeText(millimetres) + tape.suffix, tape.terminator, startMs,
                         minGapMs, maxGapMs, seed);
}

Result<TapeSimulator::Emission> TapeSimulator::frame(double millimetres, quint32 sequence, bool settled) const
{
    Emission e;
    e.settled = settled;
    if (!settled && m_protocol != TapeProtocol::EsTape)
        return Error(ErrorCode::InvalidArgument, tr("this protocol sends no live frames"),
                     tapeProtocolName(m_protocol));
    switch (m_protocol) {
    case TapeProtocol::LeicaDisto:
        e.bytes = float32le(static_cast<float>(millimetres / 1000.0));
        e.channel = QString::fromLatin1(LeicaDistoDecoder::kDistance);
        return e;
    case TapeProtocol::BoschGlm: {
        BoschGlmDecoder::ExchangeData d;
        d.id = static_cast<quint16>(sequence & 0xFFFF);
        d.result = static_cast<float>(millimetres / 1000.0);
        e.bytes = BoschGlmDecoder::exchangeDataFrame(d);
        e.channel = QString::fromLatin1(BoschGlmDecoder::kCharacteristic);
        return e;
    }
    case TapeProtocol::EsTape: {
        const double counts = std::round(millimetres / m_options.esTapeMetricStepMm);
        if (!(counts >= 0 && counts <= 9999))
            return Error(
                ErrorCode::InvalidArgument,
                tr("an ES-Tape frame carries 0 to 9999 steps of %1 mm").arg(m_options.esTapeMetricStepMm),
                QString::number(millimetres));
        e.bytes = QStringLiteral("*%1;0000;000000%2M\r")
                      .arg(static_cast<int>(counts), 4, 10, QLatin1Char('0'))
                      .arg(settled ? QLatin1Char('S') : QLatin1Char('P'))
                      .toLatin1();
        e.channel = QString::fromLatin1(EsTapeDecoder::kNotify);
        return e;
    }
    case TapeProtocol::NordicUart:
        e.bytes = (QString::number(millimetres / 1000.0, 'f', 4) + QStringLiteral(" m\r\n")).toLatin1();
        e.channel = QString::fromLatin1(NordicUartDecoder::kTx);
        return e;
    case TapeProtocol::Wedge: e.bytes = wedgeText(millimetres).toUtf8(); return e;
    }
    return Error(ErrorCode::Internal, QStringLiteral("unknown protocol"));
}

Result<std::vector<TapeSimulator::Emission>> TapeSimulator::measurement(double millimetres, quint32 sequence,
                                                                        bool live) const
{
    std::vector<Emission> out;
    if (live && m_protocol == TapeProtocol::EsTape && millimetres > 0) {
        // The tape pulled out: two readings on the way, then the settled one.
        for (double share : {0.8, 0.95}) {
            auto f = frame(millimetres * share, sequence, false);
            if (!f)
                return f.error();
            out.push_back(*f);
        }
    }
    auto settled = frame(millimetres, sequence, true);
    if (!settled)
        return settled.error();
    out.push_back(*settled);
    return out;
}

} // namespace wh::drivers
