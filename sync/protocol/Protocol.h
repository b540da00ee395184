#pragma once

#include <QString>

// Constants of the sync protocol shared by the client and tepat-central
// (docs/sync-protocol.md). Changing one is a protocol change.
namespace tepat::sync {

constexpr int kProtocolVersion = 1;

namespace limits {
constexpr qint64 kHeaderBytes = 16 * 1024;
constexpr qint64 kJsonBody = 8 * 1024 * 1024;
constexpr qint64 kChunk = 4 * 1024 * 1024;
constexpr qint64 kAttachment = 25 * 1024 * 1024;
constexpr int kItemsPerPush = 500;
constexpr int kAttachmentsPerItem = 20;
constexpr int kJsonDepth = 16;
constexpr int kPayloadDepth = 8;
constexpr int kString = 10000;
constexpr int kIdentifier = 64;
constexpr qint64 kPayloadBytes = 64 * 1024;
constexpr int kPageSize = 1000;
} // namespace limits

// Client defaults.
namespace client {
constexpr int kBatchItems = 200;
constexpr qint64 kBatchBytes = 2 * 1024 * 1024;
constexpr qint64 kChunkBytes = 1024 * 1024;
constexpr int kPullPage = 500;
constexpr int kSnapshotPage = 200;
constexpr int kTimeoutMs = 30000;
} // namespace client

inline QString apiPath(const char *path)
{
    return QStringLiteral("/api/v1/") + QLatin1String(path);
}

} // namespace tepat::sync
