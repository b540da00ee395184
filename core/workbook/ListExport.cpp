#include "core/workbook/ListExport.h"

#include "core/accounts/Role.h"
#include "core/deliberation/Meeting.h"
#include "core/domain/Household.h"
#include "core/storage/Database.h"
#include "core/workbook/XlsxWriter.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace tepat {

namespace {

constexpr int kBlock = 1000;

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

// A new workbook at path with one sheet of these columns.
Result<std::unique_ptr<XlsxWriter>> openBook(const QString &path, const QString &sheet,
                                             const QList<WorkbookColumn> &columns)
{
    Result<std::unique_ptr<XlsxWriter>> book = XlsxWriter::create(path);
    if (!book) {
        return book;
    }
    if (Status s = (*book)->addSheet(sheet, columns); !s) {
        return s.error();
    }
    return book;
}

// Writes a list page by page, newest first: fetch(before) gives the rows older than the key
// before (0: the newest), cells(row) a row's cells, key(row) its key. False from progress
// stops it (cancelled).
template<typename Fetch, typename Cells, typename Key>
Result<bool> writePages(XlsxWriter &out, Fetch fetch, Cells cells, Key key,
                        const ExportProgress &progress)
{
    qint64 before = 0;
    for (;;) {
        auto page = fetch(before);
        if (!page) {
            return page.error();
        }
        for (const auto &row : *page) {
            if (Status s = out.addRow(cells(row)); !s) {
                return s.error();
            }
        }
        if (progress && !progress(out.rowsWritten(), 0)) {
            return false;
        }
        if (page->size() < kBlock) {
            return true;
        }
        before = key(page->last());
    }
}

// Closes the workbook (which puts it in place under its name) and gives the rows written.
Result<qint64> finish(XlsxWriter &out)
{
    const qint64 rows = out.rowsWritten();
    if (Status s = out.close(); !s) {
        return s.error();
    }
    return rows;
}

} // namespace

ListExport::ListExport(const Database &db, const Session &session)
    : m_db(db)
    , m_session(session)
{}

Error ListExport::cancelled() const
{
    return Error{QStringLiteral("workbook.cancelled"),
                 tr("Ekspor dibatalkan; tidak ada berkas yang disimpan.")};
}

Result<qint64> ListExport::households(const HouseholdFilter &filter, const QString &path,
                                      const ExportProgress &progress) const
{
    if (const Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    const HouseholdBrowser browser(m_db);
    const Result<qint64> total = browser.count(filter);
    if (!total) {
        return total.error();
    }
    Result<std::unique_ptr<XlsxWriter>> book =
        openBook(path, tr("Keluarga"),
                 {{tr("ID keluarga"), CellKind::Text, 16},
                  {tr("No KK"), CellKind::Text, 19},
                  {tr("Kepala keluarga"), CellKind::Text, 28},
                  {tr("RT"), CellKind::Text, 6},
                  {tr("RW"), CellKind::Text, 6},
                  {tr("Alamat"), CellKind::Text, 32},
                  {tr("Desil"), CellKind::Integer, 7},
                  {tr("Jumlah anggota"), CellKind::Integer, 10},
                  {tr("Status"), CellKind::Text, 14},
                  {tr("Alasan status"), CellKind::Text, 20},
                  {tr("Tanggal status"), CellKind::Date, 12},
                  {tr("Lintang"), CellKind::Number, 11},
                  {tr("Bujur"), CellKind::Number, 11}});
    if (!book) {
        return book.error();
    }
    XlsxWriter &out = **book;
    HouseholdCursor cursor;
    for (;;) {
        Result<HouseholdPage> page = browser.page(filter, HouseholdSort::Id, false, cursor, kBlock);
        if (!page) {
            return page.error();
        }
        for (const Household &h : page->rows) {
            if (Status s = out.addRow({h.id, h.kkNumber, h.headName, h.rt, h.rw, h.address,
                                       h.desil > 0 ? QVariant(h.desil) : QVariant(), h.memberCount,
                                       vocabulary::label(h.status), h.statusReason,
                                       optionalDate(h.statusDate),
                                       h.latitude ? QVariant(*h.latitude) : QVariant(),
                                       h.longitude ? QVariant(*h.longitude) : QVariant()});
                !s) {
                return s.error();
            }
        }
        if (progress && !progress(out.rowsWritten(), *total)) {
            return cancelled();
        }
        if (!page->hasMore) {
            break;
        }
        cursor = page->next;
    }
    return finish(out);
}

Result<qint64> ListExport::requests(const RequestFilter &filter, const Clock &clock,
                                    const QString &path, const ExportProgress &progress) const
{
    if (const Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    const ChangeRequestRepository repository(m_db, clock);
    Result<std::unique_ptr<XlsxWriter>> book =
        openBook(path, tr("Usulan"),
                 {{tr("No"), CellKind::Integer, 7},
                  {tr("Jenis usulan"), CellKind::Text, 26},
                  {tr("Status"), CellKind::Text, 20},
                  {tr("ID keluarga"), CellKind::Text, 16},
                  {tr("Keluarga"), CellKind::Text, 26},
                  {tr("ID anggota"), CellKind::Text, 18},
                  {tr("Dibuat"), CellKind::DateTime, 17},
                  {tr("Dibuat oleh"), CellKind::Text, 14},
                  {tr("Diubah"), CellKind::DateTime, 17},
                  {tr("Alasan status"), CellKind::Text, 30}});
    if (!book) {
        return book.error();
    }
    XlsxWriter &out = **book;
    const Result<bool> written = writePages(
        out, [&](qint64 before) { return repository.recent(filter, before, kBlock); },
        [](const RequestListRow &row) -> QVariantList {
            const ChangeRequest &r = row.request;
            return {r.id,
                    RequestLifecycle::label(r.kind),
                    RequestLifecycle::label(r.state),
                    r.householdId,
                    row.householdName,
                    r.personId,
                    r.createdAt.toLocalTime(),
                    r.createdBy,
                    r.updatedAt.toLocalTime(),
                    r.stateReason};
        },
        [](const RequestListRow &row) { return row.request.id; }, progress);
    if (!written) {
        return written.error();
    }
    if (!*written) {
        return cancelled();
    }
    return finish(out);
}

Result<qint64> ListExport::letters(const LetterQuery &query, const Clock &clock,
                                   const QString &path, const ExportProgress &progress) const
{
    if (const Status allowed = m_session.require(Permission::PrintLetters); !allowed) {
        return allowed.error();
    }
    const LetterRegister letters(m_db, clock);
    Result<std::unique_ptr<XlsxWriter>> book =
        openBook(path, tr("Register surat"),
                 {{tr("Nomor urut"), CellKind::Integer, 8},
                  {tr("Tahun"), CellKind::Integer, 7},
                  {tr("Nomor surat"), CellKind::Text, 36},
                  {tr("Tanggal"), CellKind::Date, 12},
                  {tr("Jenis"), CellKind::Text, 22},
                  {tr("Status DTKS"), CellKind::Text, 14},
                  {tr("Nama/perihal"), CellKind::Text, 28},
                  {tr("ID anggota DTKS"), CellKind::Text, 18},
                  {tr("Keperluan"), CellKind::Text, 28},
                  {tr("Dibuat oleh"), CellKind::Text, 14},
                  {tr("Jumlah cetak"), CellKind::Integer, 8},
                  {tr("Status surat"), CellKind::Text, 12},
                  {tr("Alasan pembatalan"), CellKind::Text, 28}});
    if (!book) {
        return book.error();
    }
    XlsxWriter &out = **book;
    const Result<bool> written = writePages(
        out, [&](qint64 before) { return letters.search(query, kBlock, before); },
        [](const LetterRecord &r) -> QVariantList {
            const QString status = !r.registered   ? QString()
                                   : *r.registered ? tr("Terdaftar")
                                                   : tr("Tidak terdaftar");
            return {r.serial,
                    r.year,
                    r.number,
                    optionalDate(r.issuedOn),
                    LetterRegister::kindLabel(r.kind),
                    status,
                    r.subjectName,
                    r.personId,
                    r.purpose,
                    r.issuedBy,
                    r.prints,
                    LetterRegister::stateLabel(r),
                    r.isRevoked() ? r.revokeReason : r.voidReason};
        },
        [](const LetterRecord &r) { return r.id; }, progress);
    if (!written) {
        return written.error();
    }
    if (!*written) {
        return cancelled();
    }
    return finish(out);
}

Result<qint64> ListExport::bnba(const MinutesContent &content, const QString &path) const
{
    if (const Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    QList<DecisionRow> rows = content.rows;
    std::stable_sort(rows.begin(), rows.end(), [](const DecisionRow &a, const DecisionRow &b) {
        return neighbourhoodUnitsOf(a.address) < neighbourhoodUnitsOf(b.address);
    });
    Result<std::unique_ptr<XlsxWriter>> book =
        openBook(path, tr("BNBA"),
                 {{tr("No"), CellKind::Integer, 5},
                  {tr("RW"), CellKind::Text, 6},
                  {tr("RT"), CellKind::Text, 6},
                  {tr("Jenis usulan"), CellKind::Text, 24},
                  {tr("ID keluarga"), CellKind::Text, 16},
                  {tr("ID anggota"), CellKind::Text, 18},
                  {tr("NIK"), CellKind::Text, 19},
                  {tr("Nama"), CellKind::Text, 26},
                  {tr("Alamat"), CellKind::Text, 32},
                  {tr("Keputusan"), CellKind::Text, 14},
                  {tr("Alasan"), CellKind::Text, 28},
                  {tr("Keterangan"), CellKind::Text, 28},
                  {tr("Tanggal musyawarah"), CellKind::Date, 12}});
    if (!book) {
        return book.error();
    }
    XlsxWriter &out = **book;
    int number = 0;
    for (const DecisionRow &row : rows) {
        const auto [rw, rt] = neighbourhoodUnitsOf(row.address);
        if (Status s = out.addRow(
                {++number, rw, rt, row.kindLabel, row.householdId, row.personId, row.nik, row.name,
                 row.address, row.decision ? MeetingVocabulary::label(*row.decision) : QString(),
                 row.reason, row.detail, optionalDate(content.meeting.heldOn)});
            !s) {
            return s.error();
        }
    }
    return finish(out);
}

Result<qint64> ListExport::duplicates(const QList<LikelyDuplicate> &pairs, const QString &path,
                                      double minScore, const ExportProgress &progress) const
{
    if (const Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    Result<std::unique_ptr<XlsxWriter>> book =
        openBook(path, tr("Kemungkinan ganda"),
                 {{tr("No"), CellKind::Integer, 5},
                  {tr("Skor"), CellKind::Number, 7},
                  {tr("ID anggota 1"), CellKind::Text, 18},
                  {tr("ID keluarga 1"), CellKind::Text, 16},
                  {tr("Nama 1"), CellKind::Text, 26},
                  {tr("NIK 1"), CellKind::Text, 19},
                  {tr("Tanggal lahir 1"), CellKind::Date, 12},
                  {tr("ID anggota 2"), CellKind::Text, 18},
                  {tr("ID keluarga 2"), CellKind::Text, 16},
                  {tr("Nama 2"), CellKind::Text, 26},
                  {tr("NIK 2"), CellKind::Text, 19},
                  {tr("Tanggal lahir 2"), CellKind::Date, 12},
                  {tr("Alasan"), CellKind::Text, 60}});
    if (!book) {
        return book.error();
    }
    XlsxWriter &out = **book;
    struct Who
    {
        QString name;
        QString nik;
        QDate born;
    };
    const auto who = [this](const QString &personId, const QString &fallbackName) -> Who {
        auto q = m_db.query(QStringLiteral("SELECT name, nik, birth_date FROM person WHERE id = ?"),
                            {personId});
        if (!q || !q->next()) {
            return {fallbackName, {}, {}};
        }
        return {q->value(0).toString(), q->value(1).toString(),
                QDate::fromString(q->value(2).toString(), Qt::ISODate)};
    };
    int number = 0;
    qint64 done = 0;
    for (const LikelyDuplicate &pair : pairs) {
        ++done;
        if (pair.score.probability < minScore) {
            continue;
        }
        const Who a = who(pair.personA, pair.nameA);
        const Who b = who(pair.personB, pair.nameB);
        if (Status s =
                out.addRow({++number, std::round(pair.score.probability * 1000) / 1000,
                            pair.personA, pair.householdA, a.name, a.nik, optionalDate(a.born),
                            pair.personB, pair.householdB, b.name, b.nik, optionalDate(b.born),
                            MatchModel::reasonText(pair.score)});
            !s) {
            return s.error();
        }
        if (progress && done % kBlock == 0 && !progress(done, pairs.size())) {
            return cancelled();
        }
    }
    return finish(out);
}

} // namespace tepat
