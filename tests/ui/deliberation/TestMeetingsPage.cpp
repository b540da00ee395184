// The Musyawarah page and its dialogs on a synthetic village, driven as an operator would.

#include "core/deliberation/DeliberationService.h"
#include "core/files/ContentStore.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/common/AppContext.h"
#include "ui/deliberation/MeetingDialogs.h"
#include "ui/deliberation/MeetingsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tepat;
using namespace tepat::test;

class TestMeetingsPage : public QObject
{
    Q_OBJECT

    // An office whose letter settings do not name the lurah yet.
    struct Office
    {
        TempStore store;
        Session head = headSession();
        QString files = ContentStore::rootFor(store.path());
        AppContext context{*store.db, store.clock, head, files};
        LetterSettings settings;

        Office()
        {
            populateVillage(*store.db, store.clock, 20);
            settings = officeSettings(*store.db);
            settings.headName.clear();
            settings.headNip.clear();
            saveSettings(*store.db, store.clock, settings);
        }
        DeliberationService service() const
        {
            return DeliberationService(*store.db, store.clock, head, files);
        }
        qint64 planned(const QString &place = QStringLiteral("Aula kelurahan")) const
        {
            Meeting m;
            m.heldOn = store.clock.today();
            m.startTime = QStringLiteral("09:00");
            m.place = place;
            return service().plan(m)->id;
        }
    };

    static QPushButton *button(QWidget &page, const char *text)
    {
        return page.findChild<QPushButton *>(QString::fromUtf8(text));
    }

    // Clicks `b`, then runs `inDialog` on the modal dialog it opens (and closes what is left).
    template<typename D>
    static bool withDialog(QPushButton *b, const std::function<void(D &)> &inDialog)
    {
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
            if (dialog) {
                seen = true;
                keep(*dialog, dialog->metaObject()->className());
                inDialog(*dialog);
                if (dialog->isVisible()) {
                    dialog->reject();
                }
            } else if (QWidget *other = QApplication::activeModalWidget()) {
                qWarning("unexpected dialog %s", other->metaObject()->className());
                other->close();
            }
        });
        b->click();
        return seen;
    }

    // TEPAT_SCREENSHOTS=DIR keeps a picture of the widget to look at.
    static void keep(QWidget &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("TEPAT_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w.grab().save(QDir(dir).filePath(QLatin1String(name) + QStringLiteral(".png")));
        }
    }

    static bool fitsItsContent(QDialog &d)
    {
        const QSize room = d.screen()->availableGeometry().size();
        const QSize wanted = d.sizeHint().boundedTo(room);
        return d.width() >= wanted.width() && d.height() >= wanted.height() &&
               d.width() <= room.width() && d.height() <= room.height();
    }

private Q_SLOTS:
    void aPlannedMeetingIsChangedFromThePage()
    {
        Office o;
        const qint64 id = o.planned(QString());
        MeetingsPage page(o.context);
        page.resize(1366, 740);
        page.show();
        auto *readiness = page.findChild<QLabel *>(QStringLiteral("readiness"));
        QVERIFY(readiness && readiness->isVisible());
        // What must be fixed shows before the operator works through the meeting.
        QVERIFY(readiness->text().contains(QStringLiteral("Tempat musyawarah belum diisi")));
        QVERIFY(readiness->text().contains(QStringLiteral("Nama lurah/kepala desa")));
        QVERIFY(readiness->text().contains(QStringLiteral("Pengaturan")));
        keep(page, "musyawarah-readiness");
        QPushButton *edit = button(page, "&Ubah…");
        QVERIFY(edit && edit->isEnabled());
        QVERIFY(withDialog<MeetingForm>(edit, [](MeetingForm &form) {
            QVERIFY(fitsItsContent(form));
            form.findChild<QLineEdit *>(QStringLiteral("place"))
                ->setText(QStringLiteral("Balai RW 03"));
            form.findChild<QLineEdit *>(QStringLiteral("headName"))
                ->setText(QStringLiteral("Hj. Sri Wahyuni, S.Sos."));
            form.findChild<QPlainTextEdit *>(QStringLiteral("discussion"))
                ->setPlainText(QStringLiteral("Usulan bulan November"));
            form.findChild<QPlainTextEdit *>(QStringLiteral("followUp"))
                ->setPlainText(QStringLiteral("Hasil diumumkan di papan kelurahan"));
            form.accept();
            QVERIFY(!form.isVisible());
        }));
        const Meeting m = *o.service().get(id);
        QCOMPARE(m.place, QStringLiteral("Balai RW 03"));
        QCOMPARE(m.headName, QStringLiteral("Hj. Sri Wahyuni, S.Sos."));
        QCOMPARE(m.discussion, QStringLiteral("Usulan bulan November"));
        QCOMPARE(m.followUp, QStringLiteral("Hasil diumumkan di papan kelurahan"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("header"))
                    ->text()
                    .contains(QStringLiteral("Balai RW 03")));
        QVERIFY(!readiness->text().contains(QStringLiteral("Tempat musyawarah belum diisi")));
        QVERIFY(!readiness->text().contains(QStringLiteral("Nama lurah/kepala desa")));
    }

    void aRefusedChangeKeepsTheFormOpen()
    {
        Office o;
        const qint64 id = o.planned();
        MeetingsPage page(o.context);
        page.show();
        QVERIFY(withDialog<MeetingForm>(button(page, "&Ubah…"), [&o, id](MeetingForm &form) {
            // Cancelled from another workstation while the form was open.
            QVERIFY(o.service().cancel(id, QStringLiteral("ditunda karena banjir")));
            form.findChild<QLineEdit *>(QStringLiteral("place"))
                ->setText(QStringLiteral("Balai RW 03"));
            form.accept();
            QVERIFY(form.isVisible());
            auto *message = form.findChild<QLabel *>(QStringLiteral("message"));
            QVERIFY(message && message->isVisible());
            QVERIFY(message->text().contains(QStringLiteral("dibatalkan")));
            // What was typed is still there.
            QCOMPARE(form.meeting().place, QStringLiteral("Balai RW 03"));
        }));
    }

    void theLurahFromTheSettingsUnblocksFinalising()
    {
        Office o;
        const qint64 id = o.planned();
        const QList<qint64> drafts = makeDrafts(*o.store.db, o.store.clock, 1);
        QVERIFY(o.service().addAttendee(id, {0, QStringLiteral("Slamet"), {}, {}}));
        QVERIFY(o.service().addToAgenda(id, drafts));
        QVERIFY(o.service().decide(id, drafts[0], Decision::Approved, {}));
        MeetingsPage page(o.context);
        page.show();
        auto *readiness = page.findChild<QLabel *>(QStringLiteral("readiness"));
        QVERIFY(readiness->text().contains(QStringLiteral("Nama lurah/kepala desa")));
        // Pressing Finalkan lists what to fix and finalises nothing.
        QString said;
        QTimer::singleShot(0, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->close();
            }
        });
        button(page, "&Finalkan…")->click();
        QVERIFY(said.contains(QStringLiteral("Pengaturan")));
        QCOMPARE(o.service().get(id)->state, MeetingState::Planned);

        // The lurah is named in Pengaturan afterwards; back on the page, nothing blocks.
        o.settings.headName = QStringLiteral("Drs. Bambang Sutrisno Wibowo");
        saveSettings(*o.store.db, o.store.clock, o.settings);
        page.hide();
        page.show();
        QCOMPARE(readiness->text(), QStringLiteral("Siap difinalkan."));
    }

    void deferringWithoutAReasonKeepsTheDialogOpen()
    {
        Office o;
        const qint64 id = o.planned();
        const QList<qint64> drafts = makeDrafts(*o.store.db, o.store.clock, 1);
        QVERIFY(o.service().addToAgenda(id, drafts));
        MeetingsPage page(o.context);
        page.show();
        auto *agenda = page.findChild<QTableWidget *>(QStringLiteral("agenda"));
        agenda->setCurrentCell(0, 0);
        QVERIFY(withDialog<DecisionDialog>(button(page, "&Putuskan…"), [](DecisionDialog &d) {
            QVERIFY(fitsItsContent(d));
            auto *decision = d.findChild<QComboBox *>(QStringLiteral("decision"));
            decision->setCurrentIndex(decision->findData(int(Decision::Deferred)));
            d.accept();
            QVERIFY(d.isVisible());
            auto *message = d.findChild<QLabel *>(QStringLiteral("message"));
            QVERIFY(message->isVisible());
            QVERIFY(message->text().contains(QStringLiteral("alasan")));
            QCOMPARE(decision->currentData().toInt(), int(Decision::Deferred)); // input kept
            QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("reason")),
                             QStringLiteral("data belum lengkap"));
            d.accept();
            QVERIFY(!d.isVisible());
        }));
        QCOMPARE(o.service().items(id)->first().decision, Decision::Deferred);
        QCOMPARE(agenda->item(0, 3)->text(), QStringLiteral("data belum lengkap"));
    }

    void theAgendaNamesWhoAndFlagsContradictions()
    {
        Office o;
        o.planned();
        auto q = o.store.db->query(QStringLiteral(
            "SELECT id, household_id, name FROM person WHERE relationship = 'head' AND status = "
            "'active' ORDER BY id LIMIT 1"));
        QVERIFY(q && q->next());
        const ChangeRequestRepository repo(*o.store.db, o.store.clock);
        ChangeRequest died;
        died.kind = RequestKind::Removal;
        died.householdId = q->value(1).toString();
        died.personId = q->value(0).toString();
        died.payload = {{QStringLiteral("reason"), QStringLiteral("died")}};
        ChangeRequest moves;
        moves.kind = RequestKind::Relocation;
        moves.householdId = died.householdId;
        moves.payload = {{QStringLiteral("movers"), QStringLiteral("household")}};
        const QString headName = q->value(2).toString();
        QVERIFY(repo.createDraft(died, as(QStringLiteral("rina"))));
        QVERIFY(repo.createDraft(moves, as(QStringLiteral("rina"))));
        MeetingsPage page(o.context);
        page.show();
        QVERIFY(withDialog<AgendaDialog>(button(page, "Tambah &usulan…"), [&](AgendaDialog &d) {
            QVERIFY(fitsItsContent(d));
            auto *list = d.findChild<QListWidget *>(QStringLiteral("candidates"));
            QCOMPARE(list->count(), 2);
            QVERIFY(list->item(0)->text().contains(headName));
            QVERIFY(list->item(1)->text().contains(QStringLiteral("seluruh keluarga")));
            // Nothing cut off: the list is as wide as its longest entry.
            QVERIFY(list->viewport()->width() >= list->sizeHintForColumn(0));
            auto *conflicts = d.findChild<QLabel *>(QStringLiteral("conflicts"));
            QVERIFY(conflicts->isVisible());
            QVERIFY(conflicts->text().contains(headName));
            // Leaving one out clears the warning.
            list->item(1)->setCheckState(Qt::Unchecked);
            QVERIFY(!conflicts->isVisible());
            d.accept();
        }));
        auto *agenda = page.findChild<QTableWidget *>(QStringLiteral("agenda"));
        QCOMPARE(agenda->rowCount(), 1);
        QVERIFY(agenda->item(0, 0)->text().contains(headName));
    }

    // The agenda says who proposed each item; one whose RT/RW head is of the family is marked
    // with the reason.
    void theAgendaShowsWhoProposedAndMarksAConflictOfInterest()
    {
        Office o;
        const qint64 meeting = o.planned();
        auto q = o.store.db->query(QStringLiteral(
            "SELECT p.household_id, p.name, h.rt, h.rw FROM person p JOIN household h ON h.id = "
            "p.household_id WHERE p.relationship = 'head' AND p.status = 'active' ORDER BY p.id "
            "LIMIT 2"));
        QVERIFY(q && q->next());
        ChangeRequest flagged;
        flagged.kind = RequestKind::ProgramProposal;
        flagged.householdId = q->value(0).toString();
        flagged.payload = {{QStringLiteral("program"), QStringLiteral("PKH")}};
        flagged.recommendation.head = {q->value(1).toString(), q->value(2).toString(),
                                       q->value(3).toString()};
        const QString headName = q->value(1).toString();
        QVERIFY(q->next());
        ChangeRequest clean = flagged;
        clean.householdId = q->value(0).toString();
        clean.recommendation.head = {};
        q->finish();
        const ChangeRequestRepository repo(*o.store.db, o.store.clock);
        const Session rina(
            Actor{QStringLiteral("rina"), QStringLiteral("Rina Wati"), Role::Operator});
        const qint64 a = repo.createDraft(flagged, rina)->id;
        const qint64 b = repo.createDraft(clean, rina)->id;
        QVERIFY(o.service().addToAgenda(meeting, {a, b}));
        MeetingsPage page(o.context);
        page.show();
        auto *agenda = page.findChild<QTableWidget *>(QStringLiteral("agenda"));
        QCOMPARE(agenda->rowCount(), 2);
        QCOMPARE(agenda->horizontalHeaderItem(4)->text(), QStringLiteral("Pengusul"));
        const QString first = agenda->item(0, 4)->text();
        QVERIFY2(first.contains(QStringLiteral("Diusulkan oleh: Rina Wati; melalui Ketua RT")),
                 qPrintable(first));
        QVERIFY(first.contains(headName));
        QVERIFY(first.contains(QStringLiteral(
            "⚠ Konflik kepentingan: ketua RT/RW pengusul anggota keluarga yang diusulkan")));
        QVERIFY(!agenda->item(0, 4)->toolTip().isEmpty());
        QCOMPARE(agenda->item(1, 4)->text(), QStringLiteral("Diusulkan oleh: Rina Wati"));
        QVERIFY(agenda->item(1, 4)->toolTip().isEmpty());
    }

    void theBannerFollowsAPlannedMeeting()
    {
        Office o;
        MeetingsPage page(o.context);
        page.show();
        auto *header = page.findChild<QLabel *>(QStringLiteral("header"));
        auto *schedule = page.findChild<QLabel *>(QStringLiteral("schedule"));
        QVERIFY(header->text().startsWith(QStringLiteral("Belum ada musyawarah")));
        QVERIFY(schedule->text().startsWith(QStringLiteral("Belum ada musyawarah")));
        // No meeting, no documents to print.
        auto *attendancePdf = button(page, "&Daftar hadir PDF…");
        auto *minutesPdf = button(page, "&Berita acara PDF…");
        auto *preview = page.findChild<QPushButton *>(QStringLiteral("preview"));
        QVERIFY(attendancePdf && minutesPdf && preview);
        QVERIFY(!attendancePdf->isEnabled());
        QVERIFY(!minutesPdf->isEnabled());
        QVERIFY(!preview->isEnabled());
        // Planned elsewhere (another page, the command line); the page is opened again.
        o.planned();
        page.hide();
        page.show();
        QVERIFY(!header->text().startsWith(QStringLiteral("Belum ada musyawarah")));
        QVERIFY(!schedule->text().startsWith(QStringLiteral("Belum ada musyawarah")));
        QVERIFY(schedule->text().contains(QStringLiteral("sudah direncanakan")));
        QVERIFY(attendancePdf->isEnabled());
        QVERIFY(minutesPdf->isEnabled());
        QVERIFY(preview->isEnabled());
        // Planned from the page itself: shown at once.
        QVERIFY(withDialog<MeetingForm>(page.findChild<QPushButton *>(QStringLiteral("plan")),
                                        [](MeetingForm &form) {
                                            QVERIFY(fitsItsContent(form));
                                            form.findChild<QLineEdit *>(QStringLiteral("place"))
                                                ->setText(QStringLiteral("Balai RW 05"));
                                            form.accept();
                                        }));
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("meetings"))->count(), 2);
        QVERIFY(header->text().contains(QStringLiteral("Balai RW 05")));
    }
};

QTEST_MAIN(TestMeetingsPage)
#include "TestMeetingsPage.moc"
