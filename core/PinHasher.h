#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace wh {

// Hashes kiosk PINs with Argon2id (libsodium) into a self-describing text:
//   argon2id$<opslimit>$<memlimit KiB>$<salt base64>$<hash base64>
// A 4-6 digit PIN has little entropy, so the hash mostly guards against casual reading of the
// table; the cost is still a real memory-hard one. PINs are never logged.
// Thread-safe.
class PinHasher {
public:
    struct Cost {
        quint64 opsLimit = 2;
        quint64 memLimitKiB = 19 * 1024; // OWASP's minimum Argon2id configuration
    };

    // A cheap cost for bulk demo data and tests, still Argon2id.
    static constexpr Cost kLightCost{1, 256};

    // Hashes with a fresh random salt at the default cost.
    [[nodiscard]] static Result<QString> hash(const QString &pin);
    [[nodiscard]] static Result<QString> hash(const QString &pin, Cost cost);
    // Hashes with a given 16-byte salt (the demo passes a seeded salt so its store is reproducible).
    [[nodiscard]] static Result<QString> hashWithSalt(const QString &pin, const QByteArray &salt, Cost cost);
    // True when `pin` matches `encoded`; false for a wrong PIN or a malformed hash.
    [[nodiscard]] static bool verify(const QString &pin, const QString &encoded);
};

} // namespace wh
