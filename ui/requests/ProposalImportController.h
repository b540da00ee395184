#pragma once

#include "core/workbook/ProposalImport.h"

#include <QObject>

namespace tepat {

class BackgroundJob;
struct AppContext;

// What the "Impor dari Excel" dialog works on: reads and checks a bulk-proposal workbook on a
// worker thread (its own connection, progress, cancel), keeps the row verdicts, re-checks a row
// the operator corrected, and creates all drafts in one transaction on a worker thread.
class ProposalImportController : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int ok = 0;
        int warnings = 0;
        int errors = 0;
    };

    explicit ProposalImportController(AppContext &context, QObject *parent = nullptr);
    ~ProposalImportController() override;

    // Reads and checks the workbook; checked() or failed() follows.
    void read(const QString &path);
    void reread() { read(m_path); }
    void cancel();
    bool busy() const;

    QString path() const { return m_path; }
    const ProposalCheck &result() const { return m_check; }
    Counts counts() const;
    // Every row is free of errors (and there is at least one): the drafts can be made.
    bool canCreate() const;
    bool created() const { return m_created; }

    // The operator's corrected values for row `index`; the row is built and checked again.
    void correct(int index, const QList<ProposalCell> &cells);
    // All drafts in one transaction; created() or failed() follows.
    void create();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void busyChanged(bool busy);
    void checked();
    void rowChecked(int index);
    void createdDrafts(int count);
    void failed(const QString &message);
    void cancelled();

private:
    AppContext &m_context;
    BackgroundJob *m_job;
    QString m_path;
    ProposalCheck m_check;
    bool m_created = false;
};

} // namespace tepat
