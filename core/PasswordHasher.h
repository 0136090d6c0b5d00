#pragma once

#include "Result.h"

#include <QString>

#include <cstddef>

namespace wh {

// Hashes account passwords with Argon2id through libsodium's crypto_pwhash_str: the stored text
// ("$argon2id$v=19$m=...,t=...,p=1$salt$hash") carries its own salt and cost, so a hash made at one
// cost still verifies after the default changes. Verification is libsodium's
// crypto_pwhash_str_verify (constant-time comparison). Passwords are never logged.
// Thread-safe.
// The Argon2id cost of a password hash (PasswordHasher::Cost).
struct PasswordHashCost {
    unsigned long long opsLimit = 2;       // crypto_pwhash_OPSLIMIT_INTERACTIVE
    std::size_t memLimitBytes = 64u << 20; // crypto_pwhash_MEMLIMIT_INTERACTIVE (64 MiB)
};

class PasswordHasher {
public:
    using Cost = PasswordHashCost;
    // The cost of new hashes: libsodium's "interactive" level (about 0.1-0.3 s on a desktop).
    static constexpr Cost kDefaultCost{};
    // Argon2id's minimum, for tests and scripted demo data only.
    static constexpr Cost kLightCost{1, 8192};

    // A new hash with a fresh random salt. InvalidArgument for an empty password or a cost below
    // Argon2id's minimum; Internal when libsodium fails (out of memory).
    [[nodiscard]] static Result<QString> hash(const QString &password, Cost cost = kDefaultCost);
    // True when `password` matches `encoded`; false for a wrong password or a malformed hash.
    [[nodiscard]] static bool verify(const QString &password, const QString &encoded);
    // The hash was made at another cost than `cost` (re-hash it at the next successful sign-in).
    [[nodiscard]] static bool needsRehash(const QString &encoded, Cost cost = kDefaultCost);
};

} // namespace wh
