#pragma once

#include "core/domain/Finding.h"
#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <string_view>

namespace tepat {

class Clock;
class RegionDirectory;

// What a NIK or No KK says about itself, and what is wrong with it.
struct IdentityCheck
{
    QString digits;    // the 16 digits when the number could be read as such
    int province = -1; // PP
    int regency = -1;  // PPRR
    int district = -1; // PPRRDD
    QDate date;        // birth date (NIK) or issue date (KK)
    Sex sex = Sex::Unknown;
    Findings findings;

    Severity status() const { return worstOf(findings); }
    bool acceptable() const { return !hasErrors(findings); }
    QString regionCode() const; // "PP.RR.DD", or empty when the province is unknown
};

// Validates NIK (Nomor Induk Kependudukan) and No KK by the rules in docs/domain.md.
// "Today" is fixed when the validator is made, so a batch is judged against one date.
class IdentityNumberValidator
{
    Q_DECLARE_TR_FUNCTIONS(IdentityNumberValidator)

public:
    enum class Kind
    {
        Nik,
        Kk
    };

    IdentityNumberValidator(Kind kind, const Clock &clock);
    IdentityNumberValidator(Kind kind, QDate today);

    IdentityCheck check(QStringView input) const;
    IdentityCheck check(std::string_view input) const;

    // Adds warnings when a valid NIK disagrees with the record's birth date or sex.
    static void compareWithRecord(IdentityCheck &check, QDate birthDate, Sex sex);

    // "3.57101E+15", "357101410190000" (15 digits), "3571014101900001.0": a number that went
    // through a spreadsheet as a number.
    static bool looksSpreadsheetMangled(std::string_view input);

    // Free text (a file name, a message) with anything that could be a NIK or KK number — 15
    // or more digits, maybe split by spaces, dots, dashes or underscores — replaced by "#".
    static QString masked(const QString &text);

    // The two-digit year rule: the century that gives the latest date not after today.
    static int resolveYear(int yy, int month, int day, QDate today);

private:
    void addFinding(IdentityCheck &check, Severity severity, const char *code,
                    const QString &message) const;
    QString label() const;

    Kind m_kind;
    QDate m_today;
    const RegionDirectory &m_regions;
};

} // namespace tepat
