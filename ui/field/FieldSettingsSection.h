#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;

namespace tepat {

struct AppContext;

// Pengaturan › Lapangan: when a location point gets a warning (accuracy, distance from the
// village's other households).
class FieldSettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit FieldSettingsSection(AppContext &context, QWidget *parent = nullptr);
    bool save();

private:
    AppContext &m_context;
    QDoubleSpinBox *m_accuracy = nullptr;
    QDoubleSpinBox *m_distance = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace tepat
