#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tepat {

// Indonesian wording for official documents. A letter is always Indonesian, whatever the
// interface language, so these never go through the translator.
namespace indonesian {

QString numberInWords(qint64 value); // 2026 -> "dua ribu dua puluh enam"
QString dayName(QDate date);         // "Senin"
QString monthName(int month);        // 1..12 -> "Januari"
QString romanMonth(int month);       // 11 -> "XI"
QString date(QDate date);            // "23 November 2026"; "" when invalid
// "Senin tanggal dua puluh tiga bulan November tahun dua ribu dua puluh enam"
QString dateInWords(QDate date);
// "KOTA KEDIRI" -> "Kota Kediri"; keeps short all-caps words such as "RT", "RW", "II".
QString titleCase(const QString &text);
// {"PKH", "BPNT", "PBI-JK"} -> "PKH, BPNT, dan PBI-JK"
QString joinList(const QStringList &items);

} // namespace indonesian
} // namespace tepat
