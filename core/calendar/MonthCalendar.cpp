#include "core/calendar/MonthCalendar.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

namespace tepat {

QDate MonthCalendar::cutoffOf(const CalendarSettings &settings, int year, int month)
{
    const QDate first(year, month, 1);
    return QDate(year, month, qMin(settings.cutoffDay, first.daysInMonth()));
}

QDate MonthCalendar::nextBpsReleaseFrom(const CalendarSettings &settings, QDate today)
{
    for (int year = today.year(); year <= today.year() + 1; ++year) {
        for (int month : settings.bpsReleaseMonths) {
            const QDate first(year, month, 1);
            const QDate release(year, month, qMin(settings.bpsReleaseDay, first.daysInMonth()));
            if (release >= today) {
                return release;
            }
        }
    }
    return {};
}

QString MonthCalendar::daysLeft(int days)
{
    if (days == 0) {
        return tr("hari ini");
    }
    if (days == 1) {
        return tr("besok");
    }
    if (days < 0) {
        return tr("%n hari yang lalu", nullptr, -days);
    }
    return tr("%n hari lagi", nullptr, days);
}

QString MonthCalendar::requestNote(const CalendarSettings &settings, QDate today)
{
    const QDate cutoff = cutoffOf(settings, today.year(), today.month());
    if (today > cutoff) {
        const QDate next =
            cutoffOf(settings, today.addMonths(1).year(), today.addMonths(1).month());
        return tr("Batas usulan bulan ini (%1) sudah lewat: usulan ini masuk periode berikutnya, "
                  "batas %2.")
            .arg(Language::formatDate(cutoff), Language::formatDate(next));
    }
    const int days = int(today.daysTo(cutoff));
    if (days <= settings.cutoffWarningDays) {
        return tr("Batas usulan bulan ini %1 (%2): putuskan dalam musyawarah dan kirim sebelum "
                  "itu, atau usulan masuk periode berikutnya.")
            .arg(Language::formatDate(cutoff), daysLeft(days));
    }
    return {};
}

MonthCalendar MonthCalendar::evaluate(const CalendarSettings &settings, QDate today,
                                      const CalendarCounts &counts,
                                      const ScheduleStatus &musyawarah)
{
    MonthCalendar c;
    c.today = today;
    c.counts = counts;
    c.musyawarah = musyawarah;
    c.cutoff = cutoffOf(settings, today.year(), today.month());
    c.cutoffPassed = today > c.cutoff;
    const QDate nextMonth = today.addMonths(1);
    c.nextCutoff =
        c.cutoffPassed ? cutoffOf(settings, nextMonth.year(), nextMonth.month()) : c.cutoff;
    c.daysToCutoff = int(today.daysTo(c.nextCutoff));
    c.nextBpsRelease = nextBpsReleaseFrom(settings, today);
    c.daysToBpsRelease = int(today.daysTo(c.nextBpsRelease));
    c.nextMusyawarah = musyawarah.nextPlanned.isValid() ? musyawarah.nextPlanned : musyawarah.due;
    c.daysToMusyawarah = c.nextMusyawarah.isValid() ? int(today.daysTo(c.nextMusyawarah)) : 0;

    const qint64 unsent = counts.drafts + counts.outbox;
    if (!c.cutoffPassed && c.daysToCutoff <= settings.cutoffWarningDays && unsent > 0) {
        c.warnings.append(
            {QStringLiteral("calendar.cutoff_near"),
             tr("Batas usulan %1 (%2), masih ada %n usulan yang belum terkirim: putuskan dalam "
                "musyawarah dan kirim sebelum batas, atau usulan itu masuk periode berikutnya.",
                nullptr, int(unsent))
                 .arg(Language::formatDate(c.cutoff), daysLeft(c.daysToCutoff))});
    } else if (c.cutoffPassed && unsent > 0) {
        c.warnings.append(
            {QStringLiteral("calendar.cutoff_passed"),
             tr("Batas usulan bulan ini (%1) sudah lewat; %n usulan yang belum terkirim masuk "
                "periode berikutnya (batas %2).",
                nullptr, int(unsent))
                 .arg(Language::formatDate(c.cutoff), Language::formatDate(c.nextCutoff))});
    }
    if (musyawarah.needsAttention()) {
        c.warnings.append({QStringLiteral("calendar.musyawarah_overdue"),
                           DeliberationSchedule::describe(musyawarah)});
    } else if (!musyawarah.overdue && musyawarah.due.isValid() &&
               !musyawarah.nextPlanned.isValid() &&
               today.daysTo(musyawarah.due) <= settings.musyawarahWarningDays) {
        c.warnings.append(
            {QStringLiteral("calendar.musyawarah_near"),
             tr("Musyawarah berikutnya paling lambat %1 (%2; aturan: sekali dalam %n bulan). "
                "Rencanakan sekarang di halaman Musyawarah.",
                nullptr, musyawarah.intervalMonths)
                 .arg(Language::formatDate(musyawarah.due),
                      daysLeft(int(today.daysTo(musyawarah.due))))});
    }
    return c;
}

Result<CalendarCounts> MonthCalendar::count(const Database &db)
{
    Result<QSqlQuery> q = db.query(QStringLiteral(
        "SELECT coalesce(sum(state IN ('draft', 'on_agenda', 'deferred')), 0), "
        "coalesce(sum(state IN ('approved', 'queued', 'sent')), 0), "
        "coalesce(sum(state = 'received'), 0), "
        "min(CASE WHEN state = 'received' THEN updated_at END) FROM change_request"));
    if (!q) {
        return q.error();
    }
    CalendarCounts c;
    if (q->next()) {
        c.drafts = q->value(0).toLongLong();
        c.outbox = q->value(1).toLongLong();
        c.awaitingDinsos = q->value(2).toLongLong();
        if (!q->value(3).isNull()) {
            c.oldestAwaitingSince = parseStoredTime(q->value(3).toString()).toLocalTime().date();
        }
    }
    return c;
}

Result<MonthCalendar> MonthCalendar::compute(const Database &db, QDate today)
{
    const Result<CalendarCounts> counts = count(db);
    if (!counts) {
        return counts.error();
    }
    const Result<ScheduleStatus> schedule = DeliberationSchedule::status(db, today);
    if (!schedule) {
        return schedule.error();
    }
    return evaluate(CalendarSettings::load(db), today, *counts, *schedule);
}

} // namespace tepat
