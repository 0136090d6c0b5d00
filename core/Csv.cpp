#include "Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace wh {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

bool isControl(uchar c)
{
    return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F;
}

// Decodes all of `bytes` or nothing: a stateless decoder reports a sequence cut off at the end as an
// error instead of keeping it for a next call that never comes. A fresh decoder for every call: with
// Qt 6.4.2, resetState() on an ICU-backed decoder does not clear its error.
std::optional<QString> decodeStrict(const char *encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The first line that does not decode, for the error report. LF (0x0A) is never part of a multi-byte
// sequence in UTF-8 or Shift_JIS (trail bytes are >= 0x40), so splitting on it first is safe.
int firstBadLine(const char *encoding, const QByteArray &bytes)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!decodeStrict(encoding, QByteArrayView(bytes).sliced(start, end - start)))
            return line;
        ++line;
        start = end + 1;
    }
    return line - 1; // not reached for text that failed as a whole
}

// The name under which this Qt build knows Shift_JIS, or nullptr. Qt hands these names to ICU (Debian's
// Qt is built with it), where all three name the same Windows-31J table; the others are fallbacks for
// builds whose ICU data lacks an alias. Returns a name, not a decoder: an ICU-backed QStringDecoder that
// has been moved (returned from a function) no longer reports errors with Qt 6.4.2.
const char *shiftJisName()
{
    for (const char *name : {"Shift_JIS", "windows-31j", "CP932"})
        if (QStringDecoder(name).isValid())
            return name;
    return nullptr;
}

QString lineContext(int line)
{
    return QCoreApplication::translate("wh::Csv", "line %1").arg(line);
}

bool isLineEnd(QChar c)
{
    return c == u'\r' || c == u'\n';
}

// Reads records from decoded text; see parseCsvText in the header for the rules.
class Parser {
public:
    explicit Parser(const QString &text)
        : m_s(text)
        , m_n(text.size())
    {
    }

    void run(CsvTable &table)
    {
        while (m_pos < m_n) {
            if (isLineEnd(m_s[m_pos])) { // an empty physical line: skipped
                consumeLineEnd();
                continue;
            }
            readRecord(table);
        }
    }

private:
    enum class Outcome { Ok, StrayQuote, TextAfterQuote, Unclosed };

    void consumeLineEnd()
    {
        if (m_s[m_pos] == u'\r' && m_pos + 1 < m_n && m_s[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    qsizetype endOfPhysicalLine(qsizetype from) const
    {
        qsizetype p = from;
        while (p < m_n && !isLineEnd(m_s[p]))
            ++p;
        return p;
    }

    // Reads one quoted field; m_pos is on the opening quote. Leaves m_pos after the closing quote.
    Outcome readQuoted(QString &field)
    {
        m_quoteLine = m_line;
        m_quoteOpen = m_pos;
        ++m_pos;
        while (m_pos < m_n) {
            const QChar c = m_s[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_n && m_s[m_pos + 1] == u'"') {
                    field += u'"';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return Outcome::Ok;
            }
            if (c == u'\r') {
                field += c;
                ++m_pos;
                if (m_pos < m_n && m_s[m_pos] == u'\n') {
                    field += u'\n';
                    ++m_pos;
                }
                ++m_line;
                continue;
            }
            if (c == u'\n')
                ++m_line;
            field += c;
            ++m_pos;
        }
        return Outcome::Unclosed;
    }

    void readRecord(CsvTable &table)
    {
        const qsizetype start = m_pos;
        const int startLine = m_line;
        QStringList fields;
        Outcome outcome = Outcome::Ok;
        int problemLine = m_line;
        for (;;) {
            QString field;
            if (m_pos < m_n && m_s[m_pos] == u'"') {
                outcome = readQuoted(field);
                if (outcome == Outcome::Ok && m_pos < m_n && m_s[m_pos] != u',' && !isLineEnd(m_s[m_pos])) {
                    outcome = Outcome::TextAfterQuote;
                    problemLine = m_line;
                }
            } else {
                const qsizetype from = m_pos;
                while (m_pos < m_n && m_s[m_pos] != u',' && !isLineEnd(m_s[m_pos])) {
                    if (m_s[m_pos] == u'"') {
                        outcome = Outcome::StrayQuote;
                        problemLine = m_line;
                        break;
                    }
                    ++m_pos;
                }
                field = m_s.mid(from, m_pos - from);
            }
            if (outcome != Outcome::Ok)
                break;
            fields << field;
            if (m_pos < m_n && m_s[m_pos] == u',') {
                ++m_pos; // a ',' at the end of a line starts one more (empty) field
                continue;
            }
            break; // a line end or the end of the text
        }

        if (outcome == Outcome::Ok) {
            table.records.push_back({startLine, fields, m_s.mid(start, m_pos - start)});
            if (m_pos < m_n)
                consumeLineEnd();
            return;
        }

        // Whole sentences, with and without the line, so that translations can order them freely.
        QString message;
        const bool sameLine = problemLine == startLine;
        switch (outcome) {
        case Outcome::StrayQuote:
            message = sameLine ? QCoreApplication::translate(
                                     "wh::Csv", "a quote inside an unquoted field (quote the whole field "
                                                "and double the quote: \"a\"\"b\")")
                               : QCoreApplication::translate(
                                     "wh::Csv", "a quote inside an unquoted field on line %1 (quote the "
                                                "whole field and double the quote: \"a\"\"b\")")
                                     .arg(problemLine);
            break;
        case Outcome::TextAfterQuote:
            message = sameLine
                ? QCoreApplication::translate("wh::Csv", "text after the closing quote of a field")
                : QCoreApplication::translate("wh::Csv", "text after the closing quote of a field on line %1")
                      .arg(problemLine);
            break;
        case Outcome::Unclosed:
            // Resume after the line the quote opened on, not at the end of the file.
            m_line = m_quoteLine;
            m_pos = m_quoteOpen;
            message = m_quoteLine == startLine
                ? QCoreApplication::translate("wh::Csv",
                                              "a quote opened is not closed before the end of the file")
                : QCoreApplication::translate(
                      "wh::Csv", "a quote opened on line %1 is not closed before the end of the file")
                      .arg(m_quoteLine);
            break;
        case Outcome::Ok: break;
        }
        const qsizetype end = endOfPhysicalLine(m_pos);
        table.errors.push_back({startLine, message, m_s.mid(start, end - start)});
        m_pos = end;
        if (m_pos < m_n)
            consumeLineEnd();
    }

    const QString &m_s;
    const qsizetype m_n;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_quoteOpen = 0; // where the last quoted field opened
    int m_quoteLine = 0;       // and on which line
};

} // namespace

Result<DecodedText> decodeCsvBytes(const QByteArray &input)
{
    QByteArray bytes = input;
    if (bytes.endsWith('\x1A'))
        bytes.chop(1);
    DecodedText out;
    qsizetype offsetBase = 0; // to report offsets in the caller's bytes
    if (bytes.startsWith(kUtf8Bom)) {
        out.bom = true;
        bytes.remove(0, kUtf8Bom.size());
        offsetBase = kUtf8Bom.size();
    }
    if (bytes.isEmpty())
        return Error(ErrorCode::Parse, QCoreApplication::translate("wh::Csv", "empty file"));

    // Control bytes never occur inside UTF-8 or Shift_JIS multi-byte sequences, so counting them on the
    // raw bytes is valid whatever the encoding turns out to be.
    qsizetype controls = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = uchar(bytes[i]);
        if (c == 0)
            return Error(ErrorCode::Parse,
                         QCoreApplication::translate("wh::Csv", "not a text file (NUL byte); save or export it as CSV"),
                         QCoreApplication::translate("wh::Csv", "byte %1").arg(offsetBase + i));
        if (isControl(c))
            ++controls;
    }
    if (controls * 32 > bytes.size())
        return Error(
            ErrorCode::Parse,
            QCoreApplication::translate(
                "wh::Csv", "not a text file (%1 control characters in %2 bytes); save or export it as CSV")
                .arg(controls)
                .arg(bytes.size()));

    if (auto text = decodeStrict(kCsvUtf8, bytes)) {
        out.text = std::move(*text);
        out.encoding = QString::fromLatin1(kCsvUtf8);
        return out;
    }
    if (out.bom) // the file says it is UTF-8: believe it and report where it is broken
        return Error(ErrorCode::Parse, QCoreApplication::translate("wh::Csv", "invalid UTF-8 in a file marked as UTF-8"),
                     lineContext(firstBadLine(kCsvUtf8, bytes)));

    const char *sjisName = shiftJisName();
    if (!sjisName)
        return Error(ErrorCode::Parse,
                     QCoreApplication::translate("wh::Csv",
                                                 "the file is not UTF-8, and this Qt build has no Shift_JIS "
                                                 "decoder (Qt without ICU); save the file as UTF-8"));
    if (auto text = decodeStrict(sjisName, bytes)) {
        out.text = std::move(*text);
        out.encoding = QString::fromLatin1(kCsvShiftJis);
        return out;
    }
    return Error(ErrorCode::Parse, QCoreApplication::translate("wh::Csv", "the file is neither UTF-8 nor Shift_JIS text"),
                 lineContext(firstBadLine(sjisName, bytes)));
}

CsvTable parseCsvText(const QString &text)
{
    CsvTable table;
    Parser(text).run(table);
    return table;
}

Result<CsvTable> readCsv(const QByteArray &bytes)
{
    auto decoded = decodeCsvBytes(bytes);
    if (!decoded)
        return decoded.error();
    CsvTable table = parseCsvText(decoded->text);
    if (table.records.empty() && table.errors.empty())
        return Error(ErrorCode::Parse, QCoreApplication::translate("wh::Csv", "empty file (no records)"));
    table.encoding = decoded->encoding;
    table.bom = decoded->bom;
    return table;
}

QString csvField(const QString &field)
{
    bool quote = false;
    for (QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote && !field.isEmpty()) {
        const auto edgeSpace = [](QChar c) { return c == u' ' || c == u'\t'; };
        quote = edgeSpace(field.front()) || edgeSpace(field.back());
    }
    if (!quote)
        return field;
    QString out = field;
    out.replace(u'"', QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    if (fields.size() == 1 && fields.front().isEmpty())
        return QStringLiteral("\"\"");
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvField(fields[i]);
    }
    return line;
}

QByteArray writeCsv(const std::vector<QStringList> &rows, bool bom)
{
    QString text;
    for (const auto &row : rows) {
        text += csvRecord(row);
        text += QStringLiteral("\r\n");
    }
    QByteArray out;
    if (bom)
        out = kUtf8Bom;
    out += text.toUtf8();
    return out;
}

} // namespace wh
