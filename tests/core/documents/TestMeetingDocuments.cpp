#include "core/documents/MeetingDocuments.h"
#include "tests/core/documents/PdfInspection.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestMeetingDocuments : public QObject
{
    Q_OBJECT

    static MinutesContent content(MeetingDocument document,
                                  const QString &villageCode = QStringLiteral("35.71.03.1001"))
    {
        MinutesContent c;
        c.document = document;
        c.villageCode = villageCode;
        c.settings = LetterSettings::defaults(villageCode);
        c.number = QStringLiteral("400.9.14.1/0007/Kel.Bangsal/XI/2026");
        c.meeting.kind = MeetingKind::WardMeeting;
        c.meeting.state = MeetingState::Finalised;
        c.meeting.heldOn = QDate(2026, 11, 20);
        c.meeting.startTime = QStringLiteral("09:00");
        c.meeting.place = QStringLiteral("Aula Kantor Kelurahan");
        c.meeting.discussion = QStringLiteral("Pembahasan-usulan-satu-per-satu");
        c.meeting.headName = QStringLiteral("Kepala-Wilayah");
        c.meeting.headNip = QStringLiteral("197001011995031001");
        c.meeting.councilName = QStringLiteral("Ketua-Lembaga");
        c.meeting.witnessName = QStringLiteral("Nama-Saksi");
        c.meeting.number = c.number;
        c.meeting.sptjmReason = QStringLiteral("banjir-melanda");
        c.attendees = {
            {1, QStringLiteral("Peserta-Satu"), QStringLiteral("Ketua RW 003"), {}},
            {2, QStringLiteral("Peserta-Dua"), QStringLiteral("Kader"), QStringLiteral("PKK")}};
        c.rows = {{QStringLiteral("Perbaikan data"),
                   QStringLiteral("H1"),
                   QStringLiteral("H1.01"),
                   QStringLiteral("3571014101900001"),
                   QStringLiteral("Nama-Setuju"),
                   QStringLiteral("Jl. A RT 001/RW 002"),
                   Decision::Approved,
                   {},
                   {},
                   {},
                   {}},
                  {QStringLiteral("Penghapusan/penghentian"),
                   QStringLiteral("H2"),
                   {},
                   QStringLiteral("3571014101900002"),
                   QStringLiteral("Nama-Tolak"),
                   QStringLiteral("Jl. B"),
                   Decision::Rejected,
                   QStringLiteral("Masih-tinggal"),
                   {},
                   {},
                   {}},
                  {QStringLiteral("Usulan program bansos"),
                   QStringLiteral("H3"),
                   {},
                   QStringLiteral("3571014101900003"),
                   QStringLiteral("Nama-Tunda"),
                   {},
                   Decision::Deferred,
                   QStringLiteral("Menunggu-data"),
                   {},
                   {},
                   {}}};
        return c;
    }

    static QByteArray pdf(const MinutesContent &c, Paper paper = Paper::A4)
    {
        const auto bytes = MeetingDocuments::pdf(c, QImage(), paper);
        if (!bytes) {
            qFatal("%s", qPrintable(bytes.error().message));
        }
        return *bytes;
    }

    // Phrases as they read; numbers may be wrapped by a narrow column, so they are compared
    // without white space.
    static void expectAll(const QString &text, const QStringList &phrases)
    {
        for (const QString &p : phrases) {
            QVERIFY2(text.contains(p) || compact(text).contains(compact(p)),
                     qPrintable(p + QStringLiteral(" not in: ") + text));
        }
    }

private Q_SLOTS:
    void beritaAcara()
    {
        const QByteArray bytes = pdf(content(MeetingDocument::Minutes));
        const QString text = pdfText(bytes);
        expectAll(text,
                  {QStringLiteral("KELURAHAN BANGSAL"),
                   QStringLiteral("BERITA ACARA"),
                   QStringLiteral("MUSYAWARAH KELURAHAN BANGSAL"),
                   QStringLiteral("Nomor: 400.9.14.1/0007/Kel.Bangsal/XI/2026"),
                   QStringLiteral("Pada hari ini Jumat tanggal dua puluh bulan November tahun dua"),
                   QStringLiteral("pukul 09.00 WIB"),
                   QStringLiteral("Aula Kantor Kelurahan"),
                   QStringLiteral("2 (dua) orang"),
                   QStringLiteral("Pembahasan-usulan-satu-per-satu"),
                   QStringLiteral("1 (satu) usulan disetujui, 1 (satu) usulan ditolak"),
                   QStringLiteral("Disetujui"),
                   QStringLiteral("Ditolak"),
                   QStringLiteral("Ditunda"),
                   QStringLiteral("Masih-tinggal"),
                   QStringLiteral("Tindak lanjut"),
                   QStringLiteral("Demikian berita acara ini dibuat"),
                   QStringLiteral("Ketua LPM Bangsal,"),
                   QStringLiteral("Lurah Bangsal,"),
                   QStringLiteral("Ketua-Lembaga"),
                   QStringLiteral("Kepala-Wilayah"),
                   QStringLiteral("Saksi"),
                   QStringLiteral("Nama-Saksi"),
                   QStringLiteral("Lampiran I"),
                   QStringLiteral("DAFTAR HADIR"),
                   QStringLiteral("Peserta-Dua"),
                   QStringLiteral("Kader / PKK"),
                   QStringLiteral("Lampiran II"),
                   QStringLiteral("3571014101900002"),
                   QStringLiteral("H1.01")});
        QVERIFY(!text.contains(QStringLiteral("DRAF")));
        QVERIFY(pdfPages(bytes).count >= 3); // minutes, attendance, BNBA each from a new page
    }

    // Who proposed each request, one line per request, and a line per request whose
    // recommender has an interest in the family; nothing of it when nothing was recorded.
    void beritaAcaraSaysWhoRecommendedAndFlagsConflictsOfInterest()
    {
        MinutesContent c = content(MeetingDocument::Minutes);
        QVERIFY(!pdfText(pdf(c)).contains(QLatin1String("Diusulkan oleh")));
        QVERIFY(!pdfText(pdf(c)).contains(QLatin1String("Konflik kepentingan")));
        c.rows[0].recommendation = Recommendations::documentLine(
            QStringLiteral("Rina-Operator"),
            {QStringLiteral("Darto-Ketua"), QStringLiteral("3"), QStringLiteral("2")});
        c.rows[1].recommendation =
            Recommendations::documentLine(QStringLiteral("Rina-Operator"), {});
        ConflictReason sameKk;
        sameKk.kind = InterestKind::SameKk;
        sameKk.recommender = Recommender::Head;
        ConflictReason likely;
        likely.kind = InterestKind::LikelySame;
        likely.memberName = QStringLiteral("Soeparman");
        likely.score = 0.974;
        c.rows[0].conflictOfInterest = Recommendations::documentReasons({sameKk, likely});
        const QString text = pdfText(pdf(c));
        expectAll(text, {QStringLiteral("Pengusul:"),
                         QStringLiteral("1. Diusulkan oleh: Rina-Operator; melalui Ketua RT "
                                        "003/RW 002 Darto-Ketua"),
                         QStringLiteral("2. Diusulkan oleh: Rina-Operator"),
                         QStringLiteral("Konflik kepentingan"),
                         QStringLiteral("Usulan no. 1 (Nama-Setuju): ketua RT/RW pengusul satu "
                                        "KK; pengusul kemungkinan sama dengan anggota keluarga "
                                        "Soeparman (skor 0,97)")});
        QVERIFY(!compact(text).contains(compact(QStringLiteral("Usulan no. 2"))));
    }

    void desaHasABpd()
    {
        MinutesContent c = content(MeetingDocument::Minutes, QStringLiteral("35.06.01.2002"));
        c.meeting.kind = MeetingKind::VillageMeeting;
        const QString text = pdfText(pdf(c));
        expectAll(text,
                  {QStringLiteral("MUSYAWARAH DESA SIDOMULYO"),
                   QStringLiteral("Ketua BPD Sidomulyo,"), QStringLiteral("Kepala Desa Sidomulyo,"),
                   QStringLiteral("PEMERINTAH KABUPATEN KEDIRI")});
    }

    void draftsAreMarkedAndUnnumbered()
    {
        MinutesContent c = content(MeetingDocument::Minutes);
        c.draft = true;
        c.number.clear();
        c.meeting.councilName.clear();
        const QString text = pdfText(pdf(c));
        expectAll(text, {QStringLiteral("DRAF"), QStringLiteral("Nomor: .........."),
                         QStringLiteral("(......")});
    }

    void attendanceListHasRoomToSign()
    {
        const QString text = pdfText(pdf(content(MeetingDocument::AttendanceList)));
        expectAll(text, {QStringLiteral("DAFTAR HADIR"),
                         QStringLiteral("Hari/tanggal : Jumat, 20 November 2026"),
                         QStringLiteral("09.00 WIB s.d. selesai"), QStringLiteral("Tanda tangan"),
                         QStringLiteral("Peserta-Satu"), QStringLiteral("7. ....."),
                         QStringLiteral("Mengetahui,")});
        QVERIFY(!text.contains(QStringLiteral("8. ....."))); // the attendees and five blank rows
        QVERIFY(!text.contains(QStringLiteral("DRAF")));
    }

    void sptjmListsOnlyWhatItApproves()
    {
        const QString text = pdfText(pdf(content(MeetingDocument::Sptjm)));
        expectAll(text, {QStringLiteral("SURAT PERNYATAAN TANGGUNG JAWAB MUTLAK"),
                         QStringLiteral("Nomor: 400.9.14.1/0007/Kel.Bangsal/XI/2026"),
                         QStringLiteral("banjir-melanda"), QStringLiteral("1 (satu) usulan"),
                         QStringLiteral("bertanggung jawab sepenuhnya"), QStringLiteral("Meterai"),
                         QStringLiteral("Yang membuat pernyataan,"),
                         QStringLiteral("Kepala-Wilayah"), QStringLiteral("3571014101900001")});
        QVERIFY(!compact(text).contains(QStringLiteral("3571014101900002")));
        QVERIFY(!text.contains(QStringLiteral("Nama-Tunda")));
    }

    void addendum()
    {
        MinutesContent c = content(MeetingDocument::Addendum);
        c.number = QStringLiteral("400.9.14.1/0009/Kel.Bangsal/XI/2026");
        c.addendumText = QStringLiteral("Nama-saksi-yang-benar");
        c.addendumDate = QDate(2026, 11, 25);
        const QString text = pdfText(pdf(c));
        expectAll(text,
                  {QStringLiteral("ADENDUM BERITA ACARA"),
                   QStringLiteral("Nomor: 400.9.14.1/0009/Kel.Bangsal/XI/2026"),
                   QStringLiteral("400.9.14.1/0007/Kel.Bangsal/XI/2026"),
                   QStringLiteral("Nama-saksi-yang-benar"), QStringLiteral("25 November 2026")});
    }

    void longAgendasRunOverPagesWithTheirHeaders()
    {
        MinutesContent c = content(MeetingDocument::Minutes);
        const DecisionRow row = c.rows[0];
        c.rows.clear();
        for (int i = 0; i < 60; ++i) {
            DecisionRow r = row;
            r.name = QStringLiteral("Keluarga-%1").arg(i + 1);
            c.rows.append(r);
        }
        const QByteArray bytes = pdf(c, Paper::F4);
        const QString text = pdfText(bytes);
        for (int i = 1; i <= 60; ++i) {
            QVERIFY2(text.contains(QStringLiteral("Keluarga-%1 ").arg(i)),
                     qPrintable(QString::number(i)));
        }
        QVERIFY(text.count(QStringLiteral("Jenis usulan")) >=
                2); // header repeated on the next page
        QVERIFY(compact(text).contains(QStringLiteral("-2-")));
        QCOMPARE(qRound(pdfPages(bytes).firstPagePoints.height()), 935);
    }

    void theIdDtksStaysOnOneLine()
    {
        MinutesContent c = content(MeetingDocument::Minutes);
        c.rows[0].householdId = QStringLiteral("3571031001.000004");
        c.rows[0].personId = QStringLiteral("3571031001.000004.01");
        c.rows[0].name = QStringLiteral("Ahmad Satria Susanto Wicaksono");
        c.rows[0].detail = QStringLiteral("anggota baru");
        const QString text = pdfText(pdf(c));
        // pdftotext -layout keeps a cell that wraps on two lines apart; whole, it is one word.
        QCOMPARE(text.count(QStringLiteral("3571031001.000004.01")), 2); // minutes and BNBA
        QVERIFY(text.contains(QStringLiteral("(anggota")));
    }

    void timeZones()
    {
        QCOMPARE(MeetingDocuments::timeZone(QStringLiteral("35.71.03.1001")),
                 QStringLiteral("WIB"));
        QCOMPARE(MeetingDocuments::timeZone(QStringLiteral("61.71.01.1001")),
                 QStringLiteral("WIB"));
        QCOMPARE(MeetingDocuments::timeZone(QStringLiteral("51.71.01.1001")),
                 QStringLiteral("WITA"));
        QCOMPARE(MeetingDocuments::timeZone(QStringLiteral("64.72.01.1001")),
                 QStringLiteral("WITA"));
        QCOMPARE(MeetingDocuments::timeZone(QStringLiteral("73.71.01.1001")),
                 QStringLiteral("WITA"));
        QCOMPARE(MeetingDocuments::timeZone(QStringLiteral("81.71.01.1001")),
                 QStringLiteral("WIT"));
        QCOMPARE(MeetingDocuments::timeZone(QStringLiteral("94.71.01.1001")),
                 QStringLiteral("WIT"));
    }
};

QTEST_MAIN(TestMeetingDocuments)
#include "TestMeetingDocuments.moc"
