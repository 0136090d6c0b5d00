#pragma once

#include "Clock.h"
#include "Store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace wh::test {

// The mock clock of the tests: a ManualClock that starts at a fixed, documented instant
// (2026-11-02 00:00 UTC = 09:00 in Tokyo, a Monday) unless told otherwise.
class MockClock final : public Clock {
public:
    static constexpr qint64 kDefaultStart = 1793577600000LL;
    explicit MockClock(qint64 startMs = kDefaultStart)
        : m_inner(startMs)
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_inner.nowMs(); }
    void set(qint64 ms) { m_inner.set(ms); }
    void advance(qint64 ms) { m_inner.advance(ms); }

private:
    ManualClock m_inner;
};

// A real SQLite store file in a fresh temporary folder, removed with the object.
class TemporaryStore {
public:
    explicit TemporaryStore(const Clock &clock, const QString &fileName = QStringLiteral("store.sqlite"));
    explicit TemporaryStore(const QString &fileName = QStringLiteral("store.sqlite"));

    [[nodiscard]] bool ok() const { return m_store != nullptr; }
    [[nodiscard]] QString errorText() const { return m_error; }
    db::Store &store() { return *m_store; }
    [[nodiscard]] QString path() const { return m_dir.filePath(m_fileName); }
    [[nodiscard]] QString dirPath() const { return m_dir.path(); }
    // Closes the store (the file stays until the object goes).
    void close() { m_store.reset(); }
    // Opens it again with the default options.
    bool reopen(const Clock &clock);

private:
    QTemporaryDir m_dir;
    QString m_fileName;
    std::unique_ptr<db::Store> m_store;
    QString m_error;
};

// A directory with the shared test data (../shared/data), from WH_SHARED_DATA.
[[nodiscard]] QString sharedDataDir();

// SHA-256 of every row of every table (in primary-key order), for "is the store the same" checks.
[[nodiscard]] QByteArray contentDigest(db::Store &store, const QStringList &skipTables = {});

// SHA-256 of a file's bytes.
[[nodiscard]] QByteArray fileDigest(const QString &path);

} // namespace wh::test
