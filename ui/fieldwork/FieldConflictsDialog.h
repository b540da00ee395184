#pragma once

#include "core/fieldwork/FieldConflicts.h"
#include "ui/common/Prompts.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tepat {

struct AppContext;

// Konflik data lapangan: the open conflicts the results bundle merges kept (FieldConflicts), one
// row each with the office's and the field's value side by side, and both in full below for the
// selected row. "Pakai data kantor" (Alt+K) keeps the office's value, "Pakai data lapangan"
// (Alt+L) adopts the field's (not offered for member findings), each after a question that says
// what is kept and what is discarded (Prompts, "Batal" the default: the decision is final); the
// service checks the permission and refuses a conflict already settled. The list follows the
// store.
class FieldConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FieldConflictsDialog(AppContext &context, QWidget *parent = nullptr);

    void reload();
    // Asks, then settles the selected conflict; false when not confirmed, or with the reason
    // shown when refused or none selected.
    bool resolveSelected(ConflictChoice choice);
    // The question asked before settling a conflict one way.
    static Prompts::Question question(const FieldConflict &conflict, ConflictChoice choice);

    QTableWidget *table() const { return m_table; }
    QPushButton *keepOfficeButton() const { return m_keepOffice; }
    QPushButton *adoptFieldButton() const { return m_adoptField; }
    QLabel *officeDetail() const { return m_officeDetail; }
    QLabel *fieldDetail() const { return m_fieldDetail; }
    QString errorText() const;

private:
    void showSelected();
    const FieldConflict *selected() const;

    AppContext &m_context;
    QList<FieldConflict> m_conflicts;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_officeDetail = nullptr;
    QLabel *m_fieldDetail = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_keepOffice = nullptr;
    QPushButton *m_adoptField = nullptr;
};

} // namespace tepat
