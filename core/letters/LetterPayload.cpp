#include "core/letters/LetterPayload.h"

#include <QCryptographicHash>
#include <QList>
#include <QUrl>

#include <sodium.h>

namespace tepat {

namespace {

constexpr qsizetype kMaxCode = 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray encodeField(const QString &value)
{
    return QUrl::toPercentEncoding(value, " ./,'()-:");
}

QString decodeField(const QByteArray &value)
{
    return QUrl::fromPercentEncoding(value);
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray LetterPayload::signedTextOf(const LetterClaim &claim, const QString &keyId)
{
    return QList<QByteArray>{kPrefix.toLatin1(),
                             encodeField(claim.number),
                             claim.issuedOn.toString(QStringLiteral("yyyyMMdd")).toLatin1(),
                             QByteArray(claim.registered ? "R" : "N"),
                             encodeField(claim.name),
                             QByteArray::number(claim.desil),
                             base64Url(claim.contentHash.left(kHashBytes)),
                             keyId.toLatin1()}
        .join('|');
}

std::optional<LetterPayload> LetterPayload::parse(const QByteArray &text)
{
    const QList<QByteArray> fields = text.split('|');
    if (fields.size() != 9 || fields[0] != kPrefix.toLatin1()) {
        return std::nullopt;
    }
    LetterPayload p;
    p.claim.number = decodeField(fields[1]);
    p.claim.issuedOn =
        QDate::fromString(QString::fromLatin1(fields[2]), QStringLiteral("yyyyMMdd"));
    p.claim.registered = fields[3] == "R";
    p.claim.name = decodeField(fields[4]);
    p.claim.desil = fields[5].toInt();
    p.claim.contentHash = QByteArray::fromBase64(fields[6], QByteArray::Base64UrlEncoding);
    p.keyId = QString::fromLatin1(fields[7]);
    p.signedText = text.left(text.lastIndexOf('|'));
    p.signature = QByteArray::fromBase64(fields[8], QByteArray::Base64UrlEncoding);
    return p;
}

std::optional<LetterPayload> LetterPayload::fromCode(QStringView code)
{
    if (code.size() > kMaxCode) {
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        code.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return parse(*decoded);
}

QString LetterPayload::codeOf(const QString &payload)
{
    return QString::fromLatin1(base64Url(payload.trimmed().toUtf8()));
}

bool LetterPayload::signedBy(const QByteArray &publicKey) const
{
    return signatureValid(publicKey, signedText, signature);
}

bool LetterPayload::signatureValid(const QByteArray &publicKey, const QByteArray &message,
                                   const QByteArray &signature)
{
    return sodiumReady() && signature.size() == crypto_sign_BYTES &&
           publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString LetterPayload::keyIdOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8).toHex());
}

QByteArray LetterPayload::rotationMessage(const QString &villageCode,
                                          const QByteArray &newPublicKey)
{
    return QByteArray("TPTKEY1|") + villageCode.toUtf8() + '|' + base64Url(newPublicKey);
}

} // namespace tepat
