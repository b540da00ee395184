#include "core/workbook/ProposalImport.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/domain/Vocabulary.h"
#include "core/register/RegisterRepository.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/requests/RequestValidator.h"
#include "core/storage/Database.h"
#include "core/workbook/ProposalLayout.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tepat {

namespace {

constexpr int kMaxHeaderSearch = 10; // the header is in one of the first rows

std::optional<QString> parseCode(CodeList list, const QString &text)
{
    const auto as = [&text](auto parsed) -> std::optional<QString> {
        if (!parsed) {
            return std::nullopt;
        }
        return vocabulary::code(*parsed);
    };
    switch (list) {
    case CodeList::None:
        return text;
    case CodeList::Program:
        return as(vocabulary::parse<Program>(text));
    case CodeList::Sex:
        return as(vocabulary::parse<Sex>(text));
    case CodeList::Relationship:
        return as(vocabulary::parse<Relationship>(text));
    case CodeList::MaritalStatus:
        return as(vocabulary::parse<MaritalStatus>(text));
    case CodeList::Disability:
        return as(vocabulary::parse<Disability>(text));
    case CodeList::RemovalReason:
        return as(vocabulary::parse<RemovalReason>(text));
    }
    return std::nullopt;
}

const ProposalSheetLayout *layoutFor(const QString &sheetName, const QStringList &headers)
{
    for (const ProposalSheetLayout &layout : ProposalLayout::sheets()) {
        if (sheetName.compare(ProposalLayout::tr(layout.title), Qt::CaseInsensitive) == 0 ||
            sheetName.compare(QString::fromLatin1(layout.title), Qt::CaseInsensitive) == 0 ||
            layout.aliases.contains(sheetName.trimmed().toLower())) {
            return &layout;
        }
    }
    // A sheet under another name (a DTSEN export, Dinsos's own list): by its distinctive
    // column.
    if (headers.contains(QStringLiteral("program"))) {
        return &ProposalLayout::sheets()[0];
    }
    if (headers.contains(QStringLiteral("alasan_hapus"))) {
        return &ProposalLayout::sheets()[2];
    }
    if (headers.contains(QStringLiteral("hubungan")) &&
        headers.contains(QStringLiteral("tanggal_lahir"))) {
        return &ProposalLayout::sheets()[1];
    }
    return nullptr;
}

// Puts `value` at "member/name" or "reason" in the payload.
void setPath(QJsonObject &payload, const QString &path, const QString &value)
{
    const qsizetype slash = path.indexOf(u'/');
    if (slash < 0) {
        payload.insert(path, value);
        return;
    }
    const QString outer = path.left(slash);
    QJsonObject inner = payload.value(outer).toObject();
    inner.insert(path.mid(slash + 1), value);
    payload.insert(outer, inner);
}

} // namespace

Severity ProposalRow::worst() const
{
    Severity worst = Severity::Ok;
    for (const ProposalIssue &issue : issues) {
        if (issue.severity == Severity::Error) {
            return Severity::Error;
        }
        worst = Severity::Warning;
    }
    return worst;
}

int ProposalCheck::refused() const
{
    int n = 0;
    for (const ProposalRow &row : rows) {
        n += row.worst() == Severity::Error ? 1 : 0;
    }
    return n;
}

ProposalImport::ProposalImport(const Database &db, const Clock &clock, const Session &session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{}

Result<ProposalCheck> ProposalImport::check(const QString &path, const ReadProgress &progress) const
{
    if (Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed.error();
    }
    Result<std::unique_ptr<XlsxReader>> reader = XlsxReader::open(path);
    if (!reader) {
        return reader.error();
    }
    ProposalCheck result;
    for (int s = 0; s < (*reader)->sheetNames().size(); ++s) {
        Result<WorkbookSheet> sheet = (*reader)->sheet(s, progress);
        if (!sheet) {
            return sheet.error();
        }
        // The header: the first row (of the first few) that names a known column; a merged
        // title above it is skipped.
        int headerIndex = -1;
        QStringList headers;
        const ProposalSheetLayout *layout = nullptr;
        for (int i = 0; i < sheet->rows.size() && i < kMaxHeaderSearch && !layout; ++i) {
            QStringList names;
            for (int c = 0; c < sheet->rows[i].cells.size(); ++c) {
                names << ProposalLayout::normaliseHeader(
                    sheet->value(sheet->rows[i].number, c).toString());
            }
            if (names.contains(QStringLiteral("id_keluarga")) ||
                names.contains(QStringLiteral("nik"))) {
                layout = layoutFor(sheet->name, names);
                headerIndex = i;
                headers = names;
            }
        }
        if (!layout) {
            result.ignoredSheets << sheet->name;
            continue;
        }
        // Where each column of the layout is in this sheet (a sheet may lack optional ones or
        // order them differently); a DTSEN export names the family by its KK number.
        QList<QPair<QString, int>> at;
        for (int c = 0; c < headers.size(); ++c) {
            const bool known = std::any_of(
                layout->columns.begin(), layout->columns.end(),
                [&](const ProposalColumn &k) { return headers[c] == QLatin1String(k.key); });
            if (known || headers[c] == QLatin1String("no_kk")) {
                at.append({headers[c], c});
            } else if (!headers[c].isEmpty() && !result.ignoredColumns.contains(headers[c])) {
                result.ignoredColumns << headers[c];
            }
        }
        for (int i = headerIndex + 1; i < sheet->rows.size(); ++i) {
            const WorkbookRow &cells = sheet->rows[i];
            ProposalRow row;
            row.sheet = sheet->name;
            row.row = cells.number;
            row.request.kind = layout->kind;
            for (const auto &[key, column] : at) {
                row.cells.append({key, cells.cells.value(column)});
            }
            recheck(row);
            result.rows.append(std::move(row));
        }
    }
    markRepeatedRows(result.rows);
    return result;
}

void ProposalImport::markRepeatedRows(QList<ProposalRow> &rows)
{
    // The same request twice in one workbook (a row copied, two sheets saying the same): the
    // later row is refused, so that nothing is proposed twice.
    QHash<QByteArray, const ProposalRow *> first;
    for (ProposalRow &row : rows) {
        const ChangeRequest &r = row.request;
        const QByteArray key = RequestLifecycle::code(r.kind).toUtf8() + '\x1f' +
                               r.householdId.toUtf8() + '\x1f' + r.personId.toUtf8() + '\x1f' +
                               QJsonDocument(r.payload).toJson(QJsonDocument::Compact);
        const auto seen = first.constFind(key);
        if (seen == first.cend()) {
            first.insert(key, &row);
            continue;
        }
        const QString message = tr("Sama dengan lembar %1 baris %2; usulan yang sama cukup satu "
                                   "kali. Hapus salah satunya.")
                                    .arg(seen.value()->sheet)
                                    .arg(seen.value()->row);
        const bool marked =
            std::any_of(row.issues.cbegin(), row.issues.cend(),
                        [&](const ProposalIssue &i) { return i.message == message; });
        if (!marked) {
            row.issues.append({Severity::Error, QString(), message});
        }
    }
}

void ProposalImport::recheck(ProposalRow &row) const
{
    const ProposalSheetLayout *layout = nullptr;
    for (const ProposalSheetLayout &l : ProposalLayout::sheets()) {
        if (l.kind == row.request.kind) {
            layout = &l;
        }
    }
    ChangeRequest request;
    request.kind = row.request.kind;
    row.request = request;
    row.issues.clear();
    if (!layout) {
        return;
    }
    QString nik;
    QString kk;
    for (const ProposalCell &cell : row.cells) {
        const QString &key = cell.column;
        if (key == u"no_kk") {
            kk = cell.value.toString().trimmed();
            continue;
        }
        const auto found =
            std::find_if(layout->columns.begin(), layout->columns.end(),
                         [&key](const ProposalColumn &c) { return key == QLatin1String(c.key); });
        if (found == layout->columns.end()) {
            continue;
        }
        const ProposalColumn &column = *found;
        const QVariant &value = cell.value;
        QString text;
        if (value.typeId() == QMetaType::Double) {
            const double number = value.toDouble();
            if (column.kind == CellKind::Date) {
                row.issues.append({Severity::Error, key,
                                   tr("Tanggal tidak terbaca; tulis sebagai tanggal "
                                      "(mis. 23/11/2026).")});
                continue;
            }
            if (std::abs(number) >= 1e14) {
                // A NIK or an id that Excel turned into a number has lost its last digits
                // ("3.57101E+15").
                row.issues.append({Severity::Error, key,
                                   tr("Isinya berupa angka (%1), bukan teks: Excel membuang digit "
                                      "terakhirnya. Format kolom %2 sebagai Teks dan ketik ulang.")
                                       .arg(QString::number(number, 'G', 6), key)});
                continue;
            }
            text = QString::number(number, 'f', number == std::floor(number) ? 0 : 6);
        } else if (value.typeId() == QMetaType::QDate) {
            text = value.toDate().toString(Qt::ISODate);
        } else if (value.typeId() == QMetaType::QDateTime) {
            text = value.toDateTime().date().toString(Qt::ISODate);
        } else {
            text = value.toString().trimmed();
        }
        if (text.isEmpty()) {
            continue;
        }
        if (column.kind == CellKind::Date && value.typeId() == QMetaType::QString) {
            QDate date = QDate::fromString(text, Qt::ISODate);
            if (!date.isValid()) {
                date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
            }
            if (!date.isValid()) {
                row.issues.append({Severity::Error, key,
                                   tr("Tanggal \"%1\" tidak terbaca; tulis sebagai "
                                      "tanggal (mis. 23/11/2026).")
                                       .arg(text)});
                continue;
            }
            text = date.toString(Qt::ISODate);
        }
        const std::optional<QString> code = parseCode(column.codes, text);
        if (!code) {
            row.issues.append(
                {Severity::Error, key,
                 tr("Kode \"%1\" tidak dikenal; pilih dari daftar: %2.")
                     .arg(text, ProposalLayout::codes(column.codes).join(QStringLiteral(", ")))});
            continue;
        }
        const QString target = QString::fromLatin1(column.payload);
        if (target == u"household_id") {
            row.request.householdId = *code;
        } else if (target == u"person_id") {
            row.request.personId = *code;
        } else if (target == u"nik") {
            nik = *code;
        } else {
            setPath(row.request.payload, target, *code);
        }
    }
    if (row.request.householdId.isEmpty() && !kk.isEmpty()) {
        auto q = m_db.query(
            QStringLiteral("SELECT id FROM household WHERE coalesce(kk_number, '') = ?"), {kk});
        if (q && q->next()) {
            row.request.householdId = q->value(0).toString();
        }
    }
    // A person named by NIK only.
    if (!nik.isEmpty() && row.request.personId.isEmpty()) {
        const Result<Person> person = RegisterRepository(m_db, m_clock).personByNik(nik);
        if (!person) {
            row.issues.append({Severity::Error, QStringLiteral("nik"),
                               tr("Tidak ada anggota dengan NIK ini di data.")});
        } else {
            row.request.personId = person->id;
            if (row.request.householdId.isEmpty()) {
                row.request.householdId = person->householdId;
            }
        }
    }
    validate(row);
}

void ProposalImport::validate(ProposalRow &row) const
{
    const Findings findings = RequestValidator(m_db, m_clock.today()).validate(row.request);
    for (const Finding &f : findings) {
        // "member/nik" → the column whose payload path it is.
        QString column;
        for (const ProposalSheetLayout &layout : ProposalLayout::sheets()) {
            if (layout.kind != row.request.kind) {
                continue;
            }
            for (const ProposalColumn &c : layout.columns) {
                if (!f.field.isEmpty() && QString::fromLatin1(c.payload) == f.field) {
                    column = QString::fromLatin1(c.key);
                }
            }
        }
        row.issues.append({f.severity, column, f.message});
    }
}

Status ProposalImport::create(ProposalCheck &checked, const ReadProgress &progress) const
{
    if (Status allowed = m_session.require(Permission::Draft); !allowed) {
        return allowed;
    }
    // Rows corrected in place since the check may have become the same as another.
    markRepeatedRows(checked.rows);
    if (const int refused = checked.refused(); refused > 0) {
        return Error{QStringLiteral("proposals.refused_rows"),
                     tr("%n baris ditolak; tidak ada usulan yang dibuat. Perbaiki baris itu di "
                        "buku kerja, lalu impor lagi.",
                        nullptr, refused)};
    }
    const ChangeRequestRepository repository(m_db, m_clock);
    Transaction transaction(m_db);
    if (!transaction.begun()) {
        return transaction.begun();
    }
    const auto forget = [&checked] {
        for (ProposalRow &r : checked.rows) {
            r.createdId = 0;
        }
    };
    qint64 done = 0;
    for (ProposalRow &row : checked.rows) {
        if (progress && !progress(done++, checked.rows.size())) {
            forget();
            return Error{QStringLiteral("proposals.cancelled"),
                         tr("Pembuatan draf dihentikan; tidak ada usulan yang dibuat.")};
        }
        Result<ChangeRequest> draft = repository.createDraft(row.request, m_session);
        if (!draft) {
            forget();
            return Error{draft.error().code, tr("Lembar %1 baris %2: %3")
                                                 .arg(row.sheet)
                                                 .arg(row.row)
                                                 .arg(draft.error().message)};
        }
        row.createdId = draft->id;
    }
    if (Status s = transaction.commit(); !s) {
        forget();
        return s;
    }
    return {};
}

} // namespace tepat
