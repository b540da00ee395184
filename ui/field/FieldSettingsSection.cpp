#include "ui/field/FieldSettingsSection.h"

#include "core/location/HouseholdLocations.h"
#include "ui/common/AppContext.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace tepat {

FieldSettingsSection::FieldSettingsSection(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    const LocationThresholds current = LocationThresholds::load(context.db);
    auto *layout = new QFormLayout(this);
    m_accuracy = new QDoubleSpinBox(this);
    m_accuracy->setObjectName(QStringLiteral("maxAccuracy"));
    m_accuracy->setRange(1, 500);
    m_accuracy->setDecimals(0);
    m_accuracy->setSuffix(tr(" m"));
    m_accuracy->setValue(current.maxAccuracyMetres);
    m_distance = new QDoubleSpinBox(this);
    m_distance->setObjectName(QStringLiteral("maxDistance"));
    m_distance->setRange(0.1, 100);
    m_distance->setDecimals(1);
    m_distance->setSuffix(tr(" km"));
    m_distance->setValue(current.maxDistanceKm);
    layout->addRow(tr("Peringatkan bila akurasi titik lebih buruk dari:"), m_accuracy);
    layout->addRow(tr("Peringatkan bila titik lebih jauh dari keluarga lain di kelurahan/desa "
                      "ini sejauh:"),
                   m_distance);
    auto *saveButton = new QPushButton(tr("&Simpan"), this);
    saveButton->setObjectName(QStringLiteral("saveSettings"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addRow(saveButton, m_status);
    connect(saveButton, &QPushButton::clicked, this, &FieldSettingsSection::save);
}

bool FieldSettingsSection::save()
{
    const Status saved = LocationThresholds{m_accuracy->value(), m_distance->value()}.save(
        m_context.db, m_context.session);
    m_status->setText(saved ? tr("Tersimpan.") : saved.error().message);
    return saved.ok();
}

} // namespace tepat
