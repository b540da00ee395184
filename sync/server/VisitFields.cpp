#include "sync/server/VisitFields.h"

#include "core/files/ContentStore.h"
#include "sync/protocol/Json.h"
#include "sync/protocol/Protocol.h"

#include <QDate>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace tepat::central {

namespace {

constexpr int kVisitDepth = 6;

Error invalid(const char *code, const QString &message)
{
    return Error{QStringLiteral("visit.") + QLatin1String(code), message};
}

} // namespace

Status VisitFields::check(const QJsonObject &visit, const QJsonArray &attachments,
                          const QuestionnaireCatalog &catalog)
{
    namespace L = sync::limits;
    if (sync::jsonDepth(visit, kVisitDepth + 1) > kVisitDepth ||
        QJsonDocument(visit).toJson(QJsonDocument::Compact).size() > L::kPayloadBytes) {
        return invalid("too_large", tr("Data kunjungan terlalu besar atau bersarang terlalu dalam "
                                       "(paling banyak %1 KB dan %2 tingkat).")
                                        .arg(L::kPayloadBytes / 1024)
                                        .arg(kVisitDepth));
    }
    sync::JsonReader r(visit, QStringLiteral("request.visit"));
    const QString uuid = r.string("uuid", 36);
    const QString outcome = r.string("outcome", 16);
    const QString visitedOn = r.string("visited_on", 10);
    const QString fieldWorker = r.string("field_worker", L::kIdentifier);
    r.integer("revision", 1, 1000000);
    const QJsonArray photos = r.array("photos", L::kAttachmentsPerItem, false);
    const QJsonObject location = r.object("location", false);
    const QJsonObject questionnaire = r.object("questionnaire", false);
    if (!r.ok()) {
        return invalid("invalid", r.error().message);
    }
    if (!sync::isUuid(uuid)) {
        return invalid("invalid", tr("Kolom request.visit.uuid bukan UUID yang sah."));
    }
    static const QStringList outcomes{QStringLiteral("visited"), QStringLiteral("not_found"),
                                      QStringLiteral("refused")};
    if (!outcomes.contains(outcome)) {
        return invalid("outcome", tr("Hasil kunjungan \"%1\" tidak dikenal. Isi dengan salah "
                                     "satu: %2.")
                                      .arg(outcome.left(16), outcomes.join(QStringLiteral(", "))));
    }
    if (!QDate::fromString(visitedOn, Qt::ISODate).isValid() || visitedOn.size() != 10) {
        return invalid("invalid", tr("Kolom request.visit.visited_on bukan tanggal YYYY-MM-DD."));
    }
    if (fieldWorker.trimmed().isEmpty()) {
        return invalid("invalid", tr("Kolom request.visit.field_worker wajib diisi."));
    }
    QSet<QString> attached;
    for (const QJsonValue &v : attachments) {
        attached.insert(v.toObject().value(QLatin1String("sha256")).toString());
    }
    static const QStringList views{QStringLiteral("front"), QStringLiteral("side"),
                                   QStringLiteral("back"),  QStringLiteral("inside"),
                                   QStringLiteral("other"), QStringLiteral("family_card")};
    for (const QJsonValue &v : photos) {
        const QJsonObject photo = v.toObject();
        const QString sha = photo.value(QLatin1String("sha256")).toString();
        const QString view = photo.value(QLatin1String("view")).toString();
        if (!v.isObject() || !ContentStore::isSha256(sha) || !views.contains(view)) {
            return invalid("photo", tr("Foto kunjungan tidak valid: sha256 dan sisi foto (%1) "
                                       "wajib.")
                                        .arg(views.join(QStringLiteral(", "))));
        }
        if (!attached.contains(sha)) {
            return invalid(
                "photo_not_attached",
                tr("Foto kunjungan %1 tidak termasuk lampiran usulan ini.").arg(sha.left(12)));
        }
    }
    if (!location.isEmpty() || visit.contains(QLatin1String("location"))) {
        sync::JsonReader p(location, QStringLiteral("request.visit.location"));
        p.timestamp("recorded_at", false);
        if (!p.ok()) {
            return invalid("invalid", p.error().message);
        }
        const QJsonValue lat = location.value(QLatin1String("latitude"));
        const QJsonValue lon = location.value(QLatin1String("longitude"));
        const QJsonValue accuracy = location.value(QLatin1String("accuracy_m"));
        const bool accuracyOk =
            accuracy.isUndefined() || accuracy.isNull() ||
            (accuracy.isDouble() && accuracy.toDouble() >= 0 && accuracy.toDouble() <= 100000);
        if (!lat.isDouble() || !lon.isDouble() || std::abs(lat.toDouble()) > 90 ||
            std::abs(lon.toDouble()) > 180 || !accuracyOk) {
            return invalid("location", tr("Titik lokasi kunjungan tidak valid: latitude −90…90, "
                                          "longitude −180…180, accuracy_m 0…100000 atau null."));
        }
    }
    if (visit.contains(QLatin1String("questionnaire"))) {
        return checkQuestionnaire(questionnaire, catalog);
    }
    return {};
}

Status VisitFields::checkQuestionnaire(const QJsonObject &questionnaire,
                                       const QuestionnaireCatalog &catalog)
{
    sync::JsonReader r(questionnaire, QStringLiteral("request.visit.questionnaire"));
    const QString id = r.string("definition_id", sync::limits::kIdentifier);
    const std::optional<qint64> version = r.integer("version", 1, 10000);
    const QJsonObject answers = r.object("answers");
    if (!r.ok()) {
        return invalid("invalid", r.error().message);
    }
    sync::JsonReader a(answers, QStringLiteral("request.visit.questionnaire.answers"));
    const QJsonObject household = a.object("household", false);
    const QJsonObject persons = a.object("persons", false);
    if (!a.ok()) {
        return invalid("invalid", a.error().message);
    }
    if (persons.size() > kMaxPersons) {
        return invalid(
            "invalid",
            tr("Jawaban kuesioner untuk lebih dari %1 anggota keluarga.").arg(kMaxPersons));
    }
    // An unknown version is kept as it came (the console shows its codes); a known one is
    // checked question by question.
    const QuestionnaireDefinition *form = catalog.find(id, int(version.value_or(0)));
    if (const Status s = checkAnswers(household, form, QuestionnaireScope::Household,
                                      QStringLiteral("household"));
        !s) {
        return s;
    }
    for (auto it = persons.begin(); it != persons.end(); ++it) {
        if (it.key().isEmpty() || it.key().size() > sync::limits::kIdentifier ||
            !it.value().isObject()) {
            return invalid("invalid", tr("Jawaban kuesioner per anggota harus berupa objek per "
                                         "ID anggota (paling banyak %1 karakter).")
                                          .arg(sync::limits::kIdentifier));
        }
        if (const Status s = checkAnswers(it.value().toObject(), form, QuestionnaireScope::Person,
                                          QStringLiteral("persons.") + it.key());
            !s) {
            return s;
        }
    }
    return {};
}

Status VisitFields::checkAnswers(const QJsonObject &answers, const QuestionnaireDefinition *form,
                                 QuestionnaireScope scope, const QString &where)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString field = where + u'.' + it.key();
        const QJsonValue v = it.value();
        const bool scalar = (v.isString() && v.toString().size() <= kMaxAnswerLength) ||
                            (v.isDouble() && std::isfinite(v.toDouble()));
        if (it.key().isEmpty() || it.key().size() > sync::limits::kIdentifier || !scalar) {
            return invalid("answer", tr("Jawaban kuesioner %1 harus berupa kode, angka atau teks "
                                        "pendek (paling banyak %2 karakter).")
                                         .arg(field.left(120))
                                         .arg(kMaxAnswerLength));
        }
        if (!form) {
            continue;
        }
        const QuestionnaireBlock *block = nullptr;
        const QuestionnaireQuestion *q = form->question(it.key(), &block);
        if (!q || block->scope != scope) {
            return invalid("answer_question",
                           tr("Pertanyaan %1 tidak ada dalam formulir %2 versi %3.")
                               .arg(field.left(120), form->id())
                               .arg(form->version()));
        }
        switch (q->type) {
        case QuestionType::Choice:
            if (!v.isString() || !q->option(v.toString())) {
                return invalid("answer_code",
                               tr("Jawaban \"%1\" untuk pertanyaan %2 bukan kode yang dikenal "
                                  "formulir %3 versi %4.")
                                   .arg(v.isString() ? v.toString().left(32) : QStringLiteral("?"),
                                        field.left(120), form->id())
                                   .arg(form->version()));
            }
            break;
        case QuestionType::Number:
            if (!v.isDouble() ||
                (q->range && (v.toDouble() < q->range->min || v.toDouble() > q->range->max))) {
                return invalid("answer_number",
                               tr("Jawaban pertanyaan %1 harus angka dalam batas formulir.")
                                   .arg(field.left(120)));
            }
            break;
        case QuestionType::Text:
            if (!v.isString() || (q->maxLength > 0 && v.toString().size() > q->maxLength)) {
                return invalid("answer",
                               tr("Jawaban pertanyaan %1 harus teks paling banyak %2 karakter.")
                                   .arg(field.left(120))
                                   .arg(q->maxLength > 0 ? q->maxLength : kMaxAnswerLength));
            }
            break;
        }
    }
    return {};
}

} // namespace tepat::central
