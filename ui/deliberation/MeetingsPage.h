#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tepat {

struct AppContext;
class DeliberationService;
class ExcelExport;
enum class MeetingDocument;
struct Meeting;

// Musyawarah: the three-month rule (with the SPTJM path when it is late), meetings planned and
// held, and for the chosen one its agenda with one decision per item, attendance, photos,
// finalisation (then locked; corrections as addenda) and its documents as PDF or printed from
// a print preview.
class MeetingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingsPage(AppContext &context, QWidget *parent = nullptr);
    ~MeetingsPage() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showReadiness(const Meeting &meeting);
    void editMeeting();
    void showMeeting();
    qint64 current() const;
    void plan(bool sptjm);
    void addAgenda();
    void decide();
    void removeFromAgenda();
    void cancelMeeting();
    void addAttendee();
    void removeAttendee();
    void addPhoto();
    void finalise();
    void addAddendum();
    void saveDocument(MeetingDocument document);
    void printDocument(MeetingDocument document);
    void exportBnba();
    bool check(const QString &error);

    AppContext &m_context;
    std::unique_ptr<DeliberationService> m_service;
    ExcelExport *m_excel = nullptr;
    QLabel *m_schedule = nullptr;
    QPushButton *m_sptjm = nullptr;
    QAction *m_previewMinutes = nullptr;
    QListWidget *m_meetings = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_readiness = nullptr; // what still stands in the way of finalising
    QTableWidget *m_agenda = nullptr;
    QTableWidget *m_attendees = nullptr;
    QList<QPushButton *> m_plannedOnly;
    QList<QPushButton *> m_finalisedOnly;
    QList<QPushButton *> m_anyMeeting; // documents: daftar hadir, berita acara, preview
};

} // namespace tepat
