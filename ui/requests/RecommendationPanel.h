#pragma once

#include "core/requests/Recommendation.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace tepat {

// "Diusulkan oleh / melalui" in a request's form: the account that drafts it, the RT/RW head
// the proposal came through (optional: name, RT, RW; editable while a draft), and the
// conflict-of-interest warning the core finds as the operator types.
class RecommendationPanel : public QWidget
{
    Q_OBJECT

public:
    RecommendationPanel(const QString &accountName, const SourceHead &head, bool editable,
                        QWidget *parent = nullptr);

    SourceHead head() const;
    void showConflicts(const QList<ConflictReason> &conflicts);

Q_SIGNALS:
    void headEdited(const SourceHead &head);

private:
    QLineEdit *m_name;
    QLineEdit *m_rt;
    QLineEdit *m_rw;
    QLabel *m_warning;
};

} // namespace tepat
