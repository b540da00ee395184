#include "core/requests/ChangeRequestRepository.h"
#include "sync/client/SyncSettings.h"
#include "sync/client/TokenStore.h"
#include "tests/sync/SyncFixtures.h"
#include "ui/common/AppContext.h"
#include "ui/households/HouseholdDetailView.h"
#include "ui/sync/ParkedItemDialog.h"
#include "ui/sync/ServerSettingsSection.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

class TestSyncPage : public QObject
{
    Q_OBJECT

    struct Screen
    {
        ClientFixture client;
        CentralFixture central{client.store.clock};
        Session session;
        AppContext context;
        sync::MemoryTokenStore *tokens = nullptr;
        SyncController *controller = nullptr;
        std::unique_ptr<SyncPage> page;
        int asked = 0;

        explicit Screen(Session who = Session(Actor{QStringLiteral("rina"), QStringLiteral("Rina"),
                                                    Role::Operator}))
            : session(std::move(who))
            , context{*client.store.db, client.store.clock, session, client.filesRoot()}
        {
            central.addOperator();
            central.addSupervisor();
            central.seedRegister(12);
            auto store = std::make_unique<sync::MemoryTokenStore>();
            tokens = store.get();
            controller = new SyncController(context, std::move(store));
            controller->setOptionsHook([](sync::SyncOptions &o) { o.timeoutMs = 5000; });
            page = std::make_unique<SyncPage>(context, controller);
            page->askPassword = [this](const QString &) {
                ++asked;
                return std::optional<QByteArray>(kPassword);
            };
        }
        QPushButton *button(const QString &text) const
        {
            for (QPushButton *b : page->findChildren<QPushButton *>()) {
                if (b->text() == text) {
                    return b;
                }
            }
            qFatal("no button %s", qPrintable(text));
        }
        QTableWidget *table(int index) const
        {
            return page->findChildren<QTableWidget *>().at(index);
        }
        bool syncByButton()
        {
            QSignalSpy finished(controller, &SyncController::finished);
            button(SyncPage::tr("Sinkronkan sekarang"))->click();
            return finished.wait(30000) && finished.first().at(1).toBool();
        }
    };

private Q_SLOTS:
    // Sinkronisasi said 0 after a musyawarah approved requests: the counts follow the store.
    void countsFollowTheStore()
    {
        Screen s;
        s.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(s.page.get()));
        const auto approvedRow = [&s] {
            for (QLabel *label : s.page->findChildren<QLabel *>()) {
                const QString text = label->text();
                const qsizetype at =
                    text.indexOf(SyncPage::tr("Disetujui, belum masuk kotak keluar"));
                if (at >= 0) {
                    return text.mid(at, text.indexOf(QStringLiteral("</tr>"), at) - at);
                }
            }
            return QString();
        };
        QVERIFY(approvedRow().contains(QStringLiteral("<b>0</b>")));
        const ChangeRequestRepository repository(*s.client.store.db, s.client.store.clock);
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        const Result<ChangeRequest> draft = repository.createDraft(r, as(QStringLiteral("rina")));
        QVERIFY(draft);
        QVERIFY(repository.transition(draft->id, RequestState::OnAgenda, QStringLiteral("rina")));
        QVERIFY(repository.transition(draft->id, RequestState::Approved, QStringLiteral("kades")));
        QTRY_VERIFY2(approvedRow().contains(QStringLiteral("<b>1</b>")), qPrintable(approvedRow()));
    }

    void theOperatorSyncsSeesProblemsFixesThemAndSeesDecisions()
    {
        Screen s;
        QVERIFY(s.controller->saveServer(s.central.url().toString(), QStringLiteral("op.bangsal"),
                                         false));
        s.tokens->available = false; // no keychain: the password is asked every time
        QVERIFY(s.syncByButton());
        QCOMPARE(s.asked, 1);
        QCOMPARE(s.client.store.count(QStringLiteral("SELECT count(*) FROM household")), 12);

        s.client.demoRequests(4);
        const auto entries = *s.client.outbox().list(false);
        QVERIFY(s.client.store.db->query(
            QStringLiteral("UPDATE change_request SET payload = json_set(payload, '$.reason', "
                           "'pindah') WHERE id = ?"),
            {entries.first().requestId}));
        s.page->refresh();
        QVERIFY(s.syncByButton()); // partial: one item parked
        QCOMPARE(s.asked, 2);
        QTableWidget *problems = s.table(0);
        QCOMPARE(problems->rowCount(), 1);
        QVERIFY(problems->item(0, 4)->text().contains(QStringLiteral("pindah")));
        QVERIFY(s.page->findChildren<QLabel *>().size() > 3);

        QVERIFY(s.central.server->desk().decide(
            s.central.supervisor(),
            ChangeRequestRepository(*s.client.store.db, s.client.store.clock)
                .get(entries.last().requestId)
                ->uuid,
            QStringLiteral("reject"), QStringLiteral("Foto buram")));
        QVERIFY(s.syncByButton());
        QTableWidget *decisions = s.table(1);
        QCOMPARE(decisions->rowCount(), 1);
        QCOMPARE(decisions->item(0, 6)->text(), QStringLiteral("Foto buram"));
        // The household shows the decision on its request too, with Dinsos' reason.
        const ChangeRequest decided =
            *ChangeRequestRepository(*s.client.store.db, s.client.store.clock)
                 .get(entries.last().requestId);
        HouseholdDetailView household(s.context);
        QVERIFY(household.showHousehold(decided.householdId));
        auto *requests = qobject_cast<QTableWidget *>(household.tabs()->widget(3));
        QVERIFY(requests);
        QStringList lastSteps;
        for (int row = 0; row < requests->rowCount(); ++row) {
            lastSteps << requests->item(row, 4)->text();
        }
        QVERIFY2(lastSteps.join(u'|').contains(QStringLiteral("Foto buram")),
                 qPrintable(lastSteps.join(u'|')));

        s.page->resize(1100, 820);
        const QString shots =
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(shots);
        QVERIFY(s.page->grab().save(shots + QStringLiteral("/sync-page.png")));

        // The fix, in place, then sent again.
        QJsonObject payload = ChangeRequestRepository(*s.client.store.db, s.client.store.clock)
                                  .get(entries.first().requestId)
                                  ->payload;
        payload.insert(QStringLiteral("reason"), QStringLiteral("moved_away"));
        QVERIFY(s.controller->fix(entries.first().requestId, payload));
        QCOMPARE(problems->rowCount(), 0);
        QVERIFY(s.syncByButton());
        QCOMPARE(s.client.outbox().summary()->waiting, 0);
        QCOMPARE(s.central.serverCount(QStringLiteral("SELECT count(*) FROM request")), 4);
    }

    void theKeychainKeepsTheLoginSoThePasswordIsAskedOnce()
    {
        Screen s;
        QVERIFY(s.controller->saveServer(s.central.url().toString(), QStringLiteral("op.bangsal"),
                                         true));
        QVERIFY(s.syncByButton());
        QVERIFY(s.syncByButton());
        QCOMPARE(s.asked, 1);
        QCOMPARE(s.tokens->tokens.size(), 1);
        // The network came back: an automatic sync, without asking anything.
        QSignalSpy finished(s.controller, &SyncController::finished);
        s.controller->scheduler().setOnline(false);
        s.controller->scheduler().setOnline(true);
        QVERIFY(finished.wait(30000));
        QCOMPARE(s.asked, 1);
        // Forgetting the login asks again next time.
        ServerSettingsSection section(*s.controller);
        section.confirm = [](const QString &) { return true; };
        for (QPushButton *b : section.findChildren<QPushButton *>()) {
            if (b->text() == ServerSettingsSection::tr("Lupakan sesi masuk…")) {
                b->click();
            }
        }
        QCOMPARE(s.tokens->tokens.size(), 0);
        QVERIFY(s.syncByButton());
        QCOMPARE(s.asked, 2);
    }

    void withoutTheSendPermissionNothingLeaves()
    {
        Screen s(Session(Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff}));
        const Status saved = s.controller->saveServer(s.central.url().toString(),
                                                      QStringLiteral("op.bangsal"), true);
        QCOMPARE(saved.error().code, QStringLiteral("auth.forbidden"));
        QVERIFY(s.client.store.db->setSetting(QStringLiteral("sync.server_url"),
                                              s.central.url().toString()));
        QVERIFY(s.client.store.db->setSetting(QStringLiteral("sync.username"),
                                              QStringLiteral("op.bangsal")));
        const Status sync = s.controller->syncNow();
        QVERIFY(!sync);
        QCOMPARE(sync.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(s.asked, 0);
        QCOMPARE(s.central.serverCount(QStringLiteral("SELECT count(*) FROM token")), 0);
    }

    void anAutomaticSyncThatCannotStartSaysWhy()
    {
        Screen s;
        QVERIFY(s.controller->saveServer(s.central.url().toString(), QStringLiteral("op.bangsal"),
                                         true));
        // A CA file that was set, then removed: not "nothing to do", but a failure with its name.
        const QString ca = s.client.store.file(QStringLiteral("dinsos-ca.crt"));
        QVERIFY(QFile::copy(QStringLiteral(TEPAT_TEST_DATA "/tls/localhost.crt"), ca));
        QVERIFY(sync::SyncSettings(*s.client.store.db).setCaFile(ca));
        QVERIFY(QFile::remove(ca));
        QSignalSpy finished(s.controller, &SyncController::finished);
        s.controller->syncAutomatically();
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().at(0).toString().contains(QStringLiteral("dinsos-ca.crt")));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(s.asked, 0);
    }

    void aServerAddressIsCheckedBeforeItIsSaved()
    {
        Screen s;
        ServerSettingsSection section(*s.controller);
        const auto edits = section.findChildren<QLineEdit *>();
        edits[0]->setText(QStringLiteral("ftp://server"));
        edits[1]->setText(QStringLiteral("op.bangsal"));
        QTest::keyClick(edits[0], Qt::Key_Return);
        QVERIFY(s.controller->serverUrl().isEmpty());
        edits[0]->setText(QStringLiteral("https://tepat.dinsos.kedirikota.go.id"));
        QTest::keyClick(edits[0], Qt::Key_Return);
        QCOMPARE(s.controller->serverUrl(),
                 QStringLiteral("https://tepat.dinsos.kedirikota.go.id"));
    }

    void theParkedItemDialogKeepsEachFieldsType()
    {
        ChangeRequest r;
        r.id = 7;
        r.kind = RequestKind::Removal;
        r.householdId = QStringLiteral("H1");
        r.payload = {
            {QStringLiteral("reason"), QStringLiteral("pindah")},
            {QStringLiteral("members"), 3},
            {QStringLiteral("detail"), QJsonObject{{QStringLiteral("rt"), QStringLiteral("003")}}}};
        ParkedItemDialog dialog(r, QStringLiteral("Alasan penghapusan tidak dikenal"));
        QTableWidget *fields = dialog.fields();
        QCOMPARE(fields->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            const QString key = fields->item(row, 0)->text();
            if (key == QLatin1String("reason")) {
                fields->item(row, 1)->setText(QStringLiteral("moved_away"));
            } else if (key == QLatin1String("members")) {
                QCOMPARE(fields->item(row, 1)->text(), QStringLiteral("3"));
                fields->item(row, 1)->setText(QStringLiteral("4"));
            } else {
                fields->item(row, 1)->setText(QStringLiteral("{\"rt\": \"004\""));
            }
        }
        dialog.accept(); // broken JSON in an object field is refused
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        for (int row = 0; row < 3; ++row) {
            if (fields->item(row, 0)->text() == QLatin1String("detail")) {
                fields->item(row, 1)->setText(QStringLiteral("{\"rt\": \"004\"}"));
            }
        }
        const QJsonObject p = dialog.payload();
        QCOMPARE(p.value(QStringLiteral("reason")).toString(), QStringLiteral("moved_away"));
        QCOMPARE(p.value(QStringLiteral("members")).toInteger(), 4);
        QCOMPARE(
            p.value(QStringLiteral("detail")).toObject().value(QStringLiteral("rt")).toString(),
            QStringLiteral("004"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "TestSyncPage.moc"
