#include "core/requests/RequestConflicts.h"

#include "core/register/RegisterRepository.h"
#include "core/requests/RequestSubject.h"
#include "core/storage/Database.h"

namespace tepat {

namespace {

// Requests that take people out of the register (removal, a move away).
bool takesOut(RequestKind kind)
{
    return kind == RequestKind::Removal || kind == RequestKind::Relocation;
}

bool changes(RequestKind kind)
{
    return kind == RequestKind::Correction;
}

} // namespace

RequestConflicts::RequestConflicts(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QList<RequestConflict> RequestConflicts::among(const QList<ChangeRequest> &requests) const
{
    const RequestSubjects subjects(m_db, m_clock);
    const RegisterRepository registry(m_db, m_clock);
    QList<RequestSubject> of;
    of.reserve(requests.size());
    for (const ChangeRequest &r : requests) {
        of.append(subjects.of(r));
    }
    const auto nameOf = [&registry](const QString &personId) {
        const Result<Person> p = registry.person(personId);
        return p ? p->name : personId;
    };
    QList<RequestConflict> out;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const ChangeRequest &a = requests[i];
        for (qsizetype j = i + 1; j < requests.size(); ++j) {
            const ChangeRequest &b = requests[j];
            if (a.householdId.isEmpty() || a.householdId != b.householdId || a.id == b.id) {
                continue;
            }
            const bool bothOut = takesOut(a.kind) && takesOut(b.kind);
            const bool outAndChanged =
                (takesOut(a.kind) && changes(b.kind)) || (changes(a.kind) && takesOut(b.kind));
            if (!bothOut && !outAndChanged) {
                continue;
            }
            QString shared;
            for (const QString &id : std::as_const(of[i].personIds)) {
                if (of[j].personIds.contains(id)) {
                    shared = id;
                    break;
                }
            }
            // A correction of the household's own data (address, KK) meets a whole-family exit.
            if (shared.isEmpty() && outAndChanged) {
                const qsizetype fix = changes(a.kind) ? i : j;
                const qsizetype exit = fix == i ? j : i;
                const bool wholeFamily =
                    of[exit].wholeFamily || of[exit].scope == SubjectScope::Household;
                if (requests[fix].personId.isEmpty() && wholeFamily) {
                    shared = of[exit].personIds.value(0);
                }
            }
            if (shared.isEmpty()) {
                continue;
            }
            const QString who = nameOf(shared);
            const QString kindA = RequestLifecycle::label(a.kind);
            const QString kindB = RequestLifecycle::label(b.kind);
            RequestConflict c{a.id, b.id, {}};
            if (bothOut) {
                c.message = tr("Usulan #%1 (%2) dan #%3 (%4) sama-sama mengeluarkan %5 dari "
                               "data; keduanya tidak bisa dijalankan. Keluarkan salah satu dari "
                               "agenda, atau tolak salah satu dalam musyawarah.")
                                .arg(a.id)
                                .arg(kindA)
                                .arg(b.id)
                                .arg(kindB, who);
            } else {
                const ChangeRequest &fix = changes(a.kind) ? a : b;
                const ChangeRequest &exit = changes(a.kind) ? b : a;
                c.message = tr("Usulan #%1 (%2) memperbaiki data %3, padahal usulan #%4 (%5) "
                               "mengeluarkannya dari data. Keluarkan salah satu dari agenda, "
                               "atau tolak salah satu dalam musyawarah.")
                                .arg(fix.id)
                                .arg(RequestLifecycle::label(fix.kind), who)
                                .arg(exit.id)
                                .arg(RequestLifecycle::label(exit.kind));
            }
            out.append(c);
        }
    }
    return out;
}

} // namespace tepat
