#include "UuidV7.h"

#include <QRandomGenerator>

namespace wh {

UuidV7Generator::UuidV7Generator(const Clock &clock)
    : UuidV7Generator(clock, [] { return QRandomGenerator::system()->generate64(); })
{
}

UuidV7Generator::UuidV7Generator(const Clock &clock, RandomSource random)
    : m_clock(clock)
    , m_random(std::move(random))
{
}

QUuid UuidV7Generator::next()
{
    return nextAt(m_clock.nowMs());
}

QUuid UuidV7Generator::nextAt(qint64 unixMs)
{
    std::lock_guard lock(m_mutex);
    if (unixMs > m_lastMs) {
        m_lastMs = unixMs;
        const std::uint64_t r = m_random();
        m_randA = r & 0xFFF;
        m_randB = m_random() & 0x3FFFFFFFFFFFFFFFULL;
        // Leave headroom so increments within one millisecond rarely carry into the timestamp.
        m_randB &= 0x1FFFFFFFFFFFFFFFULL;
    } else {
        // Same or earlier millisecond: keep the last timestamp and count up.
        if (++m_randB > 0x3FFFFFFFFFFFFFFFULL) {
            m_randB = 0;
            if (++m_randA > 0xFFF) {
                m_randA = 0;
                ++m_lastMs;
            }
        }
    }
    const auto ms = static_cast<std::uint64_t>(m_lastMs) & 0xFFFFFFFFFFFFULL;
    // Qt 6.4 has no Id128Bytes: build the 16 bytes in RFC 4122 (network) order.
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<char>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<char>(0x70 | ((m_randA >> 8) & 0x0F));
    bytes[7] = static_cast<char>(m_randA & 0xFF);
    bytes[8] = static_cast<char>(0x80 | ((m_randB >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[i] = static_cast<char>(m_randB >> (8 * (15 - i)));
    return QUuid::fromRfc4122(bytes);
}

qint64 UuidV7Generator::timestampOf(const QUuid &id)
{
    // Read the version and variant bits directly: Qt 6.4's QUuid::version() knows only versions
    // 1-5 and reports VerUnknown for a version 7 id.
    const QByteArray bytes = id.toRfc4122();
    if ((static_cast<quint8>(bytes[6]) >> 4) != 7 || (static_cast<quint8>(bytes[8]) & 0xC0) != 0x80)
        return -1;
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | static_cast<quint8>(bytes[i]);
    return ms;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace wh
