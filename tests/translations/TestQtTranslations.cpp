#include "core/common/Language.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace tepat;

// Qt's own dialogs speak Indonesian with the app (translations/qt_id.ts) and English again when
// English is chosen.
class TestQtTranslations : public QObject
{
    Q_OBJECT

    static QStringList labelTexts(const QWidget &w)
    {
        QStringList texts;
        for (const QLabel *l : w.findChildren<QLabel *>()) {
            texts << l->text();
        }
        for (const QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
            texts << b->text();
        }
        return texts;
    }

private Q_SLOTS:
    void cleanupTestCase() { Language::install(QStringLiteral("id")); }

    void everyEntryOfTheFileIsInTheLoadedTranslation()
    {
        Language::install(QStringLiteral("id"));
        QFile file(QStringLiteral(TEPAT_SOURCE_DIR "/translations/qt_id.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QString comment;
        int checked = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                comment.clear();
            } else if (xml.name() == QLatin1String("comment")) {
                comment = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString translation = xml.readElementText();
                const QByteArray c = context.toUtf8();
                const QByteArray s = source.toUtf8();
                const QByteArray d = comment.toUtf8();
                QCOMPARE(QCoreApplication::translate(c.constData(), s.constData(),
                                                     d.isEmpty() ? nullptr : d.constData()),
                         translation);
                ++checked;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(checked > 200);
    }

    void messageBoxAndButtonBoxButtons()
    {
        Language::install(QStringLiteral("id"));
        QMessageBox box(QMessageBox::Question, QStringLiteral("Tepat"), QStringLiteral("Hapus?"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("&Ya"));
        QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("&Tidak"));
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Batal"));
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Save | QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Batal"));
        QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Simpan"));
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Tutup"));

        Language::install(QStringLiteral("en"));
        QMessageBox english(QMessageBox::Question, QStringLiteral("Tepat"), QStringLiteral("?"),
                            QMessageBox::Yes | QMessageBox::Cancel);
        QCOMPARE(english.button(QMessageBox::Yes)->text(), QStringLiteral("&Yes"));
        QCOMPARE(english.button(QMessageBox::Cancel)->text(), QStringLiteral("Cancel"));
    }

    void fileDialogLabels()
    {
        Language::install(QStringLiteral("id"));
        QFileDialog dialog(nullptr, QStringLiteral("Simpan surat"), QDir::tempPath(),
                           QStringLiteral("PDF (*.pdf)"));
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        const QStringList texts = labelTexts(dialog);
        for (const char *expected :
             {"Cari di:", "&Nama berkas:", "Jenis berkas:", "&Simpan", "Batal"}) {
            QVERIFY2(texts.contains(QString::fromUtf8(expected)),
                     qPrintable(expected + QStringLiteral(" not in: ") + texts.join(u'|')));
        }
    }

    void editMenuOfATextField()
    {
        Language::install(QStringLiteral("id"));
        QLineEdit edit(QStringLiteral("3571"));
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList actions;
        for (const QAction *a : menu->actions()) {
            actions << a->text().section(u'\t', 0, 0);
        }
        for (const char *expected :
             {"&Batalkan", "&Ulangi", "&Potong", "&Salin", "&Tempel", "Hapus", "Pilih semua"}) {
            QVERIFY2(actions.contains(QString::fromUtf8(expected)), qPrintable(actions.join(u'|')));
        }
    }
};

QTEST_MAIN(TestQtTranslations)
#include "TestQtTranslations.moc"
