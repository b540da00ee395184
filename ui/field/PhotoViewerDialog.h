#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace tepat {

// One house photo at full size: fitted to the window at first, "Ukuran asli" shows it pixel
// for pixel with scroll bars. Opened from a thumbnail (double-click or Enter).
class PhotoViewerDialog : public QDialog
{
    Q_OBJECT

public:
    PhotoViewerDialog(const QString &path, const QString &caption, QWidget *parent = nullptr);

    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    bool actualSize() const { return m_actual; }
    void setActualSize(bool actual);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage();

    QImage m_image;
    bool m_actual = false;
    QScrollArea *m_scroll;
    QLabel *m_picture;
};

} // namespace tepat
