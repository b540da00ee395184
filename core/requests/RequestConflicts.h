#pragma once

#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;

// Two requests on one household that cannot both be carried out: the same person taken out of
// the register twice (death and a move of the head, two removals), or a person corrected while
// another request takes them out. Checked before the agenda and again before finalising.
struct RequestConflict
{
    qint64 first = 0;
    qint64 second = 0;
    QString message; // Indonesian, says what contradicts and what to do
};

class RequestConflicts
{
    Q_DECLARE_TR_FUNCTIONS(RequestConflicts)

public:
    RequestConflicts(const Database &db, const Clock &clock);

    // Every contradicting pair among `requests`, each once, in the order of the list.
    QList<RequestConflict> among(const QList<ChangeRequest> &requests) const;

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
