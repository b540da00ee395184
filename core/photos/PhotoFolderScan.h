#pragma once

#include "core/photos/PhotoExif.h"

#include <QImage>
#include <QObject>

#include <atomic>

class QThread;

namespace tepat {

struct PhotoCandidate
{
    QString path;
    PhotoExif exif;
    QImage preview;  // upright, small; null when the file is not a usable photo
    QString problem; // why it cannot be imported, for the operator
};

// Looks through photos before they are imported (a camera card or a phone's folder): capture
// time, GPS and a small upright preview of each, on a worker thread with progress and cancel,
// so the operator can match photos to the household by time or pick them by hand.
class PhotoFolderScan : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxFiles = 5000;

    explicit PhotoFolderScan(QObject *parent = nullptr);
    ~PhotoFolderScan() override; // cancels and waits for the worker

    // JPEG/PNG files under `folder` (sub-folders too, as on a camera card), by name; at most
    // maxFiles.
    static QStringList photoFiles(const QString &folder);
    // Indexes of the candidates taken within `minutes` of `visit`, nearest first.
    static QList<int> takenNear(const QList<PhotoCandidate> &candidates, const QDateTime &visit,
                                int minutes);

    bool start(const QStringList &paths, int previewEdge = 160);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const QList<PhotoCandidate> &candidates() const { return m_candidates; }

Q_SIGNALS:
    void candidateReady(int index);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QList<PhotoCandidate> m_candidates;
    int m_total = 0;
};

} // namespace tepat
