#pragma once

#include "tests/sync/SyncFixtures.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

namespace tepat::test {

// A NUL or another control character in a register snapshot or a civil-events CSV refuses its
// row with an Indonesian message and the rest is imported — the same on SQLite
// (TestCentralServer) as on PostgreSQL (TestCentralPostgres), where NUL cannot be stored.
inline void checkImportsRefuseControlCharactersRowByRow(CentralFixture &central)
{
    QTemporaryDir scratch;
    DemoOptions options;
    options.villageCodes = {kVillage};
    options.households = 4;
    options.today = central.clock.today();
    const QString households = scratch.filePath(QStringLiteral("households.csv"));
    const QString persons = scratch.filePath(QStringLiteral("persons.csv"));
    {
        QFile h(households);
        QFile p(persons);
        QVERIFY(h.open(QIODevice::WriteOnly) && p.open(QIODevice::WriteOnly));
        QVERIFY(DemoVillage::writeSnapshot(options, h, p));
    }
    QFile p(persons);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = p.readAll().split('\n');
    p.close();
    QVERIFY(lines.size() > 4);
    lines[1].insert(1, QByteArray("\0", 1)); // the first person
    lines[2].insert(1, "\x02");              // the second
    QVERIFY(p.open(QIODevice::WriteOnly | QIODevice::Truncate));
    p.write(lines.join('\n'));
    p.close();
    const QString rejects = scratch.filePath(QStringLiteral("rejects.csv"));
    const auto imported = central.server->registry().importSnapshot(households, persons, rejects);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(imported->rejected, 2);
    QCOMPARE(imported->households, 4);
    QCOMPARE(imported->persons, qint64(lines.size() - 4)); // header, end, the two refused
    QFile r(rejects);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QString refused = QString::fromUtf8(r.readAll());
    QVERIFY2(refused.contains(QStringLiteral("karakter NUL")), qPrintable(refused));
    QVERIFY2(refused.contains(QStringLiteral("karakter kendali (kode 2)")), qPrintable(refused));

    auto q = central.server->database().query(
        QStringLiteral("SELECT nik FROM record WHERE entity = 'person' AND nik IS NOT NULL "
                       "ORDER BY id LIMIT 3"));
    QVERIFY(q);
    QByteArrayList niks;
    while (q->next()) {
        niks.append(q->value(0).toString().toLatin1());
    }
    q->finish(); // the server's workers write through connections of their own
    QCOMPARE(niks.size(), 3);
    QByteArray csv = "event,nik,date,note\ndeath," + niks[0] + ",2026-11-20,di rumah";
    csv += '\0';
    csv += "\nmove," + niks[1] + ",2026-11-20,ke \x01kota\ndeath," + niks[2] + ",2026-11-20,\n";
    central.addSupervisor();
    const auto http = signedIn(central, QStringLiteral("dinsos.kediri"));
    const sync::HttpResult answer =
        http->send("POST", sync::apiPath("civil-events"), {}, csv, "text/csv");
    QCOMPARE(answer.status, 200);
    const QJsonObject report = QJsonDocument::fromJson(answer.body).object();
    QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("invalid")).toInt(), 2);
    const QJsonArray refusals = report.value(QStringLiteral("refusals")).toArray();
    QCOMPARE(refusals.size(), 2);
    QCOMPARE(refusals.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(refusals.at(0)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("karakter NUL")));
    QCOMPARE(refusals.at(1).toObject().value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(refusals.at(1)
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("kode 1)")));
    // The same file from the command line's path: the same report.
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto again = central.server->registry().importCivilEvents(buffer, {});
    QVERIFY(again);
    QCOMPARE(again->invalid, 2);
    QCOMPARE(again->unchanged, 1);
}

} // namespace tepat::test
