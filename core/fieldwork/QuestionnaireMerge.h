#pragma once

#include "core/common/Result.h"
#include "core/fieldwork/FieldSeal.h"

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

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
