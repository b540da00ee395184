#include "core/fieldwork/FieldVisit.h"

namespace tepat {

QString VisitVocabulary::code(VisitOutcome outcome)
{
    switch (outcome) {
    case VisitOutcome::Visited:
        return QStringLiteral("visited");
    case VisitOutcome::NotFound:
        return QStringLiteral("not_found");
    case VisitOutcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

std::optional<VisitOutcome> VisitVocabulary::outcomeFromCode(QStringView code)
{
    for (VisitOutcome o : allOutcomes()) {
        if (VisitVocabulary::code(o) == code) {
            return o;
        }
    }
    return std::nullopt;
}

QString VisitVocabulary::label(VisitOutcome outcome)
{
    switch (outcome) {
    case VisitOutcome::Visited:
        return tr("Sudah dikunjungi");
    case VisitOutcome::NotFound:
        return tr("Tidak ditemukan");
    case VisitOutcome::Refused:
        return tr("Menolak");
    }
    return {};
}

QString VisitVocabulary::label(std::optional<VisitOutcome> outcome)
{
    return outcome ? label(*outcome) : tr("Belum dikunjungi");
}

QList<VisitOutcome> VisitVocabulary::allOutcomes()
{
    return {VisitOutcome::Visited, VisitOutcome::NotFound, VisitOutcome::Refused};
}

QString VisitVocabulary::code(MemberFinding finding)
{
    switch (finding) {
    case MemberFinding::Present:
        return QStringLiteral("present");
    case MemberFinding::Died:
        return QStringLiteral("died");
    case MemberFinding::Moved:
        return QStringLiteral("moved");
    case MemberFinding::New:
        return QStringLiteral("new");
    }
    return {};
}

std::optional<MemberFinding> VisitVocabulary::findingFromCode(QStringView code)
{
    for (MemberFinding f :
         {MemberFinding::Present, MemberFinding::Died, MemberFinding::Moved, MemberFinding::New}) {
        if (VisitVocabulary::code(f) == code) {
            return f;
        }
    }
    return std::nullopt;
}

QString VisitVocabulary::label(MemberFinding finding)
{
    switch (finding) {
    case MemberFinding::Present:
        return tr("Ada");
    case MemberFinding::Died:
        return tr("Meninggal");
    case MemberFinding::Moved:
        return tr("Pindah");
    case MemberFinding::New:
        return tr("Anggota baru");
    }
    return {};
}

} // namespace tepat
