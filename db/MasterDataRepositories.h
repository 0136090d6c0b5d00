#pragma once

#include "MasterData.h"
#include "Result.h"
#include "Store.h"

#include <vector>

namespace wh::db {

// One repository per aggregate of reference data. Each is used on one thread (its connection's).
// Writes are upserts keyed by code, so importing the same master data twice changes nothing.

class SiteRepository {
public:
    explicit SiteRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status save(const Site &site);
    [[nodiscard]] Result<std::vector<Site>> all();
    [[nodiscard]] Result<Site> find(const QString &code);

private:
    Store &m_store;
};

// Employment types and their wage rates per site over time.
class EmploymentRepository {
public:
    explicit EmploymentRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status saveType(const EmploymentType &type);
    [[nodiscard]] Result<std::vector<EmploymentType>> types();
    [[nodiscard]] Status saveWageRate(const WageRate &rate);
    [[nodiscard]] Result<std::vector<WageRate>> wageRates();

private:
    Store &m_store;
};

// A worker and their employment history, saved and loaded together.
class WorkerRepository {
public:
    explicit WorkerRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status save(const Worker &worker);
    [[nodiscard]] Result<Worker> find(const QString &code);
    [[nodiscard]] Result<Worker> findByBadge(const QString &badgeId);
    [[nodiscard]] Result<std::vector<Worker>> all();

private:
    [[nodiscard]] Result<std::vector<Worker>> load(const QString &where, const QVariant &value);
    Store &m_store;
};

// The block > section > activity tree.
class ActivityRepository {
public:
    explicit ActivityRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status saveBlock(const Block &block);
    [[nodiscard]] Status saveSection(const Section &section);
    [[nodiscard]] Status saveActivity(const Activity &activity);
    [[nodiscard]] Result<std::vector<Block>> blocks();
    [[nodiscard]] Result<std::vector<Section>> sections();
    [[nodiscard]] Result<std::vector<Activity>> activities();
    [[nodiscard]] Result<Activity> find(const QString &code);

    // The activities a site offers (replaces the site's list). A site with an empty list offers
    // every active activity.
    [[nodiscard]] Status setSiteActivities(const QString &siteCode, const QStringList &activityCodes);
    // The active activities offered at a site, in tree order.
    [[nodiscard]] Result<std::vector<Activity>> offeredAt(const QString &siteCode);
    // The workflows that belong to an activity (replaces its list).
    [[nodiscard]] Status setWorkflows(const QString &activityCode, const QStringList &workflows);
    [[nodiscard]] Result<QStringList> workflowsOf(const QString &activityCode);
    // The activity codes a workflow belongs to.
    [[nodiscard]] Result<QStringList> activitiesForWorkflow(const QString &workflow);

private:
    Store &m_store;
};

class DeviceRepository {
public:
    explicit DeviceRepository(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] Status save(const Device &device);
    [[nodiscard]] Result<Device> find(const QString &id);
    [[nodiscard]] Result<std::vector<Device>> all();

private:
    Store &m_store;
};

} // namespace wh::db
