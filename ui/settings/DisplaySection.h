#pragma once

#include <QWidget>

class QComboBox;

namespace tepat {

// Pengaturan → Tampilan: a larger text size for old or small monitors, applied at once to the
// whole window and kept in the user's settings for the next start. (High-DPI screens are
// scaled by Qt itself; the icons come at 1× and 2×.)
class DisplaySection : public QWidget
{
    Q_OBJECT

public:
    explicit DisplaySection(QWidget *parent = nullptr);

    static QList<int> scales(); // percent: 100, 115, 130, 150
    static int savedScale();
    // Sets the application font to the scale (of the font the system gave at start) and saves it.
    static void applyScale(int percent);
    static void applySaved();

    QComboBox *scaleBox() const { return m_scale; }

private:
    static constexpr const char *kKey = "ui/textScale";
    QComboBox *m_scale;
};

} // namespace tepat
