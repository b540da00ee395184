<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>Accounts</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Nama pengguna harus 3–64 huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>The user name must be 3–64 lowercase letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi (paling banyak 200 karakter).</source>
        <translation>The full name is required (at most 200 characters).</translation>
    </message>
    <message>
        <source>Operator memerlukan kode kelurahan/desa yang dikenal (--village).</source>
        <translation>An operator needs a known village code (--village).</translation>
    </message>
    <message>
        <source>Supervisor memerlukan kode kabupaten/kota yang dikenal (--regency, misalnya 35.71).</source>
        <translation>A supervisor needs a known regency/city code (--regency, for example 35.71).</translation>
    </message>
    <message>
        <source>Peran harus operator atau supervisor.</source>
        <translation>The role must be operator or supervisor.</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak bisa diamankan (memori tidak cukup).</source>
        <translation>The password could not be secured (not enough memory).</translation>
    </message>
    <message>
        <source>Nama pengguna %1 sudah dipakai.</source>
        <translation>The user name %1 is already taken.</translation>
    </message>
    <message>
        <source>Identitas perangkat tidak valid.</source>
        <translation>Invalid device identity.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 menit.</source>
        <translation>Too many failed sign-in attempts. Try again in %1 minutes.</translation>
    </message>
    <message>
        <source>Sesi masuk sudah berakhir; masukkan kata sandi lagi.</source>
        <translation>The session has ended; enter the password again.</translation>
    </message>
    <message>
        <source>Permintaan ini memerlukan masuk dulu.</source>
        <translation>This request needs a sign-in first.</translation>
    </message>
    <message>
        <source>Sesi masuk tidak dikenal; masuk lagi.</source>
        <translation>Unknown session; sign in again.</translation>
    </message>
    <message>
        <source>Sesi masuk sudah kedaluwarsa.</source>
        <translation>The session has expired.</translation>
    </message>
</context>
<context>
    <name>AttachmentUploader</name>
    <message>
        <source>Berkas lampiran %1… tidak ada lagi di komputer ini. Lampirkan ulang berkasnya pada usulan.</source>
        <translation>Attachment file %1… is no longer on this computer. Attach the file to the request again.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1… berukuran %2 byte; server menerima 1 byte sampai %3 MB.</source>
        <translation>Attachment file %1… has %2 bytes; the server accepts 1 byte up to %3 MB.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1… di komputer ini rusak (isinya tidak cocok dengan sidiknya). Lampirkan ulang berkasnya pada usulan.</source>
        <translation>Attachment file %1… on this computer is damaged (its content does not match its fingerprint). Attach the file to the request again.</translation>
    </message>
    <message>
        <source>Server menyimpan unggahan lain dengan sidik yang sama tetapi ukuran berbeda; hubungi pengelola server.</source>
        <translation>The server holds another upload with the same fingerprint but a different size; contact the server administrator.</translation>
    </message>
    <message>
        <source>Berkas lampiran %1… tidak terbaca.</source>
        <translation>Attachment file %1… cannot be read.</translation>
    </message>
    <message>
        <source>Server tidak mencatat potongan berkas yang dikirim.</source>
        <translation>The server did not record the chunk of the file that was sent.</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Catatan audit harus menyebut pelaku dan tindakannya.</source>
        <translation>An audit entry must name who acted and what they did.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Berkas lampiran terlalu besar (paling besar %1 MB).</source>
        <translation>The attachment is too large (at most %1 MB).</translation>
    </message>
    <message>
        <source>Potongan berkas di luar ukuran berkas.</source>
        <translation>File chunk outside the file's size.</translation>
    </message>
    <message>
        <source>Ukuran berkas berbeda dengan unggahan yang sedang berjalan.</source>
        <translation>The file size differs from the upload in progress.</translation>
    </message>
    <message>
        <source>Server sudah menerima %1 byte dari berkas ini; lanjutkan dari sana.</source>
        <translation>The server has already received %1 bytes of this file; continue from there.</translation>
    </message>
    <message>
        <source>Isi berkas tidak cocok dengan sidik SHA-256-nya; berkas dikirim ulang dari awal.</source>
        <translation>The file content does not match its SHA-256 fingerprint; the file is sent again from the start.</translation>
    </message>
</context>
<context>
    <name>CentralCli</name>
    <message>
        <source>Folder data server.</source>
        <translation>Server data folder.</translation>
    </message>
    <message>
        <source>PostgreSQL: postgresql://pengguna:sandi@host:port/nama (bawaan: SQLite di folder data).</source>
        <translation>PostgreSQL: postgresql://user:password@host:port/name (default: SQLite in the data folder).</translation>
    </message>
    <message>
        <source>Pemakaian: </source>
        <translation>Usage: </translation>
    </message>
    <message>
        <source>--data DIR wajib diisi.</source>
        <translation>--data DIR is required.</translation>
    </message>
    <message>
        <source>Menjalankan server pusat Tepat.</source>
        <translation>Runs the Tepat central server.</translation>
    </message>
    <message>
        <source>Alamat dan port, misalnya 127.0.0.1:8080.</source>
        <translation>Address and port, for example 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Sertifikat TLS (PEM).</source>
        <translation>TLS certificate (PEM).</translation>
    </message>
    <message>
        <source>Kunci privat TLS (PEM).</source>
        <translation>TLS private key (PEM).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central --listen ADDR:PORT --data DIR [--database URL] [--cert C --key K]</source>
        <translation>Usage: tepat-central --listen ADDR:PORT --data DIR [--database URL] [--cert C --key K]</translation>
    </message>
    <message>
        <source>--listen harus berbentuk ALAMAT:PORT, misalnya 127.0.0.1:8080.</source>
        <translation>--listen must have the form ADDRESS:PORT, for example 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Peringatan: tanpa TLS; gunakan --cert dan --key untuk selain loopback.</source>
        <translation>Warning: no TLS; use --cert and --key for anything but loopback.</translation>
    </message>
    <message>
        <source>tepat-central mendengarkan di %1:%2 (%3)</source>
        <translation>tepat-central listening on %1:%2 (%3)</translation>
    </message>
    <message>
        <source>Membuat akun operator (satu kelurahan/desa) atau supervisor (satu kabupaten/kota). Kata sandi dibaca dari standard input.</source>
        <translation>Creates an operator account (one village) or a supervisor account (one regency/city). The password is read from standard input.</translation>
    </message>
    <message>
        <source>operator atau supervisor.</source>
        <translation>operator or supervisor.</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa.</source>
        <translation>Village code.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota.</source>
        <translation>Regency/city code.</translation>
    </message>
    <message>
        <source>Nama pengguna untuk masuk.</source>
        <translation>User name for signing in.</translation>
    </message>
    <message>
        <source>Nama lengkap (bawaan: nama pengguna).</source>
        <translation>Full name (default: the user name).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central user add --data DIR --role operator|supervisor (--village KODE|--regency KODE) --name NAMA</source>
        <translation>Usage: tepat-central user add --data DIR --role operator|supervisor (--village CODE|--regency CODE) --name NAME</translation>
    </message>
    <message>
        <source>Kata sandi: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Kata sandi harus diberikan lewat standard input.</source>
        <translation>The password must be given on standard input.</translation>
    </message>
    <message>
        <source>Usulan yang diterima server, satu per baris: kunci, kelurahan, jenis, status.</source>
        <translation>Requests the server received, one per line: key, village, kind, state.</translation>
    </message>
    <message>
        <source>Hanya kelurahan/desa ini.</source>
        <translation>Only this village.</translation>
    </message>
    <message>
        <source>Mengimpor peristiwa Dukcapil (kematian, pindah) dari CSV event,nik,date,note ke aliran perubahan.</source>
        <translation>Imports civil-registry events (deaths, moves) from a CSV event,nik,date,note into the change stream.</translation>
    </message>
    <message>
        <source>Berkas peristiwa.</source>
        <translation>Events file.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central civil-events import --data DIR FILE.csv</source>
        <translation>Usage: tepat-central civil-events import --data DIR FILE.csv</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca.</source>
        <translation>File %1 cannot be read.</translation>
    </message>
    <message>
        <source>baris %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>diterapkan	%1</source>
        <translation>applied	%1</translation>
    </message>
    <message>
        <source>sudah tercatat	%1</source>
        <translation>already recorded	%1</translation>
    </message>
    <message>
        <source>NIK tidak dikenal	%1</source>
        <translation>unknown NIK	%1</translation>
    </message>
    <message>
        <source>ditolak	%1</source>
        <translation>rejected	%1</translation>
    </message>
    <message>
        <source>Memuat data DTKS (snapshot CSV, docs/snapshot-format.md) ke server; hanya baris yang berubah masuk aliran perubahan.</source>
        <translation>Loads DTKS data (snapshot CSV, docs/snapshot-format.md) into the server; only changed rows enter the change stream.</translation>
    </message>
    <message>
        <source>Berkas keluarga.</source>
        <translation>Households file.</translation>
    </message>
    <message>
        <source>Berkas anggota.</source>
        <translation>Members file.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central register import --data DIR HOUSEHOLDS.csv PERSONS.csv</source>
        <translation>Usage: tepat-central register import --data DIR HOUSEHOLDS.csv PERSONS.csv</translation>
    </message>
    <message>
        <source>keluarga	%1</source>
        <translation>households	%1</translation>
    </message>
    <message>
        <source>orang	%1</source>
        <translation>persons	%1</translation>
    </message>
    <message>
        <source>berubah	%1</source>
        <translation>changed	%1</translation>
    </message>
    <message>
        <source>Baris yang ditolak: %1</source>
        <translation>Rejected lines: %1</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1
Perintah: user add, requests list, civil-events import, register import; tanpa perintah: jalankan server (--help).</source>
        <translation>Unknown command: %1
Commands: user add, requests list, civil-events import, register import; without a command: run the server (--help).</translation>
    </message>
</context>
<context>
    <name>CentralDatabase</name>
    <message>
        <source>Folder data %1 tidak bisa dibuat.</source>
        <translation>The data folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Alamat basis data harus berbentuk postgresql://pengguna:sandi@host:port/nama.</source>
        <translation>The database address must have the form postgresql://user:password@host:port/name.</translation>
    </message>
    <message>
        <source>Driver PostgreSQL untuk Qt (paket libqt6sql6-psql) belum terpasang.</source>
        <translation>Qt's PostgreSQL driver (package libqt6sql6-psql) is not installed.</translation>
    </message>
    <message>
        <source>Basis data server tidak bisa dibuka: %1</source>
        <translation>The server database cannot be opened: %1</translation>
    </message>
    <message>
        <source>Basis data server dibuat oleh versi tepat-central yang lebih baru (skema %1); perbarui tepat-central.</source>
        <translation>The server database was created by a newer tepat-central (schema %1); update tepat-central.</translation>
    </message>
    <message>
        <source>Basis data server gagal menyimpan atau membaca; coba lagi nanti.</source>
        <translation>The server database failed to save or read; try again later.</translation>
    </message>
</context>
<context>
    <name>CentralRegister</name>
    <message>
        <source>Folder sementara untuk impor tidak bisa dibuat.</source>
        <translation>The temporary folder for the import cannot be created.</translation>
    </message>
    <message>
        <source>Baris judul berkas peristiwa harus: event,nik,date,note</source>
        <translation>The header line of the events file must be: event,nik,date,note</translation>
    </message>
    <message>
        <source>jumlah kolom harus 4</source>
        <translation>there must be 4 columns</translation>
    </message>
    <message>
        <source>jenis peristiwa harus death atau move</source>
        <translation>the event kind must be death or move</translation>
    </message>
    <message>
        <source>NIK harus 16 angka</source>
        <translation>the NIK must be 16 digits</translation>
    </message>
    <message>
        <source>tanggal harus YYYY-MM-DD dan tidak di masa depan</source>
        <translation>the date must be YYYY-MM-DD and not in the future</translation>
    </message>
    <message>
        <source>keterangan lebih dari 500 karakter</source>
        <translation>the note is longer than 500 characters</translation>
    </message>
    <message>
        <source>Meninggal dunia (laporan Dukcapil)</source>
        <translation>Deceased (Dukcapil report)</translation>
    </message>
    <message>
        <source>Pindah domisili (laporan Dukcapil)</source>
        <translation>Moved away (Dukcapil report)</translation>
    </message>
</context>
<context>
    <name>CentralServer</name>
    <message>
        <source>Kepala permintaan terlalu besar.</source>
        <translation>The request headers are too large.</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar (paling banyak %1 MB).</source>
        <translation>The request body is too large (at most %1 MB).</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar.</source>
        <translation>The request body is too large.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestRepository</name>
    <message>
        <source>Pembuat usulan harus diketahui.</source>
        <translation>The author of a request must be known.</translation>
    </message>
    <message>
        <source>Usulan ini sudah berstatus "%1" dan tidak bisa diubah lagi.</source>
        <translation>This request is already "%1" and can no longer be changed.</translation>
    </message>
    <message>
        <source>Setiap perubahan status harus mencatat siapa yang melakukannya.</source>
        <translation>Every status change must record who made it.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk status "%1".</source>
        <translation>A reason is required for the status "%1".</translation>
    </message>
    <message>
        <source>Usulan berstatus "%1" tidak bisa langsung menjadi "%2".</source>
        <translation>A request that is "%1" cannot become "%2" directly.</translation>
    </message>
    <message>
        <source>Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.</source>
        <translation>The request was just changed elsewhere; reload and try again.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak ditemukan.</source>
        <translation>Request #%1 was not found.</translation>
    </message>
    <message>
        <source>Usulan tidak ditemukan.</source>
        <translation>Request not found.</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>Folder berkas %1 tidak bisa dibuat.</source>
        <translation>The file folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa disimpan (disk penuh atau tidak bisa ditulis): %1</source>
        <translation>The file cannot be saved (disk full or not writable): %1</translation>
    </message>
    <message>
        <source>Nama berkas bukan SHA-256.</source>
        <translation>The file name is not a SHA-256.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada di folder berkas.</source>
        <translation>File %1 is missing from the file folder.</translation>
    </message>
    <message>
        <source>Berkas %1 rusak: isinya tidak cocok dengan sidiknya.</source>
        <translation>File %1 is damaged: its content does not match its fingerprint.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Berkas tidak bisa dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Berkas tersimpan sebagai UTF-16; simpan ulang sebagai CSV UTF-8.</source>
        <translation>The file is saved as UTF-16; save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Berkas kosong: baris judul kolom tidak ada.</source>
        <translation>The file is empty: there is no header row.</translation>
    </message>
    <message>
        <source>Baris judul kolom tidak bisa dibaca.</source>
        <translation>The header row cannot be read.</translation>
    </message>
    <message>
        <source>tanda kutip tidak ditutup sampai akhir berkas</source>
        <translation>a quote is not closed before the end of the file</translation>
    </message>
    <message>
        <source>ada teks setelah tanda kutip penutup</source>
        <translation>there is text after a closing quote</translation>
    </message>
    <message>
        <source>Baris %1 bukan teks UTF-8 (mungkin tersimpan sebagai ANSI/Windows-1252). Simpan ulang berkas sebagai CSV UTF-8.</source>
        <translation>Line %1 is not UTF-8 text (perhaps saved as ANSI/Windows-1252). Save the file again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Baris %1 berisi data biner; ini bukan berkas CSV.</source>
        <translation>Line %1 contains binary data; this is not a CSV file.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Berkas data %1 tidak ada.</source>
        <translation>The data file %1 does not exist.</translation>
    </message>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak bisa dibuka: %2</source>
        <translation>The data file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Driver SQLite Qt tidak memberikan handle.</source>
        <translation>The Qt SQLite driver gave no handle.</translation>
    </message>
    <message>
        <source>Berkas data ini dibuat oleh Tepat versi yang lebih baru (skema %1; versi ini mengenal sampai skema %2). Berkas tidak diubah. Perbarui Tepat untuk membukanya.</source>
        <translation>This data file was made by a newer version of Tepat (schema %1; this version knows up to schema %2). The file was not changed. Update Tepat to open it.</translation>
    </message>
    <message>
        <source>Berkas %1 adalah basis data lain, bukan data Tepat. Berkas tidak diubah.</source>
        <translation>The file %1 is some other database, not Tepat data. The file was not changed.</translation>
    </message>
    <message>
        <source>Pembaruan struktur data ke skema %1 (%2) gagal; semua perubahan dibatalkan dan data tetap seperti semula. Rincian: %3</source>
        <translation>Upgrading the data structure to schema %1 (%2) failed; every change was rolled back and the data is as it was. Details: %3</translation>
    </message>
    <message>
        <source>Berkas data memakai skema lama (%1) dan dibuka hanya-baca; buka sekali dengan Tepat biasa untuk memperbaruinya.</source>
        <translation>The data file uses an old schema (%1) and was opened read-only; open it once with Tepat normally to upgrade it.</translation>
    </message>
    <message>
        <source>Disk penuh: perubahan tidak tersimpan dan data lama tetap utuh. Kosongkan ruang disk, lalu ulangi.</source>
        <translation>Disk full: the change was not saved and the existing data is intact. Free some disk space, then try again.</translation>
    </message>
    <message>
        <source>Berkas data tidak bisa ditulis (hanya-baca). Periksa izin berkas.</source>
        <translation>The data file cannot be written (read-only). Check the file permissions.</translation>
    </message>
    <message>
        <source>Data sedang dipakai proses lain. Tunggu sebentar, lalu ulangi.</source>
        <translation>The data is in use by another process. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Berkas data rusak atau bukan berkas data Tepat (%1).</source>
        <translation>The data file is damaged or is not a Tepat data file (%1).</translation>
    </message>
    <message>
        <source>Berkas data tidak bisa dibuka (%1).</source>
        <translation>The data file cannot be opened (%1).</translation>
    </message>
    <message>
        <source>Gagal membaca atau menulis disk (%1).</source>
        <translation>Reading or writing the disk failed (%1).</translation>
    </message>
    <message>
        <source>Perubahan ditolak aturan data (%1).</source>
        <translation>The change was refused by a data rule (%1).</translation>
    </message>
    <message>
        <source>Kesalahan basis data: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>Tidak ada transaksi yang berjalan.</source>
        <translation>No transaction is running.</translation>
    </message>
</context>
<context>
    <name>DemoRequests</name>
    <message>
        <source>Belum ada keluarga di data ini; buat data contoh dulu.</source>
        <translation>There are no households in this data yet; create demo data first.</translation>
    </message>
</context>
<context>
    <name>DemoVillage</name>
    <message>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah domisili</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Sudah mampu</source>
        <translation>No longer poor</translation>
    </message>
    <message>
        <source>Berkas snapshot contoh gagal ditulis.</source>
        <translation>The demo snapshot files could not be written.</translation>
    </message>
    <message>
        <source>Data contoh sudah ada di berkas ini.</source>
        <translation>This file already holds demo data.</translation>
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
        <translation>KK number</translation>
    </message>
    <message>
        <source>%1 kosong.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 rusak oleh spreadsheet: tersimpan sebagai angka (%2) sehingga digit terakhir hilang. Ketik ulang dari KTP/KK dan simpan kolomnya sebagai teks.</source>
        <translation>%1 was damaged by a spreadsheet: stored as a number (%2), so the last digits are lost. Type it again from the ID card/family card and format the column as text.</translation>
    </message>
    <message>
        <source>%1 hanya boleh berisi angka 0–9.</source>
        <translation>%1 may only contain the digits 0–9.</translation>
    </message>
    <message>
        <source>%1 harus 16 angka; yang tertulis %2 angka.</source>
        <translation>%1 must have 16 digits; it has %2.</translation>
    </message>
    <message>
        <source>Kode provinsi %1 tidak dikenal.</source>
        <translation>Province code %1 is unknown.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota %1.%2 tidak ada dalam daftar wilayah sekarang (mungkin wilayah lama yang sudah dimekarkan); %3 tetap berlaku.</source>
        <translation>Regency/city code %1.%2 is not in today's list of areas (perhaps an old area since split); the %3 stays valid.</translation>
    </message>
    <message>
        <source>Kode kecamatan %1.%2.%3 tidak ada dalam daftar wilayah sekarang (mungkin kecamatan lama); %4 tetap berlaku.</source>
        <translation>District code %1.%2.%3 is not in today's list of areas (perhaps an old district); the %4 stays valid.</translation>
    </message>
    <message>
        <source>lahir</source>
        <translation>of birth</translation>
    </message>
    <message>
        <source>terbit</source>
        <translation>of issue</translation>
    </message>
    <message>
        <source>Tanggal lahir %1 pada NIK tidak mungkin: harus 01–31 (laki-laki) atau 41–71 (perempuan).</source>
        <translation>Birth day %1 in the NIK is impossible: it must be 01–31 (men) or 41–71 (women).</translation>
    </message>
    <message>
        <source>Tanggal terbit %1 pada No KK tidak mungkin: harus 01–31.</source>
        <translation>Issue day %1 in the KK number is impossible: it must be 01–31.</translation>
    </message>
    <message>
        <source>Bulan %1 %2 tidak ada: harus 01–12.</source>
        <translation>Month %1 %2 does not exist: it must be 01–12.</translation>
    </message>
    <message>
        <source>Tanggal %1 %2-%3-%4 tidak ada di kalender.</source>
        <translation>Date %1 %2-%3-%4 is not in the calendar.</translation>
    </message>
    <message>
        <source>Nomor urut 0000 pada %1 tidak pernah diberikan.</source>
        <translation>Serial number 0000 is never issued in a %1.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIK (%1) berbeda dengan data (%2).</source>
        <translation>The birth date in the NIK (%1) differs from the record (%2).</translation>
    </message>
    <message>
        <source>Jenis kelamin pada NIK (%1) berbeda dengan data (%2).</source>
        <translation>The sex in the NIK (%1) differs from the record (%2).</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Isi pesan terlalu besar (%1 byte; paling banyak %2).</source>
        <translation>The message body is too large (%1 bytes; at most %2).</translation>
    </message>
    <message>
        <source>Isi pesan bukan JSON yang sah (%1 pada posisi %2).</source>
        <translation>The message body is not valid JSON (%1 at position %2).</translation>
    </message>
    <message>
        <source>bukan objek</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>Isi pesan bersarang terlalu dalam (paling banyak %1 tingkat).</source>
        <translation>The message body is nested too deeply (at most %1 levels).</translation>
    </message>
    <message>
        <source>Ada teks yang terlalu panjang (paling banyak %1 karakter).</source>
        <translation>A text is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Isi pesan tidak valid: kolom %1 %2.</source>
        <translation>Invalid message body: field %1 %2.</translation>
    </message>
    <message>
        <source>wajib ada</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>harus berupa teks</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>lebih dari %1 karakter</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>harus bilangan bulat %1–%2</source>
        <translation>must be an integer %1–%2</translation>
    </message>
    <message>
        <source>harus true atau false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>harus berupa objek</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>harus berupa daftar</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>berisi lebih dari %1 unsur</source>
        <translation>has more than %1 elements</translation>
    </message>
    <message>
        <source>bukan waktu ISO 8601</source>
        <translation>is not an ISO 8601 time</translation>
    </message>
    <message>
        <source>Satu kiriman berisi %1 usulan; paling banyak %2.</source>
        <translation>One push holds %1 requests; at most %2.</translation>
    </message>
    <message>
        <source>berisi nilai yang bukan SHA-256</source>
        <translation>holds a value that is not a SHA-256</translation>
    </message>
    <message>
        <source>tidak dikenal</source>
        <translation>is unknown</translation>
    </message>
    <message>
        <source>lebih besar dari total</source>
        <translation>is larger than the total</translation>
    </message>
    <message>
        <source>Server mengirim perubahan dengan nomor urut yang tidak berurutan (%1).</source>
        <translation>The server sent changes with sequence numbers out of order (%1).</translation>
    </message>
</context>
<context>
    <name>NikCheck</name>
    <message>
        <source>Kec. %1</source>
        <translation>%1 district</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Hanya usulan yang disetujui musyawarah yang bisa dikirim; usulan ini berstatus "%1".</source>
        <translation>Only requests approved by the village meeting can be sent; this request is "%1".</translation>
    </message>
    <message>
        <source>Berkas lampiran (%1) untuk usulan ini tidak ada di komputer ini. Lampirkan ulang berkasnya, lalu masukkan lagi ke kotak keluar.</source>
        <translation>The attachment file (%1) for this request is not on this computer. Attach the file again, then put the request in the outbox again.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak ada di kotak keluar.</source>
        <translation>Request #%1 is not in the outbox.</translation>
    </message>
    <message>
        <source>Isi usulan hanya bisa diperbaiki selama usulan ditolak server dan belum diterima.</source>
        <translation>The request content can only be corrected while the server has refused it and not received it.</translation>
    </message>
    <message>
        <source>Usulan baru saja diubah di tempat lain; muat ulang lalu coba lagi.</source>
        <translation>The request was just changed elsewhere; reload and try again.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak sedang bermasalah.</source>
        <translation>Request #%1 has no problem.</translation>
    </message>
    <message>
        <source>Usulan berstatus "%1" tidak bisa menjadi "%2".</source>
        <translation>A request in state "%1" cannot become "%2".</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Jawaban server atas kiriman tidak bisa dibaca: %1</source>
        <translation>The server's answer to the push cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>Puller</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Jawaban snapshot datang dari server lain.</source>
        <translation>The snapshot answer came from a different server.</translation>
    </message>
    <message>
        <source>Daftar perubahan dari server tidak valid: %1</source>
        <translation>Invalid list of changes from the server: %1</translation>
    </message>
    <message>
        <source>Server pusat yang menjawab bukan server yang selama ini dipakai. Penarikan data dihentikan sampai petugas memastikan servernya benar.</source>
        <translation>The central server that answered is not the server used so far. Pulling data is stopped until an officer confirms the server is the right one.</translation>
    </message>
    <message>
        <source>Nomor urut perubahan di server pusat mundur dari %1 ke %2: server tampaknya dipulihkan dari cadangan lama. Penarikan data dihentikan; hubungi pengelola server, lalu konfirmasi server yang dipulihkan di halaman Sinkronisasi.</source>
        <translation>The change sequence number on the central server went back from %1 to %2: the server seems restored from an old backup. Pulling data is stopped; contact the server administrator, then confirm the restored server on the Sync page.</translation>
    </message>
    <message>
        <source>Server mengirim perubahan yang sudah diterima sebelumnya.</source>
        <translation>The server sent changes that were already received.</translation>
    </message>
</context>
<context>
    <name>RecordJson</name>
    <message>
        <source>wajib ada</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>harus berupa teks</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>lebih dari %1 karakter</source>
        <translation>is longer than %1 characters</translation>
    </message>
    <message>
        <source>tidak boleh kosong</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>bukan tanggal YYYY-MM-DD</source>
        <translation>is not a YYYY-MM-DD date</translation>
    </message>
    <message>
        <source>kode tidak dikenal</source>
        <translation>unknown code</translation>
    </message>
    <message>
        <source>harus bilangan bulat %1–%2</source>
        <translation>must be an integer %1–%2</translation>
    </message>
    <message>
        <source>harus daftar berisi paling banyak %1</source>
        <translation>must be a list of at most %1</translation>
    </message>
    <message>
        <source>Data %1 dari server tidak valid: kolom %2 %3.</source>
        <translation>Invalid %1 data from the server: field %2 %3.</translation>
    </message>
    <message>
        <source>keluarga %1</source>
        <translation>household %1</translation>
    </message>
    <message>
        <source>kosong atau terlalu panjang</source>
        <translation>empty or too long</translation>
    </message>
    <message>
        <source>bukan 16 angka</source>
        <translation>is not 16 digits</translation>
    </message>
    <message>
        <source>bukan kode kelurahan</source>
        <translation>is not a village code</translation>
    </message>
    <message>
        <source>anggota keluarga %1</source>
        <translation>household member %1</translation>
    </message>
    <message>
        <source>program anggota %1</source>
        <translation>programs of member %1</translation>
    </message>
    <message>
        <source>harus berupa objek</source>
        <translation>must be an object</translation>
    </message>
</context>
<context>
    <name>RegisterRepository</name>
    <message>
        <source>Keluarga %1 tidak ada dalam data.</source>
        <translation>Household %1 is not in the data.</translation>
    </message>
    <message>
        <source>Orang dengan ID %1 tidak ada dalam data.</source>
        <translation>No person with ID %1 is in the data.</translation>
    </message>
    <message>
        <source>NIK tersebut tidak ada dalam data.</source>
        <translation>That NIK is not in the data.</translation>
    </message>
    <message>
        <source>Perubahan status harus mencatat siapa yang melakukannya.</source>
        <translation>A status change must record who made it.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk menonaktifkan seseorang.</source>
        <translation>A reason is required to deactivate a person.</translation>
    </message>
    <message>
        <source>Alasan wajib diisi untuk menonaktifkan keluarga.</source>
        <translation>A reason is required to deactivate a household.</translation>
    </message>
</context>
<context>
    <name>ReplicaApplier</name>
    <message>
        <source>Penerapan perubahan dihentikan (uji).</source>
        <translation>Applying changes stopped (test).</translation>
    </message>
    <message>
        <source>Perubahan nomor %1 dari server tidak bisa diterapkan: %2</source>
        <translation>Change number %1 from the server cannot be applied: %2</translation>
    </message>
    <message>
        <source>Snapshot dari server berisi data yang bukan keluarga atau anggota.</source>
        <translation>The snapshot from the server holds data that is neither a household nor a member.</translation>
    </message>
    <message>
        <source>jenis data "%1" tidak dikenal</source>
        <translation>unknown data kind "%1"</translation>
    </message>
    <message>
        <source>versi data tidak valid</source>
        <translation>invalid data version</translation>
    </message>
    <message>
        <source>Dari server pusat</source>
        <translation>From the central server</translation>
    </message>
    <message>
        <source>keluarga %1 untuk anggota %2 belum ada di data ini</source>
        <translation>household %1 for member %2 is not in this data yet</translation>
    </message>
    <message>
        <source>NIK anggota %1 sudah dipakai anggota %2 di data ini</source>
        <translation>member %1's NIK is already used by member %2 in this data</translation>
    </message>
    <message>
        <source>status keputusan "%1" tidak dikenal</source>
        <translation>unknown decision state "%1"</translation>
    </message>
    <message>
        <source>(tanpa alasan dari Dinsos)</source>
        <translation>(no reason from Dinsos)</translation>
    </message>
    <message>
        <source>Data tidak terbaca.</source>
        <translation>The data cannot be read.</translation>
    </message>
</context>
<context>
    <name>RequestDesk</name>
    <message>
        <source>Hanya akun operator kelurahan/desa yang bisa mengirim usulan.</source>
        <translation>Only village operator accounts can send requests.</translation>
    </message>
    <message>
        <source>Kunci usulan bukan UUID yang sah.</source>
        <translation>The request key is not a valid UUID.</translation>
    </message>
    <message>
        <source>Kunci usulan ini sudah dipakai kelurahan lain.</source>
        <translation>This request key is already used by another village.</translation>
    </message>
    <message>
        <source>Usulan dengan kunci ini sudah diterima server dengan isi yang berbeda. Isi yang sudah diterima tidak bisa diganti; buat usulan baru untuk perubahan berikutnya.</source>
        <translation>A request with this key was already received by the server with different content. Received content cannot be replaced; create a new request for further changes.</translation>
    </message>
    <message>
        <source>Sidik isi usulan tidak cocok; data rusak dalam perjalanan.</source>
        <translation>The request content fingerprint does not match; the data was damaged in transit.</translation>
    </message>
    <message>
        <source>Jenis usulan "%1" tidak dikenal.</source>
        <translation>Unknown request kind "%1".</translation>
    </message>
    <message>
        <source>Isi usulan terlalu besar atau bersarang terlalu dalam (paling banyak %1 KB dan %2 tingkat).</source>
        <translation>The request content is too large or nested too deeply (at most %1 KB and %2 levels).</translation>
    </message>
    <message>
        <source>Usulan jenis "%1" harus menyebut keluarganya.</source>
        <translation>A request of kind "%1" must name its household.</translation>
    </message>
    <message>
        <source>Keluarga %1 tidak ada dalam data server. Periksa ID keluarga pada usulan.</source>
        <translation>Household %1 is not in the server's data. Check the household ID on the request.</translation>
    </message>
    <message>
        <source>Keluarga %1 bukan warga kelurahan/desa akun ini; usulan hanya boleh untuk wilayah sendiri.</source>
        <translation>Household %1 does not belong to this account's village; requests are only allowed for your own area.</translation>
    </message>
    <message>
        <source>Anggota %1 tidak tercatat dalam keluarga %2 di data server.</source>
        <translation>Member %1 is not recorded in household %2 in the server's data.</translation>
    </message>
    <message>
        <source>Alasan penghapusan "%1" tidak dikenal. Isi kolom reason dengan salah satu: %2.</source>
        <translation>Unknown removal reason "%1". Fill the reason field with one of: %2.</translation>
    </message>
    <message>
        <source>Lampiran usulan tidak valid (sha256 dan role wajib).</source>
        <translation>Invalid request attachment (sha256 and role are required).</translation>
    </message>
    <message>
        <source>Usulan dengan kunci ini tidak ada di server untuk wilayah akun ini.</source>
        <translation>There is no request with this key on the server for this account's area.</translation>
    </message>
    <message>
        <source>Hanya supervisor Dinsos yang bisa memeriksa usulan.</source>
        <translation>Only Dinsos supervisors can review requests.</translation>
    </message>
    <message>
        <source>Kelurahan/desa itu bukan wilayah kabupaten/kota akun ini.</source>
        <translation>That village is not in this account's regency/city.</translation>
    </message>
    <message>
        <source>Hanya supervisor Dinsos yang bisa memutuskan usulan.</source>
        <translation>Only Dinsos supervisors can decide on requests.</translation>
    </message>
    <message>
        <source>Keputusan tidak dikenal.</source>
        <translation>Unknown decision.</translation>
    </message>
    <message>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>A reason for the rejection is required.</translation>
    </message>
    <message>
        <source>Alasan paling banyak 2000 karakter.</source>
        <translation>The reason may have at most 2000 characters.</translation>
    </message>
    <message>
        <source>Usulan dengan kunci ini tidak ada di wilayah akun ini.</source>
        <translation>There is no request with this key in this account's area.</translation>
    </message>
    <message>
        <source>Usulan berstatus %1 tidak bisa di-%2.</source>
        <translation>A request in state %1 cannot be %2.</translation>
    </message>
</context>
<context>
    <name>RequestLifecycle</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Masuk agenda musyawarah</source>
        <translation>On the musyawarah agenda</translation>
    </message>
    <message>
        <source>Disetujui musyawarah</source>
        <translation>Approved by the musyawarah</translation>
    </message>
    <message>
        <source>Ditolak musyawarah</source>
        <translation>Rejected by the musyawarah</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sedang dikirim</source>
        <translation>Being sent</translation>
    </message>
    <message>
        <source>Diterima server pusat</source>
        <translation>Received by the central server</translation>
    </message>
    <message>
        <source>Diverifikasi Dinsos</source>
        <translation>Verified by Dinsos</translation>
    </message>
    <message>
        <source>Ditolak Dinsos</source>
        <translation>Rejected by Dinsos</translation>
    </message>
    <message>
        <source>Disahkan bupati/wali kota</source>
        <translation>Ratified by the regent/mayor</translation>
    </message>
    <message>
        <source>Final (SK Mensos)</source>
        <translation>Final (Minister's decree)</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Dibuang</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <source>Usulan keluarga baru</source>
        <translation>New family proposal</translation>
    </message>
    <message>
        <source>Tambah anggota keluarga</source>
        <translation>New family member</translation>
    </message>
    <message>
        <source>Perbaikan data</source>
        <translation>Data correction</translation>
    </message>
    <message>
        <source>Usulan program bansos</source>
        <translation>Programme proposal</translation>
    </message>
    <message>
        <source>Penghapusan/penghentian</source>
        <translation>Removal/stopping assistance</translation>
    </message>
    <message>
        <source>Pindah ke kelurahan lain</source>
        <translation>Move to another village</translation>
    </message>
    <message>
        <source>Sanggahan warga</source>
        <translation>Citizen objection</translation>
    </message>
    <message>
        <source>Usulan warga</source>
        <translation>Citizen proposal</translation>
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
        <translation>Field staff</translation>
    </message>
    <message>
        <source>Kepala desa/lurah</source>
        <translation>Village head</translation>
    </message>
    <message>
        <source>menyusun usulan</source>
        <translation>prepare requests</translation>
    </message>
    <message>
        <source>mencatat keputusan musyawarah</source>
        <translation>record musyawarah decisions</translation>
    </message>
    <message>
        <source>mengirim data</source>
        <translation>send data</translation>
    </message>
    <message>
        <source>mencetak surat keterangan</source>
        <translation>print certificate letters</translation>
    </message>
    <message>
        <source>mengelola akun</source>
        <translation>manage accounts</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <translation>restore backups</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Akun %1 bukan akun operator kelurahan/desa; sinkronisasi memerlukan akun operator.</source>
        <translation>Account %1 is not a village operator account; syncing needs an operator account.</translation>
    </message>
    <message>
        <source>Akun %1 terdaftar untuk kelurahan/desa %2, bukan %3 seperti data di komputer ini.</source>
        <translation>Account %1 is registered for village %2, not %3 like the data on this computer.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi akun server pusat (%1) untuk sinkronisasi.</source>
        <translation>Enter the password of the central server account (%1) to sync.</translation>
    </message>
    <message>
        <source>Server pusat menolak sesi masuk; masuk lagi dengan kata sandi.</source>
        <translation>The central server refused the session; sign in again with the password.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Akun %1 (%2) tidak berhak %3.</source>
        <translation>Account %1 (%2) may not %3.</translation>
    </message>
</context>
<context>
    <name>SnapshotImporter</name>
    <message>
        <source>%1: kolom "%2" muncul dua kali. Tidak ada data yang diubah.</source>
        <translation>%1: column "%2" appears twice. No data was changed.</translation>
    </message>
    <message>
        <source>kolom yang tidak ada: %1</source>
        <translation>missing columns: %1</translation>
    </message>
    <message>
        <source>kolom yang tidak dikenal: %1</source>
        <translation>unknown columns: %1</translation>
    </message>
    <message>
        <source>%1: judul kolom tidak sesuai format snapshot (%2). Tidak ada data yang diubah.</source>
        <translation>%1: the header does not match the snapshot format (%2). No data was changed.</translation>
    </message>
    <message>
        <source>%1: %2 Tidak ada data yang diubah.</source>
        <translation>%1: %2 No data was changed.</translation>
    </message>
    <message>
        <source>Baris tidak bisa dibaca: %1.</source>
        <translation>The row cannot be read: %1.</translation>
    </message>
    <message>
        <source>Jumlah kolom %1, seharusnya %2.</source>
        <translation>%1 columns, expected %2.</translation>
    </message>
    <message>
        <source>household_id kosong atau bukan huruf/angka/titik/garis bawah/tanda hubung (paling panjang 64).</source>
        <translation>household_id is empty or not letters/digits/dot/underscore/hyphen (at most 64).</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa harus berbentuk PP.RR.DD.VVVV.</source>
        <translation>The village code must look like PP.RR.DD.VVVV.</translation>
    </message>
    <message>
        <source>RT harus angka 1–999 atau kosong.</source>
        <translation>RT must be a number 1–999 or empty.</translation>
    </message>
    <message>
        <source>RW harus angka 1–999 atau kosong.</source>
        <translation>RW must be a number 1–999 or empty.</translation>
    </message>
    <message>
        <source>Desil harus 1–10 atau kosong.</source>
        <translation>Desil must be 1–10 or empty.</translation>
    </message>
    <message>
        <source>Status keluarga tidak dikenal: %1 (pakai active, moved atau excluded).</source>
        <translation>Unknown household status: %1 (use active, moved or excluded).</translation>
    </message>
    <message>
        <source>Koordinat tidak sah: lintang -90..90 dan bujur -180..180, diisi keduanya atau dikosongkan keduanya.</source>
        <translation>Invalid coordinates: latitude -90..90 and longitude -180..180, both filled in or both empty.</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa %1 tidak ada dalam daftar wilayah sekarang.</source>
        <translation>Village code %1 is not in today's list of areas.</translation>
    </message>
    <message>
        <source>household_id %1 muncul lebih dari sekali dalam berkas.</source>
        <translation>household_id %1 appears more than once in the file.</translation>
    </message>
    <message>
        <source>person_id kosong atau bukan huruf/angka/titik/garis bawah/tanda hubung (paling panjang 64).</source>
        <translation>person_id is empty or not letters/digits/dot/underscore/hyphen (at most 64).</translation>
    </message>
    <message>
        <source>Nama kosong atau lebih dari 200 huruf.</source>
        <translation>The name is empty or longer than 200 characters.</translation>
    </message>
    <message>
        <source>Jenis kelamin harus L atau P.</source>
        <translation>Sex must be L or P.</translation>
    </message>
    <message>
        <source>Tanggal lahir harus YYYY-MM-DD, ada di kalender dan tidak di masa depan.</source>
        <translation>The birth date must be YYYY-MM-DD, exist in the calendar and not lie in the future.</translation>
    </message>
    <message>
        <source>NIK kosong.</source>
        <translation>The NIK is empty.</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga tidak dikenal: %1.</source>
        <translation>Unknown relationship to the head: %1.</translation>
    </message>
    <message>
        <source>Status perkawinan tidak dikenal: %1.</source>
        <translation>Unknown marital status: %1.</translation>
    </message>
    <message>
        <source>Jenis disabilitas tidak dikenal: %1.</source>
        <translation>Unknown disability: %1.</translation>
    </message>
    <message>
        <source>Status orang tidak dikenal: %1 (pakai active, deceased, moved atau excluded).</source>
        <translation>Unknown person status: %1 (use active, deceased, moved or excluded).</translation>
    </message>
    <message>
        <source>Kode program tidak dikenal: %1 (pakai PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</source>
        <translation>Unknown programme code: %1 (use PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai orang lain dalam data; NIK yang sama tidak boleh dua kali.</source>
        <translation>This NIK already belongs to someone else in the data; the same NIK may not appear twice.</translation>
    </message>
    <message>
        <source>household_id %1 tidak ada di berkas keluarga maupun di data.</source>
        <translation>household_id %1 is neither in the household file nor in the data.</translation>
    </message>
    <message>
        <source>person_id %1 muncul lebih dari sekali dalam berkas.</source>
        <translation>person_id %1 appears more than once in the file.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka: %2. Tidak ada data yang diubah.</source>
        <translation>The file %1 cannot be opened: %2. No data was changed.</translation>
    </message>
    <message>
        <source>Berkas penolakan %1 tidak bisa dibuat: %2. Tidak ada data yang diubah.</source>
        <translation>The rejects file %1 cannot be created: %2. No data was changed.</translation>
    </message>
    <message>
        <source>Berkas penolakan %1 gagal ditulis (disk penuh?). Tidak ada data yang diubah.</source>
        <translation>Writing the rejects file %1 failed (disk full?). No data was changed.</translation>
    </message>
    <message>
        <source>Data sudah masuk, tetapi berkas penolakan %1 gagal ditulis: %2.</source>
        <translation>The data was imported, but writing the rejects file %1 failed: %2.</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>berhasil</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>selesai, ada yang bermasalah</source>
        <translation>finished, with problems</translation>
    </message>
    <message>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>SyncSession</name>
    <message>
        <source>Server pusat di %1 bukan server yang selama ini dipakai (identitasnya berbeda). Sinkronisasi dihentikan sampai petugas memastikan servernya benar dan mengonfirmasinya.</source>
        <translation>The central server at %1 is not the server used so far (its identity differs). Syncing is stopped until an officer makes sure the server is right and confirms it.</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>Sinkronisasi dibatalkan.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Server pusat tidak menjawab tepat waktu. Data tetap aman di komputer ini; pengiriman dicoba lagi nanti.</source>
        <translation>The central server did not answer in time. The data stays safe on this computer; sending is retried later.</translation>
    </message>
    <message>
        <source>Sambungan aman (TLS) ke server pusat gagal: %1</source>
        <translation>The secure connection (TLS) to the central server failed: %1</translation>
    </message>
    <message>
        <source>Server pusat tidak bisa dihubungi (%1). Data tetap aman di komputer ini; pengiriman dicoba lagi saat sambungan ada.</source>
        <translation>The central server cannot be reached (%1). The data stays safe on this computer; sending is retried when a connection is available.</translation>
    </message>
    <message>
        <source>Server pusat sedang bermasalah (HTTP %1)%2. Pengiriman dicoba lagi nanti.</source>
        <translation>The central server has a problem (HTTP %1)%2. Sending is retried later.</translation>
    </message>
    <message>
        <source>Server pusat menolak permintaan (HTTP %1).</source>
        <translation>The central server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>Jawaban server pusat tidak bisa dibaca: %1</source>
        <translation>The central server's answer cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Dikeluarkan</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Suami/istri</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Menantu</source>
        <translation>Child-in-law</translation>
    </message>
    <message>
        <source>Cucu</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Mertua</source>
        <translation>Parent-in-law</translation>
    </message>
    <message>
        <source>Famili lain</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Pembantu</source>
        <translation>Domestic helper</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Belum kawin</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Kawin</source>
        <translation>Married</translation>
    </message>
    <message>
        <source>Cerai hidup</source>
        <translation>Divorced</translation>
    </message>
    <message>
        <source>Cerai mati</source>
        <translation>Widowed</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Disabilitas fisik</source>
        <translation>Physical disability</translation>
    </message>
    <message>
        <source>Disabilitas intelektual</source>
        <translation>Intellectual disability</translation>
    </message>
    <message>
        <source>Disabilitas mental</source>
        <translation>Mental disability</translation>
    </message>
    <message>
        <source>Disabilitas netra</source>
        <translation>Visual disability</translation>
    </message>
    <message>
        <source>Disabilitas rungu</source>
        <translation>Hearing disability</translation>
    </message>
    <message>
        <source>Disabilitas wicara</source>
        <translation>Speech disability</translation>
    </message>
    <message>
        <source>Disabilitas ganda</source>
        <translation>Multiple disabilities</translation>
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
        <translation>BLT village funds</translation>
    </message>
    <message>
        <source>Bantuan beras</source>
        <translation>Rice aid</translation>
    </message>
    <message>
        <source>Program daerah</source>
        <translation>Local programme</translation>
    </message>
    <message>
        <source>Meninggal dunia</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Pindah domisili</source>
        <translation>Moved away</translation>
    </message>
    <message>
        <source>Sudah mampu</source>
        <translation>No longer poor</translation>
    </message>
    <message>
        <source>Tidak ditemukan di alamat</source>
        <translation>Not found at the address</translation>
    </message>
    <message>
        <source>Menolak bantuan</source>
        <translation>Refused assistance</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Duplicate entry</translation>
    </message>
</context>
<context>
    <name>WorkspacePages</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Ringkasan kelurahan belum tersedia di versi ini.</source>
        <translation>The village summary is not in this version yet.</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Daftar usulan dan statusnya belum tersedia di versi ini.</source>
        <translation>The list of requests and their status is not in this version yet.</translation>
    </message>
    <message>
        <source>Musyawarah</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <source>Musyawarah desa/kelurahan belum tersedia di versi ini.</source>
        <translation>The village deliberation is not in this version yet.</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Surat keterangan DTKS belum tersedia di versi ini.</source>
        <translation>DTKS certificate letters are not in this version yet.</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Periksa NIK dari standard input, satu per baris (hasil dipisah tab).</source>
        <translation>Check NIKs from standard input, one per line (tab-separated results).</translation>
    </message>
    <message>
        <source>Muat snapshot DTKS (households.csv, persons.csv) ke berkas data.</source>
        <translation>Load a DTKS snapshot (households.csv, persons.csv) into a data file.</translation>
    </message>
    <message>
        <source>Buat kelurahan contoh yang sepenuhnya sintetis.</source>
        <translation>Create an entirely synthetic demo village.</translation>
    </message>
    <message>
        <source>Cari orang menurut NIK, No KK atau nama.</source>
        <translation>Find people by NIK, KK number or name.</translation>
    </message>
    <message>
        <source>Tampilkan bantuan ini.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Lihat: tepat-cli %1 --help</source>
        <translation>See: tepat-cli %1 --help</translation>
    </message>
    <message>
        <source>Pemakaian: </source>
        <translation>Usage: </translation>
    </message>
    <message>
        <source>Membuat kelurahan contoh yang deterministik dan sepenuhnya sintetis (nama, NIK, No KK, RT/RW, desil, program). Tidak ada orang sungguhan di dalamnya.</source>
        <translation>Creates a deterministic, entirely synthetic demo village (names, NIKs, KK numbers, RT/RW, desil, programmes). No real person is in it.</translation>
    </message>
    <message>
        <source>Berkas data baru.</source>
        <translation>New data file.</translation>
    </message>
    <message>
        <source>Tulis sebagai snapshot CSV ke folder ini, bukan ke berkas data.</source>
        <translation>Write it as snapshot CSV into this folder instead of a data file.</translation>
    </message>
    <message>
        <source>Kode kelurahan/desa (PP.RR.DD.VVVV), atau kode kabupaten/kota (PP.RR) untuk menyebar ke semua kelurahannya.</source>
        <translation>Village code (PP.RR.DD.VVVV), or a regency/city code (PP.RR) to spread over all its villages.</translation>
    </message>
    <message>
        <source>Jumlah keluarga (bawaan: 2000, ukuran kelurahan nyata).</source>
        <translation>Number of households (default: 2000, the size of a real village).</translation>
    </message>
    <message>
        <source>Benih acak (hasil sama untuk benih sama).</source>
        <translation>Random seed (the same seed gives the same result).</translation>
    </message>
    <message>
        <source>--households harus bilangan bulat positif.</source>
        <translation>--households must be a positive whole number.</translation>
    </message>
    <message>
        <source>--seed harus bilangan bulat.</source>
        <translation>--seed must be a whole number.</translation>
    </message>
    <message>
        <source>Kode wilayah tidak dikenal: %1</source>
        <translation>Unknown area code: %1</translation>
    </message>
    <message>
        <source>Membuat data contoh…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Berkas CSV di %1 tidak bisa ditulis.</source>
        <translation>The CSV files in %1 cannot be written.</translation>
    </message>
    <message>
        <source>Berkas CSV gagal disimpan.</source>
        <translation>Saving the CSV files failed.</translation>
    </message>
    <message>
        <source>keluarga	%1</source>
        <translation>households	%1</translation>
    </message>
    <message>
        <source>orang	%1</source>
        <translation>persons	%1</translation>
    </message>
    <message>
        <source>Memuat snapshot register (format: docs/snapshot-format.md). Baris yang sah masuk dalam satu transaksi; baris yang ditolak ditulis ke berkas penolakan CSV di samping berkas data.</source>
        <translation>Loads a register snapshot (format: docs/snapshot-format.md). Valid rows go in within one transaction; refused rows are written to a rejects CSV beside the data file.</translation>
    </message>
    <message>
        <source>Berkas data (dibuat bila belum ada).</source>
        <translation>Data file (created when missing).</translation>
    </message>
    <message>
        <source>Tanggal data snapshot (YYYY-MM-DD); bawaan: hari ini.</source>
        <translation>Date of the snapshot's data (YYYY-MM-DD); default: today.</translation>
    </message>
    <message>
        <source>Berkas keluarga.</source>
        <translation>Household file.</translation>
    </message>
    <message>
        <source>Berkas anggota keluarga.</source>
        <translation>Person file.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli import --db FILE HOUSEHOLDS.csv PERSONS.csv</source>
        <translation>Usage: tepat-cli import --db FILE HOUSEHOLDS.csv PERSONS.csv</translation>
    </message>
    <message>
        <source>--as-of harus tanggal YYYY-MM-DD.</source>
        <translation>--as-of must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>keluarga	baru %1	diperbarui %2	ditolak %3</source>
        <translation>households	new %1	updated %2	refused %3</translation>
    </message>
    <message>
        <source>orang	baru %1	diperbarui %2	ditolak %3</source>
        <translation>persons	new %1	updated %2	refused %3</translation>
    </message>
    <message>
        <source>peringatan	%1</source>
        <translation>warnings	%1</translation>
    </message>
    <message>
        <source>Baris yang ditolak dan peringatan, dengan nomor baris dan alasannya: %1</source>
        <translation>Refused rows and warnings, with line numbers and reasons: %1</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli [--lang id|en] PERINTAH [OPSI]…

Perintah:
</source>
        <translation>Usage: tepat-cli [--lang id|en] COMMAND [OPTIONS]…

Commands:
</translation>
    </message>
    <message>
        <source>
Bantuan tiap perintah: tepat-cli PERINTAH --help</source>
        <translation>
Help for each command: tepat-cli COMMAND --help</translation>
    </message>
    <message>
        <source>Membaca NIK dari standard input (satu per baris) dan menulis satu baris per NIK:
input, status (ok|warning|error), jenis kelamin (L|P|-), tanggal lahir (YYYY-MM-DD|-), wilayah (PP.RR.DD|-), pesan — dipisah tab.</source>
        <translation>Reads NIKs from standard input (one per line) and writes one line per NIK:
input, status (ok|warning|error), sex (L|P|-), birth date (YYYY-MM-DD|-), region (PP.RR.DD|-), message — tab-separated.</translation>
    </message>
    <message>
        <source>NIK dibaca dari standard input, bukan dari argumen (agar tidak tercatat di riwayat perintah).</source>
        <translation>NIKs are read from standard input, not from arguments (so they stay out of the shell history).</translation>
    </message>
    <message>
        <source>Standard input tidak bisa dibaca.</source>
        <translation>Standard input cannot be read.</translation>
    </message>
    <message>
        <source>Pencarian yang sama dengan aplikasi: angka mencari NIK lalu No KK (awalan); teks mencari nama (ejaan lama/baru dianggap sama, awalan kata boleh). Satu hasil per baris: ID orang, NIK, nama, ID keluarga, RT, RW (dipisah tab).</source>
        <translation>The same search as the application: digits look up NIK then KK number (prefix); text looks up names (old and new spellings count as the same, word prefixes allowed). One result per line: person ID, NIK, name, household ID, RT, RW (tab-separated).</translation>
    </message>
    <message>
        <source>Berkas data.</source>
        <translation>Data file.</translation>
    </message>
    <message>
        <source>Hanya RT ini.</source>
        <translation>Only this RT.</translation>
    </message>
    <message>
        <source>Hanya RW ini.</source>
        <translation>Only this RW.</translation>
    </message>
    <message>
        <source>Hanya penerima program ini (PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</source>
        <translation>Only recipients of this programme (PKH, BPNT, PBI-JK, BLT-DD, BERAS, APBD).</translation>
    </message>
    <message>
        <source>Hanya desil ini (1–10).</source>
        <translation>Only this desil (1–10).</translation>
    </message>
    <message>
        <source>Hanya status ini (active, deceased, moved, excluded).</source>
        <translation>Only this status (active, deceased, moved, excluded).</translation>
    </message>
    <message>
        <source>Paling banyak sekian hasil.</source>
        <translation>At most this many results.</translation>
    </message>
    <message>
        <source>NIK, No KK atau nama.</source>
        <translation>NIK, KK number or name.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli search --db FILE [OPSI] QUERY</source>
        <translation>Usage: tepat-cli search --db FILE [OPTIONS] QUERY</translation>
    </message>
    <message>
        <source>--rt harus angka 1–999.</source>
        <translation>--rt must be a number 1–999.</translation>
    </message>
    <message>
        <source>--rw harus angka 1–999.</source>
        <translation>--rw must be a number 1–999.</translation>
    </message>
    <message>
        <source>Kode program tidak dikenal: %1</source>
        <translation>Unknown programme code: %1</translation>
    </message>
    <message>
        <source>--desil harus 1–10.</source>
        <translation>--desil must be 1–10.</translation>
    </message>
    <message>
        <source>Status tidak dikenal: %1</source>
        <translation>Unknown status: %1</translation>
    </message>
    <message>
        <source>--limit harus bilangan bulat positif.</source>
        <translation>--limit must be a positive whole number.</translation>
    </message>
    <message>
        <source>Kirim kotak keluar dan terima perubahan dari server pusat.</source>
        <translation>Send the outbox and receive changes from the central server.</translation>
    </message>
    <message>
        <source>Tampilkan isi kotak keluar dan masalahnya.</source>
        <translation>Show the outbox and its problems.</translation>
    </message>
    <message>
        <source>Masukkan usulan yang disetujui ke kotak keluar.</source>
        <translation>Put approved requests into the outbox.</translation>
    </message>
    <message>
        <source>Juga buat N usulan yang disetujui dan siap dikirim, masing-masing dengan foto JPEG sintetis.</source>
        <translation>Also create N approved requests ready to send, each with a synthetic JPEG photo.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli demo (--db FILE | --csv DIR) [--village KODE] [--households N] [--seed S] [--requests N]</source>
        <translation>Usage: tepat-cli demo (--db FILE | --csv DIR) [--village CODE] [--households N] [--seed S] [--requests N]</translation>
    </message>
    <message>
        <source>--requests harus bilangan bulat positif dan hanya berlaku dengan --db.</source>
        <translation>--requests must be a positive integer and only works with --db.</translation>
    </message>
    <message>
        <source>usulan	%1</source>
        <translation>requests	%1</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak ada.</source>
        <translation>Data file %1 does not exist.</translation>
    </message>
    <message>
        <source>Isi kotak keluar, satu usulan per baris: kunci, jenis, status (queued, sent, parked, …), masalah.</source>
        <translation>Outbox content, one request per line: key, kind, state (queued, sent, parked, …), problem.</translation>
    </message>
    <message>
        <source>Termasuk yang sudah diterima server.</source>
        <translation>Include those the server already received.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli outbox list --db FILE</source>
        <translation>Usage: tepat-cli outbox list --db FILE</translation>
    </message>
    <message>
        <source>Memasukkan usulan yang disetujui musyawarah ke kotak keluar (semua, atau satu dengan --request).</source>
        <translation>Puts requests approved by the village meeting into the outbox (all, or one with --request).</translation>
    </message>
    <message>
        <source>Nomor usulan.</source>
        <translation>Request number.</translation>
    </message>
    <message>
        <source>Siapa yang memasukkan (bawaan: pengguna sistem).</source>
        <translation>Who puts them in (default: the system user).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli outbox add --db FILE [--request ID]</source>
        <translation>Usage: tepat-cli outbox add --db FILE [--request ID]</translation>
    </message>
    <message>
        <source>--request harus nomor usulan.</source>
        <translation>--request must be a request number.</translation>
    </message>
    <message>
        <source>diantrekan	1</source>
        <translation>queued	1</translation>
    </message>
    <message>
        <source>diantrekan	%1</source>
        <translation>queued	%1</translation>
    </message>
    <message>
        <source>Menghubungi server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Mengunggah berkas…</source>
        <translation>Uploading files…</translation>
    </message>
    <message>
        <source>Mengirim usulan…</source>
        <translation>Sending requests…</translation>
    </message>
    <message>
        <source>Menerima perubahan…</source>
        <translation>Receiving changes…</translation>
    </message>
    <message>
        <source>Mengirim usulan di kotak keluar ke server pusat dan menerima perubahan serta keputusan Dinsos, sekali jalan. Kata sandi dibaca dari standard input bila diperlukan (pertama kali, atau tanpa keychain).</source>
        <translation>Sends the requests in the outbox to the central server and receives changes and Dinsos decisions, in one run. The password is read from standard input when needed (the first time, or without a keychain).</translation>
    </message>
    <message>
        <source>Alamat server pusat (disimpan untuk berikutnya).</source>
        <translation>Central server address (kept for next time).</translation>
    </message>
    <message>
        <source>Nama pengguna di server (disimpan untuk berikutnya).</source>
        <translation>User name on the server (kept for next time).</translation>
    </message>
    <message>
        <source>Jangan pakai keychain; selalu minta kata sandi.</source>
        <translation>Do not use the keychain; always ask for the password.</translation>
    </message>
    <message>
        <source>Konfirmasi server yang dipulihkan atau diganti: tarik ulang snapshot dan kirim ulang usulan yang belum diputuskan.</source>
        <translation>Confirm a restored or replaced server: pull the snapshot again and resend requests not yet decided.</translation>
    </message>
    <message>
        <source>Sertifikat CA (PEM) yang dipercaya untuk server ini, selain milik sistem (disimpan untuk berikutnya).</source>
        <translation>CA certificate (PEM) to trust for this server besides the system's (kept for next time).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli sync --db FILE --server URL [--user U]</source>
        <translation>Usage: tepat-cli sync --db FILE --server URL [--user U]</translation>
    </message>
    <message>
        <source>Alamat server belum diatur atau tidak sah; berikan --server URL.</source>
        <translation>The server address is not set or not valid; give --server URL.</translation>
    </message>
    <message>
        <source>Nama pengguna belum diatur; berikan --user.</source>
        <translation>The user name is not set; give --user.</translation>
    </message>
    <message>
        <source>Server dikonfirmasi: snapshot ditarik ulang dan usulan yang belum diputuskan dikirim ulang.</source>
        <translation>Server confirmed: the snapshot was pulled again and undecided requests were resent.</translation>
    </message>
    <message>
        <source>Sertifikat CA %1 tidak bisa dibaca.</source>
        <translation>CA certificate %1 cannot be read.</translation>
    </message>
    <message>
        <source>Kata sandi %1 di %2: </source>
        <translation>Password for %1 at %2: </translation>
    </message>
    <message>
        <source>Keychain tidak bisa menyimpan sesi masuk; kata sandi akan ditanyakan lagi lain kali.</source>
        <translation>The keychain cannot keep the session; the password will be asked again next time.</translation>
    </message>
    <message>
        <source>terkirim	%1</source>
        <translation>sent	%1</translation>
    </message>
    <message>
        <source>diterima	%1</source>
        <translation>received	%1</translation>
    </message>
    <message>
        <source>bermasalah	%1</source>
        <translation>problems	%1</translation>
    </message>
    <message>
        <source>menunggu	%1</source>
        <translation>waiting	%1</translation>
    </message>
    <message>
        <source>perubahan	%1</source>
        <translation>changes	%1</translation>
    </message>
    <message>
        <source>keputusan	%1</source>
        <translation>decisions	%1</translation>
    </message>
    <message>
        <source>Peringatan: server mencatat bahwa riwayat audit komputer ini pernah diubah.</source>
        <translation>Warning: the server recorded that this computer's audit history was changed.</translation>
    </message>
    <message>
        <source>Ada usulan yang ditolak server; lihat: tepat-cli outbox list --db %1</source>
        <translation>Some requests were refused by the server; see: tepat-cli outbox list --db %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tepat — pemutakhiran DTKS/DTSEN untuk kelurahan dan desa, bisa tanpa internet.</source>
        <translation>Tepat — keeping the DTKS/DTSEN register up to date for villages, with or without internet.</translation>
    </message>
    <message>
        <source>Berkas data (SQLite).</source>
        <translation>Data file (SQLite).</translation>
    </message>
    <message>
        <source>Buka data contoh (dibuat dulu bila belum ada).</source>
        <translation>Open the demo data (created first when missing).</translation>
    </message>
    <message>
        <source>Bahasa: id atau en.</source>
        <translation>Language: id or en.</translation>
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
        <translation>DTKS ID</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
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
        <translation>%1 (%2), %3 district, %4 — data as of %5</translation>
    </message>
    <message>
        <source>Tepat — %1</source>
        <translation>Tepat — %1</translation>
    </message>
    <message>
        <source>Belum ada data kelurahan/desa. Muat snapshot atau buka data contoh (tepat --demo).</source>
        <translation>No village data yet. Load a snapshot or open the demo data (tepat --demo).</translation>
    </message>
</context>
<context>
    <name>tepat::ParkedItemDialog</name>
    <message>
        <source>Perbaiki usulan #%1</source>
        <translation>Correct request #%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — keluarga %2%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — household %2%3</translation>
    </message>
    <message>
        <source>, anggota %1</source>
        <translation>, member %1</translation>
    </message>
    <message>
        <source>Server menolak usulan ini: %1</source>
        <translation>The server refused this request: %1</translation>
    </message>
    <message>
        <source>Perbaiki isian di bawah, lalu simpan. Usulan dikirim ulang dengan kunci yang sama pada sinkronisasi berikutnya.</source>
        <translation>Correct the fields below, then save. The request is resent with the same key at the next sync.</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Simpan dan kirim ulang</source>
        <translation>Save and resend</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isian "%1" harus tetap berbentuk JSON yang sah.</source>
        <translation>Field "%1" must remain valid JSON.</translation>
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
        <translation>operator account from Dinsos</translation>
    </message>
    <message>
        <source>Sinkronkan otomatis saat ada sambungan</source>
        <translation>Sync automatically when a connection is available</translation>
    </message>
    <message>
        <source>Alamat server pusat:</source>
        <translation>Central server address:</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Lupakan sesi masuk…</source>
        <translation>Forget the session…</translation>
    </message>
    <message>
        <source>Sesi masuk:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Kata sandi tidak pernah disimpan. Setelah masuk, Tepat menyimpan tanda sesi di keychain sistem; tanpa keychain, kata sandi ditanyakan setiap kali.</source>
        <translation>The password is never stored. After signing in, Tepat keeps a session token in the system keychain; without a keychain the password is asked every time.</translation>
    </message>
    <message>
        <source>Lupakan sesi masuk di komputer ini? Sinkronisasi berikutnya akan meminta kata sandi.</source>
        <translation>Forget the session on this computer? The next sync will ask for the password.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>tepat::SyncController</name>
    <message>
        <source>Alamat server harus diawali https:// (atau http:// untuk jaringan lokal), misalnya https://tepat.dinsos.kedirikota.go.id.</source>
        <translation>The server address must start with https:// (or http:// for a local network), for example https://tepat.dinsos.kedirikota.go.id.</translation>
    </message>
    <message>
        <source>Nama pengguna server wajib diisi.</source>
        <translation>The server user name is required.</translation>
    </message>
    <message>
        <source>Keychain tidak tersedia; tidak ada sesi masuk yang tersimpan.</source>
        <translation>The keychain is not available; no session is stored.</translation>
    </message>
    <message>
        <source>Sesi masuk dilupakan. Sinkronisasi berikutnya meminta kata sandi.</source>
        <translation>Session forgotten. The next sync asks for the password.</translation>
    </message>
    <message>
        <source>Server belum diatur.</source>
        <translation>The server is not set up yet.</translation>
    </message>
    <message>
        <source>Sesi masuk tersimpan di keychain sistem.</source>
        <translation>Session stored in the system keychain.</translation>
    </message>
    <message>
        <source>Belum masuk; sinkronisasi berikutnya meminta kata sandi.</source>
        <translation>Not signed in; the next sync asks for the password.</translation>
    </message>
    <message>
        <source>Keychain sistem tidak tersedia: kata sandi ditanyakan setiap kali sinkronisasi dan tidak pernah disimpan di disk.</source>
        <translation>The system keychain is not available: the password is asked at every sync and never stored on disk.</translation>
    </message>
    <message>
        <source>Sinkronisasi sedang berjalan.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>Atur dulu alamat server dan nama pengguna di Pengaturan → Server.</source>
        <translation>First set the server address and user name in Settings → Server.</translation>
    </message>
    <message>
        <source>Keychain sistem tidak tersedia, jadi sesi masuk tidak bisa disimpan. Masukkan kata sandi akun server %1.</source>
        <translation>The system keychain is not available, so the session cannot be kept. Enter the password of server account %1.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi akun server %1.</source>
        <translation>Enter the password of server account %1.</translation>
    </message>
    <message>
        <source>Sinkronisasi tidak dijalankan: kata sandi tidak diisi.</source>
        <translation>Sync not started: no password entered.</translation>
    </message>
    <message>
        <source>Keychain sistem tidak tersedia: kata sandi akan ditanyakan lagi pada sinkronisasi berikutnya.</source>
        <translation>The system keychain is not available: the password will be asked again at the next sync.</translation>
    </message>
    <message>
        <source>Terkirim %1, diterima server %2, bermasalah %3, masih menunggu %4; perubahan diterima %5, keputusan Dinsos %6.</source>
        <translation>Sent %1, received by the server %2, problems %3, still waiting %4; changes received %5, Dinsos decisions %6.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi akun server.</source>
        <translation>Enter the password of the server account.</translation>
    </message>
</context>
<context>
    <name>tepat::SyncPage</name>
    <message>
        <source>Menghubungi server pusat…</source>
        <translation>Contacting the central server…</translation>
    </message>
    <message>
        <source>Mengunggah foto dan berkas…</source>
        <translation>Uploading photos and files…</translation>
    </message>
    <message>
        <source>Mengirim usulan…</source>
        <translation>Sending requests…</translation>
    </message>
    <message>
        <source>Menerima perubahan dan keputusan…</source>
        <translation>Receiving changes and decisions…</translation>
    </message>
    <message>
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Masuk ke server pusat</source>
        <translation>Sign in to the central server</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sinkronisasi&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sync&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Konfirmasi server ini…</source>
        <translation>Confirm this server…</translation>
    </message>
    <message>
        <source>Server pusat mencatat bahwa riwayat audit komputer ini pernah diubah atau dipulihkan dari cadangan lama. Dinsos akan melihatnya pada usulan dari komputer ini.</source>
        <translation>The central server recorded that this computer's audit history was changed or restored from an old backup. Dinsos will see this on requests from this computer.</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Masukkan yang disetujui ke kotak keluar</source>
        <translation>Put approved requests into the outbox</translation>
    </message>
    <message>
        <source>Masalah yang perlu diperbaiki</source>
        <translation>Problems to fix</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Alasan dari server</source>
        <translation>Reason from the server</translation>
    </message>
    <message>
        <source>Perbaiki dan kirim ulang…</source>
        <translation>Correct and resend…</translation>
    </message>
    <message>
        <source>Kirim ulang tanpa perubahan</source>
        <translation>Resend unchanged</translation>
    </message>
    <message>
        <source>Keputusan Dinsos terbaru</source>
        <translation>Latest Dinsos decisions</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sinkronkan sekarang</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Kirim kotak keluar dan terima perubahan (F5)</source>
        <translation>Send the outbox and receive changes (F5)</translation>
    </message>
    <message>
        <source>%1 usulan masuk kotak keluar.</source>
        <translation>%1 requests put into the outbox.</translation>
    </message>
    <message>
        <source>Pastikan dengan pengelola server bahwa server ini memang server kabupaten/kota Anda yang dipulihkan atau diganti. Data dari server akan ditarik ulang dan usulan yang belum diputuskan dikirim ulang. Lanjutkan?</source>
        <translation>Make sure with the server administrator that this server really is your regency/city server, restored or replaced. Data from the server will be pulled again and undecided requests resent. Continue?</translation>
    </message>
    <message>
        <source>Server dikonfirmasi. Jalankan sinkronisasi.</source>
        <translation>Server confirmed. Run a sync.</translation>
    </message>
    <message>
        <source>Pilih dulu usulan yang bermasalah.</source>
        <translation>First select a request with a problem.</translation>
    </message>
    <message>
        <source>Usulan #%1 diperbaiki dan akan dikirim ulang pada sinkronisasi berikutnya.</source>
        <translation>Request #%1 corrected; it will be resent at the next sync.</translation>
    </message>
    <message>
        <source>Usulan #%1 akan dikirim ulang pada sinkronisasi berikutnya.</source>
        <translation>Request #%1 will be resent at the next sync.</translation>
    </message>
    <message>
        <source>Terakhir berhasil: %1%2</source>
        <translation>Last success: %1%2</translation>
    </message>
    <message numerus="yes">
        <source> (%n hari yang lalu)</source>
        <translation><numerusform> (%n day ago)</numerusform><numerusform> (%n days ago)</numerusform></translation>
    </message>
    <message>
        <source>Belum pernah berhasil sinkronisasi dengan server pusat.</source>
        <translation>Never synced successfully with the central server.</translation>
    </message>
    <message>
        <source>Percobaan terakhir %1: %2. %3</source>
        <translation>Last attempt %1: %2. %3</translation>
    </message>
    <message>
        <source>Disetujui, belum masuk kotak keluar</source>
        <translation>Approved, not yet in the outbox</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Terkirim, menunggu konfirmasi server</source>
        <translation>Sent, waiting for the server's confirmation</translation>
    </message>
    <message>
        <source>Bermasalah (perlu diperbaiki)</source>
        <translation>Problem (needs fixing)</translation>
    </message>
    <message>
        <source>Konflik dengan data server</source>
        <translation>Conflict with server data</translation>
    </message>
    <message>
        <source>Data baru dari server yang tertahan</source>
        <translation>New server data held back</translation>
    </message>
</context>
<context>
    <name>tepat::central::CentralServer</name>
    <message>
        <source>Sertifikat atau kunci TLS tidak bisa dibaca.</source>
        <translation>The TLS certificate or key cannot be read.</translation>
    </message>
    <message>
        <source>Sertifikat atau kunci TLS tidak sah (harus PEM).</source>
        <translation>The TLS certificate or key is not valid (must be PEM).</translation>
    </message>
    <message>
        <source>Tidak bisa mendengarkan di %1:%2: %3</source>
        <translation>Cannot listen on %1:%2: %3</translation>
    </message>
    <message>
        <source>Alamat tidak dikenal.</source>
        <translation>Unknown address.</translation>
    </message>
    <message>
        <source>Metode HTTP ini tidak berlaku untuk alamat tersebut.</source>
        <translation>This HTTP method does not apply to that address.</translation>
    </message>
    <message>
        <source>Perubahan hanya dikirim ke akun operator kelurahan/desa.</source>
        <translation>Changes are only sent to village operator accounts.</translation>
    </message>
    <message>
        <source>limit harus bilangan 1–%1.</source>
        <translation>limit must be a number 1–%1.</translation>
    </message>
    <message>
        <source>after harus nomor urut perubahan.</source>
        <translation>after must be a change sequence number.</translation>
    </message>
    <message>
        <source>Nama berkas harus SHA-256 (64 huruf hex kecil).</source>
        <translation>The file name must be a SHA-256 (64 lowercase hex letters).</translation>
    </message>
    <message>
        <source>Hanya operator yang mengunggah lampiran.</source>
        <translation>Only operators upload attachments.</translation>
    </message>
    <message>
        <source>Potongan berkas terlalu besar (paling banyak %1 MB).</source>
        <translation>The file chunk is too large (at most %1 MB).</translation>
    </message>
    <message>
        <source>offset dan total wajib berupa bilangan.</source>
        <translation>offset and total must be numbers.</translation>
    </message>
    <message>
        <source>Hanya supervisor Dinsos yang bisa mengimpor peristiwa kependudukan.</source>
        <translation>Only Dinsos supervisors can import civil-registry events.</translation>
    </message>
</context>
</TS>
