#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace wh {

// The measurement spec a care label carries in its QR code: which item, which points to measure,
// their targets and tolerances, signed with the brand's key so an edited label is refused.
//
// Format, version 1 ("WM1"). The text uses only the QR alphanumeric character set (0-9 A-Z space
// $ % * + - . / :), which a QR code stores in 5.5 bits a character against 8 for bytes: a spec of 16
// points with long ids needs about 245 characters (a version 9 QR), inside the 311 of a version 10 QR at
// error-correction level M (kMaxLabelLength; encode() refuses a longer spec).
//
//   spec    = "WM" version "*" keyid "*" item "*" style "*" size "*" [lot] "*" [due] "*" points "*" mac
//   version = 1*DIGIT                  ; "1"; any other number is an unknown version
//   keyid   = 1*4(DIGIT / UPPER)       ; which of the brand's keys signed it (keys can be rotated)
//   item, style, size, lot = 1*tchar   ; text; lot may be empty
//   tchar   = DIGIT / UPPER / " " / "$" / "-" / "." / "/" / ":" / pct
//   pct     = "%" 2HEX                 ; one byte of the text's UTF-8 (HEX: 0-9 A-F); every other
//                                      ; character (lower case, "*", "+", "%", Japanese) is written so
//   due     = 8DIGIT                   ; due date YYYYMMDD; may be empty
//   points  = 1*point                  ; at most one point per code
//   point   = code ":" target lower upper
//   code    = UPPER *3(UPPER / DIGIT)  ; the point's code (MeasurementPoints.h names it)
//   target  = 3B36                     ; in 0.1 mm, 1..46655 (4665.5 mm)
//   lower   = 2B36                     ; tolerance below the target in 0.1 mm, 0..1295 (129.5 mm)
//   upper   = 2B36                     ; tolerance above the target, likewise
//   B36     = DIGIT / UPPER            ; base 36 digit (A = 10 ... Z = 35), most significant first
//   mac     = 16B32                    ; RFC 4648 base 32 (A-Z 2-7) of the first 80 bits of
//                                      ; HMAC-SHA256(key secret, signed)
//   signed  = every character before mac, "WM" up to and including the last "*"
//
// Numbers are fixed-width base 36, so a point needs no separator after its code's ":" and takes
// 10 characters with a two-letter code. "+" is not used by version 1 (kept for later versions).
//
// Worked example. Item ITEM-000123, style ST24-001, size M, lot L7, due 2025-06-30, body length
// 720.0 mm -1.0/+1.5 mm, chest width 540.0 mm +-1.0 mm, signed with key id K1 whose secret is the 18
// bytes "brand-secret-00001":
//   BL: 7200 = 5*1296 + 20*36 + 0 = "5K0"; 10 = "0A"; 15 = "0F"    -> "BL:5K00A0F"
//   CW: 5400 = 4*1296 + 6*36 + 0 = "460"; 10 = "0A"                -> "CW:4600A0A"
//   signed: WM1*K1*ITEM-000123*ST24-001*M*L7*20250630*BL:5K00A0FCW:4600A0A*
//   label:  WM1*K1*ITEM-000123*ST24-001*M*L7*20250630*BL:5K00A0FCW:4600A0A*5GW3ZRHJGORHSBBB
// (tst_measurementspec decodes this very text with that key.)
//
// Decoding checks, in this order, and says which failed (SpecProblem): the text starts with "WM"
// (NotASpec); the version is 1 (UnknownVersion); all nine fields are there and the mac is 16
// characters (Truncated: a label cut off, or a scan that stopped early); the key id is one of the
// keys given (UnknownKey); the mac matches (BadSignature: edited, or signed with another key); then
// every field (MissingField when empty, MalformedField with the reason). Fields are read only
// after the signature matched.
//
// Pure: Qt Core only, no I/O; any thread.

// One point to measure: code, target and the tolerances either side, all in 0.1 mm.
struct SpecPoint {
    QString code;
    qint64 target = 0;
    qint64 lower = 0; // the value may be as low as target - lower
    qint64 upper = 0; // and as high as target + upper
    [[nodiscard]] qint64 minimum() const { return target - lower; }
    [[nodiscard]] qint64 maximum() const { return target + upper; }
    friend bool operator==(const SpecPoint &, const SpecPoint &) = default;
};

struct MeasurementSpec {
    int version = 1;
    QString keyId; // set by decode (which key signed it); encode uses the key's id
    QString itemId;
    QString style;
    QString size;
    QString lot; // may be empty
    QDate due;   // may be null
    std::vector<SpecPoint> points;

    [[nodiscard]] const SpecPoint *point(const QString &code) const;
    friend bool operator==(const MeasurementSpec &, const MeasurementSpec &) = default;
};

// A brand's signing key: its id (written on the label) and its secret (at least 16 bytes).
struct SpecKey {
    QString id;
    QByteArray secret;

    // "[ID:]SECRET" as a command line gives it: ID is 1-4 of A-Z 0-9 followed by ":"; without it
    // the id is kDefaultId. The secret is the UTF-8 bytes of the rest.
    [[nodiscard]] static Result<SpecKey> fromText(const QString &text);
    static constexpr const char *kDefaultId = "1";
};

// What a decode found wrong (None: nothing).
enum class SpecProblem {
    None,
    NotASpec,       // not a measurement spec at all
    UnknownVersion, // a version this program does not read
    Truncated,      // fields or signature missing at the end
    UnknownKey,     // no key with the label's key id
    BadSignature,   // the signature does not match: tampered, or the wrong key
    MissingField,   // a required field is empty
    MalformedField, // a field is there but cannot be right
};

struct SpecFailure {
    SpecProblem problem = SpecProblem::None;
    QString field;  // the field concerned ("item", "points", "mac", ...), when there is one
    QString detail; // what exactly (English; the raw piece of text where it helps)
};

// The problem's name for logs and tests: "not-a-spec", "unknown-version", ...
[[nodiscard]] QString specProblemName(SpecProblem problem);
// One translated sentence (context "wh::MeasurementSpec") naming the problem and the field.
[[nodiscard]] QString describeSpecFailure(const SpecFailure &failure);

class MeasurementSpecCodec {
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxTarget = 36 * 36 * 36 - 1; // 46655 (4665.5 mm)
    static constexpr qint64 kMaxTolerance = 36 * 36 - 1;   // 1295 (129.5 mm)
    static constexpr int kMacCharacters = 16;              // 80 bits in base 32
    static constexpr int kMaxLabelLength = 311;            // alphanumeric capacity of QR 10-M
    static constexpr int kMinSecretBytes = 16;

    // The label text of `spec` signed with `key` (spec.keyId and spec.version are ignored). Errors
    // (InvalidArgument) name the field: an empty item, style or size, no points, a code outside
    // the grammar, a duplicate code, a target or tolerance out of range, a short secret, a text
    // longer than kMaxLabelLength.
    [[nodiscard]] static Result<QString> encode(const MeasurementSpec &spec, const SpecKey &key);

    // The spec on a label, checked against the keys (the one with the label's key id is used).
    // Surrounding white space (a scanner's line end) is ignored. On failure the Error's message
    // names the problem and its context holds the label text; `failure`, when given, gets the
    // problem and the field.
    [[nodiscard]] static Result<MeasurementSpec> decode(const QString &text, const std::vector<SpecKey> &keys,
                                                        SpecFailure *failure = nullptr);

    // The 16-character mac of `signedPart` (what the grammar calls `signed`): lets a test or a
    // tool sign a hand-made label.
    [[nodiscard]] static QString mac(const QString &signedPart, const QByteArray &secret);

    // Field text as the label writes it (pct escapes for what is outside the plain set) and back.
    [[nodiscard]] static QString escapeText(const QString &text);
    [[nodiscard]] static std::optional<QString> unescapeText(const QString &text);
};

} // namespace wh
