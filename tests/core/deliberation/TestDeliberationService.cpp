#include "core/deliberation/DeliberationService.h"
#include "core/files/ContentStore.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace tepat;
using namespace tepat::test;
using S = RequestState;

// Musyawarah rules, with a stand-in renderer (PDF rendering is tested in tepat_documents).
class TestDeliberationService : public QObject
{
    Q_OBJECT

    struct Village
    {
        TempStore store;
        QString files = ContentStore::rootFor(store.path());
        Session head = headSession();
        Session clerk = operatorSession();
        QList<qint64> drafts;
        QList<MinutesContent> rendered;

        Village()
        {
            populateVillage(*store.db, store.clock);
            saveSettings(*store.db, store.clock, officeSettings(*store.db));
            drafts = makeDrafts(*store.db, store.clock, 6);
        }
        DeliberationService as(const Session &session) const
        {
            return DeliberationService(*store.db, store.clock, session, files);
        }
        MeetingDocumentRenderer renderer()
        {
            return [this](const MinutesContent &c) -> Result<QByteArray> {
                rendered.append(c);
                return QByteArray("%PDF-stand-in ") + c.number.toUtf8();
            };
        }
        S state(qint64 id) const
        {
            return ChangeRequestRepository(*store.db, store.clock).get(id)->state;
        }
        Meeting plan(MeetingKind kind = MeetingKind::WardMeeting) const
        {
            Meeting m;
            m.kind = kind;
            m.heldOn = store.clock.today();
            m.startTime = QStringLiteral("09:00");
            m.place = QStringLiteral("Aula kelurahan");
            m.sptjmReason = QStringLiteral("banjir");
            const auto planned = as(clerk).plan(m);
            if (!planned) {
                qFatal("plan: %s", qPrintable(planned.error().message));
            }
            return *planned;
        }
        // A meeting with attendance and the first `count` drafts decided as given.
        qint64 decided(const QList<Decision> &decisions)
        {
            const qint64 id = plan().id;
            (void)as(clerk).addAttendee(
                id, {0, QStringLiteral("Slamet"), QStringLiteral("Ketua RW"), {}});
            if (!as(clerk).addToAgenda(id, drafts.mid(0, decisions.size()))) {
                qFatal("agenda");
            }
            for (qsizetype i = 0; i < decisions.size(); ++i) {
                if (!as(head).decide(id, drafts[i], decisions[i],
                                     QStringLiteral("alasan %1").arg(i))) {
                    qFatal("decide");
                }
            }
            return id;
        }
    };

private Q_SLOTS:
    void agendaIsBuiltFromDrafts()
    {
        Village v;
        const qint64 id = v.plan().id;
        QCOMPARE(v.as(v.clerk).agendaCandidates()->size(), 6);
        QVERIFY(v.as(v.clerk).addToAgenda(id, v.drafts.mid(0, 3)));
        QCOMPARE(v.state(v.drafts[0]), S::OnAgenda);
        QCOMPARE(v.as(v.clerk).agendaCandidates()->size(), 3);
        QCOMPARE(v.as(v.clerk).items(id)->size(), 3);
        QCOMPARE(v.as(v.clerk).items(id)->at(2).position, 3);
        // Already on an agenda: refused, and nothing of the batch is kept.
        const Status twice = v.as(v.clerk).addToAgenda(id, {v.drafts[3], v.drafts[0]});
        QCOMPARE(twice.error().code, QStringLiteral("meeting.not_agenda_candidate"));
        QCOMPARE(v.state(v.drafts[3]), S::Draft);
        QVERIFY(v.as(v.clerk).removeFromAgenda(id, v.drafts[2]));
        QCOMPARE(v.state(v.drafts[2]), S::Draft);
        QCOMPARE(v.as(v.clerk).items(id)->size(), 2);
        QVERIFY(!v.as(v.clerk).removeFromAgenda(id, v.drafts[2]));
    }

    void decisionsNeedTheRightToDecideAndReasons()
    {
        Village v;
        const qint64 id = v.plan().id;
        QVERIFY(v.as(v.clerk).addToAgenda(id, v.drafts.mid(0, 2)));
        const Status clerk = v.as(v.clerk).decide(id, v.drafts[0], Decision::Approved, {});
        QCOMPARE(clerk.error().code, QStringLiteral("auth.forbidden"));
        QCOMPARE(v.as(v.head)
                     .decide(id, v.drafts[0], Decision::Rejected, QStringLiteral(" "))
                     .error()
                     .code,
                 QStringLiteral("meeting.reason_required"));
        QCOMPARE(v.as(v.head).decide(id, v.drafts[0], Decision::Deferred, {}).error().code,
                 QStringLiteral("meeting.reason_required"));
        QVERIFY(v.as(v.head).decide(id, v.drafts[0], Decision::Approved, {}));
        // A decision can change until the meeting is finalised.
        QVERIFY(v.as(v.head).decide(id, v.drafts[0], Decision::Rejected, QStringLiteral("mampu")));
        QCOMPARE(v.as(v.head).items(id)->first().decision, Decision::Rejected);
        QCOMPARE(v.as(v.head).items(id)->first().decidedBy, QStringLiteral("pak_lurah"));
        QCOMPARE(v.state(v.drafts[0]), S::OnAgenda); // requests move only when finalised
        QCOMPARE(v.as(v.head).decide(id, v.drafts[5], Decision::Approved, {}).error().code,
                 QStringLiteral("meeting.item_not_found"));
    }

    void finaliseNeedsEverythingDecidedAndPresent()
    {
        Village v;
        const qint64 id = v.plan().id;
        QCOMPARE(v.as(v.head).readyToFinalise(id).error().code,
                 QStringLiteral("meeting.empty_agenda"));
        QVERIFY(v.as(v.clerk).addToAgenda(id, v.drafts.mid(0, 2)));
        QVERIFY(v.as(v.head).decide(id, v.drafts[0], Decision::Approved, {}));
        QCOMPARE(v.as(v.head).finalise(id, v.renderer()).error().code,
                 QStringLiteral("meeting.undecided"));
        QVERIFY(v.as(v.head).decide(id, v.drafts[1], Decision::Approved, {}));
        QCOMPARE(v.as(v.head).finalise(id, v.renderer()).error().code,
                 QStringLiteral("meeting.no_attendance"));
        QVERIFY(v.as(v.clerk).addAttendee(id, {0, QStringLiteral("Slamet"), {}, {}}));
        QCOMPARE(v.as(v.clerk).finalise(id, v.renderer()).error().code,
                 QStringLiteral("auth.forbidden"));
        Meeting future = *v.as(v.clerk).get(id);
        future.heldOn = v.store.clock.today().addDays(1);
        QVERIFY(v.as(v.clerk).update(future));
        QCOMPARE(v.as(v.head).finalise(id, v.renderer()).error().code,
                 QStringLiteral("meeting.in_future"));
        QVERIFY(v.rendered.isEmpty());
        QCOMPARE(v.store.count(QStringLiteral("SELECT count(*) FROM letter")), 0);
    }

    void finalisingDecidesTheRequestsAndKeepsTheMinutes()
    {
        Village v;
        const qint64 id = v.decided(
            {Decision::Approved, Decision::Rejected, Decision::Deferred, Decision::Approved});
        const auto photo =
            v.as(v.clerk).addPhoto(id, QByteArray("\xFF\xD8 synthetic jpeg \xFF\xD9"),
                                   QStringLiteral("Suasana musyawarah"));
        QVERIFY(photo);
        const auto done = v.as(v.head).finalise(id, v.renderer());
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->state, MeetingState::Finalised);
        QCOMPARE(done->number, QStringLiteral("400.9.14.1/0001/Kel.Bangsal/XI/2026"));
        QCOMPARE(done->finalisedBy, QStringLiteral("pak_lurah"));
        QCOMPARE(v.state(v.drafts[0]), S::Approved);
        QCOMPARE(v.state(v.drafts[1]), S::Rejected);
        QCOMPARE(v.state(v.drafts[2]), S::Deferred);
        const ChangeRequestRepository requests(*v.store.db, v.store.clock);
        QCOMPARE(requests.get(v.drafts[1])->stateReason, QStringLiteral("alasan 1"));
        // An approved request names the berita acara that approved it; the others none.
        const std::optional<RequestApproval> approval = requests.get(v.drafts[0])->approval;
        QVERIFY(approval);
        QCOMPARE(approval->basis, ApprovalBasis::Minutes);
        QCOMPARE(approval->number, done->number);
        QVERIFY(!requests.get(v.drafts[1])->approval);
        QVERIFY(!requests.get(v.drafts[2])->approval);
        // The renderer saw the finished content, with its number and the decisions.
        QCOMPARE(v.rendered.size(), 1);
        QCOMPARE(v.rendered[0].number, done->number);
        QVERIFY(!v.rendered[0].draft);
        QCOMPARE(v.rendered[0].attendees.size(), 1);
        QCOMPARE(v.rendered[0].rows.size(), 4);
        QCOMPARE(v.rendered[0].rows[1].decision, Decision::Rejected);
        QCOMPARE(v.rendered[0].rows[0].nik.size(), 16);
        QCOMPARE(v.rendered[0].meeting.headName, QStringLiteral("Drs. Bambang Sutrisno Wibowo"));
        // The berita acara is kept by content and travels with the approved requests only.
        const QByteArray pdf = ContentStore(v.files).read(done->minutesSha256).value();
        QVERIFY(pdf.startsWith("%PDF-stand-in 400.9.14.1/0001"));
        QCOMPARE(
            v.store.count(QStringLiteral("SELECT count(*) FROM attachment WHERE kind = 'minutes'")),
            1);
        QCOMPARE(
            v.store.count(QStringLiteral("SELECT count(*) FROM request_attachment WHERE role = "
                                         "'minutes'")),
            2);
        QCOMPARE(
            v.store.count(QStringLiteral("SELECT count(*) FROM request_attachment WHERE role = "
                                         "'meeting_photo'")),
            2);
        QCOMPARE(v.store.count(QStringLiteral("SELECT count(*) FROM request_attachment WHERE "
                                              "request_id = %1")
                                   .arg(v.drafts[1])),
                 0);
        QCOMPARE(
            v.store.count(QStringLiteral("SELECT count(*) FROM letter WHERE kind = 'minutes' AND "
                                         "meeting_id = %1")
                              .arg(id)),
            1);
        QCOMPARE(v.store.count(QStringLiteral(
                     "SELECT count(*) FROM audit_entry WHERE action = 'meeting.finalise'")),
                 1);
    }

    void onlyApprovedRequestsMayEnterTheOutbox()
    {
        Village v;
        const qint64 id = v.decided({Decision::Approved, Decision::Rejected, Decision::Deferred});
        QVERIFY(v.as(v.head).finalise(id, v.renderer()));
        const ChangeRequestRepository repo(*v.store.db, v.store.clock);
        QVERIFY(repo.transition(v.drafts[0], S::Queued, QStringLiteral("rina")));
        const Status rejected = repo.transition(v.drafts[1], S::Queued, QStringLiteral("rina"));
        QCOMPARE(rejected.error().code, QStringLiteral("request.illegal_transition"));
        const Status deferred = repo.transition(v.drafts[2], S::Queued, QStringLiteral("rina"));
        QCOMPARE(deferred.error().code, QStringLiteral("request.illegal_transition"));
        // Drafts still waiting for a meeting cannot either.
        QVERIFY(!repo.transition(v.drafts[4], S::Queued, QStringLiteral("rina")));
        // Rejected and deferred keep their history; a deferred one comes back on a later agenda.
        QCOMPARE(repo.history(v.drafts[1])->last().reason, QStringLiteral("alasan 1"));
        const auto candidates = v.as(v.clerk).agendaCandidates().value();
        QVERIFY(std::any_of(candidates.begin(), candidates.end(),
                            [&](const ChangeRequest &r) { return r.id == v.drafts[2]; }));
        QVERIFY(std::none_of(candidates.begin(), candidates.end(),
                             [&](const ChangeRequest &r) { return r.id == v.drafts[1]; }));
        const qint64 next = v.plan().id;
        QVERIFY(v.as(v.clerk).addToAgenda(next, {v.drafts[2]}));
        QCOMPARE(v.state(v.drafts[2]), S::OnAgenda);
    }

    void aFinalisedMeetingIsLocked()
    {
        Village v;
        const qint64 id = v.decided({Decision::Approved});
        QVERIFY(v.as(v.head).finalise(id, v.renderer()));
        const auto svc = v.as(v.head);
        Meeting m = *svc.get(id);
        m.place = QStringLiteral("Tempat lain");
        QCOMPARE(svc.update(m).error().code, QStringLiteral("meeting.locked"));
        QCOMPARE(svc.decide(id, v.drafts[0], Decision::Rejected, QStringLiteral("x")).error().code,
                 QStringLiteral("meeting.locked"));
        QCOMPARE(svc.addAttendee(id, {0, QStringLiteral("Terlambat"), {}, {}}).error().code,
                 QStringLiteral("meeting.locked"));
        QCOMPARE(svc.addToAgenda(id, {v.drafts[1]}).error().code, QStringLiteral("meeting.locked"));
        QCOMPARE(svc.removeFromAgenda(id, v.drafts[0]).error().code,
                 QStringLiteral("meeting.locked"));
        QCOMPARE(svc.addPhoto(id, QByteArray("x"), {}).error().code,
                 QStringLiteral("meeting.locked"));
        QCOMPARE(svc.cancel(id, QStringLiteral("x")).error().code,
                 QStringLiteral("meeting.locked"));
        QCOMPARE(svc.finalise(id, v.renderer()).error().code, QStringLiteral("meeting.locked"));
        // The store itself refuses, whatever code tries.
        QVERIFY(!v.store.db->execute("UPDATE meeting SET place = 'x'"));
        QVERIFY(!v.store.db->execute("UPDATE meeting_item SET decision = 'rejected'"));
        QVERIFY(!v.store.db->execute("DELETE FROM meeting_item"));
        QVERIFY(!v.store.db->execute("DELETE FROM meeting_attendee"));
        QVERIFY(
            !v.store.db->execute("INSERT INTO meeting_attendee(meeting_id, name) VALUES(1, 'x')"));
        QVERIFY(!v.store.db->execute("DELETE FROM meeting"));
        QCOMPARE(svc.get(id)->place, QStringLiteral("Aula kelurahan"));
    }

    void correctionsAreAddenda()
    {
        Village v;
        const qint64 id = v.decided({Decision::Approved, Decision::Rejected});
        QCOMPARE(v.as(v.head).addAddendum(id, QStringLiteral("x"), v.renderer()).error().code,
                 QStringLiteral("meeting.not_final"));
        QVERIFY(v.as(v.head).finalise(id, v.renderer()));
        QCOMPARE(v.as(v.head).addAddendum(id, QStringLiteral("  "), v.renderer()).error().code,
                 QStringLiteral("meeting.addendum_empty"));
        QCOMPARE(v.as(v.clerk).addAddendum(id, QStringLiteral("x"), v.renderer()).error().code,
                 QStringLiteral("auth.forbidden"));
        const auto addendum = v.as(v.head).addAddendum(
            id, QStringLiteral("Nama saksi seharusnya Sri Wahyuni."), v.renderer());
        QVERIFY2(addendum, qPrintable(addendum ? QString() : addendum.error().message));
        QCOMPARE(addendum->number, QStringLiteral("400.9.14.1/0002/Kel.Bangsal/XI/2026"));
        QCOMPARE(v.rendered.last().document, MeetingDocument::Addendum);
        QCOMPARE(v.rendered.last().addendumText,
                 QStringLiteral("Nama saksi seharusnya Sri Wahyuni."));
        QCOMPARE(v.rendered.last().meeting.number,
                 QStringLiteral("400.9.14.1/0001/Kel.Bangsal/XI/2026"));
        QCOMPARE(v.as(v.head).addenda(id)->size(), 1);
        QCOMPARE(
            v.store.count(QStringLiteral("SELECT count(*) FROM request_attachment WHERE role = "
                                         "'minutes_addendum'")),
            1);
        QVERIFY(!v.store.db->execute("UPDATE meeting_addendum SET text = 'x'"));
        QVERIFY(!v.store.db->execute("DELETE FROM meeting_addendum"));
    }

    void aFailedRenderChangesNothing()
    {
        Village v;
        const qint64 id = v.decided({Decision::Approved, Decision::Rejected});
        const auto failed =
            v.as(v.head).finalise(id, [](const MinutesContent &) -> Result<QByteArray> {
                return Error{QStringLiteral("document.cannot_finish"),
                             QStringLiteral("disk penuh")};
            });
        QVERIFY(!failed);
        QCOMPARE(failed.error().message, QStringLiteral("disk penuh"));
        QCOMPARE(v.as(v.head).get(id)->state, MeetingState::Planned);
        QCOMPARE(v.state(v.drafts[0]), S::OnAgenda);
        QCOMPARE(v.state(v.drafts[1]), S::OnAgenda);
        QCOMPARE(v.store.count(QStringLiteral("SELECT count(*) FROM letter")), 0);
        QCOMPARE(v.store.count(QStringLiteral("SELECT count(*) FROM request_attachment")), 0);
        // Once the disk has room again, the same meeting finalises with the first number.
        QCOMPARE(v.as(v.head).finalise(id, v.renderer())->number,
                 QStringLiteral("400.9.14.1/0001/Kel.Bangsal/XI/2026"));
    }

    void sptjmStandsInForAMeeting()
    {
        Village v;
        Meeting m;
        m.kind = MeetingKind::Sptjm;
        m.heldOn = v.store.clock.today();
        const qint64 id = v.as(v.clerk).plan(m)->id;
        QCOMPARE(v.as(v.clerk).get(id)->headName, QStringLiteral("Drs. Bambang Sutrisno Wibowo"));
        QVERIFY(v.as(v.clerk).addToAgenda(id, v.drafts.mid(0, 2)));
        QVERIFY(v.as(v.head).decide(id, v.drafts[0], Decision::Approved, {}));
        QVERIFY(v.as(v.head).decide(id, v.drafts[1], Decision::Approved, {}));
        QCOMPARE(v.as(v.head).finalise(id, v.renderer()).error().code,
                 QStringLiteral("meeting.sptjm_reason"));
        m = *v.as(v.clerk).get(id);
        m.sptjmReason = QStringLiteral("wilayah terdampak banjir");
        QVERIFY(v.as(v.clerk).update(m));
        const auto done = v.as(v.head).finalise(id, v.renderer()); // no attendance needed
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(v.rendered.last().document, MeetingDocument::Sptjm);
        QCOMPARE(
            v.store.count(QStringLiteral("SELECT count(*) FROM attachment WHERE kind = 'sptjm'")),
            1);
        QCOMPARE(
            v.store.count(QStringLiteral("SELECT count(*) FROM request_attachment WHERE role = "
                                         "'sptjm'")),
            2);
        QCOMPARE(v.store.count(QStringLiteral("SELECT count(*) FROM letter WHERE kind = 'sptjm'")),
                 1);
        QCOMPARE(v.state(v.drafts[0]), S::Approved);
        const auto approval =
            ChangeRequestRepository(*v.store.db, v.store.clock).get(v.drafts[1])->approval;
        QVERIFY(approval);
        QCOMPARE(approval->basis, ApprovalBasis::Sptjm);
        QCOMPARE(approval->number, done->number);
        QCOMPARE(RequestChannels::describe(*approval), QStringLiteral("SPTJM No. ") + done->number);
    }

    void cancellingReturnsTheAgendaToDrafts()
    {
        Village v;
        const qint64 id = v.plan().id;
        QVERIFY(v.as(v.clerk).addToAgenda(id, v.drafts.mid(0, 2)));
        QCOMPARE(v.as(v.clerk).cancel(id, {}).error().code,
                 QStringLiteral("meeting.reason_required"));
        QVERIFY(v.as(v.clerk).cancel(id, QStringLiteral("hujan lebat")));
        QCOMPARE(v.as(v.clerk).get(id)->state, MeetingState::Cancelled);
        QCOMPARE(v.state(v.drafts[0]), S::Draft);
        QCOMPARE(v.as(v.clerk).agendaCandidates()->size(), 6);
        QCOMPARE(v.as(v.clerk).addAttendee(id, {0, QStringLiteral("x"), {}, {}}).error().code,
                 QStringLiteral("meeting.locked"));
    }

    void attendanceAndPhotos()
    {
        Village v;
        const qint64 id = v.plan().id;
        QCOMPARE(v.as(v.clerk).addAttendee(id, {0, QStringLiteral(" "), {}, {}}).error().code,
                 QStringLiteral("meeting.attendee_name"));
        const auto a =
            v.as(v.clerk).addAttendee(id, {0, QStringLiteral("Endang"),
                                           QStringLiteral("Ketua RT 002"), QStringLiteral("RT")});
        QVERIFY(a);
        QVERIFY(v.as(v.clerk).addAttendee(id, {0, QStringLiteral("Dimas"), {}, {}}));
        QVERIFY(v.as(v.clerk).removeAttendee(id, a->id));
        QCOMPARE(v.as(v.clerk).attendees(id)->size(), 1);
        QCOMPARE(v.as(v.clerk).attendees(id)->first().name, QStringLiteral("Dimas"));
        const QByteArray jpeg("\xFF\xD8 photo \xFF\xD9");
        const auto sha = v.as(v.clerk).addPhoto(id, jpeg, QStringLiteral("Pembukaan"));
        QVERIFY(sha);
        QCOMPARE(*sha, ContentStore::sha256Of(jpeg));
        QCOMPARE(v.as(v.clerk).addPhoto(id, jpeg, {}).error().code,
                 QStringLiteral("meeting.photo_duplicate"));
        QCOMPARE(v.as(v.clerk).photos(id)->first().caption, QStringLiteral("Pembukaan"));
        QCOMPARE(v.store.count(QStringLiteral("SELECT count(*) FROM attachment WHERE kind = "
                                              "'meeting_photo'")),
                 1);
        const Session field(Actor{QStringLiteral("budi"), {}, Role::FieldStaff});
        QVERIFY(
            v.as(field).addAttendee(id, {0, QStringLiteral("Budi"), {}, {}})); // field staff draft
    }

    static QStringList codes(const Result<QList<Error>> &problems)
    {
        QStringList out;
        for (const Error &e : problems ? *problems : QList<Error>{}) {
            out << e.code;
            if (e.message.isEmpty()) {
                out << QStringLiteral("(no message)");
            }
        }
        return out;
    }

    void aMissingSignerFallsBackToTheLetterSettings()
    {
        Village v;
        LetterSettings settings = officeSettings(*v.store.db);
        settings.headName.clear();
        settings.headNip.clear();
        saveSettings(*v.store.db, v.store.clock, settings);
        const qint64 id = v.decided({Decision::Approved});
        QCOMPARE(v.as(v.clerk).get(id)->headName, QString());
        QCOMPARE(codes(v.as(v.head).finalisationProblems(id)),
                 QStringList{QStringLiteral("meeting.head_missing")});
        QCOMPARE(v.as(v.head).finalise(id, v.renderer()).error().code,
                 QStringLiteral("meeting.head_missing"));
        // The lurah named afterwards in the letter settings signs this meeting.
        settings.headName = QStringLiteral("Hj. Sri Wahyuni, S.Sos.");
        settings.headNip = QStringLiteral("197505052000122001");
        saveSettings(*v.store.db, v.store.clock, settings);
        QCOMPARE(codes(v.as(v.head).finalisationProblems(id)), QStringList{});
        const auto done = v.as(v.head).finalise(id, v.renderer());
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->headName, settings.headName);
        QCOMPARE(done->headNip, settings.headNip);
        QCOMPARE(v.rendered.last().meeting.headName, settings.headName);
    }

    void everyProblemIsListedBeforeFinalising()
    {
        Village v;
        Meeting m;
        m.heldOn = v.store.clock.today().addDays(3);
        const qint64 id = v.as(v.clerk).plan(m)->id;
        QCOMPARE(codes(v.as(v.head).finalisationProblems(id)),
                 (QStringList{QStringLiteral("meeting.in_future"),
                              QStringLiteral("meeting.empty_agenda"),
                              QStringLiteral("meeting.place_missing"),
                              QStringLiteral("meeting.no_attendance")}));
        // The first one is what readyToFinalise() and finalise() report.
        QCOMPARE(v.as(v.head).readyToFinalise(id).error().code,
                 QStringLiteral("meeting.in_future"));
        // A planned meeting is corrected in place: date, place, notes and follow-up.
        m = *v.as(v.clerk).get(id);
        m.heldOn = v.store.clock.today();
        m.place = QStringLiteral("Balai RW 03");
        m.discussion = QStringLiteral("Pembahasan usulan bulan ini");
        m.followUp = QStringLiteral("Diumumkan di papan kelurahan");
        QVERIFY(v.as(v.clerk).update(m));
        QCOMPARE(v.as(v.clerk).get(id)->followUp, m.followUp);
        QCOMPARE(codes(v.as(v.head).finalisationProblems(id)),
                 (QStringList{QStringLiteral("meeting.empty_agenda"),
                              QStringLiteral("meeting.no_attendance")}));
    }

    void contradictingApprovalsBlockFinalising()
    {
        Village v;
        auto q = v.store.db->query(QStringLiteral(
            "SELECT p.id, p.household_id FROM person p WHERE p.relationship = 'head' AND "
            "p.status = 'active' ORDER BY p.id DESC LIMIT 1"));
        QVERIFY(q && q->next());
        const QString head = q->value(0).toString();
        const QString household = q->value(1).toString();
        const ChangeRequestRepository repo(*v.store.db, v.store.clock);
        ChangeRequest died;
        died.kind = RequestKind::Removal;
        died.householdId = household;
        died.personId = head;
        died.payload = {{QStringLiteral("reason"), QStringLiteral("died")}};
        ChangeRequest moves;
        moves.kind = RequestKind::Relocation;
        moves.householdId = household;
        moves.payload = {{QStringLiteral("movers"), QStringLiteral("household")}};
        const ChangeRequest a = *repo.createDraft(died, as(QStringLiteral("rina")));
        const ChangeRequest b = *repo.createDraft(moves, as(QStringLiteral("rina")));
        const qint64 id = v.plan().id;
        QVERIFY(v.as(v.clerk).addAttendee(id, {0, QStringLiteral("Slamet"), {}, {}}));
        // Flagged while choosing the agenda, before anything is added.
        const auto before = v.as(v.clerk).agendaConflicts(id, {a, b});
        QVERIFY(before);
        QCOMPARE(before->size(), 1);
        QVERIFY(v.as(v.clerk).addToAgenda(id, {a.id}));
        QCOMPARE(v.as(v.clerk).agendaConflicts(id, {b})->size(), 1);
        QVERIFY(v.as(v.clerk).addToAgenda(id, {b.id}));
        // The meeting may discuss both, but not approve both.
        QVERIFY(v.as(v.head).decide(id, a.id, Decision::Approved, {}));
        QVERIFY(v.as(v.head).decide(id, b.id, Decision::Approved, {}));
        QVERIFY(codes(v.as(v.head).finalisationProblems(id))
                    .contains(QStringLiteral("meeting.conflict_approved")));
        QCOMPARE(v.as(v.head).finalise(id, v.renderer()).error().code,
                 QStringLiteral("meeting.conflict_approved"));
        QVERIFY(v.as(v.head).decide(id, b.id, Decision::Rejected,
                                    QStringLiteral("kepala keluarga meninggal")));
        QCOMPARE(codes(v.as(v.head).finalisationProblems(id)), QStringList{});
    }

    void theMinutesNameWhomEachRequestIsAbout()
    {
        Village v;
        const ChangeRequestRepository repo(*v.store.db, v.store.clock);
        ChangeRequest family;
        family.kind = RequestKind::NewHousehold;
        family.payload = {
            {QStringLiteral("address"), QStringLiteral("Jl. Kenanga 4")},
            {QStringLiteral("members"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Wati Lestari")},
                                    {QStringLiteral("nik"), QStringLiteral("3571034606900006")},
                                    {QStringLiteral("relationship"), QStringLiteral("head")}}}}};
        ChangeRequest objection;
        objection.kind = RequestKind::Objection;
        objection.payload = {{QStringLiteral("subject"), QStringLiteral("Pak Darto, RT 2")}};
        const qint64 f = repo.createDraft(family, as(QStringLiteral("rina")))->id;
        const qint64 o = repo.createDraft(objection, as(QStringLiteral("rina")))->id;
        const qint64 id = v.plan().id;
        QVERIFY(v.as(v.clerk).addToAgenda(id, {f, o}));
        const auto content = v.as(v.clerk).content(id, MeetingDocument::Minutes);
        QVERIFY(content);
        QCOMPARE(content->rows.size(), 2);
        QCOMPARE(content->rows[0].name, QStringLiteral("Wati Lestari"));
        QCOMPARE(content->rows[0].nik, QStringLiteral("3571034606900006"));
        QCOMPARE(content->rows[0].householdId, QStringLiteral("baru"));
        QCOMPARE(content->rows[0].address, QStringLiteral("Jl. Kenanga 4"));
        QCOMPARE(content->rows[1].name, QStringLiteral("Pak Darto, RT 2"));
    }

    void planningNeedsADate()
    {
        Village v;
        Meeting m;
        QCOMPARE(v.as(v.clerk).plan(m).error().code, QStringLiteral("meeting.no_date"));
        QCOMPARE(v.as(v.clerk).get(999).error().code, QStringLiteral("meeting.not_found"));
        QCOMPARE(v.as(v.clerk).list()->size(), 0);
        v.plan();
        QCOMPARE(v.as(v.clerk).list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeliberationService)
#include "TestDeliberationService.moc"
