#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tepat {

// What a signed-in person may do. Controllers check permissions themselves (never only by
// hiding buttons): call Session::require() before acting.
enum class Permission
{
    Draft,            // prepare and edit change requests, take photos and points
    Decide,           // record musyawarah decisions
    Send,             // put approved requests in the outbox and sync
    PrintLetters,     // issue surat keterangan
    ManageAccounts,   // create and change accounts
    RestoreBackups,   // restore a backup over the current data
    ReadComplaints,   // see the register of complaints (pengaduan) and objections (sanggah)
    HandleComplaints, // record complaints and handle them (answer, close, forward to Dinsos)
    ViewFamilyCard    // see the photo of a family card (kartu keluarga: every member's NIK)
};

enum class Role
{
    Administrator,
    Operator,
    FieldStaff,
    VillageHead // kepala desa / lurah: decides in musyawarah and signs letters
};

struct Actor
{
    QString username;
    QString displayName;
    Role role = Role::Operator;
};

class RolePolicy
{
    Q_DECLARE_TR_FUNCTIONS(RolePolicy)

public:
    static bool allows(Role role, Permission permission);
    static QString code(Role role);
    static std::optional<Role> roleFromCode(QStringView code);
    static QString label(Role role);
    static QString label(Permission permission);
    static QList<Role> allRoles();
};

// Who is at the keyboard. Until accounts exist on this installation, the operating-system
// user works as administrator (see the Accounts issue).
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    explicit Session(Actor actor)
        : m_actor(std::move(actor))
    {}

    const Actor &actor() const { return m_actor; }
    const QString &username() const { return m_actor.username; }
    bool can(Permission permission) const { return RolePolicy::allows(m_actor.role, permission); }
    Status require(Permission permission) const;

    static Session localAdministrator();
    // The same under a name of the caller's choosing (tepat-cli --actor, demo data).
    static Session localAdministrator(const QString &name);

private:
    Actor m_actor;
};

} // namespace tepat
