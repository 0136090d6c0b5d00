#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace wh {

// GS1 element strings: what a GS1 barcode (GS1-128, GS1 DataMatrix, GS1 QR, GS1 DataBar) or a GS1
// Digital Link URI carries, split into application identifiers (AIs) and their values.
//
//     Gs1Parse scan = parseGs1(text);
//     if (scan.isValid()) use(scan.element(QStringLiteral("01"))->value);
//     qInfo() << scan.hri(); // "(01)09506000134352(17)250228(10)ABC123(21)S42"
//
// Input forms (told apart by their first characters):
//   - a raw element string: AIs and values with GS (0x1D) after a variable-length value, optionally
//     preceded by an AIM symbology identifier (`]C1`, `]d2`, `]Q3`, `]e0`, ...) or a leading FNC1
//     transmitted as GS; `]E0` / `]E4` (EAN-13 / EAN-8, UPC-A) give their GTIN as (01);
//   - bracketed HRI: "(01)09506000134352(10)ABC123" (a literal '(' in a value is written "\(");
//   - a GS1 Digital Link URI: https://<any host>[/path]/01/<gtin>[/22|10|21/<value>...][?<ai>=<v>&...]
//     with percent-decoding (the primary key may also be 00, 253, 255, 401, 402, 414, 417, 8003,
//     8004, 8006, 8010, 8013, 8017, 8018; a GTIN-8/12/13 is padded to 14 digits).
//
// Nothing is thrown away: an unknown AI keeps its raw text and is marked (UnknownAi), and parsing
// goes on after it wherever its end can be known (a predefined length, or a GS). A variable-length
// value that runs on to the end of a string with no GS anywhere, where the rest could also be read
// as further AIs, is reported as Ambiguous, never guessed. Checks: check digits (00, 01, 02, 03,
// 253, 255, 402, 410-417, 8006, 8017, 8018), dates (11-17 with DD = 00 as the last day of the
// month, century within -49..+50 years of the reference date), digits-only and GS1 character set
// 82 values, lengths.
//
// Pure (Qt Core only, no I/O). Messages are translated (context "wh::Gs1") when the parse runs.

// The group separator: FNC1 as a separator in a transmitted element string.
inline constexpr char16_t kGs1GroupSeparator = 0x1D;

enum class Gs1InputForm {
    ElementString, // raw AIs + values with GS separators (from a scanner)
    BracketedHri,  // "(01)...(10)..."
    DigitalLink,   // https://host/01/...
};

enum class Gs1Problem {
    NotGs1,           // the whole input: empty, not an element string / HRI / Digital Link
    Syntax,           // malformed HRI brackets, a Digital Link path without a primary key, ...
    UnknownAi,        // an AI that is not in the table: raw text kept
    Ambiguous,        // a variable-length value without a separator where more AIs could follow
    WrongLength,      // a value shorter or longer than its AI allows (or cut off at the end)
    InvalidCharacter, // a letter in a numeric value, a character outside GS1's set 82
    CheckDigit,       // a wrong check digit
    InvalidDate,      // an impossible date (month 13, 30 February, ...)
    InvalidDecimal,   // a decimal-places digit out of range
    Duplicate,        // the same AI twice with different values
};

enum class Gs1Severity {
    Warning, // worth showing; the scan is still usable
    Error,   // the scan is invalid (not read / invalid, with this reason)
};

struct Gs1Issue {
    Gs1Problem problem = Gs1Problem::Syntax;
    Gs1Severity severity = Gs1Severity::Error;
    QString message; // translated, one line: "wrong check digit: 3, expected 2"

    friend bool operator==(const Gs1Issue &, const Gs1Issue &) = default;
};

// A fixed-point value: units / 10^places ("001250" with 310**3** -> 1250 / 10^3 = 1.250).
struct Gs1Decimal {
    qint64 units = 0;
    int places = 0;

    [[nodiscard]] double toDouble() const;
    [[nodiscard]] QString toString() const; // "1.250", always with `places` decimals; "12" for 0
    friend bool operator==(const Gs1Decimal &, const Gs1Decimal &) = default;
};

enum class Gs1CheckDigit {
    NotApplicable,
    Valid,
    Invalid,
};

struct Gs1Element {
    QString ai;        // "01", "3103", "8006"; empty when an unknown AI's digits could not be told
    QString title;     // the GS1 data title in English ("GTIN", "BEST BEFORE or BEST BY"); empty if unknown
    QString value;     // raw value as scanned (after percent-decoding for Digital Link)
    bool known = true; // the AI is in the table; false: `value` holds the raw text, UnknownAi issue

    // Typed value, where the AI has one.
    QDate date;                        // 11-17 (DD = 00 -> last day of month), 7006; null otherwise
    std::optional<Gs1Decimal> decimal; // 310n-369n (n = decimal places), 390n-393n
    QString unit;                      // "kg", "m", "m2", "l", "m3", "lb", ... for 31nn-36nn; else empty
    Gs1CheckDigit checkDigit = Gs1CheckDigit::NotApplicable;

    QList<Gs1Issue> issues;

    [[nodiscard]] bool hasErrors() const;
    // The typed column: "2025-02-28", "1.250 kg", "check digit ok"; empty for plain text values.
    [[nodiscard]] QString typedText() const;
    // "(01)09506000134352"; an unknown element without AI digits gives its raw text.
    [[nodiscard]] QString hri() const;
};

struct Gs1Parse {
    QString input; // the text as given
    Gs1InputForm form = Gs1InputForm::ElementString;
    QString symbology; // the AIM identifier that preceded the data ("]C1"), or empty
    QList<Gs1Element> elements;
    QList<Gs1Issue> issues; // about the whole input (NotGs1, Syntax); per-value ones are on elements

    // At least one element and no error anywhere.
    [[nodiscard]] bool isValid() const;
    // Every error message: the whole input's first, then "(AI) message" per element, in order.
    [[nodiscard]] QStringList errors() const;
    // Every warning message, same form.
    [[nodiscard]] QStringList warnings() const;
    // The first element with this AI, or nullptr.
    [[nodiscard]] const Gs1Element *element(QStringView ai) const;
    // Bracketed human-readable interpretation: "(01)09506000134352(17)250228(10)ABC123(21)S42".
    [[nodiscard]] QString hri() const;
    // The element string with GS after each variable-length value that is not last (no AIM, no
    // leading FNC1): what a GS1-128 / DataMatrix encoder takes after its FNC1.
    [[nodiscard]] QString elementString() const;
};

struct Gs1Options {
    // A character the scanner sends instead of GS (keyboard wedges often cannot type GS), e.g. '|';
    // mapped back to GS before parsing. Null: none.
    QChar separatorSubstitute;
    // The date the century of YYMMDD dates is judged against (GS1: -49..+50 years). Null: today.
    QDate referenceDate;
};

[[nodiscard]] Gs1Parse parseGs1(const QString &text, const Gs1Options &options = {});

// GS1 mod-10 check digit of `digits` (without the check digit): weights 3,1,3,... from the right.
// -1 if `digits` is empty or holds a non-digit.
[[nodiscard]] int gs1CheckDigit(QStringView digits);
// True if the last digit of `digitsWithCheck` is the check digit of the others (GTIN-8/12/13/14,
// GLN, SSCC).
[[nodiscard]] bool gs1CheckDigitValid(QStringView digitsWithCheck);

// The data title of a known AI ("GTIN"), or an empty string.
[[nodiscard]] QString gs1AiTitle(QStringView ai);

} // namespace wh
