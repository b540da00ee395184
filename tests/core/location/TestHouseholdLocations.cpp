#include "core/location/HouseholdLocations.h"
#include "tests/support/FieldVillage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestHouseholdLocations : public QObject
{
    Q_OBJECT

    static LocationFix fixAt(const GeoPoint &point, std::optional<double> accuracy = 5.0)
    {
        LocationFix fix;
        fix.point = point;
        fix.accuracyMetres = accuracy;
        fix.source = LocationSource::Typed;
        return fix;
    }

    static QStringList codes(const Findings &findings)
    {
        QStringList list;
        for (const Finding &f : findings) {
            list << f.code;
        }
        return list;
    }

private Q_SLOTS:
    // Recording a point and changing the thresholds need Permission::Draft in the service:
    // the village head is refused whoever calls, and nothing is stored.
    void recordingNeedsTheDraftPermission()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 3, 2);
        const HouseholdLocations locations(*store.db, store.clock);
        const Session head = as(QStringLiteral("lurah"), Role::VillageHead);
        QCOMPARE(HouseholdLocations::permitted(head).error().code,
                 QStringLiteral("auth.forbidden"));
        const qint64 before =
            store.count(QStringLiteral("SELECT count(*) FROM household_location"));
        const Result<HouseholdPoint> refused =
            locations.record(ids[2], fixAt(offsetMetres(villageCentre(), 30, 30)), head);
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM household_location")), before);
        QCOMPARE((LocationThresholds{50.0, 9.0}.save(*store.db, head)).error().code,
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(LocationThresholds::load(*store.db).maxAccuracyMetres, 20.0);
        QVERIFY(locations.record(ids[2], fixAt(offsetMetres(villageCentre(), 30, 30)),
                                 as(QStringLiteral("budi"), Role::FieldStaff)));
    }

    void thresholdsAreSettingsWithDefaults()
    {
        TempStore store;
        const LocationThresholds defaults = LocationThresholds::load(*store.db);
        QCOMPARE(defaults.maxAccuracyMetres, 20.0);
        QCOMPARE(defaults.maxDistanceKm, 5.0);
        QVERIFY((LocationThresholds{12.5, 2.0}.save(*store.db, as(QStringLiteral("budi")))));
        QCOMPARE(store.db->setting(LocationThresholds::accuracyKey), QStringLiteral("12.5"));
        const LocationThresholds saved = LocationThresholds::load(*store.db);
        QCOMPARE(saved.maxAccuracyMetres, 12.5);
        QCOMPARE(saved.maxDistanceKm, 2.0);
    }

    void accuracyWarnings()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 6, 5);
        const HouseholdLocations locations(*store.db, store.clock);
        const GeoPoint near = offsetMetres(villageCentre(), 40, 40);
        QVERIFY(codes(*locations.check(ids[5], fixAt(near, 8.0))).isEmpty());
        QCOMPARE(codes(*locations.check(ids[5], fixAt(near, 25.0))),
                 QStringList{QStringLiteral("location.accuracy")});
        QCOMPARE(codes(*locations.check(ids[5], fixAt(near, std::nullopt))),
                 QStringList{QStringLiteral("location.accuracy_unknown")});
        QVERIFY((LocationThresholds{30.0, 5.0}.save(*store.db, as(QStringLiteral("budi")))));
        QVERIFY(codes(*locations.check(ids[5], fixAt(near, 25.0))).isEmpty());
    }

    void distanceWarnings()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 6, 5);
        const HouseholdLocations locations(*store.db, store.clock);
        // The village spans 0–400 m east; 3 km east of its centre is 2.6 km from the nearest.
        const Findings threeKm =
            *locations.check(ids[5], fixAt(offsetMetres(villageCentre(), 0, 3000)));
        QVERIFY(codes(threeKm).isEmpty());
        const Findings tenKm =
            *locations.check(ids[5], fixAt(offsetMetres(villageCentre(), 0, 10000)));
        QCOMPARE(codes(tenKm), QStringList{QStringLiteral("location.far")});
        QCOMPARE(tenKm.first().severity, Severity::Warning);
        QVERIFY2(tenKm.first().message.contains(QStringLiteral("9,6 km")),
                 qPrintable(tenKm.first().message));
        QVERIFY((LocationThresholds{20.0, 2.0}.save(*store.db, as(QStringLiteral("budi")))));
        QCOMPARE(codes(*locations.check(ids[5], fixAt(offsetMetres(villageCentre(), 0, 3000)))),
                 QStringList{QStringLiteral("location.far")});
    }

    void noNeighboursNoDistanceWarning()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 3, 1);
        const HouseholdLocations locations(*store.db, store.clock);
        // Only this household has a point: its own earlier point is not a neighbour.
        QVERIFY(codes(*locations.check(ids[0], fixAt(offsetMetres(villageCentre(), 0, 10000))))
                    .isEmpty());
        QCOMPARE(codes(*locations.check(ids[1], fixAt(offsetMetres(villageCentre(), 0, 10000)))),
                 QStringList{QStringLiteral("location.far")});
    }

    void outsideIndonesia()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 2, 0);
        const HouseholdLocations locations(*store.db, store.clock);
        // The usual slip: the minus sign of a southern latitude forgotten.
        QCOMPARE(codes(*locations.check(ids[0], fixAt({7.8166, 112.0119}))),
                 QStringList{QStringLiteral("location.outside_indonesia")});
        QCOMPARE(codes(*locations.check(ids[0], fixAt({-7.8166, -112.0119}))),
                 QStringList{QStringLiteral("location.outside_indonesia")});
        QVERIFY(codes(*locations.check(ids[0], fixAt({5.55, 95.32}))).isEmpty());   // Banda Aceh
        QVERIFY(codes(*locations.check(ids[0], fixAt({-8.49, 140.40}))).isEmpty()); // Merauke
    }

    void impossiblePointIsRefusedAndNothingStored()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 2, 0);
        const HouseholdLocations locations(*store.db, store.clock);
        const Result<HouseholdPoint> bad =
            locations.record(ids[0], fixAt({-97.0, 112.0}), as(QStringLiteral("petugas")));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, QStringLiteral("location.invalid"));
        const Result<HouseholdPoint> negative =
            locations.record(ids[0], fixAt(villageCentre(), -3.0), as(QStringLiteral("petugas")));
        QCOMPARE(negative.error().code, QStringLiteral("location.accuracy_invalid"));
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM household_location")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                            "'location.record'")),
                 0);
    }

    void historyIsKeptAndTheLatestIsCurrent()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 6, 5);
        const HouseholdLocations locations(*store.db, store.clock);
        // Before anything is recorded here, the register's point is current.
        std::optional<HouseholdPoint> current = *locations.current(ids[0]);
        QVERIFY(current);
        QCOMPARE(current->fix.source, LocationSource::Register);
        QVERIFY(!*locations.current(ids[5]));

        LocationFix gps = fixAt(offsetMetres(villageCentre(), 10, 10), 25.0);
        gps.source = LocationSource::NmeaLog;
        gps.time = QDateTime(QDate(2026, 11, 23), QTime(2, 15, 31), Qt::UTC);
        const Result<HouseholdPoint> first =
            locations.record(ids[0], gps, as(QStringLiteral("ani")));
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->warnings.size(), 1); // accuracy 25 m > 20 m, accepted and recorded
        store.clock.advanceSeconds(60);
        const Result<HouseholdPoint> second = locations.record(
            ids[0], fixAt(offsetMetres(villageCentre(), 12, 12), 4.0), as(QStringLiteral("budi")));
        QVERIFY(second.ok());

        current = *locations.current(ids[0]);
        QCOMPARE(current->id, second->id);
        QCOMPARE(current->recordedBy, QStringLiteral("budi"));
        QCOMPARE(current->fix.accuracyMetres, std::optional<double>(4.0));
        const QList<HouseholdPoint> history = *locations.history(ids[0]);
        QCOMPARE(history.size(), 3); // two recorded here, the register's last
        QCOMPARE(history[1].fix.source, LocationSource::NmeaLog);
        QCOMPARE(history[1].fix.time, gps.time);
        QCOMPARE(history[1].warnings.size(), 1);
        QCOMPARE(history[2].fix.source, LocationSource::Register);
        // Typed points without a fix time are dated when saved.
        QCOMPARE(current->fix.time, store.clock.now().toUTC());

        // History cannot be rewritten or removed.
        QVERIFY(!store.db->query(QStringLiteral("UPDATE household_location SET latitude = 0")));
        QVERIFY(!store.db->query(QStringLiteral("DELETE FROM household_location")));

        auto audit = store.db->query(QStringLiteral(
            "SELECT object_id, details FROM audit_entry WHERE action = 'location.record' "
            "ORDER BY id"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), ids[0]);
        const QJsonObject details =
            QJsonDocument::fromJson(audit->value(1).toString().toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("source")).toString(), QStringLiteral("nmea_log"));
        QCOMPARE(details.value(QStringLiteral("warnings")).toArray().first().toString(),
                 QStringLiteral("location.accuracy"));
    }

    void villagePointsIncludeProposedFamilies()
    {
        TempStore store;
        const QStringList ids = villageWithPoints(store, 6, 3);
        const HouseholdLocations locations(*store.db, store.clock);
        // A proposed family, not in the replica, with a provisional id.
        const QString proposed = QStringLiteral("BARU-0001");
        QCOMPARE(locations.villageOf(proposed), QStringLiteral("35.71.03.1001"));
        QVERIFY(locations.record(proposed, fixAt(offsetMetres(villageCentre(), 50, 50)),
                                 as(QStringLiteral("ani"))));
        QVERIFY(locations.record(ids[4], fixAt(offsetMetres(villageCentre(), 60, 60)),
                                 as(QStringLiteral("ani"))));
        const QList<HouseholdPoint> points =
            *locations.villagePoints(QStringLiteral("35.71.03.1001"));
        QStringList seen;
        for (const HouseholdPoint &p : points) {
            seen << p.householdId;
        }
        QCOMPARE(seen, (QStringList{ids[0], ids[1], ids[2], ids[4], proposed}));
        QVERIFY(locations.villagePoints(QStringLiteral("35.71.03.1002"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHouseholdLocations)
#include "TestHouseholdLocations.moc"
