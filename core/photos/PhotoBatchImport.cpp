#include "core/photos/PhotoBatchImport.h"

#include "core/files/ContentStore.h"

#include <QFileInfo>
#include <QThread>

namespace tepat {

PhotoBatchImport::PhotoBatchImport(const HouseholdPhotos &photos, QObject *parent)
    : QObject(parent)
    , m_photos(photos)
{}

PhotoBatchImport::~PhotoBatchImport()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

Status PhotoBatchImport::start(const QString &householdId, const QList<PhotoImportItem> &items,
                               const Session &session, const PhotoLimits &limits)
{
    if (m_thread) {
        return Error{QStringLiteral("photo.batch_running"),
                     tr("Foto sedang diimpor; tunggu sampai selesai atau batalkan dulu.")};
    }
    if (const Status allowed = HouseholdPhotos::permitted(session); !allowed) {
        return allowed;
    }
    m_householdId = householdId;
    m_session.emplace(session);
    m_items = items;
    m_results.clear();
    for (const PhotoImportItem &item : items) {
        PhotoImportResult pending;
        pending.path = item.path;
        m_results << pending;
    }
    m_done = 0;
    m_cancel = false;
    const Result<QSet<QString>> known = m_photos.knownSources();
    const QSet<QString> knownSources = known ? *known : QSet<QString>();

    QStringList paths;
    for (const PhotoImportItem &item : items) {
        paths << item.path;
    }
    m_thread = QThread::create([this, paths, limits, knownSources] {
        for (int i = 0; i < paths.size() && !m_cancel; ++i) {
            Result<QByteArray> original = PhotoNormalizer::readFile(paths[i], limits);
            Result<NormalizedPhoto> photo = Error{};
            QString knownSource;
            if (!original) {
                photo = original.error();
            } else if (const QString sha = ContentStore::sha256Of(*original);
                       knownSources.contains(sha)) {
                knownSource = sha; // stored before: no need to decode it again
            } else {
                photo = PhotoNormalizer::normalize(*original, limits);
            }
            QMetaObject::invokeMethod(
                this, [this, i, photo, knownSource] { store(i, photo, knownSource); },
                Qt::QueuedConnection);
        }
    });
    connect(m_thread, &QThread::finished, this, &PhotoBatchImport::workerDone,
            Qt::QueuedConnection);
    Q_EMIT progress(0, int(items.size()));
    m_thread->start(QThread::LowPriority);
    return {};
}

void PhotoBatchImport::cancel()
{
    m_cancel = true;
}

void PhotoBatchImport::store(int index, const Result<NormalizedPhoto> &photo,
                             const QString &knownSource)
{
    if (m_cancel) {
        return; // left as Cancelled
    }
    PhotoImportResult &result = m_results[index];
    const PhotoImportItem &item = m_items[index];
    const QString sourceName = PhotoNormalizer::maskedFileName(QFileInfo(item.path).fileName());
    Result<AttachedPhoto> attached = Error{};
    if (!knownSource.isEmpty()) {
        Result<std::optional<AttachedPhoto>> again = m_photos.attachKnownSource(
            m_householdId, knownSource, sourceName, item.view, *m_session);
        if (!again) {
            attached = again.error();
        } else if (again->has_value()) {
            attached = **again;
        } else {
            // Its stored copy is gone (files folder restored from elsewhere): do it fully.
            Result<NormalizedPhoto> fresh = PhotoNormalizer::normalizeFile(item.path);
            attached = fresh ? m_photos.attach(m_householdId, *fresh, item.view, *m_session)
                             : Result<AttachedPhoto>(fresh.error());
        }
    } else if (!photo) {
        attached = photo.error();
    } else {
        NormalizedPhoto named = *photo;
        named.sourceName = sourceName;
        attached = m_photos.attach(m_householdId, named, item.view, *m_session);
    }
    if (attached) {
        result.state = attached->alreadyAttached ? PhotoImportResult::State::AlreadyAttached
                                                 : PhotoImportResult::State::Imported;
        result.sha256 = attached->photo.sha256;
    } else {
        result.state = PhotoImportResult::State::Failed;
        result.message = attached.error().message;
    }
    ++m_done;
    Q_EMIT itemDone(result);
    Q_EMIT progress(m_done, int(m_items.size()));
}

void PhotoBatchImport::workerDone()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    int imported = 0;
    int already = 0;
    int failed = 0;
    int cancelled = 0;
    for (const PhotoImportResult &r : std::as_const(m_results)) {
        imported += r.state == PhotoImportResult::State::Imported;
        already += r.state == PhotoImportResult::State::AlreadyAttached;
        failed += r.state == PhotoImportResult::State::Failed;
        cancelled += r.state == PhotoImportResult::State::Cancelled;
    }
    Q_EMIT finished(imported, already, failed, cancelled > 0);
}

} // namespace tepat
