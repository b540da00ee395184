#include "ui/requests/PersonRequestEditors.h"

#include "core/domain/Vocabulary.h"
#include "ui/requests/PersonFields.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tepat {

NewMemberEditor::NewMemberEditor(QWidget *parent)
    : RequestEditor(parent)
    , m_person(new PersonFields(m_fields, QStringLiteral("member")))
    , m_reason(new QComboBox)
{
    m_reason->setEditable(true);
    m_reason->addItems({tr("Lahir"), tr("Menikah"), tr("Pindah masuk"), tr("Belum tercatat")});
    m_reason->setCurrentIndex(-1);
    m_reason->setPlaceholderText(tr("Pilih atau tulis alasannya"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_person);
    auto *form = new QFormLayout();
    form->addRow(tr("Alasan"), m_fields.wrap(QStringLiteral("reason"), m_reason, tr("Alasan")));
    layout->addLayout(form);
    layout->addStretch();
    m_fields.watch(m_reason);
    connect(m_reason, &QComboBox::editTextChanged, this, &RequestEditor::edited);
}

void NewMemberEditor::load(const ChangeRequest &r)
{
    m_householdId = r.householdId;
    m_personId = r.personId;
    m_person->setValue(r.payload.value(QLatin1String("member")).toObject());
    m_reason->setEditText(r.payload.value(QLatin1String("reason")).toString());
}

QJsonObject NewMemberEditor::payload() const
{
    return {{QStringLiteral("member"), m_person->value()},
            {QStringLiteral("reason"), m_reason->currentText().trimmed()}};
}

NewHouseholdEditor::NewHouseholdEditor(QWidget *parent)
    : RequestEditor(parent)
    , m_kk(new QLineEdit)
    , m_rt(new QLineEdit)
    , m_rw(new QLineEdit)
    , m_address(new QLineEdit)
    , m_reason(new QPlainTextEdit)
    , m_memberList(new QListWidget)
    , m_person(new PersonFields(m_fields, QStringLiteral("members/0")))
    , m_photoNote(new QLabel)
{
    m_kk->setPlaceholderText(tr("16 angka, bila sudah ada"));
    m_rt->setMaximumWidth(80);
    m_rw->setMaximumWidth(80);
    m_reason->setMaximumHeight(70);
    auto *layout = new QVBoxLayout(this);
    auto *household = new QGroupBox(tr("Keluarga"));
    auto *form = new QFormLayout(household);
    form->addRow(tr("No KK"), m_fields.wrap(QStringLiteral("kk_number"), m_kk, tr("No KK")));
    auto *area = new QWidget;
    auto *areaRow = new QHBoxLayout(area);
    areaRow->setContentsMargins(0, 0, 0, 0);
    areaRow->addWidget(new QLabel(tr("RT")));
    areaRow->addWidget(m_fields.wrap(QStringLiteral("rt"), m_rt));
    areaRow->addWidget(new QLabel(tr("RW")));
    areaRow->addWidget(m_fields.wrap(QStringLiteral("rw"), m_rw));
    areaRow->addStretch();
    form->addRow(tr("RT/RW"), area);
    form->addRow(tr("Alamat"), m_fields.wrap(QStringLiteral("address"), m_address, tr("Alamat")));
    form->addRow(tr("Alasan diusulkan"),
                 m_fields.wrap(QStringLiteral("reason"), m_reason, tr("Alasan diusulkan")));
    m_photoNote->setWordWrap(true);
    form->addRow(tr("Foto rumah"),
                 m_fields.wrap(QStringLiteral("photo"), m_photoNote, tr("Foto rumah")));
    layout->addWidget(household);

    auto *members = new QGroupBox(tr("Anggota keluarga"));
    auto *membersLayout = new QHBoxLayout(members);
    auto *listSide = new QVBoxLayout();
    m_memberList->setMaximumWidth(220);
    listSide->addWidget(m_fields.wrap(QStringLiteral("members"), m_memberList));
    auto *add = new QPushButton(tr("Tambah anggota"));
    auto *remove = new QPushButton(tr("Hapus anggota"));
    listSide->addWidget(add);
    listSide->addWidget(remove);
    membersLayout->addLayout(listSide);
    membersLayout->addWidget(m_person, 1);
    layout->addWidget(members, 1);

    for (QLineEdit *e : {m_kk, m_rt, m_rw, m_address}) {
        m_fields.watch(e);
    }
    m_fields.watch(m_reason);
    connect(this, &RequestEditor::edited, this, [this] {
        storeCurrentMember();
        refreshMemberList();
    });
    connect(m_memberList, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrentMember();
        showMember(row);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        storeCurrentMember();
        QJsonObject person;
        if (m_members.isEmpty()) {
            person.insert(QStringLiteral("relationship"), QStringLiteral("head"));
        }
        m_members.append(person);
        refreshMemberList();
        m_memberList->setCurrentRow(int(m_members.size() - 1));
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_memberList->currentRow();
        if (row < 0 || row >= m_members.size()) {
            return;
        }
        m_members.removeAt(row);
        m_current = -1;
        refreshMemberList();
        m_memberList->setCurrentRow(qMin(row, int(m_members.size()) - 1));
        Q_EMIT edited();
    });
}

void NewHouseholdEditor::storeCurrentMember()
{
    if (m_current >= 0 && m_current < m_members.size()) {
        m_members[m_current] = m_person->value();
    }
}

void NewHouseholdEditor::showMember(int row)
{
    m_current = row;
    m_person->setEnabled(row >= 0);
    m_person->setPrefix(QStringLiteral("members/%1").arg(qMax(row, 0)));
    m_person->setValue(row >= 0 && row < m_members.size() ? m_members[row].toObject()
                                                          : QJsonObject());
}

void NewHouseholdEditor::refreshMemberList()
{
    const QSignalBlocker blocker(m_memberList);
    const int row = m_memberList->currentRow();
    m_memberList->clear();
    for (const QJsonValue &v : std::as_const(m_members)) {
        const QJsonObject p = v.toObject();
        QString name = p.value(QLatin1String("name")).toString();
        if (name.isEmpty()) {
            name = tr("(belum bernama)");
        }
        const auto relationship =
            vocabulary::parse<Relationship>(p.value(QLatin1String("relationship")).toString());
        m_memberList->addItem(
            relationship ? name + QStringLiteral(" — ") + vocabulary::label(*relationship) : name);
    }
    m_memberList->setCurrentRow(qMin(row, int(m_members.size()) - 1));
}

void NewHouseholdEditor::load(const ChangeRequest &r)
{
    m_householdId = r.householdId;
    const QJsonObject &p = r.payload;
    m_kk->setText(p.value(QLatin1String("kk_number")).toString());
    m_rt->setText(p.value(QLatin1String("rt")).toString());
    m_rw->setText(p.value(QLatin1String("rw")).toString());
    m_address->setText(p.value(QLatin1String("address")).toString());
    m_reason->setPlainText(p.value(QLatin1String("reason")).toString());
    m_members = p.value(QLatin1String("members")).toArray();
    if (m_members.isEmpty()) {
        m_members.append(QJsonObject{{QStringLiteral("relationship"), QStringLiteral("head")}});
    }
    m_current = -1;
    refreshMemberList();
    m_memberList->setCurrentRow(0);
    showMember(0);
    m_photoNote->setText(tr("Lampirkan foto rumah tampak depan (atap sampai lantai) di bagian foto "
                            "di bawah formulir."));
}

QJsonObject NewHouseholdEditor::payload() const
{
    QJsonArray members = m_members;
    if (m_current >= 0 && m_current < members.size()) {
        members[m_current] = m_person->value();
    }
    return {{QStringLiteral("kk_number"), m_kk->text().trimmed()},
            {QStringLiteral("rt"), m_rt->text().trimmed()},
            {QStringLiteral("rw"), m_rw->text().trimmed()},
            {QStringLiteral("address"), m_address->text().simplified()},
            {QStringLiteral("reason"), m_reason->toPlainText().trimmed()},
            {QStringLiteral("members"), members}};
}

} // namespace tepat
