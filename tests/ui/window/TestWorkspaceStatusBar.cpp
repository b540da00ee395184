#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/common/BackgroundActivity.h"
#include "ui/common/BackgroundJob.h"
#include "ui/window/MainWindow.h"
#include "ui/window/NavigationBar.h"
#include "ui/window/WorkspaceStatusBar.h"

#include <QLabel>
#include <QProgressBar>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// The status bar and the navigation counts follow the store and the slow work of the window.
class TestWorkspaceStatusBar : public QObject
{
    Q_OBJECT

    struct Window
    {
        UiFixture f{10};
        MainWindow window{f.context};

        Window()
        {
            for (const char *key : {"beranda", "usulan", "musyawarah", "sinkronisasi"}) {
                window.addPage(QLatin1String(key), QLatin1String(key), new QWidget);
            }
            window.show();
            if (!QTest::qWaitForWindowExposed(&window)) {
                qFatal("window not shown");
            }
        }
        QString text(const char *name) const
        {
            auto *label = window.findChild<QLabel *>(QLatin1String(name));
            return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
        }
        qint64 draft(RequestState to = RequestState::Draft) const
        {
            const ChangeRequestRepository repository(*f.db, f.clock);
            ChangeRequest r;
            r.kind = RequestKind::Correction;
            auto q = f.db->query(QStringLiteral("SELECT id FROM household ORDER BY id LIMIT 1"));
            r.householdId = q && q->next() ? q->value(0).toString() : QString();
            const qint64 id = repository.createDraft(r, as(QStringLiteral("rina")))->id;
            if (to != RequestState::Draft &&
                !repository.transition(id, to, QStringLiteral("rina"))) {
                qFatal("transition");
            }
            return id;
        }
    };

private Q_SLOTS:
    void everyPageHasItsIconAndTheWindowItsOwn()
    {
        Window w;
        NavigationBar *nav = w.window.navigation();
        for (int row = 0; row < nav->count(); ++row) {
            QVERIFY2(!nav->item(row)->icon().isNull(), qPrintable(nav->keyAt(row)));
        }
        QVERIFY(!w.window.windowIcon().isNull());
        QVERIFY(w.window.windowIcon().availableSizes().contains(QSize(48, 48)));
    }

    void draftsAndTheAgendaShowAsCountsThatFollowTheStore()
    {
        Window w;
        NavigationBar *nav = w.window.navigation();
        QTRY_COMPARE(w.text("outboxWaiting"), QStringLiteral("Menunggu dikirim: 0"));
        QCOMPARE(nav->badge(QStringLiteral("usulan")), 0);
        w.draft();
        w.draft();
        QTRY_COMPARE(nav->badge(QStringLiteral("usulan")), 2);
        QVERIFY(nav->item(1)->toolTip().contains(QStringLiteral("2 draf belum selesai")));
        w.draft(RequestState::OnAgenda);
        QTRY_COMPARE(nav->badge(QStringLiteral("musyawarah")), 1);
        QCOMPARE(nav->badge(QStringLiteral("usulan")), 2);
        QCOMPARE(nav->badge(QStringLiteral("sinkronisasi")), 0);
    }

    void offlineAndNeverSyncedAreSaidPlainly()
    {
        Window w;
        QTRY_VERIFY(w.text("syncState").contains(QStringLiteral("Belum pernah sinkron")));
        w.window.workspaceStatus()->setOnline(false);
        QVERIFY(w.text("syncState").startsWith(QStringLiteral("Luring · ")));
        w.window.workspaceStatus()->setOnline(true);
        QVERIFY(w.text("syncState").startsWith(QStringLiteral("Daring · ")));
        QCOMPARE(w.text("nextMeeting"), QStringLiteral("Belum ada musyawarah terjadwal"));
    }

    // A backup, the audit check or a letter batch shows its title and progress while it runs,
    // and disappears when it is done.
    void backgroundWorkShowsWhileItRuns()
    {
        Window w;
        auto *progress = w.window.findChild<QProgressBar *>(QStringLiteral("backgroundProgress"));
        QVERIFY(progress);
        QVERIFY(progress->isHidden());
        QSemaphore go;
        BackgroundJob job;
        job.setTitle(QStringLiteral("Mencadangkan data…"));
        bool finished = false;
        QVERIFY(job.start(
            [&job, &go] {
                job.report(3, 10);
                go.acquire();
                return 1;
            },
            [&finished](int) { finished = true; }));
        QTRY_COMPARE(w.text("backgroundWork"), QStringLiteral("Mencadangkan data…"));
        QTRY_COMPARE(progress->value(), 300);
        QVERIFY(progress->isVisible());
        const int other = BackgroundActivity::instance().begin(QStringLiteral("Sinkronisasi…"));
        QCOMPARE(w.text("backgroundWork"), QStringLiteral("Sinkronisasi… (dan 1 pekerjaan lain)"));
        QCOMPARE(progress->maximum(), 0); // length unknown: busy indicator
        BackgroundActivity::instance().end(other);
        go.release();
        QTRY_VERIFY(finished);
        QTRY_VERIFY(progress->isHidden());
        QCOMPARE(w.text("backgroundWork"), QString());
        QVERIFY(BackgroundActivity::instance().running().isEmpty());
    }
};

QTEST_MAIN(TestWorkspaceStatusBar)
#include "TestWorkspaceStatusBar.moc"
