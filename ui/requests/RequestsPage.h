#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace tepat {

class ChangeRequestRepository;
class RequestListModel;
struct AppContext;
class ExcelExport;
struct ChangeRequest;

// Usulan: every draft and request with where it stands in the lifecycle, filterable by state
// and kind; Enter opens it (a draft to edit, anything later read-only with its history).
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPage(AppContext &context, QWidget *parent = nullptr);
    ~RequestsPage() override;

    RequestListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ExcelExport *excelExport() const { return m_excel; }
    void reload();

Q_SIGNALS:
    void requestOpened(const tepat::ChangeRequest &request);

private:
    void applyFilter();

    std::unique_ptr<ChangeRequestRepository> m_repository;
    RequestListModel *m_model;
    QTableView *m_table;
    QComboBox *m_state;
    QComboBox *m_kind;
    QLabel *m_counts;
    AppContext &m_context;
    ExcelExport *m_excel;
};

} // namespace tepat
