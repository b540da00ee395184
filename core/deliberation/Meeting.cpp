#include "core/deliberation/Meeting.h"

namespace tepat {

QString MeetingVocabulary::code(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::VillageMeeting:
        return QStringLiteral("musdes");
    case MeetingKind::WardMeeting:
        return QStringLiteral("muskel");
    case MeetingKind::Sptjm:
        return QStringLiteral("sptjm");
    }
    return {};
}

std::optional<MeetingKind> MeetingVocabulary::kindFromCode(QStringView code)
{
    for (MeetingKind k :
         {MeetingKind::VillageMeeting, MeetingKind::WardMeeting, MeetingKind::Sptjm}) {
        if (code == MeetingVocabulary::code(k)) {
            return k;
        }
    }
    return std::nullopt;
}

QString MeetingVocabulary::label(MeetingKind kind)
{
    switch (kind) {
    case MeetingKind::VillageMeeting:
        return tr("Musyawarah desa");
    case MeetingKind::WardMeeting:
        return tr("Musyawarah kelurahan");
    case MeetingKind::Sptjm:
        return tr("SPTJM (pengganti musyawarah)");
    }
    return {};
}

QString MeetingVocabulary::code(MeetingState state)
{
    switch (state) {
    case MeetingState::Planned:
        return QStringLiteral("planned");
    case MeetingState::Finalised:
        return QStringLiteral("finalised");
    case MeetingState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<MeetingState> MeetingVocabulary::stateFromCode(QStringView code)
{
    for (MeetingState s :
         {MeetingState::Planned, MeetingState::Finalised, MeetingState::Cancelled}) {
        if (code == MeetingVocabulary::code(s)) {
            return s;
        }
    }
    return std::nullopt;
}

QString MeetingVocabulary::label(MeetingState state)
{
    switch (state) {
    case MeetingState::Planned:
        return tr("Direncanakan");
    case MeetingState::Finalised:
        return tr("Final (terkunci)");
    case MeetingState::Cancelled:
        return tr("Dibatalkan");
    }
    return {};
}

QString MeetingVocabulary::code(Decision decision)
{
    switch (decision) {
    case Decision::Approved:
        return QStringLiteral("approved");
    case Decision::Rejected:
        return QStringLiteral("rejected");
    case Decision::Deferred:
        return QStringLiteral("deferred");
    }
    return {};
}

std::optional<Decision> MeetingVocabulary::decisionFromCode(QStringView code)
{
    for (Decision d : {Decision::Approved, Decision::Rejected, Decision::Deferred}) {
        if (code == MeetingVocabulary::code(d)) {
            return d;
        }
    }
    return std::nullopt;
}

QString MeetingVocabulary::label(Decision decision)
{
    switch (decision) {
    case Decision::Approved:
        return tr("Disetujui");
    case Decision::Rejected:
        return tr("Ditolak");
    case Decision::Deferred:
        return tr("Ditunda");
    }
    return {};
}

RequestState MeetingVocabulary::stateAfter(Decision decision)
{
    switch (decision) {
    case Decision::Approved:
        return RequestState::Approved;
    case Decision::Rejected:
        return RequestState::Rejected;
    case Decision::Deferred:
        return RequestState::Deferred;
    }
    return RequestState::Deferred;
}

} // namespace tepat
