#pragma once

#include "Clock.h"
#include "Store.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace wh {

// What waits in this device's outbox to be sent on to the site store (every record goes to the
// device's own store first: event + outbox row in one transaction). The header shows it. One
// indexed read (EventStore::pendingSummary), on refresh() and every 10 seconds. GUI thread.
class OutboxStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The program creates it and passes it to Main.qml.")

    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(QString oldestText READ oldestText NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(bool problem READ problem NOTIFY changed)

public:
    static constexpr int kRefreshMs = 10 * 1000;

    // `deviceId`: count only what this device recorded (its events: the store may be the site's,
    // shared with other devices, as on a single machine); empty: every record waiting in the store.
    OutboxStatus(db::Store &store, const Clock &clock, const QString &deviceId = {},
                 QObject *parent = nullptr);

    // Another device to count for (see the constructor). Reads again.
    void setDeviceId(const QString &deviceId);
    [[nodiscard]] QString deviceId() const { return m_deviceId; }

    [[nodiscard]] int pending() const { return m_pending; }
    // "oldest 12 min ago"; empty when nothing waits.
    [[nodiscard]] QString oldestText() const;
    // "3 waiting to sync", "All synced", or that the outbox cannot be read.
    [[nodiscard]] QString text() const;
    // The last read failed (the figures are the previous read's).
    [[nodiscard]] bool problem() const { return m_problem; }

    Q_INVOKABLE void refresh();

    // "just now", "12 min", "3 h", "2 days" (how long ago something was).
    [[nodiscard]] static QString ageText(qint64 ms);

signals:
    void changed();

private:
    db::Store &m_store;
    const Clock &m_clock;
    QString m_deviceId;
    QTimer m_timer{this};
    int m_pending = 0;
    std::optional<qint64> m_oldestMs;
    bool m_problem = false;
    bool m_read = false;
};

} // namespace wh
