#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace wh {

// RFC 4180 CSV as real files arrive: from the official attendance system, from spreadsheet programs
// run on Japanese Windows (Shift_JIS), and edited by hand. The reader keeps going past a malformed
// record so one typo does not hide the rest of a file; the caller decides what a bad record means.
// Pure functions; callable from any thread. Files are read whole (exports are a few MB at most).

// Encoding names as reported in CsvTable::encoding / DecodedText::encoding.
inline constexpr char kCsvUtf8[] = "UTF-8";
inline constexpr char kCsvShiftJis[] = "Shift_JIS"; // decoded as Windows-31J (CP932), see decodeCsvBytes

struct DecodedText {
    QString text;
    QString encoding; // kCsvUtf8 or kCsvShiftJis
    bool bom = false; // the file started with a UTF-8 byte order mark (not part of `text`)
};

// Bytes -> text, refusing what is not a text file:
//  - empty input (or a lone BOM)                                  -> Parse "empty file";
//  - a NUL byte, or more than 1 in 32 bytes being control characters
//    other than TAB/CR/LF (an .xlsx, a PDF, an image)              -> Parse "not a text file";
//  - a UTF-8 BOM -> UTF-8 (invalid UTF-8 after it is an error with the line number);
//  - valid UTF-8 (plain ASCII included) -> UTF-8;
//  - otherwise Shift_JIS, decoded with the Windows-31J table (what Excel and the Japanese attendance
//    systems write: ①, 髙, ～ as U+FF5E). Bytes that are neither -> Parse with the first bad line.
// A single trailing Ctrl-Z (0x1A, the DOS end-of-file mark some old exporters still append) is dropped.
// Note that a Latin-1 file usually decodes "successfully" as Shift_JIS (half-width katakana); no
// detector can tell those apart, and Latin-1 is not an input this suite expects.
[[nodiscard]] Result<DecodedText> decodeCsvBytes(const QByteArray &bytes);

struct CsvRecord {
    int line = 0; // 1-based physical line the record starts on
    QStringList fields;
    QString raw; // the record's text as in the file, without its final line end
};

// A record that could not be read. Reading went on after it (see parseCsvText).
struct CsvRecordError {
    int line = 0;    // 1-based physical line the record starts on
    QString message; // English, for logs and the import report
    QString raw;     // the record's text, to show the user what to fix
};

struct CsvTable {
    QString encoding; // kCsvUtf8 or kCsvShiftJis
    bool bom = false;
    std::vector<CsvRecord> records;     // in file order; the header row, if any, is records[0]
    std::vector<CsvRecordError> errors; // in file order
};

// Splits decoded text into records. Never fails: malformed records go to `errors`.
//  - fields are separated by ',' and records by CRLF, LF or a lone CR; a last line without a line
//    end is a record;
//  - a field starting with '"' is quoted: it may hold ',', '""' (one quote) and line ends (kept as
//    written, CRLF stays CRLF), and must be followed by ',' or the end of the record;
//  - whitespace is data (RFC 4180): " a " stays " a ", and ` "a"` is a stray quote;
//  - an empty physical line outside quotes is skipped (spreadsheets append them); line numbers still
//    count it. A line of only commas is a record of empty fields: the caller decides;
//  - a '"' inside an unquoted field, or text after a closing quote: the record is an error with the
//    text up to the end of that physical line; reading resumes on the next line;
//  - a quote not closed before the end of the file: the record is an error with its text up to the end
//    of the line the quote opened on, and reading resumes on the line after it, so a single stray quote
//    does not swallow every following row. This rescan happens at most once per file, so reading stays
//    linear: the quote ran to the end only because every later quote is one of a doubled pair, so
//    every later quoted field closes at the end of its run of quotes;
//  - a single quote on a later line closes an earlier one (that is what RFC 4180 says), so
//    `a,"b` + `c,"d` on two lines is one record with text after its closing quote, reported on the
//    first line with both lines as its text.
// Records may have different field counts; checking them is the caller's business.
[[nodiscard]] CsvTable parseCsvText(const QString &text);

// decodeCsvBytes + parseCsvText. Errors: those of decodeCsvBytes; Parse "no records" when the text
// has nothing but empty lines.
[[nodiscard]] Result<CsvTable> readCsv(const QByteArray &bytes);

// One field as RFC 4180 wants it: quoted (inner quotes doubled) when it contains ',', '"', CR or LF,
// or starts or ends with a space or TAB (spreadsheet programs trim those when unquoted).
[[nodiscard]] QString csvField(const QString &field);

// One record without its line end. A record of one empty field is written `""`, because an empty
// line is skipped by readers (ours included); a record with no fields is an empty line.
[[nodiscard]] QString csvRecord(const QStringList &fields);

// UTF-8 CSV with CRLF after every record. `bom` prepends a UTF-8 byte order mark: Excel on Japanese
// Windows reads a BOM-less file as Shift_JIS and shows mojibake, so files meant to be opened in a
// spreadsheet program want it; files for other programs usually do not.
// Fields are written as given: text starting with '=', '+', '-' or '@' is not defused against
// spreadsheet formula injection (that would change the data for every other reader).
[[nodiscard]] QByteArray writeCsv(const std::vector<QStringList> &rows, bool bom = false);

} // namespace wh
