// The register-based request forms in their dialog: here, who moves in a relocation.

#include "core/register/RegisterRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/requests/RequestFormController.h"
#include "ui/requests/RequestFormDialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestRegisterRequestEditors : public QObject
{
    Q_OBJECT

    static void choose(QComboBox *combo, const QString &code)
    {
        combo->setCurrentIndex(combo->findData(code));
        Q_EMIT combo->activated(combo->currentIndex());
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
    void relocationSaysWhoMoves()
    {
        UiFixture f;
        const QString household = QStringLiteral("3571031001.000001");
        const QList<Person> members = *RegisterRepository(*f.db, f.clock).members(household);
        QVERIFY(members.size() >= 2);
        ChangeRequest r;
        r.kind = RequestKind::Relocation;
        r.householdId = household;
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        QTest::keyClicks(dialog.findChildren<QLineEdit *>().first(), QStringLiteral("bandar lor"));
        auto *movers = dialog.findChild<QComboBox *>(QStringLiteral("movers"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("mover_ids"));
        QVERIFY(movers && list);
        // Nothing chosen yet: the form does not guess the whole family (or the head).
        QVERIFY(codes(dialog.controller().findings())
                    .contains(QStringLiteral("request.movers_missing")));
        QVERIFY(!list->isEnabled());

        // One named member moves; the head stays.
        choose(movers, QStringLiteral("members"));
        QVERIFY(list->isEnabled());
        QVERIFY(
            codes(dialog.controller().findings()).contains(QStringLiteral("request.movers_empty")));
        QListWidgetItem *spouse = nullptr;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == members[1].id) {
                spouse = list->item(row);
            }
        }
        QVERIFY(spouse);
        spouse->setCheckState(Qt::Checked);
        const ChangeRequest &request = dialog.controller().request();
        QCOMPARE(request.payload.value(QStringLiteral("movers")).toString(),
                 QStringLiteral("members"));
        QCOMPARE(request.payload.value(QStringLiteral("mover_ids")).toArray(),
                 QJsonArray{members[1].id});
        QCOMPARE(request.personId, members[1].id);
        QCOMPARE(codes(dialog.controller().findings()), QStringList{});

        // The whole family: no member list is kept.
        choose(movers, QStringLiteral("household"));
        QVERIFY(!list->isEnabled());
        QVERIFY(!dialog.controller().request().payload.contains(QStringLiteral("mover_ids")));
        QCOMPARE(dialog.controller().request().personId, QString());
        dialog.close();
    }

    void aSavedRelocationShowsWhoMoves()
    {
        UiFixture f;
        const QString household = QStringLiteral("3571031001.000001");
        const QList<Person> members = *RegisterRepository(*f.db, f.clock).members(household);
        ChangeRequest r;
        r.kind = RequestKind::Relocation;
        r.householdId = household;
        r.payload = {{QStringLiteral("destination_village"), QStringLiteral("35.71.01.1001")},
                     {QStringLiteral("movers"), QStringLiteral("members")},
                     {QStringLiteral("mover_ids"), QJsonArray{members[1].id}}};
        RequestFormDialog dialog(f.context, r);
        auto *movers = dialog.findChild<QComboBox *>(QStringLiteral("movers"));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("mover_ids"));
        QCOMPARE(movers->currentData().toString(), QStringLiteral("members"));
        int checked = 0;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked) {
                ++checked;
                QCOMPARE(list->item(row)->data(Qt::UserRole).toString(), members[1].id);
            }
        }
        QCOMPARE(checked, 1);
    }
};

QTEST_MAIN(TestRegisterRequestEditors)
#include "TestRegisterRequestEditors.moc"
