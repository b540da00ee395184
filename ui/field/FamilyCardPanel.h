#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tepat {

struct AppContext;

// The "kartu keluarga" photo slot of a household. The card shows every member's NIK: a
// session without Permission::ViewFamilyCard (the village head) sees only that it may not see
// it; the others see a text list of the cards (never a thumbnail) and open one at full size.
// Every check is FamilyCardPhotos'; this panel only asks first.
class FamilyCardPanel : public QWidget
{
    Q_OBJECT

public:
    FamilyCardPanel(AppContext &context, QString householdId, QWidget *parent = nullptr);

    int cardCount() const;
    bool addFile(const QString &path);
    // Opens the selected card in a dialog; false (with the service's message) when refused.
    bool openSelected();
    QString message() const;

private:
    void reload();

    AppContext &m_context;
    QString m_householdId;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace tepat
