#include "ui/calendar/CalendarSettingsSection.h"

#include "core/calendar/CalendarSettings.h"
#include "core/common/Language.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace tepat {

namespace {

QSpinBox *spin(QWidget *parent, const QString &name, int low, int high, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}

} // namespace

CalendarSettingsSection::CalendarSettingsSection(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_cutoffDay(spin(this, QStringLiteral("cutoffDay"), 1, 28))
    , m_bpsDay(spin(this, QStringLiteral("bpsDay"), 1, 28))
    , m_cutoffWarning(spin(this, QStringLiteral("cutoffWarning"), 0, 27, tr(" hari")))
    , m_meetingWarning(spin(this, QStringLiteral("meetingWarning"), 0, 90, tr(" hari")))
    , m_status(new QLabel(this))
{
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Batas usulan setiap bulan, tanggal:"), m_cutoffDay);
    layout->addRow(tr("Rilis desil BPS, tanggal:"), m_bpsDay);
    auto *months = new QWidget(this);
    auto *grid = new QGridLayout(months);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int m = 1; m <= 12; ++m) {
        auto *box = new QCheckBox(Language::locale().standaloneMonthName(m), months);
        box->setObjectName(QStringLiteral("bpsMonth%1").arg(m));
        grid->addWidget(box, (m - 1) / 6, (m - 1) % 6);
        m_months << box;
    }
    layout->addRow(tr("…pada bulan:"), months);
    layout->addRow(tr("Ingatkan batas usulan sejak:"), m_cutoffWarning);
    layout->addRow(tr("Ingatkan musyawarah yang jatuh tempo sejak:"), m_meetingWarning);
    auto *note = new QLabel(tr("Bawaan: batas tanggal 17, rilis BPS sekitar tanggal 20 pada "
                               "Januari, April, Juli dan Oktober. Sesuaikan dengan jadwal "
                               "kabupaten/kota."),
                            this);
    note->setWordWrap(true);
    layout->addRow(note);
    auto *saveButton = new QPushButton(tr("&Simpan"), this);
    saveButton->setObjectName(QStringLiteral("saveCalendar"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addRow(saveButton, m_status);
    connect(saveButton, &QPushButton::clicked, this, &CalendarSettingsSection::save);
    fill(CalendarSettings::load(context.db));
}

void CalendarSettingsSection::fill(const CalendarSettings &s)
{
    m_cutoffDay->setValue(s.cutoffDay);
    m_bpsDay->setValue(s.bpsReleaseDay);
    for (int m = 1; m <= 12; ++m) {
        m_months[m - 1]->setChecked(s.bpsReleaseMonths.contains(m));
    }
    m_cutoffWarning->setValue(s.cutoffWarningDays);
    m_meetingWarning->setValue(s.musyawarahWarningDays);
}

bool CalendarSettingsSection::save()
{
    CalendarSettings s;
    s.cutoffDay = m_cutoffDay->value();
    s.bpsReleaseDay = m_bpsDay->value();
    s.bpsReleaseMonths.clear();
    for (int m = 1; m <= 12; ++m) {
        if (m_months[m - 1]->isChecked()) {
            s.bpsReleaseMonths << m;
        }
    }
    s.cutoffWarningDays = m_cutoffWarning->value();
    s.musyawarahWarningDays = m_meetingWarning->value();
    const Status saved = s.save(m_context.db, m_context.clock, m_context.session);
    m_status->setText(saved ? tr("Tersimpan.") : saved.error().message);
    return saved.ok();
}

} // namespace tepat
