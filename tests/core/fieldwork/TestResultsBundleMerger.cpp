#include "tests/core/fieldwork/FieldRoundTrip.h"

#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/FieldVisits.h"
#include "core/fieldwork/ResultsBundleMerger.h"
#include "core/fieldwork/ResultsBundleWriter.h"
#include "core/location/HouseholdLocations.h"
#include "core/photos/FamilyCardPhotos.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "tests/support/FieldImages.h"

#include <functional>

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Results bundles from laptop to office: what arrives, idempotence, order, conflicts and every
// refusal leaving the office store untouched.
class TestResultsBundleMerger : public QObject
{
    Q_OBJECT

    using Field = FieldRoundTrip;

    static qint64 count(const Database &db, const QString &sql)
    {
        auto q = db.query(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

    static void expectRefused(Field &field, const QString &path, const QString &code)
    {
        const QString before = storeFingerprint(*field.f.office.db);
        const Result<BundleMergeReport> r = field.merge(path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(storeFingerprint(*field.f.office.db), before);
    }

private Q_SLOTS:
    void whatTheLaptopFoundArrivesAsDrafts()
    {
        Field field;
        field.fieldDay();
        const Result<BundleMergeReport> r = field.merge(field.exportBundle());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->visits, 3);
        QCOMPARE(r->photos, 1);
        QCOMPARE(r->locations, 1);
        QCOMPARE(r->drafts, 4); // death, new member, household not found, move
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(r->assignee, QStringLiteral("budi"));
        const TempStore &office = field.f.office;
        QCOMPARE(office.count(QStringLiteral("SELECT COUNT(*) FROM change_request WHERE state = "
                                             "'draft' AND created_by = 'budi' AND "
                                             "json_extract(payload, '$.field_visit') IS NOT "
                                             "NULL")),
                 4);
        QCOMPARE(office.count(QStringLiteral("SELECT COUNT(*) FROM change_request WHERE kind = "
                                             "'removal' AND json_extract(payload, '$.reason') = "
                                             "'died' AND person_id = '%1'")
                                  .arg(field.member(field.ids[0], 1))),
                 1);
        QCOMPARE(office.count(QStringLiteral("SELECT COUNT(*) FROM change_request WHERE kind = "
                                             "'new_member'")),
                 1);
        QCOMPARE(office.count(QStringLiteral("SELECT COUNT(*) FROM household_photo WHERE "
                                             "household_id = '%1' AND added_by = 'budi'")
                                  .arg(field.ids[0])),
                 1);
        QCOMPARE(office.count(QStringLiteral("SELECT COUNT(*) FROM household_location WHERE "
                                             "household_id = '%1' AND recorded_by = 'budi'")
                                  .arg(field.ids[0])),
                 1);
        QCOMPARE(office.count(QStringLiteral("SELECT COUNT(*) FROM audit_entry WHERE action = "
                                             "'fieldwork.bundle_merge' AND actor = 'rina'")),
                 1);
        QCOMPARE(office.count(QStringLiteral("SELECT COUNT(*) FROM field_visit")), 3);
    }

    void theSameBundleTwiceChangesNothing()
    {
        Field field;
        field.fieldDay();
        const QString path = field.exportBundle();
        QVERIFY(field.merge(path));
        const QString before = storeFingerprint(*field.f.office.db);
        const Result<BundleMergeReport> again = field.merge(path);
        QVERIFY(again);
        QCOMPARE(again->visits + again->photos + again->locations + again->drafts, 0);
        QCOMPARE(again->unchanged, 5);
        QCOMPARE(storeFingerprint(*field.f.office.db), before);
    }

    void aReexportedBundleNeverDuplicates()
    {
        Field field;
        field.fieldDay();
        QVERIFY(field.merge(field.exportBundle()));
        const qint64 requests =
            field.f.office.count(QStringLiteral("SELECT COUNT(*) FROM change_request"));
        const Result<BundleMergeReport> again = field.merge(field.exportBundle(true));
        QVERIFY(again);
        QCOMPARE(again->visits + again->photos + again->locations + again->drafts, 0);
        QCOMPARE(again->unchanged, 5);
        QCOMPARE(field.f.office.count(QStringLiteral("SELECT COUNT(*) FROM change_request")),
                 requests);
        QCOMPARE(field.f.office.count(QStringLiteral("SELECT COUNT(*) FROM household_location "
                                                     "WHERE recorded_by = 'budi'")),
                 1);
    }

    void anOlderBundleAfterANewerOneChangesNothing()
    {
        Field field;
        Visit v;
        v.householdId = field.ids[3];
        v.visitedOn = QDate(2026, 11, 23);
        v.notes = QStringLiteral("pertama");
        field.record(v);
        const QString older = field.exportBundle();
        v.notes = QStringLiteral("kedua");
        field.record(v);
        const QString newer = field.exportBundle();
        const Result<BundleMergeReport> first = field.merge(newer);
        QVERIFY(first);
        QCOMPARE(first->visits, 1);
        const Result<BundleMergeReport> late = field.merge(older);
        QVERIFY(late);
        QCOMPARE(late->visits, 0);
        QCOMPARE(late->unchanged, 1);
        auto q = field.f.office.db->query(
            QStringLiteral("SELECT notes, revision FROM field_visit WHERE household_id = ?"),
            {field.ids[3]});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("kedua"));
        QCOMPARE(q->value(1).toInt(), 2);
    }

    void aLaptopsNextPointIsNoConflictWithItsLastOne()
    {
        Field field;
        field.fieldDay();
        QVERIFY(field.merge(field.exportBundle()));
        LocationFix fix;
        fix.point = {-7.8169, 112.0121};
        fix.accuracyMetres = 4;
        fix.time = field.f.office.clock.now();
        QVERIFY(HouseholdLocations(*field.laptop, field.f.office.clock)
                    .record(field.ids[0], fix, as(QStringLiteral("budi"), Role::FieldStaff)));
        const Result<BundleMergeReport> next = field.merge(field.exportBundle());
        QVERIFY(next);
        QCOMPARE(next->conflicts, 0);
        QCOMPARE(next->locations, 1);
        QCOMPARE(HouseholdLocations(*field.f.office.db, field.f.office.clock)
                     .current(field.ids[0])
                     .value()
                     ->fix.point.latitude,
                 -7.8169);
    }

    void officeEditsSinceThePackageAreConflictsNotOverwrites()
    {
        Field field;
        field.fieldDay();
        // The office recorded its own point and learnt of the death before the bundle came.
        LocationFix fix;
        fix.point = {-7.8170, 112.0125};
        fix.accuracyMetres = 3;
        fix.time = field.f.office.clock.now();
        QVERIFY(HouseholdLocations(*field.f.office.db, field.f.office.clock)
                    .record(field.ids[0], fix, as(QStringLiteral("rina"))));
        QVERIFY(field.f.office.db->query(QStringLiteral("UPDATE person SET status = 'deceased' "
                                                        "WHERE id = ?"),
                                         {field.member(field.ids[0], 1)}));
        const Result<BundleMergeReport> r = field.merge(field.exportBundle());
        QVERIFY(r);
        QCOMPARE(r->conflicts, 2);
        QCOMPARE(r->locations, 0);
        QCOMPARE(r->drafts, 3);
        const HouseholdPoint current = *HouseholdLocations(*field.f.office.db, field.f.office.clock)
                                            .current(field.ids[0])
                                            .value();
        QCOMPARE(current.recordedBy, QStringLiteral("rina"));
        QCOMPARE(field.f.office.count(QStringLiteral("SELECT COUNT(*) FROM field_conflict WHERE "
                                                     "subject = 'location' AND office_value LIKE "
                                                     "'%rina%' AND field_value LIKE '%budi%'")),
                 1);
    }

    void questionnaireAnswersTravelBothWays()
    {
        Field field([](Field &fd) {
            fd.officeAnswers(fd.ids[4], {{"status_kepemilikan_rumah", "1"}, {"luas_lantai", 36}});
        });
        // The package brought the office's answers as the laptop's base, not as its own.
        QCOMPARE(count(*field.laptop,
                       QStringLiteral("SELECT COUNT(*) FROM questionnaire_response WHERE "
                                      "origin = 'package' AND household_id = '%1' AND "
                                      "json_extract(answers, '$.household.luas_lantai') = 36")
                           .arg(field.ids[4])),
                 1);
        QCOMPARE(field.f.office.count(
                     QStringLiteral(
                         "SELECT COUNT(*) FROM field_assignment WHERE household_id = '%1' AND "
                         "json_extract(base_answers, '$.answers.household.luas_lantai') = 36")
                         .arg(field.ids[4])),
                 1);
        field.laptopAnswers(field.ids[4], {{"status_kepemilikan_rumah", "1"}, {"luas_lantai", 42}});
        field.laptopAnswers(field.ids[5], {{"status_kepemilikan_rumah", "2"}});
        const Result<BundleMergeReport> r = field.merge(field.exportBundle());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->answers, 2);
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(field.officeCurrent(field.ids[4]),
                 (QJsonObject{{"status_kepemilikan_rumah", "1"}, {"luas_lantai", 42}}));
        QCOMPARE(field.officeCurrent(field.ids[5]),
                 (QJsonObject{{"status_kepemilikan_rumah", "2"}}));
        // The laptop's own response is kept as it came, with its field actor.
        QCOMPARE(field.f.office.count(QStringLiteral("SELECT COUNT(*) FROM questionnaire_response "
                                                     "WHERE origin = 'field' AND recorded_by = "
                                                     "'budi' AND merged_at IS NOT NULL")),
                 2);
        // A second bundle carries nothing the first did.
        const Result<BundleMergeReport> next = field.merge(field.exportBundle());
        QVERIFY(next);
        QCOMPARE(next->answers, 0);
    }

    void anAnswerBothSidesChangedIsAConflictNotAnOverwrite()
    {
        Field field([](Field &fd) {
            fd.officeAnswers(fd.ids[4], {{"status_kepemilikan_rumah", "1"},
                                         {"luas_lantai", 36},
                                         {"jenis_lantai_terluas", "2"}});
        });
        // Since the package: the office corrected the floor area and the tenure ...
        field.officeAnswers(field.ids[4], {{"status_kepemilikan_rumah", "2"},
                                           {"luas_lantai", 40},
                                           {"jenis_lantai_terluas", "2"}});
        // ... and the laptop measured another area, found the same tenure, another floor.
        field.laptopAnswers(field.ids[4], {{"status_kepemilikan_rumah", "2"},
                                           {"luas_lantai", 42},
                                           {"jenis_lantai_terluas", "3"}});
        const Result<BundleMergeReport> r = field.merge(field.exportBundle());
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->conflicts, 1);
        QCOMPARE(r->answers, 1);
        // The office's value stays; the laptop's answer nobody else changed is taken.
        QCOMPARE(field.officeCurrent(field.ids[4]), (QJsonObject{{"status_kepemilikan_rumah", "2"},
                                                                 {"luas_lantai", 40},
                                                                 {"jenis_lantai_terluas", "3"}}));
        QCOMPARE(field.f.office.count(
                     QStringLiteral("SELECT COUNT(*) FROM field_conflict WHERE household_id = "
                                    "'%1' AND subject = 'questionnaire:household/luas_lantai' AND "
                                    "json_extract(office_value, '$.value') = 40 AND "
                                    "json_extract(office_value, '$.recorded_by') = 'rina' AND "
                                    "json_extract(field_value, '$.value') = 42 AND "
                                    "json_extract(field_value, '$.recorded_by') = 'budi' AND "
                                    "resolved_at IS NULL")
                         .arg(field.ids[4])),
                 1);
        // The laptop's side is kept whole as well.
        QCOMPARE(field.f.office.count(QStringLiteral(
                     "SELECT COUNT(*) FROM questionnaire_response WHERE origin = 'field' AND "
                     "json_extract(answers, '$.household.luas_lantai') = 42")),
                 1);
        // A later revision from the laptop that leaves the disputed answer alone adds no
        // second conflict.
        field.laptopAnswers(field.ids[4], {{"status_kepemilikan_rumah", "2"},
                                           {"luas_lantai", 42},
                                           {"jenis_lantai_terluas", "4"}});
        const Result<BundleMergeReport> later = field.merge(field.exportBundle());
        QVERIFY(later);
        QCOMPARE(later->conflicts, 0);
        QCOMPARE(field.officeCurrent(field.ids[4]).value(QLatin1String("jenis_lantai_terluas")),
                 QJsonValue(QStringLiteral("4")));
        QCOMPARE(field.officeCurrent(field.ids[4]).value(QLatin1String("luas_lantai")),
                 QJsonValue(40));
    }

    void answersReplayedOrLateAddNothing()
    {
        Field field;
        field.laptopAnswers(field.ids[3], {{"luas_lantai", 30}});
        const QString older = field.exportBundle();
        field.laptopAnswers(field.ids[3], {{"luas_lantai", 31}});
        const QString newer = field.exportBundle();
        const Result<BundleMergeReport> first = field.merge(newer);
        QVERIFY(first);
        QCOMPARE(first->answers, 1);
        const auto answerRows = [&field] {
            return field.f.office.count(QStringLiteral(
                "SELECT COUNT(*) * 1000 + COALESCE(SUM(revision), 0) FROM questionnaire_response"));
        };
        const QString before = storeFingerprint(*field.f.office.db);
        const qint64 rows = answerRows();
        const Result<BundleMergeReport> again = field.merge(newer);
        QVERIFY(again);
        QCOMPARE(again->answers, 0);
        QCOMPARE(again->unchanged, 1);
        QCOMPARE(storeFingerprint(*field.f.office.db), before);
        QCOMPARE(answerRows(), rows);
        // The older bundle after the newer one: the newer answer stays.
        const Result<BundleMergeReport> late = field.merge(older);
        QVERIFY(late);
        QCOMPARE(late->answers, 0);
        QCOMPARE(late->unchanged, 1);
        QCOMPARE(late->conflicts, 0);
        QCOMPARE(field.officeCurrent(field.ids[3]), (QJsonObject{{"luas_lantai", 31}}));
        // Everything again, re-exported: still nothing.
        const Result<BundleMergeReport> everything = field.merge(field.exportBundle(true));
        QVERIFY(everything);
        QCOMPARE(everything->answers + everything->conflicts, 0);
        QCOMPARE(answerRows(), rows);
    }

    void familyCardsTravelInNeitherFile()
    {
        QString officeCard;
        Field field([&officeCard](Field &fd) {
            const QString path = fd.f.office.file(QStringLiteral("kk-kantor.jpg"));
            writeFile(path, jpegOf(houseScene(QSize(900, 600), 11)));
            const Result<FamilyCardPhoto> card =
                FamilyCardPhotos(*fd.f.office.db, fd.f.office.clock, fd.f.officeFiles())
                    .attachFile(fd.ids[0], path, fd.f.operatorSession);
            if (!card) {
                qFatal("card: %s", qPrintable(card.error().message));
            }
            officeCard = card->sha256;
        });
        // Not in the package: no row, no file, no thumbnail on the laptop.
        QCOMPARE(count(*field.laptop, QStringLiteral("SELECT COUNT(*) FROM household_family_card")),
                 0);
        QCOMPARE(count(*field.laptop, QStringLiteral("SELECT COUNT(*) FROM field_package_photo")),
                 0);
        QVERIFY(!ContentStore(field.laptopFiles()).contains(officeCard));
        // Not in the bundle either.
        const QString path = field.f.office.file(QStringLiteral("kk-lapangan.jpg"));
        writeFile(path, jpegOf(houseScene(QSize(900, 600), 12)));
        const Result<FamilyCardPhoto> laptopCard =
            FamilyCardPhotos(*field.laptop, field.f.office.clock, field.laptopFiles())
                .attachFile(field.ids[1], path, field.f.fieldSession);
        QVERIFY(laptopCard);
        const QString bundle = field.exportBundle();
        QVERIFY(!readFile(bundle).isEmpty());
        const Result<BundleMergeReport> r = field.merge(bundle);
        QVERIFY(r);
        QCOMPARE(r->photos, 0);
        QCOMPARE(field.f.office.count(QStringLiteral("SELECT COUNT(*) FROM household_family_card")),
                 1);
        QVERIFY(!ContentStore(field.f.officeFiles()).contains(laptopCard->sha256));
    }

    void refusedBundlesLeaveTheOfficeUntouched()
    {
        Field field;
        field.fieldDay();
        const QString path = field.exportBundle();
        const QByteArray bytes = readFile(path);

        QByteArray cut = bytes;
        cut.chop(cut.size() / 3);
        writeFile(field.f.office.file(QStringLiteral("terpotong")), cut);
        expectRefused(field, field.f.office.file(QStringLiteral("terpotong")),
                      QStringLiteral("fieldwork.truncated"));

        writeFile(field.f.office.file(QStringLiteral("diubah")), flipByte(bytes, bytes.size() / 2));
        expectRefused(field, field.f.office.file(QStringLiteral("diubah")),
                      QStringLiteral("fieldwork.forged"));

        // Signed by a key this office never issued.
        FieldEnvelope envelope = FieldEnvelopeReader::read(bytes).value();
        const SigningKeyPair stranger = SigningKeyPair::generate();
        envelope.signerKey = stranger.publicKey;
        writeFile(field.f.office.file(QStringLiteral("asing")), envelope.write(stranger));
        expectRefused(field, field.f.office.file(QStringLiteral("asing")),
                      QStringLiteral("fieldwork.foreign_signer"));

        // A package is not a bundle.
        expectRefused(field, field.f.packagePath(), QStringLiteral("fieldwork.wrong_kind"));
        QVERIFY(field.merge(path));
    }

    void aBundleOfAnotherOfficesLaptopIsRefused()
    {
        Field mine;
        Field theirs; // same village code, another office installation
        theirs.fieldDay();
        expectRefused(mine, theirs.exportBundle(), QStringLiteral("fieldwork.foreign_signer"));
    }

    void theLaptopStoreDoesNotMergeBundles()
    {
        Field field;
        field.fieldDay();
        const QString path = field.exportBundle();
        const Result<BundleMergeReport> r =
            ResultsBundleMerger(*field.laptop, field.f.office.clock, field.laptopFiles())
                .merge(field.f.fieldSession, path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("fieldwork.not_office"));
    }
};

QTEST_GUILESS_MAIN(TestResultsBundleMerger)
#include "TestResultsBundleMerger.moc"
