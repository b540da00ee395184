#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tepat::central {

class CentralDatabase;

// The public letter check behind GET /v/<code>: the code is the letter's signed payload (as
// LetterSigner writes it: no NIK, only number, date, name, desil, a content hash, the key id and
// the Ed25519 signature) in base64url, so a letter printed offline verifies by its signature
// alone against the village keys central learnt at sync (VillageLetterKeys). A code cannot be
// guessed: without the village's secret key no other code verifies. The answer shows the name
// masked, never the payload's other fields.
class LetterCheck
{
    Q_DECLARE_TR_FUNCTIONS(LetterCheck)

public:
    enum class Verdict
    {
        Genuine,
        Altered,
        Unknown,
        Revoked
    };
    struct Answer
    {
        Verdict verdict = Verdict::Unknown;
        QString number;
        QDate issuedOn;
        QString villageCode;
        QString maskedName; // "S*** W*******"
    };

    explicit LetterCheck(const CentralDatabase &db);

    Result<Answer> check(const QString &code) const;

    // The short link printed in the QR code beside the payload.
    static QString linkFor(const QString &baseUrl, const QString &payload);
    static QString codeOf(const QString &payload);
    static QString maskName(const QString &name);
    static QString verdictCode(Verdict verdict); // genuine / altered / unknown / revoked

private:
    const CentralDatabase &m_db;
};

} // namespace tepat::central
