#include "app/cli/Commands.h"

#include "core/accounts/Role.h"
#include "core/common/Clock.h"
#include "core/documents/LetterBatch.h"
#include "core/files/ContentStore.h"
#include "core/letters/LetterSigner.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace tepat::cli {

namespace {

struct LetterOptions
{
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("cli", "Berkas data."),
                          QStringLiteral("FILE")};
    QCommandLineOption paper{
        QStringLiteral("paper"),
        QCoreApplication::translate("cli", "Ukuran kertas: A4, F4 (215 × 330 mm) atau F4-210 "
                                           "(210 × 330 mm). Bawaan: pengaturan surat."),
        QStringLiteral("KERTAS")};
    QCommandLineOption purpose{
        QStringLiteral("purpose"),
        QCoreApplication::translate("cli", "Keperluan surat (bawaan: persyaratan administrasi)."),
        QStringLiteral("TEKS")};
    QCommandLineOption religion{
        QStringLiteral("religion"),
        QCoreApplication::translate("cli", "Agama, bila diketahui (data DTKS tidak memuatnya)."),
        QStringLiteral("AGAMA")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({db, paper, purpose, religion});
    }
};

// Opens an existing store for writing; letters are registered in it.
Result<std::unique_ptr<Database>> openExisting(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        return Error{QStringLiteral("db.missing"),
                     QCoreApplication::translate("cli", "Berkas data %1 tidak ada.").arg(path)};
    }
    return Database::open(path);
}

std::optional<int> prepare(const QCommandLineParser &parser, const LetterOptions &o,
                           std::optional<Paper> &paper, CertificateForm &form, Console &console)
{
    if (parser.isSet(o.paper)) {
        paper = PaperInfo::fromCode(parser.value(o.paper));
        if (!paper) {
            console.err(QCoreApplication::translate("cli", "Ukuran kertas tidak dikenal: %1 (A4, "
                                                           "F4 atau F4-210).")
                            .arg(parser.value(o.paper)));
            return CannotRun;
        }
    }
    form.purpose = parser.value(o.purpose);
    form.religion = parser.value(o.religion);
    return std::nullopt;
}

// Opens the store and checks the letter settings; on standard error says why it cannot.
std::unique_ptr<Database> openForLetters(const QString &path, Console &console)
{
    Result<std::unique_ptr<Database>> store = openExisting(path);
    if (!store) {
        console.err(store.error().message);
        return nullptr;
    }
    if (const Status s = LetterSettings::load(*store.value()).validate(); !s) {
        console.err(QCoreApplication::translate("cli", "Pengaturan surat belum lengkap: %1")
                        .arg(s.error().message));
        return nullptr;
    }
    return std::move(store.value());
}

} // namespace

int letter(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Membuat satu surat keterangan DTKS (terdaftar atau tidak terdaftar) untuk orang "
               "dalam data, memberinya nomor register, dan menyimpannya sebagai PDF. Mencetak "
               "nomor register."));
    const LetterOptions o;
    o.addTo(parser);
    const QCommandLineOption person(
        QStringLiteral("person"),
        QCoreApplication::translate("cli", "ID orang (seperti yang dicetak oleh search)."),
        QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "Berkas PDF yang dibuat."),
                                 QStringLiteral("FILE.pdf"));
    parser.addOptions({person, out});
    if (const auto stop = parseArguments(parser, QStringLiteral("letter"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(o.db) || !parser.isSet(person) || !parser.isSet(out)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli letter --db FILE --person ID --out FILE.pdf "
                   "[--paper A4|F4]"));
        return CannotRun;
    }
    std::optional<Paper> paper;
    CertificateForm form;
    if (const auto stop = prepare(parser, o, paper, form, console)) {
        return *stop;
    }
    const std::unique_ptr<Database> store = openForLetters(parser.value(o.db), console);
    if (!store) {
        return CannotRun;
    }
    const Session session = Session::localAdministrator();
    const LetterBatch batch(*store, Clock::system(), session,
                            ContentStore::rootFor(parser.value(o.db)));
    const LetterBatch::Item item =
        batch.single(parser.value(person), parser.value(out), form, paper);
    if (item.error) {
        console.err(item.error->message);
        if (!item.number.isEmpty()) {
            console.out(item.number);
        }
        return SomeRefused;
    }
    console.out(item.number);
    return Success;
}

int letters(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Membuat surat keterangan DTKS untuk daftar orang (satu ID per baris; - untuk "
               "standard input), masing-masing bernomor register dan berkas PDF sendiri "
               "(SK-TAHUN-NOMOR.pdf). Satu baris per surat: ID orang, nomor register, berkas PDF "
               "(dipisah tab)."));
    const LetterOptions o;
    o.addTo(parser);
    const QCommandLineOption persons(QStringLiteral("persons"),
                                     QCoreApplication::translate("cli", "Berkas daftar ID orang."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("cli", "Folder untuk berkas PDF."),
                                 QStringLiteral("DIR"));
    parser.addOptions({persons, out});
    if (const auto stop = parseArguments(parser, QStringLiteral("letters"), arguments, console)) {
        return *stop;
    }
    if (!parser.isSet(o.db) || !parser.isSet(persons) || !parser.isSet(out)) {
        console.err(QCoreApplication::translate(
            "cli", "Pemakaian: tepat-cli letters --db FILE --persons FILE --out DIR "
                   "[--paper A4|F4]"));
        return CannotRun;
    }
    std::optional<Paper> paper;
    CertificateForm form;
    if (const auto stop = prepare(parser, o, paper, form, console)) {
        return *stop;
    }
    QFile list(parser.value(persons));
    const bool opened = parser.value(persons) == QLatin1String("-")
                            ? list.open(stdin, QIODevice::ReadOnly)
                            : list.open(QIODevice::ReadOnly);
    if (!opened) {
        console.err(QCoreApplication::translate("cli", "Berkas %1 tidak bisa dibuka.")
                        .arg(parser.value(persons)));
        return CannotRun;
    }
    QStringList ids;
    for (const QByteArray &line : list.readAll().split('\n')) {
        const QString id = QString::fromUtf8(line).trimmed();
        if (!id.isEmpty()) {
            ids << id;
        }
    }
    const std::unique_ptr<Database> store = openForLetters(parser.value(o.db), console);
    if (!store) {
        return CannotRun;
    }
    const Session session = Session::localAdministrator();
    const LetterBatch batch(*store, Clock::system(), session,
                            ContentStore::rootFor(parser.value(o.db)));
    const QList<LetterBatch::Item> items =
        batch.run(ids, parser.value(out), form, paper, [&console](qsizetype done, qsizetype total) {
            console.progress(QCoreApplication::translate("cli", "Surat"), done, total);
        });
    console.endProgress();
    int refused = 0;
    for (const LetterBatch::Item &item : items) {
        if (item.error) {
            ++refused;
            console.err(QStringLiteral("%1: %2").arg(item.personId, item.error->message));
            continue;
        }
        console.out(QStringList{item.personId, item.number, item.file}.join(u'\t'));
    }
    return refused > 0 ? SomeRefused : Success;
}

int letterVerify(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Memeriksa kode verifikasi (isi kode QR) surat dari standard input, satu per "
               "baris. Per baris: genuine (asli), altered (diubah), unknown (tidak dikenal) atau "
               "void (nomornya dibatalkan di register ini, surat tidak berlaku), lalu nomor "
               "surat (dipisah tab). Keluar 0 bila semua asli, 1 bila tidak."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("cli", "Berkas data yang kuncinya dipakai (bawaan: data "
                                           "aplikasi Tepat di komputer ini)."),
        QStringLiteral("FILE"));
    parser.addOption(db);
    if (const auto stop =
            parseArguments(parser, QStringLiteral("letter verify"), arguments, console)) {
        return *stop;
    }
    const QString path =
        parser.isSet(db) ? parser.value(db)
                         : QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                               QStringLiteral("/Tepat/Tepat/tepat.sqlite");
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    Result<std::unique_ptr<Database>> store = Database::open(path, readOnly);
    if (!store) {
        console.err(store.error().message);
        return CannotRun;
    }
    QFile input;
    input.open(stdin, QIODevice::ReadOnly);
    const LetterSigner signer(*store.value(), Clock::system());
    int checked = 0;
    int notGenuine = 0;
    for (const QByteArray &line : input.readAll().split('\n')) {
        const QString payload = QString::fromUtf8(line).trimmed();
        if (payload.isEmpty()) {
            continue;
        }
        ++checked;
        const Verification v = signer.verify(payload);
        notGenuine += v.verdict == Verdict::Genuine ? 0 : 1;
        console.out(LetterSigner::verdictCode(v.verdict) + u'\t' + v.claim.number);
        console.err(v.explanation);
    }
    if (checked == 0) {
        console.err(QCoreApplication::translate("cli", "Tidak ada kode yang dibaca dari standard "
                                                       "input."));
        return CannotRun;
    }
    return notGenuine > 0 ? SomeRefused : Success;
}

} // namespace tepat::cli
