#include "core/letters/LetterRevocation.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"
#include "core/letters/LetterRegister.h"
#include "core/outbox/LetterRevocationOutbox.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

LetterRevocation::LetterRevocation(const Database &db, const Clock &clock, const Session &session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{}

Status LetterRevocation::permitted(const Session &session)
{
    return session.require(Permission::PrintLetters);
}

Status LetterRevocation::revoke(qint64 letterId, const QString &reason) const
{
    if (const Status allowed = permitted(m_session); !allowed) {
        return allowed;
    }
    const QString why = reason.simplified();
    if (why.size() < kMinimumReason) {
        return Error{QStringLiteral("letter.revoke_reason"),
                     tr("Tulis alasan pencabutan surat (paling sedikit %1 huruf), misalnya "
                        "\"salah orang\" atau \"keadaan keluarga sudah berubah\".")
                         .arg(kMinimumReason)};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<LetterRecord> letter = LetterRegister(m_db, m_clock).get(letterId);
    if (!letter) {
        return letter.error();
    }
    if (letter->signature.isEmpty()) {
        return Error{QStringLiteral("letter.revoke_kind"),
                     tr("Surat nomor %1 tidak memiliki kode verifikasi, jadi tidak dicabut di "
                        "sini. Berita acara dan SPTJM diperbaiki dengan adendum di halaman "
                        "Musyawarah.")
                         .arg(letter->number)};
    }
    if (letter->isVoid()) {
        return Error{QStringLiteral("letter.void"),
                     tr("Nomor surat %1 sudah dibatalkan; tidak ada yang perlu dicabut.")
                         .arg(letter->number)};
    }
    if (letter->isRevoked()) {
        return Error{QStringLiteral("letter.already_revoked"),
                     tr("Surat nomor %1 sudah dicabut pada %2.")
                         .arg(letter->number, letter->revokedAt.toLocalTime().toString(
                                                  QStringLiteral("dd-MM-yyyy HH:mm")))};
    }
    if (letter->prints == 0) {
        return Error{
            QStringLiteral("letter.revoke_unprinted"),
            tr("Surat nomor %1 belum pernah dicetak. Batalkan saja nomornya.").arg(letter->number)};
    }
    const QString actor = m_session.username();
    if (Result<QSqlQuery> q = m_db.query(
            QStringLiteral(
                "INSERT INTO letter_revocation(letter_id, reason, at, actor) VALUES(?, ?, ?, ?)"),
            {letterId, why, storedTime(m_clock.now()), actor});
        !q) {
        return q.error();
    }
    if (const Status queued = LetterRevocationOutbox(m_db, m_clock).enqueue(letterId); !queued) {
        return queued;
    }
    // The reason is the operator's words: anything like a NIK is masked in the audit trail.
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("letter.revoke"), QStringLiteral("letter"),
                    QString::number(letterId),
                    {{QStringLiteral("number"), letter->number},
                     {QStringLiteral("reason"), IdentityNumberValidator::masked(why)}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

} // namespace tepat
