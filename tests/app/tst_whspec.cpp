// `wh spec encode|decode` driven as a user would: the documented example from JSON, the QR code as
// a PNG read back by the barcode decoder, the care label's ZPL, the points named in both languages,
// refused labels (exit 1 with the reason), bad JSON and usage errors (exit 2).
#include "BarcodeDecoder.h"
#include "BarcodeImage.h"
#include "WhProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Run = wh::test::WhRun;
using wh::test::describe;
using wh::test::runWh;
using wh::test::whPath;

const QString kKey = QStringLiteral("K1:brand-secret-00001");
// MeasurementSpec.h's worked example.
const QString kExample =
    QStringLiteral("WM1*K1*ITEM-000123*ST24-001*M*L7*20250630*BL:5K00A0FCW:4600A0A*5GW3ZRHJGORHSBBB");
const QByteArray kExampleJson = R"({
  "item": "ITEM-000123", "style": "ST24-001", "size": "M", "lot": "L7", "due": "2025-06-30",
  "points": [
    {"code": "BL", "target_mm": 720.0, "lower_mm": 1.0, "upper_mm": 1.5},
    {"code": "CW", "target_mm": 540, "tolerance_mm": 1}
  ]
})";

QStringList lines(const QString &out)
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

class TestWhSpec : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }
    Run encode(const QByteArray &json, QStringList extra = {})
    {
        return runWh(QStringList{"spec", "encode", "--json", write("spec.json", json), "--key", kKey} +
                     extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(whPath()).isExecutable(), qPrintable(whPath() + QStringLiteral(" is not built")));
    }

    void encodesTheDocumentedExample()
    {
        const Run r = encode(kExampleJson);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out, kExample + QLatin1Char('\n'));
        QVERIFY(r.err.isEmpty());
    }

    void decodesWithNames()
    {
        Run r = runWh({"spec", "decode", kExample, "--key", kKey, "--lang", "en"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(lines(r.out),
                 (QStringList{"item: ITEM-000123", "style: ST24-001", "size: M", "lot: L7", "due: 2025-06-30",
                              "key_id: K1", "points: 2",
                              "point: BL\tBody length\t720.0 mm\t-1.0 / +1.5 mm\t719.0 .. 721.5 mm",
                              "point: CW\tChest width\t540.0 mm\t-1.0 / +1.0 mm\t539.0 .. 541.0 mm"}));
        r = runWh({"spec", "decode", kExample, "--key", kKey, "--lang", "ja"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("point: BL\t着丈\t")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("point: CW\t身幅\t")));
    }

    // Keys: a second key id beside the first (rotation), and a key file.
    void keys()
    {
        Run r = runWh({"spec", "decode", kExample, "--key", "K2:another-brand-secret", "--key", kKey});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString keyFile =
            write("keys.txt", "# brand keys\nK2:another-brand-secret\n\nK1:brand-secret-00001\n");
        r = runWh({"spec", "decode", kExample, "--key-file", keyFile});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        r = runWh({"spec", "encode", "--json", write("spec.json", kExampleJson), "--key-file",
                   write("one.txt", "K1:brand-secret-00001\n")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(r.out.trimmed(), kExample);
    }

    void pngReadsBack()
    {
        const QString png = m_dir.filePath(QStringLiteral("label.png"));
        const Run r = encode(kExampleJson, {"--png", png, "--module", "6"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const auto loaded = wh::drivers::BarcodeImage::load(png);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        // 6 pixels a module and a quiet zone of 4 modules on each side.
        QCOMPARE(loaded.image.width() % 6, 0);
        QCOMPARE((loaded.image.width() / 6 - 8 - 17) % 4, 0);
        wh::drivers::BarcodeDecoder::Options options;
        options.formats = "QRCode";
        const auto decoded =
            wh::drivers::BarcodeImage::decode(wh::drivers::BarcodeDecoder(options), loaded.image);
        QCOMPARE(decoded.symbols.size(), size_t(1));
        QCOMPARE(QString::fromStdString(decoded.symbols.front().text), kExample);
    }

    // The demo brand's labels: each decodes with the demo key (what `wh demo` gives the
    // handhelds), 12 and 8 points, and the PNGs read back to the same text.
    void demoLabels()
    {
        const QString dir = m_dir.filePath(QStringLiteral("demo-labels"));
        const Run r = runWh({"spec", "demo", "--png", dir});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        const QList<int> pointCounts{12, 8};
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 2);
            const Run decoded = runWh({"spec", "decode", fields[1], "--key", "DEMO:demo-brand-secret-2026"});
            QVERIFY2(decoded.exitCode == 0, qPrintable(describe(decoded)));
            QVERIFY(decoded.out.contains(QStringLiteral("item: ") + fields[0]));
            QVERIFY(decoded.out.contains(QStringLiteral("points: %1").arg(pointCounts[i])));
            const auto loaded = wh::drivers::BarcodeImage::load(dir + QLatin1Char('/') + fields[0] + QStringLiteral(".png"));
            QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
            wh::drivers::BarcodeDecoder::Options options;
            options.formats = "QRCode";
            const auto read = wh::drivers::BarcodeImage::decode(wh::drivers::BarcodeDecoder(options), loaded.image);
            QCOMPARE(read.symbols.size(), size_t(1));
            QCOMPARE(QString::fromStdString(read.symbols.front().text), fields[1]);
        }
        // Another brand's key refuses them.
        const Run refused = runWh({"spec", "decode", lines[0].split(QLatin1Char('\t')).value(1), "--key", kKey});
        QCOMPARE(refused.exitCode, 1);
    }

    void zplCareLabel()
    {
        const Run r = encode(kExampleJson, {"--zpl"});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY(r.out.startsWith(QStringLiteral("^XA")));
        QVERIFY(r.out.trimmed().endsWith(QStringLiteral("^XZ")));
        QVERIFY2(r.out.contains(QStringLiteral("^BQN,2,4^FDMA,") + kExample + QStringLiteral("^FS")),
                 qPrintable(r.out));
        for (const char *text :
             {"^FDITEM-000123^FS", "^FDST24-001 M^FS", "^FDLOT L7^FS", "^FDDUE 2025-06-30^FS"})
            QVERIFY2(r.out.contains(QLatin1String(text)), text);
        QVERIFY(r.err.isEmpty());
        // Japanese text without a printer font: still printed, with a warning.
        QByteArray japanese = kExampleJson;
        japanese.replace("ST24-001", "紺ジャケット");
        const Run ja = encode(japanese, {"--zpl"});
        QVERIFY2(ja.exitCode == 0, qPrintable(describe(ja)));
        QVERIFY2(ja.err.contains(QStringLiteral("--printer-font")), qPrintable(ja.err));
        const Run font = encode(japanese, {"--zpl", "--printer-font", "E:ANMDJ.TTF"});
        QVERIFY(font.out.contains(QStringLiteral("^A@N,24,24,E:ANMDJ.TTF")) ||
                font.out.contains(QStringLiteral("E:ANMDJ.TTF")));
        QVERIFY(font.err.isEmpty());
    }

    void refusedLabels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");
        QTest::newRow("tolerance edited")
            << QString(kExample).replace(QStringLiteral("5K00A0F"), QStringLiteral("5K00F0F")) << kKey
            << "the label was altered, or the key is wrong";
        QTest::newRow("wrong key") << kExample << "K1:not-the-brand-secret"
                                   << "the label was altered";
        QTest::newRow("another key id") << kExample << "K2:another-brand-secret"
                                        << "no key for the label's key id K1";
        QTest::newRow("unknown version") << QStringLiteral("WM3*K1*X") << kKey << "unknown spec version 3";
        QTest::newRow("cut off") << kExample.left(60) << kKey << "truncated";
        QTest::newRow("not a spec") << QStringLiteral("HELLO") << kKey << "not a measurement spec";
    }
    void refusedLabels()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QFETCH(QString, message);
        const Run r = runWh({"spec", "decode", text, "--key", key});
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{item: 1") << "is not JSON";
        QTest::newRow("an array") << QByteArray("[]") << "must be a JSON object";
        QTest::newRow("no item") << QByteArray(R"({"style":"S","size":"M","points":[]})") << "item: missing";
        QTest::newRow("no points") << QByteArray(R"({"item":"I","style":"S","size":"M"})")
                                   << "points: missing";
        QTest::newRow("empty points")
            << QByteArray(R"({"item":"I","style":"S","size":"M","points":[]})") << "at least one point";
        QTest::newRow("two decimals")
            << QByteArray(
                   R"({"item":"I","style":"S","size":"M","points":[{"code":"BL","target_mm":720.05,"tolerance_mm":1}]})")
            << "points[0].target_mm: a length in mm with at most one decimal";
        QTest::newRow("no tolerance")
            << QByteArray(R"({"item":"I","style":"S","size":"M","points":[{"code":"BL","target_mm":720}]})")
            << "points[0].lower_mm: missing";
        QTest::newRow("both tolerances")
            << QByteArray(
                   R"({"item":"I","style":"S","size":"M","points":[{"code":"BL","target_mm":720,"tolerance_mm":1,"upper_mm":2}]})")
            << "not both";
        QTest::newRow("bad due")
            << QByteArray(R"({"item":"I","style":"S","size":"M","due":"30/06/2025","points":[]})")
            << "due: not a date";
        QTest::newRow("bad code")
            << QByteArray(
                   R"({"item":"I","style":"S","size":"M","points":[{"code":"bl","target_mm":720,"tolerance_mm":1}]})")
            << "point code";
    }
    void badJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Run r = encode(json);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void usageErrors()
    {
        Run r = runWh({"spec", "decode", kExample});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--key")));
        r = runWh({"spec", "encode", "--key", kKey});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--json")));
        r = runWh(
            {"spec", "encode", "--json", write("spec.json", kExampleJson), "--key", kKey, "--module", "11"});
        QCOMPARE(r.exitCode, 2);
        r = runWh({"spec", "frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("encode, decode")));
        r = runWh({"spec", "decode", kExample, "--key", "K1:short"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("16 bytes")), qPrintable(r.err));
        r = runWh({"spec", "--help"});
        QCOMPARE(r.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestWhSpec)
#include "tst_whspec.moc"
