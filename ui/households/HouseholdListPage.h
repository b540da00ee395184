#pragma once

#include <QWidget>

#include <memory>

namespace tepat {

class HouseholdListModel;
class RegisterRepository;
struct AppContext;

// Keluarga: the households of the village, loaded page by page as the list scrolls.
class HouseholdListPage : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdListPage(AppContext &context, QWidget *parent = nullptr);
    ~HouseholdListPage() override;

private:
    std::unique_ptr<RegisterRepository> m_register;
    HouseholdListModel *m_model = nullptr;
};

} // namespace tepat
