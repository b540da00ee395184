#include "sync/client/SyncSettings.h"

#include "core/storage/Database.h"
#include "sync/client/Transport.h"

#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSysInfo>
#include <QUrl>
#include <QUuid>

namespace tepat::sync {

namespace {

const QString kServerUrl = QStringLiteral("sync.server_url");
const QString kUsername = QStringLiteral("sync.username");
const QString kCaFile = QStringLiteral("sync.ca_file");
const QString kAutomatic = QStringLiteral("sync.automatic");
const QString kDeviceId = QStringLiteral("sync.device_id");

} // namespace

SyncSettings::SyncSettings(const Database &db)
    : m_db(db)
{}

QString SyncSettings::serverUrl() const
{
    return m_db.setting(kServerUrl);
}

QString SyncSettings::username() const
{
    return m_db.setting(kUsername);
}

QString SyncSettings::caFile() const
{
    return m_db.setting(kCaFile);
}

bool SyncSettings::automatic() const
{
    return m_db.setting(kAutomatic, QStringLiteral("1")) == QLatin1String("1");
}

Status SyncSettings::checkServerUrl(const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))) {
        return Error{QStringLiteral("sync.server_url"),
                     tr("Alamat server harus diawali https://, misalnya "
                        "https://tepat.dinsos.kedirikota.go.id.")};
    }
    if (!Transport::isAllowedServer(parsed)) {
        return Error{QStringLiteral("sync.server_url"),
                     tr("Alamat http:// tanpa enkripsi hanya boleh untuk server di komputer ini "
                        "sendiri (localhost, 127.0.0.1): kata sandi dan data warga akan terkirim "
                        "terbuka. Gunakan https://, misalnya "
                        "https://tepat.dinsos.kedirikota.go.id.")};
    }
    return {};
}

Status SyncSettings::setServerUrl(const QString &url) const
{
    if (const Status s = checkServerUrl(url); !s) {
        return s;
    }
    return m_db.setSetting(kServerUrl, QUrl(url.trimmed()).toString());
}

Status SyncSettings::setUsername(const QString &username) const
{
    if (username.trimmed().isEmpty()) {
        return Error{QStringLiteral("sync.username"), tr("Nama pengguna server wajib diisi.")};
    }
    return m_db.setSetting(kUsername, username.trimmed());
}

Status SyncSettings::setCaFile(const QString &path) const
{
    if (path.trimmed().isEmpty()) {
        return m_db.setSetting(kCaFile, QString());
    }
    // Kept absolute, so the app finds the file tepat-cli was given from any folder.
    const QString absolute = QFileInfo(path.trimmed()).absoluteFilePath();
    if (QSslCertificate::fromPath(absolute, QSsl::Pem).isEmpty()) {
        return Error{
            QStringLiteral("sync.ca_file"),
            tr("Sertifikat CA %1 tidak bisa dibaca.").arg(QDir::toNativeSeparators(absolute))};
    }
    return m_db.setSetting(kCaFile, absolute);
}

Status SyncSettings::setAutomatic(bool on) const
{
    return m_db.setSetting(kAutomatic, on ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<QString> SyncSettings::deviceId() const
{
    QString id = m_db.setting(kDeviceId);
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (const Status s = m_db.setSetting(kDeviceId, id); !s) {
            return s.error();
        }
    }
    return id;
}

Result<SyncOptions> SyncSettings::sessionOptions() const
{
    if (const Status s = checkServerUrl(serverUrl()); !s) {
        return s.error();
    }
    if (username().isEmpty()) {
        return Error{QStringLiteral("sync.username"), tr("Nama pengguna server wajib diisi.")};
    }
    const Result<QString> device = deviceId();
    if (!device) {
        return device.error();
    }
    SyncOptions o;
    o.server = QUrl(serverUrl());
    o.username = username();
    o.deviceId = *device;
    o.deviceName = QSysInfo::machineHostName();
    if (const QString ca = caFile(); !ca.isEmpty()) {
        o.trustedCertificates = QSslCertificate::fromPath(ca, QSsl::Pem);
        if (o.trustedCertificates.isEmpty()) {
            return Error{
                QStringLiteral("sync.ca_file"),
                tr("Sertifikat CA %1 tidak bisa dibaca.").arg(QDir::toNativeSeparators(ca))};
        }
    }
    return o;
}

} // namespace tepat::sync
