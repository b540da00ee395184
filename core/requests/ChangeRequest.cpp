#include "core/requests/ChangeRequest.h"

namespace tepat {

namespace {

struct StateInfo
{
    RequestState state;
    const char *code;
    const char *label;
};

const StateInfo kStates[] = {
    {RequestState::Draft, "draft", QT_TRANSLATE_NOOP("RequestLifecycle", "Draf")},
    {RequestState::OnAgenda, "on_agenda",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Masuk agenda musyawarah")},
    {RequestState::Approved, "approved",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Disetujui musyawarah")},
    {RequestState::Rejected, "rejected",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Ditolak musyawarah")},
    {RequestState::Deferred, "deferred", QT_TRANSLATE_NOOP("RequestLifecycle", "Ditunda")},
    {RequestState::Queued, "queued", QT_TRANSLATE_NOOP("RequestLifecycle", "Menunggu dikirim")},
    {RequestState::Sent, "sent", QT_TRANSLATE_NOOP("RequestLifecycle", "Sedang dikirim")},
    {RequestState::Received, "received",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Diterima server pusat")},
    {RequestState::Verified, "verified",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Diverifikasi Dinsos")},
    {RequestState::DinsosRejected, "dinsos_rejected",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Ditolak Dinsos")},
    {RequestState::Ratified, "ratified",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Disahkan bupati/wali kota")},
    {RequestState::Final, "final", QT_TRANSLATE_NOOP("RequestLifecycle", "Final (SK Mensos)")},
    {RequestState::Lapsed, "lapsed", QT_TRANSLATE_NOOP("RequestLifecycle", "Kedaluwarsa")},
    {RequestState::Discarded, "discarded", QT_TRANSLATE_NOOP("RequestLifecycle", "Dibuang")},
};

struct KindInfo
{
    RequestKind kind;
    const char *code;
    const char *label;
};

const KindInfo kKinds[] = {
    {RequestKind::NewHousehold, "new_household",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Usulan keluarga baru")},
    {RequestKind::NewMember, "new_member",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Tambah anggota keluarga")},
    {RequestKind::Correction, "correction",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Perbaikan data")},
    {RequestKind::ProgramProposal, "program_proposal",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Usulan program bansos")},
    {RequestKind::Removal, "removal",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Penghapusan/penghentian")},
    {RequestKind::Relocation, "relocation",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Pindah ke kelurahan lain")},
    {RequestKind::Objection, "objection", QT_TRANSLATE_NOOP("RequestLifecycle", "Sanggahan warga")},
    {RequestKind::CitizenProposal, "citizen_proposal",
     QT_TRANSLATE_NOOP("RequestLifecycle", "Usulan warga")},
};

} // namespace

QList<RequestState> RequestLifecycle::next(RequestState from)
{
    using S = RequestState;
    switch (from) {
    case S::Draft:
        return {S::OnAgenda, S::Discarded};
    case S::OnAgenda:
        // Decided in the musyawarah, or taken off the agenda before it is finalised.
        return {S::Approved, S::Rejected, S::Deferred, S::Draft};
    case S::Deferred:
        return {S::OnAgenda, S::Draft};
    case S::Approved:
        return {S::Queued};
    case S::Queued:
        return {S::Sent};
    case S::Sent:
        // Acknowledged, or back to the queue when the send failed before an acknowledgement.
        return {S::Received, S::Queued};
    case S::Received:
        return {S::Verified, S::DinsosRejected, S::Lapsed};
    case S::Verified:
        return {S::Ratified};
    case S::Ratified:
        return {S::Final};
    case S::Rejected:
    case S::DinsosRejected:
    case S::Final:
    case S::Lapsed:
    case S::Discarded:
        return {};
    }
    return {};
}

bool RequestLifecycle::canTransition(RequestState from, RequestState to)
{
    return next(from).contains(to);
}

bool RequestLifecycle::requiresReason(RequestState to)
{
    return to == RequestState::Rejected || to == RequestState::Deferred ||
           to == RequestState::DinsosRejected || to == RequestState::Discarded;
}

QString RequestLifecycle::code(RequestState state)
{
    for (const StateInfo &s : kStates) {
        if (s.state == state) {
            return QString::fromLatin1(s.code);
        }
    }
    return {};
}

std::optional<RequestState> RequestLifecycle::stateFromCode(QStringView code)
{
    for (const StateInfo &s : kStates) {
        if (code == QLatin1String(s.code)) {
            return s.state;
        }
    }
    return std::nullopt;
}

QString RequestLifecycle::label(RequestState state)
{
    for (const StateInfo &s : kStates) {
        if (s.state == state) {
            return tr(s.label);
        }
    }
    return {};
}

QString RequestLifecycle::code(RequestKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind) {
            return QString::fromLatin1(k.code);
        }
    }
    return {};
}

std::optional<RequestKind> RequestLifecycle::kindFromCode(QStringView code)
{
    for (const KindInfo &k : kKinds) {
        if (code == QLatin1String(k.code)) {
            return k.kind;
        }
    }
    return std::nullopt;
}

QString RequestLifecycle::label(RequestKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind) {
            return tr(k.label);
        }
    }
    return {};
}

QList<RequestKind> RequestLifecycle::allKinds()
{
    QList<RequestKind> kinds;
    for (const KindInfo &k : kKinds) {
        kinds.append(k.kind);
    }
    return kinds;
}

QList<RequestState> RequestLifecycle::allStates()
{
    QList<RequestState> states;
    for (const StateInfo &s : kStates) {
        states.append(s.state);
    }
    return states;
}

} // namespace tepat
