#include "core/letters/LetterSettings.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestLetterSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsComeFromTheVillage()
    {
        const LetterSettings kel = LetterSettings::defaults(QStringLiteral("35.71.03.1001"));
        QCOMPARE(kel.letterhead.lines(), (QStringList{QStringLiteral("PEMERINTAH KOTA KEDIRI"),
                                                      QStringLiteral("KECAMATAN PESANTREN"),
                                                      QStringLiteral("KELURAHAN BANGSAL")}));
        QCOMPARE(kel.unitCode, QStringLiteral("Kel.Bangsal"));
        QCOMPARE(kel.place, QStringLiteral("Kediri"));
        QCOMPARE(kel.signer.position, QStringLiteral("Lurah Bangsal"));
        QCOMPARE(kel.codeCertificate, QStringLiteral("400.9.14.1"));
        QCOMPARE(kel.paper, Paper::A4);
        QVERIFY(kel.validate());

        const LetterSettings desa = LetterSettings::defaults(QStringLiteral("35.06.01.2002"));
        QVERIFY(desa.letterhead.desa);
        QCOMPARE(desa.letterhead.lines().last(), QStringLiteral("DESA SIDOMULYO"));
        QCOMPARE(desa.letterhead.lines().first(), QStringLiteral("PEMERINTAH KABUPATEN KEDIRI"));
        QCOMPARE(desa.signer.position, QStringLiteral("Kepala Desa Sidomulyo"));
        QCOMPARE(desa.unitCode, QStringLiteral("Ds.Sidomulyo"));
        QCOMPARE(desa.place, QStringLiteral("Sidomulyo"));
    }

    void signatureTitles()
    {
        Signer s;
        s.position = QStringLiteral("Sekretaris Kelurahan");
        s.principal = QStringLiteral("Lurah Bangsal");
        s.intermediate = QStringLiteral("Sekretaris Kelurahan");
        s.authority = SignerAuthority::OnBehalf;
        QCOMPARE(s.titleLines(), (QStringList{QStringLiteral("a.n. Lurah Bangsal"),
                                              QStringLiteral("Sekretaris Kelurahan,")}));
        QCOMPARE(s.statedPosition(), QStringLiteral("Lurah Bangsal"));
        s.position = QStringLiteral("Kasi Kesejahteraan Sosial");
        s.authority = SignerAuthority::UnderInstruction;
        QCOMPARE(s.titleLines(),
                 (QStringList{QStringLiteral("a.n. Lurah Bangsal"),
                              QStringLiteral("Sekretaris Kelurahan"), QStringLiteral("u.b."),
                              QStringLiteral("Kasi Kesejahteraan Sosial,")}));
        s.authority = SignerAuthority::Acting;
        QCOMPARE(s.titleLines(), QStringList{QStringLiteral("Plt. Lurah Bangsal,")});
        s.authority = SignerAuthority::Daily;
        QCOMPARE(s.titleLines(), QStringList{QStringLiteral("Plh. Lurah Bangsal,")});
        s.authority = SignerAuthority::Own;
        QCOMPARE(s.titleLines(), QStringList{QStringLiteral("Kasi Kesejahteraan Sosial,")});
        QCOMPARE(s.statedPosition(), QStringLiteral("Kasi Kesejahteraan Sosial"));
    }

    void letterheadLeavesOutWhatIsNotSet()
    {
        Letterhead h;
        h.village = QStringLiteral("Bangsal");
        QCOMPARE(h.lines(), QStringList{QStringLiteral("KELURAHAN BANGSAL")});
        QVERIFY(h.contactLines().isEmpty());
        h.address = QStringLiteral("Jl. Mayor Bismo 12");
        h.email = QStringLiteral("kel@contoh.go.id");
        QCOMPARE(h.contactLines(), (QStringList{QStringLiteral("Jl. Mayor Bismo 12"),
                                                QStringLiteral("Surel: kel@contoh.go.id")}));
    }

    void savedAndLoadedWithAudit()
    {
        TempStore store;
        QVERIFY(
            store.db->setSetting(QStringLiteral("village_code"), QStringLiteral("35.71.03.1001")));
        LetterSettings s = LetterSettings::load(*store.db);
        QCOMPARE(s.letterhead.village, QStringLiteral("Bangsal"));
        s.letterhead.address = QStringLiteral("Jl. Mayor Bismo 12");
        s.signer.name = QStringLiteral("Rina Kusumawati, S.E.");
        s.signer.authority = SignerAuthority::OnBehalf;
        s.paper = Paper::F4;
        s.font = QStringLiteral("bookman");
        s.validityMonths = 6;
        s.camatBlock = true;
        s.copiesTo = {QStringLiteral("Camat Pesantren"), QStringLiteral("Arsip")};
        s.templates.closing = QStringLiteral("Demikian, {nama}.");
        QVERIFY(s.save(*store.db, store.clock, QStringLiteral("admin")));
        const LetterSettings loaded = LetterSettings::load(*store.db);
        QCOMPARE(loaded.letterhead.address, s.letterhead.address);
        QCOMPARE(loaded.signer.name, s.signer.name);
        QCOMPARE(loaded.signer.authority, SignerAuthority::OnBehalf);
        QCOMPARE(loaded.paper, Paper::F4);
        QCOMPARE(loaded.font, QStringLiteral("bookman"));
        QCOMPARE(loaded.validityMonths, 6);
        QVERIFY(loaded.camatBlock);
        QCOMPARE(loaded.copiesTo, s.copiesTo);
        QCOMPARE(loaded.templates.closing, s.templates.closing);
        QCOMPARE(store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'settings.letters'")),
                 1);
        QVERIFY(loaded.save(*store.db, store.clock, QStringLiteral("admin")));
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_entry")), 1); // unchanged
    }

    void nipMayBeWrittenInGroups()
    {
        // The way NIPs are printed on letters: grouped by birth date, appointment, sex, serial.
        TempStore store;
        LetterSettings s = LetterSettings::defaults(QStringLiteral("35.71.03.1001"));
        s.signer.nip = QStringLiteral("19700101 199503 1 001");
        s.headNip = QStringLiteral("19750505.200003.1.002");
        QVERIFY(s.save(*store.db, store.clock, QStringLiteral("admin")));
        QCOMPARE(LetterSettings::load(*store.db).signer.nip, s.signer.nip); // printed as typed
        s.signer.nip = QStringLiteral("19700101 199503 1 0011");            // 19 digits
        const Status refused = s.save(*store.db, store.clock, QStringLiteral("admin"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("letters.nip"));
    }

    void invalidSettingsAreNotSaved_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("template typo") << 0 << QStringLiteral("template.unknown_placeholder");
        QTest::newRow("empty template") << 1 << QStringLiteral("template.empty");
        QTest::newRow("pattern") << 2 << QStringLiteral("letter.pattern_incomplete");
        QTest::newRow("validity") << 3 << QStringLiteral("letters.validity");
        QTest::newRow("village") << 4 << QStringLiteral("letters.village_missing");
        QTest::newRow("camat nip") << 5 << QStringLiteral("letters.nip");
        QTest::newRow("signer nip") << 6 << QStringLiteral("letters.nip");
    }

    void invalidSettingsAreNotSaved()
    {
        QFETCH(int, which);
        QFETCH(QString, code);
        TempStore store;
        LetterSettings s = LetterSettings::defaults(QStringLiteral("35.71.03.1001"));
        switch (which) {
        case 0:
            s.templates.registered = QStringLiteral("Terdaftar {namaa}");
            break;
        case 1:
            s.templates.closing.clear();
            break;
        case 2:
            s.numberPattern = QStringLiteral("{kode}/{nomor}");
            break;
        case 3:
            s.validityMonths = 0;
            break;
        case 5:
            s.camatNip = QStringLiteral("19700101199503100"); // 17 digits
            break;
        case 6:
            s.signer.nip = QStringLiteral("1970 0101 1995 03100X");
            break;
        default:
            s.letterhead.village.clear();
        }
        const Status saved = s.save(*store.db, store.clock, QStringLiteral("admin"));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, code);
        QCOMPARE(
            store.count(QStringLiteral("SELECT count(*) FROM setting WHERE key LIKE 'letters.%'")),
            0);
    }
};

QTEST_GUILESS_MAIN(TestLetterSettings)
#include "TestLetterSettings.moc"
