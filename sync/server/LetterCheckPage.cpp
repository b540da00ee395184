#include "sync/server/LetterCheckPage.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "sync/server/CentralServices.h"
#include "sync/server/LetterCheck.h"
#include "sync/server/LoginThrottle.h"
#include "sync/server/console/ConsoleSite.h"

namespace tepat::central {

namespace {

QString page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\"><title>%1</title><link rel=\"stylesheet\" "
                          "href=\"/console/assets/console.css\"></head><body><main "
                          "class=\"letter-check\">%2</main></body></html>")
        .arg(title.toHtmlEscaped(), body);
}

CentralReply htmlReply(int status, const QString &html)
{
    CentralReply reply{status, html.toUtf8(), 0, {}, "text/html; charset=utf-8", {}};
    console::ConsoleSite::secure(reply);
    reply.headers.emplaceBack("Cache-Control", "no-store");
    reply.headers.emplaceBack("X-Robots-Tag", "noindex");
    return reply;
}

} // namespace

CentralReply LetterCheckPage::render(const QString &path, CentralServices &services)
{
    const QString code = path.mid(3);
    const Result<LetterCheck::Answer> answer = LetterCheck(services.database()).check(code);
    const QString title = tr("Pemeriksaan surat keterangan");
    if (!answer) {
        return htmlReply(503, page(title, QStringLiteral("<h1>%1</h1><p>%2</p>")
                                              .arg(title.toHtmlEscaped(),
                                                   answer.error().message.toHtmlEscaped())));
    }
    QString verdict;
    QString explanation;
    switch (answer->verdict) {
    case LetterCheck::Verdict::Genuine:
        verdict = tr("ASLI");
        explanation = tr("Surat ini diterbitkan dan ditandatangani secara elektronik oleh "
                         "kelurahan/desa yang tercatat, dan isinya tidak diubah.");
        break;
    case LetterCheck::Verdict::Altered:
        verdict = tr("DIUBAH");
        explanation = tr("Tanda tangan elektronik tidak cocok: isi kode ini telah diubah. Surat "
                         "tidak dapat dianggap asli.");
        break;
    case LetterCheck::Verdict::Unknown:
        verdict = tr("TIDAK DIKENAL");
        explanation = tr("Kode ini tidak dikenal oleh server kabupaten. Tanyakan ke "
                         "kelurahan/desa yang menerbitkan surat.");
        break;
    case LetterCheck::Verdict::Revoked:
        verdict = tr("DICABUT");
        explanation = tr("Surat ini sudah dicabut oleh kelurahan/desa yang menerbitkannya dan "
                         "tidak berlaku lagi.");
        break;
    }
    QString body = QStringLiteral("<h1>%1</h1><p class=\"verdict verdict-%2\">%3</p><p>%4</p>")
                       .arg(title.toHtmlEscaped(), LetterCheck::verdictCode(answer->verdict),
                            verdict.toHtmlEscaped(), explanation.toHtmlEscaped());
    if (answer->verdict == LetterCheck::Verdict::Genuine ||
        answer->verdict == LetterCheck::Verdict::Revoked) {
        body += QStringLiteral("<dl><dt>%1</dt><dd>%2</dd><dt>%3</dt><dd>%4</dd><dt>%5</dt>"
                               "<dd>%6</dd><dt>%7</dt><dd>%8</dd></dl>")
                    .arg(tr("Nomor surat").toHtmlEscaped(), answer->number.toHtmlEscaped(),
                         tr("Tanggal").toHtmlEscaped(),
                         Language::formatDate(answer->issuedOn).toHtmlEscaped(),
                         tr("Kelurahan/desa").toHtmlEscaped(), answer->villageCode.toHtmlEscaped(),
                         tr("Atas nama").toHtmlEscaped(), answer->maskedName.toHtmlEscaped());
    }
    return htmlReply(200, page(title, body));
}

CentralReply LetterCheckPage::tooMany(qint64 waitSeconds)
{
    const QString title = tr("Pemeriksaan surat keterangan");
    CentralReply reply = htmlReply(
        429, page(title, QStringLiteral("<h1>%1</h1><p>%2</p>")
                             .arg(title.toHtmlEscaped(),
                                  tr("Terlalu banyak pemeriksaan dari alamat ini. Coba lagi "
                                     "dalam %n detik.",
                                     nullptr, int(waitSeconds))
                                      .toHtmlEscaped())));
    reply.headers.emplaceBack("Retry-After", QByteArray::number(waitSeconds));
    return reply;
}

LetterCheckLimit::LetterCheckLimit(const Clock &clock)
    : m_clock(clock)
{}

qint64 LetterCheckLimit::take(const QHostAddress &peer)
{
    const QDateTime now = m_clock.now();
    if (m_windows.size() > 100000) {
        m_windows.clear(); // a flood of addresses: start again rather than grow without end
    }
    Window &w = m_windows[LoginThrottle::addressKey(peer)];
    if (!w.start.isValid() || w.start.secsTo(now) >= 60) {
        w = {now, 0};
    }
    if (w.count >= kPerMinute) {
        return qMax<qint64>(1, 60 - w.start.secsTo(now));
    }
    ++w.count;
    return 0;
}

} // namespace tepat::central
