#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tepat::sync {

// Reads one line from standard input without echoing it when it is a terminal (passwords are
// read from standard input, never taken from arguments). The prompt goes to standard error,
// only on a terminal. Empty when standard input is closed.
std::optional<QByteArray> readSecretLine(const QString &prompt);

} // namespace tepat::sync
