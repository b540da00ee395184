#include "core/letters/LetterRegister.h"

#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"
#include "core/importing/CsvWriter.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tepat {

namespace {

const char *kSelect =
    "SELECT l.id, l.year, l.serial, l.number, l.kind, l.issued_on, l.issued_at, l.issued_by, "
    "l.registered, l.person_id, l.subject_name, l.purpose, l.meeting_id, l.content, "
    "l.content_hash, l.key_id, l.signature, "
    "(SELECT count(*) FROM letter_print p WHERE p.letter_id = l.id), v.at, v.actor, v.reason, "
    "r.at, r.actor, r.reason FROM letter l LEFT JOIN letter_void v ON v.letter_id = l.id "
    "LEFT JOIN letter_revocation r ON r.letter_id = l.id";

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace

LetterRegister::LetterRegister(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString LetterRegister::kindCode(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Certificate:
        return QStringLiteral("certificate");
    case LetterKind::Minutes:
        return QStringLiteral("minutes");
    case LetterKind::Sptjm:
        return QStringLiteral("sptjm");
    case LetterKind::Addendum:
        return QStringLiteral("addendum");
    case LetterKind::Reactivation:
        return QStringLiteral("reactivation");
    }
    return {};
}

std::optional<LetterKind> LetterRegister::kindFromCode(QStringView code)
{
    for (LetterKind k : {LetterKind::Certificate, LetterKind::Minutes, LetterKind::Sptjm,
                         LetterKind::Addendum, LetterKind::Reactivation}) {
        if (code == kindCode(k)) {
            return k;
        }
    }
    return std::nullopt;
}

QString LetterRegister::kindLabel(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Certificate:
        return tr("Surat keterangan DTSEN");
    case LetterKind::Minutes:
        return tr("Berita acara musyawarah");
    case LetterKind::Sptjm:
        return tr("SPTJM");
    case LetterKind::Addendum:
        return tr("Adendum berita acara");
    case LetterKind::Reactivation:
        return tr("Rekomendasi reaktivasi PBI-JK");
    }
    return {};
}

LetterRecord LetterRegister::read(const QSqlQuery &q)
{
    LetterRecord r;
    r.id = q.value(0).toLongLong();
    r.year = q.value(1).toInt();
    r.serial = q.value(2).toInt();
    r.number = q.value(3).toString();
    r.kind = kindFromCode(q.value(4).toString()).value_or(LetterKind::Certificate);
    r.issuedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.issuedAt = parseStoredTime(q.value(6).toString());
    r.issuedBy = q.value(7).toString();
    if (!q.value(8).isNull()) {
        r.registered = q.value(8).toInt() == 1;
    }
    r.personId = q.value(9).toString();
    r.subjectName = q.value(10).toString();
    r.purpose = q.value(11).toString();
    r.meetingId = q.value(12).toLongLong();
    r.content = QJsonDocument::fromJson(q.value(13).toByteArray()).object();
    r.contentHash = q.value(14).toString();
    r.keyId = q.value(15).toString();
    r.signature = q.value(16).toString();
    r.prints = q.value(17).toInt();
    if (!q.value(18).isNull()) {
        r.voidedAt = parseStoredTime(q.value(18).toString());
        r.voidedBy = q.value(19).toString();
        r.voidReason = q.value(20).toString();
    }
    if (!q.value(21).isNull()) {
        r.revokedAt = parseStoredTime(q.value(21).toString());
        r.revokedBy = q.value(22).toString();
        r.revokeReason = q.value(23).toString();
    }
    return r;
}

Result<LetterRecord> LetterRegister::issue(const NewLetter &letter, const QString &actor,
                                           const LetterSealer &seal) const
{
    if (actor.isEmpty()) {
        return Error{QStringLiteral("letter.no_actor"), tr("Surat harus dibuat oleh seseorang.")};
    }
    if (!letter.issuedOn.isValid()) {
        return Error{QStringLiteral("letter.no_date"), tr("Tanggal surat belum diisi.")};
    }
    if (const Status s = LetterNumber::validate(letter.numbering); !s) {
        return s.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    LetterRecord r;
    r.kind = letter.kind;
    r.year = letter.issuedOn.year();
    Result<QSqlQuery> last = m_db.query(
        QStringLiteral("SELECT coalesce(max(serial), 0) FROM letter WHERE year = ?"), {r.year});
    if (!last) {
        return last.error();
    }
    r.serial = last->next() ? last->value(0).toInt() + 1 : 1;
    r.number = LetterNumber::format(letter.numbering, r.serial, letter.issuedOn);
    r.issuedOn = letter.issuedOn;
    r.issuedAt = parseStoredTime(storedTime(m_clock.now()));
    r.issuedBy = actor;
    r.registered = letter.registered;
    r.personId = letter.personId;
    r.subjectName = letter.subjectName.trimmed();
    r.purpose = letter.purpose.trimmed();
    r.meetingId = letter.meetingId;
    if (seal) {
        Result<LetterSeal> sealed = seal(r);
        if (!sealed) {
            return sealed.error();
        }
        r.content = sealed->content;
        r.contentHash = sealed->contentHash;
        r.keyId = sealed->keyId;
        r.signature = sealed->signature;
    }
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral(
            "INSERT INTO letter(year, serial, number, kind, issued_on, issued_at, issued_by, "
            "registered, person_id, subject_name, purpose, meeting_id, content, content_hash, "
            "key_id, signature) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.year, r.serial, r.number, kindCode(r.kind), r.issuedOn.toString(Qt::ISODate),
         r.issuedAt.toString(Qt::ISODateWithMs), r.issuedBy,
         r.registered ? QVariant(int(*r.registered)) : QVariant(QMetaType::fromType<int>()),
         nullableText(r.personId), r.subjectName, r.purpose,
         r.meetingId > 0 ? QVariant(r.meetingId) : QVariant(QMetaType::fromType<qint64>()),
         QString::fromUtf8(QJsonDocument(r.content).toJson(QJsonDocument::Compact)), r.contentHash,
         r.keyId, r.signature});
    if (!insert) {
        if (insert.error().code == QLatin1String("db.constraint")) {
            return Error{QStringLiteral("letter.duplicate_number"),
                         tr("Nomor surat %1 sudah dipakai surat lain. Periksa pola nomor surat di "
                            "Pengaturan › Surat & kop (harus memuat {nomor} dan {tahun}).")
                             .arg(r.number)};
        }
        return insert.error();
    }
    r.id = insert->lastInsertId().toLongLong();
    QJsonObject details{{QStringLiteral("number"), r.number},
                        {QStringLiteral("kind"), kindCode(r.kind)}};
    if (!r.personId.isEmpty()) {
        details.insert(QStringLiteral("person_id"), r.personId);
    }
    if (r.meetingId > 0) {
        details.insert(QStringLiteral("meeting_id"), r.meetingId);
    }
    if (!letter.acknowledgedWarnings.isEmpty()) {
        details.insert(QStringLiteral("warnings"),
                       QJsonArray::fromStringList(letter.acknowledgedWarnings));
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("letter.issue"), QStringLiteral("letter"),
                                   QString::number(r.id), details);
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return r;
}

Result<LetterRecord> LetterRegister::get(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kSelect) + QStringLiteral(" WHERE l.id = ?"), {id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("letter.not_found"),
                     tr("Surat %1 tidak ada di register.").arg(id)};
    }
    return read(*q);
}

Result<LetterRecord> LetterRegister::byNumber(const QString &number) const
{
    Result<QSqlQuery> q =
        m_db.query(QLatin1String(kSelect) + QStringLiteral(" WHERE l.number = ?"), {number});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("letter.not_found"),
                     tr("Nomor surat %1 tidak ada di register.").arg(number)};
    }
    return read(*q);
}

Result<QList<LetterRecord>> LetterRegister::search(const LetterQuery &query, int limit,
                                                   qint64 beforeId) const
{
    QString sql = QLatin1String(kSelect) + QStringLiteral(" WHERE 1");
    QVariantList values;
    if (beforeId > 0) {
        sql += QStringLiteral(" AND l.id < ?");
        values << beforeId;
    }
    if (!query.text.trimmed().isEmpty()) {
        QString like = query.text.trimmed();
        like.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        like = u'%' + like + u'%';
        sql += QStringLiteral(" AND (l.number LIKE ? ESCAPE '\\' OR l.subject_name LIKE ? ESCAPE "
                              "'\\' OR l.person_id LIKE ? ESCAPE '\\')");
        values << like << like << like;
    }
    if (query.year > 0) {
        sql += QStringLiteral(" AND l.year = ?");
        values << query.year;
    }
    if (query.kind) {
        sql += QStringLiteral(" AND l.kind = ?");
        values << kindCode(*query.kind);
    }
    sql += QStringLiteral(" ORDER BY l.id DESC LIMIT ?");
    values << limit;
    Result<QSqlQuery> q = m_db.query(sql, values);
    if (!q) {
        return q.error();
    }
    QList<LetterRecord> out;
    while (q->next()) {
        out.append(read(*q));
    }
    return out;
}

Result<QList<int>> LetterRegister::years() const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT DISTINCT year FROM letter ORDER BY year DESC"));
    if (!q) {
        return q.error();
    }
    QList<int> out;
    while (q->next()) {
        out << q->value(0).toInt();
    }
    return out;
}

Status LetterRegister::recordPrint(qint64 id, const QString &actor, bool copy, const QString &paper,
                                   const QString &target) const
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<LetterRecord> letter = get(id);
    if (!letter) {
        return letter.error();
    }
    if (letter->isVoid()) {
        return Error{QStringLiteral("letter.void"),
                     tr("Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. Terbitkan "
                        "surat baru bila masih diperlukan.")
                         .arg(letter->number, letter->voidReason)};
    }
    if (letter->isRevoked()) {
        return Error{QStringLiteral("letter.revoked"),
                     tr("Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.")
                         .arg(letter->number, letter->revokeReason)};
    }
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO letter_print(letter_id, at, actor, copy, paper, target) "
                       "VALUES(?, ?, ?, ?, ?, ?)"),
        {id, storedTime(m_clock.now()), actor, int(copy), paper, target});
    if (!insert) {
        return insert.error();
    }
    const auto audit =
        AuditTrail(m_db, m_clock)
            .record(actor, copy ? QStringLiteral("letter.reprint") : QStringLiteral("letter.print"),
                    QStringLiteral("letter"), QString::number(id),
                    {{QStringLiteral("number"), letter->number},
                     {QStringLiteral("copy"), copy},
                     {QStringLiteral("paper"), paper},
                     {QStringLiteral("target"), target}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Status LetterRegister::voidLetter(qint64 id, const QString &actor, const QString &reason) const
{
    const QString why = reason.simplified();
    if (why.size() < 5) {
        return Error{QStringLiteral("letter.void_reason"),
                     tr("Tulis alasan pembatalan nomor surat (paling sedikit 5 huruf), misalnya "
                        "\"salah nama, diganti surat baru\".")};
    }
    if (actor.isEmpty()) {
        return Error{QStringLiteral("letter.no_actor"),
                     tr("Pembatalan surat harus dilakukan oleh seseorang.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<LetterRecord> letter = get(id);
    if (!letter) {
        return letter.error();
    }
    if (letter->kind != LetterKind::Certificate) {
        return Error{QStringLiteral("letter.void_kind"),
                     tr("Hanya surat keterangan yang bisa dibatalkan di sini. Berita acara dan "
                        "SPTJM diperbaiki dengan adendum di halaman Musyawarah.")};
    }
    if (letter->isVoid()) {
        return Error{QStringLiteral("letter.already_void"),
                     tr("Surat nomor %1 sudah dibatalkan pada %2.")
                         .arg(letter->number, letter->voidedAt.toLocalTime().toString(
                                                  QStringLiteral("dd-MM-yyyy HH:mm")))};
    }
    if (letter->isRevoked()) {
        return Error{QStringLiteral("letter.revoked"),
                     tr("Surat nomor %1 sudah dicabut; nomornya tidak dibatalkan lagi.")
                         .arg(letter->number)};
    }
    Result<QSqlQuery> insert =
        m_db.query(QStringLiteral("INSERT INTO letter_void(letter_id, reason, at, actor) "
                                  "VALUES(?, ?, ?, ?)"),
                   {id, why, storedTime(m_clock.now()), actor});
    if (!insert) {
        return insert.error();
    }
    // The reason is the operator's words: anything like a NIK is masked in the audit trail.
    const auto audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("letter.void"), QStringLiteral("letter"),
                    QString::number(id),
                    {{QStringLiteral("number"), letter->number},
                     {QStringLiteral("reason"), IdentityNumberValidator::masked(why)}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

QString LetterRegister::stateLabel(const LetterRecord &letter)
{
    if (letter.isRevoked()) {
        return tr("dicabut");
    }
    return letter.isVoid() ? tr("dibatalkan") : tr("berlaku");
}

Status LetterRegister::exportCsv(const LetterQuery &query, QIODevice &out) const
{
    // Excel (Indonesian locale) reads UTF-8 only with a BOM and splits on ';'.
    if (out.write("\xEF\xBB\xBF") != 3) {
        return Error{
            QStringLiteral("letter.export_write"),
            tr("Berkas ekspor tidak bisa ditulis (disk penuh atau tidak bisa ditulisi?).")};
    }
    CsvWriter csv(out, ';');
    csv.writeRow({tr("Nomor urut"), tr("Tahun"), tr("Nomor surat"), tr("Tanggal"), tr("Jenis"),
                  tr("Status DTSEN"), tr("Nama/perihal"), tr("ID anggota DTSEN"), tr("Keperluan"),
                  tr("Dibuat oleh"), tr("Jumlah cetak"), tr("Status surat"),
                  tr("Alasan pembatalan")});
    qint64 before = 0;
    for (;;) {
        Result<QList<LetterRecord>> page = search(query, 1000, before);
        if (!page) {
            return page.error();
        }
        for (const LetterRecord &r : *page) {
            const QString status = !r.registered   ? QString()
                                   : *r.registered ? tr("Terdaftar")
                                                   : tr("Tidak terdaftar");
            csv.writeRow({QString::number(r.serial), QString::number(r.year), r.number,
                          r.issuedOn.toString(Qt::ISODate), kindLabel(r.kind), status,
                          r.subjectName, r.personId, r.purpose, r.issuedBy,
                          QString::number(r.prints), stateLabel(r),
                          r.isRevoked() ? r.revokeReason : r.voidReason});
        }
        if (page->size() < 1000) {
            break;
        }
        before = page->last().id;
    }
    if (!csv.ok()) {
        return Error{
            QStringLiteral("letter.export_write"),
            tr("Berkas ekspor tidak bisa ditulis (disk penuh atau tidak bisa ditulisi?).")};
    }
    return {};
}

} // namespace tepat
