#pragma once

#include "core/letters/CertificateLetter.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace tepat {

class Clock;
class Database;
class Session;

// Surat keterangan for a list of people: each one numbered and registered, rendered to its own
// PDF (named by its register serial, never by a NIK) and recorded as printed. Numbers are taken
// one at a time on the store's connection; PDFs are rendered in parallel. Cancelling stops
// before the next number is taken, so every registered letter also has its PDF.
class LetterBatch
{
    Q_DECLARE_TR_FUNCTIONS(LetterBatch)

public:
    struct Item
    {
        QString personId;
        qint64 letterId = 0;
        QString number;
        QString file;
        std::optional<Error> error;
    };
    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    using Cancelled = std::function<bool()>;

    // `db` must belong to the calling thread (open one in a worker thread).
    LetterBatch(const Database &db, const Clock &clock, const Session &session, QString filesRoot);

    QList<Item> run(const QStringList &personIds, const QString &outDir,
                    const CertificateForm &form, std::optional<Paper> paper,
                    const Progress &progress = {}, const Cancelled &cancelled = {}) const;
    Item single(const QString &personId, const QString &outFile, const CertificateForm &form,
                std::optional<Paper> paper) const;

    // "SK-2026-0012.pdf"
    static QString fileName(const LetterRecord &letter);
    // Renders one letter from the register (original or copy) to PDF bytes.
    static Result<QByteArray> render(const LetterRecord &letter, bool copy, Paper paper,
                                     const QString &filesRoot);

private:
    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
    QString m_filesRoot;
};

} // namespace tepat
