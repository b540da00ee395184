#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tepat {

// How a verification visit ended. A household without a visit is still to do.
enum class VisitOutcome
{
    Visited,  // the family was met
    NotFound, // nobody of the family lives at the address (tidak ditemukan)
    Refused   // the family refused the visit
};

// What a visit found about one member, or a member found who is not in the register.
enum class MemberFinding
{
    Present,
    Died,
    Moved,
    New
};

struct VisitMember
{
    QString memberKey; // person id, or "baru-N" for a new member
    MemberFinding finding = MemberFinding::Present;
    QDate date;         // died / moved
    QString place;      // moved: where to
    QJsonObject person; // new: name, sex, birth_date, relationship (RequestPayload keys)
};

struct Visit
{
    QString uuid;
    QString householdId;
    VisitOutcome outcome = VisitOutcome::Visited;
    QDate visitedOn;
    QString notes;
    int revision = 0;
    QString recordedBy;
    QDateTime updatedAt;
    QString deviceKey;
    QList<VisitMember> members;
};

class VisitVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(VisitVocabulary)

public:
    static QString code(VisitOutcome outcome);
    static std::optional<VisitOutcome> outcomeFromCode(QStringView code);
    static QString label(VisitOutcome outcome);
    static QString label(std::optional<VisitOutcome> outcome); // "Belum dikunjungi" when empty
    static QList<VisitOutcome> allOutcomes();
    static QString code(MemberFinding finding);
    static std::optional<MemberFinding> findingFromCode(QStringView code);
    static QString label(MemberFinding finding);
};

} // namespace tepat
