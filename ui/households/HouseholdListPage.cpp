#include "HouseholdListPage.h"

#include "AppContext.h"
#include "models/HouseholdListModel.h"
#include "storage/RegisterRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tepat {

HouseholdListPage::HouseholdListPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_register(std::make_unique<RegisterRepository>(context.db, context.clock))
{
    auto *layout = new QVBoxLayout(this);
    auto *table = new QTableView(this);
    m_model = new HouseholdListModel(*m_register, this);
    table->setModel(m_model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *problem = new QLabel(this);
    problem->hide();
    connect(m_model, &HouseholdListModel::loadFailed, problem, [problem](const QString &message) {
        problem->setText(message);
        problem->show();
    });
    layout->addWidget(table);
    layout->addWidget(problem);
}

HouseholdListPage::~HouseholdListPage() = default;

} // namespace tepat
