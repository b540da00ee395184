#pragma once

#include "core/deliberation/MinutesContent.h"
#include "core/documents/DocumentWriter.h"

namespace tepat {

// One neighbourhood of the BNBA: RW and RT as three digits ("001"); empty when the address
// names none.
struct BnbaGroup
{
    QString rw;
    QString rt;
    QList<DecisionRow> rows;
};

// The by-name-by-address list of a musyawarah's approved requests per RW/RT, printable on A4
// or F4 in landscape: a heading per RW and per RT, a running header with the village's
// identity and the meeting on every page, and "Halaman N dari M" at the foot.
class BnbaDocument
{
public:
    // The approved rows grouped per RW, then RT (in number order; no RT/RW last), each group
    // in the order of the agenda.
    static QList<BnbaGroup> groups(const MinutesContent &content);

    static PrintableDocument build(const MinutesContent &content);
    static Result<QByteArray> pdf(const MinutesContent &content, Paper paper);
};

} // namespace tepat
