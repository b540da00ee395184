// Writes sample documents from a synthetic village into a folder, to look at (docs/samples/):
// berita acara, attendance list, BNBA, SPTJM, addendum and two letters (registered, not registered)
// on A4 and F4, and a reprint (SALINAN). Not a test: run it by hand.
//   tepat-document-samples OUTDIR

#include "core/deliberation/DeliberationService.h"
#include "core/documents/BnbaDocument.h"
#include "core/documents/LetterBatch.h"
#include "core/documents/LetterDocument.h"
#include "core/documents/MeetingDocuments.h"
#include "core/files/ContentStore.h"
#include "core/letters/LetterRegister.h"
#include "core/letters/ReactivationLetter.h"
#include "tests/core/documents/SyntheticLogo.h"
#include "tests/core/letters/LettersFixture.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>

using namespace tepat;
using namespace tepat::test;

namespace {

template<typename T>
T check(Result<T> r, const char *what)
{
    if (!r) {
        qFatal("%s: %s", what, qPrintable(r.error().message));
    }
    return std::move(r).value();
}

void check(const Status &s, const char *what)
{
    if (!s) {
        qFatal("%s: %s", what, qPrintable(s.error().message));
    }
}

void write(const QString &path, const QByteArray &bytes)
{
    writeFile(path, bytes);
    fprintf(stdout, "%s\n", qPrintable(path));
}

} // namespace

// Drafts that are not about a listed person: a new family (its proposed head), an objection
// naming a recipient at the counter, and a move of one member of a listed family.
static QList<qint64> counterAndFamilyDrafts(const Database &db, const Clock &clock)
{
    const ChangeRequestRepository repo(db, clock);
    ChangeRequest family;
    family.kind = RequestKind::NewHousehold;
    family.payload = {
        {QStringLiteral("address"), QStringLiteral("Jl. Kenanga Gg. II No. 4")},
        {QStringLiteral("rt"), QStringLiteral("004")},
        {QStringLiteral("rw"), QStringLiteral("002")},
        {QStringLiteral("members"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Wati Lestari")},
                                {QStringLiteral("nik"), QStringLiteral("3571034606900006")},
                                {QStringLiteral("relationship"), QStringLiteral("head")}},
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("Rudi Hartono")},
                                {QStringLiteral("relationship"), QStringLiteral("child")}}}}};
    ChangeRequest objection;
    objection.kind = RequestKind::Objection;
    objection.payload = {
        {QStringLiteral("subject"), QStringLiteral("Sudarto, Jl. Anggrek 9 RT 001/RW 004")},
        {QStringLiteral("reason"), QStringLiteral("Sudah bekerja tetap")}};
    ChangeRequest move;
    move.kind = RequestKind::Relocation;
    auto q = db.query(QStringLiteral("SELECT id, household_id FROM person WHERE relationship = "
                                     "'spouse' AND status = 'active' ORDER BY id DESC LIMIT 1"));
    if (q && q->next()) {
        move.householdId = q->value(1).toString();
        move.personId = q->value(0).toString();
        move.payload = {{QStringLiteral("destination_village"), QStringLiteral("35.71.01.1001")},
                        {QStringLiteral("movers"), QStringLiteral("members")},
                        {QStringLiteral("mover_ids"), QJsonArray{q->value(0).toString()}}};
    }
    QList<qint64> ids;
    for (const ChangeRequest &r : {family, objection, move}) {
        const auto created = repo.createDraft(r, as(QStringLiteral("rina")));
        if (!created) {
            qFatal("draft: %s", qPrintable(created.error().message));
        }
        ids << created->id;
    }
    return ids;
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        fprintf(stderr, "usage: tepat-document-samples OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    TempStore store;
    store.clock.set(QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone("Asia/Jakarta")));
    populateVillage(*store.db, store.clock, 60);
    const QString files = ContentStore::rootFor(store.path());
    LetterSettings settings = officeSettings(*store.db);
    settings.letterhead.logoSha256 = check(ContentStore(files).put(syntheticLogo()), "logo");
    saveSettings(*store.db, store.clock, settings);

    const Session head = headSession();
    const DeliberationService meetings(*store.db, store.clock, head, files);
    const QList<qint64> drafts = makeDrafts(*store.db, store.clock, 14);
    Meeting plan;
    plan.kind = MeetingKind::WardMeeting;
    plan.heldOn = store.clock.today();
    plan.startTime = QStringLiteral("09:00");
    plan.place = QStringLiteral("Aula Kantor Kelurahan Bangsal");
    plan.discussion = QStringLiteral(
        "Operator menyampaikan hasil verifikasi lapangan; peserta membahas setiap usulan satu per "
        "satu berdasarkan kondisi rumah dan keterangan ketua RT.");
    plan.councilName = QStringLiteral("H. Ahmad Mulyono");
    plan.witnessName = QStringLiteral("Sri Wahyuni, S.Sos.");
    const Meeting meeting = check(meetings.plan(plan), "plan");
    const QList<Attendee> people{
        {0, QStringLiteral("Drs. Bambang Sutrisno Wibowo"), QStringLiteral("Lurah"), {}},
        {0, QStringLiteral("H. Ahmad Mulyono"), QStringLiteral("Ketua"), QStringLiteral("LPM")},
        {0, QStringLiteral("Sri Wahyuni, S.Sos."), QStringLiteral("Kasi Kesejahteraan Sosial"), {}},
        {0, QStringLiteral("Slamet Riyadi"), QStringLiteral("Ketua RW 003"), {}},
        {0, QStringLiteral("Endang Sulastri"), QStringLiteral("Ketua RT 002/RW 003"), {}},
        {0, QStringLiteral("Dimas Prasetyo"), QStringLiteral("Pendamping PKH"), {}},
        {0, QStringLiteral("Siti Nurhayati"), QStringLiteral("Kader"), QStringLiteral("PKK")},
        {0, QStringLiteral("Rina Kusumawati"), QStringLiteral("Operator SIKS-NG"), {}},
        {0, QStringLiteral("Agus Setiawan"), QStringLiteral("Tokoh masyarakat"), {}},
        {0, QStringLiteral("Yusuf Hidayat"), QStringLiteral("Babinsa"), {}}};
    for (const Attendee &a : people) {
        check(meetings.addAttendee(meeting.id, a), "attendee");
    }
    check(meetings.addToAgenda(meeting.id, drafts.mid(0, 10)), "agenda");
    const Decision decisions[] = {Decision::Approved, Decision::Approved, Decision::Rejected,
                                  Decision::Approved, Decision::Deferred};
    const char *reasons[] = {"", "Sesuai hasil verifikasi lapangan",
                             "Rumah layak huni, memiliki kendaraan roda empat", "",
                             "Menunggu surat keterangan kematian dari Dukcapil"};
    for (int i = 0; i < 10; ++i) {
        check(meetings.decide(meeting.id, drafts[i], decisions[i % 5],
                              QString::fromUtf8(reasons[i % 5])),
              "decide");
    }
    // A new family, a citizen's objection and a move of one member: each named on paper.
    for (const qint64 id : counterAndFamilyDrafts(*store.db, store.clock)) {
        check(meetings.addToAgenda(meeting.id, {id}), "agenda");
        check(meetings.decide(meeting.id, id, Decision::Approved, {}), "decide");
    }
    for (Paper paper : {Paper::A4, Paper::F4}) {
        const QString suffix = paper == Paper::A4 ? QStringLiteral("a4") : QStringLiteral("f4");
        MinutesContent attendance =
            check(meetings.content(meeting.id, MeetingDocument::AttendanceList), "content");
        write(out.filePath(QStringLiteral("daftar-hadir-%1.pdf").arg(suffix)),
              check(MeetingDocuments::pdf(attendance,
                                          loadLogo(files, settings.letterhead.logoSha256), paper),
                    "attendance"));
    }
    settings.paper = Paper::A4;
    saveSettings(*store.db, store.clock, settings);
    const Meeting finalised =
        check(meetings.finalise(meeting.id, MeetingDocuments::renderer(files)), "finalise");
    write(out.filePath(QStringLiteral("berita-acara-a4.pdf")),
          check(ContentStore(files).read(finalised.minutesSha256), "minutes"));
    MinutesContent minutes =
        check(meetings.content(meeting.id, MeetingDocument::Minutes), "content");
    write(out.filePath(QStringLiteral("berita-acara-f4.pdf")),
          check(MeetingDocuments::pdf(minutes, loadLogo(files, settings.letterhead.logoSha256),
                                      Paper::F4),
                "minutes f4"));
    write(out.filePath(QStringLiteral("bnba-a4.pdf")),
          check(BnbaDocument::pdf(minutes, Paper::A4), "bnba"));
    write(out.filePath(QStringLiteral("bnba-f4.pdf")),
          check(BnbaDocument::pdf(minutes, Paper::F4), "bnba f4"));
    const Addendum addendum = check(
        meetings.addAddendum(meeting.id,
                             QStringLiteral("Nama saksi pada halaman tanda tangan tertulis \"Sri "
                                            "Wahyuni\", seharusnya \"Sri Wahyuni, S.Sos.\"."),
                             MeetingDocuments::renderer(files)),
        "addendum");
    write(out.filePath(QStringLiteral("adendum-a4.pdf")),
          check(ContentStore(files).read(addendum.sha256), "addendum"));

    Meeting sptjmPlan;
    sptjmPlan.kind = MeetingKind::Sptjm;
    sptjmPlan.heldOn = store.clock.today();
    sptjmPlan.sptjmReason = QStringLiteral("kegiatan posyandu dan pemilihan ketua RT serentak "
                                           "sehingga peserta tidak dapat dihadirkan");
    const Meeting sptjm = check(meetings.plan(sptjmPlan), "sptjm plan");
    check(meetings.addToAgenda(sptjm.id, drafts.mid(10)), "sptjm agenda");
    for (qint64 id : drafts.mid(10)) {
        check(meetings.decide(sptjm.id, id, Decision::Approved, {}), "sptjm decide");
    }
    const Meeting sptjmDone =
        check(meetings.finalise(sptjm.id, MeetingDocuments::renderer(files)), "sptjm finalise");
    write(out.filePath(QStringLiteral("sptjm-a4.pdf")),
          check(ContentStore(files).read(sptjmDone.minutesSha256), "sptjm"));

    const LetterBatch batch(*store.db, store.clock, head, files);
    const QString registered =
        personWhere(*store.db, QStringLiteral("p.status = 'active' AND h.status = 'active' AND "
                                              "EXISTS (SELECT 1 FROM program_membership m JOIN "
                                              "person q ON q.pk = m.person_pk WHERE "
                                              "q.household_id = h.id AND m.until IS NULL)"));
    const QString notRegistered =
        personWhere(*store.db, QStringLiteral("p.status = 'moved' OR h.status <> 'active'"));
    CertificateForm form;
    form.religion = QStringLiteral("Islam");
    form.purpose = QStringLiteral("pendaftaran sekolah melalui jalur afirmasi");
    form.coverLetterNumber = QStringLiteral("012/RT.002/RW.003/XI/2026");
    form.coverLetterDate = store.clock.today();
    for (const auto &[id, name] : {std::pair{registered, "surat-terdaftar"},
                                   std::pair{notRegistered, "surat-tidak-terdaftar"}}) {
        for (Paper paper : {Paper::A4, Paper::F4}) {
            const LetterBatch::Item item =
                batch.single(id,
                             out.filePath(QStringLiteral("%1-%2.pdf")
                                              .arg(QLatin1String(name),
                                                   paper == Paper::A4 ? QStringLiteral("a4")
                                                                      : QStringLiteral("f4"))),
                             form, paper);
            if (item.error) {
                qFatal("letter: %s", qPrintable(item.error->message));
            }
            fprintf(stdout, "%s\t%s\n", qPrintable(item.file), qPrintable(item.number));
        }
    }
    const LetterRecord first =
        check(LetterRegister(*store.db, store.clock)
                  .byNumber(QStringLiteral("400.9.14.1/0004/Kel.Bangsal/XI/2026")),
              "register");
    write(out.filePath(QStringLiteral("surat-salinan-a4.pdf")),
          check(LetterBatch::render(first, true, Paper::A4, files), "copy"));

    // Surat rekomendasi reaktivasi PBI-JK for a resident whose family BPS put in desil 7.
    const QString sick = personWhere(*store.db, QStringLiteral("p.status = 'active' AND "
                                                               "h.status = 'active'"));
    const CertificateSubject resident =
        check(CertificateComposer::fromRegister(*store.db, sick), "resident");
    check(store.db->execute(QStringLiteral("UPDATE household SET desil = 7, desil_as_of = "
                                           "'2026-10-20' WHERE id = '%1'")
                                .arg(resident.householdId)
                                .toUtf8()
                                .constData()),
          "desil");
    ReactivationForm reactivation;
    reactivation.reasons = {ReactivationReason::SickInTreatment, ReactivationReason::Poor};
    reactivation.facility = QStringLiteral("RSUD Gambiran Kota Kediri");
    reactivation.coverLetterNumber = QStringLiteral("015/RT.002/RW.003/XI/2026");
    const LetterRecord recommendation =
        check(ReactivationService(*store.db, store.clock, head)
                  .issue(check(CertificateComposer::fromRegister(*store.db, sick), "resident"),
                         reactivation, LetterSettings::load(*store.db)),
              "reactivation");
    write(out.filePath(QStringLiteral("rekomendasi-pbi-jk-a4.pdf")),
          check(LetterBatch::render(recommendation, false, Paper::A4, files), "reactivation"));
    fprintf(stdout, "%s\t%s\n",
            qPrintable(out.filePath(QStringLiteral("rekomendasi-pbi-jk-a4.pdf"))),
            qPrintable(recommendation.number));
    return 0;
}
