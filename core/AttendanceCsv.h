#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace wh {

// The official attendance system's export: the times payroll uses, which the suite compares with the
// punches. A header row, then one row per worker-day: worker code, business date, clock-in, clock-out.
//
// Header: column order comes from the header; other columns (a name, a department) are ignored.
// Names are matched after NFKC normalisation (full-width letters), ignoring case, spaces, '_' and '-':
//   worker:    worker, worker code, employee, employee code, 社員番号, 社員コード, 従業員コード, 従業員番号
//   date:      date, business date, business day, work date, 日付, 勤務日, 出勤日
//   clock-in:  clock in, in, start, 出勤, 出勤時刻, 始業, 始業時刻
//   clock-out: clock out, out, end, 退勤, 退勤時刻, 終業, 終業時刻
// Values: trimmed and NFKC-normalised (spreadsheets on Japanese Windows produce "０９：００" and
// "Ｗ００１"). Dates YYYY-MM-DD or YYYY/MM/DD (month and day may have one digit: Excel writes
// 2026/4/1); times H:MM or H:MM:SS.
// Night shifts: a clock-out earlier than (or equal to) the clock-in is on the next calendar day when
// the shift is then at most 16 h long; otherwise the row is an error. Hours 24-47 ("24:30", Japanese
// payroll style) mean the next calendar day as written, for the clock-in and the clock-out alike.
//
// Not checked here: whether the worker codes exist. This is a pure function without a store; the
// caller looks the codes up and reports unknown ones with AttendanceRow::line.

struct AttendanceRow {
    int line = 0; // 1-based physical line in the file, for reports
    QString workerCode;
    QDate businessDay; // the date column as written (the day the shift belongs to)
    QDateTime in;      // local time in the caller's zone
    QDateTime out;
    qint64 inMs = 0; // UTC ms since the epoch, same instants as in/out
    qint64 outMs = 0;
};

struct AttendanceRowError {
    int line = 0;    // 1-based physical line the record starts on
    QString message; // for the import report, translated ("wh::AttendanceCsv" / "wh::db::AttendanceImport")
    QString raw;     // the row as written in the file
};

struct AttendanceFile {
    QString encoding;                       // "UTF-8" or "Shift_JIS" (see decodeCsvBytes)
    std::vector<AttendanceRow> rows;        // accepted rows, in file order
    std::vector<AttendanceRowError> errors; // skipped rows, in line order
};

inline constexpr qint64 kMaxAttendanceShiftMs = 16LL * 3600 * 1000;

// Parses the export. `zone` is the site's time zone; `today` the site's current business date (rows
// dated after it are errors).
// File-level errors (Result error): Parse for an empty or binary file, text in neither UTF-8 nor
// Shift_JIS, or a first row that is not a recognisable header (the message names the missing
// columns); InvalidArgument for an invalid zone or date.
// Row-level errors (row skipped, reported with its line and raw text, the other rows kept):
//  - a malformed CSV record (unclosed quote, stray quote);
//  - a missing or empty worker / date / clock-in / clock-out field, or non-empty fields beyond the header;
//  - a bad date or time;
//  - a business date after `today`;
//  - a clock-out not after the clock-in (after the night-shift rule), or a shift longer than 16 h
//    (elapsed time, so a DST change in the zone counts);
//  - the same worker and date again: the FIRST row is kept and every later one reported, naming the
//    line of the first. Which one is right cannot be known here; keeping the first makes the report
//    point at exactly the lines to delete or merge. The first row with a readable worker and date
//    decides even when it is itself an error (bad time, ...): the day is ambiguous either way;
//  - official times of one worker that overlap (a night shift running into the next day's start):
//    the row that starts later is reported, naming the line it overlaps, and the earlier one kept.
//    Touching times (out == next in) are fine.
// Rows whose fields are all empty (",,,", which spreadsheets append) are skipped without an error.
[[nodiscard]] Result<AttendanceFile> parseAttendanceCsv(const QByteArray &bytes, const QTimeZone &zone,
                                                        const QDate &today);

} // namespace wh
