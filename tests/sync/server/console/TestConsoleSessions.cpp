#include "core/common/Clock.h"
#include "sync/server/console/ConsoleSessions.h"

#include <QSet>
#include <QTest>

using namespace tepat;
using namespace tepat::central::console;

class TestConsoleSessions : public QObject
{
    Q_OBJECT

    static QDateTime start() { return QDateTime(QDate(2026, 12, 2), QTime(2, 0), Qt::UTC); }

private Q_SLOTS:
    void aSessionEndsWhenIdleOrTooOldOrClosed()
    {
        FixedClock clock(start());
        ConsoleSessions sessions(clock);
        const ConsoleSession s =
            sessions.open(7, QStringLiteral("dinsos.kediri"), QStringLiteral("Supervisor"),
                          QStringLiteral("35.71"), ConsoleSessions::credentialOf("$argon2id$x"));
        QVERIFY(s.id != s.csrf);
        QCOMPARE(sessions.find(s.id)->accountId, 7);
        QCOMPARE(sessions.find(s.id)->credential, ConsoleSessions::credentialOf("$argon2id$x"));
        QVERIFY(ConsoleSessions::credentialOf("$argon2id$x") !=
                ConsoleSessions::credentialOf("$argon2id$y"));
        // Each use moves the idle deadline; the working-day limit stays.
        for (int i = 0; i < 2 * ConsoleSessions::kMaxHours; ++i) {
            clock.advanceSeconds(29 * 60);
            QVERIFY(sessions.find(s.id).has_value());
        }
        clock.advanceSeconds(29 * 60);
        QVERIFY(!sessions.find(s.id).has_value()); // 12 h 5 min after opening
        const ConsoleSession idle = sessions.open(7, {}, {}, {}, {});
        clock.advanceSeconds(ConsoleSessions::kIdleMinutes * 60);
        QVERIFY(!sessions.find(idle.id).has_value());
        QCOMPARE(sessions.count(), 0); // the expired ones are forgotten
        const ConsoleSession closed = sessions.open(7, {}, {}, {}, {});
        sessions.close(closed.id);
        QVERIFY(!sessions.find(closed.id).has_value());
        QVERIFY(!sessions.find({}).has_value());
    }

    void tokensAreRandomAndComparedWhole()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i) {
            const QByteArray t = ConsoleSessions::randomToken();
            QCOMPARE(t.size(), 43); // 32 bytes, base64url without padding
            QVERIFY(!seen.contains(t));
            seen.insert(t);
        }
        const QByteArray t = ConsoleSessions::randomToken();
        QVERIFY(ConsoleSessions::sameToken(t, t));
        QVERIFY(!ConsoleSessions::sameToken(t.left(42), t));
        QVERIFY(!ConsoleSessions::sameToken(t.left(42) + 'x', t));
        QVERIFY(!ConsoleSessions::sameToken({}, {}));
    }

    void theOldestGoWhenTooManyAreOpen()
    {
        FixedClock clock(start());
        ConsoleSessions sessions(clock);
        const ConsoleSession first = sessions.open(1, {}, {}, {}, {});
        clock.advanceSeconds(1);
        for (int i = 1; i < ConsoleSessions::kMaxSessions; ++i) {
            sessions.open(1, {}, {}, {}, {});
        }
        QCOMPARE(sessions.count(), ConsoleSessions::kMaxSessions);
        const ConsoleSession last = sessions.open(1, {}, {}, {}, {});
        QCOMPARE(sessions.count(), ConsoleSessions::kMaxSessions);
        QVERIFY(!sessions.find(first.id).has_value());
        QVERIFY(sessions.find(last.id).has_value());
    }
};

QTEST_GUILESS_MAIN(TestConsoleSessions)
#include "TestConsoleSessions.moc"
