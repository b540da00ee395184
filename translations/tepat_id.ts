<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id">
<context>
    <name>Accounts</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Nama pengguna harus 3–64 huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>Nama pengguna harus 3–64 huruf kecil, angka, titik, garis bawah atau tanda hubung.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi (paling banyak 200 karakter).</source>
        <translation>Nama lengkap wajib diisi (paling banyak 200 karakter).</translation>
    </message>
    <message>
        <source>Operator memerlukan kode kelurahan/desa yang dikenal (--village).</source>
        <translation>Operator memerlukan kode kelurahan/desa yang dikenal (--village).</translation>
    </message>
    <message>
        <source>Supervisor memerlukan kode kabupaten/kota yang dikenal (--regency, misalnya 35.71).</source>
        <translation>Supervisor memerlukan kode kabupaten/kota yang dikenal (--regency, misalnya 35.71).</translation>
    </message>
    <message>
        <source>Peran harus operator atau supervisor.</source>
        <translation>Peran harus operator atau supervisor.</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>Kata sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <source>Kata sandi tidak bisa diamankan (memori tidak cukup).</source>
        <translation>Kata sandi tidak bisa diamankan (memori tidak cukup).</translation>
    </message>
    <message>
        <source>Nama pengguna %1 sudah dipakai.</source>
        <translation>Nama pengguna %1 sudah dipakai.</translation>
    </message>
    <message>
        <source>Identitas perangkat tidak valid.</source>
        <translation>Identitas perangkat tidak valid.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 menit.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 menit.</translation>
    </message>
    <message>
        <source>Sesi masuk sudah berakhir; masukkan kata sandi lagi.</source>
        <translation>Sesi masuk sudah berakhir; masukkan kata sandi lagi.</translation>
    </message>
    <message>
        <source>Permintaan ini memerlukan masuk dulu.</source>
        <translation>Permintaan ini memerlukan masuk dulu.</translation>
    </message>
    <message>
        <source>Sesi masuk tidak dikenal; masuk lagi.</source>
        <translation>Sesi masuk tidak dikenal; masuk lagi.</translation>
    </message>
    <message>
        <source>Sesi masuk sudah kedaluwarsa.</source>
        <translation>Sesi masuk sudah kedaluwarsa.</translation>
    </message>
</context>
<context>
    <name>AttachmentUploader</name>
    <message>
        <source>Berkas lampiran %1… tidak ada lagi di komputer ini. Lampirkan ulang berkasnya pada usulan.</source>
        <translation>Berkas lampiran %1… tidak ada lagi di komputer ini. Lampirkan ulang berkasnya pada usulan.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1… berukuran %2 byte; server menerima 1 byte sampai %3 MB.</source>
        <translation>Berkas lampiran %1… berukuran %2 byte; server menerima 1 byte sampai %3 MB.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1… di komputer ini rusak (isinya tidak cocok dengan sidiknya). Lampirkan ulang berkasnya pada usulan.</source>
        <translation>Berkas lampiran %1… di komputer ini rusak (isinya tidak cocok dengan sidiknya). Lampirkan ulang berkasnya pada usulan.</translation>
    </message>
    <message>
        <source>Server menyimpan unggahan lain dengan sidik yang sama tetapi ukuran berbeda; hubungi pengelola server.</source>
        <translation>Server menyimpan unggahan lain dengan sidik yang sama tetapi ukuran berbeda; hubungi pengelola server.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1… tidak terbaca.</source>
        <translation>Berkas lampiran %1… tidak terbaca.</translation>
    </message>
    <message>
        <source>Server tidak mencatat potongan berkas yang dikirim.</source>
        <translation>Server tidak mencatat potongan berkas yang dikirim.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Catatan audit harus menyebut pelaku dan tindakannya.</source>
        <translation>Catatan audit harus menyebut pelaku dan tindakannya.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Berkas lampiran terlalu besar (paling besar %1 MB).</source>
        <translation>Berkas lampiran terlalu besar (paling besar %1 MB).</translation>
    </message>
    <message>
        <source>Potongan berkas di luar ukuran berkas.</source>
        <translation>Potongan berkas di luar ukuran berkas.</translation>
    </message>
    <message>
        <source>Ukuran berkas berbeda dengan unggahan yang sedang berjalan.</source>
        <translation>Ukuran berkas berbeda dengan unggahan yang sedang berjalan.</translation>
    </message>
    <message>
        <source>Server sudah menerima %1 byte dari berkas ini; lanjutkan dari sana.</source>
        <translation>Server sudah menerima %1 byte dari berkas ini; lanjutkan dari sana.</translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan sidik SHA-256-nya; berkas dikirim ulang dari awal.</source>
        <translation>Isi berkas tidak cocok dengan sidik SHA-256-nya; berkas dikirim ulang dari awal.</translation>
    </message>
</context>
<context>
    <name>CentralCli</name>
    <message>
        <source>Folder data server.</source>
        <translation>Folder data server.</translation>
    </message>
    <message>
        <source>PostgreSQL: postgresql://pengguna:sandi@host:port/nama (bawaan: SQLite di folder data).</source>
        <translation>PostgreSQL: postgresql://pengguna:sandi@host:port/nama (bawaan: SQLite di folder data).</translation>
    </message>
    <message>
        <source>Pemakaian: </source>
        <translation>Pemakaian: </translation>
    </message>
    <message>
        <source>--data DIR wajib diisi.</source>
        <translation>--data DIR wajib diisi.</translation>
    </message>
    <message>
        <source>Menjalankan server pusat Tepat.</source>
        <translation>Menjalankan server pusat Tepat.</translation>
    </message>
    <message>
        <source>Alamat dan port, misalnya 127.0.0.1:8080.</source>
        <translation>Alamat dan port, misalnya 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Sertifikat TLS (PEM).</source>
        <translation>Sertifikat TLS (PEM).</translation>
    </message>
    <message>
        <source>Kunci privat TLS (PEM).</source>
        <translation>Kunci privat TLS (PEM).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central --listen ADDR:PORT --data DIR [--database URL] [--cert C --key K]</source>
        <translation>Pemakaian: tepat-central --listen ADDR:PORT --data DIR [--database URL] [--cert C --key K]</translation>
    </message>
    <message>
        <source>--listen harus berbentuk ALAMAT:PORT, misalnya 127.0.0.1:8080.</source>
        <translation>--listen harus berbentuk ALAMAT:PORT, misalnya 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Peringatan: tanpa TLS; gunakan --cert dan --key untuk selain loopback.</source>
        <translation>Peringatan: tanpa TLS; gunakan --cert dan --key untuk selain loopback.</translation>
    </message>
    <message>
        <source>tepat-central mendengarkan di %1:%2 (%3)</source>
        <translation>tepat-central mendengarkan di %1:%2 (%3)</translation>
    </message>
    <message>
        <source>Membuat akun operator (satu kelurahan/desa) atau supervisor (satu kabupaten/kota). Kata sandi dibaca dari standard input.</source>
        <translation>Membuat akun operator (satu kelurahan/desa) atau supervisor (satu kabupaten/kota). Kata sandi dibaca dari standard input.</translation>
    </message>
    <message>
        <source>operator atau supervisor.</source>
        <translation>operator atau supervisor.</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa.</source>
        <translation>Kode kelurahan/desa.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota.</source>
        <translation>Kode kabupaten/kota.</translation>
    </message>
    <message>
        <source>Nama pengguna untuk masuk.</source>
        <translation>Nama pengguna untuk masuk.</translation>
    </message>
    <message>
        <source>Nama lengkap (bawaan: nama pengguna).</source>
        <translation>Nama lengkap (bawaan: nama pengguna).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central user add --data DIR --role operator|supervisor (--village KODE|--regency KODE) --name NAMA</source>
        <translation>Pemakaian: tepat-central user add --data DIR --role operator|supervisor (--village KODE|--regency KODE) --name NAMA</translation>
    </message>
    <message>
        <source>Kata sandi: </source>
        <translation>Kata sandi: </translation>
    </message>
    <message>
        <source>Kata sandi harus diberikan lewat standard input.</source>
        <translation>Kata sandi harus diberikan lewat standard input.</translation>
    </message>
    <message>
        <source>Usulan yang diterima server, satu per baris: kunci, kelurahan, jenis, status.</source>
        <translation>Usulan yang diterima server, satu per baris: kunci, kelurahan, jenis, status.</translation>
    </message>
    <message>
        <source>Hanya kelurahan/desa ini.</source>
        <translation>Hanya kelurahan/desa ini.</translation>
    </message>
    <message>
        <source>Mengimpor peristiwa Dukcapil (kematian, pindah) dari CSV event,nik,date,note ke aliran perubahan.</source>
        <translation>Mengimpor peristiwa Dukcapil (kematian, pindah) dari CSV event,nik,date,note ke aliran perubahan.</translation>
    </message>
    <message>
        <source>Berkas peristiwa.</source>
        <translation>Berkas peristiwa.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central civil-events import --data DIR FILE.csv</source>
        <translation>Pemakaian: tepat-central civil-events import --data DIR FILE.csv</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca.</source>
        <translation>Berkas %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>baris %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>diterapkan	%1</source>
        <translation>diterapkan	%1</translation>
    </message>
    <message>
        <source>sudah tercatat	%1</source>
        <translation>sudah tercatat	%1</translation>
    </message>
    <message>
        <source>NIK tidak dikenal	%1</source>
        <translation>NIK tidak dikenal	%1</translation>
    </message>
    <message>
        <source>ditolak	%1</source>
        <translation>ditolak	%1</translation>
    </message>
    <message>
        <source>Memuat data DTKS (snapshot CSV, docs/snapshot-format.md) ke server; hanya baris yang berubah masuk aliran perubahan.</source>
        <translation>Memuat data DTKS (snapshot CSV, docs/snapshot-format.md) ke server; hanya baris yang berubah masuk aliran perubahan.</translation>
    </message>
    <message>
        <source>Berkas keluarga.</source>
        <translation>Berkas keluarga.</translation>
    </message>
    <message>
        <source>Berkas anggota.</source>
        <translation>Berkas anggota.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central register import --data DIR HOUSEHOLDS.csv PERSONS.csv</source>
        <translation>Pemakaian: tepat-central register import --data DIR HOUSEHOLDS.csv PERSONS.csv</translation>
    </message>
    <message>
        <source>keluarga	%1</source>
        <translation>keluarga	%1</translation>
    </message>
    <message>
        <source>orang	%1</source>
        <translation>orang	%1</translation>
    </message>
    <message>
        <source>berubah	%1</source>
        <translation>berubah	%1</translation>
    </message>
    <message>
        <source>Baris yang ditolak: %1</source>
        <translation>Baris yang ditolak: %1</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1
Perintah: user add, requests list, civil-events import, register import; tanpa perintah: jalankan server (--help).</source>
        <translation>Perintah tidak dikenal: %1
Perintah: user add, requests list, civil-events import, register import; tanpa perintah: jalankan server (--help).</translation>
    </message>
</context>
<context>
    <name>CentralDatabase</name>
    <message>
        <source>Folder data %1 tidak bisa dibuat.</source>
        <translation>Folder data %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Alamat basis data harus berbentuk postgresql://pengguna:sandi@host:port/nama.</source>
        <translation>Alamat basis data harus berbentuk postgresql://pengguna:sandi@host:port/nama.</translation>
    </message>
    <message>
        <source>Driver PostgreSQL untuk Qt (paket libqt6sql6-psql) belum terpasang.</source>
        <translation>Driver PostgreSQL untuk Qt (paket libqt6sql6-psql) belum terpasang.</translation>
    </message>
    <message>
        <source>Basis data server tidak bisa dibuka: %1</source>
        <translation>Basis data server tidak bisa dibuka: %1</translation>
    </message>
    <message>
        <source>Basis data server dibuat oleh versi tepat-central yang lebih baru (skema %1); perbarui tepat-central.</source>
        <translation>Basis data server dibuat oleh versi tepat-central yang lebih baru (skema %1); perbarui tepat-central.</translation>
    </message>
    <message>
        <source>Basis data server gagal menyimpan atau membaca; coba lagi nanti.</source>
        <translation>Basis data server gagal menyimpan atau membaca; coba lagi nanti.</translation>
    </message>
</context>
<context>
    <name>CentralRegister</name>
    <message>
        <source>Folder sementara untuk impor tidak bisa dibuat.</source>
        <translation>Folder sementara untuk impor tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Baris judul berkas peristiwa harus: event,nik,date,note</source>
        <translation>Baris judul berkas peristiwa harus: event,nik,date,note</translation>
    </message>
    <message>
        <source>jumlah kolom harus 4</source>
        <translation>jumlah kolom harus 4</translation>
    </message>
    <message>
        <source>jenis peristiwa harus death atau move</source>
        <translation>jenis peristiwa harus death atau move</translation>
    </message>
    <message>
        <source>NIK harus 16 angka</source>
        <translation>NIK harus 16 angka</translation>
    </message>
    <message>
        <source>tanggal harus YYYY-MM-DD dan tidak di masa depan</source>
        <translation>tanggal harus YYYY-MM-DD dan tidak di masa depan</translation>
    </message>
    <message>
        <source>keterangan lebih dari 500 karakter</source>
        <translation>keterangan lebih dari 500 karakter</translation>
    </message>
    <message>
        <source>Meninggal dunia (laporan Dukcapil)</source>
        <translation>Meninggal dunia (laporan Dukcapil)</translation>
    </message>
    <message>
        <source>Pindah domisili (laporan Dukcapil)</source>
        <translation>Pindah domisili (laporan Dukcapil)</translation>
    </message>
</context>
<context>
    <name>CentralServer</name>
    <message>
        <source>Kepala permintaan terlalu besar.</source>
        <translation>Kepala permintaan terlalu besar.</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar (paling banyak %1 MB).</source>
        <translation>Isi permintaan terlalu besar (paling banyak %1 MB).</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar.</source>
        <translation>Isi permintaan terlalu besar.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestRepository</name>
    <message>
        <source>Pembuat usulan harus diketahui.</source>
        <translation>Pembuat usulan harus diketahui.</translation>
    </message>
    <message>
        <source>Usulan ini sudah berstatus "%1" dan tidak bisa diubah lagi.</source>
        <translation>Usulan ini sudah berstatus "%1" dan tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>Setiap perubahan status harus mencatat siapa yang melakukannya.</source>
        <translation>Setiap perubahan status harus mencatat siapa yang melakukannya.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk status "%1".</source>
        <translation>Alasan wajib diisi untuk status "%1".</translation>
    </message>
    <message>
        <source>Usulan berstatus "%1" tidak bisa langsung menjadi "%2".</source>
        <translation>Usulan berstatus "%1" tidak bisa langsung menjadi "%2".</translation>
    </message>
    <message>
        <source>Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.</source>
        <translation>Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak ditemukan.</source>
        <translation>Usulan #%1 tidak ditemukan.</translation>
    </message>
    <message>
        <source>Usulan tidak ditemukan.</source>
        <translation>Usulan tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>Folder berkas %1 tidak bisa dibuat.</source>
        <translation>Folder berkas %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa disimpan (disk penuh atau tidak bisa ditulis): %1</source>
        <translation>Berkas tidak bisa disimpan (disk penuh atau tidak bisa ditulis): %1</translation>
    </message>
    <message>
        <source>Nama berkas bukan SHA-256.</source>
        <translation>Nama berkas bukan SHA-256.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada di folder berkas.</source>
        <translation>Berkas %1 tidak ada di folder berkas.</translation>
    </message>
    <message>
        <source>Berkas %1 rusak: isinya tidak cocok dengan sidiknya.</source>
        <translation>Berkas %1 rusak: isinya tidak cocok dengan sidiknya.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Berkas tidak bisa dibaca: %1</source>
        <translation>Berkas tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>Berkas tersimpan sebagai UTF-16; simpan ulang sebagai CSV UTF-8.</source>
        <translation>Berkas tersimpan sebagai UTF-16; simpan ulang sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>Berkas kosong: baris judul kolom tidak ada.</source>
        <translation>Berkas kosong: baris judul kolom tidak ada.</translation>
    </message>
    <message>
        <source>Baris judul kolom tidak bisa dibaca.</source>
        <translation>Baris judul kolom tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>tanda kutip tidak ditutup sampai akhir berkas</source>
        <translation>tanda kutip tidak ditutup sampai akhir berkas</translation>
    </message>
    <message>
        <source>ada teks setelah tanda kutip penutup</source>
        <translation>ada teks setelah tanda kutip penutup</translation>
    </message>
    <message>
        <source>Baris %1 bukan teks UTF-8 (mungkin tersimpan sebagai ANSI/Windows-1252). Simpan ulang berkas sebagai CSV UTF-8.</source>
        <translation>Baris %1 bukan teks UTF-8 (mungkin tersimpan sebagai ANSI/Windows-1252). Simpan ulang berkas sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>Baris %1 berisi data biner; ini bukan berkas CSV.</source>
        <translation>Baris %1 berisi data biner; ini bukan berkas CSV.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Berkas data %1 tidak ada.</source>
        <translation>Berkas data %1 tidak ada.</translation>
    </message>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>Folder %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak bisa dibuka: %2</source>
        <translation>Berkas data %1 tidak bisa dibuka: %2</translation>
    </message>
    <message>
        <source>Driver SQLite Qt tidak memberikan handle.</source>
        <translation>Driver SQLite Qt tidak memberikan handle.</translation>
    </message>
    <message>
        <source>Berkas data ini dibuat oleh Tepat versi yang lebih baru (skema %1; versi ini mengenal sampai skema %2). Berkas tidak diubah. Perbarui Tepat untuk membukanya.</source>
        <translation>Berkas data ini dibuat oleh Tepat versi yang lebih baru (skema %1; versi ini mengenal sampai skema %2). Berkas tidak diubah. Perbarui Tepat untuk membukanya.</translation>
    </message>
    <message>
        <source>Berkas %1 adalah basis data lain, bukan data Tepat. Berkas tidak diubah.</source>
        <translation>Berkas %1 adalah basis data lain, bukan data Tepat. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Pembaruan struktur data ke skema %1 (%2) gagal; semua perubahan dibatalkan dan data tetap seperti semula. Rincian: %3</source>
        <translation>Pembaruan struktur data ke skema %1 (%2) gagal; semua perubahan dibatalkan dan data tetap seperti semula. Rincian: %3</translation>
    </message>
    <message>
        <source>Berkas data memakai skema lama (%1) dan dibuka hanya-baca; buka sekali dengan Tepat biasa untuk memperbaruinya.</source>
        <translation>Berkas data memakai skema lama (%1) dan dibuka hanya-baca; buka sekali dengan Tepat biasa untuk memperbaruinya.</translation>
    </message>
    <message>
        <source>Disk penuh: perubahan tidak tersimpan dan data lama tetap utuh. Kosongkan ruang disk, lalu ulangi.</source>
        <translation>Disk penuh: perubahan tidak tersimpan dan data lama tetap utuh. Kosongkan ruang disk, lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas data tidak bisa ditulis (hanya-baca). Periksa izin berkas.</source>
        <translation>Berkas data tidak bisa ditulis (hanya-baca). Periksa izin berkas.</translation>
    </message>
    <message>
        <source>Data sedang dipakai proses lain. Tunggu sebentar, lalu ulangi.</source>
        <translation>Data sedang dipakai proses lain. Tunggu sebentar, lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas data rusak atau bukan berkas data Tepat (%1).</source>
        <translation>Berkas data rusak atau bukan berkas data Tepat (%1).</translation>
    </message>
    <message>
        <source>Berkas data tidak bisa dibuka (%1).</source>
        <translation>Berkas data tidak bisa dibuka (%1).</translation>
    </message>
    <message>
        <source>Gagal membaca atau menulis disk (%1).</source>
        <translation>Gagal membaca atau menulis disk (%1).</translation>
    </message>
    <message>
        <source>Perubahan ditolak aturan data (%1).</source>
        <translation>Perubahan ditolak aturan data (%1).</translation>
    </message>
    <message>
        <source>Kesalahan basis data: %1</source>
        <translation>Kesalahan basis data: %1</translation>
    </message>
    <message>
        <source>Tidak ada transaksi yang berjalan.</source>
        <translation>Tidak ada transaksi yang berjalan.</translation>
    </message>
</context>
<context>
    <name>DemoRequests</name>
    <message>
        <source>Belum ada keluarga di data ini; buat data contoh dulu.</source>
        <translation>Belum ada keluarga di data ini; buat data contoh dulu.</translation>
    </message>
</context>
<context>
    <name>DemoVillage</name>
    <message>
        <source>Meninggal dunia</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Pindah domisili</source>
        <translation>Pindah domisili</translation>
    </message>
    <message>
        <source>Sudah mampu</source>
        <translation>Sudah mampu</translation>
    </message>
    <message>
        <source>Berkas snapshot contoh gagal ditulis.</source>
        <translation>Berkas snapshot contoh gagal ditulis.</translation>
    </message>
    <message>
        <source>Data contoh sudah ada di berkas ini.</source>
        <translation>Data contoh sudah ada di berkas ini.</translation>
    </message>
</context>
<context>
    <name>IdentityNumberValidator</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>%1 kosong.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>%1 rusak oleh spreadsheet: tersimpan sebagai angka (%2) sehingga digit terakhir hilang. Ketik ulang dari KTP/KK dan simpan kolomnya sebagai teks.</source>
        <translation>%1 rusak oleh spreadsheet: tersimpan sebagai angka (%2) sehingga digit terakhir hilang. Ketik ulang dari KTP/KK dan simpan kolomnya sebagai teks.</translation>
    </message>
    <message>
        <source>%1 hanya boleh berisi angka 0–9.</source>
        <translation>%1 hanya boleh berisi angka 0–9.</translation>
    </message>
    <message>
        <source>%1 harus 16 angka; yang tertulis %2 angka.</source>
        <translation>%1 harus 16 angka; yang tertulis %2 angka.</translation>
    </message>
    <message>
        <source>Kode provinsi %1 tidak dikenal.</source>
        <translation>Kode provinsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota %1.%2 tidak ada dalam daftar wilayah sekarang (mungkin wilayah lama yang sudah dimekarkan); %3 tetap berlaku.</source>
        <translation>Kode kabupaten/kota %1.%2 tidak ada dalam daftar wilayah sekarang (mungkin wilayah lama yang sudah dimekarkan); %3 tetap berlaku.</translation>
    </message>
    <message>
        <source>Kode kecamatan %1.%2.%3 tidak ada dalam daftar wilayah sekarang (mungkin kecamatan lama); %4 tetap berlaku.</source>
        <translation>Kode kecamatan %1.%2.%3 tidak ada dalam daftar wilayah sekarang (mungkin kecamatan lama); %4 tetap berlaku.</translation>
    </message>
    <message>
        <source>lahir</source>
        <translation>lahir</translation>
    </message>
    <message>
        <source>terbit</source>
        <translation>terbit</translation>
    </message>
    <message>
        <source>Tanggal lahir %1 pada NIK tidak mungkin: harus 01–31 (laki-laki) atau 41–71 (perempuan).</source>
        <translation>Tanggal lahir %1 pada NIK tidak mungkin: harus 01–31 (laki-laki) atau 41–71 (perempuan).</translation>
    </message>
    <message>
        <source>Tanggal terbit %1 pada No KK tidak mungkin: harus 01–31.</source>
        <translation>Tanggal terbit %1 pada No KK tidak mungkin: harus 01–31.</translation>
    </message>
    <message>
        <source>Bulan %1 %2 tidak ada: harus 01–12.</source>
        <translation>Bulan %1 %2 tidak ada: harus 01–12.</translation>
    </message>
    <message>
        <source>Tanggal %1 %2-%3-%4 tidak ada di kalender.</source>
        <translation>Tanggal %1 %2-%3-%4 tidak ada di kalender.</translation>
    </message>
    <message>
        <source>Nomor urut 0000 pada %1 tidak pernah diberikan.</source>
        <translation>Nomor urut 0000 pada %1 tidak pernah diberikan.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK (%1) berbeda dengan data (%2).</source>
        <translation>Tanggal lahir pada NIK (%1) berbeda dengan data (%2).</translation>
    </message>
    <message>
        <source>Jenis kelamin pada NIK (%1) berbeda dengan data (%2).</source>
        <translation>Jenis kelamin pada NIK (%1) berbeda dengan data (%2).</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Isi pesan terlalu besar (%1 byte; paling banyak %2).</source>
        <translation>Isi pesan terlalu besar (%1 byte; paling banyak %2).</translation>
    </message>
    <message>
        <source>Isi pesan bukan JSON yang sah (%1 pada posisi %2).</source>
        <translation>Isi pesan bukan JSON yang sah (%1 pada posisi %2).</translation>
    </message>
    <message>
        <source>bukan objek</source>
        <translation>bukan objek</translation>
    </message>
    <message>
        <source>Isi pesan bersarang terlalu dalam (paling banyak %1 tingkat).</source>
        <translation>Isi pesan bersarang terlalu dalam (paling banyak %1 tingkat).</translation>
    </message>
    <message>
        <source>Ada teks yang terlalu panjang (paling banyak %1 karakter).</source>
        <translation>Ada teks yang terlalu panjang (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>Isi pesan tidak valid: kolom %1 %2.</source>
        <translation>Isi pesan tidak valid: kolom %1 %2.</translation>
    </message>
    <message>
        <source>wajib ada</source>
        <translation>wajib ada</translation>
    </message>
    <message>
        <source>harus berupa teks</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>lebih dari %1 karakter</source>
        <translation>lebih dari %1 karakter</translation>
    </message>
    <message>
        <source>harus bilangan bulat %1–%2</source>
        <translation>harus bilangan bulat %1–%2</translation>
    </message>
    <message>
        <source>harus true atau false</source>
        <translation>harus true atau false</translation>
    </message>
    <message>
        <source>harus berupa objek</source>
        <translation>harus berupa objek</translation>
    </message>
    <message>
        <source>harus berupa daftar</source>
        <translation>harus berupa daftar</translation>
    </message>
    <message>
        <source>berisi lebih dari %1 unsur</source>
        <translation>berisi lebih dari %1 unsur</translation>
    </message>
    <message>
        <source>bukan waktu ISO 8601</source>
        <translation>bukan waktu ISO 8601</translation>
    </message>
    <message>
        <source>Satu kiriman berisi %1 usulan; paling banyak %2.</source>
        <translation>Satu kiriman berisi %1 usulan; paling banyak %2.</translation>
    </message>
    <message>
        <source>berisi nilai yang bukan SHA-256</source>
        <translation>berisi nilai yang bukan SHA-256</translation>
    </message>
    <message>
        <source>tidak dikenal</source>
        <translation>tidak dikenal</translation>
    </message>
    <message>
        <source>lebih besar dari total</source>
        <translation>lebih besar dari total</translation>
    </message>
    <message>
        <source>Server mengirim perubahan dengan nomor urut yang tidak berurutan (%1).</source>
        <translation>Server mengirim perubahan dengan nomor urut yang tidak berurutan (%1).</translation>
    </message>
</context>
<context>
    <name>NikCheck</name>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Hanya usulan yang disetujui musyawarah yang bisa dikirim; usulan ini berstatus "%1".</source>
        <translation>Hanya usulan yang disetujui musyawarah yang bisa dikirim; usulan ini berstatus "%1".</translation>
    </message>
    <message>
        <source>Berkas lampiran (%1) untuk usulan ini tidak ada di komputer ini. Lampirkan ulang berkasnya, lalu masukkan lagi ke kotak keluar.</source>
        <translation>Berkas lampiran (%1) untuk usulan ini tidak ada di komputer ini. Lampirkan ulang berkasnya, lalu masukkan lagi ke kotak keluar.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak ada di kotak keluar.</source>
        <translation>Usulan #%1 tidak ada di kotak keluar.</translation>
    </message>
    <message>
        <source>Isi usulan hanya bisa diperbaiki selama usulan ditolak server dan belum diterima.</source>
        <translation>Isi usulan hanya bisa diperbaiki selama usulan ditolak server dan belum diterima.</translation>
    </message>
    <message>
        <source>Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.</source>
        <translation>Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak sedang bermasalah.</source>
        <translation>Usulan #%1 tidak sedang bermasalah.</translation>
    </message>
    <message>
        <source>Usulan berstatus "%1" tidak bisa menjadi "%2".</source>
        <translation>Usulan berstatus "%1" tidak bisa menjadi "%2".</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sinkronisasi dibatalkan.</translation>
    </message>
    <message>
        <source>Jawaban server atas kiriman tidak bisa dibaca: %1</source>
        <translation>Jawaban server atas kiriman tidak bisa dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Puller</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sinkronisasi dibatalkan.</translation>
    </message>
    <message>
        <source>Jawaban snapshot datang dari server lain.</source>
        <translation>Jawaban snapshot datang dari server lain.</translation>
    </message>
    <message>
        <source>Daftar perubahan dari server tidak valid: %1</source>
        <translation>Daftar perubahan dari server tidak valid: %1</translation>
    </message>
    <message>
        <source>Server pusat yang menjawab bukan server yang selama ini dipakai. Penarikan data dihentikan sampai petugas memastikan servernya benar.</source>
        <translation>Server pusat yang menjawab bukan server yang selama ini dipakai. Penarikan data dihentikan sampai petugas memastikan servernya benar.</translation>
    </message>
    <message>
        <source>Nomor urut perubahan di server pusat mundur dari %1 ke %2: server tampaknya dipulihkan dari cadangan lama. Penarikan data dihentikan; hubungi pengelola server, lalu konfirmasi server yang dipulihkan di halaman Sinkronisasi.</source>
        <translation>Nomor urut perubahan di server pusat mundur dari %1 ke %2: server tampaknya dipulihkan dari cadangan lama. Penarikan data dihentikan; hubungi pengelola server, lalu konfirmasi server yang dipulihkan di halaman Sinkronisasi.</translation>
    </message>
    <message>
        <source>Server mengirim perubahan yang sudah diterima sebelumnya.</source>
        <translation>Server mengirim perubahan yang sudah diterima sebelumnya.</translation>
    </message>
</context>
<context>
    <name>RecordJson</name>
    <message>
        <source>wajib ada</source>
        <translation>wajib ada</translation>
    </message>
    <message>
        <source>harus berupa teks</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>lebih dari %1 karakter</source>
        <translation>lebih dari %1 karakter</translation>
    </message>
    <message>
        <source>tidak boleh kosong</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>bukan tanggal YYYY-MM-DD</source>
        <translation>bukan tanggal YYYY-MM-DD</translation>
    </message>
    <message>
        <source>kode tidak dikenal</source>
        <translation>kode tidak dikenal</translation>
    </message>
    <message>
        <source>harus bilangan bulat %1–%2</source>
        <translation>harus bilangan bulat %1–%2</translation>
    </message>
    <message>
        <source>harus daftar berisi paling banyak %1</source>
        <translation>harus daftar berisi paling banyak %1</translation>
    </message>
    <message>
        <source>Data %1 dari server tidak valid: kolom %2 %3.</source>
        <translation>Data %1 dari server tidak valid: kolom %2 %3.</translation>
    </message>
    <message>
        <source>keluarga %1</source>
        <translation>keluarga %1</translation>
    </message>
    <message>
        <source>kosong atau terlalu panjang</source>
        <translation>kosong atau terlalu panjang</translation>
    </message>
    <message>
        <source>bukan 16 angka</source>
        <translation>bukan 16 angka</translation>
    </message>
    <message>
        <source>bukan kode kelurahan</source>
        <translation>bukan kode kelurahan</translation>
    </message>
    <message>
        <source>anggota keluarga %1</source>
        <translation>anggota keluarga %1</translation>
    </message>
    <message>
        <source>program anggota %1</source>
        <translation>program anggota %1</translation>
    </message>
    <message>
        <source>harus berupa objek</source>
        <translation>harus berupa objek</translation>
    </message>
</context>
<context>
    <name>RegisterRepository</name>
    <message>
        <source>Keluarga %1 tidak ada dalam data.</source>
        <translation>Keluarga %1 tidak ada dalam data.</translation>
    </message>
    <message>
        <source>Orang dengan ID %1 tidak ada dalam data.</source>
        <translation>Orang dengan ID %1 tidak ada dalam data.</translation>
    </message>
    <message>
        <source>NIK tersebut tidak ada dalam data.</source>
        <translation>NIK tersebut tidak ada dalam data.</translation>
    </message>
    <message>
        <source>Perubahan status harus mencatat siapa yang melakukannya.</source>
        <translation>Perubahan status harus mencatat siapa yang melakukannya.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk menonaktifkan seseorang.</source>
        <translation>Alasan wajib diisi untuk menonaktifkan seseorang.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk menonaktifkan keluarga.</source>
        <translation>Alasan wajib diisi untuk menonaktifkan keluarga.</translation>
    </message>
</context>
<context>
    <name>ReplicaApplier</name>
    <message>
        <source>Penerapan perubahan dihentikan (uji).</source>
        <translation>Penerapan perubahan dihentikan (uji).</translation>
    </message>
    <message>
        <source>Perubahan nomor %1 dari server tidak bisa diterapkan: %2</source>
        <translation>Perubahan nomor %1 dari server tidak bisa diterapkan: %2</translation>
    </message>
    <message>
        <source>Snapshot dari server berisi data yang bukan keluarga atau anggota.</source>
        <translation>Snapshot dari server berisi data yang bukan keluarga atau anggota.</translation>
    </message>
    <message>
        <source>jenis data "%1" tidak dikenal</source>
        <translation>jenis data "%1" tidak dikenal</translation>
    </message>
    <message>
        <source>versi data tidak valid</source>
        <translation>versi data tidak valid</translation>
    </message>
    <message>
        <source>Dari server pusat</source>
        <translation>Dari server pusat</translation>
    </message>
    <message>
        <source>keluarga %1 untuk anggota %2 belum ada di data ini</source>
        <translation>keluarga %1 untuk anggota %2 belum ada di data ini</translation>
    </message>
    <message>
        <source>NIK anggota %1 sudah dipakai anggota %2 di data ini</source>
        <translation>NIK anggota %1 sudah dipakai anggota %2 di data ini</translation>
    </message>
    <message>
        <source>status keputusan "%1" tidak dikenal</source>
        <translation>status keputusan "%1" tidak dikenal</translation>
    </message>
    <message>
        <source>(tanpa alasan dari Dinsos)</source>
        <translation>(tanpa alasan dari Dinsos)</translation>
    </message>
    <message>
        <source>Data tidak terbaca.</source>
        <translation>Data tidak terbaca.</translation>
    </message>
</context>
<context>
    <name>RequestDesk</name>
    <message>
        <source>Hanya akun operator kelurahan/desa yang bisa mengirim usulan.</source>
        <translation>Hanya akun operator kelurahan/desa yang bisa mengirim usulan.</translation>
    </message>
    <message>
        <source>Kunci usulan bukan UUID yang sah.</source>
        <translation>Kunci usulan bukan UUID yang sah.</translation>
    </message>
    <message>
        <source>Kunci usulan ini sudah dipakai kelurahan lain.</source>
        <translation>Kunci usulan ini sudah dipakai kelurahan lain.</translation>
    </message>
    <message>
        <source>Usulan dengan kunci ini sudah diterima server dengan isi yang berbeda. Isi yang sudah diterima tidak bisa diganti; buat usulan baru untuk perubahan berikutnya.</source>
        <translation>Usulan dengan kunci ini sudah diterima server dengan isi yang berbeda. Isi yang sudah diterima tidak bisa diganti; buat usulan baru untuk perubahan berikutnya.</translation>
    </message>
    <message>
        <source>Sidik isi usulan tidak cocok; data rusak dalam perjalanan.</source>
        <translation>Sidik isi usulan tidak cocok; data rusak dalam perjalanan.</translation>
    </message>
    <message>
        <source>Jenis usulan "%1" tidak dikenal.</source>
        <translation>Jenis usulan "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>Isi usulan terlalu besar atau bersarang terlalu dalam (paling banyak %1 KB dan %2 tingkat).</source>
        <translation>Isi usulan terlalu besar atau bersarang terlalu dalam (paling banyak %1 KB dan %2 tingkat).</translation>
    </message>
    <message>
        <source>Usulan jenis "%1" harus menyebut keluarganya.</source>
        <translation>Usulan jenis "%1" harus menyebut keluarganya.</translation>
    </message>
    <message>
        <source>Keluarga %1 tidak ada dalam data server. Periksa ID keluarga pada usulan.</source>
        <translation>Keluarga %1 tidak ada dalam data server. Periksa ID keluarga pada usulan.</translation>
    </message>
    <message>
        <source>Keluarga %1 bukan warga kelurahan/desa akun ini; usulan hanya boleh untuk wilayah sendiri.</source>
        <translation>Keluarga %1 bukan warga kelurahan/desa akun ini; usulan hanya boleh untuk wilayah sendiri.</translation>
    </message>
    <message>
        <source>Anggota %1 tidak tercatat dalam keluarga %2 di data server.</source>
        <translation>Anggota %1 tidak tercatat dalam keluarga %2 di data server.</translation>
    </message>
    <message>
        <source>Alasan penghapusan "%1" tidak dikenal. Isi kolom reason dengan salah satu: %2.</source>
        <translation>Alasan penghapusan "%1" tidak dikenal. Isi kolom reason dengan salah satu: %2.</translation>
    </message>
    <message>
        <source>Lampiran usulan tidak valid (sha256 dan role wajib).</source>
        <translation>Lampiran usulan tidak valid (sha256 dan role wajib).</translation>
    </message>
    <message>
        <source>Usulan dengan kunci ini tidak ada di server untuk wilayah akun ini.</source>
        <translation>Usulan dengan kunci ini tidak ada di server untuk wilayah akun ini.</translation>
    </message>
    <message>
        <source>Hanya supervisor Dinsos yang bisa memeriksa usulan.</source>
        <translation>Hanya supervisor Dinsos yang bisa memeriksa usulan.</translation>
    </message>
    <message>
        <source>Kelurahan/desa itu bukan wilayah kabupaten/kota akun ini.</source>
        <translation>Kelurahan/desa itu bukan wilayah kabupaten/kota akun ini.</translation>
    </message>
    <message>
        <source>Hanya supervisor Dinsos yang bisa memutuskan usulan.</source>
        <translation>Hanya supervisor Dinsos yang bisa memutuskan usulan.</translation>
    </message>
    <message>
        <source>Keputusan tidak dikenal.</source>
        <translation>Keputusan tidak dikenal.</translation>
    </message>
    <message>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>Alasan penolakan wajib diisi.</translation>
    </message>
    <message>
        <source>Alasan paling banyak 2000 karakter.</source>
        <translation>Alasan paling banyak 2000 karakter.</translation>
    </message>
    <message>
        <source>Usulan dengan kunci ini tidak ada di wilayah akun ini.</source>
        <translation>Usulan dengan kunci ini tidak ada di wilayah akun ini.</translation>
    </message>
    <message>
        <source>Usulan berstatus %1 tidak bisa di-%2.</source>
        <translation>Usulan berstatus %1 tidak bisa di-%2.</translation>
    </message>
</context>
<context>
    <name>RequestLifecycle</name>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Masuk agenda musyawarah</source>
        <translation>Masuk agenda musyawarah</translation>
    </message>
    <message>
        <source>Disetujui musyawarah</source>
        <translation>Disetujui musyawarah</translation>
    </message>
    <message>
        <source>Ditolak musyawarah</source>
        <translation>Ditolak musyawarah</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Ditunda</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Sedang dikirim</source>
        <translation>Sedang dikirim</translation>
    </message>
    <message>
        <source>Diterima server pusat</source>
        <translation>Diterima server pusat</translation>
    </message>
    <message>
        <source>Diverifikasi Dinsos</source>
        <translation>Diverifikasi Dinsos</translation>
    </message>
    <message>
        <source>Ditolak Dinsos</source>
        <translation>Ditolak Dinsos</translation>
    </message>
    <message>
        <source>Disahkan bupati/wali kota</source>
        <translation>Disahkan bupati/wali kota</translation>
    </message>
    <message>
        <source>Final (SK Mensos)</source>
        <translation>Final (SK Mensos)</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Dibuang</source>
        <translation>Dibuang</translation>
    </message>
    <message>
        <source>Usulan keluarga baru</source>
        <translation>Usulan keluarga baru</translation>
    </message>
    <message>
        <source>Tambah anggota keluarga</source>
        <translation>Tambah anggota keluarga</translation>
    </message>
    <message>
        <source>Perbaikan data</source>
        <translation>Perbaikan data</translation>
    </message>
    <message>
        <source>Usulan program bansos</source>
        <translation>Usulan program bansos</translation>
    </message>
    <message>
        <source>Penghapusan/penghentian</source>
        <translation>Penghapusan/penghentian</translation>
    </message>
    <message>
        <source>Pindah ke kelurahan lain</source>
        <translation>Pindah ke kelurahan lain</translation>
    </message>
    <message>
        <source>Sanggahan warga</source>
        <translation>Sanggahan warga</translation>
    </message>
    <message>
        <source>Usulan warga</source>
        <translation>Usulan warga</translation>
    </message>
</context>
<context>
    <name>RolePolicy</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Petugas lapangan</source>
        <translation>Petugas lapangan</translation>
    </message>
    <message>
        <source>Kepala desa/lurah</source>
        <translation>Kepala desa/lurah</translation>
    </message>
    <message>
        <source>menyusun usulan</source>
        <translation>menyusun usulan</translation>
    </message>
    <message>
        <source>mencatat keputusan musyawarah</source>
        <translation>mencatat keputusan musyawarah</translation>
    </message>
    <message>
        <source>mengirim data</source>
        <translation>mengirim data</translation>
    </message>
    <message>
        <source>mencetak surat keterangan</source>
        <translation>mencetak surat keterangan</translation>
    </message>
    <message>
        <source>mengelola akun</source>
        <translation>mengelola akun</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <translation>memulihkan cadangan</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Akun %1 bukan akun operator kelurahan/desa; sinkronisasi memerlukan akun operator.</source>
        <translation>Akun %1 bukan akun operator kelurahan/desa; sinkronisasi memerlukan akun operator.</translation>
    </message>
    <message>
        <source>Akun %1 terdaftar untuk kelurahan/desa %2, bukan %3 seperti data di komputer ini.</source>
        <translation>Akun %1 terdaftar untuk kelurahan/desa %2, bukan %3 seperti data di komputer ini.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi akun server pusat (%1) untuk sinkronisasi.</source>
        <translation>Masukkan kata sandi akun server pusat (%1) untuk sinkronisasi.</translation>
    </message>
    <message>
        <source>Server pusat menolak sesi masuk; masuk lagi dengan kata sandi.</source>
        <translation>Server pusat menolak sesi masuk; masuk lagi dengan kata sandi.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Akun %1 (%2) tidak berhak %3.</source>
        <translation>Akun %1 (%2) tidak berhak %3.</translation>
    </message>
</context>
<context>
    <name>SnapshotImporter</name>
    <message>
        <source>%1: kolom "%2" muncul dua kali. Tidak ada data yang diubah.</source>
        <translation>%1: kolom "%2" muncul dua kali. Tidak ada data yang diubah.</translation>
    </message>
    <message>
        <source>kolom yang tidak ada: %1</source>
        <translation>kolom yang tidak ada: %1</translation>
    </message>
    <message>
        <source>kolom yang tidak dikenal: %1</source>
        <translation>kolom yang tidak dikenal: %1</translation>
    </message>
    <message>
        <source>%1: judul kolom tidak sesuai format snapshot (%2). Tidak ada data yang diubah.</source>
        <translation>%1: judul kolom tidak sesuai format snapshot (%2). Tidak ada data yang diubah.</translation>
    </message>
    <message>
        <source>%1: %2 Tidak ada data yang diubah.</source>
        <translation>%1: %2 Tidak ada data yang diubah.</translation>
    </message>
    <message>
        <source>Baris tidak bisa dibaca: %1.</source>
        <translation>Baris tidak bisa dibaca: %1.</translation>
    </message>
    <message>
        <source>Jumlah kolom %1, seharusnya %2.</source>
        <translation>Jumlah kolom %1, seharusnya %2.</translation>
    </message>
    <message>
        <source>household_id kosong atau bukan huruf/angka/titik/garis bawah/tanda hubung (paling panjang 64).</source>
        <translation>household_id kosong atau bukan huruf/angka/titik/garis bawah/tanda hubung (paling panjang 64).</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa harus berbentuk PP.RR.DD.VVVV.</source>
        <translation>Kode kelurahan/desa harus berbentuk PP.RR.DD.VVVV.</translation>
    </message>
    <message>
        <source>RT harus angka 1–999 atau kosong.</source>
        <translation>RT harus angka 1–999 atau kosong.</translation>
    </message>
    <message>
        <source>RW harus angka 1–999 atau kosong.</source>
        <translation>RW harus angka 1–999 atau kosong.</translation>
    </message>
    <message>
        <source>Desil harus 1–10 atau kosong.</source>
        <translation>Desil harus 1–10 atau kosong.</translation>
    </message>
    <message>
        <source>Status keluarga tidak dikenal: %1 (pakai active, moved atau excluded).</source>
        <translation>Status keluarga tidak dikenal: %1 (pakai active, moved atau excluded).</translation>
    </message>
    <message>
        <source>Koordinat tidak sah: lintang -90..90 dan bujur -180..180, diisi keduanya atau dikosongkan keduanya.</source>
        <translation>Koordinat tidak sah: lintang -90..90 dan bujur -180..180, diisi keduanya atau dikosongkan keduanya.</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa %1 tidak ada dalam daftar wilayah sekarang.</source>
        <translation>Kode kelurahan/desa %1 tidak ada dalam daftar wilayah sekarang.</translation>
    </message>
    <message>
        <source>household_id %1 muncul lebih dari sekali dalam berkas.</source>
        <translation>household_id %1 muncul lebih dari sekali dalam berkas.</translation>
    </message>
    <message>
        <source>person_id kosong atau bukan huruf/angka/titik/garis bawah/tanda hubung (paling panjang 64).</source>
        <translation>person_id kosong atau bukan huruf/angka/titik/garis bawah/tanda hubung (paling panjang 64).</translation>
    </message>
    <message>
        <source>Nama kosong atau lebih dari 200 huruf.</source>
        <translation>Nama kosong atau lebih dari 200 huruf.</translation>
    </message>
    <message>
        <source>Jenis kelamin harus L atau P.</source>
        <translation>Jenis kelamin harus L atau P.</translation>
    </message>
    <message>
        <source>Tanggal lahir harus YYYY-MM-DD, ada di kalender dan tidak di masa depan.</source>
        <translation>Tanggal lahir harus YYYY-MM-DD, ada di kalender dan tidak di masa depan.</translation>
    </message>
    <message>
        <source>NIK kosong.</source>
        <translation>NIK kosong.</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga tidak dikenal: %1.</source>
        <translation>Hubungan dengan kepala keluarga tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Status perkawinan tidak dikenal: %1.</source>
        <translation>Status perkawinan tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Jenis disabilitas tidak dikenal: %1.</source>
        <translation>Jenis disabilitas tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Status orang tidak dikenal: %1 (pakai active, deceased, moved atau excluded).</source>
        <translation>Status orang tidak dikenal: %1 (pakai active, deceased, moved atau excluded).</translation>
    </message>
    <message>
        <source>Kode program tidak dikenal: %1 (pakai PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</source>
        <translation>Kode program tidak dikenal: %1 (pakai PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai orang lain dalam data; NIK yang sama tidak boleh dua kali.</source>
        <translation>NIK ini sudah dipakai orang lain dalam data; NIK yang sama tidak boleh dua kali.</translation>
    </message>
    <message>
        <source>household_id %1 tidak ada di berkas keluarga maupun di data.</source>
        <translation>household_id %1 tidak ada di berkas keluarga maupun di data.</translation>
    </message>
    <message>
        <source>person_id %1 muncul lebih dari sekali dalam berkas.</source>
        <translation>person_id %1 muncul lebih dari sekali dalam berkas.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka: %2. Tidak ada data yang diubah.</source>
        <translation>Berkas %1 tidak bisa dibuka: %2. Tidak ada data yang diubah.</translation>
    </message>
    <message>
        <source>Berkas penolakan %1 tidak bisa dibuat: %2. Tidak ada data yang diubah.</source>
        <translation>Berkas penolakan %1 tidak bisa dibuat: %2. Tidak ada data yang diubah.</translation>
    </message>
    <message>
        <source>Berkas penolakan %1 gagal ditulis (disk penuh?). Tidak ada data yang diubah.</source>
        <translation>Berkas penolakan %1 gagal ditulis (disk penuh?). Tidak ada data yang diubah.</translation>
    </message>
    <message>
        <source>Data sudah masuk, tetapi berkas penolakan %1 gagal ditulis: %2.</source>
        <translation>Data sudah masuk, tetapi berkas penolakan %1 gagal ditulis: %2.</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>berhasil</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <source>selesai, ada yang bermasalah</source>
        <translation>selesai, ada yang bermasalah</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>dibatalkan</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Server pusat di %1 bukan server yang selama ini dipakai (identitasnya berbeda). Sinkronisasi dihentikan sampai petugas memastikan servernya benar dan mengonfirmasinya.</source>
        <translation>Server pusat di %1 bukan server yang selama ini dipakai (identitasnya berbeda). Sinkronisasi dihentikan sampai petugas memastikan servernya benar dan mengonfirmasinya.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sinkronisasi dibatalkan.</translation>
    </message>
    <message>
        <source>Server pusat tidak menjawab tepat waktu. Data tetap aman di komputer ini; pengiriman dicoba lagi nanti.</source>
        <translation>Server pusat tidak menjawab tepat waktu. Data tetap aman di komputer ini; pengiriman dicoba lagi nanti.</translation>
    </message>
    <message>
        <source>Sambungan aman (TLS) ke server pusat gagal: %1</source>
        <translation>Sambungan aman (TLS) ke server pusat gagal: %1</translation>
    </message>
    <message>
        <source>Server pusat tidak bisa dihubungi (%1). Data tetap aman di komputer ini; pengiriman dicoba lagi saat sambungan ada.</source>
        <translation>Server pusat tidak bisa dihubungi (%1). Data tetap aman di komputer ini; pengiriman dicoba lagi saat sambungan ada.</translation>
    </message>
    <message>
        <source>Server pusat sedang bermasalah (HTTP %1)%2. Pengiriman dicoba lagi nanti.</source>
        <translation>Server pusat sedang bermasalah (HTTP %1)%2. Pengiriman dicoba lagi nanti.</translation>
    </message>
    <message>
        <source>Server pusat menolak permintaan (HTTP %1).</source>
        <translation>Server pusat menolak permintaan (HTTP %1).</translation>
    </message>
    <message>
        <source>Jawaban server pusat tidak bisa dibaca: %1</source>
        <translation>Jawaban server pusat tidak bisa dibaca: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Laki-laki</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Pindah</translation>
    </message>
    <message>
        <source>Dikeluarkan</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>Suami/istri</source>
        <translation>Suami/istri</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Menantu</source>
        <translation>Menantu</translation>
    </message>
    <message>
        <source>Cucu</source>
        <translation>Cucu</translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Mertua</source>
        <translation>Mertua</translation>
    </message>
    <message>
        <source>Famili lain</source>
        <translation>Famili lain</translation>
    </message>
    <message>
        <source>Pembantu</source>
        <translation>Pembantu</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation>Belum kawin</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Kawin</translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation>Cerai hidup</translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation>Cerai mati</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Disabilitas fisik</source>
        <translation>Disabilitas fisik</translation>
    </message>
    <message>
        <source>Disabilitas intelektual</source>
        <translation>Disabilitas intelektual</translation>
    </message>
    <message>
        <source>Disabilitas mental</source>
        <translation>Disabilitas mental</translation>
    </message>
    <message>
        <source>Disabilitas netra</source>
        <translation>Disabilitas netra</translation>
    </message>
    <message>
        <source>Disabilitas rungu</source>
        <translation>Disabilitas rungu</translation>
    </message>
    <message>
        <source>Disabilitas wicara</source>
        <translation>Disabilitas wicara</translation>
    </message>
    <message>
        <source>Disabilitas ganda</source>
        <translation>Disabilitas ganda</translation>
    </message>
    <message>
        <source>PKH</source>
        <translation>PKH</translation>
    </message>
    <message>
        <source>BPNT/Sembako</source>
        <translation>BPNT/Sembako</translation>
    </message>
    <message>
        <source>PBI-JK</source>
        <translation>PBI-JK</translation>
    </message>
    <message>
        <source>BLT Dana Desa</source>
        <translation>BLT Dana Desa</translation>
    </message>
    <message>
        <source>Bantuan beras</source>
        <translation>Bantuan beras</translation>
    </message>
    <message>
        <source>Program daerah</source>
        <translation>Program daerah</translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Pindah domisili</source>
        <translation>Pindah domisili</translation>
    </message>
    <message>
        <source>Sudah mampu</source>
        <translation>Sudah mampu</translation>
    </message>
    <message>
        <source>Tidak ditemukan di alamat</source>
        <translation>Tidak ditemukan di alamat</translation>
    </message>
    <message>
        <source>Menolak bantuan</source>
        <translation>Menolak bantuan</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Data ganda</translation>
    </message>
</context>
<context>
    <name>WorkspacePages</name>
    <message>
        <source>Beranda</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Ringkasan kelurahan belum tersedia di versi ini.</source>
        <translation>Ringkasan kelurahan belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Daftar usulan dan statusnya belum tersedia di versi ini.</source>
        <translation>Daftar usulan dan statusnya belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Musyawarah</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <source>Musyawarah desa/kelurahan belum tersedia di versi ini.</source>
        <translation>Musyawarah desa/kelurahan belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Surat keterangan DTKS belum tersedia di versi ini.</source>
        <translation>Surat keterangan DTKS belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Periksa NIK dari standard input, satu per baris (hasil dipisah tab).</source>
        <translation>Periksa NIK dari standard input, satu per baris (hasil dipisah tab).</translation>
    </message>
    <message>
        <source>Muat snapshot DTKS (households.csv, persons.csv) ke berkas data.</source>
        <translation>Muat snapshot DTKS (households.csv, persons.csv) ke berkas data.</translation>
    </message>
    <message>
        <source>Buat kelurahan contoh yang sepenuhnya sintetis.</source>
        <translation>Buat kelurahan contoh yang sepenuhnya sintetis.</translation>
    </message>
    <message>
        <source>Cari orang menurut NIK, No KK atau nama.</source>
        <translation>Cari orang menurut NIK, No KK atau nama.</translation>
    </message>
    <message>
        <source>Tampilkan bantuan ini.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Lihat: tepat-cli %1 --help</source>
        <translation>Lihat: tepat-cli %1 --help</translation>
    </message>
    <message>
        <source>Pemakaian: </source>
        <translation>Pemakaian: </translation>
    </message>
    <message>
        <source>Membuat kelurahan contoh yang deterministik dan sepenuhnya sintetis (nama, NIK, No KK, RT/RW, desil, program). Tidak ada orang sungguhan di dalamnya.</source>
        <translation>Membuat kelurahan contoh yang deterministik dan sepenuhnya sintetis (nama, NIK, No KK, RT/RW, desil, program). Tidak ada orang sungguhan di dalamnya.</translation>
    </message>
    <message>
        <source>Berkas data baru.</source>
        <translation>Berkas data baru.</translation>
    </message>
    <message>
        <source>Tulis sebagai snapshot CSV ke folder ini, bukan ke berkas data.</source>
        <translation>Tulis sebagai snapshot CSV ke folder ini, bukan ke berkas data.</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa (PP.RR.DD.VVVV), atau kode kabupaten/kota (PP.RR) untuk menyebar ke semua kelurahannya.</source>
        <translation>Kode kelurahan/desa (PP.RR.DD.VVVV), atau kode kabupaten/kota (PP.RR) untuk menyebar ke semua kelurahannya.</translation>
    </message>
    <message>
        <source>Jumlah keluarga (bawaan: 2000, ukuran kelurahan nyata).</source>
        <translation>Jumlah keluarga (bawaan: 2000, ukuran kelurahan nyata).</translation>
    </message>
    <message>
        <source>Benih acak (hasil sama untuk benih sama).</source>
        <translation>Benih acak (hasil sama untuk benih sama).</translation>
    </message>
    <message>
        <source>--households harus bilangan bulat positif.</source>
        <translation>--households harus bilangan bulat positif.</translation>
    </message>
    <message>
        <source>--seed harus bilangan bulat.</source>
        <translation>--seed harus bilangan bulat.</translation>
    </message>
    <message>
        <source>Kode wilayah tidak dikenal: %1</source>
        <translation>Kode wilayah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Membuat data contoh…</source>
        <translation>Membuat data contoh…</translation>
    </message>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>Folder %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Berkas CSV di %1 tidak bisa ditulis.</source>
        <translation>Berkas CSV di %1 tidak bisa ditulis.</translation>
    </message>
    <message>
        <source>Berkas CSV gagal disimpan.</source>
        <translation>Berkas CSV gagal disimpan.</translation>
    </message>
    <message>
        <source>keluarga	%1</source>
        <translation>keluarga	%1</translation>
    </message>
    <message>
        <source>orang	%1</source>
        <translation>orang	%1</translation>
    </message>
    <message>
        <source>Memuat snapshot register (format: docs/snapshot-format.md). Baris yang sah masuk dalam satu transaksi; baris yang ditolak ditulis ke berkas penolakan CSV di samping berkas data.</source>
        <translation>Memuat snapshot register (format: docs/snapshot-format.md). Baris yang sah masuk dalam satu transaksi; baris yang ditolak ditulis ke berkas penolakan CSV di samping berkas data.</translation>
    </message>
    <message>
        <source>Berkas data (dibuat bila belum ada).</source>
        <translation>Berkas data (dibuat bila belum ada).</translation>
    </message>
    <message>
        <source>Tanggal data snapshot (YYYY-MM-DD); bawaan: hari ini.</source>
        <translation>Tanggal data snapshot (YYYY-MM-DD); bawaan: hari ini.</translation>
    </message>
    <message>
        <source>Berkas keluarga.</source>
        <translation>Berkas keluarga.</translation>
    </message>
    <message>
        <source>Berkas anggota keluarga.</source>
        <translation>Berkas anggota keluarga.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli import --db FILE HOUSEHOLDS.csv PERSONS.csv</source>
        <translation>Pemakaian: tepat-cli import --db FILE HOUSEHOLDS.csv PERSONS.csv</translation>
    </message>
    <message>
        <source>--as-of harus tanggal YYYY-MM-DD.</source>
        <translation>--as-of harus tanggal YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>keluarga	baru %1	diperbarui %2	ditolak %3</source>
        <translation>keluarga	baru %1	diperbarui %2	ditolak %3</translation>
    </message>
    <message>
        <source>orang	baru %1	diperbarui %2	ditolak %3</source>
        <translation>orang	baru %1	diperbarui %2	ditolak %3</translation>
    </message>
    <message>
        <source>peringatan	%1</source>
        <translation>peringatan	%1</translation>
    </message>
    <message>
        <source>Baris yang ditolak dan peringatan, dengan nomor baris dan alasannya: %1</source>
        <translation>Baris yang ditolak dan peringatan, dengan nomor baris dan alasannya: %1</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1</source>
        <translation>Perintah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli [--lang id|en] PERINTAH [OPSI]…

Perintah:
</source>
        <translation>Pemakaian: tepat-cli [--lang id|en] PERINTAH [OPSI]…

Perintah:
</translation>
    </message>
    <message>
        <source>
Bantuan tiap perintah: tepat-cli PERINTAH --help</source>
        <translation>
Bantuan tiap perintah: tepat-cli PERINTAH --help</translation>
    </message>
    <message>
        <source>Membaca NIK dari standard input (satu per baris) dan menulis satu baris per NIK:
input, status (ok|warning|error), jenis kelamin (L|P|-), tanggal lahir (YYYY-MM-DD|-), wilayah (PP.RR.DD|-), pesan — dipisah tab.</source>
        <translation>Membaca NIK dari standard input (satu per baris) dan menulis satu baris per NIK:
input, status (ok|warning|error), jenis kelamin (L|P|-), tanggal lahir (YYYY-MM-DD|-), wilayah (PP.RR.DD|-), pesan — dipisah tab.</translation>
    </message>
    <message>
        <source>NIK dibaca dari standard input, bukan dari argumen (agar tidak tercatat di riwayat perintah).</source>
        <translation>NIK dibaca dari standard input, bukan dari argumen (agar tidak tercatat di riwayat perintah).</translation>
    </message>
    <message>
        <source>Standard input tidak bisa dibaca.</source>
        <translation>Standard input tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Pencarian yang sama dengan aplikasi: angka mencari NIK lalu No KK (awalan); teks mencari nama (ejaan lama/baru dianggap sama, awalan kata boleh). Satu hasil per baris: ID orang, NIK, nama, ID keluarga, RT, RW (dipisah tab).</source>
        <translation>Pencarian yang sama dengan aplikasi: angka mencari NIK lalu No KK (awalan); teks mencari nama (ejaan lama/baru dianggap sama, awalan kata boleh). Satu hasil per baris: ID orang, NIK, nama, ID keluarga, RT, RW (dipisah tab).</translation>
    </message>
    <message>
        <source>Berkas data.</source>
        <translation>Berkas data.</translation>
    </message>
    <message>
        <source>Hanya RT ini.</source>
        <translation>Hanya RT ini.</translation>
    </message>
    <message>
        <source>Hanya RW ini.</source>
        <translation>Hanya RW ini.</translation>
    </message>
    <message>
        <source>Hanya penerima program ini (PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</source>
        <translation>Hanya penerima program ini (PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</translation>
    </message>
    <message>
        <source>Hanya desil ini (1–10).</source>
        <translation>Hanya desil ini (1–10).</translation>
    </message>
    <message>
        <source>Hanya status ini (active, deceased, moved, excluded).</source>
        <translation>Hanya status ini (active, deceased, moved, excluded).</translation>
    </message>
    <message>
        <source>Paling banyak sekian hasil.</source>
        <translation>Paling banyak sekian hasil.</translation>
    </message>
    <message>
        <source>NIK, No KK atau nama.</source>
        <translation>NIK, No KK atau nama.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli search --db FILE [OPSI] QUERY</source>
        <translation>Pemakaian: tepat-cli search --db FILE [OPSI] QUERY</translation>
    </message>
    <message>
        <source>--rt harus angka 1–999.</source>
        <translation>--rt harus angka 1–999.</translation>
    </message>
    <message>
        <source>--rw harus angka 1–999.</source>
        <translation>--rw harus angka 1–999.</translation>
    </message>
    <message>
        <source>Kode program tidak dikenal: %1</source>
        <translation>Kode program tidak dikenal: %1</translation>
    </message>
    <message>
        <source>--desil harus 1–10.</source>
        <translation>--desil harus 1–10.</translation>
    </message>
    <message>
        <source>Status tidak dikenal: %1</source>
        <translation>Status tidak dikenal: %1</translation>
    </message>
    <message>
        <source>--limit harus bilangan bulat positif.</source>
        <translation>--limit harus bilangan bulat positif.</translation>
    </message>
    <message>
        <source>Kirim kotak keluar dan terima perubahan dari server pusat.</source>
        <translation>Kirim kotak keluar dan terima perubahan dari server pusat.</translation>
    </message>
    <message>
        <source>Tampilkan isi kotak keluar dan masalahnya.</source>
        <translation>Tampilkan isi kotak keluar dan masalahnya.</translation>
    </message>
    <message>
        <source>Masukkan usulan yang disetujui ke kotak keluar.</source>
        <translation>Masukkan usulan yang disetujui ke kotak keluar.</translation>
    </message>
    <message>
        <source>Juga buat N usulan yang disetujui dan siap dikirim, masing-masing dengan foto JPEG sintetis.</source>
        <translation>Juga buat N usulan yang disetujui dan siap dikirim, masing-masing dengan foto JPEG sintetis.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli demo (--db FILE | --csv DIR) [--village KODE] [--households N] [--seed S] [--requests N]</source>
        <translation>Pemakaian: tepat-cli demo (--db FILE | --csv DIR) [--village KODE] [--households N] [--seed S] [--requests N]</translation>
    </message>
    <message>
        <source>--requests harus bilangan bulat positif dan hanya berlaku dengan --db.</source>
        <translation>--requests harus bilangan bulat positif dan hanya berlaku dengan --db.</translation>
    </message>
    <message>
        <source>usulan	%1</source>
        <translation>usulan	%1</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak ada.</source>
        <translation>Berkas data %1 tidak ada.</translation>
    </message>
    <message>
        <source>Isi kotak keluar, satu usulan per baris: kunci, jenis, status (queued, sent, parked, …), masalah.</source>
        <translation>Isi kotak keluar, satu usulan per baris: kunci, jenis, status (queued, sent, parked, …), masalah.</translation>
    </message>
    <message>
        <source>Termasuk yang sudah diterima server.</source>
        <translation>Termasuk yang sudah diterima server.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli outbox list --db FILE</source>
        <translation>Pemakaian: tepat-cli outbox list --db FILE</translation>
    </message>
    <message>
        <source>Memasukkan usulan yang disetujui musyawarah ke kotak keluar (semua, atau satu dengan --request).</source>
        <translation>Memasukkan usulan yang disetujui musyawarah ke kotak keluar (semua, atau satu dengan --request).</translation>
    </message>
    <message>
        <source>Nomor usulan.</source>
        <translation>Nomor usulan.</translation>
    </message>
    <message>
        <source>Siapa yang memasukkan (bawaan: pengguna sistem).</source>
        <translation>Siapa yang memasukkan (bawaan: pengguna sistem).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli outbox add --db FILE [--request ID]</source>
        <translation>Pemakaian: tepat-cli outbox add --db FILE [--request ID]</translation>
    </message>
    <message>
        <source>--request harus nomor usulan.</source>
        <translation>--request harus nomor usulan.</translation>
    </message>
    <message>
        <source>diantrekan	1</source>
        <translation>diantrekan	1</translation>
    </message>
    <message>
        <source>diantrekan	%1</source>
        <translation>diantrekan	%1</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Menghubungi server…</translation>
    </message>
    <message>
        <source>Mengunggah berkas…</source>
        <translation>Mengunggah berkas…</translation>
    </message>
    <message>
        <source>Mengirim usulan…</source>
        <translation>Mengirim usulan…</translation>
    </message>
    <message>
        <source>Menerima perubahan…</source>
        <translation>Menerima perubahan…</translation>
    </message>
    <message>
        <source>Mengirim usulan di kotak keluar ke server pusat dan menerima perubahan serta keputusan Dinsos, sekali jalan. Kata sandi dibaca dari standard input bila diperlukan (pertama kali, atau tanpa keychain).</source>
        <translation>Mengirim usulan di kotak keluar ke server pusat dan menerima perubahan serta keputusan Dinsos, sekali jalan. Kata sandi dibaca dari standard input bila diperlukan (pertama kali, atau tanpa keychain).</translation>
    </message>
    <message>
        <source>Alamat server pusat (disimpan untuk berikutnya).</source>
        <translation>Alamat server pusat (disimpan untuk berikutnya).</translation>
    </message>
    <message>
        <source>Nama pengguna di server (disimpan untuk berikutnya).</source>
        <translation>Nama pengguna di server (disimpan untuk berikutnya).</translation>
    </message>
    <message>
        <source>Jangan pakai keychain; selalu minta kata sandi.</source>
        <translation>Jangan pakai keychain; selalu minta kata sandi.</translation>
    </message>
    <message>
        <source>Konfirmasi server yang dipulihkan atau diganti: tarik ulang snapshot dan kirim ulang usulan yang belum diputuskan.</source>
        <translation>Konfirmasi server yang dipulihkan atau diganti: tarik ulang snapshot dan kirim ulang usulan yang belum diputuskan.</translation>
    </message>
    <message>
        <source>Sertifikat CA (PEM) yang dipercaya untuk server ini, selain milik sistem (disimpan untuk berikutnya).</source>
        <translation>Sertifikat CA (PEM) yang dipercaya untuk server ini, selain milik sistem (disimpan untuk berikutnya).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli sync --db FILE --server URL [--user U]</source>
        <translation>Pemakaian: tepat-cli sync --db FILE --server URL [--user U]</translation>
    </message>
    <message>
        <source>Alamat server belum diatur atau tidak sah; berikan --server URL.</source>
        <translation>Alamat server belum diatur atau tidak sah; berikan --server URL.</translation>
    </message>
    <message>
        <source>Nama pengguna belum diatur; berikan --user.</source>
        <translation>Nama pengguna belum diatur; berikan --user.</translation>
    </message>
    <message>
        <source>Server dikonfirmasi: snapshot ditarik ulang dan usulan yang belum diputuskan dikirim ulang.</source>
        <translation>Server dikonfirmasi: snapshot ditarik ulang dan usulan yang belum diputuskan dikirim ulang.</translation>
    </message>
    <message>
        <source>Sertifikat CA %1 tidak bisa dibaca.</source>
        <translation>Sertifikat CA %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Kata sandi %1 di %2: </source>
        <translation>Kata sandi %1 di %2: </translation>
    </message>
    <message>
        <source>Keychain tidak bisa menyimpan sesi masuk; kata sandi akan ditanyakan lagi lain kali.</source>
        <translation>Keychain tidak bisa menyimpan sesi masuk; kata sandi akan ditanyakan lagi lain kali.</translation>
    </message>
    <message>
        <source>terkirim	%1</source>
        <translation>terkirim	%1</translation>
    </message>
    <message>
        <source>diterima	%1</source>
        <translation>diterima	%1</translation>
    </message>
    <message>
        <source>bermasalah	%1</source>
        <translation>bermasalah	%1</translation>
    </message>
    <message>
        <source>menunggu	%1</source>
        <translation>menunggu	%1</translation>
    </message>
    <message>
        <source>perubahan	%1</source>
        <translation>perubahan	%1</translation>
    </message>
    <message>
        <source>keputusan	%1</source>
        <translation>keputusan	%1</translation>
    </message>
    <message>
        <source>Peringatan: server mencatat bahwa riwayat audit komputer ini pernah diubah.</source>
        <translation>Peringatan: server mencatat bahwa riwayat audit komputer ini pernah diubah.</translation>
    </message>
    <message>
        <source>Ada usulan yang ditolak server; lihat: tepat-cli outbox list --db %1</source>
        <translation>Ada usulan yang ditolak server; lihat: tepat-cli outbox list --db %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tepat — pemutakhiran DTKS/DTSEN untuk kelurahan dan desa, bisa tanpa internet.</source>
        <translation>Tepat — pemutakhiran DTKS/DTSEN untuk kelurahan dan desa, bisa tanpa internet.</translation>
    </message>
    <message>
        <source>Berkas data (SQLite).</source>
        <translation>Berkas data (SQLite).</translation>
    </message>
    <message>
        <source>Buka data contoh (dibuat dulu bila belum ada).</source>
        <translation>Buka data contoh (dibuat dulu bila belum ada).</translation>
    </message>
    <message>
        <source>Bahasa: id atau en.</source>
        <translation>Bahasa: id atau en.</translation>
    </message>
    <message>
        <source>Tepat</source>
        <translation>Tepat</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdListModel</name>
    <message>
        <source>ID DTKS</source>
        <translation>ID DTKS</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tepat::MainWindow</name>
    <message>
        <source>Tepat</source>
        <translation>Tepat</translation>
    </message>
    <message>
        <source>%1 (%2), Kec. %3, %4 — data per %5</source>
        <translation>%1 (%2), Kec. %3, %4 — data per %5</translation>
    </message>
    <message>
        <source>Tepat — %1</source>
        <translation>Tepat — %1</translation>
    </message>
    <message>
        <source>Belum ada data kelurahan/desa. Muat snapshot atau buka data contoh (tepat --demo).</source>
        <translation>Belum ada data kelurahan/desa. Muat snapshot atau buka data contoh (tepat --demo).</translation>
    </message>
</context>
<context>
    <name>tepat::ParkedItemDialog</name>
    <message>
        <source>Perbaiki usulan #%1</source>
        <translation>Perbaiki usulan #%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — keluarga %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — keluarga %2%3</translation>
    </message>
    <message>
        <source>, anggota %1</source>
        <translation>, anggota %1</translation>
    </message>
    <message>
        <source>Server menolak usulan ini: %1</source>
        <translation>Server menolak usulan ini: %1</translation>
    </message>
    <message>
        <source>Perbaiki isian di bawah, lalu simpan. Usulan dikirim ulang dengan kunci yang sama pada sinkronisasi berikutnya.</source>
        <translation>Perbaiki isian di bawah, lalu simpan. Usulan dikirim ulang dengan kunci yang sama pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Simpan dan kirim ulang</source>
        <translation>Simpan dan kirim ulang</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Isian "%1" harus tetap berbentuk JSON yang sah.</source>
        <translation>Isian "%1" harus tetap berbentuk JSON yang sah.</translation>
    </message>
</context>
<context>
    <name>tepat::ServerSettingsSection</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>akun operator dari Dinsos</source>
        <translation>akun operator dari Dinsos</translation>
    </message>
    <message>
        <source>Sinkronkan otomatis saat ada sambungan</source>
        <translation>Sinkronkan otomatis saat ada sambungan</translation>
    </message>
    <message>
        <source>Alamat server pusat:</source>
        <translation>Alamat server pusat:</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Lupakan sesi masuk…</source>
        <translation>Lupakan sesi masuk…</translation>
    </message>
    <message>
        <source>Sesi masuk:</source>
        <translation>Sesi masuk:</translation>
    </message>
    <message>
        <source>Kata sandi tidak pernah disimpan. Setelah masuk, Tepat menyimpan tanda sesi di keychain sistem; tanpa keychain, kata sandi ditanyakan setiap kali.</source>
        <translation>Kata sandi tidak pernah disimpan. Setelah masuk, Tepat menyimpan tanda sesi di keychain sistem; tanpa keychain, kata sandi ditanyakan setiap kali.</translation>
    </message>
    <message>
        <source>Lupakan sesi masuk di komputer ini? Sinkronisasi berikutnya akan meminta kata sandi.</source>
        <translation>Lupakan sesi masuk di komputer ini? Sinkronisasi berikutnya akan meminta kata sandi.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>tepat::SyncController</name>
    <message>
        <source>Alamat server harus diawali https:// (atau http:// untuk jaringan lokal), misalnya https://tepat.dinsos.kedirikota.go.id.</source>
        <translation>Alamat server harus diawali https:// (atau http:// untuk jaringan lokal), misalnya https://tepat.dinsos.kedirikota.go.id.</translation>
    </message>
    <message>
        <source>Nama pengguna server wajib diisi.</source>
        <translation>Nama pengguna server wajib diisi.</translation>
    </message>
    <message>
        <source>Keychain tidak tersedia; tidak ada sesi masuk yang tersimpan.</source>
        <translation>Keychain tidak tersedia; tidak ada sesi masuk yang tersimpan.</translation>
    </message>
    <message>
        <source>Sesi masuk dilupakan. Sinkronisasi berikutnya meminta kata sandi.</source>
        <translation>Sesi masuk dilupakan. Sinkronisasi berikutnya meminta kata sandi.</translation>
    </message>
    <message>
        <source>Server belum diatur.</source>
        <translation>Server belum diatur.</translation>
    </message>
    <message>
        <source>Sesi masuk tersimpan di keychain sistem.</source>
        <translation>Sesi masuk tersimpan di keychain sistem.</translation>
    </message>
    <message>
        <source>Belum masuk; sinkronisasi berikutnya meminta kata sandi.</source>
        <translation>Belum masuk; sinkronisasi berikutnya meminta kata sandi.</translation>
    </message>
    <message>
        <source>Keychain sistem tidak tersedia: kata sandi ditanyakan setiap kali sinkronisasi dan tidak pernah disimpan di disk.</source>
        <translation>Keychain sistem tidak tersedia: kata sandi ditanyakan setiap kali sinkronisasi dan tidak pernah disimpan di disk.</translation>
    </message>
    <message>
        <source>Sinkronisasi sedang berjalan.</source>
        <translation>Sinkronisasi sedang berjalan.</translation>
    </message>
    <message>
        <source>Atur dulu alamat server dan nama pengguna di Pengaturan → Server.</source>
        <translation>Atur dulu alamat server dan nama pengguna di Pengaturan → Server.</translation>
    </message>
    <message>
        <source>Keychain sistem tidak tersedia, jadi sesi masuk tidak bisa disimpan. Masukkan kata sandi akun server %1.</source>
        <translation>Keychain sistem tidak tersedia, jadi sesi masuk tidak bisa disimpan. Masukkan kata sandi akun server %1.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi akun server %1.</source>
        <translation>Masukkan kata sandi akun server %1.</translation>
    </message>
    <message>
        <source>Sinkronisasi tidak dijalankan: kata sandi tidak diisi.</source>
        <translation>Sinkronisasi tidak dijalankan: kata sandi tidak diisi.</translation>
    </message>
    <message>
        <source>Keychain sistem tidak tersedia: kata sandi akan ditanyakan lagi pada sinkronisasi berikutnya.</source>
        <translation>Keychain sistem tidak tersedia: kata sandi akan ditanyakan lagi pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Terkirim %1, diterima server %2, bermasalah %3, masih menunggu %4; perubahan diterima %5, keputusan Dinsos %6.</source>
        <translation>Terkirim %1, diterima server %2, bermasalah %3, masih menunggu %4; perubahan diterima %5, keputusan Dinsos %6.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi akun server.</source>
        <translation>Masukkan kata sandi akun server.</translation>
    </message>
</context>
<context>
    <name>tepat::SyncPage</name>
    <message>
        <source>Menghubungi server pusat…</source>
        <translation>Menghubungi server pusat…</translation>
    </message>
    <message>
        <source>Mengunggah foto dan berkas…</source>
        <translation>Mengunggah foto dan berkas…</translation>
    </message>
    <message>
        <source>Mengirim usulan…</source>
        <translation>Mengirim usulan…</translation>
    </message>
    <message>
        <source>Menerima perubahan dan keputusan…</source>
        <translation>Menerima perubahan dan keputusan…</translation>
    </message>
    <message>
        <source>Selesai.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <source>Masuk ke server pusat</source>
        <translation>Masuk ke server pusat</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sinkronisasi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sinkronisasi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Konfirmasi server ini…</source>
        <translation>Konfirmasi server ini…</translation>
    </message>
    <message>
        <source>Server pusat mencatat bahwa riwayat audit komputer ini pernah diubah atau dipulihkan dari cadangan lama. Dinsos akan melihatnya pada usulan dari komputer ini.</source>
        <translation>Server pusat mencatat bahwa riwayat audit komputer ini pernah diubah atau dipulihkan dari cadangan lama. Dinsos akan melihatnya pada usulan dari komputer ini.</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Masukkan yang disetujui ke kotak keluar</source>
        <translation>Masukkan yang disetujui ke kotak keluar</translation>
    </message>
    <message>
        <source>Masalah yang perlu diperbaiki</source>
        <translation>Masalah yang perlu diperbaiki</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Alasan dari server</source>
        <translation>Alasan dari server</translation>
    </message>
    <message>
        <source>Perbaiki dan kirim ulang…</source>
        <translation>Perbaiki dan kirim ulang…</translation>
    </message>
    <message>
        <source>Kirim ulang tanpa perubahan</source>
        <translation>Kirim ulang tanpa perubahan</translation>
    </message>
    <message>
        <source>Keputusan Dinsos terbaru</source>
        <translation>Keputusan Dinsos terbaru</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Kirim kotak keluar dan terima perubahan (F5)</source>
        <translation>Kirim kotak keluar dan terima perubahan (F5)</translation>
    </message>
    <message>
        <source>%1 usulan masuk kotak keluar.</source>
        <translation>%1 usulan masuk kotak keluar.</translation>
    </message>
    <message>
        <source>Pastikan dengan pengelola server bahwa server ini memang server kabupaten/kota Anda yang dipulihkan atau diganti. Data dari server akan ditarik ulang dan usulan yang belum diputuskan dikirim ulang. Lanjutkan?</source>
        <translation>Pastikan dengan pengelola server bahwa server ini memang server kabupaten/kota Anda yang dipulihkan atau diganti. Data dari server akan ditarik ulang dan usulan yang belum diputuskan dikirim ulang. Lanjutkan?</translation>
    </message>
    <message>
        <source>Server dikonfirmasi. Jalankan sinkronisasi.</source>
        <translation>Server dikonfirmasi. Jalankan sinkronisasi.</translation>
    </message>
    <message>
        <source>Pilih dulu usulan yang bermasalah.</source>
        <translation>Pilih dulu usulan yang bermasalah.</translation>
    </message>
    <message>
        <source>Usulan #%1 diperbaiki dan akan dikirim ulang pada sinkronisasi berikutnya.</source>
        <translation>Usulan #%1 diperbaiki dan akan dikirim ulang pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Usulan #%1 akan dikirim ulang pada sinkronisasi berikutnya.</source>
        <translation>Usulan #%1 akan dikirim ulang pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <source>Terakhir berhasil: %1%2</source>
        <translation>Terakhir berhasil: %1%2</translation>
    </message>
    <message numerus="yes">
        <source> (%n hari yang lalu)</source>
        <translation><numerusform> (%n hari yang lalu)</numerusform></translation>
    </message>
    <message>
        <source>Belum pernah berhasil sinkronisasi dengan server pusat.</source>
        <translation>Belum pernah berhasil sinkronisasi dengan server pusat.</translation>
    </message>
    <message>
        <source>Percobaan terakhir %1: %2. %3</source>
        <translation>Percobaan terakhir %1: %2. %3</translation>
    </message>
    <message>
        <source>Disetujui, belum masuk kotak keluar</source>
        <translation>Disetujui, belum masuk kotak keluar</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Terkirim, menunggu konfirmasi server</source>
        <translation>Terkirim, menunggu konfirmasi server</translation>
    </message>
    <message>
        <source>Bermasalah (perlu diperbaiki)</source>
        <translation>Bermasalah (perlu diperbaiki)</translation>
    </message>
    <message>
        <source>Konflik dengan data server</source>
        <translation>Konflik dengan data server</translation>
    </message>
    <message>
        <source>Data baru dari server yang tertahan</source>
        <translation>Data baru dari server yang tertahan</translation>
    </message>
</context>
<context>
    <name>tepat::central::CentralServer</name>
    <message>
        <source>Sertifikat atau kunci TLS tidak bisa dibaca.</source>
        <translation>Sertifikat atau kunci TLS tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Sertifikat atau kunci TLS tidak sah (harus PEM).</source>
        <translation>Sertifikat atau kunci TLS tidak sah (harus PEM).</translation>
    </message>
    <message>
        <source>Tidak bisa mendengarkan di %1:%2: %3</source>
        <translation>Tidak bisa mendengarkan di %1:%2: %3</translation>
    </message>
    <message>
        <source>Alamat tidak dikenal.</source>
        <translation>Alamat tidak dikenal.</translation>
    </message>
    <message>
        <source>Metode HTTP ini tidak berlaku untuk alamat tersebut.</source>
        <translation>Metode HTTP ini tidak berlaku untuk alamat tersebut.</translation>
    </message>
    <message>
        <source>Perubahan hanya dikirim ke akun operator kelurahan/desa.</source>
        <translation>Perubahan hanya dikirim ke akun operator kelurahan/desa.</translation>
    </message>
    <message>
        <source>limit harus bilangan 1–%1.</source>
        <translation>limit harus bilangan 1–%1.</translation>
    </message>
    <message>
        <source>after harus nomor urut perubahan.</source>
        <translation>after harus nomor urut perubahan.</translation>
    </message>
    <message>
        <source>Nama berkas harus SHA-256 (64 huruf hex kecil).</source>
        <translation>Nama berkas harus SHA-256 (64 huruf hex kecil).</translation>
    </message>
    <message>
        <source>Hanya operator yang mengunggah lampiran.</source>
        <translation>Hanya operator yang mengunggah lampiran.</translation>
    </message>
    <message>
        <source>Potongan berkas terlalu besar (paling banyak %1 MB).</source>
        <translation>Potongan berkas terlalu besar (paling banyak %1 MB).</translation>
    </message>
    <message>
        <source>offset dan total wajib berupa bilangan.</source>
        <translation>offset dan total wajib berupa bilangan.</translation>
    </message>
    <message>
        <source>Hanya supervisor Dinsos yang bisa mengimpor peristiwa kependudukan.</source>
        <translation>Hanya supervisor Dinsos yang bisa mengimpor peristiwa kependudukan.</translation>
    </message>
</context>
</TS>
