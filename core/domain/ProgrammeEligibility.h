#pragma once

#include "core/domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tepat {

// How a programme fits a household's desil under the DTSEN rules (domain.md): PKH for desil 1–4,
// a PKH family in desil 5 suspended pending a field check; BPNT/Sembako and PBI-JK for desil 1–5;
// PBI-JK of desil 6–10 switched off by SK Mensos 03/HUK/2026 (reactivated only on a village
// recommendation letter). Tepat never computes a desil: it judges the one BPS gave, as of its date.
enum class EligibilityVerdict
{
    Fits,        // the desil is inside the programme's range
    NoRule,      // the programme has no desil rule (BLT-DD, rice, local programmes)
    Unranked,    // the household has no desil yet: cannot be judged
    Suspended,   // PKH in desil 5: suspended until a field check
    SwitchedOff, // PBI-JK in desil 6–10: switched off; reactivation by recommendation letter
    Misfit       // outside the range
};

struct EligibilityFlag
{
    Program program = Program::Pkh;
    EligibilityVerdict verdict = EligibilityVerdict::NoRule;
    int desil = 0;
    QDate desilAsOf;  // the BPS date of the desil judged; invalid when not recorded
    QString ruleCode; // stable: "dtsen.pkh_1_4", "dtsen.sembako_1_5", "dtsen.pbi_jk_1_5"
    QString rule;     // the rule in words, Indonesian
    QString message;  // what it means for this household, with the desil and its date

    // Whether the operator should look at it (Beranda's "Penerima tidak sesuai desil").
    bool needsAttention() const
    {
        return verdict == EligibilityVerdict::Suspended ||
               verdict == EligibilityVerdict::SwitchedOff || verdict == EligibilityVerdict::Misfit;
    }
};

class ProgrammeEligibility
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeEligibility)

public:
    static EligibilityFlag assess(Program program, int desil, QDate desilAsOf);
    // The highest desil a programme takes (0: no desil rule).
    static int highestDesil(Program program);
};

} // namespace tepat
