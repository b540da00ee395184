#pragma once

#include "ui/requests/RequestEditor.h"

class QLabel;
class QPlainTextEdit;
class QTableWidget;

class QListWidget;

namespace tepat {

// A correction: every correctable field with its current value and a new one; the changes show
// as a diff (old struck through → new).
class CorrectionEditor : public RequestEditor
{
    Q_OBJECT

public:
    CorrectionEditor(const std::optional<HouseholdDossier> &dossier, QWidget *parent = nullptr);
    void load(const ChangeRequest &request) override;
    QJsonObject payload() const override;

private:
    void build();
    void refreshDiff();
    QString currentValue(const QString &field) const;

    std::optional<HouseholdDossier> m_dossier;
    QTableWidget *m_table;
    QLabel *m_diff;
    QPlainTextEdit *m_note;
    QStringList m_fieldsShown;
};

// A programme proposal for the family or one member (PBI-JK is per person).
class ProgramProposalEditor : public RequestEditor
{
    Q_OBJECT

public:
    ProgramProposalEditor(const std::optional<HouseholdDossier> &dossier,
                          QWidget *parent = nullptr);
    void load(const ChangeRequest &request) override;
    QJsonObject payload() const override;
    QString personId() const override;

private:
    QComboBox *m_target;
    QComboBox *m_program;
    QPlainTextEdit *m_reason;
};

// A removal or stop of assistance, for one member or the whole family, with the reason's details.
// Removing the head asks who becomes the new head among the members who stay.
class RemovalEditor : public RequestEditor
{
    Q_OBJECT

public:
    RemovalEditor(const std::optional<HouseholdDossier> &dossier, QWidget *parent = nullptr);
    void load(const ChangeRequest &request) override;
    QJsonObject payload() const override;
    QString personId() const override;

private:
    void reasonChanged();
    void targetChanged();

    QList<Person> m_members; // active members, for the new head when the head leaves
    QComboBox *m_target;
    QComboBox *m_newHead;
    QWidget *m_newHeadRow;
    QComboBox *m_reason;
    QLineEdit *m_date;
    QLineEdit *m_certificate;
    QLineEdit *m_duplicateOf;
    QPlainTextEdit *m_note;
    QWidget *m_certificateRow;
    QWidget *m_duplicateRow;
};

// A family that moved to another kelurahan, reported by the origin; the destination is chosen
// from the official region list by typing part of its name.
class RelocationEditor : public RequestEditor
{
    Q_OBJECT

public:
    RelocationEditor(const std::optional<HouseholdDossier> &dossier, QWidget *parent = nullptr);
    void load(const ChangeRequest &request) override;
    QJsonObject payload() const override;
    QString personId() const override; // the one member who moves, if only one

private:
    void searchVillages(const QString &text);
    void moversChanged();

    QString m_origin;         // villages near the family's own come first
    QComboBox *m_movers;      // the whole family, or the members ticked in m_members
    QListWidget *m_moverList; // the family's living members
    QLineEdit *m_search;
    QComboBox *m_destination;
    QLineEdit *m_address;
    QLineEdit *m_date;
    QPlainTextEdit *m_note;
};

} // namespace tepat
