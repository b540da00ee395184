#pragma once

#include "core/domain/Finding.h"
#include "core/domain/Vocabulary.h"

#include <QComboBox>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;

namespace tepat {

// Inputs with an inline message line under each, addressed by payload path ("member/nik"),
// so the domain rules' findings show where they belong. The message line keeps its one-line
// space while hidden, so messages never shift the form while the operator types. Any edit
// emits edited(); the form validates again on each one and shows only what still applies.
class FormFields : public QObject
{
    Q_OBJECT

public:
    explicit FormFields(QObject *parent = nullptr);

    // Returns a container holding the input and its (hidden) message line; the label names the
    // field in the list of findings.
    QWidget *wrap(const QString &path, QWidget *input, const QString &label = {});
    // "Alamat", "Anggota 2 — NIK", … for a finding's field.
    QString labelOf(const QString &path) const;
    // Inline messages stay hidden until the operator has edited something.
    void setShowMessages(bool show) { m_showMessages = show; }
    void rename(const QString &from, const QString &to); // a member moved in a list
    void show(const Findings &findings);
    void clearMessages();

    void watch(QLineEdit *edit);
    void watch(QComboBox *combo);
    void watch(QPlainTextEdit *edit);
    void watch(QCheckBox *box);

    template<typename E>
    static void fill(QComboBox *combo, bool withUnknown)
    {
        combo->clear();
        if (withUnknown) {
            combo->addItem(QStringLiteral("—"), QString());
        }
        for (E value : vocabulary::all<E>()) {
            combo->addItem(vocabulary::label(value), vocabulary::code(value));
        }
    }
    static void select(QComboBox *combo, const QString &code);
    static QString code(const QComboBox *combo) { return combo->currentData().toString(); }

    // Dates as people type them ("17-08-1990") and as the payload stores them (ISO).
    static QString toIso(const QString &typed);
    static QString fromIso(const QString &iso);

    void markEdited();

Q_SIGNALS:
    void edited();

private:
    struct Bound
    {
        QWidget *input;
        QLabel *message;
        QString label;
    };
    QHash<QString, Bound> m_bound;
    bool m_showMessages = false;
};

} // namespace tepat
