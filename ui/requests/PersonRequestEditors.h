#pragma once

#include "ui/requests/RequestEditor.h"

#include <QJsonArray>

class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace tepat {

class PersonFields;

// A new member of a listed family: the person and why they join (born, married, moved in).
class NewMemberEditor : public RequestEditor
{
    Q_OBJECT

public:
    explicit NewMemberEditor(QWidget *parent = nullptr);
    void load(const ChangeRequest &request) override;
    QJsonObject payload() const override;

private:
    PersonFields *m_person;
    QComboBox *m_reason;
};

// A new family into DTKS: household data, its members (one head), the reason, and the front
// photo of the house that must travel with it.
class NewHouseholdEditor : public RequestEditor
{
    Q_OBJECT

public:
    explicit NewHouseholdEditor(QWidget *parent = nullptr);
    void load(const ChangeRequest &request) override;
    QJsonObject payload() const override;

private:
    void storeCurrentMember();
    void showMember(int row);
    void refreshMemberList();

    QLineEdit *m_kk;
    QLineEdit *m_rt;
    QLineEdit *m_rw;
    QLineEdit *m_address;
    QPlainTextEdit *m_reason;
    QListWidget *m_memberList;
    PersonFields *m_person;
    QLabel *m_photoNote;
    QJsonArray m_members;
    int m_current = -1;
};

} // namespace tepat
