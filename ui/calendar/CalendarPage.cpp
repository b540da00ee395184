#include "ui/calendar/CalendarPage.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "ui/common/AppContext.h"
#include "ui/common/StoreWatch.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tepat {

namespace {

QString dated(QDate date, int days)
{
    return QStringLiteral("<b>%1</b> — %2")
        .arg(Language::formatDate(date).toHtmlEscaped(), MonthCalendar::daysLeft(days));
}

} // namespace

CalendarPage::CalendarPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new QLabel)
    , m_warnings(new QLabel)
    , m_problem(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    m_warnings->setObjectName(QStringLiteral("calendarWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; border: 1px solid #e0a040; padding: 8px; }"));
    layout->addWidget(m_warnings);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *dates = new QGroupBox(tr("Tanggal penting"));
    auto *dateGrid = new QGridLayout(dates);
    m_cutoff = row(dateGrid, 0, tr("Batas usulan bulan ini:"), QStringLiteral("cutoff"));
    m_bps = row(dateGrid, 1, tr("Rilis desil BPS berikutnya:"), QStringLiteral("bpsRelease"));
    m_lastMeeting = row(dateGrid, 2, tr("Musyawarah terakhir:"), QStringLiteral("lastMeeting"));
    m_nextMeeting = row(dateGrid, 3, tr("Musyawarah berikutnya:"), QStringLiteral("nextMeeting"));
    layout->addWidget(dates);

    auto *waiting = new QGroupBox(tr("Yang masih menunggu"));
    auto *waitGrid = new QGridLayout(waiting);
    m_drafts = row(waitGrid, 0, tr("Draf dan agenda musyawarah:"), QStringLiteral("drafts"));
    m_outbox =
        row(waitGrid, 1, tr("Di kotak keluar (belum diterima server):"), QStringLiteral("outbox"));
    m_dinsos = row(waitGrid, 2, tr("Belum dijawab Dinsos:"), QStringLiteral("awaitingDinsos"));
    layout->addWidget(waiting);
    auto *hint = new QLabel(tr("Tanggal batas usulan dan rilis BPS diatur di Pengaturan › "
                               "Kalender; jarak antarmusyawarah di Pengaturan › Surat & kop."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch(1);
    StoreWatch::attach(this, m_context.db, [this] { reload(); });
    reload();
}

QLabel *CalendarPage::row(QGridLayout *grid, int line, const QString &caption,
                          const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::RichText);
    value->setWordWrap(true);
    grid->addWidget(new QLabel(caption), line, 0, Qt::AlignTop);
    grid->addWidget(value, line, 1);
    grid->setColumnStretch(1, 1);
    return value;
}

void CalendarPage::reload()
{
    const Result<MonthCalendar> computed =
        MonthCalendar::compute(m_context.db, m_context.clock.today());
    if (!computed) {
        m_problem->setText(computed.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_calendar = *computed;
    display(*computed);
}

QString CalendarPage::warningsText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void CalendarPage::display(const MonthCalendar &c)
{
    m_title->setText(
        QStringLiteral("<h2>%1</h2>")
            .arg(tr("Kalender DTSEN — %1")
                     .arg(Language::locale().toString(c.today, QStringLiteral("MMMM yyyy")))
                     .toHtmlEscaped()));
    QStringList warnings;
    for (const CalendarWarning &w : c.warnings) {
        warnings << QStringLiteral("⚠ ") + w.message.toHtmlEscaped();
    }
    m_warnings->setText(warnings.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!warnings.isEmpty());

    m_cutoff->setText(c.cutoffPassed ? tr("%1 — sudah lewat; batas berikutnya %2 (%3)")
                                           .arg(Language::formatDate(c.cutoff).toHtmlEscaped(),
                                                Language::formatDate(c.nextCutoff).toHtmlEscaped(),
                                                MonthCalendar::daysLeft(c.daysToCutoff))
                                     : dated(c.cutoff, c.daysToCutoff));
    m_bps->setText(c.nextBpsRelease.isValid()
                       ? dated(c.nextBpsRelease, c.daysToBpsRelease) +
                             tr(" (perkiraan; bupati/wali kota dapat memeriksanya dulu)")
                       : tr("belum diatur"));
    m_lastMeeting->setText(
        c.musyawarah.lastMeeting.isValid()
            ? QStringLiteral("<b>%1</b> — %2")
                  .arg(Language::formatDate(c.musyawarah.lastMeeting).toHtmlEscaped(),
                       MonthCalendar::daysLeft(int(c.today.daysTo(c.musyawarah.lastMeeting))))
            : tr("belum ada yang tercatat"));
    if (c.musyawarah.nextPlanned.isValid()) {
        m_nextMeeting->setText(dated(c.nextMusyawarah, c.daysToMusyawarah) + tr(" (direncanakan)"));
    } else if (c.nextMusyawarah.isValid()) {
        m_nextMeeting->setText(tr("paling lambat %1 (aturan: sekali dalam %n bulan)", nullptr,
                                  c.musyawarah.intervalMonths)
                                   .arg(dated(c.nextMusyawarah, c.daysToMusyawarah)));
    } else {
        m_nextMeeting->setText(tr("segera: belum ada musyawarah yang tercatat"));
    }
    m_drafts->setText(QStringLiteral("<b>%1</b>").arg(Language::formatNumber(c.counts.drafts)));
    m_outbox->setText(QStringLiteral("<b>%1</b>").arg(Language::formatNumber(c.counts.outbox)));
    m_dinsos->setText(
        c.counts.awaitingDinsos > 0 && c.counts.oldestAwaitingSince.isValid()
            ? tr("<b>%1</b> — yang terlama diterima server %2 (%3)")
                  .arg(Language::formatNumber(c.counts.awaitingDinsos),
                       Language::formatDate(c.counts.oldestAwaitingSince).toHtmlEscaped(),
                       MonthCalendar::daysLeft(int(c.today.daysTo(c.counts.oldestAwaitingSince))))
            : QStringLiteral("<b>%1</b>").arg(Language::formatNumber(c.counts.awaitingDinsos)));
}

} // namespace tepat
