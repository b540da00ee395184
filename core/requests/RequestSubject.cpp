#include "core/requests/RequestSubject.h"

#include "core/register/RegisterRepository.h"
#include "core/requests/RequestPayload.h"
#include "core/storage/Database.h"

#include <QJsonArray>

namespace tepat {

using payload::text;

namespace {

QString addressOf(const QString &street, const QString &rt, const QString &rw)
{
    QString out = street.trimmed();
    if (!rt.isEmpty() || !rw.isEmpty()) {
        out += QStringLiteral(" RT %1/RW %2").arg(rt, rw);
    }
    return out.trimmed();
}

QString addressOf(const Household &h)
{
    return addressOf(h.address, h.rt, h.rw);
}

} // namespace

QString RequestSubject::detail() const
{
    switch (scope) {
    case SubjectScope::Person:
        return {};
    case SubjectScope::Household:
        return tr("seluruh keluarga");
    case SubjectScope::NewFamily:
        return tr("calon kepala keluarga, %n orang", nullptr, people);
    case SubjectScope::NewMember:
        return tr("anggota baru");
    case SubjectScope::Counter:
        return personId.isEmpty() && householdId.isEmpty() ? tr("disebut warga, belum dicocokkan")
                                                           : QString();
    case SubjectScope::Movers:
        return wholeFamily ? tr("seluruh keluarga pindah, %n orang", nullptr, people)
                           : tr("%n anggota pindah", nullptr, people);
    }
    return {};
}

QString RequestSubject::documentDetail() const
{
    switch (scope) {
    case SubjectScope::Person:
        return {};
    case SubjectScope::Household:
        return QStringLiteral("seluruh keluarga");
    case SubjectScope::NewFamily:
        return QStringLiteral("calon kepala keluarga, %1 orang").arg(people);
    case SubjectScope::NewMember:
        return QStringLiteral("anggota baru");
    case SubjectScope::Counter:
        return personId.isEmpty() && householdId.isEmpty()
                   ? QStringLiteral("disebut warga, belum dicocokkan")
                   : QString();
    case SubjectScope::Movers:
        return wholeFamily ? QStringLiteral("seluruh keluarga pindah, %1 orang").arg(people)
                           : QStringLiteral("%1 anggota pindah").arg(people);
    }
    return {};
}

QString RequestSubject::summary() const
{
    QString out = name.isEmpty() ? tr("(tanpa nama)") : name;
    const QString id = personId.isEmpty() ? householdId : personId;
    if (!id.isEmpty()) {
        out += QStringLiteral(" (%1)").arg(id);
    }
    if (const QString d = detail(); !d.isEmpty()) {
        out += QStringLiteral(" — ") + d;
    }
    return out;
}

RequestSubjects::RequestSubjects(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

RequestSubject RequestSubjects::of(const ChangeRequest &r) const
{
    const RegisterRepository registry(m_db, m_clock);
    RequestSubject s;
    s.householdId = r.householdId;
    std::optional<Household> household;
    QList<Person> members;
    if (!r.householdId.isEmpty()) {
        if (const Result<Household> h = registry.household(r.householdId); h) {
            household = *h;
            s.address = addressOf(*h);
        }
        if (const Result<QList<Person>> m = registry.members(r.householdId); m) {
            members = *m;
        }
    }
    const auto usePerson = [&s](const Person &p) {
        s.name = p.name;
        s.nik = p.nik;
        s.personId = p.id;
    };
    const auto head = [&members]() -> std::optional<Person> {
        for (const Person &p : members) {
            if (p.relationship == Relationship::Head && p.status == PersonStatus::Active) {
                return p;
            }
        }
        for (const Person &p : members) {
            if (p.relationship == Relationship::Head) {
                return p;
            }
        }
        return std::nullopt;
    };
    const auto active = [&members]() {
        QStringList ids;
        for (const Person &p : members) {
            if (p.status == PersonStatus::Active) {
                ids << p.id;
            }
        }
        return ids;
    };
    const auto registered = [&]() {
        if (!r.personId.isEmpty()) {
            if (const Result<Person> p = registry.person(r.personId); p) {
                s.scope = SubjectScope::Person;
                usePerson(*p);
                s.personIds = {p->id};
                return true;
            }
        }
        if (household) {
            s.scope = SubjectScope::Household;
            if (const auto h = head()) {
                s.name = h->name;
                s.nik = h->nik;
            } else {
                s.name = household->headName;
            }
            s.personIds = active();
            return true;
        }
        return false;
    };

    switch (r.kind) {
    case RequestKind::NewHousehold: {
        s.scope = SubjectScope::NewFamily;
        const QJsonArray people = r.payload.value(QLatin1String("members")).toArray();
        s.people = int(people.size());
        QJsonObject chosen = people.isEmpty() ? QJsonObject() : people.first().toObject();
        for (const QJsonValue &v : people) {
            if (text(v.toObject(), "relationship") == QLatin1String("head")) {
                chosen = v.toObject();
                break;
            }
        }
        s.name = text(chosen, "name");
        s.nik = text(chosen, "nik");
        s.address =
            addressOf(text(r.payload, "address"), text(r.payload, "rt"), text(r.payload, "rw"));
        break;
    }
    case RequestKind::NewMember: {
        const QJsonObject member = r.payload.value(QLatin1String("member")).toObject();
        if (text(member, "name").isEmpty()) {
            registered(); // an unfinished draft: at least the family it is for
            break;
        }
        s.scope = SubjectScope::NewMember;
        s.name = text(member, "name");
        s.nik = text(member, "nik");
        break;
    }
    case RequestKind::Objection:
        if (!registered()) {
            s.scope = SubjectScope::Counter;
            s.name = text(r.payload, "subject");
        }
        break;
    case RequestKind::CitizenProposal:
        s.scope = SubjectScope::Counter;
        s.name = text(r.payload, "proposed_name");
        s.address = text(r.payload, "proposed_address");
        break;
    case RequestKind::Relocation: {
        s.scope = SubjectScope::Movers;
        const QJsonArray ids = r.payload.value(QLatin1String("mover_ids")).toArray();
        s.wholeFamily = text(r.payload, "movers") != QLatin1String("members");
        if (s.wholeFamily) {
            s.personIds = active();
            if (const auto h = head()) {
                s.name = h->name;
                s.nik = h->nik;
            } else if (household) {
                s.name = household->headName;
            }
        } else {
            QStringList names;
            QStringList niks;
            for (const QJsonValue &v : ids) {
                s.personIds << v.toString();
                for (const Person &p : std::as_const(members)) {
                    if (p.id == v.toString()) {
                        names << p.name;
                        niks << p.nik;
                    }
                }
            }
            s.name = names.join(QStringLiteral(", "));
            s.nik = niks.join(QStringLiteral(", "));
            if (s.personIds.size() == 1) {
                s.personId = s.personIds.first();
            }
        }
        s.people = int(s.personIds.size());
        break;
    }
    case RequestKind::Correction:
    case RequestKind::ProgramProposal:
        registered();
        if (r.personId.isEmpty()) {
            s.personIds.clear(); // the household's own data, or the family as a whole
        }
        break;
    case RequestKind::Removal:
        registered();
        break;
    }
    return s;
}

} // namespace tepat
