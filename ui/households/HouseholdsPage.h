#pragma once

#include <QThread>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace tepat {

class HouseholdBrowser;
class HouseholdDetailView;
class ExcelExport;
class HouseholdListModel;
class PersonSearchModel;
class SearchWorker;
struct AppContext;
struct ChangeRequest;

// Keluarga: browse the village's households (sorted by any column, filtered by RT/RW,
// programme, desil, status) or search people by NIK, KK or name as you type (debounced, on a
// worker thread), and open a family with Enter (from the search box: the highlighted or only
// person found). Esc clears the search, or goes back from a family. Ctrl+F is the window's
// (installWindowShortcuts), which calls focusSearch().
class HouseholdsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit HouseholdsPage(AppContext &context, QWidget *parent = nullptr);
    ~HouseholdsPage() override;

    QTableView *householdTable() const { return m_householdTable; }
    QTableView *searchTable() const { return m_searchTable; }
    QLineEdit *searchBox() const { return m_search; }
    HouseholdDetailView *detail() const { return m_detail; }
    PersonSearchModel *searchModel() const { return m_searchModel; }
    HouseholdListModel *householdModel() const { return m_householdModel; }
    ExcelExport *excelExport() const { return m_excel; }
    bool isSearching() const;

    void openHousehold(const QString &householdId, const QString &personId = {});
    void showList();
    // The families with a recipient whose programme does not fit the desil (from Beranda).
    void showProgramMisfits();
    QComboBox *programFilter() const { return m_program; }
    // Back to the list with the cursor in the search box, its text selected.
    void focusSearch();

Q_SIGNALS:
    void requestOpened(const tepat::ChangeRequest &request);
    void firstRowsShown();

private:
    void applyQuery();
    void applyFilters();
    void openCurrent();
    void searchBoxEntered();
    void escapeFromList();
    void fillFilters();

    AppContext &m_context;
    std::unique_ptr<HouseholdBrowser> m_browser;
    QLineEdit *m_search;
    QComboBox *m_rt;
    QComboBox *m_rw;
    QComboBox *m_program;
    QComboBox *m_desil;
    QComboBox *m_status;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QStackedWidget *m_lists;
    QTableView *m_householdTable;
    QTableView *m_searchTable;
    HouseholdListModel *m_householdModel;
    PersonSearchModel *m_searchModel;
    HouseholdDetailView *m_detail;
    QTimer m_debounce;
    bool m_openWhenFound = false; // Enter was pressed before the search had finished
    QThread m_searchThread;
    SearchWorker *m_worker;
    ExcelExport *m_excel;
};

} // namespace tepat
