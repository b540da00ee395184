#include "AppContext.h"
#include "audit/AuditLogModel.h"
#include "audit/AuditSection.h"
#include "audit/AuditTrail.h"
#include "support/TestSupport.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestAuditSection : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TempStore store;
        Session session{
            Actor{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator}};
        AppContext context{*store.db, store.clock, session, {}};

        Fixture()
        {
            const AuditTrail trail(*store.db, store.clock);
            for (int i = 1; i <= 300; ++i) {
                store.clock.advanceSeconds(30);
                if (!trail.record(i % 2 ? QStringLiteral("rina") : QStringLiteral("budi"),
                                  QStringLiteral("request.create"),
                                  QStringLiteral("change_request"), QString::number(i))) {
                    qFatal("record");
                }
            }
        }
    };

    static bool verify(AuditSection &section)
    {
        QSignalSpy done(&section, &AuditSection::verified);
        section.findChild<QPushButton *>(QStringLiteral("verify"))->click();
        if (!done.wait(30000)) {
            qFatal("verification did not finish");
        }
        return done.first().first().toBool();
    }

private Q_SLOTS:
    void listsNewestFirstAndSearches()
    {
        Fixture f;
        AuditSection section(f.context);
        AuditLogModel *model = section.model();
        QCOMPARE(model->rowCount(), 200);
        QCOMPARE(model->entry(0).id, 300);
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), 300);
        QCOMPARE(model->data(model->index(0, AuditLogModel::Action), Qt::DisplayRole).toString(),
                 QStringLiteral("Usulan dibuat"));
        QCOMPARE(model->data(model->index(0, AuditLogModel::Time), Qt::DisplayRole).toString(),
                 QStringLiteral("23 November 2026 12.30.00"));

        auto *search = section.findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("budi"));
        QTRY_COMPARE(model->rowCount(), 150);
        search->setText(QStringLiteral("#17"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->entry(0).objectId, QStringLiteral("17"));
    }

    void verifyingSaysIntact()
    {
        Fixture f;
        AuditSection section(f.context);
        QVERIFY(verify(section));
        QVERIFY2(section.resultText().startsWith(QStringLiteral("Utuh: 300 catatan")),
                 qPrintable(section.resultText()));
        QVERIFY(!section.findChild<QPushButton *>(QStringLiteral("showBroken"))->isVisible());
    }

    // The result names the exact entry and the list jumps to it, even far down the trail.
    void verifyingShowsTheExactPlace()
    {
        Fixture f;
        QVERIFY(f.store.db->execute("DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET "
                                    "object_id = '9999' WHERE id = 42"));
        AuditSection section(f.context);
        section.show();
        QVERIFY(!verify(section));
        QVERIFY2(section.resultText().contains(QStringLiteral("#42")),
                 qPrintable(section.resultText()));
        QVERIFY(section.findChild<QPushButton *>(QStringLiteral("showBroken"))->isVisible());
        const QModelIndexList selected = section.view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(section.model()->entry(selected.first().row()).id, 42);
        QCOMPARE(section.model()->entry(0).id, 45);
    }
};

QTEST_MAIN(TestAuditSection)
#include "TestAuditSection.moc"
