#include "app/cli/Console.h"

#include <QCoreApplication>

#include <unistd.h>

namespace tepat::cli {

void Console::out(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Console::outRaw(const char *data, size_t size)
{
    std::fwrite(data, 1, size, stdout);
}

void Console::err(const QString &line)
{
    endProgress();
    std::fflush(stdout);
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

bool Console::errIsTerminal() const
{
    return isatty(STDERR_FILENO) == 1;
}

void Console::progress(const QString &label, qint64 done, qint64 total)
{
    if (!errIsTerminal() || total <= 0) {
        return;
    }
    const int percent = int(qBound(qint64(0), done * 100 / total, qint64(100)));
    const QByteArray text = QStringLiteral("\r%1 %2%").arg(label).arg(percent).toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void Console::endProgress()
{
    if (m_progressShown) {
        std::fputc('\n', stderr);
        m_progressShown = false;
    }
}

void Console::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, Console &console)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Tampilkan bantuan ini."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("tepat-cli ") + command} + arguments)) {
        console.err(parser.errorText());
        console.err(QCoreApplication::translate("cli", "Lihat: tepat-cli %1 --help").arg(command));
        return CannotRun;
    }
    if (parser.isSet(help)) {
        console.out(parser.helpText().replace(QStringLiteral("Usage: "),
                                              QCoreApplication::translate("cli", "Pemakaian: ")));
        return Success;
    }
    return std::nullopt;
}

} // namespace tepat::cli
