#pragma once

#include "core/documents/DocumentWriter.h"
#include "core/letters/CertificateLetter.h"

namespace tepat {

// A surat keterangan DTKS as a printable document: kop, underlined title and number, opening,
// identity table, statements, closing, signature block with the verification QR code, optional
// "Mengetahui, Camat" block, tembusan. A copy carries SALINAN.
class LetterDocument
{
    Q_DECLARE_TR_FUNCTIONS(LetterDocument)

public:
    enum class Mark
    {
        Original,
        Copy, // SALINAN
        Draft // preview before a number is taken
    };

    // `logo`: the kop's logo (from the ContentStore), may be null.
    static Result<PrintableDocument> build(const LetterContent &content, Mark mark,
                                           const QImage &logo);
    static Result<QByteArray> pdf(const LetterContent &content, Mark mark, const QImage &logo,
                                  Paper paper);
};

// The kop's logo from the ContentStore; a null image when there is none or it is unreadable.
QImage loadLogo(const QString &filesRoot, const QString &sha256);

} // namespace tepat
