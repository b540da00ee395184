#include "ui/requests/RegisterRequestEditors.h"

#include "core/domain/RegionDirectory.h"
#include "core/requests/RequestPayload.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

// Field code -> label, and whether the value is a vocabulary code.
struct FieldInfo
{
    const char *field;
    const char *label;
    bool person;
};

const FieldInfo kCorrectable[] = {
    {"name", QT_TRANSLATE_NOOP("CorrectionEditor", "Nama"), true},
    {"nik", QT_TRANSLATE_NOOP("CorrectionEditor", "NIK"), true},
    {"sex", QT_TRANSLATE_NOOP("CorrectionEditor", "Jenis kelamin"), true},
    {"birth_place", QT_TRANSLATE_NOOP("CorrectionEditor", "Tempat lahir"), true},
    {"birth_date", QT_TRANSLATE_NOOP("CorrectionEditor", "Tanggal lahir"), true},
    {"relationship", QT_TRANSLATE_NOOP("CorrectionEditor", "Hubungan"), true},
    {"marital_status", QT_TRANSLATE_NOOP("CorrectionEditor", "Status perkawinan"), true},
    {"occupation", QT_TRANSLATE_NOOP("CorrectionEditor", "Pekerjaan"), true},
    {"disability", QT_TRANSLATE_NOOP("CorrectionEditor", "Disabilitas"), true},
    {"kk_number", QT_TRANSLATE_NOOP("CorrectionEditor", "No KK"), false},
    {"address", QT_TRANSLATE_NOOP("CorrectionEditor", "Alamat"), false},
    {"rt", QT_TRANSLATE_NOOP("CorrectionEditor", "RT"), false},
    {"rw", QT_TRANSLATE_NOOP("CorrectionEditor", "RW"), false},
};

QComboBox *codeCombo(const QString &field)
{
    auto *combo = new QComboBox;
    if (field == QLatin1String("sex")) {
        FormFields::fill<Sex>(combo, true);
    } else if (field == QLatin1String("relationship")) {
        FormFields::fill<Relationship>(combo, true);
    } else if (field == QLatin1String("marital_status")) {
        FormFields::fill<MaritalStatus>(combo, true);
    } else if (field == QLatin1String("disability")) {
        FormFields::fill<Disability>(combo, true);
    } else {
        delete combo;
        return nullptr;
    }
    return combo;
}

QString displayValue(const QString &field, const QString &code)
{
    if (field == QLatin1String("sex")) {
        const auto v = vocabulary::parse<Sex>(code);
        return v ? vocabulary::label(*v) : code;
    }
    if (field == QLatin1String("relationship")) {
        const auto v = vocabulary::parse<Relationship>(code);
        return v ? vocabulary::label(*v) : code;
    }
    if (field == QLatin1String("marital_status")) {
        const auto v = vocabulary::parse<MaritalStatus>(code);
        return v ? vocabulary::label(*v) : code;
    }
    if (field == QLatin1String("disability")) {
        const auto v = vocabulary::parse<Disability>(code);
        return v ? vocabulary::label(*v) : code;
    }
    if (field == QLatin1String("birth_date")) {
        return FormFields::fromIso(code);
    }
    return code;
}

void fillMembers(QComboBox *target, const std::optional<HouseholdDossier> &dossier,
                 const QString &wholeFamily)
{
    target->addItem(wholeFamily, QString());
    if (!dossier) {
        return;
    }
    for (const Person &p : dossier->members) {
        if (p.status == PersonStatus::Active) {
            target->addItem(p.name + QStringLiteral(" — ") + vocabulary::label(p.relationship),
                            p.id);
        }
    }
}

} // namespace

CorrectionEditor::CorrectionEditor(const std::optional<HouseholdDossier> &dossier, QWidget *parent)
    : RequestEditor(parent)
    , m_dossier(dossier)
    , m_table(new QTableWidget)
    , m_diff(new QLabel)
    , m_note(new QPlainTextEdit)
{
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Data"), tr("Nilai sekarang"), tr("Nilai baru")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_diff->setTextFormat(Qt::RichText);
    m_diff->setWordWrap(true);
    m_note->setMaximumHeight(60);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Isi nilai baru hanya pada data yang salah.")));
    layout->addWidget(m_fields.wrap(QStringLiteral("changes"), m_table), 1);
    layout->addWidget(new QLabel(tr("Perubahan:")));
    layout->addWidget(m_diff);
    auto *form = new QFormLayout();
    form->addRow(tr("Keterangan"), m_fields.wrap(QStringLiteral("note"), m_note, tr("Keterangan")));
    layout->addLayout(form);
    m_fields.watch(m_note);
    connect(this, &RequestEditor::edited, this, &CorrectionEditor::refreshDiff);
}

QString CorrectionEditor::currentValue(const QString &field) const
{
    if (!m_dossier) {
        return {};
    }
    const Household &h = m_dossier->household;
    if (field == QLatin1String("kk_number")) {
        return h.kkNumber;
    }
    if (field == QLatin1String("address")) {
        return h.address;
    }
    if (field == QLatin1String("rt")) {
        return h.rt;
    }
    if (field == QLatin1String("rw")) {
        return h.rw;
    }
    for (const Person &p : m_dossier->members) {
        if (p.id != m_personId) {
            continue;
        }
        if (field == QLatin1String("name")) {
            return p.name;
        }
        if (field == QLatin1String("nik")) {
            return p.nik;
        }
        if (field == QLatin1String("sex")) {
            return vocabulary::code(p.sex);
        }
        if (field == QLatin1String("birth_place")) {
            return p.birthPlace;
        }
        if (field == QLatin1String("birth_date")) {
            return p.birthDate.toString(Qt::ISODate);
        }
        if (field == QLatin1String("relationship")) {
            return vocabulary::code(p.relationship);
        }
        if (field == QLatin1String("marital_status")) {
            return vocabulary::code(p.maritalStatus);
        }
        if (field == QLatin1String("occupation")) {
            return p.occupation;
        }
        if (field == QLatin1String("disability")) {
            return vocabulary::code(p.disability);
        }
    }
    return {};
}

void CorrectionEditor::build()
{
    m_fieldsShown.clear();
    for (const FieldInfo &f : kCorrectable) {
        if (!f.person || !m_personId.isEmpty()) {
            m_fieldsShown << QLatin1String(f.field);
        }
    }
    m_table->setRowCount(int(m_fieldsShown.size()));
    for (int row = 0; row < m_fieldsShown.size(); ++row) {
        const QString field = m_fieldsShown[row];
        const char *label = "";
        for (const FieldInfo &f : kCorrectable) {
            if (field == QLatin1String(f.field)) {
                label = f.label;
            }
        }
        auto *name = new QTableWidgetItem(QCoreApplication::translate("CorrectionEditor", label));
        name->setFlags(Qt::ItemIsEnabled);
        auto *current = new QTableWidgetItem(displayValue(field, currentValue(field)));
        current->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, current);
        if (QComboBox *combo = codeCombo(field)) {
            m_table->setCellWidget(row, 2, combo);
            m_fields.watch(combo);
        } else {
            auto *edit = new QLineEdit;
            if (field == QLatin1String("birth_date")) {
                edit->setPlaceholderText(tr("HH-BB-TTTT"));
            }
            m_table->setCellWidget(row, 2, edit);
            m_fields.watch(edit);
        }
    }
}

void CorrectionEditor::load(const ChangeRequest &r)
{
    m_householdId = r.householdId;
    m_personId = r.personId;
    build();
    for (const QJsonValue &v : r.payload.value(QLatin1String("changes")).toArray()) {
        const QJsonObject change = v.toObject();
        const int row = int(m_fieldsShown.indexOf(change.value(QLatin1String("field")).toString()));
        if (row < 0) {
            continue;
        }
        const QString value = change.value(QLatin1String("new")).toString();
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2))) {
            FormFields::select(combo, value);
        } else if (auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2))) {
            edit->setText(m_fieldsShown[row] == QLatin1String("birth_date")
                              ? FormFields::fromIso(value)
                              : value);
        }
    }
    m_note->setPlainText(r.payload.value(QLatin1String("note")).toString());
    refreshDiff();
}

QJsonObject CorrectionEditor::payload() const
{
    QJsonArray changes;
    for (int row = 0; row < m_fieldsShown.size(); ++row) {
        const QString field = m_fieldsShown[row];
        QString value;
        if (auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2))) {
            value = FormFields::code(combo);
        } else if (auto *edit = qobject_cast<QLineEdit *>(m_table->cellWidget(row, 2))) {
            value = field == QLatin1String("birth_date") ? FormFields::toIso(edit->text())
                                                         : edit->text().simplified();
        }
        if (value.isEmpty()) {
            continue;
        }
        changes.append(QJsonObject{{QStringLiteral("field"), field},
                                   {QStringLiteral("old"), currentValue(field)},
                                   {QStringLiteral("new"), value}});
    }
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("note"), m_note->toPlainText().trimmed()}};
}

void CorrectionEditor::refreshDiff()
{
    QStringList lines;
    for (const QJsonValue &v : payload().value(QLatin1String("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString field = c.value(QLatin1String("field")).toString();
        const int row = int(m_fieldsShown.indexOf(field));
        const QString label = row >= 0 ? m_table->item(row, 0)->text() : field;
        lines << QStringLiteral("%1: <s>%2</s> → <b>%3</b>")
                     .arg(label.toHtmlEscaped(),
                          displayValue(field, c.value(QLatin1String("old")).toString())
                              .toHtmlEscaped(),
                          displayValue(field, c.value(QLatin1String("new")).toString())
                              .toHtmlEscaped());
    }
    m_diff->setText(lines.isEmpty() ? tr("(belum ada)") : lines.join(QStringLiteral("<br>")));
}

ProgramProposalEditor::ProgramProposalEditor(const std::optional<HouseholdDossier> &dossier,
                                             QWidget *parent)
    : RequestEditor(parent)
    , m_target(new QComboBox)
    , m_program(new QComboBox)
    , m_reason(new QPlainTextEdit)
{
    fillMembers(m_target, dossier, tr("Seluruh keluarga"));
    FormFields::fill<Program>(m_program, true);
    m_reason->setMaximumHeight(80);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Untuk"), m_target);
    form->addRow(tr("Program"), m_fields.wrap(QStringLiteral("program"), m_program, tr("Program")));
    form->addRow(tr("Alasan"), m_fields.wrap(QStringLiteral("reason"), m_reason, tr("Alasan")));
    m_fields.watch(m_target);
    m_fields.watch(m_program);
    m_fields.watch(m_reason);
}

void ProgramProposalEditor::load(const ChangeRequest &r)
{
    m_householdId = r.householdId;
    FormFields::select(m_target, r.personId);
    FormFields::select(m_program, r.payload.value(QLatin1String("program")).toString());
    m_reason->setPlainText(r.payload.value(QLatin1String("reason")).toString());
}

QJsonObject ProgramProposalEditor::payload() const
{
    return {{QStringLiteral("program"), FormFields::code(m_program)},
            {QStringLiteral("reason"), m_reason->toPlainText().trimmed()}};
}

QString ProgramProposalEditor::personId() const
{
    return FormFields::code(m_target);
}

RemovalEditor::RemovalEditor(const std::optional<HouseholdDossier> &dossier, QWidget *parent)
    : RequestEditor(parent)
    , m_target(new QComboBox)
    , m_newHead(new QComboBox)
    , m_reason(new QComboBox)
    , m_date(new QLineEdit)
    , m_certificate(new QLineEdit)
    , m_duplicateOf(new QLineEdit)
    , m_note(new QPlainTextEdit)
{
    fillMembers(m_target, dossier, tr("Seluruh keluarga"));
    if (dossier) {
        for (const Person &p : dossier->members) {
            if (p.status == PersonStatus::Active) {
                m_members << p;
            }
        }
    }
    FormFields::fill<RemovalReason>(m_reason, true);
    m_date->setPlaceholderText(tr("HH-BB-TTTT"));
    m_certificate->setPlaceholderText(tr("bila sudah ada"));
    m_duplicateOf->setPlaceholderText(
        tr("ID DTSEN (dahulu ID DTKS) orang atau keluarga yang sama"));
    m_note->setMaximumHeight(60);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Yang dihapus"), m_target);
    m_newHeadRow = m_fields.wrap(QStringLiteral("new_head"), m_newHead, tr("Kepala keluarga baru"));
    m_newHead->setToolTip(tr("Hanya bila yang dihapus adalah kepala keluarga"));
    form->addRow(tr("Kepala keluarga baru"), m_newHeadRow);
    form->addRow(tr("Alasan"), m_fields.wrap(QStringLiteral("reason"), m_reason, tr("Alasan")));
    form->addRow(tr("Tanggal"), m_fields.wrap(QStringLiteral("date"), m_date, tr("Tanggal")));
    m_certificateRow = m_fields.wrap(QStringLiteral("death_certificate"), m_certificate);
    form->addRow(tr("No akta kematian"), m_certificateRow);
    m_duplicateRow = m_fields.wrap(QStringLiteral("duplicate_of"), m_duplicateOf);
    form->addRow(tr("Sama dengan"), m_duplicateRow);
    form->addRow(tr("Keterangan"), m_fields.wrap(QStringLiteral("note"), m_note, tr("Keterangan")));
    for (QLineEdit *e : {m_date, m_certificate, m_duplicateOf}) {
        m_fields.watch(e);
    }
    // The new-head choice follows the member chosen before the form reads the payload back.
    connect(m_target, &QComboBox::currentIndexChanged, this, &RemovalEditor::targetChanged);
    m_fields.watch(m_target);
    m_fields.watch(m_newHead);
    m_fields.watch(m_reason);
    m_fields.watch(m_note);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RemovalEditor::reasonChanged);
    reasonChanged();
    targetChanged();
}

void RemovalEditor::targetChanged()
{
    const QString removed = FormFields::code(m_target);
    const auto it = std::find_if(m_members.cbegin(), m_members.cend(),
                                 [&removed](const Person &p) { return p.id == removed; });
    const bool headLeaves = it != m_members.cend() && it->relationship == Relationship::Head;
    const QString kept = FormFields::code(m_newHead);
    const QSignalBlocker blocker(m_newHead);
    m_newHead->clear();
    m_newHead->addItem(headLeaves ? tr("— pilih kepala keluarga baru —")
                                  : tr("(tidak perlu: kepala keluarga tetap)"),
                       QString());
    if (headLeaves) {
        for (const Person &p : std::as_const(m_members)) {
            if (p.id != removed) {
                m_newHead->addItem(
                    p.name + QStringLiteral(" — ") + vocabulary::label(p.relationship), p.id);
            }
        }
    }
    FormFields::select(m_newHead, kept);
    m_newHeadRow->setEnabled(headLeaves && m_newHead->count() > 1);
}

void RemovalEditor::reasonChanged()
{
    const QString reason = FormFields::code(m_reason);
    m_certificateRow->setEnabled(reason == QLatin1String("died"));
    m_duplicateRow->setEnabled(reason == QLatin1String("duplicate"));
}

void RemovalEditor::load(const ChangeRequest &r)
{
    m_householdId = r.householdId;
    FormFields::select(m_target, r.personId);
    const QJsonObject &p = r.payload;
    targetChanged();
    FormFields::select(m_newHead, p.value(QLatin1String("new_head")).toString());
    FormFields::select(m_reason, p.value(QLatin1String("reason")).toString());
    m_date->setText(FormFields::fromIso(p.value(QLatin1String("date")).toString()));
    m_certificate->setText(p.value(QLatin1String("death_certificate")).toString());
    m_duplicateOf->setText(p.value(QLatin1String("duplicate_of")).toString());
    m_note->setPlainText(p.value(QLatin1String("note")).toString());
    reasonChanged();
}

QJsonObject RemovalEditor::payload() const
{
    const QString reason = FormFields::code(m_reason);
    QJsonObject p{{QStringLiteral("reason"), reason},
                  {QStringLiteral("date"), FormFields::toIso(m_date->text())},
                  {QStringLiteral("note"), m_note->toPlainText().trimmed()}};
    if (reason == QLatin1String("died")) {
        p.insert(QStringLiteral("death_certificate"), m_certificate->text().trimmed());
    }
    if (reason == QLatin1String("duplicate")) {
        p.insert(QStringLiteral("duplicate_of"), m_duplicateOf->text().trimmed());
    }
    if (m_newHead->count() > 1 && !FormFields::code(m_newHead).isEmpty()) {
        p.insert(QStringLiteral("new_head"), FormFields::code(m_newHead));
    }
    return p;
}

QString RemovalEditor::personId() const
{
    return FormFields::code(m_target);
}

RelocationEditor::RelocationEditor(const std::optional<HouseholdDossier> &dossier, QWidget *parent)
    : RequestEditor(parent)
    , m_origin(dossier ? dossier->household.villageCode : QString())
    , m_movers(new QComboBox)
    , m_moverList(new QListWidget)
    , m_search(new QLineEdit)
    , m_destination(new QComboBox)
    , m_address(new QLineEdit)
    , m_date(new QLineEdit)
    , m_note(new QPlainTextEdit)
{
    m_search->setPlaceholderText(tr("Ketik nama kelurahan/desa tujuan"));
    m_date->setPlaceholderText(tr("HH-BB-TTTT"));
    m_note->setMaximumHeight(60);
    m_movers->addItem(tr("— pilih siapa yang pindah —"), QString());
    m_movers->addItem(tr("Seluruh keluarga"), QStringLiteral("household"));
    m_movers->addItem(tr("Anggota tertentu (centang di bawah)"), QStringLiteral("members"));
    m_moverList->setAccessibleName(tr("Anggota yang pindah"));
    m_moverList->setMaximumHeight(110);
    if (dossier) {
        for (const Person &p : dossier->members) {
            if (p.status == PersonStatus::Active) {
                auto *item = new QListWidgetItem(p.name + QStringLiteral(" — ") +
                                                     vocabulary::label(p.relationship),
                                                 m_moverList);
                item->setData(Qt::UserRole, p.id);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("Yang pindah"),
                 m_fields.wrap(QStringLiteral("movers"), m_movers, tr("Yang pindah")));
    form->addRow(tr("Anggota"),
                 m_fields.wrap(QStringLiteral("mover_ids"), m_moverList, tr("Anggota")));
    form->addRow(tr("Cari tujuan"), m_search);
    form->addRow(tr("Kelurahan/desa tujuan"),
                 m_fields.wrap(QStringLiteral("destination_village"), m_destination,
                               tr("Kelurahan/desa tujuan")));
    form->addRow(tr("Alamat tujuan"), m_fields.wrap(QStringLiteral("destination_address"),
                                                    m_address, tr("Alamat tujuan")));
    form->addRow(tr("Tanggal pindah"),
                 m_fields.wrap(QStringLiteral("date"), m_date, tr("Tanggal pindah")));
    form->addRow(tr("Keterangan"), m_fields.wrap(QStringLiteral("note"), m_note, tr("Keterangan")));
    connect(m_search, &QLineEdit::textEdited, this, &RelocationEditor::searchVillages);
    connect(m_movers, &QComboBox::currentIndexChanged, this, &RelocationEditor::moversChanged);
    connect(m_moverList, &QListWidget::itemChanged, this, [this] {
        if (m_moverList->isEnabled()) {
            Q_EMIT edited();
        }
    });
    m_fields.watch(m_movers);
    m_fields.watch(m_destination);
    m_fields.watch(m_address);
    m_fields.watch(m_date);
    m_fields.watch(m_note);
    moversChanged();
}

void RelocationEditor::moversChanged()
{
    m_moverList->setEnabled(FormFields::code(m_movers) == QLatin1String("members"));
}

void RelocationEditor::searchVillages(const QString &text)
{
    const QString kept = FormFields::code(m_destination);
    m_destination->clear();
    m_destination->addItem(QStringLiteral("—"), QString());
    if (text.trimmed().size() >= 3) {
        for (const Village &v : RegionDirectory::instance().searchVillages(text, 50, m_origin)) {
            m_destination->addItem(
                tr("%1 — Kec. %2, %3 (%4)").arg(v.name, v.districtName, v.regencyName, v.code),
                v.code);
        }
    }
    if (m_destination->count() > 1) {
        m_destination->setCurrentIndex(1);
        Q_EMIT edited();
    } else {
        FormFields::select(m_destination, kept);
    }
}

void RelocationEditor::load(const ChangeRequest &r)
{
    m_householdId = r.householdId;
    const QJsonObject &p = r.payload;
    const QString code = p.value(QLatin1String("destination_village")).toString();
    m_destination->clear();
    m_destination->addItem(QStringLiteral("—"), QString());
    if (const auto v = RegionDirectory::instance().village(code)) {
        m_destination->addItem(
            tr("%1 — Kec. %2, %3 (%4)").arg(v->name, v->districtName, v->regencyName, v->code),
            v->code);
        m_destination->setCurrentIndex(1);
    }
    m_address->setText(p.value(QLatin1String("destination_address")).toString());
    m_date->setText(FormFields::fromIso(p.value(QLatin1String("date")).toString()));
    m_note->setPlainText(p.value(QLatin1String("note")).toString());
    FormFields::select(m_movers, p.value(QLatin1String("movers")).toString());
    const QJsonArray ids = p.value(QLatin1String("mover_ids")).toArray();
    const QSignalBlocker block(m_moverList);
    for (int row = 0; row < m_moverList->count(); ++row) {
        QListWidgetItem *item = m_moverList->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    moversChanged();
}

QJsonObject RelocationEditor::payload() const
{
    const QString movers = FormFields::code(m_movers);
    QJsonObject p{{QStringLiteral("destination_village"), FormFields::code(m_destination)},
                  {QStringLiteral("destination_address"), m_address->text().simplified()},
                  {QStringLiteral("date"), FormFields::toIso(m_date->text())},
                  {QStringLiteral("note"), m_note->toPlainText().trimmed()},
                  {QStringLiteral("movers"), movers}};
    if (movers == QLatin1String("members")) {
        QJsonArray ids;
        for (int row = 0; row < m_moverList->count(); ++row) {
            if (m_moverList->item(row)->checkState() == Qt::Checked) {
                ids.append(m_moverList->item(row)->data(Qt::UserRole).toString());
            }
        }
        p.insert(QStringLiteral("mover_ids"), ids);
    }
    return p;
}

QString RelocationEditor::personId() const
{
    const QJsonArray ids = payload().value(QLatin1String("mover_ids")).toArray();
    return ids.size() == 1 ? ids.first().toString() : QString();
}

} // namespace tepat
