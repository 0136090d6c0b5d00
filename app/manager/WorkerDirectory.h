#pragma once

#include "Result.h"
#include "ViewerQueries.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace wh {

// The workers a viewer may look up on the person page: those whose home site is one of the
// viewer's sites (every worker for an admin), by code. Codes, names and badge ids only (no PIN
// hash, no employment or wage). Resolves what a person types or scans: a worker code, a badge id,
// a completion ("W00042 山田 太郎") or a name. Load on any thread; use on one.
class WorkerDirectory {
public:
    struct Entry {
        QString code;
        QString name;
        QString badgeId;
        QString homeSite;
        bool active = true;
    };

    WorkerDirectory() = default;
    explicit WorkerDirectory(std::vector<Entry> entries);

    // Reads the workers of the viewer's sites, sorted by code. Any thread (the store connection of
    // that thread).
    [[nodiscard]] static Result<WorkerDirectory> load(const reports::ViewerQueries &queries);

    [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
    [[nodiscard]] bool empty() const { return m_entries.empty(); }
    // "W00042 山田 太郎" per worker, in code order: what the completer offers.
    [[nodiscard]] QStringList completions() const;
    [[nodiscard]] static QString completionOf(const Entry &entry);

    // The worker `text` names: a code (any case), a badge id, a completion, a whole name, or a
    // part of a name that only one worker's name holds. None when nothing or several match.
    [[nodiscard]] std::optional<Entry> resolve(const QString &text) const;
    [[nodiscard]] const Entry *find(const QString &code) const;

private:
    std::vector<Entry> m_entries;
};

} // namespace wh
