#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace tepat::test {

// Runs tepat-cli as a script would: arguments, standard input, exit code and both outputs.
struct CliRun
{
    int exit = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted()) {
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(180000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace tepat::test
