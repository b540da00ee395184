#pragma once

#include "core/requests/ChangeRequest.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QTableWidget;

namespace tepat {

// Shows why the server refused a request and lets the operator correct its fields in place:
// one row per field of the payload (text as text; numbers, lists and objects as JSON).
class ParkedItemDialog : public QDialog
{
    Q_OBJECT

public:
    ParkedItemDialog(const ChangeRequest &request, const QString &reason,
                     QWidget *parent = nullptr);

    QJsonObject payload() const;
    QTableWidget *fields() const { return m_fields; }
    void accept() override;

private:
    QTableWidget *m_fields = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace tepat
