#pragma once

#include "core/common/Result.h"
#include "core/replica/ReplicaApplier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The messages of the sync protocol (docs/sync-protocol.md) with their JSON form. fromJson()
// validates types and limits and returns an Indonesian error naming the field.
namespace tepat::sync {

struct AccountInfo
{
    QString username;
    QString displayName;
    QString role; // operator, supervisor
    QString villageCode;
    QString regencyCode;

    QJsonObject toJson() const;
    static Result<AccountInfo> fromJson(const QJsonObject &o);
};

struct TokenReply
{
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    AccountInfo account;
    QString serverId;
    QDateTime serverTime;

    QJsonObject toJson() const;
    static Result<TokenReply> fromJson(const QJsonObject &o);
};

struct AuditClaim
{
    qint64 headId = 0;
    QString head;
    qint64 anchorId = 0;
    QString anchor;

    QJsonObject toJson() const;
};

struct PushItem
{
    QString key;
    QString payloadSha256;
    QJsonObject request; // RequestEnvelope
};

struct PushRequest
{
    AuditClaim audit;
    QList<PushItem> items;

    QJsonObject toJson() const;
    // Structure only; the server checks each item's content itself.
    static Result<PushRequest> fromJson(const QJsonObject &o);
};

enum class PushOutcome
{
    Accepted,
    Rejected,
    Incomplete
};

struct PushResult
{
    QString key;
    PushOutcome outcome = PushOutcome::Rejected;
    QString state;
    QDateTime receivedAt;
    QJsonObject conflict;
    bool replay = false;
    int status = 0;
    QString code;
    QString message;
    QStringList missing;

    QJsonObject toJson() const;
    static Result<PushResult> fromJson(const QJsonObject &o);
};

struct PushReply
{
    QList<PushResult> results;
    QString auditStatus; // ok, rewritten
    qint64 auditHeadId = 0;
    QDateTime serverTime;

    QJsonObject toJson() const;
    static Result<PushReply> fromJson(const QJsonObject &o);
};

struct UploadState
{
    QString sha256;
    std::optional<qint64> total;
    qint64 received = 0;
    bool complete = false;

    QJsonObject toJson() const;
    static Result<UploadState> fromJson(const QJsonObject &o);
};

QJsonObject changeToJson(const ReplicaChange &change);
Result<ReplicaChange> changeFromJson(const QJsonObject &o, bool snapshot);

struct ChangePage
{
    QString serverId;
    qint64 latestSequence = 0;
    bool hasMore = false;
    QList<ReplicaChange> changes;

    QJsonObject toJson() const;
    static Result<ChangePage> fromJson(const QJsonObject &o);
};

struct SnapshotPage
{
    QString serverId;
    qint64 asOfSequence = 0;
    QString next; // empty on the last page
    QList<ReplicaChange> records;

    QJsonObject toJson() const;
    static Result<SnapshotPage> fromJson(const QJsonObject &o);
};

// {"error": {"code", "message"}}
QJsonObject errorBody(const Error &error);
std::optional<Error> errorFromBody(const QJsonObject &o);

} // namespace tepat::sync
