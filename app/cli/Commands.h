#pragma once

#include "Console.h"

#include <QStringList>

namespace tepat::cli {

struct Command
{
    QString name;        // "nik check", "import", …
    const char *summary; // QT_TRANSLATE_NOOP("cli", …): one line for `tepat-cli --help`
    int (*run)(const QStringList &arguments, Console &console);
};

// Every command of tepat-cli, in the order `--help` lists them.
QList<Command> commands();

int nikCheck(const QStringList &arguments, Console &console);
int importSnapshot(const QStringList &arguments, Console &console);
int demo(const QStringList &arguments, Console &console);
int search(const QStringList &arguments, Console &console);
int sync(const QStringList &arguments, Console &console);
int outboxList(const QStringList &arguments, Console &console);
int outboxAdd(const QStringList &arguments, Console &console);

} // namespace tepat::cli
