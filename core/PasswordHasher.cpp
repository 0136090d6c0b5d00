#include "PasswordHasher.h"

#include <sodium.h>

#include <QByteArray>

namespace wh {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Refuse absurd costs in a stored hash (a tampered row) rather than allocating gigabytes.
constexpr std::size_t kMaxVerifyMemBytes = std::size_t(1) << 30;

} // namespace

Result<QString> PasswordHasher::hash(const QString &password, Cost cost)
{
    if (!sodiumReady())
        return Error(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    if (password.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("empty password"));
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("password hash cost below Argon2id's minimum"));
    const QByteArray secret = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.constData(), static_cast<unsigned long long>(secret.size()),
                              cost.opsLimit, cost.memLimitBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::Internal, QStringLiteral("Argon2id failed (out of memory?)"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    if (!sodiumReady() || encoded.size() >= crypto_pwhash_STRBYTES ||
        !encoded.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX)))
        return false;
    const QByteArray text = encoded.toLatin1();
    // A cost far above ours (a tampered row) is refused before libsodium allocates it.
    const int m = text.indexOf("$m=");
    if (m < 0 || text.mid(m + 3, text.indexOf(',', m) - m - 3).toULongLong() * 1024 > kMaxVerifyMemBytes)
        return false;
    const QByteArray secret = password.toUtf8();
    return crypto_pwhash_str_verify(text.constData(), secret.constData(),
                                    static_cast<unsigned long long>(secret.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &encoded, Cost cost)
{
    if (!sodiumReady())
        return false;
    const QByteArray text = encoded.toLatin1();
    return crypto_pwhash_str_needs_rehash(text.constData(), cost.opsLimit, cost.memLimitBytes) != 0;
}

} // namespace wh
