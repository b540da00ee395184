#include "ui/deliberation/BnbaPrint.h"

#include "core/common/FileNames.h"
#include "core/common/Language.h"
#include "core/deliberation/DeliberationService.h"
#include "core/files/AtomicFile.h"
#include "core/letters/LetterSettings.h"
#include "ui/common/AppContext.h"
#include "ui/common/PrintPreview.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrinter>

namespace tepat {

BnbaPrint::BnbaPrint(const DeliberationService &service, AppContext &context)
    : m_service(service)
    , m_context(context)
{}

Result<MinutesContent> BnbaPrint::content(qint64 meetingId) const
{
    if (meetingId <= 0) {
        return Error{QStringLiteral("meeting.none_chosen"), tr("Pilih musyawarah lebih dulu.")};
    }
    return m_service.content(meetingId, MeetingDocument::Minutes);
}

Result<QByteArray> BnbaPrint::pdf(qint64 meetingId) const
{
    const Result<MinutesContent> c = content(meetingId);
    if (!c) {
        return c.error();
    }
    return BnbaDocument::pdf(*c, LetterSettings::load(m_context.db).paper);
}

QString BnbaPrint::save(qint64 meetingId, QWidget *parent) const
{
    const Result<MinutesContent> c = content(meetingId);
    if (!c) {
        QMessageBox::warning(parent, tr("BNBA per RT/RW"), c.error().message);
        return {};
    }
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Simpan BNBA per RT/RW"),
        FileNames::suggestedPath(
            QStringLiteral("bnba %1").arg(c->meeting.heldOn.toString(Qt::ISODate)),
            QStringLiteral("pdf")),
        tr("Dokumen PDF (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    const Result<QByteArray> bytes =
        BnbaDocument::pdf(*c, LetterSettings::load(m_context.db).paper);
    const Status written = bytes ? AtomicFile::write(path, *bytes) : Status(bytes.error());
    if (!written) {
        QMessageBox::warning(parent, tr("BNBA per RT/RW"), written.error().message);
        return {};
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

void BnbaPrint::preview(qint64 meetingId, QWidget *parent) const
{
    const Result<MinutesContent> c = content(meetingId);
    if (!c) {
        QMessageBox::warning(parent, tr("BNBA per RT/RW"), c.error().message);
        return;
    }
    const PrintableDocument document = BnbaDocument::build(*c);
    QPrinter printer(QPrinter::HighResolution);
    PrintPreview::setUp(printer, DocumentWriter::pageSize(LetterSettings::load(m_context.db).paper),
                        QStringLiteral("bnba %1").arg(c->meeting.heldOn.toString(Qt::ISODate)));
    printer.setPageOrientation(QPageLayout::Landscape);
    const Result<bool> printed = PrintPreview::exec(
        printer, tr("BNBA per RT/RW musyawarah %1").arg(Language::formatDate(c->meeting.heldOn)),
        [&document](QPrinter &target) { return DocumentWriter::paint(document, target); }, parent);
    if (!printed) {
        QMessageBox::warning(parent, tr("BNBA per RT/RW"), printed.error().message);
    }
}

} // namespace tepat
