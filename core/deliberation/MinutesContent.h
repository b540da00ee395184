#pragma once

#include "core/common/Result.h"
#include "core/deliberation/Meeting.h"
#include "core/letters/LetterSettings.h"

#include <functional>

namespace tepat {

// The documents of a musyawarah, as data for the PDF renderer (tepat_documents).
enum class MeetingDocument
{
    Minutes,        // berita acara with its attachments (attendance, BNBA list)
    AttendanceList, // daftar hadir with a signature column, printed before the meeting
    Sptjm,          // surat pernyataan tanggung jawab mutlak with its BNBA list
    Addendum        // adendum berita acara
};

// One decided request in the by-name-by-address list (BNBA).
struct DecisionRow
{
    QString kindLabel; // Indonesian
    QString householdId;
    QString personId;
    QString nik;
    QString name;
    QString address; // street, RT/RW
    std::optional<Decision> decision;
    QString reason;
    QString detail; // who else: "seluruh keluarga pindah, 4 orang", "anggota baru"
    // "Diusulkan oleh: Rina Wati; melalui Ketua RT 003/RW 002 Darto"; empty when not recorded.
    QString recommendation;
    // The conflicts of interest ("pengusul satu KK; …"); empty when there is none.
    QString conflictOfInterest;
};

struct MinutesContent
{
    MeetingDocument document = MeetingDocument::Minutes;
    bool draft = false; // not finalised: printed with a DRAF mark and no number
    Meeting meeting;
    QString number;
    LetterSettings settings; // letterhead, place, font, head of the village
    QString villageCode;     // for the time zone (WIB, WITA, WIT)
    QList<Attendee> attendees;
    QList<DecisionRow> rows;
    QString addendumText;
    QDate addendumDate;
};

// Renders a meeting document to PDF bytes. Given to the deliberation service by the caller so
// tepat_core needs no QtGui.
using MeetingDocumentRenderer = std::function<Result<QByteArray>(const MinutesContent &content)>;

} // namespace tepat
