// Pengaturan › Surat & kop › Tanda tangan elektronik: the current key and a new one on request
// (issue 16: "rotated with a new key signed by the old one").

#include "core/letters/LetterSigner.h"
#include "tests/support/FieldUi.h"
#include "ui/common/Prompts.h"
#include "ui/letters/LetterKeyPanel.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace tepat;
using namespace tepat::test;

class TestLetterKeyPanel : public QObject
{
    Q_OBJECT

    struct Office : ScreenStore
    {
        Office()
        {
            if (!store.db->setSetting(QStringLiteral("village_code"),
                                      QStringLiteral("35.71.03.1001"))) {
                qFatal("cannot set the village code");
            }
        }
        QString key() const { return LetterSigner(*store.db, store.clock).current()->keyId; }
    };

    static QString stateOf(LetterKeyPanel &panel)
    {
        return panel.findChild<QLabel *>(QStringLiteral("letterKeyState"))->text();
    }

private Q_SLOTS:
    void cleanup() { Prompts::setAnswer({}); }

    // Before the first letter there is no key yet, and the panel says it will come by itself.
    void noKeyBeforeTheFirstLetter()
    {
        Office o;
        LetterKeyPanel panel(o.context);
        QVERIFY2(stateOf(panel).contains(QStringLiteral("Belum ada kunci")),
                 qPrintable(stateOf(panel)));
    }

    // The key, not yet with the regency server; a new one only after the operator confirms,
    // and then the old one is counted as kept.
    void aNewKeyAfterConfirmation()
    {
        Office o;
        const QString first = *LetterSigner(*o.store.db, o.store.clock).ensureKey();
        LetterKeyPanel panel(o.context);
        QVERIFY(stateOf(panel).contains(first.left(8)));
        QVERIFY(stateOf(panel).contains(QStringLiteral("Belum terdaftar di server Dinsos")));

        QList<Prompts::Question> asked;
        bool answer = false;
        Prompts::setAnswer([&](const Prompts::Question &q) {
            asked.append(q);
            return answer;
        });
        auto *rotate = panel.findChild<QPushButton *>(QStringLiteral("rotateLetterKey"));
        rotate->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked[0].text.contains(QStringLiteral("Surat yang sudah terbit tetap asli")));
        QCOMPARE(o.key(), first); // cancelled: unchanged

        answer = true;
        o.store.clock.advanceSeconds(60);
        rotate->click();
        const QString second = o.key();
        QVERIFY(second != first);
        QVERIFY2(stateOf(panel).contains(second.left(8)), qPrintable(stateOf(panel)));
        QVERIFY(stateOf(panel).contains(QStringLiteral("1 kunci lama disimpan")));
        QCOMPARE(o.store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'letter.key_rotate'")),
                 1);
    }

    // The service refuses someone who may not issue letters; the panel shows why, the key stays.
    void refusedForFieldStaff()
    {
        Office o;
        o.session = as(QStringLiteral("lapangan"), Role::FieldStaff);
        const QString first = *LetterSigner(*o.store.db, o.store.clock).ensureKey();
        LetterKeyPanel panel(o.context);
        Prompts::setAnswer([](const Prompts::Question &) { return true; });
        QString told;
        QTimer::singleShot(0, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    told = box->text();
                    box->accept();
                }
            }
        });
        panel.findChild<QPushButton *>(QStringLiteral("rotateLetterKey"))->click();
        QVERIFY2(!told.isEmpty(), "the refusal is shown");
        QCOMPARE(o.key(), first);
    }
};

QTEST_MAIN(TestLetterKeyPanel)
#include "TestLetterKeyPanel.moc"
