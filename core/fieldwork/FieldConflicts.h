#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace tepat {

class Clock;
class Database;

// What a conflict is about (field_conflict.subject).
enum class ConflictKind
{
    Location,      // "location": the office recorded its own point since the package
    Answer,        // "questionnaire:<field>": both sides changed the same answer
    MemberFinding, // "member:<person id>": a death or move of someone the office changed
};

// How the operator settles it (field_conflict.resolution).
enum class ConflictChoice
{
    KeepOffice, // "office": the office's value stays; the field value stays recorded
    AdoptField, // "field": the field value becomes the office's
};

// One open disagreement between the office and a laptop, both sides as the merge kept them.
struct FieldConflict
{
    qint64 id = 0;
    ConflictKind kind = ConflictKind::Location;
    QString subject; // as stored
    QString householdId;
    QString headName;
    QString rw;
    QString rt;
    QString bundleId;
    QString assignee; // the field account of the laptop that sent it
    QDate visitedOn;  // the laptop's visit of the household (invalid when none)
    QString what;     // readable: "Titik lokasi", the question's label, the member's name
    QJsonValue officeValue;
    QJsonValue fieldValue;
    QString officeText; // readable, with who recorded it
    QString fieldText;
    QDateTime recordedAt;
    bool canAdoptField = true; // member findings: only "keep office" for now
};

// Office: the field_conflict rows the results bundle merges left for the operator (see
// ResultsBundleMerger, QuestionnaireMerge, VisitFindingDrafts), and settling them. Resolving
// needs Permission::Draft (as the merge does), writes the resolution (when, who, which side)
// and its audit entry ("fieldwork.conflict_resolve": the row id, the kind and the side, never a
// value) in one transaction. Adopting the field's point writes it as the household's newest
// location the way a clean merge does (so it is that laptop's base: its next point is no
// conflict with it); adopting the field's answer sets it in the office's own
// questionnaire response. A member finding can only keep the office's data for now (the field
// value stays recorded). A resolved conflict is never open again: the merge keeps every row by
// laptop item and subject, so the same or a re-exported bundle does not bring it back.
class FieldConflicts
{
    Q_DECLARE_TR_FUNCTIONS(FieldConflicts)

public:
    FieldConflicts(const Database &db, const Clock &clock);

    static Status permitted(const Session &session);

    // Open conflicts, oldest first.
    Result<QList<FieldConflict>> open() const;
    Result<int> openCount() const;

    Status resolve(const Session &session, qint64 conflictId, ConflictChoice choice) const;

    static std::optional<ConflictKind> kindOf(const QString &subject);
    static QString code(ConflictKind kind);
    static QString code(ConflictChoice choice);
    static QString label(ConflictKind kind);

private:
    Status adoptAnswer(const Session &session, const QString &householdId, const QString &field,
                       const QJsonValue &fieldValue) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
