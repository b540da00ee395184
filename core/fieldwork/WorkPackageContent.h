#pragma once

#include "core/common/Result.h"
#include "core/fieldwork/FieldSeal.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace tepat {

class Clock;
class Database;

// The data of a work package, read from the office store: the village, the households, their
// members and current programmes, each household's current point, and the thumbnails of its
// photos (files by content). Body keys: village {code, name, …, data_date}, households [{…}],
// persons [{…}], programs [{person_id, program, since}], locations [{household_id, latitude,
// longitude, accuracy_m, recorded_at, source}], photos [{household_id, sha256, view}],
// questionnaires [QuestionnaireResponses::toJson of each household's current answers] (the base the
// office's merge later compares the laptop's answers with).
class WorkPackageContent
{
    Q_DECLARE_TR_FUNCTIONS(WorkPackageContent)

public:
    WorkPackageContent(const Database &db, const Clock &clock, QString filesRoot);

    Result<FieldContents> collect(const QStringList &householdIds, const QString &village);
    int persons() const { return m_persons; }
    int locations() const { return m_locations; }
    int questionnaires() const { return int(m_bases.size()); }
    // The answers the package carries for the household ({} when it has none).
    QJsonObject baseAnswers(const QString &householdId) const { return m_bases.value(householdId); }

private:
    const Database &m_db;
    const Clock &m_clock;
    QString m_filesRoot;
    int m_persons = 0;
    int m_locations = 0;
    QHash<QString, QJsonObject> m_bases;
};

} // namespace tepat
