#include "ui/requests/RequestEditor.h"

#include "ui/requests/CounterReportEditor.h"
#include "ui/requests/PersonRequestEditors.h"
#include "ui/requests/RegisterRequestEditors.h"

namespace tepat {

RequestEditor::RequestEditor(QWidget *parent)
    : QWidget(parent)
{
    connect(&m_fields, &FormFields::edited, this, &RequestEditor::edited);
}

void RequestEditor::setReadOnly(bool readOnly)
{
    for (QWidget *child : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child) ||
            qobject_cast<QAbstractButton *>(child) || qobject_cast<QPlainTextEdit *>(child)) {
            child->setEnabled(!readOnly);
        }
    }
}

RequestEditor *RequestEditor::create(RequestKind kind,
                                     const std::optional<HouseholdDossier> &dossier,
                                     QWidget *parent)
{
    switch (kind) {
    case RequestKind::NewHousehold:
        return new NewHouseholdEditor(parent);
    case RequestKind::NewMember:
        return new NewMemberEditor(parent);
    case RequestKind::Correction:
        return new CorrectionEditor(dossier, parent);
    case RequestKind::ProgramProposal:
        return new ProgramProposalEditor(dossier, parent);
    case RequestKind::Removal:
        return new RemovalEditor(dossier, parent);
    case RequestKind::Relocation:
        return new RelocationEditor(dossier, parent);
    case RequestKind::Objection:
    case RequestKind::CitizenProposal:
        return new CounterReportEditor(kind, parent);
    }
    return nullptr;
}

} // namespace tepat
