#include "core/location/CoordinateText.h"

#include <QRegularExpression>

namespace tepat {

namespace {

QString normalized(QStringView text)
{
    QString s = text.toString().trimmed().toUpper();
    s.replace(QChar(0x2212), u'-');  // minus sign
    s.replace(QChar(0x2013), u'-');  // en dash
    s.replace(QChar(0x2032), u'\''); // prime
    s.replace(QChar(0x2019), u'\'');
    s.replace(QChar(0x2033), u'"'); // double prime
    s.replace(QChar(0x201D), u'"');
    s.replace(QChar(0x00BA), QChar(0x00B0)); // masculine ordinal, often typed for a degree
    s.replace(QStringLiteral("''"), QStringLiteral("\""));
    return s;
}

struct Hemisphere
{
    CoordinateText::Axis axis;
    int sign;
};

Hemisphere hemisphereOf(QStringView letters)
{
    using Axis = CoordinateText::Axis;
    if (letters == u"N" || letters == u"U" || letters == u"LU") {
        return {Axis::Latitude, 1};
    }
    if (letters == u"S" || letters == u"LS") {
        return {Axis::Latitude, -1};
    }
    if (letters == u"E" || letters == u"T" || letters == u"BT") {
        return {Axis::Longitude, 1};
    }
    return {Axis::Longitude, -1}; // W, B, BB
}

const QRegularExpression &hemisphereToken()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![A-Z])(LU|LS|BT|BB|[NSEWUTB])(?![A-Z])"));
    return re;
}

QList<QRegularExpressionMatch> hemisphereLetters(const QString &s)
{
    QList<QRegularExpressionMatch> found;
    auto it = hemisphereToken().globalMatch(s);
    while (it.hasNext()) {
        found << it.next();
    }
    return found;
}

bool onlySeparators(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace() && c != QChar(0x00B0) && c != u'\'' && c != u'"' && c != u':') {
            return false;
        }
    }
    return true;
}

} // namespace

Result<double> CoordinateText::parseValue(QStringView text, Axis axis)
{
    QString s = normalized(text);
    const bool latitude = axis == Axis::Latitude;
    const QString axisName = latitude ? tr("lintang") : tr("bujur");
    const Error unreadable{
        QStringLiteral("location.coordinate_format"),
        tr("Nilai %1 “%2” tidak terbaca. Contoh yang benar: -7.8166, -7,8166, 7°48'59.8\" LS.")
            .arg(axisName, text.toString().trimmed())};
    if (s.isEmpty()) {
        return Error{QStringLiteral("location.coordinate_empty"),
                     tr("Nilai %1 belum diisi.").arg(axisName)};
    }

    int sign = 1;
    const QList<QRegularExpressionMatch> letters = hemisphereLetters(s);
    if (letters.size() > 1) {
        return unreadable;
    }
    if (letters.size() == 1) {
        const QRegularExpressionMatch &m = letters.first();
        if (m.capturedStart() != 0 && m.capturedEnd() != s.size()) {
            return unreadable;
        }
        const Hemisphere h = hemisphereOf(m.capturedView(1));
        if (h.axis != axis) {
            return Error{QStringLiteral("location.coordinate_axis"),
                         tr("Huruf arah “%1” tidak cocok untuk %2.").arg(m.captured(1), axisName)};
        }
        sign = h.sign;
        s.remove(m.capturedStart(), m.capturedLength());
        s = s.trimmed();
        if (s.startsWith(u'-')) {
            return Error{QStringLiteral("location.coordinate_sign"),
                         tr("Pakai tanda minus atau huruf arah, jangan keduanya.")};
        }
    }
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        sign = s.startsWith(u'-') ? -sign : sign;
        s.remove(0, 1);
    }

    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,]\\d+)?"));
    QList<double> parts;
    QList<bool> whole;
    qsizetype position = 0;
    auto numbers = number.globalMatch(s);
    while (numbers.hasNext()) {
        const QRegularExpressionMatch m = numbers.next();
        const QStringView before = QStringView(s).mid(position, m.capturedStart() - position);
        if ((parts.isEmpty() && !before.isEmpty()) || !onlySeparators(before)) {
            return unreadable;
        }
        QString digits = m.captured();
        whole << (!digits.contains(u'.') && !digits.contains(u','));
        parts << digits.replace(u',', u'.').toDouble();
        position = m.capturedEnd();
    }
    if (parts.isEmpty() || parts.size() > 3 || !onlySeparators(QStringView(s).mid(position))) {
        return unreadable;
    }

    double value = parts[0];
    if (parts.size() >= 2) {
        if (!whole[0] || parts[1] >= 60.0) {
            return Error{QStringLiteral("location.coordinate_minutes"),
                         tr("Menit pada %1 harus kurang dari 60 dan derajatnya bilangan bulat.")
                             .arg(axisName)};
        }
        value += parts[1] / 60.0;
    }
    if (parts.size() == 3) {
        if (!whole[1] || parts[2] >= 60.0) {
            return Error{QStringLiteral("location.coordinate_seconds"),
                         tr("Detik pada %1 harus kurang dari 60 dan menitnya bilangan bulat.")
                             .arg(axisName)};
        }
        value += parts[2] / 3600.0;
    }
    value *= sign;
    if (latitude && std::abs(value) > 90.0) {
        return Error{QStringLiteral("location.coordinate_range"),
                     tr("Lintang harus antara -90 dan 90 derajat (apakah lintang dan bujur "
                        "tertukar?).")};
    }
    if (!latitude && std::abs(value) > 180.0) {
        return Error{QStringLiteral("location.coordinate_range"),
                     tr("Bujur harus antara -180 dan 180 derajat.")};
    }
    return value;
}

Result<GeoPoint> CoordinateText::parsePair(QStringView text)
{
    const QString s = normalized(text);
    if (s.isEmpty()) {
        return Error{QStringLiteral("location.coordinate_empty"), tr("Koordinat belum diisi.")};
    }
    QList<std::pair<QString, QString>> splits;
    const auto add = [&splits](const QStringList &parts) {
        if (parts.size() == 2) {
            QString second = parts[1].trimmed();
            if (second.startsWith(u',')) {
                second = second.mid(1).trimmed();
            }
            splits.append({parts[0].trimmed(), second});
        }
    };
    static const QRegularExpression lineBreak(QStringLiteral("[;\\t\\n]"));
    static const QRegularExpression commaSpace(QStringLiteral(",\\s+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    add(s.split(lineBreak, Qt::SkipEmptyParts));
    add(s.split(commaSpace, Qt::SkipEmptyParts));
    const QList<QRegularExpressionMatch> letters = hemisphereLetters(s);
    if (letters.size() == 2) {
        // "S 7 48.9 E 112 0.7" (letters first) or "7 48 59 S 112 0 42 E" (letters last).
        const qsizetype cut =
            letters[0].capturedStart() == 0 ? letters[1].capturedStart() : letters[0].capturedEnd();
        add({s.left(cut), s.mid(cut)});
    }
    add(s.split(spaces, Qt::SkipEmptyParts));
    if (s.count(u',') == 1 && !s.contains(u' ')) {
        add(s.split(u','));
    }
    if (splits.isEmpty()) {
        return Error{QStringLiteral("location.coordinate_pair"),
                     tr("Tulis lintang lalu bujur, dipisah koma dan spasi, titik koma atau spasi "
                        "(contoh: -7.8166, 112.0119).")};
    }
    std::optional<Error> first;
    for (const auto &[a, b] : splits) {
        const Result<double> lat = parseValue(a, Axis::Latitude);
        const Result<double> lon = parseValue(b, Axis::Longitude);
        if (lat && lon) {
            return GeoPoint{*lat, *lon};
        }
        // Longitude first is accepted only when hemisphere letters say so.
        if (!hemisphereLetters(a).isEmpty()) {
            const Result<double> swappedLon = parseValue(a, Axis::Longitude);
            const Result<double> swappedLat = parseValue(b, Axis::Latitude);
            if (swappedLat && swappedLon) {
                return GeoPoint{*swappedLat, *swappedLon};
            }
        }
        if (!first) {
            first = lat ? lon.error() : lat.error();
        }
    }
    return *first;
}

} // namespace tepat
