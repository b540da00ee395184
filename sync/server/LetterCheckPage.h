#pragma once

#include "sync/server/CentralRoutes.h"
#include "sync/server/console/ConsoleText.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>

namespace tepat {
class Clock;
}

namespace tepat::central {

class CentralServices;
namespace console {
struct ConsoleCall;
}

// GET /v/<code>, public (no sign-in): the letter check as one page without script, under the
// console's strict Content-Security-Policy, in the console's words (ConsoleText, keys
// "letter.*"): Indonesian, or English when asked by ?lang=en, the console's language cookie or
// the browser's Accept-Language. It names the village as the region directory knows it.
class LetterCheckPage
{
public:
    static bool serves(const QString &path) { return path.startsWith(QLatin1String("/v/")); }
    // ?lang=id|en first, then as the console chooses.
    static console::Language language(const console::ConsoleCall &call);
    static CentralReply render(const console::ConsoleCall &call, CentralServices &services);
    static CentralReply tooMany(qint64 waitSeconds, console::Language language);
};

// Checks per client address (as LoginThrottle counts them: IPv4 one by one, IPv6 by /64): at
// most kPerMinute a minute; the event thread asks before any work is done.
class LetterCheckLimit
{
public:
    static constexpr int kPerMinute = 30;
    explicit LetterCheckLimit(const Clock &clock);
    // Seconds to wait; 0: counted, go ahead.
    qint64 take(const QHostAddress &peer);

private:
    struct Window
    {
        QDateTime start;
        int count = 0;
    };
    const Clock &m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace tepat::central
