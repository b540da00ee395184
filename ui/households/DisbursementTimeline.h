#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tepat {

class Clock;
class Database;

// The household's disbursement history (tab "Penyaluran"): every event the central server
// sent, newest first — date, programme, period, the upstream status and what it means — with
// failures (GAGAL OMSPAN, TIDAK TRANSAKSI, …) marked, so the counter can answer "has my PKH
// been paid?".
class DisbursementTimeline : public QWidget
{
    Q_OBJECT

public:
    DisbursementTimeline(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Returns the number of events shown.
    int showHousehold(const QString &householdId);
    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

private:
    const Database &m_db;
    const Clock &m_clock;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace tepat
