#include "core/fieldwork/FieldConflicts.h"

#include "core/common/Clock.h"
#include "core/common/Language.h"
#include "core/domain/Vocabulary.h"
#include "core/fieldwork/FieldVisit.h"
#include "core/fieldwork/QuestionnaireMerge.h"
#include "core/fieldwork/ResultsBundleMerger.h"
#include "core/location/GeoPoint.h"
#include "core/questionnaire/QuestionnaireCatalog.h"
#include "core/questionnaire/QuestionnaireResponses.h"
#include "core/storage/AuditTrail.h"
#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tepat {

namespace {

const QString kQuestionnairePrefix = QStringLiteral("questionnaire:");
const QString kMemberPrefix = QStringLiteral("member:");

QJsonValue parsed(const QString &stored)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
    if (doc.isObject()) {
        return doc.object();
    }
    return stored; // member findings are stored as plain codes
}

QString recordedBy(const QJsonValue &side)
{
    return side.toObject().value(QLatin1String("recorded_by")).toString();
}

QString withActor(const QString &text, const QString &actor)
{
    return actor.isEmpty() ? text : FieldConflicts::tr("%1 (dicatat oleh %2)").arg(text, actor);
}

QString pointText(const QJsonValue &side)
{
    const QJsonObject o = side.toObject();
    const GeoPoint point{o.value(QLatin1String("latitude")).toDouble(),
                         o.value(QLatin1String("longitude")).toDouble()};
    QString text = Geo::decimalText(point);
    const QJsonValue accuracy = o.value(QLatin1String("accuracy_m"));
    if (accuracy.isDouble()) {
        text += u' ' + FieldConflicts::tr("±%1 m").arg(
                           Language::locale().toString(accuracy.toDouble(), 'f', 1));
    }
    return withActor(text, recordedBy(side));
}

// The question of a finding field ("household/<q>", "person/<key>/<q>").
QString questionIdOf(const QString &field)
{
    return field.mid(field.lastIndexOf(u'/') + 1);
}

const QuestionnaireQuestion *questionOf(const QString &field)
{
    const QuestionnaireDefinition *definition =
        QuestionnaireCatalog::builtin().latest(QLatin1String(QuestionnaireCatalog::kDtsen));
    return definition ? definition->question(questionIdOf(field)) : nullptr;
}

QString answerText(const QString &field, const QJsonValue &side)
{
    const QJsonValue value = side.toObject().value(QLatin1String("value"));
    QString text;
    if (value.isNull() || value.isUndefined()) {
        text = FieldConflicts::tr("(tidak dijawab)");
    } else if (value.isDouble()) {
        text = Language::locale().toString(value.toDouble(), 'g', 12);
        if (const QuestionnaireQuestion *q = questionOf(field); q && !q->unit.isEmpty()) {
            text += u' ' + q->unit;
        }
    } else {
        text = value.toString();
        const QuestionnaireQuestion *q = questionOf(field);
        if (const QuestionnaireOption *o = q ? q->option(text) : nullptr) {
            text = FieldConflicts::tr("%1 — %2").arg(o->code, o->label.text());
        }
    }
    return withActor(text, recordedBy(side));
}

QString personStatusText(const QString &code)
{
    const std::optional<PersonStatus> status = vocabulary::parse<PersonStatus>(code);
    return status ? vocabulary::label(*status) : code;
}

QString findingText(const QString &code)
{
    const std::optional<MemberFinding> finding = VisitVocabulary::findingFromCode(code);
    return finding ? VisitVocabulary::label(*finding) : code;
}

} // namespace

FieldConflicts::FieldConflicts(const Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Status FieldConflicts::permitted(const Session &session)
{
    return session.require(Permission::Draft);
}

std::optional<ConflictKind> FieldConflicts::kindOf(const QString &subject)
{
    if (subject == QLatin1String("location")) {
        return ConflictKind::Location;
    }
    if (subject.startsWith(kQuestionnairePrefix)) {
        return ConflictKind::Answer;
    }
    if (subject.startsWith(kMemberPrefix)) {
        return ConflictKind::MemberFinding;
    }
    return std::nullopt;
}

QString FieldConflicts::code(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::Location:
        return QStringLiteral("location");
    case ConflictKind::Answer:
        return QStringLiteral("questionnaire");
    case ConflictKind::MemberFinding:
        return QStringLiteral("member");
    }
    return {};
}

QString FieldConflicts::code(ConflictChoice choice)
{
    return choice == ConflictChoice::AdoptField ? QStringLiteral("field")
                                                : QStringLiteral("office");
}

QString FieldConflicts::label(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::Location:
        return tr("Titik lokasi");
    case ConflictKind::Answer:
        return tr("Jawaban kuesioner");
    case ConflictKind::MemberFinding:
        return tr("Data anggota");
    }
    return {};
}

Result<QList<FieldConflict>> FieldConflicts::open() const
{
    auto q = m_db.query(QStringLiteral(
        "SELECT c.id, c.subject, c.household_id, COALESCE(h.head_name, ''), COALESCE(h.rw, ''), "
        "COALESCE(h.rt, ''), c.bundle_id, COALESCE(d.assignee, ''), COALESCE(v.visited_on, ''), "
        "c.office_value, c.field_value, c.recorded_at, COALESCE(p.name, '') FROM field_conflict c "
        "LEFT JOIN household h ON h.id = c.household_id LEFT JOIN field_bundle b ON b.id = "
        "c.bundle_id AND b.direction = 'import' LEFT JOIN field_device d ON d.public_key = "
        "b.device_key LEFT JOIN field_visit v ON v.household_id = c.household_id AND "
        "v.device_key = b.device_key LEFT JOIN person p ON c.subject LIKE 'member:%' AND p.id = "
        "substr(c.subject, 8) WHERE c.resolved_at IS NULL ORDER BY c.recorded_at, c.id"));
    if (!q) {
        return q.error();
    }
    QList<FieldConflict> conflicts;
    while (q->next()) {
        FieldConflict c;
        c.subject = q->value(1).toString();
        const std::optional<ConflictKind> kind = kindOf(c.subject);
        if (!kind) {
            continue; // a subject this version does not know: left for a newer one
        }
        c.id = q->value(0).toLongLong();
        c.kind = *kind;
        c.householdId = q->value(2).toString();
        c.headName = q->value(3).toString();
        c.rw = q->value(4).toString();
        c.rt = q->value(5).toString();
        c.bundleId = q->value(6).toString();
        c.assignee = q->value(7).toString();
        c.visitedOn = QDate::fromString(q->value(8).toString(), Qt::ISODate);
        c.officeValue = parsed(q->value(9).toString());
        c.fieldValue = parsed(q->value(10).toString());
        c.recordedAt = QDateTime::fromString(q->value(11).toString(), Qt::ISODateWithMs);
        switch (c.kind) {
        case ConflictKind::Location:
            c.what = label(c.kind);
            c.officeText = pointText(c.officeValue);
            c.fieldText = pointText(c.fieldValue);
            break;
        case ConflictKind::Answer: {
            const QString field = c.subject.mid(kQuestionnairePrefix.size());
            const QuestionnaireQuestion *question = questionOf(field);
            c.what = question ? question->label.text() : questionIdOf(field);
            c.officeText = answerText(field, c.officeValue);
            c.fieldText = answerText(field, c.fieldValue);
            break;
        }
        case ConflictKind::MemberFinding: {
            const QString name = q->value(12).toString();
            c.what = name.isEmpty() ? label(c.kind) : tr("Anggota: %1").arg(name);
            c.officeText = personStatusText(c.officeValue.toString());
            c.fieldText = withActor(findingText(c.fieldValue.toString()), c.assignee);
            c.canAdoptField = false;
            break;
        }
        }
        conflicts.append(c);
    }
    return conflicts;
}

Result<int> FieldConflicts::openCount() const
{
    auto q = m_db.query(QStringLiteral("SELECT subject FROM field_conflict WHERE resolved_at IS "
                                       "NULL"));
    if (!q) {
        return q.error();
    }
    int count = 0;
    while (q->next()) {
        count += kindOf(q->value(0).toString()) ? 1 : 0;
    }
    return count;
}

Status FieldConflicts::resolve(const Session &session, qint64 conflictId,
                               ConflictChoice choice) const
{
    if (const Status allowed = permitted(session); !allowed) {
        return allowed;
    }
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    auto q = m_db.query(QStringLiteral("SELECT c.subject, c.household_id, c.field_value, "
                                       "c.resolved_at, c.resolved_by, b.device_key FROM "
                                       "field_conflict c LEFT JOIN field_bundle b ON b.id = "
                                       "c.bundle_id AND b.direction = 'import' WHERE c.id = ?"),
                        {conflictId});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return Error{QStringLiteral("fieldwork.conflict_unknown"),
                     tr("Konflik data lapangan ini tidak ada di berkas data ini.")};
    }
    const QString subject = q->value(0).toString();
    const QString householdId = q->value(1).toString();
    const QJsonValue fieldValue = parsed(q->value(2).toString());
    const QString deviceHex = q->value(5).toString();
    if (!q->value(3).isNull() && !q->value(3).toString().isEmpty()) {
        return Error{QStringLiteral("fieldwork.conflict_resolved"),
                     tr("Konflik ini sudah diselesaikan oleh %1 pada %2.")
                         .arg(q->value(4).toString(),
                              Language::formatDateTime(QDateTime::fromString(q->value(3).toString(),
                                                                             Qt::ISODateWithMs)))};
    }
    const std::optional<ConflictKind> kind = kindOf(subject);
    if (!kind) {
        return Error{QStringLiteral("fieldwork.conflict_unknown"),
                     tr("Jenis konflik ini tidak dikenal oleh versi Tepat ini. Perbarui Tepat.")};
    }
    if (choice == ConflictChoice::AdoptField) {
        switch (*kind) {
        case ConflictKind::Location: {
            QJsonObject point = fieldValue.toObject();
            point.insert(QStringLiteral("household_id"), householdId);
            if (const Status s = ResultsBundleMerger::writeFieldPoint(m_db, point, deviceHex); !s) {
                return s;
            }
            break;
        }
        case ConflictKind::Answer:
            if (const Status s = adoptAnswer(session, householdId,
                                             subject.mid(kQuestionnairePrefix.size()), fieldValue);
                !s) {
                return s;
            }
            break;
        case ConflictKind::MemberFinding:
            return Error{QStringLiteral("fieldwork.conflict_keep_office"),
                         tr("Temuan lapangan tentang anggota keluarga belum bisa dipakai langsung. "
                            "Pilih \"Pakai data kantor\"; temuan lapangan tetap tercatat, dan "
                            "perubahan data anggota dibuat sebagai usulan.")};
        }
    }
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    auto done = m_db.query(QStringLiteral("UPDATE field_conflict SET resolved_at = ?, resolved_by "
                                          "= ?, resolution = ? WHERE id = ? AND resolved_at IS "
                                          "NULL"),
                           {now, session.username(), code(choice), conflictId});
    if (!done) {
        return done.error();
    }
    if (const auto audit =
            AuditTrail(m_db, m_clock)
                .record(session.username(), QStringLiteral("fieldwork.conflict_resolve"),
                        QStringLiteral("field_conflict"), QString::number(conflictId),
                        {{QStringLiteral("kind"), code(*kind)},
                         {QStringLiteral("resolution"), code(choice)}});
        !audit) {
        return audit.error();
    }
    return tx.commit();
}

Status FieldConflicts::adoptAnswer(const Session &session, const QString &householdId,
                                   const QString &field, const QJsonValue &fieldValue) const
{
    const QuestionnaireResponses responses(m_db, m_clock);
    const Result<std::optional<QuestionnaireResponse>> office = responses.of(householdId, {});
    if (!office) {
        return office.error();
    }
    if (!*office) {
        return Error{QStringLiteral("fieldwork.conflict_no_answers"),
                     tr("Keluarga ini belum punya jawaban kuesioner kantor; jawaban lapangan "
                        "tidak bisa dipakai.")};
    }
    QuestionnaireAnswers answers = (*office)->answers;
    if (!QuestionnaireMerge::setAnswer(answers, field,
                                       fieldValue.toObject().value(QLatin1String("value")))) {
        return Error{QStringLiteral("fieldwork.conflict_unknown"),
                     tr("Pertanyaan konflik ini tidak dikenal. Data tidak diubah.")};
    }
    const Result<QuestionnaireResponse> adopted =
        responses.adopt(householdId, answers, session.username());
    if (!adopted) {
        return adopted.error();
    }
    return {};
}

} // namespace tepat
