#include "core/letters/LetterSigner.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

#include <sodium.h>

namespace tepat {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Erases a secret key's bytes whichever way the function leaves.
struct Wiped
{
    QByteArray &bytes;
    ~Wiped() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
};

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

LetterSigner::LetterSigner(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

QString LetterSigner::verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Genuine:
        return QStringLiteral("genuine");
    case Verdict::Altered:
        return QStringLiteral("altered");
    case Verdict::Unknown:
        return QStringLiteral("unknown");
    case Verdict::Void:
        return QStringLiteral("void");
    case Verdict::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

Result<QString> LetterSigner::ensureKey() const
{
    if (!sodiumReady()) {
        return Error{QStringLiteral("letter.crypto"),
                     tr("Pustaka kriptografi (libsodium) tidak bisa dimulai.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> current = m_db.query(
        QStringLiteral("SELECT key_id FROM letter_key WHERE retired_at IS NULL AND secret_key IS "
                       "NOT NULL ORDER BY created_at DESC LIMIT 1"));
    if (!current) {
        return current.error();
    }
    if (current->next()) {
        return current->value(0).toString();
    }
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(sk.data()));
    const QString id = LetterPayload::keyIdOf(pk);
    Result<QSqlQuery> insert =
        m_db.query(QStringLiteral("INSERT INTO letter_key(key_id, public_key, secret_key, "
                                  "created_at) VALUES(?, ?, ?, ?)"),
                   {id, pk, sk, storedTime(m_clock.now())});
    sodium_memzero(sk.data(), size_t(sk.size()));
    if (!insert) {
        return insert.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<QString> LetterSigner::rotate(const Session &session) const
{
    if (const Status allowed = session.require(Permission::PrintLetters); !allowed) {
        return allowed.error();
    }
    if (m_db.setting(QStringLiteral("village_code")).trimmed().isEmpty()) {
        return Error{QStringLiteral("letter.no_village"),
                     tr("Kunci baru belum bisa dibuat: kode kelurahan/desa belum ada di data ini. "
                        "Muat data wilayah (impor atau sinkronisasi) lebih dulu; kunci baru "
                        "disahkan oleh kunci lama atas nama kode kelurahan/desa itu.")};
    }
    if (!sodiumReady()) {
        return Error{QStringLiteral("letter.crypto"),
                     tr("Pustaka kriptografi (libsodium) tidak bisa dimulai.")};
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Result<QSqlQuery> previous = m_db.query(
        QStringLiteral("SELECT secret_key FROM letter_key WHERE retired_at IS NULL AND secret_key "
                       "IS NOT NULL ORDER BY created_at DESC LIMIT 1"));
    if (!previous) {
        return previous.error();
    }
    QByteArray oldSecret = previous->next() ? previous->value(0).toByteArray() : QByteArray();
    const Wiped wiped{oldSecret};
    Result<QSqlQuery> retire = m_db.query(
        QStringLiteral("UPDATE letter_key SET retired_at = ?, secret_key = NULL WHERE retired_at "
                       "IS NULL"),
        {storedTime(m_clock.now())});
    if (!retire) {
        return retire.error();
    }
    Result<QString> id = ensureKey();
    if (!id) {
        return id;
    }
    if (oldSecret.size() == crypto_sign_SECRETKEYBYTES) {
        Result<QSqlQuery> created =
            m_db.query(QStringLiteral("SELECT public_key FROM letter_key WHERE key_id = ?"), {*id});
        if (!created) {
            return created.error();
        }
        const QByteArray newKey = created->next() ? created->value(0).toByteArray() : QByteArray();
        const QByteArray vouched =
            LetterPayload::rotationMessage(m_db.setting(QStringLiteral("village_code")), newKey);
        QByteArray endorsement(crypto_sign_BYTES, '\0');
        crypto_sign_detached(reinterpret_cast<unsigned char *>(endorsement.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(vouched.constData()),
                             quint64(vouched.size()),
                             reinterpret_cast<const unsigned char *>(oldSecret.constData()));
        if (Result<QSqlQuery> q =
                m_db.query(QStringLiteral("UPDATE letter_key SET endorsement = ? WHERE key_id = ?"),
                           {endorsement, *id});
            !q) {
            return q.error();
        }
    }
    const auto audit = AuditTrail(m_db, m_clock)
                           .record(session.username(), QStringLiteral("letter.key_rotate"),
                                   QStringLiteral("letter_key"), id.value());
    if (!audit) {
        return audit.error();
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<LetterKeyState> LetterSigner::current() const
{
    Result<QSqlQuery> q = m_db.query(QStringLiteral(
        "SELECT key_id, created_at, registered_at IS NOT NULL, (SELECT count(*) FROM letter_key "
        "WHERE retired_at IS NOT NULL) FROM letter_key WHERE retired_at IS NULL ORDER BY "
        "created_at DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    LetterKeyState state;
    if (q->next()) {
        state.keyId = q->value(0).toString();
        state.createdAt = parseStoredTime(q->value(1).toString());
        state.registered = q->value(2).toBool();
        state.retired = q->value(3).toInt();
    }
    return state;
}

Result<QList<PublicLetterKey>> LetterSigner::keysToRegister() const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT key_id, public_key, endorsement FROM letter_key WHERE registered_at "
                       "IS NULL ORDER BY retired_at IS NULL, created_at, retired_at"));
    if (!q) {
        return q.error();
    }
    QList<PublicLetterKey> keys;
    while (q->next()) {
        keys.append({q->value(0).toString(), q->value(1).toByteArray(), q->value(2).toByteArray()});
    }
    return keys;
}

Status LetterSigner::markRegistered(const QString &keyId) const
{
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("UPDATE letter_key SET registered_at = ? WHERE key_id = ?"),
                   {storedTime(m_clock.now()), keyId});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QString> LetterSigner::sign(const LetterClaim &claim) const
{
    const Result<QString> id = ensureKey();
    if (!id) {
        return id;
    }
    Result<QSqlQuery> q =
        m_db.query(QStringLiteral("SELECT secret_key FROM letter_key WHERE key_id = ?"), {*id});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("letter.no_key"), tr("Kunci penanda tangan surat hilang.")};
    }
    QByteArray sk = q->value(0).toByteArray();
    if (sk.size() != crypto_sign_SECRETKEYBYTES) {
        return Error{QStringLiteral("letter.bad_key"),
                     tr("Kunci penanda tangan surat rusak. Buat kunci baru di Pengaturan › Surat "
                        "& kop.")};
    }
    const QByteArray signed_ = LetterPayload::signedTextOf(claim, *id);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(signed_.constData()),
                         quint64(signed_.size()),
                         reinterpret_cast<const unsigned char *>(sk.constData()));
    sodium_memzero(sk.data(), size_t(sk.size()));
    return QString::fromLatin1(signed_ + '|' + base64Url(signature));
}

QString LetterSigner::qrText(const QString &payload) const
{
    QString base = m_db.setting(QStringLiteral("sync.server_url")).trimmed();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    if (base.isEmpty()) {
        return payload;
    }
    return base + QStringLiteral("/v/") + QString::fromLatin1(base64Url(payload.toUtf8()));
}

QString LetterSigner::payloadOf(const QString &scanned)
{
    const QString text = scanned.trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1String("/v/"));
    if (at < 0 || text.startsWith(kPrefix)) {
        return text;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        text.mid(at + 3).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? QString::fromUtf8(*decoded) : text;
}

Verification LetterSigner::verify(const QString &scanned) const
{
    Verification v;
    const std::optional<LetterPayload> payload = LetterPayload::parse(payloadOf(scanned).toUtf8());
    if (!payload) {
        v.explanation = tr("Kode ini bukan kode verifikasi surat Tepat.");
        return v;
    }
    v.claim = payload->claim;
    v.keyId = payload->keyId;

    Result<QSqlQuery> key =
        m_db.query(QStringLiteral("SELECT public_key FROM letter_key WHERE key_id = ?"), {v.keyId});
    if (!key || !key->next() || !sodiumReady()) {
        v.explanation = tr("Kode ini ditandatangani dengan kunci yang tidak dikenal di instalasi "
                           "ini. Keaslian surat tidak bisa dipastikan di sini; tanyakan ke "
                           "kelurahan/desa yang menerbitkannya.");
        return v;
    }
    if (!payload->signedBy(key->value(0).toByteArray())) {
        v.verdict = Verdict::Altered;
        v.explanation = tr("Tanda tangan elektronik tidak cocok: isi kode ini telah diubah. Surat "
                           "tidak dapat dianggap asli.");
        return v;
    }
    Result<QSqlQuery> local = m_db.query(
        QStringLiteral("SELECT l.id, l.content_hash, v.at, v.reason, r.at, r.reason FROM letter l "
                       "LEFT JOIN letter_void v ON v.letter_id = l.id LEFT JOIN letter_revocation "
                       "r ON r.letter_id = l.id WHERE l.number = ?"),
        {v.claim.number});
    if (local && local->next()) {
        v.letterId = local->value(0).toLongLong();
        const QByteArray stored = QByteArray::fromHex(local->value(1).toByteArray());
        if (stored.left(LetterPayload::kHashBytes) != v.claim.contentHash) {
            v.verdict = Verdict::Altered;
            v.explanation = tr("Nomor surat ada di register, tetapi isinya berbeda dari yang "
                               "tercatat.");
            return v;
        }
        if (!local->value(2).isNull()) {
            v.verdict = Verdict::Void;
            v.explanation =
                tr("Surat nomor %1 TIDAK BERLAKU: nomornya dibatalkan pada %2 (%3). Minta surat "
                   "yang baru ke kelurahan/desa.")
                    .arg(v.claim.number,
                         Language::formatDate(
                             parseStoredTime(local->value(2).toString()).toLocalTime().date()),
                         local->value(3).toString());
            return v;
        }
        if (!local->value(4).isNull()) {
            v.verdict = Verdict::Revoked;
            v.explanation =
                tr("Surat nomor %1 TIDAK BERLAKU: dicabut oleh kelurahan/desa pada %2 (%3).")
                    .arg(v.claim.number,
                         Language::formatDate(
                             parseStoredTime(local->value(4).toString()).toLocalTime().date()),
                         local->value(5).toString());
            return v;
        }
    }
    v.verdict = Verdict::Genuine;
    v.explanation =
        tr("Surat asli: nomor %1 tanggal %2 atas nama %3, %4.")
            .arg(v.claim.number, Language::formatDate(v.claim.issuedOn), v.claim.name,
                 v.claim.registered ? tr("terdaftar dalam DTSEN") : tr("tidak terdaftar"));
    return v;
}

} // namespace tepat
