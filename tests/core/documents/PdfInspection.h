#pragma once

// What a PDF says, for tests: text through pdftotext (poppler-utils), pages through QtPdf.

#include <QBuffer>
#include <QPdfDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>

namespace tepat::test {

// All pages, or only `page` (from 1).
inline QString pdfText(const QByteArray &pdf, int page = 0)
{
    QTemporaryFile file;
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush()) {
        return {};
    }
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args << file.fileName() << QStringLiteral("-"));
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    // Lines joined with spaces: the checks are about words, not where lines break.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

// Without any white space: for numbers that a narrow column wraps ("3571014101" "900002").
inline QString compact(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

struct PdfPages
{
    int count = 0;
    QSizeF firstPagePoints;
};

inline PdfPages pdfPages(const QByteArray &pdf)
{
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    if (doc.status() != QPdfDocument::Status::Ready) {
        return {};
    }
    return {doc.pageCount(), doc.pagePointSize(0)};
}

} // namespace tepat::test
