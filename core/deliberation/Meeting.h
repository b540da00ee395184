#pragma once

#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace tepat {

// A musyawarah desa (desa), musyawarah kelurahan (kelurahan), or an SPTJM signed by the head of
// the village in place of a meeting (same agenda and decisions, no attendance).
enum class MeetingKind
{
    VillageMeeting, // musdes
    WardMeeting,    // muskel
    Sptjm
};

enum class MeetingState
{
    Planned,
    Finalised, // locked: corrections are addenda
    Cancelled
};

enum class Decision
{
    Approved,
    Rejected,
    Deferred
};

struct Meeting
{
    qint64 id = 0;
    MeetingKind kind = MeetingKind::WardMeeting;
    MeetingState state = MeetingState::Planned;
    QDate heldOn;
    QString startTime; // "09:00"
    QString place;
    QString discussion;
    QString followUp;
    QString sptjmReason;
    QString headName;
    QString headNip;
    QString councilName; // ketua BPD (desa) / LPM (kelurahan)
    QString witnessName;
    QDateTime createdAt;
    QString createdBy;
    QDateTime finalisedAt;
    QString finalisedBy;
    QString cancelReason;
    qint64 letterId = 0;
    QString number; // of its berita acara / SPTJM, once finalised
    QString minutesSha256;
    int itemCount = 0;
};

struct Attendee
{
    qint64 id = 0;
    QString name;
    QString position;
    QString institution;
};

struct AgendaItem
{
    ChangeRequest request;
    int position = 0;
    std::optional<Decision> decision;
    QString reason;
    QDateTime decidedAt;
    QString decidedBy;
};

struct MeetingPhoto
{
    QString sha256;
    QString caption;
};

struct Addendum
{
    qint64 id = 0;
    QString text;
    QDateTime createdAt;
    QString createdBy;
    QString number;
    QString sha256;
};

class MeetingVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(MeetingVocabulary)

public:
    static QString code(MeetingKind kind);
    static std::optional<MeetingKind> kindFromCode(QStringView code);
    static QString label(MeetingKind kind);
    static QString code(MeetingState state);
    static std::optional<MeetingState> stateFromCode(QStringView code);
    static QString label(MeetingState state);
    static QString code(Decision decision);
    static std::optional<Decision> decisionFromCode(QStringView code);
    static QString label(Decision decision);
    static RequestState stateAfter(Decision decision);
};

} // namespace tepat
