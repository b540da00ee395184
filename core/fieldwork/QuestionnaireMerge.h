#pragma once

#include "core/common/Result.h"
#include "core/fieldwork/FieldSeal.h"
#include "core/questionnaire/QuestionnaireAnswers.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
struct BundleMergeReport;

// Office: the questionnaire answers of a results bundle. Each laptop response is kept as it came
// (by uuid and revision: the same or an older revision adds nothing), and its changes go into
// the office's own answers of the household answer by answer. A change is measured against the
// field side's base: the revision of the same response merged before, else the answers the
// work package carried (field_assignment.base_answers). An answer the office changed since that
// base, and the laptop changed to something else, keeps the office's value and is recorded in
// field_conflict (subject "questionnaire:<field>", both values) for the operator; it counts as
// a conflict.
class QuestionnaireMerge
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireMerge)

public:
    QuestionnaireMerge(const Database &db, const Clock &clock);

    Status merge(const FieldContents &contents, const QString &deviceHex, const QString &assignee,
                 const QString &bundleId, BundleMergeReport &report) const;

    // Sets one answer by its finding field ("household/<q>", "person/<key>/<q>"); an undefined
    // or null value removes it (an absent answer is a value too). False for a field of neither
    // form. Used by the merge and by a conflict resolved for the field (FieldConflicts).
    static bool setAnswer(QuestionnaireAnswers &answers, const QString &field,
                          const QJsonValue &value);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
