#include "ui/letters/RevokeLetterDialog.h"

#include "core/common/Language.h"
#include "core/letters/LetterRegister.h"
#include "core/letters/LetterRevocation.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tepat {

RevokeLetterDialog::RevokeLetterDialog(const LetterRecord &letter, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cabut surat"));
    auto *text = new QLabel(
        tr("Surat nomor %1 tanggal %2 atas nama %3 akan dicabut: tetap tercatat di register "
           "dengan status dicabut, tidak dicetak lagi, dan pemeriksaan kode QR-nya menjawab "
           "\"dicabut\" (di server kabupaten setelah sinkronisasi berikutnya).")
            .arg(letter.number, Language::formatDate(letter.issuedOn), letter.subjectName),
        this);
    text->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("misalnya: salah orang, keadaan keluarga sudah berubah"));
    auto *label = new QLabel(tr("&Alasan pencabutan:"), this);
    label->setBuddy(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("Cabut surat…"), QDialogButtonBox::AcceptRole);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_revoke->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_revoke->setEnabled(reason().size() >= LetterRevocation::kMinimumReason); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
}

QString RevokeLetterDialog::reason() const
{
    return m_reason->text().simplified();
}

} // namespace tepat
