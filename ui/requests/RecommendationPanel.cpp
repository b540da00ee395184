#include "ui/requests/RecommendationPanel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace tepat {

RecommendationPanel::RecommendationPanel(const QString &accountName, const SourceHead &head,
                                         bool editable, QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(head.name))
    , m_rt(new QLineEdit(head.rt))
    , m_rw(new QLineEdit(head.rw))
    , m_warning(new QLabel)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *who = new QLabel(accountName.isEmpty() ? tr("(tidak tercatat)") : accountName);
    who->setObjectName(QStringLiteral("recommender"));
    who->setTextFormat(Qt::PlainText);
    form->addRow(tr("Diusulkan oleh:"), who);

    m_name->setObjectName(QStringLiteral("sourceHeadName"));
    m_rt->setObjectName(QStringLiteral("sourceHeadRt"));
    m_rw->setObjectName(QStringLiteral("sourceHeadRw"));
    m_name->setPlaceholderText(tr("Nama ketua RT/RW (kosongkan bila tidak melalui ketua RT/RW)"));
    m_rt->setPlaceholderText(tr("RT"));
    m_rw->setPlaceholderText(tr("RW"));
    for (QLineEdit *unit : {m_rt, m_rw}) {
        unit->setMaxLength(3);
        unit->setMaximumWidth(60);
    }
    m_name->setMaxLength(80);
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(new QLabel(tr("RT")));
    row->addWidget(m_rt);
    row->addWidget(new QLabel(tr("RW")));
    row->addWidget(m_rw);
    auto *label = new QLabel(tr("Diusulkan &melalui ketua RT/RW:"));
    label->setBuddy(m_name);
    form->addRow(label, row);

    m_warning->setObjectName(QStringLiteral("conflictOfInterest"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_warning->hide();
    form->addRow(m_warning);

    for (QLineEdit *edit : {m_name, m_rt, m_rw}) {
        edit->setReadOnly(!editable);
        connect(edit, &QLineEdit::textEdited, this, [this] { Q_EMIT headEdited(this->head()); });
    }
}

SourceHead RecommendationPanel::head() const
{
    return {m_name->text().simplified(), m_rt->text().trimmed(), m_rw->text().trimmed()};
}

void RecommendationPanel::showConflicts(const QList<ConflictReason> &conflicts)
{
    m_warning->setVisible(!conflicts.isEmpty());
    m_warning->setText(conflicts.isEmpty()
                           ? QString()
                           : tr("Konflik kepentingan: %1. Usulan tetap bisa dibawa ke musyawarah; "
                                "tanda ini tampil di agenda dan berita acara.")
                                 .arg(Recommendations::reasonsText(conflicts)));
}

} // namespace tepat
