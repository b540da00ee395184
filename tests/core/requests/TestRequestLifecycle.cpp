#include "core/requests/ChangeRequest.h"

#include <QTest>

using namespace tepat;
using S = RequestState;

class TestRequestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWholeRoadIsLegal()
    {
        const QList<S> road{S::Draft,    S::OnAgenda, S::Approved, S::Queued, S::Sent,
                            S::Received, S::Verified, S::Ratified, S::Final};
        for (qsizetype i = 1; i < road.size(); ++i) {
            QVERIFY2(RequestLifecycle::canTransition(road[i - 1], road[i]),
                     qPrintable(RequestLifecycle::code(road[i - 1]) + QStringLiteral("->") +
                                RequestLifecycle::code(road[i])));
        }
        QVERIFY(RequestLifecycle::isTerminal(S::Final));
    }

    void musyawarahOutcomes()
    {
        QVERIFY(RequestLifecycle::canTransition(S::OnAgenda, S::Approved));
        QVERIFY(RequestLifecycle::canTransition(S::OnAgenda, S::Rejected));
        QVERIFY(RequestLifecycle::canTransition(S::OnAgenda, S::Deferred));
        QVERIFY(RequestLifecycle::canTransition(S::Deferred, S::OnAgenda));
        QVERIFY(RequestLifecycle::isTerminal(S::Rejected));
    }

    void illegalShortcutsAreRefused_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("draft straight to outbox") << int(S::Draft) << int(S::Queued);
        QTest::newRow("draft approved without musyawarah") << int(S::Draft) << int(S::Approved);
        QTest::newRow("rejected into outbox") << int(S::Rejected) << int(S::Queued);
        QTest::newRow("deferred into outbox") << int(S::Deferred) << int(S::Queued);
        QTest::newRow("on agenda to sent") << int(S::OnAgenda) << int(S::Sent);
        QTest::newRow("queued back to draft") << int(S::Queued) << int(S::Draft);
        QTest::newRow("received back to queued") << int(S::Received) << int(S::Queued);
        QTest::newRow("verified to final, skipping ratification")
            << int(S::Verified) << int(S::Final);
        QTest::newRow("final reopened") << int(S::Final) << int(S::Draft);
        QTest::newRow("discarded revived") << int(S::Discarded) << int(S::Draft);
        QTest::newRow("dinsos rejected to verified") << int(S::DinsosRejected) << int(S::Verified);
        QTest::newRow("same state") << int(S::Draft) << int(S::Draft);
    }

    void illegalShortcutsAreRefused()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QVERIFY(!RequestLifecycle::canTransition(S(from), S(to)));
    }

    void reasonsAreRequiredWhereTheySayNo()
    {
        QVERIFY(RequestLifecycle::requiresReason(S::Rejected));
        QVERIFY(RequestLifecycle::requiresReason(S::Deferred));
        QVERIFY(RequestLifecycle::requiresReason(S::DinsosRejected));
        QVERIFY(RequestLifecycle::requiresReason(S::Discarded));
        QVERIFY(!RequestLifecycle::requiresReason(S::Approved));
    }

    void codesRoundTrip()
    {
        for (S state : RequestLifecycle::allStates()) {
            QCOMPARE(RequestLifecycle::stateFromCode(RequestLifecycle::code(state)), state);
            QVERIFY(!RequestLifecycle::label(state).isEmpty());
        }
        for (RequestKind kind : RequestLifecycle::allKinds()) {
            QCOMPARE(RequestLifecycle::kindFromCode(RequestLifecycle::code(kind)), kind);
            QVERIFY(!RequestLifecycle::label(kind).isEmpty());
        }
        QCOMPARE(RequestLifecycle::allKinds().size(), 8);
        QVERIFY(!RequestLifecycle::stateFromCode(u"nonsense"));
    }
};

QTEST_GUILESS_MAIN(TestRequestLifecycle)
#include "TestRequestLifecycle.moc"
