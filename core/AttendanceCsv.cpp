#include "AttendanceCsv.h"

#include "Csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <optional>

namespace wh {

// The messages reach the user (the import dialog, `wh attendance import`): translated under the
// context "wh::AttendanceCsv"; without a translator they are the English texts.

namespace {

enum Column { Worker, Date, ClockIn, ClockOut, ColumnCount };

// The columns as the messages name them (translated where they are used).
const std::array<const char *, ColumnCount> kColumnNames = {
    QT_TRANSLATE_NOOP("wh::AttendanceCsv", "worker"), QT_TRANSLATE_NOOP("wh::AttendanceCsv", "date"),
    QT_TRANSLATE_NOOP("wh::AttendanceCsv", "clock-in"), QT_TRANSLATE_NOOP("wh::AttendanceCsv", "clock-out")};

QString columnName(int column)
{
    return QCoreApplication::translate("wh::AttendanceCsv", kColumnNames[column]);
}

// Header names after normalizeHeader (see the list in the header file).
const QHash<QString, Column> &headerAliases()
{
    static const QHash<QString, Column> aliases = [] {
        QHash<QString, Column> map;
        const auto add = [&map](Column column, std::initializer_list<const char *> names) {
            for (const char *name : names)
                map.insert(QString::fromUtf8(name), column);
        };
        add(Worker, {"worker", "workercode", "employee", "employeecode", "社員番号", "社員コード",
                     "従業員コード", "従業員番号"});
        add(Date, {"date", "businessdate", "businessday", "workdate", "日付", "勤務日", "出勤日"});
        add(ClockIn, {"clockin", "in", "start", "出勤", "出勤時刻", "始業", "始業時刻"});
        add(ClockOut, {"clockout", "out", "end", "退勤", "退勤時刻", "終業", "終業時刻"});
        return map;
    }();
    return aliases;
}

// Full-width and half-width forms to one form: spreadsheets typed on a Japanese IME give "ＤＡＴＥ",
// "０９：００", ideographic spaces.
QString normalizeValue(const QString &value)
{
    return value.normalized(QString::NormalizationForm_KC).trimmed();
}

QString normalizeHeader(const QString &name)
{
    QString key = normalizeValue(name).toCaseFolded();
    key.remove(u' ');
    key.remove(u'_');
    key.remove(u'-');
    return key;
}

std::optional<QDate> parseDate(const QString &text)
{
    // The same separator twice; ASCII digits only (NFKC already mapped the full-width ones).
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})([-/])([0-9]{1,2})\\2([0-9]{1,2})$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// Seconds after midnight of the business date; 24:00-47:59:59 are the next calendar day.
std::optional<int> parseTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    const int seconds = match.capturedLength(3) > 0 ? match.captured(3).toInt() : 0;
    if (hours > 47 || minutes > 59 || seconds > 59)
        return std::nullopt;
    return (hours * 60 + minutes) * 60 + seconds;
}

constexpr int kSecondsPerDay = 24 * 3600;

QDateTime localTime(const QDate &day, int seconds, const QTimeZone &zone)
{
    return QDateTime(day.addDays(seconds / kSecondsPerDay), QTime(0, 0).addSecs(seconds % kSecondsPerDay),
                     zone);
}

QString hoursText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

struct Header {
    int line = 0;
    qsizetype fieldCount = 0;
    std::array<qsizetype, ColumnCount> index{};
};

Result<Header> readHeader(const CsvRecord &record)
{
    Header header;
    header.line = record.line;
    header.fieldCount = record.fields.size();
    header.index.fill(-1);
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const auto it = headerAliases().constFind(normalizeHeader(record.fields[i]));
        if (it == headerAliases().constEnd())
            continue; // a column this import does not use (a name, a department)
        if (header.index[*it] >= 0)
            return Error(
                ErrorCode::Parse,
                QCoreApplication::translate("wh::AttendanceCsv",
                                            "ambiguous header: columns %1 and %2 are both the %3 column")
                    .arg(header.index[*it] + 1)
                    .arg(i + 1)
                    .arg(columnName(*it)),
                QCoreApplication::translate("wh::AttendanceCsv", "line %1: %2")
                    .arg(record.line)
                    .arg(record.raw));
        header.index[*it] = i;
    }
    QStringList missing;
    for (int c = 0; c < ColumnCount; ++c)
        if (header.index[c] < 0)
            missing << columnName(c);
    if (!missing.isEmpty())
        return Error(
            ErrorCode::Parse,
            QCoreApplication::translate("wh::AttendanceCsv",
                                        "no recognisable header: no %1 column (expected worker,date,clock_in,"
                                        "clock_out or 社員番号,日付,出勤,退勤 in any order)")
                .arg(missing.join(QStringLiteral(", "))),
            QCoreApplication::translate("wh::AttendanceCsv", "line %1: %2").arg(record.line).arg(record.raw));
    return header;
}

class RowReader {
public:
    RowReader(const Header &header, const QTimeZone &zone, const QDate &today)
        : m_header(header)
        , m_zone(zone)
        , m_today(today)
    {
    }

    // Adds the record to `file`: a row, an error, or nothing for a row of empty fields.
    void read(const CsvRecord &record, AttendanceFile &file)
    {
        const auto fail = [&](const QString &message) {
            file.errors.push_back({record.line, message, record.raw});
        };

        bool allEmpty = true;
        for (const auto &field : record.fields)
            allEmpty = allEmpty && normalizeValue(field).isEmpty();
        if (allEmpty)
            return;

        const auto count = record.fields.size();
        for (auto i = m_header.fieldCount; i < count; ++i) {
            // A comma too many shifts every later column: do not guess which value is which.
            if (!normalizeValue(record.fields[i]).isEmpty())
                return fail(QCoreApplication::translate("wh::AttendanceCsv", "%1 fields, the header has %2")
                                .arg(count)
                                .arg(m_header.fieldCount));
        }
        std::array<QString, ColumnCount> value;
        for (int c = 0; c < ColumnCount; ++c) {
            const auto index = m_header.index[c];
            if (index >= count)
                return fail(QCoreApplication::translate("wh::AttendanceCsv",
                                                        "missing %1 (%2 fields, the header has %3)")
                                .arg(columnName(c))
                                .arg(count)
                                .arg(m_header.fieldCount));
            value[c] = normalizeValue(record.fields[index]);
            if (value[c].isEmpty())
                return fail(
                    QCoreApplication::translate("wh::AttendanceCsv", "missing %1").arg(columnName(c)));
        }

        const auto day = parseDate(value[Date]);
        if (!day)
            return fail(QCoreApplication::translate("wh::AttendanceCsv",
                                                    "bad date \"%1\" (expected YYYY-MM-DD or YYYY/MM/DD)")
                            .arg(value[Date]));
        if (*day > m_today)
            return fail(
                QCoreApplication::translate("wh::AttendanceCsv", "date %1 is in the future (today is %2)")
                    .arg(day->toString(Qt::ISODate), m_today.toString(Qt::ISODate)));

        // Every row with a readable worker and date takes part, even one that fails later: two rows
        // for one worker-day are ambiguous whatever else is wrong with the first.
        const QString key = value[Worker] + QChar(0x1F) + day->toString(Qt::ISODate);
        if (const auto it = m_firstLine.constFind(key); it != m_firstLine.constEnd())
            return fail(QCoreApplication::translate("wh::AttendanceCsv",
                                                    "worker %1 already has a row for %2 on line %3")
                            .arg(value[Worker], day->toString(Qt::ISODate))
                            .arg(*it));
        m_firstLine.insert(key, record.line);

        const auto inSeconds = parseTime(value[ClockIn]);
        if (!inSeconds)
            return fail(QCoreApplication::translate("wh::AttendanceCsv",
                                                    "bad clock-in \"%1\" (expected HH:MM or HH:MM:SS)")
                            .arg(value[ClockIn]));
        const auto outSeconds = parseTime(value[ClockOut]);
        if (!outSeconds)
            return fail(QCoreApplication::translate("wh::AttendanceCsv",
                                                    "bad clock-out \"%1\" (expected HH:MM or HH:MM:SS)")
                            .arg(value[ClockOut]));

        const QDateTime in = localTime(*day, *inSeconds, m_zone);
        QDateTime out = localTime(*day, *outSeconds, m_zone);
        if (!in.isValid() || !out.isValid())
            return fail(
                QCoreApplication::translate("wh::AttendanceCsv", "the time does not exist in time zone %1")
                    .arg(QString::fromUtf8(m_zone.id())));
        qint64 inMs = in.toMSecsSinceEpoch();
        qint64 outMs = out.toMSecsSinceEpoch();
        if (outMs <= inMs && *outSeconds < kSecondsPerDay) {
            // A night shift written on the clock (22:00 -> 06:00) ends the next calendar day, as long as
            // that makes a believable shift; 09:00 -> 08:00 is a typo, not a 23-hour shift.
            const QDateTime nextDay = localTime(day->addDays(1), *outSeconds, m_zone);
            const qint64 nextMs = nextDay.toMSecsSinceEpoch();
            if (nextDay.isValid() && nextMs - inMs <= kMaxAttendanceShiftMs) {
                out = nextDay;
                outMs = nextMs;
            } else {
                return fail(QCoreApplication::translate(
                                "wh::AttendanceCsv",
                                "clock-out %1 is not after clock-in %2 (as a night shift it would "
                                "be %3 h long, over 16 h)")
                                .arg(value[ClockOut], value[ClockIn], hoursText(nextMs - inMs)));
            }
        }
        if (outMs <= inMs)
            return fail(
                QCoreApplication::translate("wh::AttendanceCsv", "clock-out %1 is not after clock-in %2")
                    .arg(value[ClockOut], value[ClockIn]));
        if (outMs - inMs > kMaxAttendanceShiftMs)
            return fail(QCoreApplication::translate("wh::AttendanceCsv",
                                                    "shift of %1 h from %2 to %3 is longer than 16 h")
                            .arg(hoursText(outMs - inMs), value[ClockIn], value[ClockOut]));

        file.rows.push_back({record.line, value[Worker], *day, in, out, inMs, outMs});
    }

private:
    const Header &m_header;
    QTimeZone m_zone;
    QDate m_today;
    QHash<QString, int> m_firstLine; // worker + date -> line of the first row
};

// Removes the rows whose times overlap an earlier-starting row of the same worker.
void rejectOverlaps(AttendanceFile &file, const QHash<int, QString> &rawByLine)
{
    QHash<QString, std::vector<std::size_t>> byWorker;
    for (std::size_t i = 0; i < file.rows.size(); ++i)
        byWorker[file.rows[i].workerCode].push_back(i);

    std::vector<bool> rejected(file.rows.size(), false);
    for (auto &indexes : byWorker) {
        std::sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
            const auto &ra = file.rows[a];
            const auto &rb = file.rows[b];
            return ra.inMs != rb.inMs ? ra.inMs < rb.inMs : ra.line < rb.line;
        });
        // The kept row that ends last so far: a later row must start at or after its end.
        std::optional<std::size_t> latest;
        for (std::size_t i : indexes) {
            const auto &row = file.rows[i];
            if (latest && row.inMs < file.rows[*latest].outMs) {
                const auto &other = file.rows[*latest];
                rejected[i] = true;
                file.errors.push_back(
                    {row.line,
                     QCoreApplication::translate(
                         "wh::AttendanceCsv",
                         "worker %1: %2 to %3 overlaps the shift of %4 on line %5 (until %6)")
                         .arg(row.workerCode, row.in.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              row.out.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              other.businessDay.toString(Qt::ISODate))
                         .arg(other.line)
                         .arg(other.out.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                     rawByLine.value(row.line)});
                continue;
            }
            if (!latest || row.outMs > file.rows[*latest].outMs)
                latest = i;
        }
    }

    std::vector<AttendanceRow> kept;
    kept.reserve(file.rows.size());
    for (std::size_t i = 0; i < file.rows.size(); ++i)
        if (!rejected[i])
            kept.push_back(std::move(file.rows[i]));
    file.rows = std::move(kept);
}

} // namespace

Result<AttendanceFile> parseAttendanceCsv(const QByteArray &bytes, const QTimeZone &zone, const QDate &today)
{
    if (!zone.isValid())
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("wh::AttendanceCsv", "invalid time zone for the attendance import"));
    if (!today.isValid())
        return Error(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("wh::AttendanceCsv", "invalid date for the attendance import"));

    auto table = readCsv(bytes);
    if (!table)
        return table.error();
    const auto &records = table->records;
    const auto &csvErrors = table->errors;

    // The header is the first record; a malformed record before it means the header itself is broken.
    if (records.empty())
        return Error(ErrorCode::Parse,
                     QCoreApplication::translate("wh::AttendanceCsv", "no recognisable header: %1")
                         .arg(csvErrors.front().message),
                     QCoreApplication::translate("wh::AttendanceCsv", "line %1: %2")
                         .arg(csvErrors.front().line)
                         .arg(csvErrors.front().raw));
    if (!csvErrors.empty() && csvErrors.front().line < records.front().line)
        return Error(ErrorCode::Parse,
                     QCoreApplication::translate("wh::AttendanceCsv", "no recognisable header: %1")
                         .arg(csvErrors.front().message),
                     QCoreApplication::translate("wh::AttendanceCsv", "line %1: %2")
                         .arg(csvErrors.front().line)
                         .arg(csvErrors.front().raw));
    auto header = readHeader(records.front());
    if (!header)
        return header.error();

    AttendanceFile file;
    file.encoding = table->encoding;
    for (const auto &error : csvErrors)
        file.errors.push_back({error.line, error.message, error.raw});

    RowReader reader(*header, zone, today);
    for (std::size_t i = 1; i < records.size(); ++i)
        reader.read(records[i], file);

    QHash<int, QString> rawByLine;
    for (const auto &record : records)
        rawByLine.insert(record.line, record.raw);
    rejectOverlaps(file, rawByLine);

    std::stable_sort(
        file.errors.begin(), file.errors.end(),
        [](const AttendanceRowError &a, const AttendanceRowError &b) { return a.line < b.line; });
    return file;
}

} // namespace wh
