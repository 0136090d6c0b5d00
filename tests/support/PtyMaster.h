#pragma once

// A real pseudo-terminal pair for the tests of serial devices (header-only; include it from a test
// that links wh_drivers). The test holds the master side and plays the device; the transport under
// test opens the slave side as its serial port.
#include "HexBytes.h"

#include <QByteArray>
#include <QString>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <unistd.h>

namespace wh::test {

// The master side of a pty pair. The slave path is what the reader opens.
class PtyMaster {
public:
    PtyMaster()
    {
        m_fd = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_fd < 0) {
            m_error = QStringLiteral("posix_openpt: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            return;
        }
        char name[256] = {};
        if (::grantpt(m_fd) != 0 || ::unlockpt(m_fd) != 0 || ::ptsname_r(m_fd, name, sizeof name) != 0) {
            m_error =
                QStringLiteral("grantpt/unlockpt/ptsname: %1").arg(QString::fromLocal8Bit(strerror(errno)));
            close();
            return;
        }
        m_slavePath = QString::fromLocal8Bit(name);
    }
    ~PtyMaster() { close(); }
    PtyMaster(const PtyMaster &) = delete;
    PtyMaster &operator=(const PtyMaster &) = delete;

    [[nodiscard]] bool ok() const { return m_fd >= 0; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString slavePath() const { return m_slavePath; }
    // The master's descriptor, for a test that also reads what the device is sent (a QSocketNotifier).
    [[nodiscard]] int fd() const { return m_fd; }

    bool write(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const auto n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    bool writeHex(const QString &hex) { return write(*drivers::parseHex(hex)); }

    // What the device under test wrote to the slave side so far, without waiting (poll with a zero
    // timeout): call it from QTRY_ loops that wait for the bytes to arrive.
    QByteArray readAvailable()
    {
        QByteArray out;
        for (;;) {
            pollfd p{m_fd, POLLIN, 0};
            if (m_fd < 0 || ::poll(&p, 1, 0) <= 0 || !(p.revents & POLLIN))
                return out;
            char buffer[256];
            const auto n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                return out;
            out.append(buffer, n);
        }
    }

    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
    QString m_slavePath;
    QString m_error;
};

} // namespace wh::test
