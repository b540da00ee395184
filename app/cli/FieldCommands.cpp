// tepat-cli photo add, tepat-cli location set: house photos and location points (docs/cli.md).

#include "app/cli/Commands.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/files/ContentStore.h"
#include "core/location/CoordinateText.h"
#include "core/location/HouseholdLocations.h"
#include "core/location/NmeaReplay.h"
#include "core/photos/HouseholdPhotos.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tepat::cli {

namespace {

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), QCoreApplication::translate("cli", "Berkas data."),
            QStringLiteral("FILE")};
}

QCommandLineOption householdOption()
{
    return {QStringLiteral("household"),
            QCoreApplication::translate(
                "cli", "ID keluarga DTKS (atau ID sementara usulan keluarga baru)."),
            QStringLiteral("ID")};
}

// A household id, never a NIK or KK number: the 16-digit numbers identify people and cards.
bool acceptableHouseholdId(const QString &id, Console &console)
{
    static const QRegularExpression sixteenDigits(QStringLiteral("^\\d{16}$"));
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (sixteenDigits.match(id).hasMatch()) {
        console.err(QCoreApplication::translate(
            "cli", "--household berisi 16 angka seperti NIK atau No KK; pakai ID keluarga DTKS."));
        return false;
    }
    if (!allowed.match(id).hasMatch()) {
        console.err(QCoreApplication::translate(
            "cli", "--household hanya boleh huruf, angka, titik, garis bawah dan tanda hubung "
                   "(paling panjang 64)."));
        return false;
    }
    return true;
}

void noteIfNotInRegister(const Database &db, const QString &householdId, Console &console)
{
    Result<QSqlQuery> q =
        db.query(QStringLiteral("SELECT 1 FROM household WHERE id = ?"), {householdId});
    if (q && !q->next()) {
        console.err(QCoreApplication::translate(
                        "cli", "Keluarga %1 tidak ada di data DTKS; dicatat untuk usulan keluarga "
                               "baru dengan ID ini.")
                        .arg(householdId));
    }
}

} // namespace

int photoAdd(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Menormalkan foto rumah (tegak sesuai EXIF, sisi panjang paling 1600 piksel, JPEG "
               "kualitas 85) dan melampirkannya ke keluarga. Foto yang sama disimpan sekali. Per "
               "berkas satu baris: berkas, ok/error, SHA-256 atau pesan (dipisah tab)."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption household = householdOption();
    const QCommandLineOption view(
        QStringLiteral("view"),
        QCoreApplication::translate("cli", "Sisi rumah: front (depan), side, back, inside, other."),
        QStringLiteral("VIEW"), QStringLiteral("front"));
    parser.addOptions({db, household, view});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "Foto JPEG atau PNG."),
                                 QStringLiteral("FILE…"));
    if (const auto stop = parseArguments(parser, QStringLiteral("photo add"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(db) || !parser.isSet(household) || parser.positionalArguments().isEmpty()) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli photo add --db FILE --household ID [--view SISI] FOTO…"));
        return CannotRun;
    }
    const std::optional<PhotoView> chosenView = PhotoViews::fromCode(parser.value(view));
    if (!chosenView) {
        console.err(QCoreApplication::translate("cli", "Sisi rumah tidak dikenal: %1")
                        .arg(parser.value(view)));
        return CannotRun;
    }
    const QString householdId = parser.value(household).trimmed();
    if (!acceptableHouseholdId(householdId, console)) {
        return CannotRun;
    }
    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Database &database = *store.value();
    noteIfNotInRegister(database, householdId, console);
    const HouseholdPhotos photos(database, Clock::system(), ContentStore::rootFor(database.path()));
    const Session actor = Session::localAdministrator();
    const QStringList files = parser.positionalArguments();
    int refused = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        console.progress(QCoreApplication::translate("cli", "Memproses foto…"), i, files.size());
        const Result<AttachedPhoto> attached =
            photos.attachFile(householdId, files[i], *chosenView, actor);
        if (attached) {
            console.out(
                QStringList{files[i], QStringLiteral("ok"), attached->photo.sha256}.join(u'\t'));
        } else {
            ++refused;
            console.out(
                QStringList{files[i], QStringLiteral("error"), attached.error().message}.join(
                    u'\t'));
        }
    }
    console.endProgress();
    return refused > 0 ? SomeRefused : Success;
}

int locationSet(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Mencatat titik lokasi rumah keluarga dari log NMEA (posisi paling akurat) atau "
               "koordinat yang diketik (desimal atau derajat-menit-detik, koma atau titik). "
               "Hasil: lintang, bujur, akurasi (m), kode peringatan (dipisah tab); pesan "
               "peringatan ke standard error."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption household = householdOption();
    const QCommandLineOption nmea(QStringLiteral("nmea"),
                                  QCoreApplication::translate("cli", "Berkas log NMEA dari GPS."),
                                  QStringLiteral("LOG"));
    const QCommandLineOption lat(
        QStringLiteral("lat"),
        QCoreApplication::translate("cli", "Lintang, mis. -7.8166 atau 7°48'59.8\" LS."),
        QStringLiteral("X"));
    const QCommandLineOption lon(
        QStringLiteral("lon"),
        QCoreApplication::translate("cli", "Bujur, mis. 112.0119 atau 112°0'42.8\" BT."),
        QStringLiteral("Y"));
    const QCommandLineOption accuracy(
        QStringLiteral("accuracy"),
        QCoreApplication::translate("cli", "Akurasi dalam meter (bila diketahui)."),
        QStringLiteral("M"));
    parser.addOptions({db, household, nmea, lat, lon, accuracy});
    if (const auto stop =
            parseArguments(parser, QStringLiteral("location set"), arguments, console)) {
        return *stop;
    }
    const bool typed = parser.isSet(lat) || parser.isSet(lon);
    if (!parser.isSet(db) || !parser.isSet(household) || parser.isSet(nmea) == typed ||
        (typed && !(parser.isSet(lat) && parser.isSet(lon))) ||
        (parser.isSet(nmea) && parser.isSet(accuracy))) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli location set --db FILE --household ID (--nmea LOG | "
                   "--lat X --lon Y [--accuracy M])"));
        return CannotRun;
    }
    const QString householdId = parser.value(household).trimmed();
    if (!acceptableHouseholdId(householdId, console)) {
        return CannotRun;
    }

    LocationFix fix;
    if (parser.isSet(nmea)) {
        const Result<NmeaReplay::Outcome> replay = NmeaReplay::readFile(parser.value(nmea));
        if (!replay) {
            console.err(replay.error().message);
            return replay.error().code == QLatin1String("location.nmea_unreadable") ? CannotRun
                                                                                    : SomeRefused;
        }
        fix = *NmeaReplay::best(replay->fixes);
    } else {
        const Result<double> latitude =
            CoordinateText::parseValue(parser.value(lat), CoordinateText::Axis::Latitude);
        const Result<double> longitude =
            CoordinateText::parseValue(parser.value(lon), CoordinateText::Axis::Longitude);
        if (!latitude || !longitude) {
            console.err(!latitude ? latitude.error().message : longitude.error().message);
            return SomeRefused;
        }
        fix.point = {*latitude, *longitude};
        fix.source = LocationSource::Typed;
        if (parser.isSet(accuracy)) {
            bool ok = false;
            const double metres = QString(parser.value(accuracy)).replace(u',', u'.').toDouble(&ok);
            if (!ok || metres < 0) {
                console.err(
                    QCoreApplication::translate("cli", "--accuracy harus angka meter ≥ 0."));
                return SomeRefused;
            }
            fix.accuracyMetres = metres;
        }
    }

    Result<std::unique_ptr<Database>> store = Database::open(parser.value(db));
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    const Database &database = *store.value();
    noteIfNotInRegister(database, householdId, console);
    const HouseholdLocations locations(database, Clock::system());
    const Result<Findings> findings = locations.check(householdId, fix);
    if (!findings) {
        console.err(findings.error().message);
        return CannotRun;
    }
    const Result<HouseholdPoint> recorded =
        locations.record(householdId, fix, Session::localAdministrator());
    if (!recorded) {
        console.err(recorded.error().message);
        return recorded.error().code.startsWith(QLatin1String("location.")) ? SomeRefused
                                                                            : CannotRun;
    }
    QStringList codes;
    for (const Finding &f : *findings) {
        codes << f.code;
        console.err(f.message);
    }
    const LocationFix &saved = recorded->fix;
    console.out(QStringList{QString::number(saved.point.latitude, 'f', 6),
                            QString::number(saved.point.longitude, 'f', 6),
                            saved.accuracyMetres ? QString::number(*saved.accuracyMetres, 'f', 1)
                                                 : QStringLiteral("-"),
                            codes.isEmpty() ? QStringLiteral("-") : codes.join(u',')}
                    .join(u'\t'));
    return Success;
}

} // namespace tepat::cli
