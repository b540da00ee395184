#include "core/domain/IdentityNumber.h"

#include "core/common/Clock.h"
#include "core/domain/RegionDirectory.h"
#include <QRegularExpression>

namespace tepat {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int number(std::string_view digits, size_t pos, size_t len)
{
    int value = 0;
    for (size_t i = pos; i < pos + len; ++i) {
        value = value * 10 + (digits[i] - '0');
    }
    return value;
}

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && isSpace(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && isSpace(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

QString twoDigits(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString IdentityCheck::regionCode() const
{
    if (province < 0 || regency < 0 || district < 0) {
        return {};
    }
    return twoDigits(province) + u'.' + twoDigits(regency % 100) + u'.' + twoDigits(district % 100);
}

IdentityNumberValidator::IdentityNumberValidator(Kind kind, const Clock &clock)
    : IdentityNumberValidator(kind, clock.today())
{}

IdentityNumberValidator::IdentityNumberValidator(Kind kind, QDate today)
    : m_kind(kind)
    , m_today(today)
    , m_regions(RegionDirectory::instance())
{}

QString IdentityNumberValidator::label() const
{
    return m_kind == Kind::Nik ? tr("NIK") : tr("No KK");
}

void IdentityNumberValidator::addFinding(IdentityCheck &check, Severity severity, const char *code,
                                         const QString &message) const
{
    const char *prefix = m_kind == Kind::Nik ? "nik." : "kk.";
    check.findings.append({severity, QLatin1String(prefix) + QLatin1String(code), message});
}

QString IdentityNumberValidator::masked(const QString &text)
{
    static const QRegularExpression longNumber(QStringLiteral("\\d(?:[ ._-]?\\d){14,}"));
    return QString(text).replace(longNumber, QStringLiteral("#"));
}

bool IdentityNumberValidator::looksSpreadsheetMangled(std::string_view input)
{
    input = trimmed(input);
    if (input.empty()) {
        return false;
    }
    // Scientific notation: 3.57101E+15, 3,57101E+15, 3.57101e15.
    const size_t e = input.find_first_of("eE");
    if (e != std::string_view::npos && e > 0 && e + 1 < input.size()) {
        std::string_view mantissa = input.substr(0, e);
        std::string_view exponent = input.substr(e + 1);
        if (exponent.front() == '+') {
            exponent.remove_prefix(1);
        }
        bool ok = !exponent.empty() && isDigit(mantissa.front());
        bool separator = false;
        for (char c : mantissa) {
            if ((c == '.' || c == ',') && !separator) {
                separator = true;
            } else if (!isDigit(c)) {
                ok = false;
            }
        }
        for (char c : exponent) {
            ok = ok && isDigit(c);
        }
        if (ok) {
            return true;
        }
    }
    // Digits with a decimal tail: 3571014101900001.0 or 3571014101900001,00.
    const size_t dot = input.find_first_of(".,");
    if (dot != std::string_view::npos && dot >= 15) {
        bool digitsBefore = true;
        for (size_t i = 0; i < dot; ++i) {
            digitsBefore = digitsBefore && isDigit(input[i]);
        }
        const std::string_view tail = input.substr(dot + 1);
        const bool zeros = !tail.empty() && tail.find_first_not_of('0') == std::string_view::npos;
        if (digitsBefore && zeros) {
            return true;
        }
    }
    // Fifteen digits: the sixteenth was lost when a spreadsheet rounded the number.
    if (input.size() == 15) {
        for (char c : input) {
            if (!isDigit(c)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

int IdentityNumberValidator::resolveYear(int yy, int month, int day, QDate today)
{
    const int year = 2000 + yy;
    const bool afterToday =
        year > today.year() ||
        (year == today.year() &&
         (month > today.month() || (month == today.month() && day > today.day())));
    return afterToday ? year - 100 : year;
}

IdentityCheck IdentityNumberValidator::check(QStringView input) const
{
    // Anything outside Latin-1 cannot be a number; keep the bytes for the message.
    const QByteArray bytes = input.toUtf8();
    return check(std::string_view(bytes.constData(), size_t(bytes.size())));
}

IdentityCheck IdentityNumberValidator::check(std::string_view raw) const
{
    IdentityCheck result;
    const std::string_view input = trimmed(raw);
    const QString name = label();

    if (input.empty()) {
        addFinding(result, Severity::Error, "empty", tr("%1 kosong.").arg(name));
        return result;
    }
    if (looksSpreadsheetMangled(input)) {
        addFinding(result, Severity::Error, "spreadsheet_mangled",
                   tr("%1 rusak oleh spreadsheet: tersimpan sebagai angka (%2) sehingga digit "
                      "terakhir hilang. Ketik ulang dari KTP/KK dan simpan kolomnya sebagai teks.")
                       .arg(name, QString::fromUtf8(input.data(), qsizetype(input.size()))));
        return result;
    }
    for (char c : input) {
        if (!isDigit(c)) {
            addFinding(result, Severity::Error, "not_digits",
                       tr("%1 hanya boleh berisi angka 0–9.").arg(name));
            return result;
        }
    }
    if (input.size() != 16) {
        addFinding(result, Severity::Error, "length",
                   tr("%1 harus 16 angka; yang tertulis %2 angka.").arg(name).arg(input.size()));
        return result;
    }

    result.digits = QString::fromLatin1(input.data(), 16);
    const int pp = number(input, 0, 2);
    const int pprr = number(input, 0, 4);
    const int pprrdd = number(input, 0, 6);
    if (!m_regions.hasProvince(pp)) {
        addFinding(result, Severity::Error, "province_unknown",
                   tr("Kode provinsi %1 tidak dikenal.").arg(twoDigits(pp)));
    } else {
        result.province = pp;
        result.regency = pprr;
        result.district = pprrdd;
        if (!m_regions.hasRegency(pprr)) {
            addFinding(result, Severity::Warning, "regency_unknown",
                       tr("Kode kabupaten/kota %1.%2 tidak ada dalam daftar wilayah sekarang "
                          "(mungkin wilayah lama yang sudah dimekarkan); %3 tetap berlaku.")
                           .arg(twoDigits(pp), twoDigits(pprr % 100), name));
        } else if (!m_regions.hasDistrict(pprrdd)) {
            addFinding(
                result, Severity::Warning, "district_unknown",
                tr("Kode kecamatan %1.%2.%3 tidak ada dalam daftar wilayah sekarang "
                   "(mungkin kecamatan lama); %4 tetap berlaku.")
                    .arg(twoDigits(pp), twoDigits(pprr % 100), twoDigits(pprrdd % 100), name));
        }
    }

    int day = number(input, 6, 2);
    const int month = number(input, 8, 2);
    const int yy = number(input, 10, 2);
    bool dayOk = day >= 1 && day <= 31;
    Sex sex = Sex::Male;
    if (m_kind == Kind::Nik && day >= 41 && day <= 71) {
        day -= 40;
        sex = Sex::Female;
        dayOk = true;
    }
    const QString dateLabel = m_kind == Kind::Nik ? tr("lahir") : tr("terbit");
    if (!dayOk) {
        addFinding(result, Severity::Error, "day_invalid",
                   m_kind == Kind::Nik
                       ? tr("Tanggal lahir %1 pada NIK tidak mungkin: harus 01–31 (laki-laki) atau "
                            "41–71 (perempuan).")
                             .arg(twoDigits(number(input, 6, 2)))
                       : tr("Tanggal terbit %1 pada No KK tidak mungkin: harus 01–31.")
                             .arg(twoDigits(day)));
    }
    const bool monthOk = month >= 1 && month <= 12;
    if (!monthOk) {
        addFinding(result, Severity::Error, "month_invalid",
                   tr("Bulan %1 %2 tidak ada: harus 01–12.").arg(dateLabel, twoDigits(month)));
    }
    if (dayOk && monthOk) {
        const int year = resolveYear(yy, month, day, m_today);
        const QDate date(year, month, day);
        if (!date.isValid()) {
            addFinding(result, Severity::Error, "date_invalid",
                       tr("Tanggal %1 %2-%3-%4 tidak ada di kalender.")
                           .arg(dateLabel, twoDigits(day), twoDigits(month))
                           .arg(year));
        } else {
            result.date = date;
            if (m_kind == Kind::Nik) {
                result.sex = sex;
            }
        }
    }
    if (number(input, 12, 4) == 0) {
        addFinding(result, Severity::Error, "serial_zero",
                   tr("Nomor urut 0000 pada %1 tidak pernah diberikan.").arg(name));
    }
    return result;
}

void IdentityNumberValidator::compareWithRecord(IdentityCheck &check, QDate birthDate, Sex sex)
{
    if (!check.date.isValid()) {
        return;
    }
    if (birthDate.isValid() && birthDate != check.date) {
        check.findings.append(
            {Severity::Warning, QStringLiteral("nik.birth_date_mismatch"),
             tr("Tanggal lahir pada NIK (%1) berbeda dengan data (%2).")
                 .arg(check.date.toString(Qt::ISODate), birthDate.toString(Qt::ISODate))});
    }
    if (sex != Sex::Unknown && check.sex != Sex::Unknown && sex != check.sex) {
        check.findings.append({Severity::Warning, QStringLiteral("nik.sex_mismatch"),
                               tr("Jenis kelamin pada NIK (%1) berbeda dengan data (%2).")
                                   .arg(vocabulary::label(check.sex), vocabulary::label(sex))});
    }
}

} // namespace tepat
