#pragma once

#include "core/accounts/Role.h"
#include "core/common/Result.h"
#include "core/files/ContentStore.h"
#include "core/photos/PhotoNormalizer.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tepat {

class Clock;
class Database;

struct FamilyCardPhoto
{
    qint64 id = 0;
    QString householdId;
    QString sha256; // of the stored (normalised) JPEG
    QString addedBy;
    QDateTime addedAt;
};

// The photo slot "kartu keluarga" of a household (household_family_card, 0033). The card shows
// every member's NIK, so it is not a house photo: it is never listed with them, never given a
// thumbnail (no cache file, nothing in a work package or a results bundle), and only a session
// with Permission::ViewFamilyCard (administrator, operator, field staff — not the village head)
// may see which cards there are or read one. Adding and removing also need Permission::Draft.
// Every check is made here, for every caller; a screen may ask permittedToView() first.
// Removing is a state (date and actor), never a deletion. Audited ("family_card.add",
// "family_card.remove": the row id and the file's hash, never a NIK), and so is every opening of
// a card ("family_card.open": who, when, the row id).
class FamilyCardPhotos
{
    Q_DECLARE_TR_FUNCTIONS(FamilyCardPhotos)

public:
    FamilyCardPhotos(const Database &db, const Clock &clock, QString filesRoot);

    static Status permittedToView(const Session &session);
    static Status permittedToChange(const Session &session);

    Result<FamilyCardPhoto> attachFile(const QString &householdId, const QString &path,
                                       const Session &session,
                                       const PhotoLimits &limits = {}) const;
    Result<FamilyCardPhoto> attach(const QString &householdId, const NormalizedPhoto &photo,
                                   const Session &session) const;
    // How many current cards the household has: says that a card is there, shows nothing of it
    // (a list may mark "KK: ada" for any role).
    Result<int> count(const QString &householdId) const;
    // The household's current cards (ViewFamilyCard).
    Result<QList<FamilyCardPhoto>> cards(const QString &householdId, const Session &session) const;
    // The stored JPEG of one card, to show at full size (ViewFamilyCard); audited as an opening.
    Result<QByteArray> image(qint64 cardId, const Session &session) const;
    Status remove(qint64 cardId, const Session &session) const;

private:
    Result<std::optional<FamilyCardPhoto>> find(qint64 cardId) const;

    const Database &m_db;
    const Clock &m_clock;
    ContentStore m_files;
};

} // namespace tepat
