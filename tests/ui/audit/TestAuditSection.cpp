#include "core/storage/AuditTrail.h"
#include "tests/support/TestSupport.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditSection.h"
#include "ui/common/AppContext.h"

#include <QHeaderView>
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

    void anEntryFromAFieldLaptopNamesTheLaptop()
    {
        Fixture f;
        // As a results bundle merge appends it (FieldAuditMerge).
        QVERIFY(
            AuditTrail(*f.store.db, f.store.clock)
                .record(QStringLiteral("budi"), QStringLiteral("fieldwork.visit"),
                        QStringLiteral("household"), QStringLiteral("3571031001.000001"),
                        {{QStringLiteral("field_at"), QStringLiteral("2026-11-22T02:15:00.000Z")},
                         {QStringLiteral("field_device"), QStringLiteral("0D04B64B")},
                         {QStringLiteral("field_entry"), 7}}));
        AuditSection section(f.context);
        const AuditLogModel *model = section.model();
        QCOMPARE(model->entry(0).id, 301);
        QCOMPARE(model->data(model->index(0, AuditLogModel::Actor), Qt::DisplayRole).toString(),
                 QStringLiteral("budi (laptop 0D04B64B)"));
        QCOMPARE(model->data(model->index(0, AuditLogModel::Action), Qt::DisplayRole).toString(),
                 QStringLiteral("Kunjungan verifikasi dicatat"));
        const QString details =
            model->data(model->index(0, AuditLogModel::Details), Qt::DisplayRole).toString();
        QVERIFY2(details.contains(QStringLiteral("waktu di lapangan: 22 November 2026 09.15")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("catatan laptop: #7")), qPrintable(details));
        // An office entry keeps the plain name.
        QCOMPARE(model->data(model->index(1, AuditLogModel::Actor), Qt::DisplayRole).toString(),
                 QStringLiteral("budi"));
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

    // The section was built when the trail held one entry (the first start) and showed that
    // one forever: 1 of 291. It follows the store, also while it was hidden, and pages on.
    void followsTheTrailAsItGrows()
    {
        TempStore store;
        Session session{
            Actor{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator}};
        AppContext context{*store.db, store.clock, session, {}};
        const AuditTrail trail(*store.db, store.clock);
        QVERIFY(trail.record(QStringLiteral("admin"), QStringLiteral("account.create"),
                             QStringLiteral("account"), QStringLiteral("admin")));
        AuditSection section(context);
        section.resize(1000, 600);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QCOMPARE(section.model()->rowCount(), 1);
        QVERIFY(!section.model()->canFetchMore({}));

        for (int i = 1; i <= 290; ++i) {
            QVERIFY(trail.record(QStringLiteral("rina"), QStringLiteral("request.create"),
                                 QStringLiteral("change_request"), QString::number(i)));
        }
        QTRY_COMPARE(section.model()->rowCount(), 200);
        QCOMPARE(section.model()->entry(0).id, 291);
        QVERIFY(section.model()->canFetchMore({}));
        section.model()->fetchMore({});
        QCOMPARE(section.model()->rowCount(), 291);

        section.hide();
        QVERIFY(trail.record(QStringLiteral("rina"), QStringLiteral("letter.issue"),
                             QStringLiteral("letter"), QStringLiteral("1")));
        QCoreApplication::processEvents();
        QCOMPARE(section.model()->entry(0).id, 291); // hidden: not read yet
        section.show();
        QTRY_COMPARE(section.model()->entry(0).id, 292);
        QCOMPARE(section.model()->data(section.model()->index(0, AuditLogModel::Action),
                                       Qt::DisplayRole),
                 QVariant(QStringLiteral("Surat diterbitkan")));
        QCOMPARE(section.model()->data(section.model()->index(0, AuditLogModel::Object),
                                       Qt::DisplayRole),
                 QVariant(QStringLiteral("Surat #1")));
    }

    // "No." and the numbers under it are never cut off.
    void numberColumnFitsItsHeaderAndNumbers()
    {
        Fixture f;
        AuditSection section(f.context);
        section.resize(1000, 600);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QHeaderView *header = section.view()->horizontalHeader();
        const int width = header->sectionSize(AuditLogModel::Number);
        QVERIFY2(width >= header->sectionSizeHint(AuditLogModel::Number),
                 qPrintable(QString::number(width)));
        QVERIFY(width >= static_cast<QAbstractItemView *>(section.view())
                             ->sizeHintForColumn(AuditLogModel::Number));
    }
};

QTEST_MAIN(TestAuditSection)
#include "TestAuditSection.moc"
