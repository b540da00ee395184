#include "core/deliberation/MinutesContentBuilder.h"

#include "core/requests/RequestSubject.h"
#include "core/storage/Database.h"

namespace tepat {

namespace {

// The kinds of request as the printed documents name them (always Indonesian).
QString documentKindLabel(RequestKind kind)
{
    switch (kind) {
    case RequestKind::NewHousehold:
        return QStringLiteral("Usulan keluarga baru");
    case RequestKind::NewMember:
        return QStringLiteral("Tambah anggota keluarga");
    case RequestKind::Correction:
        return QStringLiteral("Perbaikan data");
    case RequestKind::ProgramProposal:
        return QStringLiteral("Usulan program bansos");
    case RequestKind::Removal:
        return QStringLiteral("Penghapusan/penghentian");
    case RequestKind::Relocation:
        return QStringLiteral("Pindah ke kelurahan/desa lain");
    case RequestKind::Objection:
        return QStringLiteral("Sanggahan warga");
    case RequestKind::CitizenProposal:
        return QStringLiteral("Usulan warga");
    }
    return {};
}

} // namespace

MinutesContentBuilder::MinutesContentBuilder(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

MinutesContent MinutesContentBuilder::build(const Meeting &meeting,
                                            const QList<Attendee> &attendees,
                                            const QList<AgendaItem> &agenda,
                                            MeetingDocument document) const
{
    MinutesContent c;
    c.document = document;
    c.meeting = meeting;
    c.number = meeting.number;
    c.draft = meeting.state == MeetingState::Planned;
    c.settings = LetterSettings::load(m_db);
    c.villageCode = m_db.setting(QStringLiteral("village_code"));
    c.attendees = attendees;
    const RequestSubjects subjects(m_db, m_clock);
    for (const AgendaItem &item : agenda) {
        const ChangeRequest &r = item.request;
        const RequestSubject who = subjects.of(r);
        DecisionRow row;
        row.kindLabel = documentKindLabel(r.kind);
        row.householdId = who.householdId;
        row.personId = who.personId;
        row.nik = who.nik;
        row.name = who.name;
        row.address = who.address;
        row.detail = who.documentDetail();
        if (who.scope == SubjectScope::NewFamily) {
            row.householdId = QStringLiteral("baru"); // the ID DTKS is given by the centre
        }
        row.decision = item.decision;
        row.reason = item.reason;
        if (r.recommendation.recorded()) {
            row.recommendation =
                Recommendations::documentLine(r.recommendation.accountName, r.recommendation.head);
        }
        row.conflictOfInterest = Recommendations::documentReasons(r.recommendation.conflicts);
        c.rows.append(row);
    }
    if (c.meeting.headName.isEmpty()) {
        c.meeting.headName = c.settings.headName;
        c.meeting.headNip = c.settings.headNip;
    }
    return c;
}

} // namespace tepat
