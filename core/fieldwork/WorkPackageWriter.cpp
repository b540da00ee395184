#include "core/fieldwork/WorkPackageWriter.h"

#include "core/accounts/AccountService.h"
#include "core/common/Clock.h"
#include "core/fieldwork/FieldEnvelope.h"
#include "core/fieldwork/FieldKeys.h"
#include "core/fieldwork/FieldSeal.h"
#include "core/fieldwork/WorkPackageContent.h"
#include "core/files/AtomicFile.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace tepat {

WorkPackageWriter::WorkPackageWriter(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_filesRoot(std::move(filesRoot))
{}

Result<QStringList> WorkPackageWriter::select(const WorkPackageSelection &selection) const
{
    QStringList ids;
    if (!selection.householdIds.isEmpty()) {
        for (const QString &raw : selection.householdIds) {
            const QString id = raw.trimmed();
            if (id.isEmpty() || ids.contains(id)) {
                continue;
            }
            auto q = m_db.query(QStringLiteral("SELECT status FROM household WHERE id = ?"), {id});
            if (!q) {
                return q.error();
            }
            if (!q->next()) {
                return Error{QStringLiteral("fieldwork.unknown_household"),
                             tr("Keluarga %1 tidak ada di data kelurahan ini. Periksa daftar "
                                "ID keluarga.")
                                 .arg(id)};
            }
            ids << id;
        }
        ids.sort();
    } else {
        auto q = m_db.query(QStringLiteral("SELECT id FROM household WHERE status = 'active' AND "
                                           "(? = '' OR rw = ?) AND (? = '' OR rt = ?) ORDER BY id"),
                            {selection.rw, selection.rw, selection.rt, selection.rt});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            ids << q->value(0).toString();
        }
    }
    if (ids.isEmpty()) {
        return Error{QStringLiteral("fieldwork.empty_selection"),
                     tr("Tidak ada keluarga aktif yang cocok dengan pilihan RW/RT ini. Pilih RW/RT "
                        "lain atau daftar ID keluarga.")};
    }
    return ids;
}

Status WorkPackageWriter::checkAssignee(const QString &assignee) const
{
    if (assignee.isEmpty() || !AccountService::checkUsername(assignee)) {
        return Error{QStringLiteral("fieldwork.no_assignee"),
                     tr("Tentukan akun petugas lapangan yang menerima paket kerja (huruf kecil, "
                        "angka, titik, garis bawah atau tanda hubung).")};
    }
    auto accounts = m_db.query(QStringLiteral("SELECT COUNT(*) FROM account"));
    if (!accounts) {
        return accounts.error();
    }
    if (accounts->next() && accounts->value(0).toInt() == 0) {
        return {}; // no accounts on this installation yet: any field account name
    }
    auto q = m_db.query(
        QStringLiteral("SELECT disabled_at IS NULL FROM account WHERE username = ?"), {assignee});
    if (!q) {
        return q.error();
    }
    if (!q->next() || !q->value(0).toBool()) {
        return Error{QStringLiteral("fieldwork.unknown_assignee"),
                     tr("Akun %1 tidak ada atau dinonaktifkan. Buat akun petugas lapangan di "
                        "Pengaturan → Akun, lalu ulangi.")
                         .arg(assignee)};
    }
    return {};
}

Result<WorkPackageReport> WorkPackageWriter::write(const Session &session,
                                                   const Request &request) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed.error();
    }
    if (!BackupKey::checkPassphraseRules(request.passphrase)) {
        return Error{QStringLiteral("fieldwork.weak_passphrase"),
                     tr("Frasa sandi paket kerja minimal 10 karakter. Pakai beberapa kata yang "
                        "mudah diingat tetapi sulit ditebak, dan sampaikan kepada petugas secara "
                        "langsung, bukan bersama flashdisk-nya.")};
    }
    const QString assignee = AccountService::normalizedUsername(request.assignee);
    if (const Status s = checkAssignee(assignee); !s) {
        return s.error();
    }
    const QString village = m_db.setting(QStringLiteral("village_code"));
    if (village.isEmpty()) {
        return Error{QStringLiteral("fieldwork.no_village"),
                     tr("Berkas data ini belum berisi data kelurahan. Muat snapshot DTKS dulu.")};
    }
    const Result<QStringList> households = select(request.selection);
    if (!households) {
        return households.error();
    }
    // Slow on purpose (argon2id): before the store is locked.
    const Result<BackupKey> key =
        BackupKey::derive(request.passphrase, BackupKey::freshKdf(request.cost));
    if (!key) {
        return key.error();
    }

    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const FieldKeys keys(m_db, m_clock);
    const Result<SigningKeyPair> office = keys.officeIdentity();
    if (!office) {
        return office.error();
    }
    const Result<VillageKey> villageKey = keys.officeVillageKey(*office, village);
    if (!villageKey) {
        return villageKey.error();
    }
    const SigningKeyPair device = SigningKeyPair::generate();
    if (const Status s = keys.issueDevice(device, assignee, session.username()); !s) {
        return s.error();
    }
    WorkPackageReport report;
    report.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.file = request.outputPath;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);

    WorkPackageContent content(m_db, m_clock, m_filesRoot);
    Result<FieldContents> contents = content.collect(*households, village);
    if (!contents) {
        return contents.error();
    }
    contents->manifest = QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("work_package")},
        {QStringLiteral("package_id"), report.packageId},
        {QStringLiteral("village"), village},
        {QStringLiteral("assignee"), assignee},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("created_by"), session.username()},
        {QStringLiteral("signer"), office->publicHex()},
        {QStringLiteral("households"), int(households->size())},
    };
    contents->body.insert(
        QStringLiteral("keys"),
        QJsonObject{
            {QStringLiteral("village_key"), QString::fromLatin1(villageKey->key.toBase64())},
            {QStringLiteral("device_public"), QString::fromLatin1(device.publicKey.toBase64())},
            {QStringLiteral("device_secret"), QString::fromLatin1(device.secretKey.toBase64())},
        });

    if (auto q = m_db.query(QStringLiteral("INSERT INTO field_package (id, direction, assignee, "
                                           "device_key, household_count, created_at, "
                                           "recorded_at, recorded_by) VALUES (?, 'export', ?, ?, "
                                           "?, ?, ?, ?)"),
                            {report.packageId, assignee, device.publicHex(),
                             int(households->size()), now, now, session.username()});
        !q) {
        return q.error();
    }
    for (const QString &id : *households) {
        auto q = m_db.query(
            QStringLiteral("INSERT INTO field_assignment (package_id, household_id, assignee, "
                           "base_location_id, assigned_at, base_answers) VALUES (?, ?, ?, (SELECT "
                           "COALESCE(MAX(id), 0) FROM household_location WHERE household_id = "
                           "?), ?, ?)"),
            {report.packageId, id, assignee, id, now,
             QString::fromUtf8(
                 QJsonDocument(content.baseAnswers(id)).toJson(QJsonDocument::Compact))});
        if (!q) {
            return q.error();
        }
    }
    report.households = int(households->size());
    report.persons = content.persons();
    report.photos = int(contents->files.size());
    report.locations = content.locations();
    report.answers = content.questionnaires();
    if (const auto audit =
            AuditTrail(m_db, m_clock)
                .record(session.username(), QStringLiteral("fieldwork.package_export"),
                        QStringLiteral("field_package"), report.packageId,
                        {{QStringLiteral("assignee"), assignee},
                         {QStringLiteral("households"), report.households},
                         {QStringLiteral("photos"), report.photos}});
        !audit) {
        return audit.error();
    }

    const Result<QByteArray> sealed = FieldSeal::seal(*contents, *key);
    if (!sealed) {
        return sealed.error();
    }
    const QByteArray file =
        FieldEnvelope{FieldFileKind::WorkPackage, village, office->publicKey, *sealed}.write(
            *office);
    if (const Status s = AtomicFile::write(request.outputPath, file); !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        QFile::remove(request.outputPath);
        return s.error();
    }
    report.bytes = file.size();
    return report;
}

} // namespace tepat
