#pragma once

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

namespace tepat::test {

// A plain synthetic emblem (not any real regional coat of arms).
inline QByteArray syntheticLogo()
{
    QImage image(240, 280, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath shield;
    shield.moveTo(20, 20);
    shield.lineTo(220, 20);
    shield.lineTo(220, 150);
    shield.quadTo(220, 240, 120, 270);
    shield.quadTo(20, 240, 20, 150);
    shield.closeSubpath();
    p.setPen(QPen(Qt::black, 8));
    p.setBrush(QColor(30, 110, 60));
    p.drawPath(shield);
    p.setBrush(QColor(240, 200, 40));
    p.drawEllipse(QPointF(120, 120), 55, 55);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace tepat::test
