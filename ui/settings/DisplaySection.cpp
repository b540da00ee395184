#include "ui/settings/DisplaySection.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace tepat {

namespace {

QFont systemFont()
{
    static const QFont font = QApplication::font(); // before any scale was applied
    return font;
}

QString scaleName(int percent)
{
    switch (percent) {
    case 115:
        return DisplaySection::tr("Besar (115%)");
    case 130:
        return DisplaySection::tr("Lebih besar (130%)");
    case 150:
        return DisplaySection::tr("Sangat besar (150%)");
    default:
        return DisplaySection::tr("Biasa (100%)");
    }
}

} // namespace

DisplaySection::DisplaySection(QWidget *parent)
    : QWidget(parent)
    , m_scale(new QComboBox)
{
    for (int percent : scales()) {
        m_scale->addItem(scaleName(percent), percent);
    }
    m_scale->setCurrentIndex(qMax(0, m_scale->findData(savedScale())));
    m_scale->setToolTip(tr("Ukuran huruf di seluruh jendela Tepat"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Ukuran teks"), m_scale);
    auto *note = new QLabel(tr("Berlaku langsung dan tetap dipakai saat Tepat dibuka lagi. Pada "
                               "layar kecil (1366×768) ukuran Biasa atau Besar paling nyaman."));
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_scale, &QComboBox::currentIndexChanged, this,
            [this] { applyScale(m_scale->currentData().toInt()); });
}

QList<int> DisplaySection::scales()
{
    return {100, 115, 130, 150};
}

int DisplaySection::savedScale()
{
    const int saved = QSettings().value(QLatin1String(kKey), 100).toInt();
    return scales().contains(saved) ? saved : 100;
}

void DisplaySection::applyScale(int percent)
{
    if (!scales().contains(percent)) {
        percent = 100;
    }
    QFont font = systemFont();
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * percent / 100.0);
    } else {
        font.setPixelSize(qRound(font.pixelSize() * percent / 100.0));
    }
    QApplication::setFont(font);
    QSettings().setValue(QLatin1String(kKey), percent);
}

void DisplaySection::applySaved()
{
    systemFont();
    if (savedScale() != 100) {
        applyScale(savedScale());
    }
}

} // namespace tepat
