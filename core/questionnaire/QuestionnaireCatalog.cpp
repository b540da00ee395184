#include "core/questionnaire/QuestionnaireCatalog.h"

#include <QDir>
#include <QFile>

namespace tepat {

const QuestionnaireCatalog &QuestionnaireCatalog::builtin()
{
    static const QuestionnaireCatalog catalog = [] {
        Result<QuestionnaireCatalog> read = fromFolder(QStringLiteral(":/questionnaire"));
        // The built-in definitions are checked by TestQuestionnaireCatalog; a broken one is a
        // programming error of the release.
        Q_ASSERT_X(read.ok(), "QuestionnaireCatalog",
                   read.ok() ? "" : qPrintable(read.error().message));
        return read ? *read : QuestionnaireCatalog();
    }();
    return catalog;
}

Result<QuestionnaireCatalog> QuestionnaireCatalog::fromFolder(const QString &folder)
{
    QuestionnaireCatalog catalog;
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("questionnaire.unreadable"),
                         tr("Definisi kuesioner %1 tidak bisa dibaca.").arg(name)};
        }
        if (const Status s = catalog.add(file.readAll()); !s) {
            return Error{s.error().code, QStringLiteral("%1: %2").arg(name, s.error().message)};
        }
    }
    return catalog;
}

Status QuestionnaireCatalog::add(const QByteArray &json)
{
    Result<QuestionnaireDefinition> parsed = QuestionnaireDefinition::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    if (find(parsed->id(), parsed->version())) {
        return Error{
            QStringLiteral("questionnaire.duplicate_version"),
            tr("Kuesioner %1 versi %2 sudah ada.").arg(parsed->id()).arg(parsed->version())};
    }
    m_definitions << std::make_shared<const QuestionnaireDefinition>(std::move(*parsed));
    return {};
}

const QuestionnaireDefinition *QuestionnaireCatalog::find(const QString &id, int version) const
{
    for (const auto &d : m_definitions) {
        if (d->id() == id && d->version() == version) {
            return d.get();
        }
    }
    return nullptr;
}

const QuestionnaireDefinition *QuestionnaireCatalog::latest(const QString &id) const
{
    const QuestionnaireDefinition *best = nullptr;
    for (const auto &d : m_definitions) {
        if (d->id() == id && (!best || d->version() > best->version())) {
            best = d.get();
        }
    }
    return best;
}

Result<const QuestionnaireDefinition *> QuestionnaireCatalog::require(const QString &id,
                                                                      int version) const
{
    if (const QuestionnaireDefinition *d = find(id, version)) {
        return d;
    }
    return Error{QStringLiteral("questionnaire.unknown_version"),
                 tr("Jawaban ini memakai kuesioner %1 versi %2 yang belum dikenal aplikasi ini. "
                    "Perbarui Tepat agar jawabannya bisa ditampilkan.")
                     .arg(id)
                     .arg(version)};
}

} // namespace tepat
