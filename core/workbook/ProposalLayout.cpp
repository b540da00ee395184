#include "core/workbook/ProposalLayout.h"

#include "core/domain/Vocabulary.h"

#include <QHash>

namespace tepat {

namespace {

template<typename E>
QStringList codesOf()
{
    QStringList out;
    for (const E value : vocabulary::all<E>()) {
        out << vocabulary::code(value);
    }
    return out;
}

constexpr int kTemplateRows = 1000;

} // namespace

const QList<ProposalSheetLayout> &ProposalLayout::sheets()
{
    static const QList<ProposalSheetLayout> layouts{
        {RequestKind::ProgramProposal,
         QT_TRANSLATE_NOOP("ProposalLayout", "Usulan program"),
         {{"id_keluarga", "household_id", CellKind::Text, CodeList::None, 20},
          {"id_anggota", "person_id", CellKind::Text, CodeList::None, 22},
          {"nik", "nik", CellKind::Text, CodeList::None, 19},
          {"program", "program", CellKind::Text, CodeList::Program, 12},
          {"alasan", "reason", CellKind::Text, CodeList::None, 40}},
         {QStringLiteral("program"), QStringLiteral("program_proposal")}},
        {RequestKind::NewMember,
         QT_TRANSLATE_NOOP("ProposalLayout", "Anggota baru"),
         {{"id_keluarga", "household_id", CellKind::Text, CodeList::None, 20},
          {"nik", "member/nik", CellKind::Text, CodeList::None, 19},
          {"nama", "member/name", CellKind::Text, CodeList::None, 26},
          {"jenis_kelamin", "member/sex", CellKind::Text, CodeList::Sex, 8},
          {"tempat_lahir", "member/birth_place", CellKind::Text, CodeList::None, 16},
          {"tanggal_lahir", "member/birth_date", CellKind::Date, CodeList::None, 13},
          {"hubungan", "member/relationship", CellKind::Text, CodeList::Relationship, 14},
          {"status_kawin", "member/marital_status", CellKind::Text, CodeList::MaritalStatus, 14},
          {"pekerjaan", "member/occupation", CellKind::Text, CodeList::None, 18},
          {"disabilitas", "member/disability", CellKind::Text, CodeList::Disability, 14},
          {"alasan", "reason", CellKind::Text, CodeList::None, 30}},
         {QStringLiteral("new_member"), QStringLiteral("anggota")}},
        {RequestKind::Removal,
         QT_TRANSLATE_NOOP("ProposalLayout", "Penghapusan"),
         {{"id_keluarga", "household_id", CellKind::Text, CodeList::None, 20},
          {"id_anggota", "person_id", CellKind::Text, CodeList::None, 22},
          {"nik", "nik", CellKind::Text, CodeList::None, 19},
          {"alasan_hapus", "reason", CellKind::Text, CodeList::RemovalReason, 16},
          {"tanggal", "date", CellKind::Date, CodeList::None, 13},
          {"akta_kematian", "death_certificate", CellKind::Text, CodeList::None, 18},
          {"catatan", "note", CellKind::Text, CodeList::None, 30}},
         {QStringLiteral("removal"), QStringLiteral("hapus")}},
    };
    return layouts;
}

QStringList ProposalLayout::codes(CodeList list)
{
    switch (list) {
    case CodeList::None:
        return {};
    case CodeList::Program:
        return codesOf<Program>();
    case CodeList::Sex:
        return codesOf<Sex>();
    case CodeList::Relationship:
        return codesOf<Relationship>();
    case CodeList::MaritalStatus:
        return codesOf<MaritalStatus>();
    case CodeList::Disability:
        return codesOf<Disability>();
    case CodeList::RemovalReason:
        return codesOf<RemovalReason>();
    }
    return {};
}

QString ProposalLayout::normaliseHeader(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(u' ', u'_').replace(u'-', u'_').replace(u'.', u'_');
    while (key.contains(QStringLiteral("__"))) {
        key.replace(QStringLiteral("__"), QStringLiteral("_"));
    }
    // Column names of a DTSEN family export and common spellings in Dinsos's sheets.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("no_kk"), QStringLiteral("no_kk")},
        {QStringLiteral("nomor_kk"), QStringLiteral("no_kk")},
        {QStringLiteral("id_art"), QStringLiteral("id_anggota")},
        {QStringLiteral("id_anggota_keluarga"), QStringLiteral("id_anggota")},
        {QStringLiteral("id_dtks"), QStringLiteral("id_keluarga")},
        {QStringLiteral("id_keluarga_dtsen"), QStringLiteral("id_keluarga")},
        {QStringLiteral("nama_lengkap"), QStringLiteral("nama")},
        {QStringLiteral("nama_art"), QStringLiteral("nama")},
        {QStringLiteral("jenis_kel"), QStringLiteral("jenis_kelamin")},
        {QStringLiteral("jk"), QStringLiteral("jenis_kelamin")},
        {QStringLiteral("tgl_lahir"), QStringLiteral("tanggal_lahir")},
        {QStringLiteral("hub_kel"), QStringLiteral("hubungan")},
        {QStringLiteral("hubungan_keluarga"), QStringLiteral("hubungan")},
        {QStringLiteral("nama_program"), QStringLiteral("program")},
        {QStringLiteral("program_bansos"), QStringLiteral("program")},
        {QStringLiteral("keterangan"), QStringLiteral("alasan")},
    };
    return aliases.value(key, key);
}

Status ProposalLayout::writeTemplate(const QString &path)
{
    XlsxWriter::Options options;
    options.constantMemory = false; // data validation lists
    Result<std::unique_ptr<XlsxWriter>> book = XlsxWriter::create(path, options);
    if (!book) {
        return book.error();
    }
    for (const ProposalSheetLayout &sheet : sheets()) {
        QList<WorkbookColumn> columns;
        for (const ProposalColumn &c : sheet.columns) {
            columns.append({QString::fromLatin1(c.key), c.kind, c.width});
        }
        if (Status s = (*book)->addSheet(tr(sheet.title), columns); !s) {
            return s;
        }
        for (int i = 0; i < sheet.columns.size(); ++i) {
            if (sheet.columns[i].codes != CodeList::None) {
                if (Status s =
                        (*book)->addValidationList(i, kTemplateRows, codes(sheet.columns[i].codes));
                    !s) {
                    return s;
                }
            }
        }
    }
    return (*book)->close();
}

} // namespace tepat
