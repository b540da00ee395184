#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/files/ContentStore.h"
#include "core/location/GeoPoint.h"
#include "core/photos/PhotoNormalizer.h"
#include "core/photos/PhotoView.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSize>

namespace tepat {

class Clock;
class Database;

struct HouseholdPhoto
{
    qint64 id = 0;
    QString householdId;
    QString sha256; // of the stored (normalised) JPEG
    PhotoView view = PhotoView::Other;
    QDateTime capturedAt; // invalid when the photo did not say
    std::optional<GeoPoint> exifPoint;
    QString sourceName;
    QSize size;
    QString addedBy;
    QDateTime addedAt;
};

struct AttachedPhoto
{
    HouseholdPhoto photo;
    bool alreadyAttached = false; // the same photo was already on this household
};

// House photos of households: stored once by content in the ContentStore (the attachment
// table references the file, kind 'house_photo'), attached with a view, listed with their
// thumbnails. Removing a photo from a household is a state, never a deletion. A failure leaves
// nothing half-stored: the row, the attachment and the audit entry commit together, and a file
// written for a failed attach is taken away again. Attaching, re-labelling and detaching need
// Permission::Draft of the session that asks.
class HouseholdPhotos
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdPhotos)

public:
    HouseholdPhotos(const Database &db, const Clock &clock, QString filesRoot);

    // Whether this session may change a household's photos (for a screen that asks before it
    // opens a file dialog); every change checks it again.
    static Status permitted(const Session &session);

    // Reads, normalises and stores one file (the command-line tool; the UI uses
    // PhotoBatchImport to do the heavy part off the UI thread).
    Result<AttachedPhoto> attachFile(const QString &householdId, const QString &path,
                                     PhotoView view, const Session &session,
                                     const PhotoLimits &limits = {}) const;
    Result<AttachedPhoto> attach(const QString &householdId, const NormalizedPhoto &photo,
                                 PhotoView view, const Session &session) const;
    // Attaches an original imported before (same bytes) without decoding it again; empty when
    // this original is unknown or its stored photo is gone.
    Result<std::optional<AttachedPhoto>>
    attachKnownSource(const QString &householdId, const QString &sourceSha256,
                      const QString &sourceName, PhotoView view, const Session &session) const;
    // Every original imported so far (its SHA-256), so a batch can skip them.
    Result<QSet<QString>> knownSources() const;

    // Front views first, then by capture time.
    Result<QList<HouseholdPhoto>> photos(const QString &householdId) const;
    Result<bool> hasFrontView(const QString &householdId) const;
    // Other households (registered ids, or "usulan-…" for proposed families) that have one of
    // this household's current photos, compared by content (stored or original SHA-256): the
    // same house photo on two families is usually a mistake.
    Result<QStringList> householdsSharingPhotos(const QString &householdId) const;
    Status setView(qint64 photoId, PhotoView view, const Session &session) const;
    Status detach(qint64 photoId, const QString &reason, const Session &session) const;

    QString photoPath(const QString &sha256) const { return m_files.pathOf(sha256); }
    // The cached thumbnail (<files>/cache/thumbnails/<sha>.jpg), made again from the stored
    // photo when missing; empty when the stored photo itself is missing or damaged.
    QString thumbnailPath(const QString &sha256) const;

private:
    struct Record
    {
        QString sha256;
        QString sourceSha256;
        QString sourceName;
        QDateTime capturedAt;
        std::optional<GeoPoint> exifPoint;
        QSize size;
        qint64 byteSize = 0;
    };
    Result<AttachedPhoto> insert(const QString &householdId, const Record &record, PhotoView view,
                                 const QString &actor) const;
    Result<std::optional<HouseholdPhoto>> find(const QString &where,
                                               const QVariantList &values) const;
    QString thumbnailFile(const QString &sha256) const;

    const Database &m_db;
    const Clock &m_clock;
    ContentStore m_files;
};

} // namespace tepat
