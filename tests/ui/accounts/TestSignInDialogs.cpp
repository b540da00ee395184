#include "core/accounts/Authenticator.h"
#include "tests/core/accounts/AccountsTestSupport.h"
#include "ui/accounts/SignInDialogs.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

class TestSignInDialogs : public QObject
{
    Q_OBJECT

    static void fill(QWidget *dialog, const char *name, const QString &text)
    {
        auto *field = dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(field, name);
        field->setText(text);
    }

    static QString problem(QWidget *dialog)
    {
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("problem"));
        return label->isVisible() ? label->text() : QString();
    }

private Q_SLOTS:
    void firstStartCreatesTheAdministrator()
    {
        TempStore store;
        Authenticator auth(*store.db, store.clock, fastHasher());
        FirstStartDialog dialog(*store.db, store.clock, auth);
        dialog.show();
        fill(&dialog, "username", QStringLiteral("rina"));
        fill(&dialog, "displayName", QStringLiteral("Rina Wulandari"));
        fill(&dialog, "password", QStringLiteral("sandi-rina-1"));
        fill(&dialog, "repeatPassword", QStringLiteral("sandi-rina-2"));
        dialog.accept();
        QVERIFY(problem(&dialog).contains(QStringLiteral("tidak sama")));
        QVERIFY(!dialog.session());
        fill(&dialog, "repeatPassword", QStringLiteral("sandi-rina-1"));
        dialog.accept();
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->actor().role, Role::Administrator);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void wrongPasswordsDisableSignInUntilTheWaitIsOver()
    {
        TempStore store;
        seedAccounts(*store.db, store.clock);
        Authenticator auth(*store.db, store.clock, fastHasher());
        LoginDialog dialog(*store.db, store.clock, auth);
        dialog.show();
        auto *signIn = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        fill(&dialog, "username", QStringLiteral("kades"));
        for (int i = 0; i < 3; ++i) {
            fill(&dialog, "password", QStringLiteral("salah"));
            dialog.accept();
        }
        QVERIFY(problem(&dialog).contains(QStringLiteral("5 detik")));
        QVERIFY(!signIn->isEnabled());
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        store.clock.advanceSeconds(3);
        dialog.refreshWait();
        QVERIFY(problem(&dialog).contains(QStringLiteral("2 detik")));
        QVERIFY(!signIn->isEnabled());
        store.clock.advanceSeconds(2);
        dialog.refreshWait();
        QVERIFY(signIn->isEnabled());
        fill(&dialog, "password", QStringLiteral("sandi-kades"));
        dialog.accept();
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->username(), QStringLiteral("kades"));
    }

    // A password set by the administrator must be replaced before the window opens.
    void temporaryPasswordMustBeChanged()
    {
        TempStore store;
        const Session admin = seedAccounts(*store.db, store.clock);
        QVERIFY(
            AccountService(*store.db, store.clock, fastHasher())
                .resetPassword(admin, QStringLiteral("lapangan"), QStringLiteral("sementara-1")));
        Authenticator auth(*store.db, store.clock, fastHasher());
        LoginDialog dialog(*store.db, store.clock, auth);
        dialog.show();
        fill(&dialog, "username", QStringLiteral("lapangan"));
        fill(&dialog, "password", QStringLiteral("sementara-1"));
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto *change = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(change && change->objectName() == QLatin1String("passwordChangeDialog"));
            seen = true;
            fill(change, "currentPassword", QStringLiteral("sementara-1"));
            fill(change, "newPassword", QStringLiteral("sandi-sendiri-1"));
            fill(change, "repeatPassword", QStringLiteral("sandi-sendiri-1"));
            change->accept();
        });
        dialog.accept();
        QVERIFY(seen);
        QVERIFY(dialog.session());
        QVERIFY(auth.signIn(QStringLiteral("lapangan"), QStringLiteral("sandi-sendiri-1")));
    }
};

QTEST_MAIN(TestSignInDialogs)
#include "TestSignInDialogs.moc"
