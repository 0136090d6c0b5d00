#pragma once

// Key events with their own timestamps, as a platform delivers them, for the tests of the barcode
// scanner input (header-only). A scanner's burst sent this way has the gaps it is given whatever the
// load of the machine: the events go out one after the other without the event loop running in
// between, so no timer fires inside the burst.
#include <QCoreApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QObject>
#include <QString>

namespace wh::test {

// Timestamps in the clock ScannerKeyInput falls back to for events without one (the system clock's
// milliseconds), so these keys and QTest's (which carry none) share one time line.
inline qint64 keyClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// One key press and release at `timestampMs` to `target` (a widget, a window or a Qt Quick item).
inline void sendTimedKey(QObject *target, qint64 timestampMs, int key, const QString &text,
                         Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    for (const QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
        QKeyEvent event(type, key, modifiers, text);
        event.setTimestamp(quint64(timestampMs));
        QCoreApplication::sendEvent(target, &event);
    }
}

// `text` as a scanner types it, `gapMs` apart from now on: GS (0x1D) as Ctrl+], upper-case letters
// with Shift; then Enter unless `enter` is false. Returns the last key's timestamp (a burst starts
// only after a gap: wait 2 * gapMs * keys + 40 ms or more before the next one).
inline qint64 sendScannerBurst(QObject *target, const QString &text, bool enter = true, int gapMs = 2)
{
    qint64 t = keyClockMs();
    for (const QChar c : text) {
        if (c == QChar(0x1D)) {
            sendTimedKey(target, t, Qt::Key_BracketRight, QString(QChar(0x1D)), Qt::ControlModifier);
        } else {
            const QChar upper = c.toUpper();
            const int key = upper.unicode() < 0x100 ? int(upper.unicode()) : int(Qt::Key_unknown);
            sendTimedKey(target, t, key, QString(c),
                         c.isLetter() && c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
        }
        t += gapMs;
    }
    if (enter)
        sendTimedKey(target, t, Qt::Key_Return, QString());
    return enter ? t : t - gapMs;
}

} // namespace wh::test
