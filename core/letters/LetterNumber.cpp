#include "core/letters/LetterNumber.h"

#include "core/letters/IndonesianText.h"
#include "core/letters/TemplateText.h"

namespace tepat {

QStringList LetterNumber::placeholders()
{
    return {QStringLiteral("kode"), QStringLiteral("nomor"), QStringLiteral("unit"),
            QStringLiteral("bulan"), QStringLiteral("tahun")};
}

Status LetterNumber::validate(const NumberingRule &rule)
{
    if (const Status syntax = TemplateText::validate(rule.pattern, placeholders()); !syntax) {
        return Error{syntax.error().code, tr("Pola nomor surat: %1").arg(syntax.error().message)};
    }
    const QStringList used = TemplateText::placeholders(rule.pattern);
    if (!used.contains(QStringLiteral("nomor")) || !used.contains(QStringLiteral("tahun"))) {
        return Error{QStringLiteral("letter.pattern_incomplete"),
                     tr("Pola nomor surat harus memuat {nomor} dan {tahun} (nomor urut dimulai "
                        "lagi dari 1 setiap tahun).")};
    }
    if (rule.pattern.contains(QLatin1String("[["))) {
        return Error{QStringLiteral("letter.pattern_optional"),
                     tr("Pola nomor surat tidak boleh memuat bagian opsional [[ ]].")};
    }
    if (used.contains(QStringLiteral("kode")) && rule.classification.trimmed().isEmpty()) {
        return Error{QStringLiteral("letter.classification_missing"),
                     tr("Kode klasifikasi surat belum diisi.")};
    }
    if (used.contains(QStringLiteral("unit")) && rule.unit.trimmed().isEmpty()) {
        return Error{QStringLiteral("letter.unit_missing"),
                     tr("Kode unit pengolah (misalnya Kel.Bangsal) belum diisi.")};
    }
    return {};
}

QString LetterNumber::format(const NumberingRule &rule, int serial, QDate date)
{
    return TemplateText::fill(
        rule.pattern,
        {{QStringLiteral("kode"), rule.classification},
         {QStringLiteral("nomor"), QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'))},
         {QStringLiteral("unit"), rule.unit},
         {QStringLiteral("bulan"), indonesian::romanMonth(date.month())},
         {QStringLiteral("tahun"), QString::number(date.year())}});
}

} // namespace tepat
