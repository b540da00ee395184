#include "core/disbursements/Disbursement.h"

#include "core/common/Language.h"

#include <QRegularExpression>

namespace tepat {

namespace {

struct StatusEntry
{
    DisbursementStatus status;
    const char *code;
    const char *upstream;
};

constexpr StatusEntry kStatuses[] = {
    {DisbursementStatus::CalonPenerima, "calon_penerima", "SK/CALON PENERIMA"},
    {DisbursementStatus::ProsesBurekol, "proses_burekol", "PROSES BUREKOL"},
    {DisbursementStatus::Omspan, "omspan", "OMSPAN"},
    {DisbursementStatus::GagalOmspan, "gagal_omspan", "GAGAL OMSPAN"},
    {DisbursementStatus::ProsesSpm, "proses_spm", "PROSES SPM"},
    {DisbursementStatus::SuksesSpm, "sukses_spm", "SUKSES SPM"},
    {DisbursementStatus::Si, "si", "SI"},
    {DisbursementStatus::TidakTransaksi, "tidak_transaksi", "TIDAK TRANSAKSI"},
    {DisbursementStatus::TidakLayakGis, "tidak_layak_gis", "TIDAK LAYAK GIS"},
    {DisbursementStatus::Exclude, "exclude", "EXCLUDE"},
};

QString folded(QStringView text)
{
    QString s = text.trimmed().toString().toLower();
    s.replace(u'_', u' ').replace(u'/', u' ').replace(u'-', u' ');
    return s.simplified();
}

} // namespace

QString DisbursementText::code(DisbursementStatus status)
{
    for (const StatusEntry &e : kStatuses) {
        if (e.status == status) {
            return QString::fromLatin1(e.code);
        }
    }
    return {};
}

QString DisbursementText::upstreamWord(DisbursementStatus status)
{
    for (const StatusEntry &e : kStatuses) {
        if (e.status == status) {
            return QString::fromLatin1(e.upstream);
        }
    }
    return {};
}

const char *DisbursementText::plainMeaning(DisbursementStatus status)
{
    switch (status) {
    case DisbursementStatus::CalonPenerima:
        return QT_TR_NOOP("calon penerima, sudah masuk SK penetapan");
    case DisbursementStatus::ProsesBurekol:
        return QT_TR_NOOP("rekening penerima sedang dibuka secara kolektif oleh bank");
    case DisbursementStatus::Omspan:
        return QT_TR_NOOP("data sudah masuk sistem perbendaharaan (OM-SPAN)");
    case DisbursementStatus::GagalOmspan:
        return QT_TR_NOOP("gagal di sistem perbendaharaan (OM-SPAN), dana belum bisa disalurkan");
    case DisbursementStatus::ProsesSpm:
        return QT_TR_NOOP("surat perintah membayar (SPM) sedang diproses");
    case DisbursementStatus::SuksesSpm:
        return QT_TR_NOOP("SPM terbit, dana dikirim ke bank penyalur");
    case DisbursementStatus::Si:
        return QT_TR_NOOP("dana sudah dipindahkan ke rekening penerima");
    case DisbursementStatus::TidakTransaksi:
        return QT_TR_NOOP("dana ada di rekening tetapi belum diambil penerima");
    case DisbursementStatus::TidakLayakGis:
        return QT_TR_NOOP("dinyatakan tidak layak oleh pemeriksaan lokasi (GIS)");
    case DisbursementStatus::Exclude:
        return QT_TR_NOOP("dikeluarkan dari penyaluran (bekerja, tidak layak, atau meninggal)");
    }
    return "";
}

QString DisbursementText::meaning(DisbursementStatus status)
{
    return tr(plainMeaning(status));
}

std::optional<DisbursementStatus> DisbursementText::parse(QStringView text)
{
    const QString wanted = folded(text);
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    for (const StatusEntry &e : kStatuses) {
        if (wanted == folded(QString::fromLatin1(e.code)) ||
            wanted == folded(QString::fromLatin1(e.upstream))) {
            return e.status;
        }
    }
    if (wanted == QLatin1String("sk") || wanted == QLatin1String("calon penerima")) {
        return DisbursementStatus::CalonPenerima;
    }
    return std::nullopt;
}

QList<DisbursementStatus> DisbursementText::all()
{
    QList<DisbursementStatus> list;
    for (const StatusEntry &e : kStatuses) {
        list.append(e.status);
    }
    return list;
}

bool DisbursementText::isProblem(DisbursementStatus status)
{
    return status == DisbursementStatus::GagalOmspan ||
           status == DisbursementStatus::TidakTransaksi ||
           status == DisbursementStatus::TidakLayakGis || status == DisbursementStatus::Exclude;
}

bool DisbursementText::validPeriod(QStringView period)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(20[0-9]{2})-(0[1-9]|1[0-2]|T[1-4])$"));
    return pattern.match(period.toString()).hasMatch();
}

QString DisbursementText::periodText(const QString &period)
{
    if (!validPeriod(period)) {
        return period;
    }
    const int year = period.left(4).toInt();
    if (period.at(5) == u'T') {
        return tr("Tahap %1 tahun %2").arg(period.mid(6)).arg(year);
    }
    return Language::locale().toString(QDate(year, period.mid(5).toInt(), 1),
                                       QStringLiteral("MMMM yyyy"));
}

QString DisbursementText::describe(const Disbursement &d)
{
    return tr("%1 %2: %3 (%4), %5")
        .arg(vocabulary::label(d.program), periodText(d.period), upstreamWord(d.status),
             meaning(d.status), Language::formatDate(d.date));
}

QString DisbursementText::documentText(const Disbursement &d, const QString &programName,
                                       const QString &dateText)
{
    QString period = d.period;
    if (validPeriod(d.period)) {
        static const char *const months[] = {"Januari",   "Februari", "Maret",    "April",
                                             "Mei",       "Juni",     "Juli",     "Agustus",
                                             "September", "Oktober",  "November", "Desember"};
        period = d.period.at(5) == u'T'
                     ? QStringLiteral("tahap %1 tahun %2").arg(d.period.mid(6), d.period.left(4))
                     : QStringLiteral("bulan %1 %2")
                           .arg(QString::fromLatin1(months[d.period.mid(5).toInt() - 1]),
                                d.period.left(4));
    }
    return QStringLiteral("%1 %2, status %3 (%4), tanggal %5")
        .arg(programName, period, upstreamWord(d.status), QString::fromUtf8(plainMeaning(d.status)),
             dateText);
}

QJsonObject Disbursement::toJson() const
{
    return {{QStringLiteral("household_id"), householdId},
            {QStringLiteral("program"), vocabulary::code(program)},
            {QStringLiteral("period"), period},
            {QStringLiteral("status"), DisbursementText::code(status)},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("note"), note}};
}

std::optional<Disbursement> Disbursement::fromJson(const QString &id, const QJsonObject &data)
{
    Disbursement d;
    d.id = id;
    d.householdId = data.value(QLatin1String("household_id")).toString();
    const auto program =
        vocabulary::parse<Program>(data.value(QLatin1String("program")).toString());
    const auto status = DisbursementText::parse(data.value(QLatin1String("status")).toString());
    d.period = data.value(QLatin1String("period")).toString();
    d.date = QDate::fromString(data.value(QLatin1String("date")).toString(), Qt::ISODate);
    d.note = data.value(QLatin1String("note")).toString().left(500);
    if (id.isEmpty() || d.householdId.isEmpty() || !program || !status ||
        !DisbursementText::validPeriod(d.period) || !d.date.isValid()) {
        return std::nullopt;
    }
    d.program = *program;
    d.status = *status;
    return d;
}

} // namespace tepat
