#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/domain/Finding.h"
#include "core/questionnaire/QuestionnaireAnswers.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace tepat {

class Clock;
class Database;

// Where a set of answers was given: at the office, on a field laptop, or brought to a laptop by
// its work package (the office's last answers, read-only there).
enum class ResponseOrigin
{
    Office,
    Field,
    Package
};

struct QuestionnaireResponse
{
    QString uuid;
    QString householdId;
    QuestionnaireAnswers answers;
    Findings warnings; // the warnings standing when it was saved
    ResponseOrigin origin = ResponseOrigin::Field;
    QString deviceKey; // laptop's public key (hex); "" at the office
    int revision = 0;
    QString recordedBy;
    QDateTime updatedAt;
};

// The questionnaire answers of households, stored as coded answers with the definition's id
// and version (questionnaire_response). One response per household and device, revised in
// place; saving needs Permission::Draft and is audited ("questionnaire.save", never an answer
// value in the details). Saving does not require the answers to be complete: the form autosaves
// work in progress, and the visit decides what it needs.
class QuestionnaireResponses
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireResponses)

public:
    QuestionnaireResponses(const Database &db, const Clock &clock);

    // The household's current answers: the office's own response where there is one (a bundle
    // merge keeps it up to date), else the newest, whatever its origin.
    Result<std::optional<QuestionnaireResponse>> latest(const QString &householdId) const;
    // The response this device keeps for the household.
    Result<std::optional<QuestionnaireResponse>> of(const QString &householdId,
                                                    const QString &deviceKey) const;
    Result<std::optional<QuestionnaireResponse>> byUuid(const QString &uuid) const;

    Result<QuestionnaireResponse> save(const Session &session, const QString &householdId,
                                       const QString &deviceKey, ResponseOrigin origin,
                                       const QuestionnaireAnswers &answers,
                                       const Findings &warnings = {}) const;

    // Bundle merge (office): sets the office's own response of the household to the merged
    // answers (a new revision, or the first), as `recordedBy` — the field account whose answers
    // came in. No audit entry of its own: the merge's entry covers it. Inside the caller's
    // transaction; nothing is written when the answers are already these.
    Result<QuestionnaireResponse> adopt(const QString &householdId,
                                        const QuestionnaireAnswers &answers,
                                        const QString &recordedBy) const;

    // Bundle and package code: stores a response as it came (same uuid), unless this store has
    // the same or a newer revision of it. True when it was written.
    Result<bool> put(const QuestionnaireResponse &response) const;

    static QString code(ResponseOrigin origin);
    static ResponseOrigin originFromCode(QStringView code);
    static QJsonObject toJson(const QuestionnaireResponse &response);
    static QuestionnaireResponse fromJson(const QJsonObject &o);

private:
    Result<std::optional<QuestionnaireResponse>> one(const QString &where,
                                                     const QVariantList &values) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
