#pragma once

#include "core/documents/DocumentWriter.h"

#include <QDialog>

#include <memory>

class QPrinter;
class QPrintPreviewWidget;

namespace tepat {

// The letter as it will be printed, before a register number is taken: the number reads
// "(nomor diberikan saat dicetak)", the page is marked DRAF and carries no verification code.
// "Terbitkan nomor dan cetak…" (accept) takes the number; "Batal" takes nothing.
class LetterPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    LetterPreviewDialog(PrintableDocument document, Paper paper, const QString &who,
                        QWidget *parent = nullptr);
    ~LetterPreviewDialog() override;

    int pageCount() const;

private:
    PrintableDocument m_document;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget *m_preview = nullptr;
};

} // namespace tepat
