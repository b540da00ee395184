#pragma once

#include "core/domain/Household.h"
#include "core/matching/RegisterScan.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace tepat {

// Both records of a likely duplicate pair side by side, one row per field, the rows whose
// values differ highlighted; below them the reasons behind the score.
class DuplicateComparison : public QWidget
{
    Q_OBJECT

public:
    struct Side
    {
        Person person;
        Household household;
    };

    explicit DuplicateComparison(QWidget *parent = nullptr);

    void show(const LikelyDuplicate &pair, const Side &first, const Side &second);
    void clear();
    // Rows whose values differ (for tests and the screenshot).
    QStringList differingFields() const;
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    QLabel *m_score;
    QLabel *m_reasons;
};

} // namespace tepat
