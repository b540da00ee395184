#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tepat {

struct AppContext;
struct ReactivationTemplates;

// Pengaturan › Surat & kop: letterhead and logo, signing officer (own authority or a.n./u.b./
// Plt./Plh.), village head, camat countersignature, numbering and classification codes, paper
// and font, the musyawarah interval, the letter templates with their placeholders, tembusan,
// the PBI-JK reactivation letter's templates, and the signing key (LetterKeyPanel).
class LetterSettingsSection : public QWidget
{
    Q_OBJECT

public:
    explicit LetterSettingsSection(AppContext &context, QWidget *parent = nullptr);

private:
    void load();
    void save();
    void chooseLogo();
    void updateEnabled();
    void showReactivation(const ReactivationTemplates &templates);

    AppContext &m_context;
    QString m_logo;
    QLabel *m_logoLabel = nullptr;
    QCheckBox *m_desa = nullptr;
    QLineEdit *m_regency = nullptr, *m_district = nullptr, *m_village = nullptr;
    QLineEdit *m_address = nullptr, *m_postal = nullptr, *m_phone = nullptr, *m_email = nullptr;
    QLineEdit *m_signerName = nullptr, *m_signerNip = nullptr, *m_signerRank = nullptr;
    QLineEdit *m_signerPosition = nullptr, *m_headName = nullptr, *m_headNip = nullptr;
    QComboBox *m_authority = nullptr;
    QLineEdit *m_principal = nullptr, *m_intermediate = nullptr;
    QCheckBox *m_camatBlock = nullptr;
    QLineEdit *m_camatName = nullptr, *m_camatNip = nullptr, *m_camatRank = nullptr;
    QLineEdit *m_place = nullptr, *m_pattern = nullptr, *m_unit = nullptr, *m_code = nullptr;
    QLineEdit *m_codeMinutes = nullptr, *m_codeSptjm = nullptr;
    QComboBox *m_paper = nullptr, *m_font = nullptr;
    QSpinBox *m_validity = nullptr, *m_interval = nullptr;
    QPlainTextEdit *m_opening = nullptr, *m_registered = nullptr, *m_notRegistered = nullptr;
    QPlainTextEdit *m_purpose = nullptr, *m_closing = nullptr, *m_copies = nullptr;
    QPlainTextEdit *m_reactivationOpening = nullptr, *m_reactivationRegistered = nullptr;
    QPlainTextEdit *m_reactivationRecommendation = nullptr, *m_reactivationClosing = nullptr;
};

} // namespace tepat
