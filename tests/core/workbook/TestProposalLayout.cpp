#include "core/domain/Vocabulary.h"
#include "core/workbook/ProposalLayout.h"

#include <QSet>
#include <QTest>

using namespace tepat;

class TestProposalLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dtsenAndCommonHeadersMapToTheTemplateKeys()
    {
        QCOMPARE(ProposalLayout::normaliseHeader(QStringLiteral(" NIK ")), QStringLiteral("nik"));
        QCOMPARE(ProposalLayout::normaliseHeader(QStringLiteral("Desil Nasional")),
                 QStringLiteral("desil_nasional"));
        QCOMPARE(ProposalLayout::normaliseHeader(QStringLiteral("nama_lengkap")),
                 QStringLiteral("nama"));
        QCOMPARE(ProposalLayout::normaliseHeader(QStringLiteral("ID ART")),
                 QStringLiteral("id_anggota"));
        QCOMPARE(ProposalLayout::normaliseHeader(QStringLiteral("Tgl. Lahir")),
                 QStringLiteral("tanggal_lahir"));
    }

    void everySheetHasAFamilyColumnAndUniqueKeys()
    {
        for (const ProposalSheetLayout &sheet : ProposalLayout::sheets()) {
            QSet<QString> keys;
            for (const ProposalColumn &c : sheet.columns) {
                QVERIFY2(!keys.contains(QString::fromLatin1(c.key)), c.key);
                keys.insert(QString::fromLatin1(c.key));
                QCOMPARE(ProposalLayout::normaliseHeader(QString::fromLatin1(c.key)),
                         QString::fromLatin1(c.key));
            }
            QVERIFY(keys.contains(QStringLiteral("id_keluarga")));
        }
    }

    void codeListsAreTheVocabularyCodes()
    {
        QCOMPARE(ProposalLayout::codes(CodeList::Sex),
                 (QStringList{QStringLiteral("L"), QStringLiteral("P")}));
        QCOMPARE(ProposalLayout::codes(CodeList::Program).size(),
                 vocabulary::all<Program>().size());
        // Excel keeps a list in the rule itself only up to 255 characters.
        for (const CodeList list :
             {CodeList::Program, CodeList::Relationship, CodeList::MaritalStatus,
              CodeList::Disability, CodeList::RemovalReason}) {
            QVERIFY(ProposalLayout::codes(list).join(u',').size() < 255);
        }
    }
};

QTEST_GUILESS_MAIN(TestProposalLayout)
#include "TestProposalLayout.moc"
