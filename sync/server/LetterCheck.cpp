#include "sync/server/LetterCheck.h"

#include "sync/server/CentralDatabase.h"

#include <QSqlQuery>
#include <QUrl>

#include <sodium.h>

namespace tepat::central {

namespace {

constexpr qsizetype kMaxCode = 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

LetterCheck::LetterCheck(const CentralDatabase &db)
    : m_db(db)
{}

QString LetterCheck::codeOf(const QString &payload)
{
    return QString::fromLatin1(payload.trimmed().toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                   QByteArray::OmitTrailingEquals));
}

QString LetterCheck::linkFor(const QString &baseUrl, const QString &payload)
{
    QString base = baseUrl;
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    return base + QStringLiteral("/v/") + codeOf(payload);
}

QString LetterCheck::maskName(const QString &name)
{
    QStringList words;
    for (const QString &word : name.simplified().split(u' ', Qt::SkipEmptyParts)) {
        words << word.left(1) + QString(word.size() - 1, u'*');
    }
    return words.join(u' ');
}

QString LetterCheck::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Genuine:
        return QStringLiteral("genuine");
    case Verdict::Altered:
        return QStringLiteral("altered");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

Result<LetterCheck::Answer> LetterCheck::check(const QString &code) const
{
    Answer answer;
    if (code.size() > kMaxCode || !sodiumReady()) {
        return answer;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        code.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return answer;
    }
    const QByteArray text = *decoded;
    const QList<QByteArray> fields = text.split('|');
    if (fields.size() != 9 || fields[0] != "TPT1") {
        return answer;
    }
    Result<QSqlQuery> key = m_db.query(
        QStringLiteral("SELECT village_code, public_key FROM village_letter_key WHERE key_id = ?"),
        {QString::fromLatin1(fields[7])});
    if (!key) {
        return key.error();
    }
    if (!key->next()) {
        return answer; // unknown: no village registered this key
    }
    const QString village = key->value(0).toString();
    const QByteArray pk = QByteArray::fromBase64(key->value(1).toByteArray());
    const QByteArray signature = QByteArray::fromBase64(fields[8], QByteArray::Base64UrlEncoding);
    const qsizetype signedLength = text.lastIndexOf('|');
    const bool valid =
        signature.size() == crypto_sign_BYTES && pk.size() == crypto_sign_PUBLICKEYBYTES &&
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                    reinterpret_cast<const unsigned char *>(text.constData()),
                                    quint64(signedLength),
                                    reinterpret_cast<const unsigned char *>(pk.constData())) == 0;
    answer.villageCode = village;
    if (!valid) {
        answer.verdict = Verdict::Altered; // nothing of the altered text is shown
        return answer;
    }
    answer.number = QUrl::fromPercentEncoding(fields[1]);
    answer.issuedOn = QDate::fromString(QString::fromLatin1(fields[2]), QStringLiteral("yyyyMMdd"));
    answer.maskedName = maskName(QUrl::fromPercentEncoding(fields[4]));
    Result<QSqlQuery> revoked = m_db.query(
        QStringLiteral("SELECT 1 FROM letter_revocation WHERE village_code = ? AND number = ?"),
        {village, answer.number});
    if (!revoked) {
        return revoked.error();
    }
    answer.verdict = revoked->next() ? Verdict::Revoked : Verdict::Genuine;
    return answer;
}

} // namespace tepat::central
