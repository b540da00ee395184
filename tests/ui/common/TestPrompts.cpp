#include "ui/common/Prompts.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace tepat;

class TestPrompts : public QObject
{
    Q_OBJECT

    // Looks at the box while it is open, then presses the button with this text.
    static void press(const QString &buttonText, QStringList &seen, QString &defaultButton)
    {
        QTimer::singleShot(0, [buttonText, &seen, &defaultButton] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                return;
            }
            for (QAbstractButton *b : box->buttons()) {
                seen.append(b->text());
            }
            defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == buttonText) {
                    b->click();
                }
            }
        });
    }

private Q_SLOTS:
    void theButtonSaysWhatHappensAndCancelIsTheDefaultForWhatCannotBeUndone()
    {
        QStringList seen;
        QString defaultButton;
        press(QStringLiteral("Batal"), seen, defaultButton);
        const bool accepted =
            Prompts::confirm(nullptr, {QStringLiteral("Hapus foto"), QStringLiteral("Hapus?"),
                                       QStringLiteral("Hapus foto"), Prompts::Kind::Destructive});
        QVERIFY(!accepted);
        QCOMPARE(seen.size(), 2);
        QVERIFY(seen.contains(QStringLiteral("Hapus foto")));
        QVERIFY(seen.contains(QStringLiteral("Batal")));
        QCOMPARE(defaultButton, QStringLiteral("Batal"));
    }

    void theActionIsTheDefaultForWhatCanBeChangedBack()
    {
        QStringList seen;
        QString defaultButton;
        press(QStringLiteral("Keluarkan dari agenda"), seen, defaultButton);
        const bool accepted =
            Prompts::confirm(nullptr, {QStringLiteral("Agenda"), QStringLiteral("Keluarkan?"),
                                       QStringLiteral("Keluarkan dari agenda")});
        QVERIFY(accepted);
        QCOMPARE(defaultButton, QStringLiteral("Keluarkan dari agenda"));
    }

    void testsCanAnswerWithoutABox()
    {
        QList<Prompts::Question> asked;
        Prompts::setAnswer([&asked](const Prompts::Question &q) {
            asked.append(q);
            return true;
        });
        QVERIFY(Prompts::confirm(
            nullptr, {QStringLiteral("T"), QStringLiteral("X"), QStringLiteral("Lakukan")}));
        Prompts::setAnswer({});
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().action, QStringLiteral("Lakukan"));
    }
};

QTEST_MAIN(TestPrompts)
#include "TestPrompts.moc"
