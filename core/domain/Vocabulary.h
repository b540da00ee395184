#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <string_view>

namespace tepat {

// The coded enumerations of the register. Each value has a stable code (database, CSV, sync),
// an Indonesian label (translated through the "Vocabulary" context) and accepted aliases for
// import (Dukcapil numbers, Indonesian words).

enum class Sex
{
    Unknown,
    Male,
    Female
};
enum class PersonStatus
{
    Active,
    Deceased,
    Moved,
    Excluded
};
enum class HouseholdStatus
{
    Active,
    Moved,
    Excluded
};
enum class Relationship
{
    Unknown,
    Head,
    Spouse,
    Child,
    ChildInLaw,
    Grandchild,
    Parent,
    ParentInLaw,
    OtherFamily,
    Helper,
    Other
};
enum class MaritalStatus
{
    Unknown,
    Single,
    Married,
    Divorced,
    Widowed
};
enum class Disability
{
    Unknown,
    None,
    Physical,
    Intellectual,
    Mental,
    Vision,
    Hearing,
    Speech,
    Multiple
};
enum class Program
{
    Pkh,
    Bpnt,
    PbiJk,
    BltDd,
    Rice,
    Local
};
enum class RemovalReason
{
    Died,
    MovedAway,
    NoLongerPoor,
    NotFound,
    Refused,
    Duplicate
};

template<typename E>
struct VocabularyEntry
{
    E value;
    const char *code;
    const char *label;   // Indonesian, QT_TRANSLATE_NOOP("Vocabulary", …)
    const char *aliases; // '|'-separated, matched case-insensitively
};

template<typename E>
struct VocabularyTable;

#define TEPAT_DECLARE_VOCABULARY(E)                                                                \
    template<>                                                                                     \
    struct VocabularyTable<E>                                                                      \
    {                                                                                              \
        static const QList<VocabularyEntry<E>> &entries();                                         \
    };

TEPAT_DECLARE_VOCABULARY(Sex)
TEPAT_DECLARE_VOCABULARY(PersonStatus)
TEPAT_DECLARE_VOCABULARY(HouseholdStatus)
TEPAT_DECLARE_VOCABULARY(Relationship)
TEPAT_DECLARE_VOCABULARY(MaritalStatus)
TEPAT_DECLARE_VOCABULARY(Disability)
TEPAT_DECLARE_VOCABULARY(Program)
TEPAT_DECLARE_VOCABULARY(RemovalReason)
#undef TEPAT_DECLARE_VOCABULARY

namespace vocabulary {

QString translateLabel(const char *label);
bool matchesEntry(QStringView text, const char *code, const char *label, const char *aliases);

template<typename E>
QString code(E value)
{
    for (const auto &e : VocabularyTable<E>::entries()) {
        if (e.value == value) {
            return QString::fromLatin1(e.code);
        }
    }
    return {};
}

template<typename E>
QString label(E value)
{
    for (const auto &e : VocabularyTable<E>::entries()) {
        if (e.value == value) {
            return translateLabel(e.label);
        }
    }
    return {};
}

// Accepts the code, the Indonesian label or an alias.
template<typename E>
std::optional<E> parse(QStringView text)
{
    text = text.trimmed();
    for (const auto &e : VocabularyTable<E>::entries()) {
        if (matchesEntry(text, e.code, e.label, e.aliases)) {
            return e.value;
        }
    }
    return std::nullopt;
}

template<typename E>
QList<E> all()
{
    QList<E> values;
    for (const auto &e : VocabularyTable<E>::entries()) {
        values.append(e.value);
    }
    return values;
}

} // namespace vocabulary

// Programme eligibility under DTSEN (domain.md): PKH desil 1–4; BPNT and PBI-JK desil 1–5.
// Returns true when a recipient's programme does not fit the desil (0 = unknown never flags).
bool programMismatchesDesil(Program program, int desil);

} // namespace tepat
