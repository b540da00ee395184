#pragma once

#include "sync/server/console/ConsoleText.h"

#include <QString>

namespace tepat::central::console {

struct ConsoleSession;

// What every page needs to be written: the language, and the session when someone is signed in
// (for the header, the sign-out form and the CSRF token of every form).
struct PageContext
{
    Language language = Language::Indonesian;
    const ConsoleSession *session = nullptr;

    QString t(const char *key) const;
    QString t(const QString &key) const;
    // The hidden CSRF field of a form of this session.
    QString csrfField() const;
};

// HTML writing for the console: every value goes through esc(); pages share one frame with the
// stylesheet and script from /console/assets (no inline script or style, so the
// Content-Security-Policy can forbid them).
namespace html {

QString esc(const QString &text);
// A page: title, the navigation (`active`: queue, summary or empty), the body.
QString page(const PageContext &c, const QString &title, const QString &active,
             const QString &body);
// A stored UTC moment in the server's time zone, "02-12-2026 14:05".
QString when(const QString &storedUtc);
// A NIK or KK number partly hidden: the first four and the last two digits.
QString masked(const QString &number);
// A name partly hidden: the first letter of each word ("S**** W*****").
QString maskedName(const QString &name);
// A village as a supervisor knows it, by name with its code after it ("Pakelan (35.71.03.1002)");
// the code alone when the area directory does not know it. villageCell: the same as HTML, the
// code in a quieter <span class="code">.
QString villageName(const QString &code);
QString villageCell(const QString &code);
// The catalogue's word for a code ("kind.removal"), or the code itself when it has none.
QString label(const PageContext &c, const QString &prefix, const QString &code);

} // namespace html

} // namespace tepat::central::console
