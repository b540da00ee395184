#include "ui/common/ExcelExport.h"

#include "core/common/FileNames.h"
#include "core/common/Language.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundJob.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>

namespace tepat {

ExcelExport::ExcelExport(AppContext &context, QWidget *parent)
    : QObject(parent)
    , m_context(context)
    , m_parent(parent)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::progressed, this, [this](qint64 done, qint64 total) {
        if (m_progress) {
            m_progress->setMaximum(total > 0 ? int(qMin<qint64>(total, INT_MAX)) : 0);
            m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        }
    });
    connect(this, &ExcelExport::failed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Ekspor ke Excel"), message,
                                    QMessageBox::Ok, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(this, &ExcelExport::finished, this, [this](const QString &path, qint64 rows) {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Ekspor ke Excel"),
                            tr("%1 baris disimpan di %2.")
                                .arg(Language::formatNumber(rows), QDir::toNativeSeparators(path)),
                            QMessageBox::Ok, m_parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

ExcelExport::~ExcelExport() = default;

bool ExcelExport::running() const
{
    return m_job->running();
}

void ExcelExport::start(const QString &title, Write write)
{
    if (running()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Ekspor ke Excel"), FileNames::suggestedPath(title, QStringLiteral("xlsx")),
        tr("Buku Kerja Excel (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    writeTo(path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                ? path
                : path + QStringLiteral(".xlsx"),
            std::move(write));
}

void ExcelExport::writeTo(const QString &path, Write write)
{
    if (running()) {
        return;
    }
    m_progress = new QProgressDialog(tr("Menyimpan buku kerja…"), tr("Batal"), 0, 0, m_parent);
    m_progress->setWindowTitle(tr("Ekspor ke Excel"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    const QString store = m_context.db.path();
    BackgroundJob *job = m_job;
    m_job->start(
        [store, path, write, job]() -> Result<qint64> {
            Database::Options options;
            options.migrate = false;
            Result<std::unique_ptr<Database>> db = Database::open(store, options);
            if (!db) {
                return db.error();
            }
            return write(*db.value(), path, [job](qint64 done, qint64 total) {
                job->report(done, total);
                return !job->cancelled();
            });
        },
        [this, path](Result<qint64> rows) {
            if (m_progress) {
                m_progress->close();
            }
            if (!rows) {
                if (rows.error().code == QLatin1String("workbook.cancelled")) {
                    Q_EMIT cancelled();
                } else {
                    Q_EMIT failed(rows.error().message);
                }
                return;
            }
            Q_EMIT finished(path, *rows);
        });
}

} // namespace tepat
