#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QKeyEvent;

namespace wh {

// A stand-in for the keyboard-wedge detector (drivers/): a badge reader that types its digits
// quickly and ends with Enter. Digits are collected; Enter after at least kMinimumDigits digits is a
// badge read. A pause longer than kMaximumGapMs starts over, so a person's slow typing is not
// collected into a badge. GUI thread only.
class WedgeInputFallback : public QObject {
    Q_OBJECT

public:
    static constexpr int kMinimumDigits = 8;
    static constexpr int kMaximumGapMs = 1000;

    using QObject::QObject;

    // Looks at one key press; returns true when it was taken (a digit, or Enter ending a burst).
    bool handleKey(const QKeyEvent &event);
    void clear() { m_digits.clear(); }

signals:
    void badgeRead(const QString &badgeId);

private:
    QString m_digits;
    QElapsedTimer m_sinceLast;
};

} // namespace wh
