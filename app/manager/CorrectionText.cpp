#include "CorrectionText.h"

#include "ErrorText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace wh {

QString CorrectionText::refusal(const Error &error, const QTimeZone &zone, const NameOf &nameOf)
{
    const QString message = error.message();
    const QString context = error.context();
    auto name = [&nameOf](const QString &code) {
        const QString n = nameOf ? nameOf(code) : QString();
        return n.isEmpty() || n == code ? code : QStringLiteral("%1 (%2)").arg(n, code);
    };
    auto at = [&zone](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    // The messages of db/Corrections.cpp and reports/ViewerQueries.cpp (tests pin each of them).
    switch (error.code()) {
    case ErrorCode::InvalidArgument:
        if (message == QLatin1String("a correction needs a reason"))
            return tr("Give a reason: every correction says why it was made.");
        if (message == QLatin1String("a correction needs the name of who makes it"))
            return tr("The correction has no author. Sign in again and repeat it.");
        if (message == QLatin1String("the interval must end after it starts"))
            return tr("The end must be after the start.");
        if (message == QLatin1String("the interval cannot end in the future"))
            return tr("The end is in the future. A punch can only be corrected up to now.");
        if (message.startsWith(QLatin1String("the interval is longer than the longest shift")))
            return tr("The punch would be longer than the longest shift (16 hours). Check the dates.");
        if (message == QLatin1String("the activity is not offered at this site")) {
            const QStringList parts = context.split(QStringLiteral(" at "));
            if (parts.size() == 2)
                //: %1 is an activity, %2 a site code
                return tr("%1 is not offered at site %2. Choose another activity.")
                    .arg(name(parts[0]), parts[1]);
            return tr("The activity is not offered at this site. Choose another activity.");
        }
        break;
    case ErrorCode::Conflict:
        if (message.startsWith(QLatin1String("the worker is still on this interval")))
            return tr("The worker is still on this punch: it has no end yet. They switch or clock out at the "
                      "kiosk; correct it after that.");
        if (message == QLatin1String("the corrected times overlap another interval of the worker")) {
            static const QRegularExpression other(QStringLiteral("^(\\S+) from (-?\\d+) to (-?\\d+) ms$"));
            const auto m = other.match(context);
            if (m.hasMatch())
                //: %1 is an activity, %2 and %3 the start and end of the worker's other punch
                return tr("The new times overlap the worker's other punch on %1 from %2 to %3. Correct that "
                          "punch first, or choose times that do not overlap it.")
                    .arg(name(m.captured(1)), at(m.captured(2).toLongLong()), at(m.captured(3).toLongLong()));
            return tr("The new times overlap another punch of the worker.");
        }
        break;
    case ErrorCode::NotFound:
        if (message == QLatin1String("no such punch interval"))
            return tr("This punch is no longer there: it was corrected or removed in the meantime. The list "
                      "has been read again.");
        if (message == QLatin1String("no such worker"))
            return tr("There is no worker with the code “%1”.").arg(context);
        if (message == QLatin1String("no such site"))
            return tr("There is no site “%1”.").arg(context);
        break;
    case ErrorCode::PermissionDenied:
        if (message == QLatin1String("the account may not see this site"))
            return tr("Your account may not correct punches at site %1.").arg(context);
        if (message.contains(QLatin1String("signed-in account")))
            return tr("Corrections are made in the name of a signed-in account. Sign in first.");
        break;
    default: break;
    }
    return ErrorText::describe(error);
}

} // namespace wh
