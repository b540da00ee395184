#include "core/domain/IdentityNumber.h"

#include <QTest>

using namespace tepat;

// NIK and No KK rules from docs/domain.md, judged on 23 November 2026.
class TestIdentityNumber : public QObject
{
    Q_OBJECT

    const QDate today{2026, 11, 23};

private Q_SLOTS:
    void nik_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("sex");

        // Valid, men and women (day + 40).
        QTest::newRow("man") << "3571010101900001"
                             << "ok"
                             << ""
                             << "1990-01-01"
                             << "L";
        QTest::newRow("woman") << "3571014101900001"
                               << "ok"
                               << ""
                               << "1990-01-01"
                               << "P";
        QTest::newRow("woman day 71") << "3571017101900001"
                                      << "ok"
                                      << ""
                                      << "1990-01-31"
                                      << "P";
        QTest::newRow("man day 31") << "3571013101900001"
                                    << "ok"
                                    << ""
                                    << "1990-01-31"
                                    << "L";
        QTest::newRow("serial 9999") << "3571010101909999"
                                     << "ok"
                                     << ""
                                     << "1990-01-01"
                                     << "L";
        QTest::newRow("serial 0001") << "3571010101900001"
                                     << "ok"
                                     << ""
                                     << "1990-01-01"
                                     << "L";
        QTest::newRow("Aceh") << "1101010101900001"
                              << "ok"
                              << ""
                              << "1990-01-01"
                              << "L";
        QTest::newRow("Papua") << "9103010101900001"
                               << "ok"
                               << ""
                               << "1990-01-01"
                               << "L";
        QTest::newRow("trailing spaces") << "  3571010101900001 \r"
                                         << "ok"
                                         << ""
                                         << "1990-01-01"
                                         << "L";
        // Two-digit years: the latest date not after today.
        QTest::newRow("yy 26 before today") << "3571012211260001"
                                            << "ok"
                                            << ""
                                            << "2026-11-22"
                                            << "L";
        QTest::newRow("yy 26 today") << "3571012311260001"
                                     << "ok"
                                     << ""
                                     << "2026-11-23"
                                     << "L";
        QTest::newRow("yy 26 tomorrow") << "3571012411260001"
                                        << "ok"
                                        << ""
                                        << "1926-11-24"
                                        << "L";
        QTest::newRow("yy 26 next month") << "3571010112260001"
                                          << "ok"
                                          << ""
                                          << "1926-12-01"
                                          << "L";
        QTest::newRow("yy 00") << "3571010101000001"
                               << "ok"
                               << ""
                               << "2000-01-01"
                               << "L";
        QTest::newRow("yy 99") << "3571010101990001"
                               << "ok"
                               << ""
                               << "1999-01-01"
                               << "L";
        QTest::newRow("yy 27") << "3571010101270001"
                               << "ok"
                               << ""
                               << "1927-01-01"
                               << "L";
        QTest::newRow("yy 25") << "3571010101250001"
                               << "ok"
                               << ""
                               << "2025-01-01"
                               << "L";
        // 29 February.
        QTest::newRow("29 Feb 2000 leap") << "3571012902000001"
                                          << "ok"
                                          << ""
                                          << "2000-02-29"
                                          << "L";
        QTest::newRow("29 Feb 2024 leap") << "3571016902240001"
                                          << "ok"
                                          << ""
                                          << "2024-02-29"
                                          << "P";
        QTest::newRow("29 Feb 1996 leap") << "3571012902960001"
                                          << "ok"
                                          << ""
                                          << "1996-02-29"
                                          << "L";
        QTest::newRow("29 Feb 2001") << "3571012902010001"
                                     << "error"
                                     << "nik.date_invalid"
                                     << ""
                                     << "";
        QTest::newRow("29 Feb 2023 woman") << "3571016902230001"
                                           << "error"
                                           << "nik.date_invalid"
                                           << ""
                                           << "";
        QTest::newRow("29 Feb 1927") << "3571012902270001"
                                     << "error"
                                     << "nik.date_invalid"
                                     << ""
                                     << "";
        QTest::newRow("29 Feb 1928 leap") << "3571012902280001"
                                          << "ok"
                                          << ""
                                          << "1928-02-29"
                                          << "L";
        QTest::newRow("30 Feb") << "3571013002900001"
                                << "error"
                                << "nik.date_invalid"
                                << ""
                                << "";
        QTest::newRow("31 Apr") << "3571013104900001"
                                << "error"
                                << "nik.date_invalid"
                                << ""
                                << "";
        QTest::newRow("31 Jun woman") << "3571017106900001"
                                      << "error"
                                      << "nik.date_invalid"
                                      << ""
                                      << "";
        // Days and months out of range.
        QTest::newRow("day 00") << "3571010001900001"
                                << "error"
                                << "nik.day_invalid"
                                << ""
                                << "";
        QTest::newRow("day 32") << "3571013201900001"
                                << "error"
                                << "nik.day_invalid"
                                << ""
                                << "";
        QTest::newRow("day 40") << "3571014001900001"
                                << "error"
                                << "nik.day_invalid"
                                << ""
                                << "";
        QTest::newRow("day 72") << "3571017201900001"
                                << "error"
                                << "nik.day_invalid"
                                << ""
                                << "";
        QTest::newRow("day 99") << "3571019901900001"
                                << "error"
                                << "nik.day_invalid"
                                << ""
                                << "";
        QTest::newRow("month 00") << "3571010100900001"
                                  << "error"
                                  << "nik.month_invalid"
                                  << ""
                                  << "";
        QTest::newRow("month 13") << "3571010113900001"
                                  << "error"
                                  << "nik.month_invalid"
                                  << ""
                                  << "";
        QTest::newRow("month 99 woman") << "3571014199900001"
                                        << "error"
                                        << "nik.month_invalid"
                                        << ""
                                        << "";
        QTest::newRow("serial 0000") << "3571010101900000"
                                     << "error"
                                     << "nik.serial_zero"
                                     << "1990-01-01"
                                     << "L";
        // Regions.
        QTest::newRow("province 00") << "0071010101900001"
                                     << "error"
                                     << "nik.province_unknown"
                                     << "1990-01-01"
                                     << "L";
        QTest::newRow("province 99") << "9971010101900001"
                                     << "error"
                                     << "nik.province_unknown"
                                     << "1990-01-01"
                                     << "L";
        QTest::newRow("province 10") << "1001010101900001"
                                     << "error"
                                     << "nik.province_unknown"
                                     << "1990-01-01"
                                     << "L";
        QTest::newRow("unknown regency") << "3599010101900001"
                                         << "warning"
                                         << "nik.regency_unknown"
                                         << "1990-01-01"
                                         << "L";
        QTest::newRow("unknown district") << "3571990101900001"
                                          << "warning"
                                          << "nik.district_unknown"
                                          << "1990-01-01"
                                          << "L";
        // Shape.
        QTest::newRow("empty") << ""
                               << "error"
                               << "nik.empty"
                               << ""
                               << "";
        QTest::newRow("blank") << "   "
                               << "error"
                               << "nik.empty"
                               << ""
                               << "";
        QTest::newRow("15 digits") << "357101010190000"
                                   << "error"
                                   << "nik.spreadsheet_mangled"
                                   << ""
                                   << "";
        QTest::newRow("17 digits") << "35710101019000011"
                                   << "error"
                                   << "nik.length"
                                   << ""
                                   << "";
        QTest::newRow("14 digits") << "35710101019000"
                                   << "error"
                                   << "nik.length"
                                   << ""
                                   << "";
        QTest::newRow("letter") << "3571O10101900001"
                                << "error"
                                << "nik.not_digits"
                                << ""
                                << "";
        QTest::newRow("inner space") << "3571 010101900001"
                                     << "error"
                                     << "nik.not_digits"
                                     << ""
                                     << "";
        QTest::newRow("dashes") << "3571-0101-0190-0001"
                                << "error"
                                << "nik.not_digits"
                                << ""
                                << "";
        // Spreadsheet damage.
        QTest::newRow("scientific") << "3.57101E+15"
                                    << "error"
                                    << "nik.spreadsheet_mangled"
                                    << ""
                                    << "";
        QTest::newRow("scientific comma") << "3,57101E+15"
                                          << "error"
                                          << "nik.spreadsheet_mangled"
                                          << ""
                                          << "";
        QTest::newRow("scientific lower") << "3.571014e15"
                                          << "error"
                                          << "nik.spreadsheet_mangled"
                                          << ""
                                          << "";
        QTest::newRow("trailing .0") << "3571014101900001.0"
                                     << "error"
                                     << "nik.spreadsheet_mangled"
                                     << ""
                                     << "";
        QTest::newRow("trailing ,00") << "3571014101900001,00"
                                      << "error"
                                      << "nik.spreadsheet_mangled"
                                      << ""
                                      << "";
        QTest::newRow("decimal not zero") << "3571014101900001.5"
                                          << "error"
                                          << "nik.not_digits"
                                          << ""
                                          << "";
    }

    void nik()
    {
        QFETCH(QString, input);
        QFETCH(QString, status);
        QFETCH(QString, code);
        QFETCH(QString, birth);
        QFETCH(QString, sex);
        const IdentityNumberValidator validator(IdentityNumberValidator::Kind::Nik, today);
        const IdentityCheck check = validator.check(input);
        QCOMPARE(severityCode(check.status()), status);
        if (code.isEmpty()) {
            QVERIFY2(check.findings.isEmpty(), qPrintable(check.findings.value(0).message));
        } else {
            QStringList codes;
            for (const Finding &f : check.findings) {
                codes << f.code;
                QVERIFY2(!f.message.isEmpty(), "every verdict has a message");
            }
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u',')));
        }
        QCOMPARE(check.date.isValid() ? check.date.toString(Qt::ISODate) : QString(), birth);
        const QString sexCode = check.sex == Sex::Male     ? QStringLiteral("L")
                                : check.sex == Sex::Female ? QStringLiteral("P")
                                                           : QString();
        QCOMPARE(sexCode, sex);
    }

    void nikReportsEveryError()
    {
        const IdentityNumberValidator validator(IdentityNumberValidator::Kind::Nik, today);
        const IdentityCheck check = validator.check("9900000013000000");
        QStringList codes;
        for (const Finding &f : check.findings) {
            codes << f.code;
        }
        QVERIFY(codes.contains(QStringLiteral("nik.province_unknown")));
        QVERIFY(codes.contains(QStringLiteral("nik.day_invalid")));
        QVERIFY(codes.contains(QStringLiteral("nik.month_invalid")));
        QVERIFY(codes.contains(QStringLiteral("nik.serial_zero")));
    }

    void maskedHidesEveryFormOfALongNumber()
    {
        using V = IdentityNumberValidator;
        QCOMPARE(V::masked(QStringLiteral("3571014101900001_depan.jpg")),
                 QStringLiteral("#_depan.jpg"));
        QCOMPARE(V::masked(QStringLiteral("KK 3571-0101-0190-0001.JPG")),
                 QStringLiteral("KK #.JPG"));
        QCOMPARE(V::masked(QStringLiteral("nik 3571 0141 0190 0002 dan 357101410190000")),
                 QStringLiteral("nik # dan #"));
        // Dates, times and short numbers stay readable.
        QCOMPARE(V::masked(QStringLiteral("IMG_20261123_091500.jpg")),
                 QStringLiteral("IMG_20261123_091500.jpg"));
        QCOMPARE(V::masked(QStringLiteral("RT 003 RW 002")), QStringLiteral("RT 003 RW 002"));
    }

    void regionCode()
    {
        const IdentityNumberValidator validator(IdentityNumberValidator::Kind::Nik, today);
        QCOMPARE(validator.check("3571034101900001").regionCode(), QStringLiteral("35.71.03"));
        QCOMPARE(validator.check("9971034101900001").regionCode(), QString());
    }

    void recordMismatchIsAWarning()
    {
        const IdentityNumberValidator validator(IdentityNumberValidator::Kind::Nik, today);
        IdentityCheck check = validator.check("3571014101900001");
        IdentityNumberValidator::compareWithRecord(check, QDate(1990, 1, 2), Sex::Male);
        QCOMPARE(check.status(), Severity::Warning);
        QCOMPARE(check.findings.size(), 2);
        QCOMPARE(check.findings[0].code, QStringLiteral("nik.birth_date_mismatch"));
        QCOMPARE(check.findings[1].code, QStringLiteral("nik.sex_mismatch"));

        IdentityCheck agreeing = validator.check("3571014101900001");
        IdentityNumberValidator::compareWithRecord(agreeing, QDate(1990, 1, 1), Sex::Female);
        QCOMPARE(agreeing.status(), Severity::Ok);
    }

    void kk_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("issued");

        QTest::newRow("valid") << "3571031505180003"
                               << "ok"
                               << ""
                               << "2018-05-15";
        QTest::newRow("issued today") << "3571032311260003"
                                      << "ok"
                                      << ""
                                      << "2026-11-23";
        QTest::newRow("day + 40 is not for KK") << "3571035505180003"
                                                << "error"
                                                << "kk.day_invalid"
                                                << "";
        QTest::newRow("day 00") << "3571030005180003"
                                << "error"
                                << "kk.day_invalid"
                                << "";
        QTest::newRow("month 13") << "3571031513180003"
                                  << "error"
                                  << "kk.month_invalid"
                                  << "";
        QTest::newRow("31 Nov") << "3571033111180003"
                                << "error"
                                << "kk.date_invalid"
                                << "";
        QTest::newRow("serial 0000") << "3571031505180000"
                                     << "error"
                                     << "kk.serial_zero"
                                     << "2018-05-15";
        QTest::newRow("unknown province") << "9971031505180003"
                                          << "error"
                                          << "kk.province_unknown"
                                          << "2018-05-15";
        QTest::newRow("unknown regency") << "3599031505180003"
                                         << "warning"
                                         << "kk.regency_unknown"
                                         << "2018-05-15";
        QTest::newRow("short") << "357103150518"
                               << "error"
                               << "kk.length"
                               << "";
        QTest::newRow("spreadsheet") << "3.57103E+15"
                                     << "error"
                                     << "kk.spreadsheet_mangled"
                                     << "";
    }

    void kk()
    {
        QFETCH(QString, input);
        QFETCH(QString, status);
        QFETCH(QString, code);
        QFETCH(QString, issued);
        const IdentityNumberValidator validator(IdentityNumberValidator::Kind::Kk, today);
        const IdentityCheck check = validator.check(input);
        QCOMPARE(severityCode(check.status()), status);
        if (!code.isEmpty()) {
            QCOMPARE(check.findings.value(0).code, code);
        }
        QCOMPARE(check.date.isValid() ? check.date.toString(Qt::ISODate) : QString(), issued);
        QCOMPARE(check.sex, Sex::Unknown);
    }

    void spreadsheetDetection()
    {
        QVERIFY(IdentityNumberValidator::looksSpreadsheetMangled("3.57101E+15"));
        QVERIFY(IdentityNumberValidator::looksSpreadsheetMangled("357101410190000"));
        QVERIFY(IdentityNumberValidator::looksSpreadsheetMangled("3571014101900001.0"));
        QVERIFY(!IdentityNumberValidator::looksSpreadsheetMangled("3571014101900001"));
        QVERIFY(!IdentityNumberValidator::looksSpreadsheetMangled("35710141019000"));
        QVERIFY(!IdentityNumberValidator::looksSpreadsheetMangled("E+15"));
        QVERIFY(!IdentityNumberValidator::looksSpreadsheetMangled("12.5"));
    }

    void resolveYear()
    {
        QCOMPARE(IdentityNumberValidator::resolveYear(26, 11, 23, today), 2026);
        QCOMPARE(IdentityNumberValidator::resolveYear(26, 11, 24, today), 1926);
        QCOMPARE(IdentityNumberValidator::resolveYear(0, 1, 1, today), 2000);
        QCOMPARE(IdentityNumberValidator::resolveYear(50, 6, 1, today), 1950);
    }
};

QTEST_GUILESS_MAIN(TestIdentityNumber)
#include "TestIdentityNumber.moc"
