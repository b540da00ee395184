#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tepat {

// The head of an RT (or of an RW) a proposal came through: a free-text name with the RT and RW
// numbers ("003", "002"). Empty when the proposal did not come through one.
struct SourceHead
{
    QString name;
    QString rt;
    QString rw;

    bool isEmpty() const { return name.trimmed().isEmpty(); }
    bool operator==(const SourceHead &) const = default;
};

// Who recommended a proposal: the account that drafted it, or the RT/RW head named as its source.
enum class Recommender
{
    Account,
    Head
};

// One reason a recommender may have an interest in the family a request proposes.
enum class InterestKind
{
    Member,      // the recommender is in the family
    SameKk,      // shares its KK number
    SameAddress, // lives at its address (same RT/RW and address text)
    LikelySame   // the matcher takes the recommender for one of its members
};

struct ConflictReason
{
    InterestKind kind = InterestKind::Member;
    Recommender recommender = Recommender::Account;
    QString memberName; // LikelySame: the member taken for the recommender
    QString personId;   // LikelySame: that member's id when in the register; else empty
    double score = 0;   // LikelySame: the matcher's probability (0..1)

    bool operator==(const ConflictReason &) const = default;
};

// What a request records of who proposed it (schema 43).
struct RequestRecommendation
{
    QString accountName; // the drafting account's display name then; empty before schema 43
    SourceHead head;
    QList<ConflictReason> conflicts;

    bool recorded() const { return !accountName.isEmpty(); }
    bool flagged() const { return !conflicts.isEmpty(); }
};

// Texts and JSON of recommendations. The document texts are Indonesian always (the berita acara
// and what travels to Dinsos); the others are in the interface language.
class Recommendations
{
    Q_DECLARE_TR_FUNCTIONS(Recommendations)

public:
    // "Ketua RT 003/RW 002" (or "Ketua RW 002" when no RT is given).
    static QString headTitle(const SourceHead &head);
    static QString documentHeadTitle(const SourceHead &head);
    // "Diusulkan oleh: Rina Wati; melalui Ketua RT 003/RW 002 Pak Darto".
    static QString documentLine(const QString &accountName, const SourceHead &head);
    static QString describe(const QString &accountName, const SourceHead &head);
    // "pengusul satu KK", "ketua RT/RW pengusul kemungkinan sama dengan anggota keluarga
    // Soeparman (skor 0,97)".
    static QString documentReason(const ConflictReason &reason);
    static QString reasonText(const ConflictReason &reason);
    // The reasons joined with "; ".
    static QString documentReasons(const QList<ConflictReason> &reasons);
    static QString reasonsText(const QList<ConflictReason> &reasons);

    static QString code(InterestKind kind);
    static QString code(Recommender recommender);
    static QJsonArray toJson(const QList<ConflictReason> &reasons);
    static QList<ConflictReason> conflictsFromJson(const QJsonArray &array);
    // The envelope's `recommendation` object (docs/sync-protocol.md).
    static QJsonObject envelope(const QString &draftedBy, const RequestRecommendation &r);
    // RT/RW as the register writes them ("3" -> "003"); the text as typed when not a number.
    static QString unit(const QString &text);
};

} // namespace tepat
