#include "core/register/RegisterRepository.h"
#include "core/requests/ChangeRequestRepository.h"
#include "tests/ui/UiSupport.h"
#include "ui/field/HouseholdPhotosPanel.h"
#include "ui/requests/RequestEditor.h"
#include "ui/requests/RequestFormController.h"
#include "ui/requests/RequestFormDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace tepat;
using namespace tepat::test;

// Each kind's form, driven through its widgets as an operator would: what is typed becomes the
// payload, the rules answer inline, and closing the window keeps the draft.
class TestRequestFormDialog : public QObject
{
    Q_OBJECT

    template<typename W>
    static W *field(QWidget &dialog, const char *path)
    {
        W *w = dialog.findChild<W *>(QLatin1String(path));
        if (!w) {
            qWarning("no field %s", path);
        }
        return w;
    }

    static void choose(QComboBox *combo, const QString &code)
    {
        combo->setCurrentIndex(combo->findData(code));
        Q_EMIT combo->activated(combo->currentIndex());
    }

    static QStringList codes(const Findings &findings)
    {
        QStringList list;
        for (const Finding &f : findings) {
            list << f.code;
        }
        return list;
    }

    static QString household(UiFixture &) { return QStringLiteral("3571031001.000001"); }

private Q_SLOTS:
    void newMemberTypedIn()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewMember;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *nik = field<QLineEdit>(dialog, "member/nik");
        QVERIFY(nik);
        QTest::keyClicks(nik, QStringLiteral("3578014505200005"));
        // A valid NIK fills in sex and birth date.
        QCOMPARE(field<QComboBox>(dialog, "member/sex")->currentData().toString(),
                 QStringLiteral("P"));
        QCOMPARE(field<QLineEdit>(dialog, "member/birth_date")->text(),
                 QStringLiteral("05-05-2020"));
        QTest::keyClicks(field<QLineEdit>(dialog, "member/name"), QStringLiteral("Nur Aini"));
        choose(field<QComboBox>(dialog, "member/relationship"), QStringLiteral("child"));
        auto *reason = field<QComboBox>(dialog, "reason");
        reason->setEditText(QStringLiteral("Lahir"));
        const ChangeRequest &request = dialog.controller().request();
        QCOMPARE(request.payload.value(QStringLiteral("member"))
                     .toObject()
                     .value(QStringLiteral("birth_date"))
                     .toString(),
                 QStringLiteral("2020-05-05"));
        QCOMPARE(codes(dialog.controller().findings()), QStringList{});
        QVERIFY(dialog.controller().isReady());
        dialog.close();
        QCOMPARE(f.count(QStringLiteral(
                     "SELECT count(*) FROM change_request WHERE kind = 'new_member'")),
                 1);
    }

    void inlineMessagesAppearOnceTheOperatorTypes()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewMember;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *nikMessage = [&dialog]() -> QLabel * {
            QWidget *box =
                dialog.findChild<QLineEdit *>(QStringLiteral("member/nik"))->parentWidget();
            return box->findChild<QLabel *>();
        }();
        QVERIFY(nikMessage->isHidden());
        QTest::keyClicks(field<QLineEdit>(dialog, "member/nik"),
                         QStringLiteral("3578013205200005"));
        QVERIFY(!nikMessage->isHidden());
        QVERIFY(nikMessage->text().contains(QStringLiteral("41–71")));
        auto *list = dialog.findChild<QListWidget *>();
        bool namedField = false;
        for (int i = 0; i < list->count(); ++i) {
            namedField = namedField || list->item(i)->text().contains(QStringLiteral("NIK:"));
        }
        QVERIFY(namedField);
    }

    void messagesNeverMoveTheFieldsBelow()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewMember;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.resize(1366, 740);
        dialog.show();
        auto *birthPlace = field<QLineEdit>(dialog, "member/birth_place");
        auto *birthDate = field<QLineEdit>(dialog, "member/birth_date");
        const QPoint placeBefore = birthPlace->mapTo(&dialog, QPoint());
        const QPoint dateBefore = birthDate->mapTo(&dialog, QPoint());
        // A NIK whose day is out of range: its message appears under the NIK while typing.
        QTest::keyClicks(field<QLineEdit>(dialog, "member/nik"),
                         QStringLiteral("3578013205200005"));
        QTest::keyClicks(field<QLineEdit>(dialog, "member/name"), QStringLiteral("N"));
        auto *nikMessage =
            field<QLineEdit>(dialog, "member/nik")->parentWidget()->findChild<QLabel *>();
        QVERIFY(!nikMessage->isHidden());
        QCOMPARE(birthPlace->mapTo(&dialog, QPoint()), placeBefore);
        QCOMPARE(birthDate->mapTo(&dialog, QPoint()), dateBefore);
    }

    void fieldsFilledFromTheNikAreValidatedAtOnce()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewMember;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        QTest::keyClicks(field<QLineEdit>(dialog, "member/name"), QStringLiteral("Nur Aini"));
        QVERIFY(codes(dialog.controller().findings()).contains("request.sex_invalid"));
        QTest::keyClicks(field<QLineEdit>(dialog, "member/nik"),
                         QStringLiteral("3578014505200005"));
        const QStringList found = codes(dialog.controller().findings());
        QVERIFY(!found.contains("request.sex_invalid"));
        QVERIFY(!found.contains("request.birth_date_invalid"));
        for (const char *path : {"member/sex", "member/birth_date"}) {
            QLabel *message = dialog.findChild<QWidget *>(QLatin1String(path))
                                  ->parentWidget()
                                  ->findChild<QLabel *>();
            QVERIFY2(message->isHidden(), path);
        }
        QCOMPARE(dialog.controller()
                     .request()
                     .payload.value(QStringLiteral("member"))
                     .toObject()
                     .value(QStringLiteral("sex"))
                     .toString(),
                 QStringLiteral("P"));
    }

    void aCorrectedNikFillsSexAndBirthDateAgain()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewMember;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *nik = field<QLineEdit>(dialog, "member/nik");
        auto *sex = field<QComboBox>(dialog, "member/sex");
        auto *birthDate = field<QLineEdit>(dialog, "member/birth_date");
        QTest::keyClicks(nik, QStringLiteral("3578014505200005"));
        QCOMPARE(birthDate->text(), QStringLiteral("05-05-2020"));
        // The operator mistyped it: a boy born 12 March 2015.
        nik->selectAll();
        QTest::keyClicks(nik, QStringLiteral("3578011203150003"));
        QCOMPARE(sex->currentData().toString(), QStringLiteral("L"));
        QCOMPARE(birthDate->text(), QStringLiteral("12-03-2015"));
        QVERIFY(!codes(dialog.controller().findings()).contains("nik.sex_mismatch"));
        QVERIFY(!codes(dialog.controller().findings()).contains("nik.birth_date_mismatch"));

        // A birth date typed by hand (the NIK is wrong, the birth certificate says otherwise)
        // is kept when the NIK changes again; the rules then say they disagree.
        birthDate->selectAll();
        QTest::keyClicks(birthDate, QStringLiteral("13-03-2015"));
        nik->selectAll();
        QTest::keyClicks(nik, QStringLiteral("3578014505200005"));
        QCOMPARE(birthDate->text(), QStringLiteral("13-03-2015"));
        QCOMPARE(sex->currentData().toString(), QStringLiteral("P"));
        QVERIFY(codes(dialog.controller().findings()).contains("nik.birth_date_mismatch"));
    }

    void correctionShowsTheDiff()
    {
        UiFixture f;
        const Person spouse = RegisterRepository(*f.db, f.clock).members(household(f))->first();
        ChangeRequest r;
        r.kind = RequestKind::Correction;
        r.householdId = household(f);
        r.personId = spouse.id;
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("changes"));
        QVERIFY(table);
        QCOMPARE(table->item(0, 1)->text(), spouse.name);
        auto *newName = qobject_cast<QLineEdit *>(table->cellWidget(0, 2));
        QTest::keyClicks(newName, QStringLiteral("Nama Baru Sekali"));
        const QJsonArray changes =
            dialog.controller().request().payload.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("old")).toString(), spouse.name);
        QCOMPARE(changes[0].toObject().value(QStringLiteral("new")).toString(),
                 QStringLiteral("Nama Baru Sekali"));
        bool diffShown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            diffShown =
                diffShown ||
                (label->text().contains(QStringLiteral("<s>") + spouse.name.toHtmlEscaped()) &&
                 label->text().contains(QStringLiteral("Nama Baru Sekali")));
        }
        QVERIFY(diffShown);
    }

    void removalOfADeceasedMember()
    {
        UiFixture f;
        const QList<Person> members =
            RegisterRepository(*f.db, f.clock).members(household(f)).value();
        ChangeRequest r;
        r.kind = RequestKind::Removal;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *target = dialog.findChildren<QComboBox *>().first();
        target->setCurrentIndex(target->findData(members.last().id));
        Q_EMIT target->activated(target->currentIndex());
        choose(field<QComboBox>(dialog, "reason"), QStringLiteral("died"));
        QVERIFY(
            codes(dialog.controller().findings()).contains(QStringLiteral("request.death_date")));
        QTest::keyClicks(field<QLineEdit>(dialog, "date"), QStringLiteral("01-10-2026"));
        QTest::keyClicks(field<QLineEdit>(dialog, "death_certificate"),
                         QStringLiteral("3571-KM-10102026-0001"));
        const ChangeRequest &request = dialog.controller().request();
        QCOMPARE(request.personId, members.last().id);
        QCOMPARE(request.payload.value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-10-01"));
        QCOMPARE(request.payload.value(QStringLiteral("death_certificate")).toString(),
                 QStringLiteral("3571-KM-10102026-0001"));
        if (members.last().status == PersonStatus::Active) {
            QCOMPARE(codes(dialog.controller().findings()), QStringList{});
        }
    }

    void relocationChosenFromTheRegionList()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::Relocation;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *search = dialog.findChildren<QLineEdit *>().first();
        // Several villages are called Bandar…; the one in the family's own city comes first.
        QTest::keyClicks(search, QStringLiteral("bandar lor"));
        choose(field<QComboBox>(dialog, "movers"), QStringLiteral("household"));
        const QString chosen = dialog.controller()
                                   .request()
                                   .payload.value(QStringLiteral("destination_village"))
                                   .toString();
        QCOMPARE(chosen, QStringLiteral("35.71.01.1001"));
        QCOMPARE(codes(dialog.controller().findings()), QStringList{});
    }

    void programProposalForOneMember()
    {
        UiFixture f;
        const QList<Person> members =
            RegisterRepository(*f.db, f.clock).members(household(f)).value();
        ChangeRequest r;
        r.kind = RequestKind::ProgramProposal;
        r.householdId = household(f);
        r.personId = members.first().id;
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        choose(field<QComboBox>(dialog, "program"), QStringLiteral("APBD"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "reason"), QStringLiteral("Lansia"));
        QCOMPARE(dialog.controller().request().personId, members.first().id);
        QCOMPARE(dialog.controller().request().payload.value(QStringLiteral("program")).toString(),
                 QStringLiteral("APBD"));
    }

    void anonymousObjectionAtTheCounter()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::Objection;
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        QTest::keyClicks(field<QLineEdit>(dialog, "subject"),
                         QStringLiteral("Penerima PKH di Gg. Sawo punya mobil"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "reason"), QStringLiteral("Sudah mampu"));
        QVERIFY(codes(dialog.controller().findings())
                    .contains(QStringLiteral("request.reporter_missing")));
        dialog.findChild<QCheckBox *>()->click();
        QCOMPARE(codes(dialog.controller().findings()), QStringList{});
        QVERIFY(dialog.controller().request().payload.value(QStringLiteral("anonymous")).toBool());
        QVERIFY(!dialog.controller().request().payload.contains(QStringLiteral("reporter")));
    }

    // Where the request came from is chosen on the form and saved with the draft; what approved
    // it is shown, and this month's cut-off (the 17th has passed on the suite's 23 November).
    void channelApprovalAndCutoff()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::Objection;
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *channel = field<QComboBox>(dialog, "channel");
        QCOMPARE(channel->currentText(), QStringLiteral("Loket kelurahan/desa"));
        channel->setCurrentIndex(channel->findData(int(RequestChannel::CekBansosObjection)));
        QCOMPARE(dialog.controller().request().channel, RequestChannel::CekBansosObjection);
        QTest::keyClicks(field<QLineEdit>(dialog, "subject"), QStringLiteral("Penerima mampu"));
        QVERIFY(dialog.controller().saveNow());
        QCOMPARE(
            ChangeRequestRepository(*f.db, f.clock).get(dialog.controller().request().id)->channel,
            RequestChannel::CekBansosObjection);
        QVERIFY(field<QLabel>(dialog, "approval")->text().contains(QStringLiteral("belum ada")));
        QVERIFY(
            field<QLabel>(dialog, "cutoffNote")->text().contains(QStringLiteral("sudah lewat")));
    }

    // The operator names the RT/RW head the proposal came through; when the head is one of the
    // family (found in the register by name and RT/RW), the form warns at once, the warning
    // goes when the head is cleared, and the head is saved with the draft.
    void theSourceHeadIsTypedInAndAConflictOfInterestIsShown()
    {
        UiFixture f;
        const Household family = RegisterRepository(*f.db, f.clock).household(household(f)).value();
        ChangeRequest r;
        r.kind = RequestKind::Removal;
        r.householdId = family.id;
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        QCOMPARE(field<QLabel>(dialog, "recommender")->text(), QStringLiteral("Rina"));
        auto *warning = field<QLabel>(dialog, "conflictOfInterest");
        QVERIFY(warning->isHidden());
        QTest::keyClicks(field<QLineEdit>(dialog, "sourceHeadRt"), family.rt);
        QTest::keyClicks(field<QLineEdit>(dialog, "sourceHeadRw"), family.rw);
        QTest::keyClicks(field<QLineEdit>(dialog, "sourceHeadName"), family.headName);
        QCOMPARE(dialog.controller().request().recommendation.head.name, family.headName);
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(
                     QStringLiteral("ketua RT/RW pengusul anggota keluarga yang diusulkan")),
                 qPrintable(warning->text()));
        QVERIFY(dialog.controller().saveNow());
        const ChangeRequest saved =
            ChangeRequestRepository(*f.db, f.clock).get(dialog.controller().request().id).value();
        QCOMPARE(saved.recommendation.head.name, family.headName);
        QCOMPARE(saved.recommendation.accountName, QStringLiteral("Rina"));
        QVERIFY(saved.recommendation.flagged());

        field<QLineEdit>(dialog, "sourceHeadName")->selectAll();
        QTest::keyClick(field<QLineEdit>(dialog, "sourceHeadName"), Qt::Key_Delete);
        QVERIFY(warning->isHidden());
        QVERIFY(dialog.controller().saveNow());
        QVERIFY(!ChangeRequestRepository(*f.db, f.clock)
                     .get(dialog.controller().request().id)
                     ->recommendation.flagged());

        // The request's detail on Usulan, once on the agenda: who and the flag, read-only.
        ChangeRequest again = r;
        again.recommendation.head = {family.headName, family.rt, family.rw};
        const ChangeRequestRepository repo(*f.db, f.clock);
        const qint64 id = repo.createDraft(again, f.session)->id;
        QVERIFY(repo.transition(id, RequestState::OnAgenda, QStringLiteral("rina")));
        RequestFormDialog detail(f.context, repo.get(id).value());
        detail.show();
        QCOMPARE(field<QLabel>(detail, "recommender")->text(), QStringLiteral("Rina"));
        QVERIFY(field<QLineEdit>(detail, "sourceHeadName")->isReadOnly());
        QCOMPARE(field<QLineEdit>(detail, "sourceHeadName")->text(), family.headName);
        QVERIFY(!field<QLabel>(detail, "conflictOfInterest")->isHidden());
    }

    void newFamilyWithTwoMembers()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        QTest::keyClicks(field<QLineEdit>(dialog, "rt"), QStringLiteral("4"));
        QTest::keyClicks(field<QLineEdit>(dialog, "rw"), QStringLiteral("2"));
        QTest::keyClicks(field<QLineEdit>(dialog, "address"), QStringLiteral("Gg. Sawo 9"));
        QTest::keyClicks(field<QPlainTextEdit>(dialog, "reason"), QStringLiteral("Belum terdata"));
        QTest::keyClicks(field<QLineEdit>(dialog, "members/0/nik"),
                         QStringLiteral("3578010606800006"));
        QTest::keyClicks(field<QLineEdit>(dialog, "members/0/name"), QStringLiteral("Joko Tole"));
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Tambah anggota")) {
                b->click();
            }
        }
        QTest::keyClicks(field<QLineEdit>(dialog, "members/1/nik"),
                         QStringLiteral("3578014707820007"));
        QTest::keyClicks(field<QLineEdit>(dialog, "members/1/name"), QStringLiteral("Sri Tole"));
        choose(field<QComboBox>(dialog, "members/1/relationship"), QStringLiteral("spouse"));
        const QJsonArray members =
            dialog.controller().request().payload.value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0].toObject().value(QStringLiteral("relationship")).toString(),
                 QStringLiteral("head"));
        QCOMPARE(members[0].toObject().value(QStringLiteral("sex")).toString(),
                 QStringLiteral("L"));
        QCOMPARE(members[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Sri Tole"));
        QCOMPARE(codes(dialog.controller().findings()), QStringList{"request.front_photo_missing"});
    }

    void newFamilyFrontPhotoTravelsWithTheRequest()
    {
        UiFixture f;
        ChangeRequest r;
        r.kind = RequestKind::NewHousehold;
        RequestFormDialog dialog(f.context, r);
        // No draft (and no photo panel) until the first edit is saved.
        QCOMPARE(dialog.controller().request().id, 0);
        QVERIFY(!dialog.findChild<HouseholdPhotosPanel *>(QStringLiteral("housePhotos")));
        QTest::keyClicks(field<QLineEdit>(dialog, "address"), QStringLiteral("Gg. Sawo 9"));
        auto *photos = static_cast<HouseholdPhotosPanel *>(nullptr);
        QTRY_VERIFY((photos = dialog.findChild<HouseholdPhotosPanel *>(
                         QStringLiteral("housePhotos"))) != nullptr);
        const qint64 id = dialog.controller().request().id;
        QVERIFY(id > 0);
        QVERIFY(codes(dialog.controller().findings()).contains("request.front_photo_missing"));

        QImage house(640, 480, QImage::Format_RGB32);
        house.fill(QColor(0x8d, 0x6e, 0x63));
        const QString path = f.dir.filePath(QStringLiteral("rumah.jpg"));
        QVERIFY(house.save(path, "JPEG"));
        photos->addFiles({path});
        QTRY_VERIFY_WITH_TIMEOUT(!photos->isImporting(), 30000);

        QVERIFY(!codes(dialog.controller().findings()).contains("request.front_photo_missing"));
        const Result<QStringList> linked =
            ChangeRequestRepository(*f.db, f.clock).attachments(id, QStringLiteral("house_front"));
        QVERIFY(linked);
        QCOMPARE(linked->size(), 1);
        QVERIFY(photos->householdId().startsWith(QStringLiteral("usulan-")));
    }

    void removingTheHeadAsksWhoBecomesHead()
    {
        UiFixture f;
        const QList<Person> members =
            RegisterRepository(*f.db, f.clock).members(household(f)).value();
        const auto head = std::find_if(members.begin(), members.end(), [](const Person &p) {
            return p.relationship == Relationship::Head && p.status == PersonStatus::Active;
        });
        QVERIFY(head != members.end());
        const auto staying = std::find_if(members.begin(), members.end(), [&head](const Person &p) {
            return p.id != head->id && p.status == PersonStatus::Active;
        });
        QVERIFY(staying != members.end());
        ChangeRequest r;
        r.kind = RequestKind::Removal;
        r.householdId = household(f);
        RequestFormDialog dialog(f.context, r);
        dialog.show();
        auto *newHead = field<QComboBox>(dialog, "new_head");
        QVERIFY(newHead);
        QVERIFY(!newHead->isEnabled()); // the whole family: no new head to choose
        auto *target = dialog.findChildren<QComboBox *>().first();
        target->setCurrentIndex(target->findData(head->id));
        Q_EMIT target->activated(target->currentIndex());
        choose(field<QComboBox>(dialog, "reason"), QStringLiteral("moved_away"));
        QVERIFY(newHead->isEnabled());
        QCOMPARE(newHead->findData(head->id), -1); // the head who leaves is not offered
        QVERIFY(codes(dialog.controller().findings()).contains("request.new_head_missing"));
        QLabel *message = newHead->parentWidget()->findChild<QLabel *>();
        QVERIFY(!message->isHidden());
        choose(newHead, staying->id);
        QCOMPARE(dialog.controller().request().payload.value(QStringLiteral("new_head")).toString(),
                 staying->id);
        QVERIFY(!codes(dialog.controller().findings()).contains("request.new_head_missing"));
        QVERIFY(message->isHidden());
    }

    void aDinsosRejectionIsCorrectedAndProposedAgain()
    {
        UiFixture f;
        const ChangeRequestRepository repository(*f.db, f.clock);
        ChangeRequest r;
        r.kind = RequestKind::ProgramProposal;
        r.householdId = household(f);
        r.payload = {{QStringLiteral("program"), QStringLiteral("APBD")},
                     {QStringLiteral("reason"), QStringLiteral("Lansia sendiri")}};
        const qint64 id = repository.createDraft(r, as(QStringLiteral("rina")))->id;
        for (RequestState to : {RequestState::OnAgenda, RequestState::Approved,
                                RequestState::Queued, RequestState::Sent, RequestState::Received}) {
            QVERIFY(repository.transition(id, to, QStringLiteral("rina")));
        }
        QVERIFY(repository.transition(id, RequestState::DinsosRejected, QStringLiteral("dinsos"),
                                      QStringLiteral("Alasan kurang jelas")));
        const auto openForms = [] {
            QList<RequestFormDialog *> forms;
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *form = qobject_cast<RequestFormDialog *>(w); form && form->isVisible()) {
                    forms << form;
                }
            }
            return forms;
        };
        {
            RequestFormDialog rejected(f.context, repository.get(id).value());
            rejected.show();
            QVERIFY(!rejected.controller().isEditable());
            auto *link = rejected.findChild<QLabel *>(QStringLiteral("resubmissionLink"));
            QVERIFY(link);
            QVERIFY(link->text().contains(QStringLiteral("Alasan kurang jelas")));
            auto *resubmit = rejected.findChild<QPushButton *>(QStringLiteral("resubmit"));
            QVERIFY(resubmit);
            QCOMPARE(resubmit->text(), QStringLiteral("Perbaiki dan usulkan lagi"));
            resubmit->click();
            QVERIFY(!rejected.isVisible());
        }
        const QList<RequestFormDialog *> forms = openForms();
        QCOMPARE(forms.size(), 1);
        RequestFormDialog &corrected = *forms.first();
        QVERIFY(corrected.controller().isEditable());
        const qint64 newId = corrected.controller().request().id;
        QVERIFY(newId > id);
        QCOMPARE(corrected.controller().request().resubmissionOf, std::optional<qint64>(id));
        QCOMPARE(field<QComboBox>(corrected, "program")->currentData().toString(),
                 QStringLiteral("APBD"));
        auto *link = corrected.findChild<QLabel *>(QStringLiteral("resubmissionLink"));
        QVERIFY(link->text().contains(QStringLiteral("#%1").arg(id)));
        QVERIFY(link->text().contains(QStringLiteral("Alasan kurang jelas")));
        // The operator corrects the programme; the usual lifecycle follows from the draft.
        choose(field<QComboBox>(corrected, "program"), QStringLiteral("PBI-JK"));
        corrected.close();
        QCOMPARE(repository.get(newId)->payload.value(QStringLiteral("program")).toString(),
                 QStringLiteral("PBI-JK"));
        QCOMPARE(repository.get(newId)->state, RequestState::Draft);

        // The rejected request now names its correction instead of offering another.
        RequestFormDialog again(f.context, repository.get(id).value());
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("resubmit")));
        QVERIFY(again.findChild<QPushButton *>(QStringLiteral("openResubmission")));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("resubmissionLink"))
                    ->text()
                    .contains(QStringLiteral("#%1").arg(newId)));
    }

    void laterStagesOpenReadOnlyWithHistory()
    {
        UiFixture f;
        const ChangeRequestRepository repository(*f.db, f.clock);
        ChangeRequest r;
        r.kind = RequestKind::Removal;
        r.householdId = household(f);
        r.payload = {{QStringLiteral("reason"), QStringLiteral("refused")}};
        const qint64 id = repository.createDraft(r, as(QStringLiteral("rina")))->id;
        QVERIFY(repository.transition(id, RequestState::OnAgenda, QStringLiteral("rina")));
        QVERIFY(repository.transition(id, RequestState::Rejected, QStringLiteral("lurah"),
                                      QStringLiteral("Masih layak")));
        RequestFormDialog dialog(f.context, repository.get(id).value());
        dialog.show();
        QVERIFY(!dialog.controller().isEditable());
        QVERIFY(!field<QComboBox>(dialog, "reason")->isEnabled());
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            QVERIFY2(!b->isVisible() || !b->text().startsWith(QStringLiteral("Buang")),
                     "no discarding a request past the draft stage");
        }
        auto *history = dialog.findChild<QListWidget *>();
        QCOMPARE(history->count(), 3);
        QVERIFY(history->item(2)->text().contains(QStringLiteral("lurah")));
        QVERIFY(history->item(2)->text().contains(QStringLiteral("Masih layak")));
    }
};

QTEST_MAIN(TestRequestFormDialog)
#include "TestRequestFormDialog.moc"
