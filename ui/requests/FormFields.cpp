#include "FormFields.h"

#include <QCheckBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tepat {

FormFields::FormFields(QObject *parent)
    : QObject(parent)
{}

QWidget *FormFields::wrap(const QString &path, QWidget *input, const QString &label)
{
    auto *box = new QWidget();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    auto *message = new QLabel(box);
    message->setWordWrap(true);
    message->hide();
    input->setParent(box);
    if (input->objectName().isEmpty()) {
        input->setObjectName(path); // tests and accessibility tools find fields by their path
    }
    layout->addWidget(input);
    layout->addWidget(message);
    m_bound.insert(path, {input, message, label});
    return box;
}

QString FormFields::labelOf(const QString &path) const
{
    const QStringList parts = path.split(u'/');
    if (parts.size() == 3 && parts[0] == QLatin1String("members")) {
        // Any member: the number and the field's label (the fields are shared by all members).
        QString field = parts[2];
        for (auto it = m_bound.cbegin(); it != m_bound.cend(); ++it) {
            if (it.key().endsWith(u'/' + parts[2]) &&
                it.key().startsWith(QLatin1String("members/"))) {
                field = it->label;
            }
        }
        return tr("Anggota %1 — %2").arg(parts[1].toInt() + 1).arg(field);
    }
    const auto it = m_bound.constFind(path);
    if (it != m_bound.cend() && !it->label.isEmpty()) {
        return it->label;
    }
    if (parts.size() > 1 && parts[0] == QLatin1String("changes")) {
        return tr("Perubahan %1").arg(parts[1].toInt() + 1);
    }
    return {};
}

void FormFields::rename(const QString &from, const QString &to)
{
    if (m_bound.contains(from)) {
        Bound bound = m_bound.take(from);
        if (bound.input->objectName() == from) {
            bound.input->setObjectName(to);
        }
        m_bound.insert(to, bound);
    }
}

void FormFields::clearMessages()
{
    for (const Bound &b : std::as_const(m_bound)) {
        b.message->hide();
        b.input->setStyleSheet(QString());
        b.input->setToolTip(QString());
    }
}

void FormFields::show(const Findings &findings)
{
    clearMessages();
    if (!m_showMessages) {
        return;
    }
    for (auto it = m_bound.cbegin(); it != m_bound.cend(); ++it) {
        QStringList texts;
        Severity worst = Severity::Ok;
        for (const Finding &f : findings) {
            if (f.field == it.key()) {
                texts << f.message;
                worst = f.severity == Severity::Error || worst == Severity::Error
                            ? Severity::Error
                            : Severity::Warning;
            }
        }
        if (texts.isEmpty()) {
            continue;
        }
        const QString colour =
            worst == Severity::Error ? QStringLiteral("#b00020") : QStringLiteral("#8a5300");
        it->message->setText(texts.join(u'\n'));
        it->message->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        it->message->show();
        it->input->setToolTip(texts.join(u'\n'));
    }
}

void FormFields::watch(QLineEdit *edit)
{
    connect(edit, &QLineEdit::textEdited, this, &FormFields::markEdited);
}

void FormFields::markEdited()
{
    m_showMessages = true;
    Q_EMIT edited();
}

void FormFields::watch(QComboBox *combo)
{
    connect(combo, &QComboBox::activated, this, &FormFields::markEdited);
}

void FormFields::watch(QPlainTextEdit *edit)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        if (edit->hasFocus()) {
            markEdited();
        }
    });
}

void FormFields::watch(QCheckBox *box)
{
    connect(box, &QCheckBox::clicked, this, &FormFields::markEdited);
}

void FormFields::select(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QString FormFields::toIso(const QString &typed)
{
    const QString text = typed.trimmed();
    for (const QString &format : {QStringLiteral("d-M-yyyy"), QStringLiteral("d/M/yyyy"),
                                  QStringLiteral("d.M.yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(text, format);
        if (date.isValid()) {
            return date.toString(Qt::ISODate);
        }
    }
    return text; // left as typed: the rules say what is wrong with it
}

QString FormFields::fromIso(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : iso;
}

} // namespace tepat
