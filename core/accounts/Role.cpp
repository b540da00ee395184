#include "core/accounts/Role.h"

#include <QtGlobal>

namespace tepat {

bool RolePolicy::allows(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Operator:
        return permission == Permission::Draft || permission == Permission::Send ||
               permission == Permission::PrintLetters || permission == Permission::ViewFamilyCard ||
               permission == Permission::ReadComplaints ||
               permission == Permission::HandleComplaints;
    case Role::FieldStaff:
        return permission == Permission::Draft || permission == Permission::ViewFamilyCard;
    case Role::VillageHead:
        return permission == Permission::Decide || permission == Permission::PrintLetters ||
               permission == Permission::ReadComplaints;
    }
    return false;
}

QString RolePolicy::code(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::FieldStaff:
        return QStringLiteral("field_staff");
    case Role::VillageHead:
        return QStringLiteral("village_head");
    }
    return {};
}

std::optional<Role> RolePolicy::roleFromCode(QStringView code)
{
    for (Role role : allRoles()) {
        if (code == RolePolicy::code(role)) {
            return role;
        }
    }
    return std::nullopt;
}

QString RolePolicy::label(Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Operator:
        return tr("Operator");
    case Role::FieldStaff:
        return tr("Petugas lapangan");
    case Role::VillageHead:
        return tr("Kepala desa/lurah");
    }
    return {};
}

QString RolePolicy::label(Permission permission)
{
    switch (permission) {
    case Permission::Draft:
        return tr("menyusun usulan");
    case Permission::Decide:
        return tr("mencatat keputusan musyawarah");
    case Permission::Send:
        return tr("mengirim data");
    case Permission::PrintLetters:
        return tr("mencetak surat keterangan");
    case Permission::ManageAccounts:
        return tr("mengelola akun");
    case Permission::RestoreBackups:
        return tr("memulihkan cadangan");
    case Permission::ViewFamilyCard:
        return tr("melihat foto kartu keluarga");
    case Permission::ReadComplaints:
        return tr("melihat pengaduan");
    case Permission::HandleComplaints:
        return tr("mencatat dan menangani pengaduan");
    }
    return {};
}

QList<Role> RolePolicy::allRoles()
{
    return {Role::Administrator, Role::Operator, Role::FieldStaff, Role::VillageHead};
}

Status Session::require(Permission permission) const
{
    if (can(permission)) {
        return {};
    }
    return Error{QStringLiteral("auth.forbidden"),
                 tr("Akun %1 (%2) tidak berhak %3.")
                     .arg(m_actor.displayName.isEmpty() ? m_actor.username : m_actor.displayName,
                          RolePolicy::label(m_actor.role), RolePolicy::label(permission))};
}

Session Session::localAdministrator()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME", QStringLiteral("operator"));
    }
    return localAdministrator(user);
}

Session Session::localAdministrator(const QString &name)
{
    return Session(Actor{name, name, Role::Administrator});
}

} // namespace tepat
