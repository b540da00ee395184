#include "AuditLog.h"

#include "accounts/Role.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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
    {"settings.idle_lock", QT_TRANSLATE_NOOP("AuditLog", "Kunci otomatis diubah")},
    {"backup.create", QT_TRANSLATE_NOOP("AuditLog", "Cadangan dibuat")},
    {"backup.restore", QT_TRANSLATE_NOOP("AuditLog", "Cadangan dipulihkan")},
    {"backup.configure", QT_TRANSLATE_NOOP("AuditLog", "Pengaturan cadangan diubah")},
    {"backup.passphrase", QT_TRANSLATE_NOOP("AuditLog", "Frasa sandi cadangan diatur")},
    {"request.create", QT_TRANSLATE_NOOP("AuditLog", "Usulan dibuat")},
    {"request.edit", QT_TRANSLATE_NOOP("AuditLog", "Usulan diubah")},
    {"request.transition", QT_TRANSLATE_NOOP("AuditLog", "Status usulan berubah")},
    {"status.change", QT_TRANSLATE_NOOP("AuditLog", "Status orang berubah")},
    {"letter.print", QT_TRANSLATE_NOOP("AuditLog", "Surat dicetak")},
    {"letter.void", QT_TRANSLATE_NOOP("AuditLog", "Nomor surat dibatalkan")},
};

// Readable names for the detail keys and values that entries commonly carry.
const ActionName detailNames[] = {
    {"reason", QT_TRANSLATE_NOOP("AuditLog", "alasan")},
    {"wrong_password", QT_TRANSLATE_NOOP("AuditLog", "kata sandi salah")},
    {"unknown_user", QT_TRANSLATE_NOOP("AuditLog", "nama pengguna tidak dikenal")},
    {"disabled", QT_TRANSLATE_NOOP("AuditLog", "akun nonaktif")},
    {"consecutive", QT_TRANSLATE_NOOP("AuditLog", "gagal berturut-turut")},
    {"role", QT_TRANSLATE_NOOP("AuditLog", "peran")},
    {"from", QT_TRANSLATE_NOOP("AuditLog", "dari")},
    {"to", QT_TRANSLATE_NOOP("AuditLog", "menjadi")},
    {"minutes", QT_TRANSLATE_NOOP("AuditLog", "menit")},
    {"interval_hours", QT_TRANSLATE_NOOP("AuditLog", "selang (jam)")},
    {"keep", QT_TRANSLATE_NOOP("AuditLog", "disimpan")},
    {"bytes", QT_TRANSLATE_NOOP("AuditLog", "ukuran (bita)")},
    {"files", QT_TRANSLATE_NOOP("AuditLog", "berkas")},
    {"backup_created_at", QT_TRANSLATE_NOOP("AuditLog", "cadangan dibuat")},
    {"schema", QT_TRANSLATE_NOOP("AuditLog", "skema")},
};

QString detailName(const QString &code)
{
    for (const ActionName &name : detailNames) {
        if (code == QLatin1String(name.code)) {
            return AuditLog::tr(name.label);
        }
    }
    return code;
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
    for (const ActionName &name : actionNames) {
        if (action == QLatin1String(name.code)) {
            return tr(name.label);
        }
    }
    return action;
}

QString AuditLog::actorLabel(const QString &actor)
{
    return actor == u'?' ? tr("(nama tidak dikenal)") : actor;
}

QString AuditLog::describe(const AuditEntry &entry)
{
    QStringList parts;
    for (auto it = entry.details.begin(); it != entry.details.end(); ++it) {
        QString value = valueText(it.value());
        if (const auto role = RolePolicy::roleFromCode(value)) {
            value = RolePolicy::label(*role);
        } else if (it.key() == QLatin1String("reason")) {
            value = detailName(value);
        }
        parts.append(detailName(it.key()) + QStringLiteral(": ") + value);
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
