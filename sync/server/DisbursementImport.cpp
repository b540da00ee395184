#include "sync/server/DisbursementImport.h"

#include "core/common/Clock.h"
#include "core/disbursements/Disbursement.h"
#include "core/importing/CsvReader.h"
#include "core/importing/CsvWriter.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/PiecewiseTransaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tepat::central {

namespace {

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

QJsonObject DisbursementImportReport::toJson() const
{
    QJsonArray list;
    for (const auto &[line, message] : refusals) {
        list.append(
            QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("message"), message}});
    }
    return {{QStringLiteral("applied"), applied},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("unknown"), unknown},
            {QStringLiteral("invalid"), invalid},
            {QStringLiteral("refusals"), list}};
}

DisbursementImport::DisbursementImport(const CentralDatabase &db, const CentralRegister &registry,
                                       const Clock &clock)
    : m_db(db)
    , m_registry(registry)
    , m_clock(clock)
{}

QString DisbursementImport::eventId(const QString &householdId, const QString &program,
                                    const QString &period, const QString &status,
                                    const QString &date)
{
    const QByteArray key =
        QStringList{householdId, program, period, status, date}.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

Result<DisbursementImportReport> DisbursementImport::run(QIODevice &csv, const QString &regencyCode,
                                                         QIODevice *rejects,
                                                         const ImportPacing &pacing) const
{
    CsvReader reader(csv);
    if (const Status s = reader.readHeader(); !s) {
        return s.error();
    }
    const std::vector<std::string> expected{"household_id", "program", "period",
                                            "status",       "date",    "note"};
    if (reader.header() != expected) {
        return Error{QStringLiteral("disbursement.header"),
                     tr("Baris judul berkas penyaluran harus: "
                        "household_id,program,period,status,date,note")};
    }
    std::optional<CsvWriter> rejected;
    if (rejects) {
        rejected.emplace(*rejects);
        rejected->writeRow(
            {"line", "reason", "household_id", "program", "period", "status", "date", "note"});
    }
    PiecewiseTransaction tx(m_db, pacing);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    static const QRegularExpression householdPattern(
        QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$"));
    DisbursementImportReport report;
    QStringList fields;
    const auto refuse = [&](qint64 line, const QString &message) {
        ++report.invalid;
        if (report.refusals.size() < 1000) {
            report.refusals.append({line, message});
        }
        if (rejected) {
            QStringList row{QString::number(line), message};
            for (const QString &f : std::as_const(fields)) {
                QString clean = f;
                clean.replace(QRegularExpression(QStringLiteral("\\p{Cc}")), QStringLiteral(" "));
                row.append(clean);
            }
            rejected->writeRow(row);
        }
    };
    for (;;) {
        const CsvReader::Next next = reader.next();
        if (next == CsvReader::Next::End) {
            break;
        }
        if (next == CsvReader::Next::Fatal) {
            return reader.fatalError();
        }
        fields.clear();
        if (next == CsvReader::Next::Malformed) {
            refuse(reader.line(), reader.message());
            continue;
        }
        for (const auto &f : reader.fields()) {
            fields.append(QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed());
        }
        if (fields.size() != 6) {
            refuse(reader.line(), tr("jumlah kolom harus 6"));
            continue;
        }
        if (std::any_of(fields.begin(), fields.end(), hasControlCharacter)) {
            refuse(reader.line(), tr("berisi karakter kendali (tab, baris baru, dan sejenisnya)"));
            continue;
        }
        Disbursement event;
        event.householdId = fields[0];
        event.period = fields[2];
        event.date = QDate::fromString(fields[4], Qt::ISODate);
        event.note = fields[5];
        const auto program = vocabulary::parse<Program>(fields[1]);
        const auto status = DisbursementText::parse(fields[3]);
        if (!householdPattern.match(event.householdId).hasMatch()) {
            refuse(reader.line(), tr("ID keluarga (ID DTSEN) kosong atau tidak sah"));
            continue;
        }
        if (!program) {
            refuse(reader.line(), tr("program tidak dikenal (PKH, BPNT, PBI-JK, BLT-DD, …)"));
            continue;
        }
        if (!DisbursementText::validPeriod(event.period)) {
            refuse(reader.line(), tr("periode harus YYYY-MM (bulan) atau YYYY-T1 … YYYY-T4 "
                                     "(tahap)"));
            continue;
        }
        if (!status) {
            refuse(reader.line(), tr("status penyaluran tidak dikenal (misalnya SI, GAGAL "
                                     "OMSPAN, SUKSES SPM, TIDAK TRANSAKSI)"));
            continue;
        }
        if (!event.date.isValid() || event.date > m_clock.today() || event.date.year() < 2000) {
            refuse(reader.line(), tr("tanggal harus YYYY-MM-DD dan tidak di masa depan"));
            continue;
        }
        if (event.note.size() > 500) {
            refuse(reader.line(), tr("keterangan lebih dari 500 karakter"));
            continue;
        }
        event.program = *program;
        event.status = *status;
        Result<QSqlQuery> household = m_db.query(
            QStringLiteral("SELECT village_code FROM record WHERE entity = 'household' AND id = ?"),
            {event.householdId});
        if (!household) {
            return household.error();
        }
        if (!household->next() ||
            (!regencyCode.isEmpty() &&
             !household->value(0).toString().startsWith(regencyCode + u'.'))) {
            ++report.unknown;
            continue;
        }
        const QString village = household->value(0).toString();
        const QJsonObject data = event.toJson();
        event.id = eventId(event.householdId, data.value(QLatin1String("program")).toString(),
                           event.period, data.value(QLatin1String("status")).toString(),
                           data.value(QLatin1String("date")).toString());
        const QString text = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
        Result<QSqlQuery> existing = m_db.query(
            QStringLiteral("SELECT version, data FROM disbursement WHERE id = ?"), {event.id});
        if (!existing) {
            return existing.error();
        }
        qint64 version = 1;
        const QString now = storedTime(m_clock.now());
        if (existing->next()) {
            if (existing->value(1).toString() == text) {
                ++report.unchanged;
                continue;
            }
            version = existing->value(0).toLongLong() + 1;
            existing->finish();
            if (Result<QSqlQuery> q =
                    m_db.query(QStringLiteral("UPDATE disbursement SET version = ?, data = ?, "
                                              "updated_at = ? WHERE id = ?"),
                               {version, text, now, event.id});
                !q) {
                return q.error();
            }
        } else if (Result<QSqlQuery> q = m_db.query(
                       QStringLiteral("INSERT INTO disbursement(id, village_code, household_id, "
                                      "version, data, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {event.id, village, event.householdId, version, text, now});
                   !q) {
            return q.error();
        }
        if (Result<qint64> seq =
                m_registry.appendChange(village, QStringLiteral("disbursement"), event.id, version,
                                        QStringLiteral("disbursement"), data);
            !seq) {
            return seq.error();
        }
        ++report.applied;
        if (const Status s = tx.next(); !s) {
            return s.error();
        }
    }
    if (const Status s = tx.finish(); !s) {
        return s.error();
    }
    return report;
}

} // namespace tepat::central
