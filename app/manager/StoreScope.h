#pragma once

#include "MasterData.h"
#include "Result.h"
#include "ViewerQueries.h"

#include <QDate>
#include <QMetaType>

#include <vector>

namespace wh {

// What the manager needs before it can ask for figures: the sites the viewer may see, the span of
// business days the store holds and the activity tree (for names and for telling what a scanned
// code is).
struct StoreScope {
    std::vector<Site> sites;
    QDate firstDay; // invalid when the store has no punches yet
    QDate lastDay;
    std::vector<Block> blocks;
    std::vector<Section> sections;
    std::vector<Activity> activities;

    [[nodiscard]] const Site *site(const QString &code) const;
    [[nodiscard]] const Block *block(const QString &code) const;
    [[nodiscard]] const Section *section(const QString &code) const;
    [[nodiscard]] const Activity *activity(const QString &code) const;
};

// Reads the scope through the viewer's queries (only the sites it may see). Any thread.
[[nodiscard]] Result<StoreScope> loadStoreScope(const reports::ViewerQueries &queries);

// A block's, section's or activity's name in `language` ("ja" or "en"), the other one when empty.
[[nodiscard]] QString localName(const QString &language, const QString &ja, const QString &en);

} // namespace wh

Q_DECLARE_METATYPE(wh::StoreScope)
