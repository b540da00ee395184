#pragma once

#include "core/common/Result.h"
#include "core/deliberation/MinutesContent.h"
#include "core/letters/LetterRegister.h"
#include "core/matching/RegisterScan.h"
#include "core/register/HouseholdBrowser.h"
#include "core/requests/ChangeRequestRepository.h"

#include <QCoreApplication>

#include <functional>

namespace tepat {

class Clock;
class Database;
class Session;

// Called after each block of rows with (done, total); returning false cancels the export, which
// then leaves no file.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// The lists the operator sees, as .xlsx workbooks for Dinsos: the households with the Keluarga
// page's filters, the Usulan list, the letter register, a musyawarah's BNBA and the likely
// duplicates. NIK and KK are
// text, dates are dates. Each returns the number of data rows written.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    ListExport(const Database &db, const Session &session);

    Result<qint64> households(const HouseholdFilter &filter, const QString &path,
                              const ExportProgress &progress = {}) const;
    Result<qint64> requests(const RequestFilter &filter, const Clock &clock, const QString &path,
                            const ExportProgress &progress = {}) const;
    Result<qint64> letters(const LetterQuery &query, const Clock &clock, const QString &path,
                           const ExportProgress &progress = {}) const;
    // The by-name-by-address list of a meeting (DeliberationService::content), sorted by RW,
    // RT and address so it can be read out per neighbourhood.
    Result<qint64> bnba(const MinutesContent &content, const QString &path) const;
    // The Kemungkinan ganda list: both persons of each pair (ids, names, NIK as text, birth
    // dates as dates), the score and the reasons; pairs below `minScore` are left out.
    Result<qint64> duplicates(const QList<LikelyDuplicate> &pairs, const QString &path,
                              double minScore = 0, const ExportProgress &progress = {}) const;

private:
    Error cancelled() const;

    const Database &m_db;
    const Session &m_session;
};

} // namespace tepat
