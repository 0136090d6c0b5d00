#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace wh {

// Why a correction of a punch was refused, in plain words for a floor leader: the end lies in the
// future, the new times overlap the worker's other punch (named, with its local times), the worker
// is still on the punch, the reason is missing, the account may not correct at that site, ...
// CorrectionService and ViewerQueries refuse with English messages for the logs; this turns the
// ones it knows into translated sentences and leaves the rest to ErrorText. Any thread.
class CorrectionText {
    Q_DECLARE_TR_FUNCTIONS(wh::CorrectionText)

public:
    // An activity's name for a code (the language of the screen); empty: the code is shown.
    using NameOf = std::function<QString(const QString &activityCode)>;

    // `zone`: the site's time zone, for the times of an overlapping punch.
    [[nodiscard]] static QString refusal(const Error &error, const QTimeZone &zone,
                                         const NameOf &nameOf = {});
};

} // namespace wh
