#include "MainWindow.h"

#include "common/Clock.h"
#include "common/Language.h"
#include "domain/RegionDirectory.h"
#include "models/HouseholdListModel.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tepat {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_register(std::make_unique<RegisterRepository>(db, Clock::system()))
{
    const QString villageCode = m_db.setting(QStringLiteral("village_code"));
    const std::optional<Village> village = RegionDirectory::instance().village(villageCode);
    const QDate dataDate =
        QDate::fromString(m_db.setting(QStringLiteral("data_date")), Qt::ISODate);
    setWindowTitle(village ? tr("Tepat — %1").arg(village->name) : tr("Tepat"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *header = new QLabel(central);
    header->setTextFormat(Qt::PlainText);
    header->setText(village ? tr("%1 (%2), Kec. %3, %4 — data per %5")
                                  .arg(village->name, village->code, village->districtName,
                                       village->regencyName, Language::formatDate(dataDate))
                            : tr("Belum ada data kelurahan/desa."));
    layout->addWidget(header);

    auto *table = new QTableView(central);
    m_households = new HouseholdListModel(*m_register, this);
    table->setModel(m_households);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    setCentralWidget(central);
    connect(m_households, &HouseholdListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

} // namespace tepat
