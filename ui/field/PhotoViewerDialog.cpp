#include "ui/field/PhotoViewerDialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tepat {

PhotoViewerDialog::PhotoViewerDialog(const QString &path, const QString &caption, QWidget *parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_picture(new QLabel)
{
    setWindowTitle(caption.isEmpty() ? tr("Foto rumah") : caption);
    QImageReader reader(path);
    reader.setAutoTransform(true); // camera orientation (EXIF)
    m_image = reader.read();

    auto *layout = new QVBoxLayout(this);
    m_picture->setObjectName(QStringLiteral("photo"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);
    if (m_image.isNull()) {
        m_picture->setText(
            tr("Berkas foto tidak bisa dibuka (hilang atau rusak di folder berkas). Pulihkan "
               "folder berkas dari cadangan atau tambahkan foto lagi."));
        m_picture->setWordWrap(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    auto *actual = buttons->addButton(tr("Ukuran &asli"), QDialogButtonBox::ActionRole);
    actual->setObjectName(QStringLiteral("actualSize"));
    actual->setCheckable(true);
    actual->setEnabled(!m_image.isNull());
    connect(actual, &QPushButton::toggled, this, &PhotoViewerDialog::setActualSize);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // As large as the screen allows (within 1366×740), never larger than the photo needs.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize room =
        screen ? screen->availableSize().boundedTo(QSize(1366, 740)) * 0.9 : QSize(1100, 660);
    resize(m_image.isNull()
               ? QSize(480, 240)
               : (m_image.size() + QSize(40, 80)).boundedTo(room).expandedTo({480, 240}));
    showImage();
}

void PhotoViewerDialog::setActualSize(bool actual)
{
    m_actual = actual;
    showImage();
}

void PhotoViewerDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    showImage();
}

void PhotoViewerDialog::showImage()
{
    if (m_image.isNull()) {
        return;
    }
    m_scroll->setWidgetResizable(!m_actual);
    if (m_actual) {
        m_picture->setPixmap(QPixmap::fromImage(m_image));
        m_picture->adjustSize();
        return;
    }
    const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
    const QSize fitted = m_image.size()
                             .scaled(room.expandedTo({16, 16}), Qt::KeepAspectRatio)
                             .boundedTo(m_image.size());
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(fitted, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace tepat
