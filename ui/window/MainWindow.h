#pragma once

#include <QMainWindow>

#include <memory>

namespace tepat {

class Database;
class HouseholdListModel;
class RegisterRepository;

// The operator's window. This first version opens the store and lists its households.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    Database &m_db;
    std::unique_ptr<RegisterRepository> m_register;
    HouseholdListModel *m_households = nullptr;
};

} // namespace tepat
