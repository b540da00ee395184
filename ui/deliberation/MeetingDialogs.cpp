#include "ui/deliberation/MeetingDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tepat {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    label->hide();
    return label;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void showMessage(QLabel *label, QDialog *dialog, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    fitToContent(*dialog);
}

QPlainTextEdit *notes(QWidget *parent, const char *name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit *line(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

} // namespace

void fitToContent(QDialog &dialog)
{
    const QScreen *screen = dialog.screen();
    const QSize room = screen ? screen->availableGeometry().size() * 0.9 : QSize(1229, 691);
    dialog.adjustSize();
    QSize size = dialog.sizeHint().expandedTo(dialog.minimumSizeHint());
    size = size.boundedTo(room);
    dialog.resize(size);
}

MeetingForm::MeetingForm(const Meeting &meeting, bool planning, const QString &settingsHead,
                         Save save, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_save(std::move(save))
    , m_date(new QDateEdit(meeting.heldOn, this))
    , m_time(new QTimeEdit(this))
    , m_place(line(this, "place"))
    , m_reason(notes(this, "sptjmReason", 3))
    , m_head(line(this, "headName"))
    , m_headNip(line(this, "headNip"))
    , m_council(line(this, "councilName"))
    , m_witness(line(this, "witnessName"))
    , m_discussion(notes(this, "discussion", 4))
    , m_followUp(notes(this, "followUp", 3))
    , m_message(messageLabel(this))
{
    const bool sptjm = meeting.kind == MeetingKind::Sptjm;
    setWindowTitle(planning
                       ? (sptjm ? tr("SPTJM pengganti musyawarah") : tr("Rencanakan musyawarah"))
                       : (sptjm ? tr("Ubah SPTJM") : tr("Ubah musyawarah")));
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setTime(QTime::fromString(meeting.startTime, QStringLiteral("HH:mm")).isValid()
                        ? QTime::fromString(meeting.startTime, QStringLiteral("HH:mm"))
                        : QTime(9, 0));
    m_place->setText(meeting.place);
    m_reason->setPlainText(meeting.sptjmReason);
    m_head->setText(meeting.headName);
    m_head->setPlaceholderText(
        settingsHead.isEmpty()
            ? tr("belum diisi di Pengaturan → Surat & kop; isi di sini atau di sana")
            : tr("kosong: %1 (dari Pengaturan → Surat & kop)").arg(settingsHead));
    m_headNip->setText(meeting.headNip);
    m_council->setText(meeting.councilName);
    m_witness->setText(meeting.witnessName);
    m_discussion->setPlainText(meeting.discussion);
    m_discussion->setPlaceholderText(tr("pokok pembahasan, dicetak di berita acara"));
    m_followUp->setPlainText(meeting.followUp);
    m_followUp->setPlaceholderText(tr("tindak lanjut tambahan, dicetak di berita acara"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (planning && !sptjm) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        for (const MeetingKind k : {MeetingKind::WardMeeting, MeetingKind::VillageMeeting}) {
            m_kind->addItem(MeetingVocabulary::label(k), int(k));
        }
        m_kind->setCurrentIndex(m_kind->findData(int(meeting.kind)));
        form->addRow(tr("&Jenis:"), m_kind);
    }
    form->addRow(tr("&Tanggal:"), m_date);
    if (sptjm) {
        form->addRow(tr("&Alasan tidak bermusyawarah:"), m_reason);
        m_time->hide();
        m_place->hide();
    } else {
        form->addRow(tr("&Pukul:"), m_time);
        form->addRow(tr("Te&mpat:"), m_place);
        m_reason->hide();
    }
    form->addRow(tr("Kepala &desa/lurah:"), m_head);
    form->addRow(tr("&NIP kepala desa/lurah:"), m_headNip);
    if (!sptjm) {
        form->addRow(tr("Ketua &BPD/LPM:"), m_council);
        form->addRow(tr("&Saksi:"), m_witness);
        form->addRow(tr("Pem&bahasan:"), m_discussion);
        form->addRow(tr("Tindak &lanjut:"), m_followUp);
    } else {
        m_council->hide();
        m_witness->hide();
        m_discussion->hide();
        m_followUp->hide();
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this));
    setMinimumWidth(fontMetrics().averageCharWidth() * 95);
    fitToContent(*this);
}

Meeting MeetingForm::meeting() const
{
    Meeting m = m_meeting;
    const bool sptjm = m.kind == MeetingKind::Sptjm;
    if (m_kind) {
        m.kind = MeetingKind(m_kind->currentData().toInt());
    }
    m.heldOn = m_date->date();
    m.startTime = sptjm ? QString() : m_time->time().toString(QStringLiteral("HH:mm"));
    m.place = sptjm ? QString() : m_place->text().trimmed();
    m.sptjmReason = sptjm ? m_reason->toPlainText().trimmed() : QString();
    m.headName = m_head->text().trimmed();
    m.headNip = m_headNip->text().trimmed();
    m.councilName = m_council->text().trimmed();
    m.witnessName = m_witness->text().trimmed();
    m.discussion = m_discussion->toPlainText().trimmed();
    m.followUp = m_followUp->toPlainText().trimmed();
    return m;
}

void MeetingForm::accept()
{
    const Status saved = m_save(meeting());
    if (!saved) {
        showMessage(m_message, this, saved.error().message);
        return;
    }
    QDialog::accept();
}

DecisionDialog::DecisionDialog(const QString &item, Decide decide, QWidget *parent)
    : QDialog(parent)
    , m_decide(std::move(decide))
    , m_decision(new QComboBox(this))
    , m_reason(line(this, "reason"))
    , m_message(messageLabel(this))
{
    setWindowTitle(tr("Keputusan"));
    auto *what = new QLabel(item, this);
    what->setObjectName(QStringLiteral("item"));
    what->setWordWrap(true);
    m_decision->setObjectName(QStringLiteral("decision"));
    for (const Decision d : {Decision::Approved, Decision::Rejected, Decision::Deferred}) {
        m_decision->addItem(MeetingVocabulary::label(d), int(d));
    }
    m_reason->setPlaceholderText(tr("wajib untuk ditolak atau ditunda"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Keputusan:"), m_decision);
    form->addRow(tr("&Alasan:"), m_reason);
    connect(m_reason, &QLineEdit::textEdited, this, [this] { showMessage(m_message, this, {}); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this));
    setMinimumWidth(std::min(fontMetrics().horizontalAdvance(item) + 40,
                             fontMetrics().averageCharWidth() * 100));
    setMinimumWidth(std::max(minimumWidth(), fontMetrics().averageCharWidth() * 60));
    fitToContent(*this);
}

void DecisionDialog::accept()
{
    const Status decided =
        m_decide(Decision(m_decision->currentData().toInt()), m_reason->text().trimmed());
    if (!decided) {
        showMessage(m_message, this, decided.error().message);
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

AgendaDialog::AgendaDialog(const QList<Candidate> &candidates, Conflicts conflicts, QWidget *parent)
    : QDialog(parent)
    , m_candidates(candidates)
    , m_conflicts(std::move(conflicts))
    , m_list(new QListWidget(this))
    , m_warnings(messageLabel(this))
{
    setWindowTitle(tr("Tambah usulan ke agenda"));
    m_list->setObjectName(QStringLiteral("candidates"));
    m_warnings->setObjectName(QStringLiteral("conflicts"));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        auto *item = new QListWidgetItem(candidates[i].text, m_list);
        item->setData(kIdRole, candidates[i].request.id);
        item->setCheckState(Qt::Checked);
    }
    const int rows = std::min<int>(int(candidates.size()), 14);
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * std::max(rows, 3) +
                             2 * m_list->frameWidth() + 4);
    m_list->setMinimumWidth(std::min(m_list->sizeHintForColumn(0) +
                                         m_list->verticalScrollBar()->sizeHint().width() +
                                         2 * m_list->frameWidth() + 8,
                                     1100));
    connect(m_list, &QListWidget::itemChanged, this, &AgendaDialog::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Centang usulan yang dibahas dalam musyawarah ini:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(okCancel(this));
    check();
}

QList<qint64> AgendaDialog::chosen() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            ids << m_list->item(row)->data(kIdRole).toLongLong();
        }
    }
    return ids;
}

void AgendaDialog::check()
{
    const QList<qint64> ids = chosen();
    QList<ChangeRequest> adding;
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (ids.contains(c.request.id)) {
            adding.append(c.request);
        }
    }
    const QList<RequestConflict> found =
        m_conflicts ? m_conflicts(adding) : QList<RequestConflict>{};
    QStringList lines;
    for (const RequestConflict &c : found) {
        lines << QStringLiteral("• ") + c.message;
    }
    showMessage(m_warnings, this,
                lines.isEmpty()
                    ? QString()
                    : tr("Usulan yang saling bertentangan:") + u'\n' + lines.join(u'\n'));
}

} // namespace tepat
