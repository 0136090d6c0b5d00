#pragma once

#include "Gs1.h"

#include <QString>
#include <QStringList>

namespace wh::cli {

// `wh scan gs1 TEXT`: what a GS1 element string, bracketed HRI or Digital Link holds.
//
// One tab-separated line per element: "(AI) value", the AI's title, the typed value (a date, a
// decimal with its unit, whether the check digit is right) and the element's problems
// ("error: ...", "warning: ..."); then "HRI" and the bracketed string when anything was read. Problems with
// the whole input (not GS1 at all, a broken URI) go to the problems list.
struct Gs1Report {
    QStringList lines;    // for stdout
    QStringList problems; // for stderr: "invalid: ..." / "not read: ..." lines; empty when valid
    bool valid = false;
};

[[nodiscard]] Gs1Report gs1Report(const Gs1Parse &parse);

// Parses `text` (GS written as <GS>, \x1d or the `options` substitute), prints the report and
// returns the exit code: 0 valid, 1 invalid.
int runGs1Report(const QString &text, const Gs1Options &options);

} // namespace wh::cli
