#pragma once

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tepat {

// The statuses a disbursement goes through in the register (domain.md), from the candidate list
// through the treasury (OM-SPAN, SPM) to the bank (SI) and the recipient (transaction or not).
enum class DisbursementStatus
{
    CalonPenerima,
    ProsesBurekol,
    Omspan,
    GagalOmspan,
    ProsesSpm,
    SuksesSpm,
    Si,
    TidakTransaksi,
    TidakLayakGis,
    Exclude
};

// One event of a family's disbursement history: a programme's period reached a status on a date.
struct Disbursement
{
    QString id; // the server's id of the event
    QString householdId;
    Program program = Program::Pkh;
    QString period; // "2026-11" (month) or "2026-T4" (tahap 1–4 of the year)
    DisbursementStatus status = DisbursementStatus::Si;
    QDate date;
    QString note;
    qint64 version = 0;

    // The wire form (docs/sync-protocol.md, entity `disbursement`).
    QJsonObject toJson() const;
    static std::optional<Disbursement> fromJson(const QString &id, const QJsonObject &data);
};

// Codes, the words of the upstream exports ("GAGAL OMSPAN") and what they mean in plain
// Indonesian for the counter.
class DisbursementText
{
    Q_DECLARE_TR_FUNCTIONS(DisbursementText)

public:
    static QString code(DisbursementStatus status);         // gagal_omspan
    static QString upstreamWord(DisbursementStatus status); // GAGAL OMSPAN
    static QString meaning(DisbursementStatus status);      // Gagal di OM-SPAN: …
    // Accepts the code or the upstream word, any case, spaces or underscores.
    static std::optional<DisbursementStatus> parse(QStringView text);
    static QList<DisbursementStatus> all();
    // Whether the status is a failure the family should hear about (shown in red).
    static bool isProblem(DisbursementStatus status);

    static bool validPeriod(QStringView period);
    static QString periodText(const QString &period); // "November 2026", "Tahap 4 tahun 2026"
    // "PKH Tahap 4 tahun 2026: SI (dana sudah …), 12 November 2026"
    static QString describe(const Disbursement &d);
    // The same for a letter, always Indonesian (documents are not translated): "PKH tahap 4
    // tahun 2026, status SI (dana sudah …), tanggal 12 November 2026".
    static QString documentText(const Disbursement &d, const QString &programName,
                                const QString &dateText);

private:
    static const char *plainMeaning(DisbursementStatus status);
};

} // namespace tepat
