#include "core/requests/RequestValidator.h"

#include "core/common/Clock.h"
#include "core/domain/IdentityNumber.h"
#include "core/domain/RegionDirectory.h"
#include "core/register/RegisterRepository.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/requests/DuplicateFinder.h"
#include "core/requests/RequestPayload.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tepat {

using payload::text;

namespace {

void add(Findings &out, Severity severity, const char *code, const QString &message,
         const QString &field = {})
{
    out.append({severity, QLatin1String(code), message, field});
}

QString path(const QString &prefix, const char *key)
{
    return prefix.isEmpty() ? QLatin1String(key) : prefix + u'/' + QLatin1String(key);
}

// The register's current value of a correctable field, as the payload writes it.
QString currentValue(const Person *p, const Household &h, const QString &field)
{
    if (field == QLatin1String("kk_number")) {
        return h.kkNumber;
    }
    if (field == QLatin1String("address")) {
        return h.address;
    }
    if (field == QLatin1String("rt")) {
        return h.rt;
    }
    if (field == QLatin1String("rw")) {
        return h.rw;
    }
    if (!p) {
        return {};
    }
    if (field == QLatin1String("name")) {
        return p->name;
    }
    if (field == QLatin1String("nik")) {
        return p->nik;
    }
    if (field == QLatin1String("sex")) {
        return vocabulary::code(p->sex);
    }
    if (field == QLatin1String("birth_place")) {
        return p->birthPlace;
    }
    if (field == QLatin1String("birth_date")) {
        return p->birthDate.toString(Qt::ISODate);
    }
    if (field == QLatin1String("relationship")) {
        return vocabulary::code(p->relationship);
    }
    if (field == QLatin1String("marital_status")) {
        return vocabulary::code(p->maritalStatus);
    }
    if (field == QLatin1String("occupation")) {
        return p->occupation;
    }
    if (field == QLatin1String("disability")) {
        return vocabulary::code(p->disability);
    }
    return {};
}

} // namespace

RequestValidator::RequestValidator(const Database &db, QDate today)
    : m_db(db)
    , m_today(today)
{}

bool RequestValidator::isReady(const Findings &findings, const Findings &acknowledged)
{
    return !hasErrors(findings) && unacknowledgedWarnings(findings, acknowledged).isEmpty();
}

Findings RequestValidator::unacknowledgedWarnings(const Findings &findings,
                                                  const Findings &acknowledged)
{
    Findings open;
    for (const Finding &f : findings) {
        if (f.severity != Severity::Warning) {
            continue;
        }
        const bool seen =
            std::any_of(acknowledged.begin(), acknowledged.end(),
                        [&f](const Finding &a) { return a.code == f.code && a.field == f.field; });
        if (!seen) {
            open.append(f);
        }
    }
    return open;
}

Findings RequestValidator::validate(const ChangeRequest &r) const
{
    Findings out;
    switch (r.kind) {
    case RequestKind::NewHousehold:
        newHousehold(r, out);
        break;
    case RequestKind::NewMember:
        newMember(r, out);
        break;
    case RequestKind::Correction:
        correction(r, out);
        break;
    case RequestKind::ProgramProposal:
        programProposal(r, out);
        break;
    case RequestKind::Removal:
        removal(r, out);
        break;
    case RequestKind::Relocation:
        relocation(r, out);
        break;
    case RequestKind::Objection:
    case RequestKind::CitizenProposal:
        counterReport(r, out);
        break;
    }
    if (r.channel && !RequestChannels::fits(*r.channel, r.kind)) {
        add(out, Severity::Error, "request.channel_kind",
            tr("Saluran \"%1\" tidak cocok untuk %2: Cek Bansos sanggah untuk sanggahan atau "
               "penghapusan, Cek Bansos usul untuk usulan.")
                .arg(RequestChannels::label(*r.channel), RequestLifecycle::label(r.kind)),
            QStringLiteral("channel"));
    }
    return out;
}

void RequestValidator::fieldValue(const QString &field, const QString &value, const QString &at,
                                  Findings &out) const
{
    if (field == QLatin1String("name") || field == QLatin1String("address")) {
        if (value.isEmpty()) {
            add(out, Severity::Error, "request.required", tr("Wajib diisi."), at);
        } else if (value.size() > 200) {
            add(out, Severity::Error, "request.too_long", tr("Paling panjang 200 huruf."), at);
        }
    } else if (field == QLatin1String("nik") || field == QLatin1String("kk_number")) {
        if (value.isEmpty()) {
            return;
        }
        const IdentityNumberValidator rule(field == QLatin1String("nik")
                                               ? IdentityNumberValidator::Kind::Nik
                                               : IdentityNumberValidator::Kind::Kk,
                                           m_today);
        for (Finding f : rule.check(value).findings) {
            f.field = at;
            out.append(f);
        }
    } else if (field == QLatin1String("sex")) {
        if (!vocabulary::parse<Sex>(value)) {
            add(out, Severity::Error, "request.sex_invalid", tr("Pilih laki-laki atau perempuan."),
                at);
        }
    } else if (field == QLatin1String("birth_date")) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid()) {
            add(out, Severity::Error, "request.birth_date_invalid",
                tr("Tanggal lahir wajib diisi."), at);
        } else if (date > m_today) {
            add(out, Severity::Error, "request.birth_date_future",
                tr("Tanggal lahir tidak boleh sesudah hari ini."), at);
        } else if (date.year() < m_today.year() - 120) {
            add(out, Severity::Warning, "request.birth_date_old",
                tr("Umur lebih dari 120 tahun; periksa tahun lahir."), at);
        }
    } else if (field == QLatin1String("relationship")) {
        if (!vocabulary::parse<Relationship>(value)) {
            add(out, Severity::Error, "request.relationship_invalid",
                tr("Pilih hubungan dengan kepala keluarga."), at);
        }
    } else if (field == QLatin1String("marital_status")) {
        if (!value.isEmpty() && !vocabulary::parse<MaritalStatus>(value)) {
            add(out, Severity::Error, "request.marital_invalid",
                tr("Status perkawinan tidak dikenal."), at);
        }
    } else if (field == QLatin1String("disability")) {
        if (!value.isEmpty() && !vocabulary::parse<Disability>(value)) {
            add(out, Severity::Error, "request.disability_invalid",
                tr("Jenis disabilitas tidak dikenal."), at);
        }
    } else if (field == QLatin1String("rt") || field == QLatin1String("rw")) {
        const std::optional<QString> unit = normalizeNeighbourhoodUnit(value);
        if (!unit || unit->isEmpty()) {
            add(out, Severity::Error, "request.unit_invalid",
                field == QLatin1String("rt") ? tr("RT harus angka 1–999.")
                                             : tr("RW harus angka 1–999."),
                at);
        }
    }
}

void RequestValidator::person(const QJsonObject &p, const QString &prefix,
                              const QString &excludePersonId, Findings &out,
                              const PersonFacts &where) const
{
    for (const char *key :
         {"name", "sex", "birth_date", "relationship", "marital_status", "disability"}) {
        fieldValue(QLatin1String(key), text(p, key), path(prefix, key), out);
    }
    const QString nik = text(p, "nik");
    const QDate birth = QDate::fromString(text(p, "birth_date"), Qt::ISODate);
    const Sex sex = vocabulary::parse<Sex>(text(p, "sex")).value_or(Sex::Unknown);
    if (nik.isEmpty()) {
        add(out, Severity::Warning, "request.nik_missing",
            tr("NIK kosong. Boleh untuk bayi yang belum tercatat di Dukcapil, tetapi usulan tanpa "
               "NIK "
               "sering ditolak; isi bila sudah ada."),
            path(prefix, "nik"));
    } else {
        const IdentityNumberValidator rule(IdentityNumberValidator::Kind::Nik, m_today);
        IdentityCheck check = rule.check(nik);
        if (check.acceptable()) {
            IdentityNumberValidator::compareWithRecord(check, birth, sex);
        }
        for (Finding f : check.findings) {
            f.field = path(prefix, "nik");
            out.append(f);
        }
    }
    PersonFacts subject = where;
    subject.nik = nik;
    subject.name = text(p, "name");
    subject.birthDate = birth;
    subject.birthPlace = text(p, "birth_place");
    subject.occupation = text(p, "occupation");
    subject.sex = sex;
    const Result<QList<DuplicateCandidate>> duplicates =
        DuplicateFinder(m_db).find(subject, excludePersonId);
    if (!duplicates) {
        add(out, Severity::Error, "request.lookup_failed", duplicates.error().message, prefix);
        return;
    }
    for (const DuplicateCandidate &d : duplicates.value()) {
        if (d.sameNik) {
            add(out, Severity::Error, "request.duplicate_nik",
                tr("NIK ini sudah terdaftar atas nama %1 (ID %2). NIK yang sama tidak boleh dua "
                   "kali.")
                    .arg(d.person.name, d.person.id),
                path(prefix, "nik"));
        } else {
            add(out, Severity::Warning, "request.possible_duplicate",
                tr("Mungkin orang yang sama dengan %1 (ID %2), kemiripan %3%: %4. Periksa "
                   "sebelum melanjutkan.")
                    .arg(d.person.name, d.person.id)
                    .arg(qRound(d.score * 100))
                    .arg(d.reasons),
                path(prefix, "name"));
        }
    }
}

void RequestValidator::household(const ChangeRequest &r, Findings &out) const
{
    if (r.householdId.isEmpty()) {
        add(out, Severity::Error, "request.household_missing", tr("Pilih keluarga yang dimaksud."));
        return;
    }
    const Result<Household> h = RegisterRepository(m_db, Clock::system()).household(r.householdId);
    if (!h) {
        add(out, Severity::Error, "request.household_unknown", h.error().message);
    } else if (h->status != HouseholdStatus::Active) {
        add(out, Severity::Error, "request.household_inactive",
            tr("Keluarga ini berstatus \"%1\"; usulan hanya untuk keluarga aktif.")
                .arg(vocabulary::label(h->status)));
    }
}

void RequestValidator::newHousehold(const ChangeRequest &r, Findings &out) const
{
    const QJsonObject &p = r.payload;
    for (const char *key : {"rt", "rw", "address"}) {
        fieldValue(QLatin1String(key), text(p, key), QLatin1String(key), out);
    }
    fieldValue(QStringLiteral("kk_number"), text(p, "kk_number"), QStringLiteral("kk_number"), out);
    const QJsonArray members = p.value(QLatin1String("members")).toArray();
    if (members.isEmpty()) {
        add(out, Severity::Error, "request.members_missing",
            tr("Isi minimal satu anggota keluarga."), QStringLiteral("members"));
    }
    int heads = 0;
    QSet<QString> niks;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonObject member = members[i].toObject();
        const QString prefix = QStringLiteral("members/%1").arg(i);
        PersonFacts where;
        where.villageCode = m_db.setting(QStringLiteral("village_code"));
        where.rt = normalizeNeighbourhoodUnit(text(p, "rt")).value_or(QString());
        where.rw = normalizeNeighbourhoodUnit(text(p, "rw")).value_or(QString());
        where.address = text(p, "address");
        person(member, prefix, {}, out, where);
        heads += text(member, "relationship") == QLatin1String("head");
        const QString nik = text(member, "nik");
        if (!nik.isEmpty() && niks.contains(nik)) {
            add(out, Severity::Error, "request.duplicate_nik_in_family",
                tr("NIK ini sudah dipakai anggota lain dalam usulan yang sama."),
                prefix + QStringLiteral("/nik"));
        }
        niks.insert(nik);
    }
    if (!members.isEmpty() && heads != 1) {
        add(out, Severity::Error, "request.head_count",
            tr("Keluarga harus punya tepat satu kepala keluarga (sekarang %1).").arg(heads),
            QStringLiteral("members"));
    }
    if (text(p, "reason").isEmpty()) {
        add(out, Severity::Error, "request.reason_required",
            tr("Tulis alasan keluarga ini diusulkan."), QStringLiteral("reason"));
    }
    // The front photo (roof to floor) travels with the proposal.
    Result<QSqlQuery> photo =
        m_db.query(QStringLiteral("SELECT count(*) FROM request_attachment WHERE request_id = ? "
                                  "AND role = 'house_front'"),
                   {r.id});
    if (!photo || !photo->next() || photo->value(0).toInt() == 0) {
        add(out, Severity::Error, "request.front_photo_missing",
            tr("Foto rumah tampak depan (atap sampai lantai) wajib untuk usulan keluarga baru."),
            QStringLiteral("photo"));
    } else {
        reusedPhotos(r, out);
    }
}

void RequestValidator::newMember(const ChangeRequest &r, Findings &out) const
{
    household(r, out);
    const QJsonObject member = r.payload.value(QLatin1String("member")).toObject();
    PersonFacts where;
    if (!r.householdId.isEmpty()) {
        const Result<Household> target =
            RegisterRepository(m_db, Clock::system()).household(r.householdId);
        if (target) {
            where.householdId = target->id;
            where.villageCode = target->villageCode;
            where.rt = target->rt;
            where.rw = target->rw;
            where.address = target->address;
        }
    }
    person(member, QStringLiteral("member"), {}, out, where);
    if (text(member, "relationship") == QLatin1String("head") && !r.householdId.isEmpty()) {
        const Result<Household> h =
            RegisterRepository(m_db, Clock::system()).household(r.householdId);
        if (h && !h->headName.isEmpty()) {
            add(out, Severity::Error, "request.head_exists",
                tr("Keluarga ini sudah punya kepala keluarga (%1). Untuk mengganti kepala "
                   "keluarga, "
                   "ajukan perbaikan data.")
                    .arg(h->headName),
                QStringLiteral("member/relationship"));
        }
    }
    if (text(r.payload, "reason").isEmpty()) {
        add(out, Severity::Error, "request.reason_required",
            tr("Tulis alasan penambahan (lahir, menikah, pindah masuk, …)."),
            QStringLiteral("reason"));
    }
}

void RequestValidator::correction(const ChangeRequest &r, Findings &out) const
{
    household(r, out);
    const RegisterRepository repository(m_db, Clock::system());
    const Result<Household> h = repository.household(r.householdId);
    std::optional<Person> target;
    if (!r.personId.isEmpty()) {
        const Result<Person> p = repository.person(r.personId);
        if (!p) {
            add(out, Severity::Error, "request.person_unknown", p.error().message);
            return;
        }
        target = p.value();
    }
    const QJsonArray changes = r.payload.value(QLatin1String("changes")).toArray();
    if (changes.isEmpty()) {
        add(out, Severity::Error, "request.no_changes", tr("Belum ada data yang diperbaiki."),
            QStringLiteral("changes"));
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject change = changes[i].toObject();
        const QString field = text(change, "field");
        const QString at = QStringLiteral("changes/%1").arg(i);
        const bool allowed =
            payload::isHouseholdField(field) || (target && payload::isPersonField(field));
        if (!allowed) {
            add(out, Severity::Error, "request.field_unknown",
                tr("Data \"%1\" tidak bisa diperbaiki di sini.").arg(field), at);
            continue;
        }
        const QString newValue = text(change, "new");
        const QString oldValue = text(change, "old");
        if (newValue == oldValue) {
            add(out, Severity::Error, "request.unchanged", tr("Nilai baru sama dengan nilai lama."),
                at);
            continue;
        }
        fieldValue(field, newValue, at + QStringLiteral("/new"), out);
        if (field == QLatin1String("relationship") && newValue == QLatin1String("head") && target) {
            secondHead(r, *target, at + QStringLiteral("/new"), out);
        }
        if (field == QLatin1String("nik") && !newValue.isEmpty()) {
            const Result<QList<DuplicateCandidate>> same =
                DuplicateFinder(m_db).find(newValue, {}, {}, r.personId);
            if (same && !same->isEmpty()) {
                add(out, Severity::Error, "request.duplicate_nik",
                    tr("NIK ini sudah terdaftar atas nama %1 (ID %2).")
                        .arg(same->first().person.name, same->first().person.id),
                    at + QStringLiteral("/new"));
            }
        }
        if (h && oldValue != currentValue(target ? &*target : nullptr, h.value(), field)) {
            add(out, Severity::Warning, "request.stale_old_value",
                tr("Nilai lama \"%1\" sudah tidak sama dengan data sekarang (\"%2\").")
                    .arg(oldValue, currentValue(target ? &*target : nullptr, h.value(), field)),
                at + QStringLiteral("/old"));
        }
    }
}

void RequestValidator::programProposal(const ChangeRequest &r, Findings &out) const
{
    household(r, out);
    const std::optional<Program> program = vocabulary::parse<Program>(text(r.payload, "program"));
    if (!program) {
        add(out, Severity::Error, "request.program_missing", tr("Pilih programnya."),
            QStringLiteral("program"));
    } else if (!r.householdId.isEmpty()) {
        const RegisterRepository repository(m_db, Clock::system());
        const Result<QList<ProgramMembership>> memberships = repository.programs(r.householdId);
        if (memberships) {
            for (const ProgramMembership &m : memberships.value()) {
                const bool samePerson = r.personId.isEmpty() || m.personId == r.personId;
                if (m.program == *program && !m.until.isValid() && samePerson) {
                    add(out, Severity::Error, "request.already_member",
                        tr("Sudah menerima %1.").arg(vocabulary::label(*program)),
                        QStringLiteral("program"));
                    break;
                }
            }
        }
        // The same proposal still on its way (a draft up to ratification): a second one would
        // be counted twice upstream. A bulk import of the same workbook twice ends here.
        Result<QSqlQuery> open = m_db.query(
            QStringLiteral("SELECT id, state FROM change_request WHERE kind = 'program_proposal'"
                           " AND household_id = ? AND coalesce(person_id, '') = ? AND id <> ?"
                           " AND json_extract(payload, '$.program') IN (?, ?) AND state NOT IN"
                           " ('rejected', 'dinsos_rejected', 'final', 'lapsed', 'discarded')"
                           " ORDER BY id LIMIT 1"),
            {r.householdId, r.personId, r.id, vocabulary::code(*program),
             text(r.payload, "program")});
        if (open && open->next()) {
            const std::optional<RequestState> state =
                RequestLifecycle::stateFromCode(open->value(1).toString());
            add(out, Severity::Error, "request.already_proposed",
                tr("Sudah ada usulan %1 yang sama (#%2, %3). Lanjutkan usulan itu, atau buang "
                   "drafnya lebih dulu.")
                    .arg(vocabulary::label(*program))
                    .arg(open->value(0).toLongLong())
                    .arg(state ? RequestLifecycle::label(*state) : open->value(1).toString()),
                QStringLiteral("program"));
        }
        const Result<Household> h = repository.household(r.householdId);
        if (h && programMismatchesDesil(*program, h->desil)) {
            add(out, Severity::Warning, "request.program_desil",
                tr("%1 untuk desil %2 tidak sesuai aturan DTSEN (PKH desil 1–4; BPNT dan PBI-JK "
                   "desil "
                   "1–5).")
                    .arg(vocabulary::label(*program))
                    .arg(h->desil),
                QStringLiteral("program"));
        } else if (h && h->desil == 0) {
            add(out, Severity::Warning, "request.program_no_desil",
                tr("Keluarga ini belum punya desil; kelayakan program belum bisa dinilai."),
                QStringLiteral("program"));
        }
    }
    if (text(r.payload, "reason").isEmpty()) {
        add(out, Severity::Error, "request.reason_required", tr("Tulis alasan usulan."),
            QStringLiteral("reason"));
    }
}

void RequestValidator::removal(const ChangeRequest &r, Findings &out) const
{
    household(r, out);
    const QString code = text(r.payload, "reason");
    const std::optional<RemovalReason> reason = vocabulary::parse<RemovalReason>(code);
    if (!reason) {
        add(out, Severity::Error, "request.removal_reason", tr("Pilih alasan penghapusan."),
            QStringLiteral("reason"));
    }
    const RegisterRepository repository(m_db, Clock::system());
    if (!r.personId.isEmpty()) {
        const Result<Person> p = repository.person(r.personId);
        if (!p) {
            add(out, Severity::Error, "request.person_unknown", p.error().message);
        } else if (p->status != PersonStatus::Active) {
            add(out, Severity::Error, "request.person_inactive",
                tr("%1 sudah berstatus \"%2\".").arg(p->name, vocabulary::label(p->status)));
        } else {
            removedMember(r, p.value(), out);
        }
    }
    const QString dateText = text(r.payload, "date");
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (reason == RemovalReason::Died && !date.isValid()) {
        add(out, Severity::Error, "request.death_date", tr("Tanggal meninggal wajib diisi."),
            QStringLiteral("date"));
    } else if (!dateText.isEmpty() && !date.isValid()) {
        add(out, Severity::Error, "request.date_invalid", tr("Tanggal tidak sah."),
            QStringLiteral("date"));
    } else if (date.isValid() && date > m_today) {
        add(out, Severity::Error, "request.date_future",
            tr("Tanggal tidak boleh sesudah hari ini."), QStringLiteral("date"));
    }
    if (reason == RemovalReason::Died && r.personId.isEmpty()) {
        add(out, Severity::Error, "request.death_needs_person",
            tr("Untuk alasan meninggal, pilih anggota keluarga yang meninggal."),
            QStringLiteral("reason"));
    }
    if (reason == RemovalReason::Duplicate) {
        const QString other = text(r.payload, "duplicate_of");
        if (other.isEmpty()) {
            add(out, Severity::Error, "request.duplicate_of_missing",
                tr("Pilih data lain yang merupakan orang/keluarga yang sama."),
                QStringLiteral("duplicate_of"));
        } else if (other == r.personId || other == r.householdId) {
            add(out, Severity::Error, "request.duplicate_of_self",
                tr("Data ganda harus menunjuk data lain, bukan dirinya sendiri."),
                QStringLiteral("duplicate_of"));
        } else if (!repository.person(other) && !repository.household(other)) {
            add(out, Severity::Error, "request.duplicate_of_unknown",
                tr("Data %1 tidak ada dalam data.").arg(other), QStringLiteral("duplicate_of"));
        }
    }
}

// A member leaves the family: it must keep somebody, and a family whose head leaves needs a new
// head among the members who stay (payload "new_head").
void RequestValidator::removedMember(const ChangeRequest &r, const Person &removed,
                                     Findings &out) const
{
    const Result<QList<Person>> members =
        RegisterRepository(m_db, Clock::system()).members(r.householdId);
    if (!members) {
        add(out, Severity::Error, "request.lookup_failed", members.error().message);
        return;
    }
    QStringList staying;
    for (const Person &m : members.value()) {
        if (m.status == PersonStatus::Active && m.id != removed.id) {
            staying << m.id;
        }
    }
    if (staying.isEmpty()) {
        add(out, Severity::Error, "request.removal_last_member",
            tr("%1 adalah satu-satunya anggota aktif keluarga ini. Pilih \"Seluruh keluarga\" "
               "sebagai yang dihapus.")
                .arg(removed.name),
            QStringLiteral("reason"));
        return;
    }
    if (removed.relationship != Relationship::Head) {
        return;
    }
    const QString newHead = text(r.payload, "new_head");
    if (newHead.isEmpty()) {
        add(out, Severity::Error, "request.new_head_missing",
            tr("%1 adalah kepala keluarga. Pilih siapa kepala keluarga yang baru di antara anggota "
               "yang tetap tinggal.")
                .arg(removed.name),
            QStringLiteral("new_head"));
    } else if (!staying.contains(newHead)) {
        add(out, Severity::Error, "request.new_head_invalid",
            tr("Kepala keluarga baru harus anggota aktif lain dari keluarga ini."),
            QStringLiteral("new_head"));
    }
}

// Whether another open request already takes `personId` out of the head role (a correction of
// the relationship, or a removal), so that a correction making somebody else head completes a
// change of head instead of making two.
bool RequestValidator::headIsBeingReplaced(const ChangeRequest &r, const QString &personId) const
{
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral("SELECT kind, payload FROM change_request WHERE person_id = ? AND id <> ? "
                       "AND state NOT IN ('rejected', 'dinsos_rejected', 'lapsed', 'discarded')"),
        {personId, r.id});
    if (!q) {
        return false;
    }
    while (q->next()) {
        const QString kind = q->value(0).toString();
        if (kind == RequestLifecycle::code(RequestKind::Removal)) {
            return true;
        }
        if (kind != RequestLifecycle::code(RequestKind::Correction)) {
            continue;
        }
        const QJsonObject payload = QJsonDocument::fromJson(q->value(1).toByteArray()).object();
        for (const QJsonValue &v : payload.value(QLatin1String("changes")).toArray()) {
            const QJsonObject change = v.toObject();
            if (text(change, "field") == QLatin1String("relationship") &&
                text(change, "new") != QLatin1String("head")) {
                return true;
            }
        }
    }
    return false;
}

// A correction that makes a member head while the family has another head: a warning, not an
// error, because a change of head takes two corrections (the new head, and the old one's new
// relationship) that go to the same musyawarah; it is quiet once the other request exists.
void RequestValidator::secondHead(const ChangeRequest &r, const Person &target, const QString &at,
                                  Findings &out) const
{
    const Result<QList<Person>> members =
        RegisterRepository(m_db, Clock::system()).members(r.householdId);
    if (!members) {
        return;
    }
    for (const Person &m : members.value()) {
        if (m.id == target.id || m.status != PersonStatus::Active ||
            m.relationship != Relationship::Head || headIsBeingReplaced(r, m.id)) {
            continue;
        }
        add(out, Severity::Warning, "request.second_head",
            tr("Keluarga ini sudah punya kepala keluarga: %1 (ID %2). Bila kepala keluarga "
               "diganti, ajukan juga perbaikan hubungan %1 agar tidak ada dua kepala keluarga.")
                .arg(m.name, m.id),
            at);
    }
}

// The same house photo (by content) on another family, registered or proposed, is usually a
// photo picked by mistake, or one house shown for two families.
void RequestValidator::reusedPhotos(const ChangeRequest &r, Findings &out) const
{
    const QString own = ChangeRequestRepository(m_db, Clock::system()).proposedHouseholdId(r);
    Result<QSqlQuery> q = m_db.query(
        QStringLiteral(
            "SELECT DISTINCT other.household_id, c.id FROM request_attachment a "
            "JOIN household_photo mine ON mine.sha256 = a.sha256 AND mine.household_id = ? "
            "JOIN household_photo other ON (other.sha256 = mine.sha256 "
            "OR other.source_sha256 = mine.source_sha256) AND other.household_id <> ? "
            "AND other.removed_at IS NULL "
            "LEFT JOIN change_request c ON 'usulan-' || c.uuid = other.household_id "
            "WHERE a.request_id = ? AND a.role = 'house_front' ORDER BY 1"),
        {own, own, r.id});
    if (!q) {
        return;
    }
    QStringList others;
    while (q->next()) {
        others << (q->value(1).isNull()
                       ? tr("keluarga %1").arg(q->value(0).toString())
                       : tr("usulan keluarga baru #%1").arg(q->value(1).toLongLong()));
    }
    if (!others.isEmpty()) {
        add(out, Severity::Warning, "request.photo_reused",
            tr("Foto rumah yang sama sudah dipakai untuk %1. Pastikan foto ini benar rumah "
               "keluarga yang diusulkan.")
                .arg(others.join(QStringLiteral(", "))),
            QStringLiteral("photo"));
    }
}

void RequestValidator::relocation(const ChangeRequest &r, Findings &out) const
{
    household(r, out);
    const QString destination = text(r.payload, "destination_village");
    const std::optional<Village> village = RegionDirectory::instance().village(destination);
    if (!village) {
        add(out, Severity::Error, "request.destination_missing",
            tr("Pilih kelurahan/desa tujuan dari daftar wilayah."),
            QStringLiteral("destination_village"));
        return;
    }
    const Result<Household> h = RegisterRepository(m_db, Clock::system()).household(r.householdId);
    if (h && h->villageCode == destination) {
        add(out, Severity::Error, "request.destination_same",
            tr("Kelurahan tujuan sama dengan kelurahan asal."),
            QStringLiteral("destination_village"));
    }
    movers(r, out);
    const QString dateText = text(r.payload, "date");
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!dateText.isEmpty() && (!date.isValid() || date > m_today)) {
        add(out, Severity::Error, "request.date_invalid",
            tr("Tanggal pindah tidak sah atau di masa depan."), QStringLiteral("date"));
    }
}

void RequestValidator::movers(const ChangeRequest &r, Findings &out) const
{
    const QString scope = text(r.payload, "movers");
    if (scope != QLatin1String("household") && scope != QLatin1String("members")) {
        add(out, Severity::Error, "request.movers_missing",
            tr("Pilih siapa yang pindah: seluruh keluarga, atau anggota tertentu."),
            QStringLiteral("movers"));
        return;
    }
    if (scope == QLatin1String("household") || r.householdId.isEmpty()) {
        return;
    }
    const QJsonArray ids = r.payload.value(QLatin1String("mover_ids")).toArray();
    if (ids.isEmpty()) {
        add(out, Severity::Error, "request.movers_empty",
            tr("Centang anggota keluarga yang pindah."), QStringLiteral("mover_ids"));
        return;
    }
    const Result<QList<Person>> lookup =
        RegisterRepository(m_db, Clock::system()).members(r.householdId);
    const QList<Person> members = lookup ? *lookup : QList<Person>{};
    int active = 0;
    for (const Person &p : members) {
        active += p.status == PersonStatus::Active ? 1 : 0;
    }
    QSet<QString> seen;
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        const auto found = std::find_if(members.cbegin(), members.cend(),
                                        [&id](const Person &p) { return p.id == id; });
        if (found == members.cend()) {
            add(out, Severity::Error, "request.mover_unknown",
                tr("%1 bukan anggota keluarga ini.").arg(id), QStringLiteral("mover_ids"));
        } else if (found->status != PersonStatus::Active) {
            add(out, Severity::Error, "request.mover_inactive",
                tr("%1 sudah berstatus \"%2\" dan tidak bisa dipindah.")
                    .arg(found->name, vocabulary::label(found->status)),
                QStringLiteral("mover_ids"));
        }
        seen.insert(id);
    }
    if (active > 0 && seen.size() >= active) {
        add(out, Severity::Warning, "request.movers_everyone",
            tr("Semua anggota dicentang; bila seluruh keluarga pindah, pilih \"Seluruh "
               "keluarga\"."),
            QStringLiteral("movers"));
    }
}

void RequestValidator::counterReport(const ChangeRequest &r, Findings &out) const
{
    const QJsonObject &p = r.payload;
    if (r.kind == RequestKind::Objection) {
        if (text(p, "subject").isEmpty() && r.householdId.isEmpty() && r.personId.isEmpty()) {
            add(out, Severity::Error, "request.subject_missing",
                tr("Sebutkan penerima yang disanggah (pilih dari data atau tulis nama dan "
                   "alamatnya)."),
                QStringLiteral("subject"));
        }
    } else {
        if (text(p, "proposed_name").isEmpty()) {
            add(out, Severity::Error, "request.required", tr("Wajib diisi."),
                QStringLiteral("proposed_name"));
        }
        if (text(p, "proposed_address").isEmpty()) {
            add(out, Severity::Error, "request.required", tr("Wajib diisi."),
                QStringLiteral("proposed_address"));
        }
    }
    if (text(p, "reason").isEmpty()) {
        add(out, Severity::Error, "request.reason_required",
            tr("Tulis alasan yang disampaikan warga."), QStringLiteral("reason"));
    }
    const bool anonymous = p.value(QLatin1String("anonymous")).toBool();
    const QJsonObject reporter = p.value(QLatin1String("reporter")).toObject();
    if (!anonymous && text(reporter, "name").isEmpty()) {
        add(out, Severity::Error, "request.reporter_missing",
            tr("Isi nama pelapor, atau centang \"tanpa nama\" bila warga tidak mau disebut."),
            QStringLiteral("reporter/name"));
    }
    if (!anonymous) {
        fieldValue(QStringLiteral("nik"), text(reporter, "nik"), QStringLiteral("reporter/nik"),
                   out);
    }
}

} // namespace tepat
