#include "Commands.h"

#include <QCoreApplication>

namespace tepat::cli {

QList<Command> commands()
{
    return {
        {QStringLiteral("nik check"),
         QT_TRANSLATE_NOOP("cli",
                           "Periksa NIK dari standard input, satu per baris (hasil dipisah tab)."),
         nikCheck},
        {QStringLiteral("import"),
         QT_TRANSLATE_NOOP("cli",
                           "Muat snapshot DTKS (households.csv, persons.csv) ke berkas data."),
         importSnapshot},
        {QStringLiteral("demo"),
         QT_TRANSLATE_NOOP("cli", "Buat kelurahan contoh yang sepenuhnya sintetis."), demo},
        {QStringLiteral("search"),
         QT_TRANSLATE_NOOP("cli", "Cari orang menurut NIK, No KK atau nama."), search},
        {QStringLiteral("sync"),
         QT_TRANSLATE_NOOP("cli", "Kirim kotak keluar dan terima perubahan dari server pusat."),
         sync},
        {QStringLiteral("outbox list"),
         QT_TRANSLATE_NOOP("cli", "Tampilkan isi kotak keluar dan masalahnya."), outboxList},
        {QStringLiteral("outbox add"),
         QT_TRANSLATE_NOOP("cli", "Masukkan usulan yang disetujui ke kotak keluar."), outboxAdd},
    };
}

} // namespace tepat::cli
