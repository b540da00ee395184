#include "ui/requests/CounterReportEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tepat {

CounterReportEditor::CounterReportEditor(RequestKind kind, QWidget *parent)
    : RequestEditor(parent)
    , m_kind(kind)
    , m_reason(new QPlainTextEdit)
    , m_reporterName(new QLineEdit)
    , m_reporterPhone(new QLineEdit)
    , m_reporterNik(new QLineEdit)
    , m_anonymous(new QCheckBox(tr("Pelapor tidak mau disebut (tanpa nama)")))
{
    auto *layout = new QVBoxLayout(this);
    auto *matter = new QGroupBox(kind == RequestKind::Objection ? tr("Yang disanggah")
                                                                : tr("Keluarga yang diusulkan"));
    auto *form = new QFormLayout(matter);
    if (kind == RequestKind::Objection) {
        m_subject = new QLineEdit;
        m_subject->setPlaceholderText(tr("Nama dan alamat penerima yang dianggap tidak layak"));
        form->addRow(tr("Penerima"),
                     m_fields.wrap(QStringLiteral("subject"), m_subject, tr("Penerima")));
        m_fields.watch(m_subject);
    } else {
        m_proposedName = new QLineEdit;
        m_proposedAddress = new QLineEdit;
        form->addRow(tr("Nama kepala keluarga"),
                     m_fields.wrap(QStringLiteral("proposed_name"), m_proposedName,
                                   tr("Nama kepala keluarga")));
        form->addRow(tr("Alamat"), m_fields.wrap(QStringLiteral("proposed_address"),
                                                 m_proposedAddress, tr("Alamat")));
        m_fields.watch(m_proposedName);
        m_fields.watch(m_proposedAddress);
    }
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Alasan"), m_fields.wrap(QStringLiteral("reason"), m_reason, tr("Alasan")));
    layout->addWidget(matter);

    auto *reporter = new QGroupBox(tr("Pelapor (boleh dikosongkan bila tanpa nama)"));
    auto *reporterForm = new QFormLayout(reporter);
    reporterForm->addRow(m_anonymous);
    reporterForm->addRow(
        tr("Nama"), m_fields.wrap(QStringLiteral("reporter/name"), m_reporterName, tr("Nama")));
    reporterForm->addRow(
        tr("No HP"), m_fields.wrap(QStringLiteral("reporter/phone"), m_reporterPhone, tr("No HP")));
    reporterForm->addRow(tr("NIK"),
                         m_fields.wrap(QStringLiteral("reporter/nik"), m_reporterNik, tr("NIK")));
    layout->addWidget(reporter);
    layout->addStretch();
    for (QLineEdit *e : {m_reporterName, m_reporterPhone, m_reporterNik}) {
        m_fields.watch(e);
    }
    m_fields.watch(m_reason);
    m_fields.watch(m_anonymous);
    connect(m_anonymous, &QCheckBox::toggled, this, &CounterReportEditor::anonymityChanged);
}

void CounterReportEditor::anonymityChanged()
{
    for (QLineEdit *e : {m_reporterName, m_reporterPhone, m_reporterNik}) {
        e->setEnabled(!m_anonymous->isChecked());
    }
}

void CounterReportEditor::load(const ChangeRequest &r)
{
    m_householdId = r.householdId;
    m_personId = r.personId;
    const QJsonObject &p = r.payload;
    const auto s = [&p](const char *key) { return p.value(QLatin1String(key)).toString(); };
    if (m_subject) {
        m_subject->setText(s("subject"));
    }
    if (m_proposedName) {
        m_proposedName->setText(s("proposed_name"));
        m_proposedAddress->setText(s("proposed_address"));
    }
    m_reason->setPlainText(s("reason"));
    const QJsonObject reporter = p.value(QLatin1String("reporter")).toObject();
    m_reporterName->setText(reporter.value(QLatin1String("name")).toString());
    m_reporterPhone->setText(reporter.value(QLatin1String("phone")).toString());
    m_reporterNik->setText(reporter.value(QLatin1String("nik")).toString());
    m_anonymous->setChecked(p.value(QLatin1String("anonymous")).toBool());
    anonymityChanged();
}

QJsonObject CounterReportEditor::payload() const
{
    const bool anonymous = m_anonymous->isChecked();
    QJsonObject p{{QStringLiteral("reason"), m_reason->toPlainText().trimmed()},
                  {QStringLiteral("anonymous"), anonymous}};
    if (!anonymous) {
        p.insert(QStringLiteral("reporter"),
                 QJsonObject{{QStringLiteral("name"), m_reporterName->text().simplified()},
                             {QStringLiteral("phone"), m_reporterPhone->text().trimmed()},
                             {QStringLiteral("nik"), m_reporterNik->text().trimmed()}});
    }
    if (m_subject) {
        p.insert(QStringLiteral("subject"), m_subject->text().simplified());
    }
    if (m_proposedName) {
        p.insert(QStringLiteral("proposed_name"), m_proposedName->text().simplified());
        p.insert(QStringLiteral("proposed_address"), m_proposedAddress->text().simplified());
    }
    return p;
}

} // namespace tepat
