#pragma once

#include "core/common/Result.h"
#include "core/domain/Finding.h"
#include "core/requests/ChangeRequest.h"
#include "core/workbook/XlsxReader.h"

#include <QCoreApplication>

namespace tepat {

class Clock;
class Database;
class Session;

// What was found on one row of a bulk-proposal workbook. `column` is the header of the cell
// it is about (empty: the whole row).
struct ProposalIssue
{
    Severity severity = Severity::Error;
    QString column;
    QString message;
};

struct ProposalRow
{
    QString sheet;
    int row = 0; // as Excel shows it
    ChangeRequest request;
    QList<ProposalIssue> issues;
    qint64 createdId = 0; // after create()

    Severity worst() const;
};

struct ProposalCheck
{
    QList<ProposalRow> rows;
    QStringList ignoredSheets; // sheets that are not proposals (a note, a lookup list)
    int refused() const;
};

// Bulk proposals from a workbook (Tepat's template, or a sheet with the same headers such as a
// DTSEN family export): every row is turned into a change request and checked with the
// RequestValidator before anything is created; create() then makes all drafts in one
// transaction, or none when any row is refused.
class ProposalImport
{
    Q_DECLARE_TR_FUNCTIONS(ProposalImport)

public:
    ProposalImport(const Database &db, const Clock &clock, const Session &session);

    Result<ProposalCheck> check(const QString &path, const ReadProgress &progress = {}) const;
    // The drafts, one transaction; refused when check found an error on any row.
    Status create(ProposalCheck &checked) const;

private:
    void checkRow(ProposalRow &row) const;

    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace tepat
