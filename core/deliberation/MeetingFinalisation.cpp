#include "core/deliberation/DeliberationService.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/letters/LetterRegister.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/requests/RequestConflicts.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

// Finalising a musyawarah and correcting it afterwards with addenda (DeliberationService).

namespace tepat {

Result<DeliberationService::IssuedDocument>
DeliberationService::issueDocument(const NewLetter &letter, MinutesContent &content,
                                   const MeetingDocumentRenderer &render, const QString &kind) const
{
    QString sha;
    const Result<LetterRecord> issued =
        LetterRegister(m_db, m_clock)
            .issue(letter, m_session.username(),
                   [&](const LetterRecord &numbered) -> Result<LetterSeal> {
                       content.number = numbered.number;
                       const Result<QByteArray> pdf = render(content);
                       if (!pdf) {
                           return pdf.error();
                       }
                       const Result<QString> stored = storeDocument(*pdf, kind);
                       if (!stored) {
                           return stored.error();
                       }
                       sha = *stored;
                       return LetterSeal{{{QStringLiteral("sha256"), sha}}, sha, {}, {}};
                   });
    if (!issued) {
        return issued.error();
    }
    return IssuedDocument{issued->id, issued->number, sha};
}

Status DeliberationService::readyToFinalise(qint64 meetingId) const
{
    const Result<QList<Error>> problems = finalisationProblems(meetingId);
    if (!problems) {
        return problems.error();
    }
    if (!problems->isEmpty()) {
        return problems->first();
    }
    return {};
}

Result<QList<Error>> DeliberationService::finalisationProblems(qint64 meetingId) const
{
    const Result<Meeting> m = planned(meetingId);
    if (!m) {
        return m.error();
    }
    QList<Error> out;
    if (m->heldOn > m_clock.today()) {
        out.append({QStringLiteral("meeting.in_future"),
                    tr("Musyawarah ini dijadwalkan %1 dan belum berlangsung. Finalkan setelah "
                       "musyawarah berlangsung, atau ubah tanggalnya lewat tombol Ubah.")
                        .arg(Language::formatDate(m->heldOn))});
    }
    const Result<QList<AgendaItem>> agenda = items(meetingId);
    if (!agenda) {
        return agenda.error();
    }
    if (agenda->isEmpty()) {
        out.append({QStringLiteral("meeting.empty_agenda"),
                    tr("Agenda masih kosong. Tambahkan usulan dari daftar draf.")});
    }
    int undecided = 0;
    QList<ChangeRequest> approved;
    for (const AgendaItem &item : *agenda) {
        undecided += item.decision ? 0 : 1;
        if (item.decision == Decision::Approved) {
            approved.append(item.request);
        }
    }
    if (undecided > 0) {
        out.append(
            {QStringLiteral("meeting.undecided"),
             tr("%n usulan di agenda belum diputuskan. Pilih usulannya, lalu tekan Putuskan.",
                nullptr, undecided)});
    }
    for (const RequestConflict &c : RequestConflicts(m_db, m_clock).among(approved)) {
        out.append({QStringLiteral("meeting.conflict_approved"),
                    tr("Keduanya disetujui: %1").arg(c.message)});
    }
    if (signerOf(*m).first.isEmpty()) {
        out.append({QStringLiteral("meeting.head_missing"),
                    tr("Nama lurah/kepala desa yang menandatangani belum diisi. Isi di Pengaturan "
                       "→ Surat & kop (Nama lurah/kepala desa), atau pada musyawarah ini lewat "
                       "tombol Ubah.")});
    }
    if (m->kind == MeetingKind::Sptjm) {
        if (m->sptjmReason.trimmed().isEmpty()) {
            out.append(
                {QStringLiteral("meeting.sptjm_reason"),
                 tr("Tuliskan alasan musyawarah tidak dapat dilaksanakan, lewat tombol Ubah.")});
        }
        return out;
    }
    if (m->place.trimmed().isEmpty()) {
        out.append({QStringLiteral("meeting.place_missing"),
                    tr("Tempat musyawarah belum diisi. Isi lewat tombol Ubah.")});
    }
    const Result<QList<Attendee>> people = attendees(meetingId);
    if (!people) {
        return people.error();
    }
    if (people->isEmpty()) {
        out.append({QStringLiteral("meeting.no_attendance"),
                    tr("Daftar hadir masih kosong. Catat peserta lewat tombol Tambah hadir.")});
    }
    return out;
}

std::pair<QString, QString> DeliberationService::signerOf(const Meeting &meeting) const
{
    if (!meeting.headName.trimmed().isEmpty()) {
        return {meeting.headName.trimmed(), meeting.headNip.trimmed()};
    }
    const LetterSettings settings = LetterSettings::load(m_db);
    return {settings.headName.trimmed(), settings.headNip.trimmed()};
}

Result<Meeting> DeliberationService::finalise(qint64 meetingId,
                                              const MeetingDocumentRenderer &render) const
{
    if (const Status s = m_session.require(Permission::Decide); !s) {
        return s.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    if (const Status s = readyToFinalise(meetingId); !s) {
        return s.error();
    }
    const Meeting meeting = get(meetingId).value();
    if (meeting.headName.trimmed().isEmpty()) {
        // Signed by the head named in the letter settings: the meeting keeps who signed.
        const auto [name, nip] = signerOf(meeting);
        Result<QSqlQuery> signer = m_db.query(
            QStringLiteral("UPDATE meeting SET head_name = ?, head_nip = ? WHERE id = ?"),
            {name, nip, meetingId});
        if (!signer) {
            return signer.error();
        }
    }
    const bool sptjm = meeting.kind == MeetingKind::Sptjm;
    const QString kind = sptjm ? QStringLiteral("sptjm") : QStringLiteral("minutes");
    const ChangeRequestRepository requests(m_db, m_clock);
    // The berita acara states conflicts of interest as they stand at the meeting, not as they
    // stood when each proposal was drafted.
    const Result<QList<AgendaItem>> before = items(meetingId);
    if (!before) {
        return before.error();
    }
    for (const AgendaItem &item : *before) {
        if (const Status s = requests.reassessRecommendation(item.request.id); !s) {
            return s.error();
        }
    }
    const Result<QList<AgendaItem>> agenda = items(meetingId);
    if (!agenda) {
        return agenda.error();
    }
    int counts[3] = {0, 0, 0};
    for (const AgendaItem &item : *agenda) {
        const Status moved =
            requests.transition(item.request.id, MeetingVocabulary::stateAfter(*item.decision),
                                m_session.username(), item.reason);
        if (!moved) {
            return moved.error();
        }
        ++counts[int(*item.decision)];
    }
    Result<MinutesContent> content =
        this->content(meetingId, sptjm ? MeetingDocument::Sptjm : MeetingDocument::Minutes);
    if (!content) {
        return content.error();
    }
    content->draft = false;
    NewLetter letter;
    letter.kind = sptjm ? LetterKind::Sptjm : LetterKind::Minutes;
    letter.numbering = content->settings.numbering(sptjm ? content->settings.codeSptjm
                                                         : content->settings.codeMinutes);
    letter.issuedOn = meeting.heldOn;
    letter.subjectName = MeetingVocabulary::label(meeting.kind);
    letter.meetingId = meetingId;
    const Result<IssuedDocument> issued = issueDocument(letter, *content, render, kind);
    if (!issued) {
        return issued.error();
    }
    const QString sha = issued->sha256;
    Result<QSqlQuery> photoList = m_db.query(
        QStringLiteral("SELECT sha256 FROM meeting_photo WHERE meeting_id = ?"), {meetingId});
    if (!photoList) {
        return photoList.error();
    }
    QStringList photoShas;
    while (photoList->next()) {
        photoShas << photoList->value(0).toString();
    }
    for (const AgendaItem &item : *agenda) {
        if (*item.decision != Decision::Approved) {
            continue;
        }
        // The request records what approved it: this berita acara or SPTJM, by its number.
        if (const Status s = requests.setApproval(
                item.request.id,
                {sptjm ? ApprovalBasis::Sptjm : ApprovalBasis::Minutes, issued->number});
            !s) {
            return s.error();
        }
        QList<std::pair<QString, QString>> links{{sha, kind}};
        for (const QString &photo : std::as_const(photoShas)) {
            links.append({photo, QStringLiteral("meeting_photo")});
        }
        for (const auto &[file, role] : links) {
            Result<QSqlQuery> link = m_db.query(
                QStringLiteral("INSERT OR IGNORE INTO request_attachment(request_id, sha256, "
                               "role) VALUES(?, ?, ?)"),
                {item.request.id, file, role});
            if (!link) {
                return link.error();
            }
        }
    }
    Result<QSqlQuery> done = m_db.query(
        QStringLiteral("UPDATE meeting SET state = 'finalised', finalised_at = ?, finalised_by = "
                       "?, letter_id = ?, minutes_sha256 = ? WHERE id = ?"),
        {storedTime(m_clock.now()), m_session.username(), issued->letterId, sha, meetingId});
    if (!done) {
        return done.error();
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(m_session.username(), QStringLiteral("meeting.finalise"),
                                   QStringLiteral("meeting"), QString::number(meetingId),
                                   {{QStringLiteral("number"), issued->number},
                                    {QStringLiteral("sha256"), sha},
                                    {QStringLiteral("approved"), counts[0]},
                                    {QStringLiteral("rejected"), counts[1]},
                                    {QStringLiteral("deferred"), counts[2]}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(meetingId);
}

Result<Addendum> DeliberationService::addAddendum(qint64 meetingId, const QString &text,
                                                  const MeetingDocumentRenderer &render) const
{
    if (const Status s = m_session.require(Permission::Decide); !s) {
        return s.error();
    }
    if (text.trimmed().isEmpty()) {
        return Error{QStringLiteral("meeting.addendum_empty"), tr("Isi adendum belum ditulis.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<Meeting> meeting = get(meetingId);
    if (!meeting) {
        return meeting.error();
    }
    if (meeting->state != MeetingState::Finalised) {
        return Error{QStringLiteral("meeting.not_final"),
                     tr("Adendum hanya untuk musyawarah yang sudah final; musyawarah yang masih "
                        "direncanakan bisa diubah langsung.")};
    }
    Result<MinutesContent> content = this->content(meetingId, MeetingDocument::Addendum);
    if (!content) {
        return content.error();
    }
    content->addendumText = text.trimmed();
    content->addendumDate = m_clock.today();
    NewLetter letter;
    letter.kind = LetterKind::Addendum;
    letter.numbering = content->settings.numbering(content->settings.codeMinutes);
    letter.issuedOn = m_clock.today();
    letter.subjectName = QStringLiteral("Adendum ") + meeting->number;
    letter.meetingId = meetingId;
    const Result<IssuedDocument> issued =
        issueDocument(letter, *content, render, QStringLiteral("minutes_addendum"));
    if (!issued) {
        return issued.error();
    }
    const QString sha = issued->sha256;
    const QString now = storedTime(m_clock.now());
    Result<QSqlQuery> insert = m_db.query(
        QStringLiteral("INSERT INTO meeting_addendum(meeting_id, text, created_at, created_by, "
                       "letter_id, sha256) VALUES(?, ?, ?, ?, ?, ?)"),
        {meetingId, text.trimmed(), now, m_session.username(), issued->letterId, sha});
    if (!insert) {
        return insert.error();
    }
    Result<QSqlQuery> link = m_db.query(
        QStringLiteral("INSERT OR IGNORE INTO request_attachment(request_id, sha256, role) "
                       "SELECT request_id, ?, 'minutes_addendum' FROM meeting_item WHERE "
                       "meeting_id = ? AND decision = 'approved'"),
        {sha, meetingId});
    if (!link) {
        return link.error();
    }
    Addendum added;
    added.id = insert->lastInsertId().toLongLong();
    added.text = text.trimmed();
    added.createdAt = parseStoredTime(now);
    added.createdBy = m_session.username();
    added.number = issued->number;
    added.sha256 = sha;
    const auto audit =
        AuditTrail(m_db, m_clock)
            .record(m_session.username(), QStringLiteral("meeting.addendum"),
                    QStringLiteral("meeting"), QString::number(meetingId),
                    {{QStringLiteral("number"), added.number}, {QStringLiteral("sha256"), sha}});
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return added;
}

} // namespace tepat
