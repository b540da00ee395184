#include "core/photos/PhotoView.h"

namespace tepat {

QList<PhotoView> PhotoViews::all()
{
    return {PhotoView::Front, PhotoView::Side, PhotoView::Back, PhotoView::Inside,
            PhotoView::Other};
}

QString PhotoViews::code(PhotoView view)
{
    switch (view) {
    case PhotoView::Front:
        return QStringLiteral("front");
    case PhotoView::Side:
        return QStringLiteral("side");
    case PhotoView::Back:
        return QStringLiteral("back");
    case PhotoView::Inside:
        return QStringLiteral("inside");
    case PhotoView::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<PhotoView> PhotoViews::fromCode(QStringView code)
{
    for (PhotoView view : all()) {
        if (code == PhotoViews::code(view)) {
            return view;
        }
    }
    return std::nullopt;
}

QString PhotoViews::label(PhotoView view)
{
    switch (view) {
    case PhotoView::Front:
        return tr("Depan");
    case PhotoView::Side:
        return tr("Samping");
    case PhotoView::Back:
        return tr("Belakang");
    case PhotoView::Inside:
        return tr("Dalam rumah");
    case PhotoView::Other:
        return tr("Lainnya");
    }
    return {};
}

} // namespace tepat
