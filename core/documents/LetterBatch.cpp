#include "core/documents/LetterBatch.h"

#include "core/accounts/Role.h"
#include "core/documents/LetterDocument.h"
#include "core/files/AtomicFile.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

namespace tepat {

namespace {

struct Rendered
{
    Result<QByteArray> pdf = QByteArray();
};

} // namespace

LetterBatch::LetterBatch(const Database &db, const Clock &clock, const Session &session,
                         QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_filesRoot(std::move(filesRoot))
{}

QString LetterBatch::fileName(const LetterRecord &letter)
{
    return QStringLiteral("SK-%1-%2.pdf")
        .arg(letter.year)
        .arg(letter.serial, 4, 10, QLatin1Char('0'));
}

Result<QByteArray> LetterBatch::render(const LetterRecord &letter, bool copy, Paper paper,
                                       const QString &filesRoot)
{
    const LetterContent content = LetterContent::fromJson(letter.content);
    return LetterDocument::pdf(content,
                               copy ? LetterDocument::Mark::Copy : LetterDocument::Mark::Original,
                               loadLogo(filesRoot, content.logoSha256), paper);
}

QList<LetterBatch::Item> LetterBatch::run(const QStringList &personIds, const QString &outDir,
                                          const CertificateForm &form, std::optional<Paper> paper,
                                          const Progress &progress,
                                          const Cancelled &cancelled) const
{
    QList<Item> done;
    const LetterSettings settings = LetterSettings::load(m_db);
    const Paper chosen = paper.value_or(settings.paper);
    const CertificateService service(m_db, m_clock, m_session);
    if (!QDir().mkpath(outDir)) {
        Item failed;
        failed.error =
            Error{QStringLiteral("letter.out_dir"),
                  tr("Folder %1 tidak bisa dibuat.").arg(QDir::toNativeSeparators(outDir))};
        return {failed};
    }
    // Numbers are taken on this thread, one chunk at a time, while the chunk before is being
    // rendered on the pool: the store and the renderers work side by side.
    const int chunk = std::max(2, 2 * QThread::idealThreadCount());
    const auto renderOriginal = [chosen, root = m_filesRoot](const LetterRecord &letter) {
        return Rendered{render(letter, false, chosen, root)};
    };
    struct Pending
    {
        QList<Item> items;
        QList<LetterRecord> letters;
        QFuture<Rendered> pdfs;
    };
    const auto finish = [&](Pending &pending) {
        pending.pdfs.waitForFinished();
        qsizetype rendered = 0;
        for (Item &item : pending.items) {
            if (item.error) {
                continue;
            }
            const LetterRecord &letter = pending.letters[rendered];
            const Result<QByteArray> pdf = pending.pdfs.resultAt(int(rendered++)).pdf;
            const QString path = QDir(outDir).filePath(fileName(letter));
            Status status = pdf ? AtomicFile::write(path, *pdf) : Status(pdf.error());
            if (status) {
                status = service.recordPrint(letter.id, false, chosen, QStringLiteral("pdf"));
            }
            if (status) {
                item.file = path;
            } else {
                item.error = Error{status.error().code,
                                   tr("Surat nomor %1 sudah tercatat di register, tetapi PDF-nya "
                                      "gagal dibuat: %2 Cetak dari register surat.")
                                       .arg(letter.number, status.error().message)};
            }
        }
        done += pending.items;
        if (progress) {
            progress(done.size(), personIds.size());
        }
    };
    std::optional<Pending> inFlight;
    qsizetype next = 0;
    while (next < personIds.size() && !(cancelled && cancelled())) {
        Pending taken;
        for (; next < personIds.size() && taken.items.size() < chunk; ++next) {
            if (cancelled && cancelled()) {
                break;
            }
            Item item;
            item.personId = personIds[next].trimmed();
            const Result<CertificateSubject> subject =
                CertificateComposer::fromRegister(m_db, item.personId);
            const Result<LetterRecord> letter = subject ? service.issue(*subject, form, settings)
                                                        : Result<LetterRecord>(subject.error());
            if (letter) {
                item.letterId = letter->id;
                item.number = letter->number;
                taken.letters.append(*letter);
            } else {
                item.error = letter.error();
            }
            taken.items.append(item);
        }
        taken.pdfs = QtConcurrent::mapped(taken.letters, renderOriginal);
        if (inFlight) {
            finish(*inFlight);
        }
        inFlight = std::move(taken);
    }
    // Every letter that took a number gets its PDF, even after a cancel.
    if (inFlight) {
        finish(*inFlight);
    }
    return done;
}

LetterBatch::Item LetterBatch::single(const QString &personId, const QString &outFile,
                                      const CertificateForm &form, std::optional<Paper> paper) const
{
    Item item;
    item.personId = personId.trimmed();
    const LetterSettings settings = LetterSettings::load(m_db);
    const Paper chosen = paper.value_or(settings.paper);
    const Result<CertificateSubject> subject =
        CertificateComposer::fromRegister(m_db, item.personId);
    if (!subject) {
        item.error = subject.error();
        return item;
    }
    const CertificateService service(m_db, m_clock, m_session);
    const Result<LetterRecord> letter = service.issue(*subject, form, settings);
    if (!letter) {
        item.error = letter.error();
        return item;
    }
    item.letterId = letter->id;
    item.number = letter->number;
    const Result<QByteArray> pdf = render(*letter, false, chosen, m_filesRoot);
    Status status = pdf ? AtomicFile::write(outFile, *pdf) : Status(pdf.error());
    if (status) {
        status = service.recordPrint(letter->id, false, chosen, QStringLiteral("pdf"));
    }
    if (status) {
        item.file = outFile;
    } else {
        item.error = Error{status.error().code,
                           tr("Surat nomor %1 sudah tercatat di register, tetapi PDF-nya gagal "
                              "dibuat: %2 Cetak dari register surat.")
                               .arg(letter->number, status.error().message)};
    }
    return item;
}

} // namespace tepat
