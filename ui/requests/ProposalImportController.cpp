#include "ui/requests/ProposalImportController.h"

#include "core/storage/Database.h"
#include "core/storage/StoreEvents.h"
#include "ui/common/AppContext.h"
#include "ui/common/BackgroundJob.h"

namespace tepat {

namespace {

// The work on the worker thread uses a connection of its own.
Result<std::unique_ptr<Database>> openOwn(const QString &store)
{
    Database::Options options;
    options.migrate = false;
    return Database::open(store, options);
}

bool cancelledError(const Error &error)
{
    return error.code == QLatin1String("workbook.cancelled") ||
           error.code == QLatin1String("proposals.cancelled");
}

} // namespace

ProposalImportController::ProposalImportController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::progressed, this, &ProposalImportController::progressed);
}

ProposalImportController::~ProposalImportController() = default;

bool ProposalImportController::busy() const
{
    return m_job->running();
}

void ProposalImportController::cancel()
{
    m_job->cancel();
}

ProposalImportController::Counts ProposalImportController::counts() const
{
    Counts counts;
    for (const ProposalRow &row : m_check.rows) {
        switch (row.worst()) {
        case Severity::Error:
            ++counts.errors;
            break;
        case Severity::Warning:
            ++counts.warnings;
            break;
        default:
            ++counts.ok;
        }
    }
    return counts;
}

bool ProposalImportController::canCreate() const
{
    return !busy() && !m_created && !m_check.rows.isEmpty() && m_check.refused() == 0;
}

void ProposalImportController::read(const QString &path)
{
    if (busy() || path.isEmpty()) {
        return;
    }
    m_path = path;
    m_created = false;
    m_job->setTitle(tr("Memeriksa buku kerja usulan…"));
    const QString store = m_context.db.path();
    const Session session = m_context.session;
    const Clock &clock = m_context.clock;
    BackgroundJob *job = m_job;
    m_job->start(
        [store, path, session, &clock, job]() -> Result<ProposalCheck> {
            Result<std::unique_ptr<Database>> db = openOwn(store);
            if (!db) {
                return db.error();
            }
            return ProposalImport(*db.value(), clock, session)
                .check(path, [job](qint64 done, qint64 total) {
                    job->report(done, total);
                    return !job->cancelled();
                });
        },
        [this](Result<ProposalCheck> outcome) {
            Q_EMIT busyChanged(false);
            if (!outcome) {
                if (cancelledError(outcome.error())) {
                    Q_EMIT cancelled();
                } else {
                    Q_EMIT failed(outcome.error().message);
                }
                return;
            }
            m_check = std::move(*outcome);
            Q_EMIT checked();
        });
    Q_EMIT busyChanged(true);
}

void ProposalImportController::correct(int index, const QList<ProposalCell> &cells)
{
    if (busy() || index < 0 || index >= m_check.rows.size()) {
        return;
    }
    ProposalRow &row = m_check.rows[index];
    row.cells = cells;
    ProposalImport(m_context.db, m_context.clock, m_context.session).recheck(row);
    Q_EMIT rowChecked(index);
}

void ProposalImportController::create()
{
    if (!canCreate()) {
        return;
    }
    m_job->setTitle(tr("Membuat draf usulan…"));
    const QString store = m_context.db.path();
    const Session session = m_context.session;
    const Clock &clock = m_context.clock;
    BackgroundJob *job = m_job;
    ProposalCheck rows = m_check;
    m_job->start(
        [store, rows, session, &clock, job]() mutable -> Result<ProposalCheck> {
            Result<std::unique_ptr<Database>> db = openOwn(store);
            if (!db) {
                return db.error();
            }
            const Status made = ProposalImport(*db.value(), clock, session)
                                    .create(rows, [job](qint64 done, qint64 total) {
                                        job->report(done, total);
                                        return !job->cancelled();
                                    });
            if (!made) {
                return made.error();
            }
            return rows;
        },
        [this](Result<ProposalCheck> made) {
            Q_EMIT busyChanged(false);
            if (!made) {
                if (cancelledError(made.error())) {
                    Q_EMIT cancelled();
                } else {
                    Q_EMIT failed(made.error().message);
                }
                return;
            }
            m_check = std::move(*made);
            m_created = true;
            StoreEvents::of(m_context.db).announce();
            Q_EMIT createdDrafts(int(m_check.rows.size()));
        });
    Q_EMIT busyChanged(true);
}

} // namespace tepat
