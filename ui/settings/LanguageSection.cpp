#include "ui/settings/LanguageSection.h"

#include "core/common/Language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace tepat {

namespace {
QString languageName(const QString &code)
{
    return code == QLatin1String("en") ? QStringLiteral("English")
                                       : QStringLiteral("Bahasa Indonesia");
}
} // namespace

LanguageSection::LanguageSection(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox)
    , m_note(new QLabel)
{
    m_language->addItem(languageName(QStringLiteral("id")), QStringLiteral("id"));
    m_language->addItem(languageName(QStringLiteral("en")), QStringLiteral("en"));
    // The language in use (which --lang may have chosen), or the one saved for the next start.
    const QString next =
        savedLanguage() == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    const bool pending =
        next != Language::current() && !QSettings().value(QLatin1String(kKey)).isNull();
    m_language->setCurrentIndex(m_language->findData(pending ? next : Language::current()));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Bahasa tampilan"), m_language);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("languageNote"));
    form->addRow(m_note);
    showNote();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        saveLanguage(m_language->currentData().toString());
        showNote();
    });
}

void LanguageSection::showNote()
{
    const QString chosen = m_language->currentData().toString();
    m_note->setText(chosen == Language::current()
                        ? tr("Bahasa yang dipakai sekarang: %1, termasuk jendela bawaan seperti "
                             "pilih berkas dan cetak.")
                              .arg(languageName(Language::current()))
                        : tr("Bahasa yang dipakai sekarang: %1. %2 dipakai setelah Tepat dibuka "
                             "ulang.")
                              .arg(languageName(Language::current()), languageName(chosen)));
}

QString LanguageSection::currentChoice() const
{
    return m_language->currentData().toString();
}

QString LanguageSection::note() const
{
    return m_note->text();
}

QString LanguageSection::savedLanguage()
{
    return QSettings().value(QLatin1String(kKey), QStringLiteral("id")).toString();
}

void LanguageSection::saveLanguage(const QString &code)
{
    QSettings().setValue(QLatin1String(kKey), code);
}

} // namespace tepat
