#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace wh::drivers {

// Device frames as text, both ways: "C0 40 00 EE" <-> bytes. Decoder tests are written as annotated
// hex fixtures, and raw device I/O is logged in this form at trace level.
// Pure functions; any thread.

// Accepts upper or lower case, optional spaces, colons or dashes between bytes, and "0x" prefixes.
[[nodiscard]] Result<QByteArray> parseHex(const QString &text);
// "C0 40 00 EE"
[[nodiscard]] QString toHex(const QByteArray &bytes);

} // namespace wh::drivers
