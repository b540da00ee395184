#pragma once

#include "core/photos/HouseholdPhotos.h"

#include <QObject>
#include <QSet>

#include <atomic>

class QThread;

namespace tepat {

struct PhotoImportItem
{
    QString path;
    PhotoView view = PhotoView::Other;
};

struct PhotoImportResult
{
    enum class State
    {
        Imported,
        AlreadyAttached,
        Failed,
        Cancelled
    };
    QString path;
    State state = State::Cancelled;
    QString sha256;  // Imported, AlreadyAttached
    QString message; // Failed: what was wrong with this file
};

// Imports many photos (a camera card, ~200 files) for one household without blocking the UI:
// a worker thread reads and normalises each file, the owner's thread stores it (the store's
// connection belongs to that thread). Each photo is stored whole or not at all; cancelling
// stops after the photo in hand and keeps what was stored.
class PhotoBatchImport : public QObject
{
    Q_OBJECT

public:
    explicit PhotoBatchImport(const HouseholdPhotos &photos, QObject *parent = nullptr);
    ~PhotoBatchImport() override; // cancels and waits for the worker

    // Refused when a batch is already running or the session may not change photos.
    Status start(const QString &householdId, const QList<PhotoImportItem> &items,
                 const Session &session, const PhotoLimits &limits = {});
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    const QList<PhotoImportResult> &results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void itemDone(const tepat::PhotoImportResult &result);
    void finished(int imported, int alreadyAttached, int failed, bool cancelled);

private:
    void store(int index, const Result<NormalizedPhoto> &photo, const QString &knownSource);
    void workerDone();

    const HouseholdPhotos &m_photos;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QString m_householdId;
    std::optional<Session> m_session;
    QList<PhotoImportItem> m_items;
    QList<PhotoImportResult> m_results;
    int m_done = 0;
};

} // namespace tepat
