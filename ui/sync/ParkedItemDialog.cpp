#include "ui/sync/ParkedItemDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isObject()) {
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    if (v.isArray()) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    // Numbers, booleans and null: their JSON form.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Text that reads as JSON (a number, true, an object…) keeps that type; anything else is text.
QJsonValue parseValue(const QString &text, const QJsonValue &was)
{
    if (was.isString() || was.isUndefined()) {
        return text;
    }
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    if (doc.isArray() && doc.array().size() == 1) {
        return doc.array().first();
    }
    return text;
}

} // namespace

ParkedItemDialog::ParkedItemDialog(const ChangeRequest &request, const QString &reason,
                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Perbaiki usulan #%1").arg(request.id));
    auto *layout = new QVBoxLayout(this);
    auto *what =
        new QLabel(tr("<b>%1</b> — keluarga %2%3")
                       .arg(RequestLifecycle::label(request.kind).toHtmlEscaped(),
                            request.householdId.toHtmlEscaped(),
                            request.personId.isEmpty()
                                ? QString()
                                : tr(", anggota %1").arg(request.personId.toHtmlEscaped())),
                   this);
    layout->addWidget(what);
    auto *why = new QLabel(tr("Server menolak usulan ini: %1").arg(reason), this);
    why->setWordWrap(true);
    why->setStyleSheet(QStringLiteral("QLabel { color: #7a1b14; }"));
    layout->addWidget(why);
    layout->addWidget(new QLabel(tr("Perbaiki isian di bawah, lalu simpan. Usulan dikirim ulang "
                                    "dengan kunci yang sama pada sinkronisasi berikutnya."),
                                 this));
    m_fields = new QTableWidget(int(request.payload.size()), 2, this);
    m_fields->setHorizontalHeaderLabels({tr("Isian"), tr("Nilai")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (auto it = request.payload.begin(); it != request.payload.end(); ++it, ++row) {
        auto *key = new QTableWidgetItem(it.key());
        key->setFlags(key->flags() & ~Qt::ItemIsEditable);
        key->setData(Qt::UserRole, QVariant::fromValue(it.value().toVariant()));
        key->setData(Qt::UserRole + 1, int(it.value().type()));
        m_fields->setItem(row, 0, key);
        m_fields->setItem(row, 1, new QTableWidgetItem(valueText(it.value())));
    }
    m_fields->resizeColumnToContents(0);
    layout->addWidget(m_fields, 1);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #7a1b14; }"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Simpan dan kirim ulang"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

QJsonObject ParkedItemDialog::payload() const
{
    QJsonObject payload;
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QTableWidgetItem *key = m_fields->item(row, 0);
        const QJsonValue was = QJsonValue::fromVariant(key->data(Qt::UserRole));
        const bool wasText = key->data(Qt::UserRole + 1).toInt() == int(QJsonValue::String);
        const QString text = m_fields->item(row, 1)->text();
        payload.insert(key->text(), wasText ? QJsonValue(text) : parseValue(text, was));
    }
    return payload;
}

void ParkedItemDialog::accept()
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        const QTableWidgetItem *key = m_fields->item(row, 0);
        const int type = key->data(Qt::UserRole + 1).toInt();
        if (type == int(QJsonValue::Object) || type == int(QJsonValue::Array)) {
            const QJsonDocument doc =
                QJsonDocument::fromJson(m_fields->item(row, 1)->text().toUtf8());
            if ((type == int(QJsonValue::Object) && !doc.isObject()) ||
                (type == int(QJsonValue::Array) && !doc.isArray())) {
                m_problem->setText(
                    tr("Isian \"%1\" harus tetap berbentuk JSON yang sah.").arg(key->text()));
                m_problem->show();
                return;
            }
        }
    }
    QDialog::accept();
}

} // namespace tepat
