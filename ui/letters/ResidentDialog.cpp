#include "ui/letters/ResidentDialog.h"

#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tepat {

namespace {

QString dateFormat()
{
    return QStringLiteral("dd-MM-yyyy");
}

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), dateFormat());
}

} // namespace

ResidentDialog::ResidentDialog(const CertificateService &service, const Clock &clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_clock(clock)
    , m_name(new QLineEdit(this))
    , m_nik(new QLineEdit(this))
    , m_kk(new QLineEdit(this))
    , m_sex(new QComboBox(this))
    , m_birthPlace(new QLineEdit(this))
    , m_birthDate(new QLineEdit(this))
    , m_occupation(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_rt(new QLineEdit(this))
    , m_rw(new QLineEdit(this))
    , m_findings(new QLabel(this))
    , m_acknowledge(new QCheckBox(tr("&Data sudah diperiksa dengan KTP/KK; lanjutkan"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Surat untuk warga yang tidak ada di data DTSEN"));
    m_name->setObjectName(QStringLiteral("name"));
    m_nik->setObjectName(QStringLiteral("nik"));
    m_nik->setPlaceholderText(tr("16 angka"));
    m_nik->setMaxLength(20);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sex->addItem(tr("— pilih —"), int(Sex::Unknown));
    m_sex->addItem(tr("Laki-laki"), int(Sex::Male));
    m_sex->addItem(tr("Perempuan"), int(Sex::Female));
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_birthDate->setPlaceholderText(tr("HH-BB-TTTT, terisi dari NIK"));
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    // Room for two lines of messages from the start: typing never pushes the fields around.
    m_findings->setMinimumHeight(m_findings->fontMetrics().lineSpacing() * 3);
    m_findings->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Lanjutkan ke pratinjau"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Nama:"), m_name);
    form->addRow(tr("N&IK:"), m_nik);
    form->addRow(tr("No. &KK:"), m_kk);
    form->addRow(tr("&Jenis kelamin:"), m_sex);
    form->addRow(tr("&Tempat lahir:"), m_birthPlace);
    form->addRow(tr("Tanggal &lahir:"), m_birthDate);
    form->addRow(tr("&Pekerjaan:"), m_occupation);
    form->addRow(tr("&Alamat:"), m_address);
    form->addRow(tr("&RT:"), m_rt);
    form->addRow(tr("R&W:"), m_rw);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_findings);
    layout->addWidget(m_acknowledge);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (acceptable()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nik, &QLineEdit::textChanged, this, &ResidentDialog::nikChanged);
    for (QLineEdit *e : {m_name, m_birthDate}) {
        connect(e, &QLineEdit::textChanged, this, &ResidentDialog::revalidate);
    }
    connect(m_sex, &QComboBox::currentIndexChanged, this, &ResidentDialog::revalidate);
    connect(m_acknowledge, &QCheckBox::toggled, this, &ResidentDialog::revalidate);
    revalidate();
}

void ResidentDialog::nikChanged()
{
    const IdentityCheck nik =
        IdentityNumberValidator(IdentityNumberValidator::Kind::Nik, m_clock).check(m_nik->text());
    if (nik.acceptable() && nik.date.isValid()) {
        // Filled when empty or still holding what an earlier NIK filled in; never over what
        // the operator typed.
        const QString date = nik.date.toString(dateFormat());
        if (m_birthDate->text().trimmed().isEmpty() || m_birthDate->text() == m_filledDate) {
            m_birthDate->setText(date);
            m_filledDate = date;
        }
        const int sex = m_sex->findData(int(nik.sex));
        if (sex > 0 && (m_sex->currentIndex() == 0 || m_sex->currentIndex() == m_filledSex)) {
            m_sex->setCurrentIndex(sex);
            m_filledSex = sex;
        }
    }
    revalidate();
}

CertificateSubject ResidentDialog::subject() const
{
    CertificateSubject s;
    s.name = m_name->text().trimmed();
    s.nik = m_nik->text().trimmed();
    s.kkNumber = m_kk->text().trimmed();
    s.sex = Sex(m_sex->currentData().toInt());
    s.birthPlace = m_birthPlace->text().trimmed();
    s.birthDate = parseDate(m_birthDate->text());
    s.occupation = m_occupation->text().trimmed();
    s.address = m_address->text().trimmed();
    s.rt = m_rt->text().trimmed();
    s.rw = m_rw->text().trimmed();
    s.registered = false;
    s.warningsAcknowledged = m_acknowledge->isChecked();
    return s;
}

bool ResidentDialog::acceptable() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ResidentDialog::revalidate()
{
    const CertificateSubject s = subject();
    Findings findings;
    const bool touched = !m_name->text().isEmpty() || !m_nik->text().isEmpty();
    if (touched) {
        findings = m_service.review(s);
    }
    const bool badDate = !m_birthDate->text().trimmed().isEmpty() && !s.birthDate.isValid();
    if (badDate) {
        findings.append({Severity::Error, QStringLiteral("letter.birth_date_format"),
                         tr("Tanggal lahir ditulis HH-BB-TTTT, misalnya 17-08-1990."),
                         QStringLiteral("birth_date")});
    }
    QStringList lines;
    bool warnings = false;
    for (const Finding &f : std::as_const(findings)) {
        warnings = warnings || f.severity == Severity::Warning;
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(f.severity == Severity::Error ? QStringLiteral("#b00020")
                                                        : QStringLiteral("#8a5300"),
                          f.message.toHtmlEscaped());
    }
    m_findings->setText(lines.join(QStringLiteral("<br>")));
    // Always shown, so the fields never move; it only counts while there are warnings.
    if (!warnings && m_acknowledge->isChecked()) {
        const QSignalBlocker quiet(m_acknowledge);
        m_acknowledge->setChecked(false);
    }
    m_acknowledge->setEnabled(warnings && !hasErrors(findings));
    const bool ok = touched && !hasErrors(findings) && (!warnings || m_acknowledge->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace tepat
