#include "core/matching/RegisterRecords.h"

#include "core/storage/Database.h"

#include <QJsonDocument>

#include <sqlite3.h>

namespace tepat {

namespace {

const QString kModelSetting = QStringLiteral("matcher_model");

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

} // namespace

Status RegisterRecords::load(const Database &db, MatchRegister &out)
{
    const Result<qint64> count = activePeople(db);
    if (!count) {
        return count.error();
    }
    out.reserve(count.value());
    sqlite3_stmt *stmt = nullptr;
    const char *sql =
        "SELECT p.pk, p.id, p.household_id, p.nik, p.name, p.sex, p.birth_date, p.relationship, "
        "h.village_code, h.rt, h.rw, h.address, p.birth_place, p.occupation "
        "FROM person p JOIN household h ON h.id = p.household_id WHERE p.status = 'active' AND "
        "h.status = 'active' ORDER BY p.pk";
    if (const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr); rc != SQLITE_OK) {
        return Database::storageError(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }
    int rc = SQLITE_OK;
    PersonFacts p;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        p.pk = sqlite3_column_int64(stmt, 0);
        p.id = columnText(stmt, 1);
        p.householdId = columnText(stmt, 2);
        p.nik = columnText(stmt, 3);
        p.name = columnText(stmt, 4);
        p.sex = vocabulary::parse<Sex>(columnText(stmt, 5)).value_or(Sex::Unknown);
        p.birthDate = QDate::fromString(columnText(stmt, 6), Qt::ISODate);
        p.head = columnText(stmt, 7) == QLatin1String("head");
        p.villageCode = columnText(stmt, 8);
        p.rt = columnText(stmt, 9);
        p.rw = columnText(stmt, 10);
        p.address = columnText(stmt, 11);
        p.birthPlace = columnText(stmt, 12);
        p.occupation = columnText(stmt, 13);
        out.add(p);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return Database::storageError(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    }
    return {};
}

Result<qint64> RegisterRecords::activePeople(const Database &db)
{
    Result<QSqlQuery> q = db.query(
        QStringLiteral("SELECT count(*) FROM person p JOIN household h ON h.id = p.household_id "
                       "WHERE p.status = 'active' AND h.status = 'active'"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

MatchModel RegisterRecords::savedModel(const Database &db)
{
    const QString text = db.setting(kModelSetting);
    if (text.isEmpty()) {
        return MatchModel::defaults();
    }
    return MatchModel::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
}

Status RegisterRecords::saveModel(const Database &db, const MatchModel &model)
{
    return db.setSetting(
        kModelSetting,
        QString::fromUtf8(QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace tepat
