#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tepat {

struct AppContext;

// Pengaturan › Surat & kop › Tanda tangan elektronik: which key signs the letters' QR codes,
// whether the regency server has it, and a new key when the old one may have leaked (the old
// key vouches for the new one; letters signed before stay genuine).
class LetterKeyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LetterKeyPanel(AppContext &context, QWidget *parent = nullptr);

private:
    void refresh();
    void rotate();

    AppContext &m_context;
    QLabel *m_state = nullptr;
    QPushButton *m_rotate = nullptr;
};

} // namespace tepat
