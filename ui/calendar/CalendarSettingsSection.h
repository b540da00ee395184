#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace tepat {

struct AppContext;
struct CalendarSettings;

// Pengaturan › Kalender: the regency's cut-off day for proposals, when BPS publishes the desil,
// and how early the calendar warns.
class CalendarSettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarSettingsSection(AppContext &context, QWidget *parent = nullptr);
    bool save();

private:
    void fill(const CalendarSettings &settings);

    AppContext &m_context;
    QSpinBox *m_cutoffDay;
    QSpinBox *m_bpsDay;
    QList<QCheckBox *> m_months;
    QSpinBox *m_cutoffWarning;
    QSpinBox *m_meetingWarning;
    QLabel *m_status;
};

} // namespace tepat
