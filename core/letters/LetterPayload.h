#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace tepat {

// What a letter's verification code states, signed with the installation's Ed25519 key. The
// payload is one line of text (for a QR code, or to paste): no NIK in clear, only the letter's
// number, date, status, the person's name and desil, and the first 128 bits of the SHA-256 of
// the whole printed content.
struct LetterClaim
{
    QString number;
    QDate issuedOn;
    bool registered = false;
    QString name;
    int desil = 0;
    QByteArray contentHash; // SHA-256 of the content (32 bytes); the payload keeps 16
};

// The one reader and writer of the signed payload "TPT1|number|yyyyMMdd|R/N|name|desil|hash|
// key id|signature" (fields percent-encoded, hash and signature base64url): LetterSigner signs
// and verifies with it on the desktop, tepat-central's public letter check (LetterCheck) reads
// the same text from a /v/ link. Also the letter keys' own rules: a key's id and what an old
// key signs to vouch for its successor.
struct LetterPayload
{
    static constexpr QStringView kPrefix = u"TPT1";
    static constexpr int kHashBytes = 16;

    LetterClaim claim; // contentHash holds the payload's 16 bytes
    QString keyId;
    QByteArray signedText; // everything before the last '|': what the key signed
    QByteArray signature;

    // The text a key signs for this claim.
    static QByteArray signedTextOf(const LetterClaim &claim, const QString &keyId);
    // Nothing when the text is not a Tepat letter code (wrong prefix or number of fields).
    static std::optional<LetterPayload> parse(const QByteArray &text);
    // The code of a /v/ link: the payload in base64url (at most 1024 characters).
    static std::optional<LetterPayload> fromCode(QStringView code);
    static QString codeOf(const QString &payload);

    // Whether `publicKey` (Ed25519, 32 bytes) made this payload's signature.
    bool signedBy(const QByteArray &publicKey) const;

    // Ed25519 over `message`; false for keys or signatures of the wrong size.
    static bool signatureValid(const QByteArray &publicKey, const QByteArray &message,
                               const QByteArray &signature);
    // The id of a public key: the first 8 bytes of its SHA-256, in hex.
    static QString keyIdOf(const QByteArray &publicKey);
    // What the old key of a village signs to vouch for the new one at a rotation.
    static QByteArray rotationMessage(const QString &villageCode, const QByteArray &newPublicKey);
};

} // namespace tepat
