#include "core/matching/NewDuplicates.h"

#include "core/storage/Database.h"

#include <QCryptographicHash>

#include <algorithm>
#include <vector>

namespace tepat {

namespace {

const QString kPending = QStringLiteral("matcher_pending");
const QString kKnown = QStringLiteral("matcher_known_pairs");
const QString kCount = QStringLiteral("matcher_new_pairs");

std::vector<quint64> decode(const QString &text)
{
    const QByteArray bytes = QByteArray::fromBase64(text.toLatin1());
    std::vector<quint64> keys(size_t(bytes.size()) / sizeof(quint64));
    std::copy_n(bytes.constData(), keys.size() * sizeof(quint64),
                reinterpret_cast<char *>(keys.data()));
    return keys;
}

QString encode(const std::vector<quint64> &keys)
{
    const QByteArray bytes(reinterpret_cast<const char *>(keys.data()),
                           qsizetype(keys.size() * sizeof(quint64)));
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

quint64 NewDuplicates::pairKey(const QString &personA, const QString &personB)
{
    const bool ordered = personA < personB;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData((ordered ? personA : personB).toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData((ordered ? personB : personA).toUtf8());
    const QByteArray digest = hash.result();
    quint64 key = 0;
    for (int i = 0; i < 8; ++i) {
        key = (key << 8) | quint8(digest[i]);
    }
    return key;
}

Status NewDuplicates::markRegisterChanged(const Database &db)
{
    return db.setSetting(kPending, QStringLiteral("1"));
}

bool NewDuplicates::pending(const Database &db)
{
    return db.setting(kPending) == QLatin1String("1");
}

qint64 NewDuplicates::lastCount(const Database &db)
{
    return db.setting(kCount).toLongLong();
}

Result<qint64> NewDuplicates::recount(const Database &db, const ScanOptions &options)
{
    Result<RegisterScanResult> scan = RegisterScan::run(db, options);
    if (!scan) {
        return scan.error();
    }
    if (scan->cancelled) {
        return lastCount(db);
    }
    std::vector<quint64> known = decode(db.setting(kKnown));
    std::sort(known.begin(), known.end());
    std::vector<quint64> now;
    now.reserve(size_t(scan->pairs.size()));
    qint64 fresh = 0;
    for (const LikelyDuplicate &p : std::as_const(scan->pairs)) {
        const quint64 key = pairKey(p.personA, p.personB);
        now.push_back(key);
        fresh += std::binary_search(known.begin(), known.end(), key) ? 0 : 1;
    }
    std::sort(now.begin(), now.end());
    for (const auto &[key, value] :
         {std::pair{kKnown, encode(now)}, std::pair{kCount, QString::number(fresh)},
          std::pair{kPending, QString()}}) {
        if (const Status s = db.setSetting(key, value); !s) {
            return s.error();
        }
    }
    return fresh;
}

} // namespace tepat
