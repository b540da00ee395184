// Renders the Kunjungan page and the visit form of a laptop store made from a synthetic work
// package, and the office's Kunjungan page with the conflicts view after a results bundle that
// met office edits, at 1366×768, to PNG files (times in the local zone, as for WIB):
//   TZ=Asia/Jakarta QT_QPA_PLATFORM=offscreen tepat-fieldwork-screenshots docs/screenshots

#include "core/fieldwork/FieldVisits.h"
#include "tests/core/fieldwork/FieldRoundTrip.h"
#include "ui/common/AppContext.h"
#include "ui/fieldwork/FieldConflictsDialog.h"
#include "ui/fieldwork/VisitDialog.h"
#include "ui/fieldwork/VisitsPage.h"
#include "ui/questionnaire/QuestionnaireForm.h"

#include <QTabWidget>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTableWidget>

using namespace tepat;
using namespace tepat::test;

namespace {

void settle(int ms = 100)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

bool save(QWidget &widget, const QString &dir, const char *name)
{
    widget.show();
    settle();
    const QString path = QDir(dir).filePath(QLatin1String(name));
    const bool ok = widget.grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(dir);
    FieldworkFixture f(80);
    const QStringList ids = f.firstHouseholds(40);
    if (!f.exportPackage({{}, {}, ids}, f.packagePath()) || !f.importPackage(f.packagePath())) {
        qCritical("package round trip failed");
        return 1;
    }
    std::unique_ptr<Database> db = std::move(Database::open(f.laptopPath()).value());
    Session session{Actor{QStringLiteral("budi"), QStringLiteral("Budi"), Role::FieldStaff}};
    AppContext context{*db, f.office.clock, session, ContentStore::rootFor(f.laptopPath())};
    const FieldVisits visits(*db, f.office.clock);
    for (int i = 0; i < 14; ++i) {
        Visit v;
        v.householdId = ids[i * 2];
        v.visitedOn = QDate(2026, 11, 16 + i % 7);
        v.outcome = i % 7 == 3 ? VisitOutcome::NotFound
                               : (i % 9 == 5 ? VisitOutcome::Refused : VisitOutcome::Visited);
        if (!visits.record(session, v)) {
            qCritical("visit failed");
            return 1;
        }
    }
    VisitsPage page(context);
    page.resize(1366, 768);
    bool ok = save(page, dir, "field-kunjungan.png");
    page.table()->selectRow(1);
    VisitDialog dialog(context, page.table()->item(1, 0)->text());
    ok = save(dialog, dir, "field-kunjungan-form.png") && ok;
    // The questionnaire tab, with the housing block partly answered.
    if (QuestionnaireForm *form = dialog.questionnaire()) {
        if (auto *tabs = dialog.findChild<QTabWidget *>()) {
            tabs->setCurrentWidget(form);
        }
        form->setAnswer(QStringLiteral("household/status_kepemilikan_rumah"), QStringLiteral("1"));
        form->setAnswer(QStringLiteral("household/luas_lantai"), 700);
        form->setAnswer(QStringLiteral("household/jenis_lantai_terluas"), QStringLiteral("6"));
        form->setAnswer(QStringLiteral("household/sumber_penerangan_utama"), QStringLiteral("1"));
        dialog.resize(1366, 768);
        ok = save(dialog, dir, "field-kuesioner.png") && ok;
        form->showSection(2);
        ok = save(dialog, dir, "field-kuesioner-anggota.png") && ok;
    }
    // The office after a bundle that met its own edits: a point, a death, an answer.
    FieldRoundTrip office;
    office.disagreeOnEveryKind();
    Session operatorSession = office.f.operatorSession;
    AppContext officeContext{*office.f.office.db, office.f.office.clock, operatorSession,
                             office.f.officeFiles()};
    VisitsPage officePage(officeContext);
    officePage.resize(1366, 768);
    ok = save(officePage, dir, "field-kunjungan-kantor.png") && ok;
    FieldConflictsDialog conflicts(officeContext);
    conflicts.resize(1366, 768);
    ok = save(conflicts, dir, "field-konflik.png") && ok;
    conflicts.resize(conflicts.sizeHint().expandedTo(QSize(1100, 620)));
    ok = save(conflicts, dir, "field-konflik-kecil.png") && ok;
    return ok ? 0 : 1;
}
