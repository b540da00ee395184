#include "ui/letters/LetterKeyPanel.h"

#include "core/common/Language.h"
#include "core/letters/LetterSigner.h"
#include "ui/common/AppContext.h"
#include "ui/common/Prompts.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace tepat {

LetterKeyPanel::LetterKeyPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("letterKeyState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rotate = new QPushButton(tr("Ganti &kunci…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateLetterKey"));
    m_rotate->setToolTip(tr("Buat kunci tanda tangan baru, misalnya bila komputer lama hilang. "
                            "Surat yang sudah terbit tetap sah."));
    connect(m_rotate, &QPushButton::clicked, this, &LetterKeyPanel::rotate);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_rotate, 0, Qt::AlignTop);
    refresh();
}

void LetterKeyPanel::refresh()
{
    const Result<LetterKeyState> key = LetterSigner(m_context.db, m_context.clock).current();
    if (!key) {
        m_state->setText(key.error().message);
        return;
    }
    if (key->keyId.isEmpty()) {
        m_state->setText(tr("Belum ada kunci: kunci dibuat otomatis saat surat pertama terbit."));
        return;
    }
    QString text =
        tr("Kunci %1, dibuat %2.")
            .arg(key->keyId.left(8), Language::formatDateTime(key->createdAt.toLocalTime()));
    text += QLatin1Char(' ') + (key->registered
                                    ? tr("Sudah terdaftar di server Dinsos: QR surat bisa "
                                         "diperiksa lewat ponsel.")
                                    : tr("Belum terdaftar di server Dinsos: terdaftar otomatis "
                                         "pada sinkronisasi berikutnya."));
    if (key->retired > 0) {
        text += QLatin1Char(' ') +
                tr("%n kunci lama disimpan agar surat yang ditandatanganinya tetap bisa diperiksa.",
                   nullptr, key->retired);
    }
    m_state->setText(text);
}

void LetterKeyPanel::rotate()
{
    if (!Prompts::confirm(
            this, {tr("Ganti kunci tanda tangan"),
                   tr("Buat kunci tanda tangan surat yang baru?\n\nSurat berikutnya "
                      "ditandatangani dengan kunci baru. Surat yang sudah terbit tetap asli: kunci "
                      "lama disimpan (tanpa bagian rahasianya) dan mengesahkan kunci baru. Server "
                      "Dinsos menerima kunci baru pada sinkronisasi berikutnya; sampai itu, QR "
                      "surat baru belum dikenal server."),
                   tr("Buat kunci baru")})) {
        return;
    }
    const Result<QString> rotated =
        LetterSigner(m_context.db, m_context.clock).rotate(m_context.session);
    if (!rotated) {
        QMessageBox::warning(this, tr("Ganti kunci tanda tangan"), rotated.error().message);
        return;
    }
    refresh();
}

} // namespace tepat
