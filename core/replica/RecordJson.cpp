#include "core/replica/RecordJson.h"

#include "core/domain/RegionDirectory.h"

#include <QJsonArray>

namespace tepat {

namespace {

constexpr int kMaxId = 64;
constexpr int kMaxText = 500;

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QString());
}

template<typename E>
std::optional<E> strictCode(const QString &text)
{
    for (E value : vocabulary::all<E>()) {
        if (vocabulary::code(value) == text) {
            return value;
        }
    }
    return std::nullopt;
}

bool allDigits(const QString &s, qsizetype size)
{
    if (s.size() != size) {
        return false;
    }
    for (QChar c : s) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

// Reads fields of one record and remembers the first problem.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(RecordJson)

public:
    Fields(const QJsonObject &data, QString what)
        : m_data(data)
        , m_what(std::move(what))
    {}

    QString text(const char *key, int maxLength, bool required = false)
    {
        const QJsonValue v = m_data.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                fail(key, tr("wajib ada"));
            }
            return {};
        }
        if (!v.isString()) {
            fail(key, tr("harus berupa teks"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > maxLength) {
            fail(key, tr("lebih dari %1 karakter").arg(maxLength));
            return {};
        }
        if (required && s.trimmed().isEmpty()) {
            fail(key, tr("tidak boleh kosong"));
        }
        return s;
    }

    QDate date(const char *key)
    {
        const QString s = text(key, 10);
        if (s.isEmpty()) {
            return {};
        }
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid()) {
            fail(key, tr("bukan tanggal YYYY-MM-DD"));
        }
        return d;
    }

    template<typename E>
    E code(const char *key, E fallback, bool required = false)
    {
        const QString s = text(key, 32, required);
        if (s.isEmpty()) {
            return fallback;
        }
        const auto value = strictCode<E>(s);
        if (!value) {
            fail(key, tr("kode tidak dikenal"));
            return fallback;
        }
        return *value;
    }

    int integer(const char *key, int min, int max)
    {
        const QJsonValue v = m_data.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return 0;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(key, tr("harus bilangan bulat %1–%2").arg(min).arg(max));
            return 0;
        }
        return int(d);
    }

    QJsonArray array(const char *key, int maxCount)
    {
        const QJsonValue v = m_data.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            return {};
        }
        if (!v.isArray() || v.toArray().size() > maxCount) {
            fail(key, tr("harus daftar berisi paling banyak %1").arg(maxCount));
            return {};
        }
        return v.toArray();
    }

    void fail(const char *key, const QString &problem)
    {
        if (!m_error) {
            m_error = Error{QStringLiteral("replica.invalid_record"),
                            tr("Data %1 dari server tidak valid: kolom %2 %3.")
                                .arg(m_what, QLatin1String(key), problem)};
        }
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    QJsonObject m_data;
    QString m_what;
    std::optional<Error> m_error;
};

} // namespace

QJsonObject RecordJson::fromHousehold(const Household &h)
{
    QJsonObject data{
        {QStringLiteral("kk_number"), h.kkNumber},
        {QStringLiteral("village_code"), h.villageCode},
        {QStringLiteral("rt"), h.rt},
        {QStringLiteral("rw"), h.rw},
        {QStringLiteral("address"), h.address},
        {QStringLiteral("desil"), h.desil > 0 ? QJsonValue(h.desil) : QJsonValue()},
        {QStringLiteral("status"), vocabulary::code(h.status)},
        {QStringLiteral("status_reason"), h.statusReason},
        {QStringLiteral("status_date"), dateValue(h.statusDate)},
    };
    // Only when BPS gave one: a record without it stays byte for byte what it was before the
    // date existed, so a re-import on the server makes no new versions for it.
    if (h.desil > 0 && h.desilAsOf.isValid()) {
        data.insert(QStringLiteral("desil_as_of"), h.desilAsOf.toString(Qt::ISODate));
    }
    return data;
}

QJsonObject RecordJson::fromPerson(const PersonRecord &record)
{
    const Person &p = record.person;
    QJsonArray programs;
    for (const ProgramMembership &m : record.programs) {
        programs.append(QJsonObject{{QStringLiteral("program"), vocabulary::code(m.program)},
                                    {QStringLiteral("since"), dateValue(m.since)}});
    }
    return QJsonObject{
        {QStringLiteral("household_id"), p.householdId},
        {QStringLiteral("nik"), p.nik},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("sex"), vocabulary::code(p.sex)},
        {QStringLiteral("birth_place"), p.birthPlace},
        {QStringLiteral("birth_date"), dateValue(p.birthDate)},
        {QStringLiteral("relationship"), vocabulary::code(p.relationship)},
        {QStringLiteral("marital_status"), vocabulary::code(p.maritalStatus)},
        {QStringLiteral("occupation"), p.occupation},
        {QStringLiteral("disability"), vocabulary::code(p.disability)},
        {QStringLiteral("status"), vocabulary::code(p.status)},
        {QStringLiteral("status_reason"), p.statusReason},
        {QStringLiteral("status_date"), dateValue(p.statusDate)},
        {QStringLiteral("programs"), programs},
    };
}

Result<Household> RecordJson::toHousehold(const QString &id, const QJsonObject &data)
{
    Fields f(data, tr("keluarga %1").arg(id));
    Household h;
    h.id = id;
    if (id.isEmpty() || id.size() > kMaxId) {
        f.fail("id", tr("kosong atau terlalu panjang"));
    }
    h.kkNumber = f.text("kk_number", 16);
    if (!h.kkNumber.isEmpty() && !allDigits(h.kkNumber, 16)) {
        f.fail("kk_number", tr("bukan 16 angka"));
    }
    h.villageCode = f.text("village_code", 13, true);
    if (!h.villageCode.isEmpty() && !RegionDirectory::isVillageCode(h.villageCode)) {
        f.fail("village_code", tr("bukan kode kelurahan"));
    }
    h.rt = f.text("rt", 3);
    h.rw = f.text("rw", 3);
    h.address = f.text("address", kMaxText);
    h.desil = f.integer("desil", 0, 10);
    h.desilAsOf = f.date("desil_as_of");
    h.status = f.code("status", HouseholdStatus::Active, true);
    h.statusReason = f.text("status_reason", kMaxText);
    h.statusDate = f.date("status_date");
    if (f.error()) {
        return *f.error();
    }
    return h;
}

Result<PersonRecord> RecordJson::toPerson(const QString &id, const QJsonObject &data)
{
    Fields f(data, tr("anggota keluarga %1").arg(id));
    PersonRecord record;
    Person &p = record.person;
    p.id = id;
    if (id.isEmpty() || id.size() > kMaxId) {
        f.fail("id", tr("kosong atau terlalu panjang"));
    }
    p.householdId = f.text("household_id", kMaxId, true);
    p.nik = f.text("nik", 16);
    if (!p.nik.isEmpty() && !allDigits(p.nik, 16)) {
        f.fail("nik", tr("bukan 16 angka"));
    }
    p.name = f.text("name", 200, true);
    p.sex = f.code("sex", Sex::Unknown);
    p.birthPlace = f.text("birth_place", 100);
    p.birthDate = f.date("birth_date");
    p.relationship = f.code("relationship", Relationship::Unknown);
    p.maritalStatus = f.code("marital_status", MaritalStatus::Unknown);
    p.occupation = f.text("occupation", 100);
    p.disability = f.code("disability", Disability::Unknown);
    p.status = f.code("status", PersonStatus::Active, true);
    p.statusReason = f.text("status_reason", kMaxText);
    p.statusDate = f.date("status_date");
    const QJsonArray programs = f.array("programs", 20);
    for (const QJsonValue &v : programs) {
        Fields m(v.toObject(), tr("program anggota %1").arg(id));
        if (!v.isObject()) {
            m.fail("programs", tr("harus berupa objek"));
        }
        const Program program = m.code("program", Program::Pkh, true);
        const QDate since = m.date("since");
        if (m.error()) {
            return *m.error();
        }
        record.programs.append({id, program, since, {}});
        p.programs.append(program);
    }
    if (f.error()) {
        return *f.error();
    }
    return record;
}

} // namespace tepat
