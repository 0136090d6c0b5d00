#pragma once

#include "Result.h"
#include "TapeReading.h"

#include <QBluetoothUuid>
#include <QByteArray>

#include <optional>
#include <vector>

namespace wh::drivers {

// What a BLE tape of each protocol needs from the central, as data (devices.md): the service to
// look for, the characteristics to subscribe to (in order; the CCCD value for notify or indicate),
// the writes that set it up once subscribed, and its remote trigger.
//
//   leica-disto  service 3ab10100-...; indicate 0101 (distance) first, then 0102 (display unit,
//                if present); trigger: "g" to 0109 without response. Replays its last value on
//                subscribe (dropped, see TapeDeduplicator::Options::dropUnknownReplay).
//   bosch-glm    service 02a6c0d0-...; indicate 02a6c0d1; then write "AutoSync on"
//                (C0 55 02 01 00 1A) to it with response; trigger: C0 40 00 EE.
//   es-tape      service 0783b03e-...; notify ...5cb8 (the flow-control characteristic is left alone).
//   nus          service 6e400001-...; the characteristic that has the notify (or indicate)
//                property, whatever its name (vendors swap RX and TX).
// A subscription uses the mode asked for when the characteristic has it, else the other one.
struct BleTapeProfile {
    struct Subscription {
        QBluetoothUuid characteristic; // null: the service's characteristic that can notify or indicate
        bool indicate = false;         // preferred mode
        bool required = true;          // optional ones are skipped when the service lacks them
    };
    struct Write {
        QBluetoothUuid characteristic;
        QByteArray value;
        bool withResponse = true;
    };

    TapeProtocol protocol = TapeProtocol::LeicaDisto;
    QBluetoothUuid service;
    std::vector<Subscription> subscriptions;
    std::vector<Write> setupWrites;
    std::optional<Write> trigger;
    bool replaysOnSubscribe = false;

    // The profile of a BLE protocol; wedge is not one (InvalidArgument).
    [[nodiscard]] static Result<BleTapeProfile> of(TapeProtocol protocol);
    // CCCD values: 01 00 notifications, 02 00 indications.
    [[nodiscard]] static QByteArray notifyValue() { return QByteArray("\x01\x00", 2); }
    [[nodiscard]] static QByteArray indicateValue() { return QByteArray("\x02\x00", 2); }
};

} // namespace wh::drivers
