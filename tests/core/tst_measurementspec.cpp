// The care-label spec codec: the documented example, round trips, tamper detection, keys and their
// rotation, versions, truncation at every length, every missing or malformed field, encode's
// refusals, and the size limit: a 16-point spec fits a QR of version 10 or lower at level M.
#include "MeasurementSpec.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <QTest>

using namespace wh;

namespace {

const SpecKey kKey{QStringLiteral("K1"), QByteArrayLiteral("brand-secret-00001")};
const SpecKey kOtherKey{QStringLiteral("K2"), QByteArrayLiteral("brand-secret-00002")};

// The example of MeasurementSpec.h.
const QString kExample =
    QStringLiteral("WM1*K1*ITEM-000123*ST24-001*M*L7*20250630*BL:5K00A0FCW:4600A0A*5GW3ZRHJGORHSBBB");

MeasurementSpec exampleSpec()
{
    MeasurementSpec s;
    s.keyId = QStringLiteral("K1");
    s.itemId = QStringLiteral("ITEM-000123");
    s.style = QStringLiteral("ST24-001");
    s.size = QStringLiteral("M");
    s.lot = QStringLiteral("L7");
    s.due = QDate(2025, 6, 30);
    s.points = {{QStringLiteral("BL"), 7200, 10, 15}, {QStringLiteral("CW"), 5400, 10, 10}};
    return s;
}

// Sixteen points of a jacket-and-trousers size set, with the longest ids a label is likely to carry.
MeasurementSpec sixteenPoints()
{
    MeasurementSpec s;
    s.keyId = QStringLiteral("K1");
    s.itemId = QStringLiteral("ITEM-2025-0001234");
    s.style = QStringLiteral("ST-24AW-JK-0012");
    s.size = QStringLiteral("XXL");
    s.lot = QStringLiteral("LOT-250601-A");
    s.due = QDate(2025, 6, 30);
    const char *codes[] = {"BL", "CW", "SW", "SL", "YK", "AH", "BI", "CU",
                           "NW", "WA", "HI", "IN", "RI", "TH", "KN", "HW"};
    qint64 target = 46655; // the largest target and tolerances: fixed width, so the length is the same
    for (const char *c : codes)
        s.points.push_back({QString::fromLatin1(c), target--, 1295, 1295});
    return s;
}

QString signedLabel(const QString &signedPart, const SpecKey &key = kKey)
{
    return signedPart + MeasurementSpecCodec::mac(signedPart, key.secret);
}

SpecFailure failureOf(const QString &text, const std::vector<SpecKey> &keys = {kKey})
{
    SpecFailure f;
    auto decoded = MeasurementSpecCodec::decode(text, keys, &f);
    if (decoded)
        return {};
    return f;
}

bool alphanumericOnly(const QString &text)
{
    static const QString set = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    for (QChar c : text)
        if (!set.contains(c))
            return false;
    return true;
}

} // namespace

class TestMeasurementSpec : public QObject {
    Q_OBJECT

private slots:
    void documentedExample()
    {
        auto encoded = MeasurementSpecCodec::encode(exampleSpec(), kKey);
        QVERIFY2(encoded, qPrintable(encoded ? QString() : encoded.error().toString()));
        QCOMPARE(*encoded, kExample);
        auto decoded = MeasurementSpecCodec::decode(kExample, {kKey});
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(*decoded, exampleSpec());
        QCOMPARE(decoded->point(QStringLiteral("BL"))->minimum(), 7190);
        QCOMPARE(decoded->point(QStringLiteral("BL"))->maximum(), 7215);
        QVERIFY(!decoded->point(QStringLiteral("HI")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("lot");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("points");
        QTest::newRow("no lot, no due") << "A1"
                                        << "S"
                                        << "F"
                                        << "" << QDate() << 1;
        QTest::newRow("japanese style and lot") << "ITEM-1"
                                                << "紺ジャケット"
                                                << "M"
                                                << "ロット７" << QDate(2026, 2, 28) << 3;
        QTest::newRow("lower case and reserved") << "item*1"
                                                 << "a+b%c"
                                                 << "s/m"
                                                 << "L 7" << QDate(2030, 12, 31) << 5;
        QTest::newRow("spaces and symbols") << "IT $1.0"
                                            << "ST:24-A/B"
                                            << "38 1/2"
                                            << "-" << QDate(2025, 1, 1) << 16;
        QTest::newRow("emoji outside the BMP") << "X"
                                               << "🧥"
                                               << "L"
                                               << "" << QDate() << 2;
    }
    void roundTrip()
    {
        QFETCH(QString, item);
        QFETCH(QString, style);
        QFETCH(QString, size);
        QFETCH(QString, lot);
        QFETCH(QDate, due);
        QFETCH(int, points);
        MeasurementSpec s;
        s.keyId = kKey.id;
        s.itemId = item;
        s.style = style;
        s.size = size;
        s.lot = lot;
        s.due = due;
        for (int i = 0; i < points; ++i)
            s.points.push_back({QStringLiteral("P%1").arg(i), 1 + i * 2900, i * 80, 1295 - i * 80});
        auto encoded = MeasurementSpecCodec::encode(s, kKey);
        QVERIFY2(encoded, qPrintable(encoded ? QString() : encoded.error().toString()));
        QVERIFY2(alphanumericOnly(*encoded), qPrintable(*encoded));
        auto decoded = MeasurementSpecCodec::decode(*encoded, {kKey});
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(*decoded, s);
        // A scanner's line end around it changes nothing.
        QVERIFY(
            MeasurementSpecCodec::decode(QStringLiteral(" ") + *encoded + QStringLiteral("\r\n"), {kKey}));
    }

    void escapes()
    {
        QCOMPARE(MeasurementSpecCodec::escapeText(QStringLiteral("AB-1")), QStringLiteral("AB-1"));
        QCOMPARE(MeasurementSpecCodec::escapeText(QStringLiteral("a*")), QStringLiteral("%61%2A"));
        QCOMPARE(MeasurementSpecCodec::escapeText(QStringLiteral("紺")), QStringLiteral("%E7%B4%BA"));
        QCOMPARE(*MeasurementSpecCodec::unescapeText(QStringLiteral("%E7%B4%BA-1")), QStringLiteral("紺-1"));
        QVERIFY(!MeasurementSpecCodec::unescapeText(QStringLiteral("%E7%B4"))); // half a character
        QVERIFY(!MeasurementSpecCodec::unescapeText(QStringLiteral("%4")));     // cut escape
        QVERIFY(!MeasurementSpecCodec::unescapeText(QStringLiteral("%4g")));
        QVERIFY(!MeasurementSpecCodec::unescapeText(QStringLiteral("ab"))); // lower case is escaped
        QVERIFY(!MeasurementSpecCodec::unescapeText(QStringLiteral("A*B")));
    }

    // Any one character changed anywhere before the mac is refused as altered.
    void tamperedLabels_data()
    {
        QTest::addColumn<QString>("text");
        // BL's lower tolerance "0A" (1.0 mm) -> "0F" (1.5 mm).
        QTest::newRow("tolerance widened")
            << QString(kExample).replace(QStringLiteral("5K00A0F"), QStringLiteral("5K00F0F"));
        QTest::newRow("target changed")
            << QString(kExample).replace(QStringLiteral("4600A0A"), QStringLiteral("4610A0A"));
        QTest::newRow("item changed")
            << QString(kExample).replace(QStringLiteral("000123"), QStringLiteral("000124"));
        QTest::newRow("point dropped") << QString(kExample).replace(QStringLiteral("CW:4600A0A"), QString());
        QTest::newRow("due moved") << QString(kExample).replace(QStringLiteral("20250630"),
                                                                QStringLiteral("20250730"));
        QTest::newRow("lot removed") << QString(kExample).replace(QStringLiteral("*L7*"),
                                                                  QStringLiteral("**"));
        QTest::newRow("mac changed") << QString(kExample).replace(QStringLiteral("SBBB"),
                                                                  QStringLiteral("SBBC"));
    }
    void tamperedLabels()
    {
        QFETCH(QString, text);
        QVERIFY(text != kExample);
        const SpecFailure f = failureOf(text);
        QCOMPARE(specProblemName(f.problem), QStringLiteral("bad-signature"));
        QCOMPARE(f.field, QStringLiteral("mac"));
        QVERIFY(describeSpecFailure(f).contains(QStringLiteral("altered")));
    }

    void keys()
    {
        // The same key id with another secret: the signature does not match.
        const SpecKey wrong{kKey.id, QByteArrayLiteral("not-the-brand-secret")};
        QCOMPARE(failureOf(kExample, {wrong}).problem, SpecProblem::BadSignature);
        // No key with the label's id.
        const SpecFailure unknown = failureOf(kExample, {kOtherKey});
        QCOMPARE(unknown.problem, SpecProblem::UnknownKey);
        QCOMPARE(unknown.detail, QStringLiteral("K1"));
        QCOMPARE(failureOf(kExample, {}).problem, SpecProblem::UnknownKey);
        // Rotation: labels of the old and the new key are both read while both keys are given.
        auto newer = MeasurementSpecCodec::encode(exampleSpec(), kOtherKey);
        QVERIFY(newer);
        QVERIFY(newer->contains(QStringLiteral("*K2*")));
        auto decodedNew = MeasurementSpecCodec::decode(*newer, {kKey, kOtherKey});
        QVERIFY(decodedNew);
        QCOMPARE(decodedNew->keyId, QStringLiteral("K2"));
        QVERIFY(MeasurementSpecCodec::decode(kExample, {kKey, kOtherKey}));
        // A label signed with K2's secret but claiming K1 is refused.
        QString forged = signedLabel(kExample.left(kExample.size() - 16), kOtherKey);
        QCOMPARE(failureOf(forged, {kKey, kOtherKey}).problem, SpecProblem::BadSignature);
    }

    void keyText()
    {
        auto withId = SpecKey::fromText(QStringLiteral("K7:a-long-enough-secret"));
        QVERIFY(withId);
        QCOMPARE(withId->id, QStringLiteral("K7"));
        QCOMPARE(withId->secret, QByteArrayLiteral("a-long-enough-secret"));
        auto plain = SpecKey::fromText(QStringLiteral("a-long-enough:secret"));
        QVERIFY(plain);
        QCOMPARE(plain->id, QStringLiteral("1"));
        QCOMPARE(plain->secret, QByteArrayLiteral("a-long-enough:secret"));
        auto shortSecret = SpecKey::fromText(QStringLiteral("K1:short"));
        QVERIFY(!shortSecret);
        QVERIFY(shortSecret.error().message().contains(QStringLiteral("16 bytes")));
    }

    void versions()
    {
        const QString v2 = signedLabel(QStringLiteral("WM2*K1*A*B*C***BL:5K00A0F*"));
        const SpecFailure f = failureOf(v2);
        QCOMPARE(f.problem, SpecProblem::UnknownVersion);
        QCOMPARE(f.detail, QStringLiteral("2"));
        QVERIFY(describeSpecFailure(f).contains(QStringLiteral("version 2")));
        QCOMPARE(failureOf(QStringLiteral("WM12*X")).problem, SpecProblem::UnknownVersion);
        QCOMPARE(failureOf(QStringLiteral("WMX*K1")).problem, SpecProblem::NotASpec);
        QCOMPARE(failureOf(QStringLiteral("https://example.com/x")).problem, SpecProblem::NotASpec);
        QCOMPARE(failureOf(QString()).problem, SpecProblem::NotASpec);
        QCOMPARE(failureOf(QStringLiteral("wm1*k1")).problem, SpecProblem::NotASpec);
    }

    // A label cut off at any length is "truncated" (from "WM" on), never misread or "altered".
    void truncatedAtEveryLength()
    {
        for (qsizetype n = 2; n < kExample.size(); ++n) {
            const SpecFailure f = failureOf(kExample.left(n));
            QVERIFY2(f.problem == SpecProblem::Truncated,
                     qPrintable(QStringLiteral("%1: %2").arg(kExample.left(n), specProblemName(f.problem))));
        }
        QCOMPARE(failureOf(kExample.left(kExample.size() - 3)).field, QStringLiteral("mac"));
        QCOMPARE(failureOf(kExample.left(20)).field, QStringLiteral("size"));
        QCOMPARE(failureOf(kExample.left(1)).problem, SpecProblem::NotASpec);
    }

    // Signed with the right key, so the fields themselves are what is wrong.
    void missingFields_data()
    {
        QTest::addColumn<QString>("signedPart");
        QTest::addColumn<QString>("field");
        QTest::newRow("key id") << "WM1**ITEM*ST*M*L7*20250630*BL:5K00A0F*"
                                << "key id";
        QTest::newRow("item") << "WM1*K1**ST*M*L7*20250630*BL:5K00A0F*"
                              << "item";
        QTest::newRow("style") << "WM1*K1*ITEM**M*L7*20250630*BL:5K00A0F*"
                               << "style";
        QTest::newRow("size") << "WM1*K1*ITEM*ST**L7*20250630*BL:5K00A0F*"
                              << "size";
        QTest::newRow("points") << "WM1*K1*ITEM*ST*M*L7*20250630**"
                                << "points";
    }
    void missingFields()
    {
        QFETCH(QString, signedPart);
        QFETCH(QString, field);
        const SpecFailure f = failureOf(signedLabel(signedPart));
        QCOMPARE(specProblemName(f.problem), QStringLiteral("missing-field"));
        QCOMPARE(f.field, field);
        QVERIFY(!describeSpecFailure(f).isEmpty());
        // A whole field left out (one "*" fewer) reads as a cut-off label.
        QString fewer = signedPart;
        fewer.remove(fewer.indexOf(QStringLiteral("**")), 1);
        QCOMPARE(failureOf(signedLabel(fewer)).problem, SpecProblem::Truncated);
    }

    void optionalFields()
    {
        auto decoded = MeasurementSpecCodec::decode(
            signedLabel(QStringLiteral("WM1*K1*ITEM*ST*M***BL:5K00A0F*")), {kKey});
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().toString()));
        QVERIFY(decoded->lot.isEmpty());
        QVERIFY(!decoded->due.isValid());
    }

    void malformedFields_data()
    {
        QTest::addColumn<QString>("signedPart");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("detail"); // a piece of the message
        QTest::newRow("impossible due date") << "WM1*K1*ITEM*ST*M**20251301*BL:5K00A0F*"
                                             << "due"
                                             << "20251301";
        QTest::newRow("short due date") << "WM1*K1*ITEM*ST*M**250630*BL:5K00A0F*"
                                        << "due"
                                        << "250630";
        QTest::newRow("bad escape") << "WM1*K1*IT%G1*ST*M***BL:5K00A0F*"
                                    << "item"
                                    << "IT%G1";
        QTest::newRow("not utf-8") << "WM1*K1*ITEM*%FF*M***BL:5K00A0F*"
                                   << "style"
                                   << "%FF";
        QTest::newRow("point cut short") << "WM1*K1*ITEM*ST*M***BL:5K00A0*"
                                         << "points"
                                         << "BL";
        QTest::newRow("no colon") << "WM1*K1*ITEM*ST*M***BL:5K00A0FCW4600A0A*"
                                  << "points"
                                  << "CW4600A0A";
        QTest::newRow("code with a digit first") << "WM1*K1*ITEM*ST*M***1L:5K00A0F*"
                                                 << "points"
                                                 << "1L";
        QTest::newRow("code too long") << "WM1*K1*ITEM*ST*M***BODYL:5K00A0F*"
                                       << "points"
                                       << "BODYL";
        QTest::newRow("symbol in a number") << "WM1*K1*ITEM*ST*M***BL:5K0-A0F*"
                                            << "points"
                                            << "BL";
        QTest::newRow("target 0") << "WM1*K1*ITEM*ST*M***BL:0000A0F*"
                                  << "points"
                                  << "BL";
        QTest::newRow("tolerance beyond target") << "WM1*K1*ITEM*ST*M***BL:0090A0F*"
                                                 << "points"
                                                 << "BL";
        QTest::newRow("point twice") << "WM1*K1*ITEM*ST*M***BL:5K00A0FBL:5K00A0F*"
                                     << "points"
                                     << "twice";
        QTest::newRow("bad key id") << "WM1*K-1*ITEM*ST*M***BL:5K00A0F*"
                                    << "key id"
                                    << "K-1";
        QTest::newRow("extra field") << "WM1*K1*ITEM*ST*M***BL:5K00A0F*X*"
                                     << "mac"
                                     << "10 fields";
    }
    void malformedFields()
    {
        QFETCH(QString, signedPart);
        QFETCH(QString, field);
        QFETCH(QString, detail);
        SpecFailure f;
        auto decoded = MeasurementSpecCodec::decode(signedLabel(signedPart), {kKey}, &f);
        QVERIFY(!decoded);
        QCOMPARE(specProblemName(f.problem), QStringLiteral("malformed-field"));
        QCOMPARE(f.field, field);
        QVERIFY2(decoded.error().message().contains(detail), qPrintable(decoded.error().message()));
        QCOMPARE(decoded.error().context(), signedLabel(signedPart)); // the raw label is kept
    }

    void encodeRefusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("message");
        QTest::newRow("no item") << 0 << "item";
        QTest::newRow("no style") << 1 << "style";
        QTest::newRow("no size") << 2 << "size";
        QTest::newRow("no points") << 3 << "at least one point";
        QTest::newRow("bad code") << 4 << "point code";
        QTest::newRow("code twice") << 5 << "twice";
        QTest::newRow("target too big") << 6 << "target";
        QTest::newRow("target 0") << 7 << "target";
        QTest::newRow("negative tolerance") << 8 << "tolerances";
        QTest::newRow("tolerance too big") << 9 << "tolerances";
        QTest::newRow("short secret") << 10 << "16 bytes";
        QTest::newRow("too long for the QR") << 11 << "311";
        QTest::newRow("bad key id") << 12 << "key id";
    }
    void encodeRefusals()
    {
        QFETCH(int, which);
        QFETCH(QString, message);
        MeasurementSpec s = exampleSpec();
        SpecKey key = kKey;
        switch (which) {
        case 0: s.itemId.clear(); break;
        case 1: s.style.clear(); break;
        case 2: s.size.clear(); break;
        case 3: s.points.clear(); break;
        case 4: s.points[0].code = QStringLiteral("bl"); break;
        case 5: s.points[1].code = QStringLiteral("BL"); break;
        case 6: s.points[0].target = MeasurementSpecCodec::kMaxTarget + 1; break;
        case 7: s.points[0].target = 0; break;
        case 8: s.points[0].lower = -1; break;
        case 9: s.points[0].upper = MeasurementSpecCodec::kMaxTolerance + 1; break;
        case 10: key.secret = QByteArrayLiteral("short"); break;
        case 11: s.itemId = QString(300, QChar(u'X')); break;
        case 12: key.id = QStringLiteral("k1"); break;
        }
        auto encoded = MeasurementSpecCodec::encode(s, key);
        QVERIFY(!encoded);
        QCOMPARE(encoded.error().code(), ErrorCode::InvalidArgument);
        QVERIFY2(encoded.error().message().contains(message), qPrintable(encoded.error().toString()));
    }

    // The size limit: 16 points with long ids, encoded as a QR at level M, need version 10 or lower.
    void sixteenPointsFitQrVersion10AtLevelM()
    {
        auto encoded = MeasurementSpecCodec::encode(sixteenPoints(), kKey);
        QVERIFY2(encoded, qPrintable(encoded ? QString() : encoded.error().toString()));
        QVERIFY(alphanumericOnly(*encoded));
        QVERIFY2(encoded->size() <= MeasurementSpecCodec::kMaxLabelLength, qPrintable(*encoded));
        const std::string text = encoded->toStdString();
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0);
        writer.setEccLevel(kEccLevelM);
        const ZXing::BitMatrix matrix = writer.encode(text, 0, 0);
        // A QR symbol of version v is 17 + 4v modules a side.
        QCOMPARE(matrix.width(), matrix.height());
        const int version = (matrix.width() - 17) / 4;
        qInfo("16-point spec: %d characters, QR version %d", static_cast<int>(encoded->size()), version);
        QVERIFY2(version >= 1 && version <= 10, qPrintable(QStringLiteral("version %1").arg(version)));

        // Read it back: the same text, and the level really is M.
        const int scale = 4, quiet = 4 * scale;
        const int side = matrix.width() * scale + 2 * quiet;
        std::vector<uint8_t> pixels(static_cast<size_t>(side) * side, 255);
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                const int mx = (x - quiet) / scale, my = (y - quiet) / scale;
                if (x >= quiet && y >= quiet && mx < matrix.width() && my < matrix.height() &&
                    matrix.get(mx, my))
                    pixels[static_cast<size_t>(y) * side + x] = 0;
            }
        const ZXing::Result read =
            ZXing::ReadBarcode(ZXing::ImageView(pixels.data(), side, side, ZXing::ImageFormat::Lum),
                               ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
        QVERIFY(read.isValid());
        QCOMPARE(QString::fromStdString(read.text()), *encoded);
        QCOMPARE(QString::fromStdString(read.ecLevel()), QStringLiteral("M"));
        // And what was read decodes to the spec.
        auto decoded = MeasurementSpecCodec::decode(QString::fromStdString(read.text()), {kKey});
        QVERIFY(decoded);
        QCOMPARE(*decoded, sixteenPoints());
    }

private:
    // ZXing's MultiFormatWriter takes the QR level as 0-8 (two steps a level: L, M, Q, H).
    static constexpr int kEccLevelM = 3;
};

QTEST_GUILESS_MAIN(TestMeasurementSpec)
#include "tst_measurementspec.moc"
