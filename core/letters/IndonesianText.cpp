#include "core/letters/IndonesianText.h"

#include <QRegularExpression>

namespace tepat::indonesian {

namespace {

const char *const kUnits[] = {"",     "satu",  "dua",     "tiga",     "empat",   "lima",
                              "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};

QString below1000(int n)
{
    QStringList parts;
    if (n >= 100) {
        parts << (n / 100 == 1 ? QStringLiteral("seratus")
                               : QString::fromLatin1(kUnits[n / 100]) + QStringLiteral(" ratus"));
        n %= 100;
    }
    if (n >= 20) {
        parts << QString::fromLatin1(kUnits[n / 10]) + QStringLiteral(" puluh");
        n %= 10;
    } else if (n >= 12) {
        parts << QString::fromLatin1(kUnits[n - 10]) + QStringLiteral(" belas");
        n = 0;
    }
    if (n > 0) {
        parts << QString::fromLatin1(kUnits[n]);
    }
    return parts.join(u' ');
}

} // namespace

QString numberInWords(qint64 value)
{
    if (value == 0) {
        return QStringLiteral("nol");
    }
    if (value < 0) {
        return QStringLiteral("minus ") + numberInWords(-value);
    }
    struct Scale
    {
        qint64 size;
        const char *name;
    };
    static const Scale scales[] = {{1000000000000LL, "triliun"},
                                   {1000000000LL, "miliar"},
                                   {1000000LL, "juta"},
                                   {1000, "ribu"}};
    QStringList parts;
    for (const Scale &s : scales) {
        const qint64 count = value / s.size;
        if (count == 0) {
            continue;
        }
        value %= s.size;
        if (s.size == 1000 && count == 1) {
            parts << QStringLiteral("seribu");
        } else {
            parts << numberInWords(count) + u' ' + QString::fromLatin1(s.name);
        }
    }
    if (value > 0) {
        parts << below1000(int(value));
    }
    return parts.join(u' ');
}

QString dayName(QDate date)
{
    static const char *const names[] = {"Senin", "Selasa", "Rabu",  "Kamis",
                                        "Jumat", "Sabtu",  "Minggu"};
    return date.isValid() ? QString::fromLatin1(names[date.dayOfWeek() - 1]) : QString();
}

QString monthName(int month)
{
    static const char *const names[] = {"Januari",   "Februari", "Maret",    "April",
                                        "Mei",       "Juni",     "Juli",     "Agustus",
                                        "September", "Oktober",  "November", "Desember"};
    return month >= 1 && month <= 12 ? QString::fromLatin1(names[month - 1]) : QString();
}

QString romanMonth(int month)
{
    static const char *const names[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                        "VII", "VIII", "IX",  "X",  "XI", "XII"};
    return month >= 1 && month <= 12 ? QString::fromLatin1(names[month - 1]) : QString();
}

QString date(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(monthName(date.month())).arg(date.year());
}

QString dateInWords(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1 tanggal %2 bulan %3 tahun %4")
        .arg(dayName(date), numberInWords(date.day()), monthName(date.month()),
             numberInWords(date.year()));
}

QString titleCase(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[^\\s./-]+"));
    static const QRegularExpression roman(QStringLiteral("^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$"));
    static const QStringList keep{QStringLiteral("RT"), QStringLiteral("RW"), QStringLiteral("DKI"),
                                  QStringLiteral("DI")};
    QString out = text;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString w = m.captured(0);
        if (keep.contains(w) || roman.match(w).hasMatch()) {
            continue;
        }
        out.replace(m.capturedStart(), w.size(), w.left(1).toUpper() + w.mid(1).toLower());
    }
    return out;
}

QString joinList(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    if (items.size() == 2) {
        return items[0] + QStringLiteral(" dan ") + items[1];
    }
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(", dan ") +
           items.last();
}

} // namespace tepat::indonesian
