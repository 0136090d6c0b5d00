#include "PinHasher.h"

#include <sodium.h>

#include <QStringList>

namespace wh {

namespace {
constexpr int kHashBytes = 32;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Result<QByteArray> derive(const QString &pin, const QByteArray &salt, PinHasher::Cost cost)
{
    const QByteArray secret = pin.toUtf8();
    QByteArray out(kHashBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(out.data()), kHashBytes, secret.constData(),
                      static_cast<unsigned long long>(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), cost.opsLimit,
                      static_cast<size_t>(cost.memLimitKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::Internal, QStringLiteral("Argon2id failed (out of memory?)"));
    return out;
}
} // namespace

Result<QString> PinHasher::hash(const QString &pin)
{
    return hash(pin, Cost{});
}

Result<QString> PinHasher::hash(const QString &pin, Cost cost)
{
    if (!sodiumReady())
        return Error(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    return hashWithSalt(pin, salt, cost);
}

Result<QString> PinHasher::hashWithSalt(const QString &pin, const QByteArray &salt, Cost cost)
{
    if (!sodiumReady())
        return Error(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("PIN salt must be 16 bytes"));
    if (pin.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("empty PIN"));
    if (cost.opsLimit < crypto_pwhash_OPSLIMIT_MIN || cost.memLimitKiB * 1024 < crypto_pwhash_MEMLIMIT_MIN)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("PIN hash cost below Argon2id's minimum"));
    auto digest = derive(pin, salt, cost);
    if (!digest)
        return digest.error();
    return QStringLiteral("argon2id$%1$%2$%3$%4")
        .arg(cost.opsLimit)
        .arg(cost.memLimitKiB)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(digest->toBase64()));
}

bool PinHasher::verify(const QString &pin, const QString &encoded)
{
    if (!sodiumReady())
        return false;
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 5 || parts[0] != QLatin1String("argon2id"))
        return false;
    bool okOps = false;
    bool okMem = false;
    Cost cost{parts[1].toULongLong(&okOps), parts[2].toULongLong(&okMem)};
    const QByteArray salt = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[4].toLatin1());
    if (!okOps || !okMem || salt.size() != crypto_pwhash_SALTBYTES || expected.size() != kHashBytes)
        return false;
    // Refuse absurd costs from a tampered row rather than allocating gigabytes.
    if (cost.memLimitKiB > 1024 * 1024 || cost.opsLimit > 16)
        return false;
    auto digest = derive(pin, salt, cost);
    return digest && sodium_memcmp(digest->constData(), expected.constData(), kHashBytes) == 0;
}

} // namespace wh
