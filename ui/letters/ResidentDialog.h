#pragma once

#include "core/letters/CertificateLetter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tepat {

class CertificateService;
class Clock;

// A resident who is not in the DTKS/DTSEN data, typed in at the counter for a "not registered"
// letter. Judged by the NIK rules on every change: errors (no name, an impossible NIK, a NIK in
// the register) keep "Lanjutkan" disabled; a birth date or sex that disagrees with the NIK is
// a warning that needs "Data sudah diperiksa" ticked. The birth date starts empty and sex
// unchosen; both are filled from a valid NIK, and again when the NIK is corrected.
class ResidentDialog : public QDialog
{
    Q_OBJECT

public:
    ResidentDialog(const CertificateService &service, const Clock &clock,
                   QWidget *parent = nullptr);

    CertificateSubject subject() const;
    // Whether "Lanjutkan" can be pressed now.
    bool acceptable() const;

private:
    void nikChanged();
    void revalidate();

    const CertificateService &m_service;
    const Clock &m_clock;
    QLineEdit *m_name;
    QLineEdit *m_nik;
    QLineEdit *m_kk;
    QComboBox *m_sex;
    QLineEdit *m_birthPlace;
    QLineEdit *m_birthDate;
    QLineEdit *m_occupation;
    QLineEdit *m_address;
    QLineEdit *m_rt;
    QLineEdit *m_rw;
    QLabel *m_findings;
    QCheckBox *m_acknowledge;
    QDialogButtonBox *m_buttons;
    QString m_filledDate; // what the NIK last put in the fields, to refill after a correction
    int m_filledSex = -1;
};

} // namespace tepat
