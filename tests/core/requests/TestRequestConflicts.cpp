#include "core/requests/RequestConflicts.h"
#include "tests/core/requests/RegisterFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Requests on one household that cannot both be carried out.
class TestRequestConflicts : public QObject
{
    Q_OBJECT

    TempStore m_store;

    QList<RequestConflict> among(const QList<ChangeRequest> &requests) const
    {
        return RequestConflicts(*m_store.db, m_store.clock).among(requests);
    }

    static ChangeRequest died(qint64 id, const QString &person)
    {
        return request(id, RequestKind::Removal, QStringLiteral("H1"), person,
                       {{QStringLiteral("reason"), QStringLiteral("died")}});
    }

    static ChangeRequest moves(qint64 id, const QStringList &members = {})
    {
        QJsonObject p{{QStringLiteral("movers"), members.isEmpty() ? QStringLiteral("household")
                                                                   : QStringLiteral("members")}};
        if (!members.isEmpty()) {
            p.insert(QStringLiteral("mover_ids"), QJsonArray::fromStringList(members));
        }
        return request(id, RequestKind::Relocation, QStringLiteral("H1"), {}, p);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(importTwoFamilies(m_store)); }

    void theHeadCannotDieAndMove()
    {
        const QList<RequestConflict> found = among({died(1, QStringLiteral("H1.01")), moves(2)});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].first, 1);
        QCOMPARE(found[0].second, 2);
        QVERIFY(found[0].message.contains(QStringLiteral("Budi Santoso")));
        QVERIFY(found[0].message.contains(QStringLiteral("#1")));
        QVERIFY(found[0].message.contains(QStringLiteral("#2")));
        // The spouse moving alone is no contradiction.
        QVERIFY(among({died(1, QStringLiteral("H1.01")), moves(2, {QStringLiteral("H1.02")})})
                    .isEmpty());
        QCOMPARE(
            among({died(1, QStringLiteral("H1.01")), moves(2, {QStringLiteral("H1.01")})}).size(),
            1);
    }

    void oneRemovalPerPerson()
    {
        QCOMPARE(among({died(1, QStringLiteral("H1.02")), died(2, QStringLiteral("H1.02"))}).size(),
                 1);
        QVERIFY(
            among({died(1, QStringLiteral("H1.02")), died(2, QStringLiteral("H1.01"))}).isEmpty());
        // Taking out the whole family covers every member.
        const ChangeRequest family =
            request(3, RequestKind::Removal, QStringLiteral("H1"), {},
                    {{QStringLiteral("reason"), QStringLiteral("no_longer_poor")}});
        QCOMPARE(among({family, died(4, QStringLiteral("H1.02"))}).size(), 1);
    }

    void noCorrectionOfSomeoneTakenOut()
    {
        const ChangeRequest fixName =
            request(5, RequestKind::Correction, QStringLiteral("H1"), QStringLiteral("H1.02"));
        const QList<RequestConflict> found = among({fixName, died(6, QStringLiteral("H1.02"))});
        QCOMPARE(found.size(), 1);
        QVERIFY(found[0].message.contains(QStringLiteral("Siti Aminah")));
        QVERIFY(among({fixName, died(6, QStringLiteral("H1.01"))}).isEmpty());
        // The family's address corrected while the whole family moves away.
        const ChangeRequest fixAddress =
            request(7, RequestKind::Correction, QStringLiteral("H1"), {});
        QCOMPARE(among({fixAddress, moves(8)}).size(), 1);
        QVERIFY(among({fixAddress, died(9, QStringLiteral("H1.02"))}).isEmpty());
    }

    void otherHouseholdsAndKindsAreIndependent()
    {
        const ChangeRequest other =
            request(10, RequestKind::Removal, QStringLiteral("H2"), QStringLiteral("H2.01"));
        QVERIFY(among({died(1, QStringLiteral("H1.01")), other}).isEmpty());
        const ChangeRequest program = request(11, RequestKind::ProgramProposal,
                                              QStringLiteral("H1"), QStringLiteral("H1.01"));
        QVERIFY(among({died(1, QStringLiteral("H1.01")), program}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestConflicts)
#include "TestRequestConflicts.moc"
