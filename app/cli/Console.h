#pragma once

#include <QCommandLineParser>
#include <QString>

#include <cstdio>
#include <optional>

namespace tepat::cli {

// Exit codes of the command-line contract (docs/cli.md).
enum Exit
{
    Success = 0,
    SomeRefused = 1,
    CannotRun = 2
};

// Standard output for results, standard error for messages; progress only on a terminal.
class Console
{
public:
    void out(const QString &line);
    void outRaw(const char *data, size_t size);
    void err(const QString &line);
    bool errIsTerminal() const;
    void progress(const QString &label, qint64 done, qint64 total);
    void endProgress();
    void flush();

private:
    bool m_progressShown = false;
};

// Parses a command's arguments. Returns an exit code when the command must stop here
// (help shown, or a usage error reported).
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &arguments, Console &console);

} // namespace tepat::cli
