#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace tepat {

// Pengaturan → Bahasa: Indonesian (default) or English, kept in the user's settings and used
// from the next start. It shows the language in use (also when --lang chose it) unless another
// one has been saved for the next start, and says which is which.
class LanguageSection : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSection(QWidget *parent = nullptr);

    static QString savedLanguage(); // "id" unless English was chosen
    static void saveLanguage(const QString &code);

    QString currentChoice() const;
    QString note() const;

private:
    static constexpr const char *kKey = "ui/language";
    void showNote();

    QComboBox *m_language;
    QLabel *m_note;
};

} // namespace tepat
