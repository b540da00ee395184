#include "core/photos/FamilyCardPhotos.h"
#include "core/photos/HouseholdPhotos.h"
#include "tests/support/FieldImages.h"
#include "tests/support/TestSupport.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The kartu keluarga slot: who may see it is decided in the service (Permission::ViewFamilyCard:
// administrator, operator, field staff, not the village head), and the card never becomes a
// thumbnail or a house photo.
class TestFamilyCardPhotos : public QObject
{
    Q_OBJECT

    static QString cardFile(TempStore &store, int seed = 3)
    {
        const QString path = store.file(QStringLiteral("kk.jpg"));
        writeFile(path, jpegOf(houseScene(QSize(1200, 800), seed)));
        return path;
    }

    static const QString &hh()
    {
        static const QString id = QStringLiteral("3571031001.000042");
        return id;
    }

    static int cachedFiles(const QString &root)
    {
        int n = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            n += it.next().contains(QStringLiteral("/cache/"));
        }
        return n;
    }

private Q_SLOTS:
    void seeingACardNeedsThePermission()
    {
        TempStore store;
        const FamilyCardPhotos cards(*store.db, store.clock, ContentStore::rootFor(store.path()));
        const Session field = as(QStringLiteral("budi"), Role::FieldStaff);
        const Session head = as(QStringLiteral("lurah"), Role::VillageHead);
        const Result<FamilyCardPhoto> added = cards.attachFile(hh(), cardFile(store), field);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->addedBy, QStringLiteral("budi"));

        for (const Session &allowed : {field, as(QStringLiteral("rina"), Role::Operator),
                                       as(QStringLiteral("admin"), Role::Administrator)}) {
            QVERIFY(FamilyCardPhotos::permittedToView(allowed));
            const Result<QList<FamilyCardPhoto>> list = cards.cards(hh(), allowed);
            QVERIFY(list);
            QCOMPARE(list->size(), 1);
            const Result<QByteArray> jpeg = cards.image(added->id, allowed);
            QVERIFY(jpeg);
            QCOMPARE(ContentStore::sha256Of(*jpeg), added->sha256);
        }

        // The village head is refused by the service itself, whoever calls it.
        QCOMPARE(FamilyCardPhotos::permittedToView(head).error().code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(cards.cards(hh(), head).error().code, QStringLiteral("auth.forbidden"));
        const Result<QByteArray> refused = cards.image(added->id, head);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(refused.error().message.contains(QStringLiteral("kartu keluarga")));
        QCOMPARE(cards.attachFile(hh(), cardFile(store, 4), head).error().code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(cards.remove(added->id, head).error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_family_card WHERE "
                                            "removed_at IS NULL")),
                 1);
        // That a card is there may be shown to anyone; the card itself is not.
        QCOMPARE(cards.count(hh()).value(), 1);
    }

    void neverAThumbnailNorAHousePhoto()
    {
        TempStore store;
        const QString root = ContentStore::rootFor(store.path());
        const FamilyCardPhotos cards(*store.db, store.clock, root);
        const Session field = as(QStringLiteral("budi"), Role::FieldStaff);
        const Result<FamilyCardPhoto> added = cards.attachFile(hh(), cardFile(store), field);
        QVERIFY(added);
        QCOMPARE(cachedFiles(root), 0);
        QVERIFY(HouseholdPhotos(*store.db, store.clock, root).photos(hh()).value().isEmpty());
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_photo")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM attachment WHERE kind = "
                                            "'family_card'")),
                 1);
        // The same card again is the same row.
        const Result<FamilyCardPhoto> again = cards.attachFile(hh(), cardFile(store), field);
        QVERIFY(again);
        QCOMPARE(again->id, added->id);
    }

    void removingIsAStateAndAudited()
    {
        TempStore store;
        const FamilyCardPhotos cards(*store.db, store.clock, ContentStore::rootFor(store.path()));
        const Session op = as(QStringLiteral("rina"), Role::Operator);
        const Result<FamilyCardPhoto> added = cards.attachFile(hh(), cardFile(store), op);
        QVERIFY(added);
        QVERIFY(cards.remove(added->id, op));
        QVERIFY(cards.cards(hh(), op).value().isEmpty());
        QCOMPARE(cards.image(added->id, op).error().code, QStringLiteral("photo.not_found"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_family_card WHERE "
                                            "removed_by = 'rina' AND removed_at IS NOT NULL")),
                 1);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action IN "
                                            "('family_card.add', 'family_card.remove')")),
                 2);
    }

    void everyOpeningIsAudited()
    {
        TempStore store;
        const FamilyCardPhotos cards(*store.db, store.clock, ContentStore::rootFor(store.path()));
        const Session op = as(QStringLiteral("rina"), Role::Operator);
        const Result<FamilyCardPhoto> added = cards.attachFile(hh(), cardFile(store), op);
        QVERIFY(added);
        const QString opened =
            QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = 'family_card.open'");
        QCOMPARE(store.count(opened), 0); // adding and listing are not openings
        QVERIFY(cards.cards(hh(), op));
        QCOMPARE(store.count(opened), 0);
        QVERIFY(cards.image(added->id, op));
        QVERIFY(cards.image(added->id, as(QStringLiteral("budi"), Role::FieldStaff)));
        QCOMPARE(store.count(opened), 2);
        auto entry = store.db->query(QStringLiteral(
            "SELECT actor, object_type, object_id, details FROM audit_entry WHERE action = "
            "'family_card.open' ORDER BY id"));
        QVERIFY(entry && entry->next());
        QCOMPARE(entry->value(0).toString(), QStringLiteral("rina"));
        QCOMPARE(entry->value(1).toString(), QStringLiteral("household"));
        QCOMPARE(entry->value(2).toString(), hh());
        QCOMPARE(QJsonDocument::fromJson(entry->value(3).toByteArray())
                     .object()
                     .value(QLatin1String("card_id"))
                     .toInteger(),
                 added->id);
        // A refused opening, or one of a card that is gone, shows nothing and records nothing.
        QVERIFY(!cards.image(added->id, as(QStringLiteral("lurah"), Role::VillageHead)));
        QVERIFY(!cards.image(added->id + 100, op));
        QCOMPARE(store.count(opened), 2);
    }
};

QTEST_GUILESS_MAIN(TestFamilyCardPhotos)
#include "TestFamilyCardPhotos.moc"
