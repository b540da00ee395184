#include "ui/field/VillagePlot.h"

#include "core/common/Language.h"
#include "ui/common/AppContext.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tepat {

namespace {

constexpr double metresPerDegree = 111'320.0;
constexpr double margin = 28.0;

QColor pointColour()
{
    return QColor(0x2b, 0x6c, 0xb0);
}

QColor selectedColour()
{
    return QColor(0xd6, 0x28, 0x28);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

// 1-2-5 steps: the longest that fits in `maxPixels` at this scale.
double scaleBarMetres(double metresPerPixel, double maxPixels)
{
    double best = 1;
    for (double decade = 1; decade <= 1e7; decade *= 10) {
        for (double step : {1.0, 2.0, 5.0}) {
            if (step * decade / metresPerPixel <= maxPixels) {
                best = step * decade;
            }
        }
    }
    return best;
}

} // namespace

VillagePlot::VillagePlot(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_locations(std::make_unique<HouseholdLocations>(context.db, context.clock))
{
    setObjectName(QStringLiteral("villagePlot"));
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Titik rumah keluarga di kelurahan/desa ini. Klik titik untuk memilih "
                  "keluarganya."));
}

VillagePlot::~VillagePlot() = default;

void VillagePlot::showHousehold(const QString &householdId)
{
    m_village = m_locations->villageOf(householdId);
    m_selected = householdId;
    reload();
}

void VillagePlot::setSelectedHousehold(const QString &householdId)
{
    m_selected = householdId;
    update();
}

void VillagePlot::reload()
{
    m_problem.clear();
    const Result<QList<HouseholdPoint>> points = m_locations->villagePoints(m_village);
    if (points) {
        m_points = *points;
    } else {
        m_points.clear();
        m_problem = points.error().message;
    }
    update();
}

VillagePlot::Frame VillagePlot::frame() const
{
    Frame f;
    f.area = QRectF(rect()).adjusted(margin, margin, -margin, -margin - 18);
    if (m_points.isEmpty()) {
        return f;
    }
    QList<double> lats;
    QList<double> lons;
    for (const HouseholdPoint &p : m_points) {
        lats << p.fix.point.latitude;
        lons << p.fix.point.longitude;
    }
    const GeoPoint centre{median(lats), median(lons)};
    // A mistyped point hundreds of kilometres away would shrink the village to a dot: the
    // extent covers the points near the village's centre, and the selected household.
    const double reach = 3 * LocationThresholds::load(m_context.db).maxDistanceKm * 1000.0;
    double minLat = centre.latitude;
    double maxLat = centre.latitude;
    double minLon = centre.longitude;
    double maxLon = centre.longitude;
    for (const HouseholdPoint &p : m_points) {
        if (p.householdId != m_selected && Geo::distanceMetres(centre, p.fix.point) > reach) {
            continue;
        }
        minLat = std::min(minLat, p.fix.point.latitude);
        maxLat = std::max(maxLat, p.fix.point.latitude);
        minLon = std::min(minLon, p.fix.point.longitude);
        maxLon = std::max(maxLon, p.fix.point.longitude);
    }
    f.cosLat = std::cos(centre.latitude * M_PI / 180.0);
    const double widthMetres = std::max((maxLon - minLon) * f.cosLat * metresPerDegree, 200.0);
    const double heightMetres = std::max((maxLat - minLat) * metresPerDegree, 200.0);
    f.metresPerPixel =
        std::max(widthMetres / f.area.width(), heightMetres / f.area.height()) * 1.05;
    f.originLat = (minLat + maxLat) / 2;
    f.originLon = (minLon + maxLon) / 2;
    return f;
}

QPointF VillagePlot::toWidget(const Frame &f, const GeoPoint &point) const
{
    const double east = (point.longitude - f.originLon) * f.cosLat * metresPerDegree;
    const double north = (point.latitude - f.originLat) * metresPerDegree;
    return f.area.center() + QPointF(east / f.metresPerPixel, -north / f.metresPerPixel);
}

std::optional<QPointF> VillagePlot::positionOf(const QString &householdId) const
{
    const Frame f = frame();
    for (const HouseholdPoint &point : m_points) {
        if (point.householdId == householdId) {
            return toWidget(f, point.fix.point);
        }
    }
    return std::nullopt;
}

void VillagePlot::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(0xf7, 0xf6, 0xf0));
    p.setPen(QColor(0xc8, 0xc6, 0xbb));
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));

    if (!m_problem.isEmpty() || m_points.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_problem.isEmpty() ? tr("Belum ada titik lokasi di kelurahan/desa ini.")
                                       : m_problem);
        return;
    }
    const Frame f = frame();

    // Grid at the scale bar's step.
    const double step = scaleBarMetres(f.metresPerPixel, 140);
    const double stepPixels = step / f.metresPerPixel;
    p.setPen(QPen(QColor(0xe3, 0xe1, 0xd6), 1));
    for (double x = std::fmod(f.area.center().x(), stepPixels); x < width(); x += stepPixels) {
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
    for (double y = std::fmod(f.area.center().y(), stepPixels); y < height(); y += stepPixels) {
        p.drawLine(QPointF(0, y), QPointF(width(), y));
    }

    const double accuracyLimit = LocationThresholds::load(m_context.db).maxAccuracyMetres;
    int outside = 0;
    const HouseholdPoint *selected = nullptr;
    for (const HouseholdPoint &point : m_points) {
        if (point.householdId == m_selected) {
            selected = &point;
            continue;
        }
        const QPointF at = toWidget(f, point.fix.point);
        if (!rect().contains(at.toPoint())) {
            ++outside;
            continue;
        }
        const bool poor = point.fix.accuracyMetres && *point.fix.accuracyMetres > accuracyLimit;
        p.setPen(QPen(pointColour(), 1.5));
        p.setBrush(poor ? Qt::NoBrush : QBrush(pointColour()));
        p.drawEllipse(at, 3.5, 3.5);
    }
    if (selected) {
        const QPointF at = toWidget(f, selected->fix.point);
        if (selected->fix.accuracyMetres) {
            const double r = *selected->fix.accuracyMetres / f.metresPerPixel;
            if (r > 8) {
                p.setPen(QPen(selectedColour(), 1, Qt::DashLine));
                p.setBrush(QColor(0xd6, 0x28, 0x28, 30));
                p.drawEllipse(at, r, r);
            }
        }
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(selectedColour());
        p.drawEllipse(at, 7, 7);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const QFontMetricsF metrics(bold);
        QRectF label = metrics.boundingRect(selected->householdId).adjusted(-4, -2, 4, 2);
        label.moveBottomLeft(at + QPointF(10, -6));
        if (label.right() > width() - 4) {
            label.moveRight(at.x() - 10);
        }
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 225));
        p.drawRoundedRect(label, 3, 3);
        p.setPen(selectedColour().darker(130));
        p.drawText(label, Qt::AlignCenter, selected->householdId);
        p.setFont(font());
    }

    // Scale bar and north arrow.
    const QPointF barStart(margin, height() - 16);
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(barStart, barStart + QPointF(stepPixels, 0));
    p.drawLine(barStart + QPointF(0, -4), barStart + QPointF(0, 4));
    p.drawLine(barStart + QPointF(stepPixels, -4), barStart + QPointF(stepPixels, 4));
    p.setPen(Qt::black);
    p.drawText(barStart + QPointF(stepPixels + 6, 4), Geo::distanceText(step));
    const QPointF north(width() - 22, 30);
    QPainterPath arrow;
    arrow.moveTo(north + QPointF(0, -14));
    arrow.lineTo(north + QPointF(6, 4));
    arrow.lineTo(north + QPointF(0, 0));
    arrow.lineTo(north + QPointF(-6, 4));
    arrow.closeSubpath();
    p.setBrush(Qt::black);
    p.drawPath(arrow);
    p.drawText(QRectF(north.x() - 10, north.y() + 6, 20, 14), Qt::AlignCenter, tr("U"));

    QStringList legend{tr("%n keluarga dengan titik", nullptr, int(m_points.size()))};
    if (outside > 0) {
        legend << tr("%n jauh di luar gambar", nullptr, outside);
    }
    if (!m_selected.isEmpty() && !selected) {
        legend << tr("keluarga terpilih belum punya titik");
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(margin, 4, width() - 2 * margin - 30, 20), Qt::AlignLeft | Qt::AlignVCenter,
               legend.join(QStringLiteral(" · ")));
}

void VillagePlot::mousePressEvent(QMouseEvent *event)
{
    if (m_points.isEmpty()) {
        return;
    }
    const Frame f = frame();
    const HouseholdPoint *nearest = nullptr;
    double best = 10.0; // pixels
    for (const HouseholdPoint &point : m_points) {
        const QPointF d = toWidget(f, point.fix.point) - event->position();
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= best) {
            best = distance;
            nearest = &point;
        }
    }
    if (nearest) {
        setSelectedHousehold(nearest->householdId);
        Q_EMIT householdClicked(nearest->householdId);
    }
}

} // namespace tepat
