#include "core/requests/RequestChannel.h"

#include "core/requests/ChangeRequest.h"

namespace tepat {

namespace {

struct ChannelInfo
{
    RequestChannel channel;
    const char *code;
    const char *label;
};

const ChannelInfo kChannels[] = {
    {RequestChannel::Counter, "counter",
     QT_TRANSLATE_NOOP("RequestChannels", "Loket kelurahan/desa")},
    {RequestChannel::FieldVisit, "field_visit",
     QT_TRANSLATE_NOOP("RequestChannels", "Kunjungan lapangan")},
    {RequestChannel::Musyawarah, "musyawarah",
     QT_TRANSLATE_NOOP("RequestChannels", "Musyawarah desa/kelurahan")},
    {RequestChannel::CekBansosProposal, "cek_bansos_usul",
     QT_TRANSLATE_NOOP("RequestChannels", "Cek Bansos: usul")},
    {RequestChannel::CekBansosObjection, "cek_bansos_sanggah",
     QT_TRANSLATE_NOOP("RequestChannels", "Cek Bansos: sanggah")},
};

} // namespace

QList<RequestChannel> RequestChannels::all()
{
    QList<RequestChannel> out;
    for (const ChannelInfo &c : kChannels) {
        out << c.channel;
    }
    return out;
}

QString RequestChannels::code(RequestChannel channel)
{
    for (const ChannelInfo &c : kChannels) {
        if (c.channel == channel) {
            return QLatin1String(c.code);
        }
    }
    return {};
}

std::optional<RequestChannel> RequestChannels::fromCode(QStringView code)
{
    for (const ChannelInfo &c : kChannels) {
        if (code == QLatin1String(c.code)) {
            return c.channel;
        }
    }
    return std::nullopt;
}

QString RequestChannels::label(RequestChannel channel)
{
    for (const ChannelInfo &c : kChannels) {
        if (c.channel == channel) {
            return tr(c.label);
        }
    }
    return {};
}

RequestChannel RequestChannels::defaultFor(RequestKind)
{
    // Most requests are taken at the counter; the operator picks another channel in the form.
    return RequestChannel::Counter;
}

bool RequestChannels::fits(RequestChannel channel, RequestKind kind)
{
    switch (channel) {
    case RequestChannel::CekBansosObjection:
        return kind == RequestKind::Objection || kind == RequestKind::Removal;
    case RequestChannel::CekBansosProposal:
        return kind == RequestKind::CitizenProposal || kind == RequestKind::NewHousehold ||
               kind == RequestKind::NewMember || kind == RequestKind::ProgramProposal;
    case RequestChannel::Counter:
    case RequestChannel::FieldVisit:
    case RequestChannel::Musyawarah:
        return true;
    }
    return true;
}

QString RequestChannels::code(ApprovalBasis basis)
{
    return basis == ApprovalBasis::Sptjm ? QStringLiteral("sptjm") : QStringLiteral("berita_acara");
}

std::optional<ApprovalBasis> RequestChannels::basisFromCode(QStringView code)
{
    if (code == u"berita_acara") {
        return ApprovalBasis::Minutes;
    }
    if (code == u"sptjm") {
        return ApprovalBasis::Sptjm;
    }
    return std::nullopt;
}

QString RequestChannels::label(ApprovalBasis basis)
{
    return basis == ApprovalBasis::Sptjm ? tr("SPTJM") : tr("Berita acara musyawarah");
}

QString RequestChannels::describe(const RequestApproval &approval)
{
    return approval.number.isEmpty() ? label(approval.basis)
                                     : tr("%1 No. %2").arg(label(approval.basis), approval.number);
}

} // namespace tepat
