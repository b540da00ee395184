#include "core/requests/DuplicateReview.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace tepat {

DuplicateReview::DuplicateReview(const Database &db, const Clock &clock, const Session &session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{}

Status DuplicateReview::record(const LikelyDuplicate &pair, const QString &outcome,
                               const QString &reason, std::optional<qint64> requestId) const
{
    const Result<QSqlQuery> q = m_db.query(
        QStringLiteral("INSERT INTO duplicate_review(person_a, person_b, fingerprint_a, "
                       "fingerprint_b, outcome, reason, request_id, actor, decided_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {pair.personA, pair.personB, pair.fingerprintA, pair.fingerprintB, outcome, reason,
         requestId ? QVariant(*requestId) : QVariant(QMetaType::fromType<qint64>()),
         m_session.username(), storedTime(m_clock.now())});
    if (!q) {
        return q.error();
    }
    QJsonObject details{{QStringLiteral("other_person"), pair.personB},
                        {QStringLiteral("score"), pair.score.probability}};
    if (requestId) {
        details.insert(QStringLiteral("request_id"), *requestId);
    }
    const Result<AuditEntry> audit =
        AuditTrail(m_db, m_clock)
            .record(m_session.username(), QStringLiteral("duplicate.") + outcome,
                    QStringLiteral("person"), pair.personA, details);
    if (!audit) {
        return audit.error();
    }
    return {};
}

Status DuplicateReview::dismiss(const LikelyDuplicate &pair, const QString &reason) const
{
    if (const Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed;
    }
    if (reason.trimmed().isEmpty()) {
        return Error{QStringLiteral("duplicate.reason_missing"),
                     tr("Tulis alasan mengapa kedua data ini bukan orang yang sama.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Status s = record(pair, QStringLiteral("dismissed"), reason.trimmed(), {}); !s) {
        return s;
    }
    return tx.commit();
}

Result<ChangeRequest> DuplicateReview::confirm(const LikelyDuplicate &pair,
                                               const QString &keptPersonId,
                                               const QString &note) const
{
    if (const Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    if (keptPersonId != pair.personA && keptPersonId != pair.personB) {
        return Error{QStringLiteral("duplicate.kept_unknown"),
                     tr("Pilih data yang dipertahankan dari kedua data ini.")};
    }
    const bool keepA = keptPersonId == pair.personA;
    ChangeRequest request;
    request.kind = RequestKind::Removal;
    request.personId = keepA ? pair.personB : pair.personA;
    request.householdId = keepA ? pair.householdB : pair.householdA;
    request.payload =
        QJsonObject{{QStringLiteral("reason"), QStringLiteral("duplicate")},
                    {QStringLiteral("duplicate_of"), keptPersonId},
                    {QStringLiteral("date"), m_clock.today().toString(Qt::ISODate)},
                    {QStringLiteral("note"), note.trimmed().isEmpty()
                                                 ? tr("Kemungkinan ganda (skor %1): %2")
                                                       .arg(qRound(pair.score.probability * 100))
                                                       .arg(MatchModel::reasonText(pair.score))
                                                 : note.trimmed()}};
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<ChangeRequest> created =
        ChangeRequestRepository(m_db, m_clock).createDraft(request, m_session);
    if (!created) {
        return created.error();
    }
    if (const Status s = record(pair, QStringLiteral("confirmed"), note.trimmed(), created->id);
        !s) {
        return s.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return created;
}

} // namespace tepat
