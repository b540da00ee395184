#pragma once

#include "sync/server/CentralRoutes.h"
#include "sync/server/console/ConsoleSessions.h"
#include "sync/server/console/ConsoleText.h"

#include <QHttpServerRequest>
#include <QUrlQuery>

#include <optional>

namespace tepat {
class Clock;
}

namespace tepat::central {
class CentralServices;
}

namespace tepat::central::console {

struct PageContext;

// A console request as the worker that answers it needs it (copied on the event thread).
struct ConsoleCall
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QByteArray cookies;        // the Cookie header
    QByteArray acceptLanguage; // the Accept-Language header
    QByteArray origin;         // the Origin header, when the browser sent one
    QByteArray host;           // the Host header
    QByteArray contentType;
    QByteArray body;

    QByteArray cookie(const char *name) const;
    // The body of an application/x-www-form-urlencoded POST ('+' is a space).
    QUrlQuery form() const;
    bool isForm() const;
    Language language() const;
};

// A sign-in to the console waiting for its password check.
struct ConsoleSignIn
{
    QString username;
    QByteArray password;
    Language language = Language::Indonesian;
    bool accountExists = false;
    enum class Outcome
    {
        Refused,
        Failed,
        Succeeded
    } outcome = Outcome::Refused;
};

// The Dinsos review console under /console/ (docs/review-console.md): server-rendered pages,
// the stylesheet and script from the binary's resources, sessions in memory (ConsoleSessions).
// Every page has a strict Content-Security-Policy, cannot be framed, and is not stored by the
// browser; every POST carries the session's CSRF token and, when the browser sends one, an
// Origin of this server. The decisions are RequestDesk's, as the supervisor of the session.
// handle() and signIn() run on worker threads; the object holds only the thread-safe sessions.
class ConsoleSite
{
public:
    static constexpr const char *kSessionCookie = "tepat_console";
    static constexpr const char *kLoginCookie = "tepat_login";
    static constexpr const char *kLanguageCookie = "tepat_lang";

    ConsoleSite(const Clock &clock, bool tls);

    static bool serves(const QString &path);
    static bool isSignIn(const ConsoleCall &call);

    // On the event thread, before any password check: the sign-in form as sent (its login
    // token must match the cookie set with the form). A reply when it is refused at once.
    std::optional<CentralReply> readSignIn(const ConsoleCall &call, ConsoleSignIn &out) const;
    // On a password-check worker: the account, the argon2id check, the session.
    CentralReply signIn(CentralServices &services, ConsoleSignIn &job);
    // The answers of the event thread when the sign-in is held back.
    CentralReply throttled(Language language, qint64 seconds) const;
    CentralReply busy(Language language) const;

    CentralReply handle(const ConsoleCall &call, CentralServices &services);

    ConsoleSessions &sessions() { return m_sessions; }

    // The headers every console answer carries (`file`: a stored file, not a page).
    static void secure(CentralReply &reply, bool file = false);

private:
    struct Signed;
    CentralReply signInPage(const ConsoleCall &call, int status, const QString &username,
                            const QString &error) const;
    CentralReply html(int status, const QString &page) const;
    static CentralReply redirect(const QString &location);
    QByteArray cookie(const char *name, const QByteArray &value, const char *path,
                      bool remove = false) const;
    CentralReply asset(const QString &name) const;

    CentralReply signedIn(const ConsoleCall &call, CentralServices &services);
    CentralReply queue(const ConsoleCall &call, CentralServices &services, const PageContext &c,
                       const QString &notice = {}, const QString &error = {});
    CentralReply search(const ConsoleCall &call, CentralServices &services, const PageContext &c);
    CentralReply request(CentralServices &services, const PageContext &c, const QString &key,
                         const QString &notice = {}, const QString &error = {}, int status = 200);
    CentralReply decide(const ConsoleCall &call, CentralServices &services, const PageContext &c,
                        const QString &key);
    CentralReply ratifyMany(const ConsoleCall &call, CentralServices &services,
                            const PageContext &c);
    CentralReply file(CentralServices &services, const PageContext &c, const QString &key,
                      const QString &sha256);
    CentralReply summary(CentralServices &services, const PageContext &c);
    CentralReply failure(const PageContext &c, const Error &error) const;
    QString errorText(const PageContext &c, const Error &error) const;

    const Clock &m_clock;
    bool m_tls;
    ConsoleSessions m_sessions;
};

} // namespace tepat::central::console
