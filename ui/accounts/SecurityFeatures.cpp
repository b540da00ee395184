#include "ui/accounts/SecurityFeatures.h"

#include "core/accounts/AccountService.h"
#include "core/accounts/Authenticator.h"
#include "ui/accounts/AccountSection.h"
#include "ui/accounts/IdleLock.h"
#include "ui/audit/AuditSection.h"
#include "ui/backup/BackupController.h"
#include "ui/backup/BackupSection.h"
#include "ui/common/AppContext.h"
#include "ui/settings/SettingsPage.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace tepat {

SecurityFeatures::SecurityFeatures(MainWindow &window, AppContext &context, SettingsPage &settings)
    : QObject(&window)
    , m_auth(std::make_unique<Authenticator>(context.db, context.clock))
    , m_accounts(std::make_unique<AccountService>(context.db, context.clock))
{
    setObjectName(QStringLiteral("securityFeatures"));
    m_lock = new IdleLock(&window, context.clock, context.session, *m_auth,
                          m_accounts->idleLockMinutes(), this);
    m_backups = new BackupController(context, this);
    m_audit = new AuditSection(context);
    settings.addSection(tr("Akun"), new AccountSection(context, *m_accounts, m_lock));
    settings.addSection(tr("Cadangan"), new BackupSection(context, *m_backups));
    settings.addSection(tr("Jejak audit"), m_audit);

    const Actor &me = context.session.actor();
    auto *who = new QLabel(tr("Masuk sebagai %1 (%2)")
                               .arg(me.displayName.isEmpty() ? me.username : me.displayName,
                                    RolePolicy::label(me.role)),
                           &window);
    who->setObjectName(QStringLiteral("signedInAs"));
    window.statusBar()->addPermanentWidget(who);

    // After the first paint: check the audit chain, then whether a backup is due.
    QTimer::singleShot(0, this, [this] {
        m_audit->verify(true);
        m_backups->checkSchedule();
    });
}

SecurityFeatures::~SecurityFeatures()
{
    // The lock and the backup jobs use the authenticator and the store: stop them first.
    delete m_lock;
    delete m_backups;
}

SecurityFeatures *addSecurityFeatures(MainWindow &window, AppContext &context,
                                      SettingsPage &settings)
{
    return new SecurityFeatures(window, context, settings);
}

} // namespace tepat
