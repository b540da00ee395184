<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id">
<context>
    <name>AccountService</name>
    <message>
        <source>Nama pengguna harus 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>Nama pengguna harus 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>Kata sandi minimal 8 karakter.</translation>
    </message>
    <message>
        <source>Kata sandi paling banyak 256 karakter.</source>
        <translation>Kata sandi paling banyak 256 karakter.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>Akun %1 tidak ada.</source>
        <translation>Akun %1 tidak ada.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi (paling banyak 80 karakter).</source>
        <translation>Nama lengkap wajib diisi (paling banyak 80 karakter).</translation>
    </message>
    <message>
        <source>Nama pengguna %1 sudah dipakai. Akun tidak pernah dihapus, jadi nama akun yang dinonaktifkan juga tidak bisa dipakai lagi.</source>
        <translation>Nama pengguna %1 sudah dipakai. Akun tidak pernah dihapus, jadi nama akun yang dinonaktifkan juga tidak bisa dipakai lagi.</translation>
    </message>
    <message>
        <source>Administrator pertama sudah dibuat. Masuk dengan akun yang ada.</source>
        <translation>Administrator pertama sudah dibuat. Masuk dengan akun yang ada.</translation>
    </message>
    <message>
        <source>%1 adalah satu-satunya administrator aktif. Jadikan akun lain administrator dulu.</source>
        <translation>%1 adalah satu-satunya administrator aktif. Jadikan akun lain administrator dulu.</translation>
    </message>
    <message>
        <source>Akun yang sedang dipakai tidak bisa dinonaktifkan.</source>
        <translation>Akun yang sedang dipakai tidak bisa dinonaktifkan.</translation>
    </message>
    <message>
        <source>Kata sandi sekarang salah; kata sandi tidak diganti.</source>
        <translation>Kata sandi sekarang salah; kata sandi tidak diganti.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari yang sekarang.</source>
        <translation>Kata sandi baru harus berbeda dari yang sekarang.</translation>
    </message>
    <message>
        <source>Kunci otomatis: 1 sampai 240 menit.</source>
        <translation>Kunci otomatis: 1 sampai 240 menit.</translation>
    </message>
    <message>
        <source>Orang dengan ID %1 tidak ada di data; pilih orang dari data kelurahan/desa.</source>
        <translation>Orang dengan ID %1 tidak ada di data; pilih orang dari data kelurahan/desa.</translation>
    </message>
</context>
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
    <message>
        <source>Akun %1 tidak ada.</source>
        <translation>Akun %1 tidak ada.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan oleh Dinsos; hubungi Dinsos untuk mengaktifkannya lagi.</source>
        <translation>Akun ini dinonaktifkan oleh Dinsos; hubungi Dinsos untuk mengaktifkannya lagi.</translation>
    </message>
    <message>
        <source>Perangkat %1 tidak dikenal server.</source>
        <translation>Perangkat %1 tidak dikenal server.</translation>
    </message>
    <message>
        <source>Perangkat ini sudah terdaftar di server untuk akun lain. Satu instalasi Tepat hanya untuk satu akun; hubungi Dinsos.</source>
        <translation>Perangkat ini sudah terdaftar di server untuk akun lain. Satu instalasi Tepat hanya untuk satu akun; hubungi Dinsos.</translation>
    </message>
    <message>
        <source>Perangkat ini dicabut aksesnya oleh Dinsos (misalnya karena hilang); hubungi Dinsos.</source>
        <translation>Perangkat ini dicabut aksesnya oleh Dinsos (misalnya karena hilang); hubungi Dinsos.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Folder %1 tidak bisa dibuat, jadi berkas %2 tidak disimpan. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</source>
        <translation>Folder %1 tidak bisa dibuat, jadi berkas %2 tidak disimpan. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: disk penuh. Kosongkan sebagian ruang disk atau pilih disk lain, lalu simpan lagi.</source>
        <translation>Berkas %1 tidak bisa disimpan: disk penuh. Kosongkan sebagian ruang disk atau pilih disk lain, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: tidak ada izin menulis di folder itu. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</source>
        <translation>Berkas %1 tidak bisa disimpan: tidak ada izin menulis di folder itu. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: folder itu tidak bisa ditulisi atau disk penuh. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</source>
        <translation>Berkas %1 tidak bisa disimpan: folder itu tidak bisa ditulisi atau disk penuh. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</translation>
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
    <name>AuditLog</name>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Membuka kunci layar</source>
        <translation>Membuka kunci layar</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Akun dibuat</translation>
    </message>
    <message>
        <source>Peran akun diubah</source>
        <translation>Peran akun diubah</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Akun dinonaktifkan</translation>
    </message>
    <message>
        <source>Akun diaktifkan</source>
        <translation>Akun diaktifkan</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Kata sandi diatur ulang</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Kata sandi diganti</translation>
    </message>
    <message>
        <source>Kunci otomatis diubah</source>
        <translation>Kunci otomatis diubah</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Cadangan dibuat</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <source>Pengaturan cadangan diubah</source>
        <translation>Pengaturan cadangan diubah</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan diatur</source>
        <translation>Frasa sandi cadangan diatur</translation>
    </message>
    <message>
        <source>Usulan dibuat</source>
        <translation>Usulan dibuat</translation>
    </message>
    <message>
        <source>Usulan diubah</source>
        <translation>Usulan diubah</translation>
    </message>
    <message>
        <source>Status usulan berubah</source>
        <translation>Status usulan berubah</translation>
    </message>
    <message>
        <source>Status orang berubah</source>
        <translation>Status orang berubah</translation>
    </message>
    <message>
        <source>Surat dicetak</source>
        <translation>Surat dicetak</translation>
    </message>
    <message>
        <source>(nama tidak dikenal)</source>
        <translation>(nama tidak dikenal)</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>alasan</translation>
    </message>
    <message>
        <source>kata sandi salah</source>
        <translation>kata sandi salah</translation>
    </message>
    <message>
        <source>nama pengguna tidak dikenal</source>
        <translation>nama pengguna tidak dikenal</translation>
    </message>
    <message>
        <source>akun nonaktif</source>
        <translation>akun nonaktif</translation>
    </message>
    <message>
        <source>gagal berturut-turut</source>
        <translation>gagal berturut-turut</translation>
    </message>
    <message>
        <source>peran</source>
        <translation>peran</translation>
    </message>
    <message>
        <source>dari</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>menjadi</source>
        <translation>menjadi</translation>
    </message>
    <message>
        <source>menit</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>selang (jam)</source>
        <translation>selang (jam)</translation>
    </message>
    <message>
        <source>disimpan</source>
        <translation>disimpan</translation>
    </message>
    <message>
        <source>ukuran (bita)</source>
        <translation>ukuran (bita)</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>berkas</translation>
    </message>
    <message>
        <source>cadangan dibuat</source>
        <translation>cadangan dibuat</translation>
    </message>
    <message>
        <source>skema</source>
        <translation>skema</translation>
    </message>
    <message>
        <source>Pengaturan surat diubah</source>
        <translation>Pengaturan surat diubah</translation>
    </message>
    <message>
        <source>Jadwal musyawarah diubah</source>
        <translation>Jadwal musyawarah diubah</translation>
    </message>
    <message>
        <source>Lampiran usulan diubah</source>
        <translation>Lampiran usulan diubah</translation>
    </message>
    <message>
        <source>Surat diterbitkan</source>
        <translation>Surat diterbitkan</translation>
    </message>
    <message>
        <source>Nomor surat dibatalkan</source>
        <translation>Nomor surat dibatalkan</translation>
    </message>
    <message>
        <source>Salinan surat dicetak</source>
        <translation>Salinan surat dicetak</translation>
    </message>
    <message>
        <source>Kunci tanda tangan surat diganti</source>
        <translation>Kunci tanda tangan surat diganti</translation>
    </message>
    <message>
        <source>Titik lokasi direkam</source>
        <translation>Titik lokasi direkam</translation>
    </message>
    <message>
        <source>Foto rumah ditambahkan</source>
        <translation>Foto rumah ditambahkan</translation>
    </message>
    <message>
        <source>Sisi foto rumah diubah</source>
        <translation>Sisi foto rumah diubah</translation>
    </message>
    <message>
        <source>Foto rumah dilepas</source>
        <translation>Foto rumah dilepas</translation>
    </message>
    <message>
        <source>Musyawarah direncanakan</source>
        <translation>Musyawarah direncanakan</translation>
    </message>
    <message>
        <source>Rencana musyawarah diubah</source>
        <translation>Rencana musyawarah diubah</translation>
    </message>
    <message>
        <source>Musyawarah dibatalkan</source>
        <translation>Musyawarah dibatalkan</translation>
    </message>
    <message>
        <source>Usulan masuk agenda</source>
        <translation>Usulan masuk agenda</translation>
    </message>
    <message>
        <source>Usulan keluar dari agenda</source>
        <translation>Usulan keluar dari agenda</translation>
    </message>
    <message>
        <source>Peserta musyawarah dicatat</source>
        <translation>Peserta musyawarah dicatat</translation>
    </message>
    <message>
        <source>Peserta musyawarah dihapus</source>
        <translation>Peserta musyawarah dihapus</translation>
    </message>
    <message>
        <source>Foto musyawarah ditambahkan</source>
        <translation>Foto musyawarah ditambahkan</translation>
    </message>
    <message>
        <source>Keputusan musyawarah dicatat</source>
        <translation>Keputusan musyawarah dicatat</translation>
    </message>
    <message>
        <source>Musyawarah difinalkan</source>
        <translation>Musyawarah difinalkan</translation>
    </message>
    <message>
        <source>Adendum berita acara dibuat</source>
        <translation>Adendum berita acara dibuat</translation>
    </message>
    <message>
        <source>Usulan ditolak server, perlu diperbaiki</source>
        <translation>Usulan ditolak server, perlu diperbaiki</translation>
    </message>
    <message>
        <source>Usulan bermasalah diperbaiki</source>
        <translation>Usulan bermasalah diperbaiki</translation>
    </message>
    <message>
        <source>Usulan dikirim ulang</source>
        <translation>Usulan dikirim ulang</translation>
    </message>
    <message>
        <source>Semua usulan dikirim ulang</source>
        <translation>Semua usulan dikirim ulang</translation>
    </message>
    <message>
        <source>Server pusat dikonfirmasi</source>
        <translation>Server pusat dikonfirmasi</translation>
    </message>
    <message>
        <source>selang (bulan)</source>
        <translation>selang (bulan)</translation>
    </message>
    <message>
        <source>nomor</source>
        <translation>nomor</translation>
    </message>
    <message>
        <source>jenis</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>kertas</source>
        <translation>kertas</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>sumber</source>
        <translation>sumber</translation>
    </message>
    <message>
        <source>sisi</source>
        <translation>sisi</translation>
    </message>
    <message>
        <source>keputusan</source>
        <translation>keputusan</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>jumlah</source>
        <translation>jumlah</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>disetujui</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>ditunda</source>
        <translation>ditunda</translation>
    </message>
    <message>
        <source>yang diubah</source>
        <translation>yang diubah</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>pesan</source>
        <translation>pesan</translation>
    </message>
    <message>
        <source>dikirim ulang</source>
        <translation>dikirim ulang</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>foto</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>orang</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>surat keterangan DTKS</source>
        <translation>surat keterangan DTKS</translation>
    </message>
    <message>
        <source>berita acara</source>
        <translation>berita acara</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
    </message>
    <message>
        <source>data DTKS</source>
        <translation>data DTKS</translation>
    </message>
    <message>
        <source>penerima GPS</source>
        <translation>penerima GPS</translation>
    </message>
    <message>
        <source>lokasi sistem</source>
        <translation>lokasi sistem</translation>
    </message>
    <message>
        <source>berkas log NMEA</source>
        <translation>berkas log NMEA</translation>
    </message>
    <message>
        <source>GPS dari foto</source>
        <translation>GPS dari foto</translation>
    </message>
    <message>
        <source>diketik</source>
        <translation>diketik</translation>
    </message>
    <message>
        <source>depan</source>
        <translation>depan</translation>
    </message>
    <message>
        <source>samping</source>
        <translation>samping</translation>
    </message>
    <message>
        <source>belakang</source>
        <translation>belakang</translation>
    </message>
    <message>
        <source>dalam</source>
        <translation>dalam</translation>
    </message>
    <message>
        <source>lainnya</source>
        <translation>lainnya</translation>
    </message>
    <message>
        <source>snapshot DTKS</source>
        <translation>snapshot DTKS</translation>
    </message>
    <message>
        <source>server pusat</source>
        <translation>server pusat</translation>
    </message>
    <message>
        <source>Akun %1</source>
        <translation>Akun %1</translation>
    </message>
    <message>
        <source>Usulan #%1</source>
        <translation>Usulan #%1</translation>
    </message>
    <message>
        <source>Keluarga %1</source>
        <translation>Keluarga %1</translation>
    </message>
    <message>
        <source>Orang %1</source>
        <translation>Orang %1</translation>
    </message>
    <message>
        <source>Surat #%1</source>
        <translation>Surat #%1</translation>
    </message>
    <message>
        <source>Musyawarah #%1</source>
        <translation>Musyawarah #%1</translation>
    </message>
    <message>
        <source>Cadangan %1</source>
        <translation>Cadangan %1</translation>
    </message>
    <message>
        <source>Pengaturan %1</source>
        <translation>Pengaturan %1</translation>
    </message>
    <message>
        <source>Kotak keluar %1</source>
        <translation>Kotak keluar %1</translation>
    </message>
    <message>
        <source>Data server %1</source>
        <translation>Data server %1</translation>
    </message>
    <message>
        <source>salinan</source>
        <translation>salinan</translation>
    </message>
    <message>
        <source>asli</source>
        <translation>asli</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>ke printer</source>
        <translation>ke printer</translation>
    </message>
    <message>
        <source>ke berkas PDF</source>
        <translation>ke berkas PDF</translation>
    </message>
    <message>
        <source>Kalender DTSEN diubah</source>
        <translation>Kalender DTSEN diubah</translation>
    </message>
    <message>
        <source>rekomendasi reaktivasi PBI-JK</source>
        <translation>rekomendasi reaktivasi PBI-JK</translation>
    </message>
    <message>
        <source>Surat dicabut</source>
        <translation>Surat dicabut</translation>
    </message>
    <message>
        <source>Foto kartu keluarga dibuka</source>
        <translation>Foto kartu keluarga dibuka</translation>
    </message>
    <message>
        <source>Konflik data lapangan diputuskan</source>
        <translation>Konflik data lapangan diputuskan</translation>
    </message>
    <message>
        <source>Akun ditautkan ke data orang</source>
        <translation>Akun ditautkan ke data orang</translation>
    </message>
    <message>
        <source>Hasil verifikasi kunjungan masuk kotak keluar</source>
        <translation>Hasil verifikasi kunjungan masuk kotak keluar</translation>
    </message>
    <message>
        <source>Foto kartu keluarga ditambahkan</source>
        <translation>Foto kartu keluarga ditambahkan</translation>
    </message>
    <message>
        <source>Foto kartu keluarga dilepas</source>
        <translation>Foto kartu keluarga dilepas</translation>
    </message>
    <message>
        <source>Jawaban kuesioner disimpan</source>
        <translation>Jawaban kuesioner disimpan</translation>
    </message>
    <message>
        <source>Paket kerja lapangan dibuat</source>
        <translation>Paket kerja lapangan dibuat</translation>
    </message>
    <message>
        <source>Paket kerja lapangan diterima</source>
        <translation>Paket kerja lapangan diterima</translation>
    </message>
    <message>
        <source>Kunjungan verifikasi dicatat</source>
        <translation>Kunjungan verifikasi dicatat</translation>
    </message>
    <message>
        <source>Berkas hasil kunjungan dibuat</source>
        <translation>Berkas hasil kunjungan dibuat</translation>
    </message>
    <message>
        <source>Berkas hasil kunjungan digabungkan</source>
        <translation>Berkas hasil kunjungan digabungkan</translation>
    </message>
    <message>
        <source>waktu di lapangan</source>
        <translation>waktu di lapangan</translation>
    </message>
    <message>
        <source>catatan laptop</source>
        <translation>catatan laptop</translation>
    </message>
    <message>
        <source>%1 (laptop %2)</source>
        <translation>%1 (laptop %2)</translation>
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
    <name>AuditVerifier</name>
    <message>
        <source>Catatan #%1 diubah setelah ditulis: isinya tidak cocok lagi dengan hash-nya.</source>
        <translation>Catatan #%1 diubah setelah ditulis: isinya tidak cocok lagi dengan hash-nya.</translation>
    </message>
    <message>
        <source>Catatan #%1 disisipkan: catatan #%2 tersambung langsung ke catatan sebelum #%1.</source>
        <translation>Catatan #%1 disisipkan: catatan #%2 tersambung langsung ke catatan sebelum #%1.</translation>
    </message>
    <message>
        <source>Catatan #%1 disisipkan: tidak tersambung ke catatan sebelumnya dan isinya tidak cocok dengan hash-nya.</source>
        <translation>Catatan #%1 disisipkan: tidak tersambung ke catatan sebelumnya dan isinya tidak cocok dengan hash-nya.</translation>
    </message>
    <message>
        <source>Pemeriksaan dibatalkan.</source>
        <translation>Pemeriksaan dibatalkan.</translation>
    </message>
    <message>
        <source>Catatan #%1 hilang (dihapus): catatan #%2 menunjuk ke catatan yang tidak ada lagi.</source>
        <translation>Catatan #%1 hilang (dihapus): catatan #%2 menunjuk ke catatan yang tidak ada lagi.</translation>
    </message>
    <message>
        <source>Catatan #%1 sampai #%2 hilang (dihapus): catatan #%3 menunjuk ke catatan yang tidak ada lagi.</source>
        <translation>Catatan #%1 sampai #%2 hilang (dihapus): catatan #%3 menunjuk ke catatan yang tidak ada lagi.</translation>
    </message>
    <message>
        <source>Catatan #%1 disisipkan: catatan #%2 tersambung langsung ke catatan #%3.</source>
        <translation>Catatan #%1 disisipkan: catatan #%2 tersambung langsung ke catatan #%3.</translation>
    </message>
    <message>
        <source>Catatan #%1 sampai #%2 disisipkan: catatan #%3 tersambung langsung ke catatan #%4.</source>
        <translation>Catatan #%1 sampai #%2 disisipkan: catatan #%3 tersambung langsung ke catatan #%4.</translation>
    </message>
    <message>
        <source>Catatan #%1 tidak tersambung ke catatan #%2: catatan #%2 ditulis ulang (hash-nya dihitung ulang) atau ada catatan yang dihapus di antaranya.</source>
        <translation>Catatan #%1 tidak tersambung ke catatan #%2: catatan #%2 ditulis ulang (hash-nya dihitung ulang) atau ada catatan yang dihapus di antaranya.</translation>
    </message>
    <message>
        <source>Catatan #%1 berbeda dari yang tercatat di tempat lain: riwayat sampai catatan ini ditulis ulang.</source>
        <translation>Catatan #%1 berbeda dari yang tercatat di tempat lain: riwayat sampai catatan ini ditulis ulang.</translation>
    </message>
    <message>
        <source>Catatan #%1 sampai #%2 hilang dari akhir jejak audit (tercatat di tempat lain, tidak ada lagi di sini).</source>
        <translation>Catatan #%1 sampai #%2 hilang dari akhir jejak audit (tercatat di tempat lain, tidak ada lagi di sini).</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</source>
        <translation><numerusform>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</numerusform></translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message numerus="yes">
        <source>Percobaan berikutnya baru bisa dalam %n detik.</source>
        <translation><numerusform>Percobaan berikutnya baru bisa dalam %n detik.</numerusform></translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Minta administrator untuk mengaktifkannya.</source>
        <translation>Akun ini dinonaktifkan. Minta administrator untuk mengaktifkannya.</translation>
    </message>
</context>
<context>
    <name>BackupDecryptor</name>
    <message>
        <source>Berkas ini bukan berkas cadangan Tepat.</source>
        <translation>Berkas ini bukan berkas cadangan Tepat.</translation>
    </message>
    <message>
        <source>Berkas cadangan terpotong: bagian awalnya pun tidak lengkap.</source>
        <translation>Berkas cadangan terpotong: bagian awalnya pun tidak lengkap.</translation>
    </message>
    <message>
        <source>Berkas cadangan ini memakai format versi %1; versi Tepat ini hanya mengenal versi %2. Perbarui Tepat untuk memulihkannya.</source>
        <translation>Berkas cadangan ini memakai format versi %1; versi Tepat ini hanya mengenal versi %2. Perbarui Tepat untuk memulihkannya.</translation>
    </message>
    <message>
        <source>Kepala berkas cadangan rusak; berkas tidak bisa dipulihkan.</source>
        <translation>Kepala berkas cadangan rusak; berkas tidak bisa dipulihkan.</translation>
    </message>
    <message>
        <source>Isi berkas cadangan tidak lengkap meski berkasnya utuh; berkas dibuat dengan salah.</source>
        <translation>Isi berkas cadangan tidak lengkap meski berkasnya utuh; berkas dibuat dengan salah.</translation>
    </message>
    <message>
        <source>Berkas cadangan terpotong (tidak lengkap): penulisannya terhenti atau salinannya belum selesai. Pakai cadangan lain.</source>
        <translation>Berkas cadangan terpotong (tidak lengkap): penulisannya terhenti atau salinannya belum selesai. Pakai cadangan lain.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak pada bagian ke-%1.</source>
        <translation>Berkas cadangan rusak pada bagian ke-%1.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan salah, atau awal berkas cadangan rusak.</source>
        <translation>Frasa sandi cadangan salah, atau awal berkas cadangan rusak.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak pada bagian ke-%1: isinya tidak cocok dengan tanda keasliannya.</source>
        <translation>Berkas cadangan rusak pada bagian ke-%1: isinya tidak cocok dengan tanda keasliannya.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak: ada data sesudah akhir isinya.</source>
        <translation>Berkas cadangan rusak: ada data sesudah akhir isinya.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak: ada data tambahan sesudah akhir berkas.</source>
        <translation>Berkas cadangan rusak: ada data tambahan sesudah akhir berkas.</translation>
    </message>
</context>
<context>
    <name>BackupEncryptor</name>
    <message>
        <source>Berkas cadangan tidak bisa ditulis (disk penuh atau tidak bisa ditulis): %1</source>
        <translation>Berkas cadangan tidak bisa ditulis (disk penuh atau tidak bisa ditulis): %1</translation>
    </message>
</context>
<context>
    <name>BackupKey</name>
    <message>
        <source>Frasa sandi cadangan minimal 10 karakter. Pakai beberapa kata yang mudah diingat tetapi sulit ditebak.</source>
        <translation>Frasa sandi cadangan minimal 10 karakter. Pakai beberapa kata yang mudah diingat tetapi sulit ditebak.</translation>
    </message>
    <message>
        <source>Pengaturan kunci cadangan tidak sah (berkas rusak atau bukan cadangan Tepat).</source>
        <translation>Pengaturan kunci cadangan tidak sah (berkas rusak atau bukan cadangan Tepat).</translation>
    </message>
    <message>
        <source>Kunci cadangan tidak bisa dibuat: memori komputer tidak cukup. Tutup aplikasi lain, lalu ulangi.</source>
        <translation>Kunci cadangan tidak bisa dibuat: memori komputer tidak cukup. Tutup aplikasi lain, lalu ulangi.</translation>
    </message>
    <message>
        <source>Kunci cadangan yang tersimpan rusak. Atur ulang frasa sandi cadangan di Pengaturan → Cadangan.</source>
        <translation>Kunci cadangan yang tersimpan rusak. Atur ulang frasa sandi cadangan di Pengaturan → Cadangan.</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>Data di dalam cadangan tidak lolos pemeriksaan keutuhan SQLite; cadangan tidak dipulihkan.</source>
        <translation>Data di dalam cadangan tidak lolos pemeriksaan keutuhan SQLite; cadangan tidak dipulihkan.</translation>
    </message>
    <message>
        <source>Cadangan ini tidak berisi data Tepat.</source>
        <translation>Cadangan ini tidak berisi data Tepat.</translation>
    </message>
    <message>
        <source>Cadangan ini dibuat oleh Tepat versi yang lebih baru (skema %1; versi ini mengenal sampai skema %2). Perbarui Tepat untuk memulihkannya.</source>
        <translation>Cadangan ini dibuat oleh Tepat versi yang lebih baru (skema %1; versi ini mengenal sampai skema %2). Perbarui Tepat untuk memulihkannya.</translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan; data tidak diubah.</source>
        <translation>Pemulihan dibatalkan; data tidak diubah.</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak bisa dibuka: %2</source>
        <translation>Berkas cadangan %1 tidak bisa dibuka: %2</translation>
    </message>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>Folder %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Folder sementara untuk pemulihan tidak bisa dibuat: %1</source>
        <translation>Folder sementara untuk pemulihan tidak bisa dibuat: %1</translation>
    </message>
    <message>
        <source>Data cadangan tidak bisa ditulis (disk penuh?): %1; data tidak diubah.</source>
        <translation>Data cadangan tidak bisa ditulis (disk penuh?): %1; data tidak diubah.</translation>
    </message>
    <message>
        <source>Isi berkas cadangan tidak tersusun seperti seharusnya.</source>
        <translation>Isi berkas cadangan tidak tersusun seperti seharusnya.</translation>
    </message>
    <message>
        <source>Berkas sementara tidak bisa dibuat: %1</source>
        <translation>Berkas sementara tidak bisa dibuat: %1</translation>
    </message>
    <message>
        <source>Data tidak bisa dipindahkan ke %1.</source>
        <translation>Data tidak bisa dipindahkan ke %1.</translation>
    </message>
    <message>
        <source>Data sudah dipulihkan, tetapi berkas foto/dokumen tidak bisa disalin ke %1. Kosongkan ruang disk, lalu pulihkan lagi.</source>
        <translation>Data sudah dipulihkan, tetapi berkas foto/dokumen tidak bisa disalin ke %1. Kosongkan ruang disk, lalu pulihkan lagi.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Pilih folder cadangan.</source>
        <translation>Pilih folder cadangan.</translation>
    </message>
    <message>
        <source>Jadwal cadangan: selang 1 jam sampai 30 hari, simpan 1 sampai 365 cadangan.</source>
        <translation>Jadwal cadangan: selang 1 jam sampai 30 hari, simpan 1 sampai 365 cadangan.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Folder sementara untuk cadangan tidak bisa dibuat di samping berkas data: %1</source>
        <translation>Folder sementara untuk cadangan tidak bisa dibuat di samping berkas data: %1</translation>
    </message>
    <message>
        <source>Salinan sementara tidak bisa dibaca: %1</source>
        <translation>Salinan sementara tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak bisa dibuat.</source>
        <translation>Folder cadangan %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak bisa dibuat: %2</source>
        <translation>Berkas cadangan %1 tidak bisa dibuat: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca untuk dicadangkan: %2</source>
        <translation>Berkas %1 tidak bisa dibaca untuk dicadangkan: %2</translation>
    </message>
    <message>
        <source>Pencadangan dibatalkan; cadangan sebelumnya tetap utuh.</source>
        <translation>Pencadangan dibatalkan; cadangan sebelumnya tetap utuh.</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak bisa disimpan (disk penuh?): %1; cadangan sebelumnya tetap utuh.</source>
        <translation>Berkas cadangan tidak bisa disimpan (disk penuh?): %1; cadangan sebelumnya tetap utuh.</translation>
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
    <message>
        <source>Ruang simpan kelurahan/desa ini di server sudah penuh (%1 dari %2 MB terpakai). Hubungi Dinsos untuk menambah kuota.</source>
        <translation>Ruang simpan kelurahan/desa ini di server sudah penuh (%1 dari %2 MB terpakai). Hubungi Dinsos untuk menambah kuota.</translation>
    </message>
</context>
<context>
    <name>BnbaPrint</name>
    <message>
        <source>Pilih musyawarah lebih dulu.</source>
        <translation>Pilih musyawarah lebih dulu.</translation>
    </message>
    <message>
        <source>BNBA per RT/RW</source>
        <translation>BNBA per RT/RW</translation>
    </message>
    <message>
        <source>Simpan BNBA per RT/RW</source>
        <translation>Simpan BNBA per RT/RW</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>BNBA per RT/RW musyawarah %1</source>
        <translation>BNBA per RT/RW musyawarah %1</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <source>Tanggal batas usulan harus 1 sampai 28 (ada di setiap bulan).</source>
        <translation>Tanggal batas usulan harus 1 sampai 28 (ada di setiap bulan).</translation>
    </message>
    <message>
        <source>Tanggal rilis desil BPS harus 1 sampai 28.</source>
        <translation>Tanggal rilis desil BPS harus 1 sampai 28.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu bulan rilis desil BPS.</source>
        <translation>Pilih paling sedikit satu bulan rilis desil BPS.</translation>
    </message>
    <message>
        <source>Bulan rilis desil BPS harus 1 sampai 12, masing-masing sekali.</source>
        <translation>Bulan rilis desil BPS harus 1 sampai 12, masing-masing sekali.</translation>
    </message>
    <message>
        <source>Peringatan batas usulan 0–27 hari dan peringatan musyawarah 0–90 hari sebelumnya.</source>
        <translation>Peringatan batas usulan 0–27 hari dan peringatan musyawarah 0–90 hari sebelumnya.</translation>
    </message>
</context>
<context>
    <name>CentralCli</name>
    <message>
        <source>Folder data server.</source>
        <translation>Folder data server.</translation>
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
        <source>PostgreSQL: postgresql://pengguna@host:port/nama, tanpa kata sandi (bawaan: SQLite di folder data).</source>
        <translation>PostgreSQL: postgresql://pengguna@host:port/nama, tanpa kata sandi (bawaan: SQLite di folder data).</translation>
    </message>
    <message>
        <source>Berkas berisi kata sandi PostgreSQL (baris pertama); atau PGPASSWORD / PGPASSFILE.</source>
        <translation>Berkas berisi kata sandi PostgreSQL (baris pertama); atau PGPASSWORD / PGPASSFILE.</translation>
    </message>
    <message>
        <source>--database-password-file hanya berlaku dengan --database.</source>
        <translation>--database-password-file hanya berlaku dengan --database.</translation>
    </message>
    <message>
        <source>Kata sandi PostgreSQL di dalam --database terlihat oleh semua pengguna komputer ini (daftar proses). Hapus dari alamat dan pakai --database-password-file FILE, PGPASSFILE atau PGPASSWORD.</source>
        <translation>Kata sandi PostgreSQL di dalam --database terlihat oleh semua pengguna komputer ini (daftar proses). Hapus dari alamat dan pakai --database-password-file FILE, PGPASSFILE atau PGPASSWORD.</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 tidak bisa dibaca.</source>
        <translation>Berkas kata sandi %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 kosong.</source>
        <translation>Berkas kata sandi %1 kosong.</translation>
    </message>
    <message>
        <source>Ruang simpan berkas per kelurahan/desa dalam MB (0: tanpa batas; bawaan 5120).</source>
        <translation>Ruang simpan berkas per kelurahan/desa dalam MB (0: tanpa batas; bawaan 5120).</translation>
    </message>
    <message>
        <source>Tanpa TLS tepat-central hanya mendengarkan di loopback (127.0.0.1 atau ::1): kata sandi, token dan data warga akan terkirim terbuka. Berikan --cert dan --key untuk %1.</source>
        <translation>Tanpa TLS tepat-central hanya mendengarkan di loopback (127.0.0.1 atau ::1): kata sandi, token dan data warga akan terkirim terbuka. Berikan --cert dan --key untuk %1.</translation>
    </message>
    <message>
        <source>--quota-mb harus bilangan bulat 0 atau lebih.</source>
        <translation>--quota-mb harus bilangan bulat 0 atau lebih.</translation>
    </message>
    <message>
        <source>Mengaktifkan lagi akun yang dinonaktifkan.</source>
        <translation>Mengaktifkan lagi akun yang dinonaktifkan.</translation>
    </message>
    <message>
        <source>Menonaktifkan akun: semua sesinya berakhir dan akun tidak bisa masuk lagi sampai diaktifkan.</source>
        <translation>Menonaktifkan akun: semua sesinya berakhir dan akun tidak bisa masuk lagi sampai diaktifkan.</translation>
    </message>
    <message>
        <source>Nama pengguna.</source>
        <translation>Nama pengguna.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central %1 --data DIR --name NAMA</source>
        <translation>Pemakaian: tepat-central %1 --data DIR --name NAMA</translation>
    </message>
    <message>
        <source>Mengganti kata sandi akun (dibaca dari standard input); semua sesinya berakhir.</source>
        <translation>Mengganti kata sandi akun (dibaca dari standard input); semua sesinya berakhir.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central user password --data DIR --name NAMA</source>
        <translation>Pemakaian: tepat-central user password --data DIR --name NAMA</translation>
    </message>
    <message>
        <source>Kata sandi baru: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>Kata sandi %1 diganti; sesi yang ada berakhir.</source>
        <translation>Kata sandi %1 diganti; sesi yang ada berakhir.</translation>
    </message>
    <message>
        <source>Perangkat (instalasi Tepat) yang pernah masuk, satu per baris: id perangkat, akun, kelurahan, nama perangkat, kiriman terakhir, status (aktif/dicabut).</source>
        <translation>Perangkat (instalasi Tepat) yang pernah masuk, satu per baris: id perangkat, akun, kelurahan, nama perangkat, kiriman terakhir, status (aktif/dicabut).</translation>
    </message>
    <message>
        <source>Hanya perangkat akun ini.</source>
        <translation>Hanya perangkat akun ini.</translation>
    </message>
    <message>
        <source>Mencabut akses satu perangkat (misalnya laptop yang hilang): sesinya berakhir dan perangkat itu tidak bisa masuk lagi.</source>
        <translation>Mencabut akses satu perangkat (misalnya laptop yang hilang): sesinya berakhir dan perangkat itu tidak bisa masuk lagi.</translation>
    </message>
    <message>
        <source>Id perangkat (lihat device list).</source>
        <translation>Id perangkat (lihat device list).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central device revoke --data DIR --device ID</source>
        <translation>Pemakaian: tepat-central device revoke --data DIR --device ID</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak (berisi NIK dan nama; bawaan: register-rejects.csv di samping HOUSEHOLDS.csv, di luar folder data).</source>
        <translation>Berkas baris yang ditolak (berisi NIK dan nama; bawaan: register-rejects.csv di samping HOUSEHOLDS.csv, di luar folder data).</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak (%1) tidak boleh di dalam folder data; pilih tempat lain dengan --rejects FILE.</source>
        <translation>Berkas baris yang ditolak (%1) tidak boleh di dalam folder data; pilih tempat lain dengan --rejects FILE.</translation>
    </message>
    <message>
        <source>Mengimpor riwayat penyaluran bansos dari CSV household_id,program,period,status,date,note ke aliran perubahan desa masing-masing keluarga.</source>
        <translation>Mengimpor riwayat penyaluran bansos dari CSV household_id,program,period,status,date,note ke aliran perubahan desa masing-masing keluarga.</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak (bawaan: disbursement-rejects.csv di samping FILE.csv, di luar folder data).</source>
        <translation>Berkas baris yang ditolak (bawaan: disbursement-rejects.csv di samping FILE.csv, di luar folder data).</translation>
    </message>
    <message>
        <source>Berkas penyaluran.</source>
        <translation>Berkas penyaluran.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central disbursements import --data DIR FILE.csv</source>
        <translation>Pemakaian: tepat-central disbursements import --data DIR FILE.csv</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak %1 tidak bisa ditulis.</source>
        <translation>Berkas baris yang ditolak %1 tidak bisa ditulis.</translation>
    </message>
    <message>
        <source>keluarga tidak dikenal	%1</source>
        <translation>keluarga tidak dikenal	%1</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1
Perintah: user add|disable|enable|password, device list|revoke, requests list, civil-events import, register import, disbursements import; tanpa perintah: jalankan server (--help).</source>
        <translation>Perintah tidak dikenal: %1
Perintah: user add|disable|enable|password, device list|revoke, requests list, civil-events import, register import, disbursements import; tanpa perintah: jalankan server (--help).</translation>
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
    <name>CentralRoutes</name>
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
    <message>
        <source>Hanya operator kelurahan/desa yang mendaftarkan kunci surat.</source>
        <translation>Hanya operator kelurahan/desa yang mendaftarkan kunci surat.</translation>
    </message>
    <message>
        <source>Hanya operator kelurahan/desa yang mencabut surat.</source>
        <translation>Hanya operator kelurahan/desa yang mencabut surat.</translation>
    </message>
    <message>
        <source>Pencabutan surat perlu nomor surat, alasan, dan waktu.</source>
        <translation>Pencabutan surat perlu nomor surat, alasan, dan waktu.</translation>
    </message>
</context>
<context>
    <name>CentralServer</name>
    <message>
        <source>Kepala permintaan terlalu besar.</source>
        <translation>Kepala permintaan terlalu besar.</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar.</source>
        <translation>Isi permintaan terlalu besar.</translation>
    </message>
    <message>
        <source>Terlalu banyak sambungan dari alamat ini; tutup yang tidak dipakai dan coba lagi.</source>
        <translation>Terlalu banyak sambungan dari alamat ini; tutup yang tidak dipakai dan coba lagi.</translation>
    </message>
    <message>
        <source>Server pusat sedang penuh; coba lagi sebentar lagi.</source>
        <translation>Server pusat sedang penuh; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Permintaan harus menyebut panjang isinya (Content-Length).</source>
        <translation>Permintaan harus menyebut panjang isinya (Content-Length).</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar (paling banyak %1 KB).</source>
        <translation>Isi permintaan terlalu besar (paling banyak %1 KB).</translation>
    </message>
    <message>
        <source>Server pusat sedang menerima banyak kiriman; coba lagi sebentar lagi.</source>
        <translation>Server pusat sedang menerima banyak kiriman; coba lagi sebentar lagi.</translation>
    </message>
</context>
<context>
    <name>CertificateComposer</name>
    <message>
        <source>%1 tercatat meninggal dunia; surat keterangan DTSEN tidak dapat dibuat untuknya.</source>
        <translation>%1 tercatat meninggal dunia; surat keterangan DTSEN tidak dapat dibuat untuknya.</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>Nama warga belum diisi.</source>
        <translation>Nama warga belum diisi.</translation>
    </message>
    <message>
        <source>NIK tidak sah.</source>
        <translation>NIK tidak sah.</translation>
    </message>
    <message>
        <source>%1 Periksa KTP/KK warga; bila datanya memang benar, centang "Data sudah diperiksa" lalu lanjutkan.</source>
        <translation>%1 Periksa KTP/KK warga; bila datanya memang benar, centang "Data sudah diperiksa" lalu lanjutkan.</translation>
    </message>
    <message>
        <source>NIK ini ada dalam data DTSEN. Pilih orangnya lewat pencarian agar surat memuat data yang tercatat.</source>
        <translation>NIK ini ada dalam data DTSEN. Pilih orangnya lewat pencarian agar surat memuat data yang tercatat.</translation>
    </message>
    <message>
        <source>Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</source>
        <translation>Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</translation>
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
    <message>
        <source>Usulan #%1 memiliki status yang tidak dikenal.</source>
        <translation>Usulan #%1 memiliki status yang tidak dikenal.</translation>
    </message>
    <message>
        <source>Hanya usulan yang ditolak Dinsos yang bisa diperbaiki dan diusulkan lagi (usulan #%1 berstatus "%2").</source>
        <translation>Hanya usulan yang ditolak Dinsos yang bisa diperbaiki dan diusulkan lagi (usulan #%1 berstatus "%2").</translation>
    </message>
    <message>
        <source>Usulan #%1 sudah diperbaiki sebagai usulan #%2; lanjutkan di usulan itu.</source>
        <translation>Usulan #%1 sudah diperbaiki sebagai usulan #%2; lanjutkan di usulan itu.</translation>
    </message>
    <message>
        <source>Dasar persetujuan hanya dicatat untuk usulan yang disetujui.</source>
        <translation>Dasar persetujuan hanya dicatat untuk usulan yang disetujui.</translation>
    </message>
    <message>
        <source>Usulan #%1 sudah diputuskan; pengusulnya tidak dinilai ulang.</source>
        <translation>Usulan #%1 sudah diputuskan; pengusulnya tidak dinilai ulang.</translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message>
        <source>Isi pengaduan masih kosong. Tuliskan apa yang diadukan.</source>
        <translation>Isi pengaduan masih kosong. Tuliskan apa yang diadukan.</translation>
    </message>
    <message>
        <source>Nama pengadu masih kosong. Isi namanya atau pilih tanpa nama.</source>
        <translation>Nama pengadu masih kosong. Isi namanya atau pilih tanpa nama.</translation>
    </message>
    <message>
        <source>Jawaban atau catatan penanganan masih kosong. Tuliskan bagaimana pengaduan ini ditangani.</source>
        <translation>Jawaban atau catatan penanganan masih kosong. Tuliskan bagaimana pengaduan ini ditangani.</translation>
    </message>
    <message>
        <source>Pengaduan berstatus "%1" tidak dapat diubah menjadi "%2".</source>
        <translation>Pengaduan berstatus "%1" tidak dapat diubah menjadi "%2".</translation>
    </message>
    <message>
        <source>Hanya sanggah yang belum diverifikasi yang dapat ditandai terverifikasi.</source>
        <translation>Hanya sanggah yang belum diverifikasi yang dapat ditandai terverifikasi.</translation>
    </message>
    <message>
        <source>Pengaduan nomor %1 tidak ditemukan.</source>
        <translation>Pengaduan nomor %1 tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>ComplaintText</name>
    <message>
        <source>Sanggah</source>
        <translation>Sanggah</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Loket</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Cek Bansos</source>
        <translation>Cek Bansos</translation>
    </message>
    <message>
        <source>Dari atas (Dinsos/Kemensos)</source>
        <translation>Dari atas (Dinsos/Kemensos)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Sedang ditangani</source>
        <translation>Sedang ditangani</translation>
    </message>
    <message>
        <source>Dijawab</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Diteruskan ke Dinsos</source>
        <translation>Diteruskan ke Dinsos</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>Pengodean isi "%1" tidak dikenal server; kirim tanpa pengodean atau dengan gzip.</source>
        <translation>Pengodean isi "%1" tidak dikenal server; kirim tanpa pengodean atau dengan gzip.</translation>
    </message>
    <message>
        <source>Isi terkompresi tidak bisa dibaca.</source>
        <translation>Isi terkompresi tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Isi pesan setelah dibuka terlalu besar (paling banyak %1 byte).</source>
        <translation>Isi pesan setelah dibuka terlalu besar (paling banyak %1 byte).</translation>
    </message>
    <message>
        <source>Isi terkompresi rusak atau terpotong.</source>
        <translation>Isi terkompresi rusak atau terpotong.</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
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
    <name>CoordinateText</name>
    <message>
        <source>lintang</source>
        <translation>lintang</translation>
    </message>
    <message>
        <source>bujur</source>
        <translation>bujur</translation>
    </message>
    <message>
        <source>Nilai %1 “%2” tidak terbaca. Contoh yang benar: -7.8166, -7,8166, 7°48'59.8" LS.</source>
        <translation>Nilai %1 “%2” tidak terbaca. Contoh yang benar: -7.8166, -7,8166, 7°48'59.8" LS.</translation>
    </message>
    <message>
        <source>Nilai %1 belum diisi.</source>
        <translation>Nilai %1 belum diisi.</translation>
    </message>
    <message>
        <source>Huruf arah “%1” tidak cocok untuk %2.</source>
        <translation>Huruf arah “%1” tidak cocok untuk %2.</translation>
    </message>
    <message>
        <source>Pakai tanda minus atau huruf arah, jangan keduanya.</source>
        <translation>Pakai tanda minus atau huruf arah, jangan keduanya.</translation>
    </message>
    <message>
        <source>Menit pada %1 harus kurang dari 60 dan derajatnya bilangan bulat.</source>
        <translation>Menit pada %1 harus kurang dari 60 dan derajatnya bilangan bulat.</translation>
    </message>
    <message>
        <source>Detik pada %1 harus kurang dari 60 dan menitnya bilangan bulat.</source>
        <translation>Detik pada %1 harus kurang dari 60 dan menitnya bilangan bulat.</translation>
    </message>
    <message>
        <source>Lintang harus antara -90 dan 90 derajat (apakah lintang dan bujur tertukar?).</source>
        <translation>Lintang harus antara -90 dan 90 derajat (apakah lintang dan bujur tertukar?).</translation>
    </message>
    <message>
        <source>Bujur harus antara -180 dan 180 derajat.</source>
        <translation>Bujur harus antara -180 dan 180 derajat.</translation>
    </message>
    <message>
        <source>Koordinat belum diisi.</source>
        <translation>Koordinat belum diisi.</translation>
    </message>
    <message>
        <source>Tulis lintang lalu bujur, dipisah koma dan spasi, titik koma atau spasi (contoh: -7.8166, 112.0119).</source>
        <translation>Tulis lintang lalu bujur, dipisah koma dan spasi, titik koma atau spasi (contoh: -7.8166, 112.0119).</translation>
    </message>
</context>
<context>
    <name>CorrectionEditor</name>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
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
        <source>ada karakter NUL (kode 0) yang bukan teks; hapus karakter itu lalu impor lagi</source>
        <translation>ada karakter NUL (kode 0) yang bukan teks; hapus karakter itu lalu impor lagi</translation>
    </message>
    <message>
        <source>ada karakter kendali (kode %1) yang bukan teks; hapus karakter itu lalu impor lagi</source>
        <translation>ada karakter kendali (kode %1) yang bukan teks; hapus karakter itu lalu impor lagi</translation>
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
    <message>
        <source>Pembaruan struktur data meninggalkan rujukan yang putus (tabel %1); semua perubahan dibatalkan dan data tetap seperti semula.</source>
        <translation>Pembaruan struktur data meninggalkan rujukan yang putus (tabel %1); semua perubahan dibatalkan dan data tetap seperti semula.</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak bisa dibuat: %2</source>
        <translation>Berkas data %1 tidak bisa dibuat: %2</translation>
    </message>
    <message>
        <source>Berkas data %1 bisa dibaca pengguna lain dan izinnya tidak bisa dibatasi: %2. Batasi izinnya (chmod 600), lalu buka lagi.</source>
        <translation>Berkas data %1 bisa dibaca pengguna lain dan izinnya tidak bisa dibatasi: %2. Batasi izinnya (chmod 600), lalu buka lagi.</translation>
    </message>
</context>
<context>
    <name>DeliberationSchedule</name>
    <message>
        <source>Jarak antarmusyawarah harus 1 sampai 12 bulan.</source>
        <translation>Jarak antarmusyawarah harus 1 sampai 12 bulan.</translation>
    </message>
    <message>
        <source>Musyawarah terakhir %1; musyawarah berikutnya paling lambat %2.</source>
        <translation>Musyawarah terakhir %1; musyawarah berikutnya paling lambat %2.</translation>
    </message>
    <message numerus="yes">
        <source>Belum ada musyawarah dalam %n bulan terakhir; SPTJM tanggal %1 menggantikannya untuk sementara.</source>
        <translation><numerusform>Belum ada musyawarah dalam %n bulan terakhir; SPTJM tanggal %1 menggantikannya untuk sementara.</numerusform></translation>
    </message>
    <message>
        <source>Belum ada musyawarah yang tercatat. Adakan musyawarah desa/kelurahan, atau buat SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.</source>
        <translation>Belum ada musyawarah yang tercatat. Adakan musyawarah desa/kelurahan, atau buat SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.</translation>
    </message>
    <message numerus="yes">
        <source>Musyawarah terakhir %1, lebih dari %n bulan yang lalu. Adakan musyawarah, atau buat SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.</source>
        <translation><numerusform>Musyawarah terakhir %1, lebih dari %n bulan yang lalu. Adakan musyawarah, atau buat SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.</numerusform></translation>
    </message>
    <message>
        <source>Musyawarah tanggal %1 sudah direncanakan dan belum final. Setelah berlangsung, catat daftar hadir dan keputusan, lalu finalkan.</source>
        <translation>Musyawarah tanggal %1 sudah direncanakan dan belum final. Setelah berlangsung, catat daftar hadir dan keputusan, lalu finalkan.</translation>
    </message>
</context>
<context>
    <name>DeliberationService</name>
    <message>
        <source>Musyawarah %1 tidak ada.</source>
        <translation>Musyawarah %1 tidak ada.</translation>
    </message>
    <message>
        <source>Musyawarah ini sudah final dan terkunci. Koreksi dicatat sebagai adendum berita acara.</source>
        <translation>Musyawarah ini sudah final dan terkunci. Koreksi dicatat sebagai adendum berita acara.</translation>
    </message>
    <message>
        <source>Musyawarah ini sudah dibatalkan.</source>
        <translation>Musyawarah ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Tanggal musyawarah belum diisi.</source>
        <translation>Tanggal musyawarah belum diisi.</translation>
    </message>
    <message>
        <source>Tuliskan alasan pembatalan musyawarah.</source>
        <translation>Tuliskan alasan pembatalan musyawarah.</translation>
    </message>
    <message>
        <source>Usulan #%1 berstatus "%2"; hanya draf atau usulan yang ditunda yang bisa masuk agenda.</source>
        <translation>Usulan #%1 berstatus "%2"; hanya draf atau usulan yang ditunda yang bisa masuk agenda.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak ada di agenda musyawarah ini.</source>
        <translation>Usulan #%1 tidak ada di agenda musyawarah ini.</translation>
    </message>
    <message>
        <source>Keputusan "%1" harus disertai alasan.</source>
        <translation>Keputusan "%1" harus disertai alasan.</translation>
    </message>
    <message>
        <source>Nama peserta belum diisi.</source>
        <translation>Nama peserta belum diisi.</translation>
    </message>
    <message>
        <source>Foto kosong.</source>
        <translation>Foto kosong.</translation>
    </message>
    <message>
        <source>Foto ini sudah dilampirkan pada musyawarah ini.</source>
        <translation>Foto ini sudah dilampirkan pada musyawarah ini.</translation>
    </message>
    <message>
        <source>Agenda masih kosong. Tambahkan usulan dari daftar draf.</source>
        <translation>Agenda masih kosong. Tambahkan usulan dari daftar draf.</translation>
    </message>
    <message>
        <source>Isi adendum belum ditulis.</source>
        <translation>Isi adendum belum ditulis.</translation>
    </message>
    <message>
        <source>Adendum hanya untuk musyawarah yang sudah final; musyawarah yang masih direncanakan bisa diubah langsung.</source>
        <translation>Adendum hanya untuk musyawarah yang sudah final; musyawarah yang masih direncanakan bisa diubah langsung.</translation>
    </message>
    <message>
        <source>Musyawarah ini dijadwalkan %1 dan belum berlangsung. Finalkan setelah musyawarah berlangsung, atau ubah tanggalnya lewat tombol Ubah.</source>
        <translation>Musyawarah ini dijadwalkan %1 dan belum berlangsung. Finalkan setelah musyawarah berlangsung, atau ubah tanggalnya lewat tombol Ubah.</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan di agenda belum diputuskan. Pilih usulannya, lalu tekan Putuskan.</source>
        <translation><numerusform>%n usulan di agenda belum diputuskan. Pilih usulannya, lalu tekan Putuskan.</numerusform></translation>
    </message>
    <message>
        <source>Keduanya disetujui: %1</source>
        <translation>Keduanya disetujui: %1</translation>
    </message>
    <message>
        <source>Nama lurah/kepala desa yang menandatangani belum diisi. Isi di Pengaturan → Surat &amp; kop (Nama lurah/kepala desa), atau pada musyawarah ini lewat tombol Ubah.</source>
        <translation>Nama lurah/kepala desa yang menandatangani belum diisi. Isi di Pengaturan → Surat &amp; kop (Nama lurah/kepala desa), atau pada musyawarah ini lewat tombol Ubah.</translation>
    </message>
    <message>
        <source>Tuliskan alasan musyawarah tidak dapat dilaksanakan, lewat tombol Ubah.</source>
        <translation>Tuliskan alasan musyawarah tidak dapat dilaksanakan, lewat tombol Ubah.</translation>
    </message>
    <message>
        <source>Tempat musyawarah belum diisi. Isi lewat tombol Ubah.</source>
        <translation>Tempat musyawarah belum diisi. Isi lewat tombol Ubah.</translation>
    </message>
    <message>
        <source>Daftar hadir masih kosong. Catat peserta lewat tombol Tambah hadir.</source>
        <translation>Daftar hadir masih kosong. Catat peserta lewat tombol Tambah hadir.</translation>
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
    <name>DesilText</name>
    <message>
        <source>belum ada desil</source>
        <translation>belum ada desil</translation>
    </message>
    <message>
        <source>desil %1 (tanggal dari BPS tidak tercatat)</source>
        <translation>desil %1 (tanggal dari BPS tidak tercatat)</translation>
    </message>
    <message>
        <source>desil %1 per %2</source>
        <translation>desil %1 per %2</translation>
    </message>
</context>
<context>
    <name>DisbursementImport</name>
    <message>
        <source>Baris judul berkas penyaluran harus: household_id,program,period,status,date,note</source>
        <translation>Baris judul berkas penyaluran harus: household_id,program,period,status,date,note</translation>
    </message>
    <message>
        <source>jumlah kolom harus 6</source>
        <translation>jumlah kolom harus 6</translation>
    </message>
    <message>
        <source>berisi karakter kendali (tab, baris baru, dan sejenisnya)</source>
        <translation>berisi karakter kendali (tab, baris baru, dan sejenisnya)</translation>
    </message>
    <message>
        <source>ID keluarga (ID DTSEN) kosong atau tidak sah</source>
        <translation>ID keluarga (ID DTSEN) kosong atau tidak sah</translation>
    </message>
    <message>
        <source>program tidak dikenal (PKH, BPNT, PBI-JK, BLT-DD, …)</source>
        <translation>program tidak dikenal (PKH, BPNT, PBI-JK, BLT-DD, …)</translation>
    </message>
    <message>
        <source>periode harus YYYY-MM (bulan) atau YYYY-T1 … YYYY-T4 (tahap)</source>
        <translation>periode harus YYYY-MM (bulan) atau YYYY-T1 … YYYY-T4 (tahap)</translation>
    </message>
    <message>
        <source>status penyaluran tidak dikenal (misalnya SI, GAGAL OMSPAN, SUKSES SPM, TIDAK TRANSAKSI)</source>
        <translation>status penyaluran tidak dikenal (misalnya SI, GAGAL OMSPAN, SUKSES SPM, TIDAK TRANSAKSI)</translation>
    </message>
    <message>
        <source>tanggal harus YYYY-MM-DD dan tidak di masa depan</source>
        <translation>tanggal harus YYYY-MM-DD dan tidak di masa depan</translation>
    </message>
    <message>
        <source>keterangan lebih dari 500 karakter</source>
        <translation>keterangan lebih dari 500 karakter</translation>
    </message>
</context>
<context>
    <name>DisbursementText</name>
    <message>
        <source>calon penerima, sudah masuk SK penetapan</source>
        <translation>calon penerima, sudah masuk SK penetapan</translation>
    </message>
    <message>
        <source>rekening penerima sedang dibuka secara kolektif oleh bank</source>
        <translation>rekening penerima sedang dibuka secara kolektif oleh bank</translation>
    </message>
    <message>
        <source>data sudah masuk sistem perbendaharaan (OM-SPAN)</source>
        <translation>data sudah masuk sistem perbendaharaan (OM-SPAN)</translation>
    </message>
    <message>
        <source>gagal di sistem perbendaharaan (OM-SPAN), dana belum bisa disalurkan</source>
        <translation>gagal di sistem perbendaharaan (OM-SPAN), dana belum bisa disalurkan</translation>
    </message>
    <message>
        <source>surat perintah membayar (SPM) sedang diproses</source>
        <translation>surat perintah membayar (SPM) sedang diproses</translation>
    </message>
    <message>
        <source>SPM terbit, dana dikirim ke bank penyalur</source>
        <translation>SPM terbit, dana dikirim ke bank penyalur</translation>
    </message>
    <message>
        <source>dana sudah dipindahkan ke rekening penerima</source>
        <translation>dana sudah dipindahkan ke rekening penerima</translation>
    </message>
    <message>
        <source>dana ada di rekening tetapi belum diambil penerima</source>
        <translation>dana ada di rekening tetapi belum diambil penerima</translation>
    </message>
    <message>
        <source>dinyatakan tidak layak oleh pemeriksaan lokasi (GIS)</source>
        <translation>dinyatakan tidak layak oleh pemeriksaan lokasi (GIS)</translation>
    </message>
    <message>
        <source>dikeluarkan dari penyaluran (bekerja, tidak layak, atau meninggal)</source>
        <translation>dikeluarkan dari penyaluran (bekerja, tidak layak, atau meninggal)</translation>
    </message>
    <message>
        <source>Tahap %1 tahun %2</source>
        <translation>Tahap %1 tahun %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4), %5</source>
        <translation>%1 %2: %3 (%4), %5</translation>
    </message>
</context>
<context>
    <name>DocumentWriter</name>
    <message>
        <source>Dokumen tidak bisa digambar ke printer atau berkas.</source>
        <translation>Dokumen tidak bisa digambar ke printer atau berkas.</translation>
    </message>
    <message>
        <source>Halaman baru tidak bisa dibuat (printer atau disk bermasalah?).</source>
        <translation>Halaman baru tidak bisa dibuat (printer atau disk bermasalah?).</translation>
    </message>
    <message>
        <source>Dokumen tidak bisa diselesaikan (disk penuh?).</source>
        <translation>Dokumen tidak bisa diselesaikan (disk penuh?).</translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <source>Tulis alasan mengapa kedua data ini bukan orang yang sama.</source>
        <translation>Tulis alasan mengapa kedua data ini bukan orang yang sama.</translation>
    </message>
    <message>
        <source>Pilih data yang dipertahankan dari kedua data ini.</source>
        <translation>Pilih data yang dipertahankan dari kedua data ini.</translation>
    </message>
    <message>
        <source>Kemungkinan ganda (skor %1): %2</source>
        <translation>Kemungkinan ganda (skor %1): %2</translation>
    </message>
</context>
<context>
    <name>FamilyCardPhotos</name>
    <message>
        <source>Keluarga belum dipilih.</source>
        <translation>Keluarga belum dipilih.</translation>
    </message>
    <message>
        <source>Foto kartu keluarga ini tidak ada lagi.</source>
        <translation>Foto kartu keluarga ini tidak ada lagi.</translation>
    </message>
</context>
<context>
    <name>FieldAuditMerge</name>
    <message>
        <source>Berkas hasil berisi catatan audit laptop yang rusak atau diubah. Buat berkas hasil baru di laptop.</source>
        <translation>Berkas hasil berisi catatan audit laptop yang rusak atau diubah. Buat berkas hasil baru di laptop.</translation>
    </message>
</context>
<context>
    <name>FieldConflicts</name>
    <message>
        <source>%1 (dicatat oleh %2)</source>
        <translation>%1 (dicatat oleh %2)</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>(tidak dijawab)</source>
        <translation>(tidak dijawab)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Titik lokasi</source>
        <translation>Titik lokasi</translation>
    </message>
    <message>
        <source>Jawaban kuesioner</source>
        <translation>Jawaban kuesioner</translation>
    </message>
    <message>
        <source>Data anggota</source>
        <translation>Data anggota</translation>
    </message>
    <message>
        <source>Anggota: %1</source>
        <translation>Anggota: %1</translation>
    </message>
    <message>
        <source>Konflik data lapangan ini tidak ada di berkas data ini.</source>
        <translation>Konflik data lapangan ini tidak ada di berkas data ini.</translation>
    </message>
    <message>
        <source>Konflik ini sudah diselesaikan oleh %1 pada %2.</source>
        <translation>Konflik ini sudah diselesaikan oleh %1 pada %2.</translation>
    </message>
    <message>
        <source>Jenis konflik ini tidak dikenal oleh versi Tepat ini. Perbarui Tepat.</source>
        <translation>Jenis konflik ini tidak dikenal oleh versi Tepat ini. Perbarui Tepat.</translation>
    </message>
    <message>
        <source>Temuan lapangan tentang anggota keluarga belum bisa dipakai langsung. Pilih "Pakai data kantor"; temuan lapangan tetap tercatat, dan perubahan data anggota dibuat sebagai usulan.</source>
        <translation>Temuan lapangan tentang anggota keluarga belum bisa dipakai langsung. Pilih "Pakai data kantor"; temuan lapangan tetap tercatat, dan perubahan data anggota dibuat sebagai usulan.</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya jawaban kuesioner kantor; jawaban lapangan tidak bisa dipakai.</source>
        <translation>Keluarga ini belum punya jawaban kuesioner kantor; jawaban lapangan tidak bisa dipakai.</translation>
    </message>
    <message>
        <source>Pertanyaan konflik ini tidak dikenal. Data tidak diubah.</source>
        <translation>Pertanyaan konflik ini tidak dikenal. Data tidak diubah.</translation>
    </message>
</context>
<context>
    <name>FieldEnvelopeReader</name>
    <message>
        <source>Berkas ini bukan paket kerja atau berkas hasil kunjungan Tepat.</source>
        <translation>Berkas ini bukan paket kerja atau berkas hasil kunjungan Tepat.</translation>
    </message>
    <message>
        <source>Berkas terpotong (tidak lengkap): penyalinannya belum selesai atau terhenti. Salin lagi berkas aslinya, lalu ulangi.</source>
        <translation>Berkas terpotong (tidak lengkap): penyalinannya belum selesai atau terhenti. Salin lagi berkas aslinya, lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas ini memakai format versi %1; versi Tepat ini hanya mengenal versi %2. Perbarui Tepat, lalu ulangi.</source>
        <translation>Berkas ini memakai format versi %1; versi Tepat ini hanya mengenal versi %2. Perbarui Tepat, lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas ini tidak asli: isinya telah diubah atau tanda tangannya tidak cocok. Minta berkas baru dari pembuatnya.</source>
        <translation>Berkas ini tidak asli: isinya telah diubah atau tanda tangannya tidak cocok. Minta berkas baru dari pembuatnya.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca: %2</source>
        <translation>Berkas %1 tidak bisa dibaca: %2</translation>
    </message>
    <message>
        <source>Berkas ini terlalu besar untuk paket kerja atau berkas hasil Tepat.</source>
        <translation>Berkas ini terlalu besar untuk paket kerja atau berkas hasil Tepat.</translation>
    </message>
</context>
<context>
    <name>FieldKeys</name>
    <message>
        <source>Kunci tanda tangan lapangan yang tersimpan rusak. Pulihkan data dari cadangan.</source>
        <translation>Kunci tanda tangan lapangan yang tersimpan rusak. Pulihkan data dari cadangan.</translation>
    </message>
    <message>
        <source>Kunci desa yang tersimpan rusak. Pulihkan data dari cadangan.</source>
        <translation>Kunci desa yang tersimpan rusak. Pulihkan data dari cadangan.</translation>
    </message>
    <message>
        <source>Berkas data ini milik laptop lapangan; paket kerja hanya dibuat di komputer kantor kelurahan.</source>
        <translation>Berkas data ini milik laptop lapangan; paket kerja hanya dibuat di komputer kantor kelurahan.</translation>
    </message>
</context>
<context>
    <name>FieldSeal</name>
    <message>
        <source>Isi berkas rusak meski tanda tangannya cocok; berkas dibuat dengan salah. Minta berkas baru dari pembuatnya.</source>
        <translation>Isi berkas rusak meski tanda tangannya cocok; berkas dibuat dengan salah. Minta berkas baru dari pembuatnya.</translation>
    </message>
</context>
<context>
    <name>FieldVisits</name>
    <message>
        <source>Keluarga %1 tidak ada dalam paket kerja laptop ini.</source>
        <translation>Keluarga %1 tidak ada dalam paket kerja laptop ini.</translation>
    </message>
    <message>
        <source>Isi tanggal kunjungan (hari ini atau sebelumnya).</source>
        <translation>Isi tanggal kunjungan (hari ini atau sebelumnya).</translation>
    </message>
    <message>
        <source>Isi tanggal meninggal anggota %1 (tidak boleh sesudah hari ini).</source>
        <translation>Isi tanggal meninggal anggota %1 (tidak boleh sesudah hari ini).</translation>
    </message>
    <message>
        <source>Isi ke mana anggota %1 pindah.</source>
        <translation>Isi ke mana anggota %1 pindah.</translation>
    </message>
    <message>
        <source>Tanggal pindah anggota %1 tidak boleh sesudah hari ini.</source>
        <translation>Tanggal pindah anggota %1 tidak boleh sesudah hari ini.</translation>
    </message>
    <message>
        <source>Isi nama anggota baru.</source>
        <translation>Isi nama anggota baru.</translation>
    </message>
    <message>
        <source>Anggota %1 bukan anggota keluarga ini.</source>
        <translation>Anggota %1 bukan anggota keluarga ini.</translation>
    </message>
</context>
<context>
    <name>Geo</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>penerima GPS</source>
        <translation>penerima GPS</translation>
    </message>
    <message>
        <source>lokasi sistem</source>
        <translation>lokasi sistem</translation>
    </message>
    <message>
        <source>berkas log NMEA</source>
        <translation>berkas log NMEA</translation>
    </message>
    <message>
        <source>GPS foto</source>
        <translation>GPS foto</translation>
    </message>
    <message>
        <source>diketik</source>
        <translation>diketik</translation>
    </message>
    <message>
        <source>%1 LS</source>
        <translation>%1 LS</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <source>%1 BB</source>
        <translation>%1 BB</translation>
    </message>
    <message>
        <source>%1 BT</source>
        <translation>%1 BT</translation>
    </message>
    <message>
        <source>data DTSEN</source>
        <translation>data DTSEN</translation>
    </message>
</context>
<context>
    <name>HouseholdDetailView</name>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Penyaluran</translation>
    </message>
</context>
<context>
    <name>HouseholdLocations</name>
    <message>
        <source>Koordinat tidak mungkin: lintang harus -90 sampai 90 dan bujur -180 sampai 180 derajat.</source>
        <translation>Koordinat tidak mungkin: lintang harus -90 sampai 90 dan bujur -180 sampai 180 derajat.</translation>
    </message>
    <message>
        <source>Akurasi harus angka meter yang tidak negatif.</source>
        <translation>Akurasi harus angka meter yang tidak negatif.</translation>
    </message>
    <message>
        <source>Akurasi titik ini tidak diketahui.</source>
        <translation>Akurasi titik ini tidak diketahui.</translation>
    </message>
    <message>
        <source>Akurasi %1 m lebih buruk dari batas %2 m. Sebaiknya rekam ulang di tempat terbuka, jauh dari atap dan dinding tinggi.</source>
        <translation>Akurasi %1 m lebih buruk dari batas %2 m. Sebaiknya rekam ulang di tempat terbuka, jauh dari atap dan dinding tinggi.</translation>
    </message>
    <message>
        <source>Titik ini di luar wilayah Indonesia. Periksa tanda minus (lintang selatan) dan urutan lintang–bujur.</source>
        <translation>Titik ini di luar wilayah Indonesia. Periksa tanda minus (lintang selatan) dan urutan lintang–bujur.</translation>
    </message>
    <message>
        <source>Titik ini %1 dari keluarga terdekat di kelurahan/desa ini (batas %2). Periksa lagi koordinatnya.</source>
        <translation>Titik ini %1 dari keluarga terdekat di kelurahan/desa ini (batas %2). Periksa lagi koordinatnya.</translation>
    </message>
    <message>
        <source>Keluarga belum dipilih.</source>
        <translation>Keluarga belum dipilih.</translation>
    </message>
</context>
<context>
    <name>HouseholdPhotos</name>
    <message>
        <source>Keluarga belum dipilih.</source>
        <translation>Keluarga belum dipilih.</translation>
    </message>
    <message>
        <source>Foto ini tidak ada lagi.</source>
        <translation>Foto ini tidak ada lagi.</translation>
    </message>
    <message>
        <source>Tulis alasan foto ini dilepas dari keluarga.</source>
        <translation>Tulis alasan foto ini dilepas dari keluarga.</translation>
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
    <message>
        <source>Ada teks yang berisi karakter kendali (misalnya NUL); hapus karakter itu dari isian lalu kirim lagi.</source>
        <translation>Ada teks yang berisi karakter kendali (misalnya NUL); hapus karakter itu dari isian lalu kirim lagi.</translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>Folder %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah tercatat di register, tetapi PDF-nya gagal dibuat: %2 Cetak dari register surat.</source>
        <translation>Surat nomor %1 sudah tercatat di register, tetapi PDF-nya gagal dibuat: %2 Cetak dari register surat.</translation>
    </message>
</context>
<context>
    <name>LetterNumber</name>
    <message>
        <source>Pola nomor surat: %1</source>
        <translation>Pola nomor surat: %1</translation>
    </message>
    <message>
        <source>Pola nomor surat harus memuat {nomor} dan {tahun} (nomor urut dimulai lagi dari 1 setiap tahun).</source>
        <translation>Pola nomor surat harus memuat {nomor} dan {tahun} (nomor urut dimulai lagi dari 1 setiap tahun).</translation>
    </message>
    <message>
        <source>Pola nomor surat tidak boleh memuat bagian opsional [[ ]].</source>
        <translation>Pola nomor surat tidak boleh memuat bagian opsional [[ ]].</translation>
    </message>
    <message>
        <source>Kode klasifikasi surat belum diisi.</source>
        <translation>Kode klasifikasi surat belum diisi.</translation>
    </message>
    <message>
        <source>Kode unit pengolah (misalnya Kel.Bangsal) belum diisi.</source>
        <translation>Kode unit pengolah (misalnya Kel.Bangsal) belum diisi.</translation>
    </message>
</context>
<context>
    <name>LetterRegister</name>
    <message>
        <source>Berita acara musyawarah</source>
        <translation>Berita acara musyawarah</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
    </message>
    <message>
        <source>Adendum berita acara</source>
        <translation>Adendum berita acara</translation>
    </message>
    <message>
        <source>Surat harus dibuat oleh seseorang.</source>
        <translation>Surat harus dibuat oleh seseorang.</translation>
    </message>
    <message>
        <source>Tanggal surat belum diisi.</source>
        <translation>Tanggal surat belum diisi.</translation>
    </message>
    <message>
        <source>Nomor surat %1 sudah dipakai surat lain. Periksa pola nomor surat di Pengaturan › Surat &amp; kop (harus memuat {nomor} dan {tahun}).</source>
        <translation>Nomor surat %1 sudah dipakai surat lain. Periksa pola nomor surat di Pengaturan › Surat &amp; kop (harus memuat {nomor} dan {tahun}).</translation>
    </message>
    <message>
        <source>Surat %1 tidak ada di register.</source>
        <translation>Surat %1 tidak ada di register.</translation>
    </message>
    <message>
        <source>Nomor surat %1 tidak ada di register.</source>
        <translation>Nomor surat %1 tidak ada di register.</translation>
    </message>
    <message>
        <source>Berkas ekspor tidak bisa ditulis (disk penuh atau tidak bisa ditulisi?).</source>
        <translation>Berkas ekspor tidak bisa ditulis (disk penuh atau tidak bisa ditulisi?).</translation>
    </message>
    <message>
        <source>Nomor urut</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Nama/perihal</source>
        <translation>Nama/perihal</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Jumlah cetak</source>
        <translation>Jumlah cetak</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Tidak terdaftar</source>
        <translation>Tidak terdaftar</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. Terbitkan surat baru bila masih diperlukan.</source>
        <translation>Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. Terbitkan surat baru bila masih diperlukan.</translation>
    </message>
    <message>
        <source>Tulis alasan pembatalan nomor surat (paling sedikit 5 huruf), misalnya "salah nama, diganti surat baru".</source>
        <translation>Tulis alasan pembatalan nomor surat (paling sedikit 5 huruf), misalnya "salah nama, diganti surat baru".</translation>
    </message>
    <message>
        <source>Pembatalan surat harus dilakukan oleh seseorang.</source>
        <translation>Pembatalan surat harus dilakukan oleh seseorang.</translation>
    </message>
    <message>
        <source>Hanya surat keterangan yang bisa dibatalkan di sini. Berita acara dan SPTJM diperbaiki dengan adendum di halaman Musyawarah.</source>
        <translation>Hanya surat keterangan yang bisa dibatalkan di sini. Berita acara dan SPTJM diperbaiki dengan adendum di halaman Musyawarah.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dibatalkan pada %2.</source>
        <translation>Surat nomor %1 sudah dibatalkan pada %2.</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>berlaku</translation>
    </message>
    <message>
        <source>Status surat</source>
        <translation>Status surat</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>Surat keterangan DTSEN</source>
        <translation>Surat keterangan DTSEN</translation>
    </message>
    <message>
        <source>Rekomendasi reaktivasi PBI-JK</source>
        <translation>Rekomendasi reaktivasi PBI-JK</translation>
    </message>
    <message>
        <source>Status DTSEN</source>
        <translation>Status DTSEN</translation>
    </message>
    <message>
        <source>ID anggota DTSEN</source>
        <translation>ID anggota DTSEN</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.</source>
        <translation>Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut; nomornya tidak dibatalkan lagi.</source>
        <translation>Surat nomor %1 sudah dicabut; nomornya tidak dibatalkan lagi.</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>dicabut</translation>
    </message>
</context>
<context>
    <name>LetterRevocation</name>
    <message>
        <source>Tulis alasan pencabutan surat (paling sedikit %1 huruf), misalnya "salah orang" atau "keadaan keluarga sudah berubah".</source>
        <translation>Tulis alasan pencabutan surat (paling sedikit %1 huruf), misalnya "salah orang" atau "keadaan keluarga sudah berubah".</translation>
    </message>
    <message>
        <source>Surat nomor %1 tidak memiliki kode verifikasi, jadi tidak dicabut di sini. Berita acara dan SPTJM diperbaiki dengan adendum di halaman Musyawarah.</source>
        <translation>Surat nomor %1 tidak memiliki kode verifikasi, jadi tidak dicabut di sini. Berita acara dan SPTJM diperbaiki dengan adendum di halaman Musyawarah.</translation>
    </message>
    <message>
        <source>Nomor surat %1 sudah dibatalkan; tidak ada yang perlu dicabut.</source>
        <translation>Nomor surat %1 sudah dibatalkan; tidak ada yang perlu dicabut.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut pada %2.</source>
        <translation>Surat nomor %1 sudah dicabut pada %2.</translation>
    </message>
    <message>
        <source>Surat nomor %1 belum pernah dicetak. Batalkan saja nomornya.</source>
        <translation>Surat nomor %1 belum pernah dicetak. Batalkan saja nomornya.</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>Pembuka</source>
        <translation>Pembuka</translation>
    </message>
    <message>
        <source>Pernyataan terdaftar</source>
        <translation>Pernyataan terdaftar</translation>
    </message>
    <message>
        <source>Pernyataan tidak terdaftar</source>
        <translation>Pernyataan tidak terdaftar</translation>
    </message>
    <message>
        <source>Keperluan dan masa berlaku</source>
        <translation>Keperluan dan masa berlaku</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Penutup</translation>
    </message>
    <message>
        <source>Templat "%1" kosong.</source>
        <translation>Templat "%1" kosong.</translation>
    </message>
    <message>
        <source>Templat "%1": %2</source>
        <translation>Templat "%1": %2</translation>
    </message>
    <message>
        <source>Nama kelurahan/desa pada kop surat belum diisi.</source>
        <translation>Nama kelurahan/desa pada kop surat belum diisi.</translation>
    </message>
    <message>
        <source>Jabatan penanda tangan belum diisi.</source>
        <translation>Jabatan penanda tangan belum diisi.</translation>
    </message>
    <message>
        <source>Masa berlaku surat harus 1 sampai 24 bulan.</source>
        <translation>Masa berlaku surat harus 1 sampai 24 bulan.</translation>
    </message>
    <message>
        <source>Huruf harus Arial atau Bookman Old Style.</source>
        <translation>Huruf harus Arial atau Bookman Old Style.</translation>
    </message>
    <message>
        <source>NIP penanda tangan</source>
        <translation>NIP penanda tangan</translation>
    </message>
    <message>
        <source>NIP lurah/kepala desa</source>
        <translation>NIP lurah/kepala desa</translation>
    </message>
    <message>
        <source>NIP camat</source>
        <translation>NIP camat</translation>
    </message>
    <message>
        <source>%1 harus 18 angka (boleh dipisah spasi), atau dikosongkan.</source>
        <translation>%1 harus 18 angka (boleh dipisah spasi), atau dikosongkan.</translation>
    </message>
    <message>
        <source>Pembuka rekomendasi PBI-JK</source>
        <translation>Pembuka rekomendasi PBI-JK</translation>
    </message>
    <message>
        <source>Data DTSEN rekomendasi PBI-JK</source>
        <translation>Data DTSEN rekomendasi PBI-JK</translation>
    </message>
    <message>
        <source>Alasan dan rekomendasi PBI-JK</source>
        <translation>Alasan dan rekomendasi PBI-JK</translation>
    </message>
    <message>
        <source>Penutup rekomendasi PBI-JK</source>
        <translation>Penutup rekomendasi PBI-JK</translation>
    </message>
</context>
<context>
    <name>LetterSigner</name>
    <message>
        <source>Pustaka kriptografi (libsodium) tidak bisa dimulai.</source>
        <translation>Pustaka kriptografi (libsodium) tidak bisa dimulai.</translation>
    </message>
    <message>
        <source>Kunci penanda tangan surat hilang.</source>
        <translation>Kunci penanda tangan surat hilang.</translation>
    </message>
    <message>
        <source>Kunci penanda tangan surat rusak. Buat kunci baru di Pengaturan › Surat &amp; kop.</source>
        <translation>Kunci penanda tangan surat rusak. Buat kunci baru di Pengaturan › Surat &amp; kop.</translation>
    </message>
    <message>
        <source>Kode ini bukan kode verifikasi surat Tepat.</source>
        <translation>Kode ini bukan kode verifikasi surat Tepat.</translation>
    </message>
    <message>
        <source>Kode ini ditandatangani dengan kunci yang tidak dikenal di instalasi ini. Keaslian surat tidak bisa dipastikan di sini; tanyakan ke kelurahan/desa yang menerbitkannya.</source>
        <translation>Kode ini ditandatangani dengan kunci yang tidak dikenal di instalasi ini. Keaslian surat tidak bisa dipastikan di sini; tanyakan ke kelurahan/desa yang menerbitkannya.</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik tidak cocok: isi kode ini telah diubah. Surat tidak dapat dianggap asli.</source>
        <translation>Tanda tangan elektronik tidak cocok: isi kode ini telah diubah. Surat tidak dapat dianggap asli.</translation>
    </message>
    <message>
        <source>Nomor surat ada di register, tetapi isinya berbeda dari yang tercatat.</source>
        <translation>Nomor surat ada di register, tetapi isinya berbeda dari yang tercatat.</translation>
    </message>
    <message>
        <source>Surat asli: nomor %1 tanggal %2 atas nama %3, %4.</source>
        <translation>Surat asli: nomor %1 tanggal %2 atas nama %3, %4.</translation>
    </message>
    <message>
        <source>tidak terdaftar</source>
        <translation>tidak terdaftar</translation>
    </message>
    <message>
        <source>Surat nomor %1 TIDAK BERLAKU: nomornya dibatalkan pada %2 (%3). Minta surat yang baru ke kelurahan/desa.</source>
        <translation>Surat nomor %1 TIDAK BERLAKU: nomornya dibatalkan pada %2 (%3). Minta surat yang baru ke kelurahan/desa.</translation>
    </message>
    <message>
        <source>terdaftar dalam DTSEN</source>
        <translation>terdaftar dalam DTSEN</translation>
    </message>
    <message>
        <source>Surat nomor %1 TIDAK BERLAKU: dicabut oleh kelurahan/desa pada %2 (%3).</source>
        <translation>Surat nomor %1 TIDAK BERLAKU: dicabut oleh kelurahan/desa pada %2 (%3).</translation>
    </message>
    <message>
        <source>Kunci baru belum bisa dibuat: kode kelurahan/desa belum ada di data ini. Muat data wilayah (impor atau sinkronisasi) lebih dulu; kunci baru disahkan oleh kunci lama atas nama kode kelurahan/desa itu.</source>
        <translation>Kunci baru belum bisa dibuat: kode kelurahan/desa belum ada di data ini. Muat data wilayah (impor atau sinkronisasi) lebih dulu; kunci baru disahkan oleh kunci lama atas nama kode kelurahan/desa itu.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang disimpan.</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>ID keluarga</source>
        <translation>ID keluarga</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
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
        <source>Jumlah anggota</source>
        <translation>Jumlah anggota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alasan status</source>
        <translation>Alasan status</translation>
    </message>
    <message>
        <source>Tanggal status</source>
        <translation>Tanggal status</translation>
    </message>
    <message>
        <source>Lintang</source>
        <translation>Lintang</translation>
    </message>
    <message>
        <source>Bujur</source>
        <translation>Bujur</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Jenis usulan</source>
        <translation>Jenis usulan</translation>
    </message>
    <message>
        <source>ID anggota</source>
        <translation>ID anggota</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Register surat</source>
        <translation>Register surat</translation>
    </message>
    <message>
        <source>Nomor urut</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Nomor surat</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status DTKS</source>
        <translation>Status DTKS</translation>
    </message>
    <message>
        <source>Nama/perihal</source>
        <translation>Nama/perihal</translation>
    </message>
    <message>
        <source>ID anggota DTKS</source>
        <translation>ID anggota DTKS</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Jumlah cetak</source>
        <translation>Jumlah cetak</translation>
    </message>
    <message>
        <source>Status surat</source>
        <translation>Status surat</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Tidak terdaftar</source>
        <translation>Tidak terdaftar</translation>
    </message>
    <message>
        <source>BNBA</source>
        <translation>BNBA</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Tanggal musyawarah</source>
        <translation>Tanggal musyawarah</translation>
    </message>
    <message>
        <source>Kemungkinan ganda</source>
        <translation>Kemungkinan ganda</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>ID anggota 1</source>
        <translation>ID anggota 1</translation>
    </message>
    <message>
        <source>ID keluarga 1</source>
        <translation>ID keluarga 1</translation>
    </message>
    <message>
        <source>Nama 1</source>
        <translation>Nama 1</translation>
    </message>
    <message>
        <source>NIK 1</source>
        <translation>NIK 1</translation>
    </message>
    <message>
        <source>Tanggal lahir 1</source>
        <translation>Tanggal lahir 1</translation>
    </message>
    <message>
        <source>ID anggota 2</source>
        <translation>ID anggota 2</translation>
    </message>
    <message>
        <source>ID keluarga 2</source>
        <translation>ID keluarga 2</translation>
    </message>
    <message>
        <source>Nama 2</source>
        <translation>Nama 2</translation>
    </message>
    <message>
        <source>NIK 2</source>
        <translation>NIK 2</translation>
    </message>
    <message>
        <source>Tanggal lahir 2</source>
        <translation>Tanggal lahir 2</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>NIK sama</source>
        <translation>NIK sama</translation>
    </message>
    <message>
        <source>NIK beda satu angka</source>
        <translation>NIK beda satu angka</translation>
    </message>
    <message>
        <source>NIK dengan dua angka bertukar</source>
        <translation>NIK dengan dua angka bertukar</translation>
    </message>
    <message>
        <source>NIK berbeda</source>
        <translation>NIK berbeda</translation>
    </message>
    <message>
        <source>NIK kosong di salah satu data</source>
        <translation>NIK kosong di salah satu data</translation>
    </message>
    <message>
        <source>Tanggal lahir sama</source>
        <translation>Tanggal lahir sama</translation>
    </message>
    <message>
        <source>Tanggal dan bulan lahir tertukar</source>
        <translation>Tanggal dan bulan lahir tertukar</translation>
    </message>
    <message>
        <source>Tanggal lahir beda di hari, bulan atau tahun saja</source>
        <translation>Tanggal lahir beda di hari, bulan atau tahun saja</translation>
    </message>
    <message>
        <source>Tanggal lahir berbeda</source>
        <translation>Tanggal lahir berbeda</translation>
    </message>
    <message>
        <source>Tanggal lahir kosong di salah satu data</source>
        <translation>Tanggal lahir kosong di salah satu data</translation>
    </message>
    <message>
        <source>Nama sama (ejaan lama dan singkatan dianggap sama)</source>
        <translation>Nama sama (ejaan lama dan singkatan dianggap sama)</translation>
    </message>
    <message>
        <source>Nama sama, urutan kata berbeda</source>
        <translation>Nama sama, urutan kata berbeda</translation>
    </message>
    <message>
        <source>Nama mirip (beda satu atau dua huruf)</source>
        <translation>Nama mirip (beda satu atau dua huruf)</translation>
    </message>
    <message>
        <source>Hanya sebagian nama yang sama</source>
        <translation>Hanya sebagian nama yang sama</translation>
    </message>
    <message>
        <source>Nama berbeda</source>
        <translation>Nama berbeda</translation>
    </message>
    <message>
        <source>Nama kosong di salah satu data</source>
        <translation>Nama kosong di salah satu data</translation>
    </message>
    <message>
        <source>Jenis kelamin sama</source>
        <translation>Jenis kelamin sama</translation>
    </message>
    <message>
        <source>Jenis kelamin berbeda</source>
        <translation>Jenis kelamin berbeda</translation>
    </message>
    <message>
        <source>Jenis kelamin kosong</source>
        <translation>Jenis kelamin kosong</translation>
    </message>
    <message>
        <source>Dalam keluarga yang sama</source>
        <translation>Dalam keluarga yang sama</translation>
    </message>
    <message>
        <source>Alamat yang sama</source>
        <translation>Alamat yang sama</translation>
    </message>
    <message>
        <source>RT/RW yang sama</source>
        <translation>RT/RW yang sama</translation>
    </message>
    <message>
        <source>Kelurahan/desa yang sama</source>
        <translation>Kelurahan/desa yang sama</translation>
    </message>
    <message>
        <source>Wilayah berbeda</source>
        <translation>Wilayah berbeda</translation>
    </message>
    <message>
        <source>Alamat kosong</source>
        <translation>Alamat kosong</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>NIK beda satu angka di angka terakhir atau kode kecamatan</source>
        <translation>NIK beda satu angka di angka terakhir atau kode kecamatan</translation>
    </message>
    <message>
        <source>Tempat lahir sama</source>
        <translation>Tempat lahir sama</translation>
    </message>
    <message>
        <source>Tempat lahir berbeda</source>
        <translation>Tempat lahir berbeda</translation>
    </message>
    <message>
        <source>Tempat lahir kosong di salah satu data</source>
        <translation>Tempat lahir kosong di salah satu data</translation>
    </message>
    <message>
        <source>Pekerjaan sama</source>
        <translation>Pekerjaan sama</translation>
    </message>
    <message>
        <source>Pekerjaan berbeda</source>
        <translation>Pekerjaan berbeda</translation>
    </message>
    <message>
        <source>Pekerjaan kosong atau mengikuti umur di salah satu data</source>
        <translation>Pekerjaan kosong atau mengikuti umur di salah satu data</translation>
    </message>
    <message>
        <source>Kecamatan yang sama</source>
        <translation>Kecamatan yang sama</translation>
    </message>
</context>
<context>
    <name>MeetingPhotoIntake</name>
    <message>
        <source>Berkas foto terlalu besar (lebih dari %1 MB).</source>
        <translation>Berkas foto terlalu besar (lebih dari %1 MB).</translation>
    </message>
    <message>
        <source>Berkas ini bukan foto yang bisa dibaca (JPEG atau PNG).</source>
        <translation>Berkas ini bukan foto yang bisa dibaca (JPEG atau PNG).</translation>
    </message>
    <message>
        <source>Berkas foto terpotong (tidak lengkap). Salin ulang dari kamera.</source>
        <translation>Berkas foto terpotong (tidak lengkap). Salin ulang dari kamera.</translation>
    </message>
    <message>
        <source>Foto terlalu besar (%1 × %2 piksel).</source>
        <translation>Foto terlalu besar (%1 × %2 piksel).</translation>
    </message>
    <message>
        <source>Foto tidak bisa dibaca: %1</source>
        <translation>Foto tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>Foto tidak bisa disimpan: %1</source>
        <translation>Foto tidak bisa disimpan: %1</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka.</source>
        <translation>Berkas %1 tidak bisa dibuka.</translation>
    </message>
</context>
<context>
    <name>MeetingVocabulary</name>
    <message>
        <source>Musyawarah desa</source>
        <translation>Musyawarah desa</translation>
    </message>
    <message>
        <source>Musyawarah kelurahan</source>
        <translation>Musyawarah kelurahan</translation>
    </message>
    <message>
        <source>SPTJM (pengganti musyawarah)</source>
        <translation>SPTJM (pengganti musyawarah)</translation>
    </message>
    <message>
        <source>Direncanakan</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Final (terkunci)</source>
        <translation>Final (terkunci)</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Ditunda</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>hari ini</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>besok</source>
        <translation>besok</translation>
    </message>
    <message numerus="yes">
        <source>%n hari yang lalu</source>
        <translation><numerusform>%n hari yang lalu</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hari lagi</source>
        <translation><numerusform>%n hari lagi</numerusform></translation>
    </message>
    <message>
        <source>Batas usulan bulan ini (%1) sudah lewat: usulan ini masuk periode berikutnya, batas %2.</source>
        <translation>Batas usulan bulan ini (%1) sudah lewat: usulan ini masuk periode berikutnya, batas %2.</translation>
    </message>
    <message>
        <source>Batas usulan bulan ini %1 (%2): putuskan dalam musyawarah dan kirim sebelum itu, atau usulan masuk periode berikutnya.</source>
        <translation>Batas usulan bulan ini %1 (%2): putuskan dalam musyawarah dan kirim sebelum itu, atau usulan masuk periode berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>Batas usulan %1 (%2), masih ada %n usulan yang belum terkirim: putuskan dalam musyawarah dan kirim sebelum batas, atau usulan itu masuk periode berikutnya.</source>
        <translation><numerusform>Batas usulan %1 (%2), masih ada %n usulan yang belum terkirim: putuskan dalam musyawarah dan kirim sebelum batas, atau usulan itu masuk periode berikutnya.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Batas usulan bulan ini (%1) sudah lewat; %n usulan yang belum terkirim masuk periode berikutnya (batas %2).</source>
        <translation><numerusform>Batas usulan bulan ini (%1) sudah lewat; %n usulan yang belum terkirim masuk periode berikutnya (batas %2).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Musyawarah berikutnya paling lambat %1 (%2; aturan: sekali dalam %n bulan). Rencanakan sekarang di halaman Musyawarah.</source>
        <translation><numerusform>Musyawarah berikutnya paling lambat %1 (%2; aturan: sekali dalam %n bulan). Rencanakan sekarang di halaman Musyawarah.</numerusform></translation>
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
    <name>NmeaReplay</name>
    <message>
        <source>Berkas log NMEA lebih dari %1 MB. Potong bagian saat di rumah keluarga ini saja, lalu ulangi.</source>
        <translation>Berkas log NMEA lebih dari %1 MB. Potong bagian saat di rumah keluarga ini saja, lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas ini bukan log NMEA yang terbaca (tidak ada kalimat $GPGGA/$GPRMC dengan checksum benar).</source>
        <translation>Berkas ini bukan log NMEA yang terbaca (tidak ada kalimat $GPGGA/$GPRMC dengan checksum benar).</translation>
    </message>
    <message>
        <source>Log NMEA tidak berisi posisi: penerima GPS belum mendapat sinyal satelit saat merekam. Rekam lagi di tempat terbuka.</source>
        <translation>Log NMEA tidak berisi posisi: penerima GPS belum mendapat sinyal satelit saat merekam. Rekam lagi di tempat terbuka.</translation>
    </message>
    <message>
        <source>Berkas log NMEA %1 tidak bisa dibaca: %2</source>
        <translation>Berkas log NMEA %1 tidak bisa dibaca: %2</translation>
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
    <name>PaperInfo</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>F4/Folio (210 × 330 mm)</source>
        <translation>F4/Folio (210 × 330 mm)</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>Kata sandi tidak bisa diamankan: memori komputer tidak cukup. Tutup aplikasi lain, lalu ulangi.</source>
        <translation>Kata sandi tidak bisa diamankan: memori komputer tidak cukup. Tutup aplikasi lain, lalu ulangi.</translation>
    </message>
</context>
<context>
    <name>PhotoNormalizer</name>
    <message>
        <source>Berkas tidak ada.</source>
        <translation>Berkas tidak ada.</translation>
    </message>
    <message>
        <source>Ini folder, bukan berkas foto.</source>
        <translation>Ini folder, bukan berkas foto.</translation>
    </message>
    <message>
        <source>Berkas %1 MB, melebihi batas %2 MB untuk satu foto. Pilih foto aslinya dari kamera atau ponsel, bukan video atau arsip.</source>
        <translation>Berkas %1 MB, melebihi batas %2 MB untuk satu foto. Pilih foto aslinya dari kamera atau ponsel, bukan video atau arsip.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibaca: %1</source>
        <translation>Berkas tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>Berkas melebihi batas %1 MB untuk satu foto.</source>
        <translation>Berkas melebihi batas %1 MB untuk satu foto.</translation>
    </message>
    <message>
        <source>Foto tidak bisa disimpan ulang sebagai JPEG (memori tidak cukup?).</source>
        <translation>Foto tidak bisa disimpan ulang sebagai JPEG (memori tidak cukup?).</translation>
    </message>
    <message>
        <source>Gambar kecil foto tidak bisa dibuat.</source>
        <translation>Gambar kecil foto tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Berkas kosong, bukan foto.</source>
        <translation>Berkas kosong, bukan foto.</translation>
    </message>
    <message>
        <source>Foto HEIC/HEIF belum bisa dibaca. Simpan sebagai JPEG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel), lalu ulangi.</source>
        <translation>Foto HEIC/HEIF belum bisa dibaca. Simpan sebagai JPEG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel), lalu ulangi.</translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar yang dikenali. Pilih foto JPEG atau PNG.</source>
        <translation>Berkas ini bukan gambar yang dikenali. Pilih foto JPEG atau PNG.</translation>
    </message>
    <message>
        <source>Format %1 tidak dipakai untuk foto rumah. Pilih foto JPEG atau PNG.</source>
        <translation>Format %1 tidak dipakai untuk foto rumah. Pilih foto JPEG atau PNG.</translation>
    </message>
    <message>
        <source>Foto terpotong (berkas tidak utuh, mungkin salinan dari kartu memori terputus). Salin ulang dari kamera atau ponsel.</source>
        <translation>Foto terpotong (berkas tidak utuh, mungkin salinan dari kartu memori terputus). Salin ulang dari kamera atau ponsel.</translation>
    </message>
    <message>
        <source>Foto rusak: ukuran gambarnya tidak terbaca.</source>
        <translation>Foto rusak: ukuran gambarnya tidak terbaca.</translation>
    </message>
    <message>
        <source>Gambar %1 × %2 piksel (%3 megapiksel) melebihi batas %4 megapiksel; berkas seperti ini bisa menghabiskan memori dan ditolak.</source>
        <translation>Gambar %1 × %2 piksel (%3 megapiksel) melebihi batas %4 megapiksel; berkas seperti ini bisa menghabiskan memori dan ditolak.</translation>
    </message>
    <message>
        <source>Foto rusak dan tidak bisa dibaca (%1).</source>
        <translation>Foto rusak dan tidak bisa dibaca (%1).</translation>
    </message>
</context>
<context>
    <name>PhotoViews</name>
    <message>
        <source>Depan</source>
        <translation>Depan</translation>
    </message>
    <message>
        <source>Samping</source>
        <translation>Samping</translation>
    </message>
    <message>
        <source>Belakang</source>
        <translation>Belakang</translation>
    </message>
    <message>
        <source>Dalam rumah</source>
        <translation>Dalam rumah</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Dokumen PDF yang tersimpan tidak bisa dibaca untuk dicetak.</source>
        <translation>Dokumen PDF yang tersimpan tidak bisa dibaca untuk dicetak.</translation>
    </message>
    <message>
        <source>Pencetak tidak bisa dipakai. Periksa pencetak lalu coba lagi.</source>
        <translation>Pencetak tidak bisa dipakai. Periksa pencetak lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEligibility</name>
    <message>
        <source>PKH untuk desil 1–4 (Permensos 3/2025)</source>
        <translation>PKH untuk desil 1–4 (Permensos 3/2025)</translation>
    </message>
    <message>
        <source>BPNT/Sembako untuk desil 1–5 (Permensos 3/2025)</source>
        <translation>BPNT/Sembako untuk desil 1–5 (Permensos 3/2025)</translation>
    </message>
    <message>
        <source>PBI-JK untuk desil 1–5; desil 6–10 dinonaktifkan (SK Mensos 03/HUK/2026)</source>
        <translation>PBI-JK untuk desil 1–5; desil 6–10 dinonaktifkan (SK Mensos 03/HUK/2026)</translation>
    </message>
    <message>
        <source>%1 tidak diatur menurut desil.</source>
        <translation>%1 tidak diatur menurut desil.</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya desil dari BPS; kesesuaian %1 belum bisa dinilai (aturan: %2).</source>
        <translation>Keluarga ini belum punya desil dari BPS; kesesuaian %1 belum bisa dinilai (aturan: %2).</translation>
    </message>
    <message>
        <source>Sesuai: %1 (aturan: %2).</source>
        <translation>Sesuai: %1 (aturan: %2).</translation>
    </message>
    <message>
        <source>PKH ditangguhkan sampai ada pengecekan lapangan: %1 (aturan: %2).</source>
        <translation>PKH ditangguhkan sampai ada pengecekan lapangan: %1 (aturan: %2).</translation>
    </message>
    <message>
        <source>PBI-JK dinonaktifkan untuk %1 (aturan: %2). Pengaktifan kembali dengan surat rekomendasi reaktivasi dari kelurahan/desa.</source>
        <translation>PBI-JK dinonaktifkan untuk %1 (aturan: %2). Pengaktifan kembali dengan surat rekomendasi reaktivasi dari kelurahan/desa.</translation>
    </message>
    <message>
        <source>Tidak sesuai: %1 (aturan: %2).</source>
        <translation>Tidak sesuai: %1 (aturan: %2).</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ProposalImport</name>
    <message>
        <source>Tanggal tidak terbaca; tulis sebagai tanggal (mis. 23/11/2026).</source>
        <translation>Tanggal tidak terbaca; tulis sebagai tanggal (mis. 23/11/2026).</translation>
    </message>
    <message>
        <source>Isinya berupa angka (%1), bukan teks: Excel membuang digit terakhirnya. Format kolom %2 sebagai Teks dan ketik ulang.</source>
        <translation>Isinya berupa angka (%1), bukan teks: Excel membuang digit terakhirnya. Format kolom %2 sebagai Teks dan ketik ulang.</translation>
    </message>
    <message>
        <source>Tanggal "%1" tidak terbaca; tulis sebagai tanggal (mis. 23/11/2026).</source>
        <translation>Tanggal "%1" tidak terbaca; tulis sebagai tanggal (mis. 23/11/2026).</translation>
    </message>
    <message>
        <source>Kode "%1" tidak dikenal; pilih dari daftar: %2.</source>
        <translation>Kode "%1" tidak dikenal; pilih dari daftar: %2.</translation>
    </message>
    <message>
        <source>Tidak ada anggota dengan NIK ini di data.</source>
        <translation>Tidak ada anggota dengan NIK ini di data.</translation>
    </message>
    <message numerus="yes">
        <source>%n baris ditolak; tidak ada usulan yang dibuat. Perbaiki baris itu di buku kerja, lalu impor lagi.</source>
        <translation><numerusform>%n baris ditolak; tidak ada usulan yang dibuat. Perbaiki baris itu di buku kerja, lalu impor lagi.</numerusform></translation>
    </message>
    <message>
        <source>Lembar %1 baris %2: %3</source>
        <translation>Lembar %1 baris %2: %3</translation>
    </message>
    <message>
        <source>Pembuatan draf dihentikan; tidak ada usulan yang dibuat.</source>
        <translation>Pembuatan draf dihentikan; tidak ada usulan yang dibuat.</translation>
    </message>
    <message>
        <source>Sama dengan lembar %1 baris %2; usulan yang sama cukup satu kali. Hapus salah satunya.</source>
        <translation>Sama dengan lembar %1 baris %2; usulan yang sama cukup satu kali. Hapus salah satunya.</translation>
    </message>
</context>
<context>
    <name>ProposalLayout</name>
    <message>
        <source>Usulan program</source>
        <translation>Usulan program</translation>
    </message>
    <message>
        <source>Anggota baru</source>
        <translation>Anggota baru</translation>
    </message>
    <message>
        <source>Penghapusan</source>
        <translation>Penghapusan</translation>
    </message>
</context>
<context>
    <name>ProposalQuestionnaire</name>
    <message>
        <source>Kuesioner dilampirkan pada usulan keluarga baru; usulan ini bukan usulan keluarga baru.</source>
        <translation>Kuesioner dilampirkan pada usulan keluarga baru; usulan ini bukan usulan keluarga baru.</translation>
    </message>
    <message>
        <source>Usulan ini sudah berstatus "%1"; jawaban kuesionernya tidak bisa diubah lagi.</source>
        <translation>Usulan ini sudah berstatus "%1"; jawaban kuesionernya tidak bisa diubah lagi.</translation>
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
    <name>QrCode</name>
    <message>
        <source>Kode QR tidak bisa dibuat (isi terlalu panjang: %1 bita).</source>
        <translation>Kode QR tidak bisa dibuat (isi terlalu panjang: %1 bita).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCatalog</name>
    <message>
        <source>Definisi kuesioner %1 tidak bisa dibaca.</source>
        <translation>Definisi kuesioner %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Kuesioner %1 versi %2 sudah ada.</source>
        <translation>Kuesioner %1 versi %2 sudah ada.</translation>
    </message>
    <message>
        <source>Jawaban ini memakai kuesioner %1 versi %2 yang belum dikenal aplikasi ini. Perbarui Tepat agar jawabannya bisa ditampilkan.</source>
        <translation>Jawaban ini memakai kuesioner %1 versi %2 yang belum dikenal aplikasi ini. Perbarui Tepat agar jawabannya bisa ditampilkan.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDefinition</name>
    <message>
        <source>teks bahasa Indonesia ("id") kosong</source>
        <translation>teks bahasa Indonesia ("id") kosong</translation>
    </message>
    <message>
        <source>pertanyaan pilihan tanpa kode jawaban</source>
        <translation>pertanyaan pilihan tanpa kode jawaban</translation>
    </message>
    <message>
        <source>kode jawaban "%1" kosong atau ganda</source>
        <translation>kode jawaban "%1" kosong atau ganda</translation>
    </message>
    <message>
        <source>rentang harus berisi angka "min" dan "max" dengan min ≤ max</source>
        <translation>rentang harus berisi angka "min" dan "max" dengan min ≤ max</translation>
    </message>
    <message>
        <source>"%1" tanpa syarat</source>
        <translation>"%1" tanpa syarat</translation>
    </message>
    <message>
        <source>"%1" harus berupa angka</source>
        <translation>"%1" harus berupa angka</translation>
    </message>
    <message>
        <source>syarat konteks tanpa perbandingan angka</source>
        <translation>syarat konteks tanpa perbandingan angka</translation>
    </message>
    <message>
        <source>syarat tanpa "question", "context", "all" atau "any"</source>
        <translation>syarat tanpa "question", "context", "all" atau "any"</translation>
    </message>
    <message>
        <source>syarat menyebut pertanyaan "%1" yang tidak ada sebelumnya</source>
        <translation>syarat menyebut pertanyaan "%1" yang tidak ada sebelumnya</translation>
    </message>
    <message>
        <source>daftar "%1" kosong</source>
        <translation>daftar "%1" kosong</translation>
    </message>
    <message>
        <source>kode "%1" bukan jawaban pertanyaan "%2"</source>
        <translation>kode "%1" bukan jawaban pertanyaan "%2"</translation>
    </message>
    <message>
        <source>syarat atas "%1" tanpa "in", "not_in", "answered" atau perbandingan</source>
        <translation>syarat atas "%1" tanpa "in", "not_in", "answered" atau perbandingan</translation>
    </message>
    <message>
        <source>id pertanyaan "%1" harus huruf kecil, angka dan _</source>
        <translation>id pertanyaan "%1" harus huruf kecil, angka dan _</translation>
    </message>
    <message>
        <source>kumpulan jawaban "%1" tidak ada</source>
        <translation>kumpulan jawaban "%1" tidak ada</translation>
    </message>
    <message>
        <source>pertanyaan angka tanpa rentang "range"</source>
        <translation>pertanyaan angka tanpa rentang "range"</translation>
    </message>
    <message>
        <source>pola "%1" tidak sah</source>
        <translation>pola "%1" tidak sah</translation>
    </message>
    <message>
        <source>jenis pertanyaan "%1" tidak dikenal (choice, number, text)</source>
        <translation>jenis pertanyaan "%1" tidak dikenal (choice, number, text)</translation>
    </message>
    <message>
        <source>Definisi kuesioner tidak sah (%1). Pasang ulang Tepat atau hubungi pengelola aplikasi.</source>
        <translation>Definisi kuesioner tidak sah (%1). Pasang ulang Tepat atau hubungi pengelola aplikasi.</translation>
    </message>
    <message>
        <source>bukan JSON yang utuh di posisi %1</source>
        <translation>bukan JSON yang utuh di posisi %1</translation>
    </message>
    <message>
        <source>format %1 tidak dikenal</source>
        <translation>format %1 tidak dikenal</translation>
    </message>
    <message>
        <source>id atau versi kosong</source>
        <translation>id atau versi kosong</translation>
    </message>
    <message>
        <source>tanpa blok</source>
        <translation>tanpa blok</translation>
    </message>
    <message>
        <source>id blok "%1" kosong atau ganda</source>
        <translation>id blok "%1" kosong atau ganda</translation>
    </message>
    <message>
        <source>%1: cakupan "%2" tidak dikenal (household, person)</source>
        <translation>%1: cakupan "%2" tidak dikenal (household, person)</translation>
    </message>
    <message>
        <source>%1: blok tanpa pertanyaan</source>
        <translation>%1: blok tanpa pertanyaan</translation>
    </message>
    <message>
        <source>%1: id "%2" ganda</source>
        <translation>%1: id "%2" ganda</translation>
    </message>
    <message>
        <source>%1: pemeriksaan perlu id, "when" dan "field" yang ada</source>
        <translation>%1: pemeriksaan perlu id, "when" dan "field" yang ada</translation>
    </message>
</context>
<context>
    <name>QuestionnaireMerge</name>
    <message>
        <source>Berkas hasil berisi jawaban kuesioner yang tidak lengkap. Buat berkas hasil baru di laptop.</source>
        <translation>Berkas hasil berisi jawaban kuesioner yang tidak lengkap. Buat berkas hasil baru di laptop.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireResponses</name>
    <message>
        <source>Jawaban kuesioner tanpa versi definisi tidak bisa disimpan.</source>
        <translation>Jawaban kuesioner tanpa versi definisi tidak bisa disimpan.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRules</name>
    <message>
        <source>"%1" belum dijawab. Pilih atau isi jawabannya.</source>
        <translation>"%1" belum dijawab. Pilih atau isi jawabannya.</translation>
    </message>
    <message>
        <source>Kode %1 bukan jawaban "%2". Pilih salah satu jawaban yang ada.</source>
        <translation>Kode %1 bukan jawaban "%2". Pilih salah satu jawaban yang ada.</translation>
    </message>
    <message>
        <source>Jawaban "%1" harus berupa angka.</source>
        <translation>Jawaban "%1" harus berupa angka.</translation>
    </message>
    <message>
        <source>Jawaban "%1" harus bilangan bulat.</source>
        <translation>Jawaban "%1" harus bilangan bulat.</translation>
    </message>
    <message>
        <source>Jawaban "%1" paling banyak %2 angka di belakang koma.</source>
        <translation>Jawaban "%1" paling banyak %2 angka di belakang koma.</translation>
    </message>
    <message>
        <source>"%1" harus antara %2 dan %3 %4; yang diisi %5.</source>
        <translation>"%1" harus antara %2 dan %3 %4; yang diisi %5.</translation>
    </message>
    <message>
        <source>"%1" = %2 %3 tidak biasa (umumnya %4–%5). Periksa lagi; bila benar, lanjutkan.</source>
        <translation>"%1" = %2 %3 tidak biasa (umumnya %4–%5). Periksa lagi; bila benar, lanjutkan.</translation>
    </message>
    <message>
        <source>Jawaban "%1" paling panjang %2 karakter.</source>
        <translation>Jawaban "%1" paling panjang %2 karakter.</translation>
    </message>
    <message>
        <source>Jawaban "%1" tidak sesuai bentuknya. Periksa lagi.</source>
        <translation>Jawaban "%1" tidak sesuai bentuknya. Periksa lagi.</translation>
    </message>
    <message>
        <source>Jawaban ini untuk kuesioner %1 versi %2, bukan versi %3.</source>
        <translation>Jawaban ini untuk kuesioner %1 versi %2, bukan versi %3.</translation>
    </message>
</context>
<context>
    <name>ReactivationForm</name>
    <message>
        <source>Sakit dan sedang menjalani perawatan</source>
        <translation>Sakit dan sedang menjalani perawatan</translation>
    </message>
    <message>
        <source>Penyakit kronis yang perlu pengobatan rutin</source>
        <translation>Penyakit kronis yang perlu pengobatan rutin</translation>
    </message>
    <message>
        <source>Miskin atau rentan miskin</source>
        <translation>Miskin atau rentan miskin</translation>
    </message>
    <message>
        <source>Penyandang disabilitas</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Lanjut usia tanpa penghasilan</source>
        <translation>Lanjut usia tanpa penghasilan</translation>
    </message>
</context>
<context>
    <name>ReactivationService</name>
    <message>
        <source>Surat rekomendasi reaktivasi PBI-JK hanya untuk warga yang ada dalam data DTSEN. Cari warganya lewat pencarian.</source>
        <translation>Surat rekomendasi reaktivasi PBI-JK hanya untuk warga yang ada dalam data DTSEN. Cari warganya lewat pencarian.</translation>
    </message>
    <message>
        <source>%1 tidak aktif dalam data DTSEN (%2); rekomendasi reaktivasi tidak dapat dibuat.</source>
        <translation>%1 tidak aktif dalam data DTSEN (%2); rekomendasi reaktivasi tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu alasan reaktivasi (misalnya sakit dan sedang dirawat).</source>
        <translation>Pilih paling sedikit satu alasan reaktivasi (misalnya sakit dan sedang dirawat).</translation>
    </message>
    <message>
        <source>Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</source>
        <translation>Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>Ketua RT/RW</source>
        <translation>Ketua RT/RW</translation>
    </message>
    <message>
        <source>Ketua RW %1</source>
        <translation>Ketua RW %1</translation>
    </message>
    <message>
        <source>Ketua RT %1</source>
        <translation>Ketua RT %1</translation>
    </message>
    <message>
        <source>Ketua RT %1/RW %2</source>
        <translation>Ketua RT %1/RW %2</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>Diusulkan oleh: %1</source>
        <translation>Diusulkan oleh: %1</translation>
    </message>
    <message>
        <source>Diusulkan oleh: %1; melalui %2 %3</source>
        <translation>Diusulkan oleh: %1; melalui %2 %3</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul anggota keluarga yang diusulkan</source>
        <translation>ketua RT/RW pengusul anggota keluarga yang diusulkan</translation>
    </message>
    <message>
        <source>pengusul anggota keluarga yang diusulkan</source>
        <translation>pengusul anggota keluarga yang diusulkan</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul satu KK</source>
        <translation>ketua RT/RW pengusul satu KK</translation>
    </message>
    <message>
        <source>pengusul satu KK</source>
        <translation>pengusul satu KK</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul satu alamat</source>
        <translation>ketua RT/RW pengusul satu alamat</translation>
    </message>
    <message>
        <source>pengusul satu alamat</source>
        <translation>pengusul satu alamat</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul kemungkinan sama dengan anggota keluarga %1 (skor %2)</source>
        <translation>ketua RT/RW pengusul kemungkinan sama dengan anggota keluarga %1 (skor %2)</translation>
    </message>
    <message>
        <source>pengusul kemungkinan sama dengan anggota keluarga %1 (skor %2)</source>
        <translation>pengusul kemungkinan sama dengan anggota keluarga %1 (skor %2)</translation>
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
    <message>
        <source>data penyaluran bantuan tidak lengkap atau tidak dikenal</source>
        <translation>data penyaluran bantuan tidak lengkap atau tidak dikenal</translation>
    </message>
</context>
<context>
    <name>RequestChannels</name>
    <message>
        <source>Loket kelurahan/desa</source>
        <translation>Loket kelurahan/desa</translation>
    </message>
    <message>
        <source>Kunjungan lapangan</source>
        <translation>Kunjungan lapangan</translation>
    </message>
    <message>
        <source>Musyawarah desa/kelurahan</source>
        <translation>Musyawarah desa/kelurahan</translation>
    </message>
    <message>
        <source>Cek Bansos: usul</source>
        <translation>Cek Bansos: usul</translation>
    </message>
    <message>
        <source>Cek Bansos: sanggah</source>
        <translation>Cek Bansos: sanggah</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
    </message>
    <message>
        <source>Berita acara musyawarah</source>
        <translation>Berita acara musyawarah</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 No. %2</translation>
    </message>
</context>
<context>
    <name>RequestConflicts</name>
    <message>
        <source>Usulan #%1 (%2) dan #%3 (%4) sama-sama mengeluarkan %5 dari data; keduanya tidak bisa dijalankan. Keluarkan salah satu dari agenda, atau tolak salah satu dalam musyawarah.</source>
        <translation>Usulan #%1 (%2) dan #%3 (%4) sama-sama mengeluarkan %5 dari data; keduanya tidak bisa dijalankan. Keluarkan salah satu dari agenda, atau tolak salah satu dalam musyawarah.</translation>
    </message>
    <message>
        <source>Usulan #%1 (%2) memperbaiki data %3, padahal usulan #%4 (%5) mengeluarkannya dari data. Keluarkan salah satu dari agenda, atau tolak salah satu dalam musyawarah.</source>
        <translation>Usulan #%1 (%2) memperbaiki data %3, padahal usulan #%4 (%5) mengeluarkannya dari data. Keluarkan salah satu dari agenda, atau tolak salah satu dalam musyawarah.</translation>
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
    <message>
        <source>ID anggota baru %1 harus diawali ID keluarganya (%2) dan hanya berisi huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>ID anggota baru %1 harus diawali ID keluarganya (%2) dan hanya berisi huruf, angka, titik, garis bawah atau tanda hubung.</translation>
    </message>
    <message>
        <source>ID anggota %1 sudah dipakai dalam data server; anggota baru perlu ID yang belum ada.</source>
        <translation>ID anggota %1 sudah dipakai dalam data server; anggota baru perlu ID yang belum ada.</translation>
    </message>
    <message>
        <source>Usulan ini baru saja diputuskan oleh orang lain; muat ulang daftarnya.</source>
        <translation>Usulan ini baru saja diputuskan oleh orang lain; muat ulang daftarnya.</translation>
    </message>
    <message>
        <source>Hasil verifikasi harus membawa data kunjungannya (visit).</source>
        <translation>Hasil verifikasi harus membawa data kunjungannya (visit).</translation>
    </message>
    <message>
        <source>Hasil verifikasi tidak mengusulkan perubahan: person_id dan payload harus kosong. Perubahan dikirim sebagai usulan.</source>
        <translation>Hasil verifikasi tidak mengusulkan perubahan: person_id dan payload harus kosong. Perubahan dikirim sebagai usulan.</translation>
    </message>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Hasil verifikasi</translation>
    </message>
    <message>
        <source>Hasil verifikasi kunjungan tidak disahkan: tidak ada perubahan data yang perlu pengesahan.</source>
        <translation>Hasil verifikasi kunjungan tidak disahkan: tidak ada perubahan data yang perlu pengesahan.</translation>
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
    <name>RequestSubject</name>
    <message>
        <source>seluruh keluarga</source>
        <translation>seluruh keluarga</translation>
    </message>
    <message numerus="yes">
        <source>calon kepala keluarga, %n orang</source>
        <translation><numerusform>calon kepala keluarga, %n orang</numerusform></translation>
    </message>
    <message>
        <source>anggota baru</source>
        <translation>anggota baru</translation>
    </message>
    <message>
        <source>disebut warga, belum dicocokkan</source>
        <translation>disebut warga, belum dicocokkan</translation>
    </message>
    <message numerus="yes">
        <source>seluruh keluarga pindah, %n orang</source>
        <translation><numerusform>seluruh keluarga pindah, %n orang</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n anggota pindah</source>
        <translation><numerusform>%n anggota pindah</numerusform></translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(tanpa nama)</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Wajib diisi.</source>
        <translation>Wajib diisi.</translation>
    </message>
    <message>
        <source>Paling panjang 200 huruf.</source>
        <translation>Paling panjang 200 huruf.</translation>
    </message>
    <message>
        <source>Pilih laki-laki atau perempuan.</source>
        <translation>Pilih laki-laki atau perempuan.</translation>
    </message>
    <message>
        <source>Tanggal lahir wajib diisi.</source>
        <translation>Tanggal lahir wajib diisi.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak boleh sesudah hari ini.</source>
        <translation>Tanggal lahir tidak boleh sesudah hari ini.</translation>
    </message>
    <message>
        <source>Umur lebih dari 120 tahun; periksa tahun lahir.</source>
        <translation>Umur lebih dari 120 tahun; periksa tahun lahir.</translation>
    </message>
    <message>
        <source>Pilih hubungan dengan kepala keluarga.</source>
        <translation>Pilih hubungan dengan kepala keluarga.</translation>
    </message>
    <message>
        <source>Status perkawinan tidak dikenal.</source>
        <translation>Status perkawinan tidak dikenal.</translation>
    </message>
    <message>
        <source>Jenis disabilitas tidak dikenal.</source>
        <translation>Jenis disabilitas tidak dikenal.</translation>
    </message>
    <message>
        <source>RT harus angka 1–999.</source>
        <translation>RT harus angka 1–999.</translation>
    </message>
    <message>
        <source>RW harus angka 1–999.</source>
        <translation>RW harus angka 1–999.</translation>
    </message>
    <message>
        <source>NIK kosong. Boleh untuk bayi yang belum tercatat di Dukcapil, tetapi usulan tanpa NIK sering ditolak; isi bila sudah ada.</source>
        <translation>NIK kosong. Boleh untuk bayi yang belum tercatat di Dukcapil, tetapi usulan tanpa NIK sering ditolak; isi bila sudah ada.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama %1 (ID %2). NIK yang sama tidak boleh dua kali.</source>
        <translation>NIK ini sudah terdaftar atas nama %1 (ID %2). NIK yang sama tidak boleh dua kali.</translation>
    </message>
    <message>
        <source>Pilih keluarga yang dimaksud.</source>
        <translation>Pilih keluarga yang dimaksud.</translation>
    </message>
    <message>
        <source>Keluarga ini berstatus "%1"; usulan hanya untuk keluarga aktif.</source>
        <translation>Keluarga ini berstatus "%1"; usulan hanya untuk keluarga aktif.</translation>
    </message>
    <message>
        <source>Isi minimal satu anggota keluarga.</source>
        <translation>Isi minimal satu anggota keluarga.</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai anggota lain dalam usulan yang sama.</source>
        <translation>NIK ini sudah dipakai anggota lain dalam usulan yang sama.</translation>
    </message>
    <message>
        <source>Keluarga harus punya tepat satu kepala keluarga (sekarang %1).</source>
        <translation>Keluarga harus punya tepat satu kepala keluarga (sekarang %1).</translation>
    </message>
    <message>
        <source>Tulis alasan keluarga ini diusulkan.</source>
        <translation>Tulis alasan keluarga ini diusulkan.</translation>
    </message>
    <message>
        <source>Foto rumah tampak depan (atap sampai lantai) wajib untuk usulan keluarga baru.</source>
        <translation>Foto rumah tampak depan (atap sampai lantai) wajib untuk usulan keluarga baru.</translation>
    </message>
    <message>
        <source>Keluarga ini sudah punya kepala keluarga (%1). Untuk mengganti kepala keluarga, ajukan perbaikan data.</source>
        <translation>Keluarga ini sudah punya kepala keluarga (%1). Untuk mengganti kepala keluarga, ajukan perbaikan data.</translation>
    </message>
    <message>
        <source>Tulis alasan penambahan (lahir, menikah, pindah masuk, …).</source>
        <translation>Tulis alasan penambahan (lahir, menikah, pindah masuk, …).</translation>
    </message>
    <message>
        <source>Belum ada data yang diperbaiki.</source>
        <translation>Belum ada data yang diperbaiki.</translation>
    </message>
    <message>
        <source>Data "%1" tidak bisa diperbaiki di sini.</source>
        <translation>Data "%1" tidak bisa diperbaiki di sini.</translation>
    </message>
    <message>
        <source>Nilai baru sama dengan nilai lama.</source>
        <translation>Nilai baru sama dengan nilai lama.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama %1 (ID %2).</source>
        <translation>NIK ini sudah terdaftar atas nama %1 (ID %2).</translation>
    </message>
    <message>
        <source>Nilai lama "%1" sudah tidak sama dengan data sekarang ("%2").</source>
        <translation>Nilai lama "%1" sudah tidak sama dengan data sekarang ("%2").</translation>
    </message>
    <message>
        <source>Pilih programnya.</source>
        <translation>Pilih programnya.</translation>
    </message>
    <message>
        <source>Sudah menerima %1.</source>
        <translation>Sudah menerima %1.</translation>
    </message>
    <message>
        <source>%1 untuk desil %2 tidak sesuai aturan DTSEN (PKH desil 1–4; BPNT dan PBI-JK desil 1–5).</source>
        <translation>%1 untuk desil %2 tidak sesuai aturan DTSEN (PKH desil 1–4; BPNT dan PBI-JK desil 1–5).</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya desil; kelayakan program belum bisa dinilai.</source>
        <translation>Keluarga ini belum punya desil; kelayakan program belum bisa dinilai.</translation>
    </message>
    <message>
        <source>Tulis alasan usulan.</source>
        <translation>Tulis alasan usulan.</translation>
    </message>
    <message>
        <source>Pilih alasan penghapusan.</source>
        <translation>Pilih alasan penghapusan.</translation>
    </message>
    <message>
        <source>%1 sudah berstatus "%2".</source>
        <translation>%1 sudah berstatus "%2".</translation>
    </message>
    <message>
        <source>Tanggal meninggal wajib diisi.</source>
        <translation>Tanggal meninggal wajib diisi.</translation>
    </message>
    <message>
        <source>Tanggal tidak sah.</source>
        <translation>Tanggal tidak sah.</translation>
    </message>
    <message>
        <source>Tanggal tidak boleh sesudah hari ini.</source>
        <translation>Tanggal tidak boleh sesudah hari ini.</translation>
    </message>
    <message>
        <source>Untuk alasan meninggal, pilih anggota keluarga yang meninggal.</source>
        <translation>Untuk alasan meninggal, pilih anggota keluarga yang meninggal.</translation>
    </message>
    <message>
        <source>Pilih data lain yang merupakan orang/keluarga yang sama.</source>
        <translation>Pilih data lain yang merupakan orang/keluarga yang sama.</translation>
    </message>
    <message>
        <source>Data ganda harus menunjuk data lain, bukan dirinya sendiri.</source>
        <translation>Data ganda harus menunjuk data lain, bukan dirinya sendiri.</translation>
    </message>
    <message>
        <source>Data %1 tidak ada dalam data.</source>
        <translation>Data %1 tidak ada dalam data.</translation>
    </message>
    <message>
        <source>Pilih kelurahan/desa tujuan dari daftar wilayah.</source>
        <translation>Pilih kelurahan/desa tujuan dari daftar wilayah.</translation>
    </message>
    <message>
        <source>Kelurahan tujuan sama dengan kelurahan asal.</source>
        <translation>Kelurahan tujuan sama dengan kelurahan asal.</translation>
    </message>
    <message>
        <source>Tanggal pindah tidak sah atau di masa depan.</source>
        <translation>Tanggal pindah tidak sah atau di masa depan.</translation>
    </message>
    <message>
        <source>Sebutkan penerima yang disanggah (pilih dari data atau tulis nama dan alamatnya).</source>
        <translation>Sebutkan penerima yang disanggah (pilih dari data atau tulis nama dan alamatnya).</translation>
    </message>
    <message>
        <source>Tulis alasan yang disampaikan warga.</source>
        <translation>Tulis alasan yang disampaikan warga.</translation>
    </message>
    <message>
        <source>Isi nama pelapor, atau centang "tanpa nama" bila warga tidak mau disebut.</source>
        <translation>Isi nama pelapor, atau centang "tanpa nama" bila warga tidak mau disebut.</translation>
    </message>
    <message>
        <source>%1 adalah satu-satunya anggota aktif keluarga ini. Pilih "Seluruh keluarga" sebagai yang dihapus.</source>
        <translation>%1 adalah satu-satunya anggota aktif keluarga ini. Pilih "Seluruh keluarga" sebagai yang dihapus.</translation>
    </message>
    <message>
        <source>%1 adalah kepala keluarga. Pilih siapa kepala keluarga yang baru di antara anggota yang tetap tinggal.</source>
        <translation>%1 adalah kepala keluarga. Pilih siapa kepala keluarga yang baru di antara anggota yang tetap tinggal.</translation>
    </message>
    <message>
        <source>Kepala keluarga baru harus anggota aktif lain dari keluarga ini.</source>
        <translation>Kepala keluarga baru harus anggota aktif lain dari keluarga ini.</translation>
    </message>
    <message>
        <source>Keluarga ini sudah punya kepala keluarga: %1 (ID %2). Bila kepala keluarga diganti, ajukan juga perbaikan hubungan %1 agar tidak ada dua kepala keluarga.</source>
        <translation>Keluarga ini sudah punya kepala keluarga: %1 (ID %2). Bila kepala keluarga diganti, ajukan juga perbaikan hubungan %1 agar tidak ada dua kepala keluarga.</translation>
    </message>
    <message>
        <source>keluarga %1</source>
        <translation>keluarga %1</translation>
    </message>
    <message>
        <source>usulan keluarga baru #%1</source>
        <translation>usulan keluarga baru #%1</translation>
    </message>
    <message>
        <source>Foto rumah yang sama sudah dipakai untuk %1. Pastikan foto ini benar rumah keluarga yang diusulkan.</source>
        <translation>Foto rumah yang sama sudah dipakai untuk %1. Pastikan foto ini benar rumah keluarga yang diusulkan.</translation>
    </message>
    <message>
        <source>Pilih siapa yang pindah: seluruh keluarga, atau anggota tertentu.</source>
        <translation>Pilih siapa yang pindah: seluruh keluarga, atau anggota tertentu.</translation>
    </message>
    <message>
        <source>Centang anggota keluarga yang pindah.</source>
        <translation>Centang anggota keluarga yang pindah.</translation>
    </message>
    <message>
        <source>%1 bukan anggota keluarga ini.</source>
        <translation>%1 bukan anggota keluarga ini.</translation>
    </message>
    <message>
        <source>%1 sudah berstatus "%2" dan tidak bisa dipindah.</source>
        <translation>%1 sudah berstatus "%2" dan tidak bisa dipindah.</translation>
    </message>
    <message>
        <source>Semua anggota dicentang; bila seluruh keluarga pindah, pilih "Seluruh keluarga".</source>
        <translation>Semua anggota dicentang; bila seluruh keluarga pindah, pilih "Seluruh keluarga".</translation>
    </message>
    <message>
        <source>Saluran "%1" tidak cocok untuk %2: Cek Bansos sanggah untuk sanggahan atau penghapusan, Cek Bansos usul untuk usulan.</source>
        <translation>Saluran "%1" tidak cocok untuk %2: Cek Bansos sanggah untuk sanggahan atau penghapusan, Cek Bansos usul untuk usulan.</translation>
    </message>
    <message>
        <source>Mungkin orang yang sama dengan %1 (ID %2), kemiripan %3%: %4. Periksa sebelum melanjutkan.</source>
        <translation>Mungkin orang yang sama dengan %1 (ID %2), kemiripan %3%: %4. Periksa sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>Sudah ada usulan %1 yang sama (#%2, %3). Lanjutkan usulan itu, atau buang drafnya lebih dulu.</source>
        <translation>Sudah ada usulan %1 yang sama (#%2, %3). Lanjutkan usulan itu, atau buang drafnya lebih dulu.</translation>
    </message>
</context>
<context>
    <name>ResultsBundleMerger</name>
    <message>
        <source>Berkas ini paket kerja untuk laptop, bukan berkas hasil kunjungan.</source>
        <translation>Berkas ini paket kerja untuk laptop, bukan berkas hasil kunjungan.</translation>
    </message>
    <message>
        <source>Berkas hasil kunjungan digabungkan di komputer kantor kelurahan yang membuat paket kerjanya, bukan di berkas data ini.</source>
        <translation>Berkas hasil kunjungan digabungkan di komputer kantor kelurahan yang membuat paket kerjanya, bukan di berkas data ini.</translation>
    </message>
    <message>
        <source>Berkas hasil ini dari kelurahan/desa %1, bukan kelurahan ini. Data tidak diubah.</source>
        <translation>Berkas hasil ini dari kelurahan/desa %1, bukan kelurahan ini. Data tidak diubah.</translation>
    </message>
    <message>
        <source>Berkas hasil ini tidak ditandatangani oleh laptop yang menerima paket kerja dari kantor ini. Data tidak diubah.</source>
        <translation>Berkas hasil ini tidak ditandatangani oleh laptop yang menerima paket kerja dari kantor ini. Data tidak diubah.</translation>
    </message>
    <message>
        <source>Berkas hasil ini tidak dienkripsi dengan kunci kelurahan ini. Data tidak diubah.</source>
        <translation>Berkas hasil ini tidak dienkripsi dengan kunci kelurahan ini. Data tidak diubah.</translation>
    </message>
    <message>
        <source>Berkas hasil ini tidak asli: isinya tidak cocok dengan tanda tangannya. Data tidak diubah.</source>
        <translation>Berkas hasil ini tidak asli: isinya tidak cocok dengan tanda tangannya. Data tidak diubah.</translation>
    </message>
    <message>
        <source>Berkas hasil berisi kunjungan yang tidak lengkap. Buat berkas hasil baru di laptop.</source>
        <translation>Berkas hasil berisi kunjungan yang tidak lengkap. Buat berkas hasil baru di laptop.</translation>
    </message>
    <message>
        <source>Berkas hasil tidak memuat salah satu fotonya. Buat berkas hasil baru di laptop.</source>
        <translation>Berkas hasil tidak memuat salah satu fotonya. Buat berkas hasil baru di laptop.</translation>
    </message>
</context>
<context>
    <name>ResultsBundleWriter</name>
    <message>
        <source>Berkas hasil kunjungan hanya dibuat di laptop lapangan yang sudah menerima paket kerja.</source>
        <translation>Berkas hasil kunjungan hanya dibuat di laptop lapangan yang sudah menerima paket kerja.</translation>
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
    <message>
        <source>melihat foto kartu keluarga</source>
        <translation>melihat foto kartu keluarga</translation>
    </message>
    <message>
        <source>melihat pengaduan</source>
        <translation>melihat pengaduan</translation>
    </message>
    <message>
        <source>mencatat dan menangani pengaduan</source>
        <translation>mencatat dan menangani pengaduan</translation>
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
    <message>
        <source>desil_as_of harus tanggal YYYY-MM-DD dari BPS, tidak di masa depan.</source>
        <translation>desil_as_of harus tanggal YYYY-MM-DD dari BPS, tidak di masa depan.</translation>
    </message>
    <message>
        <source>desil_as_of diisi tanpa desil; tanggalnya diabaikan.</source>
        <translation>desil_as_of diisi tanpa desil; tanggalnya diabaikan.</translation>
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
    <name>SyncSettings</name>
    <message>
        <source>Nama pengguna server wajib diisi.</source>
        <translation>Nama pengguna server wajib diisi.</translation>
    </message>
    <message>
        <source>Sertifikat CA %1 tidak bisa dibaca.</source>
        <translation>Sertifikat CA %1 tidak bisa dibaca.</translation>
    </message>
    <message>
        <source>Alamat server harus diawali https://, misalnya https://tepat.dinsos.kedirikota.go.id.</source>
        <translation>Alamat server harus diawali https://, misalnya https://tepat.dinsos.kedirikota.go.id.</translation>
    </message>
    <message>
        <source>Alamat http:// tanpa enkripsi hanya boleh untuk server di komputer ini sendiri (localhost, 127.0.0.1): kata sandi dan data warga akan terkirim terbuka. Gunakan https://, misalnya https://tepat.dinsos.kedirikota.go.id.</source>
        <translation>Alamat http:// tanpa enkripsi hanya boleh untuk server di komputer ini sendiri (localhost, 127.0.0.1): kata sandi dan data warga akan terkirim terbuka. Gunakan https://, misalnya https://tepat.dinsos.kedirikota.go.id.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Ada "]]" tanpa "[[" pembukanya.</source>
        <translation>Ada "]]" tanpa "[[" pembukanya.</translation>
    </message>
    <message>
        <source>Ada "{" tanpa "}" penutupnya.</source>
        <translation>Ada "{" tanpa "}" penutupnya.</translation>
    </message>
    <message>
        <source>Isian "{%1}" tidak sah: nama isian hanya huruf kecil dan garis bawah.</source>
        <translation>Isian "{%1}" tidak sah: nama isian hanya huruf kecil dan garis bawah.</translation>
    </message>
    <message>
        <source>Ada "[[" tanpa "]]" penutupnya.</source>
        <translation>Ada "[[" tanpa "]]" penutupnya.</translation>
    </message>
    <message>
        <source>Isian tidak dikenal: %1. Isian yang tersedia: %2.</source>
        <translation>Isian tidak dikenal: %1. Isian yang tersedia: %2.</translation>
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
    <message>
        <source>Alamat server %1 tidak dipakai: tanpa https:// kata sandi dan data warga terkirim terbuka. Gunakan alamat https:// (http:// hanya untuk server di komputer ini sendiri).</source>
        <translation>Alamat server %1 tidak dipakai: tanpa https:// kata sandi dan data warga terkirim terbuka. Gunakan alamat https:// (http:// hanya untuk server di komputer ini sendiri).</translation>
    </message>
</context>
<context>
    <name>VerificationOutbox</name>
    <message>
        <source>Kunjungan ini tidak ada di komputer ini.</source>
        <translation>Kunjungan ini tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>Kunjungan ini menemukan perubahan anggota keluarga. Perubahan itu dikirim sebagai usulan yang dibuat dari kunjungan (lewat musyawarah), bukan sebagai hasil verifikasi saja.</source>
        <translation>Kunjungan ini menemukan perubahan anggota keluarga. Perubahan itu dikirim sebagai usulan yang dibuat dari kunjungan (lewat musyawarah), bukan sebagai hasil verifikasi saja.</translation>
    </message>
    <message>
        <source>Keluarga ini belum ada dalam DTSEN. Hasil verifikasi saja hanya untuk keluarga yang sudah terdaftar; keluarga baru diusulkan lewat usulan keluarga baru.</source>
        <translation>Keluarga ini belum ada dalam DTSEN. Hasil verifikasi saja hanya untuk keluarga yang sudah terdaftar; keluarga baru diusulkan lewat usulan keluarga baru.</translation>
    </message>
    <message>
        <source>Foto rumah keluarga ini tidak ada di komputer ini. Lepas foto itu atau tambahkan lagi, lalu kirim hasil verifikasinya.</source>
        <translation>Foto rumah keluarga ini tidak ada di komputer ini. Lepas foto itu atau tambahkan lagi, lalu kirim hasil verifikasinya.</translation>
    </message>
</context>
<context>
    <name>VerificationSender</name>
    <message>
        <source>Jawaban server atas kiriman tidak bisa dibaca: %1</source>
        <translation>Jawaban server atas kiriman tidak bisa dibaca: %1</translation>
    </message>
</context>
<context>
    <name>VillageLetterKeys</name>
    <message>
        <source>Pustaka kriptografi (libsodium) tidak bisa dimulai.</source>
        <translation>Pustaka kriptografi (libsodium) tidak bisa dimulai.</translation>
    </message>
    <message>
        <source>Kunci publik penanda tangan surat tidak sah.</source>
        <translation>Kunci publik penanda tangan surat tidak sah.</translation>
    </message>
    <message>
        <source>Kunci surat yang baru tidak ditandatangani oleh kunci yang lama; server tidak menerimanya. Hubungi admin kabupaten.</source>
        <translation>Kunci surat yang baru tidak ditandatangani oleh kunci yang lama; server tidak menerimanya. Hubungi admin kabupaten.</translation>
    </message>
    <message>
        <source>Kunci surat ini sudah pernah diganti dan tidak bisa dipakai lagi.</source>
        <translation>Kunci surat ini sudah pernah diganti dan tidak bisa dipakai lagi.</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <source>Data kunjungan terlalu besar atau bersarang terlalu dalam (paling banyak %1 KB dan %2 tingkat).</source>
        <translation>Data kunjungan terlalu besar atau bersarang terlalu dalam (paling banyak %1 KB dan %2 tingkat).</translation>
    </message>
    <message>
        <source>Kolom request.visit.uuid bukan UUID yang sah.</source>
        <translation>Kolom request.visit.uuid bukan UUID yang sah.</translation>
    </message>
    <message>
        <source>Hasil kunjungan "%1" tidak dikenal. Isi dengan salah satu: %2.</source>
        <translation>Hasil kunjungan "%1" tidak dikenal. Isi dengan salah satu: %2.</translation>
    </message>
    <message>
        <source>Kolom request.visit.visited_on bukan tanggal YYYY-MM-DD.</source>
        <translation>Kolom request.visit.visited_on bukan tanggal YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Kolom request.visit.field_worker wajib diisi.</source>
        <translation>Kolom request.visit.field_worker wajib diisi.</translation>
    </message>
    <message>
        <source>Foto kunjungan tidak valid: sha256 dan sisi foto (%1) wajib.</source>
        <translation>Foto kunjungan tidak valid: sha256 dan sisi foto (%1) wajib.</translation>
    </message>
    <message>
        <source>Foto kunjungan %1 tidak termasuk lampiran usulan ini.</source>
        <translation>Foto kunjungan %1 tidak termasuk lampiran usulan ini.</translation>
    </message>
    <message>
        <source>Titik lokasi kunjungan tidak valid: latitude −90…90, longitude −180…180, accuracy_m 0…100000 atau null.</source>
        <translation>Titik lokasi kunjungan tidak valid: latitude −90…90, longitude −180…180, accuracy_m 0…100000 atau null.</translation>
    </message>
    <message>
        <source>Jawaban kuesioner untuk lebih dari %1 anggota keluarga.</source>
        <translation>Jawaban kuesioner untuk lebih dari %1 anggota keluarga.</translation>
    </message>
    <message>
        <source>Jawaban kuesioner per anggota harus berupa objek per ID anggota (paling banyak %1 karakter).</source>
        <translation>Jawaban kuesioner per anggota harus berupa objek per ID anggota (paling banyak %1 karakter).</translation>
    </message>
    <message>
        <source>Jawaban kuesioner %1 harus berupa kode, angka atau teks pendek (paling banyak %2 karakter).</source>
        <translation>Jawaban kuesioner %1 harus berupa kode, angka atau teks pendek (paling banyak %2 karakter).</translation>
    </message>
    <message>
        <source>Pertanyaan %1 tidak ada dalam formulir %2 versi %3.</source>
        <translation>Pertanyaan %1 tidak ada dalam formulir %2 versi %3.</translation>
    </message>
    <message>
        <source>Jawaban "%1" untuk pertanyaan %2 bukan kode yang dikenal formulir %3 versi %4.</source>
        <translation>Jawaban "%1" untuk pertanyaan %2 bukan kode yang dikenal formulir %3 versi %4.</translation>
    </message>
    <message>
        <source>Jawaban pertanyaan %1 harus angka dalam batas formulir.</source>
        <translation>Jawaban pertanyaan %1 harus angka dalam batas formulir.</translation>
    </message>
    <message>
        <source>Jawaban pertanyaan %1 harus teks paling banyak %2 karakter.</source>
        <translation>Jawaban pertanyaan %1 harus teks paling banyak %2 karakter.</translation>
    </message>
</context>
<context>
    <name>VisitFindingDrafts</name>
    <message>
        <source>Temuan kunjungan lapangan %1 oleh %2.</source>
        <translation>Temuan kunjungan lapangan %1 oleh %2.</translation>
    </message>
    <message>
        <source>Pindah ke: %1.</source>
        <translation>Pindah ke: %1.</translation>
    </message>
</context>
<context>
    <name>VisitQuestionnaire</name>
    <message>
        <source>Aplikasi ini tidak memuat definisi kuesioner. Pasang ulang Tepat.</source>
        <translation>Aplikasi ini tidak memuat definisi kuesioner. Pasang ulang Tepat.</translation>
    </message>
    <message>
        <source>Kuesioner masih punya %1 kesalahan atau jawaban kosong, misalnya: %2 Lengkapi di tab Kuesioner, lalu simpan lagi.</source>
        <translation>Kuesioner masih punya %1 kesalahan atau jawaban kosong, misalnya: %2 Lengkapi di tab Kuesioner, lalu simpan lagi.</translation>
    </message>
</context>
<context>
    <name>VisitVocabulary</name>
    <message>
        <source>Sudah dikunjungi</source>
        <translation>Sudah dikunjungi</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Menolak</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <source>Belum dikunjungi</source>
        <translation>Belum dikunjungi</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Ada</translation>
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
        <source>Anggota baru</source>
        <translation>Anggota baru</translation>
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
    <name>WindowShortcuts</name>
    <message>
        <source>Cari orang (nama, NIK atau nomor KK) di halaman Keluarga</source>
        <translation>Cari orang (nama, NIK atau nomor KK) di halaman Keluarga</translation>
    </message>
    <message>
        <source>Tutup Tepat (formulir yang terbuka menyimpan drafnya dulu)</source>
        <translation>Tutup Tepat (formulir yang terbuka menyimpan drafnya dulu)</translation>
    </message>
    <message>
        <source>Buka halaman %1</source>
        <translation>Buka halaman %1</translation>
    </message>
    <message>
        <source>Daftar tombol pintas (yang ini)</source>
        <translation>Daftar tombol pintas (yang ini)</translation>
    </message>
</context>
<context>
    <name>WorkPackageApply</name>
    <message>
        <source>Paket kerja ini tidak asli: isinya tidak cocok dengan tanda tangannya. Minta paket baru dari kantor kelurahan. Data tidak diubah.</source>
        <translation>Paket kerja ini tidak asli: isinya tidak cocok dengan tanda tangannya. Minta paket baru dari kantor kelurahan. Data tidak diubah.</translation>
    </message>
    <message>
        <source>Paket kerja berisi data yang tidak bisa disimpan: %1. Minta paket baru dari kantor kelurahan.</source>
        <translation>Paket kerja berisi data yang tidak bisa disimpan: %1. Minta paket baru dari kantor kelurahan.</translation>
    </message>
    <message>
        <source>Paket kerja berisi jawaban kuesioner yang tidak lengkap. Minta paket baru dari kantor kelurahan.</source>
        <translation>Paket kerja berisi jawaban kuesioner yang tidak lengkap. Minta paket baru dari kantor kelurahan.</translation>
    </message>
</context>
<context>
    <name>WorkPackageReader</name>
    <message>
        <source>Berkas data ini milik komputer kantor kelurahan. Paket kerja diterima di laptop lapangan: pilih berkas data laptop atau berkas baru.</source>
        <translation>Berkas data ini milik komputer kantor kelurahan. Paket kerja diterima di laptop lapangan: pilih berkas data laptop atau berkas baru.</translation>
    </message>
    <message>
        <source>Berkas data ini sudah berisi data kelurahan dan bukan berkas laptop lapangan. Terima paket kerja ke berkas data baru.</source>
        <translation>Berkas data ini sudah berisi data kelurahan dan bukan berkas laptop lapangan. Terima paket kerja ke berkas data baru.</translation>
    </message>
    <message>
        <source>Paket kerja ini untuk kelurahan/desa %1, bukan kelurahan laptop ini. Data tidak diubah.</source>
        <translation>Paket kerja ini untuk kelurahan/desa %1, bukan kelurahan laptop ini. Data tidak diubah.</translation>
    </message>
    <message>
        <source>Paket kerja ini tidak ditandatangani oleh kantor kelurahan yang dikenal laptop ini. Minta paket dari komputer kantor yang biasa. Data tidak diubah.</source>
        <translation>Paket kerja ini tidak ditandatangani oleh kantor kelurahan yang dikenal laptop ini. Minta paket dari komputer kantor yang biasa. Data tidak diubah.</translation>
    </message>
    <message>
        <source>Berkas ini berkas hasil kunjungan dari laptop, bukan paket kerja. Berkas hasil digabungkan di komputer kantor.</source>
        <translation>Berkas ini berkas hasil kunjungan dari laptop, bukan paket kerja. Berkas hasil digabungkan di komputer kantor.</translation>
    </message>
    <message>
        <source>Frasa sandi paket kerja salah. Periksa huruf besar/kecil, lalu ketik ulang. Data tidak diubah.</source>
        <translation>Frasa sandi paket kerja salah. Periksa huruf besar/kecil, lalu ketik ulang. Data tidak diubah.</translation>
    </message>
</context>
<context>
    <name>WorkPackageWriter</name>
    <message>
        <source>Keluarga %1 tidak ada di data kelurahan ini. Periksa daftar ID keluarga.</source>
        <translation>Keluarga %1 tidak ada di data kelurahan ini. Periksa daftar ID keluarga.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga aktif yang cocok dengan pilihan RW/RT ini. Pilih RW/RT lain atau daftar ID keluarga.</source>
        <translation>Tidak ada keluarga aktif yang cocok dengan pilihan RW/RT ini. Pilih RW/RT lain atau daftar ID keluarga.</translation>
    </message>
    <message>
        <source>Tentukan akun petugas lapangan yang menerima paket kerja (huruf kecil, angka, titik, garis bawah atau tanda hubung).</source>
        <translation>Tentukan akun petugas lapangan yang menerima paket kerja (huruf kecil, angka, titik, garis bawah atau tanda hubung).</translation>
    </message>
    <message>
        <source>Akun %1 tidak ada atau dinonaktifkan. Buat akun petugas lapangan di Pengaturan → Akun, lalu ulangi.</source>
        <translation>Akun %1 tidak ada atau dinonaktifkan. Buat akun petugas lapangan di Pengaturan → Akun, lalu ulangi.</translation>
    </message>
    <message>
        <source>Frasa sandi paket kerja minimal 10 karakter. Pakai beberapa kata yang mudah diingat tetapi sulit ditebak, dan sampaikan kepada petugas secara langsung, bukan bersama flashdisk-nya.</source>
        <translation>Frasa sandi paket kerja minimal 10 karakter. Pakai beberapa kata yang mudah diingat tetapi sulit ditebak, dan sampaikan kepada petugas secara langsung, bukan bersama flashdisk-nya.</translation>
    </message>
    <message>
        <source>Berkas data ini belum berisi data kelurahan. Muat snapshot DTKS dulu.</source>
        <translation>Berkas data ini belum berisi data kelurahan. Muat snapshot DTKS dulu.</translation>
    </message>
</context>
<context>
    <name>WorkspacePages</name>
    <message>
        <source>Beranda</source>
        <translation>Beranda</translation>
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
        <source>Musyawarah</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Lapangan</source>
        <translation>Lapangan</translation>
    </message>
    <message>
        <source>Surat &amp; kop</source>
        <translation>Surat &amp; kop</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Kemungkinan ganda</source>
        <translation>Kemungkinan ganda</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Pengaduan</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Isi buku kerja rusak (%1, baris %2: %3). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</source>
        <translation>Isi buku kerja rusak (%1, baris %2: %3). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Buku kerja berisi deklarasi XML yang tidak diizinkan (%1); mungkin berkas berbahaya. Tidak ada yang diubah.</source>
        <translation>Buku kerja berisi deklarasi XML yang tidak diizinkan (%1); mungkin berkas berbahaya. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka (tidak ada atau tidak boleh dibaca).</source>
        <translation>Berkas %1 tidak bisa dibuka (tidak ada atau tidak boleh dibaca).</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (%1 MB; paling banyak %2 MB). Bagi datanya ke beberapa buku kerja.</source>
        <translation>Berkas terlalu besar (%1 MB; paling banyak %2 MB). Bagi datanya ke beberapa buku kerja.</translation>
    </message>
    <message>
        <source>Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya (Info › Lindungi Buku Kerja), simpan, lalu coba lagi.</source>
        <translation>Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya (Info › Lindungi Buku Kerja), simpan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Ini buku kerja Excel lama (.xls). Buka di Excel atau LibreOffice dan simpan sebagai Buku Kerja Excel (.xlsx), lalu coba lagi.</source>
        <translation>Ini buku kerja Excel lama (.xls). Buka di Excel atau LibreOffice dan simpan sebagai Buku Kerja Excel (.xlsx), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Berkas ini berisi teks CSV, bukan buku kerja Excel, meski namanya .xlsx. Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx), atau impor sebagai CSV.</source>
        <translation>Berkas ini berisi teks CSV, bukan buku kerja Excel, meski namanya .xlsx. Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx), atau impor sebagai CSV.</translation>
    </message>
    <message>
        <source>Berkas ini bukan buku kerja Excel (.xlsx). Pilih berkas yang benar.</source>
        <translation>Berkas ini bukan buku kerja Excel (.xlsx). Pilih berkas yang benar.</translation>
    </message>
    <message>
        <source>Berkas zip ini bukan buku kerja Excel (.xlsx) — mungkin dokumen Word atau arsip biasa. Pilih berkas yang benar.</source>
        <translation>Berkas zip ini bukan buku kerja Excel (.xlsx) — mungkin dokumen Word atau arsip biasa. Pilih berkas yang benar.</translation>
    </message>
    <message>
        <source>Lembar "%1" terlalu besar (%2). Tidak ada yang diubah. Bagi datanya ke beberapa lembar atau buku kerja.</source>
        <translation>Lembar "%1" terlalu besar (%2). Tidak ada yang diubah. Bagi datanya ke beberapa lembar atau buku kerja.</translation>
    </message>
    <message>
        <source>Pembacaan buku kerja dibatalkan.</source>
        <translation>Pembacaan buku kerja dibatalkan.</translation>
    </message>
    <message>
        <source>baris %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <source>Isi lembar "%1" rusak (alamat sel "%2"). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</source>
        <translation>Isi lembar "%1" rusak (alamat sel "%2"). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Isi lembar "%1" rusak (teks bersama %2 tidak ada). Simpan ulang dari Excel atau LibreOffice.</source>
        <translation>Isi lembar "%1" rusak (teks bersama %2 tidak ada). Simpan ulang dari Excel atau LibreOffice.</translation>
    </message>
    <message>
        <source>ada isi di kolom %1</source>
        <translation>ada isi di kolom %1</translation>
    </message>
    <message>
        <source>lebih dari %1 sel</source>
        <translation>lebih dari %1 sel</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Folder %1 tidak bisa dibuat. Pilih folder lain.</source>
        <translation>Folder %1 tidak bisa dibuat. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Buku kerja tidak bisa dibuat di %1. Pilih folder lain.</source>
        <translation>Buku kerja tidak bisa dibuat di %1. Pilih folder lain.</translation>
    </message>
    <message>
        <source>Buku kerja tidak bisa ditulis (%1). Periksa ruang disk dan folder tujuan.</source>
        <translation>Buku kerja tidak bisa ditulis (%1). Periksa ruang disk dan folder tujuan.</translation>
    </message>
    <message>
        <source>Lembar "%1" tidak bisa dibuat (nama ganda?).</source>
        <translation>Lembar "%1" tidak bisa dibuat (nama ganda?).</translation>
    </message>
    <message>
        <source>Daftar terlalu panjang untuk satu lembar Excel (lebih dari %1 baris). Saring daftarnya dulu.</source>
        <translation>Daftar terlalu panjang untuk satu lembar Excel (lebih dari %1 baris). Saring daftarnya dulu.</translation>
    </message>
    <message>
        <source>Kode tidak dikenal</source>
        <translation>Kode tidak dikenal</translation>
    </message>
    <message>
        <source>Pilih salah satu kode dari daftar.</source>
        <translation>Pilih salah satu kode dari daftar.</translation>
    </message>
    <message>
        <source>Buku kerja tidak bisa disimpan sebagai %1. Pilih nama atau folder lain.</source>
        <translation>Buku kerja tidak bisa disimpan sebagai %1. Pilih nama atau folder lain.</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>Buku kerja rusak atau terpotong (isinya tidak bisa dibuka). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</source>
        <translation>Buku kerja rusak atau terpotong (isinya tidak bisa dibuka). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Buku kerja tidak lengkap (bagian %1 tidak ada). Simpan ulang sebagai Buku Kerja Excel (.xlsx), lalu coba lagi.</source>
        <translation>Buku kerja tidak lengkap (bagian %1 tidak ada). Simpan ulang sebagai Buku Kerja Excel (.xlsx), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.</source>
        <translation>Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Buku kerja terlalu besar setelah dibuka (bagian %1 lebih dari %2 MB; mungkin berkas berbahaya). Tidak ada yang diubah. Bagi datanya ke beberapa buku kerja.</source>
        <translation>Buku kerja terlalu besar setelah dibuka (bagian %1 lebih dari %2 MB; mungkin berkas berbahaya). Tidak ada yang diubah. Bagi datanya ke beberapa buku kerja.</translation>
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
        <source>Memeriksa seluruh rantai jejak audit. Hasil: "intact", jumlah catatan dan hash terakhir; atau "broken", nomor catatan pertama yang rusak, jenisnya (changed, removed, inserted, relinked, truncated) dan penjelasannya (dipisah tab). Status keluar 1 bila rantai rusak.</source>
        <translation>Memeriksa seluruh rantai jejak audit. Hasil: "intact", jumlah catatan dan hash terakhir; atau "broken", nomor catatan pertama yang rusak, jenisnya (changed, removed, inserted, relinked, truncated) dan penjelasannya (dipisah tab). Status keluar 1 bila rantai rusak.</translation>
    </message>
    <message>
        <source>Catatan yang diketahui dari tempat lain (mis. server pusat): NOMOR:HASH. Memeriksa juga bahwa jejak tidak dipotong atau ditulis ulang sampai catatan itu.</source>
        <translation>Catatan yang diketahui dari tempat lain (mis. server pusat): NOMOR:HASH. Memeriksa juga bahwa jejak tidak dipotong atau ditulis ulang sampai catatan itu.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli audit verify --db FILE [--anchor ID:HASH]</source>
        <translation>Pemakaian: tepat-cli audit verify --db FILE [--anchor ID:HASH]</translation>
    </message>
    <message>
        <source>--anchor harus NOMOR:HASH (hash SHA-256, 64 digit heksadesimal).</source>
        <translation>--anchor harus NOMOR:HASH (hash SHA-256, 64 digit heksadesimal).</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>--passphrase-fd harus nomor deskriptor berkas.</source>
        <translation>--passphrase-fd harus nomor deskriptor berkas.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan:</source>
        <translation>Frasa sandi cadangan:</translation>
    </message>
    <message>
        <source>Baca frasa sandi dari deskriptor berkas ini, bukan dari standard input.</source>
        <translation>Baca frasa sandi dari deskriptor berkas ini, bukan dari standard input.</translation>
    </message>
    <message>
        <source>Membuat satu berkas cadangan terenkripsi dari berkas data dan folder foto/dokumennya, juga saat Tepat sedang dipakai. Frasa sandi (minimal 10 karakter) dibaca dari standard input. Hasil: file, size, sha256, files (kunci dan nilai dipisah tab).</source>
        <translation>Membuat satu berkas cadangan terenkripsi dari berkas data dan folder foto/dokumennya, juga saat Tepat sedang dipakai. Frasa sandi (minimal 10 karakter) dibaca dari standard input. Hasil: file, size, sha256, files (kunci dan nilai dipisah tab).</translation>
    </message>
    <message>
        <source>Berkas cadangan yang dibuat (diganti bila sudah ada).</source>
        <translation>Berkas cadangan yang dibuat (diganti bila sudah ada).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli backup --db FILE --out FILE [--passphrase-fd N]</source>
        <translation>Pemakaian: tepat-cli backup --db FILE --out FILE [--passphrase-fd N]</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak ada.</source>
        <translation>Berkas data %1 tidak ada.</translation>
    </message>
    <message>
        <source>Mencadangkan…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <source>Cadangan dibuat, tetapi tidak tercatat di jejak audit: %1</source>
        <translation>Cadangan dibuat, tetapi tidak tercatat di jejak audit: %1</translation>
    </message>
    <message>
        <source>Memulihkan berkas cadangan setelah seluruh isinya diperiksa. Frasa sandi dibaca dari standard input. Frasa sandi yang salah atau berkas yang rusak/terpotong tidak mengubah apa pun (status keluar 1). Hasil: database, created, village, schema, files (kunci dan nilai dipisah tab).</source>
        <translation>Memulihkan berkas cadangan setelah seluruh isinya diperiksa. Frasa sandi dibaca dari standard input. Frasa sandi yang salah atau berkas yang rusak/terpotong tidak mengubah apa pun (status keluar 1). Hasil: database, created, village, schema, files (kunci dan nilai dipisah tab).</translation>
    </message>
    <message>
        <source>Berkas cadangan.</source>
        <translation>Berkas cadangan.</translation>
    </message>
    <message>
        <source>Berkas data yang dipulihkan (dibuat bila belum ada).</source>
        <translation>Berkas data yang dipulihkan (dibuat bila belum ada).</translation>
    </message>
    <message>
        <source>Ganti isi berkas data yang sudah ada.</source>
        <translation>Ganti isi berkas data yang sudah ada.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli restore --in FILE --db FILE [--replace] [--passphrase-fd N]</source>
        <translation>Pemakaian: tepat-cli restore --in FILE --db FILE [--replace] [--passphrase-fd N]</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak ada.</source>
        <translation>Berkas cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <source>Berkas data %1 sudah ada. Tambahkan --replace untuk mengganti isinya dengan cadangan.</source>
        <translation>Berkas data %1 sudah ada. Tambahkan --replace untuk mengganti isinya dengan cadangan.</translation>
    </message>
    <message>
        <source>Memulihkan…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>Data tidak diubah.</source>
        <translation>Data tidak diubah.</translation>
    </message>
    <message>
        <source>Data dipulihkan, tetapi tidak bisa dibuka atau dicatat: %1</source>
        <translation>Data dipulihkan, tetapi tidak bisa dibuka atau dicatat: %1</translation>
    </message>
    <message>
        <source>Periksa rantai jejak audit (intact, atau catatan pertama yang rusak).</source>
        <translation>Periksa rantai jejak audit (intact, atau catatan pertama yang rusak).</translation>
    </message>
    <message>
        <source>Buat cadangan terenkripsi (frasa sandi dari standard input).</source>
        <translation>Buat cadangan terenkripsi (frasa sandi dari standard input).</translation>
    </message>
    <message>
        <source>Pulihkan cadangan setelah diperiksa utuh (frasa sandi dari standard input).</source>
        <translation>Pulihkan cadangan setelah diperiksa utuh (frasa sandi dari standard input).</translation>
    </message>
    <message>
        <source>Lampirkan foto rumah ke keluarga (dinormalkan, disimpan sekali).</source>
        <translation>Lampirkan foto rumah ke keluarga (dinormalkan, disimpan sekali).</translation>
    </message>
    <message>
        <source>Catat titik lokasi rumah dari log NMEA atau koordinat.</source>
        <translation>Catat titik lokasi rumah dari log NMEA atau koordinat.</translation>
    </message>
    <message>
        <source>ID keluarga DTKS (atau ID sementara usulan keluarga baru).</source>
        <translation>ID keluarga DTKS (atau ID sementara usulan keluarga baru).</translation>
    </message>
    <message>
        <source>--household berisi 16 angka seperti NIK atau No KK; pakai ID keluarga DTKS.</source>
        <translation>--household berisi 16 angka seperti NIK atau No KK; pakai ID keluarga DTKS.</translation>
    </message>
    <message>
        <source>--household hanya boleh huruf, angka, titik, garis bawah dan tanda hubung (paling panjang 64).</source>
        <translation>--household hanya boleh huruf, angka, titik, garis bawah dan tanda hubung (paling panjang 64).</translation>
    </message>
    <message>
        <source>Keluarga %1 tidak ada di data DTKS; dicatat untuk usulan keluarga baru dengan ID ini.</source>
        <translation>Keluarga %1 tidak ada di data DTKS; dicatat untuk usulan keluarga baru dengan ID ini.</translation>
    </message>
    <message>
        <source>Menormalkan foto rumah (tegak sesuai EXIF, sisi panjang paling 1600 piksel, JPEG kualitas 85) dan melampirkannya ke keluarga. Foto yang sama disimpan sekali. Per berkas satu baris: berkas, ok/error, SHA-256 atau pesan (dipisah tab).</source>
        <translation>Menormalkan foto rumah (tegak sesuai EXIF, sisi panjang paling 1600 piksel, JPEG kualitas 85) dan melampirkannya ke keluarga. Foto yang sama disimpan sekali. Per berkas satu baris: berkas, ok/error, SHA-256 atau pesan (dipisah tab).</translation>
    </message>
    <message>
        <source>Sisi rumah: front (depan), side, back, inside, other.</source>
        <translation>Sisi rumah: front (depan), side, back, inside, other.</translation>
    </message>
    <message>
        <source>Foto JPEG atau PNG.</source>
        <translation>Foto JPEG atau PNG.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli photo add --db FILE --household ID [--view SISI] FOTO…</source>
        <translation>Pemakaian: tepat-cli photo add --db FILE --household ID [--view SISI] FOTO…</translation>
    </message>
    <message>
        <source>Sisi rumah tidak dikenal: %1</source>
        <translation>Sisi rumah tidak dikenal: %1</translation>
    </message>
    <message>
        <source>Memproses foto…</source>
        <translation>Memproses foto…</translation>
    </message>
    <message>
        <source>Mencatat titik lokasi rumah keluarga dari log NMEA (posisi paling akurat) atau koordinat yang diketik (desimal atau derajat-menit-detik, koma atau titik). Hasil: lintang, bujur, akurasi (m), kode peringatan (dipisah tab); pesan peringatan ke standard error.</source>
        <translation>Mencatat titik lokasi rumah keluarga dari log NMEA (posisi paling akurat) atau koordinat yang diketik (desimal atau derajat-menit-detik, koma atau titik). Hasil: lintang, bujur, akurasi (m), kode peringatan (dipisah tab); pesan peringatan ke standard error.</translation>
    </message>
    <message>
        <source>Berkas log NMEA dari GPS.</source>
        <translation>Berkas log NMEA dari GPS.</translation>
    </message>
    <message>
        <source>Lintang, mis. -7.8166 atau 7°48'59.8" LS.</source>
        <translation>Lintang, mis. -7.8166 atau 7°48'59.8" LS.</translation>
    </message>
    <message>
        <source>Bujur, mis. 112.0119 atau 112°0'42.8" BT.</source>
        <translation>Bujur, mis. 112.0119 atau 112°0'42.8" BT.</translation>
    </message>
    <message>
        <source>Akurasi dalam meter (bila diketahui).</source>
        <translation>Akurasi dalam meter (bila diketahui).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli location set --db FILE --household ID (--nmea LOG | --lat X --lon Y [--accuracy M])</source>
        <translation>Pemakaian: tepat-cli location set --db FILE --household ID (--nmea LOG | --lat X --lon Y [--accuracy M])</translation>
    </message>
    <message>
        <source>--accuracy harus angka meter ≥ 0.</source>
        <translation>--accuracy harus angka meter ≥ 0.</translation>
    </message>
    <message>
        <source>Periksa keaslian surat dari isi kode QR-nya.</source>
        <translation>Periksa keaslian surat dari isi kode QR-nya.</translation>
    </message>
    <message>
        <source>Buat satu surat keterangan DTKS (PDF) bernomor register.</source>
        <translation>Buat satu surat keterangan DTKS (PDF) bernomor register.</translation>
    </message>
    <message>
        <source>Buat surat keterangan DTKS untuk daftar orang.</source>
        <translation>Buat surat keterangan DTKS untuk daftar orang.</translation>
    </message>
    <message>
        <source>Ukuran kertas: A4, F4 (215 × 330 mm) atau F4-210 (210 × 330 mm). Bawaan: pengaturan surat.</source>
        <translation>Ukuran kertas: A4, F4 (215 × 330 mm) atau F4-210 (210 × 330 mm). Bawaan: pengaturan surat.</translation>
    </message>
    <message>
        <source>Keperluan surat (bawaan: persyaratan administrasi).</source>
        <translation>Keperluan surat (bawaan: persyaratan administrasi).</translation>
    </message>
    <message>
        <source>Agama, bila diketahui (data DTKS tidak memuatnya).</source>
        <translation>Agama, bila diketahui (data DTKS tidak memuatnya).</translation>
    </message>
    <message>
        <source>Ukuran kertas tidak dikenal: %1 (A4, F4 atau F4-210).</source>
        <translation>Ukuran kertas tidak dikenal: %1 (A4, F4 atau F4-210).</translation>
    </message>
    <message>
        <source>Pengaturan surat belum lengkap: %1</source>
        <translation>Pengaturan surat belum lengkap: %1</translation>
    </message>
    <message>
        <source>Membuat satu surat keterangan DTKS (terdaftar atau tidak terdaftar) untuk orang dalam data, memberinya nomor register, dan menyimpannya sebagai PDF. Mencetak nomor register.</source>
        <translation>Membuat satu surat keterangan DTKS (terdaftar atau tidak terdaftar) untuk orang dalam data, memberinya nomor register, dan menyimpannya sebagai PDF. Mencetak nomor register.</translation>
    </message>
    <message>
        <source>ID orang (seperti yang dicetak oleh search).</source>
        <translation>ID orang (seperti yang dicetak oleh search).</translation>
    </message>
    <message>
        <source>Berkas PDF yang dibuat.</source>
        <translation>Berkas PDF yang dibuat.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli letter --db FILE --person ID --out FILE.pdf [--paper A4|F4]</source>
        <translation>Pemakaian: tepat-cli letter --db FILE --person ID --out FILE.pdf [--paper A4|F4]</translation>
    </message>
    <message>
        <source>Membuat surat keterangan DTKS untuk daftar orang (satu ID per baris; - untuk standard input), masing-masing bernomor register dan berkas PDF sendiri (SK-TAHUN-NOMOR.pdf). Satu baris per surat: ID orang, nomor register, berkas PDF (dipisah tab).</source>
        <translation>Membuat surat keterangan DTKS untuk daftar orang (satu ID per baris; - untuk standard input), masing-masing bernomor register dan berkas PDF sendiri (SK-TAHUN-NOMOR.pdf). Satu baris per surat: ID orang, nomor register, berkas PDF (dipisah tab).</translation>
    </message>
    <message>
        <source>Berkas daftar ID orang.</source>
        <translation>Berkas daftar ID orang.</translation>
    </message>
    <message>
        <source>Folder untuk berkas PDF.</source>
        <translation>Folder untuk berkas PDF.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli letters --db FILE --persons FILE --out DIR [--paper A4|F4]</source>
        <translation>Pemakaian: tepat-cli letters --db FILE --persons FILE --out DIR [--paper A4|F4]</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka.</source>
        <translation>Berkas %1 tidak bisa dibuka.</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Berkas data yang kuncinya dipakai (bawaan: data aplikasi Tepat di komputer ini).</source>
        <translation>Berkas data yang kuncinya dipakai (bawaan: data aplikasi Tepat di komputer ini).</translation>
    </message>
    <message>
        <source>Tidak ada kode yang dibaca dari standard input.</source>
        <translation>Tidak ada kode yang dibaca dari standard input.</translation>
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
    <message>
        <source>jalur	massal (indeks nama dan daftar dibangun sekali di akhir)</source>
        <translation>jalur	massal (indeks nama dan daftar dibangun sekali di akhir)</translation>
    </message>
    <message>
        <source>jalur	bertahap (indeks diperbarui baris demi baris)</source>
        <translation>jalur	bertahap (indeks diperbarui baris demi baris)</translation>
    </message>
    <message>
        <source>Memeriksa kode verifikasi (isi kode QR) surat dari standard input, satu per baris. Per baris: genuine (asli), altered (diubah), unknown (tidak dikenal) atau void (nomornya dibatalkan di register ini, surat tidak berlaku), lalu nomor surat (dipisah tab). Keluar 0 bila semua asli, 1 bila tidak.</source>
        <translation>Memeriksa kode verifikasi (isi kode QR) surat dari standard input, satu per baris. Per baris: genuine (asli), altered (diubah), unknown (tidak dikenal) atau void (nomornya dibatalkan di register ini, surat tidak berlaku), lalu nomor surat (dipisah tab). Keluar 0 bila semua asli, 1 bila tidak.</translation>
    </message>
    <message>
        <source>Sertifikat CA (PEM): hanya CA ini yang dipercaya untuk server ini, bukan CA sistem (disimpan untuk berikutnya).</source>
        <translation>Sertifikat CA (PEM): hanya CA ini yang dipercaya untuk server ini, bukan CA sistem (disimpan untuk berikutnya).</translation>
    </message>
    <message>
        <source>Daftar keluarga %1 tidak bisa dibaca: %2</source>
        <translation>Daftar keluarga %1 tidak bisa dibaca: %2</translation>
    </message>
    <message>
        <source>Frasa sandi paket kerja:</source>
        <translation>Frasa sandi paket kerja:</translation>
    </message>
    <message>
        <source>Berkas yang ditulis.</source>
        <translation>Berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Hanya keluarga RW ini.</source>
        <translation>Hanya keluarga RW ini.</translation>
    </message>
    <message>
        <source>Hanya keluarga RT ini.</source>
        <translation>Hanya keluarga RT ini.</translation>
    </message>
    <message>
        <source>Berkas berisi ID keluarga, satu per baris.</source>
        <translation>Berkas berisi ID keluarga, satu per baris.</translation>
    </message>
    <message>
        <source>Akun petugas lapangan penerima paket kerja.</source>
        <translation>Akun petugas lapangan penerima paket kerja.</translation>
    </message>
    <message>
        <source>Paket kerja atau berkas hasil.</source>
        <translation>Paket kerja atau berkas hasil.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli bundle import --db FILE [--passphrase-fd N] BUNDLE</source>
        <translation>Pemakaian: tepat-cli bundle import --db FILE [--passphrase-fd N] BUNDLE</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>Daftar pasangan data yang kemungkinan orang yang sama (skor dan alasan, tanpa NIK).</source>
        <translation>Daftar pasangan data yang kemungkinan orang yang sama (skor dan alasan, tanpa NIK).</translation>
    </message>
    <message>
        <source>Tulis paket kerja (kantor) atau berkas hasil kunjungan (laptop lapangan).</source>
        <translation>Tulis paket kerja (kantor) atau berkas hasil kunjungan (laptop lapangan).</translation>
    </message>
    <message>
        <source>Terima paket kerja (laptop) atau gabungkan berkas hasil kunjungan (kantor).</source>
        <translation>Terima paket kerja (laptop) atau gabungkan berkas hasil kunjungan (kantor).</translation>
    </message>
    <message>
        <source>Simpan daftar (keluarga, usulan, surat, BNBA) sebagai buku kerja Excel.</source>
        <translation>Simpan daftar (keluarga, usulan, surat, BNBA) sebagai buku kerja Excel.</translation>
    </message>
    <message>
        <source>Simpan templat usulan massal (.xlsx).</source>
        <translation>Simpan templat usulan massal (.xlsx).</translation>
    </message>
    <message>
        <source>Periksa dan buat draf usulan massal dari buku kerja Excel.</source>
        <translation>Periksa dan buat draf usulan massal dari buku kerja Excel.</translation>
    </message>
    <message>
        <source>Pasangan data yang kemungkinan orang yang sama, dari seluruh data, skor tertinggi dulu. Satu pasangan per baris: ID orang, ID orang, skor (0–1), alasan (dipisah tab). Pasangan yang sudah diputuskan di halaman Kemungkinan ganda tidak ditampilkan lagi.</source>
        <translation>Pasangan data yang kemungkinan orang yang sama, dari seluruh data, skor tertinggi dulu. Satu pasangan per baris: ID orang, ID orang, skor (0–1), alasan (dipisah tab). Pasangan yang sudah diputuskan di halaman Kemungkinan ganda tidak ditampilkan lagi.</translation>
    </message>
    <message>
        <source>Skor terendah yang ditampilkan (0–1, bawaan %1).</source>
        <translation>Skor terendah yang ditampilkan (0–1, bawaan %1).</translation>
    </message>
    <message>
        <source>Keluarga yang terdaftar dua kali: ID keluarga, ID keluarga, jumlah anggota yang cocok, kepala keluarga sama (yes/no).</source>
        <translation>Keluarga yang terdaftar dua kali: ID keluarga, ID keluarga, jumlah anggota yang cocok, kepala keluarga sama (yes/no).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli duplicates --db FILE [--min-score S] [--households]</source>
        <translation>Pemakaian: tepat-cli duplicates --db FILE [--min-score S] [--households]</translation>
    </message>
    <message>
        <source>Membandingkan</source>
        <translation>Membandingkan</translation>
    </message>
    <message>
        <source>households: hanya RT ini.</source>
        <translation>households: hanya RT ini.</translation>
    </message>
    <message>
        <source>households: hanya RW ini.</source>
        <translation>households: hanya RW ini.</translation>
    </message>
    <message>
        <source>households: hanya desil 1–10.</source>
        <translation>households: hanya desil 1–10.</translation>
    </message>
    <message>
        <source>households: status keluarga (kode atau label).</source>
        <translation>households: status keluarga (kode atau label).</translation>
    </message>
    <message>
        <source>households: ada anggota penerima program ini.</source>
        <translation>households: ada anggota penerima program ini.</translation>
    </message>
    <message>
        <source>households: penerima tidak sesuai desil.</source>
        <translation>households: penerima tidak sesuai desil.</translation>
    </message>
    <message>
        <source>requests: hanya usulan dengan status ini (kode).</source>
        <translation>requests: hanya usulan dengan status ini (kode).</translation>
    </message>
    <message>
        <source>requests, letters: hanya jenis ini (kode).</source>
        <translation>requests, letters: hanya jenis ini (kode).</translation>
    </message>
    <message>
        <source>requests: hanya usulan untuk keluarga ini.</source>
        <translation>requests: hanya usulan untuk keluarga ini.</translation>
    </message>
    <message>
        <source>letters: bagian nomor surat atau nama.</source>
        <translation>letters: bagian nomor surat atau nama.</translation>
    </message>
    <message>
        <source>letters: hanya tahun ini.</source>
        <translation>letters: hanya tahun ini.</translation>
    </message>
    <message>
        <source>bnba: nomor musyawarah (wajib).</source>
        <translation>bnba: nomor musyawarah (wajib).</translation>
    </message>
    <message>
        <source>--%1 harus angka 1–999.</source>
        <translation>--%1 harus angka 1–999.</translation>
    </message>
    <message>
        <source>--desil harus angka 1–10.</source>
        <translation>--desil harus angka 1–10.</translation>
    </message>
    <message>
        <source>Status keluarga "%1" tidak dikenal.</source>
        <translation>Status keluarga "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>Program "%1" tidak dikenal.</source>
        <translation>Program "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>Status usulan "%1" tidak dikenal.</source>
        <translation>Status usulan "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>Jenis usulan "%1" tidak dikenal.</source>
        <translation>Jenis usulan "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>--year harus tahun, mis. 2026.</source>
        <translation>--year harus tahun, mis. 2026.</translation>
    </message>
    <message>
        <source>Jenis surat "%1" tidak dikenal.</source>
        <translation>Jenis surat "%1" tidak dikenal.</translation>
    </message>
    <message>
        <source>Menyimpan daftar sebagai buku kerja Excel (.xlsx): keluarga (dengan saringan halaman Keluarga), usulan, register surat, atau BNBA musyawarah. NIK dan No KK ditulis sebagai teks, tanggal sebagai tanggal. Mencetak berkas dan jumlah baris (dipisah tab).</source>
        <translation>Menyimpan daftar sebagai buku kerja Excel (.xlsx): keluarga (dengan saringan halaman Keluarga), usulan, register surat, atau BNBA musyawarah. NIK dan No KK ditulis sebagai teks, tanggal sebagai tanggal. Mencetak berkas dan jumlah baris (dipisah tab).</translation>
    </message>
    <message>
        <source>Buku kerja yang dibuat.</source>
        <translation>Buku kerja yang dibuat.</translation>
    </message>
    <message>
        <source>Menulis…</source>
        <translation>Menulis…</translation>
    </message>
    <message>
        <source>--meeting harus nomor musyawarah.</source>
        <translation>--meeting harus nomor musyawarah.</translation>
    </message>
    <message>
        <source>Frasa sandi tidak terbaca dari standard input atau --passphrase-fd.</source>
        <translation>Frasa sandi tidak terbaca dari standard input atau --passphrase-fd.</translation>
    </message>
    <message>
        <source>Menyimpan templat usulan massal Tepat (.xlsx): satu lembar per jenis usulan, daftar pilihan untuk setiap kolom berkode. Mencetak nama berkasnya.</source>
        <translation>Menyimpan templat usulan massal Tepat (.xlsx): satu lembar per jenis usulan, daftar pilihan untuk setiap kolom berkode. Mencetak nama berkasnya.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli proposals template --out FILE.xlsx</source>
        <translation>Pemakaian: tepat-cli proposals template --out FILE.xlsx</translation>
    </message>
    <message>
        <source>Memeriksa setiap baris buku kerja usulan massal, lalu membuat semua draf usulan dalam satu transaksi (tidak ada yang dibuat bila satu baris saja ditolak). Per baris, dipisah tab: lembar, baris, status (ok/warning/error), pesan. Status keluar 1 bila ada baris yang ditolak.</source>
        <translation>Memeriksa setiap baris buku kerja usulan massal, lalu membuat semua draf usulan dalam satu transaksi (tidak ada yang dibuat bila satu baris saja ditolak). Per baris, dipisah tab: lembar, baris, status (ok/warning/error), pesan. Status keluar 1 bila ada baris yang ditolak.</translation>
    </message>
    <message>
        <source>Hanya periksa; tidak membuat apa pun.</source>
        <translation>Hanya periksa; tidak membuat apa pun.</translation>
    </message>
    <message>
        <source>Buku kerja usulan.</source>
        <translation>Buku kerja usulan.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli proposals import --db FILE BOOK.xlsx [--dry-run]</source>
        <translation>Pemakaian: tepat-cli proposals import --db FILE BOOK.xlsx [--dry-run]</translation>
    </message>
    <message>
        <source>Membaca…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>draf usulan #%1</source>
        <translation>draf usulan #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n baris ditolak; tidak ada usulan yang dibuat.</source>
        <translation><numerusform>%n baris ditolak; tidak ada usulan yang dibuat.</numerusform></translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli export --db FILE --list households|requests|letters|bnba|duplicates [saringan] --out FILE.xlsx (bnba juga FILE.pdf)</source>
        <translation>Pemakaian: tepat-cli export --db FILE --list households|requests|letters|bnba|duplicates [saringan] --out FILE.xlsx (bnba juga FILE.pdf)</translation>
    </message>
    <message>
        <source>Daftar: households, requests, letters, bnba atau duplicates.</source>
        <translation>Daftar: households, requests, letters, bnba atau duplicates.</translation>
    </message>
    <message>
        <source>Buku kerja yang dibuat (bnba: .pdf untuk dicetak).</source>
        <translation>Buku kerja yang dibuat (bnba: .pdf untuk dicetak).</translation>
    </message>
    <message>
        <source>--min-score harus angka antara 0 dan 1, misalnya 0.9.</source>
        <translation>--min-score harus angka antara 0 dan 1, misalnya 0.9.</translation>
    </message>
    <message>
        <source>Di komputer kantor: menulis paket kerja untuk laptop lapangan (keluarga menurut RW/RT atau daftar ID, untuk satu akun petugas), terenkripsi dengan frasa sandi dari standard input dan ditandatangani kantor. Di laptop lapangan: menulis berkas hasil kunjungan sejak berkas hasil terakhir (tanpa frasa sandi), atau semuanya dengan --all. Hasil: kunci dan nilai dipisah tab.</source>
        <translation>Di komputer kantor: menulis paket kerja untuk laptop lapangan (keluarga menurut RW/RT atau daftar ID, untuk satu akun petugas), terenkripsi dengan frasa sandi dari standard input dan ditandatangani kantor. Di laptop lapangan: menulis berkas hasil kunjungan sejak berkas hasil terakhir (tanpa frasa sandi), atau semuanya dengan --all. Hasil: kunci dan nilai dipisah tab.</translation>
    </message>
    <message>
        <source>Laptop: semua hasil kunjungan lagi, bukan hanya yang belum dikirim (pengganti flashdisk yang hilang). Kantor: semua keluarga aktif (sama dengan tanpa --rw, --rt dan --households).</source>
        <translation>Laptop: semua hasil kunjungan lagi, bukan hanya yang belum dikirim (pengganti flashdisk yang hilang). Kantor: semua keluarga aktif (sama dengan tanpa --rw, --rt dan --households).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli bundle export --db FILE --out FILE [--all | [--rw N] [--rt N] [--households FILE]] [--assignee USER] [--passphrase-fd N]</source>
        <translation>Pemakaian: tepat-cli bundle export --db FILE --out FILE [--all | [--rw N] [--rt N] [--households FILE]] [--assignee USER] [--passphrase-fd N]</translation>
    </message>
    <message>
        <source>Daftar pengaduan dan sanggah (status, lewat 14 hari).</source>
        <translation>Daftar pengaduan dan sanggah (status, lewat 14 hari).</translation>
    </message>
    <message>
        <source>Daftar pengaduan dan sanggah, yang terbaru dulu, satu per baris (dipisah tab): nomor, diterima (UTC), jenis, saluran, status, lewat 14 hari (lapsed/-), ID keluarga, program, ditangani oleh, isi. Tanpa nama dan kontak pengadu.</source>
        <translation>Daftar pengaduan dan sanggah, yang terbaru dulu, satu per baris (dipisah tab): nomor, diterima (UTC), jenis, saluran, status, lewat 14 hari (lapsed/-), ID keluarga, program, ditangani oleh, isi. Tanpa nama dan kontak pengadu.</translation>
    </message>
    <message>
        <source>Hanya status ini: open (received dan handling), received, handling, answered, closed, forwarded.</source>
        <translation>Hanya status ini: open (received dan handling), received, handling, answered, closed, forwarded.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli complaints list --db FILE [--status S]</source>
        <translation>Pemakaian: tepat-cli complaints list --db FILE [--status S]</translation>
    </message>
    <message>
        <source>--status %1 tidak dikenal: open, received, handling, answered, closed atau forwarded.</source>
        <translation>--status %1 tidak dikenal: open, received, handling, answered, closed atau forwarded.</translation>
    </message>
    <message>
        <source>Menerima paket kerja di laptop lapangan (berkas data dibuat bila belum ada; frasa sandi dari standard input) atau menggabungkan berkas hasil kunjungan di komputer kantor. Berkas yang ditolak tidak mengubah apa pun (status keluar 1). Hasil: households, visits, photos, locations, answers, drafts, unchanged, conflicts, audit (kunci dan nilai dipisah tab).</source>
        <translation>Menerima paket kerja di laptop lapangan (berkas data dibuat bila belum ada; frasa sandi dari standard input) atau menggabungkan berkas hasil kunjungan di komputer kantor. Berkas yang ditolak tidak mengubah apa pun (status keluar 1). Hasil: households, visits, photos, locations, answers, drafts, unchanged, conflicts, audit (kunci dan nilai dipisah tab).</translation>
    </message>
    <message>
        <source>--min-score harus angka antara 0 dan 1, misalnya 0.6.</source>
        <translation>--min-score harus angka antara 0 dan 1, misalnya 0.6.</translation>
    </message>
    <message>
        <source>duplicates: skor terendah (0–1, bawaan %1).</source>
        <translation>duplicates: skor terendah (0–1, bawaan %1).</translation>
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
    <message>
        <source>Tulis ready_ms dan rss_kb begitu baris pertama tampil, lalu keluar.</source>
        <translation>Tulis ready_ms dan rss_kb begitu baris pertama tampil, lalu keluar.</translation>
    </message>
    <message>
        <source>Simpan gambar setiap halaman ke folder ini, lalu keluar.</source>
        <translation>Simpan gambar setiap halaman ke folder ini, lalu keluar.</translation>
    </message>
</context>
<context>
    <name>tepat::AccountSection</name>
    <message>
        <source>Tambah akun</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Peran:</translation>
    </message>
    <message>
        <source>Kata sandi sementara:</source>
        <translation>Kata sandi sementara:</translation>
    </message>
    <message>
        <source>Ulangi:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Berikan kata sandi sementara secara langsung; pemilik akun harus menggantinya saat masuk.</source>
        <translation>Berikan kata sandi sementara secara langsung; pemilik akun harus menggantinya saat masuk.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Ganti kata sandi saya…</source>
        <translation>Ganti kata sandi saya…</translation>
    </message>
    <message>
        <source>Kunci sekarang (Ctrl+L)</source>
        <translation>Kunci sekarang (Ctrl+L)</translation>
    </message>
    <message>
        <source>Kunci otomatis setelah tidak dipakai selama</source>
        <translation>Kunci otomatis setelah tidak dipakai selama</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Hanya administrator yang membuat dan mengubah akun.</source>
        <translation>Hanya administrator yang membuat dan mengubah akun.</translation>
    </message>
    <message>
        <source>Akun di kelurahan/desa ini</source>
        <translation>Akun di kelurahan/desa ini</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Tambah akun…</source>
        <translation>Tambah akun…</translation>
    </message>
    <message>
        <source>Ubah peran…</source>
        <translation>Ubah peran…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Akun tidak pernah dihapus supaya jejak audit tetap menyebut siapa yang berbuat apa; akun yang tidak dipakai lagi dinonaktifkan.</source>
        <translation>Akun tidak pernah dihapus supaya jejak audit tetap menyebut siapa yang berbuat apa; akun yang tidak dipakai lagi dinonaktifkan.</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>, harus mengganti kata sandi</source>
        <translation>, harus mengganti kata sandi</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Akun %1 dibuat. Pemiliknya mengganti kata sandi saat pertama masuk.</source>
        <translation>Akun %1 dibuat. Pemiliknya mengganti kata sandi saat pertama masuk.</translation>
    </message>
    <message>
        <source>Pilih akun di daftar dulu.</source>
        <translation>Pilih akun di daftar dulu.</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>Peran baru untuk %1:</source>
        <translation>Peran baru untuk %1:</translation>
    </message>
    <message>
        <source>Peran %1 sekarang %2.</source>
        <translation>Peran %1 sekarang %2.</translation>
    </message>
    <message>
        <source>Nonaktifkan akun</source>
        <translation>Nonaktifkan akun</translation>
    </message>
    <message>
        <source>Nonaktifkan akun %1? Pemiliknya tidak bisa masuk lagi sampai akunnya diaktifkan kembali.</source>
        <translation>Nonaktifkan akun %1? Pemiliknya tidak bisa masuk lagi sampai akunnya diaktifkan kembali.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>Akun %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>Akun %1 diaktifkan.</source>
        <translation>Akun %1 diaktifkan.</translation>
    </message>
    <message>
        <source>Kata sandi %1 diatur ulang; pemiliknya harus menggantinya saat masuk.</source>
        <translation>Kata sandi %1 diatur ulang; pemiliknya harus menggantinya saat masuk.</translation>
    </message>
    <message>
        <source>Kata sandi baru berlaku mulai sekarang.</source>
        <translation>Kata sandi baru berlaku mulai sekarang.</translation>
    </message>
    <message>
        <source>Kata sandi Anda sudah diganti.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
    <message>
        <source>Tepat terkunci sendiri setelah %1 menit tidak dipakai.</source>
        <translation>Tepat terkunci sendiri setelah %1 menit tidak dipakai.</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2), peran: %3. Terakhir masuk sebelum ini: %4.</source>
        <translation>Masuk sebagai %1 (%2), peran: %3. Terakhir masuk sebelum ini: %4.</translation>
    </message>
    <message>
        <source>Data orang</source>
        <translation>Data orang</translation>
    </message>
    <message>
        <source>Tautkan ke data orang…</source>
        <translation>Tautkan ke data orang…</translation>
    </message>
    <message>
        <source>tidak ditautkan</source>
        <translation>tidak ditautkan</translation>
    </message>
    <message>
        <source>Tautkan ke data orang</source>
        <translation>Tautkan ke data orang</translation>
    </message>
    <message>
        <source>ID DTKS anggota keluarga (misalnya 3571031001.000001.01) yang adalah pemilik akun %1. Usulan yang diajukannya untuk keluarganya sendiri, satu KK atau satu alamat ditandai konflik kepentingan. Kosongkan untuk melepas tautan.</source>
        <translation>ID DTKS anggota keluarga (misalnya 3571031001.000001.01) yang adalah pemilik akun %1. Usulan yang diajukannya untuk keluarganya sendiri, satu KK atau satu alamat ditandai konflik kepentingan. Kosongkan untuk melepas tautan.</translation>
    </message>
    <message>
        <source>Akun %1 tidak lagi ditautkan ke data orang.</source>
        <translation>Akun %1 tidak lagi ditautkan ke data orang.</translation>
    </message>
    <message>
        <source>Akun %1 ditautkan ke %2.</source>
        <translation>Akun %1 ditautkan ke %2.</translation>
    </message>
</context>
<context>
    <name>tepat::AgendaDialog</name>
    <message>
        <source>Tambah usulan ke agenda</source>
        <translation>Tambah usulan ke agenda</translation>
    </message>
    <message>
        <source>Centang usulan yang dibahas dalam musyawarah ini:</source>
        <translation>Centang usulan yang dibahas dalam musyawarah ini:</translation>
    </message>
    <message>
        <source>Usulan yang saling bertentangan:</source>
        <translation>Usulan yang saling bertentangan:</translation>
    </message>
</context>
<context>
    <name>tepat::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Pelaku</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Rincian</translation>
    </message>
</context>
<context>
    <name>tepat::AuditSection</name>
    <message>
        <source>Periksa keutuhan rantai</source>
        <translation>Periksa keutuhan rantai</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Rantai belum diperiksa.</source>
        <translation>Rantai belum diperiksa.</translation>
    </message>
    <message>
        <source>Cari pelaku, tindakan, objek atau rincian; #123 untuk catatan nomor 123</source>
        <translation>Cari pelaku, tindakan, objek atau rincian; #123 untuk catatan nomor 123</translation>
    </message>
    <message>
        <source>Memeriksa rantai…</source>
        <translation>Memeriksa rantai…</translation>
    </message>
    <message>
        <source>Utuh: %1 catatan diperiksa; tidak ada yang diubah, dihapus atau disisipkan. Catatan terakhir #%2, hash %3…</source>
        <translation>Utuh: %1 catatan diperiksa; tidak ada yang diubah, dihapus atau disisipkan. Catatan terakhir #%2, hash %3…</translation>
    </message>
    <message>
        <source>RANTAI RUSAK di catatan #%1: %2</source>
        <translation>RANTAI RUSAK di catatan #%1: %2</translation>
    </message>
    <message>
        <source>Tampilkan catatan #%1</source>
        <translation>Tampilkan catatan #%1</translation>
    </message>
    <message>
        <source>Jejak audit rusak</source>
        <translation>Jejak audit rusak</translation>
    </message>
    <message>
        <source>Pemeriksaan saat mulai menemukan jejak audit yang tidak utuh: %1

Data mungkin diubah di luar Tepat. Beri tahu administrator; tempat persisnya ada di Pengaturan → Jejak audit.</source>
        <translation>Pemeriksaan saat mulai menemukan jejak audit yang tidak utuh: %1

Data mungkin diubah di luar Tepat. Beri tahu administrator; tempat persisnya ada di Pengaturan → Jejak audit.</translation>
    </message>
    <message>
        <source>Setiap perubahan data, surat yang dicetak, setiap masuk (juga yang gagal), perubahan akun, cadangan dan pemulihan dicatat di sini. Tiap catatan terkait dengan catatan sebelumnya (rantai SHA-256), sehingga catatan yang diubah, dihapus atau disisipkan ketahuan.</source>
        <translation>Setiap perubahan data, surat yang dicetak, setiap masuk (juga yang gagal), perubahan akun, cadangan dan pemulihan dicatat di sini. Tiap catatan terkait dengan catatan sebelumnya (rantai SHA-256), sehingga catatan yang diubah, dihapus atau disisipkan ketahuan.</translation>
    </message>
    <message>
        <source>Tidak ada catatan yang cocok dengan pencarian ini.</source>
        <translation>Tidak ada catatan yang cocok dengan pencarian ini.</translation>
    </message>
    <message>
        <source>Memeriksa jejak audit…</source>
        <translation>Memeriksa jejak audit…</translation>
    </message>
</context>
<context>
    <name>tepat::BackupController</name>
    <message>
        <source>Frasa sandi cadangan disimpan. Cadangan berikutnya memakai frasa sandi ini.</source>
        <translation>Frasa sandi cadangan disimpan. Cadangan berikutnya memakai frasa sandi ini.</translation>
    </message>
    <message>
        <source>Tunggu pekerjaan cadangan yang berjalan.</source>
        <translation>Tunggu pekerjaan cadangan yang berjalan.</translation>
    </message>
    <message>
        <source>Menyiapkan kunci cadangan…</source>
        <translation>Menyiapkan kunci cadangan…</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan belum diatur. Administrator mengaturnya di Pengaturan → Cadangan.</source>
        <translation>Frasa sandi cadangan belum diatur. Administrator mengaturnya di Pengaturan → Cadangan.</translation>
    </message>
    <message>
        <source>Mencadangkan ke %1…</source>
        <translation>Mencadangkan ke %1…</translation>
    </message>
    <message>
        <source>Cadangan dibuat: %1 (%2 MB, %3 berkas foto/dokumen).</source>
        <translation>Cadangan dibuat: %1 (%2 MB, %3 berkas foto/dokumen).</translation>
    </message>
    <message>
        <source>Data sekarang tidak bisa dicadangkan dulu karena frasa sandi cadangan belum diatur. Atur dulu, atau pulihkan tanpa mencadangkan.</source>
        <translation>Data sekarang tidak bisa dicadangkan dulu karena frasa sandi cadangan belum diatur. Atur dulu, atau pulihkan tanpa mencadangkan.</translation>
    </message>
    <message>
        <source>Pemulihan tidak dijalankan; data tidak diubah.</source>
        <translation>Pemulihan tidak dijalankan; data tidak diubah.</translation>
    </message>
    <message>
        <source>Data tidak diubah.</source>
        <translation>Data tidak diubah.</translation>
    </message>
    <message>
        <source>Cadangan dari %1 dipulihkan.</source>
        <translation>Cadangan dari %1 dipulihkan.</translation>
    </message>
    <message>
        <source>Memeriksa dan memulihkan cadangan…</source>
        <translation>Memeriksa dan memulihkan cadangan…</translation>
    </message>
    <message>
        <source>Mencadangkan data…</source>
        <translation>Mencadangkan data…</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
</context>
<context>
    <name>tepat::BackupSection</name>
    <message>
        <source>Frasa sandi cadangan</source>
        <translation>Frasa sandi cadangan</translation>
    </message>
    <message>
        <source>Cadangan dienkripsi dengan frasa sandi ini. Tanpa frasa sandi ini cadangan TIDAK BISA dipulihkan, juga oleh pembuat Tepat. Tulis dan simpan di tempat aman, terpisah dari komputer dan flashdisk cadangan. Minimal 10 karakter; beberapa kata lebih mudah diingat.</source>
        <translation>Cadangan dienkripsi dengan frasa sandi ini. Tanpa frasa sandi ini cadangan TIDAK BISA dipulihkan, juga oleh pembuat Tepat. Tulis dan simpan di tempat aman, terpisah dari komputer dan flashdisk cadangan. Minimal 10 karakter; beberapa kata lebih mudah diingat.</translation>
    </message>
    <message>
        <source>Frasa sandi:</source>
        <translation>Frasa sandi:</translation>
    </message>
    <message>
        <source>Ulangi:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Cadangkan ke berkas lain…</source>
        <translation>Cadangkan ke berkas lain…</translation>
    </message>
    <message>
        <source>Cadangan terjadwal</source>
        <translation>Cadangan terjadwal</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>setiap hari</source>
        <translation>setiap hari</translation>
    </message>
    <message>
        <source>setiap 12 jam</source>
        <translation>setiap 12 jam</translation>
    </message>
    <message>
        <source>setiap 4 jam</source>
        <translation>setiap 4 jam</translation>
    </message>
    <message>
        <source>setiap minggu</source>
        <translation>setiap minggu</translation>
    </message>
    <message>
        <source>Cadangkan:</source>
        <translation>Cadangkan:</translation>
    </message>
    <message>
        <source> cadangan terakhir</source>
        <translation> cadangan terakhir</translation>
    </message>
    <message>
        <source>Simpan:</source>
        <translation>Simpan:</translation>
    </message>
    <message>
        <source>Simpan cadangan juga di luar komputer ini (flashdisk, disk lain): folder di disk yang sama tidak menolong bila komputernya hilang atau rusak.</source>
        <translation>Simpan cadangan juga di luar komputer ini (flashdisk, disk lain): folder di disk yang sama tidak menolong bila komputernya hilang atau rusak.</translation>
    </message>
    <message>
        <source>Simpan jadwal</source>
        <translation>Simpan jadwal</translation>
    </message>
    <message>
        <source>Atur frasa sandi cadangan…</source>
        <translation>Atur frasa sandi cadangan…</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Pemulihan selesai</translation>
    </message>
    <message>
        <source>Data sudah dipulihkan. Tepat ditutup sekarang; buka kembali untuk bekerja dengan data yang dipulihkan.</source>
        <translation>Data sudah dipulihkan. Tepat ditutup sekarang; buka kembali untuk bekerja dengan data yang dipulihkan.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: %1 (%2).</source>
        <translation>Cadangan terakhir: %1 (%2).</translation>
    </message>
    <message>
        <source>Belum pernah ada cadangan.</source>
        <translation>Belum pernah ada cadangan.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan belum diatur, jadi belum ada cadangan terjadwal.</source>
        <translation>Frasa sandi cadangan belum diatur, jadi belum ada cadangan terjadwal.</translation>
    </message>
    <message>
        <source>Cadangan berikutnya: %1, ke %2.</source>
        <translation>Cadangan berikutnya: %1, ke %2.</translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>Pilih folder cadangan untuk menjadwalkan cadangan.</source>
        <translation>Pilih folder cadangan untuk menjadwalkan cadangan.</translation>
    </message>
    <message>
        <source>Cadangan terakhir GAGAL: %1</source>
        <translation>Cadangan terakhir GAGAL: %1</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Jadwal cadangan disimpan.</source>
        <translation>Jadwal cadangan disimpan.</translation>
    </message>
    <message>
        <source>Simpan cadangan</source>
        <translation>Simpan cadangan</translation>
    </message>
    <message>
        <source>Cadangan Tepat (*.tepatbak)</source>
        <translation>Cadangan Tepat (*.tepatbak)</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Cadangan Tepat (*.tepatbak);;Semua berkas (*)</source>
        <translation>Cadangan Tepat (*.tepatbak);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Frasa sandi untuk %1:</source>
        <translation>Frasa sandi untuk %1:</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>Semua data di komputer ini akan diganti dengan isi cadangan %1. Perubahan sesudah cadangan itu dibuat akan hilang. Cadangan diperiksa utuh dulu; bila rusak atau frasa sandinya salah, tidak ada yang diubah.</source>
        <translation>Semua data di komputer ini akan diganti dengan isi cadangan %1. Perubahan sesudah cadangan itu dibuat akan hilang. Cadangan diperiksa utuh dulu; bila rusak atau frasa sandinya salah, tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Cadangkan data sekarang dulu (disarankan)</source>
        <translation>Cadangkan data sekarang dulu (disarankan)</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Pulihkan</translation>
    </message>
</context>
<context>
    <name>tepat::CalendarPage</name>
    <message>
        <source>Tanggal penting</source>
        <translation>Tanggal penting</translation>
    </message>
    <message>
        <source>Batas usulan bulan ini:</source>
        <translation>Batas usulan bulan ini:</translation>
    </message>
    <message>
        <source>Rilis desil BPS berikutnya:</source>
        <translation>Rilis desil BPS berikutnya:</translation>
    </message>
    <message>
        <source>Musyawarah terakhir:</source>
        <translation>Musyawarah terakhir:</translation>
    </message>
    <message>
        <source>Musyawarah berikutnya:</source>
        <translation>Musyawarah berikutnya:</translation>
    </message>
    <message>
        <source>Yang masih menunggu</source>
        <translation>Yang masih menunggu</translation>
    </message>
    <message>
        <source>Draf dan agenda musyawarah:</source>
        <translation>Draf dan agenda musyawarah:</translation>
    </message>
    <message>
        <source>Di kotak keluar (belum diterima server):</source>
        <translation>Di kotak keluar (belum diterima server):</translation>
    </message>
    <message>
        <source>Belum dijawab Dinsos:</source>
        <translation>Belum dijawab Dinsos:</translation>
    </message>
    <message>
        <source>Tanggal batas usulan dan rilis BPS diatur di Pengaturan › Kalender; jarak antarmusyawarah di Pengaturan › Surat &amp; kop.</source>
        <translation>Tanggal batas usulan dan rilis BPS diatur di Pengaturan › Kalender; jarak antarmusyawarah di Pengaturan › Surat &amp; kop.</translation>
    </message>
    <message>
        <source>Kalender DTSEN — %1</source>
        <translation>Kalender DTSEN — %1</translation>
    </message>
    <message>
        <source>%1 — sudah lewat; batas berikutnya %2 (%3)</source>
        <translation>%1 — sudah lewat; batas berikutnya %2 (%3)</translation>
    </message>
    <message>
        <source> (perkiraan; bupati/wali kota dapat memeriksanya dulu)</source>
        <translation> (perkiraan; bupati/wali kota dapat memeriksanya dulu)</translation>
    </message>
    <message>
        <source>belum diatur</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <source>belum ada yang tercatat</source>
        <translation>belum ada yang tercatat</translation>
    </message>
    <message>
        <source> (direncanakan)</source>
        <translation> (direncanakan)</translation>
    </message>
    <message numerus="yes">
        <source>paling lambat %1 (aturan: sekali dalam %n bulan)</source>
        <translation><numerusform>paling lambat %1 (aturan: sekali dalam %n bulan)</numerusform></translation>
    </message>
    <message>
        <source>segera: belum ada musyawarah yang tercatat</source>
        <translation>segera: belum ada musyawarah yang tercatat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — yang terlama diterima server %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — yang terlama diterima server %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tepat::CalendarSettingsSection</name>
    <message>
        <source> hari</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Batas usulan setiap bulan, tanggal:</source>
        <translation>Batas usulan setiap bulan, tanggal:</translation>
    </message>
    <message>
        <source>Rilis desil BPS, tanggal:</source>
        <translation>Rilis desil BPS, tanggal:</translation>
    </message>
    <message>
        <source>…pada bulan:</source>
        <translation>…pada bulan:</translation>
    </message>
    <message>
        <source>Ingatkan batas usulan sejak:</source>
        <translation>Ingatkan batas usulan sejak:</translation>
    </message>
    <message>
        <source>Ingatkan musyawarah yang jatuh tempo sejak:</source>
        <translation>Ingatkan musyawarah yang jatuh tempo sejak:</translation>
    </message>
    <message>
        <source>Bawaan: batas tanggal 17, rilis BPS sekitar tanggal 20 pada Januari, April, Juli dan Oktober. Sesuaikan dengan jadwal kabupaten/kota.</source>
        <translation>Bawaan: batas tanggal 17, rilis BPS sekitar tanggal 20 pada Januari, April, Juli dan Oktober. Sesuaikan dengan jadwal kabupaten/kota.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>tepat::ComplaintDialog</name>
    <message>
        <source>&amp;Tanpa nama (pengadu tidak mau disebut)</source>
        <translation>&amp;Tanpa nama (pengadu tidak mau disebut)</translation>
    </message>
    <message>
        <source>Catat pengaduan</source>
        <translation>Catat pengaduan</translation>
    </message>
    <message>
        <source>Sanggah: warga menyatakan seorang penerima tidak layak. Sanggah yang tidak diverifikasi dalam %1 hari gugur.</source>
        <translation>Sanggah: warga menyatakan seorang penerima tidak layak. Sanggah yang tidak diverifikasi dalam %1 hari gugur.</translation>
    </message>
    <message>
        <source>(tidak tentang satu program)</source>
        <translation>(tidak tentang satu program)</translation>
    </message>
    <message>
        <source>nomor telepon atau alamat, bila mau dihubungi</source>
        <translation>nomor telepon atau alamat, bila mau dihubungi</translation>
    </message>
    <message>
        <source>ID keluarga, bila tentang satu keluarga</source>
        <translation>ID keluarga, bila tentang satu keluarga</translation>
    </message>
    <message>
        <source>Apa yang diadukan: siapa, program apa, sejak kapan</source>
        <translation>Apa yang diadukan: siapa, program apa, sejak kapan</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Saluran:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>&amp;Nama pengadu:</source>
        <translation>&amp;Nama pengadu:</translation>
    </message>
    <message>
        <source>&amp;Kontak:</source>
        <translation>&amp;Kontak:</translation>
    </message>
    <message>
        <source>Ke&amp;luarga:</source>
        <translation>Ke&amp;luarga:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Isi pengaduan:</source>
        <translation>&amp;Isi pengaduan:</translation>
    </message>
    <message>
        <source>Simpan pengaduan</source>
        <translation>Simpan pengaduan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>tepat::ComplaintOutcomeDialog</name>
    <message>
        <source>Tutup pengaduan</source>
        <translation>Tutup pengaduan</translation>
    </message>
    <message>
        <source>Teruskan ke Dinsos</source>
        <translation>Teruskan ke Dinsos</translation>
    </message>
    <message>
        <source>Simpan jawaban</source>
        <translation>Simpan jawaban</translation>
    </message>
    <message>
        <source>%1 nomor %2</source>
        <translation>%1 nomor %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Mengapa diteruskan ke Dinsos (catatan untuk Dinsos):</source>
        <translation>&amp;Mengapa diteruskan ke Dinsos (catatan untuk Dinsos):</translation>
    </message>
    <message>
        <source>&amp;Alasan menutup (mis. gugur, ditarik pengadu, ganda):</source>
        <translation>&amp;Alasan menutup (mis. gugur, ditarik pengadu, ganda):</translation>
    </message>
    <message>
        <source>&amp;Jawaban kepada pengadu:</source>
        <translation>&amp;Jawaban kepada pengadu:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Pengaduan nomor %1 ditutup dan tidak dapat dibuka lagi. Tutup sekarang?</source>
        <translation>Pengaduan nomor %1 ditutup dan tidak dapat dibuka lagi. Tutup sekarang?</translation>
    </message>
</context>
<context>
    <name>tepat::ComplaintsPage</name>
    <message>
        <source>tanpa nama</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <source>%1 — lewat %2 hari</source>
        <translation>%1 — lewat %2 hari</translation>
    </message>
    <message>
        <source>%1 — terverifikasi</source>
        <translation>%1 — terverifikasi</translation>
    </message>
    <message>
        <source>Pengaduan dan sanggah</source>
        <translation>Pengaduan dan sanggah</translation>
    </message>
    <message>
        <source>Terbuka (diterima atau sedang ditangani)</source>
        <translation>Terbuka (diterima atau sedang ditangani)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Catat &amp;pengaduan…</source>
        <translation>Catat &amp;pengaduan…</translation>
    </message>
    <message>
        <source>Catat pengaduan atau sanggah baru (Ctrl+N)</source>
        <translation>Catat pengaduan atau sanggah baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Saluran</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Pengadu</translation>
    </message>
    <message>
        <source>Keluarga / program</source>
        <translation>Keluarga / program</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan dengan status ini. Pengaduan dari loket, telepon atau Cek Bansos dicatat dengan "Catat pengaduan…".</source>
        <translation>Tidak ada pengaduan dengan status ini. Pengaduan dari loket, telepon atau Cek Bansos dicatat dengan "Catat pengaduan…".</translation>
    </message>
    <message>
        <source>‹ Se&amp;belumnya</source>
        <translation>‹ Se&amp;belumnya</translation>
    </message>
    <message>
        <source>Berikut&amp;nya ›</source>
        <translation>Berikut&amp;nya ›</translation>
    </message>
    <message>
        <source>&amp;Tangani</source>
        <translation>&amp;Tangani</translation>
    </message>
    <message>
        <source>Ambil pengaduan ini untuk ditangani (status: sedang ditangani)</source>
        <translation>Ambil pengaduan ini untuk ditangani (status: sedang ditangani)</translation>
    </message>
    <message>
        <source>Tandai te&amp;rverifikasi</source>
        <translation>Tandai te&amp;rverifikasi</translation>
    </message>
    <message>
        <source>Pemeriksaan lapangan membenarkan sanggah ini (tidak gugur)</source>
        <translation>Pemeriksaan lapangan membenarkan sanggah ini (tidak gugur)</translation>
    </message>
    <message>
        <source>&amp;Jawab…</source>
        <translation>&amp;Jawab…</translation>
    </message>
    <message>
        <source>Tulis jawaban kepada pengadu (Enter pada baris)</source>
        <translation>Tulis jawaban kepada pengadu (Enter pada baris)</translation>
    </message>
    <message>
        <source>T&amp;utup…</source>
        <translation>T&amp;utup…</translation>
    </message>
    <message>
        <source>Tutup tanpa jawaban lebih lanjut, mis. sanggah yang gugur</source>
        <translation>Tutup tanpa jawaban lebih lanjut, mis. sanggah yang gugur</translation>
    </message>
    <message>
        <source>Teruskan ke &amp;Dinsos…</source>
        <translation>Teruskan ke &amp;Dinsos…</translation>
    </message>
    <message>
        <source>Bukan wewenang kelurahan: teruskan ke Dinsos dengan catatan</source>
        <translation>Bukan wewenang kelurahan: teruskan ke Dinsos dengan catatan</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>%1 pengaduan terbuka; %2 sanggah lewat %3 hari belum diverifikasi (gugur bila tidak diperiksa).</source>
        <translation>%1 pengaduan terbuka; %2 sanggah lewat %3 hari belum diverifikasi (gugur bila tidak diperiksa).</translation>
    </message>
    <message>
        <source>%1 pengaduan terbuka.</source>
        <translation>%1 pengaduan terbuka.</translation>
    </message>
    <message>
        <source>Halaman %1 · nomor urut %2–%3</source>
        <translation>Halaman %1 · nomor urut %2–%3</translation>
    </message>
    <message>
        <source>Pilih satu pengaduan untuk melihat rinciannya.</source>
        <translation>Pilih satu pengaduan untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 nomor %2&lt;/b&gt; — lewat %3, diterima %4 oleh %5</source>
        <translation>&lt;b&gt;%1 nomor %2&lt;/b&gt; — lewat %3, diterima %4 oleh %5</translation>
    </message>
    <message>
        <source>Pengadu: tanpa nama</source>
        <translation>Pengadu: tanpa nama</translation>
    </message>
    <message>
        <source>Pengadu: %1</source>
        <translation>Pengadu: %1</translation>
    </message>
    <message>
        <source>Pengadu: %1 (%2)</source>
        <translation>Pengadu: %1 (%2)</translation>
    </message>
    <message>
        <source>Tentang: %1</source>
        <translation>Tentang: %1</translation>
    </message>
    <message>
        <source>Isi: %1</source>
        <translation>Isi: %1</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, ditangani oleh %1</source>
        <translation>, ditangani oleh %1</translation>
    </message>
    <message>
        <source>, selesai %1</source>
        <translation>, selesai %1</translation>
    </message>
    <message>
        <source>Sanggah terverifikasi %1.</source>
        <translation>Sanggah terverifikasi %1.</translation>
    </message>
    <message>
        <source>&lt;span style="color:#b00020"&gt;Lewat %1 hari tanpa verifikasi: sanggah ini gugur. Tutup dengan alasannya, atau tandai terverifikasi bila pemeriksaan membenarkannya.&lt;/span&gt;</source>
        <translation>&lt;span style="color:#b00020"&gt;Lewat %1 hari tanpa verifikasi: sanggah ini gugur. Tutup dengan alasannya, atau tandai terverifikasi bila pemeriksaan membenarkannya.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Belum diverifikasi; gugur setelah %1 (%2 hari sejak diterima).</source>
        <translation>Belum diverifikasi; gugur setelah %1 (%2 hari sejak diterima).</translation>
    </message>
    <message>
        <source>Jawaban / catatan: %1</source>
        <translation>Jawaban / catatan: %1</translation>
    </message>
</context>
<context>
    <name>tepat::CorrectionEditor</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Nilai sekarang</source>
        <translation>Nilai sekarang</translation>
    </message>
    <message>
        <source>Nilai baru</source>
        <translation>Nilai baru</translation>
    </message>
    <message>
        <source>Isi nilai baru hanya pada data yang salah.</source>
        <translation>Isi nilai baru hanya pada data yang salah.</translation>
    </message>
    <message>
        <source>Perubahan:</source>
        <translation>Perubahan:</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(belum ada)</translation>
    </message>
</context>
<context>
    <name>tepat::CounterReportEditor</name>
    <message>
        <source>Pelapor tidak mau disebut (tanpa nama)</source>
        <translation>Pelapor tidak mau disebut (tanpa nama)</translation>
    </message>
    <message>
        <source>Yang disanggah</source>
        <translation>Yang disanggah</translation>
    </message>
    <message>
        <source>Keluarga yang diusulkan</source>
        <translation>Keluarga yang diusulkan</translation>
    </message>
    <message>
        <source>Nama dan alamat penerima yang dianggap tidak layak</source>
        <translation>Nama dan alamat penerima yang dianggap tidak layak</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Nama kepala keluarga</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Pelapor (boleh dikosongkan bila tanpa nama)</source>
        <translation>Pelapor (boleh dikosongkan bila tanpa nama)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>No HP</source>
        <translation>No HP</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
</context>
<context>
    <name>tepat::DashboardPage</name>
    <message>
        <source>Ringkasan</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Keluarga aktif</source>
        <translation>Keluarga aktif</translation>
    </message>
    <message>
        <source>Orang aktif</source>
        <translation>Orang aktif</translation>
    </message>
    <message>
        <source>Dinonaktifkan bulan ini</source>
        <translation>Dinonaktifkan bulan ini</translation>
    </message>
    <message>
        <source>Usulan menunggu musyawarah</source>
        <translation>Usulan menunggu musyawarah</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Menunggu dikirim</translation>
    </message>
    <message>
        <source>Penerima tidak sesuai desil</source>
        <translation>Penerima tidak sesuai desil</translation>
    </message>
    <message>
        <source>Per wilayah:</source>
        <translation>Per wilayah:</translation>
    </message>
    <message>
        <source>Hitung ulang</source>
        <translation>Hitung ulang</translation>
    </message>
    <message>
        <source>Ringkasan dihitung saat halaman ini dibuka.</source>
        <translation>Ringkasan dihitung saat halaman ini dibuka.</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Penerima per program (orang): %1</source>
        <translation>Penerima per program (orang): %1</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>belum</translation>
    </message>
    <message>
        <source>Keluarga per desil</source>
        <translation>Keluarga per desil</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Semua RW</source>
        <translation>Semua RW</translation>
    </message>
    <message>
        <source>RT di RW %1</source>
        <translation>RT di RW %1</translation>
    </message>
    <message>
        <source>Dihitung pukul %1.</source>
        <translation>Dihitung pukul %1.</translation>
    </message>
    <message>
        <source>RW %1</source>
        <translation>RW %1</translation>
    </message>
    <message>
        <source>RT %1</source>
        <translation>RT %1</translation>
    </message>
    <message>
        <source>Keluarga per RW</source>
        <translation>Keluarga per RW</translation>
    </message>
    <message>
        <source>Keluarga per RT di RW %1</source>
        <translation>Keluarga per RT di RW %1</translation>
    </message>
    <message>
        <source>Penerima bansos</source>
        <translation>Penerima bansos</translation>
    </message>
    <message>
        <source>Lihat keluarganya…</source>
        <translation>Lihat keluarganya…</translation>
    </message>
    <message>
        <source>Buka daftar Keluarga yang punya penerima program yang tidak sesuai desilnya.</source>
        <translation>Buka daftar Keluarga yang punya penerima program yang tidak sesuai desilnya.</translation>
    </message>
    <message>
        <source>Pengaduan terbuka</source>
        <translation>Pengaduan terbuka</translation>
    </message>
    <message>
        <source>Sanggah lewat %1 hari</source>
        <translation>Sanggah lewat %1 hari</translation>
    </message>
    <message>
        <source>Sanggah yang belum diverifikasi %1 hari setelah diterima: gugur bila tidak diperiksa (halaman Pengaduan).</source>
        <translation>Sanggah yang belum diverifikasi %1 hari setelah diterima: gugur bila tidak diperiksa (halaman Pengaduan).</translation>
    </message>
    <message>
        <source>Kemungkinan ganda baru sejak impor/tarik data</source>
        <translation>Kemungkinan ganda baru sejak impor/tarik data</translation>
    </message>
    <message>
        <source>Pasangan data yang mungkin orang yang sama, yang muncul setelah impor snapshot atau tarik data terakhir. Periksa di halaman Kemungkinan ganda.</source>
        <translation>Pasangan data yang mungkin orang yang sama, yang muncul setelah impor snapshot atau tarik data terakhir. Periksa di halaman Kemungkinan ganda.</translation>
    </message>
</context>
<context>
    <name>tepat::DecisionDialog</name>
    <message>
        <source>Keputusan</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>wajib untuk ditolak atau ditunda</source>
        <translation>wajib untuk ditolak atau ditunda</translation>
    </message>
    <message>
        <source>&amp;Keputusan:</source>
        <translation>&amp;Keputusan:</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Alasan:</translation>
    </message>
</context>
<context>
    <name>tepat::DisbursementTimeline</name>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Artinya</source>
        <translation>Artinya</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Belum ada riwayat penyaluran untuk keluarga ini. Status penyaluran (SI, GAGAL OMSPAN, SUKSES SPM, …) datang dari server kabupaten lewat sinkronisasi.</source>
        <translation>Belum ada riwayat penyaluran untuk keluarga ini. Status penyaluran (SI, GAGAL OMSPAN, SUKSES SPM, …) datang dari server kabupaten lewat sinkronisasi.</translation>
    </message>
    <message>
        <source>Belum ada penyaluran tercatat.</source>
        <translation>Belum ada penyaluran tercatat.</translation>
    </message>
    <message>
        <source>Penyaluran terakhir: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Penyaluran terakhir: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tepat::DisplaySection</name>
    <message>
        <source>Besar (115%)</source>
        <translation>Besar (115%)</translation>
    </message>
    <message>
        <source>Lebih besar (130%)</source>
        <translation>Lebih besar (130%)</translation>
    </message>
    <message>
        <source>Sangat besar (150%)</source>
        <translation>Sangat besar (150%)</translation>
    </message>
    <message>
        <source>Biasa (100%)</source>
        <translation>Biasa (100%)</translation>
    </message>
    <message>
        <source>Ukuran huruf di seluruh jendela Tepat</source>
        <translation>Ukuran huruf di seluruh jendela Tepat</translation>
    </message>
    <message>
        <source>Ukuran teks</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <source>Berlaku langsung dan tetap dipakai saat Tepat dibuka lagi. Pada layar kecil (1366×768) ukuran Biasa atau Besar paling nyaman.</source>
        <translation>Berlaku langsung dan tetap dipakai saat Tepat dibuka lagi. Pada layar kecil (1366×768) ukuran Biasa atau Besar paling nyaman.</translation>
    </message>
</context>
<context>
    <name>tepat::DuplicateComparison</name>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>Data 1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>Data 2</translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>ID orang</source>
        <translation>ID orang</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>Skor kemiripan %1% — baris berwarna berbeda isinya.</source>
        <translation>Skor kemiripan %1% — baris berwarna berbeda isinya.</translation>
    </message>
    <message>
        <source>Alasan: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Pekerjaan</translation>
    </message>
</context>
<context>
    <name>tepat::DuplicatesPage</name>
    <message>
        <source>Periksa seluruh data</source>
        <translation>Periksa seluruh data</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Ganda: pertahankan data 1…</source>
        <translation>Ganda: pertahankan data 1…</translation>
    </message>
    <message>
        <source>Ganda: pertahankan data 2…</source>
        <translation>Ganda: pertahankan data 2…</translation>
    </message>
    <message>
        <source>Bukan orang yang sama…</source>
        <translation>Bukan orang yang sama…</translation>
    </message>
    <message>
        <source>Pasangan data yang kemungkinan orang yang sama: NIK salah ketik, tanggal dan bulan lahir tertukar, ejaan lama (Soeparman/Suparman), urutan nama, singkatan M. untuk Muhammad, di keluarga lain. Nama yang umum diberi bobot lebih kecil. Pilih pasangan, bandingkan, lalu putuskan: data ganda menjadi draf penghapusan untuk musyawarah; yang bukan ganda tidak muncul lagi selama datanya tidak berubah.</source>
        <translation>Pasangan data yang kemungkinan orang yang sama: NIK salah ketik, tanggal dan bulan lahir tertukar, ejaan lama (Soeparman/Suparman), urutan nama, singkatan M. untuk Muhammad, di keluarga lain. Nama yang umum diberi bobot lebih kecil. Pilih pasangan, bandingkan, lalu putuskan: data ganda menjadi draf penghapusan untuk musyawarah; yang bukan ganda tidak muncul lagi selama datanya tidak berubah.</translation>
    </message>
    <message>
        <source>Belum diperiksa. Pemeriksaan berjalan di latar belakang; halaman lain tetap bisa dipakai.</source>
        <translation>Belum diperiksa. Pemeriksaan berjalan di latar belakang; halaman lain tetap bisa dipakai.</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>Data 1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>Data 2</translation>
    </message>
    <message>
        <source>Alasan utama</source>
        <translation>Alasan utama</translation>
    </message>
    <message>
        <source>Belum ada pasangan. Tekan "Periksa seluruh data".</source>
        <translation>Belum ada pasangan. Tekan "Periksa seluruh data".</translation>
    </message>
    <message>
        <source>Membandingkan seluruh data…</source>
        <translation>Membandingkan seluruh data…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal: %1</source>
        <translation>Pemeriksaan gagal: %1</translation>
    </message>
    <message>
        <source>Pemeriksaan dibatalkan. Daftar sebelumnya tetap ditampilkan.</source>
        <translation>Pemeriksaan dibatalkan. Daftar sebelumnya tetap ditampilkan.</translation>
    </message>
    <message>
        <source>%1 pasangan kemungkinan ganda dan %2 keluarga yang mungkin terdaftar dua kali, dari %3 orang (%4 detik).</source>
        <translation>%1 pasangan kemungkinan ganda dan %2 keluarga yang mungkin terdaftar dua kali, dari %3 orang (%4 detik).</translation>
    </message>
    <message>
        <source>Pilih pasangan dulu.</source>
        <translation>Pilih pasangan dulu.</translation>
    </message>
    <message>
        <source>Bukan orang yang sama</source>
        <translation>Bukan orang yang sama</translation>
    </message>
    <message>
        <source>Mengapa kedua data ini bukan orang yang sama? (misalnya: kembar, sudah dicek ke rumah)</source>
        <translation>Mengapa kedua data ini bukan orang yang sama? (misalnya: kembar, sudah dicek ke rumah)</translation>
    </message>
    <message>
        <source>Belum tersimpan</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Data ganda</translation>
    </message>
    <message>
        <source>Buat draf penghapusan untuk %1 (ID %2) dengan alasan "data ganda", sebagai ganda dari %3? Draf itu diputuskan di musyawarah seperti usulan lain.</source>
        <translation>Buat draf penghapusan untuk %1 (ID %2) dengan alasan "data ganda", sebagai ganda dari %3? Draf itu diputuskan di musyawarah seperti usulan lain.</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>Simpan daftar kemungkinan ganda sebagai buku kerja Excel (.xlsx).</source>
        <translation>Simpan daftar kemungkinan ganda sebagai buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
        <source>kemungkinan ganda</source>
        <translation>kemungkinan ganda</translation>
    </message>
</context>
<context>
    <name>tepat::ExcelExport</name>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Ekspor ke Excel</translation>
    </message>
    <message>
        <source>%1 baris disimpan di %2.</source>
        <translation>%1 baris disimpan di %2.</translation>
    </message>
    <message>
        <source>Buku Kerja Excel (*.xlsx)</source>
        <translation>Buku Kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan buku kerja…</source>
        <translation>Menyimpan buku kerja…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>tepat::FamilyCardPanel</name>
    <message>
        <source>Foto kartu keluarga memuat NIK semua anggota: tidak ditampilkan sebagai gambar kecil dan tidak ikut dalam berkas hasil.</source>
        <translation>Foto kartu keluarga memuat NIK semua anggota: tidak ditampilkan sebagai gambar kecil dan tidak ikut dalam berkas hasil.</translation>
    </message>
    <message>
        <source>Ta&amp;mbah foto KK…</source>
        <translation>Ta&amp;mbah foto KK…</translation>
    </message>
    <message>
        <source>L&amp;ihat</source>
        <translation>L&amp;ihat</translation>
    </message>
    <message>
        <source>Le&amp;pas</source>
        <translation>Le&amp;pas</translation>
    </message>
    <message>
        <source>Pilih foto kartu keluarga</source>
        <translation>Pilih foto kartu keluarga</translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)</translation>
    </message>
    <message>
        <source>Lepas foto kartu keluarga</source>
        <translation>Lepas foto kartu keluarga</translation>
    </message>
    <message>
        <source>Foto kartu keluarga ini dilepas dari keluarga (tetap tercatat siapa dan kapan).</source>
        <translation>Foto kartu keluarga ini dilepas dari keluarga (tetap tercatat siapa dan kapan).</translation>
    </message>
    <message>
        <source>Lepas foto</source>
        <translation>Lepas foto</translation>
    </message>
    <message>
        <source>Foto KK, ditambahkan oleh %1 pada %2</source>
        <translation>Foto KK, ditambahkan oleh %1 pada %2</translation>
    </message>
    <message>
        <source>Foto kartu keluarga</source>
        <translation>Foto kartu keluarga</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>tepat::FieldConflictsDialog</name>
    <message>
        <source>Konflik data lapangan</source>
        <translation>Konflik data lapangan</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Data kantor</source>
        <translation>Data kantor</translation>
    </message>
    <message>
        <source>Data lapangan</source>
        <translation>Data lapangan</translation>
    </message>
    <message>
        <source>Dari petugas</source>
        <translation>Dari petugas</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang menunggu keputusan. Konflik muncul saat berkas hasil dari laptop mengubah data yang juga diubah di kantor sejak paket kerja dibuat.</source>
        <translation>Tidak ada konflik yang menunggu keputusan. Konflik muncul saat berkas hasil dari laptop mengubah data yang juga diubah di kantor sejak paket kerja dibuat.</translation>
    </message>
    <message>
        <source>Pakai data &amp;kantor</source>
        <translation>Pakai data &amp;kantor</translation>
    </message>
    <message>
        <source>Data kantor tetap dipakai; data lapangan tetap tercatat.</source>
        <translation>Data kantor tetap dipakai; data lapangan tetap tercatat.</translation>
    </message>
    <message>
        <source>Pakai data &amp;lapangan</source>
        <translation>Pakai data &amp;lapangan</translation>
    </message>
    <message>
        <source>Data lapangan menggantikan data kantor.</source>
        <translation>Data lapangan menggantikan data kantor.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Semua konflik data lapangan sudah diputuskan.</source>
        <translation>Semua konflik data lapangan sudah diputuskan.</translation>
    </message>
    <message>
        <source>%1 konflik menunggu keputusan. Pilih baris, lalu pakai data kantor (Alt+K) atau data lapangan (Alt+L).</source>
        <translation>%1 konflik menunggu keputusan. Pilih baris, lalu pakai data kantor (Alt+K) atau data lapangan (Alt+L).</translation>
    </message>
    <message>
        <source>%1, kunjungan %2</source>
        <translation>%1, kunjungan %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Temuan lapangan tentang anggota keluarga dibuat sebagai usulan, bukan dipakai langsung.</source>
        <translation>Temuan lapangan tentang anggota keluarga dibuat sebagai usulan, bukan dipakai langsung.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pilih dulu konflik yang akan diputuskan.</source>
        <translation>Pilih dulu konflik yang akan diputuskan.</translation>
    </message>
    <message>
        <source>Pakai data kantor?</source>
        <translation>Pakai data kantor?</translation>
    </message>
    <message>
        <source>%1 — %2

Yang disimpan: data kantor
%3

Yang dibuang: data lapangan dari %4 (tetap tercatat di riwayat konflik, tetapi tidak dipakai)
%5

Keputusan ini tidak bisa diubah lagi.</source>
        <translation>%1 — %2

Yang disimpan: data kantor
%3

Yang dibuang: data lapangan dari %4 (tetap tercatat di riwayat konflik, tetapi tidak dipakai)
%5

Keputusan ini tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>Pakai data kantor</source>
        <translation>Pakai data kantor</translation>
    </message>
    <message>
        <source>Pakai data lapangan?</source>
        <translation>Pakai data lapangan?</translation>
    </message>
    <message>
        <source>%1 — %2

Yang disimpan: data lapangan dari %3, menjadi data kantor
%4

Yang dibuang: data kantor yang sekarang
%5

Keputusan ini tidak bisa diubah lagi.</source>
        <translation>%1 — %2

Yang disimpan: data lapangan dari %3, menjadi data kantor
%4

Yang dibuang: data kantor yang sekarang
%5

Keputusan ini tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>Pakai data lapangan</source>
        <translation>Pakai data lapangan</translation>
    </message>
</context>
<context>
    <name>tepat::FieldSettingsSection</name>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Peringatkan bila akurasi titik lebih buruk dari:</source>
        <translation>Peringatkan bila akurasi titik lebih buruk dari:</translation>
    </message>
    <message>
        <source>Peringatkan bila titik lebih jauh dari keluarga lain di kelurahan/desa ini sejauh:</source>
        <translation>Peringatkan bila titik lebih jauh dari keluarga lain di kelurahan/desa ini sejauh:</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>tepat::FirstStartDialog</name>
    <message>
        <source>Tepat — akun administrator pertama</source>
        <translation>Tepat — akun administrator pertama</translation>
    </message>
    <message>
        <source>Selamat datang. Data ini berisi data pribadi keluarga miskin dan anak-anak, jadi setiap orang yang memakai Tepat masuk dengan akunnya sendiri. Buat dulu akun administrator; administrator kemudian membuat akun untuk operator, petugas lapangan dan kepala desa/lurah di Pengaturan → Akun.</source>
        <translation>Selamat datang. Data ini berisi data pribadi keluarga miskin dan anak-anak, jadi setiap orang yang memakai Tepat masuk dengan akunnya sendiri. Buat dulu akun administrator; administrator kemudian membuat akun untuk operator, petugas lapangan dan kepala desa/lurah di Pengaturan → Akun.</translation>
    </message>
    <message>
        <source>mis. rina</source>
        <translation>mis. rina</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Nama lengkap:</translation>
    </message>
    <message>
        <source>Kata sandi (minimal 8 karakter):</source>
        <translation>Kata sandi (minimal 8 karakter):</translation>
    </message>
    <message>
        <source>Ulangi kata sandi:</source>
        <translation>Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Buat akun dan masuk</source>
        <translation>Buat akun dan masuk</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>tepat::FormFields</name>
    <message>
        <source>Anggota %1 — %2</source>
        <translation>Anggota %1 — %2</translation>
    </message>
    <message>
        <source>Perubahan %1</source>
        <translation>Perubahan %1</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdDetailView</name>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Siapa</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Langkah terakhir</source>
        <translation>Langkah terakhir</translation>
    </message>
    <message>
        <source>← Kembali (Esc)</source>
        <translation>← Kembali (Esc)</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Riwayat status</source>
        <translation>Riwayat status</translation>
    </message>
    <message>
        <source>Foto &amp;&amp; lokasi</source>
        <translation>Foto &amp;&amp; lokasi</translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>Perbaiki data…</source>
        <translation>Perbaiki data…</translation>
    </message>
    <message>
        <source>Usulkan program…</source>
        <translation>Usulkan program…</translation>
    </message>
    <message>
        <source>Hapus/hentikan…</source>
        <translation>Hapus/hentikan…</translation>
    </message>
    <message>
        <source>Pindah kelurahan…</source>
        <translation>Pindah kelurahan…</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>%1 th</source>
        <translation>%1 th</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>masih berjalan</source>
        <translation>masih berjalan</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>%1 oleh %2, %3</source>
        <translation>%1 oleh %2, %3</translation>
    </message>
    <message>
        <source>Usulan (%1)</source>
        <translation>Usulan (%1)</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya anggota yang tercatat.</source>
        <translation>Keluarga ini belum punya anggota yang tercatat.</translation>
    </message>
    <message>
        <source>Belum ada anggota yang menerima program bansos. Program yang diterima anggota, sejak dan sampai kapan, tampil di sini.</source>
        <translation>Belum ada anggota yang menerima program bansos. Program yang diterima anggota, sejak dan sampai kapan, tampil di sini.</translation>
    </message>
    <message>
        <source>Belum ada perubahan status. Di sini tampil setiap anggota yang meninggal, pindah, keluar dari keluarga atau diaktifkan lagi, dengan tanggal, alasan dan siapa yang mencatat.</source>
        <translation>Belum ada perubahan status. Di sini tampil setiap anggota yang meninggal, pindah, keluar dari keluarga atau diaktifkan lagi, dengan tanggal, alasan dan siapa yang mencatat.</translation>
    </message>
    <message>
        <source>Belum ada usulan tentang keluarga ini. Usulan yang dibuat dengan tombol di bawah tampil di sini beserta statusnya.</source>
        <translation>Belum ada usulan tentang keluarga ini. Usulan yang dibuat dengan tombol di bawah tampil di sini beserta statusnya.</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Per tanggal (BPS)</source>
        <translation>Per tanggal (BPS)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Belum ada desil dari BPS untuk keluarga ini. Desil datang bersama snapshot atau sinkronisasi, dengan tanggalnya; Tepat tidak menghitung desil sendiri.</source>
        <translation>Belum ada desil dari BPS untuk keluarga ini. Desil datang bersama snapshot atau sinkronisasi, dengan tanggalnya; Tepat tidak menghitung desil sendiri.</translation>
    </message>
    <message>
        <source>Kembali dari rincian keluarga ke daftar</source>
        <translation>Kembali dari rincian keluarga ke daftar</translation>
    </message>
    <message>
        <source>Tab berikutnya pada rincian keluarga</source>
        <translation>Tab berikutnya pada rincian keluarga</translation>
    </message>
    <message>
        <source>Tab sebelumnya pada rincian keluarga</source>
        <translation>Tab sebelumnya pada rincian keluarga</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ID DTSEN %2, No KK %3&lt;br&gt;%4, RT %5/RW %6, %7 · %8 · %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — ID DTSEN %2, No KK %3&lt;br&gt;%4, RT %5/RW %6, %7 · %8 · %9</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Data lama (sebelum tanggal dicatat)</source>
        <translation>Data lama (sebelum tanggal dicatat)</translation>
    </message>
    <message>
        <source>Desil (%1)</source>
        <translation>Desil (%1)</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Penyaluran</translation>
    </message>
    <message>
        <source>Penyaluran (%1)</source>
        <translation>Penyaluran (%1)</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdListModel</name>
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
    <message>
        <source>ID DTSEN</source>
        <translation>ID DTSEN</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdLocationPanel</name>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>akurasi tidak diketahui</source>
        <translation>akurasi tidak diketahui</translation>
    </message>
    <message>
        <source>Titik lokasi sekarang</source>
        <translation>Titik lokasi sekarang</translation>
    </message>
    <message>
        <source>Belum ada titik lokasi.</source>
        <translation>Belum ada titik lokasi.</translation>
    </message>
    <message>
        <source>Sa&amp;lin</source>
        <translation>Sa&amp;lin</translation>
    </message>
    <message>
        <source>Salin lintang dan bujur (desimal) ke papan klip.</source>
        <translation>Salin lintang dan bujur (desimal) ke papan klip.</translation>
    </message>
    <message>
        <source>Rekam titik baru</source>
        <translation>Rekam titik baru</translation>
    </message>
    <message>
        <source>S&amp;umber:</source>
        <translation>S&amp;umber:</translation>
    </message>
    <message>
        <source>Penerima GPS (USB/serial)</source>
        <translation>Penerima GPS (USB/serial)</translation>
    </message>
    <message>
        <source>Lokasi sistem</source>
        <translation>Lokasi sistem</translation>
    </message>
    <message>
        <source>Berkas log NMEA</source>
        <translation>Berkas log NMEA</translation>
    </message>
    <message>
        <source>GPS dari foto rumah</source>
        <translation>GPS dari foto rumah</translation>
    </message>
    <message>
        <source>Ketik koordinat</source>
        <translation>Ketik koordinat</translation>
    </message>
    <message>
        <source>Port tempat penerima GPS terpasang, mis. /dev/ttyUSB0 atau COM3.</source>
        <translation>Port tempat penerima GPS terpasang, mis. /dev/ttyUSB0 atau COM3.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Memakai layanan lokasi sistem operasi, bila ada.</source>
        <translation>Memakai layanan lokasi sistem operasi, bila ada.</translation>
    </message>
    <message>
        <source>Pilih berkas &amp;log…</source>
        <translation>Pilih berkas &amp;log…</translation>
    </message>
    <message>
        <source>&amp;Pakai</source>
        <translation>&amp;Pakai</translation>
    </message>
    <message>
        <source>-7.8166, 112.0119  atau  7°48'59.8" LS 112°0'42.8" BT</source>
        <translation>-7.8166, 112.0119  atau  7°48'59.8" LS 112°0'42.8" BT</translation>
    </message>
    <message>
        <source>bila diketahui</source>
        <translation>bila diketahui</translation>
    </message>
    <message>
        <source>&amp;Pakai koordinat</source>
        <translation>&amp;Pakai koordinat</translation>
    </message>
    <message>
        <source>&amp;Koordinat:</source>
        <translation>&amp;Koordinat:</translation>
    </message>
    <message>
        <source>&amp;Akurasi (m):</source>
        <translation>&amp;Akurasi (m):</translation>
    </message>
    <message>
        <source>&amp;Mulai</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Berhenti</source>
        <translation>&amp;Berhenti</translation>
    </message>
    <message>
        <source>&amp;Simpan titik</source>
        <translation>&amp;Simpan titik</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Lintang, bujur</source>
        <translation>Lintang, bujur</translation>
    </message>
    <message>
        <source>Akurasi</source>
        <translation>Akurasi</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Riwayat titik:</source>
        <translation>Riwayat titik:</translation>
    </message>
    <message>
        <source>Pilih berkas log NMEA</source>
        <translation>Pilih berkas log NMEA</translation>
    </message>
    <message>
        <source>Log NMEA (*.nmea *.txt *.log);;Semua berkas (*)</source>
        <translation>Log NMEA (*.nmea *.txt *.log);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Belum ada titik lokasi untuk keluarga ini.</source>
        <translation>Belum ada titik lokasi untuk keluarga ini.</translation>
    </message>
    <message>
        <source>dicatat oleh %1</source>
        <translation>dicatat oleh %1</translation>
    </message>
    <message>
        <source>Disimpan dengan peringatan: %1</source>
        <translation>Disimpan dengan peringatan: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tidak ada foto rumah dengan data GPS.</source>
        <translation>Tidak ada foto rumah dengan data GPS.</translation>
    </message>
    <message>
        <source>Menghubungi penerima GPS… menunggu sinyal satelit.</source>
        <translation>Menghubungi penerima GPS… menunggu sinyal satelit.</translation>
    </message>
    <message>
        <source>Meminta lokasi sistem…</source>
        <translation>Meminta lokasi sistem…</translation>
    </message>
    <message numerus="yes">
        <source>Berhenti setelah %n posisi.</source>
        <translation><numerusform>Berhenti setelah %n posisi.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n posisi diterima; yang terbaik %1. Tunggu sampai akurasi membaik, lalu simpan.</source>
        <translation><numerusform>%n posisi diterima; yang terbaik %1. Tunggu sampai akurasi membaik, lalu simpan.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n posisi di log; dipakai yang paling akurat.</source>
        <translation><numerusform>%n posisi di log; dipakai yang paling akurat.</numerusform></translation>
    </message>
    <message>
        <source>Akurasi harus angka meter, mis. 8 atau 12,5.</source>
        <translation>Akurasi harus angka meter, mis. 8 atau 12,5.</translation>
    </message>
    <message>
        <source>Titik baru: %1 (%2), %3, %4</source>
        <translation>Titik baru: %1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Tidak ada peringatan.</source>
        <translation>Tidak ada peringatan.</translation>
    </message>
    <message>
        <source>Simpan titik dengan peringatan?</source>
        <translation>Simpan titik dengan peringatan?</translation>
    </message>
    <message>
        <source>Titik ini punya peringatan:
%1

Simpan juga? Peringatan ikut dicatat.</source>
        <translation>Titik ini punya peringatan:
%1

Simpan juga? Peringatan ikut dicatat.</translation>
    </message>
    <message>
        <source>Titik disimpan.</source>
        <translation>Titik disimpan.</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdPhotosPanel</name>
    <message>
        <source>&amp;Tambah foto…</source>
        <translation>&amp;Tambah foto…</translation>
    </message>
    <message>
        <source>Dari &amp;folder…</source>
        <translation>Dari &amp;folder…</translation>
    </message>
    <message>
        <source>Kartu memori kamera atau folder foto ponsel: pilih foto menurut waktu kunjungan atau satu per satu.</source>
        <translation>Kartu memori kamera atau folder foto ponsel: pilih foto menurut waktu kunjungan atau satu per satu.</translation>
    </message>
    <message>
        <source>&amp;Sisi rumah:</source>
        <translation>&amp;Sisi rumah:</translation>
    </message>
    <message>
        <source>&amp;Lepas foto…</source>
        <translation>&amp;Lepas foto…</translation>
    </message>
    <message>
        <source>Foto salah rumah atau kabur: lepas dari keluarga ini (tetap tercatat, tidak dihapus).</source>
        <translation>Foto salah rumah atau kabur: lepas dari keluarga ini (tetap tercatat, tidak dihapus).</translation>
    </message>
    <message>
        <source>Mengimpor foto %v dari %m…</source>
        <translation>Mengimpor foto %v dari %m…</translation>
    </message>
    <message>
        <source>&amp;Batalkan impor</source>
        <translation>&amp;Batalkan impor</translation>
    </message>
    <message>
        <source>Pilih foto rumah</source>
        <translation>Pilih foto rumah</translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)</translation>
    </message>
    <message>
        <source>Pilih folder foto (kartu memori kamera atau ponsel)</source>
        <translation>Pilih folder foto (kartu memori kamera atau ponsel)</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>waktu foto tidak diketahui</source>
        <translation>waktu foto tidak diketahui</translation>
    </message>
    <message>
        <source>Berkas asal: %1</source>
        <translation>Berkas asal: %1</translation>
    </message>
    <message>
        <source>%1 × %2 piksel</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <source>Ditambahkan %1 oleh %2</source>
        <translation>Ditambahkan %1 oleh %2</translation>
    </message>
    <message>
        <source>GPS di foto: %1</source>
        <translation>GPS di foto: %1</translation>
    </message>
    <message>
        <source>Berkas foto hilang atau rusak di folder berkas.</source>
        <translation>Berkas foto hilang atau rusak di folder berkas.</translation>
    </message>
    <message>
        <source>Belum ada foto rumah. Foto depan (atap sampai lantai) wajib untuk usulan keluarga baru.</source>
        <translation>Belum ada foto rumah. Foto depan (atap sampai lantai) wajib untuk usulan keluarga baru.</translation>
    </message>
    <message numerus="yes">
        <source>%n foto; foto depan ada.</source>
        <translation><numerusform>%n foto; foto depan ada.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n foto, tetapi belum ada foto depan (atap sampai lantai), yang wajib untuk usulan keluarga baru.</source>
        <translation><numerusform>%n foto, tetapi belum ada foto depan (atap sampai lantai), yang wajib untuk usulan keluarga baru.</numerusform></translation>
    </message>
    <message>
        <source>Lepas foto dari keluarga</source>
        <translation>Lepas foto dari keluarga</translation>
    </message>
    <message>
        <source>Foto %1 akan dilepas dari keluarga ini (tetap tercatat, tidak dihapus). Alasan:</source>
        <translation>Foto %1 akan dilepas dari keluarga ini (tetap tercatat, tidak dihapus). Alasan:</translation>
    </message>
    <message>
        <source>Tidak ada foto JPEG atau PNG di folder %1.</source>
        <translation>Tidak ada foto JPEG atau PNG di folder %1.</translation>
    </message>
    <message>
        <source>Folder berisi lebih dari %1 foto; hanya %1 yang pertama ditampilkan. Pilih sub-folder yang lebih kecil.</source>
        <translation>Folder berisi lebih dari %1 foto; hanya %1 yang pertama ditampilkan. Pilih sub-folder yang lebih kecil.</translation>
    </message>
    <message numerus="yes">
        <source>Impor dibatalkan: %n foto sudah tersimpan, sisanya tidak diimpor.</source>
        <translation><numerusform>Impor dibatalkan: %n foto sudah tersimpan, sisanya tidak diimpor.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Selesai: %n foto ditambahkan.</source>
        <translation><numerusform>Selesai: %n foto ditambahkan.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n foto sudah ada di keluarga ini dan tidak disimpan dua kali.</source>
        <translation><numerusform>%n foto sudah ada di keluarga ini dan tidak disimpan dua kali.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n foto ditolak:</source>
        <translation><numerusform>%n foto ditolak:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…dan %n lainnya.</source>
        <translation><numerusform>…dan %n lainnya.</numerusform></translation>
    </message>
    <message>
        <source>Klik dua kali (atau Enter) untuk melihat foto dalam ukuran penuh.</source>
        <translation>Klik dua kali (atau Enter) untuk melihat foto dalam ukuran penuh.</translation>
    </message>
    <message>
        <source>usulan keluarga baru lain</source>
        <translation>usulan keluarga baru lain</translation>
    </message>
    <message>
        <source>Peringatan: foto yang sama juga dipakai untuk %1. Pastikan foto ini benar rumah keluarga ini.</source>
        <translation>Peringatan: foto yang sama juga dipakai untuk %1. Pastikan foto ini benar rumah keluarga ini.</translation>
    </message>
    <message>
        <source>Foto %1 — %2</source>
        <translation>Foto %1 — %2</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdsPage</name>
    <message>
        <source>Cari NIK, No KK atau nama… (Ctrl+F)</source>
        <translation>Cari NIK, No KK atau nama… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Keluarga baru</source>
        <translation>Keluarga baru</translation>
    </message>
    <message>
        <source>Laporan warga</source>
        <translation>Laporan warga</translation>
    </message>
    <message>
        <source>%1 orang ditemukan%2 · %3 ms</source>
        <translation>%1 orang ditemukan%2 · %3 ms</translation>
    </message>
    <message>
        <source> (gulir untuk lebih banyak)</source>
        <translation> (gulir untuk lebih banyak)</translation>
    </message>
    <message>
        <source>%1 keluarga</source>
        <translation>%1 keluarga</translation>
    </message>
    <message>
        <source>Semua RW</source>
        <translation>Semua RW</translation>
    </message>
    <message>
        <source>Semua RT</source>
        <translation>Semua RT</translation>
    </message>
    <message>
        <source>RW %1</source>
        <translation>RW %1</translation>
    </message>
    <message>
        <source>RT %1</source>
        <translation>RT %1</translation>
    </message>
    <message>
        <source>Semua program</source>
        <translation>Semua program</translation>
    </message>
    <message>
        <source>Semua desil</source>
        <translation>Semua desil</translation>
    </message>
    <message>
        <source>Desil %1</source>
        <translation>Desil %1</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Program tidak sesuai desil</source>
        <translation>Program tidak sesuai desil</translation>
    </message>
    <message>
        <source>Usulan keluarga baru ke DTSEN (Ctrl+N)</source>
        <translation>Usulan keluarga baru ke DTSEN (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>Simpan daftar keluarga dengan saringan yang dipilih sebagai buku kerja Excel (.xlsx).</source>
        <translation>Simpan daftar keluarga dengan saringan yang dipilih sebagai buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
        <source>keluarga</source>
        <translation>keluarga</translation>
    </message>
    <message>
        <source>Kosongkan pencarian, lalu kembali ke daftar</source>
        <translation>Kosongkan pencarian, lalu kembali ke daftar</translation>
    </message>
</context>
<context>
    <name>tepat::IdleLock</name>
    <message>
        <source>Tepat terkunci</source>
        <translation>Tepat terkunci</translation>
    </message>
    <message>
        <source>Tepat dikunci. Masukkan kata sandi %1 untuk melanjutkan. Isian yang belum disimpan tetap ada.</source>
        <translation>Tepat dikunci. Masukkan kata sandi %1 untuk melanjutkan. Isian yang belum disimpan tetap ada.</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Tutup Tepat…</source>
        <translation>Tutup Tepat…</translation>
    </message>
    <message>
        <source>Tutup Tepat</source>
        <translation>Tutup Tepat</translation>
    </message>
    <message>
        <source>Tutup Tepat tanpa membuka kunci? Isian yang belum disimpan akan hilang.</source>
        <translation>Tutup Tepat tanpa membuka kunci? Isian yang belum disimpan akan hilang.</translation>
    </message>
    <message>
        <source>Kunci Tepat sekarang (kata sandi untuk membuka)</source>
        <translation>Kunci Tepat sekarang (kata sandi untuk membuka)</translation>
    </message>
</context>
<context>
    <name>tepat::LanguageSection</name>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>Bahasa yang dipakai sekarang: %1, termasuk jendela bawaan seperti pilih berkas dan cetak.</source>
        <translation>Bahasa yang dipakai sekarang: %1, termasuk jendela bawaan seperti pilih berkas dan cetak.</translation>
    </message>
    <message>
        <source>Bahasa yang dipakai sekarang: %1. %2 dipakai setelah Tepat dibuka ulang.</source>
        <translation>Bahasa yang dipakai sekarang: %1. %2 dipakai setelah Tepat dibuka ulang.</translation>
    </message>
</context>
<context>
    <name>tepat::LetterKeyPanel</name>
    <message>
        <source>Ganti &amp;kunci…</source>
        <translation>Ganti &amp;kunci…</translation>
    </message>
    <message>
        <source>Buat kunci tanda tangan baru, misalnya bila komputer lama hilang. Surat yang sudah terbit tetap sah.</source>
        <translation>Buat kunci tanda tangan baru, misalnya bila komputer lama hilang. Surat yang sudah terbit tetap sah.</translation>
    </message>
    <message>
        <source>Belum ada kunci: kunci dibuat otomatis saat surat pertama terbit.</source>
        <translation>Belum ada kunci: kunci dibuat otomatis saat surat pertama terbit.</translation>
    </message>
    <message>
        <source>Kunci %1, dibuat %2.</source>
        <translation>Kunci %1, dibuat %2.</translation>
    </message>
    <message>
        <source>Sudah terdaftar di server Dinsos: QR surat bisa diperiksa lewat ponsel.</source>
        <translation>Sudah terdaftar di server Dinsos: QR surat bisa diperiksa lewat ponsel.</translation>
    </message>
    <message>
        <source>Belum terdaftar di server Dinsos: terdaftar otomatis pada sinkronisasi berikutnya.</source>
        <translation>Belum terdaftar di server Dinsos: terdaftar otomatis pada sinkronisasi berikutnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n kunci lama disimpan agar surat yang ditandatanganinya tetap bisa diperiksa.</source>
        <translation><numerusform>%n kunci lama disimpan agar surat yang ditandatanganinya tetap bisa diperiksa.</numerusform></translation>
    </message>
    <message>
        <source>Ganti kunci tanda tangan</source>
        <translation>Ganti kunci tanda tangan</translation>
    </message>
    <message>
        <source>Buat kunci tanda tangan surat yang baru?

Surat berikutnya ditandatangani dengan kunci baru. Surat yang sudah terbit tetap asli: kunci lama disimpan (tanpa bagian rahasianya) dan mengesahkan kunci baru. Server Dinsos menerima kunci baru pada sinkronisasi berikutnya; sampai itu, QR surat baru belum dikenal server.</source>
        <translation>Buat kunci tanda tangan surat yang baru?

Surat berikutnya ditandatangani dengan kunci baru. Surat yang sudah terbit tetap asli: kunci lama disimpan (tanpa bagian rahasianya) dan mengesahkan kunci baru. Server Dinsos menerima kunci baru pada sinkronisasi berikutnya; sampai itu, QR surat baru belum dikenal server.</translation>
    </message>
    <message>
        <source>Buat kunci baru</source>
        <translation>Buat kunci baru</translation>
    </message>
</context>
<context>
    <name>tepat::LetterPreviewDialog</name>
    <message>
        <source>Pratinjau surat untuk %1</source>
        <translation>Pratinjau surat untuk %1</translation>
    </message>
    <message>
        <source>Periksa isi surat. Nomor surat belum diambil: nomor diberikan dari register saat Anda menekan "Terbitkan nomor dan cetak", dan sesudah itu hanya bisa dibatalkan dengan alasan.</source>
        <translation>Periksa isi surat. Nomor surat belum diambil: nomor diberikan dari register saat Anda menekan "Terbitkan nomor dan cetak", dan sesudah itu hanya bisa dibatalkan dengan alasan.</translation>
    </message>
    <message>
        <source>&amp;Terbitkan nomor dan cetak…</source>
        <translation>&amp;Terbitkan nomor dan cetak…</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>tepat::LetterSettingsSection</name>
    <message>
        <source>Desa (bukan kelurahan)</source>
        <translation>Desa (bukan kelurahan)</translation>
    </message>
    <message>
        <source>Pilih &amp;logo…</source>
        <translation>Pilih &amp;logo…</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Kabupaten/kota:</source>
        <translation>Kabupaten/kota:</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>Kecamatan:</translation>
    </message>
    <message>
        <source>Kelurahan/desa:</source>
        <translation>Kelurahan/desa:</translation>
    </message>
    <message>
        <source>Alamat kantor:</source>
        <translation>Alamat kantor:</translation>
    </message>
    <message>
        <source>Kode pos:</source>
        <translation>Kode pos:</translation>
    </message>
    <message>
        <source>Telepon:</source>
        <translation>Telepon:</translation>
    </message>
    <message>
        <source>Surel:</source>
        <translation>Surel:</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Nama pejabat:</source>
        <translation>Nama pejabat:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation>Pangkat/golongan:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Nama lurah/kepala desa:</source>
        <translation>Nama lurah/kepala desa:</translation>
    </message>
    <message>
        <source>NIP lurah:</source>
        <translation>NIP lurah:</translation>
    </message>
    <message>
        <source>Penomoran dan kertas</source>
        <translation>Penomoran dan kertas</translation>
    </message>
    <message>
        <source>Tempat surat:</source>
        <translation>Tempat surat:</translation>
    </message>
    <message>
        <source>Pola nomor:</source>
        <translation>Pola nomor:</translation>
    </message>
    <message>
        <source>Kode unit pengolah:</source>
        <translation>Kode unit pengolah:</translation>
    </message>
    <message>
        <source>Kode klasifikasi surat keterangan:</source>
        <translation>Kode klasifikasi surat keterangan:</translation>
    </message>
    <message>
        <source>Kertas:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>Huruf:</source>
        <translation>Huruf:</translation>
    </message>
    <message>
        <source>Masa berlaku:</source>
        <translation>Masa berlaku:</translation>
    </message>
    <message>
        <source>Templat surat</source>
        <translation>Templat surat</translation>
    </message>
    <message>
        <source>Isian yang tersedia: %1</source>
        <translation>Isian yang tersedia: %1</translation>
    </message>
    <message>
        <source>Pembuka:</source>
        <translation>Pembuka:</translation>
    </message>
    <message>
        <source>Terdaftar:</source>
        <translation>Terdaftar:</translation>
    </message>
    <message>
        <source>Tidak terdaftar:</source>
        <translation>Tidak terdaftar:</translation>
    </message>
    <message>
        <source>Keperluan:</source>
        <translation>Keperluan:</translation>
    </message>
    <message>
        <source>Penutup:</source>
        <translation>Penutup:</translation>
    </message>
    <message>
        <source>Tembusan (satu per baris):</source>
        <translation>Tembusan (satu per baris):</translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan surat</source>
        <translation>&amp;Simpan pengaturan surat</translation>
    </message>
    <message>
        <source>&amp;Kembalikan templat bawaan</source>
        <translation>&amp;Kembalikan templat bawaan</translation>
    </message>
    <message>
        <source>Tanpa logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Logo tersimpan</source>
        <translation>Logo tersimpan</translation>
    </message>
    <message>
        <source>Pengaturan surat</source>
        <translation>Pengaturan surat</translation>
    </message>
    <message>
        <source>Pengaturan surat disimpan.</source>
        <translation>Pengaturan surat disimpan.</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar PNG/JPEG yang bisa dibaca, atau lebih dari 5 MB.</source>
        <translation>Berkas ini bukan gambar PNG/JPEG yang bisa dibaca, atau lebih dari 5 MB.</translation>
    </message>
    <message>
        <source>Logo baru (%1 × %2 piksel), simpan untuk memakai</source>
        <translation>Logo baru (%1 × %2 piksel), simpan untuk memakai</translation>
    </message>
    <message>
        <source>Atas jabatan sendiri</source>
        <translation>Atas jabatan sendiri</translation>
    </message>
    <message>
        <source>a.n. (atas nama)</source>
        <translation>a.n. (atas nama)</translation>
    </message>
    <message>
        <source>u.b. (untuk beliau)</source>
        <translation>u.b. (untuk beliau)</translation>
    </message>
    <message>
        <source>Plt. (pelaksana tugas)</source>
        <translation>Plt. (pelaksana tugas)</translation>
    </message>
    <message>
        <source>Plh. (pelaksana harian)</source>
        <translation>Plh. (pelaksana harian)</translation>
    </message>
    <message>
        <source>mis. Lurah Bangsal</source>
        <translation>mis. Lurah Bangsal</translation>
    </message>
    <message>
        <source>mis. Sekretaris Kelurahan</source>
        <translation>mis. Sekretaris Kelurahan</translation>
    </message>
    <message>
        <source>Cantumkan "Mengetahui, Camat …" pada surat</source>
        <translation>Cantumkan "Mengetahui, Camat …" pada surat</translation>
    </message>
    <message>
        <source>Kewenangan:</source>
        <translation>Kewenangan:</translation>
    </message>
    <message>
        <source>Atas nama (jabatan):</source>
        <translation>Atas nama (jabatan):</translation>
    </message>
    <message>
        <source>Pejabat perantara (u.b.):</source>
        <translation>Pejabat perantara (u.b.):</translation>
    </message>
    <message>
        <source>Camat (mengetahui)</source>
        <translation>Camat (mengetahui)</translation>
    </message>
    <message>
        <source>Nama camat:</source>
        <translation>Nama camat:</translation>
    </message>
    <message>
        <source>NIP camat:</source>
        <translation>NIP camat:</translation>
    </message>
    <message>
        <source>Pangkat/golongan camat:</source>
        <translation>Pangkat/golongan camat:</translation>
    </message>
    <message>
        <source>Kode klasifikasi berita acara:</source>
        <translation>Kode klasifikasi berita acara:</translation>
    </message>
    <message>
        <source>Kode klasifikasi SPTJM:</source>
        <translation>Kode klasifikasi SPTJM:</translation>
    </message>
    <message>
        <source>Musyawarah</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <source>Musyawarah paling lambat tiap:</source>
        <translation>Musyawarah paling lambat tiap:</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik (QR)</source>
        <translation>Tanda tangan elektronik (QR)</translation>
    </message>
    <message>
        <source>Templat surat rekomendasi reaktivasi PBI-JK</source>
        <translation>Templat surat rekomendasi reaktivasi PBI-JK</translation>
    </message>
    <message>
        <source>Selain isian di atas: {alasan}, {faskes}, {catatan}, {tanggal_desil}, {status_pbi}.</source>
        <translation>Selain isian di atas: {alasan}, {faskes}, {catatan}, {tanggal_desil}, {status_pbi}.</translation>
    </message>
    <message>
        <source>Data DTSEN:</source>
        <translation>Data DTSEN:</translation>
    </message>
    <message>
        <source>Alasan dan rekomendasi:</source>
        <translation>Alasan dan rekomendasi:</translation>
    </message>
</context>
<context>
    <name>tepat::LettersPage</name>
    <message>
        <source>Buat surat</source>
        <translation>Buat surat</translation>
    </message>
    <message>
        <source>Buku register</source>
        <translation>Buku register</translation>
    </message>
    <message>
        <source>Periksa keaslian</source>
        <translation>Periksa keaslian</translation>
    </message>
    <message>
        <source>Nama, NIK atau nomor KK warga, lalu Enter</source>
        <translation>Nama, NIK atau nomor KK warga, lalu Enter</translation>
    </message>
    <message>
        <source>Warga yang ditemukan</source>
        <translation>Warga yang ditemukan</translation>
    </message>
    <message>
        <source>&amp;Keperluan:</source>
        <translation>&amp;Keperluan:</translation>
    </message>
    <message>
        <source>A&amp;gama:</source>
        <translation>A&amp;gama:</translation>
    </message>
    <message>
        <source>&amp;Kertas:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Terbitkan dan cetak…</source>
        <translation>&amp;Terbitkan dan cetak…</translation>
    </message>
    <message>
        <source>Terbitkan untuk semua yang &amp;dipilih ke folder…</source>
        <translation>Terbitkan untuk semua yang &amp;dipilih ke folder…</translation>
    </message>
    <message>
        <source>Cari nomor surat atau nama</source>
        <translation>Cari nomor surat atau nama</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Keperluan</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>&amp;Cetak (ulang sebagai SALINAN)…</source>
        <translation>&amp;Cetak (ulang sebagai SALINAN)…</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Simpan &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Tempel teks kode QR dari surat (hasil pemindai), dimulai dengan TPT1</source>
        <translation>Tempel teks kode QR dari surat (hasil pemindai), dimulai dengan TPT1</translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>%1 — NIK %2 — RT %3/RW %4</source>
        <translation>%1 — NIK %2 — RT %3/RW %4</translation>
    </message>
    <message>
        <source>Tidak ada warga yang cocok.</source>
        <translation>Tidak ada warga yang cocok.</translation>
    </message>
    <message>
        <source>Pilih satu warga dari hasil pencarian.</source>
        <translation>Pilih satu warga dari hasil pencarian.</translation>
    </message>
    <message>
        <source>TERDAFTAR</source>
        <translation>TERDAFTAR</translation>
    </message>
    <message>
        <source>TIDAK TERDAFTAR</source>
        <translation>TIDAK TERDAFTAR</translation>
    </message>
    <message>
        <source>Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa).</source>
        <translation>Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa).</translation>
    </message>
    <message>
        <source>Folder untuk PDF surat</source>
        <translation>Folder untuk PDF surat</translation>
    </message>
    <message numerus="yes">
        <source>%n surat diterbitkan ke %1.</source>
        <translation><numerusform>%n surat diterbitkan ke %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Dibatalkan: %n warga belum dibuatkan surat.</source>
        <translation><numerusform>Dibatalkan: %n warga belum dibuatkan surat.</numerusform></translation>
    </message>
    <message>
        <source>Cetak SALINAN %1</source>
        <translation>Cetak SALINAN %1</translation>
    </message>
    <message>
        <source>Cetak %1</source>
        <translation>Cetak %1</translation>
    </message>
    <message>
        <source>Simpan PDF surat</source>
        <translation>Simpan PDF surat</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Ekspor register surat</source>
        <translation>Ekspor register surat</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Menerbitkan surat: %v dari %m</source>
        <translation>Menerbitkan surat: %v dari %m</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. Terbitkan surat baru bila masih diperlukan.</source>
        <translation>Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. Terbitkan surat baru bila masih diperlukan.</translation>
    </message>
    <message>
        <source>Surat menyatakan terdaftar atau tidak terdaftar sesuai data terakhir. Pratinjau ditampilkan dulu; nomor diambil dari register saat diterbitkan.</source>
        <translation>Surat menyatakan terdaftar atau tidak terdaftar sesuai data terakhir. Pratinjau ditampilkan dulu; nomor diambil dari register saat diterbitkan.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Batalkan nomor…</source>
        <translation>&amp;Batalkan nomor…</translation>
    </message>
    <message>
        <source>Nomor yang terlanjur diterbitkan karena keliru: tetap di register dengan status dibatalkan dan alasannya, tidak dipakai lagi.</source>
        <translation>Nomor yang terlanjur diterbitkan karena keliru: tetap di register dengan status dibatalkan dan alasannya, tidak dipakai lagi.</translation>
    </message>
    <message>
        <source>Dibatalkan %1 oleh %2: %3</source>
        <translation>Dibatalkan %1 oleh %2: %3</translation>
    </message>
    <message>
        <source>Pilih surat yang nomornya akan dibatalkan di register.</source>
        <translation>Pilih surat yang nomornya akan dibatalkan di register.</translation>
    </message>
    <message>
        <source>Batalkan nomor surat</source>
        <translation>Batalkan nomor surat</translation>
    </message>
    <message>
        <source>Nomor %1 (%2) tetap tercatat di register dengan status dibatalkan dan tidak akan dipakai lagi. Alasan pembatalan:</source>
        <translation>Nomor %1 (%2) tetap tercatat di register dengan status dibatalkan dan tidak akan dipakai lagi. Alasan pembatalan:</translation>
    </message>
    <message>
        <source>Surat keterangan DTSEN</source>
        <translation>Surat keterangan DTSEN</translation>
    </message>
    <message>
        <source>Rekomendasi &amp;reaktivasi PBI-JK…</source>
        <translation>Rekomendasi &amp;reaktivasi PBI-JK…</translation>
    </message>
    <message>
        <source>Surat rekomendasi kelurahan/desa agar kepesertaan PBI-JK warga yang dipilih diaktifkan kembali.</source>
        <translation>Surat rekomendasi kelurahan/desa agar kepesertaan PBI-JK warga yang dipilih diaktifkan kembali.</translation>
    </message>
    <message>
        <source>Warga di &amp;luar data DTSEN…</source>
        <translation>Warga di &amp;luar data DTSEN…</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>%1 (%2 dalam DTSEN)</source>
        <translation>%1 (%2 dalam DTSEN)</translation>
    </message>
    <message numerus="yes">
        <source>%n surat rekomendasi reaktivasi PBI-JK diterbitkan; cetak dari Buku register.</source>
        <translation><numerusform>%n surat rekomendasi reaktivasi PBI-JK diterbitkan; cetak dari Buku register.</numerusform></translation>
    </message>
    <message>
        <source>Membuat surat…</source>
        <translation>Membuat surat…</translation>
    </message>
    <message>
        <source>Pilih surat keterangan atau rekomendasi di register. Berita acara dan SPTJM dicetak dari halaman Musyawarah.</source>
        <translation>Pilih surat keterangan atau rekomendasi di register. Berita acara dan SPTJM dicetak dari halaman Musyawarah.</translation>
    </message>
    <message>
        <source>Pilih surat keterangan atau rekomendasi di register.</source>
        <translation>Pilih surat keterangan atau rekomendasi di register.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.</source>
        <translation>Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.</translation>
    </message>
    <message>
        <source>Ca&amp;but surat…</source>
        <translation>Ca&amp;but surat…</translation>
    </message>
    <message>
        <source>Surat yang sudah dicetak tidak berlaku lagi (salah orang, ditarik): tetap di register dengan status dicabut; pemeriksaan kodenya menjawab dicabut.</source>
        <translation>Surat yang sudah dicetak tidak berlaku lagi (salah orang, ditarik): tetap di register dengan status dicabut; pemeriksaan kodenya menjawab dicabut.</translation>
    </message>
    <message>
        <source>Dicabut %1 oleh %2: %3</source>
        <translation>Dicabut %1 oleh %2: %3</translation>
    </message>
    <message>
        <source>Pilih surat yang akan dicabut di register.</source>
        <translation>Pilih surat yang akan dicabut di register.</translation>
    </message>
    <message>
        <source>Cabut surat</source>
        <translation>Cabut surat</translation>
    </message>
    <message>
        <source>Cabut surat nomor %1 atas nama %2? Pencabutan tidak bisa dibatalkan.</source>
        <translation>Cabut surat nomor %1 atas nama %2? Pencabutan tidak bisa dibatalkan.</translation>
    </message>
</context>
<context>
    <name>tepat::LivePosition</name>
    <message>
        <source>Lokasi sistem tidak memberi posisi. Pakai penerima GPS, berkas log NMEA atau ketik koordinat.</source>
        <translation>Lokasi sistem tidak memberi posisi. Pakai penerima GPS, berkas log NMEA atau ketik koordinat.</translation>
    </message>
    <message>
        <source>Penerima GPS belum mendapat posisi. Pastikan alat menyala dan di tempat terbuka, lalu coba lagi.</source>
        <translation>Penerima GPS belum mendapat posisi. Pastikan alat menyala dan di tempat terbuka, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Penerima GPS tidak bisa dibuka (%1). Periksa kabel dan nama port.</source>
        <translation>Penerima GPS tidak bisa dibuka (%1). Periksa kabel dan nama port.</translation>
    </message>
    <message>
        <source>Komputer ini tidak punya sumber lokasi sistem. Pakai penerima GPS, berkas log NMEA atau ketik koordinat.</source>
        <translation>Komputer ini tidak punya sumber lokasi sistem. Pakai penerima GPS, berkas log NMEA atau ketik koordinat.</translation>
    </message>
    <message>
        <source>Lokasi sistem tidak bisa dipakai (akses ditolak atau dimatikan).</source>
        <translation>Lokasi sistem tidak bisa dipakai (akses ditolak atau dimatikan).</translation>
    </message>
    <message>
        <source>Sambungan ke penerima GPS terputus atau tidak bisa dibuka.</source>
        <translation>Sambungan ke penerima GPS terputus atau tidak bisa dibuka.</translation>
    </message>
</context>
<context>
    <name>tepat::LoginDialog</name>
    <message>
        <source>Tepat — masuk</source>
        <translation>Tepat — masuk</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>Nama pengguna:</translation>
    </message>
    <message>
        <source>Kata sandi:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message numerus="yes">
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</source>
        <translation><numerusform>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</numerusform></translation>
    </message>
    <message>
        <source>Kata sandi Anda diatur oleh administrator. Ganti dengan kata sandi yang hanya Anda ketahui sebelum mulai bekerja.</source>
        <translation>Kata sandi Anda diatur oleh administrator. Ganti dengan kata sandi yang hanya Anda ketahui sebelum mulai bekerja.</translation>
    </message>
    <message>
        <source>Kata sandi harus diganti dulu sebelum bisa masuk.</source>
        <translation>Kata sandi harus diganti dulu sebelum bisa masuk.</translation>
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
    <name>tepat::MeetingForm</name>
    <message>
        <source>SPTJM pengganti musyawarah</source>
        <translation>SPTJM pengganti musyawarah</translation>
    </message>
    <message>
        <source>Rencanakan musyawarah</source>
        <translation>Rencanakan musyawarah</translation>
    </message>
    <message>
        <source>Ubah SPTJM</source>
        <translation>Ubah SPTJM</translation>
    </message>
    <message>
        <source>Ubah musyawarah</source>
        <translation>Ubah musyawarah</translation>
    </message>
    <message>
        <source>belum diisi di Pengaturan → Surat &amp; kop; isi di sini atau di sana</source>
        <translation>belum diisi di Pengaturan → Surat &amp; kop; isi di sini atau di sana</translation>
    </message>
    <message>
        <source>kosong: %1 (dari Pengaturan → Surat &amp; kop)</source>
        <translation>kosong: %1 (dari Pengaturan → Surat &amp; kop)</translation>
    </message>
    <message>
        <source>pokok pembahasan, dicetak di berita acara</source>
        <translation>pokok pembahasan, dicetak di berita acara</translation>
    </message>
    <message>
        <source>tindak lanjut tambahan, dicetak di berita acara</source>
        <translation>tindak lanjut tambahan, dicetak di berita acara</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Alasan tidak bermusyawarah:</source>
        <translation>&amp;Alasan tidak bermusyawarah:</translation>
    </message>
    <message>
        <source>&amp;Pukul:</source>
        <translation>&amp;Pukul:</translation>
    </message>
    <message>
        <source>Te&amp;mpat:</source>
        <translation>Te&amp;mpat:</translation>
    </message>
    <message>
        <source>Kepala &amp;desa/lurah:</source>
        <translation>Kepala &amp;desa/lurah:</translation>
    </message>
    <message>
        <source>&amp;NIP kepala desa/lurah:</source>
        <translation>&amp;NIP kepala desa/lurah:</translation>
    </message>
    <message>
        <source>Ketua &amp;BPD/LPM:</source>
        <translation>Ketua &amp;BPD/LPM:</translation>
    </message>
    <message>
        <source>&amp;Saksi:</source>
        <translation>&amp;Saksi:</translation>
    </message>
    <message>
        <source>Pem&amp;bahasan:</source>
        <translation>Pem&amp;bahasan:</translation>
    </message>
    <message>
        <source>Tindak &amp;lanjut:</source>
        <translation>Tindak &amp;lanjut:</translation>
    </message>
</context>
<context>
    <name>tepat::MeetingsPage</name>
    <message>
        <source>Buat &amp;SPTJM pengganti musyawarah…</source>
        <translation>Buat &amp;SPTJM pengganti musyawarah…</translation>
    </message>
    <message>
        <source>&amp;Rencanakan musyawarah…</source>
        <translation>&amp;Rencanakan musyawarah…</translation>
    </message>
    <message>
        <source>Daftar musyawarah</source>
        <translation>Daftar musyawarah</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Usulan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Lembaga</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Tambah &amp;usulan…</source>
        <translation>Tambah &amp;usulan…</translation>
    </message>
    <message>
        <source>&amp;Putuskan…</source>
        <translation>&amp;Putuskan…</translation>
    </message>
    <message>
        <source>Tambah &amp;hadir…</source>
        <translation>Tambah &amp;hadir…</translation>
    </message>
    <message>
        <source>Hapus hadir</source>
        <translation>Hapus hadir</translation>
    </message>
    <message>
        <source>Tambah f&amp;oto…</source>
        <translation>Tambah f&amp;oto…</translation>
    </message>
    <message>
        <source>&amp;Berita acara PDF…</source>
        <translation>&amp;Berita acara PDF…</translation>
    </message>
    <message>
        <source>&amp;Finalkan…</source>
        <translation>&amp;Finalkan…</translation>
    </message>
    <message>
        <source>&amp;Adendum…</source>
        <translation>&amp;Adendum…</translation>
    </message>
    <message>
        <source>Agenda dan keputusan:</source>
        <translation>Agenda dan keputusan:</translation>
    </message>
    <message>
        <source>Daftar hadir:</source>
        <translation>Daftar hadir:</translation>
    </message>
    <message>
        <source>Musyawarah</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Belum ada musyawarah. Rencanakan satu untuk membahas usulan.</source>
        <translation>Belum ada musyawarah. Rencanakan satu untuk membahas usulan.</translation>
    </message>
    <message>
        <source>Final, nomor %1. Terkunci: koreksi dibuat sebagai adendum.</source>
        <translation>Final, nomor %1. Terkunci: koreksi dibuat sebagai adendum.</translation>
    </message>
    <message>
        <source>belum diputuskan</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source>Tidak ada usulan draf atau ditunda yang belum masuk agenda.</source>
        <translation>Tidak ada usulan draf atau ditunda yang belum masuk agenda.</translation>
    </message>
    <message>
        <source>Pilih usulan di agenda.</source>
        <translation>Pilih usulan di agenda.</translation>
    </message>
    <message>
        <source>Tambah peserta hadir</source>
        <translation>Tambah peserta hadir</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Lembaga:</source>
        <translation>&amp;Lembaga:</translation>
    </message>
    <message>
        <source>Hapus peserta</source>
        <translation>Hapus peserta</translation>
    </message>
    <message>
        <source>Hapus %1 dari daftar hadir?</source>
        <translation>Hapus %1 dari daftar hadir?</translation>
    </message>
    <message>
        <source>Foto musyawarah</source>
        <translation>Foto musyawarah</translation>
    </message>
    <message>
        <source>Keterangan foto:</source>
        <translation>Keterangan foto:</translation>
    </message>
    <message>
        <source>Foto disimpan.</source>
        <translation>Foto disimpan.</translation>
    </message>
    <message>
        <source>Finalkan musyawarah</source>
        <translation>Finalkan musyawarah</translation>
    </message>
    <message>
        <source>Berita acara nomor %1 dibuat.</source>
        <translation>Berita acara nomor %1 dibuat.</translation>
    </message>
    <message>
        <source>Adendum berita acara</source>
        <translation>Adendum berita acara</translation>
    </message>
    <message>
        <source>Isi koreksi:</source>
        <translation>Isi koreksi:</translation>
    </message>
    <message>
        <source>Adendum nomor %1 dibuat.</source>
        <translation>Adendum nomor %1 dibuat.</translation>
    </message>
    <message>
        <source>Pilih musyawarah lebih dulu.</source>
        <translation>Pilih musyawarah lebih dulu.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>&amp;Keluarkan dari agenda</source>
        <translation>&amp;Keluarkan dari agenda</translation>
    </message>
    <message>
        <source>Batalkan musyawarah…</source>
        <translation>Batalkan musyawarah…</translation>
    </message>
    <message>
        <source>Keluarkan dari agenda</source>
        <translation>Keluarkan dari agenda</translation>
    </message>
    <message>
        <source>Keluarkan %1 dari agenda? Usulan kembali menjadi draf.</source>
        <translation>Keluarkan %1 dari agenda? Usulan kembali menjadi draf.</translation>
    </message>
    <message>
        <source>Batalkan musyawarah</source>
        <translation>Batalkan musyawarah</translation>
    </message>
    <message>
        <source>Alasan pembatalan (usulan di agenda kembali menjadi draf):</source>
        <translation>Alasan pembatalan (usulan di agenda kembali menjadi draf):</translation>
    </message>
    <message>
        <source>&amp;Daftar hadir PDF…</source>
        <translation>&amp;Daftar hadir PDF…</translation>
    </message>
    <message>
        <source>Pra&amp;tinjau &amp;&amp; cetak…</source>
        <translation>Pra&amp;tinjau &amp;&amp; cetak…</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
    </message>
    <message>
        <source>%1 musyawarah %2</source>
        <translation>%1 musyawarah %2</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Ditandatangani: %1</source>
        <translation>Ditandatangani: %1</translation>
    </message>
    <message>
        <source>Siap difinalkan.</source>
        <translation>Siap difinalkan.</translation>
    </message>
    <message>
        <source>Sebelum difinalkan:</source>
        <translation>Sebelum difinalkan:</translation>
    </message>
    <message>
        <source>Musyawarah ini belum bisa difinalkan. Perbaiki dulu:</source>
        <translation>Musyawarah ini belum bisa difinalkan. Perbaiki dulu:</translation>
    </message>
    <message>
        <source>BNBA ke E&amp;xcel…</source>
        <translation>BNBA ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan yang disetujui dapat dikirim; koreksi hanya lewat adendum.</source>
        <translation>Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan yang disetujui dapat dikirim; koreksi hanya lewat adendum.</translation>
    </message>
    <message>
        <source>Finalkan</source>
        <translation>Finalkan</translation>
    </message>
    <message>
        <source>B&amp;NBA (PDF)…</source>
        <translation>B&amp;NBA (PDF)…</translation>
    </message>
    <message>
        <source>Daftar usulan yang disetujui per RW/RT, untuk dicetak (mendatar).</source>
        <translation>Daftar usulan yang disetujui per RW/RT, untuk dicetak (mendatar).</translation>
    </message>
    <message>
        <source>Pratinjau &amp;&amp; cetak…</source>
        <translation>Pratinjau &amp;&amp; cetak…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>⚠ Konflik kepentingan: %1</source>
        <translation>⚠ Konflik kepentingan: %1</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Pengusul</translation>
    </message>
</context>
<context>
    <name>tepat::NewHouseholdEditor</name>
    <message>
        <source>16 angka, bila sudah ada</source>
        <translation>16 angka, bila sudah ada</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>No KK</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
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
        <source>Alasan diusulkan</source>
        <translation>Alasan diusulkan</translation>
    </message>
    <message>
        <source>Foto rumah</source>
        <translation>Foto rumah</translation>
    </message>
    <message>
        <source>Anggota keluarga</source>
        <translation>Anggota keluarga</translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation>Tambah anggota</translation>
    </message>
    <message>
        <source>Hapus anggota</source>
        <translation>Hapus anggota</translation>
    </message>
    <message>
        <source>(belum bernama)</source>
        <translation>(belum bernama)</translation>
    </message>
    <message>
        <source>Lampirkan foto rumah tampak depan (atap sampai lantai) di bagian foto di bawah formulir.</source>
        <translation>Lampirkan foto rumah tampak depan (atap sampai lantai) di bagian foto di bawah formulir.</translation>
    </message>
</context>
<context>
    <name>tepat::NewMemberEditor</name>
    <message>
        <source>Lahir</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Menikah</source>
        <translation>Menikah</translation>
    </message>
    <message>
        <source>Pindah masuk</source>
        <translation>Pindah masuk</translation>
    </message>
    <message>
        <source>Belum tercatat</source>
        <translation>Belum tercatat</translation>
    </message>
    <message>
        <source>Pilih atau tulis alasannya</source>
        <translation>Pilih atau tulis alasannya</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
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
    <name>tepat::PasswordChangeDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Kata sandi sekarang:</source>
        <translation>Kata sandi sekarang:</translation>
    </message>
    <message>
        <source>Kata sandi baru (minimal 8 karakter):</source>
        <translation>Kata sandi baru (minimal 8 karakter):</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru:</source>
        <translation>Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>tepat::PersonFields</name>
    <message>
        <source>16 angka</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>HH-BB-TTTT, mis. 17-08-1990</source>
        <translation>HH-BB-TTTT, mis. 17-08-1990</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disabilitas</translation>
    </message>
</context>
<context>
    <name>tepat::PersonSearchModel</name>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <source>ID keluarga</source>
        <translation>ID keluarga</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tepat::PhotoBatchImport</name>
    <message>
        <source>Foto sedang diimpor; tunggu sampai selesai atau batalkan dulu.</source>
        <translation>Foto sedang diimpor; tunggu sampai selesai atau batalkan dulu.</translation>
    </message>
</context>
<context>
    <name>tepat::PhotoPickerDialog</name>
    <message>
        <source>Pilih foto rumah dari folder</source>
        <translation>Pilih foto rumah dari folder</translation>
    </message>
    <message>
        <source>&amp;Waktu kunjungan:</source>
        <translation>&amp;Waktu kunjungan:</translation>
    </message>
    <message>
        <source>± &amp;menit:</source>
        <translation>± &amp;menit:</translation>
    </message>
    <message>
        <source>&amp;Centang menurut waktu</source>
        <translation>&amp;Centang menurut waktu</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Waktu foto</source>
        <translation>Waktu foto</translation>
    </message>
    <message>
        <source>Sisi rumah</source>
        <translation>Sisi rumah</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Membaca foto %v dari %m…</source>
        <translation>Membaca foto %v dari %m…</translation>
    </message>
    <message>
        <source>&amp;Hentikan pembacaan</source>
        <translation>&amp;Hentikan pembacaan</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Pembacaan dihentikan; foto yang belum terbaca tidak tampil.</source>
        <translation>Pembacaan dihentikan; foto yang belum terbaca tidak tampil.</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>GPS di foto: %1</source>
        <translation>GPS di foto: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Impor %n foto</source>
        <translation><numerusform>&amp;Impor %n foto</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n foto dicentang.</source>
        <translation><numerusform>%n foto dicentang.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n berkas tidak bisa dipakai (lihat keterangan).</source>
        <translation><numerusform>%n berkas tidak bisa dipakai (lihat keterangan).</numerusform></translation>
    </message>
</context>
<context>
    <name>tepat::PhotoViewerDialog</name>
    <message>
        <source>Foto rumah</source>
        <translation>Foto rumah</translation>
    </message>
    <message>
        <source>Berkas foto tidak bisa dibuka (hilang atau rusak di folder berkas). Pulihkan folder berkas dari cadangan atau tambahkan foto lagi.</source>
        <translation>Berkas foto tidak bisa dibuka (hilang atau rusak di folder berkas). Pulihkan folder berkas dari cadangan atau tambahkan foto lagi.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Ukuran &amp;asli</source>
        <translation>Ukuran &amp;asli</translation>
    </message>
</context>
<context>
    <name>tepat::ProgramProposalEditor</name>
    <message>
        <source>Seluruh keluarga</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>Untuk</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>tepat::ProposalImportController</name>
    <message>
        <source>Memeriksa buku kerja usulan…</source>
        <translation>Memeriksa buku kerja usulan…</translation>
    </message>
    <message>
        <source>Membuat draf usulan…</source>
        <translation>Membuat draf usulan…</translation>
    </message>
</context>
<context>
    <name>tepat::ProposalImportDialog</name>
    <message>
        <source>Belum ada buku kerja yang dipilih.</source>
        <translation>Belum ada buku kerja yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Pilih buku kerja…</source>
        <translation>&amp;Pilih buku kerja…</translation>
    </message>
    <message>
        <source>Baca &amp;ulang</source>
        <translation>Baca &amp;ulang</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Hanya baris bermasalah</source>
        <translation>&amp;Hanya baris bermasalah</translation>
    </message>
    <message>
        <source>Pilih baris di daftar untuk melihat dan memperbaiki isinya.</source>
        <translation>Pilih baris di daftar untuk melihat dan memperbaiki isinya.</translation>
    </message>
    <message>
        <source>Perik&amp;sa ulang baris ini</source>
        <translation>Perik&amp;sa ulang baris ini</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Impor usulan dari Excel</source>
        <translation>Impor usulan dari Excel</translation>
    </message>
    <message>
        <source>Baca lagi buku kerja yang sama setelah diperbaiki di Excel.</source>
        <translation>Baca lagi buku kerja yang sama setelah diperbaiki di Excel.</translation>
    </message>
    <message>
        <source>Setiap baris diperiksa lebih dulu. Draf usulan baru dibuat, sekaligus dalam satu langkah, setelah tidak ada baris yang ditolak. Templat kosong: tepat-cli proposals template.</source>
        <translation>Setiap baris diperiksa lebih dulu. Draf usulan baru dibuat, sekaligus dalam satu langkah, setelah tidak ada baris yang ditolak. Templat kosong: tepat-cli proposals template.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Membaca dan memeriksa buku kerja…</source>
        <translation>Membaca dan memeriksa buku kerja…</translation>
    </message>
    <message>
        <source>Dihentikan. Tidak ada usulan yang dibuat.</source>
        <translation>Dihentikan. Tidak ada usulan yang dibuat.</translation>
    </message>
    <message numerus="yes">
        <source>%n draf usulan dibuat. Buka daftar Usulan untuk melengkapi dan mengajukannya.</source>
        <translation><numerusform>%n draf usulan dibuat. Buka daftar Usulan untuk melengkapi dan mengajukannya.</numerusform></translation>
    </message>
    <message>
        <source>Pilih buku kerja usulan</source>
        <translation>Pilih buku kerja usulan</translation>
    </message>
    <message>
        <source>Buku Kerja Excel (*.xlsx *.xlsm)</source>
        <translation>Buku Kerja Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Tidak ada baris usulan di buku kerja ini. Gunakan templat Tepat atau kolom yang sama (id_keluarga atau nik, program, …).</source>
        <translation>Tidak ada baris usulan di buku kerja ini. Gunakan templat Tepat atau kolom yang sama (id_keluarga atau nik, program, …).</translation>
    </message>
    <message>
        <source>%1 baris: %2 siap, %3 dengan peringatan, %4 ditolak.</source>
        <translation>%1 baris: %2 siap, %3 dengan peringatan, %4 ditolak.</translation>
    </message>
    <message>
        <source>Perbaiki baris yang ditolak di sini atau di Excel (lalu Baca ulang); draf baru bisa dibuat setelah tidak ada yang ditolak.</source>
        <translation>Perbaiki baris yang ditolak di sini atau di Excel (lalu Baca ulang); draf baru bisa dibuat setelah tidak ada yang ditolak.</translation>
    </message>
    <message>
        <source>Lembar yang dilewati: %1.</source>
        <translation>Lembar yang dilewati: %1.</translation>
    </message>
    <message>
        <source>Kolom yang tidak dipakai (tidak disimpan): %1.</source>
        <translation>Kolom yang tidak dipakai (tidak disimpan): %1.</translation>
    </message>
    <message>
        <source>Lembar %1, baris %2 (%3). Ubah nilainya, lalu periksa ulang.</source>
        <translation>Lembar %1, baris %2 (%3). Ubah nilainya, lalu periksa ulang.</translation>
    </message>
    <message>
        <source>Nilai ini ditolak; lihat pesannya di daftar.</source>
        <translation>Nilai ini ditolak; lihat pesannya di daftar.</translation>
    </message>
    <message numerus="yes">
        <source>Buat %n &amp;draf usulan</source>
        <translation><numerusform>Buat %n &amp;draf usulan</numerusform></translation>
    </message>
    <message>
        <source>Masih ada baris yang ditolak; perbaiki dulu.</source>
        <translation>Masih ada baris yang ditolak; perbaiki dulu.</translation>
    </message>
</context>
<context>
    <name>tepat::ProposalVerdictModel</name>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Siap</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Baris ini siap dibuat menjadi draf.</source>
        <translation>Baris ini siap dibuat menjadi draf.</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>tepat::QuestionnaireForm</name>
    <message>
        <source>%1 (%2 th)</source>
        <translation>%1 (%2 th)</translation>
    </message>
    <message>
        <source>%1 — versi %2</source>
        <translation>%1 — versi %2</translation>
    </message>
    <message>
        <source> (boleh kosong)</source>
        <translation> (boleh kosong)</translation>
    </message>
    <message>
        <source>— belum dijawab —</source>
        <translation>— belum dijawab —</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 jawaban · %2 belum dijawab · %3 kesalahan · %4 peringatan</source>
        <translation>%1 jawaban · %2 belum dijawab · %3 kesalahan · %4 peringatan</translation>
    </message>
</context>
<context>
    <name>tepat::ReactivationDialog</name>
    <message>
        <source>Rekomendasi reaktivasi PBI-JK</source>
        <translation>Rekomendasi reaktivasi PBI-JK</translation>
    </message>
    <message numerus="yes">
        <source>Surat rekomendasi untuk %n warga: kepesertaan PBI-JK desil 6–10 dinonaktifkan SK Mensos 03/HUK/2026 dan diaktifkan kembali selama enam bulan atas rekomendasi kelurahan/desa. Alasan:</source>
        <translation><numerusform>Surat rekomendasi untuk %n warga: kepesertaan PBI-JK desil 6–10 dinonaktifkan SK Mensos 03/HUK/2026 dan diaktifkan kembali selama enam bulan atas rekomendasi kelurahan/desa. Alasan:</numerusform></translation>
    </message>
    <message>
        <source>mis. RSUD Gambiran, Puskesmas Pesantren</source>
        <translation>mis. RSUD Gambiran, Puskesmas Pesantren</translation>
    </message>
    <message>
        <source>&amp;Fasilitas kesehatan:</source>
        <translation>&amp;Fasilitas kesehatan:</translation>
    </message>
    <message>
        <source>&amp;Catatan pengecekan:</source>
        <translation>&amp;Catatan pengecekan:</translation>
    </message>
    <message>
        <source>No. surat &amp;pengantar RT/RW:</source>
        <translation>No. surat &amp;pengantar RT/RW:</translation>
    </message>
    <message>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Terbitkan</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Batal</translation>
    </message>
</context>
<context>
    <name>tepat::RecommendationPanel</name>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>Diusulkan oleh:</source>
        <translation>Diusulkan oleh:</translation>
    </message>
    <message>
        <source>Nama ketua RT/RW (kosongkan bila tidak melalui ketua RT/RW)</source>
        <translation>Nama ketua RT/RW (kosongkan bila tidak melalui ketua RT/RW)</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Diusulkan &amp;melalui ketua RT/RW:</source>
        <translation>Diusulkan &amp;melalui ketua RT/RW:</translation>
    </message>
    <message>
        <source>Konflik kepentingan: %1. Usulan tetap bisa dibawa ke musyawarah; tanda ini tampil di agenda dan berita acara.</source>
        <translation>Konflik kepentingan: %1. Usulan tetap bisa dibawa ke musyawarah; tanda ini tampil di agenda dan berita acara.</translation>
    </message>
</context>
<context>
    <name>tepat::RelocationEditor</name>
    <message>
        <source>Ketik nama kelurahan/desa tujuan</source>
        <translation>Ketik nama kelurahan/desa tujuan</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>Cari tujuan</source>
        <translation>Cari tujuan</translation>
    </message>
    <message>
        <source>Kelurahan/desa tujuan</source>
        <translation>Kelurahan/desa tujuan</translation>
    </message>
    <message>
        <source>Alamat tujuan</source>
        <translation>Alamat tujuan</translation>
    </message>
    <message>
        <source>Tanggal pindah</source>
        <translation>Tanggal pindah</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>%1 — Kec. %2, %3 (%4)</source>
        <translation>%1 — Kec. %2, %3 (%4)</translation>
    </message>
    <message>
        <source>— pilih siapa yang pindah —</source>
        <translation>— pilih siapa yang pindah —</translation>
    </message>
    <message>
        <source>Seluruh keluarga</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>Anggota tertentu (centang di bawah)</source>
        <translation>Anggota tertentu (centang di bawah)</translation>
    </message>
    <message>
        <source>Anggota yang pindah</source>
        <translation>Anggota yang pindah</translation>
    </message>
    <message>
        <source>Yang pindah</source>
        <translation>Yang pindah</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>tepat::RemovalEditor</name>
    <message>
        <source>Seluruh keluarga</source>
        <translation>Seluruh keluarga</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>HH-BB-TTTT</translation>
    </message>
    <message>
        <source>bila sudah ada</source>
        <translation>bila sudah ada</translation>
    </message>
    <message>
        <source>Yang dihapus</source>
        <translation>Yang dihapus</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>No akta kematian</source>
        <translation>No akta kematian</translation>
    </message>
    <message>
        <source>Sama dengan</source>
        <translation>Sama dengan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Kepala keluarga baru</source>
        <translation>Kepala keluarga baru</translation>
    </message>
    <message>
        <source>Hanya bila yang dihapus adalah kepala keluarga</source>
        <translation>Hanya bila yang dihapus adalah kepala keluarga</translation>
    </message>
    <message>
        <source>— pilih kepala keluarga baru —</source>
        <translation>— pilih kepala keluarga baru —</translation>
    </message>
    <message>
        <source>(tidak perlu: kepala keluarga tetap)</source>
        <translation>(tidak perlu: kepala keluarga tetap)</translation>
    </message>
    <message>
        <source>ID DTSEN (dahulu ID DTKS) orang atau keluarga yang sama</source>
        <translation>ID DTSEN (dahulu ID DTKS) orang atau keluarga yang sama</translation>
    </message>
</context>
<context>
    <name>tepat::RequestFormController</name>
    <message>
        <source>Usulan ini sudah berstatus "%1" dan tidak bisa diubah lagi.</source>
        <translation>Usulan ini sudah berstatus "%1" dan tidak bisa diubah lagi.</translation>
    </message>
</context>
<context>
    <name>tepat::RequestFormDialog</name>
    <message>
        <source>Buang draf…</source>
        <translation>Buang draf…</translation>
    </message>
    <message>
        <source> — keluarga %1 (%2), RT %3/RW %4</source>
        <translation> — keluarga %1 (%2), RT %3/RW %4</translation>
    </message>
    <message>
        <source>Yang perlu diperhatikan (centang peringatan untuk melanjutkan):</source>
        <translation>Yang perlu diperhatikan (centang peringatan untuk melanjutkan):</translation>
    </message>
    <message>
        <source>Riwayat usulan:</source>
        <translation>Riwayat usulan:</translation>
    </message>
    <message>
        <source>%1 — %2 oleh %3</source>
        <translation>%1 — %2 oleh %3</translation>
    </message>
    <message>
        <source> (alasan: %1)</source>
        <translation> (alasan: %1)</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Draf tersimpan otomatis pukul %1.</source>
        <translation>Draf tersimpan otomatis pukul %1.</translation>
    </message>
    <message>
        <source>Belum tersimpan: %1</source>
        <translation>Belum tersimpan: %1</translation>
    </message>
    <message>
        <source>Draf tersimpan.</source>
        <translation>Draf tersimpan.</translation>
    </message>
    <message>
        <source>Draf disimpan otomatis begitu diisi.</source>
        <translation>Draf disimpan otomatis begitu diisi.</translation>
    </message>
    <message>
        <source>Kesalahan: %1</source>
        <translation>Kesalahan: %1</translation>
    </message>
    <message>
        <source>Peringatan — lanjutkan: %1</source>
        <translation>Peringatan — lanjutkan: %1</translation>
    </message>
    <message>
        <source>Siap dibawa ke musyawarah.</source>
        <translation>Siap dibawa ke musyawarah.</translation>
    </message>
    <message>
        <source>Belum siap dibawa ke musyawarah: %1 kesalahan, %2 peringatan belum dilanjutkan. Draf tetap tersimpan.</source>
        <translation>Belum siap dibawa ke musyawarah: %1 kesalahan, %2 peringatan belum dilanjutkan. Draf tetap tersimpan.</translation>
    </message>
    <message>
        <source>Buang draf</source>
        <translation>Buang draf</translation>
    </message>
    <message>
        <source>Draf ini akan dibuang (tetap tercatat, tidak dikirim). Alasannya:</source>
        <translation>Draf ini akan dibuang (tetap tercatat, tidak dikirim). Alasannya:</translation>
    </message>
    <message>
        <source>Tidak jadi diusulkan</source>
        <translation>Tidak jadi diusulkan</translation>
    </message>
    <message>
        <source>Draf belum tersimpan: %1</source>
        <translation>Draf belum tersimpan: %1</translation>
    </message>
    <message>
        <source>%1 #%2, %3</source>
        <translation>%1 #%2, %3</translation>
    </message>
    <message>
        <source>%1: %2, dicatat oleh %3</source>
        <translation>%1: %2, dicatat oleh %3</translation>
    </message>
    <message>
        <source>%1: dalam agenda (%2)</source>
        <translation>%1: dalam agenda (%2)</translation>
    </message>
    <message>
        <source>Foto rumah bisa ditambahkan begitu draf tersimpan (setelah isian pertama).</source>
        <translation>Foto rumah bisa ditambahkan begitu draf tersimpan (setelah isian pertama).</translation>
    </message>
    <message>
        <source>Perbaikan dari usulan #%1 yang ditolak Dinsos (alasan: %2).</source>
        <translation>Perbaikan dari usulan #%1 yang ditolak Dinsos (alasan: %2).</translation>
    </message>
    <message>
        <source>Perbaikan dari usulan #%1 yang ditolak Dinsos.</source>
        <translation>Perbaikan dari usulan #%1 yang ditolak Dinsos.</translation>
    </message>
    <message>
        <source>Lihat usulan #%1</source>
        <translation>Lihat usulan #%1</translation>
    </message>
    <message>
        <source>Ditolak Dinsos: %1.</source>
        <translation>Ditolak Dinsos: %1.</translation>
    </message>
    <message>
        <source>Sudah diperbaiki dan diusulkan lagi sebagai usulan #%1.</source>
        <translation>Sudah diperbaiki dan diusulkan lagi sebagai usulan #%1.</translation>
    </message>
    <message>
        <source>Buka usulan #%1</source>
        <translation>Buka usulan #%1</translation>
    </message>
    <message>
        <source>Perbaiki yang menjadi alasan penolakan, lalu usulkan lagi lewat musyawarah.</source>
        <translation>Perbaiki yang menjadi alasan penolakan, lalu usulkan lagi lewat musyawarah.</translation>
    </message>
    <message>
        <source>Perbaiki dan usulkan lagi</source>
        <translation>Perbaiki dan usulkan lagi</translation>
    </message>
    <message>
        <source>&amp;Saluran:</source>
        <translation>&amp;Saluran:</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(tidak tercatat)</translation>
    </message>
    <message>
        <source>Dasar persetujuan: %1</source>
        <translation>Dasar persetujuan: %1</translation>
    </message>
    <message>
        <source>Dasar persetujuan: belum ada (diisi saat berita acara atau SPTJM difinalkan)</source>
        <translation>Dasar persetujuan: belum ada (diisi saat berita acara atau SPTJM difinalkan)</translation>
    </message>
</context>
<context>
    <name>tepat::RequestListModel</name>
    <message>
        <source>(baru)</source>
        <translation>(baru)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Jenis usulan</source>
        <translation>Jenis usulan</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Keluarga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Alasan status</source>
        <translation>Alasan status</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Saluran</translation>
    </message>
</context>
<context>
    <name>tepat::RequestsPage</name>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Belum ada usulan.</source>
        <translation>Belum ada usulan.</translation>
    </message>
    <message>
        <source>Belum ada usulan dengan status dan jenis ini. Usulan dibuat dari halaman Keluarga (keluarga baru, tambah anggota, perbaikan, penghapusan, program, pindah) dan tampil di sini dengan statusnya.</source>
        <translation>Belum ada usulan dengan status dan jenis ini. Usulan dibuat dari halaman Keluarga (keluarga baru, tambah anggota, perbaikan, penghapusan, program, pindah) dan tampil di sini dengan statusnya.</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>Simpan daftar usulan dengan saringan yang dipilih sebagai buku kerja Excel (.xlsx).</source>
        <translation>Simpan daftar usulan dengan saringan yang dipilih sebagai buku kerja Excel (.xlsx).</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>usulan</translation>
    </message>
    <message>
        <source>&amp;Impor dari Excel…</source>
        <translation>&amp;Impor dari Excel…</translation>
    </message>
    <message>
        <source>Buat draf usulan sekaligus dari buku kerja Excel (templat Tepat atau ekspor keluarga DTSEN); setiap baris diperiksa lebih dulu.</source>
        <translation>Buat draf usulan sekaligus dari buku kerja Excel (templat Tepat atau ekspor keluarga DTSEN); setiap baris diperiksa lebih dulu.</translation>
    </message>
</context>
<context>
    <name>tepat::ResidentDialog</name>
    <message>
        <source>&amp;Data sudah diperiksa dengan KTP/KK; lanjutkan</source>
        <translation>&amp;Data sudah diperiksa dengan KTP/KK; lanjutkan</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>HH-BB-TTTT, terisi dari NIK</source>
        <translation>HH-BB-TTTT, terisi dari NIK</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan ke pratinjau</source>
        <translation>&amp;Lanjutkan ke pratinjau</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <source>No. &amp;KK:</source>
        <translation>No. &amp;KK:</translation>
    </message>
    <message>
        <source>&amp;Jenis kelamin:</source>
        <translation>&amp;Jenis kelamin:</translation>
    </message>
    <message>
        <source>&amp;Tempat lahir:</source>
        <translation>&amp;Tempat lahir:</translation>
    </message>
    <message>
        <source>Tanggal &amp;lahir:</source>
        <translation>Tanggal &amp;lahir:</translation>
    </message>
    <message>
        <source>&amp;Pekerjaan:</source>
        <translation>&amp;Pekerjaan:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;RT:</source>
        <translation>&amp;RT:</translation>
    </message>
    <message>
        <source>R&amp;W:</source>
        <translation>R&amp;W:</translation>
    </message>
    <message>
        <source>Tanggal lahir ditulis HH-BB-TTTT, misalnya 17-08-1990.</source>
        <translation>Tanggal lahir ditulis HH-BB-TTTT, misalnya 17-08-1990.</translation>
    </message>
    <message>
        <source>Surat untuk warga yang tidak ada di data DTSEN</source>
        <translation>Surat untuk warga yang tidak ada di data DTSEN</translation>
    </message>
</context>
<context>
    <name>tepat::RevokeLetterDialog</name>
    <message>
        <source>Cabut surat</source>
        <translation>Cabut surat</translation>
    </message>
    <message>
        <source>Surat nomor %1 tanggal %2 atas nama %3 akan dicabut: tetap tercatat di register dengan status dicabut, tidak dicetak lagi, dan pemeriksaan kode QR-nya menjawab "dicabut" (di server kabupaten setelah sinkronisasi berikutnya).</source>
        <translation>Surat nomor %1 tanggal %2 atas nama %3 akan dicabut: tetap tercatat di register dengan status dicabut, tidak dicetak lagi, dan pemeriksaan kode QR-nya menjawab "dicabut" (di server kabupaten setelah sinkronisasi berikutnya).</translation>
    </message>
    <message>
        <source>misalnya: salah orang, keadaan keluarga sudah berubah</source>
        <translation>misalnya: salah orang, keadaan keluarga sudah berubah</translation>
    </message>
    <message>
        <source>&amp;Alasan pencabutan:</source>
        <translation>&amp;Alasan pencabutan:</translation>
    </message>
    <message>
        <source>Cabut surat…</source>
        <translation>Cabut surat…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>tepat::SecurityFeatures</name>
    <message>
        <source>Akun</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2)</source>
        <translation>Masuk sebagai %1 (%2)</translation>
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
    <message>
        <source>Lanjutkan</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>tepat::ShortcutSheet</name>
    <message>
        <source>Di mana saja</source>
        <translation>Di mana saja</translation>
    </message>
    <message>
        <source>Tombol pintas</source>
        <translation>Tombol pintas</translation>
    </message>
    <message>
        <source>Semua tombol pintas Tepat. Ketik untuk mencari, misalnya "cari" atau "Ctrl+F".</source>
        <translation>Semua tombol pintas Tepat. Ketik untuk mencari, misalnya "cari" atau "Ctrl+F".</translation>
    </message>
    <message>
        <source>Cari tombol atau fungsi…</source>
        <translation>Cari tombol atau fungsi…</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Berlaku di</source>
        <translation>Berlaku di</translation>
    </message>
</context>
<context>
    <name>tepat::SyncController</name>
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
    <message>
        <source>Tidak ada masalah. Usulan yang ditolak server karena datanya perlu diperbaiki tampil di sini.</source>
        <translation>Tidak ada masalah. Usulan yang ditolak server karena datanya perlu diperbaiki tampil di sini.</translation>
    </message>
    <message>
        <source>Belum ada keputusan Dinsos. Keputusan (diterima, diverifikasi, ditolak) tampil di sini setelah sinkronisasi.</source>
        <translation>Belum ada keputusan Dinsos. Keputusan (diterima, diverifikasi, ditolak) tampil di sini setelah sinkronisasi.</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Sinkronisasi…</source>
        <translation>Sinkronisasi…</translation>
    </message>
</context>
<context>
    <name>tepat::VillagePlot</name>
    <message>
        <source>Titik rumah keluarga di kelurahan/desa ini. Klik titik untuk memilih keluarganya.</source>
        <translation>Titik rumah keluarga di kelurahan/desa ini. Klik titik untuk memilih keluarganya.</translation>
    </message>
    <message>
        <source>Belum ada titik lokasi di kelurahan/desa ini.</source>
        <translation>Belum ada titik lokasi di kelurahan/desa ini.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message numerus="yes">
        <source>%n keluarga dengan titik</source>
        <translation><numerusform>%n keluarga dengan titik</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n jauh di luar gambar</source>
        <translation><numerusform>%n jauh di luar gambar</numerusform></translation>
    </message>
    <message>
        <source>keluarga terpilih belum punya titik</source>
        <translation>keluarga terpilih belum punya titik</translation>
    </message>
</context>
<context>
    <name>tepat::VisitDialog</name>
    <message>
        <source>Kunjungan keluarga %1</source>
        <translation>Kunjungan keluarga %1</translation>
    </message>
    <message>
        <source>&amp;Hasil kunjungan:</source>
        <translation>&amp;Hasil kunjungan:</translation>
    </message>
    <message>
        <source>&amp;Tanggal kunjungan:</source>
        <translation>&amp;Tanggal kunjungan:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Anggota</source>
        <translation>&amp;Anggota</translation>
    </message>
    <message>
        <source>&amp;Foto rumah</source>
        <translation>&amp;Foto rumah</translation>
    </message>
    <message>
        <source>&amp;Lokasi</source>
        <translation>&amp;Lokasi</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Pindah ke</source>
        <translation>Pindah ke</translation>
    </message>
    <message>
        <source>Tambah anggota &amp;baru</source>
        <translation>Tambah anggota &amp;baru</translation>
    </message>
    <message>
        <source>Nama anggota baru</source>
        <translation>Nama anggota baru</translation>
    </message>
    <message>
        <source>Desa/kota tujuan</source>
        <translation>Desa/kota tujuan</translation>
    </message>
    <message>
        <source>&amp;Kuesioner</source>
        <translation>&amp;Kuesioner</translation>
    </message>
    <message>
        <source>Kartu keluar&amp;ga</source>
        <translation>Kartu keluar&amp;ga</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · RW %3 / RT %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · RW %3 / RT %4 · %5</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga</source>
        <translation>Hubungan dengan kepala keluarga</translation>
    </message>
</context>
<context>
    <name>tepat::VisitsPage</name>
    <message>
        <source>RW %1 / RT %2</source>
        <translation>RW %1 / RT %2</translation>
    </message>
    <message>
        <source>Kunjungan lapangan</source>
        <translation>Kunjungan lapangan</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Catat kunjungan…</source>
        <translation>Catat kunjungan…</translation>
    </message>
    <message>
        <source>ID keluarga</source>
        <translation>ID keluarga</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Status kunjungan</source>
        <translation>Status kunjungan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Belum ada keluarga yang ditugaskan ke laptop ini. Terima paket kerja dari kantor kelurahan (tepat-cli bundle import).</source>
        <translation>Belum ada keluarga yang ditugaskan ke laptop ini. Terima paket kerja dari kantor kelurahan (tepat-cli bundle import).</translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>%1 dari %2 keluarga sudah dikunjungi</source>
        <translation>%1 dari %2 keluarga sudah dikunjungi</translation>
    </message>
    <message>
        <source>Semua RT</source>
        <translation>Semua RT</translation>
    </message>
    <message>
        <source>%1 — %2/%3</source>
        <translation>%1 — %2/%3</translation>
    </message>
    <message>
        <source>Data yang diubah di kantor dan di lapangan, menunggu keputusan</source>
        <translation>Data yang diubah di kantor dan di lapangan, menunggu keputusan</translation>
    </message>
    <message>
        <source>&amp;Konflik data: %1…</source>
        <translation>&amp;Konflik data: %1…</translation>
    </message>
    <message>
        <source>Kirim hasil &amp;verifikasi</source>
        <translation>Kirim hasil &amp;verifikasi</translation>
    </message>
    <message>
        <source>Kirim hasil kunjungan keluarga terpilih ke Dinsos tanpa usulan perubahan (keluarga ditemui dan datanya benar, tidak ditemukan, atau menolak)</source>
        <translation>Kirim hasil kunjungan keluarga terpilih ke Dinsos tanpa usulan perubahan (keluarga ditemui dan datanya benar, tidak ditemukan, atau menolak)</translation>
    </message>
    <message>
        <source>Keluarga ini belum dikunjungi.</source>
        <translation>Keluarga ini belum dikunjungi.</translation>
    </message>
    <message>
        <source>Hasil verifikasi keluarga %1 sudah diterima server pusat.</source>
        <translation>Hasil verifikasi keluarga %1 sudah diterima server pusat.</translation>
    </message>
    <message>
        <source>Hasil verifikasi keluarga %1 ada di kotak keluar dan terkirim pada sinkronisasi berikutnya.</source>
        <translation>Hasil verifikasi keluarga %1 ada di kotak keluar dan terkirim pada sinkronisasi berikutnya.</translation>
    </message>
</context>
<context>
    <name>tepat::WorkspaceStatusBar</name>
    <message numerus="yes">
        <source>%n draf belum selesai</source>
        <translation><numerusform>%n draf belum selesai</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n usulan menunggu keputusan musyawarah</source>
        <translation><numerusform>%n usulan menunggu keputusan musyawarah</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n usulan ditolak server atau bentrok; perlu diperiksa</source>
        <translation><numerusform>%n usulan ditolak server atau bentrok; perlu diperiksa</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n usulan menunggu dikirim</source>
        <translation><numerusform>%n usulan menunggu dikirim</numerusform></translation>
    </message>
    <message>
        <source>Musyawarah berikutnya: %1</source>
        <translation>Musyawarah berikutnya: %1</translation>
    </message>
    <message>
        <source>Belum ada musyawarah terjadwal</source>
        <translation>Belum ada musyawarah terjadwal</translation>
    </message>
    <message>
        <source>Menunggu dikirim: %1</source>
        <translation>Menunggu dikirim: %1</translation>
    </message>
    <message>
        <source> · perlu diperiksa: %1</source>
        <translation> · perlu diperiksa: %1</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Sinkron terakhir %1</source>
        <translation>Sinkron terakhir %1</translation>
    </message>
    <message>
        <source>Belum pernah sinkron</source>
        <translation>Belum pernah sinkron</translation>
    </message>
    <message>
        <source> · percobaan terakhir gagal</source>
        <translation> · percobaan terakhir gagal</translation>
    </message>
    <message>
        <source>Tidak ada jaringan. Semua pekerjaan tetap tersimpan di komputer ini dan dikirim saat tersambung lagi.</source>
        <translation>Tidak ada jaringan. Semua pekerjaan tetap tersimpan di komputer ini dan dikirim saat tersambung lagi.</translation>
    </message>
    <message>
        <source>Keadaan sinkronisasi dengan server Dinsos.</source>
        <translation>Keadaan sinkronisasi dengan server Dinsos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (dan %n pekerjaan lain)</source>
        <translation><numerusform>%1 (dan %n pekerjaan lain)</numerusform></translation>
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
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 detik.</source>
        <translation>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 detik.</translation>
    </message>
    <message>
        <source>Masih ada percobaan masuk dari alamat ini yang sedang diperiksa; tunggu jawabannya dulu.</source>
        <translation>Masih ada percobaan masuk dari alamat ini yang sedang diperiksa; tunggu jawabannya dulu.</translation>
    </message>
    <message>
        <source>Server pusat sedang memeriksa banyak percobaan masuk; coba lagi sebentar lagi.</source>
        <translation>Server pusat sedang memeriksa banyak percobaan masuk; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Folder data %1 tidak bisa dibuat.</source>
        <translation>Folder data %1 tidak bisa dibuat.</translation>
    </message>
    <message>
        <source>Tanpa TLS server hanya mendengarkan di loopback (127.0.0.1 atau ::1), karena kata sandi, token dan data warga akan terkirim terbuka. Berikan --cert dan --key untuk %1.</source>
        <translation>Tanpa TLS server hanya mendengarkan di loopback (127.0.0.1 atau ::1), karena kata sandi, token dan data warga akan terkirim terbuka. Berikan --cert dan --key untuk %1.</translation>
    </message>
    <message>
        <source>Server pusat sedang menerima banyak permintaan; coba lagi sebentar lagi.</source>
        <translation>Server pusat sedang menerima banyak permintaan; coba lagi sebentar lagi.</translation>
    </message>
</context>
</TS>
