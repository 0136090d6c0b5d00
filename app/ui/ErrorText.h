#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>

namespace wh {

// Turns a wh::Error into a translated sentence for the user: the code decides the text, the
// context (a file name, a device id, a row) is shown with it. Any thread (it only reads the
// installed translators).
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(wh::ErrorText)

public:
    // A sentence for any error, with its context when it has one.
    [[nodiscard]] static QString describe(const Error &error);

    // Why the store file `path` could not be opened, naming the file.
    [[nodiscard]] static QString storeCannotOpen(const QString &path, const Error &error);
};

} // namespace wh
