#include "core/requests/Recommendation.h"

#include "core/domain/Household.h"

#include <cmath>

namespace tepat {

namespace {

struct KindInfo
{
    InterestKind kind;
    const char *code;
};

const KindInfo kKinds[] = {
    {InterestKind::Member, "member"},
    {InterestKind::SameKk, "same_kk"},
    {InterestKind::SameAddress, "same_address"},
    {InterestKind::LikelySame, "likely_same_person"},
};

// "0,97": two decimals with the Indonesian decimal comma.
QString scoreText(double score)
{
    return QString::number(std::floor(score * 100.0) / 100.0, 'f', 2).replace(u'.', u',');
}

QString joined(const QList<ConflictReason> &reasons, QString (*text)(const ConflictReason &))
{
    QStringList parts;
    for (const ConflictReason &r : reasons) {
        parts << text(r);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString Recommendations::unit(const QString &text)
{
    const std::optional<QString> normal = normalizeNeighbourhoodUnit(text.trimmed());
    return normal ? *normal : text.trimmed();
}

QString Recommendations::documentHeadTitle(const SourceHead &head)
{
    const QString rt = unit(head.rt);
    const QString rw = unit(head.rw);
    if (rt.isEmpty()) {
        return rw.isEmpty() ? QStringLiteral("Ketua RT/RW") : QStringLiteral("Ketua RW ") + rw;
    }
    return rw.isEmpty() ? QStringLiteral("Ketua RT ") + rt
                        : QStringLiteral("Ketua RT %1/RW %2").arg(rt, rw);
}

QString Recommendations::headTitle(const SourceHead &head)
{
    const QString rt = unit(head.rt);
    const QString rw = unit(head.rw);
    if (rt.isEmpty()) {
        return rw.isEmpty() ? tr("Ketua RT/RW") : tr("Ketua RW %1").arg(rw);
    }
    return rw.isEmpty() ? tr("Ketua RT %1").arg(rt) : tr("Ketua RT %1/RW %2").arg(rt, rw);
}

QString Recommendations::documentLine(const QString &accountName, const SourceHead &head)
{
    QString line = QStringLiteral("Diusulkan oleh: ") +
                   (accountName.trimmed().isEmpty() ? QStringLiteral("-") : accountName.trimmed());
    if (!head.isEmpty()) {
        line += QStringLiteral("; melalui ") + documentHeadTitle(head) + u' ' + head.name.trimmed();
    }
    return line;
}

QString Recommendations::describe(const QString &accountName, const SourceHead &head)
{
    const QString who = accountName.trimmed().isEmpty() ? tr("(tidak tercatat)") : accountName;
    if (head.isEmpty()) {
        return tr("Diusulkan oleh: %1").arg(who);
    }
    return tr("Diusulkan oleh: %1; melalui %2 %3").arg(who, headTitle(head), head.name.trimmed());
}

QString Recommendations::documentReason(const ConflictReason &r)
{
    const QString who = r.recommender == Recommender::Head ? QStringLiteral("ketua RT/RW pengusul")
                                                           : QStringLiteral("pengusul");
    switch (r.kind) {
    case InterestKind::Member:
        return who + QStringLiteral(" anggota keluarga yang diusulkan");
    case InterestKind::SameKk:
        return who + QStringLiteral(" satu KK");
    case InterestKind::SameAddress:
        return who + QStringLiteral(" satu alamat");
    case InterestKind::LikelySame:
        return who + QStringLiteral(" kemungkinan sama dengan anggota keluarga %1 (skor %2)")
                         .arg(r.memberName.trimmed(), scoreText(r.score));
    }
    return who;
}

QString Recommendations::reasonText(const ConflictReason &r)
{
    const bool head = r.recommender == Recommender::Head;
    switch (r.kind) {
    case InterestKind::Member:
        return head ? tr("ketua RT/RW pengusul anggota keluarga yang diusulkan")
                    : tr("pengusul anggota keluarga yang diusulkan");
    case InterestKind::SameKk:
        return head ? tr("ketua RT/RW pengusul satu KK") : tr("pengusul satu KK");
    case InterestKind::SameAddress:
        return head ? tr("ketua RT/RW pengusul satu alamat") : tr("pengusul satu alamat");
    case InterestKind::LikelySame:
        return (head ? tr("ketua RT/RW pengusul kemungkinan sama dengan anggota keluarga %1 "
                          "(skor %2)")
                     : tr("pengusul kemungkinan sama dengan anggota keluarga %1 (skor %2)"))
            .arg(r.memberName.trimmed(), scoreText(r.score));
    }
    return {};
}

QString Recommendations::documentReasons(const QList<ConflictReason> &reasons)
{
    return joined(reasons, &Recommendations::documentReason);
}

QString Recommendations::reasonsText(const QList<ConflictReason> &reasons)
{
    return joined(reasons, &Recommendations::reasonText);
}

QString Recommendations::code(InterestKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind) {
            return QLatin1String(k.code);
        }
    }
    return {};
}

QString Recommendations::code(Recommender recommender)
{
    return recommender == Recommender::Head ? QStringLiteral("head") : QStringLiteral("account");
}

QJsonArray Recommendations::toJson(const QList<ConflictReason> &reasons)
{
    QJsonArray array;
    for (const ConflictReason &r : reasons) {
        QJsonObject o{{QStringLiteral("code"), code(r.kind)},
                      {QStringLiteral("recommender"), code(r.recommender)},
                      {QStringLiteral("text"), documentReason(r)}};
        if (r.kind == InterestKind::LikelySame) {
            o.insert(QStringLiteral("member"), r.memberName);
            o.insert(QStringLiteral("person_id"), r.personId);
            o.insert(QStringLiteral("score"), std::floor(r.score * 100.0) / 100.0);
        }
        array.append(o);
    }
    return array;
}

QList<ConflictReason> Recommendations::conflictsFromJson(const QJsonArray &array)
{
    QList<ConflictReason> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString c = o.value(QLatin1String("code")).toString();
        ConflictReason r;
        bool known = false;
        for (const KindInfo &k : kKinds) {
            if (c == QLatin1String(k.code)) {
                r.kind = k.kind;
                known = true;
            }
        }
        if (!known) {
            continue;
        }
        r.recommender = o.value(QLatin1String("recommender")).toString() == QLatin1String("head")
                            ? Recommender::Head
                            : Recommender::Account;
        r.memberName = o.value(QLatin1String("member")).toString();
        r.personId = o.value(QLatin1String("person_id")).toString();
        r.score = o.value(QLatin1String("score")).toDouble();
        out.append(r);
    }
    return out;
}

QJsonObject Recommendations::envelope(const QString &draftedBy, const RequestRecommendation &r)
{
    QJsonObject o{{QStringLiteral("drafted_by"), draftedBy},
                  {QStringLiteral("drafted_by_name"), r.accountName},
                  {QStringLiteral("line"), documentLine(r.accountName, r.head)},
                  {QStringLiteral("conflict_of_interest"), toJson(r.conflicts)}};
    if (!r.head.isEmpty()) {
        o.insert(QStringLiteral("via_head"),
                 QJsonObject{{QStringLiteral("name"), r.head.name.trimmed()},
                             {QStringLiteral("rt"), unit(r.head.rt)},
                             {QStringLiteral("rw"), unit(r.head.rw)}});
    }
    return o;
}

} // namespace tepat
