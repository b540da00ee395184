#include "core/disbursements/DisbursementHistory.h"
#include "core/letters/CertificateLetter.h"
#include "core/letters/LetterSigner.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestCertificateLetter : public QObject
{
    Q_OBJECT

    static QString value(const LetterContent &c, const QString &label)
    {
        for (const auto &[l, v] : c.identity) {
            if (l == label) {
                return v;
            }
        }
        return QStringLiteral("<no row>");
    }

private Q_SLOTS:
    void registeredPersonFromTheRegister()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        const QString id = personWhere(*store.db, QStringLiteral("p.status = 'active' AND h.status "
                                                                 "= 'active' AND h.desil > 0"));
        const auto subject = CertificateComposer::fromRegister(*store.db, id);
        QVERIFY(subject);
        QVERIFY(subject->registered);
        QVERIFY(subject->desil > 0);
        QCOMPARE(subject->nik.size(), 16);
        const LetterSettings settings = officeSettings(*store.db);
        CertificateForm form;
        const LetterContent c =
            CertificateComposer::compose(*subject, form, settings, QStringLiteral("NO/1"),
                                         QDate(2026, 11, 23), QDate(2026, 11, 1));
        QCOMPARE(value(c, QStringLiteral("Nama")), subject->name);
        QCOMPARE(value(c, QStringLiteral("NIK")), subject->nik);
        QCOMPARE(value(c, QStringLiteral("Agama")), QStringLiteral("-")); // not in the register
        QCOMPARE(value(c, QStringLiteral("Kelurahan")), QStringLiteral("Bangsal"));
        QVERIFY(c.statements[0].contains(QStringLiteral("BENAR TERDAFTAR")));
        QVERIFY(c.statements[0].contains(subject->householdId));
        QVERIFY(c.statements[0].contains(QStringLiteral("per tanggal 1 November 2026")));
        QVERIFY(c.statements[0].contains(QStringLiteral("desil %1").arg(subject->desil)));
        QVERIFY(c.statements[1].contains(QStringLiteral("persyaratan administrasi")));
        QVERIFY(c.statements[1].contains(QStringLiteral("23 Februari 2027"))); // 3 months
        QVERIFY(!c.opening.contains(QStringLiteral("Pengantar"))); // no cover letter: left out
        QVERIFY(
            c.opening.startsWith(QStringLiteral("Yang bertanda tangan di bawah ini, Lurah Bangsal, "
                                                "Kecamatan Pesantren, Kota Kediri, dengan")));
        QCOMPARE(c.signer.placeAndDate, QStringLiteral("Kediri, 23 November 2026"));
        QCOMPARE(c.signer.titleLines, QStringList{QStringLiteral("Lurah Bangsal,")});
        for (const QString &text : QStringList{c.opening, c.closing} + c.statements) {
            QVERIFY2(!text.contains(u'{') && !text.contains(QStringLiteral("[[")),
                     qPrintable(text));
        }
    }

    // The statement cites the family's last disbursement (template field
    // {penyaluran_terakhir}); a family without one reads as before.
    void theLetterCitesTheLastDisbursement()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        const QString id = personWhere(*store.db, QStringLiteral("p.status = 'active' AND h.status "
                                                                 "= 'active' AND h.desil > 0"));
        const LetterSettings settings = officeSettings(*store.db);
        const auto before = CertificateComposer::fromRegister(*store.db, id);
        QVERIFY(before && before->lastDisbursement.isEmpty());
        const LetterContent plain = CertificateComposer::compose(
            *before, {}, settings, QStringLiteral("NO/1"), QDate(2026, 11, 23), QDate(2026, 11, 1));
        QVERIFY(!plain.statements[0].contains(QStringLiteral("Penyaluran")));

        const DisbursementHistory history(*store.db, store.clock);
        Disbursement older{QStringLiteral("e1"),
                           before->householdId,
                           Program::Pkh,
                           QStringLiteral("2026-T3"),
                           DisbursementStatus::GagalOmspan,
                           QDate(2026, 8, 20),
                           {},
                           1};
        Disbursement last{
            QStringLiteral("e2"),   before->householdId, Program::Pkh, QStringLiteral("2026-T4"),
            DisbursementStatus::Si, QDate(2026, 11, 12), {},           1};
        QVERIFY(history.store(older) && history.store(last));
        const auto subject = CertificateComposer::fromRegister(*store.db, id);
        QVERIFY(subject);
        const LetterContent c =
            CertificateComposer::compose(*subject, {}, settings, QStringLiteral("NO/2"),
                                         QDate(2026, 11, 23), QDate(2026, 11, 1));
        QVERIFY2(c.statements[0].endsWith(QStringLiteral(
                     "Penyaluran bantuan terakhir: PKH tahap 4 tahun 2026, status SI (dana sudah "
                     "dipindahkan ke rekening penerima), tanggal 12 November 2026.")),
                 qPrintable(c.statements[0]));
    }

    void missingFactsAndFormAnswers()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        CertificateSubject s;
        s.name = QStringLiteral("Ahmad Santoso");
        s.nik = QStringLiteral("3571010101900001");
        s.rt = QStringLiteral("002");
        CertificateForm form;
        form.religion = QStringLiteral("Islam");
        form.purpose = QStringLiteral("pengajuan beasiswa");
        form.coverLetterNumber = QStringLiteral("12/RT.002/2026");
        const LetterContent c =
            CertificateComposer::compose(s, form, officeSettings(*store.db), QStringLiteral("NO/2"),
                                         QDate(2026, 11, 23), QDate());
        QCOMPARE(value(c, QStringLiteral("Agama")), QStringLiteral("Islam"));
        QCOMPARE(value(c, QStringLiteral("Tempat/Tgl. Lahir")), QStringLiteral("-"));
        QCOMPARE(value(c, QStringLiteral("Pekerjaan")), QStringLiteral("-"));
        QCOMPARE(value(c, QStringLiteral("Alamat")), QStringLiteral("RT 002"));
        QVERIFY(c.opening.contains(QStringLiteral("Surat Pengantar Ketua RT/RW Nomor "
                                                  "12/RT.002/2026, dengan")));
        QVERIFY(c.statements[0].contains(QStringLiteral("TIDAK TERDAFTAR")));
        QVERIFY(c.statements[0].contains(QStringLiteral("per tanggal -,")));
        QVERIFY(c.statements[1].contains(QStringLiteral("pengajuan beasiswa")));
        QCOMPARE(c.desil, 0);
    }

    void notRegisteredAndDeceased()
    {
        TempStore store;
        populateVillage(*store.db, store.clock, 200);
        const QString moved = personWhere(*store.db, QStringLiteral("p.status = 'moved'"));
        QVERIFY(!moved.isEmpty());
        const auto m = CertificateComposer::fromRegister(*store.db, moved);
        QVERIFY(m);
        QVERIFY(!m->registered);
        QVERIFY(m->statusNote.contains(QStringLiteral("pindah")));
        const QString excluded =
            personWhere(*store.db, QStringLiteral("h.status = 'excluded' AND p.status = 'active'"));
        QVERIFY(!excluded.isEmpty());
        QVERIFY(!CertificateComposer::fromRegister(*store.db, excluded)->registered);
        const QString dead = personWhere(*store.db, QStringLiteral("p.status = 'deceased'"));
        QCOMPARE(CertificateComposer::fromRegister(*store.db, dead).error().code,
                 QStringLiteral("letter.deceased"));
        QCOMPARE(CertificateComposer::fromRegister(*store.db, QStringLiteral("nope")).error().code,
                 QStringLiteral("person.not_found"));
    }

    void issuedLettersAreSignedRegisteredAndAudited()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        const LetterSettings settings = officeSettings(*store.db);
        const Session session = operatorSession();
        const CertificateService service(*store.db, store.clock, session);
        const QString id = personWhere(*store.db, QStringLiteral("p.status = 'active' AND h.status "
                                                                 "= 'active'"));
        const CertificateSubject subject = CertificateComposer::fromRegister(*store.db, id).value();
        const auto letter = service.issue(subject, {}, settings);
        QVERIFY2(letter, qPrintable(letter ? QString() : letter.error().message));
        QCOMPARE(letter->number, QStringLiteral("400.9.14.1/0001/Kel.Bangsal/XI/2026"));
        QCOMPARE(letter->personId, id);
        QCOMPARE(letter->issuedBy, QStringLiteral("rina"));
        const LetterContent content = LetterContent::fromJson(letter->content);
        QCOMPARE(content.number, letter->number);
        QCOMPARE(QString::fromLatin1(content.hash().toHex()), letter->contentHash);
        QCOMPARE(LetterContent::fromJson(content.toJson()).toJson(), content.toJson());
        const Verification v = LetterSigner(*store.db, store.clock).verify(content.qrPayload);
        QCOMPARE(v.verdict, Verdict::Genuine);
        QCOMPARE(v.letterId, letter->id);
        QCOMPARE(v.claim.name, subject.name);
        QVERIFY(!content.qrPayload.contains(subject.nik));
        // No NIK in the audit trail.
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE details LIKE "
                                            "'%") +
                             subject.nik + QStringLiteral("%'")),
                 0);
        QVERIFY(service.recordPrint(letter->id, false, Paper::F4, QStringLiteral("pdf")));
        QCOMPARE(
            store.count(QStringLiteral("SELECT count(*) FROM letter_print WHERE paper = 'F4'")), 1);
    }

    void onlyThoseWhoMayPrintLetters()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        const Session field(
            Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff});
        const CertificateService service(*store.db, store.clock, field);
        const QString id = personWhere(*store.db, QStringLiteral("p.status = 'active'"));
        const auto refused = service.issue(CertificateComposer::fromRegister(*store.db, id).value(),
                                           {}, officeSettings(*store.db));
        QCOMPARE(refused.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(!service.recordPrint(1, false, Paper::A4, QStringLiteral("pdf")));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter")), 0);
    }

    void residentsTypedInAtTheCounter()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        const Session session = operatorSession();
        const CertificateService service(*store.db, store.clock, session);
        CertificateSubject typed;
        typed.name = QStringLiteral("Warga Baru");
        typed.nik = QStringLiteral("3571013201900001"); // 32 January: impossible
        QCOMPARE(service.checkSubject(typed).error().code, QStringLiteral("letter.nik_invalid"));
        auto q =
            store.db->query(QStringLiteral("SELECT nik FROM person WHERE nik IS NOT NULL LIMIT 1"));
        QVERIFY(q && q->next());
        typed.nik = q->value(0).toString();
        QCOMPARE(service.checkSubject(typed).error().code,
                 QStringLiteral("letter.nik_in_register"));
        typed.nik = QStringLiteral("3506014101990001");
        QVERIFY(service.checkSubject(typed));
        typed.name.clear();
        QCOMPARE(service.checkSubject(typed).error().code, QStringLiteral("letter.name_missing"));
        typed.name = QStringLiteral("Warga Baru");
        const auto letter = service.issue(typed, {}, officeSettings(*store.db));
        QVERIFY2(letter, qPrintable(letter ? QString() : letter.error().message));
        QVERIFY(letter);
        QCOMPARE(letter->registered, std::optional<bool>(false));
        QVERIFY(letter->personId.isEmpty());
    }

    // Issue 21: a NIK encoding 4 April 1970 was accepted with the birth date 1 January 1990.
    void typedInResidentFollowsTheNikRules()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        const Session session = operatorSession();
        const CertificateService service(*store.db, store.clock, session);
        const LetterSettings settings = officeSettings(*store.db);
        CertificateSubject typed;
        typed.name = QStringLiteral("Warga Baru");
        typed.nik = QStringLiteral("3506010404700001"); // 4 April 1970, male
        typed.birthDate = QDate(1990, 1, 1);
        typed.sex = Sex::Female;
        const Findings findings = service.review(typed);
        QVERIFY(!hasErrors(findings));
        QStringList codes;
        for (const Finding &f : findings) {
            codes << f.code;
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("nik.birth_date_mismatch"),
                                     QStringLiteral("nik.sex_mismatch")}));
        QCOMPARE(findings[0].field, QStringLiteral("birth_date"));
        // Not acknowledged: nothing is issued.
        const auto refused = service.issue(typed, {}, settings);
        QCOMPARE(refused.error().code, QStringLiteral("letter.warning_unacknowledged"));
        QVERIFY(refused.error().message.contains(QStringLiteral("Data sudah diperiksa")));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter")), 0);
        // Acknowledged: issued as typed, and the warnings are recorded with it.
        typed.warningsAcknowledged = true;
        const auto issued = service.issue(typed, {}, settings);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
        QVERIFY(value(LetterContent::fromJson(issued->content), QStringLiteral("Tempat/Tgl. Lahir"))
                    .contains(QStringLiteral("1 Januari 1990")));
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'letter.issue' AND details "
                     "LIKE '%nik.birth_date_mismatch%' AND details NOT LIKE '%3506010404700001%'")),
                 1);
        // No date and no sex given: both come from the NIK, never a default.
        CertificateSubject blank;
        blank.name = QStringLiteral("Warga Lain");
        blank.nik = QStringLiteral("3506010404700002");
        QVERIFY(service.checkSubject(blank));
        const CertificateSubject completed =
            CertificateService::completedFromNik(blank, store.clock);
        QCOMPARE(completed.birthDate, QDate(1970, 4, 4));
        QCOMPARE(completed.sex, Sex::Male);
        const auto second = service.issue(blank, {}, settings);
        QVERIFY(second);
        const LetterContent c = LetterContent::fromJson(second->content);
        QVERIFY(
            value(c, QStringLiteral("Tempat/Tgl. Lahir")).contains(QStringLiteral("4 April 1970")));
        QCOMPARE(value(c, QStringLiteral("Jenis Kelamin")), QStringLiteral("Laki-laki"));
        // A hard error is never acknowledged away.
        CertificateSubject wrong = blank;
        wrong.nik = QStringLiteral("3506013204700001"); // 32 April
        wrong.warningsAcknowledged = true;
        QCOMPARE(service.issue(wrong, {}, settings).error().code,
                 QStringLiteral("letter.nik_invalid"));
    }

    // Issue 21: the operator sees the letter before a register number is taken.
    void previewTakesNoNumber()
    {
        TempStore store;
        populateVillage(*store.db, store.clock);
        const Session session = operatorSession();
        const CertificateService service(*store.db, store.clock, session);
        const QString id = personWhere(*store.db, QStringLiteral("p.status = 'active'"));
        const auto subject = CertificateComposer::fromRegister(*store.db, id);
        const auto preview = service.preview(*subject, {}, officeSettings(*store.db));
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->number, QStringLiteral("(nomor diberikan saat dicetak)"));
        QVERIFY(preview->qrPayload.isEmpty()); // a preview can never pass as a letter
        QCOMPARE(value(*preview, QStringLiteral("Nama")), subject->name);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter")), 0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action LIKE "
                                            "'letter.%'")),
                 0);
        // The first letter still gets the first number.
        QCOMPARE(service.issue(*subject, {}, officeSettings(*store.db))->serial, 1);
        // Whoever may not print letters sees no preview either.
        const Session field(
            Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff});
        QCOMPARE(CertificateService(*store.db, store.clock, field)
                     .preview(*subject, {}, officeSettings(*store.db))
                     .error()
                     .code,
                 QStringLiteral("auth.forbidden"));
    }

    void noLetterWithoutADataDate()
    {
        TempStore store;
        QVERIFY(
            store.db->setSetting(QStringLiteral("village_code"), QStringLiteral("35.71.03.1001")));
        const Session session = operatorSession();
        CertificateSubject typed;
        typed.name = QStringLiteral("Warga Baru");
        typed.nik = QStringLiteral("3506014101990001");
        const auto refused = CertificateService(*store.db, store.clock, session)
                                 .issue(typed, {}, LetterSettings::load(*store.db));
        QCOMPARE(refused.error().code, QStringLiteral("letter.no_data_date"));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM letter")), 0);
    }

    void dataDateFollowsTheLastPull()
    {
        TempStore store;
        QVERIFY(store.db->setSetting(QStringLiteral("data_date"), QStringLiteral("2026-10-01")));
        QCOMPARE(CertificateComposer::dataDate(*store.db), QDate(2026, 10, 1));
        QVERIFY(store.db->query(QStringLiteral("INSERT INTO replica_state(key, value) VALUES "
                                               "('last_pull_at', '2026-11-20T03:00:00.000Z')")));
        QCOMPARE(CertificateComposer::dataDate(*store.db), QDate(2026, 11, 20));
    }
};

QTEST_GUILESS_MAIN(TestCertificateLetter)
#include "TestCertificateLetter.moc"
