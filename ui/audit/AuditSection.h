#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace tepat {

class AuditLog;
class AuditLogModel;
class BackgroundJob;
struct AppContext;
struct AuditVerification;

// Pengaturan → Jejak audit: who did what and when, searchable; and the check of the whole
// chain, which names the exact entry that was changed, removed or inserted.
class AuditSection : public QWidget
{
    Q_OBJECT

public:
    explicit AuditSection(AppContext &context, QWidget *parent = nullptr);
    ~AuditSection() override;

    // Checks the chain on a worker thread; `atStart` also warns in a message box when broken.
    void verify(bool atStart = false);
    bool verifying() const;
    QString resultText() const;
    AuditLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void verified(bool intact);

private:
    void showResult(const AuditVerification &result, bool atStart);
    void showBrokenEntry();

    AppContext &m_context;
    std::unique_ptr<AuditLog> m_log;
    AuditLogModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_showBroken = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    BackgroundJob *m_job = nullptr;
    qint64 m_brokenId = 0;
    qint64 m_brokenNext = 0;
};

} // namespace tepat
