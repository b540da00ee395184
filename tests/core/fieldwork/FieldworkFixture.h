#pragma once

#include "core/accounts/PasswordHasher.h"
#include "core/demo/DemoVillage.h"
#include "core/fieldwork/WorkPackageReader.h"
#include "core/fieldwork/WorkPackageWriter.h"
#include "core/files/ContentStore.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>

namespace tepat::test {

// An office store with a synthetic village, and a place for a laptop store beside it.
struct FieldworkFixture
{
    TempStore office;
    Session operatorSession{Actor{QStringLiteral("rina"), QStringLiteral("Rina"), Role::Operator}};
    Session fieldSession{Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff}};
    inline static const QString passphrase = QStringLiteral("kunci paket lapangan");

    explicit FieldworkFixture(int households = 24)
    {
        DemoOptions o;
        o.households = households;
        o.today = QDate(2026, 11, 23);
        if (!DemoVillage::populate(*office.db, office.clock, o)) {
            qFatal("demo village failed");
        }
    }

    QString officeFiles() const { return ContentStore::rootFor(office.path()); }
    QString laptopPath() const { return office.file(QStringLiteral("laptop/tepat.sqlite")); }
    QString packagePath(const QString &name = QStringLiteral("paket.tepatpkg")) const
    {
        return office.file(QStringLiteral("usb/") + name);
    }

    WorkPackageWriter writer() const
    {
        return WorkPackageWriter(*office.db, office.clock, officeFiles());
    }

    Result<WorkPackageReport> exportPackage(const WorkPackageSelection &selection,
                                            const QString &path) const
    {
        WorkPackageWriter::Request r;
        r.selection = selection;
        r.assignee = QStringLiteral("budi");
        r.passphrase = passphrase;
        r.outputPath = path;
        r.cost = PasswordCost::fastForTests();
        return writer().write(operatorSession, r);
    }

    Result<PackageImportReport> importPackage(const QString &path,
                                              const QString &phrase = passphrase) const
    {
        return WorkPackageReader(office.clock)
            .import({path, phrase, laptopPath(), {}, QStringLiteral("budi")});
    }

    // The first households of an RW that has some, for a small package.
    QStringList firstHouseholds(int n) const
    {
        QStringList ids;
        auto q = office.db->query(
            QStringLiteral("SELECT id FROM household WHERE status = 'active' ORDER BY id LIMIT ?"),
            {n});
        while (q && q->next()) {
            ids << q->value(0).toString();
        }
        return ids;
    }
};

// Everything a store holds, to show that a refused file changed nothing.
inline QString storeFingerprint(const Database &db)
{
    QStringList parts;
    for (const char *table :
         {"household", "person", "program_membership", "household_location", "household_photo",
          "change_request", "audit_entry", "field_identity", "field_village_key", "field_device",
          "field_package", "field_assignment", "field_visit", "field_visit_member", "field_bundle",
          "field_item", "field_conflict", "field_package_photo"}) {
        auto q = db.query(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        parts << QLatin1String(table) + u'=' +
                     ((q && q->next()) ? q->value(0).toString() : QStringLiteral("?"));
    }
    auto head = db.query(QStringLiteral("SELECT COALESCE(MAX(hash), '') FROM audit_entry"));
    parts << ((head && head->next()) ? head->value(0).toString() : QString());
    return parts.join(u' ');
}

inline QByteArray flipByte(QByteArray bytes, qsizetype at)
{
    bytes[at] = char(bytes[at] ^ 0x20);
    return bytes;
}

} // namespace tepat::test
