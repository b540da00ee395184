#include "core/fieldwork/WorkPackageReader.h"

#include "core/backup/BackupKey.h"
#include "core/common/Clock.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/FieldSeal.h"
#include "core/fieldwork/WorkPackageApply.h"
#include "core/files/ContentStore.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace tepat {

namespace {

void removeStore(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

WorkPackageReader::WorkPackageReader(const Clock &clock)
    : m_clock(clock)
{}

Status WorkPackageReader::checkTrust(const Database &db, const Clock &clock,
                                     const FieldEnvelope &envelope)
{
    const FieldKeys keys(db, clock);
    const Result<FieldRole> role = keys.role();
    if (!role) {
        return role.error();
    }
    if (*role == FieldRole::Office) {
        return Error{QStringLiteral("fieldwork.office_store"),
                     tr("Berkas data ini milik komputer kantor kelurahan. Paket kerja diterima di "
                        "laptop lapangan: pilih berkas data laptop atau berkas baru.")};
    }
    if (*role == FieldRole::None) {
        auto q = db.query(QStringLiteral("SELECT COUNT(*) FROM household"));
        if (!q) {
            return q.error();
        }
        if (q->next() && q->value(0).toInt() > 0) {
            return Error{QStringLiteral("fieldwork.not_a_laptop"),
                         tr("Berkas data ini sudah berisi data kelurahan dan bukan berkas laptop "
                            "lapangan. Terima paket kerja ke berkas data baru.")};
        }
        return {};
    }
    const Result<std::optional<VillageKey>> village = keys.villageKey();
    if (!village) {
        return village.error();
    }
    if (!*village || (*village)->villageCode != envelope.villageCode) {
        return Error{QStringLiteral("fieldwork.foreign_village"),
                     tr("Paket kerja ini untuk kelurahan/desa %1, bukan kelurahan laptop ini. "
                        "Data tidak diubah.")
                         .arg(envelope.villageCode)};
    }
    if ((*village)->officePublicKey != envelope.signerKey) {
        return Error{QStringLiteral("fieldwork.foreign_signer"),
                     tr("Paket kerja ini tidak ditandatangani oleh kantor kelurahan yang dikenal "
                        "laptop ini. Minta paket dari komputer kantor yang biasa. Data tidak "
                        "diubah.")};
    }
    return {};
}

Result<PackageImportReport> WorkPackageReader::import(const Request &request) const
{
    const Result<FieldEnvelope> envelope = FieldEnvelopeReader::readFile(request.packagePath);
    if (!envelope) {
        return envelope.error();
    }
    return import(*envelope, request);
}

Result<PackageImportReport> WorkPackageReader::import(const FieldEnvelope &envelope,
                                                      const Request &request) const
{
    if (envelope.kind != FieldFileKind::WorkPackage) {
        return Error{QStringLiteral("fieldwork.wrong_kind"),
                     tr("Berkas ini berkas hasil kunjungan dari laptop, bukan paket kerja. Berkas "
                        "hasil digabungkan di komputer kantor.")};
    }
    const bool exists = QFileInfo::exists(request.databasePath);
    std::unique_ptr<Database> db;
    if (exists) {
        Result<std::unique_ptr<Database>> opened = Database::open(request.databasePath);
        if (!opened) {
            return opened.error();
        }
        db = std::move(*opened);
        if (const Status trust = checkTrust(*db, m_clock, envelope); !trust) {
            return trust.error();
        }
    }
    const Result<FieldContents> contents =
        FieldSeal::open(envelope.sealed, [&request](const BackupKdf &kdf) {
            return BackupKey::derive(request.passphrase, kdf);
        });
    if (!contents) {
        if (contents.error().code == QLatin1String("fieldwork.wrong_key")) {
            return Error{QStringLiteral("fieldwork.wrong_passphrase"),
                         tr("Frasa sandi paket kerja salah. Periksa huruf besar/kecil, lalu ketik "
                            "ulang. Data tidak diubah.")};
        }
        return contents.error();
    }
    const WorkPackageApply apply(m_clock, envelope, *contents);
    if (const Status s = apply.check(); !s) {
        return s.error();
    }
    PackageImportReport report;
    report.databasePath = request.databasePath;
    if (!db) {
        Result<std::unique_ptr<Database>> created = Database::open(request.databasePath);
        if (!created) {
            removeStore(request.databasePath);
            return created.error();
        }
        db = std::move(*created);
        report.createdStore = true;
    }
    const QString filesRoot = request.filesRoot.isEmpty()
                                  ? ContentStore::rootFor(request.databasePath)
                                  : request.filesRoot;
    Status applied = apply.into(*db, filesRoot, request.actor, report);
    if (!applied && report.createdStore) {
        db.reset();
        removeStore(request.databasePath);
    }
    if (!applied) {
        return applied.error();
    }
    return report;
}

} // namespace tepat
