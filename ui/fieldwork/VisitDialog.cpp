#include "ui/fieldwork/VisitDialog.h"

#include "ui/common/AppContext.h"
#include "ui/field/FamilyCardPanel.h"
#include "ui/field/HouseholdLocationPanel.h"
#include "ui/field/HouseholdPhotosPanel.h"
#include "ui/questionnaire/QuestionnaireForm.h"

#include "core/common/Clock.h"
#include "core/domain/Vocabulary.h"
#include "core/fieldwork/FieldVisits.h"
#include "core/register/RegisterRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

enum Column
{
    NameColumn,
    RelationshipColumn,
    FindingColumn,
    DateColumn,
    PlaceColumn,
    ColumnCount
};

constexpr int keyRole = Qt::UserRole + 1;

} // namespace

VisitDialog::VisitDialog(AppContext &context, const QString &householdId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_householdId(householdId)
{
    setWindowTitle(tr("Kunjungan keluarga %1").arg(householdId));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::RichText);
    m_outcome = new QComboBox(this);
    for (VisitOutcome o : VisitVocabulary::allOutcomes()) {
        m_outcome->addItem(VisitVocabulary::label(o), int(o));
    }
    m_date = new QDateEdit(m_context.clock.today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setMaximumDate(m_context.clock.today());
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(70);
    auto *form = new QFormLayout;
    form->addRow(tr("&Hasil kunjungan:"), m_outcome);
    form->addRow(tr("&Tanggal kunjungan:"), m_date);
    form->addRow(tr("&Catatan:"), m_notes);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildMembersTab(), tr("&Anggota"));
    tabs->addTab(buildQuestionnaireTab(), tr("&Kuesioner"));
    tabs->addTab(new HouseholdPhotosPanel(m_context, householdId, this), tr("&Foto rumah"));
    tabs->addTab(new HouseholdLocationPanel(m_context, householdId, this), tr("&Lokasi"));
    tabs->addTab(new FamilyCardPanel(m_context, householdId, this), tr("Kartu keluar&ga"));

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Simpan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(1000, 680);
    load();
}

VisitDialog::~VisitDialog()
{
    // Closing the form never loses answers.
    if (m_questionnaireDirty) {
        (void)saveQuestionnaire();
    }
}

QWidget *VisitDialog::buildQuestionnaireTab()
{
    const Result<VisitQuestionnaireStart> start =
        VisitQuestionnaire(m_context.db, m_context.clock)
            .start(m_householdId, m_context.clock.today());
    if (!start) {
        auto *message = new QLabel(start.error().message, this);
        message->setWordWrap(true);
        return message;
    }
    m_persons = start->persons;
    m_questionnaire = new QuestionnaireForm(*start->definition, m_persons, this);
    m_questionnaire->setAnswers(start->answers);
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { (void)saveQuestionnaire(); });
    connect(m_questionnaire, &QuestionnaireForm::answersChanged, this, [this] {
        m_questionnaireDirty = true;
        m_autosave.start();
    });
    return m_questionnaire;
}

bool VisitDialog::saveQuestionnaire()
{
    m_autosave.stop();
    if (!m_questionnaire || !m_questionnaireDirty) {
        return true;
    }
    const Result<QuestionnaireResponse> saved =
        VisitQuestionnaire(m_context.db, m_context.clock)
            .save(m_context.session, m_householdId, m_questionnaire->answers(), m_persons);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_questionnaireDirty = false;
    return true;
}

QWidget *VisitDialog::buildMembersTab()
{
    auto *page = new QWidget(this);
    m_members = new QTableWidget(0, ColumnCount, page);
    m_members->setHorizontalHeaderLabels(
        {tr("Nama"), tr("Hubungan"), tr("Temuan"), tr("Tanggal"), tr("Pindah ke")});
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_members->horizontalHeader()->setSectionResizeMode(PlaceColumn, QHeaderView::Stretch);
    // Wide enough for "Kepala keluarga" on one line and the whole date with its arrows.
    for (int column : {int(RelationshipColumn), int(FindingColumn), int(DateColumn)}) {
        m_members->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    auto *add = new QPushButton(tr("Tambah anggota &baru"), page);
    connect(add, &QPushButton::clicked, this, [this] { addNewMember({}); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_members, 1);
    layout->addWidget(add, 0, Qt::AlignLeft);
    return page;
}

void VisitDialog::addRow(const QString &key, const QString &name, Relationship relationship,
                         MemberFinding finding)
{
    const int row = m_members->rowCount();
    m_members->insertRow(row);
    if (finding == MemberFinding::New) {
        auto *nameEdit = new QLineEdit(name, m_members);
        nameEdit->setPlaceholderText(tr("Nama anggota baru"));
        m_members->setCellWidget(row, NameColumn, nameEdit);
    }
    auto *nameItem = new QTableWidgetItem(finding == MemberFinding::New ? QString() : name);
    nameItem->setData(keyRole, key);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_members->setItem(row, NameColumn, nameItem);
    auto *relationshipItem = new QTableWidgetItem(
        finding == MemberFinding::New ? QString() : vocabulary::label(relationship));
    relationshipItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_members->setItem(row, RelationshipColumn, relationshipItem);
    if (finding == MemberFinding::New) {
        // How the new member is related to the head, as the KK will say: the draft needs it.
        auto *relationshipBox = new QComboBox(m_members);
        relationshipBox->setObjectName(QStringLiteral("relationship"));
        relationshipBox->setAccessibleName(tr("Hubungan dengan kepala keluarga"));
        for (Relationship r : vocabulary::all<Relationship>()) {
            if (r != Relationship::Unknown && r != Relationship::Head) {
                relationshipBox->addItem(vocabulary::label(r), vocabulary::code(r));
            }
        }
        const int chosen = relationshipBox->findData(vocabulary::code(relationship));
        relationshipBox->setCurrentIndex(chosen >= 0 ? chosen : 0);
        m_members->setCellWidget(row, RelationshipColumn, relationshipBox);
    }
    auto *findingBox = new QComboBox(m_members);
    if (finding == MemberFinding::New) {
        findingBox->addItem(VisitVocabulary::label(MemberFinding::New), int(MemberFinding::New));
    } else {
        for (MemberFinding f :
             {MemberFinding::Present, MemberFinding::Died, MemberFinding::Moved}) {
            findingBox->addItem(VisitVocabulary::label(f), int(f));
        }
        findingBox->setCurrentIndex(findingBox->findData(int(finding)));
    }
    m_members->setCellWidget(row, FindingColumn, findingBox);
    auto *date = new QDateEdit(m_context.clock.today(), m_members);
    date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    date->setMaximumDate(m_context.clock.today());
    m_members->setCellWidget(row, DateColumn, date);
    auto *place = new QLineEdit(m_members);
    place->setPlaceholderText(tr("Desa/kota tujuan"));
    m_members->setCellWidget(row, PlaceColumn, place);
    connect(findingBox, &QComboBox::currentIndexChanged, this, [this, findingBox] {
        for (int r = 0; r < m_members->rowCount(); ++r) {
            if (m_members->cellWidget(r, FindingColumn) == findingBox) {
                updateRow(r);
            }
        }
    });
    updateRow(row);
}

void VisitDialog::updateRow(int row)
{
    const auto *finding = qobject_cast<QComboBox *>(m_members->cellWidget(row, FindingColumn));
    const auto f = MemberFinding(finding->currentData().toInt());
    m_members->cellWidget(row, DateColumn)
        ->setEnabled(f == MemberFinding::Died || f == MemberFinding::Moved);
    m_members->cellWidget(row, PlaceColumn)->setEnabled(f == MemberFinding::Moved);
}

void VisitDialog::load()
{
    const RegisterRepository repository(m_context.db, m_context.clock);
    if (const Result<Household> h = repository.household(m_householdId); h) {
        m_heading->setText(tr("<b>%1</b> · %2 · RW %3 / RT %4 · %5")
                               .arg(h->headName.toHtmlEscaped(), h->id.toHtmlEscaped(),
                                    h->rw.toHtmlEscaped(), h->rt.toHtmlEscaped(),
                                    h->address.toHtmlEscaped()));
    }
    const Result<QList<Person>> members = repository.members(m_householdId);
    const Result<std::optional<Visit>> visit =
        FieldVisits(m_context.db, m_context.clock).visitOf(m_householdId);
    if (!members || !visit) {
        m_error->setText(!members ? members.error().message : visit.error().message);
        m_error->show();
        return;
    }
    for (const Person &p : *members) {
        if (p.status == PersonStatus::Active) {
            addRow(p.id, p.name, p.relationship, MemberFinding::Present);
        }
    }
    if (!*visit) {
        return;
    }
    const Visit &v = **visit;
    setOutcome(v.outcome);
    setVisitDate(v.visitedOn);
    setNotes(v.notes);
    for (const VisitMember &m : v.members) {
        if (m.finding == MemberFinding::New) {
            addNewMember(m.person.value(QLatin1String("name")).toString(),
                         vocabulary::parse<Relationship>(
                             m.person.value(QLatin1String("relationship")).toString())
                             .value_or(Relationship::Child));
        } else {
            setFinding(m.memberKey, m.finding, m.date, m.place);
        }
    }
}

void VisitDialog::setOutcome(VisitOutcome outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(int(outcome)));
}

void VisitDialog::setVisitDate(QDate date)
{
    m_date->setDate(date);
}

void VisitDialog::setNotes(const QString &notes)
{
    m_notes->setPlainText(notes);
}

bool VisitDialog::setFinding(const QString &personId, MemberFinding finding, QDate date,
                             const QString &place)
{
    for (int r = 0; r < m_members->rowCount(); ++r) {
        if (m_members->item(r, NameColumn)->data(keyRole).toString() != personId) {
            continue;
        }
        auto *box = qobject_cast<QComboBox *>(m_members->cellWidget(r, FindingColumn));
        box->setCurrentIndex(box->findData(int(finding)));
        if (date.isValid()) {
            qobject_cast<QDateEdit *>(m_members->cellWidget(r, DateColumn))->setDate(date);
        }
        qobject_cast<QLineEdit *>(m_members->cellWidget(r, PlaceColumn))->setText(place);
        updateRow(r);
        return true;
    }
    return false;
}

void VisitDialog::addNewMember(const QString &name, Relationship relationship)
{
    addRow({}, name, relationship, MemberFinding::New);
    if (name.isEmpty()) {
        m_members->cellWidget(m_members->rowCount() - 1, NameColumn)->setFocus();
    }
}

int VisitDialog::memberRows() const
{
    return m_members->rowCount();
}

Visit VisitDialog::visitFromForm() const
{
    Visit v;
    v.householdId = m_householdId;
    v.outcome = VisitOutcome(m_outcome->currentData().toInt());
    v.visitedOn = m_date->date();
    v.notes = m_notes->toPlainText().trimmed();
    for (int r = 0; r < m_members->rowCount(); ++r) {
        VisitMember m;
        m.memberKey = m_members->item(r, NameColumn)->data(keyRole).toString();
        m.finding = MemberFinding(qobject_cast<QComboBox *>(m_members->cellWidget(r, FindingColumn))
                                      ->currentData()
                                      .toInt());
        if (m.finding == MemberFinding::Died || m.finding == MemberFinding::Moved) {
            m.date = qobject_cast<QDateEdit *>(m_members->cellWidget(r, DateColumn))->date();
        }
        if (m.finding == MemberFinding::Moved) {
            m.place =
                qobject_cast<QLineEdit *>(m_members->cellWidget(r, PlaceColumn))->text().trimmed();
        }
        if (m.finding == MemberFinding::New) {
            m.person.insert(
                QStringLiteral("name"),
                qobject_cast<QLineEdit *>(m_members->cellWidget(r, NameColumn))->text().trimmed());
            m.person.insert(QStringLiteral("relationship"),
                            qobject_cast<QComboBox *>(m_members->cellWidget(r, RelationshipColumn))
                                ->currentData()
                                .toString());
        }
        v.members << m;
    }
    return v;
}

bool VisitDialog::save()
{
    if (!saveQuestionnaire()) {
        return false;
    }
    if (m_questionnaire && m_outcome->currentData().toInt() == int(VisitOutcome::Visited)) {
        const Status complete = VisitQuestionnaire(m_context.db, m_context.clock)
                                    .checkForVisit(m_questionnaire->answers(), m_persons);
        if (!complete) {
            m_error->setText(complete.error().message);
            m_error->show();
            return false;
        }
    }
    const Result<Visit> saved =
        FieldVisits(m_context.db, m_context.clock).record(m_context.session, visitFromForm());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

QString VisitDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace tepat
