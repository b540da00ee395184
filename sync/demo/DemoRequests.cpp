#include "sync/demo/DemoRequests.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/domain/Vocabulary.h"
#include "core/files/ContentStore.h"
#include "core/outbox/Outbox.h"
#include "core/register/RegisterRepository.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QtMath>

namespace tepat::sync {

Status DemoRequests::attachPhoto(const Database &db, const Clock &clock, const ContentStore &files,
                                 qint64 requestId, const QByteArray &jpeg, const QString &actor)
{
    Result<QString> sha = files.put(jpeg);
    if (!sha) {
        return sha.error();
    }
    const QString now = storedTime(clock.now());
    for (const auto &[sql, values] :
         {std::pair{QStringLiteral("INSERT INTO attachment(sha256, kind, mime, byte_size, "
                                   "created_at, created_by) VALUES (?, 'house_photo', "
                                   "'image/jpeg', ?, ?, ?) ON CONFLICT DO NOTHING"),
                    QVariantList{*sha, jpeg.size(), now, actor}},
          std::pair{QStringLiteral("INSERT INTO request_attachment(request_id, sha256, role) "
                                   "VALUES (?, ?, 'house_photo')"),
                    QVariantList{requestId, *sha}}}) {
        if (Result<QSqlQuery> q = db.query(sql, values); !q) {
            return q.error();
        }
    }
    return {};
}

QByteArray DemoRequests::photo(quint64 seed, int approxBytes)
{
    // Noise compresses badly: about 1.6 bytes per pixel at quality 90.
    const int side = qMax(8, int(qSqrt(approxBytes / 1.6)));
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator random(quint32(seed ^ (seed >> 32)));
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < side; ++x) {
            line[x] = 0xff000000u | (random.generate() & 0x00ffffffu);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

Result<int> DemoRequests::create(const Database &db, const Clock &clock, const QString &filesRoot,
                                 const DemoRequestOptions &options)
{
    const RegisterRepository reg(db, clock);
    const ChangeRequestRepository requests(db, clock);
    const Outbox outbox(db, clock, filesRoot);
    // Demo data is made by the installation's administrator, under the given name.
    const Session demo = Session::localAdministrator(options.actor);
    const ContentStore files(filesRoot);
    Transaction tx(db);
    if (!tx.begun()) {
        return tx.begun().error();
    }
    QString after;
    QList<Household> page;
    qsizetype index = 0;
    const QList<RemovalReason> reasons = vocabulary::all<RemovalReason>();
    for (int i = 0; i < options.count; ++i) {
        if (index >= page.size()) {
            Result<QList<Household>> next = reg.householdPage(after, 200);
            if (!next) {
                return next.error();
            }
            if (next->isEmpty()) {
                if (after.isEmpty()) {
                    return Error{QStringLiteral("demo.no_households"),
                                 tr("Belum ada keluarga di data ini; buat data contoh dulu.")};
                }
                after.clear();
                --i;
                continue;
            }
            page = *next;
            after = page.last().id;
            index = 0;
        }
        const Household &h = page[index++];
        Result<QList<Person>> members = reg.members(h.id);
        if (!members) {
            return members.error();
        }
        ChangeRequest r;
        r.householdId = h.id;
        r.baseVersion = h.serverVersion;
        const Person *member = members->isEmpty() ? nullptr : &members->last();
        switch (member ? i % 3 : 2) {
        case 0:
            r.kind = RequestKind::Removal;
            r.personId = member->id;
            r.baseVersion = member->serverVersion;
            r.payload = {{QStringLiteral("reason"), vocabulary::code(reasons[i % reasons.size()])},
                         {QStringLiteral("date"), clock.today().addDays(-7).toString(Qt::ISODate)}};
            break;
        case 1:
            r.kind = RequestKind::Correction;
            r.personId = member->id;
            r.baseVersion = member->serverVersion;
            r.payload = {{QStringLiteral("fields"),
                          QJsonObject{{QStringLiteral("occupation"),
                                       QJsonObject{{QStringLiteral("old"), member->occupation},
                                                   {QStringLiteral("new"),
                                                    QStringLiteral("Buruh harian lepas")}}}}}};
            break;
        default:
            r.kind = RequestKind::ProgramProposal;
            r.payload = {{QStringLiteral("program"), QStringLiteral("PBI-JK")}};
            break;
        }
        Result<ChangeRequest> draft = requests.createDraft(r, demo);
        if (!draft) {
            return draft.error();
        }
        if (options.photoEvery <= 1 || i % options.photoEvery == 0) {
            const Status s = attachPhoto(
                db, clock, files, draft->id,
                photo(options.seed * 1000003u + quint64(i), options.photoBytes), options.actor);
            if (!s) {
                return s.error();
            }
        }
        for (const auto &[state, who] :
             {std::pair{RequestState::OnAgenda, options.actor},
              std::pair{RequestState::Approved, QStringLiteral("musyawarah")}}) {
            if (const Status s = requests.transition(draft->id, state, who); !s) {
                return s.error();
            }
        }
        if (const Status s = outbox.enqueue(draft->id, demo); !s) {
            return s.error();
        }
    }
    if (const Status s = tx.commit(); !s) {
        return s.error();
    }
    return options.count;
}

} // namespace tepat::sync
