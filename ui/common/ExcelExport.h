#pragma once

#include "core/common/Result.h"
#include "core/workbook/ListExport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace tepat {

class BackgroundJob;
class Database;
struct AppContext;

// The "Ekspor ke Excel" action of a list: asks where to save (a safe name from FileNames in a
// writable folder), then writes the workbook on a worker thread with its own connection, with
// progress and cancel, and says how many rows were saved.
class ExcelExport : public QObject
{
    Q_OBJECT

public:
    // Runs on the worker thread: writes the list from `db` to `path`.
    using Write = std::function<Result<qint64>(const Database &db, const QString &path,
                                               const ExportProgress &progress)>;

    ExcelExport(AppContext &context, QWidget *parent);
    ~ExcelExport() override;

    // `title` names the suggested file ("keluarga rw 002" → keluarga-rw-002.xlsx).
    void start(const QString &title, Write write);
    // The same without asking (the file was chosen elsewhere).
    void writeTo(const QString &path, Write write);
    bool running() const;

Q_SIGNALS:
    void finished(const QString &path, qint64 rows);
    void failed(const QString &message);
    void cancelled(); // the operator stopped it; no file was left

private:
    AppContext &m_context;
    QWidget *m_parent;
    BackgroundJob *m_job;
    QPointer<QProgressDialog> m_progress;
};

} // namespace tepat
