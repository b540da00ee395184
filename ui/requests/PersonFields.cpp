#include "ui/requests/PersonFields.h"

#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"
#include "ui/requests/FormFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace tepat {

namespace {
const char *const kKeys[] = {
    "nik",          "name",           "sex",        "birth_place", "birth_date",
    "relationship", "marital_status", "occupation", "disability"};
}

PersonFields::PersonFields(FormFields &fields, const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_prefix(prefix)
    , m_nik(new QLineEdit)
    , m_name(new QLineEdit)
    , m_sex(new QComboBox)
    , m_birthPlace(new QLineEdit)
    , m_birthDate(new QLineEdit)
    , m_relationship(new QComboBox)
    , m_marital(new QComboBox)
    , m_occupation(new QLineEdit)
    , m_disability(new QComboBox)
{
    m_nik->setPlaceholderText(tr("16 angka"));
    m_nik->setMaxLength(20);
    m_birthDate->setPlaceholderText(tr("HH-BB-TTTT, mis. 17-08-1990"));
    FormFields::fill<Sex>(m_sex, true);
    FormFields::fill<Relationship>(m_relationship, true);
    FormFields::fill<MaritalStatus>(m_marital, true);
    FormFields::fill<Disability>(m_disability, true);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto row = [&](const QString &label, const char *key, QWidget *input) {
        form->addRow(label, m_fields.wrap(m_prefix + u'/' + QLatin1String(key), input, label));
    };
    row(tr("NIK"), "nik", m_nik);
    row(tr("Nama lengkap"), "name", m_name);
    row(tr("Jenis kelamin"), "sex", m_sex);
    row(tr("Tempat lahir"), "birth_place", m_birthPlace);
    row(tr("Tanggal lahir"), "birth_date", m_birthDate);
    row(tr("Hubungan dengan kepala keluarga"), "relationship", m_relationship);
    row(tr("Status perkawinan"), "marital_status", m_marital);
    row(tr("Pekerjaan"), "occupation", m_occupation);
    row(tr("Disabilitas"), "disability", m_disability);
    // The NIK fills sex and birth date before the form reads the person back, so the rules
    // judge the filled values (no stale "Pilih laki-laki atau perempuan").
    connect(m_nik, &QLineEdit::textEdited, this, &PersonFields::deriveFromNik);
    for (QLineEdit *e : {m_nik, m_name, m_birthPlace, m_birthDate, m_occupation}) {
        m_fields.watch(e);
    }
    for (QComboBox *c : {m_sex, m_relationship, m_marital, m_disability}) {
        m_fields.watch(c);
    }
}

void PersonFields::setPrefix(const QString &prefix)
{
    for (const char *key : kKeys) {
        m_fields.rename(m_prefix + u'/' + QLatin1String(key), prefix + u'/' + QLatin1String(key));
    }
    m_prefix = prefix;
}

void PersonFields::deriveFromNik()
{
    const IdentityNumberValidator rule(IdentityNumberValidator::Kind::Nik, Clock::system());
    const IdentityCheck check = rule.check(m_nik->text());
    if (!check.acceptable()) {
        return; // half typed or wrong: leave the fields as they are until it is valid again
    }
    // What the previous valid NIK put in (or would have put in) the fields.
    IdentityCheck previous;
    if (!m_derivedFrom.isEmpty()) {
        previous = rule.check(m_derivedFrom);
        if (!previous.acceptable()) {
            previous = {};
        }
    }
    m_derivedFrom = m_nik->text();
    const QString sex = FormFields::code(m_sex);
    const bool sexFromNik =
        sex.isEmpty() || (previous.sex != Sex::Unknown && sex == vocabulary::code(previous.sex));
    if (sexFromNik && check.sex != Sex::Unknown) {
        FormFields::select(m_sex, vocabulary::code(check.sex));
    }
    const QString typed = m_birthDate->text().trimmed();
    const bool dateFromNik =
        typed.isEmpty() || (previous.date.isValid() &&
                            FormFields::toIso(typed) == previous.date.toString(Qt::ISODate));
    if (dateFromNik && check.date.isValid()) {
        m_birthDate->setText(check.date.toString(QStringLiteral("dd-MM-yyyy")));
    }
}

QJsonObject PersonFields::value() const
{
    return {{QStringLiteral("nik"), m_nik->text().trimmed()},
            {QStringLiteral("name"), m_name->text().simplified()},
            {QStringLiteral("sex"), FormFields::code(m_sex)},
            {QStringLiteral("birth_place"), m_birthPlace->text().simplified()},
            {QStringLiteral("birth_date"), FormFields::toIso(m_birthDate->text())},
            {QStringLiteral("relationship"), FormFields::code(m_relationship)},
            {QStringLiteral("marital_status"), FormFields::code(m_marital)},
            {QStringLiteral("occupation"), m_occupation->text().simplified()},
            {QStringLiteral("disability"), FormFields::code(m_disability)}};
}

void PersonFields::setValue(const QJsonObject &p)
{
    const auto s = [&p](const char *key) { return p.value(QLatin1String(key)).toString(); };
    m_nik->setText(s("nik"));
    m_name->setText(s("name"));
    FormFields::select(m_sex, s("sex"));
    m_birthPlace->setText(s("birth_place"));
    m_birthDate->setText(FormFields::fromIso(s("birth_date")));
    FormFields::select(m_relationship, s("relationship"));
    FormFields::select(m_marital, s("marital_status"));
    m_occupation->setText(s("occupation"));
    FormFields::select(m_disability, s("disability"));
    // A saved person's NIK counts as the one the fields were filled from: correcting it later
    // refills what still matches it.
    m_derivedFrom = m_nik->text();
}

} // namespace tepat
