#include "core/documents/LetterDocument.h"
#include "core/letters/LetterSigner.h"
#include "core/letters/ReactivationLetter.h"
#include "tests/core/documents/PdfInspection.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestReactivationLetter : public QObject
{
    Q_OBJECT

    TempStore m_store;
    LetterSettings m_settings;

    CertificateSubject subject(const QString &condition) const
    {
        const QString id = personWhere(*m_store.db, condition);
        const auto s = CertificateComposer::fromRegister(*m_store.db, id);
        if (!s) {
            qFatal("%s", qPrintable(s.error().message));
        }
        return *s;
    }

    static ReactivationForm sickForm()
    {
        ReactivationForm form;
        form.reasons = {ReactivationReason::SickInTreatment, ReactivationReason::Poor};
        form.facility = QStringLiteral("RSUD Gambiran Kota Kediri");
        form.coverLetterNumber = QStringLiteral("12/RT.004/XI/2026");
        return form;
    }

private Q_SLOTS:
    void initTestCase()
    {
        populateVillage(*m_store.db, m_store.clock, 120);
        m_settings = officeSettings(*m_store.db);
        saveSettings(*m_store.db, m_store.clock, m_settings);
        QVERIFY(m_store.db->execute("UPDATE household SET desil = 7, desil_as_of = '2026-10-20' "
                                    "WHERE id = (SELECT min(id) FROM household WHERE status = "
                                    "'active')"));
    }

    void letterIsNumberedSignedAndSaysWhy()
    {
        const Session session = operatorSession();
        const ReactivationService service(*m_store.db, m_store.clock, session);
        const CertificateSubject s = subject(QStringLiteral("p.status = 'active' AND h.desil = 7"));
        QCOMPARE(s.desilAsOf, QDate(2026, 10, 20));
        const Result<LetterRecord> letter = service.issue(s, sickForm(), m_settings);
        QVERIFY2(letter, letter ? "" : qPrintable(letter.error().message));
        QCOMPARE(letter->kind, LetterKind::Reactivation);
        QCOMPARE(letter->serial, 1);
        // The same register as the surat keterangan: the next certificate takes serial 2.
        const CertificateService certificates(*m_store.db, m_store.clock, session);
        const auto next = certificates.issue(s, CertificateForm{}, m_settings);
        QVERIFY(next);
        QCOMPARE(next->serial, 2);

        const LetterContent content = LetterContent::fromJson(letter->content);
        const Verification v = LetterSigner(*m_store.db, m_store.clock).verify(content.qrPayload);
        QCOMPARE(v.verdict, Verdict::Genuine);
        QCOMPARE(v.letterId, letter->id);
        QCOMPARE(v.claim.desil, 7);

        const auto pdf =
            LetterDocument::pdf(content, LetterDocument::Mark::Original, QImage(), Paper::A4);
        QVERIFY(pdf);
        QCOMPARE(pdfPages(*pdf).count, 1);
        const QString text = pdfText(*pdf);
        for (const QString &expected :
             {QStringLiteral("SURAT REKOMENDASI REAKTIVASI PBI-JK"),
              QStringLiteral("Nomor: ") + letter->number, s.name,
              QStringLiteral("dengan ini memberikan rekomendasi kepada"),
              QStringLiteral("pada desil 7 per 20 Oktober 2026"),
              QStringLiteral("Nomor 03/HUK/2026"),
              QStringLiteral("sedang sakit dan menjalani perawatan dan termasuk warga miskin"),
              QStringLiteral("dirawat di RSUD Gambiran Kota Kediri"),
              QStringLiteral("selama 6 (enam) bulan, sampai dengan tanggal 23 Mei 2027"),
              QStringLiteral("Demikian surat rekomendasi ini dibuat"),
              QStringLiteral("Drs. Bambang Sutrisno Wibowo")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
        }
        QVERIFY(!text.contains(QStringLiteral("{")));
    }

    // The wording comes from Pengaturan, like the surat keterangan's: a changed template is
    // what the letter says, saved and loaded with the other settings; an unknown placeholder
    // is refused before anything is saved.
    void theWordingIsTheOfficesTemplate()
    {
        LetterSettings settings = m_settings;
        settings.reactivation.recommendation =
            QStringLiteral("Yang bersangkutan {alasan}[[ (dirawat di {faskes})]]; mohon PBI-JK "
                           "diaktifkan kembali sampai {berlaku_sampai}.");
        settings.reactivation.closing = QStringLiteral("Terima kasih, {kelurahan}.");
        QVERIFY(settings.save(*m_store.db, m_store.clock, QStringLiteral("admin")));
        const LetterSettings loaded = LetterSettings::load(*m_store.db);
        QCOMPARE(loaded.reactivation.recommendation, settings.reactivation.recommendation);
        QCOMPARE(loaded.reactivation.opening, ReactivationTemplates::defaults().opening);

        const CertificateSubject s = subject(QStringLiteral("p.status = 'active' AND h.desil = 7"));
        const LetterContent c =
            ReactivationComposer::compose(s, sickForm(), loaded, QStringLiteral("474/1/2026"),
                                          QDate(2026, 11, 23), QDate(2026, 11, 1));
        QVERIFY2(c.statements.last().startsWith(QStringLiteral(
                     "Yang bersangkutan sedang sakit dan menjalani perawatan dan termasuk warga "
                     "miskin atau rentan miskin (dirawat di RSUD Gambiran Kota Kediri); mohon")),
                 qPrintable(c.statements.last()));
        QVERIFY(c.statements.last().endsWith(QStringLiteral("sampai 23 Mei 2027.")));
        QVERIFY2(c.closing.startsWith(QStringLiteral("Terima kasih, ")), qPrintable(c.closing));

        settings.reactivation.opening = QStringLiteral("Kepada {penerima}:");
        const Status refused = settings.save(*m_store.db, m_store.clock, QStringLiteral("admin"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Pembuka rekomendasi PBI-JK")),
                 qPrintable(refused.error().message));
        QCOMPARE(LetterSettings::load(*m_store.db).reactivation.opening,
                 ReactivationTemplates::defaults().opening);
        QVERIFY(m_settings.save(*m_store.db, m_store.clock, QStringLiteral("admin")));
    }

    void aReasonIsRequiredAndOnlyActiveResidents()
    {
        const Session session = operatorSession();
        const ReactivationService service(*m_store.db, m_store.clock, session);
        const CertificateSubject s = subject(QStringLiteral("p.status = 'active'"));
        QCOMPARE(service.issue(s, ReactivationForm{}, m_settings).error().code,
                 QStringLiteral("reactivation.reason_missing"));
        CertificateSubject typed;
        typed.name = QStringLiteral("Warga Luar");
        QCOMPARE(service.issue(typed, sickForm(), m_settings).error().code,
                 QStringLiteral("reactivation.not_in_register"));
        const CertificateSubject moved = subject(QStringLiteral("p.status = 'moved'"));
        if (!moved.personId.isEmpty()) {
            QCOMPARE(service.issue(moved, sickForm(), m_settings).error().code,
                     QStringLiteral("reactivation.not_active"));
        }
        const Session field(
            Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff});
        QCOMPARE(ReactivationService(*m_store.db, m_store.clock, field)
                     .issue(s, sickForm(), m_settings)
                     .error()
                     .code,
                 QStringLiteral("auth.forbidden"));
    }

    void severalResidentsAtOnce()
    {
        const Session session = operatorSession();
        const ReactivationService service(*m_store.db, m_store.clock, session);
        QStringList ids;
        auto q = m_store.db->query(QStringLiteral(
            "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id WHERE "
            "p.status = 'active' AND h.status = 'active' ORDER BY p.id LIMIT 3"));
        while (q && q->next()) {
            ids << q->value(0).toString();
        }
        QCOMPARE(ids.size(), 3);
        const auto letters = service.issueAll(ids, sickForm(), m_settings);
        QVERIFY(letters);
        QCOMPARE(letters->size(), 3);
        QCOMPARE(letters->at(2).serial, letters->at(0).serial + 2);
        QCOMPARE(m_store.count(
                     QStringLiteral("SELECT count(*) FROM letter WHERE kind = 'reactivation'")),
                 4);
    }
};

QTEST_MAIN(TestReactivationLetter)
#include "TestReactivationLetter.moc"
