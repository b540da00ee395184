<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id">
<context>
    <name>AccountService</name>
    <message>
        <source>Nama pengguna harus 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>A user name has 3–32 characters: lower-case letters, digits, dots, underscores or hyphens, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Kata sandi minimal 8 karakter.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <source>Kata sandi paling banyak 256 karakter.</source>
        <translation>A password has at most 256 characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password must not be the user name.</translation>
    </message>
    <message>
        <source>Akun %1 tidak ada.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi (paling banyak 80 karakter).</source>
        <translation>The full name is required (at most 80 characters).</translation>
    </message>
    <message>
        <source>Nama pengguna %1 sudah dipakai. Akun tidak pernah dihapus, jadi nama akun yang dinonaktifkan juga tidak bisa dipakai lagi.</source>
        <translation>The user name %1 is taken. Accounts are never deleted, so the name of a disabled account cannot be used again either.</translation>
    </message>
    <message>
        <source>Administrator pertama sudah dibuat. Masuk dengan akun yang ada.</source>
        <translation>The first administrator already exists. Sign in with an existing account.</translation>
    </message>
    <message>
        <source>%1 adalah satu-satunya administrator aktif. Jadikan akun lain administrator dulu.</source>
        <translation>%1 is the only active administrator. Make another account an administrator first.</translation>
    </message>
    <message>
        <source>Akun yang sedang dipakai tidak bisa dinonaktifkan.</source>
        <translation>The account in use cannot be disabled.</translation>
    </message>
    <message>
        <source>Kata sandi sekarang salah; kata sandi tidak diganti.</source>
        <translation>The current password is wrong; the password was not changed.</translation>
    </message>
    <message>
        <source>Kata sandi baru harus berbeda dari yang sekarang.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>Kunci otomatis: 1 sampai 240 menit.</source>
        <translation>Automatic lock: 1 to 240 minutes.</translation>
    </message>
    <message>
        <source>Orang dengan ID %1 tidak ada di data; pilih orang dari data kelurahan/desa.</source>
        <translation>There is no person with ID %1 in the register; choose a person from the village's register.</translation>
    </message>
</context>
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
    <message>
        <source>Akun %1 tidak ada.</source>
        <translation>Account %1 does not exist.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan oleh Dinsos; hubungi Dinsos untuk mengaktifkannya lagi.</source>
        <translation>This account was disabled by Dinsos; contact Dinsos to enable it again.</translation>
    </message>
    <message>
        <source>Perangkat %1 tidak dikenal server.</source>
        <translation>The server does not know device %1.</translation>
    </message>
    <message>
        <source>Perangkat ini sudah terdaftar di server untuk akun lain. Satu instalasi Tepat hanya untuk satu akun; hubungi Dinsos.</source>
        <translation>This device is already registered on the server for another account. One Tepat installation is for one account only; contact Dinsos.</translation>
    </message>
    <message>
        <source>Perangkat ini dicabut aksesnya oleh Dinsos (misalnya karena hilang); hubungi Dinsos.</source>
        <translation>Dinsos revoked this device's access (for example because it was lost); contact Dinsos.</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Folder %1 tidak bisa dibuat, jadi berkas %2 tidak disimpan. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</source>
        <translation>Folder %1 cannot be created, so file %2 was not saved. Choose another folder, for example Documents, and save again.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: disk penuh. Kosongkan sebagian ruang disk atau pilih disk lain, lalu simpan lagi.</source>
        <translation>File %1 cannot be saved: the disk is full. Free some disk space or choose another disk, then save again.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: tidak ada izin menulis di folder itu. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</source>
        <translation>File %1 cannot be saved: there is no permission to write in that folder. Choose another folder, for example Documents, and save again.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa disimpan: folder itu tidak bisa ditulisi atau disk penuh. Pilih folder lain, misalnya Dokumen, lalu simpan lagi.</source>
        <translation>File %1 cannot be saved: that folder cannot be written to or the disk is full. Choose another folder, for example Documents, and save again.</translation>
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
    <name>AuditLog</name>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Membuka kunci layar</source>
        <translation>Unlocked the screen</translation>
    </message>
    <message>
        <source>Akun dibuat</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Peran akun diubah</source>
        <translation>Account role changed</translation>
    </message>
    <message>
        <source>Akun dinonaktifkan</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Akun diaktifkan</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>Kata sandi diatur ulang</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Kata sandi diganti</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Kunci otomatis diubah</source>
        <translation>Automatic lock changed</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Pengaturan cadangan diubah</source>
        <translation>Backup settings changed</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan diatur</source>
        <translation>Backup passphrase set</translation>
    </message>
    <message>
        <source>Usulan dibuat</source>
        <translation>Request created</translation>
    </message>
    <message>
        <source>Usulan diubah</source>
        <translation>Request edited</translation>
    </message>
    <message>
        <source>Status usulan berubah</source>
        <translation>Request status changed</translation>
    </message>
    <message>
        <source>Status orang berubah</source>
        <translation>Person status changed</translation>
    </message>
    <message>
        <source>Surat dicetak</source>
        <translation>Letter printed</translation>
    </message>
    <message>
        <source>(nama tidak dikenal)</source>
        <translation>(unknown name)</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>kata sandi salah</source>
        <translation>wrong password</translation>
    </message>
    <message>
        <source>nama pengguna tidak dikenal</source>
        <translation>unknown user name</translation>
    </message>
    <message>
        <source>akun nonaktif</source>
        <translation>account disabled</translation>
    </message>
    <message>
        <source>gagal berturut-turut</source>
        <translation>consecutive failures</translation>
    </message>
    <message>
        <source>peran</source>
        <translation>role</translation>
    </message>
    <message>
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <source>menjadi</source>
        <translation>to</translation>
    </message>
    <message>
        <source>menit</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>selang (jam)</source>
        <translation>interval (hours)</translation>
    </message>
    <message>
        <source>disimpan</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>ukuran (bita)</source>
        <translation>size (bytes)</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>files</translation>
    </message>
    <message>
        <source>cadangan dibuat</source>
        <translation>backup made</translation>
    </message>
    <message>
        <source>skema</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>Pengaturan surat diubah</source>
        <translation>Letter settings changed</translation>
    </message>
    <message>
        <source>Jadwal musyawarah diubah</source>
        <translation>Deliberation schedule changed</translation>
    </message>
    <message>
        <source>Lampiran usulan diubah</source>
        <translation>Request attachments changed</translation>
    </message>
    <message>
        <source>Surat diterbitkan</source>
        <translation>Letter issued</translation>
    </message>
    <message>
        <source>Nomor surat dibatalkan</source>
        <translation>Letter number voided</translation>
    </message>
    <message>
        <source>Salinan surat dicetak</source>
        <translation>Letter copy printed</translation>
    </message>
    <message>
        <source>Kunci tanda tangan surat diganti</source>
        <translation>Letter signing key replaced</translation>
    </message>
    <message>
        <source>Titik lokasi direkam</source>
        <translation>Location point recorded</translation>
    </message>
    <message>
        <source>Foto rumah ditambahkan</source>
        <translation>House photo added</translation>
    </message>
    <message>
        <source>Sisi foto rumah diubah</source>
        <translation>House photo side changed</translation>
    </message>
    <message>
        <source>Foto rumah dilepas</source>
        <translation>House photo detached</translation>
    </message>
    <message>
        <source>Musyawarah direncanakan</source>
        <translation>Deliberation planned</translation>
    </message>
    <message>
        <source>Rencana musyawarah diubah</source>
        <translation>Deliberation plan changed</translation>
    </message>
    <message>
        <source>Musyawarah dibatalkan</source>
        <translation>Deliberation cancelled</translation>
    </message>
    <message>
        <source>Usulan masuk agenda</source>
        <translation>Request put on the agenda</translation>
    </message>
    <message>
        <source>Usulan keluar dari agenda</source>
        <translation>Request taken off the agenda</translation>
    </message>
    <message>
        <source>Peserta musyawarah dicatat</source>
        <translation>Deliberation attendee recorded</translation>
    </message>
    <message>
        <source>Peserta musyawarah dihapus</source>
        <translation>Deliberation attendee removed</translation>
    </message>
    <message>
        <source>Foto musyawarah ditambahkan</source>
        <translation>Deliberation photo added</translation>
    </message>
    <message>
        <source>Keputusan musyawarah dicatat</source>
        <translation>Deliberation decision recorded</translation>
    </message>
    <message>
        <source>Musyawarah difinalkan</source>
        <translation>Deliberation finalised</translation>
    </message>
    <message>
        <source>Adendum berita acara dibuat</source>
        <translation>Minutes addendum made</translation>
    </message>
    <message>
        <source>Usulan ditolak server, perlu diperbaiki</source>
        <translation>Request refused by the server, needs fixing</translation>
    </message>
    <message>
        <source>Usulan bermasalah diperbaiki</source>
        <translation>Problem request fixed</translation>
    </message>
    <message>
        <source>Usulan dikirim ulang</source>
        <translation>Request sent again</translation>
    </message>
    <message>
        <source>Semua usulan dikirim ulang</source>
        <translation>All requests sent again</translation>
    </message>
    <message>
        <source>Server pusat dikonfirmasi</source>
        <translation>Central server confirmed</translation>
    </message>
    <message>
        <source>selang (bulan)</source>
        <translation>interval (months)</translation>
    </message>
    <message>
        <source>nomor</source>
        <translation>number</translation>
    </message>
    <message>
        <source>jenis</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>kertas</source>
        <translation>paper</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>sumber</source>
        <translation>source</translation>
    </message>
    <message>
        <source>sisi</source>
        <translation>side</translation>
    </message>
    <message>
        <source>keputusan</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>tanggal</source>
        <translation>date</translation>
    </message>
    <message>
        <source>jumlah</source>
        <translation>count</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>ditunda</source>
        <translation>deferred</translation>
    </message>
    <message>
        <source>yang diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>pesan</source>
        <translation>message</translation>
    </message>
    <message>
        <source>dikirim ulang</source>
        <translation>sent again</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>request</translation>
    </message>
    <message>
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>peserta</source>
        <translation>attendee</translation>
    </message>
    <message>
        <source>orang</source>
        <translation>person</translation>
    </message>
    <message>
        <source>surat keterangan DTKS</source>
        <translation>DTKS certificate</translation>
    </message>
    <message>
        <source>berita acara</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
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
        <source>GPS dari foto</source>
        <translation>GPS from a photo</translation>
    </message>
    <message>
        <source>diketik</source>
        <translation>typed</translation>
    </message>
    <message>
        <source>depan</source>
        <translation>front</translation>
    </message>
    <message>
        <source>samping</source>
        <translation>side</translation>
    </message>
    <message>
        <source>belakang</source>
        <translation>back</translation>
    </message>
    <message>
        <source>dalam</source>
        <translation>inside</translation>
    </message>
    <message>
        <source>lainnya</source>
        <translation>other</translation>
    </message>
    <message>
        <source>snapshot DTKS</source>
        <translation>DTKS snapshot</translation>
    </message>
    <message>
        <source>server pusat</source>
        <translation>central server</translation>
    </message>
    <message>
        <source>Akun %1</source>
        <translation>Account %1</translation>
    </message>
    <message>
        <source>Usulan #%1</source>
        <translation>Request #%1</translation>
    </message>
    <message>
        <source>Keluarga %1</source>
        <translation>Family %1</translation>
    </message>
    <message>
        <source>Orang %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Surat #%1</source>
        <translation>Letter #%1</translation>
    </message>
    <message>
        <source>Musyawarah #%1</source>
        <translation>Deliberation #%1</translation>
    </message>
    <message>
        <source>Cadangan %1</source>
        <translation>Backup %1</translation>
    </message>
    <message>
        <source>Pengaturan %1</source>
        <translation>Setting %1</translation>
    </message>
    <message>
        <source>Kotak keluar %1</source>
        <translation>Outbox %1</translation>
    </message>
    <message>
        <source>Data server %1</source>
        <translation>Server data %1</translation>
    </message>
    <message>
        <source>salinan</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>asli</source>
        <translation>original</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ke printer</source>
        <translation>to the printer</translation>
    </message>
    <message>
        <source>ke berkas PDF</source>
        <translation>to a PDF file</translation>
    </message>
    <message>
        <source>Kalender DTSEN diubah</source>
        <translation>DTSEN calendar changed</translation>
    </message>
    <message>
        <source>rekomendasi reaktivasi PBI-JK</source>
        <translation>PBI-JK reactivation recommendation</translation>
    </message>
    <message>
        <source>Surat dicabut</source>
        <translation>Letter revoked</translation>
    </message>
    <message>
        <source>Foto kartu keluarga dibuka</source>
        <translation>Family card photo opened</translation>
    </message>
    <message>
        <source>Konflik data lapangan diputuskan</source>
        <translation>Field data conflict decided</translation>
    </message>
    <message>
        <source>Akun ditautkan ke data orang</source>
        <translation>Account linked to a person in the register</translation>
    </message>
    <message>
        <source>Hasil verifikasi kunjungan masuk kotak keluar</source>
        <translation>Visit verification result put in the outbox</translation>
    </message>
    <message>
        <source>Foto kartu keluarga ditambahkan</source>
        <translation>Family card photo added</translation>
    </message>
    <message>
        <source>Foto kartu keluarga dilepas</source>
        <translation>Family card photo removed</translation>
    </message>
    <message>
        <source>Jawaban kuesioner disimpan</source>
        <translation>Questionnaire answers saved</translation>
    </message>
    <message>
        <source>Paket kerja lapangan dibuat</source>
        <translation>Field work package written</translation>
    </message>
    <message>
        <source>Paket kerja lapangan diterima</source>
        <translation>Field work package taken</translation>
    </message>
    <message>
        <source>Kunjungan verifikasi dicatat</source>
        <translation>Verification visit recorded</translation>
    </message>
    <message>
        <source>Berkas hasil kunjungan dibuat</source>
        <translation>Visit results bundle written</translation>
    </message>
    <message>
        <source>Berkas hasil kunjungan digabungkan</source>
        <translation>Visit results bundle merged</translation>
    </message>
    <message>
        <source>waktu di lapangan</source>
        <translation>time in the field</translation>
    </message>
    <message>
        <source>catatan laptop</source>
        <translation>laptop entry</translation>
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
        <translation>An audit entry must name who acted and what they did.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Catatan #%1 diubah setelah ditulis: isinya tidak cocok lagi dengan hash-nya.</source>
        <translation>Entry #%1 was changed after it was written: its content no longer matches its hash.</translation>
    </message>
    <message>
        <source>Catatan #%1 disisipkan: catatan #%2 tersambung langsung ke catatan sebelum #%1.</source>
        <translation>Entry #%1 was inserted: entry #%2 links directly to the entry before #%1.</translation>
    </message>
    <message>
        <source>Catatan #%1 disisipkan: tidak tersambung ke catatan sebelumnya dan isinya tidak cocok dengan hash-nya.</source>
        <translation>Entry #%1 was inserted: it does not link to the previous entry and its content does not match its hash.</translation>
    </message>
    <message>
        <source>Pemeriksaan dibatalkan.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Catatan #%1 hilang (dihapus): catatan #%2 menunjuk ke catatan yang tidak ada lagi.</source>
        <translation>Entry #%1 is missing (deleted): entry #%2 points to an entry that no longer exists.</translation>
    </message>
    <message>
        <source>Catatan #%1 sampai #%2 hilang (dihapus): catatan #%3 menunjuk ke catatan yang tidak ada lagi.</source>
        <translation>Entries #%1 to #%2 are missing (deleted): entry #%3 points to an entry that no longer exists.</translation>
    </message>
    <message>
        <source>Catatan #%1 disisipkan: catatan #%2 tersambung langsung ke catatan #%3.</source>
        <translation>Entry #%1 was inserted: entry #%2 links directly to entry #%3.</translation>
    </message>
    <message>
        <source>Catatan #%1 sampai #%2 disisipkan: catatan #%3 tersambung langsung ke catatan #%4.</source>
        <translation>Entries #%1 to #%2 were inserted: entry #%3 links directly to entry #%4.</translation>
    </message>
    <message>
        <source>Catatan #%1 tidak tersambung ke catatan #%2: catatan #%2 ditulis ulang (hash-nya dihitung ulang) atau ada catatan yang dihapus di antaranya.</source>
        <translation>Entry #%1 does not link to entry #%2: entry #%2 was rewritten (its hash recomputed) or an entry between them was deleted.</translation>
    </message>
    <message>
        <source>Catatan #%1 berbeda dari yang tercatat di tempat lain: riwayat sampai catatan ini ditulis ulang.</source>
        <translation>Entry #%1 differs from the one recorded elsewhere: the history up to this entry was rewritten.</translation>
    </message>
    <message>
        <source>Catatan #%1 sampai #%2 hilang dari akhir jejak audit (tercatat di tempat lain, tidak ada lagi di sini).</source>
        <translation>Entries #%1 to #%2 are missing from the end of the audit trail (recorded elsewhere, no longer here).</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message numerus="yes">
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message numerus="yes">
        <source>Percobaan berikutnya baru bisa dalam %n detik.</source>
        <translation>
            <numerusform>The next attempt is possible in %n second.</numerusform>
            <numerusform>The next attempt is possible in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Minta administrator untuk mengaktifkannya.</source>
        <translation>This account is disabled. Ask the administrator to enable it.</translation>
    </message>
</context>
<context>
    <name>BackupDecryptor</name>
    <message>
        <source>Berkas ini bukan berkas cadangan Tepat.</source>
        <translation>This file is not a Tepat backup.</translation>
    </message>
    <message>
        <source>Berkas cadangan terpotong: bagian awalnya pun tidak lengkap.</source>
        <translation>The backup file is truncated: even its beginning is incomplete.</translation>
    </message>
    <message>
        <source>Berkas cadangan ini memakai format versi %1; versi Tepat ini hanya mengenal versi %2. Perbarui Tepat untuk memulihkannya.</source>
        <translation>This backup uses format version %1; this version of Tepat only knows version %2. Update Tepat to restore it.</translation>
    </message>
    <message>
        <source>Kepala berkas cadangan rusak; berkas tidak bisa dipulihkan.</source>
        <translation>The backup file's header is damaged; it cannot be restored.</translation>
    </message>
    <message>
        <source>Isi berkas cadangan tidak lengkap meski berkasnya utuh; berkas dibuat dengan salah.</source>
        <translation>The backup's content is incomplete although the file is whole; the file was made wrongly.</translation>
    </message>
    <message>
        <source>Berkas cadangan terpotong (tidak lengkap): penulisannya terhenti atau salinannya belum selesai. Pakai cadangan lain.</source>
        <translation>The backup file is truncated (incomplete): writing it stopped or copying it did not finish. Use another backup.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak pada bagian ke-%1.</source>
        <translation>The backup file is damaged at part %1.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan salah, atau awal berkas cadangan rusak.</source>
        <translation>Wrong backup passphrase, or the beginning of the backup file is damaged.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak pada bagian ke-%1: isinya tidak cocok dengan tanda keasliannya.</source>
        <translation>The backup file is damaged at part %1: its content does not match its authentication tag.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak: ada data sesudah akhir isinya.</source>
        <translation>The backup file is damaged: there is data after the end of its content.</translation>
    </message>
    <message>
        <source>Berkas cadangan rusak: ada data tambahan sesudah akhir berkas.</source>
        <translation>The backup file is damaged: there is extra data after its end.</translation>
    </message>
</context>
<context>
    <name>BackupEncryptor</name>
    <message>
        <source>Berkas cadangan tidak bisa ditulis (disk penuh atau tidak bisa ditulis): %1</source>
        <translation>The backup file cannot be written (disk full or not writable): %1</translation>
    </message>
</context>
<context>
    <name>BackupKey</name>
    <message>
        <source>Frasa sandi cadangan minimal 10 karakter. Pakai beberapa kata yang mudah diingat tetapi sulit ditebak.</source>
        <translation>A backup passphrase has at least 10 characters. Use a few words that are easy to remember but hard to guess.</translation>
    </message>
    <message>
        <source>Pengaturan kunci cadangan tidak sah (berkas rusak atau bukan cadangan Tepat).</source>
        <translation>Invalid backup key settings (damaged file or not a Tepat backup).</translation>
    </message>
    <message>
        <source>Kunci cadangan tidak bisa dibuat: memori komputer tidak cukup. Tutup aplikasi lain, lalu ulangi.</source>
        <translation>The backup key cannot be made: not enough memory. Close other applications and try again.</translation>
    </message>
    <message>
        <source>Kunci cadangan yang tersimpan rusak. Atur ulang frasa sandi cadangan di Pengaturan → Cadangan.</source>
        <translation>The stored backup key is damaged. Set the backup passphrase again in Settings → Backups.</translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>Data di dalam cadangan tidak lolos pemeriksaan keutuhan SQLite; cadangan tidak dipulihkan.</source>
        <translation>The data in the backup fails SQLite's integrity check; the backup was not restored.</translation>
    </message>
    <message>
        <source>Cadangan ini tidak berisi data Tepat.</source>
        <translation>This backup holds no Tepat data.</translation>
    </message>
    <message>
        <source>Cadangan ini dibuat oleh Tepat versi yang lebih baru (skema %1; versi ini mengenal sampai skema %2). Perbarui Tepat untuk memulihkannya.</source>
        <translation>This backup was made by a newer Tepat (schema %1; this version knows up to schema %2). Update Tepat to restore it.</translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan; data tidak diubah.</source>
        <translation>Restore cancelled; the data was not changed.</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak bisa dibuka: %2</source>
        <translation>The backup file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Folder %1 tidak bisa dibuat.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Folder sementara untuk pemulihan tidak bisa dibuat: %1</source>
        <translation>The temporary folder for the restore cannot be created: %1</translation>
    </message>
    <message>
        <source>Data cadangan tidak bisa ditulis (disk penuh?): %1; data tidak diubah.</source>
        <translation>The backup's data cannot be written (disk full?): %1; the data was not changed.</translation>
    </message>
    <message>
        <source>Isi berkas cadangan tidak tersusun seperti seharusnya.</source>
        <translation>The backup's content is not laid out as it should be.</translation>
    </message>
    <message>
        <source>Berkas sementara tidak bisa dibuat: %1</source>
        <translation>A temporary file cannot be created: %1</translation>
    </message>
    <message>
        <source>Data tidak bisa dipindahkan ke %1.</source>
        <translation>The data cannot be moved to %1.</translation>
    </message>
    <message>
        <source>Data sudah dipulihkan, tetapi berkas foto/dokumen tidak bisa disalin ke %1. Kosongkan ruang disk, lalu pulihkan lagi.</source>
        <translation>The data was restored, but the photo/document files cannot be copied to %1. Free disk space, then restore again.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Pilih folder cadangan.</source>
        <translation>Choose a backup folder.</translation>
    </message>
    <message>
        <source>Jadwal cadangan: selang 1 jam sampai 30 hari, simpan 1 sampai 365 cadangan.</source>
        <translation>Backup schedule: every 1 hour to 30 days, keep 1 to 365 backups.</translation>
    </message>
</context>
<context>
    <name>BackupWriter</name>
    <message>
        <source>Folder sementara untuk cadangan tidak bisa dibuat di samping berkas data: %1</source>
        <translation>The temporary folder for the backup cannot be created next to the data file: %1</translation>
    </message>
    <message>
        <source>Salinan sementara tidak bisa dibaca: %1</source>
        <translation>The temporary copy cannot be read: %1</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak bisa dibuat.</source>
        <translation>The backup folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak bisa dibuat: %2</source>
        <translation>The backup file %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca untuk dicadangkan: %2</source>
        <translation>The file %1 cannot be read for the backup: %2</translation>
    </message>
    <message>
        <source>Pencadangan dibatalkan; cadangan sebelumnya tetap utuh.</source>
        <translation>Backup cancelled; the previous backup is intact.</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak bisa disimpan (disk penuh?): %1; cadangan sebelumnya tetap utuh.</source>
        <translation>The backup file cannot be saved (disk full?): %1; the previous backup is intact.</translation>
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
    <message>
        <source>Ruang simpan kelurahan/desa ini di server sudah penuh (%1 dari %2 MB terpakai). Hubungi Dinsos untuk menambah kuota.</source>
        <translation>This village's storage space on the server is full (%1 of %2 MB used). Ask Dinsos to raise the quota.</translation>
    </message>
</context>
<context>
    <name>BnbaPrint</name>
    <message>
        <source>Pilih musyawarah lebih dulu.</source>
        <translation>Choose a musyawarah first.</translation>
    </message>
    <message>
        <source>BNBA per RT/RW</source>
        <translation>BNBA per RT/RW</translation>
    </message>
    <message>
        <source>Simpan BNBA per RT/RW</source>
        <translation>Save BNBA per RT/RW</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>BNBA per RT/RW musyawarah %1</source>
        <translation>BNBA per RT/RW of musyawarah %1</translation>
    </message>
</context>
<context>
    <name>CalendarSettings</name>
    <message>
        <source>Tanggal batas usulan harus 1 sampai 28 (ada di setiap bulan).</source>
        <translation>The cut-off day must be 1 to 28 (a day every month has).</translation>
    </message>
    <message>
        <source>Tanggal rilis desil BPS harus 1 sampai 28.</source>
        <translation>The BPS desil release day must be 1 to 28.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu bulan rilis desil BPS.</source>
        <translation>Choose at least one BPS desil release month.</translation>
    </message>
    <message>
        <source>Bulan rilis desil BPS harus 1 sampai 12, masing-masing sekali.</source>
        <translation>BPS release months must be 1 to 12, each once.</translation>
    </message>
    <message>
        <source>Peringatan batas usulan 0–27 hari dan peringatan musyawarah 0–90 hari sebelumnya.</source>
        <translation>Cut-off warning 0–27 days and musyawarah warning 0–90 days ahead.</translation>
    </message>
</context>
<context>
    <name>CentralCli</name>
    <message>
        <source>Folder data server.</source>
        <translation>Server data folder.</translation>
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
        <source>PostgreSQL: postgresql://pengguna@host:port/nama, tanpa kata sandi (bawaan: SQLite di folder data).</source>
        <translation>PostgreSQL: postgresql://user@host:port/name, without a password (default: SQLite in the data folder).</translation>
    </message>
    <message>
        <source>Berkas berisi kata sandi PostgreSQL (baris pertama); atau PGPASSWORD / PGPASSFILE.</source>
        <translation>File holding the PostgreSQL password (first line); or PGPASSWORD / PGPASSFILE.</translation>
    </message>
    <message>
        <source>--database-password-file hanya berlaku dengan --database.</source>
        <translation>--database-password-file only applies with --database.</translation>
    </message>
    <message>
        <source>Kata sandi PostgreSQL di dalam --database terlihat oleh semua pengguna komputer ini (daftar proses). Hapus dari alamat dan pakai --database-password-file FILE, PGPASSFILE atau PGPASSWORD.</source>
        <translation>A PostgreSQL password inside --database is visible to every user of this computer (process list). Remove it from the address and use --database-password-file FILE, PGPASSFILE or PGPASSWORD.</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 tidak bisa dibaca.</source>
        <translation>Password file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Berkas kata sandi %1 kosong.</source>
        <translation>Password file %1 is empty.</translation>
    </message>
    <message>
        <source>Ruang simpan berkas per kelurahan/desa dalam MB (0: tanpa batas; bawaan 5120).</source>
        <translation>File storage per village in MB (0: no limit; default 5120).</translation>
    </message>
    <message>
        <source>Tanpa TLS tepat-central hanya mendengarkan di loopback (127.0.0.1 atau ::1): kata sandi, token dan data warga akan terkirim terbuka. Berikan --cert dan --key untuk %1.</source>
        <translation>Without TLS tepat-central listens only on loopback (127.0.0.1 or ::1): passwords, tokens and residents' data would travel in clear. Give --cert and --key for %1.</translation>
    </message>
    <message>
        <source>--quota-mb harus bilangan bulat 0 atau lebih.</source>
        <translation>--quota-mb must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>Mengaktifkan lagi akun yang dinonaktifkan.</source>
        <translation>Enables a disabled account again.</translation>
    </message>
    <message>
        <source>Menonaktifkan akun: semua sesinya berakhir dan akun tidak bisa masuk lagi sampai diaktifkan.</source>
        <translation>Disables an account: all its sessions end and it cannot sign in until it is enabled.</translation>
    </message>
    <message>
        <source>Nama pengguna.</source>
        <translation>User name.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central %1 --data DIR --name NAMA</source>
        <translation>Usage: tepat-central %1 --data DIR --name NAME</translation>
    </message>
    <message>
        <source>Mengganti kata sandi akun (dibaca dari standard input); semua sesinya berakhir.</source>
        <translation>Changes an account's password (read from standard input); all its sessions end.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central user password --data DIR --name NAMA</source>
        <translation>Usage: tepat-central user password --data DIR --name NAME</translation>
    </message>
    <message>
        <source>Kata sandi baru: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Kata sandi %1 diganti; sesi yang ada berakhir.</source>
        <translation>Password of %1 changed; existing sessions ended.</translation>
    </message>
    <message>
        <source>Perangkat (instalasi Tepat) yang pernah masuk, satu per baris: id perangkat, akun, kelurahan, nama perangkat, kiriman terakhir, status (aktif/dicabut).</source>
        <translation>Devices (Tepat installations) that have signed in, one a line: device id, account, village, device name, last push, status (aktif/dicabut).</translation>
    </message>
    <message>
        <source>Hanya perangkat akun ini.</source>
        <translation>Only this account's devices.</translation>
    </message>
    <message>
        <source>Mencabut akses satu perangkat (misalnya laptop yang hilang): sesinya berakhir dan perangkat itu tidak bisa masuk lagi.</source>
        <translation>Revokes one device's access (for example a lost laptop): its sessions end and it cannot sign in again.</translation>
    </message>
    <message>
        <source>Id perangkat (lihat device list).</source>
        <translation>Device id (see device list).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central device revoke --data DIR --device ID</source>
        <translation>Usage: tepat-central device revoke --data DIR --device ID</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak (berisi NIK dan nama; bawaan: register-rejects.csv di samping HOUSEHOLDS.csv, di luar folder data).</source>
        <translation>File for the rejected lines (holds NIKs and names; default: register-rejects.csv beside HOUSEHOLDS.csv, outside the data folder).</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak (%1) tidak boleh di dalam folder data; pilih tempat lain dengan --rejects FILE.</source>
        <translation>The rejected lines file (%1) must not be inside the data folder; choose another place with --rejects FILE.</translation>
    </message>
    <message>
        <source>Mengimpor riwayat penyaluran bansos dari CSV household_id,program,period,status,date,note ke aliran perubahan desa masing-masing keluarga.</source>
        <translation>Imports the social-assistance disbursement history from a CSV household_id,program,period,status,date,note into the change stream of each family's village.</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak (bawaan: disbursement-rejects.csv di samping FILE.csv, di luar folder data).</source>
        <translation>File for the refused rows (default: disbursement-rejects.csv beside FILE.csv, outside the data folder).</translation>
    </message>
    <message>
        <source>Berkas penyaluran.</source>
        <translation>Disbursement file.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-central disbursements import --data DIR FILE.csv</source>
        <translation>Usage: tepat-central disbursements import --data DIR FILE.csv</translation>
    </message>
    <message>
        <source>Berkas baris yang ditolak %1 tidak bisa ditulis.</source>
        <translation>The file of refused rows %1 cannot be written.</translation>
    </message>
    <message>
        <source>keluarga tidak dikenal	%1</source>
        <translation>unknown family	%1</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1
Perintah: user add|disable|enable|password, device list|revoke, requests list, civil-events import, register import, disbursements import; tanpa perintah: jalankan server (--help).</source>
        <translation>Unknown command: %1
Commands: user add|disable|enable|password, device list|revoke, requests list, civil-events import, register import, disbursements import; without a command: run the server (--help).</translation>
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
    <name>CentralRoutes</name>
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
    <message>
        <source>Hanya operator kelurahan/desa yang mendaftarkan kunci surat.</source>
        <translation>Only village operators register letter keys.</translation>
    </message>
    <message>
        <source>Hanya operator kelurahan/desa yang mencabut surat.</source>
        <translation>Only village operators revoke letters.</translation>
    </message>
    <message>
        <source>Pencabutan surat perlu nomor surat, alasan, dan waktu.</source>
        <translation>Revoking a letter needs the letter number, a reason and a time.</translation>
    </message>
</context>
<context>
    <name>CentralServer</name>
    <message>
        <source>Kepala permintaan terlalu besar.</source>
        <translation>The request headers are too large.</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <source>Terlalu banyak sambungan dari alamat ini; tutup yang tidak dipakai dan coba lagi.</source>
        <translation>Too many connections from this address; close the unused ones and try again.</translation>
    </message>
    <message>
        <source>Server pusat sedang penuh; coba lagi sebentar lagi.</source>
        <translation>The central server is full; try again shortly.</translation>
    </message>
    <message>
        <source>Permintaan harus menyebut panjang isinya (Content-Length).</source>
        <translation>The request must state the length of its body (Content-Length).</translation>
    </message>
    <message>
        <source>Isi permintaan terlalu besar (paling banyak %1 KB).</source>
        <translation>Request body too large (at most %1 KB).</translation>
    </message>
    <message>
        <source>Server pusat sedang menerima banyak kiriman; coba lagi sebentar lagi.</source>
        <translation>The central server is receiving many uploads; try again shortly.</translation>
    </message>
</context>
<context>
    <name>CertificateComposer</name>
    <message>
        <source>%1 tercatat meninggal dunia; surat keterangan DTSEN tidak dapat dibuat untuknya.</source>
        <translation>%1 is recorded as deceased; no DTSEN certificate can be issued for them.</translation>
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
        <source>%1 Periksa KTP/KK warga; bila datanya memang benar, centang "Data sudah diperiksa" lalu lanjutkan.</source>
        <translation>%1 Check the resident's ID card/family card; if the data are indeed right, tick "Data checked" and continue.</translation>
    </message>
    <message>
        <source>NIK ini ada dalam data DTSEN. Pilih orangnya lewat pencarian agar surat memuat data yang tercatat.</source>
        <translation>This NIK is in the DTSEN data. Choose the person through the search so the letter carries the recorded data.</translation>
    </message>
    <message>
        <source>Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</source>
        <translation>The date of the DTSEN data is not known yet. Load a snapshot or synchronise first.</translation>
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
    <message>
        <source>Usulan #%1 memiliki status yang tidak dikenal.</source>
        <translation>Request #%1 has an unknown state.</translation>
    </message>
    <message>
        <source>Hanya usulan yang ditolak Dinsos yang bisa diperbaiki dan diusulkan lagi (usulan #%1 berstatus "%2").</source>
        <translation>Only a request rejected by Dinsos can be corrected and proposed again (request #%1 is "%2").</translation>
    </message>
    <message>
        <source>Usulan #%1 sudah diperbaiki sebagai usulan #%2; lanjutkan di usulan itu.</source>
        <translation>Request #%1 has already been corrected as request #%2; continue in that request.</translation>
    </message>
    <message>
        <source>Dasar persetujuan hanya dicatat untuk usulan yang disetujui.</source>
        <translation>An approval basis is recorded only for approved requests.</translation>
    </message>
    <message>
        <source>Usulan #%1 sudah diputuskan; pengusulnya tidak dinilai ulang.</source>
        <translation>Request #%1 has been decided; who recommended it is not judged again.</translation>
    </message>
</context>
<context>
    <name>ComplaintRegister</name>
    <message>
        <source>Isi pengaduan masih kosong. Tuliskan apa yang diadukan.</source>
        <translation>The complaint is empty. Write down what the complaint is about.</translation>
    </message>
    <message>
        <source>Nama pengadu masih kosong. Isi namanya atau pilih tanpa nama.</source>
        <translation>The complainant's name is empty. Enter it or choose anonymous.</translation>
    </message>
    <message>
        <source>Jawaban atau catatan penanganan masih kosong. Tuliskan bagaimana pengaduan ini ditangani.</source>
        <translation>The answer or handling note is empty. Write down how this complaint was handled.</translation>
    </message>
    <message>
        <source>Pengaduan berstatus "%1" tidak dapat diubah menjadi "%2".</source>
        <translation>A complaint with status "%1" cannot be changed to "%2".</translation>
    </message>
    <message>
        <source>Hanya sanggah yang belum diverifikasi yang dapat ditandai terverifikasi.</source>
        <translation>Only an objection not yet verified can be marked as verified.</translation>
    </message>
    <message>
        <source>Pengaduan nomor %1 tidak ditemukan.</source>
        <translation>Complaint number %1 was not found.</translation>
    </message>
</context>
<context>
    <name>ComplaintText</name>
    <message>
        <source>Sanggah</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Cek Bansos</source>
        <translation>Cek Bansos</translation>
    </message>
    <message>
        <source>Dari atas (Dinsos/Kemensos)</source>
        <translation>From upstream (Dinsos/Kemensos)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sedang ditangani</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Dijawab</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Diteruskan ke Dinsos</source>
        <translation>Forwarded to Dinsos</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>Pengodean isi "%1" tidak dikenal server; kirim tanpa pengodean atau dengan gzip.</source>
        <translation>The server does not know the content encoding "%1"; send without encoding or with gzip.</translation>
    </message>
    <message>
        <source>Isi terkompresi tidak bisa dibaca.</source>
        <translation>The compressed body cannot be read.</translation>
    </message>
    <message>
        <source>Isi pesan setelah dibuka terlalu besar (paling banyak %1 byte).</source>
        <translation>The message is too large once unpacked (at most %1 bytes).</translation>
    </message>
    <message>
        <source>Isi terkompresi rusak atau terpotong.</source>
        <translation>The compressed body is damaged or cut off.</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
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
    <name>CorrectionEditor</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
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
        <source>ada karakter NUL (kode 0) yang bukan teks; hapus karakter itu lalu impor lagi</source>
        <translation>contains a NUL character (code 0), which is not text; remove it and import again</translation>
    </message>
    <message>
        <source>ada karakter kendali (kode %1) yang bukan teks; hapus karakter itu lalu impor lagi</source>
        <translation>contains a control character (code %1), which is not text; remove it and import again</translation>
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
    <message>
        <source>Pembaruan struktur data meninggalkan rujukan yang putus (tabel %1); semua perubahan dibatalkan dan data tetap seperti semula.</source>
        <translation>The schema update left a broken reference (table %1); every change was rolled back and the data is as it was.</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak bisa dibuat: %2</source>
        <translation>The data file %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>Berkas data %1 bisa dibaca pengguna lain dan izinnya tidak bisa dibatasi: %2. Batasi izinnya (chmod 600), lalu buka lagi.</source>
        <translation>The data file %1 can be read by other users and its permissions cannot be restricted: %2. Restrict its permissions (chmod 600), then open it again.</translation>
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
    <message>
        <source>Musyawarah tanggal %1 sudah direncanakan dan belum final. Setelah berlangsung, catat daftar hadir dan keputusan, lalu finalkan.</source>
        <translation>A meeting on %1 is planned and not yet final. Once it has taken place, record the attendance and the decisions, then finalise it.</translation>
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
        <source>Agenda masih kosong. Tambahkan usulan dari daftar draf.</source>
        <translation>The agenda is empty. Add requests from the drafts.</translation>
    </message>
    <message>
        <source>Isi adendum belum ditulis.</source>
        <translation>The addendum text is missing.</translation>
    </message>
    <message>
        <source>Adendum hanya untuk musyawarah yang sudah final; musyawarah yang masih direncanakan bisa diubah langsung.</source>
        <translation>Addenda are only for final meetings; a planned meeting can be changed directly.</translation>
    </message>
    <message>
        <source>Musyawarah ini dijadwalkan %1 dan belum berlangsung. Finalkan setelah musyawarah berlangsung, atau ubah tanggalnya lewat tombol Ubah.</source>
        <translation>This meeting is scheduled for %1 and has not taken place yet. Finalise it after the meeting, or change its date with the Edit button.</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan di agenda belum diputuskan. Pilih usulannya, lalu tekan Putuskan.</source>
        <translation>
            <numerusform>%n request on the agenda is not decided yet. Select it, then press Decide.</numerusform>
            <numerusform>%n requests on the agenda are not decided yet. Select each, then press Decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keduanya disetujui: %1</source>
        <translation>Both are approved: %1</translation>
    </message>
    <message>
        <source>Nama lurah/kepala desa yang menandatangani belum diisi. Isi di Pengaturan → Surat &amp; kop (Nama lurah/kepala desa), atau pada musyawarah ini lewat tombol Ubah.</source>
        <translation>The name of the lurah/village head who signs is missing. Fill it in under Settings → Letters &amp; letterhead (Name of the lurah/village head), or on this meeting with the Edit button.</translation>
    </message>
    <message>
        <source>Tuliskan alasan musyawarah tidak dapat dilaksanakan, lewat tombol Ubah.</source>
        <translation>Write why the meeting cannot be held, with the Edit button.</translation>
    </message>
    <message>
        <source>Tempat musyawarah belum diisi. Isi lewat tombol Ubah.</source>
        <translation>The meeting place is missing. Fill it in with the Edit button.</translation>
    </message>
    <message>
        <source>Daftar hadir masih kosong. Catat peserta lewat tombol Tambah hadir.</source>
        <translation>The attendance list is empty. Record the participants with the Add attendee button.</translation>
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
    <name>DesilText</name>
    <message>
        <source>belum ada desil</source>
        <translation>no desil yet</translation>
    </message>
    <message>
        <source>desil %1 (tanggal dari BPS tidak tercatat)</source>
        <translation>desil %1 (BPS date not recorded)</translation>
    </message>
    <message>
        <source>desil %1 per %2</source>
        <translation>desil %1 as of %2</translation>
    </message>
</context>
<context>
    <name>DisbursementImport</name>
    <message>
        <source>Baris judul berkas penyaluran harus: household_id,program,period,status,date,note</source>
        <translation>The header line of a disbursement file must be: household_id,program,period,status,date,note</translation>
    </message>
    <message>
        <source>jumlah kolom harus 6</source>
        <translation>there must be 6 columns</translation>
    </message>
    <message>
        <source>berisi karakter kendali (tab, baris baru, dan sejenisnya)</source>
        <translation>contains control characters (tab, line break and the like)</translation>
    </message>
    <message>
        <source>ID keluarga (ID DTSEN) kosong atau tidak sah</source>
        <translation>the family id (DTSEN id) is empty or not valid</translation>
    </message>
    <message>
        <source>program tidak dikenal (PKH, BPNT, PBI-JK, BLT-DD, …)</source>
        <translation>unknown programme (PKH, BPNT, PBI-JK, BLT-DD, …)</translation>
    </message>
    <message>
        <source>periode harus YYYY-MM (bulan) atau YYYY-T1 … YYYY-T4 (tahap)</source>
        <translation>the period must be YYYY-MM (month) or YYYY-T1 … YYYY-T4 (stage)</translation>
    </message>
    <message>
        <source>status penyaluran tidak dikenal (misalnya SI, GAGAL OMSPAN, SUKSES SPM, TIDAK TRANSAKSI)</source>
        <translation>unknown disbursement status (e.g. SI, GAGAL OMSPAN, SUKSES SPM, TIDAK TRANSAKSI)</translation>
    </message>
    <message>
        <source>tanggal harus YYYY-MM-DD dan tidak di masa depan</source>
        <translation>the date must be YYYY-MM-DD and not in the future</translation>
    </message>
    <message>
        <source>keterangan lebih dari 500 karakter</source>
        <translation>the note is longer than 500 characters</translation>
    </message>
</context>
<context>
    <name>DisbursementText</name>
    <message>
        <source>calon penerima, sudah masuk SK penetapan</source>
        <translation>prospective recipient, already in the decree</translation>
    </message>
    <message>
        <source>rekening penerima sedang dibuka secara kolektif oleh bank</source>
        <translation>the bank is opening the recipient's account collectively</translation>
    </message>
    <message>
        <source>data sudah masuk sistem perbendaharaan (OM-SPAN)</source>
        <translation>the data is in the treasury system (OM-SPAN)</translation>
    </message>
    <message>
        <source>gagal di sistem perbendaharaan (OM-SPAN), dana belum bisa disalurkan</source>
        <translation>failed in the treasury system (OM-SPAN); the funds cannot be disbursed yet</translation>
    </message>
    <message>
        <source>surat perintah membayar (SPM) sedang diproses</source>
        <translation>the payment order (SPM) is being processed</translation>
    </message>
    <message>
        <source>SPM terbit, dana dikirim ke bank penyalur</source>
        <translation>SPM issued, funds sent to the distributing bank</translation>
    </message>
    <message>
        <source>dana sudah dipindahkan ke rekening penerima</source>
        <translation>the funds are in the recipient's account</translation>
    </message>
    <message>
        <source>dana ada di rekening tetapi belum diambil penerima</source>
        <translation>the funds are in the account but the recipient has not withdrawn them</translation>
    </message>
    <message>
        <source>dinyatakan tidak layak oleh pemeriksaan lokasi (GIS)</source>
        <translation>found not eligible by the location check (GIS)</translation>
    </message>
    <message>
        <source>dikeluarkan dari penyaluran (bekerja, tidak layak, atau meninggal)</source>
        <translation>excluded from disbursement (working, not eligible, or deceased)</translation>
    </message>
    <message>
        <source>Tahap %1 tahun %2</source>
        <translation>Stage %1 of %2</translation>
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
    <name>DuplicateReview</name>
    <message>
        <source>Tulis alasan mengapa kedua data ini bukan orang yang sama.</source>
        <translation>Write why these two records are not the same person.</translation>
    </message>
    <message>
        <source>Pilih data yang dipertahankan dari kedua data ini.</source>
        <translation>Choose which of the two records is kept.</translation>
    </message>
    <message>
        <source>Kemungkinan ganda (skor %1): %2</source>
        <translation>Likely duplicate (score %1): %2</translation>
    </message>
</context>
<context>
    <name>FamilyCardPhotos</name>
    <message>
        <source>Keluarga belum dipilih.</source>
        <translation>No family has been chosen.</translation>
    </message>
    <message>
        <source>Foto kartu keluarga ini tidak ada lagi.</source>
        <translation>This family card photo no longer exists.</translation>
    </message>
</context>
<context>
    <name>FieldAuditMerge</name>
    <message>
        <source>Berkas hasil berisi catatan audit laptop yang rusak atau diubah. Buat berkas hasil baru di laptop.</source>
        <translation>The results bundle holds laptop audit entries that are damaged or altered. Write a new results bundle on the laptop.</translation>
    </message>
</context>
<context>
    <name>FieldConflicts</name>
    <message>
        <source>%1 (dicatat oleh %2)</source>
        <translation>%1 (recorded by %2)</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 m</translation>
    </message>
    <message>
        <source>(tidak dijawab)</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Titik lokasi</source>
        <translation>Location point</translation>
    </message>
    <message>
        <source>Jawaban kuesioner</source>
        <translation>Questionnaire answer</translation>
    </message>
    <message>
        <source>Data anggota</source>
        <translation>Member data</translation>
    </message>
    <message>
        <source>Anggota: %1</source>
        <translation>Member: %1</translation>
    </message>
    <message>
        <source>Konflik data lapangan ini tidak ada di berkas data ini.</source>
        <translation>This field data conflict is not in this data file.</translation>
    </message>
    <message>
        <source>Konflik ini sudah diselesaikan oleh %1 pada %2.</source>
        <translation>This conflict was already settled by %1 on %2.</translation>
    </message>
    <message>
        <source>Jenis konflik ini tidak dikenal oleh versi Tepat ini. Perbarui Tepat.</source>
        <translation>This version of Tepat does not know this kind of conflict. Update Tepat.</translation>
    </message>
    <message>
        <source>Temuan lapangan tentang anggota keluarga belum bisa dipakai langsung. Pilih "Pakai data kantor"; temuan lapangan tetap tercatat, dan perubahan data anggota dibuat sebagai usulan.</source>
        <translation>A field finding about a family member cannot be adopted directly yet. Choose "Use office data"; the field finding stays recorded, and changes to member data are made as requests.</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya jawaban kuesioner kantor; jawaban lapangan tidak bisa dipakai.</source>
        <translation>This family has no office questionnaire answers yet; the field answer cannot be adopted.</translation>
    </message>
    <message>
        <source>Pertanyaan konflik ini tidak dikenal. Data tidak diubah.</source>
        <translation>The question of this conflict is not known. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>FieldEnvelopeReader</name>
    <message>
        <source>Berkas ini bukan paket kerja atau berkas hasil kunjungan Tepat.</source>
        <translation>This file is not a Tepat work package or visit results bundle.</translation>
    </message>
    <message>
        <source>Berkas terpotong (tidak lengkap): penyalinannya belum selesai atau terhenti. Salin lagi berkas aslinya, lalu ulangi.</source>
        <translation>The file is truncated (incomplete): copying it did not finish or was interrupted. Copy the original file again, then retry.</translation>
    </message>
    <message>
        <source>Berkas ini memakai format versi %1; versi Tepat ini hanya mengenal versi %2. Perbarui Tepat, lalu ulangi.</source>
        <translation>This file uses format version %1; this version of Tepat only knows version %2. Update Tepat, then retry.</translation>
    </message>
    <message>
        <source>Berkas ini tidak asli: isinya telah diubah atau tanda tangannya tidak cocok. Minta berkas baru dari pembuatnya.</source>
        <translation>This file is not genuine: its content was changed or its signature does not match. Ask its maker for a new file.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibaca: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Berkas ini terlalu besar untuk paket kerja atau berkas hasil Tepat.</source>
        <translation>This file is too large for a Tepat work package or results bundle.</translation>
    </message>
</context>
<context>
    <name>FieldKeys</name>
    <message>
        <source>Kunci tanda tangan lapangan yang tersimpan rusak. Pulihkan data dari cadangan.</source>
        <translation>The stored field signing key is damaged. Restore the data from a backup.</translation>
    </message>
    <message>
        <source>Kunci desa yang tersimpan rusak. Pulihkan data dari cadangan.</source>
        <translation>The stored village key is damaged. Restore the data from a backup.</translation>
    </message>
    <message>
        <source>Berkas data ini milik laptop lapangan; paket kerja hanya dibuat di komputer kantor kelurahan.</source>
        <translation>This data file belongs to a field laptop; work packages are only made on the village office computer.</translation>
    </message>
</context>
<context>
    <name>FieldSeal</name>
    <message>
        <source>Isi berkas rusak meski tanda tangannya cocok; berkas dibuat dengan salah. Minta berkas baru dari pembuatnya.</source>
        <translation>The file's content is damaged although its signature matches; the file was made wrongly. Ask its maker for a new file.</translation>
    </message>
</context>
<context>
    <name>FieldVisits</name>
    <message>
        <source>Keluarga %1 tidak ada dalam paket kerja laptop ini.</source>
        <translation>Household %1 is not in this laptop's work packages.</translation>
    </message>
    <message>
        <source>Isi tanggal kunjungan (hari ini atau sebelumnya).</source>
        <translation>Enter the visit date (today or earlier).</translation>
    </message>
    <message>
        <source>Isi tanggal meninggal anggota %1 (tidak boleh sesudah hari ini).</source>
        <translation>Enter the date of death of member %1 (not after today).</translation>
    </message>
    <message>
        <source>Isi ke mana anggota %1 pindah.</source>
        <translation>Enter where member %1 moved to.</translation>
    </message>
    <message>
        <source>Tanggal pindah anggota %1 tidak boleh sesudah hari ini.</source>
        <translation>The moving date of member %1 must not be after today.</translation>
    </message>
    <message>
        <source>Isi nama anggota baru.</source>
        <translation>Enter the new member's name.</translation>
    </message>
    <message>
        <source>Anggota %1 bukan anggota keluarga ini.</source>
        <translation>%1 is not a member of this household.</translation>
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
    <message>
        <source>data DTSEN</source>
        <translation>DTSEN data</translation>
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
        <translation>Photos</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Disbursements</translation>
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
    <message>
        <source>Ada teks yang berisi karakter kendali (misalnya NUL); hapus karakter itu dari isian lalu kirim lagi.</source>
        <translation>A text contains a control character (such as NUL); remove it from the field and send again.</translation>
    </message>
</context>
<context>
    <name>LetterBatch</name>
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
        <source>Nama/perihal</source>
        <translation>Name/subject</translation>
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
    <message>
        <source>Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. Terbitkan surat baru bila masih diperlukan.</source>
        <translation>Letter number %1 has been voided (%2) and is not printed again. Issue a new letter if one is still needed.</translation>
    </message>
    <message>
        <source>Tulis alasan pembatalan nomor surat (paling sedikit 5 huruf), misalnya "salah nama, diganti surat baru".</source>
        <translation>Write why the letter number is voided (at least 5 letters), for example "wrong name, replaced by a new letter".</translation>
    </message>
    <message>
        <source>Pembatalan surat harus dilakukan oleh seseorang.</source>
        <translation>A letter must be voided by someone.</translation>
    </message>
    <message>
        <source>Hanya surat keterangan yang bisa dibatalkan di sini. Berita acara dan SPTJM diperbaiki dengan adendum di halaman Musyawarah.</source>
        <translation>Only certificates can be voided here. Minutes and SPTJM are corrected with an addendum on the Musyawarah page.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dibatalkan pada %2.</source>
        <translation>Letter number %1 was already voided on %2.</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>voided</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Status surat</source>
        <translation>Letter status</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>Surat keterangan DTSEN</source>
        <translation>DTSEN certificate</translation>
    </message>
    <message>
        <source>Rekomendasi reaktivasi PBI-JK</source>
        <translation>PBI-JK reactivation recommendation</translation>
    </message>
    <message>
        <source>Status DTSEN</source>
        <translation>DTSEN status</translation>
    </message>
    <message>
        <source>ID anggota DTSEN</source>
        <translation>DTSEN member ID</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.</source>
        <translation>Letter number %1 has been revoked (%2) and is not printed again.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut; nomornya tidak dibatalkan lagi.</source>
        <translation>Letter number %1 has been revoked; its number is not voided as well.</translation>
    </message>
    <message>
        <source>dicabut</source>
        <translation>revoked</translation>
    </message>
</context>
<context>
    <name>LetterRevocation</name>
    <message>
        <source>Tulis alasan pencabutan surat (paling sedikit %1 huruf), misalnya "salah orang" atau "keadaan keluarga sudah berubah".</source>
        <translation>Write why the letter is revoked (at least %1 letters), for example "wrong person" or "the family's situation has changed".</translation>
    </message>
    <message>
        <source>Surat nomor %1 tidak memiliki kode verifikasi, jadi tidak dicabut di sini. Berita acara dan SPTJM diperbaiki dengan adendum di halaman Musyawarah.</source>
        <translation>Letter number %1 has no verification code, so it is not revoked here. Minutes and SPTJM are corrected with an addendum on the Musyawarah page.</translation>
    </message>
    <message>
        <source>Nomor surat %1 sudah dibatalkan; tidak ada yang perlu dicabut.</source>
        <translation>Letter number %1 has been voided; there is nothing to revoke.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut pada %2.</source>
        <translation>Letter number %1 was revoked on %2.</translation>
    </message>
    <message>
        <source>Surat nomor %1 belum pernah dicetak. Batalkan saja nomornya.</source>
        <translation>Letter number %1 has never been printed. Void its number instead.</translation>
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
    <message>
        <source>NIP penanda tangan</source>
        <translation>Signer's NIP</translation>
    </message>
    <message>
        <source>NIP lurah/kepala desa</source>
        <translation>NIP of the lurah/village head</translation>
    </message>
    <message>
        <source>NIP camat</source>
        <translation>Camat's NIP</translation>
    </message>
    <message>
        <source>%1 harus 18 angka (boleh dipisah spasi), atau dikosongkan.</source>
        <translation>%1 must be 18 digits (spaces allowed), or left empty.</translation>
    </message>
    <message>
        <source>Pembuka rekomendasi PBI-JK</source>
        <translation>PBI-JK recommendation opening</translation>
    </message>
    <message>
        <source>Data DTSEN rekomendasi PBI-JK</source>
        <translation>PBI-JK recommendation DTSEN entry</translation>
    </message>
    <message>
        <source>Alasan dan rekomendasi PBI-JK</source>
        <translation>PBI-JK recommendation reasons</translation>
    </message>
    <message>
        <source>Penutup rekomendasi PBI-JK</source>
        <translation>PBI-JK recommendation closing</translation>
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
        <source>tidak terdaftar</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>Surat nomor %1 TIDAK BERLAKU: nomornya dibatalkan pada %2 (%3). Minta surat yang baru ke kelurahan/desa.</source>
        <translation>Letter number %1 is NOT VALID: its number was voided on %2 (%3). Ask the village office for a new letter.</translation>
    </message>
    <message>
        <source>terdaftar dalam DTSEN</source>
        <translation>registered in DTSEN</translation>
    </message>
    <message>
        <source>Surat nomor %1 TIDAK BERLAKU: dicabut oleh kelurahan/desa pada %2 (%3).</source>
        <translation>Letter number %1 is NOT VALID: revoked by the village on %2 (%3).</translation>
    </message>
    <message>
        <source>Kunci baru belum bisa dibuat: kode kelurahan/desa belum ada di data ini. Muat data wilayah (impor atau sinkronisasi) lebih dulu; kunci baru disahkan oleh kunci lama atas nama kode kelurahan/desa itu.</source>
        <translation>A new key cannot be made yet: this data has no village code. Load the area's data first (import or sync); the old key vouches for the new one in the name of that village code.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <source>Ekspor dibatalkan; tidak ada berkas yang disimpan.</source>
        <translation>Export cancelled; no file was saved.</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>ID keluarga</source>
        <translation>Household ID</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <source>Jumlah anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alasan status</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <source>Tanggal status</source>
        <translation>Status date</translation>
    </message>
    <message>
        <source>Lintang</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Bujur</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Jenis usulan</source>
        <translation>Request kind</translation>
    </message>
    <message>
        <source>ID anggota</source>
        <translation>Member ID</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Register surat</source>
        <translation>Letter register</translation>
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
        <source>Jumlah cetak</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Status surat</source>
        <translation>Letter status</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Void reason</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Tidak terdaftar</source>
        <translation>Not registered</translation>
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
        <translation>Name</translation>
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
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tanggal musyawarah</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Kemungkinan ganda</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>ID anggota 1</source>
        <translation>Member id 1</translation>
    </message>
    <message>
        <source>ID keluarga 1</source>
        <translation>Family id 1</translation>
    </message>
    <message>
        <source>Nama 1</source>
        <translation>Name 1</translation>
    </message>
    <message>
        <source>NIK 1</source>
        <translation>NIK 1</translation>
    </message>
    <message>
        <source>Tanggal lahir 1</source>
        <translation>Birth date 1</translation>
    </message>
    <message>
        <source>ID anggota 2</source>
        <translation>Member id 2</translation>
    </message>
    <message>
        <source>ID keluarga 2</source>
        <translation>Family id 2</translation>
    </message>
    <message>
        <source>Nama 2</source>
        <translation>Name 2</translation>
    </message>
    <message>
        <source>NIK 2</source>
        <translation>NIK 2</translation>
    </message>
    <message>
        <source>Tanggal lahir 2</source>
        <translation>Birth date 2</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <source>NIK sama</source>
        <translation>Same NIK</translation>
    </message>
    <message>
        <source>NIK beda satu angka</source>
        <translation>NIK one digit apart</translation>
    </message>
    <message>
        <source>NIK dengan dua angka bertukar</source>
        <translation>NIK with two digits swapped</translation>
    </message>
    <message>
        <source>NIK berbeda</source>
        <translation>Different NIK</translation>
    </message>
    <message>
        <source>NIK kosong di salah satu data</source>
        <translation>NIK empty in one record</translation>
    </message>
    <message>
        <source>Tanggal lahir sama</source>
        <translation>Same date of birth</translation>
    </message>
    <message>
        <source>Tanggal dan bulan lahir tertukar</source>
        <translation>Day and month of birth swapped</translation>
    </message>
    <message>
        <source>Tanggal lahir beda di hari, bulan atau tahun saja</source>
        <translation>Date of birth differs in day, month or year only</translation>
    </message>
    <message>
        <source>Tanggal lahir berbeda</source>
        <translation>Different date of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir kosong di salah satu data</source>
        <translation>Date of birth empty in one record</translation>
    </message>
    <message>
        <source>Nama sama (ejaan lama dan singkatan dianggap sama)</source>
        <translation>Same name (old spellings and abbreviations count as the same)</translation>
    </message>
    <message>
        <source>Nama sama, urutan kata berbeda</source>
        <translation>Same name, words in another order</translation>
    </message>
    <message>
        <source>Nama mirip (beda satu atau dua huruf)</source>
        <translation>Similar name (one or two letters apart)</translation>
    </message>
    <message>
        <source>Hanya sebagian nama yang sama</source>
        <translation>Only part of the name agrees</translation>
    </message>
    <message>
        <source>Nama berbeda</source>
        <translation>Different name</translation>
    </message>
    <message>
        <source>Nama kosong di salah satu data</source>
        <translation>Name empty in one record</translation>
    </message>
    <message>
        <source>Jenis kelamin sama</source>
        <translation>Same sex</translation>
    </message>
    <message>
        <source>Jenis kelamin berbeda</source>
        <translation>Different sex</translation>
    </message>
    <message>
        <source>Jenis kelamin kosong</source>
        <translation>Sex empty</translation>
    </message>
    <message>
        <source>Dalam keluarga yang sama</source>
        <translation>In the same family</translation>
    </message>
    <message>
        <source>Alamat yang sama</source>
        <translation>Same address</translation>
    </message>
    <message>
        <source>RT/RW yang sama</source>
        <translation>Same RT/RW</translation>
    </message>
    <message>
        <source>Kelurahan/desa yang sama</source>
        <translation>Same kelurahan/desa</translation>
    </message>
    <message>
        <source>Wilayah berbeda</source>
        <translation>Different area</translation>
    </message>
    <message>
        <source>Alamat kosong</source>
        <translation>Address empty</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>NIK beda satu angka di angka terakhir atau kode kecamatan</source>
        <translation>NIK one digit off in the last digit or the district code</translation>
    </message>
    <message>
        <source>Tempat lahir sama</source>
        <translation>Same place of birth</translation>
    </message>
    <message>
        <source>Tempat lahir berbeda</source>
        <translation>Different place of birth</translation>
    </message>
    <message>
        <source>Tempat lahir kosong di salah satu data</source>
        <translation>Place of birth missing in one of the records</translation>
    </message>
    <message>
        <source>Pekerjaan sama</source>
        <translation>Same occupation</translation>
    </message>
    <message>
        <source>Pekerjaan berbeda</source>
        <translation>Different occupation</translation>
    </message>
    <message>
        <source>Pekerjaan kosong atau mengikuti umur di salah satu data</source>
        <translation>Occupation missing or given by age in one of the records</translation>
    </message>
    <message>
        <source>Kecamatan yang sama</source>
        <translation>The same kecamatan (district)</translation>
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
    <name>MonthCalendar</name>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message>
        <source>besok</source>
        <translation>tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>%n hari yang lalu</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari lagi</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Batas usulan bulan ini (%1) sudah lewat: usulan ini masuk periode berikutnya, batas %2.</source>
        <translation>This month's cut-off (%1) has passed: this request counts in the next period, cut-off %2.</translation>
    </message>
    <message>
        <source>Batas usulan bulan ini %1 (%2): putuskan dalam musyawarah dan kirim sebelum itu, atau usulan masuk periode berikutnya.</source>
        <translation>This month's cut-off is %1 (%2): decide it in a musyawarah and send it before then, or it counts in the next period.</translation>
    </message>
    <message numerus="yes">
        <source>Batas usulan %1 (%2), masih ada %n usulan yang belum terkirim: putuskan dalam musyawarah dan kirim sebelum batas, atau usulan itu masuk periode berikutnya.</source>
        <translation>
            <numerusform>Cut-off %1 (%2), %n request not sent yet: decide it in a musyawarah and send it before the cut-off, or it counts in the next period.</numerusform>
            <numerusform>Cut-off %1 (%2), %n requests not sent yet: decide them in a musyawarah and send them before the cut-off, or they count in the next period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batas usulan bulan ini (%1) sudah lewat; %n usulan yang belum terkirim masuk periode berikutnya (batas %2).</source>
        <translation>
            <numerusform>This month's cut-off (%1) has passed; %n unsent request counts in the next period (cut-off %2).</numerusform>
            <numerusform>This month's cut-off (%1) has passed; %n unsent requests count in the next period (cut-off %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Musyawarah berikutnya paling lambat %1 (%2; aturan: sekali dalam %n bulan). Rencanakan sekarang di halaman Musyawarah.</source>
        <translation>
            <numerusform>The next musyawarah is due by %1 (%2; rule: once every %n month). Plan it now on the Musyawarah page.</numerusform>
            <numerusform>The next musyawarah is due by %1 (%2; rule: once every %n months). Plan it now on the Musyawarah page.</numerusform>
        </translation>
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
        <translation>The password cannot be secured: not enough memory. Close other applications and try again.</translation>
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
    <name>PrintPreview</name>
    <message>
        <source>Dokumen PDF yang tersimpan tidak bisa dibaca untuk dicetak.</source>
        <translation>The stored PDF document cannot be read for printing.</translation>
    </message>
    <message>
        <source>Pencetak tidak bisa dipakai. Periksa pencetak lalu coba lagi.</source>
        <translation>The printer cannot be used. Check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEligibility</name>
    <message>
        <source>PKH untuk desil 1–4 (Permensos 3/2025)</source>
        <translation>PKH for desil 1–4 (Permensos 3/2025)</translation>
    </message>
    <message>
        <source>BPNT/Sembako untuk desil 1–5 (Permensos 3/2025)</source>
        <translation>BPNT/Sembako for desil 1–5 (Permensos 3/2025)</translation>
    </message>
    <message>
        <source>PBI-JK untuk desil 1–5; desil 6–10 dinonaktifkan (SK Mensos 03/HUK/2026)</source>
        <translation>PBI-JK for desil 1–5; desil 6–10 switched off (SK Mensos 03/HUK/2026)</translation>
    </message>
    <message>
        <source>%1 tidak diatur menurut desil.</source>
        <translation>%1 has no desil rule.</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya desil dari BPS; kesesuaian %1 belum bisa dinilai (aturan: %2).</source>
        <translation>This family has no desil from BPS yet; whether %1 fits cannot be judged (rule: %2).</translation>
    </message>
    <message>
        <source>Sesuai: %1 (aturan: %2).</source>
        <translation>Fits: %1 (rule: %2).</translation>
    </message>
    <message>
        <source>PKH ditangguhkan sampai ada pengecekan lapangan: %1 (aturan: %2).</source>
        <translation>PKH suspended pending a field check: %1 (rule: %2).</translation>
    </message>
    <message>
        <source>PBI-JK dinonaktifkan untuk %1 (aturan: %2). Pengaktifan kembali dengan surat rekomendasi reaktivasi dari kelurahan/desa.</source>
        <translation>PBI-JK switched off for %1 (rule: %2). It is reactivated with the village's reactivation recommendation letter.</translation>
    </message>
    <message>
        <source>Tidak sesuai: %1 (aturan: %2).</source>
        <translation>Does not fit: %1 (rule: %2).</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProposalImport</name>
    <message>
        <source>Tanggal tidak terbaca; tulis sebagai tanggal (mis. 23/11/2026).</source>
        <translation>The date cannot be read; enter it as a date (e.g. 23/11/2026).</translation>
    </message>
    <message>
        <source>Isinya berupa angka (%1), bukan teks: Excel membuang digit terakhirnya. Format kolom %2 sebagai Teks dan ketik ulang.</source>
        <translation>It holds a number (%1), not text: Excel dropped its last digits. Format column %2 as Text and type it again.</translation>
    </message>
    <message>
        <source>Tanggal "%1" tidak terbaca; tulis sebagai tanggal (mis. 23/11/2026).</source>
        <translation>The date "%1" cannot be read; enter it as a date (e.g. 23/11/2026).</translation>
    </message>
    <message>
        <source>Kode "%1" tidak dikenal; pilih dari daftar: %2.</source>
        <translation>Unknown code "%1"; choose from the list: %2.</translation>
    </message>
    <message>
        <source>Tidak ada anggota dengan NIK ini di data.</source>
        <translation>No member with this NIK is in the register.</translation>
    </message>
    <message numerus="yes">
        <source>%n baris ditolak; tidak ada usulan yang dibuat. Perbaiki baris itu di buku kerja, lalu impor lagi.</source>
        <translation>
            <numerusform>%n row(s) refused; no request was created. Fix those rows in the workbook, then import again.</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Lembar %1 baris %2: %3</source>
        <translation>Sheet %1 row %2: %3</translation>
    </message>
    <message>
        <source>Pembuatan draf dihentikan; tidak ada usulan yang dibuat.</source>
        <translation>Creating the drafts was stopped; no proposal was created.</translation>
    </message>
    <message>
        <source>Sama dengan lembar %1 baris %2; usulan yang sama cukup satu kali. Hapus salah satunya.</source>
        <translation>Same as sheet %1 row %2; the same proposal is needed only once. Delete one of them.</translation>
    </message>
</context>
<context>
    <name>ProposalLayout</name>
    <message>
        <source>Usulan program</source>
        <translation>Programme proposals</translation>
    </message>
    <message>
        <source>Anggota baru</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Penghapusan</source>
        <translation>Removals</translation>
    </message>
</context>
<context>
    <name>ProposalQuestionnaire</name>
    <message>
        <source>Kuesioner dilampirkan pada usulan keluarga baru; usulan ini bukan usulan keluarga baru.</source>
        <translation>A questionnaire is attached to a new-family proposal; this request is not a new-family proposal.</translation>
    </message>
    <message>
        <source>Usulan ini sudah berstatus "%1"; jawaban kuesionernya tidak bisa diubah lagi.</source>
        <translation>This request is already "%1"; its questionnaire answers can no longer be changed.</translation>
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
    <name>QrCode</name>
    <message>
        <source>Kode QR tidak bisa dibuat (isi terlalu panjang: %1 bita).</source>
        <translation>The QR code cannot be made (content too long: %1 bytes).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireCatalog</name>
    <message>
        <source>Definisi kuesioner %1 tidak bisa dibaca.</source>
        <translation>The questionnaire definition %1 cannot be read.</translation>
    </message>
    <message>
        <source>Kuesioner %1 versi %2 sudah ada.</source>
        <translation>Questionnaire %1 version %2 already exists.</translation>
    </message>
    <message>
        <source>Jawaban ini memakai kuesioner %1 versi %2 yang belum dikenal aplikasi ini. Perbarui Tepat agar jawabannya bisa ditampilkan.</source>
        <translation>These answers use questionnaire %1 version %2, which this application does not know yet. Update Tepat to show them.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDefinition</name>
    <message>
        <source>teks bahasa Indonesia ("id") kosong</source>
        <translation>the Indonesian text ("id") is empty</translation>
    </message>
    <message>
        <source>pertanyaan pilihan tanpa kode jawaban</source>
        <translation>a choice question without answer codes</translation>
    </message>
    <message>
        <source>kode jawaban "%1" kosong atau ganda</source>
        <translation>answer code "%1" is empty or repeated</translation>
    </message>
    <message>
        <source>rentang harus berisi angka "min" dan "max" dengan min ≤ max</source>
        <translation>a range needs numbers "min" and "max" with min ≤ max</translation>
    </message>
    <message>
        <source>"%1" tanpa syarat</source>
        <translation>"%1" without conditions</translation>
    </message>
    <message>
        <source>"%1" harus berupa angka</source>
        <translation>"%1" must be a number</translation>
    </message>
    <message>
        <source>syarat konteks tanpa perbandingan angka</source>
        <translation>a context condition without a numeric comparison</translation>
    </message>
    <message>
        <source>syarat tanpa "question", "context", "all" atau "any"</source>
        <translation>a condition without "question", "context", "all" or "any"</translation>
    </message>
    <message>
        <source>syarat menyebut pertanyaan "%1" yang tidak ada sebelumnya</source>
        <translation>a condition names question "%1", which does not come before it</translation>
    </message>
    <message>
        <source>daftar "%1" kosong</source>
        <translation>list "%1" is empty</translation>
    </message>
    <message>
        <source>kode "%1" bukan jawaban pertanyaan "%2"</source>
        <translation>code "%1" is not an answer of question "%2"</translation>
    </message>
    <message>
        <source>syarat atas "%1" tanpa "in", "not_in", "answered" atau perbandingan</source>
        <translation>a condition on "%1" without "in", "not_in", "answered" or a comparison</translation>
    </message>
    <message>
        <source>id pertanyaan "%1" harus huruf kecil, angka dan _</source>
        <translation>question id "%1" must be lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>kumpulan jawaban "%1" tidak ada</source>
        <translation>option set "%1" does not exist</translation>
    </message>
    <message>
        <source>pertanyaan angka tanpa rentang "range"</source>
        <translation>a number question without a "range"</translation>
    </message>
    <message>
        <source>pola "%1" tidak sah</source>
        <translation>pattern "%1" is not valid</translation>
    </message>
    <message>
        <source>jenis pertanyaan "%1" tidak dikenal (choice, number, text)</source>
        <translation>unknown question type "%1" (choice, number, text)</translation>
    </message>
    <message>
        <source>Definisi kuesioner tidak sah (%1). Pasang ulang Tepat atau hubungi pengelola aplikasi.</source>
        <translation>The questionnaire definition is not valid (%1). Reinstall Tepat or contact the application's maintainers.</translation>
    </message>
    <message>
        <source>bukan JSON yang utuh di posisi %1</source>
        <translation>not complete JSON at position %1</translation>
    </message>
    <message>
        <source>format %1 tidak dikenal</source>
        <translation>unknown format %1</translation>
    </message>
    <message>
        <source>id atau versi kosong</source>
        <translation>id or version is empty</translation>
    </message>
    <message>
        <source>tanpa blok</source>
        <translation>no blocks</translation>
    </message>
    <message>
        <source>id blok "%1" kosong atau ganda</source>
        <translation>block id "%1" is empty or repeated</translation>
    </message>
    <message>
        <source>%1: cakupan "%2" tidak dikenal (household, person)</source>
        <translation>%1: unknown scope "%2" (household, person)</translation>
    </message>
    <message>
        <source>%1: blok tanpa pertanyaan</source>
        <translation>%1: a block without questions</translation>
    </message>
    <message>
        <source>%1: id "%2" ganda</source>
        <translation>%1: id "%2" repeated</translation>
    </message>
    <message>
        <source>%1: pemeriksaan perlu id, "when" dan "field" yang ada</source>
        <translation>%1: a check needs an id, "when" and an existing "field"</translation>
    </message>
</context>
<context>
    <name>QuestionnaireMerge</name>
    <message>
        <source>Berkas hasil berisi jawaban kuesioner yang tidak lengkap. Buat berkas hasil baru di laptop.</source>
        <translation>The results bundle contains incomplete questionnaire answers. Make a new results bundle on the laptop.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireResponses</name>
    <message>
        <source>Jawaban kuesioner tanpa versi definisi tidak bisa disimpan.</source>
        <translation>Questionnaire answers without a definition version cannot be saved.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRules</name>
    <message>
        <source>"%1" belum dijawab. Pilih atau isi jawabannya.</source>
        <translation>"%1" is not answered yet. Choose or enter the answer.</translation>
    </message>
    <message>
        <source>Kode %1 bukan jawaban "%2". Pilih salah satu jawaban yang ada.</source>
        <translation>Code %1 is not an answer of "%2". Choose one of the answers offered.</translation>
    </message>
    <message>
        <source>Jawaban "%1" harus berupa angka.</source>
        <translation>The answer to "%1" must be a number.</translation>
    </message>
    <message>
        <source>Jawaban "%1" harus bilangan bulat.</source>
        <translation>The answer to "%1" must be a whole number.</translation>
    </message>
    <message>
        <source>Jawaban "%1" paling banyak %2 angka di belakang koma.</source>
        <translation>The answer to "%1" may have at most %2 decimals.</translation>
    </message>
    <message>
        <source>"%1" harus antara %2 dan %3 %4; yang diisi %5.</source>
        <translation>"%1" must be between %2 and %3 %4; %5 was entered.</translation>
    </message>
    <message>
        <source>"%1" = %2 %3 tidak biasa (umumnya %4–%5). Periksa lagi; bila benar, lanjutkan.</source>
        <translation>"%1" = %2 %3 is unusual (usually %4–%5). Check again; if it is right, continue.</translation>
    </message>
    <message>
        <source>Jawaban "%1" paling panjang %2 karakter.</source>
        <translation>The answer to "%1" may be at most %2 characters long.</translation>
    </message>
    <message>
        <source>Jawaban "%1" tidak sesuai bentuknya. Periksa lagi.</source>
        <translation>The answer to "%1" does not have the right form. Check it again.</translation>
    </message>
    <message>
        <source>Jawaban ini untuk kuesioner %1 versi %2, bukan versi %3.</source>
        <translation>These answers are for questionnaire %1 version %2, not version %3.</translation>
    </message>
</context>
<context>
    <name>ReactivationForm</name>
    <message>
        <source>Sakit dan sedang menjalani perawatan</source>
        <translation>Sick and in treatment</translation>
    </message>
    <message>
        <source>Penyakit kronis yang perlu pengobatan rutin</source>
        <translation>Chronic illness needing regular treatment</translation>
    </message>
    <message>
        <source>Miskin atau rentan miskin</source>
        <translation>Poor or vulnerable to poverty</translation>
    </message>
    <message>
        <source>Penyandang disabilitas</source>
        <translation>Person with a disability</translation>
    </message>
    <message>
        <source>Lanjut usia tanpa penghasilan</source>
        <translation>Elderly without income</translation>
    </message>
</context>
<context>
    <name>ReactivationService</name>
    <message>
        <source>Surat rekomendasi reaktivasi PBI-JK hanya untuk warga yang ada dalam data DTSEN. Cari warganya lewat pencarian.</source>
        <translation>A PBI-JK reactivation recommendation is only for residents in the DTSEN data. Find the resident through the search.</translation>
    </message>
    <message>
        <source>%1 tidak aktif dalam data DTSEN (%2); rekomendasi reaktivasi tidak dapat dibuat.</source>
        <translation>%1 is not active in the DTSEN data (%2); no reactivation recommendation can be made.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu alasan reaktivasi (misalnya sakit dan sedang dirawat).</source>
        <translation>Choose at least one reason for reactivation (for example sick and in treatment).</translation>
    </message>
    <message>
        <source>Tanggal data DTSEN belum diketahui. Muat snapshot atau lakukan sinkronisasi dulu.</source>
        <translation>The date of the DTSEN data is not known yet. Load a snapshot or synchronise first.</translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <source>Ketua RT/RW</source>
        <translation>RT/RW head</translation>
    </message>
    <message>
        <source>Ketua RW %1</source>
        <translation>Head of RW %1</translation>
    </message>
    <message>
        <source>Ketua RT %1</source>
        <translation>Head of RT %1</translation>
    </message>
    <message>
        <source>Ketua RT %1/RW %2</source>
        <translation>Head of RT %1/RW %2</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Diusulkan oleh: %1</source>
        <translation>Proposed by: %1</translation>
    </message>
    <message>
        <source>Diusulkan oleh: %1; melalui %2 %3</source>
        <translation>Proposed by: %1; through %2 %3</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul anggota keluarga yang diusulkan</source>
        <translation>the recommending RT/RW head is a member of the proposed family</translation>
    </message>
    <message>
        <source>pengusul anggota keluarga yang diusulkan</source>
        <translation>the proposer is a member of the proposed family</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul satu KK</source>
        <translation>the recommending RT/RW head shares the family's KK</translation>
    </message>
    <message>
        <source>pengusul satu KK</source>
        <translation>the proposer shares the family's KK</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul satu alamat</source>
        <translation>the recommending RT/RW head lives at the family's address</translation>
    </message>
    <message>
        <source>pengusul satu alamat</source>
        <translation>the proposer lives at the family's address</translation>
    </message>
    <message>
        <source>ketua RT/RW pengusul kemungkinan sama dengan anggota keluarga %1 (skor %2)</source>
        <translation>the recommending RT/RW head is likely the same person as family member %1 (score %2)</translation>
    </message>
    <message>
        <source>pengusul kemungkinan sama dengan anggota keluarga %1 (skor %2)</source>
        <translation>the proposer is likely the same person as family member %1 (score %2)</translation>
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
    <message>
        <source>data penyaluran bantuan tidak lengkap atau tidak dikenal</source>
        <translation>the disbursement data is incomplete or unknown</translation>
    </message>
</context>
<context>
    <name>RequestChannels</name>
    <message>
        <source>Loket kelurahan/desa</source>
        <translation>Village office counter</translation>
    </message>
    <message>
        <source>Kunjungan lapangan</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <source>Musyawarah desa/kelurahan</source>
        <translation>Village musyawarah</translation>
    </message>
    <message>
        <source>Cek Bansos: usul</source>
        <translation>Cek Bansos: proposal</translation>
    </message>
    <message>
        <source>Cek Bansos: sanggah</source>
        <translation>Cek Bansos: objection</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
    </message>
    <message>
        <source>Berita acara musyawarah</source>
        <translation>Musyawarah minutes</translation>
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
        <translation>Requests #%1 (%2) and #%3 (%4) both take %5 out of the register; they cannot both be carried out. Remove one from the agenda, or reject one in the meeting.</translation>
    </message>
    <message>
        <source>Usulan #%1 (%2) memperbaiki data %3, padahal usulan #%4 (%5) mengeluarkannya dari data. Keluarkan salah satu dari agenda, atau tolak salah satu dalam musyawarah.</source>
        <translation>Request #%1 (%2) corrects the data of %3, but request #%4 (%5) takes them out of the register. Remove one from the agenda, or reject one in the meeting.</translation>
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
    <message>
        <source>ID anggota baru %1 harus diawali ID keluarganya (%2) dan hanya berisi huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>The new member id %1 must start with its household's id (%2) and contain only letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>ID anggota %1 sudah dipakai dalam data server; anggota baru perlu ID yang belum ada.</source>
        <translation>Member id %1 is already used in the server's data; a new member needs an id that does not exist yet.</translation>
    </message>
    <message>
        <source>Usulan ini baru saja diputuskan oleh orang lain; muat ulang daftarnya.</source>
        <translation>Someone else has just decided this request; reload the list.</translation>
    </message>
    <message>
        <source>Hasil verifikasi harus membawa data kunjungannya (visit).</source>
        <translation>A verification result must carry its visit (visit).</translation>
    </message>
    <message>
        <source>Hasil verifikasi tidak mengusulkan perubahan: person_id dan payload harus kosong. Perubahan dikirim sebagai usulan.</source>
        <translation>A verification result proposes no change: person_id and payload must be empty. Changes are sent as requests.</translation>
    </message>
    <message>
        <source>Hasil verifikasi</source>
        <translation>Verification result</translation>
    </message>
    <message>
        <source>Hasil verifikasi kunjungan tidak disahkan: tidak ada perubahan data yang perlu pengesahan.</source>
        <translation>A visit verification result is not ratified: it changes no data that needs ratification.</translation>
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
    <name>RequestSubject</name>
    <message>
        <source>seluruh keluarga</source>
        <translation>whole family</translation>
    </message>
    <message numerus="yes">
        <source>calon kepala keluarga, %n orang</source>
        <translation>
            <numerusform>proposed head of family, %n person</numerusform>
            <numerusform>proposed head of family, %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>anggota baru</source>
        <translation>new member</translation>
    </message>
    <message>
        <source>disebut warga, belum dicocokkan</source>
        <translation>named by a citizen, not matched yet</translation>
    </message>
    <message numerus="yes">
        <source>seluruh keluarga pindah, %n orang</source>
        <translation>
            <numerusform>whole family moves, %n person</numerusform>
            <numerusform>whole family moves, %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anggota pindah</source>
        <translation>
            <numerusform>%n member moves</numerusform>
            <numerusform>%n members move</numerusform>
        </translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Paling panjang 200 huruf.</source>
        <translation>At most 200 characters.</translation>
    </message>
    <message>
        <source>Pilih laki-laki atau perempuan.</source>
        <translation>Choose male or female.</translation>
    </message>
    <message>
        <source>Tanggal lahir wajib diisi.</source>
        <translation>Date of birth is required.</translation>
    </message>
    <message>
        <source>Tanggal lahir tidak boleh sesudah hari ini.</source>
        <translation>Date of birth cannot be after today.</translation>
    </message>
    <message>
        <source>Umur lebih dari 120 tahun; periksa tahun lahir.</source>
        <translation>Age over 120 years; check the year of birth.</translation>
    </message>
    <message>
        <source>Pilih hubungan dengan kepala keluarga.</source>
        <translation>Choose the relationship to the head of family.</translation>
    </message>
    <message>
        <source>Status perkawinan tidak dikenal.</source>
        <translation>Unknown marital status.</translation>
    </message>
    <message>
        <source>Jenis disabilitas tidak dikenal.</source>
        <translation>Unknown disability type.</translation>
    </message>
    <message>
        <source>RT harus angka 1–999.</source>
        <translation>RT must be a number 1–999.</translation>
    </message>
    <message>
        <source>RW harus angka 1–999.</source>
        <translation>RW must be a number 1–999.</translation>
    </message>
    <message>
        <source>NIK kosong. Boleh untuk bayi yang belum tercatat di Dukcapil, tetapi usulan tanpa NIK sering ditolak; isi bila sudah ada.</source>
        <translation>NIK is empty. Allowed for a baby not yet registered with Dukcapil, but proposals without a NIK are often rejected; fill it in once it exists.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama %1 (ID %2). NIK yang sama tidak boleh dua kali.</source>
        <translation>This NIK is already registered to %1 (ID %2). The same NIK cannot appear twice.</translation>
    </message>
    <message>
        <source>Pilih keluarga yang dimaksud.</source>
        <translation>Choose the family concerned.</translation>
    </message>
    <message>
        <source>Keluarga ini berstatus "%1"; usulan hanya untuk keluarga aktif.</source>
        <translation>This family's status is "%1"; proposals are only for active families.</translation>
    </message>
    <message>
        <source>Isi minimal satu anggota keluarga.</source>
        <translation>Enter at least one family member.</translation>
    </message>
    <message>
        <source>NIK ini sudah dipakai anggota lain dalam usulan yang sama.</source>
        <translation>This NIK is already used by another member in the same proposal.</translation>
    </message>
    <message>
        <source>Keluarga harus punya tepat satu kepala keluarga (sekarang %1).</source>
        <translation>A family must have exactly one head of family (now %1).</translation>
    </message>
    <message>
        <source>Tulis alasan keluarga ini diusulkan.</source>
        <translation>Write why this family is proposed.</translation>
    </message>
    <message>
        <source>Foto rumah tampak depan (atap sampai lantai) wajib untuk usulan keluarga baru.</source>
        <translation>A front photo of the house (roof to floor) is required for a new-family proposal.</translation>
    </message>
    <message>
        <source>Keluarga ini sudah punya kepala keluarga (%1). Untuk mengganti kepala keluarga, ajukan perbaikan data.</source>
        <translation>This family already has a head of family (%1). To change the head of family, submit a data correction.</translation>
    </message>
    <message>
        <source>Tulis alasan penambahan (lahir, menikah, pindah masuk, …).</source>
        <translation>Write the reason for the addition (birth, marriage, moved in, …).</translation>
    </message>
    <message>
        <source>Belum ada data yang diperbaiki.</source>
        <translation>Nothing has been corrected yet.</translation>
    </message>
    <message>
        <source>Data "%1" tidak bisa diperbaiki di sini.</source>
        <translation>"%1" cannot be corrected here.</translation>
    </message>
    <message>
        <source>Nilai baru sama dengan nilai lama.</source>
        <translation>The new value is the same as the old one.</translation>
    </message>
    <message>
        <source>NIK ini sudah terdaftar atas nama %1 (ID %2).</source>
        <translation>This NIK is already registered to %1 (ID %2).</translation>
    </message>
    <message>
        <source>Nilai lama "%1" sudah tidak sama dengan data sekarang ("%2").</source>
        <translation>The old value "%1" no longer matches the current data ("%2").</translation>
    </message>
    <message>
        <source>Pilih programnya.</source>
        <translation>Choose the programme.</translation>
    </message>
    <message>
        <source>Sudah menerima %1.</source>
        <translation>Already receives %1.</translation>
    </message>
    <message>
        <source>%1 untuk desil %2 tidak sesuai aturan DTSEN (PKH desil 1–4; BPNT dan PBI-JK desil 1–5).</source>
        <translation>%1 for decile %2 does not match the DTSEN rules (PKH deciles 1–4; BPNT and PBI-JK deciles 1–5).</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya desil; kelayakan program belum bisa dinilai.</source>
        <translation>This family has no decile yet; programme eligibility cannot be assessed.</translation>
    </message>
    <message>
        <source>Tulis alasan usulan.</source>
        <translation>Write the reason for the proposal.</translation>
    </message>
    <message>
        <source>Pilih alasan penghapusan.</source>
        <translation>Choose the reason for removal.</translation>
    </message>
    <message>
        <source>%1 sudah berstatus "%2".</source>
        <translation>%1 already has status "%2".</translation>
    </message>
    <message>
        <source>Tanggal meninggal wajib diisi.</source>
        <translation>Date of death is required.</translation>
    </message>
    <message>
        <source>Tanggal tidak sah.</source>
        <translation>Invalid date.</translation>
    </message>
    <message>
        <source>Tanggal tidak boleh sesudah hari ini.</source>
        <translation>The date cannot be after today.</translation>
    </message>
    <message>
        <source>Untuk alasan meninggal, pilih anggota keluarga yang meninggal.</source>
        <translation>For a death, choose the family member who died.</translation>
    </message>
    <message>
        <source>Pilih data lain yang merupakan orang/keluarga yang sama.</source>
        <translation>Choose the other record that is the same person/family.</translation>
    </message>
    <message>
        <source>Data ganda harus menunjuk data lain, bukan dirinya sendiri.</source>
        <translation>A duplicate must point to another record, not to itself.</translation>
    </message>
    <message>
        <source>Data %1 tidak ada dalam data.</source>
        <translation>Record %1 does not exist.</translation>
    </message>
    <message>
        <source>Pilih kelurahan/desa tujuan dari daftar wilayah.</source>
        <translation>Choose the destination kelurahan/desa from the region list.</translation>
    </message>
    <message>
        <source>Kelurahan tujuan sama dengan kelurahan asal.</source>
        <translation>The destination kelurahan is the same as the origin.</translation>
    </message>
    <message>
        <source>Tanggal pindah tidak sah atau di masa depan.</source>
        <translation>The moving date is invalid or in the future.</translation>
    </message>
    <message>
        <source>Sebutkan penerima yang disanggah (pilih dari data atau tulis nama dan alamatnya).</source>
        <translation>Name the recipient being challenged (choose from the data or write the name and address).</translation>
    </message>
    <message>
        <source>Tulis alasan yang disampaikan warga.</source>
        <translation>Write the reason the resident gave.</translation>
    </message>
    <message>
        <source>Isi nama pelapor, atau centang "tanpa nama" bila warga tidak mau disebut.</source>
        <translation>Enter the reporter's name, or tick "anonymous" if the resident does not want to be named.</translation>
    </message>
    <message>
        <source>%1 adalah satu-satunya anggota aktif keluarga ini. Pilih "Seluruh keluarga" sebagai yang dihapus.</source>
        <translation>%1 is the only active member of this family. Choose "Seluruh keluarga" (whole family) as what is removed.</translation>
    </message>
    <message>
        <source>%1 adalah kepala keluarga. Pilih siapa kepala keluarga yang baru di antara anggota yang tetap tinggal.</source>
        <translation>%1 is the head of the family. Choose the new head of the family among the members who stay.</translation>
    </message>
    <message>
        <source>Kepala keluarga baru harus anggota aktif lain dari keluarga ini.</source>
        <translation>The new head of the family must be another active member of this family.</translation>
    </message>
    <message>
        <source>Keluarga ini sudah punya kepala keluarga: %1 (ID %2). Bila kepala keluarga diganti, ajukan juga perbaikan hubungan %1 agar tidak ada dua kepala keluarga.</source>
        <translation>This family already has a head: %1 (ID %2). If the head of the family changes, also propose a correction of %1's relationship so that there are not two heads.</translation>
    </message>
    <message>
        <source>keluarga %1</source>
        <translation>family %1</translation>
    </message>
    <message>
        <source>usulan keluarga baru #%1</source>
        <translation>new family request #%1</translation>
    </message>
    <message>
        <source>Foto rumah yang sama sudah dipakai untuk %1. Pastikan foto ini benar rumah keluarga yang diusulkan.</source>
        <translation>The same house photo is already used for %1. Make sure this photo really shows the house of the proposed family.</translation>
    </message>
    <message>
        <source>Pilih siapa yang pindah: seluruh keluarga, atau anggota tertentu.</source>
        <translation>Choose who moves: the whole family, or certain members.</translation>
    </message>
    <message>
        <source>Centang anggota keluarga yang pindah.</source>
        <translation>Tick the family members who move.</translation>
    </message>
    <message>
        <source>%1 bukan anggota keluarga ini.</source>
        <translation>%1 is not a member of this family.</translation>
    </message>
    <message>
        <source>%1 sudah berstatus "%2" dan tidak bisa dipindah.</source>
        <translation>%1 already has the status "%2" and cannot move.</translation>
    </message>
    <message>
        <source>Semua anggota dicentang; bila seluruh keluarga pindah, pilih "Seluruh keluarga".</source>
        <translation>Every member is ticked; if the whole family moves, choose "Whole family".</translation>
    </message>
    <message>
        <source>Saluran "%1" tidak cocok untuk %2: Cek Bansos sanggah untuk sanggahan atau penghapusan, Cek Bansos usul untuk usulan.</source>
        <translation>Channel "%1" does not fit %2: Cek Bansos objection is for objections or removals, Cek Bansos proposal for proposals.</translation>
    </message>
    <message>
        <source>Mungkin orang yang sama dengan %1 (ID %2), kemiripan %3%: %4. Periksa sebelum melanjutkan.</source>
        <translation>Possibly the same person as %1 (ID %2), similarity %3%: %4. Check before continuing.</translation>
    </message>
    <message>
        <source>Sudah ada usulan %1 yang sama (#%2, %3). Lanjutkan usulan itu, atau buang drafnya lebih dulu.</source>
        <translation>The same %1 proposal already exists (#%2, %3). Continue with that one, or discard its draft first.</translation>
    </message>
</context>
<context>
    <name>ResultsBundleMerger</name>
    <message>
        <source>Berkas ini paket kerja untuk laptop, bukan berkas hasil kunjungan.</source>
        <translation>This file is a work package for a laptop, not a visit results bundle.</translation>
    </message>
    <message>
        <source>Berkas hasil kunjungan digabungkan di komputer kantor kelurahan yang membuat paket kerjanya, bukan di berkas data ini.</source>
        <translation>Visit results bundles are merged on the village office computer that made the work package, not into this data file.</translation>
    </message>
    <message>
        <source>Berkas hasil ini dari kelurahan/desa %1, bukan kelurahan ini. Data tidak diubah.</source>
        <translation>This results bundle is from village %1, not this village. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas hasil ini tidak ditandatangani oleh laptop yang menerima paket kerja dari kantor ini. Data tidak diubah.</source>
        <translation>This results bundle is not signed by a laptop that received a work package from this office. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas hasil ini tidak dienkripsi dengan kunci kelurahan ini. Data tidak diubah.</source>
        <translation>This results bundle is not encrypted with this village's key. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas hasil ini tidak asli: isinya tidak cocok dengan tanda tangannya. Data tidak diubah.</source>
        <translation>This results bundle is not genuine: its content does not match its signature. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas hasil berisi kunjungan yang tidak lengkap. Buat berkas hasil baru di laptop.</source>
        <translation>The results bundle contains an incomplete visit. Make a new results bundle on the laptop.</translation>
    </message>
    <message>
        <source>Berkas hasil tidak memuat salah satu fotonya. Buat berkas hasil baru di laptop.</source>
        <translation>The results bundle lacks one of its photos. Make a new results bundle on the laptop.</translation>
    </message>
</context>
<context>
    <name>ResultsBundleWriter</name>
    <message>
        <source>Berkas hasil kunjungan hanya dibuat di laptop lapangan yang sudah menerima paket kerja.</source>
        <translation>Visit results bundles are only made on a field laptop that has received a work package.</translation>
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
    <message>
        <source>melihat foto kartu keluarga</source>
        <translation>view family card photos</translation>
    </message>
    <message>
        <source>melihat pengaduan</source>
        <translation>view complaints</translation>
    </message>
    <message>
        <source>mencatat dan menangani pengaduan</source>
        <translation>record and handle complaints</translation>
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
    <message>
        <source>desil_as_of harus tanggal YYYY-MM-DD dari BPS, tidak di masa depan.</source>
        <translation>desil_as_of must be BPS's date as YYYY-MM-DD, not in the future.</translation>
    </message>
    <message>
        <source>desil_as_of diisi tanpa desil; tanggalnya diabaikan.</source>
        <translation>desil_as_of given without a desil; the date is ignored.</translation>
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
    <name>SyncSettings</name>
    <message>
        <source>Nama pengguna server wajib diisi.</source>
        <translation>The server user name is required.</translation>
    </message>
    <message>
        <source>Sertifikat CA %1 tidak bisa dibaca.</source>
        <translation>CA certificate %1 cannot be read.</translation>
    </message>
    <message>
        <source>Alamat server harus diawali https://, misalnya https://tepat.dinsos.kedirikota.go.id.</source>
        <translation>The server address must start with https://, for example https://tepat.dinsos.kedirikota.go.id.</translation>
    </message>
    <message>
        <source>Alamat http:// tanpa enkripsi hanya boleh untuk server di komputer ini sendiri (localhost, 127.0.0.1): kata sandi dan data warga akan terkirim terbuka. Gunakan https://, misalnya https://tepat.dinsos.kedirikota.go.id.</source>
        <translation>An unencrypted http:// address is allowed only for a server on this computer itself (localhost, 127.0.0.1): passwords and residents' data would travel in clear. Use https://, for example https://tepat.dinsos.kedirikota.go.id.</translation>
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
    <message>
        <source>Alamat server %1 tidak dipakai: tanpa https:// kata sandi dan data warga terkirim terbuka. Gunakan alamat https:// (http:// hanya untuk server di komputer ini sendiri).</source>
        <translation>Server address %1 not used: without https:// passwords and residents' data would travel in clear. Use an https:// address (http:// only for a server on this computer itself).</translation>
    </message>
</context>
<context>
    <name>VerificationOutbox</name>
    <message>
        <source>Kunjungan ini tidak ada di komputer ini.</source>
        <translation>This visit is not on this computer.</translation>
    </message>
    <message>
        <source>Kunjungan ini menemukan perubahan anggota keluarga. Perubahan itu dikirim sebagai usulan yang dibuat dari kunjungan (lewat musyawarah), bukan sebagai hasil verifikasi saja.</source>
        <translation>This visit found a change among the family members. Such changes are sent as the requests drafted from the visit (through the musyawarah), not as a verification result on its own.</translation>
    </message>
    <message>
        <source>Keluarga ini belum ada dalam DTSEN. Hasil verifikasi saja hanya untuk keluarga yang sudah terdaftar; keluarga baru diusulkan lewat usulan keluarga baru.</source>
        <translation>This family is not in DTSEN yet. A verification result on its own is only for registered families; a new family is proposed with a new-family request.</translation>
    </message>
    <message>
        <source>Foto rumah keluarga ini tidak ada di komputer ini. Lepas foto itu atau tambahkan lagi, lalu kirim hasil verifikasinya.</source>
        <translation>A house photo of this family is missing on this computer. Remove the photo or add it again, then send the verification result.</translation>
    </message>
</context>
<context>
    <name>VerificationSender</name>
    <message>
        <source>Jawaban server atas kiriman tidak bisa dibaca: %1</source>
        <translation>The server's answer to the push cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>VillageLetterKeys</name>
    <message>
        <source>Pustaka kriptografi (libsodium) tidak bisa dimulai.</source>
        <translation>The cryptography library (libsodium) could not be started.</translation>
    </message>
    <message>
        <source>Kunci publik penanda tangan surat tidak sah.</source>
        <translation>The public key for signing letters is not valid.</translation>
    </message>
    <message>
        <source>Kunci surat yang baru tidak ditandatangani oleh kunci yang lama; server tidak menerimanya. Hubungi admin kabupaten.</source>
        <translation>The new letter key is not signed by the old key; the server does not accept it. Contact the regency administrator.</translation>
    </message>
    <message>
        <source>Kunci surat ini sudah pernah diganti dan tidak bisa dipakai lagi.</source>
        <translation>This letter key has already been replaced and cannot be used again.</translation>
    </message>
</context>
<context>
    <name>VisitFields</name>
    <message>
        <source>Data kunjungan terlalu besar atau bersarang terlalu dalam (paling banyak %1 KB dan %2 tingkat).</source>
        <translation>The visit data is too large or nested too deeply (at most %1 KB and %2 levels).</translation>
    </message>
    <message>
        <source>Kolom request.visit.uuid bukan UUID yang sah.</source>
        <translation>Field request.visit.uuid is not a valid UUID.</translation>
    </message>
    <message>
        <source>Hasil kunjungan "%1" tidak dikenal. Isi dengan salah satu: %2.</source>
        <translation>Unknown visit outcome "%1". Use one of: %2.</translation>
    </message>
    <message>
        <source>Kolom request.visit.visited_on bukan tanggal YYYY-MM-DD.</source>
        <translation>Field request.visit.visited_on is not a YYYY-MM-DD date.</translation>
    </message>
    <message>
        <source>Kolom request.visit.field_worker wajib diisi.</source>
        <translation>Field request.visit.field_worker is required.</translation>
    </message>
    <message>
        <source>Foto kunjungan tidak valid: sha256 dan sisi foto (%1) wajib.</source>
        <translation>Invalid visit photo: sha256 and the view (%1) are required.</translation>
    </message>
    <message>
        <source>Foto kunjungan %1 tidak termasuk lampiran usulan ini.</source>
        <translation>Visit photo %1 is not one of this request's attachments.</translation>
    </message>
    <message>
        <source>Titik lokasi kunjungan tidak valid: latitude −90…90, longitude −180…180, accuracy_m 0…100000 atau null.</source>
        <translation>Invalid visit location: latitude −90…90, longitude −180…180, accuracy_m 0…100000 or null.</translation>
    </message>
    <message>
        <source>Jawaban kuesioner untuk lebih dari %1 anggota keluarga.</source>
        <translation>Questionnaire answers for more than %1 family members.</translation>
    </message>
    <message>
        <source>Jawaban kuesioner per anggota harus berupa objek per ID anggota (paling banyak %1 karakter).</source>
        <translation>Questionnaire answers per member must be an object per member id (at most %1 characters).</translation>
    </message>
    <message>
        <source>Jawaban kuesioner %1 harus berupa kode, angka atau teks pendek (paling banyak %2 karakter).</source>
        <translation>Questionnaire answer %1 must be a code, a number or a short text (at most %2 characters).</translation>
    </message>
    <message>
        <source>Pertanyaan %1 tidak ada dalam formulir %2 versi %3.</source>
        <translation>Question %1 is not in form %2 version %3.</translation>
    </message>
    <message>
        <source>Jawaban "%1" untuk pertanyaan %2 bukan kode yang dikenal formulir %3 versi %4.</source>
        <translation>Answer "%1" to question %2 is not a code of form %3 version %4.</translation>
    </message>
    <message>
        <source>Jawaban pertanyaan %1 harus angka dalam batas formulir.</source>
        <translation>The answer to question %1 must be a number within the form's limits.</translation>
    </message>
    <message>
        <source>Jawaban pertanyaan %1 harus teks paling banyak %2 karakter.</source>
        <translation>The answer to question %1 must be a text of at most %2 characters.</translation>
    </message>
</context>
<context>
    <name>VisitFindingDrafts</name>
    <message>
        <source>Temuan kunjungan lapangan %1 oleh %2.</source>
        <translation>Finding of the field visit on %1 by %2.</translation>
    </message>
    <message>
        <source>Pindah ke: %1.</source>
        <translation>Moved to: %1.</translation>
    </message>
</context>
<context>
    <name>VisitQuestionnaire</name>
    <message>
        <source>Aplikasi ini tidak memuat definisi kuesioner. Pasang ulang Tepat.</source>
        <translation>This application holds no questionnaire definition. Reinstall Tepat.</translation>
    </message>
    <message>
        <source>Kuesioner masih punya %1 kesalahan atau jawaban kosong, misalnya: %2 Lengkapi di tab Kuesioner, lalu simpan lagi.</source>
        <translation>The questionnaire still has %1 errors or empty answers, for example: %2 Complete it on the Questionnaire tab, then save again.</translation>
    </message>
</context>
<context>
    <name>VisitVocabulary</name>
    <message>
        <source>Sudah dikunjungi</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Menolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Belum dikunjungi</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Pindah</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Anggota baru</source>
        <translation>New member</translation>
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
    <name>WindowShortcuts</name>
    <message>
        <source>Cari orang (nama, NIK atau nomor KK) di halaman Keluarga</source>
        <translation>Find a person (name, NIK or KK number) on the Families page</translation>
    </message>
    <message>
        <source>Tutup Tepat (formulir yang terbuka menyimpan drafnya dulu)</source>
        <translation>Close Tepat (open forms save their drafts first)</translation>
    </message>
    <message>
        <source>Buka halaman %1</source>
        <translation>Open the %1 page</translation>
    </message>
    <message>
        <source>Daftar tombol pintas (yang ini)</source>
        <translation>List of shortcuts (this one)</translation>
    </message>
</context>
<context>
    <name>WorkPackageApply</name>
    <message>
        <source>Paket kerja ini tidak asli: isinya tidak cocok dengan tanda tangannya. Minta paket baru dari kantor kelurahan. Data tidak diubah.</source>
        <translation>This work package is not genuine: its content does not match its signature. Ask the village office for a new package. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket kerja berisi data yang tidak bisa disimpan: %1. Minta paket baru dari kantor kelurahan.</source>
        <translation>The work package contains data that cannot be stored: %1. Ask the village office for a new package.</translation>
    </message>
    <message>
        <source>Paket kerja berisi jawaban kuesioner yang tidak lengkap. Minta paket baru dari kantor kelurahan.</source>
        <translation>The work package contains incomplete questionnaire answers. Ask the village office for a new package.</translation>
    </message>
</context>
<context>
    <name>WorkPackageReader</name>
    <message>
        <source>Berkas data ini milik komputer kantor kelurahan. Paket kerja diterima di laptop lapangan: pilih berkas data laptop atau berkas baru.</source>
        <translation>This data file belongs to the village office computer. Work packages are taken on a field laptop: choose the laptop's data file or a new one.</translation>
    </message>
    <message>
        <source>Berkas data ini sudah berisi data kelurahan dan bukan berkas laptop lapangan. Terima paket kerja ke berkas data baru.</source>
        <translation>This data file already holds village data and is not a field laptop's file. Take the work package into a new data file.</translation>
    </message>
    <message>
        <source>Paket kerja ini untuk kelurahan/desa %1, bukan kelurahan laptop ini. Data tidak diubah.</source>
        <translation>This work package is for village %1, not this laptop's village. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paket kerja ini tidak ditandatangani oleh kantor kelurahan yang dikenal laptop ini. Minta paket dari komputer kantor yang biasa. Data tidak diubah.</source>
        <translation>This work package is not signed by the village office this laptop knows. Ask for a package from the usual office computer. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas ini berkas hasil kunjungan dari laptop, bukan paket kerja. Berkas hasil digabungkan di komputer kantor.</source>
        <translation>This file is a laptop's visit results bundle, not a work package. Results bundles are merged on the office computer.</translation>
    </message>
    <message>
        <source>Frasa sandi paket kerja salah. Periksa huruf besar/kecil, lalu ketik ulang. Data tidak diubah.</source>
        <translation>The work package passphrase is wrong. Check upper/lower case, then type it again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>WorkPackageWriter</name>
    <message>
        <source>Keluarga %1 tidak ada di data kelurahan ini. Periksa daftar ID keluarga.</source>
        <translation>Household %1 is not in this village's data. Check the list of household IDs.</translation>
    </message>
    <message>
        <source>Tidak ada keluarga aktif yang cocok dengan pilihan RW/RT ini. Pilih RW/RT lain atau daftar ID keluarga.</source>
        <translation>No active household matches this RW/RT. Choose another RW/RT or a list of household IDs.</translation>
    </message>
    <message>
        <source>Tentukan akun petugas lapangan yang menerima paket kerja (huruf kecil, angka, titik, garis bawah atau tanda hubung).</source>
        <translation>Name the field staff account that receives the work package (lower-case letters, digits, dot, underscore or hyphen).</translation>
    </message>
    <message>
        <source>Akun %1 tidak ada atau dinonaktifkan. Buat akun petugas lapangan di Pengaturan → Akun, lalu ulangi.</source>
        <translation>Account %1 does not exist or is disabled. Create a field staff account in Settings → Accounts, then retry.</translation>
    </message>
    <message>
        <source>Frasa sandi paket kerja minimal 10 karakter. Pakai beberapa kata yang mudah diingat tetapi sulit ditebak, dan sampaikan kepada petugas secara langsung, bukan bersama flashdisk-nya.</source>
        <translation>A work package passphrase needs at least 10 characters. Use a few words that are easy to remember but hard to guess, and tell it to the field worker in person, not with the USB stick.</translation>
    </message>
    <message>
        <source>Berkas data ini belum berisi data kelurahan. Muat snapshot DTKS dulu.</source>
        <translation>This data file holds no village data yet. Load a DTKS snapshot first.</translation>
    </message>
</context>
<context>
    <name>WorkspacePages</name>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
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
        <source>Musyawarah</source>
        <translation>Musyawarah</translation>
    </message>
    <message>
        <source>Surat</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Lapangan</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Surat &amp; kop</source>
        <translation>Letters &amp; letterhead</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Kemungkinan ganda</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Isi buku kerja rusak (%1, baris %2: %3). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</source>
        <translation>The workbook is damaged (%1, line %2: %3). Save it again from Excel or LibreOffice, then try again.</translation>
    </message>
    <message>
        <source>Buku kerja berisi deklarasi XML yang tidak diizinkan (%1); mungkin berkas berbahaya. Tidak ada yang diubah.</source>
        <translation>The workbook contains an XML declaration that is not allowed (%1); it may be a harmful file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak bisa dibuka (tidak ada atau tidak boleh dibaca).</source>
        <translation>The file %1 cannot be opened (missing or not readable).</translation>
    </message>
    <message>
        <source>Berkas terlalu besar (%1 MB; paling banyak %2 MB). Bagi datanya ke beberapa buku kerja.</source>
        <translation>The file is too large (%1 MB; at most %2 MB). Split the data over several workbooks.</translation>
    </message>
    <message>
        <source>Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya (Info › Lindungi Buku Kerja), simpan, lalu coba lagi.</source>
        <translation>The workbook is password-protected. Open it in Excel, remove the password (Info › Protect Workbook), save, then try again.</translation>
    </message>
    <message>
        <source>Ini buku kerja Excel lama (.xls). Buka di Excel atau LibreOffice dan simpan sebagai Buku Kerja Excel (.xlsx), lalu coba lagi.</source>
        <translation>This is an old Excel workbook (.xls). Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then try again.</translation>
    </message>
    <message>
        <source>Berkas ini berisi teks CSV, bukan buku kerja Excel, meski namanya .xlsx. Buka di Excel dan simpan sebagai Buku Kerja Excel (.xlsx), atau impor sebagai CSV.</source>
        <translation>This file contains CSV text, not an Excel workbook, although it is named .xlsx. Open it in Excel and save it as an Excel Workbook (.xlsx), or import it as CSV.</translation>
    </message>
    <message>
        <source>Berkas ini bukan buku kerja Excel (.xlsx). Pilih berkas yang benar.</source>
        <translation>This file is not an Excel workbook (.xlsx). Choose the right file.</translation>
    </message>
    <message>
        <source>Berkas zip ini bukan buku kerja Excel (.xlsx) — mungkin dokumen Word atau arsip biasa. Pilih berkas yang benar.</source>
        <translation>This zip file is not an Excel workbook (.xlsx) — perhaps a Word document or a plain archive. Choose the right file.</translation>
    </message>
    <message>
        <source>Lembar "%1" terlalu besar (%2). Tidak ada yang diubah. Bagi datanya ke beberapa lembar atau buku kerja.</source>
        <translation>Sheet "%1" is too large (%2). Nothing was changed. Split the data over several sheets or workbooks.</translation>
    </message>
    <message>
        <source>Pembacaan buku kerja dibatalkan.</source>
        <translation>Reading the workbook was cancelled.</translation>
    </message>
    <message>
        <source>baris %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Isi lembar "%1" rusak (alamat sel "%2"). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</source>
        <translation>Sheet "%1" is damaged (cell reference "%2"). Save it again from Excel or LibreOffice, then try again.</translation>
    </message>
    <message>
        <source>Isi lembar "%1" rusak (teks bersama %2 tidak ada). Simpan ulang dari Excel atau LibreOffice.</source>
        <translation>Sheet "%1" is damaged (shared string %2 is missing). Save it again from Excel or LibreOffice.</translation>
    </message>
    <message>
        <source>ada isi di kolom %1</source>
        <translation>content in column %1</translation>
    </message>
    <message>
        <source>lebih dari %1 sel</source>
        <translation>more than %1 cells</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Folder %1 tidak bisa dibuat. Pilih folder lain.</source>
        <translation>The folder %1 cannot be created. Choose another folder.</translation>
    </message>
    <message>
        <source>Buku kerja tidak bisa dibuat di %1. Pilih folder lain.</source>
        <translation>The workbook cannot be created in %1. Choose another folder.</translation>
    </message>
    <message>
        <source>Buku kerja tidak bisa ditulis (%1). Periksa ruang disk dan folder tujuan.</source>
        <translation>The workbook cannot be written (%1). Check the disk space and the target folder.</translation>
    </message>
    <message>
        <source>Lembar "%1" tidak bisa dibuat (nama ganda?).</source>
        <translation>Sheet "%1" cannot be created (duplicate name?).</translation>
    </message>
    <message>
        <source>Daftar terlalu panjang untuk satu lembar Excel (lebih dari %1 baris). Saring daftarnya dulu.</source>
        <translation>The list is too long for one Excel sheet (more than %1 rows). Filter the list first.</translation>
    </message>
    <message>
        <source>Kode tidak dikenal</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <source>Pilih salah satu kode dari daftar.</source>
        <translation>Choose one of the codes from the list.</translation>
    </message>
    <message>
        <source>Buku kerja tidak bisa disimpan sebagai %1. Pilih nama atau folder lain.</source>
        <translation>The workbook cannot be saved as %1. Choose another name or folder.</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>Buku kerja rusak atau terpotong (isinya tidak bisa dibuka). Simpan ulang dari Excel atau LibreOffice, lalu coba lagi.</source>
        <translation>The workbook is damaged or truncated (its contents cannot be opened). Save it again from Excel or LibreOffice, then try again.</translation>
    </message>
    <message>
        <source>Buku kerja tidak lengkap (bagian %1 tidak ada). Simpan ulang sebagai Buku Kerja Excel (.xlsx), lalu coba lagi.</source>
        <translation>The workbook is incomplete (part %1 is missing). Save it again as an Excel Workbook (.xlsx), then try again.</translation>
    </message>
    <message>
        <source>Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.</source>
        <translation>The workbook is password-protected. Open it in Excel, remove the password, save, then try again.</translation>
    </message>
    <message>
        <source>Buku kerja terlalu besar setelah dibuka (bagian %1 lebih dari %2 MB; mungkin berkas berbahaya). Tidak ada yang diubah. Bagi datanya ke beberapa buku kerja.</source>
        <translation>The workbook is too large once unpacked (part %1 is over %2 MB; it may be a harmful file). Nothing was changed. Split the data over several workbooks.</translation>
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
        <source>Memeriksa seluruh rantai jejak audit. Hasil: "intact", jumlah catatan dan hash terakhir; atau "broken", nomor catatan pertama yang rusak, jenisnya (changed, removed, inserted, relinked, truncated) dan penjelasannya (dipisah tab). Status keluar 1 bila rantai rusak.</source>
        <translation>Checks the whole audit chain. Result: "intact", the number of entries and the last hash; or "broken", the number of the first broken entry, its kind (changed, removed, inserted, relinked, truncated) and an explanation (tab-separated). Exit status 1 when the chain is broken.</translation>
    </message>
    <message>
        <source>Catatan yang diketahui dari tempat lain (mis. server pusat): NOMOR:HASH. Memeriksa juga bahwa jejak tidak dipotong atau ditulis ulang sampai catatan itu.</source>
        <translation>An entry known from elsewhere (e.g. the central server): NUMBER:HASH. Also checks that the trail was not cut off or rewritten up to that entry.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli audit verify --db FILE [--anchor ID:HASH]</source>
        <translation>Usage: tepat-cli audit verify --db FILE [--anchor ID:HASH]</translation>
    </message>
    <message>
        <source>--anchor harus NOMOR:HASH (hash SHA-256, 64 digit heksadesimal).</source>
        <translation>--anchor must be NUMBER:HASH (a SHA-256 hash, 64 hexadecimal digits).</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>--passphrase-fd harus nomor deskriptor berkas.</source>
        <translation>--passphrase-fd must be a file descriptor number.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <source>Baca frasa sandi dari deskriptor berkas ini, bukan dari standard input.</source>
        <translation>Read the passphrase from this file descriptor instead of standard input.</translation>
    </message>
    <message>
        <source>Membuat satu berkas cadangan terenkripsi dari berkas data dan folder foto/dokumennya, juga saat Tepat sedang dipakai. Frasa sandi (minimal 10 karakter) dibaca dari standard input. Hasil: file, size, sha256, files (kunci dan nilai dipisah tab).</source>
        <translation>Makes one encrypted backup file of the data file and its photo/document folder, also while Tepat is in use. The passphrase (at least 10 characters) is read from standard input. Result: file, size, sha256, files (key and value tab-separated).</translation>
    </message>
    <message>
        <source>Berkas cadangan yang dibuat (diganti bila sudah ada).</source>
        <translation>The backup file to make (replaced if it exists).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli backup --db FILE --out FILE [--passphrase-fd N]</source>
        <translation>Usage: tepat-cli backup --db FILE --out FILE [--passphrase-fd N]</translation>
    </message>
    <message>
        <source>Berkas data %1 tidak ada.</source>
        <translation>Data file %1 does not exist.</translation>
    </message>
    <message>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Cadangan dibuat, tetapi tidak tercatat di jejak audit: %1</source>
        <translation>The backup was made but not recorded in the audit trail: %1</translation>
    </message>
    <message>
        <source>Memulihkan berkas cadangan setelah seluruh isinya diperiksa. Frasa sandi dibaca dari standard input. Frasa sandi yang salah atau berkas yang rusak/terpotong tidak mengubah apa pun (status keluar 1). Hasil: database, created, village, schema, files (kunci dan nilai dipisah tab).</source>
        <translation>Restores a backup file after checking all of its content. The passphrase is read from standard input. A wrong passphrase or a damaged/truncated file changes nothing (exit status 1). Result: database, created, village, schema, files (key and value tab-separated).</translation>
    </message>
    <message>
        <source>Berkas cadangan.</source>
        <translation>The backup file.</translation>
    </message>
    <message>
        <source>Berkas data yang dipulihkan (dibuat bila belum ada).</source>
        <translation>The data file to restore into (created if missing).</translation>
    </message>
    <message>
        <source>Ganti isi berkas data yang sudah ada.</source>
        <translation>Replace the content of an existing data file.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli restore --in FILE --db FILE [--replace] [--passphrase-fd N]</source>
        <translation>Usage: tepat-cli restore --in FILE --db FILE [--replace] [--passphrase-fd N]</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak ada.</source>
        <translation>The backup file %1 does not exist.</translation>
    </message>
    <message>
        <source>Berkas data %1 sudah ada. Tambahkan --replace untuk mengganti isinya dengan cadangan.</source>
        <translation>The data file %1 exists. Add --replace to replace its content with the backup.</translation>
    </message>
    <message>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Data tidak diubah.</source>
        <translation>The data was not changed.</translation>
    </message>
    <message>
        <source>Data dipulihkan, tetapi tidak bisa dibuka atau dicatat: %1</source>
        <translation>The data was restored but cannot be opened or recorded: %1</translation>
    </message>
    <message>
        <source>Periksa rantai jejak audit (intact, atau catatan pertama yang rusak).</source>
        <translation>Check the audit chain (intact, or the first broken entry).</translation>
    </message>
    <message>
        <source>Buat cadangan terenkripsi (frasa sandi dari standard input).</source>
        <translation>Make an encrypted backup (passphrase on standard input).</translation>
    </message>
    <message>
        <source>Pulihkan cadangan setelah diperiksa utuh (frasa sandi dari standard input).</source>
        <translation>Restore a backup once it is checked whole (passphrase on standard input).</translation>
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
        <source>Berkas data yang kuncinya dipakai (bawaan: data aplikasi Tepat di komputer ini).</source>
        <translation>Data file whose keys are used (default: the Tepat application data on this computer).</translation>
    </message>
    <message>
        <source>Tidak ada kode yang dibaca dari standard input.</source>
        <translation>No code was read from standard input.</translation>
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
    <message>
        <source>jalur	massal (indeks nama dan daftar dibangun sekali di akhir)</source>
        <translation>path	bulk (name index and list indexes built once at the end)</translation>
    </message>
    <message>
        <source>jalur	bertahap (indeks diperbarui baris demi baris)</source>
        <translation>path	incremental (indexes kept up to date row by row)</translation>
    </message>
    <message>
        <source>Memeriksa kode verifikasi (isi kode QR) surat dari standard input, satu per baris. Per baris: genuine (asli), altered (diubah), unknown (tidak dikenal) atau void (nomornya dibatalkan di register ini, surat tidak berlaku), lalu nomor surat (dipisah tab). Keluar 0 bila semua asli, 1 bila tidak.</source>
        <translation>Checks letter verification codes (QR content) from standard input, one per line. Per line: genuine, altered, unknown or void (its number was voided in this register, the letter is not valid), then the letter number (tab-separated). Exits 0 when all are genuine, 1 otherwise.</translation>
    </message>
    <message>
        <source>Sertifikat CA (PEM): hanya CA ini yang dipercaya untuk server ini, bukan CA sistem (disimpan untuk berikutnya).</source>
        <translation>CA certificate (PEM): only this CA is trusted for this server, not the system's CAs (kept for next time).</translation>
    </message>
    <message>
        <source>Daftar keluarga %1 tidak bisa dibaca: %2</source>
        <translation>The household list %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Frasa sandi paket kerja:</source>
        <translation>Work package passphrase:</translation>
    </message>
    <message>
        <source>Berkas yang ditulis.</source>
        <translation>The file written.</translation>
    </message>
    <message>
        <source>Hanya keluarga RW ini.</source>
        <translation>Only households of this RW.</translation>
    </message>
    <message>
        <source>Hanya keluarga RT ini.</source>
        <translation>Only households of this RT.</translation>
    </message>
    <message>
        <source>Berkas berisi ID keluarga, satu per baris.</source>
        <translation>A file of household IDs, one per line.</translation>
    </message>
    <message>
        <source>Akun petugas lapangan penerima paket kerja.</source>
        <translation>The field staff account that receives the work package.</translation>
    </message>
    <message>
        <source>Paket kerja atau berkas hasil.</source>
        <translation>Work package or results bundle.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli bundle import --db FILE [--passphrase-fd N] BUNDLE</source>
        <translation>Usage: tepat-cli bundle import --db FILE [--passphrase-fd N] BUNDLE</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Daftar pasangan data yang kemungkinan orang yang sama (skor dan alasan, tanpa NIK).</source>
        <translation>List pairs of records that are likely the same person (score and reasons, no NIK).</translation>
    </message>
    <message>
        <source>Tulis paket kerja (kantor) atau berkas hasil kunjungan (laptop lapangan).</source>
        <translation>Write a work package (office) or a visit results bundle (field laptop).</translation>
    </message>
    <message>
        <source>Terima paket kerja (laptop) atau gabungkan berkas hasil kunjungan (kantor).</source>
        <translation>Take a work package (laptop) or merge a visit results bundle (office).</translation>
    </message>
    <message>
        <source>Simpan daftar (keluarga, usulan, surat, BNBA) sebagai buku kerja Excel.</source>
        <translation>Save a list (households, requests, letters, BNBA) as an Excel workbook.</translation>
    </message>
    <message>
        <source>Simpan templat usulan massal (.xlsx).</source>
        <translation>Save the bulk-proposal template (.xlsx).</translation>
    </message>
    <message>
        <source>Periksa dan buat draf usulan massal dari buku kerja Excel.</source>
        <translation>Check and create bulk proposal drafts from an Excel workbook.</translation>
    </message>
    <message>
        <source>Pasangan data yang kemungkinan orang yang sama, dari seluruh data, skor tertinggi dulu. Satu pasangan per baris: ID orang, ID orang, skor (0–1), alasan (dipisah tab). Pasangan yang sudah diputuskan di halaman Kemungkinan ganda tidak ditampilkan lagi.</source>
        <translation>Pairs of records that are likely the same person, across the whole register, best first. One pair per line: person ID, person ID, score (0–1), reasons (tab-separated). Pairs already decided on the Likely duplicates page are not listed again.</translation>
    </message>
    <message>
        <source>Skor terendah yang ditampilkan (0–1, bawaan %1).</source>
        <translation>Lowest score listed (0–1, default %1).</translation>
    </message>
    <message>
        <source>Keluarga yang terdaftar dua kali: ID keluarga, ID keluarga, jumlah anggota yang cocok, kepala keluarga sama (yes/no).</source>
        <translation>Families registered twice: family ID, family ID, number of matching members, same head (yes/no).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli duplicates --db FILE [--min-score S] [--households]</source>
        <translation>Usage: tepat-cli duplicates --db FILE [--min-score S] [--households]</translation>
    </message>
    <message>
        <source>Membandingkan</source>
        <translation>Comparing</translation>
    </message>
    <message>
        <source>households: hanya RT ini.</source>
        <translation>households: only this RT.</translation>
    </message>
    <message>
        <source>households: hanya RW ini.</source>
        <translation>households: only this RW.</translation>
    </message>
    <message>
        <source>households: hanya desil 1–10.</source>
        <translation>households: only decile 1–10.</translation>
    </message>
    <message>
        <source>households: status keluarga (kode atau label).</source>
        <translation>households: household status (code or label).</translation>
    </message>
    <message>
        <source>households: ada anggota penerima program ini.</source>
        <translation>households: a member receives this programme.</translation>
    </message>
    <message>
        <source>households: penerima tidak sesuai desil.</source>
        <translation>households: recipients that do not fit the decile.</translation>
    </message>
    <message>
        <source>requests: hanya usulan dengan status ini (kode).</source>
        <translation>requests: only requests in this state (code).</translation>
    </message>
    <message>
        <source>requests, letters: hanya jenis ini (kode).</source>
        <translation>requests, letters: only this kind (code).</translation>
    </message>
    <message>
        <source>requests: hanya usulan untuk keluarga ini.</source>
        <translation>requests: only requests for this household.</translation>
    </message>
    <message>
        <source>letters: bagian nomor surat atau nama.</source>
        <translation>letters: part of the letter number or the name.</translation>
    </message>
    <message>
        <source>letters: hanya tahun ini.</source>
        <translation>letters: only this year.</translation>
    </message>
    <message>
        <source>bnba: nomor musyawarah (wajib).</source>
        <translation>bnba: meeting number (required).</translation>
    </message>
    <message>
        <source>--%1 harus angka 1–999.</source>
        <translation>--%1 must be a number 1–999.</translation>
    </message>
    <message>
        <source>--desil harus angka 1–10.</source>
        <translation>--desil must be a number 1–10.</translation>
    </message>
    <message>
        <source>Status keluarga "%1" tidak dikenal.</source>
        <translation>Unknown household status "%1".</translation>
    </message>
    <message>
        <source>Program "%1" tidak dikenal.</source>
        <translation>Unknown programme "%1".</translation>
    </message>
    <message>
        <source>Status usulan "%1" tidak dikenal.</source>
        <translation>Unknown request state "%1".</translation>
    </message>
    <message>
        <source>Jenis usulan "%1" tidak dikenal.</source>
        <translation>Unknown request kind "%1".</translation>
    </message>
    <message>
        <source>--year harus tahun, mis. 2026.</source>
        <translation>--year must be a year, e.g. 2026.</translation>
    </message>
    <message>
        <source>Jenis surat "%1" tidak dikenal.</source>
        <translation>Unknown letter kind "%1".</translation>
    </message>
    <message>
        <source>Menyimpan daftar sebagai buku kerja Excel (.xlsx): keluarga (dengan saringan halaman Keluarga), usulan, register surat, atau BNBA musyawarah. NIK dan No KK ditulis sebagai teks, tanggal sebagai tanggal. Mencetak berkas dan jumlah baris (dipisah tab).</source>
        <translation>Saves a list as an Excel workbook (.xlsx): households (with the Households page filters), requests, the letter register, or a meeting's BNBA. NIK and KK numbers are written as text, dates as dates. Prints the file and the row count (tab-separated).</translation>
    </message>
    <message>
        <source>Buku kerja yang dibuat.</source>
        <translation>The workbook to create.</translation>
    </message>
    <message>
        <source>Menulis…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>--meeting harus nomor musyawarah.</source>
        <translation>--meeting must be a meeting number.</translation>
    </message>
    <message>
        <source>Frasa sandi tidak terbaca dari standard input atau --passphrase-fd.</source>
        <translation>No passphrase could be read from standard input or --passphrase-fd.</translation>
    </message>
    <message>
        <source>Menyimpan templat usulan massal Tepat (.xlsx): satu lembar per jenis usulan, daftar pilihan untuk setiap kolom berkode. Mencetak nama berkasnya.</source>
        <translation>Saves Tepat's bulk-proposal template (.xlsx): one sheet per request kind, drop-down lists for every coded column. Prints the file name.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli proposals template --out FILE.xlsx</source>
        <translation>Usage: tepat-cli proposals template --out FILE.xlsx</translation>
    </message>
    <message>
        <source>Memeriksa setiap baris buku kerja usulan massal, lalu membuat semua draf usulan dalam satu transaksi (tidak ada yang dibuat bila satu baris saja ditolak). Per baris, dipisah tab: lembar, baris, status (ok/warning/error), pesan. Status keluar 1 bila ada baris yang ditolak.</source>
        <translation>Checks every row of a bulk-proposal workbook, then creates all request drafts in one transaction (none when even one row is refused). Per row, tab-separated: sheet, row, status (ok/warning/error), message. Exit status 1 when any row is refused.</translation>
    </message>
    <message>
        <source>Hanya periksa; tidak membuat apa pun.</source>
        <translation>Check only; create nothing.</translation>
    </message>
    <message>
        <source>Buku kerja usulan.</source>
        <translation>The proposal workbook.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli proposals import --db FILE BOOK.xlsx [--dry-run]</source>
        <translation>Usage: tepat-cli proposals import --db FILE BOOK.xlsx [--dry-run]</translation>
    </message>
    <message>
        <source>Membaca…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>draf usulan #%1</source>
        <translation>request draft #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n baris ditolak; tidak ada usulan yang dibuat.</source>
        <translation>
            <numerusform>%n row(s) refused; no request was created.</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli export --db FILE --list households|requests|letters|bnba|duplicates [saringan] --out FILE.xlsx (bnba juga FILE.pdf)</source>
        <translation>Usage: tepat-cli export --db FILE --list households|requests|letters|bnba|duplicates [filters] --out FILE.xlsx (bnba also FILE.pdf)</translation>
    </message>
    <message>
        <source>Daftar: households, requests, letters, bnba atau duplicates.</source>
        <translation>List: households, requests, letters, bnba or duplicates.</translation>
    </message>
    <message>
        <source>Buku kerja yang dibuat (bnba: .pdf untuk dicetak).</source>
        <translation>The workbook to write (bnba: .pdf for printing).</translation>
    </message>
    <message>
        <source>--min-score harus angka antara 0 dan 1, misalnya 0.9.</source>
        <translation>--min-score must be a number between 0 and 1, e.g. 0.9.</translation>
    </message>
    <message>
        <source>Di komputer kantor: menulis paket kerja untuk laptop lapangan (keluarga menurut RW/RT atau daftar ID, untuk satu akun petugas), terenkripsi dengan frasa sandi dari standard input dan ditandatangani kantor. Di laptop lapangan: menulis berkas hasil kunjungan sejak berkas hasil terakhir (tanpa frasa sandi), atau semuanya dengan --all. Hasil: kunci dan nilai dipisah tab.</source>
        <translation>On the office computer: writes a work package for a field laptop (households by RW/RT or a list of ids, for one field account), encrypted with a passphrase from standard input and signed by the office. On a field laptop: writes the results bundle of the visits since the last bundle (no passphrase), or of everything with --all. Output: keys and values separated by a tab.</translation>
    </message>
    <message>
        <source>Laptop: semua hasil kunjungan lagi, bukan hanya yang belum dikirim (pengganti flashdisk yang hilang). Kantor: semua keluarga aktif (sama dengan tanpa --rw, --rt dan --households).</source>
        <translation>Laptop: all visit results again, not only those not yet sent (to replace a lost stick). Office: every active household (the same as no --rw, --rt and --households).</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli bundle export --db FILE --out FILE [--all | [--rw N] [--rt N] [--households FILE]] [--assignee USER] [--passphrase-fd N]</source>
        <translation>Usage: tepat-cli bundle export --db FILE --out FILE [--all | [--rw N] [--rt N] [--households FILE]] [--assignee USER] [--passphrase-fd N]</translation>
    </message>
    <message>
        <source>Daftar pengaduan dan sanggah (status, lewat 14 hari).</source>
        <translation>List complaints and objections (status, past 14 days).</translation>
    </message>
    <message>
        <source>Daftar pengaduan dan sanggah, yang terbaru dulu, satu per baris (dipisah tab): nomor, diterima (UTC), jenis, saluran, status, lewat 14 hari (lapsed/-), ID keluarga, program, ditangani oleh, isi. Tanpa nama dan kontak pengadu.</source>
        <translation>Complaints and objections, newest first, one per line (tab-separated): number, received (UTC), kind, channel, status, past 14 days (lapsed/-), family id, programme, handled by, content. Without the complainant's name and contact.</translation>
    </message>
    <message>
        <source>Hanya status ini: open (received dan handling), received, handling, answered, closed, forwarded.</source>
        <translation>Only this status: open (received and handling), received, handling, answered, closed, forwarded.</translation>
    </message>
    <message>
        <source>Pemakaian: tepat-cli complaints list --db FILE [--status S]</source>
        <translation>Usage: tepat-cli complaints list --db FILE [--status S]</translation>
    </message>
    <message>
        <source>--status %1 tidak dikenal: open, received, handling, answered, closed atau forwarded.</source>
        <translation>--status %1 is unknown: open, received, handling, answered, closed or forwarded.</translation>
    </message>
    <message>
        <source>Menerima paket kerja di laptop lapangan (berkas data dibuat bila belum ada; frasa sandi dari standard input) atau menggabungkan berkas hasil kunjungan di komputer kantor. Berkas yang ditolak tidak mengubah apa pun (status keluar 1). Hasil: households, visits, photos, locations, answers, drafts, unchanged, conflicts, audit (kunci dan nilai dipisah tab).</source>
        <translation>Takes a work package on a field laptop (the store is created when it does not exist; passphrase on standard input) or merges a visit results bundle on the office computer. A refused file changes nothing (exit status 1). Output: households, visits, photos, locations, answers, drafts, unchanged, conflicts, audit (key and value separated by a tab).</translation>
    </message>
    <message>
        <source>--min-score harus angka antara 0 dan 1, misalnya 0.6.</source>
        <translation>--min-score must be a number between 0 and 1, for example 0.6.</translation>
    </message>
    <message>
        <source>duplicates: skor terendah (0–1, bawaan %1).</source>
        <translation>duplicates: lowest score (0–1, default %1).</translation>
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
    <message>
        <source>Tulis ready_ms dan rss_kb begitu baris pertama tampil, lalu keluar.</source>
        <translation>Print ready_ms and rss_kb as soon as the first row shows, then exit.</translation>
    </message>
    <message>
        <source>Simpan gambar setiap halaman ke folder ini, lalu keluar.</source>
        <translation>Save a picture of every page to this folder, then exit.</translation>
    </message>
</context>
<context>
    <name>tepat::AccountSection</name>
    <message>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Kata sandi sementara:</source>
        <translation>Temporary password:</translation>
    </message>
    <message>
        <source>Ulangi:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Berikan kata sandi sementara secara langsung; pemilik akun harus menggantinya saat masuk.</source>
        <translation>Hand the temporary password over in person; the account's owner must change it when signing in.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Ganti kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Kunci sekarang (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Kunci otomatis setelah tidak dipakai selama</source>
        <translation>Lock automatically when unused for</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Hanya administrator yang membuat dan mengubah akun.</source>
        <translation>Only administrators create and change accounts.</translation>
    </message>
    <message>
        <source>Akun di kelurahan/desa ini</source>
        <translation>Accounts of this kelurahan/desa</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Tambah akun…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Ubah peran…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Akun tidak pernah dihapus supaya jejak audit tetap menyebut siapa yang berbuat apa; akun yang tidak dipakai lagi dinonaktifkan.</source>
        <translation>Accounts are never deleted so that the audit trail keeps naming who did what; accounts no longer used are disabled.</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>, harus mengganti kata sandi</source>
        <translation>, must change the password</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Akun %1 dibuat. Pemiliknya mengganti kata sandi saat pertama masuk.</source>
        <translation>Account %1 created. Its owner changes the password at the first sign-in.</translation>
    </message>
    <message>
        <source>Pilih akun di daftar dulu.</source>
        <translation>Select an account in the list first.</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Peran baru untuk %1:</source>
        <translation>New role for %1:</translation>
    </message>
    <message>
        <source>Peran %1 sekarang %2.</source>
        <translation>%1's role is now %2.</translation>
    </message>
    <message>
        <source>Nonaktifkan akun</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Nonaktifkan akun %1? Pemiliknya tidak bisa masuk lagi sampai akunnya diaktifkan kembali.</source>
        <translation>Disable account %1? Its owner cannot sign in until the account is enabled again.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>Akun %1 diaktifkan.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>Kata sandi %1 diatur ulang; pemiliknya harus menggantinya saat masuk.</source>
        <translation>%1's password was reset; the owner must change it when signing in.</translation>
    </message>
    <message>
        <source>Kata sandi baru berlaku mulai sekarang.</source>
        <translation>The new password applies from now on.</translation>
    </message>
    <message>
        <source>Kata sandi Anda sudah diganti.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Tepat terkunci sendiri setelah %1 menit tidak dipakai.</source>
        <translation>Tepat locks itself after %1 minutes without use.</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2), peran: %3. Terakhir masuk sebelum ini: %4.</source>
        <translation>Signed in as %1 (%2), role: %3. Last sign-in before this one: %4.</translation>
    </message>
    <message>
        <source>Data orang</source>
        <translation>Register person</translation>
    </message>
    <message>
        <source>Tautkan ke data orang…</source>
        <translation>Link to register person…</translation>
    </message>
    <message>
        <source>tidak ditautkan</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>Tautkan ke data orang</source>
        <translation>Link to register person</translation>
    </message>
    <message>
        <source>ID DTKS anggota keluarga (misalnya 3571031001.000001.01) yang adalah pemilik akun %1. Usulan yang diajukannya untuk keluarganya sendiri, satu KK atau satu alamat ditandai konflik kepentingan. Kosongkan untuk melepas tautan.</source>
        <translation>DTKS member ID (for example 3571031001.000001.01) of the person who holds account %1. Requests they propose for their own family, KK or address are flagged as a conflict of interest. Leave empty to remove the link.</translation>
    </message>
    <message>
        <source>Akun %1 tidak lagi ditautkan ke data orang.</source>
        <translation>Account %1 is no longer linked to a register person.</translation>
    </message>
    <message>
        <source>Akun %1 ditautkan ke %2.</source>
        <translation>Account %1 is linked to %2.</translation>
    </message>
</context>
<context>
    <name>tepat::AgendaDialog</name>
    <message>
        <source>Tambah usulan ke agenda</source>
        <translation>Add requests to the agenda</translation>
    </message>
    <message>
        <source>Centang usulan yang dibahas dalam musyawarah ini:</source>
        <translation>Tick the requests discussed in this meeting:</translation>
    </message>
    <message>
        <source>Usulan yang saling bertentangan:</source>
        <translation>Requests that contradict each other:</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>Pelaku</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>tepat::AuditSection</name>
    <message>
        <source>Periksa keutuhan rantai</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rantai belum diperiksa.</source>
        <translation>The chain has not been checked yet.</translation>
    </message>
    <message>
        <source>Cari pelaku, tindakan, objek atau rincian; #123 untuk catatan nomor 123</source>
        <translation>Search actor, action, object or details; #123 for entry number 123</translation>
    </message>
    <message>
        <source>Memeriksa rantai…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <source>Utuh: %1 catatan diperiksa; tidak ada yang diubah, dihapus atau disisipkan. Catatan terakhir #%2, hash %3…</source>
        <translation>Intact: %1 entries checked; none changed, deleted or inserted. Last entry #%2, hash %3…</translation>
    </message>
    <message>
        <source>RANTAI RUSAK di catatan #%1: %2</source>
        <translation>CHAIN BROKEN at entry #%1: %2</translation>
    </message>
    <message>
        <source>Tampilkan catatan #%1</source>
        <translation>Show entry #%1</translation>
    </message>
    <message>
        <source>Jejak audit rusak</source>
        <translation>Audit trail broken</translation>
    </message>
    <message>
        <source>Pemeriksaan saat mulai menemukan jejak audit yang tidak utuh: %1

Data mungkin diubah di luar Tepat. Beri tahu administrator; tempat persisnya ada di Pengaturan → Jejak audit.</source>
        <translation>The check at start found an audit trail that is not intact: %1

The data may have been changed outside Tepat. Tell the administrator; the exact place is in Settings → Audit trail.</translation>
    </message>
    <message>
        <source>Setiap perubahan data, surat yang dicetak, setiap masuk (juga yang gagal), perubahan akun, cadangan dan pemulihan dicatat di sini. Tiap catatan terkait dengan catatan sebelumnya (rantai SHA-256), sehingga catatan yang diubah, dihapus atau disisipkan ketahuan.</source>
        <translation>Every change to the data, every printed letter, every sign-in (also the failed ones), account change, backup and restore is recorded here. Each entry is linked to the previous one (a SHA-256 chain), so a changed, deleted or inserted entry is found.</translation>
    </message>
    <message>
        <source>Tidak ada catatan yang cocok dengan pencarian ini.</source>
        <translation>No entry matches this search.</translation>
    </message>
    <message>
        <source>Memeriksa jejak audit…</source>
        <translation>Checking the audit trail…</translation>
    </message>
</context>
<context>
    <name>tepat::BackupController</name>
    <message>
        <source>Frasa sandi cadangan disimpan. Cadangan berikutnya memakai frasa sandi ini.</source>
        <translation>Backup passphrase saved. The next backups use this passphrase.</translation>
    </message>
    <message>
        <source>Tunggu pekerjaan cadangan yang berjalan.</source>
        <translation>Wait for the running backup job.</translation>
    </message>
    <message>
        <source>Menyiapkan kunci cadangan…</source>
        <translation>Preparing the backup key…</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan belum diatur. Administrator mengaturnya di Pengaturan → Cadangan.</source>
        <translation>No backup passphrase is set yet. The administrator sets it in Settings → Backups.</translation>
    </message>
    <message>
        <source>Mencadangkan ke %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>Cadangan dibuat: %1 (%2 MB, %3 berkas foto/dokumen).</source>
        <translation>Backup made: %1 (%2 MB, %3 photo/document files).</translation>
    </message>
    <message>
        <source>Data sekarang tidak bisa dicadangkan dulu karena frasa sandi cadangan belum diatur. Atur dulu, atau pulihkan tanpa mencadangkan.</source>
        <translation>The current data cannot be backed up first because no backup passphrase is set. Set one, or restore without a backup.</translation>
    </message>
    <message>
        <source>Pemulihan tidak dijalankan; data tidak diubah.</source>
        <translation>The restore did not run; the data was not changed.</translation>
    </message>
    <message>
        <source>Data tidak diubah.</source>
        <translation>The data was not changed.</translation>
    </message>
    <message>
        <source>Cadangan dari %1 dipulihkan.</source>
        <translation>The backup of %1 was restored.</translation>
    </message>
    <message>
        <source>Memeriksa dan memulihkan cadangan…</source>
        <translation>Checking and restoring the backup…</translation>
    </message>
    <message>
        <source>Mencadangkan data…</source>
        <translation>Backing up the data…</translation>
    </message>
    <message>
        <source>Memulihkan cadangan…</source>
        <translation>Restoring a backup…</translation>
    </message>
</context>
<context>
    <name>tepat::BackupSection</name>
    <message>
        <source>Frasa sandi cadangan</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Cadangan dienkripsi dengan frasa sandi ini. Tanpa frasa sandi ini cadangan TIDAK BISA dipulihkan, juga oleh pembuat Tepat. Tulis dan simpan di tempat aman, terpisah dari komputer dan flashdisk cadangan. Minimal 10 karakter; beberapa kata lebih mudah diingat.</source>
        <translation>Backups are encrypted with this passphrase. Without it a backup CANNOT be restored, not even by Tepat's makers. Write it down and keep it somewhere safe, apart from the computer and the backup USB stick. At least 10 characters; a few words are easier to remember.</translation>
    </message>
    <message>
        <source>Frasa sandi:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Ulangi:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua frasa sandi tidak sama.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Cadangkan ke berkas lain…</source>
        <translation>Back up to another file…</translation>
    </message>
    <message>
        <source>Cadangan terjadwal</source>
        <translation>Scheduled backups</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>setiap hari</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>setiap 12 jam</source>
        <translation>every 12 hours</translation>
    </message>
    <message>
        <source>setiap 4 jam</source>
        <translation>every 4 hours</translation>
    </message>
    <message>
        <source>setiap minggu</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>Cadangkan:</source>
        <translation>Back up:</translation>
    </message>
    <message>
        <source> cadangan terakhir</source>
        <translation> latest backups</translation>
    </message>
    <message>
        <source>Simpan:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <source>Simpan cadangan juga di luar komputer ini (flashdisk, disk lain): folder di disk yang sama tidak menolong bila komputernya hilang atau rusak.</source>
        <translation>Also keep backups outside this computer (USB stick, another disk): a folder on the same disk does not help when the computer is lost or broken.</translation>
    </message>
    <message>
        <source>Simpan jadwal</source>
        <translation>Save schedule</translation>
    </message>
    <message>
        <source>Atur frasa sandi cadangan…</source>
        <translation>Set backup passphrase…</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>Data sudah dipulihkan. Tepat ditutup sekarang; buka kembali untuk bekerja dengan data yang dipulihkan.</source>
        <translation>The data was restored. Tepat closes now; open it again to work with the restored data.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: %1 (%2).</source>
        <translation>Last backup: %1 (%2).</translation>
    </message>
    <message>
        <source>Belum pernah ada cadangan.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <source>Frasa sandi cadangan belum diatur, jadi belum ada cadangan terjadwal.</source>
        <translation>No backup passphrase is set, so there are no scheduled backups yet.</translation>
    </message>
    <message>
        <source>Cadangan berikutnya: %1, ke %2.</source>
        <translation>Next backup: %1, to %2.</translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Pilih folder cadangan untuk menjadwalkan cadangan.</source>
        <translation>Choose a backup folder to schedule backups.</translation>
    </message>
    <message>
        <source>Cadangan terakhir GAGAL: %1</source>
        <translation>The last backup FAILED: %1</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Jadwal cadangan disimpan.</source>
        <translation>Backup schedule saved.</translation>
    </message>
    <message>
        <source>Simpan cadangan</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Cadangan Tepat (*.tepatbak)</source>
        <translation>Tepat backups (*.tepatbak)</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Cadangan Tepat (*.tepatbak);;Semua berkas (*)</source>
        <translation>Tepat backups (*.tepatbak);;All files (*)</translation>
    </message>
    <message>
        <source>Frasa sandi untuk %1:</source>
        <translation>Passphrase for %1:</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Semua data di komputer ini akan diganti dengan isi cadangan %1. Perubahan sesudah cadangan itu dibuat akan hilang. Cadangan diperiksa utuh dulu; bila rusak atau frasa sandinya salah, tidak ada yang diubah.</source>
        <translation>All data on this computer will be replaced by the content of the backup %1. Changes made after that backup will be lost. The backup is checked whole first; if it is damaged or the passphrase is wrong, nothing changes.</translation>
    </message>
    <message>
        <source>Cadangkan data sekarang dulu (disarankan)</source>
        <translation>Back up the current data first (recommended)</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>tepat::CalendarPage</name>
    <message>
        <source>Tanggal penting</source>
        <translation>Key dates</translation>
    </message>
    <message>
        <source>Batas usulan bulan ini:</source>
        <translation>This month's proposal cut-off:</translation>
    </message>
    <message>
        <source>Rilis desil BPS berikutnya:</source>
        <translation>Next BPS desil release:</translation>
    </message>
    <message>
        <source>Musyawarah terakhir:</source>
        <translation>Last musyawarah:</translation>
    </message>
    <message>
        <source>Musyawarah berikutnya:</source>
        <translation>Next musyawarah:</translation>
    </message>
    <message>
        <source>Yang masih menunggu</source>
        <translation>Still waiting</translation>
    </message>
    <message>
        <source>Draf dan agenda musyawarah:</source>
        <translation>Drafts and musyawarah agenda:</translation>
    </message>
    <message>
        <source>Di kotak keluar (belum diterima server):</source>
        <translation>In the outbox (not yet received by the server):</translation>
    </message>
    <message>
        <source>Belum dijawab Dinsos:</source>
        <translation>Not yet answered by Dinsos:</translation>
    </message>
    <message>
        <source>Tanggal batas usulan dan rilis BPS diatur di Pengaturan › Kalender; jarak antarmusyawarah di Pengaturan › Surat &amp; kop.</source>
        <translation>The cut-off and BPS release dates are set in Settings › Calendar; the interval between musyawarah in Settings › Letters &amp; letterhead.</translation>
    </message>
    <message>
        <source>Kalender DTSEN — %1</source>
        <translation>DTSEN calendar — %1</translation>
    </message>
    <message>
        <source>%1 — sudah lewat; batas berikutnya %2 (%3)</source>
        <translation>%1 — passed; next cut-off %2 (%3)</translation>
    </message>
    <message>
        <source> (perkiraan; bupati/wali kota dapat memeriksanya dulu)</source>
        <translation> (estimated; the regent/mayor may review it first)</translation>
    </message>
    <message>
        <source>belum diatur</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>belum ada yang tercatat</source>
        <translation>none recorded yet</translation>
    </message>
    <message>
        <source> (direncanakan)</source>
        <translation> (planned)</translation>
    </message>
    <message numerus="yes">
        <source>paling lambat %1 (aturan: sekali dalam %n bulan)</source>
        <translation>
            <numerusform>by %1 at the latest (rule: once every %n month)</numerusform>
            <numerusform>by %1 at the latest (rule: once every %n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>segera: belum ada musyawarah yang tercatat</source>
        <translation>soon: no musyawarah recorded yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — yang terlama diterima server %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — the oldest received by the server %2 (%3)</translation>
    </message>
</context>
<context>
    <name>tepat::CalendarSettingsSection</name>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Batas usulan setiap bulan, tanggal:</source>
        <translation>Monthly proposal cut-off, day:</translation>
    </message>
    <message>
        <source>Rilis desil BPS, tanggal:</source>
        <translation>BPS desil release, day:</translation>
    </message>
    <message>
        <source>…pada bulan:</source>
        <translation>…in the months:</translation>
    </message>
    <message>
        <source>Ingatkan batas usulan sejak:</source>
        <translation>Warn about the cut-off from:</translation>
    </message>
    <message>
        <source>Ingatkan musyawarah yang jatuh tempo sejak:</source>
        <translation>Warn about a musyawarah falling due from:</translation>
    </message>
    <message>
        <source>Bawaan: batas tanggal 17, rilis BPS sekitar tanggal 20 pada Januari, April, Juli dan Oktober. Sesuaikan dengan jadwal kabupaten/kota.</source>
        <translation>Defaults: cut-off on the 17th, BPS release around the 20th of January, April, July and October. Adjust them to the regency/city schedule.</translation>
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
    <name>tepat::ComplaintDialog</name>
    <message>
        <source>&amp;Tanpa nama (pengadu tidak mau disebut)</source>
        <translation>&amp;Anonymous (the complainant does not want to be named)</translation>
    </message>
    <message>
        <source>Catat pengaduan</source>
        <translation>Record a complaint</translation>
    </message>
    <message>
        <source>Sanggah: warga menyatakan seorang penerima tidak layak. Sanggah yang tidak diverifikasi dalam %1 hari gugur.</source>
        <translation>Objection: a citizen says a recipient is not eligible. An objection not verified within %1 days lapses.</translation>
    </message>
    <message>
        <source>(tidak tentang satu program)</source>
        <translation>(not about one programme)</translation>
    </message>
    <message>
        <source>nomor telepon atau alamat, bila mau dihubungi</source>
        <translation>phone number or address, if they want to be contacted</translation>
    </message>
    <message>
        <source>ID keluarga, bila tentang satu keluarga</source>
        <translation>family id, if it is about one family</translation>
    </message>
    <message>
        <source>Apa yang diadukan: siapa, program apa, sejak kapan</source>
        <translation>What the complaint is about: who, which programme, since when</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Saluran:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Nama pengadu:</source>
        <translation>Complainant's &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Kontak:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>Ke&amp;luarga:</source>
        <translation>&amp;Family:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Isi pengaduan:</source>
        <translation>&amp;What it says:</translation>
    </message>
    <message>
        <source>Simpan pengaduan</source>
        <translation>Save the complaint</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tepat::ComplaintOutcomeDialog</name>
    <message>
        <source>Tutup pengaduan</source>
        <translation>Close the complaint</translation>
    </message>
    <message>
        <source>Teruskan ke Dinsos</source>
        <translation>Forward to Dinsos</translation>
    </message>
    <message>
        <source>Simpan jawaban</source>
        <translation>Save the answer</translation>
    </message>
    <message>
        <source>%1 nomor %2</source>
        <translation>%1 number %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Mengapa diteruskan ke Dinsos (catatan untuk Dinsos):</source>
        <translation>&amp;Why it goes to Dinsos (a note for Dinsos):</translation>
    </message>
    <message>
        <source>&amp;Alasan menutup (mis. gugur, ditarik pengadu, ganda):</source>
        <translation>&amp;Reason for closing (e.g. lapsed, withdrawn, a duplicate):</translation>
    </message>
    <message>
        <source>&amp;Jawaban kepada pengadu:</source>
        <translation>&amp;Answer to the complainant:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pengaduan nomor %1 ditutup dan tidak dapat dibuka lagi. Tutup sekarang?</source>
        <translation>Complaint number %1 will be closed and cannot be opened again. Close it now?</translation>
    </message>
</context>
<context>
    <name>tepat::ComplaintsPage</name>
    <message>
        <source>tanpa nama</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>%1 — lewat %2 hari</source>
        <translation>%1 — past %2 days</translation>
    </message>
    <message>
        <source>%1 — terverifikasi</source>
        <translation>%1 — verified</translation>
    </message>
    <message>
        <source>Pengaduan dan sanggah</source>
        <translation>Complaints and objections</translation>
    </message>
    <message>
        <source>Terbuka (diterima atau sedang ditangani)</source>
        <translation>Open (received or being handled)</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
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
        <translation>Record a &amp;complaint…</translation>
    </message>
    <message>
        <source>Catat pengaduan atau sanggah baru (Ctrl+N)</source>
        <translation>Record a new complaint or objection (Ctrl+N)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Keluarga / program</source>
        <translation>Family / programme</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan dengan status ini. Pengaduan dari loket, telepon atau Cek Bansos dicatat dengan "Catat pengaduan…".</source>
        <translation>No complaints with this status. Complaints from the counter, the phone or Cek Bansos are recorded with "Record a complaint…".</translation>
    </message>
    <message>
        <source>‹ Se&amp;belumnya</source>
        <translation>‹ &amp;Previous</translation>
    </message>
    <message>
        <source>Berikut&amp;nya ›</source>
        <translation>&amp;Next ›</translation>
    </message>
    <message>
        <source>&amp;Tangani</source>
        <translation>&amp;Take on</translation>
    </message>
    <message>
        <source>Ambil pengaduan ini untuk ditangani (status: sedang ditangani)</source>
        <translation>Take this complaint on (status: being handled)</translation>
    </message>
    <message>
        <source>Tandai te&amp;rverifikasi</source>
        <translation>Mark &amp;verified</translation>
    </message>
    <message>
        <source>Pemeriksaan lapangan membenarkan sanggah ini (tidak gugur)</source>
        <translation>The field check confirmed this objection (it does not lapse)</translation>
    </message>
    <message>
        <source>&amp;Jawab…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>Tulis jawaban kepada pengadu (Enter pada baris)</source>
        <translation>Write the answer to the complainant (Enter on a row)</translation>
    </message>
    <message>
        <source>T&amp;utup…</source>
        <translation>C&amp;lose…</translation>
    </message>
    <message>
        <source>Tutup tanpa jawaban lebih lanjut, mis. sanggah yang gugur</source>
        <translation>Close without a further answer, e.g. a lapsed objection</translation>
    </message>
    <message>
        <source>Teruskan ke &amp;Dinsos…</source>
        <translation>Forward to &amp;Dinsos…</translation>
    </message>
    <message>
        <source>Bukan wewenang kelurahan: teruskan ke Dinsos dengan catatan</source>
        <translation>Not the village's to decide: forward it to Dinsos with a note</translation>
    </message>
    <message>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 pengaduan terbuka; %2 sanggah lewat %3 hari belum diverifikasi (gugur bila tidak diperiksa).</source>
        <translation>%1 open complaints; %2 objections past %3 days not verified (they lapse unless checked).</translation>
    </message>
    <message>
        <source>%1 pengaduan terbuka.</source>
        <translation>%1 open complaints.</translation>
    </message>
    <message>
        <source>Halaman %1 · nomor urut %2–%3</source>
        <translation>Page %1 · rows %2–%3</translation>
    </message>
    <message>
        <source>Pilih satu pengaduan untuk melihat rinciannya.</source>
        <translation>Select a complaint to see its details.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 nomor %2&lt;/b&gt; — lewat %3, diterima %4 oleh %5</source>
        <translation>&lt;b&gt;%1 number %2&lt;/b&gt; — by %3, received %4 by %5</translation>
    </message>
    <message>
        <source>Pengadu: tanpa nama</source>
        <translation>Complainant: anonymous</translation>
    </message>
    <message>
        <source>Pengadu: %1</source>
        <translation>Complainant: %1</translation>
    </message>
    <message>
        <source>Pengadu: %1 (%2)</source>
        <translation>Complainant: %1 (%2)</translation>
    </message>
    <message>
        <source>Tentang: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <source>Isi: %1</source>
        <translation>Content: %1</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>, ditangani oleh %1</source>
        <translation>, handled by %1</translation>
    </message>
    <message>
        <source>, selesai %1</source>
        <translation>, ended %1</translation>
    </message>
    <message>
        <source>Sanggah terverifikasi %1.</source>
        <translation>Objection verified %1.</translation>
    </message>
    <message>
        <source>&lt;span style="color:#b00020"&gt;Lewat %1 hari tanpa verifikasi: sanggah ini gugur. Tutup dengan alasannya, atau tandai terverifikasi bila pemeriksaan membenarkannya.&lt;/span&gt;</source>
        <translation>&lt;span style="color:#b00020"&gt;Past %1 days without verification: this objection has lapsed. Close it with the reason, or mark it verified if the check confirms it.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Belum diverifikasi; gugur setelah %1 (%2 hari sejak diterima).</source>
        <translation>Not verified yet; lapses after %1 (%2 days after it was received).</translation>
    </message>
    <message>
        <source>Jawaban / catatan: %1</source>
        <translation>Answer / note: %1</translation>
    </message>
</context>
<context>
    <name>tepat::CorrectionEditor</name>
    <message>
        <source>Data</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Nilai sekarang</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Nilai baru</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Isi nilai baru hanya pada data yang salah.</source>
        <translation>Enter a new value only where the data is wrong.</translation>
    </message>
    <message>
        <source>Perubahan:</source>
        <translation>Changes:</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>tepat::CounterReportEditor</name>
    <message>
        <source>Pelapor tidak mau disebut (tanpa nama)</source>
        <translation>Reporter does not want to be named (anonymous)</translation>
    </message>
    <message>
        <source>Yang disanggah</source>
        <translation>Challenged</translation>
    </message>
    <message>
        <source>Keluarga yang diusulkan</source>
        <translation>Proposed family</translation>
    </message>
    <message>
        <source>Nama dan alamat penerima yang dianggap tidak layak</source>
        <translation>Name and address of the recipient considered ineligible</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Head of family's name</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Pelapor (boleh dikosongkan bila tanpa nama)</source>
        <translation>Reporter (may be left empty if anonymous)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No HP</source>
        <translation>Phone number</translation>
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
        <translation>Summary</translation>
    </message>
    <message>
        <source>Keluarga aktif</source>
        <translation>Active families</translation>
    </message>
    <message>
        <source>Orang aktif</source>
        <translation>Active people</translation>
    </message>
    <message>
        <source>Dinonaktifkan bulan ini</source>
        <translation>Deactivated this month</translation>
    </message>
    <message>
        <source>Usulan menunggu musyawarah</source>
        <translation>Proposals awaiting deliberation</translation>
    </message>
    <message>
        <source>Menunggu dikirim</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Penerima tidak sesuai desil</source>
        <translation>Recipients not matching decile</translation>
    </message>
    <message>
        <source>Per wilayah:</source>
        <translation>By area:</translation>
    </message>
    <message>
        <source>Hitung ulang</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>Ringkasan dihitung saat halaman ini dibuka.</source>
        <translation>The summary is calculated when this page opens.</translation>
    </message>
    <message>
        <source>Menghitung…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Penerima per program (orang): %1</source>
        <translation>Recipients per programme (people): %1</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Keluarga per desil</source>
        <translation>Families per decile</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Semua RW</source>
        <translation>All RWs</translation>
    </message>
    <message>
        <source>RT di RW %1</source>
        <translation>RTs in RW %1</translation>
    </message>
    <message>
        <source>Dihitung pukul %1.</source>
        <translation>Calculated at %1.</translation>
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
        <translation>Families per RW</translation>
    </message>
    <message>
        <source>Keluarga per RT di RW %1</source>
        <translation>Families per RT in RW %1</translation>
    </message>
    <message>
        <source>Penerima bansos</source>
        <translation>Aid recipients</translation>
    </message>
    <message>
        <source>Lihat keluarganya…</source>
        <translation>Show the families…</translation>
    </message>
    <message>
        <source>Buka daftar Keluarga yang punya penerima program yang tidak sesuai desilnya.</source>
        <translation>Open the list of families with a programme recipient that does not fit their decile.</translation>
    </message>
    <message>
        <source>Pengaduan terbuka</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>Sanggah lewat %1 hari</source>
        <translation>Objections past %1 days</translation>
    </message>
    <message>
        <source>Sanggah yang belum diverifikasi %1 hari setelah diterima: gugur bila tidak diperiksa (halaman Pengaduan).</source>
        <translation>Objections not verified %1 days after they were received: they lapse unless checked (Complaints page).</translation>
    </message>
    <message>
        <source>Kemungkinan ganda baru sejak impor/tarik data</source>
        <translation>New likely duplicates since the last import/pull</translation>
    </message>
    <message>
        <source>Pasangan data yang mungkin orang yang sama, yang muncul setelah impor snapshot atau tarik data terakhir. Periksa di halaman Kemungkinan ganda.</source>
        <translation>Pairs of records that may be the same person, found after the last snapshot import or pull. Review them on the Likely duplicates page.</translation>
    </message>
</context>
<context>
    <name>tepat::DecisionDialog</name>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>wajib untuk ditolak atau ditunda</source>
        <translation>required to reject or defer</translation>
    </message>
    <message>
        <source>&amp;Keputusan:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
</context>
<context>
    <name>tepat::DisbursementTimeline</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Artinya</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Belum ada riwayat penyaluran untuk keluarga ini. Status penyaluran (SI, GAGAL OMSPAN, SUKSES SPM, …) datang dari server kabupaten lewat sinkronisasi.</source>
        <translation>No disbursement history for this family yet. Disbursement statuses (SI, GAGAL OMSPAN, SUKSES SPM, …) come from the regency's server through sync.</translation>
    </message>
    <message>
        <source>Belum ada penyaluran tercatat.</source>
        <translation>No disbursement recorded yet.</translation>
    </message>
    <message>
        <source>Penyaluran terakhir: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Last disbursement: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>tepat::DisplaySection</name>
    <message>
        <source>Besar (115%)</source>
        <translation>Large (115%)</translation>
    </message>
    <message>
        <source>Lebih besar (130%)</source>
        <translation>Larger (130%)</translation>
    </message>
    <message>
        <source>Sangat besar (150%)</source>
        <translation>Very large (150%)</translation>
    </message>
    <message>
        <source>Biasa (100%)</source>
        <translation>Normal (100%)</translation>
    </message>
    <message>
        <source>Ukuran huruf di seluruh jendela Tepat</source>
        <translation>Text size in every window of Tepat</translation>
    </message>
    <message>
        <source>Ukuran teks</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Berlaku langsung dan tetap dipakai saat Tepat dibuka lagi. Pada layar kecil (1366×768) ukuran Biasa atau Besar paling nyaman.</source>
        <translation>Applies at once and is kept when Tepat is opened again. On a small screen (1366×768) Normal or Large is most comfortable.</translation>
    </message>
</context>
<context>
    <name>tepat::DuplicateComparison</name>
    <message>
        <source>Data</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <source>RT %1 / RW %2</source>
        <translation>RT %1 / RW %2</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>ID orang</source>
        <translation>Person ID</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>KK number</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Skor kemiripan %1% — baris berwarna berbeda isinya.</source>
        <translation>Similarity score %1% — coloured rows differ.</translation>
    </message>
    <message>
        <source>Alasan: %1</source>
        <translation>Reasons: %1</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>tepat::DuplicatesPage</name>
    <message>
        <source>Periksa seluruh data</source>
        <translation>Check the whole register</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ganda: pertahankan data 1…</source>
        <translation>Duplicate: keep record 1…</translation>
    </message>
    <message>
        <source>Ganda: pertahankan data 2…</source>
        <translation>Duplicate: keep record 2…</translation>
    </message>
    <message>
        <source>Bukan orang yang sama…</source>
        <translation>Not the same person…</translation>
    </message>
    <message>
        <source>Pasangan data yang kemungkinan orang yang sama: NIK salah ketik, tanggal dan bulan lahir tertukar, ejaan lama (Soeparman/Suparman), urutan nama, singkatan M. untuk Muhammad, di keluarga lain. Nama yang umum diberi bobot lebih kecil. Pilih pasangan, bandingkan, lalu putuskan: data ganda menjadi draf penghapusan untuk musyawarah; yang bukan ganda tidak muncul lagi selama datanya tidak berubah.</source>
        <translation>Pairs of records that are likely the same person: a mistyped NIK, day and month of birth swapped, the old spelling (Soeparman/Suparman), the order of the names, M. for Muhammad, in another family. Common names weigh less. Choose a pair, compare, then decide: a duplicate becomes a removal draft for the musyawarah; a pair that is not one does not come back while its records stay unchanged.</translation>
    </message>
    <message>
        <source>Belum diperiksa. Pemeriksaan berjalan di latar belakang; halaman lain tetap bisa dipakai.</source>
        <translation>Not checked yet. The check runs in the background; the other pages stay usable.</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Data 1</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <source>Data 2</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <source>Alasan utama</source>
        <translation>Main reason</translation>
    </message>
    <message>
        <source>Belum ada pasangan. Tekan "Periksa seluruh data".</source>
        <translation>No pairs yet. Press "Check the whole register".</translation>
    </message>
    <message>
        <source>Membandingkan seluruh data…</source>
        <translation>Comparing the whole register…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>Pemeriksaan dibatalkan. Daftar sebelumnya tetap ditampilkan.</source>
        <translation>Check cancelled. The previous list is still shown.</translation>
    </message>
    <message>
        <source>%1 pasangan kemungkinan ganda dan %2 keluarga yang mungkin terdaftar dua kali, dari %3 orang (%4 detik).</source>
        <translation>%1 likely duplicate pairs and %2 families that may be registered twice, among %3 people (%4 seconds).</translation>
    </message>
    <message>
        <source>Pilih pasangan dulu.</source>
        <translation>Choose a pair first.</translation>
    </message>
    <message>
        <source>Bukan orang yang sama</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <source>Mengapa kedua data ini bukan orang yang sama? (misalnya: kembar, sudah dicek ke rumah)</source>
        <translation>Why are these two records not the same person? (for example: twins, checked at home)</translation>
    </message>
    <message>
        <source>Belum tersimpan</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Data ganda</source>
        <translation>Duplicate record</translation>
    </message>
    <message>
        <source>Buat draf penghapusan untuk %1 (ID %2) dengan alasan "data ganda", sebagai ganda dari %3? Draf itu diputuskan di musyawarah seperti usulan lain.</source>
        <translation>Create a removal draft for %1 (ID %2) with the reason "duplicate record", as a duplicate of %3? The draft is decided in the musyawarah like any other proposal.</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Simpan daftar kemungkinan ganda sebagai buku kerja Excel (.xlsx).</source>
        <translation>Save the list of likely duplicates as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>kemungkinan ganda</source>
        <translation>likely duplicates</translation>
    </message>
</context>
<context>
    <name>tepat::ExcelExport</name>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>%1 baris disimpan di %2.</source>
        <translation>%1 rows saved in %2.</translation>
    </message>
    <message>
        <source>Buku Kerja Excel (*.xlsx)</source>
        <translation>Excel Workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Menyimpan buku kerja…</source>
        <translation>Saving the workbook…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tepat::FamilyCardPanel</name>
    <message>
        <source>Foto kartu keluarga memuat NIK semua anggota: tidak ditampilkan sebagai gambar kecil dan tidak ikut dalam berkas hasil.</source>
        <translation>The family card photo shows every member's NIK: it is not shown as a thumbnail and is not included in results bundles.</translation>
    </message>
    <message>
        <source>Ta&amp;mbah foto KK…</source>
        <translation>A&amp;dd family card photo…</translation>
    </message>
    <message>
        <source>L&amp;ihat</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Le&amp;pas</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Pilih foto kartu keluarga</source>
        <translation>Choose the family card photo</translation>
    </message>
    <message>
        <source>Foto (*.jpg *.jpeg *.JPG *.JPEG *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.JPG *.JPEG *.png)</translation>
    </message>
    <message>
        <source>Lepas foto kartu keluarga</source>
        <translation>Remove family card photo</translation>
    </message>
    <message>
        <source>Foto kartu keluarga ini dilepas dari keluarga (tetap tercatat siapa dan kapan).</source>
        <translation>This family card photo is removed from the family (who removed it and when stays on record).</translation>
    </message>
    <message>
        <source>Lepas foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Foto KK, ditambahkan oleh %1 pada %2</source>
        <translation>Family card photo, added by %1 on %2</translation>
    </message>
    <message>
        <source>Foto kartu keluarga</source>
        <translation>Family card photo</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>tepat::FieldConflictsDialog</name>
    <message>
        <source>Konflik data lapangan</source>
        <translation>Field data conflicts</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Family</translation>
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
        <translation>Office data</translation>
    </message>
    <message>
        <source>Data lapangan</source>
        <translation>Field data</translation>
    </message>
    <message>
        <source>Dari petugas</source>
        <translation>From field worker</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang menunggu keputusan. Konflik muncul saat berkas hasil dari laptop mengubah data yang juga diubah di kantor sejak paket kerja dibuat.</source>
        <translation>No conflicts are waiting for a decision. A conflict appears when a laptop's results bundle changes data that the office also changed since the work package was written.</translation>
    </message>
    <message>
        <source>Pakai data &amp;kantor</source>
        <translation>Use &amp;office data</translation>
    </message>
    <message>
        <source>Data kantor tetap dipakai; data lapangan tetap tercatat.</source>
        <translation>The office data stays; the field data stays recorded.</translation>
    </message>
    <message>
        <source>Pakai data &amp;lapangan</source>
        <translation>Use &amp;field data</translation>
    </message>
    <message>
        <source>Data lapangan menggantikan data kantor.</source>
        <translation>The field data replaces the office data.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Semua konflik data lapangan sudah diputuskan.</source>
        <translation>Every field data conflict has been decided.</translation>
    </message>
    <message>
        <source>%1 konflik menunggu keputusan. Pilih baris, lalu pakai data kantor (Alt+K) atau data lapangan (Alt+L).</source>
        <translation>%1 conflicts are waiting for a decision. Choose a row, then use the office data (Alt+O) or the field data (Alt+F).</translation>
    </message>
    <message>
        <source>%1, kunjungan %2</source>
        <translation>%1, visit %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Temuan lapangan tentang anggota keluarga dibuat sebagai usulan, bukan dipakai langsung.</source>
        <translation>A field finding about a family member becomes a request; it is not adopted directly.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pilih dulu konflik yang akan diputuskan.</source>
        <translation>Choose the conflict to decide first.</translation>
    </message>
    <message>
        <source>Pakai data kantor?</source>
        <translation>Keep the office's data?</translation>
    </message>
    <message>
        <source>%1 — %2

Yang disimpan: data kantor
%3

Yang dibuang: data lapangan dari %4 (tetap tercatat di riwayat konflik, tetapi tidak dipakai)
%5

Keputusan ini tidak bisa diubah lagi.</source>
        <translation>%1 — %2

Kept: the office's data
%3

Discarded: the field data from %4 (still recorded in the conflict history, but not used)
%5

This decision cannot be changed later.</translation>
    </message>
    <message>
        <source>Pakai data kantor</source>
        <translation>Keep the office's data</translation>
    </message>
    <message>
        <source>Pakai data lapangan?</source>
        <translation>Adopt the field data?</translation>
    </message>
    <message>
        <source>%1 — %2

Yang disimpan: data lapangan dari %3, menjadi data kantor
%4

Yang dibuang: data kantor yang sekarang
%5

Keputusan ini tidak bisa diubah lagi.</source>
        <translation>%1 — %2

Kept: the field data from %3, which becomes the office's
%4

Discarded: the office's current data
%5

This decision cannot be changed later.</translation>
    </message>
    <message>
        <source>Pakai data lapangan</source>
        <translation>Adopt the field data</translation>
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
    <name>tepat::FirstStartDialog</name>
    <message>
        <source>Tepat — akun administrator pertama</source>
        <translation>Tepat — first administrator account</translation>
    </message>
    <message>
        <source>Selamat datang. Data ini berisi data pribadi keluarga miskin dan anak-anak, jadi setiap orang yang memakai Tepat masuk dengan akunnya sendiri. Buat dulu akun administrator; administrator kemudian membuat akun untuk operator, petugas lapangan dan kepala desa/lurah di Pengaturan → Akun.</source>
        <translation>Welcome. This data holds personal data of poor families and children, so everyone who uses Tepat signs in with their own account. First create the administrator account; the administrator then creates accounts for operators, field staff and the village head in Settings → Accounts.</translation>
    </message>
    <message>
        <source>mis. rina</source>
        <translation>e.g. rina</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Kata sandi (minimal 8 karakter):</source>
        <translation>Password (at least 8 characters):</translation>
    </message>
    <message>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat the password:</translation>
    </message>
    <message>
        <source>Buat akun dan masuk</source>
        <translation>Create account and sign in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>tepat::FormFields</name>
    <message>
        <source>Anggota %1 — %2</source>
        <translation>Member %1 — %2</translation>
    </message>
    <message>
        <source>Perubahan %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdDetailView</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Siapa</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Langkah terakhir</source>
        <translation>Last step</translation>
    </message>
    <message>
        <source>← Kembali (Esc)</source>
        <translation>← Back (Esc)</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Foto &amp;&amp; lokasi</source>
        <translation>Photos &amp;&amp; location</translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Perbaiki data…</source>
        <translation>Correct data…</translation>
    </message>
    <message>
        <source>Usulkan program…</source>
        <translation>Propose programme…</translation>
    </message>
    <message>
        <source>Hapus/hentikan…</source>
        <translation>Remove/stop…</translation>
    </message>
    <message>
        <source>Pindah kelurahan…</source>
        <translation>Move kelurahan…</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>%1 th</source>
        <translation>%1 yrs</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>masih berjalan</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>%1 oleh %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <source>Usulan (%1)</source>
        <translation>Proposals (%1)</translation>
    </message>
    <message>
        <source>Keluarga ini belum punya anggota yang tercatat.</source>
        <translation>This family has no recorded members yet.</translation>
    </message>
    <message>
        <source>Belum ada anggota yang menerima program bansos. Program yang diterima anggota, sejak dan sampai kapan, tampil di sini.</source>
        <translation>No member receives a social assistance programme yet. The programmes members receive, since and until when, appear here.</translation>
    </message>
    <message>
        <source>Belum ada perubahan status. Di sini tampil setiap anggota yang meninggal, pindah, keluar dari keluarga atau diaktifkan lagi, dengan tanggal, alasan dan siapa yang mencatat.</source>
        <translation>No status changes yet. Every member who died, moved, left the family or was reactivated appears here, with the date, the reason and who recorded it.</translation>
    </message>
    <message>
        <source>Belum ada usulan tentang keluarga ini. Usulan yang dibuat dengan tombol di bawah tampil di sini beserta statusnya.</source>
        <translation>No requests about this family yet. Requests made with the buttons below appear here with their status.</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <source>Per tanggal (BPS)</source>
        <translation>As of (BPS)</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Belum ada desil dari BPS untuk keluarga ini. Desil datang bersama snapshot atau sinkronisasi, dengan tanggalnya; Tepat tidak menghitung desil sendiri.</source>
        <translation>No desil from BPS for this family yet. The desil arrives with a snapshot or a sync, with its date; Tepat never computes a desil itself.</translation>
    </message>
    <message>
        <source>Kembali dari rincian keluarga ke daftar</source>
        <translation>Back from the family's details to the list</translation>
    </message>
    <message>
        <source>Tab berikutnya pada rincian keluarga</source>
        <translation>Next tab of the family's details</translation>
    </message>
    <message>
        <source>Tab sebelumnya pada rincian keluarga</source>
        <translation>Previous tab of the family's details</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — ID DTSEN %2, No KK %3&lt;br&gt;%4, RT %5/RW %6, %7 · %8 · %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — DTSEN ID %2, KK no. %3&lt;br&gt;%4, RT %5/RW %6, %7 · %8 · %9</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Data lama (sebelum tanggal dicatat)</source>
        <translation>Older data (before dates were recorded)</translation>
    </message>
    <message>
        <source>Desil (%1)</source>
        <translation>Desil (%1)</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Disbursements</translation>
    </message>
    <message>
        <source>Penyaluran (%1)</source>
        <translation>Disbursements (%1)</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdListModel</name>
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
    <message>
        <source>ID DTSEN</source>
        <translation>DTSEN ID</translation>
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
    <message>
        <source>Klik dua kali (atau Enter) untuk melihat foto dalam ukuran penuh.</source>
        <translation>Double-click (or Enter) to see the photo at full size.</translation>
    </message>
    <message>
        <source>usulan keluarga baru lain</source>
        <translation>another new family request</translation>
    </message>
    <message>
        <source>Peringatan: foto yang sama juga dipakai untuk %1. Pastikan foto ini benar rumah keluarga ini.</source>
        <translation>Warning: the same photo is also used for %1. Make sure this photo really shows this family's house.</translation>
    </message>
    <message>
        <source>Foto %1 — %2</source>
        <translation>%1 photo — %2</translation>
    </message>
</context>
<context>
    <name>tepat::HouseholdsPage</name>
    <message>
        <source>Cari NIK, No KK atau nama… (Ctrl+F)</source>
        <translation>Search NIK, KK number or name… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Keluarga baru</source>
        <translation>New family</translation>
    </message>
    <message>
        <source>Laporan warga</source>
        <translation>Resident report</translation>
    </message>
    <message>
        <source>%1 orang ditemukan%2 · %3 ms</source>
        <translation>%1 people found%2 · %3 ms</translation>
    </message>
    <message>
        <source> (gulir untuk lebih banyak)</source>
        <translation> (scroll for more)</translation>
    </message>
    <message>
        <source>%1 keluarga</source>
        <translation>%1 families</translation>
    </message>
    <message>
        <source>Semua RW</source>
        <translation>All RWs</translation>
    </message>
    <message>
        <source>Semua RT</source>
        <translation>All RTs</translation>
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
        <translation>All programmes</translation>
    </message>
    <message>
        <source>Semua desil</source>
        <translation>All deciles</translation>
    </message>
    <message>
        <source>Desil %1</source>
        <translation>Decile %1</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Program tidak sesuai desil</source>
        <translation>Programme does not fit decile</translation>
    </message>
    <message>
        <source>Usulan keluarga baru ke DTSEN (Ctrl+N)</source>
        <translation>Propose a new family for DTSEN (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Simpan daftar keluarga dengan saringan yang dipilih sebagai buku kerja Excel (.xlsx).</source>
        <translation>Save the household list with the chosen filters as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>keluarga</source>
        <translation>households</translation>
    </message>
    <message>
        <source>Kosongkan pencarian, lalu kembali ke daftar</source>
        <translation>Clear the search, then back to the list</translation>
    </message>
</context>
<context>
    <name>tepat::IdleLock</name>
    <message>
        <source>Tepat terkunci</source>
        <translation>Tepat is locked</translation>
    </message>
    <message>
        <source>Tepat dikunci. Masukkan kata sandi %1 untuk melanjutkan. Isian yang belum disimpan tetap ada.</source>
        <translation>Tepat is locked. Enter %1's password to continue. Unsaved input is kept.</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Tutup Tepat…</source>
        <translation>Close Tepat…</translation>
    </message>
    <message>
        <source>Tutup Tepat</source>
        <translation>Close Tepat</translation>
    </message>
    <message>
        <source>Tutup Tepat tanpa membuka kunci? Isian yang belum disimpan akan hilang.</source>
        <translation>Close Tepat without unlocking? Unsaved input will be lost.</translation>
    </message>
    <message>
        <source>Kunci Tepat sekarang (kata sandi untuk membuka)</source>
        <translation>Lock Tepat now (password to unlock)</translation>
    </message>
</context>
<context>
    <name>tepat::LanguageSection</name>
    <message>
        <source>Bahasa tampilan</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Bahasa yang dipakai sekarang: %1, termasuk jendela bawaan seperti pilih berkas dan cetak.</source>
        <translation>Language in use: %1, also in the standard windows such as choosing a file and printing.</translation>
    </message>
    <message>
        <source>Bahasa yang dipakai sekarang: %1. %2 dipakai setelah Tepat dibuka ulang.</source>
        <translation>Language in use: %1. %2 is used once Tepat is restarted.</translation>
    </message>
</context>
<context>
    <name>tepat::LetterKeyPanel</name>
    <message>
        <source>Ganti &amp;kunci…</source>
        <translation>Change &amp;key…</translation>
    </message>
    <message>
        <source>Buat kunci tanda tangan baru, misalnya bila komputer lama hilang. Surat yang sudah terbit tetap sah.</source>
        <translation>Make a new signing key, for instance when an old computer was lost. Letters already issued stay valid.</translation>
    </message>
    <message>
        <source>Belum ada kunci: kunci dibuat otomatis saat surat pertama terbit.</source>
        <translation>No key yet: one is made automatically when the first letter is issued.</translation>
    </message>
    <message>
        <source>Kunci %1, dibuat %2.</source>
        <translation>Key %1, made %2.</translation>
    </message>
    <message>
        <source>Sudah terdaftar di server Dinsos: QR surat bisa diperiksa lewat ponsel.</source>
        <translation>Registered with the Dinsos server: a letter's QR code can be checked with a phone.</translation>
    </message>
    <message>
        <source>Belum terdaftar di server Dinsos: terdaftar otomatis pada sinkronisasi berikutnya.</source>
        <translation>Not yet registered with the Dinsos server: it is registered automatically at the next sync.</translation>
    </message>
    <message numerus="yes">
        <source>%n kunci lama disimpan agar surat yang ditandatanganinya tetap bisa diperiksa.</source>
        <translation>
            <numerusform>%n earlier key kept so that the letters it signed can still be checked.</numerusform>
            <numerusform>%n earlier keys kept so that the letters they signed can still be checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ganti kunci tanda tangan</source>
        <translation>Change the signing key</translation>
    </message>
    <message>
        <source>Buat kunci tanda tangan surat yang baru?

Surat berikutnya ditandatangani dengan kunci baru. Surat yang sudah terbit tetap asli: kunci lama disimpan (tanpa bagian rahasianya) dan mengesahkan kunci baru. Server Dinsos menerima kunci baru pada sinkronisasi berikutnya; sampai itu, QR surat baru belum dikenal server.</source>
        <translation>Make a new letter-signing key?

The next letters are signed with the new key. Letters already issued stay genuine: the old key is kept (without its secret part) and vouches for the new one. The Dinsos server receives the new key at the next sync; until then, the QR codes of new letters are not known to the server.</translation>
    </message>
    <message>
        <source>Buat kunci baru</source>
        <translation>Make a new key</translation>
    </message>
</context>
<context>
    <name>tepat::LetterPreviewDialog</name>
    <message>
        <source>Pratinjau surat untuk %1</source>
        <translation>Letter preview for %1</translation>
    </message>
    <message>
        <source>Periksa isi surat. Nomor surat belum diambil: nomor diberikan dari register saat Anda menekan "Terbitkan nomor dan cetak", dan sesudah itu hanya bisa dibatalkan dengan alasan.</source>
        <translation>Check the letter. No number has been taken yet: the register gives it when you press "Issue number and print", and after that it can only be voided with a reason.</translation>
    </message>
    <message>
        <source>&amp;Terbitkan nomor dan cetak…</source>
        <translation>&amp;Issue number and print…</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
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
    <message>
        <source>Atas jabatan sendiri</source>
        <translation>In own capacity</translation>
    </message>
    <message>
        <source>a.n. (atas nama)</source>
        <translation>a.n. (on behalf of)</translation>
    </message>
    <message>
        <source>u.b. (untuk beliau)</source>
        <translation>u.b. (by order of)</translation>
    </message>
    <message>
        <source>Plt. (pelaksana tugas)</source>
        <translation>Plt. (acting official)</translation>
    </message>
    <message>
        <source>Plh. (pelaksana harian)</source>
        <translation>Plh. (daily stand-in)</translation>
    </message>
    <message>
        <source>mis. Lurah Bangsal</source>
        <translation>e.g. Lurah Bangsal</translation>
    </message>
    <message>
        <source>mis. Sekretaris Kelurahan</source>
        <translation>e.g. Sekretaris Kelurahan</translation>
    </message>
    <message>
        <source>Cantumkan "Mengetahui, Camat …" pada surat</source>
        <translation>Include "Mengetahui, Camat …" (acknowledged by the camat) on letters</translation>
    </message>
    <message>
        <source>Kewenangan:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <source>Atas nama (jabatan):</source>
        <translation>On behalf of (position):</translation>
    </message>
    <message>
        <source>Pejabat perantara (u.b.):</source>
        <translation>Intermediate official (u.b.):</translation>
    </message>
    <message>
        <source>Camat (mengetahui)</source>
        <translation>Camat (acknowledgement)</translation>
    </message>
    <message>
        <source>Nama camat:</source>
        <translation>Camat's name:</translation>
    </message>
    <message>
        <source>NIP camat:</source>
        <translation>Camat's NIP:</translation>
    </message>
    <message>
        <source>Pangkat/golongan camat:</source>
        <translation>Camat's rank/grade:</translation>
    </message>
    <message>
        <source>Kode klasifikasi berita acara:</source>
        <translation>Classification code for minutes:</translation>
    </message>
    <message>
        <source>Kode klasifikasi SPTJM:</source>
        <translation>Classification code for SPTJM:</translation>
    </message>
    <message>
        <source>Musyawarah</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Musyawarah paling lambat tiap:</source>
        <translation>Hold a meeting at least every:</translation>
    </message>
    <message>
        <source>Tanda tangan elektronik (QR)</source>
        <translation>Electronic signature (QR)</translation>
    </message>
    <message>
        <source>Templat surat rekomendasi reaktivasi PBI-JK</source>
        <translation>Templates of the PBI-JK reactivation recommendation letter</translation>
    </message>
    <message>
        <source>Selain isian di atas: {alasan}, {faskes}, {catatan}, {tanggal_desil}, {status_pbi}.</source>
        <translation>Besides the fields above: {alasan}, {faskes}, {catatan}, {tanggal_desil}, {status_pbi}.</translation>
    </message>
    <message>
        <source>Data DTSEN:</source>
        <translation>DTSEN entry:</translation>
    </message>
    <message>
        <source>Alasan dan rekomendasi:</source>
        <translation>Reasons and recommendation:</translation>
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
        <source>Pilih warga dari hasil pencarian (Ctrl atau Shift untuk beberapa).</source>
        <translation>Choose residents from the search results (Ctrl or Shift for several).</translation>
    </message>
    <message>
        <source>Folder untuk PDF surat</source>
        <translation>Folder for the letter PDFs</translation>
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
        <source>Cetak SALINAN %1</source>
        <translation>Print SALINAN (copy) %1</translation>
    </message>
    <message>
        <source>Cetak %1</source>
        <translation>Print %1</translation>
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
        <source>Ekspor register surat</source>
        <translation>Export letter register</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Menerbitkan surat: %v dari %m</source>
        <translation>Issuing letters: %v of %m</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dibatalkan (%2) dan tidak dicetak lagi. Terbitkan surat baru bila masih diperlukan.</source>
        <translation>Letter number %1 has been voided (%2) and is not printed again. Issue a new letter if one is still needed.</translation>
    </message>
    <message>
        <source>Surat menyatakan terdaftar atau tidak terdaftar sesuai data terakhir. Pratinjau ditampilkan dulu; nomor diambil dari register saat diterbitkan.</source>
        <translation>The letter states registered or not registered according to the latest data. A preview is shown first; the number is taken from the register when the letter is issued.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Batalkan nomor…</source>
        <translation>&amp;Void number…</translation>
    </message>
    <message>
        <source>Nomor yang terlanjur diterbitkan karena keliru: tetap di register dengan status dibatalkan dan alasannya, tidak dipakai lagi.</source>
        <translation>A number issued by mistake: it stays in the register as voided with its reason and is never used again.</translation>
    </message>
    <message>
        <source>Dibatalkan %1 oleh %2: %3</source>
        <translation>Voided %1 by %2: %3</translation>
    </message>
    <message>
        <source>Pilih surat yang nomornya akan dibatalkan di register.</source>
        <translation>Select the letter whose number is to be voided in the register.</translation>
    </message>
    <message>
        <source>Batalkan nomor surat</source>
        <translation>Void letter number</translation>
    </message>
    <message>
        <source>Nomor %1 (%2) tetap tercatat di register dengan status dibatalkan dan tidak akan dipakai lagi. Alasan pembatalan:</source>
        <translation>Number %1 (%2) stays in the register as voided and will never be used again. Reason for voiding:</translation>
    </message>
    <message>
        <source>Surat keterangan DTSEN</source>
        <translation>DTSEN certificate</translation>
    </message>
    <message>
        <source>Rekomendasi &amp;reaktivasi PBI-JK…</source>
        <translation>PBI-JK &amp;reactivation recommendation…</translation>
    </message>
    <message>
        <source>Surat rekomendasi kelurahan/desa agar kepesertaan PBI-JK warga yang dipilih diaktifkan kembali.</source>
        <translation>The village's recommendation letter to reactivate the chosen residents' PBI-JK cover.</translation>
    </message>
    <message>
        <source>Warga di &amp;luar data DTSEN…</source>
        <translation>Resident &amp;outside the DTSEN data…</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>%1 (%2 dalam DTSEN)</source>
        <translation>%1 (%2 in DTSEN)</translation>
    </message>
    <message numerus="yes">
        <source>%n surat rekomendasi reaktivasi PBI-JK diterbitkan; cetak dari Buku register.</source>
        <translation>
            <numerusform>%n PBI-JK reactivation recommendation issued; print it from the register.</numerusform>
            <numerusform>%n PBI-JK reactivation recommendations issued; print them from the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Membuat surat…</source>
        <translation>Making letters…</translation>
    </message>
    <message>
        <source>Pilih surat keterangan atau rekomendasi di register. Berita acara dan SPTJM dicetak dari halaman Musyawarah.</source>
        <translation>Choose a certificate or recommendation in the register. Minutes and SPTJM are printed from the Musyawarah page.</translation>
    </message>
    <message>
        <source>Pilih surat keterangan atau rekomendasi di register.</source>
        <translation>Choose a certificate or recommendation in the register.</translation>
    </message>
    <message>
        <source>Surat nomor %1 sudah dicabut (%2) dan tidak dicetak lagi.</source>
        <translation>Letter number %1 has been revoked (%2) and is not printed again.</translation>
    </message>
    <message>
        <source>Ca&amp;but surat…</source>
        <translation>Re&amp;voke letter…</translation>
    </message>
    <message>
        <source>Surat yang sudah dicetak tidak berlaku lagi (salah orang, ditarik): tetap di register dengan status dicabut; pemeriksaan kodenya menjawab dicabut.</source>
        <translation>A printed letter that is no longer valid (wrong person, withdrawn): it stays in the register as revoked; the check of its code answers revoked.</translation>
    </message>
    <message>
        <source>Dicabut %1 oleh %2: %3</source>
        <translation>Revoked on %1 by %2: %3</translation>
    </message>
    <message>
        <source>Pilih surat yang akan dicabut di register.</source>
        <translation>Choose the letter to revoke in the register.</translation>
    </message>
    <message>
        <source>Cabut surat</source>
        <translation>Revoke letter</translation>
    </message>
    <message>
        <source>Cabut surat nomor %1 atas nama %2? Pencabutan tidak bisa dibatalkan.</source>
        <translation>Revoke letter number %1 in the name of %2? A revocation cannot be undone.</translation>
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
    <name>tepat::LoginDialog</name>
    <message>
        <source>Tepat — masuk</source>
        <translation>Tepat — sign in</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam %n detik.</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kata sandi Anda diatur oleh administrator. Ganti dengan kata sandi yang hanya Anda ketahui sebelum mulai bekerja.</source>
        <translation>Your password was set by the administrator. Replace it with one only you know before you start working.</translation>
    </message>
    <message>
        <source>Kata sandi harus diganti dulu sebelum bisa masuk.</source>
        <translation>The password must be changed before you can sign in.</translation>
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
    <name>tepat::MeetingForm</name>
    <message>
        <source>SPTJM pengganti musyawarah</source>
        <translation>SPTJM in place of a meeting</translation>
    </message>
    <message>
        <source>Rencanakan musyawarah</source>
        <translation>Plan a meeting</translation>
    </message>
    <message>
        <source>Ubah SPTJM</source>
        <translation>Edit SPTJM</translation>
    </message>
    <message>
        <source>Ubah musyawarah</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>belum diisi di Pengaturan → Surat &amp; kop; isi di sini atau di sana</source>
        <translation>not set in Settings → Letters &amp; letterhead; fill it in here or there</translation>
    </message>
    <message>
        <source>kosong: %1 (dari Pengaturan → Surat &amp; kop)</source>
        <translation>empty: %1 (from Settings → Letters &amp; letterhead)</translation>
    </message>
    <message>
        <source>pokok pembahasan, dicetak di berita acara</source>
        <translation>main points discussed, printed in the minutes</translation>
    </message>
    <message>
        <source>tindak lanjut tambahan, dicetak di berita acara</source>
        <translation>further follow-up, printed in the minutes</translation>
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
        <translation>&amp;Reason for no meeting:</translation>
    </message>
    <message>
        <source>&amp;Pukul:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Te&amp;mpat:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>Kepala &amp;desa/lurah:</source>
        <translation>Village &amp;head/lurah:</translation>
    </message>
    <message>
        <source>&amp;NIP kepala desa/lurah:</source>
        <translation>&amp;NIP of the village head/lurah:</translation>
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
        <source>Pem&amp;bahasan:</source>
        <translation>Disc&amp;ussion:</translation>
    </message>
    <message>
        <source>Tindak &amp;lanjut:</source>
        <translation>&amp;Follow-up:</translation>
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
        <source>Tidak ada usulan draf atau ditunda yang belum masuk agenda.</source>
        <translation>There are no draft or deferred requests that are not on an agenda yet.</translation>
    </message>
    <message>
        <source>Pilih usulan di agenda.</source>
        <translation>Choose a request on the agenda.</translation>
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
    <message>
        <source>Pra&amp;tinjau &amp;&amp; cetak…</source>
        <translation>Print pre&amp;view &amp;&amp; print…</translation>
    </message>
    <message>
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Berita acara</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>SPTJM</source>
        <translation>SPTJM</translation>
    </message>
    <message>
        <source>%1 musyawarah %2</source>
        <translation>%1 of the meeting on %2</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Ditandatangani: %1</source>
        <translation>Signed by: %1</translation>
    </message>
    <message>
        <source>Siap difinalkan.</source>
        <translation>Ready to finalise.</translation>
    </message>
    <message>
        <source>Sebelum difinalkan:</source>
        <translation>Before finalising:</translation>
    </message>
    <message>
        <source>Musyawarah ini belum bisa difinalkan. Perbaiki dulu:</source>
        <translation>This meeting cannot be finalised yet. First fix:</translation>
    </message>
    <message>
        <source>BNBA ke E&amp;xcel…</source>
        <translation>BNBA to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Setelah final, berita acara diberi nomor dan musyawarah terkunci. Usulan yang disetujui dapat dikirim; koreksi hanya lewat adendum.</source>
        <translation>Once final, the minutes get their number and the meeting is locked. Approved requests can be sent; corrections only by an addendum.</translation>
    </message>
    <message>
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>B&amp;NBA (PDF)…</source>
        <translation>B&amp;NBA (PDF)…</translation>
    </message>
    <message>
        <source>Daftar usulan yang disetujui per RW/RT, untuk dicetak (mendatar).</source>
        <translation>The approved proposals per RW/RT, for printing (landscape).</translation>
    </message>
    <message>
        <source>Pratinjau &amp;&amp; cetak…</source>
        <translation>Preview &amp;&amp; print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>⚠ Konflik kepentingan: %1</source>
        <translation>⚠ Conflict of interest: %1</translation>
    </message>
    <message>
        <source>Pengusul</source>
        <translation>Proposed by</translation>
    </message>
</context>
<context>
    <name>tepat::NewHouseholdEditor</name>
    <message>
        <source>16 angka, bila sudah ada</source>
        <translation>16 digits, if available</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>No KK</source>
        <translation>KK number</translation>
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
        <translation>Address</translation>
    </message>
    <message>
        <source>Alasan diusulkan</source>
        <translation>Reason for proposal</translation>
    </message>
    <message>
        <source>Foto rumah</source>
        <translation>House photo</translation>
    </message>
    <message>
        <source>Anggota keluarga</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Hapus anggota</source>
        <translation>Remove member</translation>
    </message>
    <message>
        <source>(belum bernama)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Lampirkan foto rumah tampak depan (atap sampai lantai) di bagian foto di bawah formulir.</source>
        <translation>Attach a front photo of the house (roof to floor) in the photo section below the form.</translation>
    </message>
</context>
<context>
    <name>tepat::NewMemberEditor</name>
    <message>
        <source>Lahir</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Menikah</source>
        <translation>Marriage</translation>
    </message>
    <message>
        <source>Pindah masuk</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>Belum tercatat</source>
        <translation>Not yet recorded</translation>
    </message>
    <message>
        <source>Pilih atau tulis alasannya</source>
        <translation>Choose or write the reason</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
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
    <name>tepat::PasswordChangeDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi sekarang:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Kata sandi baru (minimal 8 karakter):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>tepat::PersonFields</name>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>HH-BB-TTTT, mis. 17-08-1990</source>
        <translation>DD-MM-YYYY, e.g. 17-08-1990</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga</source>
        <translation>Relationship to head of family</translation>
    </message>
    <message>
        <source>Status perkawinan</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
</context>
<context>
    <name>tepat::PersonSearchModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <source>ID keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Desil</source>
        <translation>Decile</translation>
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
        <translation>Photos are being imported; wait until it finishes or cancel it first.</translation>
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
    <name>tepat::PhotoViewerDialog</name>
    <message>
        <source>Foto rumah</source>
        <translation>House photo</translation>
    </message>
    <message>
        <source>Berkas foto tidak bisa dibuka (hilang atau rusak di folder berkas). Pulihkan folder berkas dari cadangan atau tambahkan foto lagi.</source>
        <translation>The photo file cannot be opened (missing or damaged in the files folder). Restore the files folder from a backup or add the photo again.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ukuran &amp;asli</source>
        <translation>&amp;Actual size</translation>
    </message>
</context>
<context>
    <name>tepat::ProgramProposalEditor</name>
    <message>
        <source>Seluruh keluarga</source>
        <translation>Whole family</translation>
    </message>
    <message>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>tepat::ProposalImportController</name>
    <message>
        <source>Memeriksa buku kerja usulan…</source>
        <translation>Checking the proposals workbook…</translation>
    </message>
    <message>
        <source>Membuat draf usulan…</source>
        <translation>Creating the draft proposals…</translation>
    </message>
</context>
<context>
    <name>tepat::ProposalImportDialog</name>
    <message>
        <source>Belum ada buku kerja yang dipilih.</source>
        <translation>No workbook chosen yet.</translation>
    </message>
    <message>
        <source>&amp;Pilih buku kerja…</source>
        <translation>&amp;Choose workbook…</translation>
    </message>
    <message>
        <source>Baca &amp;ulang</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Hanya baris bermasalah</source>
        <translation>&amp;Only rows with problems</translation>
    </message>
    <message>
        <source>Pilih baris di daftar untuk melihat dan memperbaiki isinya.</source>
        <translation>Choose a row in the list to see and correct its values.</translation>
    </message>
    <message>
        <source>Perik&amp;sa ulang baris ini</source>
        <translation>Chec&amp;k this row again</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Impor usulan dari Excel</source>
        <translation>Import proposals from Excel</translation>
    </message>
    <message>
        <source>Baca lagi buku kerja yang sama setelah diperbaiki di Excel.</source>
        <translation>Read the same workbook again after correcting it in Excel.</translation>
    </message>
    <message>
        <source>Setiap baris diperiksa lebih dulu. Draf usulan baru dibuat, sekaligus dalam satu langkah, setelah tidak ada baris yang ditolak. Templat kosong: tepat-cli proposals template.</source>
        <translation>Every row is checked first. The draft proposals are created, all in one step, only when no row is refused. Empty template: tepat-cli proposals template.</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Membaca dan memeriksa buku kerja…</source>
        <translation>Reading and checking the workbook…</translation>
    </message>
    <message>
        <source>Dihentikan. Tidak ada usulan yang dibuat.</source>
        <translation>Stopped. No proposal was created.</translation>
    </message>
    <message numerus="yes">
        <source>%n draf usulan dibuat. Buka daftar Usulan untuk melengkapi dan mengajukannya.</source>
        <translation>
            <numerusform>%n draft proposal(s) created. Open the Usulan list to complete and submit them.</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Pilih buku kerja usulan</source>
        <translation>Choose the proposals workbook</translation>
    </message>
    <message>
        <source>Buku Kerja Excel (*.xlsx *.xlsm)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Tidak ada baris usulan di buku kerja ini. Gunakan templat Tepat atau kolom yang sama (id_keluarga atau nik, program, …).</source>
        <translation>This workbook has no proposal rows. Use Tepat's template or the same columns (id_keluarga or nik, program, …).</translation>
    </message>
    <message>
        <source>%1 baris: %2 siap, %3 dengan peringatan, %4 ditolak.</source>
        <translation>%1 rows: %2 ready, %3 with warnings, %4 refused.</translation>
    </message>
    <message>
        <source>Perbaiki baris yang ditolak di sini atau di Excel (lalu Baca ulang); draf baru bisa dibuat setelah tidak ada yang ditolak.</source>
        <translation>Correct the refused rows here or in Excel (then Read again); drafts can be created once no row is refused.</translation>
    </message>
    <message>
        <source>Lembar yang dilewati: %1.</source>
        <translation>Sheets skipped: %1.</translation>
    </message>
    <message>
        <source>Kolom yang tidak dipakai (tidak disimpan): %1.</source>
        <translation>Columns not used (not stored): %1.</translation>
    </message>
    <message>
        <source>Lembar %1, baris %2 (%3). Ubah nilainya, lalu periksa ulang.</source>
        <translation>Sheet %1, row %2 (%3). Change the values, then check again.</translation>
    </message>
    <message>
        <source>Nilai ini ditolak; lihat pesannya di daftar.</source>
        <translation>This value is refused; see the message in the list.</translation>
    </message>
    <message numerus="yes">
        <source>Buat %n &amp;draf usulan</source>
        <translation>
            <numerusform>Create %n &amp;draft proposal(s)</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Masih ada baris yang ditolak; perbaiki dulu.</source>
        <translation>Some rows are still refused; correct them first.</translation>
    </message>
</context>
<context>
    <name>tepat::ProposalVerdictModel</name>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Baris ini siap dibuat menjadi draf.</source>
        <translation>This row is ready to become a draft.</translation>
    </message>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Pesan</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>tepat::QuestionnaireForm</name>
    <message>
        <source>%1 (%2 th)</source>
        <translation>%1 (%2 yrs)</translation>
    </message>
    <message>
        <source>%1 — versi %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <source> (boleh kosong)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>— belum dijawab —</source>
        <translation>— not answered —</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 jawaban · %2 belum dijawab · %3 kesalahan · %4 peringatan</source>
        <translation>%1 answers · %2 not answered · %3 errors · %4 warnings</translation>
    </message>
</context>
<context>
    <name>tepat::ReactivationDialog</name>
    <message>
        <source>Rekomendasi reaktivasi PBI-JK</source>
        <translation>PBI-JK reactivation recommendation</translation>
    </message>
    <message numerus="yes">
        <source>Surat rekomendasi untuk %n warga: kepesertaan PBI-JK desil 6–10 dinonaktifkan SK Mensos 03/HUK/2026 dan diaktifkan kembali selama enam bulan atas rekomendasi kelurahan/desa. Alasan:</source>
        <translation>
            <numerusform>Recommendation letter for %n resident: PBI-JK cover of desil 6–10 was switched off by SK Mensos 03/HUK/2026 and is reactivated for six months on the village's recommendation. Reasons:</numerusform>
            <numerusform>Recommendation letters for %n residents: PBI-JK cover of desil 6–10 was switched off by SK Mensos 03/HUK/2026 and is reactivated for six months on the village's recommendation. Reasons:</numerusform>
        </translation>
    </message>
    <message>
        <source>mis. RSUD Gambiran, Puskesmas Pesantren</source>
        <translation>e.g. RSUD Gambiran, Puskesmas Pesantren</translation>
    </message>
    <message>
        <source>&amp;Fasilitas kesehatan:</source>
        <translation>Health &amp;facility:</translation>
    </message>
    <message>
        <source>&amp;Catatan pengecekan:</source>
        <translation>&amp;Check notes:</translation>
    </message>
    <message>
        <source>No. surat &amp;pengantar RT/RW:</source>
        <translation>RT/RW &amp;cover letter no.:</translation>
    </message>
    <message>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>tepat::RecommendationPanel</name>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Diusulkan oleh:</source>
        <translation>Proposed by:</translation>
    </message>
    <message>
        <source>Nama ketua RT/RW (kosongkan bila tidak melalui ketua RT/RW)</source>
        <translation>Name of the RT/RW head (leave empty when not through an RT/RW head)</translation>
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
        <translation>Proposed &amp;through RT/RW head:</translation>
    </message>
    <message>
        <source>Konflik kepentingan: %1. Usulan tetap bisa dibawa ke musyawarah; tanda ini tampil di agenda dan berita acara.</source>
        <translation>Conflict of interest: %1. The request can still go to the musyawarah; this mark shows on the agenda and in the minutes.</translation>
    </message>
</context>
<context>
    <name>tepat::RelocationEditor</name>
    <message>
        <source>Ketik nama kelurahan/desa tujuan</source>
        <translation>Type the destination kelurahan/desa name</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Cari tujuan</source>
        <translation>Search destination</translation>
    </message>
    <message>
        <source>Kelurahan/desa tujuan</source>
        <translation>Destination kelurahan/desa</translation>
    </message>
    <message>
        <source>Alamat tujuan</source>
        <translation>Destination address</translation>
    </message>
    <message>
        <source>Tanggal pindah</source>
        <translation>Moving date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 — Kec. %2, %3 (%4)</source>
        <translation>%1 — Kec. %2, %3 (%4)</translation>
    </message>
    <message>
        <source>— pilih siapa yang pindah —</source>
        <translation>— choose who moves —</translation>
    </message>
    <message>
        <source>Seluruh keluarga</source>
        <translation>Whole family</translation>
    </message>
    <message>
        <source>Anggota tertentu (centang di bawah)</source>
        <translation>Certain members (tick below)</translation>
    </message>
    <message>
        <source>Anggota yang pindah</source>
        <translation>Members who move</translation>
    </message>
    <message>
        <source>Yang pindah</source>
        <translation>Who moves</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>tepat::RemovalEditor</name>
    <message>
        <source>Seluruh keluarga</source>
        <translation>Whole family</translation>
    </message>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>bila sudah ada</source>
        <translation>if available</translation>
    </message>
    <message>
        <source>Yang dihapus</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No akta kematian</source>
        <translation>Death certificate number</translation>
    </message>
    <message>
        <source>Sama dengan</source>
        <translation>Same as</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kepala keluarga baru</source>
        <translation>New head of family</translation>
    </message>
    <message>
        <source>Hanya bila yang dihapus adalah kepala keluarga</source>
        <translation>Only when the member removed is the head of the family</translation>
    </message>
    <message>
        <source>— pilih kepala keluarga baru —</source>
        <translation>— choose the new head of family —</translation>
    </message>
    <message>
        <source>(tidak perlu: kepala keluarga tetap)</source>
        <translation>(not needed: the head of the family stays)</translation>
    </message>
    <message>
        <source>ID DTSEN (dahulu ID DTKS) orang atau keluarga yang sama</source>
        <translation>DTSEN ID (formerly DTKS ID) of the same person or family</translation>
    </message>
</context>
<context>
    <name>tepat::RequestFormController</name>
    <message>
        <source>Usulan ini sudah berstatus "%1" dan tidak bisa diubah lagi.</source>
        <translation>This proposal already has status "%1" and can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>tepat::RequestFormDialog</name>
    <message>
        <source>Buang draf…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <source> — keluarga %1 (%2), RT %3/RW %4</source>
        <translation> — family %1 (%2), RT %3/RW %4</translation>
    </message>
    <message>
        <source>Yang perlu diperhatikan (centang peringatan untuk melanjutkan):</source>
        <translation>To attend to (tick a warning to continue):</translation>
    </message>
    <message>
        <source>Riwayat usulan:</source>
        <translation>Proposal history:</translation>
    </message>
    <message>
        <source>%1 — %2 oleh %3</source>
        <translation>%1 — %2 by %3</translation>
    </message>
    <message>
        <source> (alasan: %1)</source>
        <translation> (reason: %1)</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Draf tersimpan otomatis pukul %1.</source>
        <translation>Draft saved automatically at %1.</translation>
    </message>
    <message>
        <source>Belum tersimpan: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Draf tersimpan.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>Draf disimpan otomatis begitu diisi.</source>
        <translation>The draft is saved automatically as you fill it in.</translation>
    </message>
    <message>
        <source>Kesalahan: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Peringatan — lanjutkan: %1</source>
        <translation>Warning — continue: %1</translation>
    </message>
    <message>
        <source>Siap dibawa ke musyawarah.</source>
        <translation>Ready for the deliberation.</translation>
    </message>
    <message>
        <source>Belum siap dibawa ke musyawarah: %1 kesalahan, %2 peringatan belum dilanjutkan. Draf tetap tersimpan.</source>
        <translation>Not ready for the deliberation yet: %1 errors, %2 warnings not yet acknowledged. The draft stays saved.</translation>
    </message>
    <message>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Draf ini akan dibuang (tetap tercatat, tidak dikirim). Alasannya:</source>
        <translation>This draft will be discarded (kept on record, not sent). Reason:</translation>
    </message>
    <message>
        <source>Tidak jadi diusulkan</source>
        <translation>No longer proposed</translation>
    </message>
    <message>
        <source>Draf belum tersimpan: %1</source>
        <translation>Draft not saved: %1</translation>
    </message>
    <message>
        <source>%1 #%2, %3</source>
        <translation>%1 #%2, %3</translation>
    </message>
    <message>
        <source>%1: %2, dicatat oleh %3</source>
        <translation>%1: %2, recorded by %3</translation>
    </message>
    <message>
        <source>%1: dalam agenda (%2)</source>
        <translation>%1: on the agenda (%2)</translation>
    </message>
    <message>
        <source>Foto rumah bisa ditambahkan begitu draf tersimpan (setelah isian pertama).</source>
        <translation>House photos can be added once the draft is saved (after the first entry).</translation>
    </message>
    <message>
        <source>Perbaikan dari usulan #%1 yang ditolak Dinsos (alasan: %2).</source>
        <translation>Correction of request #%1, which Dinsos rejected (reason: %2).</translation>
    </message>
    <message>
        <source>Perbaikan dari usulan #%1 yang ditolak Dinsos.</source>
        <translation>Correction of request #%1, which Dinsos rejected.</translation>
    </message>
    <message>
        <source>Lihat usulan #%1</source>
        <translation>View request #%1</translation>
    </message>
    <message>
        <source>Ditolak Dinsos: %1.</source>
        <translation>Rejected by Dinsos: %1.</translation>
    </message>
    <message>
        <source>Sudah diperbaiki dan diusulkan lagi sebagai usulan #%1.</source>
        <translation>Already corrected and proposed again as request #%1.</translation>
    </message>
    <message>
        <source>Buka usulan #%1</source>
        <translation>Open request #%1</translation>
    </message>
    <message>
        <source>Perbaiki yang menjadi alasan penolakan, lalu usulkan lagi lewat musyawarah.</source>
        <translation>Correct what the rejection was about, then propose it again through a musyawarah.</translation>
    </message>
    <message>
        <source>Perbaiki dan usulkan lagi</source>
        <translation>Correct and propose again</translation>
    </message>
    <message>
        <source>&amp;Saluran:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>(tidak tercatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Dasar persetujuan: %1</source>
        <translation>Approval basis: %1</translation>
    </message>
    <message>
        <source>Dasar persetujuan: belum ada (diisi saat berita acara atau SPTJM difinalkan)</source>
        <translation>Approval basis: none yet (filled in when the minutes or SPTJM are finalised)</translation>
    </message>
</context>
<context>
    <name>tepat::RequestListModel</name>
    <message>
        <source>(baru)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Jenis usulan</source>
        <translation>Proposal type</translation>
    </message>
    <message>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibuat oleh</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Alasan status</source>
        <translation>Status reason</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>tepat::RequestsPage</name>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Belum ada usulan.</source>
        <translation>No proposals yet.</translation>
    </message>
    <message>
        <source>Belum ada usulan dengan status dan jenis ini. Usulan dibuat dari halaman Keluarga (keluarga baru, tambah anggota, perbaikan, penghapusan, program, pindah) dan tampil di sini dengan statusnya.</source>
        <translation>No requests with this status and kind yet. Requests are made from the Families page (new family, add member, correction, removal, programme, relocation) and appear here with their status.</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <source>Simpan daftar usulan dengan saringan yang dipilih sebagai buku kerja Excel (.xlsx).</source>
        <translation>Save the request list with the chosen filters as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>usulan</source>
        <translation>requests</translation>
    </message>
    <message>
        <source>&amp;Impor dari Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Buat draf usulan sekaligus dari buku kerja Excel (templat Tepat atau ekspor keluarga DTSEN); setiap baris diperiksa lebih dulu.</source>
        <translation>Create draft proposals in one go from an Excel workbook (Tepat's template or a DTSEN family export); every row is checked first.</translation>
    </message>
</context>
<context>
    <name>tepat::ResidentDialog</name>
    <message>
        <source>&amp;Data sudah diperiksa dengan KTP/KK; lanjutkan</source>
        <translation>&amp;Data checked against the ID card/family card; continue</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
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
        <source>HH-BB-TTTT, terisi dari NIK</source>
        <translation>DD-MM-YYYY, filled from the NIK</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan ke pratinjau</source>
        <translation>&amp;Continue to preview</translation>
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
        <translation>&amp;Family card no.:</translation>
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
        <translation>&amp;Occupation:</translation>
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
        <source>Tanggal lahir ditulis HH-BB-TTTT, misalnya 17-08-1990.</source>
        <translation>Write the date of birth as DD-MM-YYYY, for example 17-08-1990.</translation>
    </message>
    <message>
        <source>Surat untuk warga yang tidak ada di data DTSEN</source>
        <translation>Letter for a resident who is not in the DTSEN data</translation>
    </message>
</context>
<context>
    <name>tepat::RevokeLetterDialog</name>
    <message>
        <source>Cabut surat</source>
        <translation>Revoke letter</translation>
    </message>
    <message>
        <source>Surat nomor %1 tanggal %2 atas nama %3 akan dicabut: tetap tercatat di register dengan status dicabut, tidak dicetak lagi, dan pemeriksaan kode QR-nya menjawab "dicabut" (di server kabupaten setelah sinkronisasi berikutnya).</source>
        <translation>Letter number %1 of %2 in the name of %3 will be revoked: it stays in the register as revoked, is not printed again, and the check of its QR code answers "revoked" (on the regency server after the next sync).</translation>
    </message>
    <message>
        <source>misalnya: salah orang, keadaan keluarga sudah berubah</source>
        <translation>for example: wrong person, the family's situation has changed</translation>
    </message>
    <message>
        <source>&amp;Alasan pencabutan:</source>
        <translation>&amp;Reason for revoking:</translation>
    </message>
    <message>
        <source>Cabut surat…</source>
        <translation>Revoke letter…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tepat::SecurityFeatures</name>
    <message>
        <source>Akun</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
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
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>tepat::ShortcutSheet</name>
    <message>
        <source>Di mana saja</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Tombol pintas</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Semua tombol pintas Tepat. Ketik untuk mencari, misalnya "cari" atau "Ctrl+F".</source>
        <translation>Every keyboard shortcut of Tepat. Type to search, for example "find" or "Ctrl+F".</translation>
    </message>
    <message>
        <source>Cari tombol atau fungsi…</source>
        <translation>Search keys or what they do…</translation>
    </message>
    <message>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Fungsi</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Berlaku di</source>
        <translation>Works in</translation>
    </message>
</context>
<context>
    <name>tepat::SyncController</name>
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
        <translation>
            <numerusform> (%n day ago)</numerusform>
            <numerusform> (%n days ago)</numerusform>
        </translation>
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
    <message>
        <source>Tidak ada masalah. Usulan yang ditolak server karena datanya perlu diperbaiki tampil di sini.</source>
        <translation>No problems. Requests the server refused because their data must be fixed appear here.</translation>
    </message>
    <message>
        <source>Belum ada keputusan Dinsos. Keputusan (diterima, diverifikasi, ditolak) tampil di sini setelah sinkronisasi.</source>
        <translation>No Dinsos decisions yet. Decisions (received, verified, rejected) appear here after a sync.</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Sinkronisasi…</source>
        <translation>Synchronising…</translation>
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
<context>
    <name>tepat::VisitDialog</name>
    <message>
        <source>Kunjungan keluarga %1</source>
        <translation>Visit of household %1</translation>
    </message>
    <message>
        <source>&amp;Hasil kunjungan:</source>
        <translation>Visit &amp;outcome:</translation>
    </message>
    <message>
        <source>&amp;Tanggal kunjungan:</source>
        <translation>Visit &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Anggota</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>&amp;Foto rumah</source>
        <translation>House &amp;photos</translation>
    </message>
    <message>
        <source>&amp;Lokasi</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pindah ke</source>
        <translation>Moved to</translation>
    </message>
    <message>
        <source>Tambah anggota &amp;baru</source>
        <translation>Add a &amp;new member</translation>
    </message>
    <message>
        <source>Nama anggota baru</source>
        <translation>New member's name</translation>
    </message>
    <message>
        <source>Desa/kota tujuan</source>
        <translation>Destination village/town</translation>
    </message>
    <message>
        <source>&amp;Kuesioner</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>Kartu keluar&amp;ga</source>
        <translation>Family car&amp;d</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · RW %3 / RT %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · RW %3 / RT %4 · %5</translation>
    </message>
    <message>
        <source>Hubungan dengan kepala keluarga</source>
        <translation>Relationship to the head of the family</translation>
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
        <translation>Field visits</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Catat kunjungan…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <source>ID keluarga</source>
        <translation>Household ID</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Status kunjungan</source>
        <translation>Visit state</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Belum ada keluarga yang ditugaskan ke laptop ini. Terima paket kerja dari kantor kelurahan (tepat-cli bundle import).</source>
        <translation>No households are assigned to this laptop yet. Take a work package from the village office (tepat-cli bundle import).</translation>
    </message>
    <message>
        <source>&amp;Wilayah:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <source>%1 dari %2 keluarga sudah dikunjungi</source>
        <translation>%1 of %2 households visited</translation>
    </message>
    <message>
        <source>Semua RT</source>
        <translation>All RTs</translation>
    </message>
    <message>
        <source>%1 — %2/%3</source>
        <translation>%1 — %2/%3</translation>
    </message>
    <message>
        <source>Data yang diubah di kantor dan di lapangan, menunggu keputusan</source>
        <translation>Data changed both at the office and in the field, waiting for a decision</translation>
    </message>
    <message>
        <source>&amp;Konflik data: %1…</source>
        <translation>Data &amp;conflicts: %1…</translation>
    </message>
    <message>
        <source>Kirim hasil &amp;verifikasi</source>
        <translation>Send &amp;verification result</translation>
    </message>
    <message>
        <source>Kirim hasil kunjungan keluarga terpilih ke Dinsos tanpa usulan perubahan (keluarga ditemui dan datanya benar, tidak ditemukan, atau menolak)</source>
        <translation>Send the selected family's visit result to Dinsos without a change request (family met and its data right, not found, or refused)</translation>
    </message>
    <message>
        <source>Keluarga ini belum dikunjungi.</source>
        <translation>This family has not been visited yet.</translation>
    </message>
    <message>
        <source>Hasil verifikasi keluarga %1 sudah diterima server pusat.</source>
        <translation>The verification result of family %1 has been received by the central server.</translation>
    </message>
    <message>
        <source>Hasil verifikasi keluarga %1 ada di kotak keluar dan terkirim pada sinkronisasi berikutnya.</source>
        <translation>The verification result of family %1 is in the outbox and goes with the next sync.</translation>
    </message>
</context>
<context>
    <name>tepat::WorkspaceStatusBar</name>
    <message numerus="yes">
        <source>%n draf belum selesai</source>
        <translation>
            <numerusform>%n unfinished draft(s)</numerusform>
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usulan menunggu keputusan musyawarah</source>
        <translation>
            <numerusform>%n request(s) waiting for the meeting's decision</numerusform>
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usulan ditolak server atau bentrok; perlu diperiksa</source>
        <translation>
            <numerusform>%n request(s) refused by the server or in conflict; please check</numerusform>
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usulan menunggu dikirim</source>
        <translation>
            <numerusform>%n request(s) waiting to be sent</numerusform>
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Musyawarah berikutnya: %1</source>
        <translation>Next meeting: %1</translation>
    </message>
    <message>
        <source>Belum ada musyawarah terjadwal</source>
        <translation>No meeting planned yet</translation>
    </message>
    <message>
        <source>Menunggu dikirim: %1</source>
        <translation>Waiting to be sent: %1</translation>
    </message>
    <message>
        <source> · perlu diperiksa: %1</source>
        <translation> · to check: %1</translation>
    </message>
    <message>
        <source>Luring</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Daring</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Sinkron terakhir %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <source>Belum pernah sinkron</source>
        <translation>Never synchronised</translation>
    </message>
    <message>
        <source> · percobaan terakhir gagal</source>
        <translation> · the last attempt failed</translation>
    </message>
    <message>
        <source>Tidak ada jaringan. Semua pekerjaan tetap tersimpan di komputer ini dan dikirim saat tersambung lagi.</source>
        <translation>No network. All work stays saved on this computer and is sent when the connection is back.</translation>
    </message>
    <message>
        <source>Keadaan sinkronisasi dengan server Dinsos.</source>
        <translation>The state of synchronisation with the Dinsos server.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (dan %n pekerjaan lain)</source>
        <translation>
            <numerusform>%1 (and %n other task(s))</numerusform>
            <numerusform />
        </translation>
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
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1 detik.</source>
        <translation>Too many failed sign-in attempts. Try again after %1 seconds.</translation>
    </message>
    <message>
        <source>Masih ada percobaan masuk dari alamat ini yang sedang diperiksa; tunggu jawabannya dulu.</source>
        <translation>A sign-in from this address is still being checked; wait for its answer first.</translation>
    </message>
    <message>
        <source>Server pusat sedang memeriksa banyak percobaan masuk; coba lagi sebentar lagi.</source>
        <translation>The central server is checking many sign-ins; try again shortly.</translation>
    </message>
    <message>
        <source>Folder data %1 tidak bisa dibuat.</source>
        <translation>Data folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Tanpa TLS server hanya mendengarkan di loopback (127.0.0.1 atau ::1), karena kata sandi, token dan data warga akan terkirim terbuka. Berikan --cert dan --key untuk %1.</source>
        <translation>Without TLS the server listens only on loopback (127.0.0.1 or ::1), because passwords, tokens and residents' data would travel in clear. Give --cert and --key for %1.</translation>
    </message>
    <message>
        <source>Server pusat sedang menerima banyak permintaan; coba lagi sebentar lagi.</source>
        <translation>The central server is receiving many requests; try again in a moment.</translation>
    </message>
</context>
</TS>
