#include "core/requests/RequestSubject.h"
#include "tests/core/requests/RegisterFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Whom each kind of request is about, as the agenda and the berita acara name it.
class TestRequestSubject : public QObject
{
    Q_OBJECT

    TempStore m_store;

    RequestSubject of(const ChangeRequest &r) const
    {
        return RequestSubjects(*m_store.db, m_store.clock).of(r);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(importTwoFamilies(m_store)); }

    void aNewFamilyIsNamedByItsProposedHead()
    {
        const QJsonObject child{{QStringLiteral("name"), QStringLiteral("Rudi")},
                                {QStringLiteral("nik"), QStringLiteral("3571030505150005")},
                                {QStringLiteral("relationship"), QStringLiteral("child")}};
        const QJsonObject head{{QStringLiteral("name"), QStringLiteral("Wati Lestari")},
                               {QStringLiteral("nik"), QStringLiteral("3571034606900006")},
                               {QStringLiteral("relationship"), QStringLiteral("head")}};
        const RequestSubject s =
            of(request(1, RequestKind::NewHousehold, {}, {},
                       {{QStringLiteral("address"), QStringLiteral("Jl. Kenanga 4")},
                        {QStringLiteral("rt"), QStringLiteral("003")},
                        {QStringLiteral("rw"), QStringLiteral("002")},
                        {QStringLiteral("members"), QJsonArray{child, head}}}));
        QCOMPARE(s.scope, SubjectScope::NewFamily);
        QCOMPARE(s.name, QStringLiteral("Wati Lestari"));
        QCOMPARE(s.nik, QStringLiteral("3571034606900006"));
        QCOMPARE(s.address, QStringLiteral("Jl. Kenanga 4 RT 003/RW 002"));
        QCOMPARE(s.people, 2);
        QCOMPARE(s.documentDetail(), QStringLiteral("calon kepala keluarga, 2 orang"));
    }

    void anObjectionNamesTheRecipient()
    {
        // Named at the counter, not matched to the register yet.
        const RequestSubject named =
            of(request(2, RequestKind::Objection, {}, {},
                       {{QStringLiteral("subject"), QStringLiteral("Pak Darto, Jl. Anggrek 9")}}));
        QCOMPARE(named.scope, SubjectScope::Counter);
        QCOMPARE(named.name, QStringLiteral("Pak Darto, Jl. Anggrek 9"));
        QVERIFY(named.summary().startsWith(QStringLiteral("Pak Darto")));
        // Chosen from the register.
        const RequestSubject listed =
            of(request(3, RequestKind::Objection, QStringLiteral("H2"), QStringLiteral("H2.01")));
        QCOMPARE(listed.name, QStringLiteral("Agus Salim"));
        QCOMPARE(listed.nik, QStringLiteral("3571030404700004"));
        QCOMPARE(listed.personId, QStringLiteral("H2.01"));
        QCOMPARE(listed.address, QStringLiteral("Jl. Mawar 2 RT 002/RW 001"));
    }

    void aNewMemberIsNamedNotTheHead()
    {
        const RequestSubject s =
            of(request(4, RequestKind::NewMember, QStringLiteral("H1"), {},
                       {{QStringLiteral("member"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Bayu Santoso")}}}}));
        QCOMPARE(s.name, QStringLiteral("Bayu Santoso"));
        QCOMPARE(s.householdId, QStringLiteral("H1"));
        QCOMPARE(s.detail(), QStringLiteral("anggota baru"));
    }

    void aCitizenProposalNamesTheFamily()
    {
        const RequestSubject s =
            of(request(5, RequestKind::CitizenProposal, {}, {},
                       {{QStringLiteral("proposed_name"), QStringLiteral("Ibu Sumi")},
                        {QStringLiteral("proposed_address"), QStringLiteral("Gg. Buntu 2")}}));
        QCOMPARE(s.name, QStringLiteral("Ibu Sumi"));
        QCOMPARE(s.address, QStringLiteral("Gg. Buntu 2"));
    }

    void aRelocationNamesWhoMoves()
    {
        const RequestSubject whole =
            of(request(6, RequestKind::Relocation, QStringLiteral("H1"), {},
                       {{QStringLiteral("movers"), QStringLiteral("household")}}));
        QCOMPARE(whole.name, QStringLiteral("Budi Santoso"));
        QVERIFY(whole.wholeFamily);
        QCOMPARE(whole.personIds, (QStringList{QStringLiteral("H1.01"), QStringLiteral("H1.02")}));
        QCOMPARE(whole.documentDetail(), QStringLiteral("seluruh keluarga pindah, 2 orang"));
        const RequestSubject one =
            of(request(7, RequestKind::Relocation, QStringLiteral("H1"), {},
                       {{QStringLiteral("movers"), QStringLiteral("members")},
                        {QStringLiteral("mover_ids"), QJsonArray{QStringLiteral("H1.02")}}}));
        QCOMPARE(one.name, QStringLiteral("Siti Aminah"));
        QCOMPARE(one.personId, QStringLiteral("H1.02"));
        QCOMPARE(one.documentDetail(), QStringLiteral("1 anggota pindah"));
    }

    void otherKindsNameThePersonOrTheHead()
    {
        const RequestSubject person =
            of(request(8, RequestKind::Removal, QStringLiteral("H1"), QStringLiteral("H1.02")));
        QCOMPARE(person.name, QStringLiteral("Siti Aminah"));
        QCOMPARE(person.personIds, QStringList{QStringLiteral("H1.02")});
        const RequestSubject family =
            of(request(9, RequestKind::ProgramProposal, QStringLiteral("H2"), {}));
        QCOMPARE(family.name, QStringLiteral("Agus Salim"));
        QCOMPARE(family.scope, SubjectScope::Household);
        QVERIFY(family.personIds.isEmpty()); // proposes, takes nobody out
    }
};

QTEST_GUILESS_MAIN(TestRequestSubject)
#include "TestRequestSubject.moc"
