#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace tepat {

class FormFields;

// The fields of one person (a new member, or a member of a proposed family). Typing a valid
// NIK fills in sex and birth date when they are still empty, or still hold what the previous
// valid NIK encoded (so correcting a mistyped NIK fills them again). A sex or birth date the
// operator set by hand to something else is kept: the rules then warn that it does not match
// the NIK, and the operator decides which one is wrong.
class PersonFields : public QWidget
{
    Q_OBJECT

public:
    PersonFields(FormFields &fields, const QString &prefix, QWidget *parent = nullptr);

    QJsonObject value() const;
    void setValue(const QJsonObject &person);
    void setPrefix(const QString &prefix);
    QLineEdit *nikEdit() const { return m_nik; }

private:
    void deriveFromNik();

    QString m_derivedFrom; // the last valid NIK, whose sex and birth date may be in the fields
    FormFields &m_fields;
    QString m_prefix;
    QLineEdit *m_nik;
    QLineEdit *m_name;
    QComboBox *m_sex;
    QLineEdit *m_birthPlace;
    QLineEdit *m_birthDate;
    QComboBox *m_relationship;
    QComboBox *m_marital;
    QLineEdit *m_occupation;
    QComboBox *m_disability;
};

} // namespace tepat
