// The Surat and Musyawarah pages on a synthetic village: what they show and which actions they
// offer in each state. Dialogs are not driven here; the services behind them have their own tests.

#include "core/common/Language.h"
#include "core/deliberation/DeliberationSchedule.h"
#include "core/deliberation/DeliberationService.h"
#include "core/documents/DocumentWriter.h"
#include "core/documents/MeetingDocuments.h"
#include "core/files/ContentStore.h"
#include "core/letters/CertificateLetter.h"
#include "tests/core/documents/PdfInspection.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/common/AppContext.h"
#include "ui/deliberation/MeetingsPage.h"
#include "ui/letters/LetterSettingsSection.h"
#include "ui/letters/LettersPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

class TestLetterPages : public QObject
{
    Q_OBJECT

    struct Office
    {
        TempStore store;
        Session head = headSession();
        QString files = ContentStore::rootFor(store.path());
        AppContext context{*store.db, store.clock, head, files};

        Office()
        {
            populateVillage(*store.db, store.clock, 20);
            saveSettings(*store.db, store.clock, officeSettings(*store.db));
        }
        QStringList people(int n) const
        {
            QStringList ids;
            auto q = store.db->query(QStringLiteral("SELECT id FROM person WHERE status <> "
                                                    "'deceased' ORDER BY id LIMIT ?"),
                                     {n});
            while (q && q->next()) {
                ids << q->value(0).toString();
            }
            return ids;
        }
        LetterRecord issue(const QString &condition) const
        {
            const auto subject =
                CertificateComposer::fromRegister(*store.db, personWhere(*store.db, condition));
            CertificateForm form;
            form.purpose = QStringLiteral("pendaftaran sekolah");
            auto letter = CertificateService(*store.db, store.clock, head)
                              .issue(*subject, form, LetterSettings::load(*store.db));
            if (!letter) {
                qFatal("issue: %s", qPrintable(letter.error().message));
            }
            return *letter;
        }
    };

    // TEPAT_SCREENSHOTS=DIR keeps a picture of the page to look at.
    static void keep(QWidget &page, const char *name)
    {
        const QString dir = qEnvironmentVariable("TEPAT_SCREENSHOTS");
        if (!dir.isEmpty()) {
            page.resize(1100, 720);
            page.grab().save(QDir(dir).filePath(QLatin1String(name)));
        }
    }

    // Triggers `action`, which opens a print preview; returns the pages it shows and its title,
    // and closes it.
    static std::pair<int, QString> previewOf(QAction *action)
    {
        std::pair<int, QString> seen{-1, {}};
        QTimer::singleShot(0, [&seen] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(w)) {
                    seen = {dialog->findChild<QPrintPreviewWidget *>()->pageCount(),
                            dialog->windowTitle()};
                    dialog->reject();
                }
            }
        });
        action->trigger();
        return seen;
    }

    // Clicks "Simpan pengaturan surat" and returns the text of the message box it shows.
    static QString saveSettingsSection(LetterSettingsSection &section)
    {
        QString shown;
        QTimer::singleShot(0, [&shown] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w)) {
                    shown = box->text();
                    box->accept();
                }
            }
        });
        const auto buttons = section.findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text() == QStringLiteral("&Simpan pengaturan surat")) {
                b->click();
            }
        }
        return shown;
    }

private Q_SLOTS:
    void registerListsAndFiltersLetters()
    {
        Office o;
        const LetterRecord first = o.issue(QStringLiteral("p.status = 'active'"));
        const LetterRecord second = o.issue(QStringLiteral("p.status = 'active' AND p.rowid > 5"));
        LettersPage page(o.context);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("register"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), second.number); // newest first
        QCOMPARE(table->item(1, 4)->text(), QStringLiteral("pendaftaran sekolah"));
        QCOMPARE(table->item(0, 1)->text(), Language::formatDate(second.issuedOn));
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        keep(page, "surat-register.png");
        auto *filter = page.findChild<QLineEdit *>(QStringLiteral("registerFilter"));
        filter->setText(first.number);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), first.number);
    }

    void searchFindsResidents()
    {
        Office o;
        LettersPage page(o.context);
        auto *find = page.findChild<QLineEdit *>(QStringLiteral("find"));
        auto *people = page.findChild<QListWidget *>(QStringLiteral("people"));
        find->setText(QStringLiteral("zzzz-tidak-ada"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(people->count(), 1);
        QCOMPARE(people->item(0)->text(), QStringLiteral("Tidak ada warga yang cocok."));
        QCOMPARE(people->item(0)->flags(), Qt::NoItemFlags);
    }

    void verifyTellsGenuineFromAltered()
    {
        Office o;
        const LetterRecord letter = o.issue(QStringLiteral("p.status = 'active'"));
        const QString payload = LetterContent::fromJson(letter.content).qrPayload;
        QVERIFY(payload.startsWith(QStringLiteral("TPT1")));
        LettersPage page(o.context);
        auto *code = page.findChild<QPlainTextEdit *>(QStringLiteral("code"));
        auto *verdict = page.findChild<QLabel *>(QStringLiteral("verdict"));
        auto *check = page.findChild<QPushButton *>(QStringLiteral("check"));
        code->setPlainText(payload);
        check->click();
        QVERIFY2(verdict->text().contains(letter.number), qPrintable(verdict->text()));
        QVERIFY(verdict->text().contains(QStringLiteral("#1b5e20")));
        page.findChild<QTabWidget *>()->setCurrentIndex(2);
        keep(page, "surat-verify.png");
        // One character of the name changed: no longer genuine.
        QString altered = payload;
        const qsizetype at = altered.indexOf(letter.subjectName.left(3));
        QVERIFY(at > 0);
        altered[at] = altered[at] == QLatin1Char('X') ? QLatin1Char('Y') : QLatin1Char('X');
        code->setPlainText(altered);
        check->click();
        QVERIFY(!verdict->text().contains(QStringLiteral("#1b5e20")));
        QVERIFY(!verdict->text().contains(QStringLiteral("Surat asli")));
    }

    // The batch runs on a worker thread: startBatch() returns at once with the page showing
    // progress, and the result arrives later through the event loop.
    void batchIssuesLettersOffTheGuiThread()
    {
        Office o;
        LettersPage page(o.context);
        const QStringList ids = o.people(5);
        QCOMPARE(ids.size(), 5);
        const QString out = o.store.file(QStringLiteral("surat"));
        QSignalSpy finished(&page, &LettersPage::batchFinished);
        auto *batch = page.findChild<QPushButton *>(QStringLiteral("batch"));
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("batchProgress"));
        auto *cancel = page.findChild<QPushButton *>(QStringLiteral("batchCancel"));
        QVERIFY(progress->isHidden() && cancel->isHidden());

        QVERIFY(page.startBatch(ids, out));
        QVERIFY(page.batchRunning());
        QVERIFY(!batch->isEnabled());
        QVERIFY(!progress->isHidden());
        QVERIFY(!cancel->isHidden());
        QCOMPARE(finished.count(), 0);
        QVERIFY(!page.startBatch(ids, out)); // one batch at a time

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(!page.batchRunning());
        QVERIFY(batch->isEnabled());
        QVERIFY(progress->isHidden() && cancel->isHidden());
        const QString summary = finished.first().first().toString();
        QVERIFY2(summary.startsWith(QStringLiteral("5 surat diterbitkan ke ")),
                 qPrintable(summary));
        QCOMPARE(QDir(out).entryList({QStringLiteral("SK-*.pdf")}, QDir::Files).size(), 5);
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter")), 5);
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter_print")), 5);
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("register"))->rowCount(), 5);
        // The operator is told in a message box that does not block the page.
        auto *box = page.findChild<QMessageBox *>();
        QVERIFY(box);
        QCOMPARE(box->text(), summary);
        box->accept();
    }

    void cancelledBatchStopsBeforeTheNextNumber()
    {
        Office o;
        LettersPage page(o.context);
        const QStringList ids = o.people(40);
        QCOMPARE(ids.size(), 40);
        const QString out = o.store.file(QStringLiteral("surat"));
        QSignalSpy finished(&page, &LettersPage::batchFinished);
        QVERIFY(page.startBatch(ids, out));
        page.findChild<QPushButton *>(QStringLiteral("batchCancel"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const qint64 letters = o.store.count(QStringLiteral("SELECT count(*) FROM letter"));
        QVERIFY(letters < ids.size());
        // Every number taken has its PDF and its print record; nobody else got one.
        QCOMPARE(qint64(QDir(out).entryList({QStringLiteral("SK-*.pdf")}, QDir::Files).size()),
                 letters);
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter_print")), letters);
        const QString summary = finished.first().first().toString();
        QVERIFY2(summary.contains(QStringLiteral("Dibatalkan: %1 warga belum dibuatkan surat.")
                                      .arg(ids.size() - letters)),
                 qPrintable(summary));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("batch"))->isEnabled());
        page.findChild<QMessageBox *>()->accept();
    }

    void settingsSectionSavesWhatWasTyped()
    {
        Office o;
        LetterSettingsSection section(o.context);
        keep(section, "pengaturan-surat.png");
        const auto edits = section.findChildren<QLineEdit *>();
        const auto byText = [&edits](const QString &text) -> QLineEdit * {
            for (QLineEdit *e : edits) {
                if (e->text() == text) {
                    return e;
                }
            }
            return nullptr;
        };
        const LetterSettings before = LetterSettings::load(*o.store.db);
        QLineEdit *pattern = byText(before.numberPattern);
        QLineEdit *address = byText(before.letterhead.address);
        QVERIFY(pattern && address);
        const auto save = [&section] { return saveSettingsSection(section); };
        // A pattern without {nomor} is refused and nothing changes.
        pattern->setText(QStringLiteral("470/Kel.Bangsal/{tahun}"));
        QVERIFY(save().contains(QStringLiteral("{nomor}")));
        QCOMPARE(LetterSettings::load(*o.store.db).numberPattern, before.numberPattern);
        pattern->setText(before.numberPattern);
        address->setText(QStringLiteral("Jl. Baru No. 1"));
        QCOMPARE(save(), QStringLiteral("Pengaturan surat disimpan."));
        QCOMPARE(LetterSettings::load(*o.store.db).letterhead.address,
                 QStringLiteral("Jl. Baru No. 1"));
    }

    // The PBI-JK reactivation wording is edited beside the surat keterangan's, saved with it, and
    // "Kembalikan templat bawaan" brings back the default.
    void settingsSectionEditsTheReactivationWording()
    {
        Office o;
        LetterSettingsSection section(o.context);
        auto *recommendation =
            section.findChild<QPlainTextEdit *>(QStringLiteral("reactivationRecommendation"));
        QVERIFY(recommendation);
        QCOMPARE(recommendation->toPlainText(), ReactivationTemplates::defaults().recommendation);
        recommendation->setPlainText(QStringLiteral("Mohon diaktifkan: {alasan}, {salah}."));
        QVERIFY(saveSettingsSection(section).contains(QStringLiteral("salah")));
        recommendation->setPlainText(QStringLiteral("Mohon PBI-JK diaktifkan: {alasan}."));
        QCOMPARE(saveSettingsSection(section), QStringLiteral("Pengaturan surat disimpan."));
        QCOMPARE(LetterSettings::load(*o.store.db).reactivation.recommendation,
                 QStringLiteral("Mohon PBI-JK diaktifkan: {alasan}."));
        for (QPushButton *b : section.findChildren<QPushButton *>()) {
            if (b->text().contains(QStringLiteral("templat bawaan"))) {
                b->click();
            }
        }
        QCOMPARE(recommendation->toPlainText(), ReactivationTemplates::defaults().recommendation);
    }

    void settingsSectionKeepsSignerCamatCodesAndInterval()
    {
        Office o;
        LetterSettings stored = LetterSettings::load(*o.store.db);
        stored.signer.authority = SignerAuthority::OnBehalf;
        stored.signer.principal = QStringLiteral("Lurah Contoh");
        stored.codeMinutes = QStringLiteral("005");
        stored.camatBlock = true;
        stored.camatName = QStringLiteral("Drs. Camat Contoh");
        saveSettings(*o.store.db, o.store.clock, stored);
        QVERIFY(DeliberationSchedule::setIntervalMonths(*o.store.db, o.store.clock,
                                                        QStringLiteral("admin"), 4));

        auto section = std::make_unique<LetterSettingsSection>(o.context);
        const auto edit = [&section](const char *name) {
            auto *e = section->findChild<QLineEdit *>(QLatin1String(name));
            if (!e) {
                qFatal("no field %s", name);
            }
            return e;
        };
        auto *authority = section->findChild<QComboBox *>(QStringLiteral("signerAuthority"));
        auto *camat = section->findChild<QCheckBox *>(QStringLiteral("camatBlock"));
        auto *interval = section->findChild<QSpinBox *>(QStringLiteral("intervalMonths"));
        QVERIFY(authority && camat && interval);
        // Loaded as stored.
        QCOMPARE(SignerAuthority(authority->currentData().toInt()), SignerAuthority::OnBehalf);
        QCOMPARE(edit("signerPrincipal")->text(), QStringLiteral("Lurah Contoh"));
        QVERIFY(edit("signerPrincipal")->isEnabled());
        QVERIFY(!edit("signerIntermediate")->isEnabled()); // only for u.b.
        QCOMPARE(edit("codeCertificate")->text(), stored.codeCertificate);
        QCOMPARE(edit("codeMinutes")->text(), QStringLiteral("005"));
        QCOMPARE(edit("codeSptjm")->text(), stored.codeSptjm);
        QVERIFY(camat->isChecked());
        QCOMPARE(edit("camatName")->text(), QStringLiteral("Drs. Camat Contoh"));
        QCOMPARE(interval->value(), 4);
        keep(*section, "pengaturan-surat-penanda-tangan.png");

        // Edited and saved.
        authority->setCurrentIndex(authority->findData(int(SignerAuthority::UnderInstruction)));
        QVERIFY(edit("signerIntermediate")->isEnabled());
        edit("signerPrincipal")->setText(QStringLiteral("Lurah Bangsal"));
        edit("signerIntermediate")->setText(QStringLiteral("Sekretaris Kelurahan"));
        edit("codeCertificate")->setText(QStringLiteral("470"));
        edit("codeMinutes")->setText(QStringLiteral("005.1"));
        edit("codeSptjm")->setText(QStringLiteral("460"));
        edit("camatName")->setText(QStringLiteral("Drs. Budi Contoh, M.Si."));
        edit("camatNip")->setText(QStringLiteral("197512312000031002"));
        edit("camatRank")->setText(QStringLiteral("Pembina (IV/a)"));
        interval->setValue(6);
        QCOMPARE(saveSettingsSection(*section), QStringLiteral("Pengaturan surat disimpan."));
        const LetterSettings saved = LetterSettings::load(*o.store.db);
        QCOMPARE(saved.signer.authority, SignerAuthority::UnderInstruction);
        QCOMPARE(saved.signer.principal, QStringLiteral("Lurah Bangsal"));
        QCOMPARE(saved.signer.intermediate, QStringLiteral("Sekretaris Kelurahan"));
        QCOMPARE(saved.codeCertificate, QStringLiteral("470"));
        QCOMPARE(saved.codeMinutes, QStringLiteral("005.1"));
        QCOMPARE(saved.codeSptjm, QStringLiteral("460"));
        QVERIFY(saved.camatBlock);
        QCOMPARE(saved.camatName, QStringLiteral("Drs. Budi Contoh, M.Si."));
        QCOMPARE(saved.camatNip, QStringLiteral("197512312000031002"));
        QCOMPARE(saved.camatRank, QStringLiteral("Pembina (IV/a)"));
        QCOMPARE(DeliberationSchedule::intervalMonths(*o.store.db), 6);

        // Reloaded in a fresh section.
        section = std::make_unique<LetterSettingsSection>(o.context);
        QCOMPARE(section->findChild<QComboBox *>(QStringLiteral("signerAuthority"))->currentData(),
                 QVariant(int(SignerAuthority::UnderInstruction)));
        QCOMPARE(edit("signerIntermediate")->text(), QStringLiteral("Sekretaris Kelurahan"));
        QCOMPARE(edit("codeSptjm")->text(), QStringLiteral("460"));
        QCOMPARE(edit("camatNip")->text(), QStringLiteral("197512312000031002"));
        QCOMPARE(section->findChild<QSpinBox *>(QStringLiteral("intervalMonths"))->value(), 6);

        // Unticking the camat block disables its fields; it is kept off after saving.
        auto *camatAgain = section->findChild<QCheckBox *>(QStringLiteral("camatBlock"));
        camatAgain->setChecked(false);
        QVERIFY(!edit("camatName")->isEnabled());
        QCOMPARE(saveSettingsSection(*section), QStringLiteral("Pengaturan surat disimpan."));
        QVERIFY(!LetterSettings::load(*o.store.db).camatBlock);
    }

    void settingsSectionRefusesInvalidInput()
    {
        Office o;
        LetterSettingsSection section(o.context);
        const LetterSettings before = LetterSettings::load(*o.store.db);
        auto *camatNip = section.findChild<QLineEdit *>(QStringLiteral("camatNip"));
        auto *interval = section.findChild<QSpinBox *>(QStringLiteral("intervalMonths"));
        section.findChild<QCheckBox *>(QStringLiteral("camatBlock"))->setChecked(true);
        camatNip->setText(QStringLiteral("1975123120000310")); // 16 digits
        interval->setValue(5);
        QCOMPARE(
            saveSettingsSection(section),
            QStringLiteral("NIP camat harus 18 angka (boleh dipisah spasi), atau dikosongkan."));
        QCOMPARE(LetterSettings::load(*o.store.db).camatNip, before.camatNip);
        QVERIFY(!LetterSettings::load(*o.store.db).camatBlock);
        // Nothing was saved, the interval neither.
        QCOMPARE(DeliberationSchedule::intervalMonths(*o.store.db),
                 DeliberationSchedule::kDefaultIntervalMonths);

        camatNip->clear();
        section.findChild<QLineEdit *>(QStringLiteral("codeMinutes"))->clear();
        QCOMPARE(saveSettingsSection(section),
                 QStringLiteral("Kode klasifikasi surat belum diisi."));
        QCOMPARE(LetterSettings::load(*o.store.db).codeMinutes, before.codeMinutes);

        // The interval cannot leave 1–12 months.
        interval->setValue(13);
        QCOMPARE(interval->value(), 12);
        interval->setValue(0);
        QCOMPARE(interval->value(), 1);
    }

    void meetingDocumentsHaveAPrintPreview()
    {
        Office o;
        const QList<qint64> drafts = makeDrafts(*o.store.db, o.store.clock, 2);
        const DeliberationService service(*o.store.db, o.store.clock, o.head, o.files);
        Meeting m;
        m.heldOn = o.store.clock.today();
        m.startTime = QStringLiteral("09:00");
        m.place = QStringLiteral("Aula kelurahan");
        const qint64 id = service.plan(m)->id;
        QVERIFY(
            service.addAttendee(id, {0, QStringLiteral("Slamet"), QStringLiteral("Ketua RW"), {}}));
        QVERIFY(service.addToAgenda(id, drafts));
        QVERIFY(service.decide(id, drafts[0], Decision::Approved, {}));
        QVERIFY(service.decide(id, drafts[1], Decision::Rejected, QStringLiteral("pindah")));

        MeetingsPage planned(o.context);
        auto *preview = planned.findChild<QPushButton *>(QStringLiteral("preview"));
        QVERIFY(preview && preview->menu());
        QList<QAction *> actions = preview->menu()->actions();
        QCOMPARE(actions.size(), 2);
        // Before finalising: built from the meeting as it is now, on the office's paper.
        const LetterSettings settings = LetterSettings::load(*o.store.db);
        const auto pagesOf = [&](MeetingDocument document) {
            const auto content = service.content(id, document);
            return pdfPages(*MeetingDocuments::pdf(*content, {}, settings.paper)).count;
        };
        const auto [listPages, listTitle] = previewOf(actions[0]);
        QCOMPARE(listPages, pagesOf(MeetingDocument::AttendanceList));
        QCOMPARE(listTitle,
                 QStringLiteral("Daftar hadir musyawarah %1").arg(Language::formatDate(m.heldOn)));
        QCOMPARE(previewOf(actions[1]).first, pagesOf(MeetingDocument::Minutes));

        // Finalised: the berita acara as it was numbered and stored.
        const auto done = service.finalise(id, MeetingDocuments::renderer(o.files));
        QVERIFY(done);
        MeetingsPage finalised(o.context);
        actions = finalised.findChild<QPushButton *>(QStringLiteral("preview"))->menu()->actions();
        const QByteArray stored = *ContentStore(o.files).read(done->minutesSha256);
        const auto [minutesPages, minutesTitle] = previewOf(actions[1]);
        QCOMPARE(minutesPages, pdfPages(stored).count);
        QVERIFY(minutesPages >= 2);
        QCOMPARE(minutesTitle,
                 QStringLiteral("Berita acara musyawarah %1").arg(Language::formatDate(m.heldOn)));
    }

    void meetingsPageWarnsAndLocksFinalisedMeetings()
    {
        Office o;
        LettersPage unused(o.context);
        MeetingsPage empty(o.context);
        // No meeting ever held: the rule asks for one, and the SPTJM path is offered.
        QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("sptjm"))->isHidden());
        QVERIFY(!empty.findChild<QLabel *>(QStringLiteral("schedule"))->text().isEmpty());

        const QList<qint64> drafts = makeDrafts(*o.store.db, o.store.clock, 2);
        const DeliberationService service(*o.store.db, o.store.clock, o.head, o.files);
        Meeting m;
        m.heldOn = o.store.clock.today();
        m.startTime = QStringLiteral("09:00");
        m.place = QStringLiteral("Aula kelurahan");
        const qint64 id = service.plan(m)->id;
        QVERIFY(
            service.addAttendee(id, {0, QStringLiteral("Slamet"), QStringLiteral("Ketua RW"), {}}));
        QVERIFY(service.addToAgenda(id, drafts));
        QVERIFY(service.decide(id, drafts[0], Decision::Approved, {}));

        MeetingsPage planned(o.context);
        auto *agenda = planned.findChild<QTableWidget *>(QStringLiteral("agenda"));
        QCOMPARE(agenda->rowCount(), 2);
        QCOMPARE(agenda->item(0, 2)->text(), MeetingVocabulary::label(Decision::Approved));
        QCOMPARE(agenda->item(1, 2)->text(), QStringLiteral("belum diputuskan"));
        const auto button = [](QWidget &page, const char *text) {
            return page.findChild<QPushButton *>(QString::fromUtf8(text));
        };
        QVERIFY(button(planned, "&Putuskan…")->isEnabled());
        QVERIFY(button(planned, "&Finalkan…")->isEnabled());
        QVERIFY(button(planned, "&Keluarkan dari agenda")->isEnabled());
        QVERIFY(button(planned, "Batalkan musyawarah…")->isEnabled());
        QVERIFY(!button(planned, "&Adendum…")->isEnabled());
        keep(planned, "musyawarah-planned.png");

        QVERIFY(service.decide(id, drafts[1], Decision::Deferred, QStringLiteral("data kurang")));
        const auto done = service.finalise(id, MeetingDocuments::renderer(o.files));
        QVERIFY(done);
        MeetingsPage finalised(o.context);
        QVERIFY(
            finalised.findChild<QLabel *>(QStringLiteral("header"))->text().contains(done->number));
        QVERIFY(!button(finalised, "&Putuskan…")->isEnabled());
        QVERIFY(!button(finalised, "&Finalkan…")->isEnabled());
        QVERIFY(!button(finalised, "Tambah &hadir…")->isEnabled());
        QVERIFY(!button(finalised, "&Keluarkan dari agenda")->isEnabled());
        QVERIFY(!button(finalised, "Batalkan musyawarah…")->isEnabled());
        QVERIFY(button(finalised, "&Adendum…")->isEnabled());
        // Dates on the page follow the interface language.
        QVERIFY(finalised.findChild<QListWidget *>(QStringLiteral("meetings"))
                    ->item(0)
                    ->text()
                    .startsWith(Language::formatDate(m.heldOn)));
        // Held today: the three-month rule is satisfied, no SPTJM offered.
        QVERIFY(finalised.findChild<QPushButton *>(QStringLiteral("sptjm"))->isHidden());
    }
};

QTEST_MAIN(TestLetterPages)
#include "TestLetterPages.moc"
