#pragma once

#include "core/location/HouseholdLocations.h"

#include <QWidget>

#include <memory>

namespace tepat {

struct AppContext;

// An offline plot of a village's households (no map tiles: the points on a metric grid with
// a scale bar and north arrow), the selected household highlighted. Click a point to select
// its household.
class VillagePlot : public QWidget
{
    Q_OBJECT

public:
    explicit VillagePlot(AppContext &context, QWidget *parent = nullptr);
    ~VillagePlot() override;

    // Shows the village of this household (a proposed family: the installation's village)
    // with the household highlighted.
    void showHousehold(const QString &householdId);
    void setSelectedHousehold(const QString &householdId);
    QString selectedHousehold() const { return m_selected; }
    void reload();
    int pointCount() const { return int(m_points.size()); }
    // Where a household's point is drawn (widget coordinates); empty when it has none.
    std::optional<QPointF> positionOf(const QString &householdId) const;

    QSize sizeHint() const override { return {520, 400}; }
    QSize minimumSizeHint() const override { return {240, 180}; }

Q_SIGNALS:
    void householdClicked(const QString &householdId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Frame
    {
        QRectF area;
        double originLat = 0;
        double originLon = 0;
        double metresPerPixel = 1;
        double cosLat = 1;
    };
    Frame frame() const;
    QPointF toWidget(const Frame &f, const GeoPoint &point) const;

    AppContext &m_context;
    std::unique_ptr<HouseholdLocations> m_locations;
    QString m_village;
    QString m_selected;
    QList<HouseholdPoint> m_points;
    QString m_problem;
};

} // namespace tepat
