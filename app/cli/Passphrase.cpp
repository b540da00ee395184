#include "app/cli/Passphrase.h"

#include <QCoreApplication>
#include <QFile>

#include <termios.h>
#include <unistd.h>

namespace tepat::cli {

QCommandLineOption passphraseFdOption()
{
    return QCommandLineOption(
        QStringLiteral("passphrase-fd"),
        QCoreApplication::translate("cli", "Baca frasa sandi dari deskriptor berkas ini, bukan "
                                           "dari standard input."),
        QStringLiteral("N"));
}

std::optional<QString> readPassphrase(const QCommandLineParser &parser,
                                      const QCommandLineOption &fdOption, const QString &prompt,
                                      Console &console)
{
    int fd = STDIN_FILENO;
    if (parser.isSet(fdOption)) {
        bool ok = false;
        fd = parser.value(fdOption).toInt(&ok);
        if (!ok || fd < 0) {
            console.err(QCoreApplication::translate("cli", "--passphrase-fd harus nomor "
                                                           "deskriptor berkas."));
            return std::nullopt;
        }
    }
    termios saved{};
    const bool terminal = isatty(fd) == 1 && tcgetattr(fd, &saved) == 0;
    if (terminal) {
        console.err(prompt);
        termios quiet = saved;
        quiet.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QFile in;
    QByteArray line;
    if (in.open(fd, QIODevice::ReadOnly)) {
        line = in.readLine(4096);
    }
    if (terminal) {
        tcsetattr(fd, TCSAFLUSH, &saved);
    }
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli", "Frasa sandi tidak terbaca dari standard input atau --passphrase-fd."));
        return std::nullopt;
    }
    QString phrase = QString::fromUtf8(line);
    line.fill('\0');
    return phrase;
}

} // namespace tepat::cli
