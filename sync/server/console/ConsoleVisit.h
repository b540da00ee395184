#pragma once

#include "core/questionnaire/QuestionnaireCatalog.h"
#include "sync/server/console/ConsoleHtml.h"
#include "sync/server/console/ConsoleQueries.h"

#include <QJsonObject>

#include <optional>

namespace tepat::central::console {

// The "Kunjungan lapangan" section of a request page: the visit's date, outcome and field
// worker, its GPS point with accuracy and distance from the village's reference point, and
// the questionnaire answers with the labels of the same definition the desktop used (the
// resource built into tepat_core); answers of a version this server does not know are shown
// as their codes.
class ConsoleVisit
{
public:
    static QString section(const PageContext &c, const QJsonObject &visit,
                           const HouseholdView &household,
                           const std::optional<VillageCentre> &centre,
                           const QuestionnaireCatalog &catalog = QuestionnaireCatalog::builtin());
    // Great-circle distance on a sphere of the Earth's mean radius.
    static double distanceMetres(double lat1, double lon1, double lat2, double lon2);

private:
    static QString point(const PageContext &c, const QJsonObject &location,
                         const std::optional<VillageCentre> &centre);
    static QString answers(const PageContext &c, const QJsonObject &questionnaire,
                           const HouseholdView &household, const QuestionnaireCatalog &catalog);
};

} // namespace tepat::central::console
