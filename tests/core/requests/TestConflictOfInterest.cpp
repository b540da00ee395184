#include "core/requests/ConflictOfInterest.h"

#include <QTest>

using namespace tepat;

namespace {

const QString kVillage = QStringLiteral("35.71.03.1001");

PersonFacts person(const QString &id, const QString &household, const QString &nik,
                   const QString &name, Sex sex, QDate born)
{
    PersonFacts p;
    p.id = id;
    p.householdId = household;
    p.nik = nik;
    p.name = name;
    p.sex = sex;
    p.birthDate = born;
    p.villageCode = kVillage;
    return p;
}

// The head of RT 002/RW 001, who lives in H9 at Jl. Kenanga 9 with KK 3571031505180009.
RecommenderFacts headOfRt()
{
    RecommenderFacts r;
    r.role = Recommender::Head;
    r.person =
        person(QStringLiteral("H9.01"), QStringLiteral("H9"), QStringLiteral("3571030505700009"),
               QStringLiteral("Darto Wiyono"), Sex::Male, QDate(1970, 5, 5));
    r.person.rt = QStringLiteral("002");
    r.person.rw = QStringLiteral("001");
    r.person.address = QStringLiteral("Jl. Kenanga 9");
    r.kkNumber = QStringLiteral("3571031505180009");
    r.sameName = 1;
    r.sameFirstWord = 3;
    return r;
}

// A proposed new family of two in RT 002/RW 001, nobody related to the head of RT.
ProposedFamily newFamily()
{
    ProposedFamily f;
    f.kkNumber = QStringLiteral("3571031505180077");
    f.villageCode = kVillage;
    f.rt = QStringLiteral("2");
    f.rw = QStringLiteral("1");
    f.address = QStringLiteral("Jl. Flamboyan 12");
    f.members = {person({}, {}, QStringLiteral("3571031111900001"), QStringLiteral("Slamet Riyadi"),
                        Sex::Male, QDate(1990, 11, 11)),
                 person({}, {}, QStringLiteral("3571035212920002"), QStringLiteral("Wulan Sari"),
                        Sex::Female, QDate(1992, 12, 12))};
    return f;
}

ConflictOfInterest check()
{
    return ConflictOfInterest(MatchModel::defaults(), 5000);
}

} // namespace

// The conflict-of-interest rules against the register's duplicate matcher.
class TestConflictOfInterest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnrelatedRecommenderIsNotFlagged()
    {
        QVERIFY(check().assess({headOfRt()}, newFamily()).isEmpty());
        QVERIFY(check().assess({}, newFamily()).isEmpty());
        QVERIFY(check().assess({headOfRt()}, ProposedFamily{}).isEmpty());
        // Same RT/RW is the head's own neighbourhood, not an interest in the family.
        ProposedFamily f = newFamily();
        f.address = QStringLiteral("Jl. Kenanga 10");
        QVERIFY(check().assess({headOfRt()}, f).isEmpty());
    }

    // A head of RT who is a member of the family (its household in the register, or by NIK
    // among a new family's members) is flagged once, as a member.
    void aHeadOfRtInTheFamilyIsFlagged()
    {
        ProposedFamily existing;
        existing.householdId = QStringLiteral("H9");
        existing.kkNumber = QStringLiteral("3571031505180009");
        existing.rt = QStringLiteral("002");
        existing.rw = QStringLiteral("001");
        existing.address = QStringLiteral("Jl. Kenanga 9");
        existing.members = {headOfRt().person};
        const QList<ConflictReason> reasons = check().assess({headOfRt()}, existing);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons[0].kind, InterestKind::Member);
        QCOMPARE(reasons[0].recommender, Recommender::Head);
        QCOMPARE(Recommendations::documentReason(reasons[0]),
                 QStringLiteral("ketua RT/RW pengusul anggota keluarga yang diusulkan"));

        ProposedFamily proposed = newFamily();
        PersonFacts self = headOfRt().person;
        self.id.clear();
        self.householdId.clear();
        proposed.members << self;
        const QList<ConflictReason> byNik = check().assess({headOfRt()}, proposed);
        QCOMPARE(byNik.size(), 1);
        QCOMPARE(byNik[0].kind, InterestKind::Member);
    }

    void theSameKkIsFlagged()
    {
        ProposedFamily f = newFamily();
        f.kkNumber = QStringLiteral("3571-0315-0518-0009"); // the head's KK, written with dashes
        const QList<ConflictReason> reasons = check().assess({headOfRt()}, f);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons[0].kind, InterestKind::SameKk);
        QCOMPARE(Recommendations::documentReason(reasons[0]),
                 QStringLiteral("ketua RT/RW pengusul satu KK"));
    }

    void theSameAddressIsFlagged()
    {
        ProposedFamily f = newFamily();
        f.address = QStringLiteral("jl.  KENANGA 9"); // case, spaces and dots aside
        const QList<ConflictReason> reasons = check().assess({headOfRt()}, f);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons[0].kind, InterestKind::SameAddress);
        // Another RT with the same street text is another address.
        f.rt = QStringLiteral("3");
        QVERIFY(check().assess({headOfRt()}, f).isEmpty());
    }

    // The operator's linked record is, by the matcher, one of the proposed members: the old
    // spelling of the name, the same birth date, one NIK digit mistyped.
    void aLikelyDuplicateOfAMemberIsFlaggedWithItsScore()
    {
        RecommenderFacts operatorSelf;
        operatorSelf.role = Recommender::Account;
        operatorSelf.person = person(QStringLiteral("H4.01"), QStringLiteral("H4"),
                                     QStringLiteral("3571030303800003"), QStringLiteral("Suparman"),
                                     Sex::Male, QDate(1980, 3, 3));
        operatorSelf.person.rt = QStringLiteral("004");
        operatorSelf.person.rw = QStringLiteral("001");
        operatorSelf.person.address = QStringLiteral("Jl. Melati 4");
        operatorSelf.sameName = 1;
        operatorSelf.sameFirstWord = 1;
        ProposedFamily f = newFamily();
        f.members << person({}, {}, QStringLiteral("3571030303800008"), QStringLiteral("Soeparman"),
                            Sex::Male, QDate(1980, 3, 3));
        const QList<ConflictReason> reasons = check().assess({operatorSelf}, f);
        QCOMPARE(reasons.size(), 1);
        QCOMPARE(reasons[0].kind, InterestKind::LikelySame);
        QCOMPARE(reasons[0].recommender, Recommender::Account);
        QCOMPARE(reasons[0].memberName, QStringLiteral("Soeparman"));
        QVERIFY2(reasons[0].score >= ConflictOfInterest::kLikelyFrom,
                 qPrintable(QString::number(reasons[0].score)));
        QVERIFY(Recommendations::documentReason(reasons[0])
                    .startsWith(QStringLiteral("pengusul kemungkinan sama dengan anggota keluarga "
                                               "Soeparman (skor 0,")));
        // Born another year and with another NIK: another person.
        f.members.last().birthDate = QDate(1961, 7, 20);
        f.members.last().nik = QStringLiteral("3571032007610005");
        QVERIFY(check().assess({operatorSelf}, f).isEmpty());
    }

    // Both recommenders are judged; each reason once.
    void bothRecommendersAreJudged()
    {
        RecommenderFacts operatorSelf = headOfRt();
        operatorSelf.role = Recommender::Account;
        ProposedFamily f = newFamily();
        f.kkNumber = headOfRt().kkNumber;
        const QList<ConflictReason> reasons = check().assess({operatorSelf, headOfRt()}, f);
        QCOMPARE(reasons.size(), 2);
        QCOMPARE(reasons[0].recommender, Recommender::Account);
        QCOMPARE(reasons[1].recommender, Recommender::Head);
        QCOMPARE(Recommendations::documentReasons(reasons),
                 QStringLiteral("pengusul satu KK; ketua RT/RW pengusul satu KK"));
    }

    void reasonsRoundTripThroughJson()
    {
        ConflictReason likely;
        likely.kind = InterestKind::LikelySame;
        likely.recommender = Recommender::Head;
        likely.memberName = QStringLiteral("Soeparman");
        likely.personId = QStringLiteral("H1.03");
        likely.score = 0.97;
        ConflictReason kk;
        kk.kind = InterestKind::SameKk;
        const QJsonArray json = Recommendations::toJson({likely, kk});
        QCOMPARE(json[0].toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("likely_same_person"));
        QCOMPARE(json[1].toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("pengusul satu KK"));
        QCOMPARE(Recommendations::conflictsFromJson(json), (QList<ConflictReason>{likely, kk}));
    }

    void theLineSaysWhoAndThroughWhichHead()
    {
        QCOMPARE(Recommendations::documentLine(
                     QStringLiteral("Rina Wati"),
                     {QStringLiteral(" Darto "), QStringLiteral("3"), QStringLiteral("02")}),
                 QStringLiteral("Diusulkan oleh: Rina Wati; melalui Ketua RT 003/RW 002 Darto"));
        QCOMPARE(Recommendations::documentLine(QStringLiteral("Rina Wati"),
                                               {QStringLiteral("Darto"), {}, QStringLiteral("2")}),
                 QStringLiteral("Diusulkan oleh: Rina Wati; melalui Ketua RW 002 Darto"));
        QCOMPARE(Recommendations::documentLine(QStringLiteral("Rina Wati"), {}),
                 QStringLiteral("Diusulkan oleh: Rina Wati"));
    }
};

QTEST_GUILESS_MAIN(TestConflictOfInterest)
#include "TestConflictOfInterest.moc"
