#include "core/domain/DesilText.h"

#include "core/common/Language.h"

namespace tepat {

QString DesilText::describe(int desil, QDate asOf)
{
    if (desil <= 0) {
        return tr("belum ada desil");
    }
    if (!asOf.isValid()) {
        return tr("desil %1 (tanggal dari BPS tidak tercatat)").arg(desil);
    }
    return tr("desil %1 per %2").arg(desil).arg(Language::formatDate(asOf));
}

} // namespace tepat
