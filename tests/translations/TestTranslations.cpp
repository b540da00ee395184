#include "core/common/Language.h"
#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tepat;

// Both .ts files are complete, and complete for the code as it is now: running lupdate over
// the sources adds no untranslated entry.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Scan
    {
        int messages = 0;
        QStringList unfinished; // "context: source"
    };

    static Scan scan(const QString &path)
    {
        Scan result;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.unfinished << QStringLiteral("cannot open ") + path;
            return result;
        }
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++result.messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty()) {
                    result.unfinished << context + QStringLiteral(": ") + source;
                }
            }
        }
        if (xml.hasError()) {
            result.unfinished << path + QStringLiteral(": ") + xml.errorString();
        }
        return result;
    }

    static QString tsPath(const char *language)
    {
        return QStringLiteral(TEPAT_SOURCE_DIR "/translations/tepat_%1.ts")
            .arg(QLatin1String(language));
    }

private Q_SLOTS:
    void committedFilesAreComplete_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("id") << tsPath("id");
        QTest::newRow("en") << tsPath("en");
        // The project's Indonesian for Qt's own dialogs (not produced by lupdate).
        QTest::newRow("qt_id") << QStringLiteral(TEPAT_SOURCE_DIR "/translations/qt_id.ts");
    }

    void committedFilesAreComplete()
    {
        QFETCH(QString, path);
        const Scan s = scan(path);
        QVERIFY(s.messages > 100);
        QVERIFY2(s.unfinished.isEmpty(), qPrintable(s.unfinished.mid(0, 20).join(u'\n')));
    }

    void filesMatchTheSources()
    {
        QTemporaryDir dir;
        const QStringList copies{dir.filePath(QStringLiteral("tepat_id.ts")),
                                 dir.filePath(QStringLiteral("tepat_en.ts"))};
        QVERIFY(QFile::copy(tsPath("id"), copies[0]));
        QVERIFY(QFile::copy(tsPath("en"), copies[1]));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TEPAT_SOURCE_DIR));
        lupdate.start(QStringLiteral(TEPAT_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-no-obsolete"),
                                  QStringLiteral("-source-language"), QStringLiteral("id"),
                                  QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("app"),
                                  QStringLiteral("core"), QStringLiteral("ui"),
                                  QStringLiteral("sync"), QStringLiteral("-ts")} +
                          copies);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        for (const QString &copy : copies) {
            const Scan s = scan(copy);
            QVERIFY2(
                s.unfinished.isEmpty(),
                qPrintable(QStringLiteral("Strings in the code that %1 does not translate "
                                          "(run the update_translations target, then translate):\n")
                               .arg(QFileInfo(copy).fileName()) +
                           s.unfinished.mid(0, 20).join(u'\n')));
        }
    }

    void englishIsLoadedAndDatesFollowTheLanguage()
    {
        QCOMPARE(Language::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(RequestLifecycle::label(RequestState::Draft), QStringLiteral("Draft"));
        QCOMPARE(Language::formatDate(QDate(2026, 11, 23)), QStringLiteral("23 November 2026"));
        QCOMPARE(Language::install(QStringLiteral("id")), QStringLiteral("id"));
        QCOMPARE(RequestLifecycle::label(RequestState::Draft), QStringLiteral("Draf"));
        QCOMPARE(Language::formatDate(QDate(2026, 8, 17)), QStringLiteral("17 Agustus 2026"));
        QCOMPARE(Language::formatNumber(1234567), QStringLiteral("1.234.567"));
        QCOMPARE(Language::install(QStringLiteral("fr")), QStringLiteral("id"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
