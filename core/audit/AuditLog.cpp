#include "core/audit/AuditLog.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/deliberation/Meeting.h"
#include "core/domain/Vocabulary.h"
#include "core/requests/ChangeRequest.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

namespace tepat {

namespace {

struct ActionName
{
    const char *code;
    const char *label;
};

const ActionName actionNames[] = {
    {"login", QT_TRANSLATE_NOOP("AuditLog", "Masuk")},
    {"login.failed", QT_TRANSLATE_NOOP("AuditLog", "Gagal masuk")},
    {"session.unlock", QT_TRANSLATE_NOOP("AuditLog", "Membuka kunci layar")},
    {"account.create", QT_TRANSLATE_NOOP("AuditLog", "Akun dibuat")},
    {"account.role", QT_TRANSLATE_NOOP("AuditLog", "Peran akun diubah")},
    {"account.disable", QT_TRANSLATE_NOOP("AuditLog", "Akun dinonaktifkan")},
    {"account.enable", QT_TRANSLATE_NOOP("AuditLog", "Akun diaktifkan")},
    {"account.password_reset", QT_TRANSLATE_NOOP("AuditLog", "Kata sandi diatur ulang")},
    {"account.password_change", QT_TRANSLATE_NOOP("AuditLog", "Kata sandi diganti")},
    {"account.person", QT_TRANSLATE_NOOP("AuditLog", "Akun ditautkan ke data orang")},
    {"settings.idle_lock", QT_TRANSLATE_NOOP("AuditLog", "Kunci otomatis diubah")},
    {"settings.letters", QT_TRANSLATE_NOOP("AuditLog", "Pengaturan surat diubah")},
    {"settings.deliberation", QT_TRANSLATE_NOOP("AuditLog", "Jadwal musyawarah diubah")},
    {"settings.calendar", QT_TRANSLATE_NOOP("AuditLog", "Kalender DTSEN diubah")},
    {"backup.create", QT_TRANSLATE_NOOP("AuditLog", "Cadangan dibuat")},
    {"backup.restore", QT_TRANSLATE_NOOP("AuditLog", "Cadangan dipulihkan")},
    {"backup.configure", QT_TRANSLATE_NOOP("AuditLog", "Pengaturan cadangan diubah")},
    {"backup.passphrase", QT_TRANSLATE_NOOP("AuditLog", "Frasa sandi cadangan diatur")},
    {"request.create", QT_TRANSLATE_NOOP("AuditLog", "Usulan dibuat")},
    {"request.edit", QT_TRANSLATE_NOOP("AuditLog", "Usulan diubah")},
    {"request.attachments", QT_TRANSLATE_NOOP("AuditLog", "Lampiran usulan diubah")},
    {"request.transition", QT_TRANSLATE_NOOP("AuditLog", "Status usulan berubah")},
    {"status.change", QT_TRANSLATE_NOOP("AuditLog", "Status orang berubah")},
    {"letter.issue", QT_TRANSLATE_NOOP("AuditLog", "Surat diterbitkan")},
    {"letter.print", QT_TRANSLATE_NOOP("AuditLog", "Surat dicetak")},
    {"letter.void", QT_TRANSLATE_NOOP("AuditLog", "Nomor surat dibatalkan")},
    {"letter.revoke", QT_TRANSLATE_NOOP("AuditLog", "Surat dicabut")},
    {"letter.reprint", QT_TRANSLATE_NOOP("AuditLog", "Salinan surat dicetak")},
    {"letter.key_rotate", QT_TRANSLATE_NOOP("AuditLog", "Kunci tanda tangan surat diganti")},
    {"location.record", QT_TRANSLATE_NOOP("AuditLog", "Titik lokasi direkam")},
    {"photo.attach", QT_TRANSLATE_NOOP("AuditLog", "Foto rumah ditambahkan")},
    {"photo.view", QT_TRANSLATE_NOOP("AuditLog", "Sisi foto rumah diubah")},
    {"photo.detach", QT_TRANSLATE_NOOP("AuditLog", "Foto rumah dilepas")},
    {"family_card.open", QT_TRANSLATE_NOOP("AuditLog", "Foto kartu keluarga dibuka")},
    {"verification.queue",
     QT_TRANSLATE_NOOP("AuditLog", "Hasil verifikasi kunjungan masuk kotak keluar")},
    {"family_card.add", QT_TRANSLATE_NOOP("AuditLog", "Foto kartu keluarga ditambahkan")},
    {"family_card.remove", QT_TRANSLATE_NOOP("AuditLog", "Foto kartu keluarga dilepas")},
    {"questionnaire.save", QT_TRANSLATE_NOOP("AuditLog", "Jawaban kuesioner disimpan")},
    {"fieldwork.package_export", QT_TRANSLATE_NOOP("AuditLog", "Paket kerja lapangan dibuat")},
    {"fieldwork.package_import", QT_TRANSLATE_NOOP("AuditLog", "Paket kerja lapangan diterima")},
    {"fieldwork.visit", QT_TRANSLATE_NOOP("AuditLog", "Kunjungan verifikasi dicatat")},
    {"fieldwork.bundle_export", QT_TRANSLATE_NOOP("AuditLog", "Berkas hasil kunjungan dibuat")},
    {"fieldwork.bundle_merge", QT_TRANSLATE_NOOP("AuditLog", "Berkas hasil kunjungan digabungkan")},
    {"fieldwork.conflict_resolve",
     QT_TRANSLATE_NOOP("AuditLog", "Konflik data lapangan diputuskan")},
    {"meeting.plan", QT_TRANSLATE_NOOP("AuditLog", "Musyawarah direncanakan")},
    {"meeting.update", QT_TRANSLATE_NOOP("AuditLog", "Rencana musyawarah diubah")},
    {"meeting.cancel", QT_TRANSLATE_NOOP("AuditLog", "Musyawarah dibatalkan")},
    {"meeting.agenda_add", QT_TRANSLATE_NOOP("AuditLog", "Usulan masuk agenda")},
    {"meeting.agenda_remove", QT_TRANSLATE_NOOP("AuditLog", "Usulan keluar dari agenda")},
    {"meeting.attendee_add", QT_TRANSLATE_NOOP("AuditLog", "Peserta musyawarah dicatat")},
    {"meeting.attendee_remove", QT_TRANSLATE_NOOP("AuditLog", "Peserta musyawarah dihapus")},
    {"meeting.photo_add", QT_TRANSLATE_NOOP("AuditLog", "Foto musyawarah ditambahkan")},
    {"meeting.decide", QT_TRANSLATE_NOOP("AuditLog", "Keputusan musyawarah dicatat")},
    {"meeting.finalise", QT_TRANSLATE_NOOP("AuditLog", "Musyawarah difinalkan")},
    {"meeting.addendum", QT_TRANSLATE_NOOP("AuditLog", "Adendum berita acara dibuat")},
    {"outbox.park", QT_TRANSLATE_NOOP("AuditLog", "Usulan ditolak server, perlu diperbaiki")},
    {"outbox.edit", QT_TRANSLATE_NOOP("AuditLog", "Usulan bermasalah diperbaiki")},
    {"outbox.resend", QT_TRANSLATE_NOOP("AuditLog", "Usulan dikirim ulang")},
    {"outbox.resend_all", QT_TRANSLATE_NOOP("AuditLog", "Semua usulan dikirim ulang")},
    {"sync.accept_server", QT_TRANSLATE_NOOP("AuditLog", "Server pusat dikonfirmasi")},
};

// Readable names for the detail keys that entries carry.
const ActionName detailNames[] = {
    {"reason", QT_TRANSLATE_NOOP("AuditLog", "alasan")},
    {"consecutive", QT_TRANSLATE_NOOP("AuditLog", "gagal berturut-turut")},
    {"role", QT_TRANSLATE_NOOP("AuditLog", "peran")},
    {"from", QT_TRANSLATE_NOOP("AuditLog", "dari")},
    {"to", QT_TRANSLATE_NOOP("AuditLog", "menjadi")},
    {"minutes", QT_TRANSLATE_NOOP("AuditLog", "menit")},
    {"months", QT_TRANSLATE_NOOP("AuditLog", "selang (bulan)")},
    {"interval_hours", QT_TRANSLATE_NOOP("AuditLog", "selang (jam)")},
    {"keep", QT_TRANSLATE_NOOP("AuditLog", "disimpan")},
    {"bytes", QT_TRANSLATE_NOOP("AuditLog", "ukuran (bita)")},
    {"files", QT_TRANSLATE_NOOP("AuditLog", "berkas")},
    {"backup_created_at", QT_TRANSLATE_NOOP("AuditLog", "cadangan dibuat")},
    {"schema", QT_TRANSLATE_NOOP("AuditLog", "skema")},
    {"number", QT_TRANSLATE_NOOP("AuditLog", "nomor")},
    {"kind", QT_TRANSLATE_NOOP("AuditLog", "jenis")},
    {"paper", QT_TRANSLATE_NOOP("AuditLog", "kertas")},
    {"status", QT_TRANSLATE_NOOP("AuditLog", "status")},
    {"source", QT_TRANSLATE_NOOP("AuditLog", "sumber")},
    {"view", QT_TRANSLATE_NOOP("AuditLog", "sisi")},
    {"decision", QT_TRANSLATE_NOOP("AuditLog", "keputusan")},
    {"held_on", QT_TRANSLATE_NOOP("AuditLog", "tanggal")},
    {"count", QT_TRANSLATE_NOOP("AuditLog", "jumlah")},
    {"approved", QT_TRANSLATE_NOOP("AuditLog", "disetujui")},
    {"rejected", QT_TRANSLATE_NOOP("AuditLog", "ditolak")},
    {"deferred", QT_TRANSLATE_NOOP("AuditLog", "ditunda")},
    {"changed", QT_TRANSLATE_NOOP("AuditLog", "yang diubah")},
    {"code", QT_TRANSLATE_NOOP("AuditLog", "kode")},
    {"message", QT_TRANSLATE_NOOP("AuditLog", "pesan")},
    {"resend", QT_TRANSLATE_NOOP("AuditLog", "dikirim ulang")},
    {"request_id", QT_TRANSLATE_NOOP("AuditLog", "usulan")},
    {"request_ids", QT_TRANSLATE_NOOP("AuditLog", "usulan")},
    {"photo_id", QT_TRANSLATE_NOOP("AuditLog", "foto")},
    {"attendee_id", QT_TRANSLATE_NOOP("AuditLog", "peserta")},
    {"person_id", QT_TRANSLATE_NOOP("AuditLog", "orang")},
    {"field_at", QT_TRANSLATE_NOOP("AuditLog", "waktu di lapangan")},
    {"field_entry", QT_TRANSLATE_NOOP("AuditLog", "catatan laptop")},
};

// An entry a results bundle brought from a field laptop (FieldAuditMerge) names the laptop and
// the laptop's time in these details.
const QLatin1String fieldDeviceKey("field_device");
const QLatin1String fieldAtKey("field_at");
const QLatin1String fieldEntryKey("field_entry");

// Readable words for the coded values (reasons, letter kinds, sources, photo sides …).
const ActionName valueNames[] = {
    {"wrong_password", QT_TRANSLATE_NOOP("AuditLog", "kata sandi salah")},
    {"unknown_user", QT_TRANSLATE_NOOP("AuditLog", "nama pengguna tidak dikenal")},
    {"disabled", QT_TRANSLATE_NOOP("AuditLog", "akun nonaktif")},
    {"certificate", QT_TRANSLATE_NOOP("AuditLog", "surat keterangan DTKS")},
    {"minutes", QT_TRANSLATE_NOOP("AuditLog", "berita acara")},
    {"sptjm", QT_TRANSLATE_NOOP("AuditLog", "SPTJM")},
    {"reactivation", QT_TRANSLATE_NOOP("AuditLog", "rekomendasi reaktivasi PBI-JK")},
    {"register", QT_TRANSLATE_NOOP("AuditLog", "data DTKS")},
    {"nmea", QT_TRANSLATE_NOOP("AuditLog", "penerima GPS")},
    {"system", QT_TRANSLATE_NOOP("AuditLog", "lokasi sistem")},
    {"nmea_log", QT_TRANSLATE_NOOP("AuditLog", "berkas log NMEA")},
    {"exif", QT_TRANSLATE_NOOP("AuditLog", "GPS dari foto")},
    {"typed", QT_TRANSLATE_NOOP("AuditLog", "diketik")},
    {"front", QT_TRANSLATE_NOOP("AuditLog", "depan")},
    {"side", QT_TRANSLATE_NOOP("AuditLog", "samping")},
    {"back", QT_TRANSLATE_NOOP("AuditLog", "belakang")},
    {"inside", QT_TRANSLATE_NOOP("AuditLog", "dalam")},
    {"other", QT_TRANSLATE_NOOP("AuditLog", "lainnya")},
    {"request", QT_TRANSLATE_NOOP("AuditLog", "usulan")},
    {"snapshot", QT_TRANSLATE_NOOP("AuditLog", "snapshot DTKS")},
    {"server", QT_TRANSLATE_NOOP("AuditLog", "server pusat")},
};

// Readable names for the kinds of object an entry is about.
const ActionName objectNames[] = {
    {"account", QT_TRANSLATE_NOOP("AuditLog", "Akun %1")},
    {"change_request", QT_TRANSLATE_NOOP("AuditLog", "Usulan #%1")},
    {"household", QT_TRANSLATE_NOOP("AuditLog", "Keluarga %1")},
    {"person", QT_TRANSLATE_NOOP("AuditLog", "Orang %1")},
    {"letter", QT_TRANSLATE_NOOP("AuditLog", "Surat #%1")},
    {"meeting", QT_TRANSLATE_NOOP("AuditLog", "Musyawarah #%1")},
    {"backup", QT_TRANSLATE_NOOP("AuditLog", "Cadangan %1")},
    {"setting", QT_TRANSLATE_NOOP("AuditLog", "Pengaturan %1")},
    {"outbox", QT_TRANSLATE_NOOP("AuditLog", "Kotak keluar %1")},
    {"replica", QT_TRANSLATE_NOOP("AuditLog", "Data server %1")},
};

template<std::size_t N>
std::optional<QString> named(const ActionName (&names)[N], const QString &code)
{
    for (const ActionName &name : names) {
        if (code == QLatin1String(name.code)) {
            return AuditLog::tr(name.label);
        }
    }
    return std::nullopt;
}

QString detailName(const QString &code)
{
    return named(detailNames, code).value_or(code);
}

const char *const columns =
    "id, at, actor, action, object_type, object_id, details, prev_hash, hash";

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = parseStoredTime(q.value(1).toString());
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.objectType = q.value(4).toString();
    e.objectId = q.value(5).toString();
    e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.prevHash = q.value(7).toString();
    e.hash = q.value(8).toString();
    return e;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QStringLiteral("–");
    }
}

} // namespace

AuditLog::AuditLog(const Database &db)
    : m_db(db)
{}

QString AuditLog::actionLabel(const QString &action)
{
    return named(actionNames, action).value_or(action);
}

QString AuditLog::actorLabel(const QString &actor)
{
    return actor == u'?' ? tr("(nama tidak dikenal)") : actor;
}

QString AuditLog::actorLabel(const AuditEntry &entry)
{
    const QString device = entry.details.value(fieldDeviceKey).toString();
    return device.isEmpty() ? actorLabel(entry.actor)
                            : tr("%1 (laptop %2)").arg(actorLabel(entry.actor), device);
}

QString AuditLog::objectLabel(const AuditEntry &entry)
{
    const std::optional<QString> pattern = named(objectNames, entry.objectType);
    if (!pattern) {
        return entry.objectId.isEmpty() ? entry.objectType
                                        : entry.objectType + u' ' + entry.objectId;
    }
    return pattern->arg(entry.objectId).trimmed().remove(QRegularExpression(QStringLiteral(" #$")));
}

QString AuditLog::valueLabel(const QString &key, const QJsonValue &value)
{
    const QString text = valueText(value);
    if (value.isBool()) {
        if (key == QLatin1String("copy")) {
            return value.toBool() ? tr("salinan") : tr("asli");
        }
        return value.toBool() ? tr("ya") : tr("tidak");
    }
    if (key == QLatin1String("target")) {
        if (text == QLatin1String("printer")) {
            return tr("ke printer");
        }
        if (text == QLatin1String("pdf")) {
            return tr("ke berkas PDF");
        }
    }
    if (key == QLatin1String("from") || key == QLatin1String("to") ||
        key == QLatin1String("kind") || key == QLatin1String("decision") ||
        key == QLatin1String("status")) {
        if (const auto state = RequestLifecycle::stateFromCode(text)) {
            return RequestLifecycle::label(*state);
        }
        if (const auto kind = RequestLifecycle::kindFromCode(text)) {
            return RequestLifecycle::label(*kind);
        }
        if (const auto kind = MeetingVocabulary::kindFromCode(text)) {
            return MeetingVocabulary::label(*kind);
        }
        if (const auto decision = MeetingVocabulary::decisionFromCode(text)) {
            return MeetingVocabulary::label(*decision);
        }
        if (const auto status = vocabulary::parse<PersonStatus>(text)) {
            return vocabulary::label(*status);
        }
    }
    if (key == fieldAtKey) {
        return Language::formatDateTime(parseStoredTime(text));
    }
    if (key == fieldEntryKey) {
        return u'#' + text;
    }
    if (key == QLatin1String("held_on")) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid()) {
            return Language::formatDate(date);
        }
    }
    if (key.endsWith(QLatin1String("_id")) && value.isDouble()) {
        return u'#' + text;
    }
    if (key == QLatin1String("request_ids") && value.isArray()) {
        QStringList ids;
        for (const QJsonValue &id : value.toArray()) {
            ids << u'#' + valueText(id);
        }
        return ids.join(QStringLiteral(", "));
    }
    if (key == QLatin1String("changed") && value.isArray()) {
        QStringList names;
        for (const QJsonValue &name : value.toArray()) {
            names << valueText(name);
        }
        return names.join(QStringLiteral(", "));
    }
    if (const auto role = RolePolicy::roleFromCode(text)) {
        return RolePolicy::label(*role);
    }
    return named(valueNames, text).value_or(text);
}

QString AuditLog::describe(const AuditEntry &entry)
{
    QStringList parts;
    for (auto it = entry.details.begin(); it != entry.details.end(); ++it) {
        if (it.key() == fieldDeviceKey) {
            continue; // in the actor's label
        }
        const QString value = valueLabel(it.key(), it.value());
        if (it.key() == QLatin1String("target") || it.key() == QLatin1String("copy")) {
            parts.append(value); // "ke printer", "salinan": already a phrase
        } else {
            parts.append(detailName(it.key()) + QStringLiteral(": ") + value);
        }
    }
    return parts.join(QStringLiteral("; "));
}

Result<QList<AuditEntry>> AuditLog::page(const QString &text, qint64 beforeId, int limit) const
{
    QString where = QStringLiteral("WHERE (? = 0 OR id < ?)");
    QVariantList values{beforeId, beforeId};
    const QString needle = text.trimmed();
    if (needle.startsWith(u'#') && needle.mid(1).toLongLong() > 0) {
        where += QStringLiteral(" AND id = ?");
        values.append(needle.mid(1).toLongLong());
    } else if (!needle.isEmpty()) {
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString like = u'%' + escaped + u'%';
        QStringList codes;
        for (const ActionName &name : actionNames) {
            if (tr(name.label).contains(needle, Qt::CaseInsensitive)) {
                codes.append(QLatin1String(name.code));
            }
        }
        where += QStringLiteral(" AND (actor LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' OR "
                                "object_id LIKE ? ESCAPE '\\' OR details LIKE ? ESCAPE '\\'");
        values << like << like << like << like;
        for (const QString &code : codes) {
            where += QStringLiteral(" OR action = ?");
            values.append(code);
        }
        where += u')';
    }
    values.append(limit);
    Result<QSqlQuery> q = m_db.query(QStringLiteral("SELECT %1 FROM audit_entry %2 ORDER BY id "
                                                    "DESC LIMIT ?")
                                         .arg(QLatin1String(columns), where),
                                     values);
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> entries;
    while (q->next()) {
        entries.append(entryFrom(q.value()));
    }
    return entries;
}

Result<QList<AuditEntry>> AuditLog::forObject(const QString &objectType,
                                              const QString &objectId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT %1 FROM audit_entry WHERE object_type = ? AND object_id = ? "
                       "ORDER BY id")
            .arg(QLatin1String(columns)),
        {objectType, objectId});
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> entries;
    while (q->next()) {
        entries.append(entryFrom(q.value()));
    }
    return entries;
}

} // namespace tepat
