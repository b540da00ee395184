#include "core/importing/SnapshotImporter.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/requests/RequestValidator.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

namespace {

QJsonObject person(const char *nik, const char *name, const char *sex, const char *birth,
                   const char *relationship)
{
    return {{QStringLiteral("nik"), QLatin1String(nik)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("sex"), QLatin1String(sex)},
            {QStringLiteral("birth_date"), QLatin1String(birth)},
            {QStringLiteral("relationship"), QLatin1String(relationship)}};
}

QStringList codes(const Findings &findings, Severity severity)
{
    QStringList list;
    for (const Finding &f : findings) {
        if (f.severity == severity) {
            list << f.code + u'@' + f.field;
        }
    }
    return list;
}

} // namespace

// The rules each kind of change request must meet (domain.md), with the field each finding
// is about, so forms can show it in place.
class TestRequestValidator : public QObject
{
    Q_OBJECT

    TempStore m_store;

    Findings check(RequestKind kind, const QString &household, const QString &person,
                   const QJsonObject &payload, qint64 id = 0)
    {
        ChangeRequest r;
        r.id = id;
        r.kind = kind;
        r.householdId = household;
        r.personId = person;
        r.payload = payload;
        return RequestValidator(*m_store.db, QDate(2026, 11, 23)).validate(r);
    }

private Q_SLOTS:
    void initTestCase()
    {
        writeFile(
            m_store.file(QStringLiteral("h.csv")),
            "household_id,kk_number,village_code,rt,rw,address,desil,status,latitude,longitude\n"
            "H1,3571031505180003,35.71.03.1001,1,1,Jl. Melati 1,3,,,\n"
            "H2,,35.71.03.1001,2,1,Jl. Mawar 2,7,,,\n"
            "H3,,35.71.03.1001,2,1,Jl. Mawar 3,2,moved,,\n");
        writeFile(
            m_store.file(QStringLiteral("p.csv")),
            "person_id,household_id,nik,name,sex,birth_place,birth_date,relationship,marital_"
            "status,"
            "occupation,disability,status,programs\n"
            "H1.01,H1,3571030101800001,Budi Santoso,L,Kediri,1980-01-01,head,married,,,,PKH\n"
            "H1.02,H1,3571034202850002,Siti Aminah,P,Kediri,1985-02-02,spouse,married,,,,\n"
            "H1.03,H1,3571030303500003,Soeparman,L,Kediri,1950-03-03,parent,widowed,,,deceased,\n"
            "H2.01,H2,3571030404700004,Agus Salim,L,Kediri,1970-04-04,head,,,,,\n");
        ImportOptions options;
        options.rejectsPath = m_store.file(QStringLiteral("r.csv"));
        QVERIFY(SnapshotImporter(*m_store.db, m_store.clock)
                    .run(m_store.file(QStringLiteral("h.csv")),
                         m_store.file(QStringLiteral("p.csv")), options));
    }

    void newMember()
    {
        const QJsonObject good{{QStringLiteral("member"),
                                person("3571034505200005", "Nur Aini", "P", "2020-05-05", "child")},
                               {QStringLiteral("reason"), QStringLiteral("Lahir")}};
        QCOMPARE(check(RequestKind::NewMember, QStringLiteral("H1"), {}, good), Findings{});

        QJsonObject mismatch = good;
        mismatch[QStringLiteral("member")] =
            person("3571030505200005", "Nur Aini", "P", "2020-05-06", "child");
        const Findings w = check(RequestKind::NewMember, QStringLiteral("H1"), {}, mismatch);
        QCOMPARE(codes(w, Severity::Error), QStringList{});
        QCOMPARE(codes(w, Severity::Warning), (QStringList{"nik.birth_date_mismatch@member/nik",
                                                           "nik.sex_mismatch@member/nik"}));

        QJsonObject bad{
            {QStringLiteral("member"), person("3571033205200005", "", "", "2027-01-01", "head")}};
        const QStringList errors =
            codes(check(RequestKind::NewMember, QStringLiteral("H1"), {}, bad), Severity::Error);
        for (const char *expected :
             {"request.required@member/name", "request.sex_invalid@member/sex",
              "request.birth_date_future@member/birth_date", "nik.day_invalid@member/nik",
              "request.head_exists@member/relationship", "request.reason_required@reason"}) {
            QVERIFY2(errors.contains(QLatin1String(expected)), qPrintable(errors.join(u' ')));
        }
        const QStringList inactive =
            codes(check(RequestKind::NewMember, QStringLiteral("H3"), {}, good), Severity::Error);
        QVERIFY(inactive.contains(QStringLiteral("request.household_inactive@")));
        const QStringList missing =
            codes(check(RequestKind::NewMember, QStringLiteral("H9"), {}, good), Severity::Error);
        QVERIFY(missing.contains(QStringLiteral("request.household_unknown@")));
    }

    void duplicatesBeforeAPersonIsProposed()
    {
        // Same NIK as Siti Aminah: an error.
        QJsonObject same{{QStringLiteral("member"),
                          person("3571034202850002", "Siti A.", "P", "1985-02-02", "child")},
                         {QStringLiteral("reason"), QStringLiteral("x")}};
        QVERIFY(
            codes(check(RequestKind::NewMember, QStringLiteral("H2"), {}, same), Severity::Error)
                .contains(QStringLiteral("request.duplicate_nik@member/nik")));
        // Reversed name order, other NIK, same birth date: a warning naming the existing person.
        QJsonObject similar{{QStringLiteral("member"),
                             person("3571034202850009", "Aminah Siti", "P", "1985-02-02", "child")},
                            {QStringLiteral("reason"), QStringLiteral("x")}};
        const Findings f = check(RequestKind::NewMember, QStringLiteral("H2"), {}, similar);
        QCOMPARE(codes(f, Severity::Warning),
                 QStringList{"request.possible_duplicate@member/name"});
        QVERIFY(f.first().message.contains(QStringLiteral("H1.02")));
        // Old spelling and a missing letter still meet.
        QJsonObject spelling{{QStringLiteral("member"),
                              person("3571030303500008", "Suparman", "L", "1950-03-03", "child")},
                             {QStringLiteral("reason"), QStringLiteral("x")}};
        QVERIFY(codes(check(RequestKind::NewMember, QStringLiteral("H2"), {}, spelling),
                      Severity::Warning)
                    .contains(QStringLiteral("request.possible_duplicate@member/name")));
    }

    void newHousehold()
    {
        const ChangeRequestRepository repo(*m_store.db, m_store.clock);
        QJsonObject p{{QStringLiteral("rt"), QStringLiteral("3")},
                      {QStringLiteral("rw"), QStringLiteral("2")},
                      {QStringLiteral("address"), QStringLiteral("Jl. Kenanga 5")},
                      {QStringLiteral("reason"), QStringLiteral("Keluarga miskin belum terdata")},
                      {QStringLiteral("members"),
                       QJsonArray{person("3571030606800006", "Joko", "L", "1980-06-06", "head"),
                                  person("3571034707820007", "Sri", "P", "1982-07-07", "spouse")}}};
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        r.payload = p;
        const qint64 id = repo.createDraft(r, as(QStringLiteral("rina")))->id;
        QCOMPARE(codes(check(RequestKind::NewHousehold, {}, {}, p, id), Severity::Error),
                 QStringList{"request.front_photo_missing@photo"});
        QVERIFY(m_store.db->execute(
            QByteArray("INSERT INTO attachment VALUES ('" + QByteArray(64, 'a') +
                       "', 'house_photo', 'image/jpeg', 10, '2026-11-23', 'rina'); INSERT INTO "
                       "request_attachment "
                       "VALUES (" +
                       QByteArray::number(id) + ", '" + QByteArray(64, 'a') + "', 'house_front');")
                .constData()));
        QCOMPARE(check(RequestKind::NewHousehold, {}, {}, p, id), Findings{});

        QJsonObject twoHeads = p;
        twoHeads[QStringLiteral("members")] =
            QJsonArray{person("3571030606800006", "Joko", "L", "1980-06-06", "head"),
                       person("3571030606800006", "Joko", "L", "1980-06-06", "head")};
        const QStringList errors =
            codes(check(RequestKind::NewHousehold, {}, {}, twoHeads, id), Severity::Error);
        QVERIFY(errors.contains(QStringLiteral("request.head_count@members")));
        QVERIFY(errors.contains(QStringLiteral("request.duplicate_nik_in_family@members/1/nik")));
        const QStringList empty =
            codes(check(RequestKind::NewHousehold, {}, {}, {}, id), Severity::Error);
        for (const char *expected : {"request.unit_invalid@rt", "request.required@address",
                                     "request.members_missing@members"}) {
            QVERIFY2(empty.contains(QLatin1String(expected)), qPrintable(empty.join(u' ')));
        }
    }

    void correction()
    {
        const QJsonObject rename{
            {QStringLiteral("changes"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("field"), QStringLiteral("name")},
                             {QStringLiteral("old"), QStringLiteral("Siti Aminah")},
                             {QStringLiteral("new"), QStringLiteral("Siti Aminah Rahayu")}}}}};
        QCOMPARE(
            check(RequestKind::Correction, QStringLiteral("H1"), QStringLiteral("H1.02"), rename),
            Findings{});
        const QJsonObject stale{
            {QStringLiteral("changes"),
             QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("rt")},
                                    {QStringLiteral("old"), QStringLiteral("009")},
                                    {QStringLiteral("new"), QStringLiteral("4")}}}}};
        QCOMPARE(codes(check(RequestKind::Correction, QStringLiteral("H1"), {}, stale),
                       Severity::Warning),
                 QStringList{"request.stale_old_value@changes/0/old"});
        const QJsonObject bad{
            {QStringLiteral("changes"),
             QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("nik")},
                                    {QStringLiteral("old"), QStringLiteral("3571034202850002")},
                                    {QStringLiteral("new"), QStringLiteral("3571030101800001")}},
                        QJsonObject{{QStringLiteral("field"), QStringLiteral("birth_date")},
                                    {QStringLiteral("old"), QStringLiteral("1985-02-02")},
                                    {QStringLiteral("new"), QStringLiteral("1985-02-30")}},
                        QJsonObject{{QStringLiteral("field"), QStringLiteral("desil")},
                                    {QStringLiteral("new"), QStringLiteral("1")}}}}};
        const QStringList errors = codes(
            check(RequestKind::Correction, QStringLiteral("H1"), QStringLiteral("H1.02"), bad),
            Severity::Error);
        QVERIFY2(errors.contains(QStringLiteral("request.duplicate_nik@changes/0/new")),
                 qPrintable(errors.join(u' ')));
        QVERIFY(errors.contains(QStringLiteral("request.birth_date_invalid@changes/1/new")));
        QVERIFY(errors.contains(QStringLiteral("request.field_unknown@changes/2")));
        QVERIFY(codes(check(RequestKind::Correction, QStringLiteral("H1"), {}, {}), Severity::Error)
                    .contains(QStringLiteral("request.no_changes@changes")));
    }

    void programProposal()
    {
        const QJsonObject pkh{{QStringLiteral("program"), QStringLiteral("PKH")},
                              {QStringLiteral("reason"), QStringLiteral("x")}};
        // H1 already has PKH (on the head).
        QVERIFY(codes(check(RequestKind::ProgramProposal, QStringLiteral("H1"), {}, pkh),
                      Severity::Error)
                    .contains(QStringLiteral("request.already_member@program")));
        // H2 is desil 7: PKH does not fit.
        QCOMPARE(codes(check(RequestKind::ProgramProposal, QStringLiteral("H2"), {}, pkh),
                       Severity::Warning),
                 QStringList{"request.program_desil@program"});
        const QJsonObject local{{QStringLiteral("program"), QStringLiteral("APBD")},
                                {QStringLiteral("reason"), QStringLiteral("x")}};
        QCOMPARE(check(RequestKind::ProgramProposal, QStringLiteral("H2"), {}, local), Findings{});
        QVERIFY(codes(check(RequestKind::ProgramProposal, QStringLiteral("H2"), {}, {}),
                      Severity::Error)
                    .contains(QStringLiteral("request.program_missing@program")));
    }

    void removal()
    {
        const QJsonObject died{{QStringLiteral("reason"), QStringLiteral("died")},
                               {QStringLiteral("date"), QStringLiteral("2026-10-01")}};
        QCOMPARE(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02"), died),
                 Findings{});
        QVERIFY(codes(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02"),
                            {{QStringLiteral("reason"), QStringLiteral("died")}}),
                      Severity::Error)
                    .contains(QStringLiteral("request.death_date@date")));
        QVERIFY(codes(check(RequestKind::Removal, QStringLiteral("H1"), {}, died), Severity::Error)
                    .contains(QStringLiteral("request.death_needs_person@reason")));
        QVERIFY(
            codes(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.03"), died),
                  Severity::Error)
                .contains(QStringLiteral("request.person_inactive@")));
        const QJsonObject future{{QStringLiteral("reason"), QStringLiteral("moved_away")},
                                 {QStringLiteral("date"), QStringLiteral("2027-01-01")}};
        QVERIFY(codes(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02"),
                            future),
                      Severity::Error)
                    .contains(QStringLiteral("request.date_future@date")));
        const QJsonObject duplicate{{QStringLiteral("reason"), QStringLiteral("duplicate")},
                                    {QStringLiteral("duplicate_of"), QStringLiteral("H1.02")}};
        QVERIFY(codes(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02"),
                            duplicate),
                      Severity::Error)
                    .contains(QStringLiteral("request.duplicate_of_self@duplicate_of")));
        QJsonObject other = duplicate;
        other[QStringLiteral("duplicate_of")] = QStringLiteral("H2.01");
        QCOMPARE(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02"), other),
                 Findings{});
        other[QStringLiteral("duplicate_of")] = QStringLiteral("nobody");
        QVERIFY(
            codes(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02"), other),
                  Severity::Error)
                .contains(QStringLiteral("request.duplicate_of_unknown@duplicate_of")));
        const QJsonObject wealthy{{QStringLiteral("reason"), QStringLiteral("no_longer_poor")}};
        QCOMPARE(check(RequestKind::Removal, QStringLiteral("H2"), {}, wealthy), Findings{});
    }

    void removingTheHeadAsksForTheNewHead()
    {
        const QJsonObject moved{{QStringLiteral("reason"), QStringLiteral("moved_away")}};
        QCOMPARE(
            codes(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.01"), moved),
                  Severity::Error),
            QStringList{"request.new_head_missing@new_head"});
        QJsonObject withHead = moved;
        withHead[QStringLiteral("new_head")] = QStringLiteral("H1.02");
        QCOMPARE(
            check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.01"), withHead),
            Findings{});
        // Not a member who stays: the deceased grandfather, the head herself, another family.
        for (const char *wrong : {"H1.03", "H1.01", "H2.01"}) {
            withHead[QStringLiteral("new_head")] = QLatin1String(wrong);
            QCOMPARE(codes(check(RequestKind::Removal, QStringLiteral("H1"),
                                 QStringLiteral("H1.01"), withHead),
                           Severity::Error),
                     QStringList{"request.new_head_invalid@new_head"});
        }
        // A spouse leaving needs no new head.
        QCOMPARE(check(RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02"), moved),
                 Findings{});
        // The only member of a family: remove the whole family instead.
        QCOMPARE(
            codes(check(RequestKind::Removal, QStringLiteral("H2"), QStringLiteral("H2.01"), moved),
                  Severity::Error),
            QStringList{"request.removal_last_member@reason"});
    }

    void aCorrectionMakingASecondHeadIsQuestioned()
    {
        const auto toRelationship = [](const char *from, const char *to) {
            return QJsonObject{
                {QStringLiteral("changes"),
                 QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("relationship")},
                                        {QStringLiteral("old"), QLatin1String(from)},
                                        {QStringLiteral("new"), QLatin1String(to)}}}}};
        };
        const Findings findings = check(RequestKind::Correction, QStringLiteral("H1"),
                                        QStringLiteral("H1.02"), toRelationship("spouse", "head"));
        QCOMPARE(codes(findings, Severity::Warning),
                 QStringList{"request.second_head@changes/0/new"});
        QVERIFY(findings.first().message.contains(QStringLiteral("Budi Santoso")));
        QVERIFY(codes(findings, Severity::Error).isEmpty());
        // With the old head's correction drafted too, it is a change of head: no warning.
        ChangeRequest oldHead;
        oldHead.kind = RequestKind::Correction;
        oldHead.householdId = QStringLiteral("H1");
        oldHead.personId = QStringLiteral("H1.01");
        oldHead.payload = toRelationship("head", "spouse");
        const qint64 id = ChangeRequestRepository(*m_store.db, m_store.clock)
                              .createDraft(oldHead, as(QStringLiteral("rina")))
                              ->id;
        QCOMPARE(check(RequestKind::Correction, QStringLiteral("H1"), QStringLiteral("H1.02"),
                       toRelationship("spouse", "head")),
                 Findings{});
        QVERIFY(ChangeRequestRepository(*m_store.db, m_store.clock)
                    .transition(id, RequestState::Discarded, QStringLiteral("rina"),
                                QStringLiteral("uji")));
    }

    void theSameHousePhotoOnAnotherFamilyIsAWarning()
    {
        const ChangeRequestRepository repo(*m_store.db, m_store.clock);
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        r.payload = {{QStringLiteral("rt"), QStringLiteral("3")},
                     {QStringLiteral("rw"), QStringLiteral("2")},
                     {QStringLiteral("address"), QStringLiteral("Jl. Kenanga 7")},
                     {QStringLiteral("reason"), QStringLiteral("Belum terdata")},
                     {QStringLiteral("members"),
                      QJsonArray{person("3571030808800008", "Tono", "L", "1980-08-08", "head")}}};
        const ChangeRequest draft = repo.createDraft(r, as(QStringLiteral("rina"))).value();
        const QByteArray sha(64, 'd');
        const QByteArray own = repo.proposedHouseholdId(draft).toLatin1();
        const QByteArray photo =
            "INSERT INTO household_photo(household_id, sha256, source_sha256, view, width, "
            "height, added_by, added_at) VALUES ('%1', '" +
            sha + "', '" + QByteArray(64, 'e') + "', 'front', 640, 480, 'rina', '2026-11-23');";
        QVERIFY(m_store.db->execute(
            QByteArray("INSERT INTO attachment VALUES ('" + sha +
                       "', 'house_photo', 'image/jpeg', 10, '2026-11-23', 'rina'); "
                       "INSERT INTO request_attachment VALUES (" +
                       QByteArray::number(draft.id) + ", '" + sha + "', 'house_front');" +
                       QByteArray(photo).replace("%1", own))
                .constData()));
        const ChangeRequest &withUuid = draft;
        // Its own provisional household's photo is not "another family".
        QCOMPARE(RequestValidator(*m_store.db, QDate(2026, 11, 23)).validate(withUuid), Findings{});
        // The same picture (same content) on registered family H2.
        QVERIFY(m_store.db->execute(QByteArray(photo).replace("%1", "H2").constData()));
        const Findings findings =
            RequestValidator(*m_store.db, QDate(2026, 11, 23)).validate(withUuid);
        QCOMPARE(codes(findings, Severity::Warning), QStringList{"request.photo_reused@photo"});
        QVERIFY(findings.first().message.contains(QStringLiteral("H2")));
        // Taken off H2 (wrong house): no longer reused.
        QVERIFY(m_store.db->execute(
            "UPDATE household_photo SET removed_at = '2026-11-23', removed_by = 'rina', "
            "removed_reason = 'salah rumah' WHERE household_id = 'H2'"));
        QCOMPARE(RequestValidator(*m_store.db, QDate(2026, 11, 23)).validate(withUuid), Findings{});
    }

    void relocation()
    {
        const QJsonObject good{
            {QStringLiteral("destination_village"), QStringLiteral("35.71.01.1001")},
            {QStringLiteral("movers"), QStringLiteral("household")}};
        QCOMPARE(check(RequestKind::Relocation, QStringLiteral("H1"), {}, good), Findings{});
        QVERIFY(
            codes(check(RequestKind::Relocation, QStringLiteral("H1"), {},
                        {{QStringLiteral("destination_village"), QStringLiteral("35.71.03.1001")}}),
                  Severity::Error)
                .contains(QStringLiteral("request.destination_same@destination_village")));
        QVERIFY(
            codes(check(RequestKind::Relocation, QStringLiteral("H1"), {},
                        {{QStringLiteral("destination_village"), QStringLiteral("99.99.99.9999")}}),
                  Severity::Error)
                .contains(QStringLiteral("request.destination_missing@destination_village")));
    }

    // Cek Bansos sanggah carries objections (or removals), Cek Bansos usul proposals.
    void theChannelMustFitTheKind()
    {
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        r.householdId = QStringLiteral("H1");
        r.channel = RequestChannel::CekBansosObjection;
        const RequestValidator validator(*m_store.db, QDate(2026, 11, 23));
        QVERIFY(codes(validator.validate(r), Severity::Error)
                    .contains(QStringLiteral("request.channel_kind@channel")));
        r.channel = RequestChannel::FieldVisit;
        QVERIFY(!codes(validator.validate(r), Severity::Error)
                     .contains(QStringLiteral("request.channel_kind@channel")));
        QVERIFY(RequestChannels::fits(RequestChannel::CekBansosObjection, RequestKind::Objection));
        QVERIFY(
            RequestChannels::fits(RequestChannel::CekBansosProposal, RequestKind::CitizenProposal));
        QVERIFY(!RequestChannels::fits(RequestChannel::CekBansosProposal, RequestKind::Removal));
    }

    void relocationSaysWhoMoves()
    {
        QJsonObject p{{QStringLiteral("destination_village"), QStringLiteral("35.71.01.1001")}};
        // Nobody chosen: the form must say whether the whole family or some members move.
        QVERIFY(codes(check(RequestKind::Relocation, QStringLiteral("H1"), {}, p), Severity::Error)
                    .contains(QStringLiteral("request.movers_missing@movers")));
        p[QStringLiteral("movers")] = QStringLiteral("members");
        QVERIFY(codes(check(RequestKind::Relocation, QStringLiteral("H1"), {}, p), Severity::Error)
                    .contains(QStringLiteral("request.movers_empty@mover_ids")));
        p[QStringLiteral("mover_ids")] = QJsonArray{QStringLiteral("H1.02")};
        QCOMPARE(check(RequestKind::Relocation, QStringLiteral("H1"), {}, p), Findings{});
        // Only living members of this family can move.
        p[QStringLiteral("mover_ids")] = QJsonArray{QStringLiteral("H1.03")};
        QVERIFY(codes(check(RequestKind::Relocation, QStringLiteral("H1"), {}, p), Severity::Error)
                    .contains(QStringLiteral("request.mover_inactive@mover_ids")));
        p[QStringLiteral("mover_ids")] = QJsonArray{QStringLiteral("H2.01")};
        QVERIFY(codes(check(RequestKind::Relocation, QStringLiteral("H1"), {}, p), Severity::Error)
                    .contains(QStringLiteral("request.mover_unknown@mover_ids")));
        // Every living member ticked: the operator is asked to say "seluruh keluarga".
        p[QStringLiteral("mover_ids")] =
            QJsonArray{QStringLiteral("H1.01"), QStringLiteral("H1.02")};
        QCOMPARE(
            codes(check(RequestKind::Relocation, QStringLiteral("H1"), {}, p), Severity::Warning),
            QStringList{QStringLiteral("request.movers_everyone@movers")});
    }

    void counterReports()
    {
        const QJsonObject anonymous{
            {QStringLiteral("subject"), QStringLiteral("Keluarga di Jl. Mawar punya mobil")},
            {QStringLiteral("reason"), QStringLiteral("Mampu")},
            {QStringLiteral("anonymous"), true}};
        QCOMPARE(check(RequestKind::Objection, {}, {}, anonymous), Findings{});
        QJsonObject named = anonymous;
        named.remove(QStringLiteral("anonymous"));
        QVERIFY(codes(check(RequestKind::Objection, {}, {}, named), Severity::Error)
                    .contains(QStringLiteral("request.reporter_missing@reporter/name")));
        named[QStringLiteral("reporter")] =
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Bu Tini")},
                        {QStringLiteral("nik"), QStringLiteral("3.57101E+15")}};
        QVERIFY(codes(check(RequestKind::Objection, {}, {}, named), Severity::Error)
                    .contains(QStringLiteral("nik.spreadsheet_mangled@reporter/nik")));
        const QJsonObject proposal{
            {QStringLiteral("proposed_name"), QStringLiteral("Pak Darmo")},
            {QStringLiteral("proposed_address"), QStringLiteral("Gg. Sawo 3")},
            {QStringLiteral("reason"), QStringLiteral("Lansia tinggal sendiri")},
            {QStringLiteral("anonymous"), true}};
        QCOMPARE(check(RequestKind::CitizenProposal, {}, {}, proposal), Findings{});
        QVERIFY(codes(check(RequestKind::CitizenProposal, {}, {}, {}), Severity::Error)
                    .contains(QStringLiteral("request.required@proposed_name")));
    }

    void readinessNeedsEveryWarningAcknowledged()
    {
        const Finding w1{Severity::Warning, QStringLiteral("a"), QStringLiteral("m"),
                         QStringLiteral("x")};
        const Finding w2{Severity::Warning, QStringLiteral("b"), QStringLiteral("m"),
                         QStringLiteral("y")};
        const Finding e{Severity::Error, QStringLiteral("c"), QStringLiteral("m")};
        QVERIFY(RequestValidator::isReady({}, {}));
        QVERIFY(!RequestValidator::isReady({w1, w2}, {w1}));
        QVERIFY(RequestValidator::isReady({w1, w2}, {w2, w1}));
        QVERIFY(!RequestValidator::isReady({w1, e}, {w1}));
        // The same code on another field is another warning.
        const Finding elsewhere{Severity::Warning, QStringLiteral("a"), QStringLiteral("m"),
                                QStringLiteral("z")};
        QVERIFY(!RequestValidator::isReady({elsewhere}, {w1}));
    }
};

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "TestRequestValidator.moc"
