#include "core/photos/FamilyCardPhotos.h"

#include "core/common/Clock.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonObject>

namespace tepat {

namespace {

const char *const cardColumns = "id, household_id, sha256, added_by, added_at";

FamilyCardPhoto readCard(const QSqlQuery &q)
{
    return FamilyCardPhoto{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), parseStoredTime(q.value(4).toString())};
}

} // namespace

FamilyCardPhotos::FamilyCardPhotos(const Database &db, const Clock &clock, QString filesRoot)
    : m_db(db)
    , m_clock(clock)
    , m_files(std::move(filesRoot))
{}

Status FamilyCardPhotos::permittedToView(const Session &session)
{
    return session.require(Permission::ViewFamilyCard);
}

Status FamilyCardPhotos::permittedToChange(const Session &session)
{
    if (const Status view = permittedToView(session); !view) {
        return view;
    }
    return session.require(Permission::Draft);
}

Result<FamilyCardPhoto> FamilyCardPhotos::attachFile(const QString &householdId,
                                                     const QString &path, const Session &session,
                                                     const PhotoLimits &limits) const
{
    if (const Status allowed = permittedToChange(session); !allowed) {
        return allowed.error();
    }
    Result<NormalizedPhoto> photo = PhotoNormalizer::normalizeFile(path, limits);
    if (!photo) {
        return photo.error();
    }
    return attach(householdId, *photo, session);
}

Result<FamilyCardPhoto> FamilyCardPhotos::attach(const QString &householdId,
                                                 const NormalizedPhoto &photo,
                                                 const Session &session) const
{
    if (const Status allowed = permittedToChange(session); !allowed) {
        return allowed.error();
    }
    if (householdId.trimmed().isEmpty()) {
        return Error{QStringLiteral("photo.no_household"), tr("Keluarga belum dipilih.")};
    }
    Q_ASSERT(!photo.jpeg.isEmpty());
    const QString sha = ContentStore::sha256Of(photo.jpeg);
    auto existing = m_db.query(QStringLiteral("SELECT %1 FROM household_family_card WHERE "
                                              "household_id = ? AND sha256 = ? AND removed_at "
                                              "IS NULL")
                                   .arg(QLatin1String(cardColumns)),
                               {householdId, sha});
    if (!existing) {
        return existing.error();
    }
    if (existing->next()) {
        return readCard(*existing);
    }
    const bool fileExisted = m_files.contains(sha);
    // The stored photo only: no thumbnail is ever made of a family card.
    if (const Result<QString> stored = m_files.put(photo.jpeg); !stored) {
        return stored.error();
    }
    const auto undoFile = [&] {
        if (!fileExisted) {
            QFile::remove(m_files.pathOf(sha)); // nothing half-stored
        }
    };
    const QString actor = session.username();
    const QString now = storedTime(m_clock.now());
    Transaction tx(m_db);
    if (!tx.begun()) {
        undoFile();
        return tx.begun().error();
    }
    const auto fail = [&](const Error &e) -> Result<FamilyCardPhoto> {
        undoFile();
        return e;
    };
    if (auto a = m_db.query(
            QStringLiteral("INSERT INTO attachment(sha256, kind, mime, byte_size, created_at, "
                           "created_by) VALUES (?, 'family_card', 'image/jpeg', ?, ?, ?) ON "
                           "CONFLICT(sha256) DO NOTHING"),
            {sha, photo.jpeg.size(), now, actor});
        !a) {
        return fail(a.error());
    }
    auto row = m_db.query(QStringLiteral("INSERT INTO household_family_card (household_id, "
                                         "sha256, added_by, added_at) VALUES (?, ?, ?, ?)"),
                          {householdId, sha, actor, now});
    if (!row) {
        return fail(row.error());
    }
    const qint64 id = row->lastInsertId().toLongLong();
    if (const auto audited =
            AuditTrail(m_db, m_clock)
                .record(actor, QStringLiteral("family_card.add"), QStringLiteral("household"),
                        householdId,
                        {{QStringLiteral("card_id"), id}, {QStringLiteral("sha256"), sha}});
        !audited) {
        return fail(audited.error());
    }
    if (const Status committed = tx.commit(); !committed) {
        return fail(committed.error());
    }
    return FamilyCardPhoto{id, householdId, sha, actor, parseStoredTime(now)};
}

Result<int> FamilyCardPhotos::count(const QString &householdId) const
{
    auto q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM household_family_card WHERE "
                                       "household_id = ? AND removed_at IS NULL"),
                        {householdId});
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<FamilyCardPhoto>> FamilyCardPhotos::cards(const QString &householdId,
                                                       const Session &session) const
{
    if (const Status allowed = permittedToView(session); !allowed) {
        return allowed.error();
    }
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM household_family_card WHERE household_id "
                                       "= ? AND removed_at IS NULL ORDER BY added_at, id")
                            .arg(QLatin1String(cardColumns)),
                        {householdId});
    if (!q) {
        return q.error();
    }
    QList<FamilyCardPhoto> list;
    while (q->next()) {
        list << readCard(*q);
    }
    return list;
}

Result<std::optional<FamilyCardPhoto>> FamilyCardPhotos::find(qint64 cardId) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT %1 FROM household_family_card WHERE id = ? AND removed_at IS NULL")
            .arg(QLatin1String(cardColumns)),
        {cardId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<FamilyCardPhoto>();
    }
    return std::optional<FamilyCardPhoto>(readCard(*q));
}

Result<QByteArray> FamilyCardPhotos::image(qint64 cardId, const Session &session) const
{
    if (const Status allowed = permittedToView(session); !allowed) {
        return allowed.error();
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    const Result<std::optional<FamilyCardPhoto>> card = find(cardId);
    if (!card) {
        return card.error();
    }
    if (!*card) {
        return Error{QStringLiteral("photo.not_found"),
                     tr("Foto kartu keluarga ini tidak ada lagi.")};
    }
    Result<QByteArray> jpeg = m_files.read((*card)->sha256);
    if (!jpeg) {
        return jpeg;
    }
    // Who looked at a card full of NIKs, and when: the card's row, never its content.
    if (const auto audited = AuditTrail(m_db, m_clock)
                                 .record(session.username(), QStringLiteral("family_card.open"),
                                         QStringLiteral("household"), (*card)->householdId,
                                         {{QStringLiteral("card_id"), cardId}});
        !audited) {
        return audited.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return jpeg;
}

Status FamilyCardPhotos::remove(qint64 cardId, const Session &session) const
{
    if (const Status allowed = permittedToChange(session); !allowed) {
        return allowed;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const Result<std::optional<FamilyCardPhoto>> card = find(cardId);
    if (!card) {
        return card.error();
    }
    if (!*card) {
        return Error{QStringLiteral("photo.not_found"),
                     tr("Foto kartu keluarga ini tidak ada lagi.")};
    }
    if (auto q = m_db.query(QStringLiteral("UPDATE household_family_card SET removed_at = ?, "
                                           "removed_by = ? WHERE id = ?"),
                            {storedTime(m_clock.now()), session.username(), cardId});
        !q) {
        return q.error();
    }
    if (const auto audited = AuditTrail(m_db, m_clock)
                                 .record(session.username(), QStringLiteral("family_card.remove"),
                                         QStringLiteral("household"), (*card)->householdId,
                                         {{QStringLiteral("card_id"), cardId},
                                          {QStringLiteral("sha256"), (*card)->sha256}});
        !audited) {
        return audited.error();
    }
    return tx.commit();
}

} // namespace tepat
