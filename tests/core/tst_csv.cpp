// Csv: RFC 4180 reading and writing, encoding detection, record-level errors with line numbers.
#include "Csv.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

using namespace wh;

namespace {
QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList fieldsOf(const CsvTable &table, std::size_t i)
{
    return i < table.records.size() ? table.records[i].fields : QStringList();
}
} // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("without BOM") << false;
        QTest::newRow("with BOM") << true;
    }
    void roundTrip()
    {
        QFETCH(bool, bom);
        const std::vector<QStringList> rows = {
            {u8("社員番号"), u8("氏名"), u8("メモ")},
            {u8("W001"), u8("山田 太郎"), u8("夜勤,残業あり")},
            {u8("W002"), u8("佐藤\n花子"), u8("改行\r\nCRLF")},
            {u8("W003"), u8("He said \"hi\""), u8("\"")},
            {u8("W004"), u8(" leading"), u8("trailing\t")},
            {u8("W005"), QString(), QString()},
            {QString()}, // one empty field: must not become a skipped empty line
            {u8("①髙～"), u8("a\"\"b"), u8("\"quoted\"")},
        };
        const QByteArray bytes = writeCsv(rows, bom);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);

        const auto table = readCsv(bytes);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
        QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(table->bom, bom);
        QVERIFY(table->errors.empty());
        QCOMPARE(table->records.size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            QCOMPARE(table->records[i].fields, rows[i]);
        // Physical lines: the embedded LF and CRLF of row 3 (lines 3-5) each take one.
        QCOMPARE(table->records[2].line, 3);
        QCOMPARE(table->records[3].line, 6);
        QCOMPARE(table->records[7].line, 10);
    }

    void writerQuoting()
    {
        QCOMPARE(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(csvField(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
        QCOMPARE(csvField(QStringLiteral(" a")), QStringLiteral("\" a\""));
        QCOMPARE(csvField(QStringLiteral("a ")), QStringLiteral("\"a \""));
        QCOMPARE(csvField(QStringLiteral("a b")), QStringLiteral("a b"));
        QCOMPARE(csvField(QString()), QString());
        QCOMPARE(csvRecord({QString()}), QStringLiteral("\"\""));
        QCOMPARE(csvRecord({QString(), QString()}), QStringLiteral(","));
        QCOMPARE(writeCsv({{QStringLiteral("a"), QStringLiteral("b,c")}, {u8("日本")}}, false),
                 QByteArray("a,\"b,c\"\r\n") + u8("日本").toUtf8() + "\r\n");
        QCOMPARE(writeCsv({{QStringLiteral("x")}}, true), QByteArray("\xEF\xBB\xBFx\r\n"));
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n");
        QTest::newRow("LF") << QByteArray("a,b\nc,d\n");
        QTest::newRow("CR") << QByteArray("a,b\rc,d\r");
        QTest::newRow("no final line end") << QByteArray("a,b\r\nc,d");
        QTest::newRow("trailing empty lines") << QByteArray("a,b\r\nc,d\r\n\r\n\n");
    }
    void lineEnds()
    {
        QFETCH(QByteArray, bytes);
        const auto table = readCsv(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), std::size_t(2));
        QCOMPARE(fieldsOf(*table, 0), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(fieldsOf(*table, 1), QStringList({QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(table->records[1].line, 2);
        QCOMPARE(table->records[1].raw, QStringLiteral("c,d"));
    }

    void emptyFieldsAndWhitespace()
    {
        const auto table = readCsv("a,,\r\n,\r\n , \"\" ,x\r\n");
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), std::size_t(2));
        QCOMPARE(fieldsOf(*table, 0), QStringList({QStringLiteral("a"), QString(), QString()}));
        QCOMPARE(fieldsOf(*table, 1), QStringList({QString(), QString()}));
        // ` "" ` is an unquoted field with quotes in it: an error (whitespace is data in RFC 4180).
        QCOMPARE(table->errors.size(), std::size_t(1));
        QCOMPARE(table->errors[0].line, 3);
        QCOMPARE(table->errors[0].raw, QStringLiteral(" , \"\" ,x"));
    }

    void lineNumbersWithMultiLineRecords()
    {
        const QByteArray bytes = "h1,h2\r\n"                     // 1
                                 "\"one\r\ntwo\r\nthree\",x\r\n" // 2-4
                                 "y,\"a\nb\"\n"                  // 5-6
                                 "\r\n"                          // 7 (skipped)
                                 "last,\"\"\"q\"\"\"";           // 8, no line end
        const auto table = readCsv(bytes);
        QVERIFY(table.ok());
        QVERIFY(table->errors.empty());
        QCOMPARE(table->records.size(), std::size_t(4));
        QCOMPARE(table->records[0].line, 1);
        QCOMPARE(table->records[1].line, 2);
        QCOMPARE(table->records[1].fields,
                 QStringList({QStringLiteral("one\r\ntwo\r\nthree"), QStringLiteral("x")}));
        QCOMPARE(table->records[1].raw, QStringLiteral("\"one\r\ntwo\r\nthree\",x"));
        QCOMPARE(table->records[2].line, 5);
        QCOMPARE(table->records[2].fields, QStringList({QStringLiteral("y"), QStringLiteral("a\nb")}));
        QCOMPARE(table->records[3].line, 8);
        QCOMPARE(table->records[3].fields, QStringList({QStringLiteral("last"), QStringLiteral("\"q\"")}));
    }

    void unterminatedQuote()
    {
        const QByteArray bytes = "a,b\r\n"                  // 1
                                 "\"multi\r\nline\",ok\r\n" // 2-3
                                 "c,\"never closed\r\n"     // 4: the error
                                 "d,e\r\n"                  // 5: recovered
                                 "f,g";                     // 6
        const auto table = readCsv(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->errors.size(), std::size_t(1));
        QCOMPARE(table->errors[0].line, 4);
        QVERIFY2(table->errors[0].message.contains(QStringLiteral("not closed")),
                 qPrintable(table->errors[0].message));
        QCOMPARE(table->errors[0].raw, QStringLiteral("c,\"never closed"));
        QCOMPARE(table->records.size(), std::size_t(4));
        QCOMPARE(table->records[2].line, 5);
        QCOMPARE(table->records[2].fields, QStringList({QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(table->records[3].line, 6);
    }

    void unterminatedQuoteAfterMultiLineField()
    {
        // The record starts on line 1; the unclosed quote opens on line 2.
        const auto table = readCsv("\"a\nb\",\"c\nd,e\n");
        QVERIFY(table.ok());
        QCOMPARE(table->errors.size(), std::size_t(1));
        QCOMPARE(table->errors[0].line, 1);
        QVERIFY2(table->errors[0].message.contains(QStringLiteral("line 2")),
                 qPrintable(table->errors[0].message));
        QCOMPARE(table->errors[0].raw, QStringLiteral("\"a\nb\",\"c"));
        QCOMPARE(table->records.size(), std::size_t(1));
        QCOMPARE(table->records[0].line, 3);
        QCOMPARE(table->records[0].fields, QStringList({QStringLiteral("d"), QStringLiteral("e")}));
    }

    void strayQuotes()
    {
        const QByteArray bytes = "a,b\n"      // 1
                                 "c,d\"e,f\n" // 2: quote inside an unquoted field
                                 "\"g\"h,i\n" // 3: text after the closing quote
                                 "j,k\n";     // 4
        const auto table = readCsv(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->errors.size(), std::size_t(2));
        QCOMPARE(table->errors[0].line, 2);
        QCOMPARE(table->errors[0].raw, QStringLiteral("c,d\"e,f"));
        QVERIFY(table->errors[0].message.contains(QStringLiteral("unquoted")));
        QCOMPARE(table->errors[1].line, 3);
        QCOMPARE(table->errors[1].raw, QStringLiteral("\"g\"h,i"));
        QVERIFY(table->errors[1].message.contains(QStringLiteral("after the closing quote")));
        QCOMPARE(table->records.size(), std::size_t(2));
        QCOMPARE(table->records[1].line, 4);
    }

    void quoteClosedOnALaterLine()
    {
        // RFC 4180: the quote on line 2 closes the field opened on line 1; the "d" after it is the error.
        const auto table = readCsv("a,\"b\nc,\"d\ne,f\n");
        QVERIFY(table.ok());
        QCOMPARE(table->errors.size(), std::size_t(1));
        QCOMPARE(table->errors[0].line, 1);
        QVERIFY2(
            table->errors[0].message.contains(QStringLiteral("after the closing quote of a field on line 2")),
            qPrintable(table->errors[0].message));
        QCOMPARE(table->errors[0].raw, QStringLiteral("a,\"b\nc,\"d"));
        QCOMPARE(table->records.size(), std::size_t(1));
        QCOMPARE(table->records[0].line, 3);
    }

    void manyBrokenQuotesStayLinear()
    {
        // One quote per line: each pair of lines is one broken record. Then a quote that runs to the end
        // of the file (every later quote is doubled), followed by lines of quoted fields: reading
        // resumes after the unclosed quote's line, and each later field closes within its run of quotes.
        QByteArray bytes;
        const int pairs = 10000;
        for (int i = 0; i < pairs; ++i)
            bytes += "x,\"broken " + QByteArray::number(i) + "\nnext\"" + QByteArray::number(i) + "\n";
        bytes += "y,\"never closed\n";
        const int quotedLines = 20000;
        for (int i = 0; i < quotedLines; ++i)
            bytes += "\"\"\"\",\"\"\"\"\n";
        QElapsedTimer timer;
        timer.start();
        const auto table = readCsv(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->errors.size(), std::size_t(pairs + 1));
        QCOMPARE(table->errors[pairs - 1].line, 2 * pairs - 1);
        QCOMPARE(table->errors[pairs].line, 2 * pairs + 1);
        QCOMPARE(table->errors[pairs].raw, QStringLiteral("y,\"never closed"));
        QCOMPARE(table->records.size(), std::size_t(quotedLines));
        QCOMPARE(table->records.back().fields, QStringList({QStringLiteral("\""), QStringLiteral("\"")}));
        QCOMPARE(table->records.back().line, 2 * pairs + 1 + quotedLines);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
    }

    void binaryIsRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("NUL byte") << QByteArray("a,b\r\nc\0d\r\n", 10);
        QTest::newRow("xlsx (zip) header")
            << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 16);
        QByteArray controls;
        for (int i = 0; i < 256; ++i)
            controls += char(1 + i % 8);
        QTest::newRow("control characters") << controls;
        QTest::newRow("some control characters") << QByteArray("a\x01\x02\x03,b\x04\x05\n");
    }
    void binaryIsRejected()
    {
        QFETCH(QByteArray, bytes);
        const auto table = readCsv(bytes);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code(), ErrorCode::Parse);
        QVERIFY2(table.error().message().contains(QStringLiteral("not a text file")),
                 qPrintable(table.error().toString()));
    }

    void aFewControlCharactersAreData()
    {
        // One stray control character in a long enough file is text with a typo, not a binary file.
        QByteArray bytes = "a,b\x07\n";
        for (int i = 0; i < 10; ++i)
            bytes += "row,value\n";
        const auto table = readCsv(bytes);
        QVERIFY(table.ok());
        QCOMPARE(fieldsOf(*table, 0), QStringList({QStringLiteral("a"), QStringLiteral("b\x07")}));
    }

    void emptyIsRejected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("empty lines only") << QByteArray("\r\n\n\r\n");
        QTest::newRow("Ctrl-Z only") << QByteArray("\x1A");
    }
    void emptyIsRejected()
    {
        QFETCH(QByteArray, bytes);
        const auto table = readCsv(bytes);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code(), ErrorCode::Parse);
        QVERIFY2(table.error().message().contains(QStringLiteral("empty")),
                 qPrintable(table.error().toString()));
    }

    void trailingCtrlZIsDropped()
    {
        const auto table = readCsv("a,b\r\n\x1A");
        QVERIFY(table.ok());
        QCOMPARE(table->records.size(), std::size_t(1));
        QCOMPARE(fieldsOf(*table, 0), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    }

    void shiftJisIsDetected()
    {
        QStringEncoder encoder("Shift_JIS");
        if (!encoder.isValid())
            QSKIP("this Qt build has no Shift_JIS codec (Qt built without ICU)");
        const QString text = u8("社員番号,氏名\r\nW001,\"山田,太郎\"\r\nW002,髙橋①～\r\n");
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        QVERIFY(bytes != text.toUtf8());

        const auto table = readCsv(bytes);
        QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
        QCOMPARE(table->encoding, QStringLiteral("Shift_JIS"));
        QCOMPARE(table->bom, false);
        QCOMPARE(table->records.size(), std::size_t(3));
        QCOMPARE(fieldsOf(*table, 1), QStringList({u8("W001"), u8("山田,太郎")}));
        QCOMPARE(fieldsOf(*table, 2), QStringList({u8("W002"), u8("髙橋①～")}));
    }

    void asciiIsUtf8()
    {
        const auto table = readCsv("a,b\n");
        QVERIFY(table.ok());
        QCOMPARE(table->encoding, QStringLiteral("UTF-8"));
    }

    void invalidUtf8AfterBomIsAnError()
    {
        // A BOM says UTF-8; a Shift_JIS byte pair on line 2 then is a broken file, not Shift_JIS.
        const auto table = readCsv("\xEF\xBB\xBF"
                                   "a,b\n\x93\xfa,c\n");
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code(), ErrorCode::Parse);
        QCOMPARE(table.error().context(), QStringLiteral("line 2"));
    }

    void neitherUtf8NorShiftJisIsAnError()
    {
        if (!QStringDecoder("Shift_JIS").isValid())
            QSKIP("this Qt build has no Shift_JIS codec (Qt built without ICU)");
        // 0x81 is a Shift_JIS lead byte; 0x20 cannot follow it. Line 3.
        const auto table = readCsv("a,b\nc,d\ne,\x81 \n");
        QVERIFY(!table.ok());
        QCOMPARE(table.error().code(), ErrorCode::Parse);
        QCOMPARE(table.error().context(), QStringLiteral("line 3"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
