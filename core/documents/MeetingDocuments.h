#pragma once

#include "core/deliberation/MinutesContent.h"
#include "core/documents/DocumentWriter.h"

namespace tepat {

// The documents of a musyawarah as printable documents: berita acara (with the attendance list
// and the by-name-by-address list attached), the attendance list on its own (to be signed at
// the meeting), the SPTJM that stands in for a meeting, and an addendum.
class MeetingDocuments
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDocuments)

public:
    static PrintableDocument build(const MinutesContent &content, const QImage &logo);
    static Result<QByteArray> pdf(const MinutesContent &content, const QImage &logo, Paper paper);
    // The renderer the deliberation service calls when it finalises; paper from the settings.
    static MeetingDocumentRenderer renderer(const QString &filesRoot);
    // "WIB", "WITA" or "WIT" for a village code.
    static QString timeZone(const QString &villageCode);
};

} // namespace tepat
