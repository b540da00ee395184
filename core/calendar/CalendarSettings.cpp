#include "core/calendar/CalendarSettings.h"

#include "core/accounts/Role.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <algorithm>

namespace tepat {

namespace {

const QString kCutoffDay = QStringLiteral("calendar.cutoff_day");
const QString kBpsDay = QStringLiteral("calendar.bps_release_day");
const QString kBpsMonths = QStringLiteral("calendar.bps_release_months");
const QString kCutoffWarning = QStringLiteral("calendar.cutoff_warning_days");
const QString kMeetingWarning = QStringLiteral("calendar.musyawarah_warning_days");

int number(const Database &db, const QString &key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = db.setting(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

QString monthList(const QList<int> &months)
{
    QStringList parts;
    for (int m : months) {
        parts << QString::number(m);
    }
    return parts.join(u',');
}

} // namespace

Status CalendarSettings::validate() const
{
    if (cutoffDay < 1 || cutoffDay > 28) {
        return Error{QStringLiteral("calendar.cutoff_day"),
                     tr("Tanggal batas usulan harus 1 sampai 28 (ada di setiap bulan).")};
    }
    if (bpsReleaseDay < 1 || bpsReleaseDay > 28) {
        return Error{QStringLiteral("calendar.bps_day"),
                     tr("Tanggal rilis desil BPS harus 1 sampai 28.")};
    }
    if (bpsReleaseMonths.isEmpty()) {
        return Error{QStringLiteral("calendar.bps_months"),
                     tr("Pilih paling sedikit satu bulan rilis desil BPS.")};
    }
    for (int m : bpsReleaseMonths) {
        if (m < 1 || m > 12 || bpsReleaseMonths.count(m) > 1) {
            return Error{QStringLiteral("calendar.bps_months"),
                         tr("Bulan rilis desil BPS harus 1 sampai 12, masing-masing sekali.")};
        }
    }
    if (cutoffWarningDays < 0 || cutoffWarningDays > 27 || musyawarahWarningDays < 0 ||
        musyawarahWarningDays > 90) {
        return Error{QStringLiteral("calendar.warning_days"),
                     tr("Peringatan batas usulan 0–27 hari dan peringatan musyawarah 0–90 hari "
                        "sebelumnya.")};
    }
    return {};
}

CalendarSettings CalendarSettings::load(const Database &db)
{
    CalendarSettings s;
    s.cutoffDay = number(db, kCutoffDay, s.cutoffDay, 1, 28);
    s.bpsReleaseDay = number(db, kBpsDay, s.bpsReleaseDay, 1, 28);
    s.cutoffWarningDays = number(db, kCutoffWarning, s.cutoffWarningDays, 0, 27);
    s.musyawarahWarningDays = number(db, kMeetingWarning, s.musyawarahWarningDays, 0, 90);
    const QString months = db.setting(kBpsMonths);
    if (!months.isEmpty()) {
        QList<int> parsed;
        for (const QString &part : months.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int m = part.trimmed().toInt(&ok);
            if (ok && m >= 1 && m <= 12 && !parsed.contains(m)) {
                parsed << m;
            }
        }
        if (!parsed.isEmpty()) {
            std::sort(parsed.begin(), parsed.end());
            s.bpsReleaseMonths = parsed;
        }
    }
    return s;
}

Status CalendarSettings::save(const Database &db, const Clock &clock, const Session &session) const
{
    if (const Status allowed = session.require(Permission::Send); !allowed) {
        return allowed;
    }
    if (const Status s = validate(); !s) {
        return s;
    }
    QList<int> months = bpsReleaseMonths;
    std::sort(months.begin(), months.end());
    if (load(db) == *this && !db.setting(kCutoffDay).isEmpty()) {
        return {};
    }
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun();
    }
    const std::pair<const QString &, QString> values[] = {
        {kCutoffDay, QString::number(cutoffDay)},
        {kBpsDay, QString::number(bpsReleaseDay)},
        {kBpsMonths, monthList(months)},
        {kCutoffWarning, QString::number(cutoffWarningDays)},
        {kMeetingWarning, QString::number(musyawarahWarningDays)},
    };
    for (const auto &[key, value] : values) {
        if (const Status s = db.setSetting(key, value); !s) {
            return s;
        }
    }
    const auto audit = AuditTrail(db, clock).record(
        session.username(), QStringLiteral("settings.calendar"), QStringLiteral("setting"),
        QStringLiteral("calendar"),
        {{QStringLiteral("cutoff_day"), cutoffDay},
         {QStringLiteral("bps_release_day"), bpsReleaseDay},
         {QStringLiteral("bps_release_months"), monthList(months)},
         {QStringLiteral("cutoff_warning_days"), cutoffWarningDays},
         {QStringLiteral("musyawarah_warning_days"), musyawarahWarningDays}});
    if (!audit) {
        return audit.error();
    }
    return tx.commit();
}

} // namespace tepat
