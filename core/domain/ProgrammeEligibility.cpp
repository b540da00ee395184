#include "core/domain/ProgrammeEligibility.h"

#include "core/domain/DesilText.h"

namespace tepat {

int ProgrammeEligibility::highestDesil(Program program)
{
    switch (program) {
    case Program::Pkh:
        return 4;
    case Program::Bpnt:
    case Program::PbiJk:
        return 5;
    case Program::BltDd:
    case Program::Rice:
    case Program::Local:
        return 0;
    }
    return 0;
}

EligibilityFlag ProgrammeEligibility::assess(Program program, int desil, QDate desilAsOf)
{
    EligibilityFlag f;
    f.program = program;
    f.desil = desil;
    f.desilAsOf = desilAsOf;
    const int highest = highestDesil(program);
    switch (program) {
    case Program::Pkh:
        f.ruleCode = QStringLiteral("dtsen.pkh_1_4");
        f.rule = tr("PKH untuk desil 1–4 (Permensos 3/2025)");
        break;
    case Program::Bpnt:
        f.ruleCode = QStringLiteral("dtsen.sembako_1_5");
        f.rule = tr("BPNT/Sembako untuk desil 1–5 (Permensos 3/2025)");
        break;
    case Program::PbiJk:
        f.ruleCode = QStringLiteral("dtsen.pbi_jk_1_5");
        f.rule = tr("PBI-JK untuk desil 1–5; desil 6–10 dinonaktifkan (SK Mensos 03/HUK/2026)");
        break;
    case Program::BltDd:
    case Program::Rice:
    case Program::Local:
        f.verdict = EligibilityVerdict::NoRule;
        f.message = tr("%1 tidak diatur menurut desil.").arg(vocabulary::label(program));
        return f;
    }
    const QString desilText = DesilText::describe(desil, desilAsOf);
    if (desil <= 0) {
        f.verdict = EligibilityVerdict::Unranked;
        f.message = tr("Keluarga ini belum punya desil dari BPS; kesesuaian %1 belum bisa dinilai "
                       "(aturan: %2).")
                        .arg(vocabulary::label(program), f.rule);
    } else if (desil <= highest) {
        f.verdict = EligibilityVerdict::Fits;
        f.message = tr("Sesuai: %1 (aturan: %2).").arg(desilText, f.rule);
    } else if (program == Program::Pkh && desil == 5) {
        f.verdict = EligibilityVerdict::Suspended;
        f.message = tr("PKH ditangguhkan sampai ada pengecekan lapangan: %1 (aturan: %2).")
                        .arg(desilText, f.rule);
    } else if (program == Program::PbiJk) {
        f.verdict = EligibilityVerdict::SwitchedOff;
        f.message = tr("PBI-JK dinonaktifkan untuk %1 (aturan: %2). Pengaktifan kembali dengan "
                       "surat rekomendasi reaktivasi dari kelurahan/desa.")
                        .arg(desilText, f.rule);
    } else {
        f.verdict = EligibilityVerdict::Misfit;
        f.message = tr("Tidak sesuai: %1 (aturan: %2).").arg(desilText, f.rule);
    }
    return f;
}

} // namespace tepat
