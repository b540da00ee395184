#pragma once

#include "core/workbook/ProposalImport.h"

#include <QAbstractTableModel>

namespace tepat {

// The verdicts of a checked bulk-proposal workbook, one line per issue (a row without issues
// is one "Siap" line, shown unless only problems are asked for): sheet, row, column, severity,
// message.
class ProposalVerdictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Sheet,
        Row,
        Field,
        Level,
        Message,
        ColumnCount
    };

    explicit ProposalVerdictModel(QObject *parent = nullptr);

    void setCheck(const ProposalCheck *check);
    void setProblemsOnly(bool only);
    bool problemsOnly() const { return m_problemsOnly; }
    void refresh();
    // The workbook row (index into ProposalCheck::rows) a line is about; -1: none.
    int rowIndex(int line) const;
    // The first line about workbook row `index`; -1: none shown.
    int lineOf(int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString label(Severity severity);

private:
    struct Line
    {
        int row;
        int issue; // -1: the row has no issue
    };
    const ProposalCheck *m_check = nullptr;
    QList<Line> m_lines;
    bool m_problemsOnly = false;
};

} // namespace tepat
