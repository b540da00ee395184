#include "ui/questionnaire/QuestionnaireForm.h"

#include "core/common/Language.h"
#include "core/questionnaire/QuestionnaireRules.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tepat {

QuestionnaireForm::QuestionnaireForm(const QuestionnaireDefinition &definition,
                                     QList<QuestionnairePerson> persons, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_persons(std::move(persons))
{
    m_sections = new QListWidget(this);
    m_sections->setMaximumWidth(220);
    m_pages = new QStackedWidget(this);
    QList<int> personBlocks;
    for (int i = 0; i < m_definition.blocks().size(); ++i) {
        const QuestionnaireBlock &block = m_definition.blocks().at(i);
        if (block.scope == QuestionnaireScope::Household) {
            m_sections->addItem(block.title.text());
            m_pages->addWidget(buildSection({i}, nullptr));
        } else {
            personBlocks << i;
        }
    }
    if (!personBlocks.isEmpty()) {
        for (const QuestionnairePerson &p : std::as_const(m_persons)) {
            m_sections->addItem(p.age ? tr("%1 (%2 th)").arg(p.name).arg(*p.age) : p.name);
            m_pages->addWidget(buildSection(personBlocks, &p));
        }
    }
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *title = new QLabel(
        tr("%1 — versi %2").arg(m_definition.title().text()).arg(m_definition.version()), this);
    title->setWordWrap(true);
    auto *body = new QHBoxLayout;
    body->addWidget(m_sections);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(body, 1);
    layout->addWidget(m_summary);
    refresh();
}

QWidget *QuestionnaireForm::buildSection(const QList<int> &blocks,
                                         const QuestionnairePerson *person)
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    for (int index : blocks) {
        const QuestionnaireBlock &block = m_definition.blocks().at(index);
        auto *group = new QGroupBox(block.title.text(), content);
        // A grid, not a QFormLayout: the form layout gives a word-wrapped label the height of
        // one line when its column is narrower than the label's size hint, so a question that
        // needs two lines was clipped. The grid asks each label its height for the width it
        // gets (and the scroll area asks the grid), so every line shows.
        auto *grid = new QGridLayout(group);
        grid->setColumnStretch(0, 2);
        grid->setColumnStretch(1, 3);
        int row = 0;
        for (const QuestionnaireQuestion &q : block.questions) {
            Field f;
            f.personKey = person ? person->key : QString();
            f.question = q;
            f.group = group;
            f.blockIndex = index;
            f.editor = makeEditor(q);
            f.mark = new QLabel(group);
            f.mark->setWordWrap(true);
            f.mark->hide();
            f.cell = new QWidget(group);
            auto *cellLayout = new QVBoxLayout(f.cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(2);
            if (!q.unit.isEmpty()) {
                auto *row = new QHBoxLayout;
                row->addWidget(f.editor, 1);
                row->addWidget(new QLabel(q.unit, f.cell));
                cellLayout->addLayout(row);
            } else {
                cellLayout->addWidget(f.editor);
            }
            cellLayout->addWidget(f.mark);
            f.label = new QLabel(q.label.text() + (q.required ? QString() : tr(" (boleh kosong)")),
                                 group);
            f.label->setWordWrap(true);
            f.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            // The label's width comes from the column, not from its text's length.
            f.label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            f.label->setBuddy(f.editor);
            grid->addWidget(f.label, row, 0);
            grid->addWidget(f.cell, row, 1, Qt::AlignTop);
            ++row;
            const QString key = QuestionnaireRules::field(f.personKey, q.id);
            m_byField.insert(key, int(m_fields.size()));
            f.editor->setObjectName(key);
            m_fields << f;
        }
        column->addWidget(group);
    }
    column->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *QuestionnaireForm::makeEditor(const QuestionnaireQuestion &q)
{
    if (q.type == QuestionType::Choice) {
        auto *box = new QComboBox;
        box->addItem(tr("— belum dijawab —"), QString());
        for (const QuestionnaireOption &o : q.options) {
            box->addItem(QStringLiteral("%1. %2").arg(o.code, o.label.text()), o.code);
        }
        box->setFocusPolicy(Qt::StrongFocus);
        connect(box, &QComboBox::currentIndexChanged, this, &QuestionnaireForm::edited);
        return box;
    }
    auto *edit = new QLineEdit;
    if (q.type == QuestionType::Number) {
        // Digits and one decimal separator; the range is the engine's verdict, not a block.
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^[0-9]{0,7}([.,][0-9]{0,3})?$")), edit));
        edit->setMaximumWidth(140);
        edit->setPlaceholderText(q.range ? tr("%1–%2")
                                               .arg(Language::locale().toString(q.range->min))
                                               .arg(Language::locale().toString(q.range->max))
                                         : QString());
    } else if (q.maxLength > 0) {
        edit->setMaxLength(q.maxLength);
    }
    connect(edit, &QLineEdit::textEdited, this, &QuestionnaireForm::edited);
    return edit;
}

QJsonValue QuestionnaireForm::valueOf(const Field &f) const
{
    if (auto *box = qobject_cast<QComboBox *>(f.editor)) {
        const QString code = box->currentData().toString();
        return code.isEmpty() ? QJsonValue() : QJsonValue(code);
    }
    const QString text = qobject_cast<QLineEdit *>(f.editor)->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (f.question.type == QuestionType::Number) {
        QString normal = text;
        normal.replace(QLatin1Char(','), QLatin1Char('.'));
        bool ok = false;
        const double n = normal.toDouble(&ok);
        return ok ? QJsonValue(n) : QJsonValue(text);
    }
    return text;
}

void QuestionnaireForm::setValue(Field &f, const QJsonValue &value)
{
    if (auto *box = qobject_cast<QComboBox *>(f.editor)) {
        const QString code =
            value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        const int index = box->findData(code);
        box->setCurrentIndex(index < 0 ? 0 : index);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(f.editor);
    if (value.isDouble()) {
        edit->setText(Language::locale()
                          .toString(value.toDouble(), 'g', 12)
                          .remove(Language::locale().groupSeparator()));
    } else {
        edit->setText(value.toString());
    }
}

const QuestionnairePerson *QuestionnaireForm::person(const QString &key) const
{
    for (const QuestionnairePerson &p : m_persons) {
        if (p.key == key) {
            return &p;
        }
    }
    return nullptr;
}

void QuestionnaireForm::setAnswers(const QuestionnaireAnswers &answers)
{
    m_loading = true;
    for (Field &f : m_fields) {
        const QJsonObject &source =
            f.personKey.isEmpty() ? answers.household : answers.persons.value(f.personKey);
        setValue(f, source.value(f.question.id));
    }
    m_loading = false;
    refresh();
}

QuestionnaireAnswers QuestionnaireForm::answers() const
{
    QuestionnaireAnswers all;
    all.definitionId = m_definition.id();
    all.version = m_definition.version();
    for (const Field &f : m_fields) {
        const QJsonValue v = valueOf(f);
        if (v.isUndefined()) {
            continue;
        }
        if (f.personKey.isEmpty()) {
            all.household.insert(f.question.id, v);
        } else {
            all.persons[f.personKey].insert(f.question.id, v);
        }
    }
    return QuestionnaireRules(m_definition).withoutSkipped(all, m_persons);
}

void QuestionnaireForm::edited()
{
    if (m_loading) {
        return;
    }
    refresh();
    Q_EMIT answersChanged();
}

void QuestionnaireForm::refresh()
{
    const QuestionnaireRules rules(m_definition);
    // Visibility from what is given, including answers of questions about to be hidden: the
    // rules only read earlier questions, so the cleaned answers decide the same.
    const QuestionnaireAnswers given = answers();
    QHash<QGroupBox *, bool> groupShown;
    for (Field &f : m_fields) {
        const QJsonObject mine =
            f.personKey.isEmpty() ? QJsonObject() : given.persons.value(f.personKey);
        const QuestionnairePerson *who = person(f.personKey);
        const QuestionnaireBlock &block = m_definition.blocks().at(f.blockIndex);
        const bool shown = rules.blockAsked(block, given.household, mine, who) &&
                           rules.asked(f.question, given.household, mine, who);
        f.label->setVisible(shown);
        f.cell->setVisible(shown);
        groupShown[f.group] = groupShown.value(f.group) || shown;
        f.mark->hide();
    }
    for (auto it = groupShown.cbegin(); it != groupShown.cend(); ++it) {
        it.key()->setVisible(it.value());
    }
    m_findings = rules.validate(given, m_persons);
    for (const Finding &finding : std::as_const(m_findings)) {
        const int index = m_byField.value(finding.field, -1);
        if (index < 0) {
            continue;
        }
        Field &f = m_fields[index];
        // An unanswered question is not marked until the section has answers: a fresh form is
        // not a wall of red.
        if (finding.code == QLatin1String("questionnaire.required")) {
            continue;
        }
        if (f.mark->isHidden() || finding.severity == Severity::Error) {
            f.mark->setText(finding.message);
            f.mark->setStyleSheet(finding.severity == Severity::Error
                                      ? QStringLiteral("color: #a40000;")
                                      : QStringLiteral("color: #8a5a00;"));
            f.mark->show();
        }
    }
    int missing = 0;
    for (const Finding &finding : std::as_const(m_findings)) {
        missing += finding.code == QLatin1String("questionnaire.required") ? 1 : 0;
    }
    m_summary->setText(tr("%1 jawaban · %2 belum dijawab · %3 kesalahan · %4 peringatan")
                           .arg(given.count())
                           .arg(missing)
                           .arg(errorCount() - missing)
                           .arg(warningCount()));
}

int QuestionnaireForm::errorCount() const
{
    int n = 0;
    for (const Finding &f : m_findings) {
        n += f.severity == Severity::Error ? 1 : 0;
    }
    return n;
}

int QuestionnaireForm::warningCount() const
{
    int n = 0;
    for (const Finding &f : m_findings) {
        n += f.severity == Severity::Warning ? 1 : 0;
    }
    return n;
}

int QuestionnaireForm::sectionCount() const
{
    return m_sections->count();
}

void QuestionnaireForm::showSection(int index)
{
    m_sections->setCurrentRow(index);
}

QWidget *QuestionnaireForm::editor(const QString &field) const
{
    const int index = m_byField.value(field, -1);
    return index < 0 ? nullptr : m_fields.at(index).editor;
}

bool QuestionnaireForm::isAsked(const QString &field) const
{
    const int index = m_byField.value(field, -1);
    return index >= 0 && !m_fields.at(index).cell->isHidden() &&
           !m_fields.at(index).group->isHidden();
}

bool QuestionnaireForm::setAnswer(const QString &field, const QJsonValue &value)
{
    const int index = m_byField.value(field, -1);
    if (index < 0) {
        return false;
    }
    m_loading = true;
    setValue(m_fields[index], value);
    m_loading = false;
    edited();
    return true;
}

QString QuestionnaireForm::markText(const QString &field) const
{
    const int index = m_byField.value(field, -1);
    return index < 0 || m_fields.at(index).mark->isHidden() ? QString()
                                                            : m_fields.at(index).mark->text();
}

} // namespace tepat
