#pragma once

#include "core/domain/Finding.h"
#include "core/matching/MatchRecord.h"
#include "core/requests/ChangeRequest.h"

#include <QCoreApplication>
#include <QDate>

namespace tepat {

class Database;
struct Person;

// The domain rules a change request must meet before it may go on a musyawarah agenda, per
// kind (docs/domain.md). Errors block; warnings are allowed once the operator has explicitly
// chosen to continue ("lanjutkan"), and are then recorded with the request. A draft may be saved
// in any state: this says what is still missing.
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)

public:
    RequestValidator(const Database &db, QDate today);

    Findings validate(const ChangeRequest &request) const;

    // No errors, and every warning acknowledged (same code and field).
    static bool isReady(const Findings &findings, const Findings &acknowledged);
    static Findings unacknowledgedWarnings(const Findings &findings, const Findings &acknowledged);

private:
    // `where`: the family the person would join (its place), as far as it is known.
    void person(const QJsonObject &p, const QString &field, const QString &excludePersonId,
                Findings &out, const PersonFacts &where = {}) const;
    void household(const ChangeRequest &r, Findings &out) const;
    void newHousehold(const ChangeRequest &r, Findings &out) const;
    void newMember(const ChangeRequest &r, Findings &out) const;
    void correction(const ChangeRequest &r, Findings &out) const;
    void programProposal(const ChangeRequest &r, Findings &out) const;
    void removal(const ChangeRequest &r, Findings &out) const;
    void removedMember(const ChangeRequest &r, const Person &removed, Findings &out) const;
    bool headIsBeingReplaced(const ChangeRequest &r, const QString &personId) const;
    void secondHead(const ChangeRequest &r, const Person &target, const QString &at,
                    Findings &out) const;
    void reusedPhotos(const ChangeRequest &r, Findings &out) const;
    void relocation(const ChangeRequest &r, Findings &out) const;
    void movers(const ChangeRequest &r, Findings &out) const;
    void counterReport(const ChangeRequest &r, Findings &out) const;
    void fieldValue(const QString &field, const QString &value, const QString &path,
                    Findings &out) const;

    const Database &m_db;
    QDate m_today;
};

} // namespace tepat
