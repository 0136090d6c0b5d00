#include "Access.h"

namespace wh::reports {

QString roleName(Role role)
{
    switch (role) {
    case Role::Leader: return QStringLiteral("leader");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Leader, Role::Manager, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace wh::reports
