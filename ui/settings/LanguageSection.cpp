#include "LanguageSection.h"

#include "common/Language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace tepat {

LanguageSection::LanguageSection(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox)
{
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(savedLanguage() == QLatin1String("en") ? 1 : 0);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Bahasa tampilan"), m_language);
    auto *note = new QLabel(
        tr("Perubahan bahasa berlaku setelah Tepat dibuka ulang. Bahasa sekarang: %1.")
            .arg(Language::current() == QLatin1String("en") ? QStringLiteral("English")
                                                            : QStringLiteral("Bahasa Indonesia")));
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { saveLanguage(m_language->currentData().toString()); });
}

QString LanguageSection::savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("id")).toString();
}

void LanguageSection::saveLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

} // namespace tepat
