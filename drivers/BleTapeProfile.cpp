#include "BleTapeProfile.h"

#include "BoschGlmDecoder.h"
#include "EsTapeDecoder.h"
#include "LeicaDistoDecoder.h"
#include "NordicUartDecoder.h"

#include <QCoreApplication>

namespace wh::drivers {

namespace {

QBluetoothUuid uuid(const char *text)
{
    return QBluetoothUuid(QString::fromLatin1(text));
}

} // namespace

Result<BleTapeProfile> BleTapeProfile::of(TapeProtocol protocol)
{
    BleTapeProfile p;
    p.protocol = protocol;
    switch (protocol) {
    case TapeProtocol::LeicaDisto:
        p.service = uuid(LeicaDistoDecoder::kService);
        p.subscriptions = {{uuid(LeicaDistoDecoder::kDistance), true, true},
                           {uuid(LeicaDistoDecoder::kDisplayUnit), true, false}};
        p.trigger = Write{uuid(LeicaDistoDecoder::kCommand),
                          QByteArray(1, LeicaDistoDecoder::kTriggerCommand), false};
        p.replaysOnSubscribe = true;
        return p;
    case TapeProtocol::BoschGlm:
        p.service = uuid(BoschGlmDecoder::kService);
        p.subscriptions = {{uuid(BoschGlmDecoder::kCharacteristic), true, true}};
        p.setupWrites = {Write{uuid(BoschGlmDecoder::kCharacteristic), BoschGlmDecoder::autoSyncOn(), true}};
        p.trigger = Write{uuid(BoschGlmDecoder::kCharacteristic), BoschGlmDecoder::distanceRequest(), true};
        return p;
    case TapeProtocol::EsTape:
        p.service = uuid(EsTapeDecoder::kService);
        p.subscriptions = {{uuid(EsTapeDecoder::kNotify), false, true}};
        return p;
    case TapeProtocol::NordicUart:
        p.service = uuid(NordicUartDecoder::kService);
        p.subscriptions = {{QBluetoothUuid(), false, true}};
        return p;
    case TapeProtocol::Wedge: break;
    }
    return Error(ErrorCode::InvalidArgument,
                 QCoreApplication::translate("wh::drivers", "a %1 tape is not a Bluetooth LE device")
                     .arg(tapeProtocolName(protocol)));
}

} // namespace wh::drivers
