#include "tests/core/fieldwork/FieldRoundTrip.h"

#include "core/fieldwork/FieldConflicts.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Settling what a results bundle merge kept as conflicts: the list with both sides, keeping the
// office's value or adopting the field's for a point and an answer, member findings kept only,
// the permission, the audit entry, and a resolved conflict never coming back.
class TestFieldConflicts : public QObject
{
    Q_OBJECT

    // A merge that kept one conflict of each kind (FieldRoundTrip::disagreeOnEveryKind).
    struct Disagreement
    {
        FieldRoundTrip field;
        QString bundle = field.disagreeOnEveryKind();

        const TempStore &office() const { return field.f.office; }
        FieldConflicts conflicts() const { return FieldConflicts(*office().db, office().clock); }
        const Session &operatorSession() const { return field.f.operatorSession; }
        FieldConflict only(ConflictKind kind) const
        {
            const QList<FieldConflict> open = conflicts().open().value();
            for (const FieldConflict &c : open) {
                if (c.kind == kind) {
                    return c;
                }
            }
            qFatal("no open conflict of that kind");
        }
        HouseholdPoint currentPoint() const
        {
            return *HouseholdLocations(*office().db, office().clock).current(field.ids[0]).value();
        }
    };

private Q_SLOTS:
    void openConflictsShowBothSidesAndTheLaptop()
    {
        Disagreement d;
        const Result<QList<FieldConflict>> open = d.conflicts().open();
        QVERIFY(open);
        QCOMPARE(open->size(), 3);
        QCOMPARE(d.conflicts().openCount().value(), 3);
        for (const FieldConflict &c : *open) {
            QCOMPARE(c.assignee, QStringLiteral("budi"));
            QVERIFY(!c.officeText.isEmpty());
            QVERIFY(!c.fieldText.isEmpty());
            QVERIFY(!c.headName.isEmpty());
            QVERIFY(c.officeText != c.fieldText);
        }
        const FieldConflict point = d.only(ConflictKind::Location);
        QCOMPARE(point.householdId, d.field.ids[0]);
        QCOMPARE(point.visitedOn, QDate(2026, 11, 23));
        QVERIFY(point.officeText.contains(QStringLiteral("rina")));
        QVERIFY(point.fieldText.contains(QStringLiteral("budi")));
        QVERIFY(point.fieldText.contains(QStringLiteral("-7.8166")));
        QVERIFY(point.canAdoptField);

        const FieldConflict answer = d.only(ConflictKind::Answer);
        QCOMPARE(answer.householdId, d.field.ids[4]);
        QCOMPARE(answer.what, QStringLiteral("Luas lantai bangunan tempat tinggal"));
        QVERIFY(answer.officeText.startsWith(QStringLiteral("40 m²")));
        QVERIFY(answer.fieldText.startsWith(QStringLiteral("42 m²")));
        QVERIFY(!answer.visitedOn.isValid()); // answers without a visit record

        const FieldConflict member = d.only(ConflictKind::MemberFinding);
        QVERIFY(!member.canAdoptField);
        QVERIFY(member.what.contains(QStringLiteral("Anggota")));
    }

    void adoptingTheFieldPointMakesItTheHouseholdsLocation()
    {
        Disagreement d;
        QCOMPARE(d.currentPoint().recordedBy, QStringLiteral("rina"));
        const FieldConflict point = d.only(ConflictKind::Location);
        const Status s =
            d.conflicts().resolve(d.operatorSession(), point.id, ConflictChoice::AdoptField);
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        const HouseholdPoint current = d.currentPoint();
        QCOMPARE(current.recordedBy, QStringLiteral("budi"));
        QCOMPARE(current.fix.point.latitude, -7.8166);
        QCOMPARE(current.fix.point.longitude, 112.0119);
        QCOMPARE(d.office().count(QStringLiteral("SELECT COUNT(*) FROM field_conflict WHERE id = "
                                                 "%1 AND resolved_by = 'rina' AND resolution = "
                                                 "'field' AND resolved_at IS NOT NULL")
                                      .arg(point.id)),
                 1);
        QCOMPARE(d.conflicts().openCount().value(), 2);
        // One audit entry, naming the row, the kind and the side: no coordinates.
        auto audit = d.office().db->query(
            QStringLiteral("SELECT actor, object_id, details FROM audit_entry WHERE action = "
                           "'fieldwork.conflict_resolve'"));
        QVERIFY(audit && audit->next());
        QCOMPARE(audit->value(0).toString(), QStringLiteral("rina"));
        QCOMPARE(audit->value(1).toString(), QString::number(point.id));
        QVERIFY(audit->value(2).toString().contains(QStringLiteral("\"field\"")));
        QVERIFY(!audit->value(2).toString().contains(QStringLiteral("7.81")));
        QVERIFY(!audit->next());
    }

    void anAdoptedPointIsTheLaptopsBaseForItsNextBundle()
    {
        Disagreement d;
        const TempStore &office = d.office();
        QVERIFY(d.conflicts().resolve(d.operatorSession(), d.only(ConflictKind::Location).id,
                                      ConflictChoice::AdoptField));
        const auto recordOn = [&](const Database &db, double latitude, const QString &who) {
            LocationFix fix;
            fix.point = {latitude, 112.0120};
            fix.accuracyMetres = 4;
            fix.time = office.clock.now();
            return bool(HouseholdLocations(db, office.clock)
                            .record(d.field.ids[0], fix, as(who, Role::FieldStaff)));
        };
        // The laptop measures the house again: its next bundle meets only its own point.
        QVERIFY(recordOn(*d.field.laptop, -7.8167, QStringLiteral("budi")));
        const Result<BundleMergeReport> next = d.field.merge(d.field.exportBundle());
        QVERIFY2(next, next ? "" : qPrintable(next.error().message));
        QCOMPARE(next->conflicts, 0);
        QCOMPARE(next->locations, 1);
        QCOMPARE(d.conflicts().openCount().value(), 2);
        QCOMPARE(d.currentPoint().fix.point.latitude, -7.8167);
        // A point the office records after that is the office's again: a conflict, not lost.
        QVERIFY(recordOn(*office.db, -7.8171, QStringLiteral("rina")));
        QVERIFY(recordOn(*d.field.laptop, -7.8168, QStringLiteral("budi")));
        const Result<BundleMergeReport> later = d.field.merge(d.field.exportBundle());
        QVERIFY(later);
        QCOMPARE(later->conflicts, 1);
        QCOMPARE(later->locations, 0);
        QCOMPARE(d.currentPoint().fix.point.latitude, -7.8171);
    }

    void keepingTheOfficePointLeavesTheLocationAlone()
    {
        Disagreement d;
        const qint64 points =
            d.office().count(QStringLiteral("SELECT COUNT(*) FROM household_location"));
        const FieldConflict point = d.only(ConflictKind::Location);
        QVERIFY(d.conflicts().resolve(d.operatorSession(), point.id, ConflictChoice::KeepOffice));
        QCOMPARE(d.currentPoint().recordedBy, QStringLiteral("rina"));
        QCOMPARE(d.office().count(QStringLiteral("SELECT COUNT(*) FROM household_location")),
                 points);
        QCOMPARE(d.office().count(QStringLiteral("SELECT COUNT(*) FROM field_conflict WHERE "
                                                 "resolution = 'office' AND field_value LIKE "
                                                 "'%budi%'")),
                 1);
    }

    void aDisputedAnswerTakesTheChosenSide()
    {
        Disagreement d;
        const FieldConflict answer = d.only(ConflictKind::Answer);
        QVERIFY(d.conflicts().resolve(d.operatorSession(), answer.id, ConflictChoice::AdoptField));
        QCOMPARE(d.field.officeCurrent(d.field.ids[4]),
                 (QJsonObject{{"luas_lantai", 42}, {"jenis_lantai_terluas", "2"}}));
        QCOMPARE(QuestionnaireResponses(*d.office().db, d.office().clock)
                     .of(d.field.ids[4], QString())
                     .value()
                     ->recordedBy,
                 QStringLiteral("rina"));

        Disagreement kept;
        const FieldConflict other = kept.only(ConflictKind::Answer);
        const QJsonObject before = kept.field.officeCurrent(kept.field.ids[4]);
        QVERIFY(
            kept.conflicts().resolve(kept.operatorSession(), other.id, ConflictChoice::KeepOffice));
        QCOMPARE(kept.field.officeCurrent(kept.field.ids[4]), before);
        QCOMPARE(before.value(QLatin1String("luas_lantai")), QJsonValue(40));
    }

    void aMemberFindingCanOnlyKeepTheOffice()
    {
        Disagreement d;
        const FieldConflict member = d.only(ConflictKind::MemberFinding);
        const QString before = storeFingerprint(*d.office().db);
        const Status refused =
            d.conflicts().resolve(d.operatorSession(), member.id, ConflictChoice::AdoptField);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("fieldwork.conflict_keep_office"));
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(storeFingerprint(*d.office().db), before);
        QVERIFY(d.conflicts().resolve(d.operatorSession(), member.id, ConflictChoice::KeepOffice));
        // The field value stays recorded.
        QCOMPARE(d.office().count(QStringLiteral("SELECT COUNT(*) FROM field_conflict WHERE id = "
                                                 "%1 AND field_value = 'died' AND resolution = "
                                                 "'office'")
                                      .arg(member.id)),
                 1);
    }

    void resolvingNeedsThePermissionToDraft()
    {
        Disagreement d;
        const FieldConflict point = d.only(ConflictKind::Location);
        const QString before = storeFingerprint(*d.office().db);
        const Session head = as(QStringLiteral("lurah"), Role::VillageHead);
        QVERIFY(!FieldConflicts::permitted(head));
        QVERIFY(FieldConflicts::permitted(d.operatorSession()));
        const Status s = d.conflicts().resolve(head, point.id, ConflictChoice::AdoptField);
        QVERIFY(!s);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(storeFingerprint(*d.office().db), before);
    }

    void aResolvedConflictNeverComesBack()
    {
        Disagreement d;
        const QList<FieldConflict> open = d.conflicts().open().value();
        for (const FieldConflict &c : open) {
            QVERIFY(d.conflicts().resolve(d.operatorSession(), c.id,
                                          c.canAdoptField ? ConflictChoice::AdoptField
                                                          : ConflictChoice::KeepOffice));
        }
        QCOMPARE(d.conflicts().openCount().value(), 0);
        // The same bundle again, and everything re-exported: nothing opens again.
        QVERIFY(d.field.merge(d.bundle));
        const Result<BundleMergeReport> again = d.field.merge(d.field.exportBundle(true));
        QVERIFY(again);
        QCOMPARE(again->conflicts, 0);
        QCOMPARE(d.conflicts().openCount().value(), 0);
        QVERIFY(d.conflicts().open().value().isEmpty());
        // Nor can it be resolved a second time.
        auto first = d.office().db->query(QStringLiteral("SELECT MIN(id) FROM field_conflict"));
        QVERIFY(first && first->next());
        const QString before = storeFingerprint(*d.office().db);
        const Status twice = d.conflicts().resolve(
            d.operatorSession(), first->value(0).toLongLong(), ConflictChoice::KeepOffice);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("fieldwork.conflict_resolved"));
        QVERIFY(twice.error().message.contains(QStringLiteral("rina")));
        QCOMPARE(storeFingerprint(*d.office().db), before);
        const Status unknown =
            d.conflicts().resolve(d.operatorSession(), 9999, ConflictChoice::KeepOffice);
        QCOMPARE(unknown.error().code, QStringLiteral("fieldwork.conflict_unknown"));
    }
};

QTEST_GUILESS_MAIN(TestFieldConflicts)
#include "TestFieldConflicts.moc"
