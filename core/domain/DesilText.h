#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tepat {

// A desil as people read it: "desil 3 per 20 Oktober 2026" — the value BPS gave and its date.
class DesilText
{
    Q_DECLARE_TR_FUNCTIONS(DesilText)

public:
    // "desil 3 per 20 Oktober 2026", "desil 3 (tanggal dari BPS tidak tercatat)", "belum ada
    // desil".
    static QString describe(int desil, QDate asOf);
};

} // namespace tepat
