#include "tests/core/fieldwork/FieldRoundTrip.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditVerifier.h"
#include "core/fieldwork/FieldAuditExport.h"
#include "core/fieldwork/FieldAuditMerge.h"
#include "core/fieldwork/FieldSeal.h"
#include "core/storage/AuditTrail.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// A laptop's audit entries travel in its results bundles (FieldAuditExport) and join the
// office's hash chain once (FieldAuditMerge), as office entries that keep the field actor, the
// field time and the laptop: the chain still verifies, the readable log names the laptop, a
// replayed, re-exported or late bundle adds nothing twice, and no NIK leaves the laptop.
class TestFieldAuditMerge : public QObject
{
    Q_OBJECT

    static qint64 count(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        auto q = db.query(sql, values);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    // The laptop entries the office holds: "<device> #<laptop entry>" each.
    static QStringList fieldEntries(const Database &office)
    {
        QStringList entries;
        auto q = office.query(QStringLiteral(
            "SELECT json_extract(details, '$.field_device') || ' #' || json_extract(details, "
            "'$.field_entry') FROM audit_entry WHERE json_extract(details, '$.field_device') IS "
            "NOT NULL ORDER BY 1"));
        while (q && q->next()) {
            entries << q->value(0).toString();
        }
        return entries;
    }
    static QString deviceOf(const Database &laptop)
    {
        auto q = laptop.query(QStringLiteral("SELECT hex(public_key) FROM field_identity"));
        return q && q->next() ? q->value(0).toString().toLower() : QString();
    }
    static void verifyChain(const Database &db)
    {
        const Result<AuditVerification> v = AuditVerifier(db).verify();
        QVERIFY2(v, v ? "" : qPrintable(v.error().message));
        QVERIFY2(v->intact(), v->broken ? qPrintable(v->broken->message) : "");
    }

private Q_SLOTS:
    void theLaptopsEntriesJoinTheOfficeChainOnce()
    {
        FieldRoundTrip field;
        field.fieldDay();
        const Database &laptop = *field.laptop;
        // On the laptop: the package, three visits, a photo and a point, each with its entry.
        const QString sincePackage = QStringLiteral(
            "id >= (SELECT MIN(id) FROM audit_entry WHERE action = 'fieldwork.package_import')");
        const qint64 onLaptop =
            count(laptop, QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE ") + sincePackage);
        QVERIFY(onLaptop >= 6);
        const QString bundle = field.exportBundle();
        const Result<BundleMergeReport> r = field.merge(bundle);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->auditEntries, int(onLaptop));

        const Database &office = *field.f.office.db;
        const QString device = FieldAuditMerge::deviceName(deviceOf(laptop));
        QCOMPARE(device.size(), 8);
        QCOMPARE(fieldEntries(office).size(), onLaptop);
        // Each keeps its field actor, action, object and time (the export's own entry, written
        // after the bundle was read, goes with the next bundle).
        auto l = laptop.query(QStringLiteral("SELECT id, at, actor, action, object_type, "
                                             "object_id FROM audit_entry WHERE action <> "
                                             "'fieldwork.bundle_export' AND ") +
                              sincePackage + QStringLiteral(" ORDER BY id"));
        QVERIFY(l);
        while (l->next()) {
            QCOMPARE(count(office,
                           QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND "
                                          "action = ? AND object_type = ? AND object_id = ? AND "
                                          "json_extract(details, '$.field_at') = ? AND "
                                          "json_extract(details, '$.field_entry') = ? AND "
                                          "json_extract(details, '$.field_device') = ?"),
                           {l->value(2), l->value(3), l->value(4), l->value(5), l->value(1),
                            l->value(0), device}),
                     1);
        }
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                              "'fieldwork.visit' AND actor = 'budi' AND "
                                              "json_extract(details, '$.field_device') IS NOT "
                                              "NULL")),
                 3);
        // The merge's own entry comes after them and counts them.
        QCOMPARE(count(office, QStringLiteral("SELECT json_extract(details, '$.audit') FROM "
                                              "audit_entry WHERE action = "
                                              "'fieldwork.bundle_merge'")),
                 onLaptop);
        verifyChain(office);

        // The same bundle again: not one entry more.
        const QString head = AuditTrail(office, field.f.office.clock).head().value();
        const Result<BundleMergeReport> again = field.merge(bundle);
        QVERIFY(again);
        QCOMPARE(again->auditEntries, 0);
        QCOMPARE(AuditTrail(office, field.f.office.clock).head().value(), head);
        QCOMPARE(fieldEntries(office).size(), onLaptop);
        verifyChain(office);
    }

    void theReadableLogNamesTheFieldActorAndTheLaptop()
    {
        FieldRoundTrip field;
        field.fieldDay();
        QVERIFY(field.merge(field.exportBundle()));
        const Database &office = *field.f.office.db;
        const QString device = FieldAuditMerge::deviceName(deviceOf(*field.laptop));
        const Result<QList<AuditEntry>> page = AuditLog(office).page(QString(), 0, 200);
        QVERIFY(page);
        int fromTheField = 0;
        for (const AuditEntry &e : *page) {
            if (e.action != QLatin1String("fieldwork.visit")) {
                continue;
            }
            ++fromTheField;
            QCOMPARE(AuditLog::actorLabel(e), QStringLiteral("budi (laptop %1)").arg(device));
            QCOMPARE(AuditLog::actionLabel(e.action),
                     QStringLiteral("Kunjungan verifikasi dicatat"));
            const QString words = AuditLog::describe(e);
            QVERIFY2(words.contains(QStringLiteral("waktu di lapangan: 23 November 2026")),
                     qPrintable(words));
            QVERIFY2(words.contains(QStringLiteral("catatan laptop: #")), qPrintable(words));
            QVERIFY(!words.contains(device)); // already in the actor
        }
        QCOMPARE(fromTheField, 3);
        // An office entry of the operator stays as it was.
        for (const AuditEntry &e : *page) {
            if (e.action == QLatin1String("fieldwork.bundle_merge")) {
                QCOMPARE(AuditLog::actorLabel(e), QStringLiteral("rina"));
            }
        }
    }

    void nextBundlesCarryOnlyWhatIsNew()
    {
        FieldRoundTrip field;
        field.fieldDay();
        QVERIFY(field.merge(field.exportBundle()));
        const Database &office = *field.f.office.db;
        const qint64 first = fieldEntries(office).size();
        Visit v;
        v.householdId = field.ids[3];
        v.visitedOn = QDate(2026, 11, 23);
        field.record(v);
        // The first bundle's own export entry and the new visit.
        const Result<BundleMergeReport> second = field.merge(field.exportBundle());
        QVERIFY(second);
        QCOMPARE(second->auditEntries, 2);
        QCOMPARE(fieldEntries(office).size(), first + 2);
        verifyChain(office);
    }

    void anOlderBundleAfterANewerOneAddsNothingTwice()
    {
        FieldRoundTrip field;
        field.fieldDay();
        const QString older = field.exportBundle();
        Visit v;
        v.householdId = field.ids[3];
        v.visitedOn = QDate(2026, 11, 23);
        field.record(v);
        const QString newer = field.exportBundle();
        const QString everything = field.exportBundle(true);
        const Database &office = *field.f.office.db;

        // Newer first, then the older: together what they carried, each entry once.
        const Result<BundleMergeReport> n = field.merge(newer);
        const Result<BundleMergeReport> o = field.merge(older);
        QVERIFY(n && o);
        QCOMPARE(n->auditEntries, 2); // the older bundle's export entry and the visit
        QVERIFY(o->auditEntries >= 6);
        const QStringList entries = fieldEntries(office);
        QCOMPARE(entries.size(), qsizetype(n->auditEntries + o->auditEntries));
        QCOMPARE(QSet<QString>(entries.begin(), entries.end()).size(), entries.size());
        // A bundle of everything brings only the newer bundle's export entry; the older ones
        // replayed after it bring nothing.
        const Result<BundleMergeReport> all = field.merge(everything);
        QVERIFY(all);
        QCOMPARE(all->auditEntries, 1);
        const QString head = AuditTrail(office, field.f.office.clock).head().value();
        QCOMPARE(field.merge(older)->auditEntries, 0);
        QCOMPARE(field.merge(newer)->auditEntries, 0);
        QCOMPARE(AuditTrail(office, field.f.office.clock).head().value(), head);
        verifyChain(office);
    }

    void twoLaptopsInEitherOrderGiveTheSameEntries()
    {
        // Office A takes laptop 1 then laptop 2, office B the other way round: same entries.
        QStringList seen[2];
        for (int order = 0; order < 2; ++order) {
            FieldRoundTrip field;
            field.fieldDay();
            const QString first = field.exportBundle();
            // A second laptop for "sari", with other households.
            const FieldworkFixture &f = field.f;
            WorkPackageWriter::Request request;
            request.selection = {{}, {}, f.firstHouseholds(9).mid(6)};
            request.assignee = QStringLiteral("sari");
            request.passphrase = FieldworkFixture::passphrase;
            request.outputPath = f.packagePath(QStringLiteral("paket-sari.tepatpkg"));
            request.cost = PasswordCost::fastForTests();
            QVERIFY(f.writer().write(f.operatorSession, request));
            const QString sariPath = f.office.file(QStringLiteral("laptop-sari/tepat.sqlite"));
            QVERIFY(WorkPackageReader(f.office.clock)
                        .import({request.outputPath,
                                 FieldworkFixture::passphrase,
                                 sariPath,
                                 {},
                                 QStringLiteral("sari")}));
            auto sari = std::move(Database::open(sariPath).value());
            const Session sariSession{
                Actor{QStringLiteral("sari"), QStringLiteral("Sari"), Role::FieldStaff}};
            Visit v;
            v.householdId = request.selection.householdIds.value(0);
            v.visitedOn = QDate(2026, 11, 23);
            QVERIFY(FieldVisits(*sari, f.office.clock).record(sariSession, v));
            const QString second = f.office.file(QStringLiteral("usb/hasil-sari.tepatpkg"));
            QVERIFY(ResultsBundleWriter(*sari, f.office.clock, ContentStore::rootFor(sariPath))
                        .write(sariSession, {second, false}));

            const QStringList bundles =
                order == 0 ? QStringList{first, second} : QStringList{second, first};
            for (const QString &b : bundles) {
                const Result<BundleMergeReport> r = field.merge(b);
                QVERIFY2(r, r ? "" : qPrintable(r.error().message));
                QVERIFY(r->auditEntries > 0);
            }
            verifyChain(*f.office.db);
            QCOMPARE(count(*f.office.db,
                           QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE actor = 'sari' "
                                          "AND action = 'fieldwork.visit' AND "
                                          "json_extract(details, '$.field_device') = ?"),
                           {FieldAuditMerge::deviceName(deviceOf(*sari))}),
                     1);
            // The laptops' keys differ between the two runs: compare what each laptop did.
            auto q = f.office.db->query(QStringLiteral(
                "SELECT actor || ' ' || action || ' ' || json_extract(details, '$.field_entry') "
                "FROM audit_entry WHERE json_extract(details, '$.field_device') IS NOT NULL "
                "ORDER BY 1"));
            QVERIFY(q);
            while (q->next()) {
                seen[order] << q->value(0).toString();
            }
        }
        QVERIFY(!seen[0].isEmpty());
        QCOMPARE(seen[0], seen[1]);
    }

    void noIdentityNumberLeavesTheLaptop()
    {
        FieldRoundTrip field;
        const QString nik = QStringLiteral("3505126708900001");
        QVERIFY(AuditTrail(*field.laptop, field.f.office.clock)
                    .record(QStringLiteral("budi"), QStringLiteral("photo.view"),
                            QStringLiteral("household"), field.ids[0],
                            {{QStringLiteral("nik"), nik},
                             {QStringLiteral("view"), QStringLiteral("front")}}));
        const Result<BundleMergeReport> r = field.merge(field.exportBundle());
        QVERIFY(r);
        const Database &office = *field.f.office.db;
        QCOMPARE(count(office,
                       QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE details "
                                      "LIKE ?"),
                       {u'%' + nik + u'%'}),
                 0);
        QCOMPARE(count(office, QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                              "'photo.view' AND json_extract(details, '$.view') "
                                              "= 'front' AND json_extract(details, "
                                              "'$.field_device') IS NOT NULL")),
                 1);
        verifyChain(office);
    }

    void anAlteredEntryIsRefused()
    {
        FieldRoundTrip field;
        field.fieldDay();
        const Result<FieldAuditBatch> batch = FieldAuditExport(*field.laptop).since(false);
        QVERIFY(batch);
        QVERIFY(!batch->entries.isEmpty());
        QJsonArray entries = batch->entries;
        QJsonObject first = entries.first().toObject();
        first.insert(QStringLiteral("actor"), QStringLiteral("rina")); // someone else did it
        entries.replace(0, first);
        FieldContents contents;
        contents.body.insert(QStringLiteral("audit"), entries);
        const Database &office = *field.f.office.db;
        const QString before = storeFingerprint(office);
        const Result<int> r = FieldAuditMerge(office, field.f.office.clock)
                                  .merge(contents, deviceOf(*field.laptop), QStringLiteral("b"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("fieldwork.damaged"));
        QCOMPARE(storeFingerprint(office), before);
        // As the laptop wrote them, they are taken.
        contents.body.insert(QStringLiteral("audit"), batch->entries);
        QCOMPARE(FieldAuditMerge(office, field.f.office.clock)
                     .merge(contents, deviceOf(*field.laptop), QStringLiteral("b"))
                     .value(),
                 int(batch->entries.size()));
    }

    void whatTheStoreRecordedBeforeItBecameALaptopStaysHome()
    {
        FieldRoundTrip field;
        const Result<FieldAuditBatch> all = FieldAuditExport(*field.laptop).since(true);
        QVERIFY(all);
        QVERIFY(!all->entries.isEmpty());
        QCOMPARE(all->entries.first().toObject().value(QLatin1String("action")).toString(),
                 QStringLiteral("fieldwork.package_import"));
        QCOMPARE(all->through,
                 count(*field.laptop, QStringLiteral("SELECT MAX(id) FROM audit_entry")));
    }
};

QTEST_GUILESS_MAIN(TestFieldAuditMerge)
#include "TestFieldAuditMerge.moc"
