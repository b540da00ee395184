#include "MinutesContentBuilder.h"

#include "storage/Database.h"
#include "storage/RegisterRepository.h"

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

QString addressOf(const Household &h)
{
    QString out = h.address;
    if (!h.rt.isEmpty() || !h.rw.isEmpty()) {
        out += QStringLiteral(" RT %1/RW %2").arg(h.rt, h.rw);
    }
    return out.trimmed();
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
    const RegisterRepository registry(m_db, m_clock);
    for (const AgendaItem &item : agenda) {
        const ChangeRequest &r = item.request;
        DecisionRow row;
        row.kindLabel = documentKindLabel(r.kind);
        row.householdId = r.householdId;
        row.personId = r.personId;
        row.decision = item.decision;
        row.reason = item.reason;
        // New families are not in the register yet: their draft carries the facts.
        row.name = r.payload.value(QStringLiteral("name")).toString();
        row.nik = r.payload.value(QStringLiteral("nik")).toString();
        row.address = r.payload.value(QStringLiteral("address")).toString();
        QString personId = r.personId;
        if (personId.isEmpty() && !r.householdId.isEmpty()) {
            if (const Result<QList<Person>> members = registry.members(r.householdId); members) {
                for (const Person &p : *members) {
                    if (p.relationship == Relationship::Head) {
                        personId = p.id;
                        break;
                    }
                }
            }
        }
        if (const Result<Person> p = registry.person(personId); !personId.isEmpty() && p) {
            row.name = p->name;
            row.nik = p->nik;
            row.personId = p->id;
        }
        if (const Result<Household> h = registry.household(r.householdId);
            !r.householdId.isEmpty() && h) {
            row.address = addressOf(*h);
        }
        c.rows.append(row);
    }
    if (c.meeting.headName.isEmpty()) {
        c.meeting.headName = c.settings.headName;
        c.meeting.headNip = c.settings.headNip;
    }
    return c;
}

} // namespace tepat
