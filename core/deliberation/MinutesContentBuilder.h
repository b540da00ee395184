#pragma once

#include "core/deliberation/MinutesContent.h"

namespace tepat {

class Clock;
class Database;

// What a document of a musyawarah shows (berita acara, daftar hadir, SPTJM, addendum): the
// meeting, the office's letter settings, the attendance and one by-name-by-address row per
// agenda item, with whom each is about (RequestSubjects): from the register, or from the draft of a
// new family, a new member or a citizen's report.
class MinutesContentBuilder
{
public:
    MinutesContentBuilder(const Database &db, const Clock &clock);

    MinutesContent build(const Meeting &meeting, const QList<Attendee> &attendees,
                         const QList<AgendaItem> &agenda, MeetingDocument document) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
