#include "core/storage/AuditTrail.h"
#include "tests/app/cli/CliRunner.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

// tepat-cli audit verify (docs/cli.md): "intact" or the first broken entry, exit 1 when broken.
class TestAuditCommand : public QObject
{
    Q_OBJECT

    static CliRun cli(const QStringList &args) { return runCli(QStringLiteral(TEPAT_CLI), args); }

private Q_SLOTS:
    void intactThenBroken()
    {
        TempStore store;
        const AuditTrail trail(*store.db, store.clock);
        for (int i = 1; i <= 6; ++i) {
            QVERIFY(trail.record(QStringLiteral("rina"), QStringLiteral("request.create"),
                                 QStringLiteral("change_request"), QString::number(i)));
        }
        const QString head = trail.head().value();
        const QStringList args{QStringLiteral("audit"), QStringLiteral("verify"),
                               QStringLiteral("--db"), store.path()};
        CliRun r = cli(args);
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out, QStringLiteral("intact\t6\t%1\n").arg(head));
        QCOMPARE(
            cli(args + QStringList{QStringLiteral("--anchor"), QStringLiteral("6:") + head}).exit,
            0);
        QCOMPARE(cli(args + QStringList{QStringLiteral("--anchor"), QStringLiteral("6:abc")}).exit,
                 2);

        QVERIFY(store.db->execute("DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET "
                                  "actor = 'budi' WHERE id = 3"));
        r = cli(args);
        QCOMPARE(r.exit, 1);
        const QStringList columns = r.out.trimmed().split(u'\t');
        QCOMPARE(columns.mid(0, 3), (QStringList{"broken", "3", "changed"}));
        QVERIFY(columns.value(3).contains(QStringLiteral("#3")));

        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                      store.file(QStringLiteral("tidak-ada.sqlite"))})
                     .exit,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "TestAuditCommand.moc"
