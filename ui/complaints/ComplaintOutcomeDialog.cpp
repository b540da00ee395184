#include "ui/complaints/ComplaintOutcomeDialog.h"

#include "ui/common/AppContext.h"
#include "ui/common/Prompts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tepat {

namespace {

QString actionText(ComplaintStatus to)
{
    switch (to) {
    case ComplaintStatus::Closed:
        return ComplaintOutcomeDialog::tr("Tutup pengaduan");
    case ComplaintStatus::Forwarded:
        return ComplaintOutcomeDialog::tr("Teruskan ke Dinsos");
    default:
        return ComplaintOutcomeDialog::tr("Simpan jawaban");
    }
}

} // namespace

ComplaintOutcomeDialog::ComplaintOutcomeDialog(AppContext &context, const Complaint &complaint,
                                               ComplaintStatus to, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_complaint(complaint)
    , m_to(to)
    , m_text(new QPlainTextEdit)
    , m_error(new QLabel)
{
    setWindowTitle(tr("%1 nomor %2").arg(actionText(to)).arg(complaint.id));
    auto *about =
        new QLabel(tr("%1: %2").arg(ComplaintText::label(complaint.kind), complaint.subject));
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    QString caption;
    switch (to) {
    case ComplaintStatus::Forwarded:
        caption = tr("&Mengapa diteruskan ke Dinsos (catatan untuk Dinsos):");
        break;
    case ComplaintStatus::Closed:
        caption = tr("&Alasan menutup (mis. gugur, ditarik pengadu, ganda):");
        break;
    default:
        caption = tr("&Jawaban kepada pengadu:");
        break;
    }
    auto *label = new QLabel(caption);
    label->setBuddy(m_text);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(120);
    m_error->setObjectName(QStringLiteral("outcomeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox;
    QPushButton *saveButton = buttons->addButton(actionText(to), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ComplaintOutcomeDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

bool ComplaintOutcomeDialog::save()
{
    const ComplaintRegister reg(m_context.db, m_context.clock);
    const QString text = m_text->toPlainText();
    if (m_to == ComplaintStatus::Closed && !text.trimmed().isEmpty() &&
        !Prompts::confirm(this, {tr("Tutup pengaduan"),
                                 tr("Pengaduan nomor %1 ditutup dan tidak dapat dibuka lagi. "
                                    "Tutup sekarang?")
                                     .arg(m_complaint.id),
                                 tr("Tutup pengaduan"), Prompts::Kind::Destructive})) {
        return false;
    }
    Status done;
    switch (m_to) {
    case ComplaintStatus::Closed:
        done = reg.close(m_context.session, m_complaint.id, text);
        break;
    case ComplaintStatus::Forwarded:
        done = reg.forward(m_context.session, m_complaint.id, text);
        break;
    default:
        done = reg.answer(m_context.session, m_complaint.id, text);
        break;
    }
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    accept();
    return true;
}

QString ComplaintOutcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace tepat
