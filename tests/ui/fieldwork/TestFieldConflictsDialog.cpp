#include "core/fieldwork/FieldConflicts.h"
#include "tests/core/fieldwork/FieldRoundTrip.h"
#include "ui/common/AppContext.h"
#include "ui/common/Prompts.h"
#include "ui/fieldwork/FieldConflictsDialog.h"
#include "ui/fieldwork/VisitsPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The conflicts view at the office, after a results bundle merge that kept one conflict of each
// kind, and its count on the Kunjungan page; offscreen.
class TestFieldConflictsDialog : public QObject
{
    Q_OBJECT

    struct Office
    {
        FieldRoundTrip field;
        QString bundle = field.disagreeOnEveryKind();
        Session session = field.f.operatorSession;
        AppContext context{*field.f.office.db, field.f.office.clock, session,
                           field.f.officeFiles()};

        int rowOf(const FieldConflictsDialog &dialog, ConflictKind kind) const
        {
            const QList<FieldConflict> open =
                FieldConflicts(*field.f.office.db, field.f.office.clock).open().value();
            for (int r = 0; r < open.size(); ++r) {
                if (open[r].kind == kind) {
                    return dialog.table()->item(r, 2)->text() == open[r].what ? r : -1;
                }
            }
            return -1;
        }
        qint64 open() const
        {
            return field.f.office.count(
                QStringLiteral("SELECT COUNT(*) FROM field_conflict WHERE resolved_at IS NULL"));
        }
    };

    // Every question the dialog asks, answered with `answer`.
    struct Answers
    {
        QList<Prompts::Question> asked;
        explicit Answers(bool answer)
        {
            Prompts::setAnswer([this, answer](const Prompts::Question &q) {
                asked.append(q);
                return answer;
            });
        }
        ~Answers() { Prompts::setAnswer({}); }
    };

    // The dialog on screen, active, the conflicts list focused (as the operator meets it).
    static bool shownWithFocus(FieldConflictsDialog &dialog)
    {
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowActive(&dialog)) {
            return false;
        }
        dialog.table()->setFocus();
        return true;
    }

private Q_SLOTS:
    void theKunjunganPageCountsTheConflicts()
    {
        Office o;
        VisitsPage page(o.context);
        QVERIFY(!page.conflictsButton()->isHidden());
        QCOMPARE(page.conflictsButton()->text(), QStringLiteral("&Konflik data: 3…"));
        FieldConflictsDialog *dialog = page.openConflicts();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 3);
        dialog->close();
        // Settled elsewhere: the page follows the store.
        const QList<FieldConflict> open =
            FieldConflicts(*o.field.f.office.db, o.field.f.office.clock).open().value();
        for (const FieldConflict &c : open) {
            QVERIFY(FieldConflicts(*o.field.f.office.db, o.field.f.office.clock)
                        .resolve(o.session, c.id, ConflictChoice::KeepOffice));
        }
        page.reload();
        QVERIFY(page.conflictsButton()->isHidden());
        QVERIFY(!page.openConflicts());
    }

    void showsBothSidesOfTheSelectedConflict()
    {
        Office o;
        FieldConflictsDialog dialog(o.context);
        QCOMPARE(dialog.table()->rowCount(), 3);
        const int point = o.rowOf(dialog, ConflictKind::Location);
        QVERIFY(point >= 0);
        dialog.table()->selectRow(point);
        QVERIFY(dialog.table()->item(point, 3)->text().contains(QStringLiteral("rina")));
        QVERIFY(dialog.table()->item(point, 4)->text().contains(QStringLiteral("budi")));
        QVERIFY(dialog.officeDetail()->text().contains(QStringLiteral("-7.817")));
        QVERIFY(dialog.fieldDetail()->text().contains(QStringLiteral("-7.8166")));
        QVERIFY(dialog.keepOfficeButton()->isEnabled());
        QVERIFY(dialog.adoptFieldButton()->isEnabled());
        const int member = o.rowOf(dialog, ConflictKind::MemberFinding);
        dialog.table()->selectRow(member);
        QVERIFY(dialog.keepOfficeButton()->isEnabled());
        QVERIFY(!dialog.adoptFieldButton()->isEnabled()); // member findings: keep only
    }

    void theButtonsSettleConflictsOneAfterAnother()
    {
        Office o;
        Answers yes(true);
        FieldConflictsDialog dialog(o.context);
        QVERIFY(shownWithFocus(dialog));
        const int answer = o.rowOf(dialog, ConflictKind::Answer);
        dialog.table()->selectRow(answer);
        dialog.adoptFieldButton()->click(); // Pakai data lapangan
        QCOMPARE(yes.asked.size(), 1);
        QCOMPARE(yes.asked[0].action, QStringLiteral("Pakai data lapangan"));
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(o.open(), 2);
        QCOMPARE(dialog.table()->rowCount(), 2);
        QCOMPARE(o.field.officeCurrent(o.field.ids[4]).value(QLatin1String("luas_lantai")),
                 QJsonValue(42));
        // The next conflict is selected: "Pakai data kantor" keeps the office's value, twice.
        QVERIFY(dialog.keepOfficeButton()->isEnabled());
        dialog.keepOfficeButton()->click();
        dialog.keepOfficeButton()->click();
        QCOMPARE(yes.asked.size(), 3);
        QCOMPARE(yes.asked[2].action, QStringLiteral("Pakai data kantor"));
        QCOMPARE(o.open(), 0);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!dialog.keepOfficeButton()->isEnabled());
        QVERIFY(!dialog.adoptFieldButton()->isEnabled());
    }

    // The operator at the office settles conflicts without the mouse: arrows choose the row, the
    // buttons' mnemonics (Alt+L, Alt+K, the ones the hint names) decide, Alt+T closes.
    void theKeyboardAloneSettlesConflicts()
    {
        Office o;
        Answers yes(true);
        FieldConflictsDialog dialog(o.context);
        QVERIFY(shownWithFocus(dialog));
        const int answer = o.rowOf(dialog, ConflictKind::Answer);
        QTest::keyClick(dialog.table(), Qt::Key_Home, Qt::ControlModifier);
        for (int r = 0; r < answer; ++r) {
            QTest::keyClick(dialog.table(), Qt::Key_Down);
        }
        QCOMPARE(dialog.table()->currentRow(), answer);
        QVERIFY(dialog.adoptFieldButton()->isEnabled());
        // A mnemonic "animates" the click: it lands a moment later.
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier); // Pakai data &lapangan
        QTRY_COMPARE(yes.asked.size(), 1);
        QCOMPARE(yes.asked[0].action, QStringLiteral("Pakai data lapangan"));
        QCOMPARE(o.open(), 2);
        QCOMPARE(o.field.officeCurrent(o.field.ids[4]).value(QLatin1String("luas_lantai")),
                 QJsonValue(42));
        QTest::keyClick(&dialog, Qt::Key_K, Qt::AltModifier); // Pakai data &kantor
        QTRY_COMPARE(yes.asked.size(), 2);
        QCOMPARE(yes.asked[1].action, QStringLiteral("Pakai data kantor"));
        QCOMPARE(o.open(), 1);
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier); // &Tutup
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(o.open(), 1); // closing decides nothing
    }

    void eachDecisionAsksFirstSayingWhatIsKeptAndWhatDiscarded()
    {
        Office o;
        FieldConflictsDialog dialog(o.context);
        const int point = o.rowOf(dialog, ConflictKind::Location);
        dialog.table()->selectRow(point);
        {
            // "Batal": nothing is decided, the point stays the office's.
            Answers no(false);
            dialog.adoptFieldButton()->click();
            QCOMPARE(no.asked.size(), 1);
            const Prompts::Question &q = no.asked[0];
            QCOMPARE(q.title, QStringLiteral("Pakai data lapangan?"));
            QCOMPARE(q.kind, Prompts::Kind::Destructive); // "Batal" is the default
            const qsizetype kept = q.text.indexOf(QStringLiteral("Yang disimpan: data lapangan"));
            const qsizetype discarded = q.text.indexOf(QStringLiteral("Yang dibuang: data kantor"));
            QVERIFY2(kept >= 0 && discarded > kept, qPrintable(q.text));
            // The field's point (budi's) under "kept", the office's (rina's) under "discarded".
            QVERIFY(q.text.indexOf(QStringLiteral("-7.8166")) > kept);
            QVERIFY(q.text.indexOf(QStringLiteral("-7.8166")) < discarded);
            QVERIFY(q.text.indexOf(QStringLiteral("rina"), discarded) > discarded);
            QVERIFY(q.text.contains(QStringLiteral("tidak bisa diubah")));
            QCOMPARE(o.open(), 3);
            QCOMPARE(dialog.table()->rowCount(), 3);
            QCOMPARE(dialog.errorText(), QString());

            dialog.keepOfficeButton()->click();
            QCOMPARE(no.asked.size(), 2);
            const Prompts::Question &keep = no.asked[1];
            QCOMPARE(keep.title, QStringLiteral("Pakai data kantor?"));
            const qsizetype officeKept =
                keep.text.indexOf(QStringLiteral("Yang disimpan: data kantor"));
            const qsizetype fieldDiscarded =
                keep.text.indexOf(QStringLiteral("Yang dibuang: data lapangan dari budi"));
            QVERIFY2(officeKept >= 0 && fieldDiscarded > officeKept, qPrintable(keep.text));
            QVERIFY(keep.text.indexOf(QStringLiteral("-7.8166")) > fieldDiscarded);
            QCOMPARE(o.open(), 3);
        }
        // Confirmed: decided.
        Answers yes(true);
        QVERIFY(dialog.resolveSelected(ConflictChoice::AdoptField));
        QCOMPARE(yes.asked.size(), 1);
        QCOMPARE(o.open(), 2);
    }

    void aSessionWithoutThePermissionCannotDecide()
    {
        Office o;
        Answers never(true);
        o.session = as(QStringLiteral("lurah"), Role::VillageHead);
        FieldConflictsDialog dialog(o.context);
        QCOMPARE(dialog.table()->rowCount(), 3);
        dialog.table()->selectRow(0);
        QVERIFY(!dialog.keepOfficeButton()->isEnabled());
        QVERIFY(!dialog.adoptFieldButton()->isEnabled());
        // The service refuses whatever the screen offers.
        QVERIFY(!dialog.resolveSelected(ConflictChoice::KeepOffice));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(never.asked.isEmpty()); // refused before asking
        QCOMPARE(o.open(), 3);
    }
};

QTEST_MAIN(TestFieldConflictsDialog)
#include "TestFieldConflictsDialog.moc"
