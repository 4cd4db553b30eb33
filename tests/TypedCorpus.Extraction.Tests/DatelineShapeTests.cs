using System.Linq;
using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Dateline shapes of smaller sites, and how the outlet a dateline gives is settled.</summary>
public class DatelineShapeTests
{
    [Theory]
    [InlineData("Jakarta: Polisi menangkap dua orang yang diduga mencuri sepeda motor warga di pasar.", null, "Jakarta")]
    [InlineData("Kabar.com, JAKARTA--Kedua menteri bertemu untuk membahas kerja sama perdagangan kedua negara.", "Kabar.com", "Jakarta")]
    [InlineData("Kabupaten Tangerang || Kabarku.com – Dua warga desa sepakat berdamai setelah mediasi di balai desa.", "Kabarku.com", "Kabupaten Tangerang")]
    [InlineData("Sergai,Sumut|KBR- Kepolisian resor itu berhasil memediasi dua warga yang berselisih paham.", "KBR", "Sergai")]
    [InlineData("Sidamanik, Simalungun -kabarku.id – Konflik dua saudara berakhir damai melalui mediasi polisi.", "kabarku.id", "Sidamanik")]
    [InlineData("jateng.kabarku.com, BANYUMAS - Pemerintah kabupaten menandatangani nota kesepahaman dengan kampus itu.", "kabarku.com", "Banyumas")]
    [InlineData("Kabar Cendana – Kepala kepolisian resor menegaskan bahwa dua puluh warga telah ditahan.", "Kabar Cendana", null)]
    // the outlet in brackets with a hyphen glued to the text, and a square as the separator
    [InlineData("Tanjungbalai (Kabar.co)-Kurun waktu sebulan terakhir, polisi meringkus sepuluh tersangka.", "Kabar.co", "Tanjungbalai")]
    [InlineData("JAKARTA (KABARKOTA) ■ Deklarasi kampanye damai digelar di Monas pada hari Minggu.", "KABARKOTA", "Jakarta")]
    // a city in capitals and the outlet's domain, no comma between them
    [InlineData("PRAYA kabarntb.com – Warga dua desa yang terlibat bentrok sepakat berdamai.", "kabarntb.com", "Praya")]
    // an outlet, a place and a pipe; an outlet in capitals, then a known place in capitals with no separator before the text
    [InlineData("Kabarkota.id - Sukamaju | Pemkab menandatangani nota kesepakatan dengan perguruan tinggi negeri itu.", "Kabarkota.id", "Sukamaju")]
    [InlineData("KABAR DAERAH – JATENG Pencuri sepeda motor yang beraksi di pasar ditangkap warga.", "KABAR DAERAH", "Jateng")]
    [InlineData("Kabarkita–JAKARTA Menjelang hari raya, harga bawang merah di pasar induk naik tajam.", "Kabarkita", "Jakarta")]
    // the outlet's name, then a known place in capitals and a comma
    [InlineData("Kabar Harian – SURABAYA, Pedagang bawang di pasar induk mengeluhkan sepinya pembeli.", "Kabar Harian", "Surabaya")]
    // the outlet's name first, then a known place and its province
    [InlineData("SuaraNews, Kupang Nusa Tenggara Timur – Harga gabah di tingkat petani naik pekan ini.", "SuaraNews", "Kupang")]
    // a known place in capitals with the hyphen glued to it; a logo's mark in brackets is no outlet
    [InlineData("BANDUNG- Pemerintah kota menandatangani nota kesepakatan dengan perguruan tinggi itu.", null, "Bandung")]
    [InlineData("BANDUNG-Pemerintah kota menandatangani nota kesepakatan dengan perguruan tinggi itu.", null, "Bandung")]
    [InlineData("SUKA MAJU, KABARKOTA- Polisi menangkap dua orang yang diduga mencuri sepeda motor warga.", "KABARKOTA", "Suka Maju")]
    [InlineData("JAKARTA (!) – Terdakwa dan penasihat hukumnya menyatakan akan mengajukan banding.", null, "Jakarta")]
    // the filing day between the place and the outlet in brackets
    [InlineData("Mataram, 4/9 (Kabar Kota) – Dua kampung di kelurahan itu sepakat berdamai setelah mediasi.", "Kabar Kota", "Mataram")]
    [InlineData("Jakarta, 1 September (KK) - Polisi berhasil memediasi konflik antara warga di kampung itu.", "KK", "Jakarta")]
    // a site's name in small letters before a known place; an outlet's name with the hyphen glued to it
    [InlineData("kabarkita, Bandung – Pemerintah kabupaten memperpanjang kerja sama dengan bank daerah itu.", "kabarkita", "Bandung")]
    [InlineData("Jakarta, Badan Pengawas Kota- Satu tahun menjelang pemilu, lembaga itu menggelar deklarasi.", "Badan Pengawas Kota", "Jakarta")]
    // a known place in capitals and the outlet's code; a known place in mixed case with the hyphen glued to it
    [InlineData("BENGKULU KK - Rabu 16 Oktober 2024, pemerintah provinsi menerima kunjungan kerja tamunya.", "KK", "Bengkulu")]
    [InlineData("Yogyakarta- Kapolsek memimpin mediasi dua kelompok warga di aula polsek.", null, "Yogyakarta")]
    [InlineData("KABAR, Bogor- Pengemudi ojek daring dan angkot menyepakati sejumlah perjanjian.", "KABAR", "Bogor")]
    [InlineData("Semarang-Kapolsek memimpin mediasi dua kelompok warga di aula polsek.", null, "Semarang")]
    // the standfirst glued to the dateline and said again after it
    [InlineData("Dua kelompok nelayan di pesisir akhirnya berdamai.PASER – Dua kelompok nelayan di pesisir akhirnya berdamai setelah mediasi.", null, "Paser")]
    // the outlet, a dash, the place and the full date, another dash
    [InlineData("Kabar Bali – Tabanan, 10 September 2024 — Kepala desa memimpin mediasi dua keluarga yang berselisih.", "Kabar Bali", "Tabanan")]
    // two spaces inside the outlet's name
    [InlineData("KABARKU.id  Harian Kita - Rencana universitas mendirikan fakultas kedokteran kian dekat.", "KABARKU.id Harian Kita", null)]
    // a pipe after the outlet, or after a known place; the outlet in brackets before a colon
    [InlineData("SUKAMAJU, KABARKITA | Warga dua kampung akhirnya sepakat berdamai setelah mediasi di balai desa.", "KABARKITA", "Sukamaju")]
    [InlineData("Bandung | Final turnamen sepak bola antardesa digelar di lapangan kecamatan pada hari Minggu.", null, "Bandung")]
    [InlineData("Garut (Kabar Kita) : Bupati menandatangani nota kesepahaman dengan dua perguruan tinggi negeri.", "Kabar Kita", "Garut")]
    // a domain glued to the sentence; a site's name in small letters after a place in capitals
    [InlineData("SUKAMAJU, KabarKita.co-Untuk membentengi paham radikal, pemuda tiga ormas menggelar deklarasi.", "KabarKita.co", "Sukamaju")]
    [InlineData("SUKAMAJU, kabarkita – Komisi pemilihan umum kabupaten menggelar debat publik putaran pertama.", "kabarkita", "Sukamaju")]
    // the outlet in square brackets; a hyphen after the bracket with a space after it
    [InlineData("SUKA MAJU [kabarkita.co.id] – Sengketa dana kompensasi perusahaan tambang masih menjadi polemik.", "kabarkita.co.id", "Suka Maju")]
    [InlineData("SUKAMAJU (KABAR)- Dua universitas menandatangani nota kesepahaman di aula kampus.", "KABAR", "Sukamaju")]
    // round 15: a domain in capitals and no separator; a domain glued to the sentence; a place in capitals and a hyphen glued
    // to the sentence; a known place between two dashes after the outlet; a double slash after the domain; an outlet named
    // after its region before the place in brackets; a domain in capitals glued by a hyphen
    [InlineData("SUKAMAJU,KABARKITA.COM Di tengah mahalnya harga pakan, peternak ayam mengurangi jumlah ternaknya.", "KABARKITA.COM", "Sukamaju")]
    [InlineData("Kabarkita.id-Angka permohonan cerai di pengadilan agama naik dibanding tahun lalu.", "Kabarkita.id", null)]
    [InlineData("SUKAMAJU -Pemerintah kabupaten menggandeng perguruan tinggi untuk menekan angka stunting.", null, "Sukamaju")]
    [InlineData("Kabar Pesisir – Surabaya – Kepala dinas perikanan menyebut hasil tangkapan nelayan turun.", "Kabar Pesisir", "Surabaya")]
    [InlineData("KABARKITA.ID// SURABAYA - Pesilat muda desa itu membawa pulang medali emas kejuaraan.", "KABARKITA.ID", "Surabaya")]
    [InlineData("SENJA PAPUA (NABIRE) – Kepala suku besar menyerukan perdamaian kepada seluruh warga.", "SENJA PAPUA", "Nabire")]
    // a known town and its province after it: the town; a dash before the outlet in brackets; a known place, a hyphen, the
    // outlet in capitals and a colon
    [InlineData("Kabar Kita - Surabaya Jawa Timur | Pemerintah kota menambah armada pengangkut sampah tahun ini.", "Kabar Kita", "Surabaya")]
    [InlineData("KabarKita.co.id - SURABAYA JATIM – Pemerintah kota menambah armada pengangkut sampah tahun ini.", "KabarKita.co.id", "Surabaya")]
    [InlineData("SURABAYA – (Kabarkita.com)- Musim panen raya membuat harga gabah di tingkat petani turun.", "Kabarkita.com", "Surabaya")]
    [InlineData("SURABAYA-KABARKITA : Tim pencak silat provinsi menutup pertandingan dengan dua medali emas.", "KABARKITA", "Surabaya")]
    // a place in capitals and the domain after a slash; a domain with "www."; a known place as the domain's edition, a stop
    // after it; a rubric where the outlet stands before the place and its colon; a rubric opening the words before the outlet;
    // a ".news" domain after the place
    [InlineData("SURABAYA/kabarkita.co.id – Abrasi di pantai utara sudah meruntuhkan sejumlah rumah penduduk.", "kabarkita.co.id", "Surabaya")]
    [InlineData("www.kabarkita.id – Anggota dewan menggelar reses di tiga desa untuk menjaring aspirasi warga.", "kabarkita.id", null)]
    [InlineData("Surabaya.kabarkita.com. Pemerintah desa menyalurkan bantuan langsung tunai kepada warga.", "kabarkita.com", "Surabaya")]
    [InlineData("REGIONAL, SURABAYA: Guna mempererat hubungan dengan warga, kodim meresmikan rumah layak huni.", null, "Surabaya")]
    [InlineData("Advertorial DPRD Surabaya, KabarKita.Com - Reses anggota dewan dibanjiri aspirasi warga desa.", "KabarKita.Com", null)]
    [InlineData("SURABAYA - KABARKITA.NEWS - Warga desa mendapat layanan pemeriksaan kesehatan secara gratis.", "KABARKITA.NEWS", "Surabaya")]
    // a known place and a brand written with a capital inside, a stop; a domain and a stop; the place, the day of filing and
    // the domain before the dash
    [InlineData("Surabaya, KabarkitaTV. Harga cabai di sejumlah pasar tradisional makin pedas sejak pekan lalu.", "KabarkitaTV", "Surabaya")]
    [InlineData("Kabarkita.co.id. Komisi pemilihan umum provinsi menggelar deklarasi kampanye damai di depan kantor polda.", "Kabarkita.co.id", null)]
    [InlineData("SURABAYA, Jumat (15/10/2021) kabarkita-news.com – Kabar baik datang dari gelaran pekan olahraga nasional.", "kabarkita-news.com", "Surabaya")]
    [InlineData("SURABAYA, Kabar Kita — Petani sawit di provinsi itu membakar tandan buah segar sebagai bentuk protes.", "Kabar Kita", "Surabaya")]
    [InlineData("KABUPATEN NABIRE (PAPUA) – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "PAPUA", "Kabupaten Nabire")] // a place unit opens it: no outlet
    [InlineData("SUKAMAJU, KABAR24.COM-Rumah sakit umum daerah kini memiliki fasilitas radiologi sendiri.", "KABAR24.COM", "Sukamaju")]
    // a place with its capitals spaced apart, the outlet in brackets after the dash
    [InlineData("S U K A M A J U – (Kabar), Kabupaten itu menggelar festival budaya di pantai selama tiga hari.", "Kabar", "Sukamaju")]
    // a publication's name written as one word ending in TIMES, POST, VOICE …; such a name before a known place; a colon after them
    [InlineData("KOTATIMES - Longsor menutup jalan desa dan berdampak pada dua ratus kepala keluarga.", "KOTATIMES", null)]
    [InlineData("KOTAVOICE – Pedagang menolak pindah ke pasar baru karena kiosnya terlalu sempit.", "KOTAVOICE", null)]
    [InlineData("Kabar7news Garut - Harga cabai di pasar induk naik tajam menjelang hari raya tahun ini.", "Kabar7news", "Garut")]
    [InlineData("KOTAnews, Garut: Pemerintah provinsi menandatangani nota kesepahaman dengan aparat penegak hukum.", "KOTAnews", "Garut")]
    // the outlet's domain and its code in brackets before the place; a place, a comma, the domain and a colon; the filing day after the place
    [InlineData("KABARKOTA.COM (KK), SUKAMAJU – Dinas kesehatan kota membangun posko darurat di sejumlah titik.", "KABARKOTA.COM", "Sukamaju")]
    [InlineData("SUKAMAJU,KABARkota.id: Wali kota menginstruksikan dinas untuk mengerahkan pasukan kebersihan.", "KABARkota.id", "Sukamaju")]
    [InlineData("SUKAMAJU 22/8 (Kabar) - Pemerintah provinsi menandatangani nota kesepahaman dengan kejaksaan.", "Kabar", "Sukamaju")]
    // pieces joined by a slash, a comma, a colon or brackets; a domain beside a place; an underscore or a dash before the sentence
    [InlineData("**KABARMEDIA / SUKAMAJU, JAWA BARAT – Dua warga desa itu sepakat berdamai setelah mediasi di balai desa.", "KABARMEDIA", "Sukamaju")]
    [InlineData("Garut,(kabarkita.com) - Harga cabai di pasar induk naik tajam menjelang hari raya tahun ini.", "kabarkita.com", "Garut")]
    [InlineData("CIAMIS,KABARKITA.com__Tiga rumah warga rusak berat setelah diterjang angin kencang pada sore hari.", "KABARKITA.com", "Ciamis")]
    [InlineData("GARUT, KABARKU.ID_ Kapolres mengimbau jajarannya untuk melayani warga dengan ramah dan cepat.", "KABARKU.ID", "Garut")]
    [InlineData("KABARKITA.ID : GARUT – Pekan olahraga kabupaten resmi ditutup dengan upacara di stadion utama.", "KABARKITA.ID", "Garut")]
    [InlineData("kabarkita.com Garut – Ratusan nelayan menggelar syukuran laut di pantai utara pada hari Minggu.", "kabarkita.com", "Garut")]
    // a known place in mixed case and a stop after the outlet's domain; the outlet in brackets with a comma before the dash
    [InlineData("Kabarkita.com – Garut. Polisi menangkap dua orang yang diduga mencuri sepeda motor di pasar.", "Kabarkita.com", "Garut")]
    [InlineData("Kampung Baru(KBT),– Warga bergotong royong membangun taman kampung dengan dana swadaya.", "KBT", "Kampung Baru")]
    // a government's domain written with spaces
    [InlineData("KABARKOTA. GO. ID - Pemerintah kabupaten memberikan beasiswa kepada dua ribu siswa sekolah dasar.", "KABARKOTA. GO. ID", null)]
    // a brand in small letters; the outlet's code with its stop; a capital I typed for a pipe; a domain alone before ",-"
    [InlineData("Garut, kabarnews – Terdakwa perkara perusakan pagar divonis dua bulan penjara oleh majelis hakim.", "kabarnews", "Garut")]
    [InlineData("Garut, KK.- Warga desa menuntut aparat kepolisian secepatnya menangkap pelaku penganiayaan itu.", "KK", "Garut")]
    [InlineData("kabarkita.com I SUKA MAJU - Bupati secara resmi membuka turnamen sepak bola antardesa di lapangan.", "kabarkita.com", "Suka Maju")]
    [InlineData("GARUT II Kabarkita.id – Perusahaan dan koperasi menandatangani perjanjian kerja sama kebun plasma.", "Kabarkita.id", "Garut")]
    [InlineData("kabarkita.com,- Pameran produk usaha kecil memeriahkan hari jadi kota yang berlangsung tiga hari.", "kabarkita.com", null)]
    // a site's name in small letters holding a known place, after a place and a comma or opening the lead alone
    [InlineData("Garut, nomorsatugarut – Pemerintah kabupaten menandatangani nota kesepahaman dengan kejaksaan.", "nomorsatugarut", "Garut")]
    [InlineData("hallobandung – Pemerintah kota menandatangani nota kesepahaman dengan kejaksaan negeri.", "hallobandung", null)]
    // a place and an outlet, both in capitals, around a comma, the hyphen glued to the sentence
    [InlineData("BANDUNG,KABAR POS-Polisi menangkap dua orang yang diduga mencuri sepeda motor warga.", "KABAR POS", "Bandung")]
    [InlineData("KABARKU, BANDUNG-Petugas pemadam kebakaran memadamkan api di gudang kain itu.", "KABARKU", "Bandung")]
    // a place glued to the domain by an underscore
    [InlineData("kabarkita.co_garut – Harga gabah di tingkat petani turun dua pekan terakhir.", "kabarkita.co", "Garut")]
    // a known place glued to the domain by a stop, or after the domain's colon
    [InlineData("Kabarkita.co.id.Malang – Asosiasi kepala desa menandatangani nota kesepahaman dengan bank daerah.", "Kabarkita.co.id", "Malang")]
    [InlineData("KABARKITA.COM: GARUT – Festival layang-layang digelar di pantai selatan selama dua hari.", "KABARKITA.COM", "Garut")]
    // a known place glued before the outlet's domain as its edition, a dash after it; a subdomain before the domain; newer endings
    [InlineData("SAMARINDA.KABARKITA.ASIA — Harga cabai di pasar kota menembus seratus ribu rupiah per kilogram.", "KABARKITA.ASIA", "Samarinda")]
    [InlineData("BANGKOK.kabarkita.id-Perguruan tinggi itu menjajaki kerja sama dengan universitas di Thailand.", "kabarkita.id", "Bangkok")]
    [InlineData("KUPANG, KABAR.FAJAR.CO.ID-Akibat cuaca buruk, nelayan di kota itu berhenti melaut sepekan.", "KABAR.FAJAR.CO.ID", "Kupang")]
    [InlineData("kabarkita.today – Pemerintah kabupaten menunjukkan komitmen kuat menurunkan angka stunting.", "kabarkita.today", null)]
    // an outlet's code alone, or before the place; a place and an outlet around a comma closed by a colon, a pipe or nothing;
    // a domain glued to an acronym; a name ending in a word of the news
    [InlineData("KK – Presiden menerima kunjungan kehormatan tamu negara di istana pada hari Minggu sore.", "KK", null)]
    [InlineData("KBS Garut – Dalam rangka penanganan masalah hukum, pemerintah kabupaten bekerja sama dengan kejaksaan.", "KBS", "Garut")]
    [InlineData("THI. Garut - Ratusan warga desa menggeruduk kantor balai desa untuk menuntut kejelasan dana desa.", "THI", "Garut")]
    [InlineData("KK Kita Garut - Tiga puluh tujuh pekerja migran dideportasi dari negeri jiran pekan lalu.", "KK Kita", "Garut")]
    [InlineData("KBR, Garut : Aparat kepolisian akan menyelidiki asal usul video yang beredar di media sosial.", "KBR", "Garut")]
    [InlineData("Garut, KabarKita.com: Bupati meresmikan sekolah menengah pertama negeri di desa itu pada hari Senin.", "KabarKita.com", "Garut")]
    [InlineData("Garut, kabarkita.net Bupati melepas dua ratus atlet kontingen kabupaten ke arena pekan olahraga provinsi.", "kabarkita.net", "Garut")]
    [InlineData("kabarkita.com, Garut | Gubernur menekankan bahwa kebutuhan sekolah itu harus dipenuhi tahun ini juga.", "kabarkita.com", "Garut")]
    [InlineData("Garut, kabarkita.com |Kembali kabupaten itu diguncang gempa dengan kekuatan besar pada malam hari.", "kabarkita.com", "Garut")]
    [InlineData("KABARKITA.com-DPRD kota menandatangani nota kesepahaman dengan perguruan tinggi negeri itu.", "KABARKITA.com", null)]
    // a regency's seat the gazetteer knows, beside an outlet's domain, or alone in mixed case (no brand)
    [InlineData("Sengeti, kabarkita.com: Bupati meresmikan sekolah menengah pertama negeri di desa itu pada hari Senin.", "kabarkita.com", "Sengeti")]
    [InlineData("Tobadak – Warga dua desa bergotong royong memperbaiki jembatan yang rusak diterjang banjir.", null, "Tobadak")]
    // the outlet's domain in brackets opening the lead; a known place, a slash and a brand glued to the sentence by a hyphen
    [InlineData("(Kabarkita.com), Volume perdagangan kedua negara tahun ini meningkat sebesar tiga puluh persen.", "Kabarkita.com", null)]
    [InlineData("Garut/KabarKitaNews-Pemerintah kabupaten bersama tujuh puluh bupati se-Indonesia menandatangani komitmen.", "KabarKitaNews", "Garut")]
    [InlineData("KOTABAROMETER — Upaya pemerintah provinsi meningkatkan mutu layanan kesehatan kembali ditegaskan.", "KOTABAROMETER", null)]
    public void Dateline_shapes_of_smaller_sites(string line, string? outlet, string? city)
    {
        Assert.True(Datelines.TryDateline(line, out var o, out var c, out int len));
        Assert.Equal(outlet, o);
        Assert.Equal(city, c);
        Assert.True(char.IsUpper(line[len]));
    }

    [Theory]
    [InlineData("Jakarta: Banjir Rendam Ratusan Rumah di Tepi Kali")]
    [InlineData("Rinciannya: Harga beras naik dua persen di pasar induk kota itu.")]
    [InlineData("SUKAMAJU- Pemerintah kota menandatangani nota kesepakatan dengan perguruan tinggi itu.")]
    [InlineData("Sukamaju- Pemerintah kota menandatangani nota kesepakatan dengan perguruan tinggi itu.")]
    [InlineData("Jakarta-Bandung kini dapat ditempuh dalam waktu kurang dari satu jam dengan kereta cepat.")]
    [InlineData("Surabaya-Malang macet total sejak pagi karena perbaikan jalan tol di dua titik.")]
    [InlineData("kabarkita, Sukamaju – Pemerintah kabupaten memperpanjang kerja sama dengan bank daerah itu.")]
    [InlineData("Sukamaju | Final turnamen sepak bola antardesa digelar di lapangan kecamatan pada hari Minggu.")]
    [InlineData("Ketua (Kabar) : Saya minta semua pihak menahan diri sampai mediasi berikutnya digelar.")]
    [InlineData("Bandung | Berita Daerah")]
    [InlineData("perlahan – Warga mulai kembali ke rumah masing-masing setelah banjir surut.")]
    [InlineData("BANDUNG, JAKARTA-Bogor menjadi rute favorit para pesepeda pada akhir pekan.")]
    [InlineData("Bandung, Garut : Dua kota itu sepakat bekerja sama mengelola sampah di perbatasan kedua daerah.")] // two places and a colon
    [InlineData("Menurut Budi, Garut | Kota itu sepakat bekerja sama mengelola sampah di perbatasan kedua daerah.")]
    public void A_colon_after_a_headline_or_a_word_that_is_no_place_is_no_dateline(string line)
        => Assert.False(Datelines.TryDateline(line, out _, out _, out _));

    [Theory]
    [InlineData("KPK – Komisi itu menetapkan kepala desa sebagai tersangka korupsi dana desa tahun lalu.")]
    [InlineData("DPRD Garut – Panitia khusus dewan merampungkan pembahasan rancangan peraturan daerah itu.")]
    [InlineData("BNN – Badan itu memusnahkan barang bukti narkotika hasil pengungkapan selama setahun.")]
    public void A_body_s_acronym_before_the_dash_is_no_outlet(string line)
    {
        Datelines.TryDateline(line, out var o, out _, out _);
        Assert.True(o is null || o.Length > 5, o);
    }

    [Theory]
    [InlineData("MABA – Polisi menangkap dua orang yang diduga mencuri sepeda motor warga.", "Maba")]
    [InlineData("Kota Cendana – Polisi menangkap dua orang yang diduga mencuri sepeda motor warga.", "Kota Cendana")]
    [InlineData("Medan – Polisi menangkap dua orang yang diduga mencuri sepeda motor warga.", "Medan")]
    [InlineData("Tanjung Cendana – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "Tanjung Cendana")] // two words in mixed case, no word of the news
    [InlineData("TANJUNGMALANG – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "Tanjungmalang")] // a place's opener glued to a known place
    [InlineData("SUKAMAJURAYA – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "Sukamajuraya")] // no known place in it
    [InlineData("BLANGPIDIE – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "Blangpidie")] // a town written as one word: no word of the news opens it
    [InlineData("BANDAACEH – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "Bandaaceh")]
    [InlineData("ODA – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "Oda")] // capitals with two vowels: a town, no outlet's code
    [InlineData("WEBO – Nelayan setempat memperbaiki perahu menjelang musim angin barat.", "Webo")]
    public void A_known_place_or_a_name_in_capitals_alone_stays_the_city(string line, string city)
    {
        Assert.True(Datelines.TryDateline(line, out var o, out var c, out _));
        Assert.Null(o);
        Assert.Equal(city, c);
    }

    [Theory]
    [InlineData("KABAR DAERAH – BPJS Kesehatan mencatat kenaikan peserta di kota itu.", "Kabar Daerah")]
    [InlineData("PANTAU KOTA– Harga cabai rawit di pasar induk turun dua ribu rupiah.", "Pantau Kota")]
    [InlineData("Suara Cendana – Kepala kepolisian resor menegaskan dua puluh warga telah ditahan.", "Suara Cendana")]
    // one word glued from a word and a known place or province: an outlet named after its region
    [InlineData("KABARMALANG – Kepala kepolisian resor menegaskan dua puluh warga telah ditahan.", "Kabarmalang")]
    [InlineData("FAKTAKALTIM – Festival budaya resmi ditutup oleh bupati pada malam puncak.", "Faktakaltim")]
    public void A_name_with_a_word_of_the_news_where_the_place_stands_is_the_outlet(string line, string outlet)
    {
        Assert.True(Datelines.TryDateline(line, out var o, out var c, out _));
        Assert.Equal(outlet, o);
        Assert.Null(c);
    }

    [Theory]
    [InlineData("Garut — 3 Maret 2025 — Pada hari Senin, warga dua RT bermusyawarah di kantor kelurahan.", "Garut", "Pada hari Senin")]
    [InlineData("GARUT, Kabar - Selasa, 4 Maret 2025 - Warga dua RT bermusyawarah di kantor kelurahan itu.", "Garut", "Warga dua RT")]
    public void A_filing_date_between_dashes_belongs_to_the_dateline(string line, string city, string start)
    {
        Assert.True(Datelines.TryDateline(line, out _, out var c, out int len));
        Assert.Equal(city, c);
        Assert.StartsWith(start, line.Substring(len), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bandung, Garut – Dua kota itu sepakat bekerja sama mengelola sampah di perbatasan.")] // two places, no outlet
    [InlineData("Kapolres Garut / Humas – Polisi menangkap dua orang yang diduga mencuri sepeda motor warga.")] // no piece is unmistakable
    [InlineData("Menurut dia, warga – terutama petani – sudah lama menunggu perbaikan saluran irigasi itu.")] // prose
    public void Pieces_without_an_outlet_or_a_known_place_beside_another_piece_are_no_dateline(string line)
        => Assert.False(DatelinePieces.TryRead(line, out _, out _, out _));

    [Theory]
    [InlineData("SURABAYA.GO.ID – Pemerintah kota menggelar pelatihan kewirausahaan bagi warga di balai kota.")]
    [InlineData("Solo.sch.id – Siswa sekolah itu meraih juara lomba karya ilmiah tingkat provinsi pekan ini.")]
    public void A_government_or_school_domain_named_by_its_place_is_no_place_and_outlet(string line)
        => Assert.False(Datelines.TryDateline(line, out var o, out var c, out _) && c != null && o != null && o.Length <= 6);

    [Theory]
    [InlineData("kabar.co.id", "kabar.co.id")]
    [InlineData("KABAR.CO.ID", "KABAR.CO.ID")]
    [InlineData("jabar.kabarku.com", "kabarku.com")]
    public void A_regional_subdomain_is_dropped_from_the_outlet(string outlet, string settled)
        => Assert.Equal(settled, DatelineShapes.WithoutRegionalSubdomain(outlet));
}

/// <summary>A dash glued between two names of a headline ("Rute Pekanbaru–Penang", "Laga Persib–Persija") opens no dateline.</summary>
public class HeadlineDashTests
{
    [Theory]
    [InlineData("Rute Pekanbaru–Penang Resmi Dibuka, Pemprov Riau Bidik Wisatawan Malaysia")]
    [InlineData("Laga Persib–Persija Ditunda, Polisi Minta Suporter Tenang")]
    public void A_headline_joining_two_names_with_a_dash_stays_the_title(string headline)
    {
        var a = TestText.Extract(headline + "\n\nPEKANBARU, KABAR - Maskapai membuka rute baru, Kamis (18/4/2024).\n\nPesawat itu terbang pukul 10.15 WIB. \"Kami senang,\" kata Budi Santoso.\n");
        Assert.Equal(headline, a.Title);
        Assert.Equal("Pekanbaru", a.Dateline);
        Assert.Equal(new[] { "Budi Santoso" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("JAKARTA–Presiden meresmikan jalan tol baru di pinggir kota.", "Jakarta")]
    [InlineData("Jakarta Selatan–Polisi menangkap dua pelaku pencurian di pasar.", "Jakarta Selatan")]
    public void A_place_glued_to_its_dash_still_opens_the_dateline(string lead, string city)
        => Assert.Equal(city, TestText.Extract("Judul Berita Uji\n\n" + lead + "\n\nParagraf kedua berita.\n").Dateline);
}
