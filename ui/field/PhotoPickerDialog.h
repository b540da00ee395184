#pragma once

#include "core/photos/PhotoBatchImport.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tepat {

class PhotoFolderScan;

// Choosing a household's photos among many (a camera card holds a whole day of visits):
// previews with capture times arrive from a background scan; photos taken around the visit
// are ticked, the operator adjusts by hand and gives each photo its view.
class PhotoPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // `visit`: when the household was visited (invalid when unknown: nothing is ticked until
    // the operator sets a time, which starts at `now`). `needsFront`: the photo nearest the
    // visit is proposed as the front view.
    PhotoPickerDialog(const QStringList &files, const QDateTime &visit, const QDateTime &now,
                      bool needsFront, QWidget *parent = nullptr);
    ~PhotoPickerDialog() override;

    QList<PhotoImportItem> chosen() const;
    bool isScanning() const;
    int rowCount() const;
    void selectTakenNear(const QDateTime &visit, int minutes);
    void setChecked(int row, bool checked);
    void setView(int row, PhotoView view);

Q_SIGNALS:
    void scanFinished();

private:
    void addRow(int index);
    QComboBox *viewChoice(int row) const;
    void updateSummary();

    PhotoFolderScan *m_scan = nullptr;
    bool m_needsFront = false;
    QDateTime m_visit;
    QDateTimeEdit *m_visitEdit = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_match = nullptr;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stopScan = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace tepat
