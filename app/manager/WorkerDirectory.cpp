#include "WorkerDirectory.h"

#include <algorithm>

namespace wh {

namespace {
// Names are compared without their spaces: "山田太郎" finds "山田 太郎".
QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}
} // namespace

WorkerDirectory::WorkerDirectory(std::vector<Entry> entries)
    : m_entries(std::move(entries))
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.code < b.code; });
}

Result<WorkerDirectory> WorkerDirectory::load(const reports::ViewerQueries &queries)
{
    auto workers = queries.workers(); // the viewer's sites only
    if (!workers)
        return workers.error();
    std::vector<Entry> entries;
    entries.reserve(workers->size());
    for (auto &w : *workers)
        entries.push_back(
            {std::move(w.code), std::move(w.name), std::move(w.badgeId), std::move(w.homeSite), w.active});
    return WorkerDirectory(std::move(entries));
}

QString WorkerDirectory::completionOf(const Entry &entry)
{
    return QStringLiteral("%1 %2").arg(entry.code, entry.name).trimmed();
}

QStringList WorkerDirectory::completions() const
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(m_entries.size()));
    for (const Entry &e : m_entries)
        out << completionOf(e);
    return out;
}

const WorkerDirectory::Entry *WorkerDirectory::find(const QString &code) const
{
    for (const Entry &e : m_entries)
        if (e.code.compare(code, Qt::CaseInsensitive) == 0)
            return &e;
    return nullptr;
}

std::optional<WorkerDirectory::Entry> WorkerDirectory::resolve(const QString &text) const
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    // A code, or a completion that starts with one.
    const QString first = typed.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    if (const Entry *e = find(first))
        return *e;
    for (const Entry &e : m_entries)
        if (!e.badgeId.isEmpty() && e.badgeId == typed)
            return e;
    const QString name = squeezed(typed);
    for (const Entry &e : m_entries)
        if (squeezed(e.name).compare(name, Qt::CaseInsensitive) == 0)
            return e;
    const Entry *only = nullptr;
    for (const Entry &e : m_entries)
        if (squeezed(e.name).contains(name, Qt::CaseInsensitive)) {
            if (only)
                return std::nullopt; // several: the person has to say which
            only = &e;
        }
    return only ? std::optional<Entry>(*only) : std::nullopt;
}

} // namespace wh
