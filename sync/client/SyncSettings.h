#pragma once

#include "core/common/Result.h"
#include "sync/client/SyncTypes.h"

#include <QCoreApplication>
#include <QString>

namespace tepat {
class Database;
}

namespace tepat::sync {

// The sync settings kept in the store's setting table: server address, user name, trusted CA
// file, automatic sync, and this installation's device id. The app and tepat-cli read and
// write them only through here.
class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncSettings)

public:
    explicit SyncSettings(const Database &db);

    QString serverUrl() const;
    QString username() const;
    QString caFile() const;
    bool automatic() const; // on unless switched off

    Status setServerUrl(const QString &url) const; // checked with checkServerUrl()
    Status setUsername(const QString &username) const;
    Status setCaFile(const QString &path) const; // a readable PEM file, kept absolute; "" clears
    Status setAutomatic(bool on) const;

    // https://host, or http:// to this computer only (localhost, 127.0.0.0/8, ::1); an
    // Indonesian message otherwise.
    static Status checkServerUrl(const QString &url);

    // This installation's id towards the server: made on first use, then kept.
    Result<QString> deviceId() const;

    // What a session needs from the settings: server, user, device id and name, and the
    // trusted certificates when a CA file is set (an unreadable one is an error). The caller
    // adds the actor and the files folder.
    Result<SyncOptions> sessionOptions() const;

private:
    const Database &m_db;
};

} // namespace tepat::sync
