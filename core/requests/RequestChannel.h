#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tepat {

enum class RequestKind;

// Where a request came from (domain.md, "Two ways in"): the village's formal route — the
// counter at the kelurahan, a field visit, the musyawarah itself — or the citizens' route through
// the Cek Bansos app (usul, sanggah).
enum class RequestChannel
{
    Counter,
    FieldVisit,
    Musyawarah,
    CekBansosProposal, // Cek Bansos: usul
    CekBansosObjection // Cek Bansos: sanggah
};

// What approved a request before it was sent: the berita acara of a musyawarah, or an SPTJM
// signed by the head of the village where no meeting could be held; with its register number.
enum class ApprovalBasis
{
    Minutes, // berita acara
    Sptjm
};

struct RequestApproval
{
    ApprovalBasis basis = ApprovalBasis::Minutes;
    QString number;
};

class RequestChannels
{
    Q_DECLARE_TR_FUNCTIONS(RequestChannels)

public:
    static QList<RequestChannel> all();
    static QString code(RequestChannel channel);
    static std::optional<RequestChannel> fromCode(QStringView code);
    static QString label(RequestChannel channel);
    // The channel a new draft of this kind starts with.
    static RequestChannel defaultFor(RequestKind kind);
    // Cek Bansos sanggah carries objections; Cek Bansos usul carries proposals.
    static bool fits(RequestChannel channel, RequestKind kind);

    static QString code(ApprovalBasis basis);
    static std::optional<ApprovalBasis> basisFromCode(QStringView code);
    static QString label(ApprovalBasis basis);
    // "Berita acara No. 400.9.14.1/0128/Kel.Bangsal/XI/2026".
    static QString describe(const RequestApproval &approval);
};

} // namespace tepat
