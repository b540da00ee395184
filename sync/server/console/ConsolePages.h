#pragma once

#include "sync/server/console/ConsoleHtml.h"
#include "sync/server/console/ConsoleQueries.h"

namespace tepat::central::console {

// The console's pages as HTML (the frame in ConsoleHtml): sign-in, the queue, one request, the
// summary per village, and a short message. Every value is escaped.
namespace pages {

QString signIn(const PageContext &c, const QByteArray &loginToken, const QString &username,
               const QString &error);
QString queue(const PageContext &c, const QueueFilter &filter, const QueuePage &page,
              const QStringList &villages, const QString &notice, const QString &error);
// `centre`: the village's reference point, for the visit's distance (empty: not known).
QString request(const PageContext &c, const RequestDetail &r, const HouseholdView &household,
                const QList<RegencyMatch> &sameNik, const std::optional<VillageCentre> &centre,
                const QString &notice, const QString &error);
QString summary(const PageContext &c, const QList<VillageSummary> &villages,
                const QDateTime &monthStart);
QString message(const PageContext &c, const QString &title, const QString &text);

// The common reasons of a rejection (catalogue keys reason.*), in the order offered.
QStringList rejectReasons();
// The kinds and states the filters offer.
QStringList kinds();
QStringList states();

} // namespace pages

} // namespace tepat::central::console
