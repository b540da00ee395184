#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tepat {

// Which side of the house a photo shows. A new-family proposal needs a front view (roof to
// floor); the others are optional.
enum class PhotoView
{
    Front,
    Side,
    Back,
    Inside,
    Other
};

class PhotoViews
{
    Q_DECLARE_TR_FUNCTIONS(PhotoViews)

public:
    static QList<PhotoView> all();
    static QString code(PhotoView view); // front, side, back, inside, other
    static std::optional<PhotoView> fromCode(QStringView code);
    static QString label(PhotoView view); // Depan, Samping, …
};

} // namespace tepat
