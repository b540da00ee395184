#include "ui/complaints/ComplaintDialog.h"

#include "core/domain/Vocabulary.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tepat {

ComplaintDialog::ComplaintDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(new QComboBox)
    , m_channel(new QComboBox)
    , m_anonymous(new QCheckBox(tr("&Tanpa nama (pengadu tidak mau disebut)")))
    , m_name(new QLineEdit)
    , m_contact(new QLineEdit)
    , m_household(new QLineEdit)
    , m_program(new QComboBox)
    , m_subject(new QPlainTextEdit)
    , m_error(new QLabel)
{
    setWindowTitle(tr("Catat pengaduan"));
    for (ComplaintKind kind : {ComplaintKind::Complaint, ComplaintKind::Objection}) {
        m_kind->addItem(ComplaintText::label(kind), int(kind));
    }
    m_kind->setToolTip(tr("Sanggah: warga menyatakan seorang penerima tidak layak. Sanggah yang "
                          "tidak diverifikasi dalam %1 hari gugur.")
                           .arg(ComplaintRegister::kLapseDays));
    for (ComplaintChannel channel : ComplaintText::allChannels()) {
        m_channel->addItem(ComplaintText::label(channel), int(channel));
    }
    m_program->addItem(tr("(tidak tentang satu program)"), QString());
    for (Program p : vocabulary::all<Program>()) {
        m_program->addItem(vocabulary::label(p), vocabulary::code(p));
    }
    m_name->setMaxLength(120);
    m_contact->setMaxLength(60);
    m_contact->setPlaceholderText(tr("nomor telepon atau alamat, bila mau dihubungi"));
    m_household->setMaxLength(40);
    m_household->setPlaceholderText(tr("ID keluarga, bila tentang satu keluarga"));
    m_subject->setTabChangesFocus(true);
    m_subject->setPlaceholderText(tr("Apa yang diadukan: siapa, program apa, sejak kapan"));
    m_subject->setMinimumHeight(110);
    m_error->setObjectName(QStringLiteral("complaintError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Jenis:"), m_kind);
    form->addRow(tr("&Saluran:"), m_channel);
    form->addRow(QString(), m_anonymous);
    form->addRow(tr("&Nama pengadu:"), m_name);
    form->addRow(tr("&Kontak:"), m_contact);
    form->addRow(tr("Ke&luarga:"), m_household);
    form->addRow(tr("&Program:"), m_program);
    form->addRow(tr("&Isi pengaduan:"), m_subject);

    auto *buttons = new QDialogButtonBox;
    QPushButton *saveButton =
        buttons->addButton(tr("Simpan pengaduan"), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_anonymous, &QCheckBox::toggled, this, [this](bool anonymous) {
        m_name->setEnabled(!anonymous);
        m_contact->setEnabled(!anonymous);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ComplaintDialog::setKind(ComplaintKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ComplaintDialog::setChannel(ComplaintChannel channel)
{
    m_channel->setCurrentIndex(m_channel->findData(int(channel)));
}

void ComplaintDialog::setAnonymous(bool anonymous)
{
    m_anonymous->setChecked(anonymous);
}

void ComplaintDialog::setComplainant(const QString &name, const QString &contact)
{
    m_name->setText(name);
    m_contact->setText(contact);
}

void ComplaintDialog::setHousehold(const QString &householdId)
{
    m_household->setText(householdId);
}

void ComplaintDialog::setProgram(const QString &code)
{
    m_program->setCurrentIndex(qMax(0, m_program->findData(code)));
}

void ComplaintDialog::setSubject(const QString &subject)
{
    m_subject->setPlainText(subject);
}

Complaint ComplaintDialog::complaintFromForm() const
{
    Complaint c;
    c.kind = ComplaintKind(m_kind->currentData().toInt());
    c.channel = ComplaintChannel(m_channel->currentData().toInt());
    c.anonymous = m_anonymous->isChecked();
    c.complainantName = m_name->text();
    c.complainantContact = m_contact->text();
    c.householdId = m_household->text();
    c.program = m_program->currentData().toString();
    c.subject = m_subject->toPlainText();
    return c;
}

bool ComplaintDialog::save()
{
    const Result<Complaint> made = ComplaintRegister(m_context.db, m_context.clock)
                                       .record(m_context.session, complaintFromForm());
    if (!made) {
        m_error->setText(made.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    Q_EMIT recorded(made->id);
    accept();
    return true;
}

QString ComplaintDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace tepat
