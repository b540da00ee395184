// tepat-cli: batch checks and scripting for operators and Dinsos staff (docs/cli.md).

#include "app/cli/Commands.h"
#include "core/common/Language.h"

#include <QGuiApplication>

#include <memory>

#include <sys/stat.h>

using namespace tepat;
using namespace tepat::cli;

namespace {

// Letters are rendered to PDF, which needs fonts and so a QGuiApplication (on the offscreen
// platform: no display needed), and so is an export to a .pdf. Every other command stays a plain
// QCoreApplication.
bool rendersDocuments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "--lang") {
            ++i;
        } else if (!word.startsWith('-')) {
            if (word == "letter" || word == "letters") {
                return true;
            }
            // export --list bnba --out F.pdf: the printable BNBA.
            if (word == "export") {
                for (int j = i + 1; j < argc; ++j) {
                    if (QByteArray(argv[j]).toLower().endsWith(".pdf")) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // The register is specific personal data (UU PDP): everything Tepat writes (the store, its
    // photos, exports, backups, rejects) is for this account only.
    ::umask(077);
    std::unique_ptr<QCoreApplication> app;
    if (rendersDocuments(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tepat-cli"));
    QStringList args = QCoreApplication::arguments().mid(1);

    // --lang is global: take it out wherever it stands.
    QString lang = QStringLiteral("id");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    Language::install(lang);

    Console console;
    const QList<Command> all = commands();
    for (const Command &command : all) {
        const QStringList words = command.name.split(u' ');
        if (args.size() >= words.size() && args.mid(0, words.size()) == words) {
            const int code = command.run(args.mid(words.size()), console);
            console.flush();
            return code;
        }
    }
    const bool askedForHelp = args.isEmpty() || args.first() == QLatin1String("--help") ||
                              args.first() == QLatin1String("-h");
    if (!askedForHelp) {
        console.err(
            QCoreApplication::translate("cli", "Perintah tidak dikenal: %1").arg(args.join(u' ')));
    }
    QString help =
        QCoreApplication::translate("cli", "Pemakaian: tepat-cli [--lang id|en] PERINTAH "
                                           "[OPSI]…\n\nPerintah:\n");
    for (const Command &command : all) {
        help += QStringLiteral("  %1  %2\n")
                    .arg(command.name.leftJustified(12),
                         QCoreApplication::translate("cli", command.summary));
    }
    help +=
        QCoreApplication::translate("cli", "\nBantuan tiap perintah: tepat-cli PERINTAH --help");
    if (askedForHelp) {
        console.out(help);
        return Success;
    }
    console.err(help);
    return CannotRun;
}
