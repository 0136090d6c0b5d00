// SerialBadgeFrameDecoder: serial badge reader bytes -> badge reads, from annotated hex fixtures,
// fed whole, in the given chunks and byte by byte. Bad input must give a clear error that keeps the
// raw bytes, lose nothing, and never read a badge out of garbage.
#include "BadgeReaderSimulator.h"
#include "HexBytes.h"
#include "Random.h"
#include "SerialBadgeFrameDecoder.h"

#include <QTest>

using namespace wh;
using namespace wh::drivers;

using Decoder = SerialBadgeFrameDecoder;
using Items = std::vector<Result<Decoder::Read>>;

namespace {

// One line per result: "0009334109 (EM4100 frame)" or "! 02 0A 02 06 00 | frame cut by a new STX ...".
QStringList describe(const Items &items)
{
    QStringList out;
    for (const auto &item : items) {
        if (item.ok())
            out << QStringLiteral("%1 (%2)").arg(item->badgeId, Decoder::formName(item->form));
        else
            out << QStringLiteral("! %1 | %2").arg(item.error().context(), item.error().message());
    }
    return out;
}

// Every byte comes out in exactly one result (a read's raw bytes or an error's context), in
// order; only the empty lines between lines (a lone CR or LF) are skipped.
QByteArray rawOf(const Items &items)
{
    QByteArray all;
    for (const auto &item : items) {
        if (item.ok()) {
            all += item->raw;
        } else {
            auto bytes = parseHex(item.error().context());
            if (!bytes.ok())
                return QByteArray("context is not hex: ") + item.error().context().toUtf8();
            all += *bytes;
        }
    }
    return all;
}

QByteArray withoutLineEnds(QByteArray bytes)
{
    bytes.replace('\r', QByteArray());
    bytes.replace('\n', QByteArray());
    return bytes;
}

QStringList readsOf(const Items &items)
{
    QStringList ids;
    for (const auto &item : items)
        if (item.ok())
            ids << item->badgeId;
    return ids;
}

Items run(Decoder &decoder, const QList<QByteArray> &chunks, bool flush)
{
    Items all;
    for (const QByteArray &chunk : chunks) {
        auto items = decoder.feed(chunk);
        std::move(items.begin(), items.end(), std::back_inserter(all));
    }
    if (flush) {
        auto items = decoder.flush();
        std::move(items.begin(), items.end(), std::back_inserter(all));
    }
    return all;
}

Decoder::Options optionsFor(const QString &name)
{
    Decoder::Options options;
    if (name.contains(QLatin1String("hex")))
        options.lineContent = Decoder::LineContent::Hex;
    if (name.contains(QLatin1String("lsb")))
        options.byteOrder = BadgeNumberFormat::ByteOrder::LsbFirst;
    return options;
}

} // namespace

class TestSerialBadgeFrameDecoder : public QObject {
    Q_OBJECT

private slots:
    void decode_data()
    {
        // options: "dec" or "hex" line content, "lsb" for a reversed-byte-order reader.
        // chunks: hex, one chunk per list entry, fed in turn; then flush() when `flush`.
        // expected: describe() of the results.
        QTest::addColumn<QString>("options");
        QTest::addColumn<QStringList>("chunks");
        QTest::addColumn<bool>("flush");
        QTest::addColumn<QStringList>("expected");

        // devices.md: STX, length 0A, type 02 (EM4100), version 06 + card 008E6D5D, XOR B0, ETX.
        const QString frame = QStringLiteral("02 0A 02 06 00 8E 6D 5D B0 03");
        const QString read = QStringLiteral("0009334109 (EM4100 frame)");

        // --- STX/ETX frames ---
        QTest::newRow("frame: devices.md example")
            << "dec" << QStringList{frame} << false << QStringList{read};
        QTest::newRow("frame: demo worker 1040618946")
            << "dec" << QStringList{"02 0A 02 00 3E 06 95 C2 67 03"} << false
            << QStringList{"1040618946 (EM4100 frame)"};
        QTest::newRow("frame: split after STX")
            << "dec" << QStringList{"02", "0A 02 06 00 8E 6D 5D B0 03"} << false << QStringList{read};
        QTest::newRow("frame: split in three")
            << "dec" << QStringList{"02 0A 02", "06 00 8E", "6D 5D B0 03"} << false << QStringList{read};
        QTest::newRow("frame: two back to back")
            << "dec" << QStringList{frame + " " + frame} << false << QStringList{read, read};
        QTest::newRow("frame: data bytes that look like STX ETX LF CR")
            << "dec" << QStringList{"02 0A 02 00 02 03 0A 0D 0E 03"} << false
            << QStringList{"0033753613 (EM4100 frame)"};
        QTest::newRow("frame: card 0") << "dec" << QStringList{"02 0A 02 00 00 00 00 00 08 03"} << false
                                       << QStringList{"0000000000 (EM4100 frame)"};
        QTest::newRow("frame: all ones") << "dec" << QStringList{"02 0A 02 FF FF FF FF FF F7 03"} << false
                                         << QStringList{"4294967295 (EM4100 frame)"};
        QTest::newRow("frame: lsb-first reader")
            << "dec lsb" << QStringList{"02 0A 02 5D 6D 8E 00 06 B0 03"} << false << QStringList{read};
        QTest::newRow("frame: flush after a whole frame changes nothing")
            << "dec" << QStringList{frame} << true << QStringList{read};

        // --- broken frames ---
        QTest::newRow("bad check byte, then a good frame")
            << "dec" << QStringList{"02 0A 02 06 00 8E 6D 5D B1 03", frame} << false
            << QStringList{
                   "! 02 0A 02 06 00 8E 6D 5D B1 03 | bad check byte: the frame says B1, its bytes give B0",
                   read};
        QTest::newRow("frame cut by a new STX")
            << "dec" << QStringList{"02 0A 02 06 00", frame} << false
            << QStringList{"! 02 0A 02 06 00 | frame cut by a new STX after 5 bytes", read};
        QTest::newRow("frame cut right after its type byte (another 02)")
            << "dec" << QStringList{"02 0A 02", frame} << false
            << QStringList{"! 02 0A 02 | frame cut by a new STX after 3 bytes", read};
        QTest::newRow("frame cut, in one chunk")
            << "dec" << QStringList{"02 0A 02 06 00 8E " + frame} << false
            << QStringList{"! 02 0A 02 06 00 8E | frame cut by a new STX after 6 bytes", read};
        QTest::newRow("half a frame at the end of input")
            << "dec" << QStringList{"02 0A 02 06 00 8E"} << true
            << QStringList{"! 02 0A 02 06 00 8E | half a frame: 6 of 10 bytes"};
        QTest::newRow("half a frame waits for more without flush")
            << "dec" << QStringList{"02 0A 02 06 00 8E"} << false << QStringList{};
        QTest::newRow("a lone STX at the end of input")
            << "dec" << QStringList{"02"} << true << QStringList{"! 02 | half a frame: a lone STX"};
        QTest::newRow("no ETX where the length says, then a good frame")
            << "dec" << QStringList{"02 0A 02 06 00 8E 6D 5D B0 04", frame} << false
            << QStringList{
                   "! 02 0A 02 06 00 8E 6D 5D B0 04 | no ETX where the length byte puts the end of the "
                   "frame (byte 10)",
                   read};
        // The tail "000" CR of a frame with a broken length byte is not read as badge 0000000000.
        QTest::newRow("bad length byte: its tail is not a badge")
            << "dec" << QStringList{"02 FF 30 30 30 0D", "30 30 30 39 33 33 34 31 30 39 0D 0A"} << false
            << QStringList{"! 02 FF 30 30 30 0D | bad frame length byte FF (a frame has 6 to 32 bytes)",
                           "0009334109 (decimal line)"};
        QTest::newRow("length byte too small")
            << "dec" << QStringList{"02 05 02 06 00 03", frame} << false
            << QStringList{"! 02 05 02 06 00 03 | bad frame length byte 05 (a frame has 6 to 32 bytes)",
                           read};
        QTest::newRow("unknown card type with a good check")
            << "dec" << QStringList{"02 0A 05 06 00 8E 6D 5D B7 03"} << false
            << QStringList{
                   "! 02 0A 05 06 00 8E 6D 5D B7 03 | unsupported card type 05 in a frame (only EM4100, "
                   "type 02)"};
        QTest::newRow("EM4100 frame with 4 data bytes")
            << "dec" << QStringList{"02 09 02 00 8E 6D 5D B5 03"} << false
            << QStringList{"! 02 09 02 00 8E 6D 5D B5 03 | an EM4100 frame with 4 data bytes, expected 5"};

        // --- garbage ---
        QTest::newRow("garbage before a frame")
            << "dec" << QStringList{"FF 00 13 37", frame} << false
            << QStringList{"! FF 00 13 37 | unexpected bytes before a frame start (STX)", read};
        QTest::newRow("garbage between two frames")
            << "dec" << QStringList{frame + " 80 FE " + frame} << false
            << QStringList{read, "! 80 FE | unexpected bytes before a frame start (STX)", read};
        QTest::newRow("garbage after a frame, flushed")
            << "dec" << QStringList{frame, "80 FE"} << true
            << QStringList{read, "! 80 FE | stray bytes that are neither a frame nor a line"};
        QTest::newRow("garbage ending in CR LF, then a line")
            << "dec" << QStringList{"FF FE 0D 0A 31 30 34 30 36 31 38 39 34 36 0D 0A"} << false
            << QStringList{"! FF FE 0D | not a badge number: the line has non-text bytes",
                           "1040618946 (decimal line)"};

        // --- decimal lines ---
        QTest::newRow("decimal line, CR LF") << "dec" << QStringList{"31 30 34 30 36 31 38 39 34 36 0D 0A"}
                                             << false << QStringList{"1040618946 (decimal line)"};
        QTest::newRow("decimal line, CR only") << "dec" << QStringList{"31 30 34 30 36 31 38 39 34 36 0D"}
                                               << false << QStringList{"1040618946 (decimal line)"};
        QTest::newRow("decimal line, LF only") << "dec" << QStringList{"31 30 34 30 36 31 38 39 34 36 0A"}
                                               << false << QStringList{"1040618946 (decimal line)"};
        QTest::newRow("decimal line, not zero padded") << "dec" << QStringList{"39 33 33 34 31 30 39 0D 0A"}
                                                       << false << QStringList{"0009334109 (decimal line)"};
        QTest::newRow("decimal line, byte by byte")
            << "dec" << QStringList{"31", "30", "34", "30", "36", "31", "38", "39", "34", "36", "0D", "0A"}
            << false << QStringList{"1040618946 (decimal line)"};
        QTest::newRow("two decimal lines in one chunk")
            << "dec" << QStringList{"31 30 34 30 36 31 38 39 34 36 0D 0A 39 33 33 34 31 30 39 0D 0A"} << false
            << QStringList{"1040618946 (decimal line)", "0009334109 (decimal line)"};
        QTest::newRow("decimal line, lsb-first reader")
            << "dec lsb" << QStringList{"31 35 36 37 34 36 30 38 36 34 0D 0A"} << false
            << QStringList{"0009334109 (decimal line)"};
        QTest::newRow("decimal setting, a hex reader's line")
            << "dec" << QStringList{"0A 30 36 30 30 38 45 36 44 35 44 0D"} << false
            << QStringList{
                   "! 30 36 30 30 38 45 36 44 35 44 0D | decimal badge number: not a digit at position 5 (it "
                   "looks like a hex line: set the reader's line content to hex)"};
        QTest::newRow("decimal line larger than 32 bits")
            << "dec" << QStringList{"34 32 39 34 39 36 37 32 39 36 0D 0A"} << false
            << QStringList{
                   "! 34 32 39 34 39 36 37 32 39 36 0D | decimal badge number is larger than 32 bits"};
        QTest::newRow("a line of Japanese (UTF-8 社)")
            << "dec" << QStringList{"E7 A4 BE 0D 0A"} << false
            << QStringList{"! E7 A4 BE 0D | not a badge number: the line has non-text bytes"};
        QTest::newRow("empty lines only")
            << "dec" << QStringList{"0D 0A 0D 0A 0A 0D"} << true << QStringList{};
        QTest::newRow("empty input, flushed") << "dec" << QStringList{} << true << QStringList{};
        QTest::newRow("a line cut by a frame")
            << "dec" << QStringList{"30 30 30 39", frame} << false
            << QStringList{"! 30 30 30 39 | a line cut by a frame start (STX)", read};
        QTest::newRow("a line without its end, flushed")
            << "dec" << QStringList{"30 30 30 39 33"} << true
            << QStringList{"! 30 30 30 39 33 | a line without its end (CR or LF)"};
        QTest::newRow("a line too long for a badge, then a good line")
            << "dec"
            << QStringList{QStringLiteral("31 ").repeated(40) + "0D 0A", "39 33 33 34 31 30 39 0D 0A"}
            << false
            << QStringList{"! " + QStringLiteral("31 ").repeated(40) +
                               "0D | a line of 40 bytes is too long for a badge number",
                           "0009334109 (decimal line)"};

        // --- hex lines: LF + 10 hex digits + CR ---
        QTest::newRow("hex line") << "hex" << QStringList{"0A 30 36 30 30 38 45 36 44 35 44 0D"} << false
                                  << QStringList{"0009334109 (hex line)"};
        QTest::newRow("hex line, lower case") << "hex" << QStringList{"0A 30 36 30 30 38 65 36 64 35 64 0D"}
                                              << false << QStringList{"0009334109 (hex line)"};
        QTest::newRow("hex line, 8 digits") << "hex" << QStringList{"0A 30 30 38 45 36 44 35 44 0D"} << false
                                            << QStringList{"0009334109 (hex line)"};
        QTest::newRow("hex line without a hex letter is still hex")
            << "hex" << QStringList{"0A 30 36 30 30 31 32 33 34 35 36 0D"} << false
            << QStringList{"0001193046 (hex line)"};
        QTest::newRow("two hex lines, split mid-line")
            << "hex"
            << QStringList{"0A 30 36 30 30 38 45 36 44 35 44 0D 0A 30 30 33 45", "30 36 39 35 43 32 0D"}
            << false << QStringList{"0009334109 (hex line)", "1040618946 (hex line)"};
        QTest::newRow("hex line, lsb-first reader")
            << "hex lsb" << QStringList{"0A 35 44 36 44 38 45 30 30 30 36 0D"} << false
            << QStringList{"0009334109 (hex line)"};
        QTest::newRow("hex line with 9 digits")
            << "hex" << QStringList{"0A 30 36 30 30 38 45 36 44 35 0D"} << false
            << QStringList{
                   "! 30 36 30 30 38 45 36 44 35 0D | a hex line has 8 or 10 hex digits, got 9 characters"};
        QTest::newRow("hex line with a G")
            << "hex" << QStringList{"0A 30 36 30 30 38 47 36 44 35 44 0D"} << false
            << QStringList{
                   "! 30 36 30 30 38 47 36 44 35 44 0D | EM4100 badge number: not a hex digit at position 5"};
        QTest::newRow("hex lines and a frame mixed")
            << "hex"
            << QStringList{"0A 30 36 30 30 38 45 36 44 35 44 0D " + frame +
                           " 0A 30 30 33 45 30 36 39 35 43 32 0D"}
            << false << QStringList{"0009334109 (hex line)", read, "1040618946 (hex line)"};
    }
    void decode()
    {
        QFETCH(QString, options);
        QFETCH(QStringList, chunks);
        QFETCH(bool, flush);
        QFETCH(QStringList, expected);

        QList<QByteArray> byteChunks;
        QByteArray input;
        for (const QString &chunk : chunks) {
            auto bytes = parseHex(chunk);
            QVERIFY2(bytes.ok(), qPrintable(chunk));
            byteChunks << *bytes;
            input += *bytes;
        }

        Decoder decoder(optionsFor(options));
        const Items items = run(decoder, byteChunks, flush);
        QCOMPARE(describe(items), expected);
        for (const auto &item : items)
            if (!item.ok())
                QCOMPARE(item.error().code(), ErrorCode::Parse);

        // Nothing lost, nothing twice: every byte but the skipped line ends is in some result, and
        // what is not yet in a result is still pending.
        QCOMPARE(withoutLineEnds(rawOf(items) + decoder.pendingBytes()), withoutLineEnds(input));
        if (flush)
            QVERIFY(!decoder.hasPendingBytes());

        // The same bytes fed whole and byte by byte give the same results.
        for (int mode = 0; mode < 2; ++mode) {
            QList<QByteArray> other;
            if (mode == 0)
                other << input;
            else
                for (char b : input)
                    other << QByteArray(1, b);
            Decoder again(optionsFor(options));
            const Items otherItems = run(again, other, flush);
            QCOMPARE(readsOf(otherItems), readsOf(items));
            // The results do not depend on the chunking at all, except where a run without any
            // boundary is longer than the line limit: byte by byte it is reported when the limit is
            // reached, whole when its end is seen.
            if (!QByteArray(QTest::currentDataTag()).contains("too long"))
                QCOMPARE(describe(otherItems), describe(items));
            QCOMPARE(withoutLineEnds(rawOf(otherItems) + again.pendingBytes()), withoutLineEnds(input));
        }
    }

    // Random noise (never ETX, so no frame can check out; never text, so no line can read) between
    // real reads: exactly the real reads come out and every noise byte is reported, whatever the
    // chunking. Noise with STX bytes is followed by a silence (flush), as a real reader's would be:
    // a broken frame's claimed extent may cover what follows it without one (and must: its bytes
    // cannot be trusted as line boundaries). Noise without STX only needs a CR or LF after it.
    void noiseNeverReadsABadge_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<bool>("withStx");
        for (int seed = 1; seed <= 30; ++seed) {
            QTest::addRow("seed %d, STX in the noise, silence after it", seed) << seed << true;
            QTest::addRow("seed %d, no STX in the noise, CR LF after it", seed) << seed << false;
        }
    }
    void noiseNeverReadsABadge()
    {
        QFETCH(int, seed);
        QFETCH(bool, withStx);
        SeededRandom rng{quint64(seed)};
        const BadgeReaderSimulator sim;
        // (bytes, then flush)
        std::vector<std::pair<QByteArray, bool>> segments;
        QByteArray input;
        QStringList expectedReads;
        for (int round = 0; round < 6; ++round) {
            QByteArray noise;
            const int count = int(rng.between(1, 80));
            for (int i = 0; i < count; ++i) {
                const auto pick = rng.between(0, 9);
                if (pick == 0 && withStx)
                    noise.append('\x02');
                else if (pick == 1)
                    noise.append('\r');
                else if (pick == 2)
                    noise.append('\n');
                else
                    noise.append(char(rng.between(0x80, 0xFF)));
            }
            if (!withStx)
                noise.append("\r\n");
            segments.emplace_back(noise, withStx);
            const auto card = quint32(rng.next());
            const QByteArray real = rng.chance(0.5) ? sim.em4100Frame(card) : sim.decimalLine(card);
            segments.emplace_back(real, false);
            input += noise + real;
            expectedReads << BadgeNumberFormat::badgeId(card);
        }
        for (int chunking = 0; chunking < 3; ++chunking) {
            Decoder decoder;
            Items items;
            for (const auto &[bytes, flushAfter] : segments) {
                QList<QByteArray> chunks;
                if (chunking == 0) {
                    chunks << bytes;
                } else if (chunking == 1) {
                    for (char b : bytes)
                        chunks << QByteArray(1, b);
                } else {
                    for (qsizetype at = 0; at < bytes.size();) {
                        const auto n = qsizetype(rng.between(1, 13));
                        chunks << bytes.mid(at, n);
                        at += n;
                    }
                }
                Items some = run(decoder, chunks, flushAfter);
                std::move(some.begin(), some.end(), std::back_inserter(items));
            }
            Items rest = decoder.flush();
            std::move(rest.begin(), rest.end(), std::back_inserter(items));
            QCOMPARE(readsOf(items), expectedReads);
            QCOMPARE(withoutLineEnds(rawOf(items)), withoutLineEnds(input));
        }
    }

    // A reader streaming noise without any boundary is reported in bounded pieces, not buffered
    // for ever.
    void endlessGarbageIsBounded()
    {
        Decoder decoder;
        Items all;
        QByteArray sent;
        for (int i = 0; i < 10000; ++i) {
            const QByteArray b(1, char(0x80 + i % 0x70));
            sent += b;
            auto items = decoder.feed(b);
            std::move(items.begin(), items.end(), std::back_inserter(all));
            QVERIFY(decoder.pendingBytes().size() <= 2 * Decoder::kMaxFrameLength + 32 + 1);
        }
        QVERIFY(all.size() > 100);
        for (const auto &item : all)
            QVERIFY(!item.ok());
        QCOMPARE(rawOf(all) + decoder.pendingBytes(), sent);
        // And a clean read after the noise stops and a line ends.
        auto items = decoder.feed(QByteArrayView("\r\n0009334109\r\n"));
        QCOMPARE(readsOf(items), QStringList{"0009334109"});
    }

    void xorCheckCoversLengthTypeAndData()
    {
        // The devices.md example: only length + type + data give its check byte B0.
        QCOMPARE(int(Decoder::xorCheck(*parseHex("0A 02 06 00 8E 6D 5D"))), 0xB0);
        QVERIFY(Decoder::xorCheck(*parseHex("06 00 8E 6D 5D")) != 0xB0);
        QVERIFY(Decoder::xorCheck(*parseHex("02 06 00 8E 6D 5D")) != 0xB0);
    }

    void readKeepsRawBytes()
    {
        Decoder decoder;
        auto items = decoder.feed(*parseHex("02 0A 02 06 00 8E 6D 5D B0 03"));
        QCOMPARE(items.size(), size_t(1));
        QVERIFY(items[0].ok());
        QCOMPARE(items[0]->cardNumber, 0x008E6D5Du);
        QCOMPARE(items[0]->form, Decoder::Form::Em4100Frame);
        QCOMPARE(drivers::toHex(items[0]->raw), QStringLiteral("02 0A 02 06 00 8E 6D 5D B0 03"));
    }

    void resetDropsPending()
    {
        Decoder decoder;
        QVERIFY(decoder.feed(*parseHex("02 0A 02")).empty());
        QVERIFY(decoder.hasPendingBytes());
        decoder.reset();
        QVERIFY(!decoder.hasPendingBytes());
        QVERIFY(decoder.flush().empty());
    }
};

QTEST_GUILESS_MAIN(TestSerialBadgeFrameDecoder)
#include "tst_serialbadgeframedecoder.moc"
