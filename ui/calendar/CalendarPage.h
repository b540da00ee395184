#pragma once

#include "core/calendar/MonthCalendar.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace tepat {

struct AppContext;

// Kalender: the DTSEN month at a glance — this month's cut-off for proposals, the next BPS desil
// release, the last and next musyawarah, and what is still a draft, waits in the outbox or has
// not been answered by Dinsos, each with the days left; warnings on top.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(AppContext &context, QWidget *parent = nullptr);

    void reload();
    const std::optional<MonthCalendar> &calendar() const { return m_calendar; }
    QString warningsText() const;

private:
    QLabel *row(QGridLayout *grid, int line, const QString &caption, const QString &objectName);
    void display(const MonthCalendar &c);

    AppContext &m_context;
    std::optional<MonthCalendar> m_calendar;
    QLabel *m_title;
    QLabel *m_warnings;
    QLabel *m_cutoff;
    QLabel *m_bps;
    QLabel *m_lastMeeting;
    QLabel *m_nextMeeting;
    QLabel *m_drafts;
    QLabel *m_outbox;
    QLabel *m_dinsos;
    QLabel *m_problem;
};

} // namespace tepat
