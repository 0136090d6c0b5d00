#include "TapeDecoder.h"

#include "BoschGlmDecoder.h"
#include "EsTapeDecoder.h"
#include "LeicaDistoDecoder.h"
#include "NordicUartDecoder.h"

#include <QCoreApplication>

namespace wh::drivers {

Result<std::unique_ptr<TapeDecoder>> makeTapeDecoder(TapeProtocol protocol, const TapeDecoderOptions &options)
{
    switch (protocol) {
    case TapeProtocol::LeicaDisto: return std::unique_ptr<TapeDecoder>(new LeicaDistoDecoder(options));
    case TapeProtocol::BoschGlm: return std::unique_ptr<TapeDecoder>(new BoschGlmDecoder());
    case TapeProtocol::EsTape: return std::unique_ptr<TapeDecoder>(new EsTapeDecoder(options));
    case TapeProtocol::NordicUart: return std::unique_ptr<TapeDecoder>(new NordicUartDecoder(options));
    case TapeProtocol::Wedge: break;
    }
    return Error(ErrorCode::InvalidArgument,
                 QCoreApplication::translate(
                     "wh::drivers", "a keyboard-wedge tape sends keys, not bytes: use TapeWedgeDetector"),
                 tapeProtocolName(protocol));
}

} // namespace wh::drivers
