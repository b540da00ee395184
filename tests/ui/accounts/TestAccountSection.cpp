#include "tests/core/accounts/AccountsTestSupport.h"
#include "tests/core/requests/RegisterFixture.h"
#include "ui/accounts/AccountSection.h"
#include "ui/common/AppContext.h"

#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

// Pengaturan → Akun, as the administrator links an account to its holder's register record.
class TestAccountSection : public QObject
{
    Q_OBJECT

    // Types `text` into the input dialog the next click opens, and accepts it.
    static void answer(const QString &text)
    {
        QTimer::singleShot(0, [text] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(text);
            dialog->accept();
        });
    }

    static int rowOf(QTableWidget *table, const QString &username)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == username) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void theAdministratorLinksAnAccountToAPerson()
    {
        TempStore store;
        QVERIFY(importTwoFamilies(store));
        Session admin = seedAccounts(*store.db, store.clock);
        AppContext context{*store.db, store.clock, admin, store.file(QStringLiteral("files"))};
        const AccountService accounts(*store.db, store.clock, fastHasher());
        AccountSection section(context, accounts, nullptr);
        section.show();
        QTableWidget *table = section.table();
        const int row = rowOf(table, QStringLiteral("operator"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 5)->text(), QStringLiteral("tidak ditautkan"));
        table->selectRow(row);
        auto *link = section.findChild<QPushButton *>(QStringLiteral("linkPerson"));
        QVERIFY(link);

        answer(QStringLiteral("H9.01")); // not in the register: refused, said, nothing changes
        link->click();
        QVERIFY(accounts.find(QStringLiteral("operator"))->personId.isEmpty());
        QVERIFY(section.findChildren<QLabel *>().size() > 0);

        table->selectRow(rowOf(table, QStringLiteral("operator")));
        answer(QStringLiteral("H2.01"));
        link->click();
        QCOMPARE(accounts.find(QStringLiteral("operator"))->personId, QStringLiteral("H2.01"));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("operator")), 5)->text(),
                 QStringLiteral("H2.01"));

        table->selectRow(rowOf(table, QStringLiteral("operator")));
        answer(QString());
        link->click();
        QVERIFY(accounts.find(QStringLiteral("operator"))->personId.isEmpty());
    }
};

QTEST_MAIN(TestAccountSection)
#include "TestAccountSection.moc"
