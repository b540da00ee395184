#pragma once

#include "core/photos/HouseholdPhotos.h"
#include "ui/field/FieldPrompts.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace tepat {

class PhotoBatchImport;
class PhotoPickerDialog;
class PhotoViewerDialog;
struct AppContext;
struct PhotoImportItem;

// Foto rumah of one household, to embed in the household screen: thumbnails with their view
// and capture time, photos added from files or a whole folder (camera card, phone over USB)
// off the UI thread with progress and cancel, a view per photo, and taking a wrong photo off.
class HouseholdPhotosPanel : public QWidget
{
    Q_OBJECT

public:
    HouseholdPhotosPanel(AppContext &context, const QString &householdId,
                         QWidget *parent = nullptr);
    ~HouseholdPhotosPanel() override;

    QString householdId() const { return m_householdId; }
    void setHouseholdId(const QString &householdId);
    void setPrompts(FieldPrompts prompts) { m_prompts = std::move(prompts); }

    // What the buttons do once their file or folder dialog has answered.
    void addFiles(const QStringList &paths);
    PhotoPickerDialog *chooseFromFolder(const QString &folder);
    void reload();
    // The selected photo at full size (double-click or Enter on a thumbnail).
    PhotoViewerDialog *openSelected();

    bool isImporting() const;
    void cancelImport();
    int photoCount() const;

Q_SIGNALS:
    void photosChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool allowed();
    void startImport(const QList<PhotoImportItem> &items);
    void importFinished(int imported, int alreadyAttached, int failed, bool cancelled);
    void selectionChanged();
    void changeView(int comboIndex);
    void detachSelected();
    std::optional<HouseholdPhoto> selectedPhoto() const;

    AppContext &m_context;
    QString m_householdId;
    std::unique_ptr<HouseholdPhotos> m_photos;
    PhotoBatchImport *m_batch = nullptr;
    FieldPrompts m_prompts = FieldPrompts::dialogs();
    QList<HouseholdPhoto> m_shown;

    QLabel *m_frontStatus = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QComboBox *m_view = nullptr;
    QPushButton *m_detach = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tepat
