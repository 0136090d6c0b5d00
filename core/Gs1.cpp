#include "Gs1.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>
#include <array>

namespace wh {

// The translation context of the parser's messages ("wh::Gs1" in the .ts files).
class Gs1 {
    Q_DECLARE_TR_FUNCTIONS(wh::Gs1)
};

namespace {

const QChar kGs(kGs1GroupSeparator);

// How a value is checked and typed.
enum class Kind {
    Plain,
    Date,      // N6 YYMMDD
    DateOpt00, // N6 YYMMDD, DD = 00 -> last day of the month (11-17)
    Decimal,   // the last AI digit is the number of decimal places
};

// One row of the AI table (after the GS1 syntax dictionary). `ai` is exact, or 3 digits + 'n' for a
// family whose 4th digit is the decimal places.
struct AiSpec {
    const char *ai;
    const char *title;
    char type; // 'N' digits only, 'X' GS1 character set 82
    int minLength;
    int maxLength;
    Kind kind = Kind::Plain;
    int checkFrom = -1; // the value's characters [checkFrom, checkFrom + checkLength) end in a check digit
    int checkLength = 0;
    int digitsPrefix = 0; // for 'X' values: this many leading characters must be digits
    const char *unit = "";
    int maxPlaces = 9; // Decimal: the highest decimal-places digit defined
};

constexpr AiSpec kAis[] = {
    {"00", "SSCC", 'N', 18, 18, Kind::Plain, 0, 18},
    {"01", "GTIN", 'N', 14, 14, Kind::Plain, 0, 14},
    {"02", "CONTENT", 'N', 14, 14, Kind::Plain, 0, 14},
    {"03", "MTO GTIN", 'N', 14, 14, Kind::Plain, 0, 14},
    {"10", "BATCH/LOT", 'X', 1, 20},
    {"11", "PROD DATE", 'N', 6, 6, Kind::DateOpt00},
    {"12", "DUE DATE", 'N', 6, 6, Kind::DateOpt00},
    {"13", "PACK DATE", 'N', 6, 6, Kind::DateOpt00},
    {"15", "BEST BEFORE or BEST BY", 'N', 6, 6, Kind::DateOpt00},
    {"16", "SELL BY", 'N', 6, 6, Kind::DateOpt00},
    {"17", "USE BY OR EXPIRY", 'N', 6, 6, Kind::DateOpt00},
    {"20", "VARIANT", 'N', 2, 2},
    {"21", "SERIAL", 'X', 1, 20},
    {"22", "CPV", 'X', 1, 20},
    {"235", "TPX", 'X', 1, 28},
    {"240", "ADDITIONAL ID", 'X', 1, 30},
    {"241", "CUST. PART No.", 'X', 1, 30},
    {"242", "MTO VARIANT", 'N', 1, 6},
    {"243", "PCN", 'X', 1, 20},
    {"250", "SECONDARY SERIAL", 'X', 1, 30},
    {"251", "REF. TO SOURCE", 'X', 1, 30},
    {"253", "GDTI", 'X', 13, 30, Kind::Plain, 0, 13, 13},
    {"254", "GLN EXTENSION COMPONENT", 'X', 1, 20},
    {"255", "GCN", 'N', 13, 25, Kind::Plain, 0, 13},
    {"30", "VAR. COUNT", 'N', 1, 8},
    {"37", "COUNT", 'N', 1, 8},
    {"390n", "AMOUNT", 'N', 1, 15, Kind::Decimal},
    {"392n", "PRICE", 'N', 1, 15, Kind::Decimal},
    {"400", "ORDER NUMBER", 'X', 1, 30},
    {"401", "GINC", 'X', 1, 30},
    {"402", "GSIN", 'N', 17, 17, Kind::Plain, 0, 17},
    {"403", "ROUTE", 'X', 1, 30},
    {"410", "SHIP TO LOC", 'N', 13, 13, Kind::Plain, 0, 13},
    {"411", "BILL TO", 'N', 13, 13, Kind::Plain, 0, 13},
    {"412", "PURCHASE FROM", 'N', 13, 13, Kind::Plain, 0, 13},
    {"413", "SHIP FOR LOC", 'N', 13, 13, Kind::Plain, 0, 13},
    {"414", "LOC No.", 'N', 13, 13, Kind::Plain, 0, 13},
    {"415", "PAY TO", 'N', 13, 13, Kind::Plain, 0, 13},
    {"416", "PROD/SERV LOC", 'N', 13, 13, Kind::Plain, 0, 13},
    {"417", "PARTY", 'N', 13, 13, Kind::Plain, 0, 13},
    {"420", "SHIP TO POST", 'X', 1, 20},
    {"421", "SHIP TO POST", 'X', 4, 12, Kind::Plain, -1, 0, 3},
    {"422", "ORIGIN", 'N', 3, 3},
    {"423", "COUNTRY - INITIAL PROCESS.", 'N', 3, 15},
    {"424", "COUNTRY - PROCESS.", 'N', 3, 3},
    {"425", "COUNTRY - DISASSEMBLY", 'N', 3, 15},
    {"426", "COUNTRY - FULL PROCESS", 'N', 3, 3},
    {"7001", "NSN", 'N', 13, 13},
    {"7002", "MEAT CUT", 'X', 1, 30},
    {"7003", "EXPIRY TIME", 'N', 10, 10},
    {"7006", "FIRST FREEZE DATE", 'N', 6, 6, Kind::Date},
    {"8001", "DIMENSIONS", 'N', 14, 14},
    {"8002", "CMT No.", 'X', 1, 20},
    {"8003", "GRAI", 'X', 14, 30, Kind::Plain, 1, 13, 14},
    {"8004", "GIAI", 'X', 1, 30},
    {"8005", "PRICE PER UNIT", 'N', 6, 6},
    {"8006", "ITIP", 'N', 18, 18, Kind::Plain, 0, 14},
    {"8007", "IBAN", 'X', 1, 34},
    {"8008", "PROD TIME", 'N', 8, 12},
    {"8010", "CPID", 'X', 1, 30},
    {"8011", "CPID SERIAL", 'N', 1, 12},
    {"8012", "VERSION", 'X', 1, 20},
    {"8013", "GMN", 'X', 1, 25},
    {"8017", "GSRN - PROVIDER", 'N', 18, 18, Kind::Plain, 0, 18},
    {"8018", "GSRN - RECIPIENT", 'N', 18, 18, Kind::Plain, 0, 18},
    {"8019", "SRIN", 'N', 1, 10},
    {"8020", "REF No.", 'X', 1, 25},
    {"8200", "PRODUCT URL", 'X', 1, 70},
    {"90", "INTERNAL", 'X', 1, 30},
    {"91", "INTERNAL", 'X', 1, 90},
    {"92", "INTERNAL", 'X', 1, 90},
    {"93", "INTERNAL", 'X', 1, 90},
    {"94", "INTERNAL", 'X', 1, 90},
    {"95", "INTERNAL", 'X', 1, 90},
    {"96", "INTERNAL", 'X', 1, 90},
    {"97", "INTERNAL", 'X', 1, 90},
    {"98", "INTERNAL", 'X', 1, 90},
    {"99", "INTERNAL", 'X', 1, 90},
};

// Trade measures 310n-369n: N6, the 4th AI digit is the number of decimal places (0-5).
struct MeasureSpec {
    const char *prefix;
    const char *title;
    const char *unit;
};

constexpr MeasureSpec kMeasures[] = {
    {"310", "NET WEIGHT (kg)", "kg"},
    {"311", "LENGTH (m)", "m"},
    {"312", "WIDTH (m)", "m"},
    {"313", "HEIGHT (m)", "m"},
    {"314", "AREA (m²)", "m²"},
    {"315", "NET VOLUME (l)", "l"},
    {"316", "NET VOLUME (m³)", "m³"},
    {"320", "NET WEIGHT (lb)", "lb"},
    {"321", "LENGTH (in)", "in"},
    {"322", "LENGTH (ft)", "ft"},
    {"323", "LENGTH (yd)", "yd"},
    {"324", "WIDTH (in)", "in"},
    {"325", "WIDTH (ft)", "ft"},
    {"326", "WIDTH (yd)", "yd"},
    {"327", "HEIGHT (in)", "in"},
    {"328", "HEIGHT (ft)", "ft"},
    {"329", "HEIGHT (yd)", "yd"},
    {"330", "GROSS WEIGHT (kg)", "kg"},
    {"331", "LENGTH (m), log", "m"},
    {"332", "WIDTH (m), log", "m"},
    {"333", "HEIGHT (m), log", "m"},
    {"334", "AREA (m²), log", "m²"},
    {"335", "VOLUME (l), log", "l"},
    {"336", "VOLUME (m³), log", "m³"},
    {"337", "KG PER m²", "kg/m²"},
    {"340", "GROSS WEIGHT (lb)", "lb"},
    {"341", "LENGTH (in), log", "in"},
    {"342", "LENGTH (ft), log", "ft"},
    {"343", "LENGTH (yd), log", "yd"},
    {"344", "WIDTH (in), log", "in"},
    {"345", "WIDTH (ft), log", "ft"},
    {"346", "WIDTH (yd), log", "yd"},
    {"347", "HEIGHT (in), log", "in"},
    {"348", "HEIGHT (ft), log", "ft"},
    {"349", "HEIGHT (yd), log", "yd"},
    {"350", "AREA (in²)", "in²"},
    {"351", "AREA (ft²)", "ft²"},
    {"352", "AREA (yd²)", "yd²"},
    {"353", "AREA (in²), log", "in²"},
    {"354", "AREA (ft²), log", "ft²"},
    {"355", "AREA (yd²), log", "yd²"},
    {"356", "NET WEIGHT (troy oz)", "troy oz"},
    {"357", "NET VOLUME (oz)", "oz"},
    {"360", "NET VOLUME (qt)", "qt"},
    {"361", "NET VOLUME (gal.)", "gal"},
    {"362", "VOLUME (qt), log", "qt"},
    {"363", "VOLUME (gal.), log", "gal"},
    {"364", "VOLUME (in³)", "in³"},
    {"365", "VOLUME (ft³)", "ft³"},
    {"366", "VOLUME (yd³)", "yd³"},
    {"367", "VOLUME (in³), log", "in³"},
    {"368", "VOLUME (ft³), log", "ft³"},
    {"369", "VOLUME (yd³), log", "yd³"},
};

// A resolved table entry for one AI.
struct Resolved {
    AiSpec spec{};
    QString title;
    QString unit;
};

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isDigit);
}

// GS1 AI encodable character set 82.
bool isCset82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9'))
        return true;
    static constexpr char16_t kOthers[] = u"!\"%&'()*+,-./:;<=>?_";
    return std::find(std::begin(kOthers), std::end(kOthers) - 1, u) != std::end(kOthers) - 1;
}

std::optional<Resolved> lookup(QStringView ai)
{
    for (const AiSpec &spec : kAis) {
        const QLatin1StringView pattern(spec.ai);
        if (pattern.endsWith(QLatin1Char('n'))) {
            if (ai.size() == 4 && ai.startsWith(pattern.first(3)) && isDigit(ai[3]))
                return Resolved{spec, QString::fromUtf8(spec.title), {}};
        } else if (ai == pattern) {
            return Resolved{spec, QString::fromUtf8(spec.title), {}};
        }
    }
    if (ai.size() == 4 && isDigit(ai[3])) {
        for (const MeasureSpec &m : kMeasures) {
            if (ai.startsWith(QLatin1StringView(m.prefix))) {
                AiSpec spec{m.prefix, m.title, 'N', 6, 6, Kind::Decimal};
                spec.maxPlaces = 5;
                return Resolved{spec, QString::fromUtf8(m.title), QString::fromUtf8(m.unit)};
            }
        }
    }
    return std::nullopt;
}

// The number of AI digits, known from the first two (GS1 General Specifications); 0 if unassigned.
int aiLength(QStringView firstTwo)
{
    if (firstTwo.size() < 2 || !allDigits(firstTwo))
        return 0;
    const int p = firstTwo.toInt();
    if (p <= 4 || (p >= 10 && p <= 22) || p == 30 || p == 37 || p >= 90)
        return 2;
    if ((p >= 23 && p <= 25) || (p >= 40 && p <= 42) || p == 71)
        return 3;
    if ((p >= 31 && p <= 36) || p == 39 || p == 43 || p == 70 || p == 72 || (p >= 80 && p <= 82))
        return 4;
    return 0;
}

// AI digits + value length of the AIs that never take a separator (GS1 General Specifications,
// predefined length table); 0 for the others.
int predefinedTotalLength(QStringView firstTwo)
{
    const int p = firstTwo.toInt();
    if (p == 0)
        return 20;
    if (p >= 1 && p <= 3)
        return 16;
    if (p == 4)
        return 18;
    if (p >= 11 && p <= 19)
        return 8;
    if (p == 20)
        return 4;
    if (p >= 31 && p <= 36)
        return 10;
    if (p == 41)
        return 16;
    return 0;
}

Gs1Issue error(Gs1Problem problem, QString message)
{
    return Gs1Issue{problem, Gs1Severity::Error, std::move(message)};
}

// YYMMDD -> date (the century within -49..+50 years of `reference`); null when impossible.
QDate parseYymmdd(QStringView v, bool dayZeroIsLast, const QDate &reference)
{
    if (v.size() != 6 || !allDigits(v))
        return {};
    const int yy = v.first(2).toInt();
    const int mm = v.sliced(2, 2).toInt();
    const int dd = v.sliced(4, 2).toInt();
    const int refYear = reference.year();
    const int century = refYear - refYear % 100;
    const int diff = yy - refYear % 100;
    int year = century + yy;
    if (diff >= 51)
        year -= 100;
    else if (diff <= -50)
        year += 100;
    if (mm < 1 || mm > 12)
        return {};
    if (dd == 0) {
        if (!dayZeroIsLast)
            return {};
        return QDate(year, mm, 1).addMonths(1).addDays(-1);
    }
    return QDate(year, mm, dd); // null when the day does not exist in that month
}

// Checks `e.value` against its AI and fills in the typed value and the issues.
void checkValue(Gs1Element &e, const Resolved &r, const QDate &reference)
{
    const AiSpec &spec = r.spec;
    const QString &v = e.value;
    if (v.size() < spec.minLength || v.size() > spec.maxLength) {
        e.issues.append(error(Gs1Problem::WrongLength,
                              spec.minLength == spec.maxLength
                                  ? Gs1::tr("%1 characters, expected %2").arg(v.size()).arg(spec.maxLength)
                                  : Gs1::tr("%1 characters, expected %2 to %3")
                                        .arg(v.size())
                                        .arg(spec.minLength)
                                        .arg(spec.maxLength)));
    }
    const qsizetype digitsPart =
        spec.type == 'N' ? v.size() : std::min<qsizetype>(spec.digitsPrefix, v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const bool ok = i < digitsPart ? isDigit(v[i]) : isCset82(v[i]);
        if (!ok) {
            e.issues.append(error(
                Gs1Problem::InvalidCharacter,
                i < digitsPart ? Gs1::tr("'%1' at position %2 where a digit is expected").arg(v[i]).arg(i + 1)
                               : Gs1::tr("character '%1' at position %2 is not allowed in GS1 data")
                                     .arg(v[i])
                                     .arg(i + 1)));
            return; // the typed checks below would only repeat this
        }
    }
    if (spec.checkFrom >= 0 && v.size() >= spec.checkFrom + spec.checkLength) {
        const QStringView digits = QStringView(v).sliced(spec.checkFrom, spec.checkLength);
        if (gs1CheckDigitValid(digits)) {
            e.checkDigit = Gs1CheckDigit::Valid;
        } else {
            e.checkDigit = Gs1CheckDigit::Invalid;
            e.issues.append(
                error(Gs1Problem::CheckDigit, Gs1::tr("wrong check digit %1, expected %2")
                                                  .arg(digits.back())
                                                  .arg(gs1CheckDigit(digits.first(digits.size() - 1)))));
        }
    }
    switch (spec.kind) {
    case Kind::Plain: break;
    case Kind::Date:
    case Kind::DateOpt00:
        if (v.size() == 6) {
            e.date = parseYymmdd(v, spec.kind == Kind::DateOpt00, reference);
            if (!e.date.isValid())
                e.issues.append(
                    error(Gs1Problem::InvalidDate, Gs1::tr("impossible date %1 (YYMMDD)").arg(v)));
        }
        break;
    case Kind::Decimal: {
        const int places = e.ai.back().unicode() - '0';
        if (places > spec.maxPlaces) {
            e.issues.append(error(Gs1Problem::InvalidDecimal,
                                  Gs1::tr("%1 decimal places are not defined for this AI (0 to %2)")
                                      .arg(places)
                                      .arg(spec.maxPlaces)));
        } else if (!v.isEmpty() && v.size() <= 18) {
            e.decimal = Gs1Decimal{v.toLongLong(), places};
        }
        break;
    }
    }
}

Gs1Element makeElement(const QString &ai, const QString &value, const QDate &reference)
{
    Gs1Element e;
    e.ai = ai;
    e.value = value;
    if (const auto r = lookup(ai)) {
        e.title = r->title;
        e.unit = r->unit;
        checkValue(e, *r, reference);
    } else {
        e.known = false;
        e.issues.append(error(Gs1Problem::UnknownAi,
                              ai.isEmpty()
                                  ? Gs1::tr("unknown application identifier; raw text kept")
                                  : Gs1::tr("unknown application identifier %1; raw text kept").arg(ai)));
    }
    return e;
}

// A second element with the same AI: an error if the values differ, a warning if not.
void markDuplicates(QList<Gs1Element> &elements)
{
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (elements[i].ai.isEmpty())
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (elements[j].ai != elements[i].ai)
                continue;
            if (elements[j].value == elements[i].value)
                elements[i].issues.append({Gs1Problem::Duplicate, Gs1Severity::Warning, Gs1::tr("repeated")});
            else
                elements[i].issues.append(
                    error(Gs1Problem::Duplicate,
                          Gs1::tr("given twice with different values (first: %1)").arg(elements[j].value)));
            break;
        }
    }
}

struct Splitter {
    QDate reference;
    bool anyGs = false; // the input holds a GS somewhere: the scanner sends them

    // Parses a raw element string (no AIM, no leading FNC1) into elements.
    QList<Gs1Element> split(const QString &s, bool checkAmbiguity) const
    {
        QList<Gs1Element> out;
        qsizetype pos = 0;
        const qsizetype n = s.size();
        while (pos < n) {
            if (s[pos] == kGs) {
                ++pos;
                continue;
            }
            const qsizetype nextGs = [&] {
                const qsizetype i = s.indexOf(kGs, pos);
                return i < 0 ? n : i;
            }();
            const int aiLen = pos + 2 <= n ? aiLength(QStringView(s).sliced(pos, 2)) : 0;
            if (aiLen == 0 || pos + aiLen > nextGs) {
                // Not an AI we can tell: keep everything up to the next separator as raw text.
                Gs1Element e;
                e.known = false;
                e.value = s.mid(pos, nextGs - pos);
                e.issues.append(
                    error(Gs1Problem::UnknownAi,
                          Gs1::tr("no application identifier at \"%1\"; raw text kept").arg(e.value)));
                out.append(e);
                pos = nextGs;
                continue;
            }
            const QString ai = s.mid(pos, aiLen);
            const qsizetype start = pos + aiLen;
            const int predefined = predefinedTotalLength(QStringView(ai).first(2));
            const auto resolved = lookup(ai);
            qsizetype end = nextGs;
            bool ambiguous = false;
            bool tooLongNoGs = false;
            if (predefined > 0) {
                end = std::min(nextGs, pos + predefined);
            } else if (resolved && resolved->spec.minLength == resolved->spec.maxLength) {
                // Fixed length that should still be followed by GS (402, 422, 7001, 8001, ...): the
                // length tells where it ends even when the separator is missing.
                end = std::min(nextGs, start + resolved->spec.maxLength);
            } else if (resolved && nextGs - start > resolved->spec.maxLength && !anyGs) {
                tooLongNoGs = true;
            } else if (resolved && checkAmbiguity && nextGs == n && !anyGs) {
                ambiguous = couldSplit(s.mid(start, nextGs - start), resolved->spec.minLength, out);
            }
            Gs1Element e = makeElement(ai, s.mid(start, end - start), reference);
            if (tooLongNoGs) {
                e.issues.removeIf([](const Gs1Issue &i) { return i.problem == Gs1Problem::WrongLength; });
                e.issues.prepend(
                    error(Gs1Problem::Ambiguous,
                          Gs1::tr("longer than %1 characters and no separator: where it ends cannot be told")
                              .arg(resolved->spec.maxLength)));
            } else if (ambiguous) {
                e.issues.prepend(error(
                    Gs1Problem::Ambiguous,
                    Gs1::tr("variable-length value without a separator: its end could also be the start of "
                            "another AI")));
            }
            if (predefined > 0 && !e.known && end < pos + predefined)
                e.issues.append(error(Gs1Problem::WrongLength, Gs1::tr("cut off")));
            out.append(e);
            pos = end;
        }
        return out;
    }

    // True if `value` (of a variable-length AI, minimum length `minLength`) could end earlier with
    // the rest read as one or more further known AIs with valid values, not repeating an AI seen
    // and not a company-internal AI (90-99).
    bool couldSplit(const QString &value, int minLength, const QList<Gs1Element> &before) const
    {
        for (qsizetype k = std::max(1, minLength); k + 2 <= value.size(); ++k) {
            const QString rest = value.sliced(k);
            if (!lookup(rest.first(std::min<qsizetype>(aiLength(QStringView(rest).first(2)), rest.size()))))
                continue;
            const QList<Gs1Element> tail = split(rest, false);
            const bool plausible =
                !tail.isEmpty() && std::all_of(tail.begin(), tail.end(), [&](const Gs1Element &t) {
                    // Company-internal AIs (90-99) hold anything: they would make every value
                    // with a "9" in it ambiguous, so they do not count as a possible split.
                    if (!t.known || t.hasErrors() || t.ai.startsWith(QLatin1Char('9')))
                        return false;
                    return std::none_of(before.begin(), before.end(),
                                        [&](const Gs1Element &b) { return b.ai == t.ai; });
                });
            if (plausible)
                return true;
        }
        return false;
    }
};

} // namespace

double Gs1Decimal::toDouble() const
{
    double v = double(units);
    for (int i = 0; i < places; ++i)
        v /= 10.0;
    return v;
}

QString Gs1Decimal::toString() const
{
    QString digits = QString::number(units < 0 ? -units : units);
    if (places > 0) {
        if (digits.size() <= places)
            digits = QString(places - digits.size() + 1, QLatin1Char('0')) + digits;
        digits.insert(digits.size() - places, QLatin1Char('.'));
    }
    return units < 0 ? QLatin1Char('-') + digits : digits;
}

bool Gs1Element::hasErrors() const
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const Gs1Issue &i) { return i.severity == Gs1Severity::Error; });
}

QString Gs1Element::typedText() const
{
    QStringList parts;
    if (date.isValid())
        parts << date.toString(Qt::ISODate);
    if (decimal)
        parts << (unit.isEmpty() ? decimal->toString() : decimal->toString() + QLatin1Char(' ') + unit);
    if (checkDigit == Gs1CheckDigit::Valid)
        parts << Gs1::tr("check digit ok");
    else if (checkDigit == Gs1CheckDigit::Invalid)
        parts << Gs1::tr("check digit wrong");
    return parts.join(QStringLiteral(", "));
}

QString Gs1Element::hri() const
{
    if (ai.isEmpty())
        return value; // raw text, as scanned
    QString escaped = value;
    escaped.replace(QLatin1Char('('), QStringLiteral("\\("));
    return QLatin1Char('(') + ai + QLatin1Char(')') + escaped;
}

bool Gs1Parse::isValid() const
{
    if (elements.isEmpty())
        return false;
    const auto isError = [](const Gs1Issue &i) { return i.severity == Gs1Severity::Error; };
    if (std::any_of(issues.begin(), issues.end(), isError))
        return false;
    return std::none_of(elements.begin(), elements.end(), [](const Gs1Element &e) { return e.hasErrors(); });
}

static QStringList messages(const Gs1Parse &parse, Gs1Severity severity)
{
    QStringList out;
    for (const Gs1Issue &i : parse.issues)
        if (i.severity == severity)
            out << i.message;
    for (const Gs1Element &e : parse.elements)
        for (const Gs1Issue &i : e.issues)
            if (i.severity == severity)
                out << (e.ai.isEmpty() ? i.message : QStringLiteral("(%1) %2").arg(e.ai, i.message));
    return out;
}

QStringList Gs1Parse::errors() const
{
    return messages(*this, Gs1Severity::Error);
}

QStringList Gs1Parse::warnings() const
{
    return messages(*this, Gs1Severity::Warning);
}

const Gs1Element *Gs1Parse::element(QStringView ai) const
{
    for (const Gs1Element &e : elements)
        if (e.ai == ai)
            return &e;
    return nullptr;
}

QString Gs1Parse::hri() const
{
    QString out;
    for (const Gs1Element &e : elements)
        out += e.hri();
    return out;
}

QString Gs1Parse::elementString() const
{
    QString out;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Gs1Element &e = elements[i];
        out += e.ai + e.value;
        const bool predefined = e.ai.size() >= 2 && predefinedTotalLength(QStringView(e.ai).first(2)) > 0;
        if (i + 1 < elements.size() && !predefined)
            out += kGs;
    }
    return out;
}

namespace {

// Strips spaces, tabs, CR and LF at both ends (none of them is GS1 data).
QString trimLine(const QString &text)
{
    const auto isBlank = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
               c == QLatin1Char('\n');
    };
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && isBlank(text[b]))
        ++b;
    while (e > b && isBlank(text[e - 1]))
        --e;
    return text.mid(b, e - b);
}

bool isDigitalLinkPrimaryKey(QStringView ai)
{
    static const QStringList keys = {
        QStringLiteral("01"),   QStringLiteral("00"),   QStringLiteral("253"),  QStringLiteral("255"),
        QStringLiteral("401"),  QStringLiteral("402"),  QStringLiteral("414"),  QStringLiteral("417"),
        QStringLiteral("8003"), QStringLiteral("8004"), QStringLiteral("8006"), QStringLiteral("8010"),
        QStringLiteral("8013"), QStringLiteral("8017"), QStringLiteral("8018"),
    };
    return keys.contains(ai);
}

void parseDigitalLink(Gs1Parse &parse, const QString &text, const QDate &reference)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        parse.issues.append(error(Gs1Problem::Syntax, Gs1::tr("not a valid URI")));
        return;
    }
    const QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    qsizetype first = -1;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (isDigitalLinkPrimaryKey(segments[i])) {
            first = i;
            break;
        }
    }
    if (first < 0) {
        parse.issues.append(error(Gs1Problem::NotGs1,
                                  Gs1::tr("no GS1 primary key (such as /01/ and a GTIN) in the URI path")));
        return;
    }
    const auto decode = [](const QString &s) { return QUrl::fromPercentEncoding(s.toUtf8()); };
    for (qsizetype i = first; i < segments.size(); i += 2) {
        const QString ai = decode(segments[i]);
        if (i + 1 >= segments.size()) {
            parse.issues.append(
                error(Gs1Problem::Syntax, Gs1::tr("the URI path ends with %1 but no value").arg(ai)));
            break;
        }
        QString value = decode(segments[i + 1]);
        if (!allDigits(ai) || ai.size() < 2 || ai.size() > 4) {
            Gs1Element e;
            e.known = false;
            e.value = ai + QLatin1Char('/') + value;
            e.issues.append(error(Gs1Problem::UnknownAi,
                                  Gs1::tr("\"%1\" is not an application identifier; raw text kept").arg(ai)));
            parse.elements.append(e);
            continue;
        }
        // A GTIN-8, -12 or -13 in a Digital Link is padded to 14 digits.
        if (ai == QLatin1String("01") && (value.size() == 8 || value.size() == 12 || value.size() == 13) &&
            allDigits(value))
            value = QString(14 - value.size(), QLatin1Char('0')) + value;
        parse.elements.append(makeElement(ai, value, reference));
    }
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decode(eq < 0 ? pair : pair.left(eq));
        if (!allDigits(key) || key.size() < 2 || key.size() > 4)
            continue; // not an AI (linkType, context, ...): not GS1 data
        const QString value = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        parse.elements.append(makeElement(key, value, reference));
    }
}

void parseBracketed(Gs1Parse &parse, const QString &text, const QDate &reference)
{
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos < n) {
        if (text[pos] != QLatin1Char('(')) {
            parse.issues.append(
                error(Gs1Problem::Syntax, Gs1::tr("expected '(' at position %1").arg(pos + 1)));
            return;
        }
        const qsizetype close = text.indexOf(QLatin1Char(')'), pos);
        if (close < 0) {
            parse.issues.append(
                error(Gs1Problem::Syntax, Gs1::tr("'(' at position %1 is not closed").arg(pos + 1)));
            return;
        }
        const QString ai = text.mid(pos + 1, close - pos - 1);
        QString value;
        qsizetype i = close + 1;
        for (; i < n; ++i) {
            if (text[i] == QLatin1Char('\\') && i + 1 < n && text[i + 1] == QLatin1Char('(')) {
                value += QLatin1Char('(');
                ++i;
            } else if (text[i] == QLatin1Char('(')) {
                break;
            } else {
                value += text[i];
            }
        }
        if (!allDigits(ai) || ai.size() < 2 || ai.size() > 4) {
            Gs1Element e;
            e.known = false;
            e.value = text.mid(pos, i - pos);
            e.issues.append(error(Gs1Problem::UnknownAi,
                                  Gs1::tr("\"%1\" is not an application identifier; raw text kept").arg(ai)));
            parse.elements.append(e);
        } else {
            parse.elements.append(makeElement(ai, value, reference));
        }
        pos = i;
    }
}

} // namespace

Gs1Parse parseGs1(const QString &text, const Gs1Options &options)
{
    Gs1Parse parse;
    parse.input = text;
    const QDate reference = options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate();
    QString s = trimLine(text);

    // AIM symbology identifier.
    if (s.size() >= 3 && s[0] == QLatin1Char(']')) {
        parse.symbology = s.left(3);
        s = s.mid(3);
    }
    const QString &sym = parse.symbology;
    const bool isUri = s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
                       s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
    static const QStringList gs1Symbologies = {
        QStringLiteral("]C1"), QStringLiteral("]d2"), QStringLiteral("]Q3"), QStringLiteral("]e0"),
        QStringLiteral("]e1"), QStringLiteral("]e2"), QStringLiteral("]J1"),
    };
    if (!sym.isEmpty() && !gs1Symbologies.contains(sym)) {
        if (sym == QLatin1String("]E0") || sym == QLatin1String("]E4")) {
            // EAN-13 / UPC-A / EAN-8: the data is a GTIN.
            const int length = sym == QLatin1String("]E0") ? 13 : 8;
            parse.form = Gs1InputForm::ElementString;
            if (s.size() != length || !allDigits(s)) {
                parse.issues.append(
                    error(Gs1Problem::NotGs1, Gs1::tr("%1 data should be %2 digits").arg(sym).arg(length)));
                return parse;
            }
            parse.elements.append(
                makeElement(QStringLiteral("01"), QString(14 - length, QLatin1Char('0')) + s, reference));
            return parse;
        }
        if (!isUri) {
            parse.issues.append(
                error(Gs1Problem::NotGs1, Gs1::tr("symbology %1 does not carry GS1 data").arg(sym)));
            return parse;
        }
    }

    if (s.isEmpty()) {
        parse.issues.append(error(Gs1Problem::NotGs1, Gs1::tr("empty scan")));
        return parse;
    }
    if (isUri) {
        parse.form = Gs1InputForm::DigitalLink;
        parseDigitalLink(parse, s, reference);
    } else if (s[0] == QLatin1Char('(')) {
        parse.form = Gs1InputForm::BracketedHri;
        parseBracketed(parse, s, reference);
    } else {
        parse.form = Gs1InputForm::ElementString;
        if (!options.separatorSubstitute.isNull())
            s.replace(options.separatorSubstitute, kGs);
        while (s.startsWith(kGs)) // a leading FNC1 sent as GS
            s.remove(0, 1);
        if (s.isEmpty() || !isDigit(s[0]) || (s.size() > 1 && !isDigit(s[1]))) {
            parse.issues.append(error(
                Gs1Problem::NotGs1,
                Gs1::tr("not a GS1 element string (it does not start with an application identifier)")));
            return parse;
        }
        Splitter splitter;
        splitter.reference = reference;
        splitter.anyGs = s.contains(kGs);
        parse.elements = splitter.split(s, true);
    }
    markDuplicates(parse.elements);
    if (parse.elements.isEmpty() && parse.issues.isEmpty())
        parse.issues.append(error(Gs1Problem::NotGs1, Gs1::tr("no GS1 data")));
    return parse;
}

int gs1CheckDigit(QStringView digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (!isDigit(c))
            return -1;
        sum += (c.unicode() - '0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool gs1CheckDigitValid(QStringView digitsWithCheck)
{
    if (digitsWithCheck.size() < 2)
        return false;
    const int expected = gs1CheckDigit(digitsWithCheck.first(digitsWithCheck.size() - 1));
    return expected >= 0 && digitsWithCheck.back() == QLatin1Char(char('0' + expected));
}

QString gs1AiTitle(QStringView ai)
{
    const auto r = lookup(ai);
    return r ? r->title : QString();
}

} // namespace wh
