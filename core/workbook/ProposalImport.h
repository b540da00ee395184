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

// One cell of a proposal row as read (or as the operator corrected it): the column's key
// ("nik", "program", "no_kk") and its value (text, number, date).
struct ProposalCell
{
    QString column;
    QVariant value;
};

struct ProposalRow
{
    QString sheet;
    int row = 0; // as Excel shows it
    ChangeRequest request;
    QList<ProposalCell> cells; // the row's values, in the sheet's column order
    QList<ProposalIssue> issues;
    qint64 createdId = 0; // after create()

    Severity worst() const;
};

struct ProposalCheck
{
    QList<ProposalRow> rows;
    QStringList ignoredSheets; // sheets that are not proposals (a note, a lookup list)
    // Headers of proposal sheets that no request takes, such as a DTSEN export's
    // desil_nasional (the desil comes from BPS) and its housing and asset columns (the
    // register keeps none): read past, never stored.
    QStringList ignoredColumns;
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
    // Builds the request again from the row's cells (after the operator corrected some) and
    // checks it again; the issues are replaced.
    void recheck(ProposalRow &row) const;
    // The drafts, one transaction; refused when check found an error on any row. `progress`
    // gets (created, total) and may stop it: then nothing is created.
    Status create(ProposalCheck &checked, const ReadProgress &progress = {}) const;

private:
    void validate(ProposalRow &row) const;
    static void markRepeatedRows(QList<ProposalRow> &rows);

    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace tepat
