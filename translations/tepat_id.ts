<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id">
<context>
    <name>AuditTrail</name>
    <message>
        <source>Catatan audit harus menyebut pelaku dan tindakannya.</source>
        <translation>Catatan audit harus menyebut pelaku dan tindakannya.</translation>
    </message>
</context>
<context>
    <name>CertificateComposer</name>
    <message>
        <source>%1 tercatat meninggal dunia; surat keterangan DTKS tidak dapat dibuat untuknya.</source>
        <translation>%1 tercatat meninggal dunia; surat keterangan DTKS tidak dapat dibuat untuknya.</translation>
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
        <source>NIK ini ada dalam data DTKS/DTSEN. Pilih orangnya lewat pencarian agar surat memuat data yang tercatat.</source>
        <translation>NIK ini ada dalam data DTKS/DTSEN. Pilih orangnya lewat pencarian agar surat memuat data yang tercatat.</translation>
    </message>
    <message>
        <source>Tanggal data DTKS/DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</source>
        <translation>Tanggal data DTKS/DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</translation>
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
        <source>Musyawarah ini dijadwalkan %1 dan belum berlangsung.</source>
        <translation>Musyawarah ini dijadwalkan %1 dan belum berlangsung.</translation>
    </message>
    <message>
        <source>Agenda masih kosong. Tambahkan usulan dari daftar draf.</source>
        <translation>Agenda masih kosong. Tambahkan usulan dari daftar draf.</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan di agenda belum diputuskan.</source>
        <translation><numerusform>%n usulan di agenda belum diputuskan.</numerusform></translation>
    </message>
    <message>
        <source>Nama lurah/kepala desa yang menandatangani belum diisi.</source>
        <translation>Nama lurah/kepala desa yang menandatangani belum diisi.</translation>
    </message>
    <message>
        <source>Tuliskan alasan musyawarah tidak dapat dilaksanakan.</source>
        <translation>Tuliskan alasan musyawarah tidak dapat dilaksanakan.</translation>
    </message>
    <message>
        <source>Tempat musyawarah belum diisi.</source>
        <translation>Tempat musyawarah belum diisi.</translation>
    </message>
    <message>
        <source>Daftar hadir masih kosong.</source>
        <translation>Daftar hadir masih kosong.</translation>
    </message>
    <message>
        <source>Isi adendum belum ditulis.</source>
        <translation>Isi adendum belum ditulis.</translation>
    </message>
    <message>
        <source>Adendum hanya untuk musyawarah yang sudah final; musyawarah yang masih direncanakan bisa diubah langsung.</source>
        <translation>Adendum hanya untuk musyawarah yang sudah final; musyawarah yang masih direncanakan bisa diubah langsung.</translation>
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
    <name>LetterBatch</name>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>Berkas %1 tidak bisa ditulis: %2</translation>
    </message>
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
        <source>Surat keterangan DTKS</source>
        <translation>Surat keterangan DTKS</translation>
    </message>
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
        <source>terdaftar dalam DTKS/DTSEN</source>
        <translation>terdaftar dalam DTKS/DTSEN</translation>
    </message>
    <message>
        <source>tidak terdaftar</source>
        <translation>tidak terdaftar</translation>
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
    <name>NikCheck</name>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
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
    <name>QrCode</name>
    <message>
        <source>Kode QR tidak bisa dibuat (isi terlalu panjang: %1 bita).</source>
        <translation>Kode QR tidak bisa dibuat (isi terlalu panjang: %1 bita).</translation>
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
        <source>Surat</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Pengiriman ke server pusat belum tersedia di versi ini.</source>
        <translation>Pengiriman ke server pusat belum tersedia di versi ini.</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Surat &amp; kop</source>
        <translation>Surat &amp; kop</translation>
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
        <source>Pemakaian: tepat-cli demo (--db FILE | --csv DIR) [--village KODE] [--households N] [--seed S]</source>
        <translation>Pemakaian: tepat-cli demo (--db FILE | --csv DIR) [--village KODE] [--households N] [--seed S]</translation>
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
        <source>Berkas data %1 tidak ada.</source>
        <translation>Berkas data %1 tidak ada.</translation>
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
        <source>Memeriksa kode verifikasi (isi kode QR) surat dari standard input, satu per baris. Per baris: genuine (asli), altered (diubah) atau unknown (tidak dikenal), lalu nomor surat (dipisah tab). Keluar 0 bila semua asli, 1 bila tidak.</source>
        <translation>Memeriksa kode verifikasi (isi kode QR) surat dari standard input, satu per baris. Per baris: genuine (asli), altered (diubah) atau unknown (tidak dikenal), lalu nomor surat (dipisah tab). Keluar 0 bila semua asli, 1 bila tidak.</translation>
    </message>
    <message>
        <source>Berkas data yang kuncinya dipakai (bawaan: data aplikasi Tepat di komputer ini).</source>
        <translation>Berkas data yang kuncinya dipakai (bawaan: data aplikasi Tepat di komputer ini).</translation>
    </message>
    <message>
        <source>Tidak ada kode yang dibaca dari standard input.</source>
        <translation>Tidak ada kode yang dibaca dari standard input.</translation>
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
        <source>Surat keterangan DTKS</source>
        <translation>Surat keterangan DTKS</translation>
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
        <source>Surat menyatakan terdaftar atau tidak terdaftar sesuai data terakhir; nomor diambil dari register saat diterbitkan.</source>
        <translation>Surat menyatakan terdaftar atau tidak terdaftar sesuai data terakhir; nomor diambil dari register saat diterbitkan.</translation>
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
        <source>Terbitkan surat</source>
        <translation>Terbitkan surat</translation>
    </message>
    <message>
        <source>Terbitkan surat keterangan untuk %1 (%2 dalam DTKS)? Nomor surat akan diambil dari register dan tidak bisa dibatalkan.</source>
        <translation>Terbitkan surat keterangan untuk %1 (%2 dalam DTKS)? Nomor surat akan diambil dari register dan tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa).</source>
        <translation>Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa).</translation>
    </message>
    <message>
        <source>Folder untuk PDF surat</source>
        <translation>Folder untuk PDF surat</translation>
    </message>
    <message>
        <source>Menerbitkan surat…</source>
        <translation>Menerbitkan surat…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
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
        <source>Pilih surat keterangan di register. Berita acara dan SPTJM dicetak dari halaman Musyawarah.</source>
        <translation>Pilih surat keterangan di register. Berita acara dan SPTJM dicetak dari halaman Musyawarah.</translation>
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
        <source>Pilih surat keterangan di register.</source>
        <translation>Pilih surat keterangan di register.</translation>
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
        <source>PDF tidak bisa disimpan ke %1: %2</source>
        <translation>PDF tidak bisa disimpan ke %1: %2</translation>
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
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>Berkas %1 tidak bisa ditulis: %2</translation>
    </message>
    <message>
        <source>Surat untuk warga yang tidak ada di data DTKS</source>
        <translation>Surat untuk warga yang tidak ada di data DTKS</translation>
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
        <source>Warga di &amp;luar data DTKS…</source>
        <translation>Warga di &amp;luar data DTKS…</translation>
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
        <source>SPTJM pengganti musyawarah</source>
        <translation>SPTJM pengganti musyawarah</translation>
    </message>
    <message>
        <source>Rencanakan musyawarah</source>
        <translation>Rencanakan musyawarah</translation>
    </message>
    <message>
        <source>dari pengaturan surat bila kosong</source>
        <translation>dari pengaturan surat bila kosong</translation>
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
        <source>Ketua &amp;BPD/LPM:</source>
        <translation>Ketua &amp;BPD/LPM:</translation>
    </message>
    <message>
        <source>&amp;Saksi:</source>
        <translation>&amp;Saksi:</translation>
    </message>
    <message>
        <source>Tidak ada usulan draf atau ditunda yang belum masuk agenda.</source>
        <translation>Tidak ada usulan draf atau ditunda yang belum masuk agenda.</translation>
    </message>
    <message>
        <source>Tambah usulan ke agenda</source>
        <translation>Tambah usulan ke agenda</translation>
    </message>
    <message>
        <source>Pilih usulan di agenda.</source>
        <translation>Pilih usulan di agenda.</translation>
    </message>
    <message>
        <source>Keputusan untuk %1</source>
        <translation>Keputusan untuk %1</translation>
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
        <source>Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan yang disetujui dapat dikirim; koreksi hanya lewat adendum. Lanjutkan?</source>
        <translation>Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan yang disetujui dapat dikirim; koreksi hanya lewat adendum. Lanjutkan?</translation>
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
        <source>PDF tidak bisa disimpan ke %1: %2</source>
        <translation>PDF tidak bisa disimpan ke %1: %2</translation>
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
</context>
</TS>
