#include "core/accounts/Authenticator.h"
#include "tests/core/accounts/AccountsTestSupport.h"
#include "ui/accounts/IdleLock.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace tepat;
using namespace tepat::test;

// The lock covers every window and keeps what was typed: nothing is closed or reset.
class TestIdleLock : public QObject
{
    Q_OBJECT

    struct Desk
    {
        TempStore store;
        Session session = sessionAs(Role::Operator);
        std::unique_ptr<Authenticator> auth;
        QMainWindow window;
        QLineEdit *name = nullptr;
        QDialog *form = nullptr;
        QTextEdit *notes = nullptr;

        Desk()
        {
            seedAccounts(*store.db, store.clock);
            auth = std::make_unique<Authenticator>(*store.db, store.clock, fastHasher());
            session =
                auth->signIn(QStringLiteral("operator"), QStringLiteral("sandi-operator"))->session;
            auto *central = new QWidget(&window);
            auto *layout = new QVBoxLayout(central);
            name = new QLineEdit(central);
            layout->addWidget(name);
            window.setCentralWidget(central);
            window.resize(600, 400);
            window.show();
            // An open form in its own window, with unsaved text.
            form = new QDialog(&window);
            notes = new QTextEdit(form);
            (new QVBoxLayout(form))->addWidget(notes);
            form->show();
        }
    };

    static QList<QWidget *> curtains(QWidget *topLevel)
    {
        QList<QWidget *> visible;
        for (QWidget *w : topLevel->findChildren<QWidget *>(QStringLiteral("lockCurtain"),
                                                            Qt::FindDirectChildrenOnly)) {
            if (w->isVisible()) {
                visible.append(w);
            }
        }
        return visible;
    }

    static void typePassword(IdleLock &lock, const QString &password)
    {
        QWidget *dialog = lock.unlockDialog();
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
        field->clear();
        QTest::keyClicks(field, password);
        QTest::keyClick(field, Qt::Key_Return);
    }

private Q_SLOTS:
    void idleTimeLocksAndUnlockingKeepsTheInput()
    {
        Desk desk;
        IdleLock lock(&desk.window, desk.store.clock, desk.session, *desk.auth, 10);
        QTest::keyClicks(desk.name, QStringLiteral("Siti Aminah, RT 003"));
        desk.notes->setFocus();
        QTest::keyClicks(desk.notes, QStringLiteral("catatan kunjungan belum disimpan"));

        desk.store.clock.advanceSeconds(9 * 60);
        lock.checkIdle();
        QVERIFY(!lock.isLocked());
        desk.store.clock.advanceSeconds(60);
        lock.checkIdle();
        QVERIFY(lock.isLocked());

        // Every window is covered edge to edge; the password dialog sits on top.
        QCOMPARE(curtains(&desk.window).size(), 1);
        QCOMPARE(curtains(&desk.window).first()->geometry(), desk.window.rect());
        QCOMPARE(curtains(desk.form).size(), 1);
        QCOMPARE(curtains(desk.form).first()->geometry(), desk.form->rect());
        QVERIFY(lock.unlockDialog() && lock.unlockDialog()->isVisible());
        QVERIFY(lock.unlockDialog()->isModal());
        desk.window.resize(800, 500);
        QCoreApplication::processEvents();
        QCOMPARE(curtains(&desk.window).first()->geometry(), desk.window.rect());

        // The wrong password keeps it locked and says why.
        typePassword(lock, QStringLiteral("sandi-admin"));
        QVERIFY(lock.isLocked());
        QVERIFY(lock.unlockDialog()->findChild<QLabel *>(QStringLiteral("problem"))->isVisible());
        // Escape does not open it either (and leaving is declined here).
        int asked = 0;
        lock.setQuitConfirmation([&asked] {
            ++asked;
            return false;
        });
        QTest::keyClick(lock.unlockDialog(), Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(lock.isLocked());
        QVERIFY(lock.unlockDialog()->isVisible());

        typePassword(lock, QStringLiteral("sandi-operator"));
        QVERIFY(!lock.isLocked());
        QVERIFY(curtains(&desk.window).isEmpty());
        QVERIFY(curtains(desk.form).isEmpty());
        QVERIFY(desk.form->isVisible());
        QCOMPARE(desk.name->text(), QStringLiteral("Siti Aminah, RT 003"));
        QCOMPARE(desk.notes->toPlainText(), QStringLiteral("catatan kunjungan belum disimpan"));
        QCOMPARE(desk.store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'session.unlock'")),
                 1);
        QCOMPARE(desk.store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action "
                                                 "= 'login.failed' AND actor = 'operator'")),
                 1);
    }

    void activityPostponesTheLock()
    {
        Desk desk;
        IdleLock lock(&desk.window, desk.store.clock, desk.session, *desk.auth, 5);
        desk.store.clock.advanceSeconds(4 * 60);
        QTest::keyClick(desk.name, Qt::Key_A);
        desk.store.clock.advanceSeconds(4 * 60);
        lock.checkIdle();
        QVERIFY(!lock.isLocked());
        desk.store.clock.advanceSeconds(60);
        lock.checkIdle();
        QVERIFY(lock.isLocked());
    }

    void ctrlLLocksAtOnce()
    {
        Desk desk;
        IdleLock lock(&desk.window, desk.store.clock, desk.session, *desk.auth, 10);
        desk.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&desk.window));
        QTest::keyClick(desk.name, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(lock.isLocked());
        typePassword(lock, QStringLiteral("sandi-operator"));
        QVERIFY(!lock.isLocked());
    }
};

QTEST_MAIN(TestIdleLock)
#include "TestIdleLock.moc"
