#include "core/demo/DemoNames.h"

namespace tepat::demo {

namespace {
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}
} // namespace

const QStringList &DemoNames::maleOlder()
{
    static const QStringList list = words(
        "Slamet Bambang Sutrisno Suparman Sugeng Heru Hadi Imam Ahmad Mulyono Sumarno Supriyadi "
        "Kasiyan Tukiman Paimin Sarmin Sunarto Sutarno Wagiman Priyo Joko Agus Budi Eko Sukardi "
        "Mujiono Suyanto Karjo Tarno Gimin Darmaji Harjono Rukmito Sumadi Kusnadi Sulistyo Poniran "
        "Mochamad Abdul Munir Sholeh Kasmuri Ngadiman Kateno Samsul Parno Jumadi Suwito Warsito "
        "Sukirno Sunardi Suroto Sumarto Sutikno Sugito Sudarsono Sukamto Supardi Suparno Sutejo "
        "Marjuki Rusdi Kasman Wakidi Tugiman Poniman Painun Sarjono Mardi Legiman Wagimin Sukadi "
        "Jumari Kartono Karsono Sadimin Sahid Rohmat Rochim Nurhadi Muhadi Mustaqim Zainal Zainuri "
        "Yatno Wiyono Tumijan Tarmuji Suwarno Sunyoto Sumitro Subagyo Sriyono Siswanto Parmin "
        "Nyoto "
        "Mukidi Misdi Kuswanto");
    return list;
}

const QStringList &DemoNames::femaleOlder()
{
    static const QStringList list = words(
        "Siti Sri Endang Sulastri Suwarni Sumiati Wartini Ngatini Painem Tumini Sukarti Kasmi "
        "Sumarni Juwariyah Katini Sukinah Supini Marsini Tuginem Rubiyah Suparmi Rukiyah Sutini "
        "Kasiyem Parmi Jumiati Musrini Mujiati Suliyah Karsini Lasmi Sarni Wasini Marfuah Aminah "
        "Fatimah Maimunah Mariyam Zulaikha Khotijah Umi Lilik Ninik Anik Tatik Yayuk "
        "Sumini Suminah Sumirah Suyati Supiyah Sulasmi Sukesi Sujiati Sriyatun Sarmi Saminah "
        "Rukmini Painah Paini Ngatiyem Ngadiyem Munawaroh Mukaromah Mistini Misrah Minarsih "
        "Marsinah Lasiyem Kasinem Kaminah Jumirah Juminten Jaenab Harsini Darmi Dasmi Tukini "
        "Tumirah Warsini Wagiyem Yatmi Rumini Rusmini Siswati Sutinah Satinem Muryani Mursini "
        "Musripah Rasmini Sunarti Suyatmi Kartini Kasiati Legini");
    return list;
}

const QStringList &DemoNames::maleYounger()
{
    static const QStringList list = words(
        "Muhammad Ahmad Rizki Dimas Bayu Arif Teguh Fajar Andi Dedi Rudi Yusuf Wahyu Aditya Rafi "
        "Alif Farhan Dafa Naufal Raka Bagus Galih Ilham Rendy Yoga Danang Fikri Hafiz Zidan Arya "
        "Rian Dwi Tri Satria Bima Krisna Febri Gilang Reza Hendra Angga Akbar Firman Lutfi Ridho "
        "Adi Agung Alfian Anang Anton Ardi Aris Bagas Candra Dicky Dian Dodik Edo Erik Fadil Fahmi "
        "Faiz Feri Hanif Haris Irfan Iqbal Kevin Lukman Miftah Nanda Nizar Pandu Putra Rama Rehan "
        "Rizal Robi Rohman Sandi Septian Syaiful Taufik Tegar Vicky Wawan Yogi Yusron Zaki Zainul "
        "Ferdi Ikhsan Nabil Dion Agil Bintang Faris");
    return list;
}

const QStringList &DemoNames::femaleYounger()
{
    static const QStringList list = words(
        "Siti Dewi Rina Indah Ayu Fitri Nabila Aulia Zahra Kayla Keisha Salsabila Putri Nur "
        "Dwi Tri "
        "Anisa Dinda Laras Novi Yuliani Rahma Intan Citra Wulan Ratna Eka Lina Mega Okta "
        "Vina Ririn "
        "Alya Nadia Amelia Safira Tiara Bella Cahya Diah Erlina Hana Khusnul Maya Nisa "
        "Adinda Anggun Arum Bunga Devi Elok Eva Evi Fani Febi Fina Ghina Hani Ika Ira Irma Isna "
        "Jihan Kartika Lely Lia Lulu Lusi Mila Nia Nining Nova Nurul Pipit Rani Reni Resti "
        "Rika Risma Rizka Sari Sinta Tika Ulfa Vivi Winda Yeni Yuni Zulfa Della Fara Gita");
    return list;
}

const QStringList &DemoNames::secondNamesMale()
{
    static const QStringList list = words(
        "Santoso Setiawan Prasetyo Kurniawan Hidayat Saputra Nugroho Wibowo Purnomo Susanto "
        "Gunawan Hartono Haryanto Riyadi Maulana Hakim Firmansyah Ramadhan Permana Utomo Wijaya "
        "Cahyono Sugiarto Fauzi Mustofa Prakoso Wahyudi Hermawan Syahputra Ardiansyah "
        "Pratama Kusuma Susilo Suprapto Wicaksono Nugraha Febrianto Setiadi Budiman Hariyanto "
        "Yulianto Hendrawan Darmawan Irawan Kurniadi Mahendra Saputro Wardana Wiranata Pamungkas "
        "Suharto Rahman Hidayatullah Aziz Fauzan Habibi Rosyid Arifin Anshori Syahroni Zulkarnain "
        "Efendi Iskandar Subekti Triyanto Purwanto Widodo Wahyono Prabowo Baskoro");
    return list;
}

const QStringList &DemoNames::secondNamesFemale()
{
    static const QStringList list = words(
        "Rahayu Lestari Wulandari Handayani Ningsih Suryani Susanti Kusumawati Rahmawati Pratiwi "
        "Mulyani Astuti Hasanah Yulianti Anggraini Safitri Aminah Fadilah Nurhayati Kholifah "
        "Rohmah Sholikhah Hidayati Maharani Puspitasari Oktaviani Setyaningsih Febriani "
        "Wahyuni Kurniasih Setyowati Purwanti Wijayanti Indrawati Ambarwati Sulistyowati "
        "Widyaningrum Listyaningsih Permatasari Andriani Agustina Novitasari Ramadhani Nurjanah "
        "Khoiriyah Mufidah Zahroh Maslahah Laili Azizah Nuraini Fitriani Susilowati Damayanti "
        "Kartikasari Utami Kurniawati Rosita Yuliana Rofiqoh Musyarofah Istiqomah Fauziah Hanifah "
        "Lutfiah Wardani Setiyani");
    return list;
}

const QStringList &DemoNames::oldSpellingsMale()
{
    static const QStringList list =
        words("Djumadi Tjiptono Soedarmo Soeparman Djoko Tjahjono Djaenal Tjitro Soeprapto "
              "Djasmani Soedjono Tjipto");
    return list;
}

const QStringList &DemoNames::oldSpellingsFemale()
{
    static const QStringList list = words(
        "Soekarti Soewarni Soemarni Soeharti Oemi Noer Soelastri Djuwariyah Soepini Tjitrowati");
    return list;
}

const QStringList &DemoNames::birthPlaces()
{
    // Half of a Kediri village was born in Kediri, most of the rest nearby.
    static const QStringList list = words(
        "Kediri Kediri Kediri Kediri Kediri Kediri Kediri Kediri Kediri Kediri Kediri Kediri "
        "Kediri Kediri Kediri Nganjuk Nganjuk Blitar Blitar Tulungagung Jombang Jombang Surabaya "
        "Malang Trenggalek Madiun Pare Pare Ngawi Ponorogo");
    return list;
}

const QStringList &DemoNames::occupationsMale()
{
    static const QStringList list =
        QString::fromUtf8("Buruh harian lepas|Buruh harian lepas|Buruh harian lepas|"
                          "Buruh harian lepas|Petani|Petani|Petani|Buruh tani|Buruh tani|"
                          "Wiraswasta|Wiraswasta|Tukang bangunan|Tukang bangunan|Pedagang|Sopir|"
                          "Karyawan swasta|Ojek daring|Tukang becak|Pensiunan")
            .split(u'|');
    return list;
}

const QStringList &DemoNames::occupationsFemale()
{
    static const QStringList list =
        QString::fromUtf8("Mengurus rumah tangga|Mengurus rumah tangga|Mengurus rumah tangga|"
                          "Mengurus rumah tangga|Mengurus rumah tangga|Mengurus rumah tangga|"
                          "Mengurus rumah tangga|Mengurus rumah tangga|Buruh harian lepas|"
                          "Buruh harian lepas|Pedagang|Pedagang|Buruh tani|Buruh tani|Petani|"
                          "Penjahit|Karyawan swasta|Wiraswasta")
            .split(u'|');
    return list;
}

const QStringList &DemoNames::streets()
{
    static const QStringList list =
        QString::fromUtf8(
            "Jl. Melati|Jl. Kenanga|Jl. Mawar|Jl. Flamboyan|Jl. Anggrek|Jl. Semeru|Jl. Kelud|"
            "Jl. Brantas|Jl. Pattimura|Jl. Diponegoro|Gg. Mushola|Gg. Sawo|Gg. Mangga|Gg. Rambutan|"
            "Jl. Masjid|Jl. Pasar|Jl. Sekolahan|Jl. Makam")
            .split(u'|');
    return list;
}

} // namespace tepat::demo
