#pragma once

#include "MasterData.h"

#include <vector>

namespace wh::demo {

// The demo warehouse's reference data: an apparel e-commerce warehouse of eight blocks, the
// block > section > activity tree (about 100 activities) with standard rates, four employment types.
struct Catalog {
    std::vector<Block> blocks;
    std::vector<Section> sections;
    std::vector<Activity> activities;
    std::vector<EmploymentType> employmentTypes;
};

[[nodiscard]] const Catalog &catalog();

// Codes the generator relies on.
inline constexpr const char *kLunchBreak = "BRK-LUNCH";
inline constexpr const char *kShortBreak = "BRK-SHORT";
inline constexpr const char *kMorningMeeting = "IND-MTG-MORNING";
inline constexpr const char *kIndirectBlock = "IND";

// The workflows (handheld menus) an activity belongs to, for the forgotten-punch guard.
[[nodiscard]] QStringList workflowsOf(const QString &activityCode);
// Activities a site does not offer (S2 has no gift wrapping).
[[nodiscard]] bool offeredAt(const QString &siteCode, const QString &activityCode);

// Japanese family and given names for demo workers.
[[nodiscard]] const std::vector<const char *> &familyNames();
[[nodiscard]] const std::vector<const char *> &givenNames();

} // namespace wh::demo
