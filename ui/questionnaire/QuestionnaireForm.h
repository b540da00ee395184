#pragma once

#include "core/domain/Finding.h"
#include "core/questionnaire/QuestionnaireAnswers.h"
#include "core/questionnaire/QuestionnaireDefinition.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace tepat {

// The one form for every questionnaire definition: built from the definition alone (a new
// version is a resource, not new widgets). Sections on the left (the household blocks, then one
// per member with the person blocks); a choice is a combo box whose items start with their code
// (type the code to choose), a number or text a line edit. Questions the skip rules do not ask
// are hidden and their answers left out; each field shows its own error or warning. No store
// access: the caller loads and saves the answers.
class QuestionnaireForm : public QWidget
{
    Q_OBJECT

public:
    QuestionnaireForm(const QuestionnaireDefinition &definition, QList<QuestionnairePerson> persons,
                      QWidget *parent = nullptr);

    const QuestionnaireDefinition &definition() const { return m_definition; }
    void setAnswers(const QuestionnaireAnswers &answers);
    // The answers of the questions now asked, coded.
    QuestionnaireAnswers answers() const;
    const Findings &findings() const { return m_findings; }
    int errorCount() const;
    int warningCount() const;

    int sectionCount() const;
    void showSection(int index);
    // By finding field ("household/luas_lantai", "person/<key>/wg_melihat").
    QWidget *editor(const QString &field) const;
    bool isAsked(const QString &field) const;
    bool setAnswer(const QString &field, const QJsonValue &value);
    QString markText(const QString &field) const;

Q_SIGNALS:
    // After every edit (not after setAnswers()).
    void answersChanged();

private:
    struct Field
    {
        QString personKey;
        QuestionnaireQuestion question;
        QLabel *label = nullptr;
        QWidget *cell = nullptr; // the editor (with its unit) and its mark
        QWidget *editor = nullptr;
        QLabel *mark = nullptr;
        QGroupBox *group = nullptr;
        int blockIndex = 0;
    };

    QWidget *buildSection(const QList<int> &blocks, const QuestionnairePerson *person);
    QWidget *makeEditor(const QuestionnaireQuestion &question);
    QJsonValue valueOf(const Field &field) const;
    void setValue(Field &field, const QJsonValue &value);
    void refresh();
    void edited();
    const QuestionnairePerson *person(const QString &key) const;

    QuestionnaireDefinition m_definition;
    QList<QuestionnairePerson> m_persons;
    QList<Field> m_fields;
    QHash<QString, int> m_byField;
    Findings m_findings;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_summary = nullptr;
    bool m_loading = false;
};

} // namespace tepat
