#pragma once

#include "app/cli/Console.h"

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
int duplicates(const QStringList &arguments, Console &console);
int auditVerify(const QStringList &arguments, Console &console);
int backup(const QStringList &arguments, Console &console);
int restore(const QStringList &arguments, Console &console);
int bundleExport(const QStringList &arguments, Console &console);
int bundleImport(const QStringList &arguments, Console &console);
int photoAdd(const QStringList &arguments, Console &console);
int locationSet(const QStringList &arguments, Console &console);
int letter(const QStringList &arguments, Console &console);
int letters(const QStringList &arguments, Console &console);
int letterVerify(const QStringList &arguments, Console &console);
int sync(const QStringList &arguments, Console &console);
int outboxList(const QStringList &arguments, Console &console);
int outboxAdd(const QStringList &arguments, Console &console);
int exportList(const QStringList &arguments, Console &console);
int proposalsTemplate(const QStringList &arguments, Console &console);
int proposalsImport(const QStringList &arguments, Console &console);
int complaintsList(const QStringList &arguments, Console &console);

} // namespace tepat::cli
