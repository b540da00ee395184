// The Surat page against issue 21: a preview before a number is taken, safe file names in every
// dialog it opens, and voiding a number issued by mistake.

#include "core/common/FileNames.h"
#include "core/documents/LetterBatch.h"
#include "core/documents/LetterDocument.h"
#include "core/files/ContentStore.h"
#include "core/letters/LetterRevocation.h"
#include "core/letters/LetterSigner.h"
#include "core/outbox/LetterRevocationOutbox.h"
#include "tests/core/documents/PdfInspection.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/common/AppContext.h"
#include "ui/common/Prompts.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/LettersPage.h"
#include "ui/letters/RevokeLetterDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

class TestLettersPage : public QObject
{
    Q_OBJECT

    struct Office
    {
        TempStore store;
        Session session = operatorSession();
        QString files = ContentStore::rootFor(store.path());
        AppContext context{*store.db, store.clock, session, files};

        Office()
        {
            populateVillage(*store.db, store.clock, 10);
            saveSettings(*store.db, store.clock, officeSettings(*store.db));
        }
        CertificateSubject someone() const
        {
            return *CertificateComposer::fromRegister(
                *store.db, personWhere(*store.db, QStringLiteral("p.status = 'active'")));
        }
        qint64 letters() const
        {
            return store.count(QStringLiteral("SELECT count(*) FROM letter"));
        }
    };

    template<typename W>
    static W *topLevel()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<W *>(w); found && found->isVisible()) {
                return found;
            }
        }
        return nullptr;
    }

    // TEPAT_SCREENSHOTS=DIR keeps a picture at the smallest supported screen.
    static void keep(QWidget &widget, const char *name, QSize size = {1366, 740})
    {
        const QString dir = qEnvironmentVariable("TEPAT_SCREENSHOTS");
        if (!dir.isEmpty()) {
            widget.resize(size);
            widget.grab().save(QDir(dir).filePath(QLatin1String(name)));
        }
    }

    // TEPAT_SCREENSHOTS=DIR also keeps the PDFs, to look at with pdftoppm.
    static void keepPdf(const Result<QByteArray> &pdf, const char *name)
    {
        const QString dir = qEnvironmentVariable("TEPAT_SCREENSHOTS");
        if (!dir.isEmpty() && pdf) {
            writeFile(QDir(dir).filePath(QLatin1String(name)), *pdf);
        }
    }

    struct Seen
    {
        int previewPages = -1;
        qint64 lettersDuringPreview = -1;
        QString docName;
        QString outputFile;
        bool pdfFormat = false;
    };

private Q_SLOTS:
    void previewComesBeforeTheNumber()
    {
        Office o;
        LettersPage page(o.context);
        Seen seen;
        // Cancelled at the preview: no number is taken.
        QTimer::singleShot(0, [&] {
            auto *preview = topLevel<LetterPreviewDialog>();
            QVERIFY(preview);
            seen.previewPages = preview->pageCount();
            seen.lettersDuringPreview = o.letters();
            keep(*preview, "surat-pratinjau.png", preview->size());
            preview->reject();
        });
        QVERIFY(!page.issueWithPreview(o.someone()));
        // Every page of the letter as it will be printed, and nothing taken from the register.
        const LetterSettings office = LetterSettings::load(*o.store.db);
        const auto draft = CertificateService(*o.store.db, o.store.clock, o.session)
                               .preview(o.someone(), {}, office);
        const auto draftPdf =
            LetterDocument::pdf(*draft, LetterDocument::Mark::Draft, {}, office.paper);
        QCOMPARE(seen.previewPages, pdfPages(*draftPdf).count);
        QCOMPARE(seen.previewPages, 1); // breaks as the numbered letter does
        QVERIFY(pdfText(*draftPdf).contains(QStringLiteral("(nomor diberikan saat dicetak)")));
        QCOMPARE(seen.lettersDuringPreview, 0);
        QCOMPARE(o.letters(), 0);

        // Confirmed: the number is taken, then the print preview opens with a safe name.
        QTimer::singleShot(0, [&] {
            auto *preview = topLevel<LetterPreviewDialog>();
            QVERIFY(preview);
            // The print preview opens once the number is taken, after this dialog closed.
            auto *poll = new QTimer(&page);
            QObject::connect(poll, &QTimer::timeout, poll, [&seen, poll] {
                auto *print = topLevel<QPrintPreviewDialog>();
                if (!print) {
                    return;
                }
                seen.docName = print->printer()->docName();
                seen.outputFile = print->printer()->outputFileName();
                seen.pdfFormat = print->printer()->outputFormat() == QPrinter::PdfFormat;
                poll->stop();
                print->reject();
            });
            poll->start(0);
            preview->findChild<QPushButton *>(QStringLiteral("issue"))->click();
        });
        QVERIFY(page.issueWithPreview(o.someone()));
        QCOMPARE(o.letters(), 1);
        const LetterRecord letter = *LetterRegister(*o.store.db, o.store.clock).get(1);
        QVERIFY(letter.number.contains(u'/'));
        // Issue 21: "…/400.9.14.1/0002/Kel.pdf is not writable" came from this name.
        QCOMPARE(seen.docName, QStringLiteral("surat-keterangan-%1-0001").arg(letter.year));
        const LetterSettings settings = LetterSettings::load(*o.store.db);
        keepPdf(LetterDocument::pdf(*CertificateService(*o.store.db, o.store.clock, o.session)
                                         .preview(o.someone(), {}, settings),
                                    LetterDocument::Mark::Draft, {}, settings.paper),
                "surat-pratinjau.pdf");
        keepPdf(LetterBatch::render(letter, false, settings.paper, o.files), "surat.pdf");
        if (seen.pdfFormat) { // no printer here: "Cetak" saves a PDF in a writable folder
            QCOMPARE(QFileInfo(seen.outputFile).fileName(), seen.docName + QStringLiteral(".pdf"));
            QCOMPARE(QFileInfo(seen.outputFile).absolutePath(), FileNames::documentsFolder());
        }
    }

    void pdfAndCsvDialogsStartWithSafeNamesInAWritableFolder()
    {
        Office o;
        LettersPage page(o.context);
        QVERIFY(CertificateService(*o.store.db, o.store.clock, o.session)
                    .issue(o.someone(), {}, LetterSettings::load(*o.store.db)));
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("register"));
        table->setCurrentCell(0, 0);
        QStringList offered;
        const auto capture = [&offered] {
            QTimer::singleShot(0, [&offered] {
                auto *dialog = topLevel<QFileDialog>();
                QVERIFY(dialog);
                offered << QDir(dialog->directory()).filePath(dialog->selectedFiles().value(0));
                dialog->reject();
            });
        };
        const auto click = [&page](const QString &text) {
            for (QPushButton *b : page.findChildren<QPushButton *>()) {
                if (b->text() == text) {
                    b->click();
                    return;
                }
            }
            QFAIL("no such button");
        };
        capture();
        click(QStringLiteral("Simpan &PDF…"));
        capture();
        click(QStringLiteral("&Ekspor CSV…"));
        QCOMPARE(offered.size(), 2);
        const QString folder = FileNames::documentsFolder();
        const LetterRecord letter = *LetterRegister(*o.store.db, o.store.clock).get(1);
        QCOMPARE(QFileInfo(offered[0]).fileName(),
                 QStringLiteral("SK-%1-0001.pdf").arg(letter.year));
        QCOMPARE(QFileInfo(offered[1]).fileName(), QStringLiteral("register-surat.csv"));
        for (const QString &path : offered) {
            QCOMPARE(QFileInfo(path).absolutePath(), folder);
        }
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter_print")), 0);
    }

    void voidedNumberStaysVisibleAndIsNotPrintedAgain()
    {
        Office o;
        const LetterRecord letter = *CertificateService(*o.store.db, o.store.clock, o.session)
                                         .issue(o.someone(), {}, LetterSettings::load(*o.store.db));
        LettersPage page(o.context);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("register"));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("berlaku"));
        QVERIFY(page.voidLetter(letter.id, QStringLiteral("salah keperluan, diganti")));
        QCOMPARE(table->rowCount(), 1); // kept in the register
        QCOMPARE(table->item(0, 0)->text(), letter.number);
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("dibatalkan"));
        QVERIFY(table->item(0, 0)->font().strikeOut());
        QVERIFY(table->item(0, 6)->toolTip().contains(QStringLiteral("salah keperluan")));
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        keep(page, "surat-register-dibatalkan.png");

        // Printing it again is refused with the reason; no print preview opens.
        QString told;
        bool previewOpened = false;
        QTimer::singleShot(0, [&] {
            previewOpened = topLevel<QPrintPreviewDialog>() != nullptr;
            if (auto *box = topLevel<QMessageBox>()) {
                told = box->text();
                box->accept();
            }
        });
        page.printLetter(letter.id);
        QVERIFY(!previewOpened);
        QVERIFY2(told.contains(QStringLiteral("sudah dibatalkan")), qPrintable(told));
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter_print")), 0);

        // Its QR code no longer passes as a valid letter.
        page.findChild<QPlainTextEdit *>(QStringLiteral("code"))
            ->setPlainText(LetterContent::fromJson(letter.content).qrPayload);
        page.findChild<QPushButton *>(QStringLiteral("check"))->click();
        const QString verdict = page.findChild<QLabel *>(QStringLiteral("verdict"))->text();
        QVERIFY2(verdict.contains(QStringLiteral("TIDAK BERLAKU")), qPrintable(verdict));
        QVERIFY(!verdict.contains(QStringLiteral("#1b5e20")));
    }
    // "Cabut surat" on a printed letter: the reason first (the button waits for it), then a
    // destructive confirmation; refused at the confirmation nothing changes; confirmed, the
    // register shows "dicabut" with the reason, the revocation waits for the sync and the
    // letter is not printed again.
    void aPrintedLetterIsRevokedWithAReasonAndAConfirmation()
    {
        Office o;
        const LetterRecord letter =
            signedLetter(*o.store.db, o.store.clock, QStringLiteral("Siti Wulandari"));
        LettersPage page(o.context);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("register"));
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        table->setCurrentCell(0, 0);
        QList<Prompts::Question> asked;
        bool answer = false;
        Prompts::setAnswer([&](const Prompts::Question &q) {
            asked << q;
            return answer;
        });
        bool buttonWaited = false;
        const auto fillIn = [&] {
            QTimer::singleShot(0, [&] {
                auto *dialog = topLevel<RevokeLetterDialog>();
                if (!dialog) {
                    return;
                }
                auto *revoke = dialog->findChild<QPushButton *>(QStringLiteral("revoke"));
                buttonWaited = !revoke->isEnabled();
                dialog->findChild<QLineEdit *>(QStringLiteral("reason"))
                    ->setText(QStringLiteral("salah orang"));
                revoke->click();
            });
        };
        auto *button = page.findChild<QPushButton *>(QStringLiteral("revokeLetter"));
        fillIn();
        button->click();
        QVERIFY(buttonWaited);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].kind, Prompts::Kind::Destructive);
        QCOMPARE(asked[0].action, QStringLiteral("Cabut surat"));
        QVERIFY(asked[0].text.contains(letter.number));
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("berlaku"));
        QCOMPARE(o.store.count(QStringLiteral("SELECT count(*) FROM letter_revocation")), 0);

        answer = true;
        fillIn();
        button->click();
        Prompts::setAnswer({});
        QCOMPARE(asked.size(), 2);
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("dicabut"));
        QVERIFY(table->item(0, 0)->font().strikeOut());
        QVERIFY(table->item(0, 6)->toolTip().contains(QStringLiteral("salah orang")));
        QCOMPARE(LetterRevocationOutbox(*o.store.db, o.store.clock).waiting()->size(), 1);
        keep(page, "surat-register-dicabut.png");

        // Revoking it again is refused with the service's message.
        QString told;
        QTimer::singleShot(0, [&] {
            if (auto *box = topLevel<QMessageBox>()) {
                told = box->text();
                box->accept();
            }
        });
        QVERIFY(!page.revokeLetter(letter.id, QStringLiteral("sekali lagi")));
        QVERIFY2(told.contains(QStringLiteral("sudah dicabut")), qPrintable(told));
    }

    // Whoever may not print letters is told before any dialog opens.
    void revokingNeedsThePermission()
    {
        Office o;
        const LetterRecord letter =
            signedLetter(*o.store.db, o.store.clock, QStringLiteral("Siti Wulandari"));
        Session field = as(QStringLiteral("budi"), Role::FieldStaff);
        AppContext context{*o.store.db, o.store.clock, field, o.files};
        LettersPage page(context);
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("register"));
        table->setCurrentCell(0, 0);
        QString told;
        bool dialogOpened = false;
        QTimer::singleShot(0, [&] {
            dialogOpened = topLevel<RevokeLetterDialog>() != nullptr;
            if (auto *box = topLevel<QMessageBox>()) {
                told = box->text();
                box->accept();
            }
        });
        page.findChild<QPushButton *>(QStringLiteral("revokeLetter"))->click();
        QVERIFY(!dialogOpened);
        QVERIFY2(told.contains(QStringLiteral("tidak berhak")), qPrintable(told));
        QVERIFY(!LetterRegister(*o.store.db, o.store.clock).get(letter.id)->isRevoked());
    }
};

QTEST_MAIN(TestLettersPage)
#include "TestLettersPage.moc"
