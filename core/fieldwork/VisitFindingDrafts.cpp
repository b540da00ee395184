#include "core/fieldwork/VisitFindingDrafts.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/fieldwork/ResultsBundleMerger.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/Database.h"

namespace tepat {

VisitFindingDrafts::VisitFindingDrafts(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Status VisitFindingDrafts::draft(const Visit &visit, const QString &bundleId,
                                 BundleMergeReport &report) const
{
    if (visit.outcome == VisitOutcome::NotFound) {
        return draftOne(visit, nullptr, bundleId, report);
    }
    for (const VisitMember &member : visit.members) {
        if (member.finding == MemberFinding::Present) {
            continue;
        }
        if (const Status s = draftOne(visit, &member, bundleId, report); !s) {
            return s;
        }
    }
    return {};
}

Status VisitFindingDrafts::draftOne(const Visit &visit, const VisitMember *member,
                                    const QString &bundleId, BundleMergeReport &report) const
{
    const QString memberKey = member ? member->memberKey : QStringLiteral("keluarga");
    const QString item = QStringLiteral("draft:%1:%2").arg(visit.uuid, memberKey);
    auto seen = m_db.query(QStringLiteral("SELECT 1 FROM field_item WHERE item = ?"), {item});
    if (!seen) {
        return seen.error();
    }
    if (seen->next()) {
        return {};
    }
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString visitNote = tr("Temuan kunjungan lapangan %1 oleh %2.")
                                  .arg(Language::formatDate(visit.visitedOn), visit.recordedBy);
    ChangeRequest request;
    request.householdId = visit.householdId;
    request.payload = {{QStringLiteral("field_visit"), visit.uuid},
                       {QStringLiteral("field_member"), memberKey}};
    if (!member) {
        request.kind = RequestKind::Removal;
        request.payload.insert(QStringLiteral("reason"), QStringLiteral("not_found"));
        request.payload.insert(QStringLiteral("date"), visit.visitedOn.toString(Qt::ISODate));
        request.payload.insert(QStringLiteral("note"), visitNote + u' ' + visit.notes);
    } else if (member->finding == MemberFinding::New) {
        request.kind = RequestKind::NewMember;
        request.payload.insert(QStringLiteral("member"), member->person);
        request.payload.insert(QStringLiteral("reason"), visitNote);
    } else {
        // A death or a move of someone the office has changed since the package: both sides
        // are kept for the operator.
        auto person = m_db.query(QStringLiteral("SELECT status FROM person WHERE id = ?"),
                                 {member->memberKey});
        if (!person) {
            return person.error();
        }
        const QString officeStatus = person->next() ? person->value(0).toString() : QString();
        if (officeStatus != QLatin1String("active")) {
            auto conflict = m_db.query(
                QStringLiteral("INSERT OR IGNORE INTO field_conflict (bundle_id, visit_uuid, "
                               "household_id, subject, office_value, field_value, recorded_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {bundleId, visit.uuid, visit.householdId,
                 QStringLiteral("member:") + member->memberKey, officeStatus,
                 VisitVocabulary::code(member->finding), now});
            if (!conflict) {
                return conflict.error();
            }
            report.conflicts += conflict->numRowsAffected() > 0 ? 1 : 0;
            return {};
        }
        request.kind = RequestKind::Removal;
        request.personId = member->memberKey;
        const bool died = member->finding == MemberFinding::Died;
        request.payload.insert(QStringLiteral("reason"),
                               died ? QStringLiteral("died") : QStringLiteral("moved_away"));
        request.payload.insert(QStringLiteral("date"), member->date.toString(Qt::ISODate));
        request.payload.insert(QStringLiteral("note"),
                               died ? visitNote
                                    : visitNote + u' ' + tr("Pindah ke: %1.").arg(member->place));
    }
    // The draft is the field worker's: written as their account (whose role may draft).
    const Session fieldWorker(Actor{visit.recordedBy, visit.recordedBy, Role::FieldStaff});
    const Result<ChangeRequest> created =
        ChangeRequestRepository(m_db, m_clock).createDraft(request, fieldWorker);
    if (!created) {
        return created.error();
    }
    auto mark =
        m_db.query(QStringLiteral("INSERT INTO field_item (item, bundle_id, at) VALUES (?, ?, ?)"),
                   {item, bundleId, now});
    if (!mark) {
        return mark.error();
    }
    ++report.drafts;
    return {};
}

} // namespace tepat
