#pragma once

// Synthetic data for the deliberation and letter tests and the document samples: a demo
// village, an office's letter settings, drafts to decide on. Nobody in it is real.

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/demo/DemoVillage.h"
#include "core/letters/LetterRegister.h"
#include "core/letters/LetterSettings.h"
#include "core/letters/LetterSigner.h"
#include "core/requests/ChangeRequestRepository.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace tepat::test {

inline void populateVillage(const Database &db, const Clock &clock, int households = 40)
{
    DemoOptions options;
    options.households = households;
    options.today = clock.today();
    if (const auto report = DemoVillage::populate(db, clock, options); !report) {
        qFatal("demo village: %s", qPrintable(report.error().message));
    }
}

inline LetterSettings officeSettings(const Database &db)
{
    LetterSettings s = LetterSettings::load(db);
    s.letterhead.address = QStringLiteral("Jl. Mayor Bismo No. 12, Bangsal");
    s.letterhead.postalCode = QStringLiteral("64131");
    s.letterhead.phone = QStringLiteral("(0354) 000000");
    s.letterhead.email = QStringLiteral("kel.bangsal@contoh.go.id");
    s.signer.name = QStringLiteral("Drs. Bambang Sutrisno Wibowo");
    s.signer.nip = QStringLiteral("197001011995031001");
    s.signer.rank = QStringLiteral("Pembina (IV/a)");
    s.headName = QStringLiteral("Drs. Bambang Sutrisno Wibowo");
    s.headNip = QStringLiteral("197001011995031001");
    s.copiesTo = {QStringLiteral("Camat Pesantren"), QStringLiteral("Arsip")};
    return s;
}

inline void saveSettings(const Database &db, const Clock &clock, const LetterSettings &s)
{
    if (const Status saved = s.save(db, clock, QStringLiteral("admin")); !saved) {
        qFatal("settings: %s", qPrintable(saved.error().message));
    }
}

// Drafts of several kinds on the village's first households.
inline QList<qint64> makeDrafts(const Database &db, const Clock &clock, int count)
{
    const ChangeRequestRepository repo(db, clock);
    auto q = db.query(QStringLiteral("SELECT id, household_id FROM person WHERE relationship = "
                                     "'head' AND status = 'active' ORDER BY id LIMIT ?"),
                      {count});
    const RequestKind kinds[] = {RequestKind::ProgramProposal, RequestKind::Correction,
                                 RequestKind::Removal, RequestKind::NewMember};
    QList<qint64> ids;
    while (q && q->next()) {
        ChangeRequest r;
        r.kind = kinds[ids.size() % 4];
        r.personId = q->value(0).toString();
        r.householdId = q->value(1).toString();
        r.payload = {{QStringLiteral("note"), QStringLiteral("sintetis")}};
        const auto created = repo.createDraft(r, as(QStringLiteral("rina")));
        if (!created) {
            qFatal("draft: %s", qPrintable(created.error().message));
        }
        ids << created->id;
    }
    return ids;
}

inline QString personWhere(const Database &db, const QString &condition)
{
    auto q = db.query(QStringLiteral("SELECT p.id FROM person p JOIN household h ON h.id = "
                                     "p.household_id WHERE ") +
                      condition + QStringLiteral(" ORDER BY p.id LIMIT 1"));
    return q && q->next() ? q->value(0).toString() : QString();
}

// A signed surat keterangan for `name` straight through the register (no resident of the
// register needed), printed once when `printed`. Its signed payload is content["payload"].
inline LetterRecord signedLetter(const Database &db, const Clock &clock, const QString &name,
                                 bool printed = true)
{
    NewLetter letter;
    letter.numbering = {LetterNumber::defaultPattern(), LetterNumber::defaultClassification(),
                        QStringLiteral("Kel.Bangsal")};
    letter.issuedOn = clock.today();
    letter.registered = true;
    letter.subjectName = name;
    letter.purpose = QStringLiteral("persyaratan beasiswa");
    const LetterSigner signer(db, clock);
    const Result<LetterRecord> issued = LetterRegister(db, clock).issue(
        letter, QStringLiteral("rina"), [&](const LetterRecord &numbered) -> Result<LetterSeal> {
            const QByteArray hash = QCryptographicHash::hash((numbered.number + name).toUtf8(),
                                                             QCryptographicHash::Sha256);
            const Result<QString> payload =
                signer.sign({numbered.number, numbered.issuedOn, true, name, 2, hash});
            if (!payload) {
                return payload.error();
            }
            const QStringList fields = payload->split(u'|');
            return LetterSeal{QJsonObject{{QStringLiteral("payload"), *payload}},
                              QString::fromLatin1(hash.toHex()), fields.value(7), fields.value(8)};
        });
    if (!issued) {
        qFatal("letter: %s", qPrintable(issued.error().message));
    }
    if (printed &&
        !LetterRegister(db, clock).recordPrint(issued->id, QStringLiteral("rina"), false,
                                               QStringLiteral("a4"), QStringLiteral("printer"))) {
        qFatal("print");
    }
    return *LetterRegister(db, clock).get(issued->id);
}

inline QString signedPayload(const LetterRecord &letter)
{
    return letter.content.value(QLatin1String("payload")).toString();
}

inline Session headSession()
{
    return Session(
        Actor{QStringLiteral("pak_lurah"), QStringLiteral("Pak Lurah"), Role::VillageHead});
}

inline Session operatorSession()
{
    return Session(Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator});
}

} // namespace tepat::test
