#pragma once

#include "core/disbursements/Disbursement.h"

#include <QDate>
#include <QList>

namespace tepat {

struct DemoHousehold;

// The last quarters as a village's store holds them after a few pulls (DemoOptions::
// pastQuarter): for about a third of the households the desil BPS gave a quarter before, and the
// disbursement events of the family's programmes — BPNT month by month, PKH by tahap, now and
// then a failure (GAGAL OMSPAN, TIDAK TRANSAKSI). Each household's draws come from its own id and
// the seed, so the rest of the village is the same with or without it.
class DemoHistory
{
public:
    DemoHistory(quint64 seed, QDate today);

    struct EarlierDesil
    {
        int desil = 0; // 0: the household had the same desil a quarter before
        QDate asOf;
    };
    EarlierDesil earlierDesil(const DemoHousehold &household) const;
    // Oldest first, ids stable ("demo-<household>-<programme>-<period>").
    QList<Disbursement> disbursements(const DemoHousehold &household) const;

private:
    quint64 m_seed;
    QDate m_today;
};

} // namespace tepat
