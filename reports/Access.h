#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace wh::reports {

// Who reads the reports, and what they may see. The roles of the manager viewer's accounts:
//  - Leader: a floor leader of their own site(s): figures in units and hours, the live board, a
//    person's page, the punches behind a cell, corrections of punches. Never a cost, a unit cost
//    or a wage: ViewerQueries hides them at the query, so no view or export can show one.
//  - Manager: everything a leader sees, with labor cost and unit cost, for their sites.
//  - Admin: every site, costs, and the configuration: wages, accounts.
// The rules live here and in ViewerQueries (where data is read and written), not in the widgets.
enum class Role { Leader, Manager, Admin };

[[nodiscard]] QString roleName(Role role); // "leader", "manager", "admin"
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);

struct Viewer {
    QString account; // the signed-in account: the author of the corrections it makes
    Role role = Role::Leader;
    // The sites the account may read and correct. An admin reads every site (this is ignored).
    QStringList sites;

    [[nodiscard]] bool seesCost() const { return role != Role::Leader; }
    [[nodiscard]] bool seesWages() const { return role == Role::Admin; }
    [[nodiscard]] bool managesAccounts() const { return role == Role::Admin; }
    [[nodiscard]] bool maySee(const QString &site) const
    {
        return role == Role::Admin || sites.contains(site);
    }
};

} // namespace wh::reports
