// BadgeReaderSimulator: the bytes and key presses it makes are exactly what the decoders expect
// from real readers (devices.md fixtures), for any card.
#include "BadgeReaderSimulator.h"
#include "HexBytes.h"
#include "KeyboardWedgeDetector.h"
#include "Random.h"
#include "SerialBadgeFrameDecoder.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

class TestBadgeReaderSimulator : public QObject {
    Q_OBJECT

private slots:
    void serialForms()
    {
        const BadgeReaderSimulator sim;
        const quint32 card = *BadgeReaderSimulator::cardNumber(u"0009334109");
        QCOMPARE(card, 0x008E6D5Du);
        // devices.md: STX, length, type 02, version 06 + card, XOR, ETX.
        QCOMPARE(toHex(sim.em4100Frame(card)), QStringLiteral("02 0A 02 06 00 8E 6D 5D B0 03"));
        QCOMPARE(sim.hexLine(card), QByteArray("\n06008E6D5D\r"));
        QCOMPARE(sim.decimalLine(card), QByteArray("0009334109\r\n"));
        QCOMPARE(sim.decimalLine(card, "\r"), QByteArray("0009334109\r"));

        BadgeReaderSimulator::Options lsb;
        lsb.byteOrder = BadgeNumberFormat::ByteOrder::LsbFirst;
        const BadgeReaderSimulator reversed(lsb);
        QCOMPARE(toHex(reversed.em4100Frame(card)), QStringLiteral("02 0A 02 5D 6D 8E 00 06 B0 03"));
        QCOMPARE(reversed.hexLine(card), QByteArray("\n5D6D8E0006\r"));

        QVERIFY(!BadgeReaderSimulator::cardNumber(u"9334109").ok());
    }

    // Whatever the card and byte order, the decoder reads back what the simulator sends.
    void serialRoundTrip()
    {
        SeededRandom rng(7);
        for (auto order : {BadgeNumberFormat::ByteOrder::MsbFirst, BadgeNumberFormat::ByteOrder::LsbFirst}) {
            BadgeReaderSimulator::Options simOptions;
            simOptions.byteOrder = order;
            SerialBadgeFrameDecoder::Options dec;
            dec.byteOrder = order;
            SerialBadgeFrameDecoder::Options hex = dec;
            hex.lineContent = SerialBadgeFrameDecoder::LineContent::Hex;
            for (int i = 0; i < 500; ++i) {
                const auto card = quint32(rng.next());
                simOptions.em4100Version = quint8(rng.between(0, 255));
                const BadgeReaderSimulator sim(simOptions);
                const QString id = BadgeNumberFormat::badgeId(card);
                SerialBadgeFrameDecoder decimalDecoder(dec);
                SerialBadgeFrameDecoder hexDecoder(hex);
                auto a = decimalDecoder.feed(QByteArray(sim.em4100Frame(card) + sim.decimalLine(card)));
                auto b = hexDecoder.feed(QByteArray(sim.hexLine(card) + sim.em4100Frame(card)));
                QCOMPARE(a.size(), size_t(2));
                QCOMPARE(b.size(), size_t(2));
                for (const auto *items : {&a, &b})
                    for (const auto &item : *items) {
                        QVERIFY2(item.ok(), qPrintable(item.ok() ? QString() : item.error().toString()));
                        QCOMPARE(item->badgeId, id);
                    }
            }
        }
    }

    void wedgeBurstTiming()
    {
        const BadgeReaderSimulator sim;
        KeyboardWedgeDetector::Options reader;
        reader.prefix = QStringLiteral("%");
        const auto keys = sim.wedgeBurst(1040618946u, 5000, reader, 5, 15, 42);
        QCOMPARE(keys.size(), size_t(12)); // % + 10 digits + Enter
        QCOMPARE(keys.front().timestampMs, 5000);
        QString text;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (i > 0) {
                const qint64 gap = keys[i].timestampMs - keys[i - 1].timestampMs;
                QVERIFY2(gap >= 5 && gap <= 15, qPrintable(QString::number(gap)));
            }
            text += keys[i].text;
        }
        QCOMPARE(text, QStringLiteral("%1040618946"));
        QCOMPARE(keys.back().key, int(Qt::Key_Return));
        // Deterministic for a seed.
        QCOMPARE(sim.wedgeBurst(1040618946u, 5000, reader, 5, 15, 42), keys);

        const auto person = BadgeReaderSimulator::typing(QStringLiteral("4711"), 0, 120, 300, 1, false);
        QCOMPARE(person.size(), size_t(4));
        for (size_t i = 1; i < person.size(); ++i) {
            const qint64 gap = person[i].timestampMs - person[i - 1].timestampMs;
            QVERIFY(gap >= 120 && gap <= 300);
        }
    }
};

QTEST_GUILESS_MAIN(TestBadgeReaderSimulator)
#include "tst_badgereadersimulator.moc"
