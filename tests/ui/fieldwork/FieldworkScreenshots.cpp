// Renders the Kunjungan page (in the whole window, as the app's --screenshots tour shows every
// page: page-kunjungan.png) and the visit form (kunjungan-form.png, its questionnaire tab
// kunjungan-kuesioner*.png) of a laptop store made from a synthetic work package after a field day,
// and the office's Kunjungan page with the conflicts view after a results bundle that met office
// edits, at 1366×768, to PNG files (times in the local zone, as for WIB):
//   TZ=Asia/Jakarta QT_QPA_PLATFORM=offscreen tepat-fieldwork-screenshots docs/screenshots
// (An office store's --screenshots tour has no field day to show: docs/render-screenshots.sh.)

#include "core/fieldwork/FieldVisits.h"
#include "tests/core/fieldwork/FieldRoundTrip.h"
#include "ui/common/AppContext.h"
#include "ui/fieldwork/FieldConflictsDialog.h"
#include "ui/fieldwork/VisitDialog.h"
#include "ui/fieldwork/VisitsPage.h"
#include "ui/questionnaire/QuestionnaireForm.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WorkspacePages.h"

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
    MainWindow window(context);
    addWorkspacePages(window, context);
    window.resize(1366, 768);
    window.showPage(QStringLiteral("kunjungan"));
    auto *page = qobject_cast<VisitsPage *>(window.page(QStringLiteral("kunjungan")));
    if (!page) {
        qCritical("no Kunjungan page");
        return 1;
    }
    // The first household still to do with five members: a visit that found a move, a death and
    // a baby, on a 1366×768 laptop screen.
    int row = 0;
    while (row + 1 < page->table()->rowCount() && page->table()->item(row, 4)->text() != u'5') {
        ++row;
    }
    page->table()->setFocus();
    page->table()->selectRow(row);
    bool ok = save(window, dir, "page-kunjungan.png");
    const QString household = page->table()->item(row, 0)->text();
    VisitDialog dialog(context, household, &window);
    dialog.setNotes(QStringLiteral("Ditemui istri kepala keluarga; anak sulung sudah pindah."));
    const QStringList members = [&] {
        QStringList keys;
        auto q = db->query(QStringLiteral("SELECT id FROM person WHERE household_id = ? AND "
                                          "status = 'active' ORDER BY id"),
                           {household});
        while (q && q->next()) {
            keys << q->value(0).toString();
        }
        return keys;
    }();
    if (members.size() >= 3) {
        dialog.setFinding(members[2], MemberFinding::Moved, QDate(2026, 9, 14),
                          QStringLiteral("Kota Blitar"));
        dialog.setFinding(members.last(), MemberFinding::Died, QDate(2026, 10, 2));
    }
    dialog.addNewMember(QStringLiteral("Bayi Sintetis"));
    dialog.resize(1366, 768);
    ok = save(dialog, dir, "kunjungan-form.png") && ok;
    window.hide();
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
        ok = save(dialog, dir, "kunjungan-kuesioner.png") && ok;
        form->showSection(2);
        ok = save(dialog, dir, "kunjungan-kuesioner-anggota.png") && ok;
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
