#include "sync/server/LetterCheck.h"

#include "core/letters/LetterPayload.h"
#include "sync/server/CentralDatabase.h"

#include <QSqlQuery>

namespace tepat::central {

LetterCheck::LetterCheck(const CentralDatabase &db)
    : m_db(db)
{}

QString LetterCheck::codeOf(const QString &payload)
{
    return LetterPayload::codeOf(payload);
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
    const std::optional<LetterPayload> payload = LetterPayload::fromCode(code);
    if (!payload) {
        return answer;
    }
    Result<QSqlQuery> key = m_db.query(
        QStringLiteral("SELECT village_code, public_key FROM village_letter_key WHERE key_id = ?"),
        {payload->keyId});
    if (!key) {
        return key.error();
    }
    if (!key->next()) {
        return answer; // unknown: no village registered this key
    }
    const QString village = key->value(0).toString();
    answer.villageCode = village;
    if (!payload->signedBy(QByteArray::fromBase64(key->value(1).toByteArray()))) {
        answer.verdict = Verdict::Altered; // nothing of the altered text is shown
        return answer;
    }
    answer.number = payload->claim.number;
    answer.issuedOn = payload->claim.issuedOn;
    answer.maskedName = maskName(payload->claim.name);
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
