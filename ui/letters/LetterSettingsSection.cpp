#include "ui/letters/LetterSettingsSection.h"

#include "core/deliberation/DeliberationSchedule.h"
#include "core/files/ContentStore.h"
#include "core/letters/LetterSettings.h"
#include "core/storage/Database.h"
#include "ui/common/AppContext.h"
#include "ui/letters/LetterKeyPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tepat {

namespace {

QLineEdit *named(QLineEdit *edit, const char *name)
{
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QPlainTextEdit *paragraph(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(70);
    return edit;
}

} // namespace

LetterSettingsSection::LetterSettingsSection(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    const auto line = [inner] { return new QLineEdit(inner); };
    m_desa = new QCheckBox(tr("Desa (bukan kelurahan)"), inner);
    m_regency = line();
    m_district = line();
    m_village = line();
    m_address = line();
    m_postal = line();
    m_phone = line();
    m_email = line();
    m_logoLabel = new QLabel(inner);
    auto *logo = new QPushButton(tr("Pilih &logo…"), inner);
    connect(logo, &QPushButton::clicked, this, &LetterSettingsSection::chooseLogo);
    m_signerName = line();
    m_signerNip = line();
    m_signerRank = line();
    m_signerPosition = line();
    m_headName = line();
    m_headNip = line();
    m_authority = new QComboBox(inner);
    m_authority->setObjectName(QStringLiteral("signerAuthority"));
    m_authority->addItem(tr("Atas jabatan sendiri"), int(SignerAuthority::Own));
    m_authority->addItem(tr("a.n. (atas nama)"), int(SignerAuthority::OnBehalf));
    m_authority->addItem(tr("u.b. (untuk beliau)"), int(SignerAuthority::UnderInstruction));
    m_authority->addItem(tr("Plt. (pelaksana tugas)"), int(SignerAuthority::Acting));
    m_authority->addItem(tr("Plh. (pelaksana harian)"), int(SignerAuthority::Daily));
    m_principal = named(line(), "signerPrincipal");
    m_principal->setPlaceholderText(tr("mis. Lurah Bangsal"));
    m_intermediate = named(line(), "signerIntermediate");
    m_intermediate->setPlaceholderText(tr("mis. Sekretaris Kelurahan"));
    m_camatBlock = new QCheckBox(tr("Cantumkan \"Mengetahui, Camat …\" pada surat"), inner);
    m_camatBlock->setObjectName(QStringLiteral("camatBlock"));
    m_camatName = named(line(), "camatName");
    m_camatNip = named(line(), "camatNip");
    m_camatRank = named(line(), "camatRank");
    connect(m_authority, &QComboBox::currentIndexChanged, this,
            &LetterSettingsSection::updateEnabled);
    connect(m_camatBlock, &QCheckBox::toggled, this, &LetterSettingsSection::updateEnabled);
    m_place = line();
    m_pattern = line();
    m_unit = line();
    m_code = named(line(), "codeCertificate");
    m_codeMinutes = named(line(), "codeMinutes");
    m_codeSptjm = named(line(), "codeSptjm");
    m_paper = new QComboBox(inner);
    for (const Paper paper : PaperInfo::all()) {
        m_paper->addItem(PaperInfo::label(paper), int(paper));
    }
    m_font = new QComboBox(inner);
    m_font->addItem(QStringLiteral("Arial"), QStringLiteral("arial"));
    m_font->addItem(QStringLiteral("Bookman Old Style"), QStringLiteral("bookman"));
    m_validity = new QSpinBox(inner);
    m_validity->setRange(1, 24);
    m_validity->setSuffix(tr(" bulan"));
    m_interval = new QSpinBox(inner);
    m_interval->setObjectName(QStringLiteral("intervalMonths"));
    m_interval->setRange(1, 12);
    m_interval->setSuffix(tr(" bulan"));
    m_opening = paragraph(inner);
    m_registered = paragraph(inner);
    m_notRegistered = paragraph(inner);
    m_purpose = paragraph(inner);
    m_closing = paragraph(inner);
    m_copies = paragraph(inner);
    m_reactivationOpening = paragraph(inner);
    m_reactivationRegistered = paragraph(inner);
    m_reactivationRecommendation = paragraph(inner);
    m_reactivationClosing = paragraph(inner);
    m_reactivationRecommendation->setObjectName(QStringLiteral("reactivationRecommendation"));

    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Kop surat")), inner));
    form->addRow(QString(), m_desa);
    form->addRow(tr("Kabupaten/kota:"), m_regency);
    form->addRow(tr("Kecamatan:"), m_district);
    form->addRow(tr("Kelurahan/desa:"), m_village);
    form->addRow(tr("Alamat kantor:"), m_address);
    form->addRow(tr("Kode pos:"), m_postal);
    form->addRow(tr("Telepon:"), m_phone);
    form->addRow(tr("Surel:"), m_email);
    form->addRow(m_logoLabel, logo);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Penanda tangan")), inner));
    form->addRow(tr("Nama pejabat:"), m_signerName);
    form->addRow(tr("NIP:"), m_signerNip);
    form->addRow(tr("Pangkat/golongan:"), m_signerRank);
    form->addRow(tr("Jabatan:"), m_signerPosition);
    form->addRow(tr("Kewenangan:"), m_authority);
    form->addRow(tr("Atas nama (jabatan):"), m_principal);
    form->addRow(tr("Pejabat perantara (u.b.):"), m_intermediate);
    form->addRow(tr("Nama lurah/kepala desa:"), m_headName);
    form->addRow(tr("NIP lurah:"), m_headNip);
    form->addRow(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Tanda tangan elektronik (QR)")), inner));
    form->addRow(new LetterKeyPanel(m_context, inner));
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Camat (mengetahui)")), inner));
    form->addRow(QString(), m_camatBlock);
    form->addRow(tr("Nama camat:"), m_camatName);
    form->addRow(tr("NIP camat:"), m_camatNip);
    form->addRow(tr("Pangkat/golongan camat:"), m_camatRank);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Penomoran dan kertas")), inner));
    form->addRow(tr("Tempat surat:"), m_place);
    form->addRow(tr("Pola nomor:"), m_pattern);
    form->addRow(tr("Kode unit pengolah:"), m_unit);
    form->addRow(tr("Kode klasifikasi surat keterangan:"), m_code);
    form->addRow(tr("Kode klasifikasi berita acara:"), m_codeMinutes);
    form->addRow(tr("Kode klasifikasi SPTJM:"), m_codeSptjm);
    form->addRow(tr("Kertas:"), m_paper);
    form->addRow(tr("Huruf:"), m_font);
    form->addRow(tr("Masa berlaku:"), m_validity);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Musyawarah")), inner));
    form->addRow(tr("Musyawarah paling lambat tiap:"), m_interval);
    form->addRow(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Templat surat")), inner));
    auto *placeholders =
        new QLabel(tr("Isian yang tersedia: %1")
                       .arg(LetterTemplates::placeholders().join(QStringLiteral(", "))),
                   inner);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(placeholders);
    form->addRow(tr("Pembuka:"), m_opening);
    form->addRow(tr("Terdaftar:"), m_registered);
    form->addRow(tr("Tidak terdaftar:"), m_notRegistered);
    form->addRow(tr("Keperluan:"), m_purpose);
    form->addRow(tr("Penutup:"), m_closing);
    form->addRow(tr("Tembusan (satu per baris):"), m_copies);
    form->addRow(new QLabel(
        QStringLiteral("<b>%1</b>").arg(tr("Templat surat rekomendasi reaktivasi PBI-JK")), inner));
    auto *extra = new QLabel(tr("Selain isian di atas: {alasan}, {faskes}, {catatan}, "
                                "{tanggal_desil}, {status_pbi}."),
                             inner);
    extra->setWordWrap(true);
    extra->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(extra);
    form->addRow(tr("Pembuka:"), m_reactivationOpening);
    form->addRow(tr("Data DTSEN:"), m_reactivationRegistered);
    form->addRow(tr("Alasan dan rekomendasi:"), m_reactivationRecommendation);
    form->addRow(tr("Penutup:"), m_reactivationClosing);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    auto *saveButton = new QPushButton(tr("&Simpan pengaturan surat"), this);
    auto *reset = new QPushButton(tr("&Kembalikan templat bawaan"), this);
    connect(saveButton, &QPushButton::clicked, this, &LetterSettingsSection::save);
    connect(reset, &QPushButton::clicked, this, [this] {
        const LetterTemplates t = LetterTemplates::defaults();
        m_opening->setPlainText(t.opening);
        m_registered->setPlainText(t.registered);
        m_notRegistered->setPlainText(t.notRegistered);
        m_purpose->setPlainText(t.purpose);
        m_closing->setPlainText(t.closing);
        showReactivation(ReactivationTemplates::defaults());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch();
    buttons->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    load();
}

void LetterSettingsSection::load()
{
    const LetterSettings s = LetterSettings::load(m_context.db);
    m_desa->setChecked(s.letterhead.desa);
    m_regency->setText(s.letterhead.regency);
    m_district->setText(s.letterhead.district);
    m_village->setText(s.letterhead.village);
    m_address->setText(s.letterhead.address);
    m_postal->setText(s.letterhead.postalCode);
    m_phone->setText(s.letterhead.phone);
    m_email->setText(s.letterhead.email);
    m_logo = s.letterhead.logoSha256;
    m_logoLabel->setText(m_logo.isEmpty() ? tr("Tanpa logo") : tr("Logo tersimpan"));
    m_signerName->setText(s.signer.name);
    m_signerNip->setText(s.signer.nip);
    m_signerRank->setText(s.signer.rank);
    m_signerPosition->setText(s.signer.position);
    m_headName->setText(s.headName);
    m_headNip->setText(s.headNip);
    m_authority->setCurrentIndex(m_authority->findData(int(s.signer.authority)));
    m_principal->setText(s.signer.principal);
    m_intermediate->setText(s.signer.intermediate);
    m_camatBlock->setChecked(s.camatBlock);
    m_camatName->setText(s.camatName);
    m_camatNip->setText(s.camatNip);
    m_camatRank->setText(s.camatRank);
    m_place->setText(s.place);
    m_pattern->setText(s.numberPattern);
    m_unit->setText(s.unitCode);
    m_code->setText(s.codeCertificate);
    m_codeMinutes->setText(s.codeMinutes);
    m_codeSptjm->setText(s.codeSptjm);
    m_paper->setCurrentIndex(m_paper->findData(int(s.paper)));
    m_font->setCurrentIndex(m_font->findData(s.font));
    m_validity->setValue(s.validityMonths);
    m_interval->setValue(DeliberationSchedule::intervalMonths(m_context.db));
    m_opening->setPlainText(s.templates.opening);
    m_registered->setPlainText(s.templates.registered);
    m_notRegistered->setPlainText(s.templates.notRegistered);
    m_purpose->setPlainText(s.templates.purpose);
    m_closing->setPlainText(s.templates.closing);
    showReactivation(s.reactivation);
    m_copies->setPlainText(s.copiesTo.join(QLatin1Char('\n')));
    updateEnabled();
}

void LetterSettingsSection::showReactivation(const ReactivationTemplates &t)
{
    m_reactivationOpening->setPlainText(t.opening);
    m_reactivationRegistered->setPlainText(t.registered);
    m_reactivationRecommendation->setPlainText(t.recommendation);
    m_reactivationClosing->setPlainText(t.closing);
}

void LetterSettingsSection::updateEnabled()
{
    const auto authority = SignerAuthority(m_authority->currentData().toInt());
    m_principal->setEnabled(authority != SignerAuthority::Own);
    m_intermediate->setEnabled(authority == SignerAuthority::UnderInstruction);
    for (QLineEdit *edit : {m_camatName, m_camatNip, m_camatRank}) {
        edit->setEnabled(m_camatBlock->isChecked());
    }
}

void LetterSettingsSection::save()
{
    LetterSettings s = LetterSettings::load(m_context.db);
    s.letterhead.desa = m_desa->isChecked();
    s.letterhead.regency = m_regency->text().trimmed();
    s.letterhead.district = m_district->text().trimmed();
    s.letterhead.village = m_village->text().trimmed();
    s.letterhead.address = m_address->text().trimmed();
    s.letterhead.postalCode = m_postal->text().trimmed();
    s.letterhead.phone = m_phone->text().trimmed();
    s.letterhead.email = m_email->text().trimmed();
    s.letterhead.logoSha256 = m_logo;
    s.signer.name = m_signerName->text().trimmed();
    s.signer.nip = m_signerNip->text().trimmed();
    s.signer.rank = m_signerRank->text().trimmed();
    s.signer.position = m_signerPosition->text().trimmed();
    s.headName = m_headName->text().trimmed();
    s.headNip = m_headNip->text().trimmed();
    s.signer.authority = SignerAuthority(m_authority->currentData().toInt());
    s.signer.principal = m_principal->text().trimmed();
    s.signer.intermediate = m_intermediate->text().trimmed();
    s.camatBlock = m_camatBlock->isChecked();
    s.camatName = m_camatName->text().trimmed();
    s.camatNip = m_camatNip->text().trimmed();
    s.camatRank = m_camatRank->text().trimmed();
    s.place = m_place->text().trimmed();
    s.numberPattern = m_pattern->text().trimmed();
    s.unitCode = m_unit->text().trimmed();
    s.codeCertificate = m_code->text().trimmed();
    s.codeMinutes = m_codeMinutes->text().trimmed();
    s.codeSptjm = m_codeSptjm->text().trimmed();
    s.paper = Paper(m_paper->currentData().toInt());
    s.font = m_font->currentData().toString();
    s.validityMonths = m_validity->value();
    s.templates.opening = m_opening->toPlainText();
    s.templates.registered = m_registered->toPlainText();
    s.templates.notRegistered = m_notRegistered->toPlainText();
    s.templates.purpose = m_purpose->toPlainText();
    s.templates.closing = m_closing->toPlainText();
    s.reactivation = {m_reactivationOpening->toPlainText(), m_reactivationRegistered->toPlainText(),
                      m_reactivationRecommendation->toPlainText(),
                      m_reactivationClosing->toPlainText()};
    s.copiesTo = m_copies->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &copy : s.copiesTo) {
        copy = copy.trimmed();
    }
    if (const Status valid = s.validate(); !valid) {
        QMessageBox::warning(this, tr("Pengaturan surat"), valid.error().message);
        return;
    }
    // The letter settings and the musyawarah interval are saved together or not at all.
    Transaction tx(m_context.db);
    Status saved = tx.begun();
    if (saved) {
        saved = s.save(m_context.db, m_context.clock, m_context.session.username());
    }
    if (saved) {
        saved = DeliberationSchedule::setIntervalMonths(
            m_context.db, m_context.clock, m_context.session.username(), m_interval->value());
    }
    if (saved) {
        saved = tx.commit();
    }
    if (!saved) {
        QMessageBox::warning(this, tr("Pengaturan surat"), saved.error().message);
        return;
    }
    QMessageBox::information(this, tr("Pengaturan surat"), tr("Pengaturan surat disimpan."));
}

void LetterSettingsSection::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo kop surat"), QString(),
                                                      tr("Gambar (*.png *.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    const QByteArray bytes = file.size() <= 5 * 1024 * 1024 && file.open(QIODevice::ReadOnly)
                                 ? file.readAll()
                                 : QByteArray();
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Logo kop surat"),
                             tr("Berkas ini bukan gambar PNG/JPEG yang bisa dibaca, atau lebih "
                                "dari 5 MB."));
        return;
    }
    const Result<QString> stored = ContentStore(m_context.filesFolder).put(bytes);
    if (!stored) {
        QMessageBox::warning(this, tr("Logo kop surat"), stored.error().message);
        return;
    }
    m_logo = *stored;
    m_logoLabel->setText(tr("Logo baru (%1 × %2 piksel), simpan untuk memakai")
                             .arg(image.width())
                             .arg(image.height()));
}

} // namespace tepat
