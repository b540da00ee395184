#pragma once

#include "core/common/Result.h"
#include "core/documents/BnbaDocument.h"

#include <QCoreApplication>

class QWidget;

namespace tepat {

class DeliberationService;
struct AppContext;

// "BNBA (PDF)": the approved requests of a musyawarah per RW/RT, landscape on the paper of the
// letter settings, shown in the print preview or saved as a PDF.
class BnbaPrint
{
    Q_DECLARE_TR_FUNCTIONS(BnbaPrint)

public:
    BnbaPrint(const DeliberationService &service, AppContext &context);

    Result<QByteArray> pdf(qint64 meetingId) const;
    // Asks where (a safe name in a writable folder) and saves; the error in words when it
    // fails. Returns the path saved to, empty when nothing was saved.
    QString save(qint64 meetingId, QWidget *parent) const;
    void preview(qint64 meetingId, QWidget *parent) const;

private:
    Result<MinutesContent> content(qint64 meetingId) const;

    const DeliberationService &m_service;
    AppContext &m_context;
};

} // namespace tepat
