#pragma once

#include "core/dossier/HouseholdDossier.h"
#include "core/requests/ChangeRequest.h"
#include "ui/requests/FormFields.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWidget>

#include <optional>

namespace tepat {

// The kind-specific part of a change-request form. The dialog feeds it the request, reads back
// the payload and whom it concerns after every edit, and shows the findings inline.
class RequestEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequestEditor(QWidget *parent = nullptr);

    virtual void load(const ChangeRequest &request) = 0;
    virtual QJsonObject payload() const = 0;
    virtual QString householdId() const { return m_householdId; }
    virtual QString personId() const { return m_personId; }
    void showFindings(const Findings &findings) { m_fields.show(findings); }
    QString fieldLabel(const QString &path) const { return m_fields.labelOf(path); }
    void setReadOnly(bool readOnly);

    // One editor per kind; the dossier (may be empty for a new family or a counter report)
    // supplies members and current values.
    static RequestEditor *create(RequestKind kind, const std::optional<HouseholdDossier> &dossier,
                                 QWidget *parent = nullptr);

Q_SIGNALS:
    void edited();

protected:
    FormFields m_fields;
    QString m_householdId;
    QString m_personId;
};

} // namespace tepat
