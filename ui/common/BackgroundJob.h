#pragma once

#include "ui/common/BackgroundActivity.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

namespace tepat {

// Runs one piece of slow work (hashing, verifying, backing up) on a worker thread and hands
// its result back on the owner's thread. The work opens its own database connection. When the
// owner goes away first, the work is asked to stop (cancelled()) and waited for.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundJob(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~BackgroundJob() override
    {
        if (m_thread) {
            m_cancelled = true;
            m_thread->wait();
            delete m_thread;
        }
        endActivity();
    }

    bool running() const { return m_thread != nullptr; }
    // What the status bar shows while the work runs ("Mencadangkan data…"); none: not shown.
    void setTitle(const QString &title) { m_title = title; }
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }

    // Reports progress from the worker; delivered as progressed() on the owner's thread.
    void report(qint64 done, qint64 total)
    {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                if (m_activity) {
                    BackgroundActivity::instance().progress(m_activity, done, total);
                }
                Q_EMIT progressed(done, total);
            },
            Qt::QueuedConnection);
    }

    template<typename Work, typename Done>
    bool start(Work work, Done done)
    {
        if (m_thread) {
            return false;
        }
        m_cancelled = false;
        using R = decltype(work());
        auto result = std::make_shared<std::optional<R>>();
        m_thread = QThread::create(
            [work = std::move(work), result]() mutable { result->emplace(work()); });
        connect(m_thread, &QThread::finished, this, [this, result, done = std::move(done)]() {
            m_thread->deleteLater();
            m_thread = nullptr;
            endActivity();
            done(std::move(**result));
        });
        if (!m_title.isEmpty()) {
            m_activity = BackgroundActivity::instance().begin(m_title);
        }
        m_thread->start();
        return true;
    }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);

private:
    void endActivity()
    {
        if (m_activity) {
            BackgroundActivity::instance().end(m_activity);
            m_activity = 0;
        }
    }

    QThread *m_thread = nullptr;
    QString m_title;
    int m_activity = 0;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tepat
