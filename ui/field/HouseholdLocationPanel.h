#pragma once

#include "core/location/HouseholdLocations.h"
#include "ui/field/FieldPrompts.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace tepat {

class HouseholdPhotos;
class LivePosition;
struct AppContext;

// Titik lokasi of one household, to embed in the household screen: the current point as text
// that can be copied, a new point from a GPS receiver, the system's position source, an NMEA
// log, a house photo's GPS or typed coordinates, its warnings shown plainly before saving,
// and the history of earlier points.
class HouseholdLocationPanel : public QWidget
{
    Q_OBJECT

public:
    HouseholdLocationPanel(AppContext &context, const QString &householdId,
                           QWidget *parent = nullptr);
    ~HouseholdLocationPanel() override;

    QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &householdId);
    void setPrompts(FieldPrompts prompts) { m_prompts = std::move(prompts); }
    void reload();

    // The point about to be saved, whatever its source; its checks are shown at once.
    void setCandidate(const LocationFix &fix);
    std::optional<LocationFix> candidate() const { return m_candidate; }
    // "Simpan titik": asks before saving a point with warnings. True when saved.
    bool saveCandidate();
    // What the NMEA-log button does once its file dialog has answered.
    void replayNmeaLog(const QString &path);
    // Reads the typed coordinates into the candidate; false (with the reason shown) when they
    // cannot be read.
    bool useTypedCoordinates();

Q_SIGNALS:
    void locationChanged();

private:
    bool allowed();
    void showProblem(const QString &message);
    void sourceChanged(int index);
    void startLive();
    void stopLive();
    void liveFix();
    void usePhotoGps();

    AppContext &m_context;
    QString m_householdId;
    std::unique_ptr<HouseholdLocations> m_locations;
    std::unique_ptr<HouseholdPhotos> m_photos;
    LivePosition *m_live = nullptr;
    FieldPrompts m_prompts = FieldPrompts::dialogs();
    std::optional<LocationFix> m_candidate;

    QLineEdit *m_current = nullptr;
    QLabel *m_currentDms = nullptr;
    QLabel *m_currentDetails = nullptr;
    QPushButton *m_copy = nullptr;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_sourcePages = nullptr;
    QComboBox *m_port = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_liveStatus = nullptr;
    QLabel *m_logStatus = nullptr;
    QComboBox *m_photoChoice = nullptr;
    QLineEdit *m_typed = nullptr;
    QLineEdit *m_typedAccuracy = nullptr;
    QLabel *m_candidateText = nullptr;
    QLabel *m_warnings = nullptr;
    QPushButton *m_save = nullptr;
    QTreeWidget *m_history = nullptr;
};

} // namespace tepat
