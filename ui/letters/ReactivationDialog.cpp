#include "ui/letters/ReactivationDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tepat {

ReactivationDialog::ReactivationDialog(int residents, QWidget *parent)
    : QDialog(parent)
    , m_facility(new QLineEdit)
    , m_note(new QLineEdit)
    , m_coverLetter(new QLineEdit)
{
    setWindowTitle(tr("Rekomendasi reaktivasi PBI-JK"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Surat rekomendasi untuk %n warga: kepesertaan PBI-JK desil 6–10 dinonaktifkan "
           "SK Mensos 03/HUK/2026 dan diaktifkan kembali selama enam bulan atas rekomendasi "
           "kelurahan/desa. Alasan:",
           nullptr, residents));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (ReactivationReason reason : ReactivationForm::allReasons()) {
        auto *box = new QCheckBox(ReactivationForm::reasonLabel(reason));
        box->setObjectName(ReactivationForm::reasonCode(reason));
        layout->addWidget(box);
        m_reasons.append({reason, box});
    }
    auto *form = new QFormLayout;
    m_facility->setObjectName(QStringLiteral("facility"));
    m_facility->setPlaceholderText(tr("mis. RSUD Gambiran, Puskesmas Pesantren"));
    m_note->setObjectName(QStringLiteral("note"));
    m_coverLetter->setObjectName(QStringLiteral("coverLetter"));
    form->addRow(tr("&Fasilitas kesehatan:"), m_facility);
    form->addRow(tr("&Catatan pengecekan:"), m_note);
    form->addRow(tr("No. surat &pengantar RT/RW:"), m_coverLetter);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Terbitkan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Batal"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReactivationForm ReactivationDialog::form() const
{
    ReactivationForm f;
    for (const auto &[reason, box] : m_reasons) {
        if (box->isChecked()) {
            f.reasons << reason;
        }
    }
    f.facility = m_facility->text().trimmed();
    f.note = m_note->text().trimmed();
    f.coverLetterNumber = m_coverLetter->text().trimmed();
    return f;
}

void ReactivationDialog::setForm(const ReactivationForm &f)
{
    for (const auto &[reason, box] : m_reasons) {
        box->setChecked(f.reasons.contains(reason));
    }
    m_facility->setText(f.facility);
    m_note->setText(f.note);
    m_coverLetter->setText(f.coverLetterNumber);
}

} // namespace tepat
