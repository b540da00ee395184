#include "ui/letters/LetterPreviewDialog.h"

#include "ui/common/PrintPreview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace tepat {

LetterPreviewDialog::LetterPreviewDialog(PrintableDocument document, Paper paper,
                                         const QString &who, QWidget *parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Pratinjau surat untuk %1").arg(who));
    PrintPreview::setUp(*m_printer, DocumentWriter::pageSize(paper),
                        QStringLiteral("pratinjau surat keterangan"));
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        // The document was built already; painting a preview has nothing to report.
        static_cast<void>(DocumentWriter::paint(m_document, *printer));
    });
    m_preview->fitInView();

    auto *note = new QLabel(
        tr("Periksa isi surat. Nomor surat belum diambil: nomor diberikan dari register saat "
           "Anda menekan \"Terbitkan nomor dan cetak\", dan sesudah itu hanya bisa dibatalkan "
           "dengan alasan."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *issue =
        buttons->addButton(tr("&Terbitkan nomor dan cetak…"), QDialogButtonBox::AcceptRole);
    issue->setObjectName(QStringLiteral("issue"));
    buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    // Fits 1366×768 with the window's frame and the taskbar.
    resize(760, 680);
}

LetterPreviewDialog::~LetterPreviewDialog() = default;

int LetterPreviewDialog::pageCount() const
{
    m_preview->updatePreview();
    return m_preview->pageCount();
}

} // namespace tepat
