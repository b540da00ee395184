#include "core/domain/Vocabulary.h"

namespace tepat {

const QList<VocabularyEntry<Sex>> &VocabularyTable<Sex>::entries()
{
    static const QList<VocabularyEntry<Sex>> table{
        {Sex::Male, "L", QT_TRANSLATE_NOOP("Vocabulary", "Laki-laki"),
         "laki-laki|laki laki|lk|m|male|1"},
        {Sex::Female, "P", QT_TRANSLATE_NOOP("Vocabulary", "Perempuan"),
         "perempuan|pr|wanita|f|female|2"},
    };
    return table;
}

const QList<VocabularyEntry<PersonStatus>> &VocabularyTable<PersonStatus>::entries()
{
    static const QList<VocabularyEntry<PersonStatus>> table{
        {PersonStatus::Active, "active", QT_TRANSLATE_NOOP("Vocabulary", "Aktif"), "aktif|hidup"},
        {PersonStatus::Deceased, "deceased", QT_TRANSLATE_NOOP("Vocabulary", "Meninggal"),
         "meninggal|wafat|died"},
        {PersonStatus::Moved, "moved", QT_TRANSLATE_NOOP("Vocabulary", "Pindah"), "pindah"},
        {PersonStatus::Excluded, "excluded", QT_TRANSLATE_NOOP("Vocabulary", "Dikeluarkan"),
         "dikeluarkan|keluar|nonaktif"},
    };
    return table;
}

const QList<VocabularyEntry<HouseholdStatus>> &VocabularyTable<HouseholdStatus>::entries()
{
    static const QList<VocabularyEntry<HouseholdStatus>> table{
        {HouseholdStatus::Active, "active", QT_TRANSLATE_NOOP("Vocabulary", "Aktif"), "aktif"},
        {HouseholdStatus::Moved, "moved", QT_TRANSLATE_NOOP("Vocabulary", "Pindah"), "pindah"},
        {HouseholdStatus::Excluded, "excluded", QT_TRANSLATE_NOOP("Vocabulary", "Dikeluarkan"),
         "dikeluarkan|nonaktif"},
    };
    return table;
}

const QList<VocabularyEntry<Relationship>> &VocabularyTable<Relationship>::entries()
{
    // Aliases carry the Dukcapil SHDK numbers (status hubungan dalam keluarga).
    static const QList<VocabularyEntry<Relationship>> table{
        {Relationship::Head, "head", QT_TRANSLATE_NOOP("Vocabulary", "Kepala keluarga"),
         "1|kepala rumah tangga|krt|kk"},
        {Relationship::Spouse, "spouse", QT_TRANSLATE_NOOP("Vocabulary", "Suami/istri"),
         "2|3|suami|istri|isteri"},
        {Relationship::Child, "child", QT_TRANSLATE_NOOP("Vocabulary", "Anak"), "4"},
        {Relationship::ChildInLaw, "child_in_law", QT_TRANSLATE_NOOP("Vocabulary", "Menantu"), "5"},
        {Relationship::Grandchild, "grandchild", QT_TRANSLATE_NOOP("Vocabulary", "Cucu"), "6"},
        {Relationship::Parent, "parent", QT_TRANSLATE_NOOP("Vocabulary", "Orang tua"),
         "7|orangtua"},
        {Relationship::ParentInLaw, "parent_in_law", QT_TRANSLATE_NOOP("Vocabulary", "Mertua"),
         "8"},
        {Relationship::OtherFamily, "other_family", QT_TRANSLATE_NOOP("Vocabulary", "Famili lain"),
         "9"},
        {Relationship::Helper, "helper", QT_TRANSLATE_NOOP("Vocabulary", "Pembantu"), "10"},
        {Relationship::Other, "other", QT_TRANSLATE_NOOP("Vocabulary", "Lainnya"), "11"},
    };
    return table;
}

const QList<VocabularyEntry<MaritalStatus>> &VocabularyTable<MaritalStatus>::entries()
{
    static const QList<VocabularyEntry<MaritalStatus>> table{
        {MaritalStatus::Single, "single", QT_TRANSLATE_NOOP("Vocabulary", "Belum kawin"), "1"},
        {MaritalStatus::Married, "married", QT_TRANSLATE_NOOP("Vocabulary", "Kawin"),
         "2|kawin tercatat|kawin belum tercatat"},
        {MaritalStatus::Divorced, "divorced", QT_TRANSLATE_NOOP("Vocabulary", "Cerai hidup"), "3"},
        {MaritalStatus::Widowed, "widowed", QT_TRANSLATE_NOOP("Vocabulary", "Cerai mati"), "4"},
    };
    return table;
}

const QList<VocabularyEntry<Disability>> &VocabularyTable<Disability>::entries()
{
    static const QList<VocabularyEntry<Disability>> table{
        {Disability::None, "none", QT_TRANSLATE_NOOP("Vocabulary", "Tidak ada"), "0|tidak|-"},
        {Disability::Physical, "physical", QT_TRANSLATE_NOOP("Vocabulary", "Disabilitas fisik"),
         "fisik|daksa"},
        {Disability::Intellectual, "intellectual",
         QT_TRANSLATE_NOOP("Vocabulary", "Disabilitas intelektual"), "intelektual"},
        {Disability::Mental, "mental", QT_TRANSLATE_NOOP("Vocabulary", "Disabilitas mental"),
         "mental"},
        {Disability::Vision, "vision", QT_TRANSLATE_NOOP("Vocabulary", "Disabilitas netra"),
         "netra"},
        {Disability::Hearing, "hearing", QT_TRANSLATE_NOOP("Vocabulary", "Disabilitas rungu"),
         "rungu"},
        {Disability::Speech, "speech", QT_TRANSLATE_NOOP("Vocabulary", "Disabilitas wicara"),
         "wicara"},
        {Disability::Multiple, "multiple", QT_TRANSLATE_NOOP("Vocabulary", "Disabilitas ganda"),
         "ganda"},
    };
    return table;
}

const QList<VocabularyEntry<Program>> &VocabularyTable<Program>::entries()
{
    static const QList<VocabularyEntry<Program>> table{
        {Program::Pkh, "PKH", QT_TRANSLATE_NOOP("Vocabulary", "PKH"), "program keluarga harapan"},
        {Program::Bpnt, "BPNT", QT_TRANSLATE_NOOP("Vocabulary", "BPNT/Sembako"),
         "sembako|bpnt/sembako"},
        {Program::PbiJk, "PBI-JK", QT_TRANSLATE_NOOP("Vocabulary", "PBI-JK"), "pbi|pbijk|pbi jk"},
        {Program::BltDd, "BLT-DD", QT_TRANSLATE_NOOP("Vocabulary", "BLT Dana Desa"),
         "bltdd|blt dd|blt"},
        {Program::Rice, "BERAS", QT_TRANSLATE_NOOP("Vocabulary", "Bantuan beras"),
         "rice|rastra|bantuan pangan"},
        {Program::Local, "APBD", QT_TRANSLATE_NOOP("Vocabulary", "Program daerah"),
         "lokal|daerah|local"},
    };
    return table;
}

const QList<VocabularyEntry<RemovalReason>> &VocabularyTable<RemovalReason>::entries()
{
    static const QList<VocabularyEntry<RemovalReason>> table{
        {RemovalReason::Died, "died", QT_TRANSLATE_NOOP("Vocabulary", "Meninggal dunia"),
         "meninggal"},
        {RemovalReason::MovedAway, "moved_away", QT_TRANSLATE_NOOP("Vocabulary", "Pindah domisili"),
         "pindah"},
        {RemovalReason::NoLongerPoor, "no_longer_poor",
         QT_TRANSLATE_NOOP("Vocabulary", "Sudah mampu"), "mampu"},
        {RemovalReason::NotFound, "not_found",
         QT_TRANSLATE_NOOP("Vocabulary", "Tidak ditemukan di alamat"), "tidak ditemukan"},
        {RemovalReason::Refused, "refused", QT_TRANSLATE_NOOP("Vocabulary", "Menolak bantuan"),
         "menolak"},
        {RemovalReason::Duplicate, "duplicate", QT_TRANSLATE_NOOP("Vocabulary", "Data ganda"),
         "ganda"},
    };
    return table;
}

namespace vocabulary {

QString translateLabel(const char *label)
{
    return QCoreApplication::translate("Vocabulary", label);
}

bool matchesEntry(QStringView text, const char *code, const char *label, const char *aliases)
{
    if (text.compare(QLatin1String(code), Qt::CaseInsensitive) == 0 ||
        text.compare(QString::fromUtf8(label), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QLatin1String all(aliases);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(QLatin1Char('|'), start);
        if (end < 0) {
            end = all.size();
        }
        if (end > start && text.compare(all.sliced(start, end - start), Qt::CaseInsensitive) == 0) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

} // namespace vocabulary

bool programMismatchesDesil(Program program, int desil)
{
    if (desil <= 0) {
        return false;
    }
    switch (program) {
    case Program::Pkh:
        return desil > 4;
    case Program::Bpnt:
    case Program::PbiJk:
        return desil > 5;
    case Program::BltDd:
    case Program::Rice:
    case Program::Local:
        return false;
    }
    return false;
}

} // namespace tepat
