<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>AuditTrail</name>
    <message>
        <source>Catatan audit harus menyebut pelaku dan tindakannya.</source>
        <translation>An audit entry must name who acted and what they did.</translation>
    </message>
</context>
<context>
    <name>CertificateComposer</name>
    <message>
        <source>%1 tercatat meninggal dunia; surat keterangan DTKS tidak dapat dibuat untuknya.</source>
        <translation>%1 is recorded as deceased; no DTKS certificate letter can be made for them.</translation>
    </message>
</context>
<context>
    <name>CertificateService</name>
    <message>
        <source>Nama warga belum diisi.</source>
        <translation>The resident's name is missing.</translation>
    </message>
    <message>
        <source>NIK tidak sah.</source>
        <translation>The NIK is not valid.</translation>
    </message>
    <message>
        <source>NIK ini ada dalam data DTKS/DTSEN. Pilih orangnya lewat pencarian agar surat memuat data yang tercatat.</source>
        <translation>This NIK is in the DTKS/DTSEN data. Choose the person through search so the letter carries the recorded data.</translation>
    </message>
    <message>
        <source>Tanggal data DTKS/DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</source>
        <translation>The date of the DTKS/DTSEN data is unknown. Load a snapshot or synchronise first.</translation>
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
    <name>DeliberationSchedule</name>
    <message>
        <source>Jarak antarmusyawarah harus 1 sampai 12 bulan.</source>
        <translation>The interval between meetings must be 1 to 12 months.</translation>
    </message>
    <message>
        <source>Musyawarah terakhir %1; musyawarah berikutnya paling lambat %2.</source>
        <translation>Last meeting %1; the next meeting is due by %2.</translation>
    </message>
    <message numerus="yes">
        <source>Belum ada musyawarah dalam %n bulan terakhir; SPTJM tanggal %1 menggantikannya untuk sementara.</source>
        <translation>
            <numerusform>No meeting in the last month; the SPTJM of %1 stands in for it for now.</numerusform>
            <numerusform>No meeting in the last %n months; the SPTJM of %1 stands in for it for now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada musyawarah yang tercatat. Adakan musyawarah desa/kelurahan, atau buat SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.</source>
        <translation>No meeting has been recorded. Hold a village/ward meeting, or make an SPTJM signed by the village head in its place.</translation>
    </message>
    <message numerus="yes">
        <source>Musyawarah terakhir %1, lebih dari %n bulan yang lalu. Adakan musyawarah, atau buat SPTJM yang ditandatangani lurah/kepala desa sebagai pengganti.</source>
        <translation>
            <numerusform>Last meeting %1, more than a month ago. Hold a meeting, or make an SPTJM signed by the village head in its place.</numerusform>
            <numerusform>Last meeting %1, more than %n months ago. Hold a meeting, or make an SPTJM signed by the village head in its place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliberationService</name>
    <message>
        <source>Musyawarah %1 tidak ada.</source>
        <translation>Meeting %1 does not exist.</translation>
    </message>
    <message>
        <source>Musyawarah ini sudah final dan terkunci. Koreksi dicatat sebagai adendum berita acara.</source>
        <translation>This meeting is final and locked. Corrections are recorded as an addendum to the minutes.</translation>
    </message>
    <message>
        <source>Musyawarah ini sudah dibatalkan.</source>
        <translation>This meeting has been cancelled.</translation>
    </message>
    <message>
        <source>Tanggal musyawarah belum diisi.</source>
        <translation>The meeting date is missing.</translation>
    </message>
    <message>
        <source>Tuliskan alasan pembatalan musyawarah.</source>
        <translation>Give the reason for cancelling the meeting.</translation>
    </message>
    <message>
        <source>Usulan #%1 berstatus "%2"; hanya draf atau usulan yang ditunda yang bisa masuk agenda.</source>
        <translation>Request #%1 is "%2"; only drafts or deferred requests can go on the agenda.</translation>
    </message>
    <message>
        <source>Usulan #%1 tidak ada di agenda musyawarah ini.</source>
        <translation>Request #%1 is not on this meeting's agenda.</translation>
    </message>
    <message>
        <source>Keputusan "%1" harus disertai alasan.</source>
        <translation>The decision "%1" needs a reason.</translation>
    </message>
    <message>
        <source>Nama peserta belum diisi.</source>
        <translation>The attendee's name is missing.</translation>
    </message>
    <message>
        <source>Foto kosong.</source>
        <translation>The photo is empty.</translation>
    </message>
    <message>
        <source>Foto ini sudah dilampirkan pada musyawarah ini.</source>
        <translation>This photo is already attached to this meeting.</translation>
    </message>
    <message>
        <source>Musyawarah ini dijadwalkan %1 dan belum berlangsung.</source>
        <translation>This meeting is scheduled for %1 and has not taken place yet.</translation>
    </message>
    <message>
        <source>Agenda masih kosong. Tambahkan usulan dari daftar draf.</source>
        <translation>The agenda is empty. Add requests from the drafts.</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan di agenda belum diputuskan.</source>
        <translation>
            <numerusform>%n request on the agenda is not decided yet.</numerusform>
            <numerusform>%n requests on the agenda are not decided yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nama lurah/kepala desa yang menandatangani belum diisi.</source>
        <translation>The name of the signing village head is missing.</translation>
    </message>
    <message>
        <source>Tuliskan alasan musyawarah tidak dapat dilaksanakan.</source>
        <translation>Give the reason the meeting could not be held.</translation>
    </message>
    <message>
        <source>Tempat musyawarah belum diisi.</source>
        <translation>The meeting place is missing.</translation>
    </message>
    <message>
        <source>Daftar hadir masih kosong.</source>
        <translation>The attendance list is empty.</translation>
    </message>
    <message>
        <source>Isi adendum belum ditulis.</source>
        <translation>The addendum text is missing.</translation>
    </message>
    <message>
        <source>Adendum hanya untuk musyawarah yang sudah final; musyawarah yang masih direncanakan bisa diubah langsung.</source>
        <translation>Addenda are only for final meetings; a planned meeting can be changed directly.</translation>
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
    <name>DocumentWriter</name>
    <message>
        <source>Dokumen tidak bisa digambar ke printer atau berkas.</source>
        <translation>The document cannot be drawn to the printer or file.</translation>
    </message>
    <message>
        <source>Halaman baru tidak bisa dibuat (printer atau disk bermasalah?).</source>
        <translation>A new page cannot be started (printer or disk problem?).</translation>
    </message>
    <message>
        <source>Dokumen tidak bisa diselesaikan (disk penuh?).</source>
        <translation>The document cannot be completed (disk full?).</translation>
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
    <name>LetterBatch</name>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>File %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>Folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah tercatat di register, tetapi PDF-nya gagal dibuat: %2 Cetak dari register surat.</source>
        <translation>Letter number %1 is in the register, but its PDF could not be made: %2 Print it from the letter register.</translation>
    </message>
</context>
<context>
    <name>LetterNumber</name>
    <message>
        <source>Pola nomor surat: %1</source>
        <translation>Letter number pattern: %1</translation>
    </message>
    <message>
        <source>Pola nomor surat harus memuat {nomor} dan {tahun} (nomor urut dimulai lagi dari 1 setiap tahun).</source>
        <translation>The letter number pattern must contain {nomor} and {tahun} (the serial restarts at 1 every year).</translation>
    </message>
    <message>
        <source>Pola nomor surat tidak boleh memuat bagian opsional [[ ]].</source>
        <translation>The letter number pattern may not contain optional parts [[ ]].</translation>
    </message>
    <message>
        <source>Kode klasifikasi surat belum diisi.</source>
        <translation>The letter classification code is missing.</translation>
    </message>
    <message>
        <source>Kode unit pengolah (misalnya Kel.Bangsal) belum diisi.</source>
        <translation>The issuing unit code (for example Kel.Bangsal) is missing.</translation>
    </message>
</context>
<context>
    <name>LetterRegister</name>
    <message>
        <source>Surat keterangan DTKS</source>
        <translation>DTKS certificate letter</translation>
    </message>
    <message>
        <source>Berita acara musyawarah</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
    </message>
    <message>
        <source>Adendum berita acara</source>
        <translation>Addendum to the minutes</translation>
    </message>
    <message>
        <source>Surat harus dibuat oleh seseorang.</source>
        <translation>A letter must be made by someone.</translation>
    </message>
    <message>
        <source>Tanggal surat belum diisi.</source>
        <translation>The letter date is missing.</translation>
    </message>
    <message>
        <source>Nomor surat %1 sudah dipakai surat lain. Periksa pola nomor surat di Pengaturan › Surat &amp; kop (harus memuat {nomor} dan {tahun}).</source>
        <translation>Letter number %1 is already used by another letter. Check the number pattern in Settings › Letters &amp; letterhead (it must contain {nomor} and {tahun}).</translation>
    </message>
    <message>
        <source>Surat %1 tidak ada di register.</source>
        <translation>Letter %1 is not in the register.</translation>
    </message>
    <message>
        <source>Nomor surat %1 tidak ada di register.</source>
        <translation>Letter number %1 is not in the register.</translation>
    </message>
    <message>
        <source>Berkas ekspor tidak bisa ditulis (disk penuh atau tidak bisa ditulisi?).</source>
        <translation>The export file cannot be written (disk full or read-only?).</translation>
    </message>
    <message>
        <source>Nomor urut</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status DTKS</source>
        <translation>DTKS status</translation>
    </message>
    <message>
        <source>Nama/perihal</source>
        <translation>Name/subject</translation>
    </message>
    <message>
        <source>ID anggota DTKS</source>
        <translation>DTKS member ID</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Made by</translation>
    </message>
    <message>
        <source>Jumlah cetak</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Tidak terdaftar</source>
        <translation>Not registered</translation>
    </message>
</context>
<context>
    <name>LetterSettings</name>
    <message>
        <source>Pembuka</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Pernyataan terdaftar</source>
        <translation>Statement: registered</translation>
    </message>
    <message>
        <source>Pernyataan tidak terdaftar</source>
        <translation>Statement: not registered</translation>
    </message>
    <message>
        <source>Keperluan dan masa berlaku</source>
        <translation>Purpose and validity</translation>
    </message>
    <message>
        <source>Penutup</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Templat "%1" kosong.</source>
        <translation>Template "%1" is empty.</translation>
    </message>
    <message>
        <source>Templat "%1": %2</source>
        <translation>Template "%1": %2</translation>
    </message>
    <message>
        <source>Nama kelurahan/desa pada kop surat belum diisi.</source>
        <translation>The village name in the letterhead is missing.</translation>
    </message>
    <message>
        <source>Jabatan penanda tangan belum diisi.</source>
        <translation>The signing officer's title is missing.</translation>
    </message>
    <message>
        <source>Masa berlaku surat harus 1 sampai 24 bulan.</source>
        <translation>A letter must be valid for 1 to 24 months.</translation>
    </message>
    <message>
        <source>Huruf harus Arial atau Bookman Old Style.</source>
        <translation>The font must be Arial or Bookman Old Style.</translation>
    </message>
</context>
<context>
    <name>LetterSigner</name>
    <message>
        <source>Pustaka kriptografi (libsodium) tidak bisa dimulai.</source>
        <translation>The cryptography library (libsodium) cannot be started.</translation>
    </message>
    <message>
        <source>Kunci penanda tangan surat hilang.</source>
        <translation>The letter-signing key is missing.</translation>
    </message>
    <message>
        <source>Kunci penanda tangan surat rusak. Buat kunci baru di Pengaturan › Surat &amp; kop.</source>
        <translation>The letter-signing key is damaged. Create a new key in Settings › Letters &amp; letterhead.</translation>
    </message>
    <message>
        <source>Kode ini bukan kode verifikasi surat Tepat.</source>
        <translation>This is not a Tepat letter verification code.</translation>
    </message>
    <message>
        <source>Kode ini ditandatangani dengan kunci yang tidak dikenal di instalasi ini. Keaslian surat tidak bisa dipastikan di sini; tanyakan ke kelurahan/desa yang menerbitkannya.</source>
        <translation>This code is signed with a key this installation does not know. The letter's authenticity cannot be confirmed here; ask the village office that issued it.</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik tidak cocok: isi kode ini telah diubah. Surat tidak dapat dianggap asli.</source>
        <translation>The electronic signature does not match: this code has been changed. The letter cannot be considered genuine.</translation>
    </message>
    <message>
        <source>Nomor surat ada di register, tetapi isinya berbeda dari yang tercatat.</source>
        <translation>The letter number is in the register, but its content differs from what was recorded.</translation>
    </message>
    <message>
        <source>Surat asli: nomor %1 tanggal %2 atas nama %3, %4.</source>
        <translation>Genuine letter: number %1 of %2 for %3, %4.</translation>
    </message>
    <message>
        <source>terdaftar dalam DTKS/DTSEN</source>
        <translation>registered in DTKS/DTSEN</translation>
    </message>
    <message>
        <source>tidak terdaftar</source>
        <translation>not registered</translation>
    </message>
</context>
<context>
    <name>MeetingPhotoIntake</name>
    <message>
        <source>Berkas foto terlalu besar (lebih dari %1 MB).</source>
        <translation>The photo file is too large (more than %1 MB).</translation>
    </message>
    <message>
        <source>Berkas ini bukan foto yang bisa dibaca (JPEG atau PNG).</source>
        <translation>This file is not a readable photo (JPEG or PNG).</translation>
    </message>
    <message>
        <source>Berkas foto terpotong (tidak lengkap). Salin ulang dari kamera.</source>
        <translation>The photo file is truncated (incomplete). Copy it again from the camera.</translation>
    </message>
    <message>
        <source>Foto terlalu besar (%1 × %2 piksel).</source>
        <translation>The photo is too large (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>Foto tidak bisa dibaca: %1</source>
        <translation>The photo cannot be read: %1</translation>
    </message>
    <message>
        <source>Foto tidak bisa disimpan: %1</source>
        <translation>The photo cannot be saved: %1</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka.</source>
        <translation>File %1 cannot be opened.</translation>
    </message>
</context>
<context>
    <name>MeetingVocabulary</name>
    <message>
        <source>Musyawarah desa</source>
        <translation>Village meeting</translation>
    </message>
    <message>
        <source>Musyawarah kelurahan</source>
        <translation>Ward meeting</translation>
    </message>
    <message>
        <source>SPTJM (pengganti musyawarah)</source>
        <translation>SPTJM (in place of a meeting)</translation>
    </message>
    <message>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Final (terkunci)</source>
        <translation>Final (locked)</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>Deferred</translation>
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
        <translation>The QR code cannot be made (content too long: %1 bytes).</translation>
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
    <name>TemplateText</name>
    <message>
        <source>Ada "]]" tanpa "[[" pembukanya.</source>
        <translation>There is a "]]" without its opening "[[".</translation>
    </message>
    <message>
        <source>Ada "{" tanpa "}" penutupnya.</source>
        <translation>There is a "{" without its closing "}".</translation>
    </message>
    <message>
        <source>Isian "{%1}" tidak sah: nama isian hanya huruf kecil dan garis bawah.</source>
        <translation>Placeholder "{%1}" is not valid: placeholder names are lower-case letters and underscores only.</translation>
    </message>
    <message>
        <source>Ada "[[" tanpa "]]" penutupnya.</source>
        <translation>There is a "[[" without its closing "]]".</translation>
    </message>
    <message>
        <source>Isian tidak dikenal: %1. Isian yang tersedia: %2.</source>
        <translation>Unknown placeholder: %1. Available placeholders: %2.</translation>
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
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Pengiriman ke server pusat belum tersedia di versi ini.</source>
        <translation>Sending to the central server is not in this version yet.</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Surat &amp; kop</source>
        <translation>Letters &amp; letterhead</translation>
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
        <source>Pemakaian: tepat-cli demo (--db FILE | --csv DIR) [--village KODE] [--households N] [--seed S]</source>
        <translation>Usage: tepat-cli demo (--db FILE | --csv DIR) [--village CODE] [--households N] [--seed S]</translation>
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
        <source>Periksa keaslian surat dari isi kode QR-nya.</source>
        <translation>Check a letter's authenticity from the content of its QR code.</translation>
    </message>
    <message>
        <source>Buat satu surat keterangan DTKS (PDF) bernomor register.</source>
        <translation>Make one numbered DTKS certificate letter (PDF).</translation>
    </message>
    <message>
        <source>Buat surat keterangan DTKS untuk daftar orang.</source>
        <translation>Make DTKS certificate letters for a list of people.</translation>
    </message>
    <message>
        <source>Ukuran kertas: A4, F4 (215 × 330 mm) atau F4-210 (210 × 330 mm). Bawaan: pengaturan surat.</source>
        <translation>Paper size: A4, F4 (215 × 330 mm) or F4-210 (210 × 330 mm). Default: the letter settings.</translation>
    </message>
    <message>
        <source>Keperluan surat (bawaan: persyaratan administrasi).</source>
        <translation>Purpose of the letter (default: administrative requirements).</translation>
    </message>
    <message>
        <source>Agama, bila diketahui (data DTKS tidak memuatnya).</source>
        <translation>Religion, if known (the DTKS data does not hold it).</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak ada.</source>
        <translation>Data file %1 does not exist.</translation>
    </message>
    <message>
        <source>Ukuran kertas tidak dikenal: %1 (A4, F4 atau F4-210).</source>
        <translation>Unknown paper size: %1 (A4, F4 or F4-210).</translation>
    </message>
    <message>
        <source>Pengaturan surat belum lengkap: %1</source>
        <translation>The letter settings are incomplete: %1</translation>
    </message>
    <message>
        <source>Membuat satu surat keterangan DTKS (terdaftar atau tidak terdaftar) untuk orang dalam data, memberinya nomor register, dan menyimpannya sebagai PDF. Mencetak nomor register.</source>
        <translation>Makes one DTKS certificate letter (registered or not registered) for a person in the data, gives it a register number and saves it as PDF. Prints the register number.</translation>
    </message>
    <message>
        <source>ID orang (seperti yang dicetak oleh search).</source>
        <translation>Person ID (as printed by search).</translation>
    </message>
    <message>
        <source>Berkas PDF yang dibuat.</source>
        <translation>The PDF file to make.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli letter --db FILE --person ID --out FILE.pdf [--paper A4|F4]</source>
        <translation>Usage: tepat-cli letter --db FILE --person ID --out FILE.pdf [--paper A4|F4]</translation>
    </message>
    <message>
        <source>Membuat surat keterangan DTKS untuk daftar orang (satu ID per baris; - untuk standard input), masing-masing bernomor register dan berkas PDF sendiri (SK-TAHUN-NOMOR.pdf). Satu baris per surat: ID orang, nomor register, berkas PDF (dipisah tab).</source>
        <translation>Makes DTKS certificate letters for a list of people (one ID per line; - for standard input), each with its own register number and PDF file (SK-YEAR-NUMBER.pdf). One line per letter: person ID, register number, PDF file (tab separated).</translation>
    </message>
    <message>
        <source>Berkas daftar ID orang.</source>
        <translation>File with the list of person IDs.</translation>
    </message>
    <message>
        <source>Folder untuk berkas PDF.</source>
        <translation>Folder for the PDF files.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli letters --db FILE --persons FILE --out DIR [--paper A4|F4]</source>
        <translation>Usage: tepat-cli letters --db FILE --persons FILE --out DIR [--paper A4|F4]</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka.</source>
        <translation>File %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Memeriksa kode verifikasi (isi kode QR) surat dari standard input, satu per baris. Per baris: genuine (asli), altered (diubah) atau unknown (tidak dikenal), lalu nomor surat (dipisah tab). Keluar 0 bila semua asli, 1 bila tidak.</source>
        <translation>Checks letter verification codes (QR code content) from standard input, one per line. Per line: genuine, altered or unknown, then the letter number (tab separated). Exits 0 when all are genuine, 1 otherwise.</translation>
    </message>
    <message>
        <source>Berkas data yang kuncinya dipakai (bawaan: data aplikasi Tepat di komputer ini).</source>
        <translation>Data file whose keys are used (default: the Tepat application data on this computer).</translation>
    </message>
    <message>
        <source>Tidak ada kode yang dibaca dari standard input.</source>
        <translation>No code was read from standard input.</translation>
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
    <name>tepat::LetterSettingsSection</name>
    <message>
        <source>Desa (bukan kelurahan)</source>
        <translation>Desa (village, not kelurahan)</translation>
    </message>
    <message>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Kabupaten/kota:</source>
        <translation>Regency/city:</translation>
    </message>
    <message>
        <source>Kecamatan:</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>Kelurahan/desa:</source>
        <translation>Kelurahan/village:</translation>
    </message>
    <message>
        <source>Alamat kantor:</source>
        <translation>Office address:</translation>
    </message>
    <message>
        <source>Kode pos:</source>
        <translation>Postal code:</translation>
    </message>
    <message>
        <source>Telepon:</source>
        <translation>Telephone:</translation>
    </message>
    <message>
        <source>Surel:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Penanda tangan</source>
        <translation>Signing officer</translation>
    </message>
    <message>
        <source>Nama pejabat:</source>
        <translation>Officer's name:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Nama lurah/kepala desa:</source>
        <translation>Name of the village head:</translation>
    </message>
    <message>
        <source>NIP lurah:</source>
        <translation>Village head's NIP:</translation>
    </message>
    <message>
        <source>Penomoran dan kertas</source>
        <translation>Numbering and paper</translation>
    </message>
    <message>
        <source>Tempat surat:</source>
        <translation>Place on letters:</translation>
    </message>
    <message>
        <source>Pola nomor:</source>
        <translation>Number pattern:</translation>
    </message>
    <message>
        <source>Kode unit pengolah:</source>
        <translation>Issuing unit code:</translation>
    </message>
    <message>
        <source>Kode klasifikasi surat keterangan:</source>
        <translation>Classification code of certificate letters:</translation>
    </message>
    <message>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Huruf:</source>
        <translation>Font:</translation>
    </message>
    <message>
        <source>Masa berlaku:</source>
        <translation>Valid for:</translation>
    </message>
    <message>
        <source>Templat surat</source>
        <translation>Letter templates</translation>
    </message>
    <message>
        <source>Isian yang tersedia: %1</source>
        <translation>Available placeholders: %1</translation>
    </message>
    <message>
        <source>Pembuka:</source>
        <translation>Opening:</translation>
    </message>
    <message>
        <source>Terdaftar:</source>
        <translation>Registered:</translation>
    </message>
    <message>
        <source>Tidak terdaftar:</source>
        <translation>Not registered:</translation>
    </message>
    <message>
        <source>Keperluan:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Penutup:</source>
        <translation>Closing:</translation>
    </message>
    <message>
        <source>Tembusan (satu per baris):</source>
        <translation>Copies to (one per line):</translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan surat</source>
        <translation>&amp;Save letter settings</translation>
    </message>
    <message>
        <source>&amp;Kembalikan templat bawaan</source>
        <translation>&amp;Restore default templates</translation>
    </message>
    <message>
        <source>Tanpa logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo tersimpan</source>
        <translation>Logo stored</translation>
    </message>
    <message>
        <source>Pengaturan surat</source>
        <translation>Letter settings</translation>
    </message>
    <message>
        <source>Pengaturan surat disimpan.</source>
        <translation>Letter settings saved.</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar PNG/JPEG yang bisa dibaca, atau lebih dari 5 MB.</source>
        <translation>This file is not a readable PNG/JPEG image, or it is larger than 5 MB.</translation>
    </message>
    <message>
        <source>Logo baru (%1 × %2 piksel), simpan untuk memakai</source>
        <translation>New logo (%1 × %2 pixels), save to use it</translation>
    </message>
</context>
<context>
    <name>tepat::LettersPage</name>
    <message>
        <source>Buat surat</source>
        <translation>Make letters</translation>
    </message>
    <message>
        <source>Buku register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Periksa keaslian</source>
        <translation>Check authenticity</translation>
    </message>
    <message>
        <source>Surat keterangan DTKS</source>
        <translation>DTKS certificate letter</translation>
    </message>
    <message>
        <source>Nama, NIK atau nomor KK warga, lalu Enter</source>
        <translation>Resident's name, NIK or KK number, then Enter</translation>
    </message>
    <message>
        <source>Warga yang ditemukan</source>
        <translation>Residents found</translation>
    </message>
    <message>
        <source>&amp;Keperluan:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>A&amp;gama:</source>
        <translation>Reli&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Kertas:</source>
        <translation>Pap&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Terbitkan dan cetak…</source>
        <translation>&amp;Issue and print…</translation>
    </message>
    <message>
        <source>Terbitkan untuk semua yang &amp;dipilih ke folder…</source>
        <translation>Issue for all &amp;selected into a folder…</translation>
    </message>
    <message>
        <source>Surat menyatakan terdaftar atau tidak terdaftar sesuai data terakhir; nomor diambil dari register saat diterbitkan.</source>
        <translation>The letter states registered or not registered according to the latest data; the number is taken from the register when it is issued.</translation>
    </message>
    <message>
        <source>Cari nomor surat atau nama</source>
        <translation>Search letter number or name</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>&amp;Cetak (ulang sebagai SALINAN)…</source>
        <translation>&amp;Print (reprints as SALINAN)…</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Tempel teks kode QR dari surat (hasil pemindai), dimulai dengan TPT1</source>
        <translation>Paste the text of the letter's QR code (from a scanner), starting with TPT1</translation>
    </message>
    <message>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>%1 — NIK %2 — RT %3/RW %4</source>
        <translation>%1 — NIK %2 — RT %3/RW %4</translation>
    </message>
    <message>
        <source>Tidak ada warga yang cocok.</source>
        <translation>No matching resident.</translation>
    </message>
    <message>
        <source>Pilih satu warga dari hasil pencarian.</source>
        <translation>Choose one resident from the search results.</translation>
    </message>
    <message>
        <source>TERDAFTAR</source>
        <translation>REGISTERED</translation>
    </message>
    <message>
        <source>TIDAK TERDAFTAR</source>
        <translation>NOT REGISTERED</translation>
    </message>
    <message>
        <source>Terbitkan surat</source>
        <translation>Issue letter</translation>
    </message>
    <message>
        <source>Terbitkan surat keterangan untuk %1 (%2 dalam DTKS)? Nomor surat akan diambil dari register dan tidak bisa dibatalkan.</source>
        <translation>Issue a certificate letter for %1 (%2 in DTKS)? A letter number will be taken from the register and cannot be undone.</translation>
    </message>
    <message>
        <source>Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa).</source>
        <translation>Choose residents from the search results (Ctrl or Shift for several).</translation>
    </message>
    <message>
        <source>Folder untuk PDF surat</source>
        <translation>Folder for the letter PDFs</translation>
    </message>
    <message>
        <source>Menerbitkan surat…</source>
        <translation>Issuing letters…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n surat diterbitkan ke %1.</source>
        <translation>
            <numerusform>%n letter issued into %1.</numerusform>
            <numerusform>%n letters issued into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dibatalkan: %n warga belum dibuatkan surat.</source>
        <translation>
            <numerusform>Cancelled: %n resident has no letter yet.</numerusform>
            <numerusform>Cancelled: %n residents have no letter yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih surat keterangan di register. Berita acara dan SPTJM dicetak dari halaman Musyawarah.</source>
        <translation>Choose a certificate letter in the register. Minutes and SPTJMs are printed from the Meetings page.</translation>
    </message>
    <message>
        <source>Cetak SALINAN %1</source>
        <translation>Print SALINAN (copy) %1</translation>
    </message>
    <message>
        <source>Cetak %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Pilih surat keterangan di register.</source>
        <translation>Choose a certificate letter in the register.</translation>
    </message>
    <message>
        <source>Simpan PDF surat</source>
        <translation>Save letter PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF tidak bisa disimpan ke %1: %2</source>
        <translation>The PDF cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>Ekspor register surat</source>
        <translation>Export letter register</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa ditulis: %2</source>
        <translation>File %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Surat untuk warga yang tidak ada di data DTKS</source>
        <translation>Letter for a resident who is not in the DTKS data</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;IK:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <source>No. &amp;KK:</source>
        <translation>&amp;KK number:</translation>
    </message>
    <message>
        <source>&amp;Jenis kelamin:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>&amp;Tempat lahir:</source>
        <translation>Place of &amp;birth:</translation>
    </message>
    <message>
        <source>Tanggal &amp;lahir:</source>
        <translation>&amp;Date of birth:</translation>
    </message>
    <message>
        <source>&amp;Pekerjaan:</source>
        <translation>O&amp;ccupation:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
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
        <translation>Resident &amp;outside the DTKS data…</translation>
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
    <name>tepat::MeetingsPage</name>
    <message>
        <source>Buat &amp;SPTJM pengganti musyawarah…</source>
        <translation>Make an &amp;SPTJM in place of a meeting…</translation>
    </message>
    <message>
        <source>&amp;Rencanakan musyawarah…</source>
        <translation>&amp;Plan a meeting…</translation>
    </message>
    <message>
        <source>Daftar musyawarah</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Lembaga</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Tambah &amp;usulan…</source>
        <translation>Add &amp;requests…</translation>
    </message>
    <message>
        <source>&amp;Putuskan…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>Tambah &amp;hadir…</source>
        <translation>Add &amp;attendee…</translation>
    </message>
    <message>
        <source>Hapus hadir</source>
        <translation>Remove attendee</translation>
    </message>
    <message>
        <source>Tambah f&amp;oto…</source>
        <translation>Add &amp;photo…</translation>
    </message>
    <message>
        <source>&amp;Berita acara PDF…</source>
        <translation>&amp;Minutes PDF…</translation>
    </message>
    <message>
        <source>&amp;Finalkan…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>&amp;Adendum…</source>
        <translation>Adde&amp;ndum…</translation>
    </message>
    <message>
        <source>Agenda dan keputusan:</source>
        <translation>Agenda and decisions:</translation>
    </message>
    <message>
        <source>Daftar hadir:</source>
        <translation>Attendance:</translation>
    </message>
    <message>
        <source>Musyawarah</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Belum ada musyawarah. Rencanakan satu untuk membahas usulan.</source>
        <translation>No meetings yet. Plan one to discuss the requests.</translation>
    </message>
    <message>
        <source>Final, nomor %1. Terkunci: koreksi dibuat sebagai adendum.</source>
        <translation>Final, number %1. Locked: corrections are made as addenda.</translation>
    </message>
    <message>
        <source>belum diputuskan</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>SPTJM pengganti musyawarah</source>
        <translation>SPTJM in place of a meeting</translation>
    </message>
    <message>
        <source>Rencanakan musyawarah</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>dari pengaturan surat bila kosong</source>
        <translation>from the letter settings when empty</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Alasan tidak bermusyawarah:</source>
        <translation>&amp;Reason no meeting was held:</translation>
    </message>
    <message>
        <source>&amp;Pukul:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Te&amp;mpat:</source>
        <translation>Pla&amp;ce:</translation>
    </message>
    <message>
        <source>Kepala &amp;desa/lurah:</source>
        <translation>&amp;Village head:</translation>
    </message>
    <message>
        <source>Ketua &amp;BPD/LPM:</source>
        <translation>&amp;BPD/LPM chair:</translation>
    </message>
    <message>
        <source>&amp;Saksi:</source>
        <translation>&amp;Witness:</translation>
    </message>
    <message>
        <source>Tidak ada usulan draf atau ditunda yang belum masuk agenda.</source>
        <translation>There are no draft or deferred requests that are not on an agenda yet.</translation>
    </message>
    <message>
        <source>Tambah usulan ke agenda</source>
        <translation>Add requests to the agenda</translation>
    </message>
    <message>
        <source>Pilih usulan di agenda.</source>
        <translation>Choose a request on the agenda.</translation>
    </message>
    <message>
        <source>Keputusan untuk %1</source>
        <translation>Decision for %1</translation>
    </message>
    <message>
        <source>wajib untuk ditolak atau ditunda</source>
        <translation>required for rejected or deferred</translation>
    </message>
    <message>
        <source>&amp;Keputusan:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Tambah peserta hadir</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Jabatan:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Lembaga:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>Hapus peserta</source>
        <translation>Remove attendee</translation>
    </message>
    <message>
        <source>Hapus %1 dari daftar hadir?</source>
        <translation>Remove %1 from the attendance list?</translation>
    </message>
    <message>
        <source>Foto musyawarah</source>
        <translation>Meeting photo</translation>
    </message>
    <message>
        <source>Keterangan foto:</source>
        <translation>Photo caption:</translation>
    </message>
    <message>
        <source>Foto disimpan.</source>
        <translation>Photo saved.</translation>
    </message>
    <message>
        <source>Finalkan musyawarah</source>
        <translation>Finalise meeting</translation>
    </message>
    <message>
        <source>Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan yang disetujui dapat dikirim; koreksi hanya lewat adendum. Lanjutkan?</source>
        <translation>Once final, the minutes get a number and the meeting is locked. Approved requests can be sent; corrections only through an addendum. Continue?</translation>
    </message>
    <message>
        <source>Berita acara nomor %1 dibuat.</source>
        <translation>Minutes number %1 made.</translation>
    </message>
    <message>
        <source>Adendum berita acara</source>
        <translation>Addendum to the minutes</translation>
    </message>
    <message>
        <source>Isi koreksi:</source>
        <translation>Correction:</translation>
    </message>
    <message>
        <source>Adendum nomor %1 dibuat.</source>
        <translation>Addendum number %1 made.</translation>
    </message>
    <message>
        <source>Pilih musyawarah lebih dulu.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF tidak bisa disimpan ke %1: %2</source>
        <translation>The PDF cannot be saved to %1: %2</translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>&amp;Keluarkan dari agenda</source>
        <translation>Re&amp;move from agenda</translation>
    </message>
    <message>
        <source>Batalkan musyawarah…</source>
        <translation>Cancel meeting…</translation>
    </message>
    <message>
        <source>Keluarkan dari agenda</source>
        <translation>Remove from agenda</translation>
    </message>
    <message>
        <source>Keluarkan %1 dari agenda? Usulan kembali menjadi draf.</source>
        <translation>Remove %1 from the agenda? The request becomes a draft again.</translation>
    </message>
    <message>
        <source>Batalkan musyawarah</source>
        <translation>Cancel meeting</translation>
    </message>
    <message>
        <source>Alasan pembatalan (usulan di agenda kembali menjadi draf):</source>
        <translation>Reason for cancelling (the requests on the agenda become drafts again):</translation>
    </message>
    <message>
        <source>&amp;Daftar hadir PDF…</source>
        <translation>Attendance &amp;list PDF…</translation>
    </message>
</context>
</TS>
