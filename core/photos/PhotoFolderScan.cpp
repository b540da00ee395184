#include "core/photos/PhotoFolderScan.h"

#include "core/photos/PhotoNormalizer.h"

#include <QDirIterator>
#include <QThread>

#include <algorithm>

namespace tepat {

PhotoFolderScan::PhotoFolderScan(QObject *parent)
    : QObject(parent)
{}

PhotoFolderScan::~PhotoFolderScan()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

QStringList PhotoFolderScan::photoFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < maxFiles) {
        const QString path = it.next();
        if (PhotoNormalizer::looksLikePhoto(path)) {
            files << path;
        }
    }
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return files;
}

QList<int> PhotoFolderScan::takenNear(const QList<PhotoCandidate> &candidates,
                                      const QDateTime &visit, int minutes)
{
    QList<std::pair<qint64, int>> near;
    for (int i = 0; i < candidates.size(); ++i) {
        const QDateTime &taken = candidates[i].exif.capturedAt;
        if (!taken.isValid() || !visit.isValid() || !candidates[i].problem.isEmpty()) {
            continue;
        }
        const qint64 apart = std::abs(taken.secsTo(visit));
        if (apart <= qint64(minutes) * 60) {
            near.append({apart, i});
        }
    }
    std::sort(near.begin(), near.end());
    QList<int> indexes;
    for (const auto &[apart, index] : near) {
        indexes << index;
    }
    return indexes;
}

bool PhotoFolderScan::start(const QStringList &paths, int previewEdge)
{
    if (m_thread) {
        return false;
    }
    m_cancel = false;
    m_candidates.clear();
    m_total = int(paths.size());
    m_thread = QThread::create([this, paths, previewEdge] {
        for (const QString &path : paths) {
            if (m_cancel) {
                break;
            }
            PhotoCandidate candidate;
            candidate.path = path;
            Result<PhotoNormalizer::Preview> preview = PhotoNormalizer::preview(path, previewEdge);
            if (preview) {
                candidate.exif = preview->exif;
                candidate.preview = preview->image;
            } else {
                candidate.problem = preview.error().message;
            }
            QMetaObject::invokeMethod(
                this,
                [this, candidate] {
                    if (m_cancel) {
                        return;
                    }
                    m_candidates << candidate;
                    Q_EMIT candidateReady(int(m_candidates.size()) - 1);
                    Q_EMIT progress(int(m_candidates.size()), m_total);
                },
                Qt::QueuedConnection);
        }
    });
    connect(
        m_thread, &QThread::finished, this,
        [this] {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            Q_EMIT finished(m_candidates.size() < m_total);
        },
        Qt::QueuedConnection);
    Q_EMIT progress(0, m_total);
    m_thread->start(QThread::LowPriority);
    return true;
}

void PhotoFolderScan::cancel()
{
    m_cancel = true;
}

} // namespace tepat
