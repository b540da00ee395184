#include "ui/field/HouseholdLocationPanel.h"

#include "core/common/Language.h"
#include "core/location/CoordinateText.h"
#include "core/location/LivePosition.h"
#include "core/location/NmeaReplay.h"
#include "core/photos/HouseholdPhotos.h"
#include "ui/common/AppContext.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tepat {

namespace {

enum SourcePage
{
    ReceiverPage,
    SystemPage,
    LogPage,
    PhotoPage,
    TypedPage
};

const char *const warningStyle = "color: #9a4b00;";

QString accuracyText(const std::optional<double> &metres)
{
    return metres ? HouseholdLocationPanel::tr("±%1 m").arg(
                        Language::locale().toString(*metres, 'f', 1))
                  : HouseholdLocationPanel::tr("akurasi tidak diketahui");
}

} // namespace

HouseholdLocationPanel::HouseholdLocationPanel(AppContext &context, const QString &householdId,
                                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_householdId(householdId)
    , m_locations(std::make_unique<HouseholdLocations>(context.db, context.clock))
    , m_photos(std::make_unique<HouseholdPhotos>(context.db, context.clock, context.filesFolder))
    , m_live(new LivePosition(this))
{
    auto *layout = new QVBoxLayout(this);

    auto *currentBox = new QGroupBox(tr("Titik lokasi sekarang"), this);
    auto *currentLayout = new QVBoxLayout(currentBox);
    auto *coordinateRow = new QHBoxLayout();
    m_current = new QLineEdit(currentBox);
    m_current->setObjectName(QStringLiteral("currentCoordinates"));
    m_current->setReadOnly(true);
    m_current->setPlaceholderText(tr("Belum ada titik lokasi."));
    m_copy = new QPushButton(tr("Sa&lin"), currentBox);
    m_copy->setObjectName(QStringLiteral("copyCoordinates"));
    m_copy->setToolTip(tr("Salin lintang dan bujur (desimal) ke papan klip."));
    coordinateRow->addWidget(m_current, 1);
    coordinateRow->addWidget(m_copy);
    currentLayout->addLayout(coordinateRow);
    m_currentDms = new QLabel(currentBox);
    m_currentDms->setObjectName(QStringLiteral("currentDms"));
    m_currentDms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_currentDetails = new QLabel(currentBox);
    m_currentDetails->setObjectName(QStringLiteral("currentDetails"));
    m_currentDetails->setWordWrap(true);
    m_currentDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    currentLayout->addWidget(m_currentDms);
    currentLayout->addWidget(m_currentDetails);
    layout->addWidget(currentBox);

    auto *newBox = new QGroupBox(tr("Rekam titik baru"), this);
    auto *newLayout = new QVBoxLayout(newBox);
    auto *sourceRow = new QHBoxLayout();
    auto *sourceLabel = new QLabel(tr("S&umber:"), newBox);
    m_source = new QComboBox(newBox);
    m_source->setObjectName(QStringLiteral("sourceChoice"));
    m_source->addItems({tr("Penerima GPS (USB/serial)"), tr("Lokasi sistem"), tr("Berkas log NMEA"),
                        tr("GPS dari foto rumah"), tr("Ketik koordinat")});
    sourceLabel->setBuddy(m_source);
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(m_source, 1);
    newLayout->addLayout(sourceRow);

    m_sourcePages = new QStackedWidget(newBox);
    // Receiver
    auto *receiverPage = new QWidget(m_sourcePages);
    auto *receiverLayout = new QFormLayout(receiverPage);
    m_port = new QComboBox(receiverPage);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setEditable(true);
    m_port->addItems(LivePosition::candidatePorts());
    m_port->setToolTip(tr("Port tempat penerima GPS terpasang, mis. /dev/ttyUSB0 atau COM3."));
    receiverLayout->addRow(tr("&Port:"), m_port);
    m_sourcePages->addWidget(receiverPage);
    // System
    auto *systemPage =
        new QLabel(tr("Memakai layanan lokasi sistem operasi, bila ada."), m_sourcePages);
    systemPage->setWordWrap(true);
    m_sourcePages->addWidget(systemPage);
    // NMEA log
    auto *logPage = new QWidget(m_sourcePages);
    auto *logLayout = new QHBoxLayout(logPage);
    auto *chooseLog = new QPushButton(tr("Pilih berkas &log…"), logPage);
    chooseLog->setObjectName(QStringLiteral("chooseLog"));
    m_logStatus = new QLabel(logPage);
    m_logStatus->setObjectName(QStringLiteral("logStatus"));
    m_logStatus->setWordWrap(true);
    logLayout->addWidget(chooseLog);
    logLayout->addWidget(m_logStatus, 1);
    m_sourcePages->addWidget(logPage);
    // Photo GPS
    auto *photoPage = new QWidget(m_sourcePages);
    auto *photoLayout = new QHBoxLayout(photoPage);
    m_photoChoice = new QComboBox(photoPage);
    m_photoChoice->setObjectName(QStringLiteral("photoChoice"));
    auto *usePhoto = new QPushButton(tr("&Pakai"), photoPage);
    usePhoto->setObjectName(QStringLiteral("usePhoto"));
    photoLayout->addWidget(m_photoChoice, 1);
    photoLayout->addWidget(usePhoto);
    m_sourcePages->addWidget(photoPage);
    // Typed
    auto *typedPage = new QWidget(m_sourcePages);
    auto *typedLayout = new QFormLayout(typedPage);
    m_typed = new QLineEdit(typedPage);
    m_typed->setObjectName(QStringLiteral("coordinateText"));
    m_typed->setPlaceholderText(tr("-7.8166, 112.0119  atau  7°48'59.8\" LS 112°0'42.8\" BT"));
    m_typedAccuracy = new QLineEdit(typedPage);
    m_typedAccuracy->setObjectName(QStringLiteral("accuracyText"));
    m_typedAccuracy->setPlaceholderText(tr("bila diketahui"));
    auto *useTyped = new QPushButton(tr("&Pakai koordinat"), typedPage);
    useTyped->setObjectName(QStringLiteral("useTyped"));
    typedLayout->addRow(tr("&Koordinat:"), m_typed);
    typedLayout->addRow(tr("&Akurasi (m):"), m_typedAccuracy);
    typedLayout->addRow(QString(), useTyped);
    m_sourcePages->addWidget(typedPage);
    newLayout->addWidget(m_sourcePages);

    auto *liveRow = new QHBoxLayout();
    m_start = new QPushButton(tr("&Mulai"), newBox);
    m_start->setObjectName(QStringLiteral("startLive"));
    m_stop = new QPushButton(tr("&Berhenti"), newBox);
    m_stop->setObjectName(QStringLiteral("stopLive"));
    m_stop->setEnabled(false);
    m_liveStatus = new QLabel(newBox);
    m_liveStatus->setObjectName(QStringLiteral("liveStatus"));
    m_liveStatus->setWordWrap(true);
    liveRow->addWidget(m_start);
    liveRow->addWidget(m_stop);
    liveRow->addWidget(m_liveStatus, 1);
    newLayout->addLayout(liveRow);

    m_candidateText = new QLabel(newBox);
    m_candidateText->setObjectName(QStringLiteral("candidate"));
    m_candidateText->setWordWrap(true);
    m_candidateText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(newBox);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    m_save = new QPushButton(tr("&Simpan titik"), newBox);
    m_save->setObjectName(QStringLiteral("saveLocation"));
    m_save->setEnabled(false);
    newLayout->addWidget(m_candidateText);
    newLayout->addWidget(m_warnings);
    newLayout->addWidget(m_save, 0, Qt::AlignRight);
    layout->addWidget(newBox);

    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels(
        {tr("Waktu"), tr("Lintang, bujur"), tr("Akurasi"), tr("Sumber"), tr("Oleh")});
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 170);
    m_history->setColumnWidth(1, 190);
    m_history->setColumnWidth(2, 90);
    m_history->setColumnWidth(3, 150);
    m_history->setMinimumHeight(140);
    layout->addWidget(new QLabel(tr("Riwayat titik:"), this));
    layout->addWidget(m_history, 1);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (!m_current->text().isEmpty()) {
            QGuiApplication::clipboard()->setText(m_current->text());
        }
    });
    connect(m_source, &QComboBox::currentIndexChanged, this,
            &HouseholdLocationPanel::sourceChanged);
    connect(chooseLog, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Pilih berkas log NMEA"), QString(),
                                         tr("Log NMEA (*.nmea *.txt *.log);;Semua berkas (*)"));
        if (!path.isEmpty()) {
            replayNmeaLog(path);
        }
    });
    connect(usePhoto, &QPushButton::clicked, this, &HouseholdLocationPanel::usePhotoGps);
    connect(useTyped, &QPushButton::clicked, this, &HouseholdLocationPanel::useTypedCoordinates);
    connect(m_typed, &QLineEdit::returnPressed, this, &HouseholdLocationPanel::useTypedCoordinates);
    connect(m_start, &QPushButton::clicked, this, &HouseholdLocationPanel::startLive);
    connect(m_stop, &QPushButton::clicked, this, &HouseholdLocationPanel::stopLive);
    connect(m_save, &QPushButton::clicked, this, &HouseholdLocationPanel::saveCandidate);
    connect(m_live, &LivePosition::fixReceived, this, &HouseholdLocationPanel::liveFix);
    connect(m_live, &LivePosition::failed, this, [this](const QString &message) {
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
        m_liveStatus->setText(message);
        m_liveStatus->setStyleSheet(QLatin1String(warningStyle));
    });

    m_source->setCurrentIndex(LivePosition::candidatePorts().isEmpty() ? TypedPage : ReceiverPage);
    sourceChanged(m_source->currentIndex());
    reload();
}

HouseholdLocationPanel::~HouseholdLocationPanel() = default;

void HouseholdLocationPanel::setHouseholdId(const QString &householdId)
{
    stopLive();
    m_householdId = householdId;
    m_candidate.reset();
    m_candidateText->clear();
    m_warnings->clear();
    m_save->setEnabled(false);
    reload();
}

bool HouseholdLocationPanel::allowed()
{
    // Asked before the receiver starts or a warning is shown; record() checks it again.
    const Status permitted = HouseholdLocations::permitted(m_context.session);
    if (!permitted) {
        showProblem(permitted.error().message);
    }
    return permitted.ok();
}

void HouseholdLocationPanel::showProblem(const QString &message)
{
    m_warnings->setText(message);
    m_warnings->setStyleSheet(QLatin1String(warningStyle));
}

void HouseholdLocationPanel::reload()
{
    const Result<QList<HouseholdPoint>> history = m_locations->history(m_householdId);
    m_history->clear();
    if (!history) {
        showProblem(history.error().message);
        return;
    }
    if (history->isEmpty()) {
        m_current->clear();
        m_currentDms->clear();
        m_currentDetails->setText(tr("Belum ada titik lokasi untuk keluarga ini."));
    } else {
        const HouseholdPoint &now = history->first();
        m_current->setText(Geo::decimalText(now.fix.point));
        m_currentDms->setText(Geo::dmsText(now.fix.point));
        QStringList details{accuracyText(now.fix.accuracyMetres), Geo::sourceLabel(now.fix.source)};
        if (now.fix.time.isValid()) {
            details << Language::formatDateTime(now.fix.time);
        }
        if (!now.recordedBy.isEmpty()) {
            details << tr("dicatat oleh %1").arg(now.recordedBy);
        }
        QString text = details.join(QStringLiteral(" · "));
        if (!now.warnings.isEmpty()) {
            text += u'\n' + tr("Disimpan dengan peringatan: %1").arg(now.warnings.join(u' '));
        }
        m_currentDetails->setText(text);
    }
    m_copy->setEnabled(!history->isEmpty());
    for (const HouseholdPoint &p : *history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, p.fix.time.isValid() ? Language::formatDateTime(p.fix.time)
                                              : QStringLiteral("–"));
        item->setText(1, Geo::decimalText(p.fix.point));
        item->setText(2, p.fix.accuracyMetres ? accuracyText(p.fix.accuracyMetres)
                                              : QStringLiteral("–"));
        item->setText(3, Geo::sourceLabel(p.fix.source));
        item->setText(4, p.recordedBy);
        if (!p.warnings.isEmpty()) {
            item->setToolTip(1, p.warnings.join(u'\n'));
        }
    }

    m_photoChoice->clear();
    const Result<QList<HouseholdPhoto>> photos = m_photos->photos(m_householdId);
    if (photos) {
        for (const HouseholdPhoto &photo : *photos) {
            if (photo.exifPoint) {
                m_photoChoice->addItem(
                    tr("%1 — %2").arg(PhotoViews::label(photo.view),
                                      photo.capturedAt.isValid()
                                          ? Language::formatDateTime(photo.capturedAt)
                                          : photo.sourceName),
                    photo.id);
            }
        }
    }
    if (m_photoChoice->count() == 0) {
        m_photoChoice->addItem(tr("Tidak ada foto rumah dengan data GPS."));
        m_photoChoice->setEnabled(false);
    } else {
        m_photoChoice->setEnabled(true);
    }
}

void HouseholdLocationPanel::sourceChanged(int index)
{
    stopLive();
    m_sourcePages->setCurrentIndex(index);
    const bool live = index == ReceiverPage || index == SystemPage;
    m_start->setVisible(live);
    m_stop->setVisible(live);
    m_liveStatus->setVisible(live);
    m_liveStatus->clear();
}

void HouseholdLocationPanel::startLive()
{
    if (!allowed()) {
        return;
    }
    m_liveStatus->setStyleSheet(QString());
    if (m_source->currentIndex() == ReceiverPage) {
        const QString port = m_port->currentText().trimmed();
        m_liveStatus->setText(tr("Menghubungi penerima GPS… menunggu sinyal satelit."));
        m_live->startNmea(LivePosition::serialSource(port));
    } else {
        m_liveStatus->setText(tr("Meminta lokasi sistem…"));
        m_live->startSystem();
    }
    const bool running = m_live->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
}

void HouseholdLocationPanel::stopLive()
{
    if (m_live->isRunning()) {
        m_live->stop();
        if (m_live->fixCount() > 0) {
            m_liveStatus->setText(tr("Berhenti setelah %n posisi.", nullptr, m_live->fixCount()));
        }
    }
    m_start->setEnabled(true);
    m_stop->setEnabled(false);
}

void HouseholdLocationPanel::liveFix()
{
    const std::optional<LocationFix> best = m_live->best();
    if (!best) {
        return;
    }
    m_liveStatus->setText(tr("%n posisi diterima; yang terbaik %1. Tunggu sampai akurasi "
                             "membaik, lalu simpan.",
                             nullptr, m_live->fixCount())
                              .arg(accuracyText(best->accuracyMetres)));
    setCandidate(*best);
}

void HouseholdLocationPanel::replayNmeaLog(const QString &path)
{
    const Result<NmeaReplay::Outcome> replay = NmeaReplay::readFile(path);
    if (!replay) {
        m_logStatus->setText(replay.error().message);
        m_logStatus->setStyleSheet(QLatin1String(warningStyle));
        return;
    }
    m_logStatus->setStyleSheet(QString());
    m_logStatus->setText(
        tr("%n posisi di log; dipakai yang paling akurat.", nullptr, int(replay->fixes.size())));
    setCandidate(*NmeaReplay::best(replay->fixes));
}

void HouseholdLocationPanel::usePhotoGps()
{
    const qint64 id = m_photoChoice->currentData().toLongLong();
    const Result<QList<HouseholdPhoto>> photos = m_photos->photos(m_householdId);
    if (!photos) {
        showProblem(photos.error().message);
        return;
    }
    for (const HouseholdPhoto &photo : *photos) {
        if (photo.id == id && photo.exifPoint) {
            LocationFix fix;
            fix.point = *photo.exifPoint;
            fix.time = photo.capturedAt;
            fix.source = LocationSource::PhotoExif;
            fix.photoSha256 = photo.sha256;
            setCandidate(fix);
            return;
        }
    }
}

bool HouseholdLocationPanel::useTypedCoordinates()
{
    const Result<GeoPoint> point = CoordinateText::parsePair(m_typed->text());
    if (!point) {
        m_candidate.reset();
        m_save->setEnabled(false);
        m_candidateText->clear();
        showProblem(point.error().message);
        return false;
    }
    LocationFix fix;
    fix.point = *point;
    fix.source = LocationSource::Typed;
    const QString accuracy = m_typedAccuracy->text().trimmed();
    if (!accuracy.isEmpty()) {
        bool ok = false;
        const double metres = QString(accuracy).replace(u',', u'.').toDouble(&ok);
        if (!ok || metres < 0) {
            showProblem(tr("Akurasi harus angka meter, mis. 8 atau 12,5."));
            return false;
        }
        fix.accuracyMetres = metres;
    }
    setCandidate(fix);
    return true;
}

void HouseholdLocationPanel::setCandidate(const LocationFix &fix)
{
    m_candidate = fix;
    m_candidateText->setText(tr("Titik baru: %1 (%2), %3, %4")
                                 .arg(Geo::decimalText(fix.point), Geo::dmsText(fix.point),
                                      accuracyText(fix.accuracyMetres),
                                      Geo::sourceLabel(fix.source)));
    const Result<Findings> findings = m_locations->check(m_householdId, fix);
    if (!findings) {
        showProblem(findings.error().message);
        m_save->setEnabled(false);
        return;
    }
    QStringList lines;
    for (const Finding &f : *findings) {
        lines << (f.severity == Severity::Error ? tr("✖ %1") : tr("⚠ %1")).arg(f.message);
    }
    if (lines.isEmpty()) {
        m_warnings->setText(tr("Tidak ada peringatan."));
        m_warnings->setStyleSheet(QString());
    } else {
        m_warnings->setText(lines.join(u'\n'));
        m_warnings->setStyleSheet(QLatin1String(warningStyle));
    }
    m_save->setEnabled(!hasErrors(*findings));
}

bool HouseholdLocationPanel::saveCandidate()
{
    if (!m_candidate || !allowed()) {
        return false;
    }
    const Result<Findings> findings = m_locations->check(m_householdId, *m_candidate);
    if (!findings) {
        showProblem(findings.error().message);
        return false;
    }
    if (worstOf(*findings) == Severity::Warning) {
        QStringList messages;
        for (const Finding &f : *findings) {
            messages << QStringLiteral("• ") + f.message;
        }
        if (!m_prompts.confirm(this, tr("Simpan titik dengan peringatan?"),
                               tr("Titik ini punya peringatan:\n%1\n\nSimpan juga? Peringatan "
                                  "ikut dicatat.")
                                   .arg(messages.join(u'\n')))) {
            return false;
        }
    }
    const Result<HouseholdPoint> saved =
        m_locations->record(m_householdId, *m_candidate, m_context.session);
    if (!saved) {
        showProblem(saved.error().message);
        return false;
    }
    stopLive();
    m_candidate.reset();
    m_candidateText->setText(tr("Titik disimpan."));
    m_warnings->clear();
    m_save->setEnabled(false);
    reload();
    Q_EMIT locationChanged();
    return true;
}

} // namespace tepat
