#include "core/fieldwork/FieldVisits.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "tests/core/fieldwork/FieldworkFixture.h"
#include "ui/common/AppContext.h"
#include "ui/fieldwork/VisitDialog.h"
#include "ui/fieldwork/VisitsPage.h"
#include "ui/questionnaire/QuestionnaireForm.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The Kunjungan page on a laptop store made from a work package, offscreen.
class TestVisitsPage : public QObject
{
    Q_OBJECT

    struct Laptop
    {
        FieldworkFixture f;
        std::unique_ptr<Database> db;
        QStringList ids;
        Session session{Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff}};
        std::unique_ptr<AppContext> context;
        Laptop()
        {
            ids = f.firstHouseholds(8);
            if (!f.exportPackage({{}, {}, ids}, f.packagePath()) ||
                !f.importPackage(f.packagePath())) {
                qFatal("package round trip failed");
            }
            db = std::move(Database::open(f.laptopPath()).value());
            context = std::make_unique<AppContext>(
                AppContext{*db, f.office.clock, session, ContentStore::rootFor(f.laptopPath())});
        }
        int rowOf(const VisitsPage &page, const QString &id) const
        {
            for (int r = 0; r < page.table()->rowCount(); ++r) {
                if (page.table()->item(r, 0)->text() == id) {
                    return r;
                }
            }
            return -1;
        }
    };

private Q_SLOTS:
    void listsTheAssignedHouseholdsToDo()
    {
        Laptop l;
        VisitsPage page(*l.context);
        QCOMPARE(page.table()->rowCount(), 8);
        QCOMPARE(page.progressText()->text(), QStringLiteral("0 dari 8 keluarga sudah dikunjungi"));
        QCOMPARE(page.progressBar()->value(), 0);
        for (int r = 0; r < 8; ++r) {
            QCOMPARE(page.table()->item(r, 5)->text(), QStringLiteral("Belum dikunjungi"));
        }
        QVERIFY(page.areaFilter()->count() >= 2);
        QVERIFY(page.areaFilter()->itemText(0).startsWith(QStringLiteral("Semua RT")));
    }

    void showsVisitStatesAndProgressByRt()
    {
        Laptop l;
        Visit v;
        v.householdId = l.ids[0];
        v.visitedOn = QDate(2026, 11, 23);
        QVERIFY(FieldVisits(*l.db, l.f.office.clock).record(l.session, v));
        v.householdId = l.ids[1];
        v.outcome = VisitOutcome::NotFound;
        QVERIFY(FieldVisits(*l.db, l.f.office.clock).record(l.session, v));
        VisitsPage page(*l.context);
        QCOMPARE(page.progressText()->text(), QStringLiteral("2 dari 8 keluarga sudah dikunjungi"));
        QCOMPARE(page.progressBar()->value(), 2);
        QCOMPARE(page.table()->item(l.rowOf(page, l.ids[0]), 5)->text(),
                 QStringLiteral("Sudah dikunjungi"));
        QCOMPARE(page.table()->item(l.rowOf(page, l.ids[1]), 5)->text(),
                 QStringLiteral("Tidak ditemukan"));
        QCOMPARE(page.table()->item(l.rowOf(page, l.ids[0]), 6)->text(),
                 QStringLiteral("23 November 2026"));

        // One RT only: its households and its own count.
        const QStringList area = page.areaFilter()->itemData(1).toStringList();
        page.showArea(area.value(0), area.value(1));
        QCOMPARE(page.areaFilter()->currentIndex(), 1);
        const auto inArea = FieldVisits(*l.db, l.f.office.clock).assigned(area[0], area[1]);
        QCOMPARE(page.table()->rowCount(), int(inArea->size()));
        for (int r = 0; r < page.table()->rowCount(); ++r) {
            QCOMPARE(page.table()->item(r, 2)->text(), area[0] + u'/' + area[1]);
        }
    }

    void theVisitFormRecordsFindingsAndRefusesGaps()
    {
        Laptop l;
        VisitsPage page(*l.context);
        page.table()->selectRow(l.rowOf(page, l.ids[2]));
        VisitDialog *dialog = page.openSelected();
        QVERIFY(dialog);
        QCOMPARE(dialog->householdId(), l.ids[2]);
        QVERIFY(dialog->memberRows() >= 1);
        auto q = l.db->query(QStringLiteral("SELECT id FROM person WHERE household_id = ? AND "
                                            "status = 'active' ORDER BY id LIMIT 1"),
                             {l.ids[2]});
        QVERIFY(q && q->next());
        const QString member = q->value(0).toString();
        QVERIFY(dialog->setFinding(member, MemberFinding::Moved, QDate(2026, 10, 1)));
        QVERIFY(!dialog->save()); // where to is missing
        QVERIFY(dialog->errorText().contains(QStringLiteral("pindah")));
        QVERIFY(dialog->setFinding(member, MemberFinding::Moved, QDate(2026, 10, 1),
                                   QStringLiteral("Kota Blitar")));
        dialog->addNewMember(QStringLiteral("Bayi Sintetis"), Relationship::Grandchild);
        dialog->setNotes(QStringLiteral("Anak kedua lahir bulan lalu."));
        QVERIFY2(dialog->save(), qPrintable(dialog->errorText()));
        const std::optional<Visit> stored =
            FieldVisits(*l.db, l.f.office.clock).visitOf(l.ids[2]).value();
        QVERIFY(stored);
        QCOMPARE(stored->notes, QStringLiteral("Anak kedua lahir bulan lalu."));
        int moved = 0, added = 0;
        for (const VisitMember &m : stored->members) {
            moved += m.finding == MemberFinding::Moved && m.place == QLatin1String("Kota Blitar");
            if (m.finding == MemberFinding::New) {
                ++added;
                // The new member's relationship to the head travels with the finding.
                QCOMPARE(m.person.value(QLatin1String("name")).toString(),
                         QStringLiteral("Bayi Sintetis"));
                QCOMPARE(m.person.value(QLatin1String("relationship")).toString(),
                         vocabulary::code(Relationship::Grandchild));
            }
        }
        QCOMPARE(moved, 1);
        QCOMPARE(added, 1);
        // Opening the form again shows what was saved, the relationship chosen included.
        VisitDialog again(*l.context, l.ids[2]);
        QCOMPARE(again.memberRows(), dialog->memberRows());
        const auto *relationship = again.findChild<QComboBox *>(QStringLiteral("relationship"));
        QVERIFY(relationship);
        QCOMPARE(relationship->currentData().toString(),
                 vocabulary::code(Relationship::Grandchild));
        QCOMPARE(relationship->findData(vocabulary::code(Relationship::Head)), -1);
        page.reload();
        QCOMPARE(page.table()->item(l.rowOf(page, l.ids[2]), 5)->text(),
                 QStringLiteral("Sudah dikunjungi"));
    }

    void theQuestionnaireIsAutosavedAndBlocksAnIncompleteVisit()
    {
        Laptop l;
        QString responseUuid;
        {
            VisitDialog dialog(*l.context, l.ids[3]);
            QuestionnaireForm *form = dialog.questionnaire();
            QVERIFY(form);
            QVERIFY(form->sectionCount() >= 3); // Perumahan, Aset, the members
            form->setAnswer(QStringLiteral("household/status_kepemilikan_rumah"),
                            QStringLiteral("1"));
            form->setAnswer(QStringLiteral("household/luas_lantai"), 36);
            // Saved shortly after the edit, without pressing anything.
            const auto saved = [&] {
                auto q = l.db->query(QStringLiteral("SELECT COUNT(*) FROM questionnaire_response "
                                                    "WHERE household_id = ?"),
                                     {l.ids[3]});
                return q && q->next() ? q->value(0).toInt() : -1;
            };
            QCOMPARE(saved(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(saved(), 1, VisitDialog::kAutosaveMs * 10);
            // A visit that found the family is not saved with an incomplete questionnaire.
            dialog.setOutcome(VisitOutcome::Visited);
            QVERIFY(!dialog.save());
            QVERIFY(dialog.errorText().contains(QStringLiteral("Kuesioner")));
            // Another outcome needs no questionnaire; the last edit is kept when the form closes.
            form->setAnswer(QStringLiteral("household/luas_lantai"), 40);
            dialog.setOutcome(VisitOutcome::Refused);
            QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
        }
        const auto stored =
            QuestionnaireResponses(*l.db, l.f.office.clock).latest(l.ids[3]).value();
        QVERIFY(stored);
        QCOMPARE(stored->origin, ResponseOrigin::Field);
        QCOMPARE(stored->answers.version, 1);
        QCOMPARE(stored->answers.household.value(QLatin1String("luas_lantai")), QJsonValue(40));
        QCOMPARE(stored->recordedBy, QStringLiteral("budi"));
        // Opening the form again shows the answers.
        VisitDialog again(*l.context, l.ids[3]);
        QCOMPARE(again.questionnaire()->answers(), stored->answers);
    }

    void nothingAssignedSaysWhatToDo()
    {
        FieldworkFixture f;
        Session session{Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator}};
        AppContext context{*f.office.db, f.office.clock, session, f.officeFiles()};
        VisitsPage page(context);
        QCOMPARE(page.table()->rowCount(), 0);
        QCOMPARE(page.progressText()->text(), QStringLiteral("0 dari 0 keluarga sudah dikunjungi"));
        QVERIFY(!page.openSelected());
    }

    // "Kirim hasil verifikasi": only for whoever may send (the service says who), only for a
    // visited household; the same visit twice is one item in the outbox.
    void aVerificationResultIsSentFromThePage()
    {
        Laptop l;
        Visit v;
        v.householdId = l.ids[0];
        v.visitedOn = QDate(2026, 11, 23);
        QVERIFY(FieldVisits(*l.db, l.f.office.clock).record(l.session, v));
        {
            VisitsPage fieldPage(*l.context);
            QVERIFY(fieldPage.verificationButton()->isHidden());
        }
        Session operatorSession{
            Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator}};
        AppContext office{*l.db, l.f.office.clock, operatorSession, l.context->filesFolder};
        VisitsPage page(office);
        QVERIFY(!page.verificationButton()->isHidden());
        page.table()->selectRow(l.rowOf(page, l.ids[1])); // not visited
        QVERIFY(!page.verificationButton()->isEnabled());
        page.table()->selectRow(l.rowOf(page, l.ids[0]));
        QVERIFY(page.verificationButton()->isEnabled());
        QTest::mouseClick(page.verificationButton(), Qt::LeftButton);
        QVERIFY(page.notice()->text().contains(l.ids[0]));
        QVERIFY(page.notice()->text().contains(QStringLiteral("kotak keluar")));
        QVERIFY(page.sendVerification());
        auto q = l.db->query(
            QStringLiteral("SELECT count(*), min(household_id) FROM verification_outbox"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
        QCOMPARE(q->value(1).toString(), l.ids[0]);
    }
};

QTEST_MAIN(TestVisitsPage)
#include "TestVisitsPage.moc"
