#include "ui/requests/FormFields.h"

#include <QCheckBox>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tepat {

namespace {

// The message line under a field: always one line high, hidden or not, so a message that
// appears while the operator types never moves the fields below it (a date typed "into" the
// birth date field must not land in the field that slid under the cursor). A long message is
// cut with "…"; the whole text is in the tooltip and in the list of findings.
class FieldMessage : public QLabel
{
public:
    explicit FieldMessage(QWidget *parent)
        : QLabel(parent)
    {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        setFont(small);
        setWordWrap(false);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        setFixedHeight(fontMetrics().height());
        QSizePolicy policy = sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        setSizePolicy(policy);
    }

    QSize sizeHint() const override { return {0, fontMetrics().height()}; }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString line = text().split(u'\n').join(QStringLiteral(" · "));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(line, Qt::ElideRight, width()));
    }
};

} // namespace

FormFields::FormFields(QObject *parent)
    : QObject(parent)
{}

QWidget *FormFields::wrap(const QString &path, QWidget *input, const QString &label)
{
    auto *box = new QWidget();
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    auto *message = new FieldMessage(box);
    message->hide();
    input->setParent(box);
    if (input->objectName().isEmpty()) {
        input->setObjectName(path); // tests and accessibility tools find fields by their path
    }
    layout->addWidget(input);
    layout->addWidget(message);
    if (input->maximumHeight() < QWIDGETSIZE_MAX) {
        layout->addStretch(); // a short text box stays at its label, with its message under it
    }
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
        b.message->setToolTip(QString());
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
        const QColor colour =
            worst == Severity::Error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x53, 0x00);
        QPalette palette = it->message->palette();
        palette.setColor(QPalette::WindowText, colour);
        it->message->setPalette(palette);
        it->message->setText(texts.join(u'\n'));
        it->message->setToolTip(texts.join(u'\n'));
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
