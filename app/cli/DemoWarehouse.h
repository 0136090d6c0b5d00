#pragma once

#include "Clock.h"
#include "DerivedRepositories.h"
#include "Result.h"
#include "MeasurementSpec.h"
#include "Store.h"

#include <QDate>

#include <functional>
#include <optional>
#include <vector>

namespace wh::demo {

// Builds a realistic demo warehouse into an empty store: 2 sites, 8 blocks, about 100 activities,
// 600 workers in 4 employment types with wage history and promotions, about 10,000 punches per
// business day (clock-in, switches, breaks, clock-out; a night crew at one site), units from
// per-activity standard rates with per-worker skill, and a few injected faults for the checks of
// later issues to find. The same seed and period give the same store.
struct DemoOptions {
    int days = 30;
    quint64 seed = 1;
    std::optional<QDate> start; // first business day; default: the `days` business days ending yesterday
    int punchesPerDay = 10000;  // target across both sites
    int workers = 600;
    // Called after each business day (done, total); any thread-safety is the caller's.
    std::function<void(int, int)> progress;
};

struct InjectedFault {
    QString kind; // "forgotten-clock-out", "wrong-activity", "bad-day"
    QString siteCode;
    QString workerCode;   // empty for a bad day
    QString activityCode; // the wrong activity punched, or the activity that had the bad day
    QDate businessDay;
    QString detail;
};

struct DemoReport {
    QDate firstDay;
    QDate lastDay;
    qint64 punchEvents = 0;
    qint64 unitsEvents = 0;
    qint64 workerDays = 0;
    double switchesPerWorkHour = 0; // the calibrated switching rate
    std::vector<InjectedFault> faults;
    db::EventProjector::Summary projection;
    qint64 summaryRows = 0; // daily_summaries rows after the totals
};

// `clock` says what "now" is: the default period ends yesterday, and nothing after now is written.
// Refuses a store that already holds workers or events (nothing is overwritten).
[[nodiscard]] Result<DemoReport> generateDemo(db::Store &store, const DemoOptions &options,
                                              const Clock &clock);

// The manager viewer's demo accounts (reports/Accounts.h), with passwords everyone may know: they
// are in the README's demo section and scripts/demo.sh prints them. Not for a real warehouse.
struct DemoAccount {
    const char *name;
    const char *displayName;
    const char *role;  // reports::roleName
    const char *sites; // comma-separated; empty for the admin (every site)
    const char *password;
};
inline constexpr DemoAccount kDemoAccounts[] = {
    {"admin", "管理者 (demo)", "admin", "", "demo-admin-2026"},
    {"manager", "山本 マネージャー (demo)", "manager", "S1,S2", "demo-manager-2026"},
    {"leader", "佐々木 リーダー (demo)", "leader", "S1", "demo-leader-2026"},
};

// Creates kDemoAccounts on a store that has no accounts yet (`wh demo` calls it after the data;
// tests of the GUI call it on their demo stores). Conflict when the store has accounts already.
// Passwords are hashed with random salts, so this part of the store differs from run to run.
[[nodiscard]] Status createDemoAccounts(db::Store &store);

// The demo brand's spec key ("DEMO"): its care labels are signed with it. Public, like the demo
// passwords: never a real brand's key.
[[nodiscard]] SpecKey demoSpecKey();
// The demo care labels' specs: a T-shirt with 12 points and trousers with 8, sizes as made.
[[nodiscard]] std::vector<MeasurementSpec> demoSpecs();
// Sets up the store's handhelds as a site's admin would before handing them out: the demo brand's
// spec key, and the Leica DISTO simulator as the tape measure (for training; pick a real tape on the
// Devices screen). Values already set are left alone.
[[nodiscard]] Status setUpDemoHandhelds(db::Store &store, qint64 nowMs);

} // namespace wh::demo
