#pragma once

#include "core/common/Result.h"
#include "core/letters/LetterPayload.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace tepat {

class Clock;
class Database;
class Session;

enum class Verdict
{
    Genuine, // signed by a key this installation knows, unchanged
    Altered, // looks like a Tepat code, but the signature or the content does not match
    Unknown, // not a Tepat code, or signed by a key this installation does not know
    Void,    // genuine, but its number was voided in this register: not valid
    Revoked  // genuine and printed, but the village withdrew it since (LetterRevocation)
};

struct Verification
{
    Verdict verdict = Verdict::Unknown;
    LetterClaim claim; // as read from the code (only trustworthy when genuine)
    QString keyId;
    qint64 letterId = 0; // the letter in this register, when it is here
    QString explanation; // for people, Indonesian
};

// A public letter key as the regency server must learn it.
struct PublicLetterKey
{
    QString keyId;
    QByteArray publicKey;
    QByteArray endorsement; // the previous key's signature over it; empty for the first key
};

// The current signing key as Pengaturan shows it.
struct LetterKeyState
{
    QString keyId; // empty before the first letter or key
    QDateTime createdAt;
    bool registered = false; // the regency server has taken it (LetterSync)
    int retired = 0;         // earlier keys, kept so their letters still verify
};

// The installation's letter-signing keys (table letter_key). The secret key of the current pair
// is kept in the store; retired pairs keep only their public key so older letters still verify.
class LetterSigner
{
    Q_DECLARE_TR_FUNCTIONS(LetterSigner)

public:
    static constexpr QStringView kPrefix = LetterPayload::kPrefix;

    LetterSigner(const Database &db, const Clock &clock);

    // The current key id, creating a key pair on first use.
    Result<QString> ensureKey() const;
    // A new key pair; the old one is retired (its secret key erased, its public key kept).
    // Before it is erased, the old key signs the new public key with the village's code
    // (LetterPayload::rotationMessage), kept as the new key's endorsement: the regency server
    // takes a new key only with it (the sync sends the keys in order, LetterSync). Needs
    // Permission::PrintLetters and the village's code (the endorsement names the village).
    Result<QString> rotate(const Session &session) const;
    Result<LetterKeyState> current() const;
    // The keys the regency server has not taken yet, in the order they were made (the
    // current one last), and noting that it took one.
    Result<QList<PublicLetterKey>> keysToRegister() const;
    Status markRegistered(const QString &keyId) const;
    // The signed payload for a claim.
    Result<QString> sign(const LetterClaim &claim) const;
    // Checks a pasted or scanned payload against the known keys and the local register.
    Verification verify(const QString &payload) const;

    static QString verdictCode(Verdict verdict); // genuine / altered / unknown / void / revoked

    // What the QR code of a letter holds: with a regency server in the sync settings
    // ("sync.server_url"), the short link <server>/v/<payload in base64url> that the public letter
    // check answers (the payload rides inside it, so the link alone verifies offline too);
    // without one, the payload as before. verify() takes either.
    QString qrText(const QString &payload) const;
    // The payload inside a verification link; other text is returned as it is.
    static QString payloadOf(const QString &scanned);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace tepat
