#include "core/deliberation/DeliberationSchedule.h"

#include "core/common/Language.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

namespace {
const QString kIntervalKey = QStringLiteral("deliberation.interval_months");
}

ScheduleStatus DeliberationSchedule::evaluate(QDate lastMeeting, QDate lastSptjm, QDate today,
                                              int intervalMonths)
{
    ScheduleStatus s;
    s.intervalMonths = intervalMonths;
    s.lastMeeting = lastMeeting;
    s.lastSptjm = lastSptjm;
    if (lastMeeting.isValid()) {
        s.due = lastMeeting.addMonths(intervalMonths);
    }
    s.overdue = !lastMeeting.isValid() || today > s.due;
    s.coveredBySptjm = s.overdue && lastSptjm.isValid() &&
                       (!lastMeeting.isValid() || lastSptjm > lastMeeting) &&
                       today <= lastSptjm.addMonths(intervalMonths);
    return s;
}

int DeliberationSchedule::intervalMonths(const Database &db)
{
    const int months = db.setting(kIntervalKey).toInt();
    return months >= 1 && months <= 12 ? months : kDefaultIntervalMonths;
}

Status DeliberationSchedule::setIntervalMonths(const Database &db, const Clock &clock,
                                               const QString &actor, int months)
{
    if (months < 1 || months > 12) {
        return Error{QStringLiteral("deliberation.interval"),
                     tr("Jarak antarmusyawarah harus 1 sampai 12 bulan.")};
    }
    if (intervalMonths(db) == months && !db.setting(kIntervalKey).isEmpty()) {
        return {};
    }
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    if (const Status s = db.setSetting(kIntervalKey, QString::number(months)); !s) {
        return s;
    }
    const auto audit = AuditTrail(db, clock).record(actor, QStringLiteral("settings.deliberation"),
                                                    QStringLiteral("setting"), kIntervalKey,
                                                    {{QStringLiteral("months"), months}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

Result<ScheduleStatus> DeliberationSchedule::status(const Database &db, QDate today)
{
    Result<QSqlQuery> q = db.query(QStringLiteral(
        "SELECT (SELECT max(held_on) FROM meeting WHERE state = 'finalised' AND kind <> 'sptjm'), "
        "(SELECT max(held_on) FROM meeting WHERE state = 'finalised' AND kind = 'sptjm'), "
        "(SELECT min(held_on) FROM meeting WHERE state = 'planned')"));
    if (!q) {
        return q.error();
    }
    q->next();
    ScheduleStatus s =
        evaluate(QDate::fromString(q->value(0).toString(), Qt::ISODate),
                 QDate::fromString(q->value(1).toString(), Qt::ISODate), today, intervalMonths(db));
    s.nextPlanned = QDate::fromString(q->value(2).toString(), Qt::ISODate);
    return s;
}

QString DeliberationSchedule::describe(const ScheduleStatus &s)
{
    if (s.needsAttention() && s.nextPlanned.isValid()) {
        return tr("Musyawarah tanggal %1 sudah direncanakan dan belum final. Setelah "
                  "berlangsung, catat daftar hadir dan keputusan, lalu finalkan.")
            .arg(Language::formatDate(s.nextPlanned));
    }
    if (!s.overdue) {
        return tr("Musyawarah terakhir %1; musyawarah berikutnya paling lambat %2.")
            .arg(Language::formatDate(s.lastMeeting), Language::formatDate(s.due));
    }
    if (s.coveredBySptjm) {
        return tr("Belum ada musyawarah dalam %n bulan terakhir; SPTJM tanggal %1 menggantikannya "
                  "untuk sementara.",
                  nullptr, s.intervalMonths)
            .arg(Language::formatDate(s.lastSptjm));
    }
    if (!s.lastMeeting.isValid()) {
        return tr("Belum ada musyawarah yang tercatat. Adakan musyawarah desa/kelurahan, atau "
                  "buat SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.");
    }
    return tr("Musyawarah terakhir %1, lebih dari %n bulan yang lalu. Adakan musyawarah, atau buat "
              "SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.",
              nullptr, s.intervalMonths)
        .arg(Language::formatDate(s.lastMeeting));
}

} // namespace tepat
