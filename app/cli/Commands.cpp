#include "app/cli/Commands.h"

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
        {QStringLiteral("duplicates"),
         QT_TRANSLATE_NOOP("cli", "Daftar pasangan data yang kemungkinan orang yang sama (skor "
                                  "dan alasan, tanpa NIK)."),
         duplicates},
        {QStringLiteral("audit verify"),
         QT_TRANSLATE_NOOP("cli", "Periksa rantai jejak audit (intact, atau catatan pertama "
                                  "yang rusak)."),
         auditVerify},
        {QStringLiteral("backup"),
         QT_TRANSLATE_NOOP("cli", "Buat cadangan terenkripsi (frasa sandi dari standard input)."),
         backup},
        {QStringLiteral("restore"),
         QT_TRANSLATE_NOOP("cli", "Pulihkan cadangan setelah diperiksa utuh (frasa sandi dari "
                                  "standard input)."),
         restore},
        {QStringLiteral("bundle export"),
         QT_TRANSLATE_NOOP("cli", "Tulis paket kerja (kantor) atau berkas hasil kunjungan "
                                  "(laptop lapangan)."),
         bundleExport},
        {QStringLiteral("bundle import"),
         QT_TRANSLATE_NOOP("cli", "Terima paket kerja (laptop) atau gabungkan berkas hasil "
                                  "kunjungan (kantor)."),
         bundleImport},
        {QStringLiteral("photo add"),
         QT_TRANSLATE_NOOP("cli",
                           "Lampirkan foto rumah ke keluarga (dinormalkan, disimpan sekali)."),
         photoAdd},
        {QStringLiteral("location set"),
         QT_TRANSLATE_NOOP("cli", "Catat titik lokasi rumah dari log NMEA atau koordinat."),
         locationSet},
        // "letter verify" before "letter": the first command whose words match runs.
        {QStringLiteral("letter verify"),
         QT_TRANSLATE_NOOP("cli", "Periksa keaslian surat dari isi kode QR-nya."), letterVerify},
        {QStringLiteral("letter"),
         QT_TRANSLATE_NOOP("cli", "Buat satu surat keterangan DTKS (PDF) bernomor register."),
         letter},
        {QStringLiteral("letters"),
         QT_TRANSLATE_NOOP("cli", "Buat surat keterangan DTKS untuk daftar orang."), letters},
        {QStringLiteral("sync"),
         QT_TRANSLATE_NOOP("cli", "Kirim kotak keluar dan terima perubahan dari server pusat."),
         sync},
        {QStringLiteral("outbox list"),
         QT_TRANSLATE_NOOP("cli", "Tampilkan isi kotak keluar dan masalahnya."), outboxList},
        {QStringLiteral("outbox add"),
         QT_TRANSLATE_NOOP("cli", "Masukkan usulan yang disetujui ke kotak keluar."), outboxAdd},
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("cli", "Simpan daftar (keluarga, usulan, surat, BNBA) sebagai buku "
                                  "kerja Excel."),
         exportList},
        {QStringLiteral("proposals template"),
         QT_TRANSLATE_NOOP("cli", "Simpan templat usulan massal (.xlsx)."), proposalsTemplate},
        {QStringLiteral("proposals import"),
         QT_TRANSLATE_NOOP("cli", "Periksa dan buat draf usulan massal dari buku kerja Excel."),
         proposalsImport},
        {QStringLiteral("complaints list"),
         QT_TRANSLATE_NOOP("cli", "Daftar pengaduan dan sanggah (status, lewat 14 hari)."),
         complaintsList},
    };
}

} // namespace tepat::cli
