#pragma once

#include "app/cli/Console.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace tepat::cli {

// --passphrase-fd N: read the passphrase from that file descriptor instead of standard input.
QCommandLineOption passphraseFdOption();

// A passphrase: the first line of standard input or of the file descriptor given with
// --passphrase-fd, never an argument (arguments show in process lists and shell history). On a
// terminal the typed characters are not echoed and `prompt` is shown. Extra input is ignored.
std::optional<QString> readPassphrase(const QCommandLineParser &parser,
                                      const QCommandLineOption &fdOption, const QString &prompt,
                                      Console &console);

} // namespace tepat::cli
