#pragma once

#include "core/common/Result.h"
#include "core/requests/ChangeRequest.h"
#include "core/workbook/XlsxWriter.h"

#include <QCoreApplication>

namespace tepat {

// The vocabulary a column's codes come from (a drop-down list in the template).
enum class CodeList
{
    None,
    Program,
    Sex,
    Relationship,
    MaritalStatus,
    Disability,
    RemovalReason
};

// One column of a bulk-proposal sheet: its header (a stable key, also in DTSEN exports), where
// the value goes in the request, and how it is typed.
struct ProposalColumn
{
    const char *key;     // header in the workbook: "id_keluarga", "nik", "program", …
    const char *payload; // "household_id", "person_id", "nik" (find the person), or a payload
                         // path such as "program", "member/name"
    CellKind kind = CellKind::Text;
    CodeList codes = CodeList::None;
    double width = 16;
};

struct ProposalSheetLayout
{
    RequestKind kind;
    const char *title; // QT_TRANSLATE_NOOP("ProposalLayout", …): the sheet's name
    QList<ProposalColumn> columns;
    QStringList aliases; // other sheet names that mean this kind
};

// The bulk-proposal workbook Tepat ships: one sheet per request kind (usulan program, anggota
// baru, penghapusan), a header of stable keys, drop-down lists for every coded column.
class ProposalLayout
{
    Q_DECLARE_TR_FUNCTIONS(ProposalLayout)

public:
    static const QList<ProposalSheetLayout> &sheets();
    static QStringList codes(CodeList list);
    // The column a header names ("NIK", " nik ", "Desil Nasional" → "desil_nasional"), with
    // the aliases of a DTSEN family export (no_kk, nama_lengkap, id_art, …).
    static QString normaliseHeader(const QString &header);

    static Status writeTemplate(const QString &path);
};

} // namespace tepat
