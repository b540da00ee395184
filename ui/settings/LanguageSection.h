#pragma once

#include <QWidget>

class QComboBox;

namespace tepat {

// Pengaturan → Bahasa: Indonesian (default) or English, kept in the user's settings and used
// from the next start.
class LanguageSection : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSection(QWidget *parent = nullptr);

    static QString savedLanguage(); // "id" unless English was chosen
    static void saveLanguage(const QString &code);

private:
    QComboBox *m_language;
};

} // namespace tepat
