#pragma once

#include "core/common/Result.h"
#include "core/deliberation/Meeting.h"
#include "core/deliberation/MinutesContent.h"
#include "core/requests/RequestConflicts.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
struct NewLetter;
class Session;

// Musyawarah desa/kelurahan: plan, agenda from drafts, attendance, one decision per item,
// photos, finalise. Finalising moves every item through RequestLifecycle (OnAgenda → Approved /
// Rejected / Deferred), numbers and renders the berita acara (or SPTJM), keeps it in the
// ContentStore and links it to every approved request, all in one transaction. A finalised
// meeting is locked (also by triggers); a later correction is a numbered addendum.
class DeliberationService
{
    Q_DECLARE_TR_FUNCTIONS(DeliberationService)

public:
    DeliberationService(const Database &db, const Clock &clock, const Session &session,
                        QString filesRoot);

    Result<Meeting> plan(const Meeting &meeting) const;
    Status update(const Meeting &meeting) const; // only while planned
    Status cancel(qint64 meetingId, const QString &reason) const;

    // Drafts and deferred requests not on any agenda yet.
    Result<QList<ChangeRequest>> agendaCandidates() const;
    Status addToAgenda(qint64 meetingId, const QList<qint64> &requestIds) const;
    Status removeFromAgenda(qint64 meetingId, qint64 requestId) const;
    Status decide(qint64 meetingId, qint64 requestId, Decision decision,
                  const QString &reason) const;

    Result<Attendee> addAttendee(qint64 meetingId, const Attendee &attendee) const;
    Status removeAttendee(qint64 meetingId, qint64 attendeeId) const;
    // `jpeg` is an already normalised photo (MeetingPhotoIntake in tepat_documents).
    Result<QString> addPhoto(qint64 meetingId, const QByteArray &jpeg,
                             const QString &caption) const;

    // Checks everything finalise() needs, without changing anything: the first problem.
    Status readyToFinalise(qint64 meetingId) const;
    // Every problem that stands in the way of finalise(), each saying what to do; empty when
    // the meeting can be finalised. The signer falls back to the letter settings' lurah.
    Result<QList<Error>> finalisationProblems(qint64 meetingId) const;
    // Requests on this agenda, together with `adding`, that contradict each other.
    Result<QList<RequestConflict>> agendaConflicts(qint64 meetingId,
                                                   const QList<ChangeRequest> &adding) const;
    Result<Meeting> finalise(qint64 meetingId, const MeetingDocumentRenderer &render) const;
    Result<Addendum> addAddendum(qint64 meetingId, const QString &text,
                                 const MeetingDocumentRenderer &render) const;

    Result<QList<Meeting>> list(int limit = 200) const;
    Result<Meeting> get(qint64 meetingId) const;
    Result<QList<AgendaItem>> items(qint64 meetingId) const;
    Result<QList<Attendee>> attendees(qint64 meetingId) const;
    Result<QList<MeetingPhoto>> photos(qint64 meetingId) const;
    Result<QList<Addendum>> addenda(qint64 meetingId) const;
    // What the renderer needs for a document of this meeting.
    Result<MinutesContent> content(qint64 meetingId, MeetingDocument document) const;

private:
    Status requirePlanner() const;
    // Who signs: the meeting's own lurah/kepala desa, else the one in the letter settings.
    std::pair<QString, QString> signerOf(const Meeting &meeting) const;
    Result<Meeting> planned(qint64 meetingId) const;
    Result<QString> storeDocument(const QByteArray &pdf, const QString &kind) const;

    struct IssuedDocument
    {
        qint64 letterId = 0;
        QString number;
        QString sha256;
    };
    // Takes the next number from the letter register, renders the document with it and keeps
    // the PDF in the ContentStore (`kind` names the attachment). Runs in the caller's
    // transaction, so a failed render leaves no number behind.
    Result<IssuedDocument> issueDocument(const NewLetter &letter, MinutesContent &content,
                                         const MeetingDocumentRenderer &render,
                                         const QString &kind) const;

    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
    QString m_filesRoot;
};

} // namespace tepat
