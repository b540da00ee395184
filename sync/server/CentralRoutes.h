#pragma once

#include "core/common/Result.h"
#include "sync/server/Accounts.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace tepat::central {

class CentralServices;

// A request as the worker that answers it needs it: copied from Qt's request object on the
// event thread, which keeps the connection.
struct CentralCall
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path; // decoded, without the query
    QUrlQuery query;
    QByteArray authorization;
    QByteArray contentEncoding;
    QByteArray body; // as it came (still compressed)
};

struct CentralReply
{
    int status = 200;
    QByteArray body;
    qint64 retryAfter = 0; // seconds, for a 429 or 503
    QString account;       // who asked, for the log; empty when nobody signed in
    // The console's pages and files (sync/server/console) answer other types and headers.
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// The server's API (docs/sync-protocol.md) as a table of routes: a method, a path pattern under
// /api/v1/ whose {name} parts match one segment, whether it needs an access token, and its
// handler. Runs on a worker thread with that thread's services; no state of its own. A public
// route (status, login, refresh) asked with another method answers 405; everything else needs
// a valid access token first, and only then answers 404 for a path the table does not know or
// 405 for a known one asked with another method.
class CentralRoutes
{
    Q_DECLARE_TR_FUNCTIONS(CentralRoutes)

public:
    static CentralReply handle(const CentralCall &call, CentralServices &services);

    static CentralReply json(const QJsonObject &body, int status = 200);
    static CentralReply error(const Error &error, int status = 0);
    static int statusFor(const QString &code);

private:
    struct Context;
    struct Route;
    static const QList<Route> &routes();

    static CentralReply status(Context &c);
    static CentralReply refresh(Context &c);
    static CentralReply logout(Context &c);
    static CentralReply push(Context &c);
    static CentralReply changes(Context &c);
    static CentralReply snapshot(Context &c);
    static CentralReply uploadState(Context &c);
    static CentralReply uploadChunk(Context &c);
    static CentralReply requestStatus(Context &c);
    static CentralReply reviewList(Context &c);
    static CentralReply decide(Context &c);
    static CentralReply civilEvents(Context &c);
    static CentralReply letterKey(Context &c);
    static CentralReply letterRevocation(Context &c);
    static std::optional<CentralReply> pageLimit(Context &c, int &limit);
    static std::optional<CentralReply> attachmentCaller(Context &c);
};

} // namespace tepat::central
