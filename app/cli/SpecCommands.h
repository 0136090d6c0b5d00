#pragma once

#include "MeasurementSpec.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace wh::cli {

// `wh spec SUBCOMMAND ...`: care-label measurement specs (MeasurementSpec.h), no store needed.
//
//   wh spec encode --json FILE --key [ID:]SECRET [--png FILE] [--zpl] [--module N] [--printer-font F]
//   wh spec decode TEXT|- --key [ID:]SECRET... [--lang ja|en]
//
// encode prints the label text (one line), or with --zpl the ZPL of a care label with the QR code
// (level M) and the item, style, size, lot and due date as text, ready for a Zebra printer on port
// 9100; --png writes the QR code as an image (N pixels a module, default 8, with a quiet zone of 4
// modules). decode prints the spec, its points named from the catalogue in the --lang language, or
// the reason the label is refused. A key is "[ID:]SECRET" (ID 1-4 of A-Z 0-9; without it, id 1);
// --key may be repeated (several key ids while keys are rotated), and --key-file FILE reads one
// key a line (keeps the secret off the command line). Exit code 0, 1 when the input cannot be used
// (bad JSON, a refused label, a file that cannot be written), 2 usage error.
//
// The JSON of `encode --json` (also in `wh spec encode --help`; lengths in millimetres, at most one decimal;
// due date optional, lot optional; "tolerance_mm" for both sides, or "lower_mm" and "upper_mm"):
//
//   {
//     "item": "ITEM-000123", "style": "ST24-001", "size": "M", "lot": "L7", "due": "2025-06-30",
//     "points": [
//       {"code": "BL", "target_mm": 720.0, "lower_mm": 1.0, "upper_mm": 1.5},
//       {"code": "CW", "target_mm": 540, "tolerance_mm": 1}
//     ]
//   }
int runSpec(const QStringList &arguments);

// Whether the command line is `wh spec ...`.
bool isSpecCommand(const QStringList &arguments);

// The spec in the JSON above; errors name the field ("points[1].target_mm: ...").
[[nodiscard]] Result<MeasurementSpec> specFromJson(const QJsonObject &json);

// The ZPL of the care label that carries `label` (the encoded text) for `spec`: QR code at level M
// with `moduleDots` dots a module, the ids as text beside it (^A0, or `printerFont` when given).
[[nodiscard]] QByteArray careLabelZpl(const MeasurementSpec &spec, const QString &label, int moduleDots,
                                      const QString &printerFont = {});

// Keys from --key values and a --key-file's lines (empty lines and lines starting with # skipped).
[[nodiscard]] Result<std::vector<SpecKey>> specKeys(const QStringList &keyTexts, const QString &keyFile);

} // namespace wh::cli
