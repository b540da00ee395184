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
    <name>CoordinateText</name>
    <message>
        <source>lintang</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>bujur</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>Nilai %1 “%2” tidak terbaca. Contoh yang benar: -7.8166, -7,8166, 7°48'59.8" LS.</source>
        <translation>The %1 value “%2” cannot be read. Correct examples: -7.8166, -7,8166, 7°48'59.8" S.</translation>
    </message>
    <message>
        <source>Nilai %1 belum diisi.</source>
        <translation>The %1 value is empty.</translation>
    </message>
    <message>
        <source>Huruf arah “%1” tidak cocok untuk %2.</source>
        <translation>The direction letter “%1” does not fit the %2.</translation>
    </message>
    <message>
        <source>Pakai tanda minus atau huruf arah, jangan keduanya.</source>
        <translation>Use a minus sign or a direction letter, not both.</translation>
    </message>
    <message>
        <source>Menit pada %1 harus kurang dari 60 dan derajatnya bilangan bulat.</source>
        <translation>The minutes of the %1 must be less than 60 and its degrees a whole number.</translation>
    </message>
    <message>
        <source>Detik pada %1 harus kurang dari 60 dan menitnya bilangan bulat.</source>
        <translation>The seconds of the %1 must be less than 60 and its minutes a whole number.</translation>
    </message>
    <message>
        <source>Lintang harus antara -90 dan 90 derajat (apakah lintang dan bujur tertukar?).</source>
        <translation>Latitude must be between -90 and 90 degrees (are latitude and longitude swapped?).</translation>
    </message>
    <message>
        <source>Bujur harus antara -180 dan 180 derajat.</source>
        <translation>Longitude must be between -180 and 180 degrees.</translation>
    </message>
    <message>
        <source>Koordinat belum diisi.</source>
        <translation>The coordinates are empty.</translation>
    </message>
    <message>
        <source>Tulis lintang lalu bujur, dipisah koma dan spasi, titik koma atau spasi (contoh: -7.8166, 112.0119).</source>
        <translation>Write latitude then longitude, separated by a comma and space, a semicolon or a space (example: -7.8166, 112.0119).</translation>
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
        <source>data DTKS</source>
        <translation>DTKS data</translation>
    </message>
    <message>
        <source>penerima GPS</source>
        <translation>GPS receiver</translation>
    </message>
    <message>
        <source>lokasi sistem</source>
        <translation>system location</translation>
    </message>
    <message>
        <source>berkas log NMEA</source>
        <translation>NMEA log file</translation>
    </message>
    <message>
        <source>GPS foto</source>
        <translation>photo GPS</translation>
    </message>
    <message>
        <source>diketik</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>%1 LS</source>
        <translation>%1 S</translation>
    </message>
    <message>
        <source>%1 LU</source>
        <translation>%1 N</translation>
    </message>
    <message>
        <source>%1 BB</source>
        <translation>%1 W</translation>
    </message>
    <message>
        <source>%1 BT</source>
        <translation>%1 E</translation>
    </message>
</context>
<context>
    <name>HouseholdLocations</name>
    <message>
        <source>Koordinat tidak mungkin: lintang harus -90 sampai 90 dan bujur -180 sampai 180 derajat.</source>
        <translation>Impossible coordinates: latitude must be -90 to 90 and longitude -180 to 180 degrees.</translation>
    </message>
    <message>
        <source>Akurasi harus angka meter yang tidak negatif.</source>
        <translation>Accuracy must be a non-negative number of metres.</translation>
    </message>
    <message>
        <source>Akurasi titik ini tidak diketahui.</source>
        <translation>The accuracy of this point is unknown.</translation>
    </message>
    <message>
        <source>Akurasi %1 m lebih buruk dari batas %2 m. Sebaiknya rekam ulang di tempat terbuka, jauh dari atap dan dinding tinggi.</source>
        <translation>Accuracy %1 m is worse than the limit of %2 m. Better record again in the open, away from roofs and high walls.</translation>
    </message>
    <message>
        <source>Titik ini di luar wilayah Indonesia. Periksa tanda minus (lintang selatan) dan urutan lintang–bujur.</source>
        <translation>This point is outside Indonesia. Check the minus sign (southern latitude) and the latitude–longitude order.</translation>
    </message>
    <message>
        <source>Titik ini %1 dari keluarga terdekat di kelurahan/desa ini (batas %2). Periksa lagi koordinatnya.</source>
        <translation>This point is %1 from the nearest household in this village (limit %2). Check the coordinates again.</translation>
    </message>
    <message>
        <source>Keluarga belum dipilih.</source>
        <translation>No household selected.</translation>
    </message>
</context>
<context>
    <name>HouseholdPhotos</name>
    <message>
        <source>Keluarga belum dipilih.</source>
        <translation>No household selected.</translation>
    </message>
    <message>
        <source>Foto ini tidak ada lagi.</source>
        <translation>This photo no longer exists.</translation>
    </message>
    <message>
        <source>Tulis alasan foto ini dilepas dari keluarga.</source>
        <translation>Write why this photo is detached from the household.</translation>
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
    <name>NikCheck</name>
    <message>
        <source>Kec. %1</source>
        <translation>%1 district</translation>
    </message>
</context>
<context>
    <name>NmeaReplay</name>
    <message>
        <source>Berkas log NMEA lebih dari %1 MB. Potong bagian saat di rumah keluarga ini saja, lalu ulangi.</source>
        <translation>The NMEA log file is larger than %1 MB. Cut out only the part recorded at this household's home, then try again.</translation>
    </message>
    <message>
        <source>Berkas ini bukan log NMEA yang terbaca (tidak ada kalimat $GPGGA/$GPRMC dengan checksum benar).</source>
        <translation>This file is not a readable NMEA log (no $GPGGA/$GPRMC sentences with a correct checksum).</translation>
    </message>
    <message>
        <source>Log NMEA tidak berisi posisi: penerima GPS belum mendapat sinyal satelit saat merekam. Rekam lagi di tempat terbuka.</source>
        <translation>The NMEA log holds no position: the GPS receiver had no satellite signal while recording. Record again in the open.</translation>
    </message>
    <message>
        <source>Berkas log NMEA %1 tidak bisa dibaca: %2</source>
        <translation>The NMEA log file %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>PhotoNormalizer</name>
    <message>
        <source>Berkas tidak ada.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Ini folder, bukan berkas foto.</source>
        <translation>This is a folder, not a photo file.</translation>
    </message>
    <message>
        <source>Berkas %1 MB, melebihi batas %2 MB untuk satu foto. Pilih foto aslinya dari kamera atau ponsel, bukan video atau arsip.</source>
        <translation>The file is %1 MB, over the %2 MB limit for one photo. Choose the original photo from the camera or phone, not a video or an archive.</translation>
    </message>
    <message>
        <source>Berkas tidak bisa dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Berkas melebihi batas %1 MB untuk satu foto.</source>
        <translation>The file is over the %1 MB limit for one photo.</translation>
    </message>
    <message>
        <source>Foto tidak bisa disimpan ulang sebagai JPEG (memori tidak cukup?).</source>
        <translation>The photo cannot be saved again as JPEG (not enough memory?).</translation>
    </message>
    <message>
        <source>Gambar kecil foto tidak bisa dibuat.</source>
        <translation>The photo thumbnail cannot be made.</translation>
    </message>
    <message>
        <source>Berkas kosong, bukan foto.</source>
        <translation>The file is empty, not a photo.</translation>
    </message>
    <message>
        <source>Foto HEIC/HEIF belum bisa dibaca. Simpan sebagai JPEG (di iPhone: Pengaturan › Kamera › Format › Paling Kompatibel), lalu ulangi.</source>
        <translation>HEIC/HEIF photos cannot be read yet. Save as JPEG (on an iPhone: Settings › Camera › Formats › Most Compatible), then try again.</translation>
    </message>
    <message>
        <source>Berkas ini bukan gambar yang dikenali. Pilih foto JPEG atau PNG.</source>
        <translation>This file is not a recognised image. Choose a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>Format %1 tidak dipakai untuk foto rumah. Pilih foto JPEG atau PNG.</source>
        <translation>The %1 format is not used for house photos. Choose a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>Foto terpotong (berkas tidak utuh, mungkin salinan dari kartu memori terputus). Salin ulang dari kamera atau ponsel.</source>
        <translation>The photo is truncated (the file is incomplete, perhaps an interrupted copy from the memory card). Copy it again from the camera or phone.</translation>
    </message>
    <message>
        <source>Foto rusak: ukuran gambarnya tidak terbaca.</source>
        <translation>The photo is damaged: its image size cannot be read.</translation>
    </message>
    <message>
        <source>Gambar %1 × %2 piksel (%3 megapiksel) melebihi batas %4 megapiksel; berkas seperti ini bisa menghabiskan memori dan ditolak.</source>
        <translation>The image of %1 × %2 pixels (%3 megapixels) is over the %4 megapixel limit; files like this can exhaust memory and are refused.</translation>
    </message>
    <message>
        <source>Foto rusak dan tidak bisa dibaca (%1).</source>
        <translation>The photo is damaged and cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>PhotoViews</name>
    <message>
        <source>Depan</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Samping</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Belakang</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Dalam rumah</source>
        <translation>Inside</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
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
        <source>Lapangan</source>
        <translation>Field</translation>
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
        <source>Lampirkan foto rumah ke keluarga (dinormalkan, disimpan sekali).</source>
        <translation>Attach house photos to a household (normalised, stored once).</translation>
    </message>
    <message>
        <source>Catat titik lokasi rumah dari log NMEA atau koordinat.</source>
        <translation>Record a house location point from an NMEA log or coordinates.</translation>
    </message>
    <message>
        <source>ID keluarga DTKS (atau ID sementara usulan keluarga baru).</source>
        <translation>DTKS household ID (or the temporary ID of a new-family proposal).</translation>
    </message>
    <message>
        <source>--household berisi 16 angka seperti NIK atau No KK; pakai ID keluarga DTKS.</source>
        <translation>--household holds 16 digits like a NIK or KK number; use the DTKS household ID.</translation>
    </message>
    <message>
        <source>--household hanya boleh huruf, angka, titik, garis bawah dan tanda hubung (paling panjang 64).</source>
        <translation>--household may only contain letters, digits, dots, underscores and hyphens (at most 64).</translation>
    </message>
    <message>
        <source>Keluarga %1 tidak ada di data DTKS; dicatat untuk usulan keluarga baru dengan ID ini.</source>
        <translation>Household %1 is not in the DTKS data; recorded for a new-family proposal with this ID.</translation>
    </message>
    <message>
        <source>Menormalkan foto rumah (tegak sesuai EXIF, sisi panjang paling 1600 piksel, JPEG kualitas 85) dan melampirkannya ke keluarga. Foto yang sama disimpan sekali. Per berkas satu baris: berkas, ok/error, SHA-256 atau pesan (dipisah tab).</source>
        <translation>Normalises house photos (upright as EXIF says, long side at most 1600 pixels, JPEG quality 85) and attaches them to the household. The same photo is stored once. One line per file: file, ok/error, SHA-256 or message (tab-separated).</translation>
    </message>
    <message>
        <source>Sisi rumah: front (depan), side, back, inside, other.</source>
        <translation>Side of the house: front, side, back, inside, other.</translation>
    </message>
    <message>
        <source>Foto JPEG atau PNG.</source>
        <translation>JPEG or PNG photos.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli photo add --db FILE --household ID [--view SISI] FOTO…</source>
        <translation>Usage: tepat-cli photo add --db FILE --household ID [--view SIDE] PHOTO…</translation>
    </message>
    <message>
        <source>Sisi rumah tidak dikenal: %1</source>
        <translation>Unknown side of the house: %1</translation>
    </message>
    <message>
        <source>Memproses foto…</source>
        <translation>Processing photos…</translation>
    </message>
    <message>
        <source>Mencatat titik lokasi rumah keluarga dari log NMEA (posisi paling akurat) atau koordinat yang diketik (desimal atau derajat-menit-detik, koma atau titik). Hasil: lintang, bujur, akurasi (m), kode peringatan (dipisah tab); pesan peringatan ke standard error.</source>
        <translation>Records a household's house location point from an NMEA log (the most accurate position) or typed coordinates (decimal or degrees-minutes-seconds, comma or dot). Output: latitude, longitude, accuracy (m), warning codes (tab-separated); warning messages to standard error.</translation>
    </message>
    <message>
        <source>Berkas log NMEA dari GPS.</source>
        <translation>NMEA log file from the GPS.</translation>
    </message>
    <message>
        <source>Lintang, mis. -7.8166 atau 7°48'59.8" LS.</source>
        <translation>Latitude, e.g. -7.8166 or 7°48'59.8" S.</translation>
    </message>
    <message>
        <source>Bujur, mis. 112.0119 atau 112°0'42.8" BT.</source>
        <translation>Longitude, e.g. 112.0119 or 112°0'42.8" E.</translation>
    </message>
    <message>
        <source>Akurasi dalam meter (bila diketahui).</source>
        <translation>Accuracy in metres (when known).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli location set --db FILE --household ID (--nmea LOG | --lat X --lon Y [--accuracy M])</source>
        <translation>Usage: tepat-cli location set --db FILE --household ID (--nmea LOG | --lat X --lon Y [--accuracy M])</translation>
    </message>
    <message>
        <source>--accuracy harus angka meter ≥ 0.</source>
        <translation>--accuracy must be a number of metres ≥ 0.</translation>
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
        <translation>Warn when a point's accuracy is worse than:</translation>
    </message>
    <message>
        <source>Peringatkan bila titik lebih jauh dari keluarga lain di kelurahan/desa ini sejauh:</source>
        <translation>Warn when a point is farther from the other households in this village than:</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
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
    <name>tepat::HouseholdLocationPanel</name>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>akurasi tidak diketahui</source>
        <translation>accuracy unknown</translation>
    </message>
    <message>
        <source>Titik lokasi sekarang</source>
        <translation>Current location point</translation>
    </message>
    <message>
        <source>Belum ada titik lokasi.</source>
        <translation>No location point yet.</translation>
    </message>
    <message>
        <source>Sa&amp;lin</source>
        <translation>Co&amp;py</translation>
    </message>
    <message>
        <source>Salin lintang dan bujur (desimal) ke papan klip.</source>
        <translation>Copy latitude and longitude (decimal) to the clipboard.</translation>
    </message>
    <message>
        <source>Rekam titik baru</source>
        <translation>Record a new point</translation>
    </message>
    <message>
        <source>S&amp;umber:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Penerima GPS (USB/serial)</source>
        <translation>GPS receiver (USB/serial)</translation>
    </message>
    <message>
        <source>Lokasi sistem</source>
        <translation>System location</translation>
    </message>
    <message>
        <source>Berkas log NMEA</source>
        <translation>NMEA log file</translation>
    </message>
    <message>
        <source>GPS dari foto rumah</source>
        <translation>GPS from a house photo</translation>
    </message>
    <message>
        <source>Ketik koordinat</source>
        <translation>Type coordinates</translation>
    </message>
    <message>
        <source>Port tempat penerima GPS terpasang, mis. /dev/ttyUSB0 atau COM3.</source>
        <translation>Port the GPS receiver is connected to, e.g. /dev/ttyUSB0 or COM3.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Memakai layanan lokasi sistem operasi, bila ada.</source>
        <translation>Uses the operating system's location service, when there is one.</translation>
    </message>
    <message>
        <source>Pilih berkas &amp;log…</source>
        <translation>Choose &amp;log file…</translation>
    </message>
    <message>
        <source>&amp;Pakai</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <source>-7.8166, 112.0119  atau  7°48'59.8" LS 112°0'42.8" BT</source>
        <translation>-7.8166, 112.0119  or  7°48'59.8" S 112°0'42.8" E</translation>
    </message>
    <message>
        <source>bila diketahui</source>
        <translation>when known</translation>
    </message>
    <message>
        <source>&amp;Pakai koordinat</source>
        <translation>&amp;Use coordinates</translation>
    </message>
    <message>
        <source>&amp;Koordinat:</source>
        <translation>&amp;Coordinates:</translation>
    </message>
    <message>
        <source>&amp;Akurasi (m):</source>
        <translation>&amp;Accuracy (m):</translation>
    </message>
    <message>
        <source>&amp;Mulai</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Berhenti</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Simpan titik</source>
        <translation>Sa&amp;ve point</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lintang, bujur</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Akurasi</source>
        <translation>Accuracy</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Riwayat titik:</source>
        <translation>Point history:</translation>
    </message>
    <message>
        <source>Pilih berkas log NMEA</source>
        <translation>Choose an NMEA log file</translation>
    </message>
    <message>
        <source>Log NMEA (*.nmea *.txt *.log);;Semua berkas (*)</source>
        <translation>NMEA log (*.nmea *.txt *.log);;All files (*)</translation>
    </message>
    <message>
        <source>Belum ada titik lokasi untuk keluarga ini.</source>
        <translation>No location point for this household yet.</translation>
    </message>
    <message>
        <source>dicatat oleh %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <source>Disimpan dengan peringatan: %1</source>
        <translation>Saved with warnings: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tidak ada foto rumah dengan data GPS.</source>
        <translation>No house photo with GPS data.</translation>
    </message>
    <message>
        <source>Menghubungi penerima GPS… menunggu sinyal satelit.</source>
        <translation>Connecting to the GPS receiver… waiting for a satellite signal.</translation>
    </message>
    <message>
        <source>Meminta lokasi sistem…</source>
        <translation>Requesting the system location…</translation>
    </message>
    <message numerus="yes">
        <source>Berhenti setelah %n posisi.</source>
        <translation>
            <numerusform>Stopped after %n position.</numerusform>
            <numerusform>Stopped after %n positions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posisi diterima; yang terbaik %1. Tunggu sampai akurasi membaik, lalu simpan.</source>
        <translation>
            <numerusform>%n position received; the best %1. Wait until the accuracy improves, then save.</numerusform>
            <numerusform>%n positions received; the best %1. Wait until the accuracy improves, then save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n posisi di log; dipakai yang paling akurat.</source>
        <translation>
            <numerusform>%n position in the log; the most accurate is used.</numerusform>
            <numerusform>%n positions in the log; the most accurate is used.</numerusform>
        </translation>
    </message>
    <message>
        <source>Akurasi harus angka meter, mis. 8 atau 12,5.</source>
        <translation>Accuracy must be a number of metres, e.g. 8 or 12.5.</translation>
    </message>
    <message>
        <source>Titik baru: %1 (%2), %3, %4</source>
        <translation>New point: %1 (%2), %3, %4</translation>
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
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>Simpan titik dengan peringatan?</source>
        <translation>Save the point with warnings?</translation>
    </message>
    <message>
        <source>Titik ini punya peringatan:
%1

Simpan juga? Peringatan ikut dicatat.</source>
        <translation>This point has warnings:
%1

Save anyway? The warnings are recorded with it.</translation>
    </message>
    <message>
        <source>Titik disimpan.</source>
        <translation>Point saved.</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdPhotosPanel</name>
    <message>
        <source>&amp;Tambah foto…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <source>Dari &amp;folder…</source>
        <translation>From &amp;folder…</translation>
    </message>
    <message>
        <source>Kartu memori kamera atau folder foto ponsel: pilih foto menurut waktu kunjungan atau satu per satu.</source>
        <translation>Camera memory card or phone photo folder: choose photos by visit time or one by one.</translation>
    </message>
    <message>
        <source>&amp;Sisi rumah:</source>
        <translation>&amp;Side of the house:</translation>
    </message>
    <message>
        <source>&amp;Lepas foto…</source>
        <translation>&amp;Detach photo…</translation>
    </message>
    <message>
        <source>Foto salah rumah atau kabur: lepas dari keluarga ini (tetap tercatat, tidak dihapus).</source>
        <translation>Wrong house or blurred photo: detach it from this household (it stays on record, not deleted).</translation>
    </message>
    <message>
        <source>Mengimpor foto %v dari %m…</source>
        <translation>Importing photo %v of %m…</translation>
    </message>
    <message>
        <source>&amp;Batalkan impor</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>Pilih foto rumah</source>
        <translation>Choose house photos</translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.JPG *.JPEG *.png)</translation>
    </message>
    <message>
        <source>Pilih folder foto (kartu memori kamera atau ponsel)</source>
        <translation>Choose a photo folder (camera memory card or phone)</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>waktu foto tidak diketahui</source>
        <translation>photo time unknown</translation>
    </message>
    <message>
        <source>Berkas asal: %1</source>
        <translation>Original file: %1</translation>
    </message>
    <message>
        <source>%1 × %2 piksel</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Ditambahkan %1 oleh %2</source>
        <translation>Added %1 by %2</translation>
    </message>
    <message>
        <source>GPS di foto: %1</source>
        <translation>GPS in the photo: %1</translation>
    </message>
    <message>
        <source>Berkas foto hilang atau rusak di folder berkas.</source>
        <translation>The photo file is missing or damaged in the files folder.</translation>
    </message>
    <message>
        <source>Belum ada foto rumah. Foto depan (atap sampai lantai) wajib untuk usulan keluarga baru.</source>
        <translation>No house photo yet. A front photo (roof to floor) is required for a new-family proposal.</translation>
    </message>
    <message numerus="yes">
        <source>%n foto; foto depan ada.</source>
        <translation>
            <numerusform>%n photo; front photo present.</numerusform>
            <numerusform>%n photos; front photo present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foto, tetapi belum ada foto depan (atap sampai lantai), yang wajib untuk usulan keluarga baru.</source>
        <translation>
            <numerusform>%n photo, but no front photo (roof to floor) yet, which a new-family proposal requires.</numerusform>
            <numerusform>%n photos, but no front photo (roof to floor) yet, which a new-family proposal requires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lepas foto dari keluarga</source>
        <translation>Detach photo from household</translation>
    </message>
    <message>
        <source>Foto %1 akan dilepas dari keluarga ini (tetap tercatat, tidak dihapus). Alasan:</source>
        <translation>Photo %1 will be detached from this household (it stays on record, not deleted). Reason:</translation>
    </message>
    <message>
        <source>Tidak ada foto JPEG atau PNG di folder %1.</source>
        <translation>No JPEG or PNG photos in folder %1.</translation>
    </message>
    <message>
        <source>Folder berisi lebih dari %1 foto; hanya %1 yang pertama ditampilkan. Pilih sub-folder yang lebih kecil.</source>
        <translation>The folder holds more than %1 photos; only the first %1 are shown. Choose a smaller sub-folder.</translation>
    </message>
    <message numerus="yes">
        <source>Impor dibatalkan: %n foto sudah tersimpan, sisanya tidak diimpor.</source>
        <translation>
            <numerusform>Import cancelled: %n photo already stored, the rest not imported.</numerusform>
            <numerusform>Import cancelled: %n photos already stored, the rest not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selesai: %n foto ditambahkan.</source>
        <translation>
            <numerusform>Done: %n photo added.</numerusform>
            <numerusform>Done: %n photos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foto sudah ada di keluarga ini dan tidak disimpan dua kali.</source>
        <translation>
            <numerusform>%n photo is already attached to this household and was not stored twice.</numerusform>
            <numerusform>%n photos are already attached to this household and were not stored twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foto ditolak:</source>
        <translation>
            <numerusform>%n photo refused:</numerusform>
            <numerusform>%n photos refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…dan %n lainnya.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tepat::LivePosition</name>
    <message>
        <source>Lokasi sistem tidak memberi posisi. Pakai penerima GPS, berkas log NMEA atau ketik koordinat.</source>
        <translation>The system location gives no position. Use a GPS receiver, an NMEA log file or type the coordinates.</translation>
    </message>
    <message>
        <source>Penerima GPS belum mendapat posisi. Pastikan alat menyala dan di tempat terbuka, lalu coba lagi.</source>
        <translation>The GPS receiver has no position yet. Make sure it is switched on and in the open, then try again.</translation>
    </message>
    <message>
        <source>Penerima GPS tidak bisa dibuka (%1). Periksa kabel dan nama port.</source>
        <translation>The GPS receiver cannot be opened (%1). Check the cable and the port name.</translation>
    </message>
    <message>
        <source>Komputer ini tidak punya sumber lokasi sistem. Pakai penerima GPS, berkas log NMEA atau ketik koordinat.</source>
        <translation>This computer has no system location source. Use a GPS receiver, an NMEA log file or type the coordinates.</translation>
    </message>
    <message>
        <source>Lokasi sistem tidak bisa dipakai (akses ditolak atau dimatikan).</source>
        <translation>The system location cannot be used (access denied or switched off).</translation>
    </message>
    <message>
        <source>Sambungan ke penerima GPS terputus atau tidak bisa dibuka.</source>
        <translation>The connection to the GPS receiver is lost or cannot be opened.</translation>
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
    <name>tepat::PhotoPickerDialog</name>
    <message>
        <source>Pilih foto rumah dari folder</source>
        <translation>Choose house photos from a folder</translation>
    </message>
    <message>
        <source>&amp;Waktu kunjungan:</source>
        <translation>&amp;Visit time:</translation>
    </message>
    <message>
        <source>± &amp;menit:</source>
        <translation>± &amp;minutes:</translation>
    </message>
    <message>
        <source>&amp;Centang menurut waktu</source>
        <translation>&amp;Tick by time</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Waktu foto</source>
        <translation>Photo time</translation>
    </message>
    <message>
        <source>Sisi rumah</source>
        <translation>Side of the house</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Membaca foto %v dari %m…</source>
        <translation>Reading photo %v of %m…</translation>
    </message>
    <message>
        <source>&amp;Hentikan pembacaan</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pembacaan dihentikan; foto yang belum terbaca tidak tampil.</source>
        <translation>Reading stopped; photos not yet read are not shown.</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>GPS di foto: %1</source>
        <translation>GPS in the photo: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Impor %n foto</source>
        <translation>
            <numerusform>&amp;Import %n photo</numerusform>
            <numerusform>&amp;Import %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foto dicentang.</source>
        <translation>
            <numerusform>%n photo ticked.</numerusform>
            <numerusform>%n photos ticked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n berkas tidak bisa dipakai (lihat keterangan).</source>
        <translation>
            <numerusform>%n file cannot be used (see remarks).</numerusform>
            <numerusform>%n files cannot be used (see remarks).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tepat::VillagePlot</name>
    <message>
        <source>Titik rumah keluarga di kelurahan/desa ini. Klik titik untuk memilih keluarganya.</source>
        <translation>House points of the households in this village. Click a point to select its household.</translation>
    </message>
    <message>
        <source>Belum ada titik lokasi di kelurahan/desa ini.</source>
        <translation>No location points in this village yet.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>N</translation>
    </message>
    <message numerus="yes">
        <source>%n keluarga dengan titik</source>
        <translation>
            <numerusform>%n household with a point</numerusform>
            <numerusform>%n households with a point</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jauh di luar gambar</source>
        <translation>
            <numerusform>%n far outside the picture</numerusform>
            <numerusform>%n far outside the picture</numerusform>
        </translation>
    </message>
    <message>
        <source>keluarga terpilih belum punya titik</source>
        <translation>the selected household has no point yet</translation>
    </message>
</context>
</TS>
