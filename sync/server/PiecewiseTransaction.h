#pragma once

#include "core/common/Result.h"
#include "sync/server/CentralDatabase.h"
#include "sync/server/CentralRegister.h"

#include <optional>

namespace tepat::central {

// One transaction per piece of an import: next() after each record commits and begins anew
// every `recordsPerPiece` records; finish() commits the last piece.
class PiecewiseTransaction
{
public:
    PiecewiseTransaction(const CentralDatabase &db, const ImportPacing &pacing)
        : m_db(db)
        , m_pacing(pacing)
    {
        m_tx.emplace(m_db);
    }
    const Status &begun() const { return m_tx->begun(); }
    Status next()
    {
        if (++m_records < qMax(1, m_pacing.recordsPerPiece)) {
            return {};
        }
        m_records = 0;
        if (const Status s = m_tx->commit(); !s) {
            return s;
        }
        m_tx.reset();
        if (m_pacing.afterPiece) {
            m_pacing.afterPiece();
        }
        m_tx.emplace(m_db);
        return m_tx->begun();
    }
    Status finish() { return m_tx->commit(); }

private:
    const CentralDatabase &m_db;
    const ImportPacing &m_pacing;
    std::optional<CentralTransaction> m_tx;
    int m_records = 0;
};

} // namespace tepat::central
