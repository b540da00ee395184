#include "core/fieldwork/WorkPackageApply.h"

#include "core/common/Clock.h"
#include "core/fieldwork/WorkPackageReader.h"
#include "core/files/ContentStore.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"
#include "core/storage/ReplicaWriter.h"

#include <QJsonArray>

#include <sodium.h>

#include <string>
#include <vector>

namespace tepat {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QByteArray base64(const QJsonObject &o, const char *key)
{
    return QByteArray::fromBase64(text(o, key).toLatin1());
}

// The UTF-8 bytes of a row's text columns, alive while the replica writer reads the views.
struct RowText
{
    RowText() { values.reserve(20); } // views into the strings must not move
    std::vector<std::string> values;
    std::string_view add(const QJsonObject &o, const char *key)
    {
        values.push_back(text(o, key).toStdString());
        return values.back();
    }
};

} // namespace

WorkPackageApply::WorkPackageApply(const Clock &clock, const FieldEnvelope &envelope,
                                   const FieldContents &contents)
    : m_clock(clock)
    , m_envelope(envelope)
    , m_contents(contents)
{
    const QJsonObject keys = contents.body.value(QLatin1String("keys")).toObject();
    m_device = SigningKeyPair(base64(keys, "device_public"), base64(keys, "device_secret"));
    m_village = VillageKey{envelope.villageCode, base64(keys, "village_key"), envelope.signerKey};
}

Status WorkPackageApply::check() const
{
    const QJsonObject &m = m_contents.manifest;
    const bool agrees = text(m, "kind") == QLatin1String("work_package") &&
                        text(m, "village") == m_envelope.villageCode &&
                        text(m, "signer") == QString::fromLatin1(m_envelope.signerKey.toHex()) &&
                        !text(m, "package_id").isEmpty() && !text(m, "assignee").isEmpty();
    if (!agrees || !m_device.valid() ||
        m_village.key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES) {
        return Error{QStringLiteral("fieldwork.forged"),
                     tr("Paket kerja ini tidak asli: isinya tidak cocok dengan tanda tangannya. "
                        "Minta paket baru dari kantor kelurahan. Data tidak diubah.")};
    }
    return {};
}

Status WorkPackageApply::into(const Database &db, const QString &filesRoot, const QString &actor,
                              PackageImportReport &report) const
{
    const QJsonObject &m = m_contents.manifest;
    report.packageId = text(m, "package_id");
    report.assignee = text(m, "assignee");
    report.village = m_envelope.villageCode;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);

    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    auto seen =
        db.query(QStringLiteral("SELECT 1 FROM field_package WHERE id = ?"), {report.packageId});
    if (!seen) {
        return seen.error();
    }
    if (seen->next()) {
        report.unchanged = int(m_contents.body.value(QLatin1String("households")).toArray().size());
        return {};
    }
    const FieldKeys keys(db, m_clock);
    const Result<FieldRole> role = keys.role();
    if (!role) {
        return role.error();
    }
    if (*role == FieldRole::None) {
        if (const Status s = keys.becomeLaptop(m_device, m_village, report.assignee); !s) {
            return s;
        }
    }
    const QJsonObject village = m_contents.body.value(QLatin1String("village")).toObject();
    if (auto q = db.query(
            QStringLiteral("INSERT INTO village (code, name, district_name, regency_name, "
                           "province_name) VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE "
                           "SET name = excluded.name, district_name = excluded.district_name, "
                           "regency_name = excluded.regency_name, province_name = "
                           "excluded.province_name"),
            {m_envelope.villageCode,
             text(village, "name").isEmpty() ? m_envelope.villageCode : text(village, "name"),
             text(village, "district_name"), text(village, "regency_name"),
             text(village, "province_name")});
        !q) {
        return q.error();
    }
    // The office register's date: a newer package brings a newer one, an older one not.
    if (const QString dataDate = text(village, "data_date");
        QDate::fromString(dataDate, Qt::ISODate).isValid() &&
        dataDate > db.setting(QStringLiteral("data_date"))) {
        if (const Status s = db.setSetting(QStringLiteral("data_date"), dataDate); !s) {
            return s;
        }
    }
    if (db.setting(QStringLiteral("village_code")).isEmpty()) {
        if (const Status s = db.setSetting(QStringLiteral("village_code"), m_envelope.villageCode);
            !s) {
            return s;
        }
    }
    if (const Status s = writeRegister(db, actor, report); !s) {
        return s;
    }
    if (const Status s = writeLocations(db, report.packageId, report); !s) {
        return s;
    }
    if (const Status s = writeThumbnails(db, filesRoot, report); !s) {
        return s;
    }
    if (const Status s = writeAnswers(db, report); !s) {
        return s;
    }
    if (auto q = db.query(QStringLiteral("INSERT INTO field_package (id, direction, assignee, "
                                         "device_key, household_count, created_at, recorded_at, "
                                         "recorded_by) VALUES (?, 'import', ?, ?, ?, ?, ?, ?)"),
                          {report.packageId, report.assignee, m_device.publicHex(),
                           report.households, text(m, "created_at"), now, actor});
        !q) {
        return q.error();
    }
    for (const QJsonValue &h : m_contents.body.value(QLatin1String("households")).toArray()) {
        auto q = db.query(
            QStringLiteral("INSERT INTO field_assignment (package_id, household_id, "
                           "assignee, assigned_at) VALUES (?, ?, ?, ?)"),
            {report.packageId, text(h.toObject(), "id"), report.assignee, text(m, "created_at")});
        if (!q) {
            return q.error();
        }
    }
    if (const auto audit = AuditTrail(db, m_clock)
                               .record(actor, QStringLiteral("fieldwork.package_import"),
                                       QStringLiteral("field_package"), report.packageId,
                                       {{QStringLiteral("assignee"), report.assignee},
                                        {QStringLiteral("households"), report.households},
                                        {QStringLiteral("photos"), report.photos},
                                        {QStringLiteral("answers"), report.answers},
                                        {QStringLiteral("created_by"), text(m, "created_by")}});
        !audit) {
        return audit.error();
    }
    return tx.commit();
}

Status WorkPackageApply::writeRegister(const Database &db, const QString &actor,
                                       PackageImportReport &report) const
{
    ReplicaWriter writer(db, true, QStringLiteral("paket:") + actor,
                         m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (const Status s = writer.prepare(); !s) {
        return s;
    }
    const Error damaged{QStringLiteral("fieldwork.damaged"),
                        tr("Paket kerja berisi data yang tidak bisa disimpan: %1. Minta paket "
                           "baru dari kantor kelurahan.")};
    for (const QJsonValue &value : m_contents.body.value(QLatin1String("households")).toArray()) {
        const QJsonObject o = value.toObject();
        RowText t;
        HouseholdRow row;
        row.id = t.add(o, "id");
        row.kkNumber = t.add(o, "kk_number");
        row.villageCode = t.add(o, "village_code");
        row.rt = t.add(o, "rt");
        row.rw = t.add(o, "rw");
        row.address = t.add(o, "address");
        row.status = t.add(o, "status");
        row.desil = o.value(QLatin1String("desil")).toInt();
        if (o.value(QLatin1String("latitude")).isDouble()) {
            row.latitude = o.value(QLatin1String("latitude")).toDouble();
            row.longitude = o.value(QLatin1String("longitude")).toDouble();
        }
        const ReplicaWriter::Outcome outcome = writer.writeHousehold(row);
        if (outcome != ReplicaWriter::Outcome::Inserted &&
            outcome != ReplicaWriter::Outcome::Updated) {
            return Error{damaged.code, damaged.message.arg(writer.lastError().message)};
        }
        ++report.households;
    }
    QHash<QString, std::vector<std::string>> programs;
    for (const QJsonValue &value : m_contents.body.value(QLatin1String("programs")).toArray()) {
        const QJsonObject o = value.toObject();
        programs[text(o, "person_id")].push_back(text(o, "program").toStdString());
    }
    const std::string asOf = m_clock.today().toString(Qt::ISODate).toStdString();
    for (const QJsonValue &value : m_contents.body.value(QLatin1String("persons")).toArray()) {
        const QJsonObject o = value.toObject();
        RowText t;
        PersonRow row;
        row.id = t.add(o, "id");
        row.householdId = t.add(o, "household_id");
        row.nik = t.add(o, "nik");
        row.name = t.add(o, "name");
        row.nameNorm = t.add(o, "name_norm");
        row.sex = t.add(o, "sex");
        row.birthPlace = t.add(o, "birth_place");
        row.birthDate = t.add(o, "birth_date");
        row.relationship = t.add(o, "relationship");
        row.maritalStatus = t.add(o, "marital_status");
        row.occupation = t.add(o, "occupation");
        row.disability = t.add(o, "disability");
        row.status = t.add(o, "status");
        row.statusReason = t.add(o, "status_reason");
        row.statusDate = t.add(o, "status_date");
        qint64 pk = 0;
        const ReplicaWriter::Outcome outcome = writer.writePerson(row, pk);
        if (outcome != ReplicaWriter::Outcome::Inserted &&
            outcome != ReplicaWriter::Outcome::Updated) {
            return Error{damaged.code, damaged.message.arg(writer.lastError().message)};
        }
        const std::vector<std::string> &own = programs[text(o, "id")];
        const std::vector<std::string_view> views(own.begin(), own.end());
        if (const Status s = writer.setPrograms(pk, views, asOf); !s) {
            return s;
        }
        ++report.persons;
    }
    return {};
}

Status WorkPackageApply::writeLocations(const Database &db, const QString &packageId,
                                        PackageImportReport &report) const
{
    for (const QJsonValue &value : m_contents.body.value(QLatin1String("locations")).toArray()) {
        const QJsonObject o = value.toObject();
        const QVariant accuracy = o.value(QLatin1String("accuracy_m")).isDouble()
                                      ? QVariant(o.value(QLatin1String("accuracy_m")).toDouble())
                                      : QVariant(QMetaType::fromType<double>());
        const QVariantList point{
            text(o, "household_id"), o.value(QLatin1String("latitude")).toDouble(),
            o.value(QLatin1String("longitude")).toDouble(), text(o, "recorded_at")};
        auto known = db.query(QStringLiteral("SELECT 1 FROM household_location WHERE household_id "
                                             "= ? AND latitude = ? AND longitude = ? AND "
                                             "recorded_at = ?"),
                              point);
        if (!known) {
            return known.error();
        }
        if (known->next()) {
            continue;
        }
        auto q = db.query(QStringLiteral("INSERT INTO household_location (household_id, latitude, "
                                         "longitude, recorded_at, accuracy_m, source, "
                                         "recorded_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                          point + QVariantList{accuracy, text(o, "source"), text(o, "recorded_by"),
                                               text(o, "recorded_at")});
        if (!q) {
            return q.error();
        }
        // The office's own point: never sent back in a results bundle.
        auto item = db.query(
            QStringLiteral("INSERT INTO field_item (item, bundle_id, at) VALUES (?, ?, ?)"),
            {QStringLiteral("location:") + q->lastInsertId().toString(), packageId,
             text(o, "recorded_at")});
        if (!item) {
            return item.error();
        }
        ++report.locations;
    }
    return {};
}

Status WorkPackageApply::writeThumbnails(const Database &db, const QString &filesRoot,
                                         PackageImportReport &report) const
{
    const ContentStore files(filesRoot);
    QHash<QString, QByteArray> bytes;
    for (const auto &[sha, data] : m_contents.files) {
        bytes.insert(sha, data);
    }
    for (const QJsonValue &value : m_contents.body.value(QLatin1String("photos")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString sha = text(o, "sha256");
        if (!bytes.contains(sha)) {
            continue;
        }
        if (!files.contains(sha)) {
            if (const Result<QString> put = files.put(bytes.value(sha)); !put) {
                return put.error();
            }
        }
        auto q = db.query(QStringLiteral("INSERT OR IGNORE INTO field_package_photo (household_id, "
                                         "sha256, view) VALUES (?, ?, ?)"),
                          {text(o, "household_id"), sha, text(o, "view")});
        if (!q) {
            return q.error();
        }
        report.photos += q->numRowsAffected() > 0 ? 1 : 0;
    }
    return {};
}

Status WorkPackageApply::writeAnswers(const Database &db, PackageImportReport &report) const
{
    // The office's answers, kept apart from this laptop's own (origin package): the visit form
    // starts from them, and only the laptop's own answers go back in a bundle. A newer revision
    // of the office's answers (a later package) replaces an older one, never the reverse.
    const QuestionnaireResponses responses(db, m_clock);
    for (const QJsonValue &value :
         m_contents.body.value(QLatin1String("questionnaires")).toArray()) {
        QuestionnaireResponse r = QuestionnaireResponses::fromJson(value.toObject());
        if (r.uuid.isEmpty() || r.householdId.isEmpty() || r.revision < 1 ||
            r.answers.definitionId.isEmpty()) {
            return Error{QStringLiteral("fieldwork.damaged"),
                         tr("Paket kerja berisi jawaban kuesioner yang tidak lengkap. Minta "
                            "paket baru dari kantor kelurahan.")};
        }
        r.origin = ResponseOrigin::Package;
        const Result<bool> stored = responses.put(r);
        if (!stored) {
            return stored.error();
        }
        report.answers += *stored ? 1 : 0;
    }
    return {};
}

} // namespace tepat
