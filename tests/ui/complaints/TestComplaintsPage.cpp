#include "core/complaints/ComplaintRegister.h"
#include "tests/ui/UiSupport.h"
#include "ui/common/Prompts.h"
#include "ui/complaints/ComplaintDialog.h"
#include "ui/complaints/ComplaintOutcomeDialog.h"
#include "ui/complaints/ComplaintsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The Pengaduan page on a demo village, driven as an operator would.
class TestComplaintsPage : public QObject
{
    Q_OBJECT

    static Complaint complaint(const QString &subject,
                               ComplaintKind kind = ComplaintKind::Complaint)
    {
        Complaint c;
        c.kind = kind;
        c.channel = ComplaintChannel::Counter;
        c.complainantName = QStringLiteral("Warga RT 01");
        c.subject = subject;
        return c;
    }

    static QStringList column(const ComplaintsPage &page, int col)
    {
        QStringList out;
        for (int r = 0; r < page.table()->rowCount(); ++r) {
            out << page.table()->item(r, col)->text();
        }
        return out;
    }

    static constexpr int kSubject = 6;
    static constexpr int kStatus = 7;

private Q_SLOTS:
    void cleanup() { Prompts::setAnswer({}); }

    void listsOpenComplaintsNewestFirstAndFilters()
    {
        UiFixture f(10);
        const ComplaintRegister reg(*f.db, f.clock);
        QVERIFY(reg.record(f.session, complaint(QStringLiteral("Pertama"))));
        f.clock.advanceSeconds(60);
        const qint64 second = reg.record(f.session, complaint(QStringLiteral("Kedua")))->id;
        f.clock.advanceSeconds(60);
        QVERIFY(reg.record(f.session, complaint(QStringLiteral("Ketiga\nbaris dua"))));
        QVERIFY(reg.answer(f.session, second, QStringLiteral("Sudah dijawab")));

        ComplaintsPage page(f.context);
        QCOMPARE(column(page, kSubject),
                 (QStringList{QStringLiteral("Ketiga baris dua"), QStringLiteral("Pertama")}));
        QCOMPARE(page.summaryText()->text(), QStringLiteral("2 pengaduan terbuka."));
        page.setStatusFilter(QString());
        QCOMPARE(page.table()->rowCount(), 3);
        page.setStatusFilter(QStringLiteral("answered"));
        QCOMPARE(column(page, kSubject), QStringList{QStringLiteral("Kedua")});
        QCOMPARE(column(page, kStatus), QStringList{QStringLiteral("Dijawab")});
        page.setStatusFilter(QStringLiteral("forwarded"));
        QCOMPARE(page.table()->rowCount(), 0);
    }

    void recordsANewComplaintThroughTheForm()
    {
        UiFixture f(10);
        ComplaintsPage page(f.context);
        QCOMPARE(page.table()->rowCount(), 0);
        ComplaintDialog *form = page.recordNew();
        QVERIFY(form);
        form->setKind(ComplaintKind::Objection);
        form->setChannel(ComplaintChannel::CekBansos);
        form->setComplainant(QStringLiteral("Siti Aminah"), QStringLiteral("0812 0000 1111"));
        form->setProgram(QStringLiteral("PKH"));
        QVERIFY(!form->save()); // no subject yet
        QVERIFY(form->errorText().contains(QStringLiteral("Isi pengaduan masih kosong")));
        QVERIFY(form->isVisible());
        form->setSubject(QStringLiteral("Penerima PKH di RT 03 sudah mampu"));
        QVERIFY(form->save());

        QCOMPARE(page.table()->rowCount(), 1);
        const std::optional<Complaint> made = page.selected();
        QVERIFY(made);
        QCOMPARE(made->kind, ComplaintKind::Objection);
        QCOMPARE(made->channel, ComplaintChannel::CekBansos);
        QCOMPARE(made->program, QStringLiteral("PKH"));
        QCOMPARE(made->recordedBy, QStringLiteral("rina"));
        QVERIFY(page.detailText()->text().contains(QStringLiteral("Siti Aminah")));
        QVERIFY(page.detailText()->text().contains(QStringLiteral("Belum diverifikasi")));

        // Anonymous: the name typed before is not kept.
        ComplaintDialog *anonymous = page.recordNew();
        anonymous->setComplainant(QStringLiteral("Tidak disimpan"), QString());
        anonymous->setAnonymous(true);
        anonymous->setSubject(QStringLiteral("BLT DD belum cair"));
        QVERIFY(anonymous->save());
        QCOMPARE(page.selected()->complainantName, QString());
        QCOMPARE(page.table()->item(0, 4)->text(), QStringLiteral("tanpa nama"));
    }

    void takesOnAnswersAndClosesAfterAsking()
    {
        UiFixture f(10);
        const ComplaintRegister reg(*f.db, f.clock);
        const qint64 first = reg.record(f.session, complaint(QStringLiteral("Satu")))->id;
        const qint64 second = reg.record(f.session, complaint(QStringLiteral("Dua")))->id;
        ComplaintsPage page(f.context);
        QVERIFY(!page.button(QStringLiteral("handleComplaint"))->isEnabled());
        QVERIFY(page.select(first));
        QVERIFY(page.button(QStringLiteral("handleComplaint"))->isEnabled());
        QVERIFY(!page.button(QStringLiteral("verifyComplaint"))->isEnabled()); // not an objection
        page.button(QStringLiteral("handleComplaint"))->click();
        QCOMPARE(reg.find(f.session, first)->status, ComplaintStatus::Handling);
        QCOMPARE(page.selected()->id, first);
        QVERIFY(!page.button(QStringLiteral("handleComplaint"))->isEnabled());

        ComplaintOutcomeDialog *answer = page.openOutcome(ComplaintStatus::Answered);
        QVERIFY(answer);
        QVERIFY(!answer->save());
        QVERIFY(answer->errorText().contains(QStringLiteral("masih kosong")));
        answer->setText(QStringLiteral("Sudah dicek ke Dinsos, cair bulan depan"));
        QVERIFY(answer->save());
        QCOMPARE(reg.find(f.session, first)->status, ComplaintStatus::Answered);
        QCOMPARE(reg.find(f.session, first)->answer,
                 QStringLiteral("Sudah dicek ke Dinsos, cair bulan depan"));
        QCOMPARE(column(page, kSubject), QStringList{QStringLiteral("Dua")}); // open only

        QList<Prompts::Question> asked;
        Prompts::setAnswer([&asked](const Prompts::Question &q) {
            asked << q;
            return false;
        });
        QVERIFY(page.select(second));
        ComplaintOutcomeDialog *close = page.openOutcome(ComplaintStatus::Closed);
        QVERIFY(close);
        close->setText(QStringLiteral("Ditarik pengadu"));
        QVERIFY(!close->save());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().kind, Prompts::Kind::Destructive);
        QCOMPARE(asked.first().action, QStringLiteral("Tutup pengaduan"));
        QCOMPARE(reg.find(f.session, second)->status, ComplaintStatus::Received);
        QVERIFY(close->errorText().isEmpty());
        Prompts::setAnswer([&asked](const Prompts::Question &q) {
            asked << q;
            return true;
        });
        QVERIFY(close->save());
        QCOMPARE(asked.size(), 2);
        QCOMPARE(reg.find(f.session, second)->status, ComplaintStatus::Closed);
        QCOMPARE(page.table()->rowCount(), 0);

        page.setStatusFilter(QStringLiteral("closed"));
        QVERIFY(page.select(second));
        QVERIFY(!page.openOutcome(ComplaintStatus::Answered)); // ended: nothing more to do
        QVERIFY(!page.button(QStringLiteral("answerComplaint"))->isEnabled());
        QVERIFY(page.detailText()->text().contains(QStringLiteral("Ditarik pengadu")));
    }

    void marksObjectionsPastFourteenDays()
    {
        UiFixture f(10);
        const ComplaintRegister reg(*f.db, f.clock);
        const qint64 id =
            reg.record(f.session, complaint(QStringLiteral("Sanggah"), ComplaintKind::Objection))
                ->id;
        f.clock.advanceDays(ComplaintRegister::kLapseDays + 1);
        ComplaintsPage page(f.context);
        QVERIFY(page.summaryText()->text().contains(QStringLiteral("1 sanggah lewat 14 hari")));
        QCOMPARE(column(page, kStatus), QStringList{QStringLiteral("Diterima — lewat 14 hari")});
        QVERIFY(page.select(id));
        QVERIFY(page.detailText()->text().contains(QStringLiteral("gugur")));
        QVERIFY(page.button(QStringLiteral("verifyComplaint"))->isEnabled());
        QVERIFY(page.markVerified());
        QVERIFY(reg.find(f.session, id)->verifiedAt.has_value());
        QCOMPARE(column(page, kStatus), QStringList{QStringLiteral("Diterima — terverifikasi")});
        QVERIFY(!page.button(QStringLiteral("verifyComplaint"))->isEnabled());
        QCOMPARE(page.summaryText()->text(), QStringLiteral("1 pengaduan terbuka."));
    }

    void pagesThroughTheRegister()
    {
        UiFixture f(10);
        const ComplaintRegister reg(*f.db, f.clock);
        for (int i = 0; i < 7; ++i) {
            QVERIFY(reg.record(f.session, complaint(QStringLiteral("Aduan %1").arg(i))));
            f.clock.advanceSeconds(i % 2 == 0 ? 0 : 30);
        }
        ComplaintsPage page(f.context);
        page.setPageSize(3);
        auto *previous = page.button(QStringLiteral("previousPage"));
        auto *next = page.button(QStringLiteral("nextPage"));
        QStringList seen = column(page, kSubject);
        QCOMPARE(seen.size(), 3);
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        QCOMPARE(page.pageText()->text(), QStringLiteral("Halaman 1 · nomor urut 1–3"));
        next->click();
        seen << column(page, kSubject);
        QVERIFY(previous->isEnabled());
        QVERIFY(page.showNextPage());
        seen << column(page, kSubject);
        QCOMPARE(page.pageText()->text(), QStringLiteral("Halaman 3 · nomor urut 7–7"));
        QVERIFY(!next->isEnabled());
        QVERIFY(!page.showNextPage());
        QStringList expected;
        for (int i = 6; i >= 0; --i) {
            expected << QStringLiteral("Aduan %1").arg(i);
        }
        QCOMPARE(seen, expected);
        previous->click();
        QCOMPARE(column(page, kSubject), expected.mid(3, 3));
        // A change of filter starts again at the first page.
        page.setStatusFilter(QString());
        QCOMPARE(column(page, kSubject), expected.mid(0, 3));
    }

    void keyboardOpensTheAnswerForm()
    {
        UiFixture f(10);
        const ComplaintRegister reg(*f.db, f.clock);
        QVERIFY(reg.record(f.session, complaint(QStringLiteral("Lewat keyboard"))));
        ComplaintsPage page(f.context);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.table()->setFocus();
        page.table()->selectRow(0);
        QTest::keyClick(page.table(), Qt::Key_Return);
        auto *dialog = page.findChild<ComplaintOutcomeDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->outcome(), ComplaintStatus::Answered);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        // Ctrl+N opens the form to record one.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(page.findChild<ComplaintDialog *>() &&
                    page.findChild<ComplaintDialog *>()->isVisible());
        page.findChild<ComplaintDialog *>()->reject();
    }

    void followsTheStore()
    {
        UiFixture f(10);
        ComplaintsPage page(f.context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(ComplaintRegister(*f.db, f.clock)
                    .record(f.session, complaint(QStringLiteral("Dari loket lain"))));
        QTRY_COMPARE(page.table()->rowCount(), 1);
    }

    void theVillageHeadReadsAndFieldStaffSeeTheRefusal()
    {
        UiFixture f(10);
        QVERIFY(ComplaintRegister(*f.db, f.clock)
                    .record(f.session, complaint(QStringLiteral("Dibaca lurah"))));
        Session head{Actor{QStringLiteral("lurah"), QStringLiteral("Lurah"), Role::VillageHead}};
        AppContext headContext{*f.db, f.clock, head, f.context.filesFolder};
        ComplaintsPage headPage(headContext);
        QCOMPARE(headPage.table()->rowCount(), 1);
        headPage.table()->selectRow(0);
        QVERIFY(headPage.selected());
        QVERIFY(!headPage.button(QStringLiteral("recordComplaint"))->isEnabled());
        QVERIFY(!headPage.button(QStringLiteral("handleComplaint"))->isEnabled());
        QVERIFY(!headPage.button(QStringLiteral("answerComplaint"))->isEnabled());
        QVERIFY(!headPage.recordNew());
        QVERIFY(!headPage.openOutcome(ComplaintStatus::Answered));
        // The register refuses, whatever the buttons say.
        QVERIFY(!headPage.startHandling());
        QVERIFY(headPage.errorText().contains(QStringLiteral("tidak berhak")));

        Session field{Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff}};
        AppContext fieldContext{*f.db, f.clock, field, f.context.filesFolder};
        ComplaintsPage fieldPage(fieldContext);
        QCOMPARE(fieldPage.table()->rowCount(), 0);
        QVERIFY(!fieldPage.errorText().isEmpty());
    }
};

QTEST_MAIN(TestComplaintsPage)
#include "TestComplaintsPage.moc"
