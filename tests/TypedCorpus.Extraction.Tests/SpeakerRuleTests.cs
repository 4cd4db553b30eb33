using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Speaker and person-name rules for real news (texts written for each rule).</summary>
public class SpeakerRuleTests
{
    private static string[] Speakers(string body, int quote = 0)
    {
        var a = TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + body + "\n");
        return a.Quotes[quote].Speakers.ToArray();
    }

    [Theory]
    // an initial without its period belongs to the name, before or inside it
    [InlineData("Direktur Utama PT Transportasi Bandung M Rudi Hartawan, Selasa (22/3/2022), menjelaskan, armada siap.\n\n\"Semua bus sudah diperiksa,\" kata Rudi.", "M Rudi Hartawan")]
    [InlineData("Ketua Harian Pengurus SPS Pusat Gilang P Wiradinata mengatakan, acara itu bagian dari festival.\n\n\"Kami senang,\" ujar Gilang.", "Gilang P Wiradinata")]
    public void InitialsStayInTheName(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // an office and its place, then the holder with a rank written out in words and its short form in brackets
    [InlineData("Kapolres Pakuan, Ajun Komisaris Besar Polisi (AKBP) Bahtiar Simanjuntak menegaskan, 22 warga ditahan.\n\n\"Mereka sudah tersangka,\" ujar Kapolres kepada wartawan.", 0, "Bahtiar Simanjuntak")]
    // the holder in apposition between commas after the office and its place; then the office alone as the subject
    [InlineData("Penandatanganan dilakukan oleh Wali Kota Sukamaju, Weni Lasut, dan Rektor Universitas Sukamaju.\n\n\"Selamat kepada wisudawan,\" ujar Wali Kota.\n\n"
        + "Lebih lanjut, Wali Kota menegaskan kerja sama itu penting.\n\n\"Ini langkah maju,\" tambahnya.", 1, "Weni Lasut")]
    // a description before "itu" may hold a rank or a country: the person last speaking
    [InlineData("\"Belum ada kaitan,\" kata Kepala Divisi Humas Polri Irjen Sandi Pratama dalam konferensi pers.\n\n\"Mohon waktu,\" ujar jenderal bintang dua itu.", 1, "Sandi Pratama")]
    [InlineData("Pelatih kepala Hans Bauer senang dengan hasil itu. \"Pemain berjuang keras,\" katanya.\n\n\"Babak pertama kurang baik,\" ucap pelatih berpaspor Austria itu.", 1, "Hans Bauer")]
    // the office's short form in brackets, then the holder and a verb; "kata Mendag, Senin (…)" is the holder's
    [InlineData("Menteri Perdagangan (Mendag), Zulham Harahap meningkatkan kerja sama dagang.\n\n\"Kerja sama ini penting,\" kata Mendag, Senin (15/5/2023).", 0, "Zulham Harahap")]
    // a name's initials as the article's one person with them, as a cue's speaker and as a subject
    [InlineData("Mantan Presiden RI yang ke-6, Susanto Bagus Yudhana terlihat marah.\n\n\"Kami dituduh,\" tutur SBY.", 0, "Susanto Bagus Yudhana")]
    [InlineData("Mantan Presiden RI yang ke-6, Susanto Bagus Yudhana terlihat marah.\n\nDalam konferensi pers tersebut SBY merasa dituduh. \"Kami dituduh,\" ujarnya.", 0, "Susanto Bagus Yudhana")]
    // "singkat" is a cue of saying
    [InlineData("Kepala Staf Presiden Mulyadi Wirya enggan berkomentar.\n\n\"Tidak ada komentar,\" singkat Mulyadi Wirya.", 0, "Mulyadi Wirya")]
    // a quotation glued to the stop of the sentence that names its speaker
    [InlineData("Kapolres AKBP Darmanto Ibrahim yang dikonfirmasi mengatakan tujuh pelaku diamankan.\u201DIdentitas belum bisa kami sampaikan,\" ucapnya.", 0, "Darmanto Ibrahim")]
    // "orang nomor satu di Kota … ini": the person last acting, named by initials the article's person has
    [InlineData("Wali Kota Bitung Andika Rompis membuka acara.\n\nDalam kesempatan itu Walikota AA meminta semua kepala dinas bekerja.\n\n\"Ini perlu perhatian,\" ujar orang nomor satu di Kota Bitung ini.", 0, "Andika Rompis")]
    // a degree written without periods ends the name
    [InlineData("Rektor Universitas Widya Harapan, Prof Dr Ir Elena Jovita Kumontoy MSc DEA mengatakan kerja sama itu bermanfaat.\n\n\"Mahasiswa turun ke instansi,\" jelasnya.", 0, "Elena Jovita Kumontoy")]
    // an office written as one abbreviated word ("Wamenpar": a deputy minister) is an office: its holder speaks
    [InlineData("Wakil Menteri Pariwisata Ni Luh Ayu Sukerti membuka festival.\n\nSementara itu, Wamenpar Ni Luh Ayu Sukerti menegaskan pentingnya budaya.\n\n\"Festival ini harus masuk agenda,\" tegas Wamenpar.", 0, "Ni Luh Ayu Sukerti")]
    // a rank written with a period; the office and its unit as the subject, then "-nya"
    [InlineData("Konferensi pers disampaikan oleh Kasat Narkoba AKP. Hasan Rahmadi.\n\nKapolres Luwuk AKBP Made Hendra Wiguna melalui Kasat Narkoba menyampaikan hasil kerja anggota.\n\n"
        + "Kasat Narkoba juga menyampaikan harapan agar media membantu.\n\n\"Kami butuh sinergi semua pihak,\" ujarnya.", 0, "Hasan Rahmadi")]
    // an office and its unknown place ending the attribution ("ujar Bupati Butara, saat …") is the holder the article introduced
    [InlineData("Bupati Butara, Abu Rahmat mengungkapkan, nota kesepahaman itu energi baru.\n\n\"Itu bukan kemitraan sejati,\" ujar Bupati Butara, saat ditemui usai acara.", 0, "Abu Rahmat")]
    // "ujar Kepala Desa": the holder of the office with that unit, not of any "Kepala …"
    [InlineData("Kepala Desa Tegal, I Gede Putu Artha, memimpin mediasi. Kepala Dusun Kelod, Made Rai, hadir.\n\n\"Mari kita selesaikan,\" ujar Kepala Desa dalam sambutannya.", 0, "I Gede Putu Artha")]
    // "ungkap Presiden seperti dikutip …": the source after the office ends the attribution
    [InlineData("Presiden Joko Widodo bertemu Perdana Menteri Malaysia.\n\n\"Kita harus memperkuat kerja sama,\" ungkap Presiden seperti dikutip laman resmi.", 0, "Joko Widodo")]
    // a quotation opening its sentence whose comma was forgotten, then a cue; "sambut" and "apresiasi" are cues
    [InlineData("Pedagang bernama Saman (50) mengeluhkan harga cabai.\n\n\"Kentang juga harganya normal saja\" tambahnya.", 0, "Saman")]
    [InlineData("Kepala Dinas Purnomo Santosa menerima penghargaan itu.\n\n\"Penghargaan ini menantang kami semua,\" sambut Purnomo.", 0, "Purnomo Santosa")]
    public void AnOfficeOrADescriptionNamesTheArticlesHolder(string body, int quote, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body, quote));

    [Fact]
    public void An_office_the_article_gives_nobody_speaking_leaves_the_nya_quote_unnamed()
        => Assert.Empty(Speakers("Kapolres Luwuk AKBP Made Hendra Wiguna membuka acara itu.\n\nKasat Narkoba juga menyampaikan harapan agar media membantu.\n\n\"Kami butuh sinergi semua pihak,\" ujarnya."));

    [Theory]
    // a preposition opening a sentence is no part of a name ("Kepada Anies …")
    [InlineData("Gubernur Sulawesi Tengah Rusdi Mastura meminta bantuan.\n\nKetua DPRD Kota Palu menyarankan Kepada Rusdi Mastura supaya tidak banding.\n\n\"Kami akan tindak lanjuti,\" kata Rusdi.", "Rusdi Mastura")]
    public void FunctionWordsAreNoNames(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    [InlineData("Pihaknya", true)]
    [InlineData("Baginya", true)]
    [InlineData("Sebelumnya", true)]
    [InlineData("Sonya", false)]
    [InlineData("Tanya", false)]
    public void AFunctionOrRoleWordWithNyaIsNoName(string word, bool nonName)
        => Assert.Equal(nonName, TypedCorpus.Extraction.Lexicon.NameLexicon.IsNonName(word));

    [Theory]
    [InlineData("harap")]
    [InlineData("tutup")]
    [InlineData("pesannya")]
    [InlineData("ajak")]
    public void MoreCuesOfSaying(string cue)
    {
        var a = TestText.Extract($"Judul Berita Uji\n\nSurabaya, Kabar - Kepala Dinas Kebersihan Kota Surabaya Hendro Gunawan meninjau pasar.\n\n\"Jangan buang sampah ke sungai,\" {cue} Hendro.\n");
        var q = Assert.Single(a.Quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Hendro Gunawan" }, q.Speakers.ToArray());
    }

    [Fact]
    public void ShortFormAcrossArticlesOnlyWhenOnePersonFits()
    {
        var one = TestText.Extract("Judul Satu\n\nJakarta, Kabar - Menteri Keuangan Bambang Sutrisno tiba di Tokyo.\n", "a.txt");
        var two = TestText.Extract("Judul Dua\n\nJakarta, Kabar - Ketua DPR Bambang Wuryanto membuka sidang.\n", "b.txt");
        var three = TestText.Extract("Judul Tiga\n\nJakarta, Kabar - \"Kami tidak akan mundur,\" ujar Bambang.\n", "c.txt");
        var four = TestText.Extract("Judul Empat\n\nJakarta, Kabar - \"Anggaran cukup,\" ujar Sutrisno.\n", "d.txt");
        var corpus = CorpusResolver.Resolve(new[] { one, two, three, four });
        // two Bambangs in the corpus: the short form stays as written
        Assert.Equal(new[] { "Bambang" }, corpus.Articles.Single(x => x.File == "c.txt").Quotes[0].Speakers.ToArray());
        // one Sutrisno: the corpus names him in full
        Assert.Equal(new[] { "Bambang Sutrisno" }, corpus.Articles.Single(x => x.File == "d.txt").Quotes[0].Speakers.ToArray());
    }

    [Fact]
    public void AFullNameOfTheArticleIsNeverReplacedByALongerOneElsewhere()
    {
        var one = TestText.Extract("Judul Satu\n\nJakarta, Kabar - Menteri Dalam Negeri Muhammad Rahman Hakim tiba di Bali.\n", "a.txt");
        var two = TestText.Extract("Judul Dua\n\nJakarta, Kabar - Menteri Dalam Negeri Rahman Hakim meninjau pasar.\n\n\"Harga stabil,\" kata Rahman.\n", "b.txt");
        var corpus = CorpusResolver.Resolve(new[] { one, two });
        var b = corpus.Articles.Single(x => x.File == "b.txt");
        Assert.Equal(new[] { "Rahman Hakim" }, b.Quotes[0].Speakers.ToArray());
    }

    [Fact]
    public void AWordUsedAloneAfterACueIsANameEvenWhereAPlaceListTookIt()
    {
        var body = "Kabupaten/Kota Tujuan Wiratmo menambahkan, pos pengamanan disiapkan.\n\n\"Arus balik dua tahap,\" kata Direktur Lalu Lintas Polda Jaya Komisaris Besar Wiratmo Adi Saputro saat ditemui.\n\n\"Kami siapkan pos,\" ujar Wiratmo.";
        Assert.Equal(new[] { "Wiratmo Adi Saputro" }, Speakers(body, 0));
        Assert.Equal(new[] { "Wiratmo Adi Saputro" }, Speakers(body, 1));
    }

    [Theory]
    // a person named as an object or in a parenthesis does not become the subject a later "katanya" refers to
    [InlineData("Pakar hukum pidana Yusuf Handoko menilai aturan itu keliru.\n\nNamun, kebijakan itu diambil pemerintah (pada masa Presiden Bambang Kartono) untuk memberi sanksi.\n\n\"Hakim akan berpikir ulang,\" ujarnya.", "Yusuf Handoko")]
    [InlineData("Kepala Dinas Pasar Kota Malang Rina Sari menjelaskan harga naik.\n\nWarga juga mengeluhkan tindakan terhadap Joni Wijaya yang ditangkap polisi.\n\n\"Stok kami cukup,\" katanya.", "Rina Sari")]
    // the subject of a verb of saying, after an apposition, takes over
    [InlineData("Kepala Dinas Pasar Kota Malang Rina Sari menjelaskan harga naik.\n\nMenurut Asep Mulyana, salah satu anggota staf dari Kantor Pelabuhan Tanjung Perak, bongkar muat diawasi.\n\n\"Truk wajib disiram,\" katanya.", "Asep Mulyana")]
    // a passive verb of saying names its agent
    [InlineData("Kepala Dinas Pasar Kota Malang Rina Sari menjelaskan harga naik.\n\nInformasi ini disampaikan Direktur Utama PT Kereta Cepat Nusantara Widi Hartono di Jakarta.\n\n\"Tiket dijual Maret,\" katanya.", "Widi Hartono")]
    public void TheSubjectAKatanyaRefersTo(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // fields and bodies of an office title ("Bidang Kedaruratan dan Logistik", "Divisi Korporasi") are no holders
    [InlineData("\"Pekerja itu kejang,\" kata Kepala Bidang Kedaruratan dan Logistik di Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo Andri Saputro saat dihubungi.", "Andri Saputro")]
    [InlineData("\"Layanan kami sesuaikan,\" ujar Kepala Divisi Sekretaris Korporasi dan Humas PT Transportasi Bandung Angelina Putri.", "Angelina Putri")]
    [InlineData("\"Kerangka itu kami bawa,\" ujar Kepala Bidang Kedokteran dan Kesehatan Polda Jateng Komisaris Besar Sumi Lestari.", "Sumi Lestari")]
    [InlineData("\"Dia tidak mau menyerah,\" papar Wakil Kepala Operasi Damai Sentosa, Komisaris Besar Faizal Akbar di Jayapura.", "Faizal Akbar")]
    [InlineData("\"Kami tegur,\" kata Kepala Seksi Penyelidikan dan Penyidikan Satpol PP Tangerang Selatan Muksin Hakim.", "Muksin Hakim")]
    public void TheHolderEndsAnOfficeTitle(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    [InlineData("Kedaruratan", true)]
    [InlineData("Pengendalian", true)]
    [InlineData("Korporasi", true)]
    [InlineData("Solidaritas", true)]
    [InlineData("Kurniawan", false)]
    [InlineData("Setiawan", false)]
    [InlineData("Anastasia", false)]
    public void AbstractNounsAreNoNames(string word, bool abstractNoun)
        => Assert.Equal(abstractNoun, TypedCorpus.Extraction.Lexicon.NameLexicon.IsAbstractNoun(word));

    [Theory]
    // two capitals closing a name are its initials, not an organisation
    [InlineData("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Hasan MD dalam jumpa pers mengatakan, situasi terkendali.\n\n\"Tidak ada korban,\" kata Hasan.", "Hasan MD")]
    [InlineData("Direktur Jenderal Bina Wilayah Kementerian Dalam Negeri Saiful ZA mengakui masih ada selisih data.\n\n\"Selisihnya tipis,\" ujarnya.", "Saiful ZA")]
    // ... but not a body's acronym
    [InlineData("Ketua Fraksi Golkar Budi Santoso RI menilai usulan itu baik.\n\n\"Kami dukung,\" kata Budi.", "Budi Santoso")]
    public void InitialsAfterAName(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // the person a sentence describes (a relative clause, a passive verb) does not take over from the last speaker
    [InlineData("Kepala Biro Penerangan Brigjen (Pol) Arman Hidayat telah menegaskan bahwa tindakan itu sesuai prosedur.\n\nSutardi yang terpaksa ditembak mati juga telah berstatus tersangka.\n\n\"Statusnya tersangka,\" ujarnya.", "Arman Hidayat")]
    // a short relative clause between the name and its verb of saying
    [InlineData("Wakil Gubernur Riau Hendra Gunawan menjelaskan proyek itu.\n\nDirektur Utama PT Riau Propertindo Widi Santoso yang dihubungi terpisah menyatakan pekerjaan hampir selesai.\n\n\"Selesai Maret,\" katanya.", "Widi Santoso")]
    // the body a person speaks for, between the name and the verb
    [InlineData("Kepala Dinas Perhubungan Kabupaten Cirebon Purnomo Aji meninjau jalur.\n\nDiyono dari Seksi Pengujian Kendaraan Bermotor Dinas Perhubungan Kabupaten Cirebon menambahkan, penerangan jalan dibenahi.\n\n\"Semua siap,\" ucapnya.", "Diyono")]
    // a scholar's field names a role: "Psikolog forensik X mengatakan"
    [InlineData("Psikolog forensik Rendra Indra Giri mengatakan, kasus itu ekstrem.\n\n\"Itu fenomena,\" katanya.", "Rendra Indra Giri")]
    public void WhoSpeaksInTheSentenceBefore(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // a place the gazetteer knows ends the office; the whole name follows it
    [InlineData("Adapun Wakil Wali Kota Malang Sofyan Edi Prasetyo berterima kasih atas program itu.\n\n\"Budaya hidup sehat penting,\" katanya.", "Sofyan Edi Prasetyo")]
    [InlineData("Kepala Badan Penanggulangan Bencana Daerah Lebak Febby Rizky Pratama menuturkan, tim berkoordinasi.\n\n\"Terasa seperti truk lewat,\" ujarnya.", "Febby Rizky Pratama")]
    // a surname that is also a regency's name stays in the name
    [InlineData("Kepala Divisi Advokasi Lembaga Bantuan Hukum Palembang Fribertson Parulian Samosir menegaskan, kekerasan tidak dibenarkan.\n\n\"Itu melanggar hukum,\" katanya.", "Fribertson Parulian Samosir")]
    public void PlacesFromTheGazetteer(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // an office alone after a cue is the one person the article gave it
    [InlineData("Presiden Hendra Wijaya meresmikan taman kota.\n\nWarga menyambut baik.\n\n\"Saya senang sekali,\" ujar Presiden.", "Hendra Wijaya")]
    [InlineData("Presiden Hendra Wijaya meresmikan taman kota.\n\nWarga menyambut baik.\n\n\"Saya senang sekali,\" kata Presiden dalam video di akun resmi.", "Hendra Wijaya")]
    // "X tersebut": the person last speaking or acting
    [InlineData("Ketua AJI Semarang Tri Joko Santoso menambahkan, media masih reaktif.\n\n\"Media seharusnya mengarusutamakan isu iklim,\" papar Ketua AJI Semarang tersebut.", "Tri Joko Santoso")]
    public void AnOfficeAloneNamesItsHolder(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Fact]
    public void AnOfficeHeldByTwoPeopleNamesNobody()
    {
        var body = "Presiden Hendra Wijaya menerima Presiden Arman Santoso di istana.\n\n\"Kami sepakat bekerja sama,\" ujar Presiden.";
        Assert.Empty(Speakers(body));
    }

    [Fact]
    public void AWellKnownShortNameIsThePersonsFullName()
    {
        var a = TestText.Extract("Judul Berita Uji\n\nKupang, Kabar - Presiden Joko Widodo meresmikan pasar.\n\nDalam kunjungan itu, Presiden Jokowi juga memberikan bantuan.\n\n\"Kami harapkan penataan berlanjut,\" ujar Jokowi.\n");
        Assert.Equal(new[] { "Joko Widodo" }, a.People.ToArray());
        Assert.Equal(new[] { "Joko Widodo" }, a.Quotes[0].Speakers.ToArray());
    }

    [Theory]
    // an initial stands for the article's full word: "M Nuh" is Mohammad Nuh
    [InlineData("Ketua Dewan Pers Mohammad Nuh membuka acara itu.\n\nM Nuh menambahkan, pers adalah mitra pemerintah.\n\n\"Kami yakin kebersamaan itu kekuatan,\" tuturnya.", "Mohammad Nuh")]
    // a Balinese name in apposition is kept whole, also when a short form of it is used alone later
    [InlineData("Dihubungi secara terpisah, anggota Komisi Pemilihan Umum (KPU), I Dewa Kade Wiarsa Raka Sandi, mengatakan, hasil survei baik.\n\n\"KPU tengah bersiap,\" kata Raka.", "I Dewa Kade Wiarsa Raka Sandi")]
    // an outlet or a party ends the office title: the whole name follows
    [InlineData("Penghargaan itu diterima oleh Redaktur Pelaksana Harian Kompas Adi Prinantyo di Yogyakarta.\n\n\"Kami terus berinovasi,\" ujar Adi.", "Adi Prinantyo")]
    [InlineData("Secara terpisah, anggota Komisi I DPR dari Fraksi Partai Golkar Bobby Adhityo Rizaldi menyambut baik pembelian itu.\n\n\"Harus alutsista baru,\" ucap Bobby.", "Bobby Adhityo Rizaldi")]
    // a rank written "Jendral" is no name
    [InlineData("Sementara itu, Kapolda Jateng Inspektur Jendral Ahmad Lutfianto membenarkan penangkapan itu.\n\n\"Kami amankan,\" ujar Lutfianto.", "Ahmad Lutfianto")]
    public void NameFormsOfRealNews(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Fact]
    public void AOneWordNameTheArticleIntroducesIsNotLengthenedFromTheCorpus()
    {
        var one = TestText.Extract("Judul Satu\n\nJakarta, Kabar - Ketua Yayasan Bunga Harapan Syarif Hidayat membuka acara.\n", "a.txt");
        var two = TestText.Extract("Judul Dua\n\nJakarta, Kabar - Sekretaris Komisi D bidang Pembangunan DPRD DKI Jakarta Syarif menyatakan banding tidak perlu.\n\n\"Terus ngapain banding?\" kata Syarif.\n", "b.txt");
        var three = TestText.Extract("Judul Tiga\n\nJakarta, Kabar - \"Kami terbuka,\" kata Hidayat.\n", "c.txt");
        var corpus = CorpusResolver.Resolve(new[] { one, two, three });
        Assert.Equal(new[] { "Syarif" }, corpus.Articles.Single(x => x.File == "b.txt").Quotes[0].Speakers.ToArray());
        // a short form the article does not introduce still takes the corpus' one full name
        Assert.Equal(new[] { "Syarif Hidayat" }, corpus.Articles.Single(x => x.File == "c.txt").Quotes[0].Speakers.ToArray());
    }

    [Theory]
    // a cleric's office and title introduce the person
    [InlineData("Uskup Jayapura Monsinyur Leo Laba Hadjar pada Minggu menyampaikan pesan Paskah.\n\n\"Gereja menyerukan gencatan senjata,\" kata Leo.", "Leo Laba Hadjar")]
    // "Jakarta Pusat" is a place, not a body: the holder follows it
    [InlineData("Kepala Seksi Pemberdayaan Masyarakat Sudin PPAPP Jakarta Pusat Bangun Siregar menilai taman perlu dirawat.\n\n\"Anggaran dialihkan,\" kata Bangun.", "Bangun Siregar")]
    public void MoreOfficesAndPlaces(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // "I" opens a Balinese name after a title
    [InlineData("Kepala Dinas Kesehatan Provinsi Bali dr I Gusti Ngurah Bagus Wirawan mengatakan kasus naik.\n\n\"Jentik berkembang cepat,\" kata Wirawan.", "I Gusti Ngurah Bagus Wirawan")]
    // Bugis noble opener and a given-name opener stay with the name, also when a short form is used alone
    [InlineData("Wali Kota Makassar Andi Muhammad Rusdi Pallawa, yang meninjau relokasi, mengatakan penataan perlu.\n\n\"Trotoar untuk pejalan kaki,\" ujar Rusdi.", "Andi Muhammad Rusdi Pallawa")]
    [InlineData("Kepala Desa Sutopati Muhammad Nur Hidayatullah menuturkan, warga diungsikan.\n\n\"Warga sudah kami imbau,\" tuturnya.", "Muhammad Nur Hidayatullah")]
    // a club's name ends with "United": the coach's name follows
    [InlineData("Di kubu tim tamu, pelatih Bali United Marko Petrovic mengakui timnya lengah.\n\n\"Kami kehilangan konsentrasi,\" kata Petrovic.", "Marko Petrovic")]
    public void OpenersAndClubs(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // a company's suffix in brackets goes on with the office words; the holder ends the title
    [InlineData("\"Penutupan demi keselamatan,\" ujar General Manager PT Angkutan Sungai Indonesia Ferry (Persero) Cabang Ketapang Dwi Harsono Putro kepada wartawan.\n\nDwi menjelaskan, keputusan diambil bersama.", "Dwi Harsono Putro")]
    // an unlisted profession before an office, then the holder in apposition
    [InlineData("Prakirawan BMKG Stasiun Meteorologi Banyuwangi, Nanda Ayu Pertiwi, mengatakan angin kencang.\n\n\"Gelombang masih tinggi,\" katanya.", "Nanda Ayu Pertiwi")]
    public void HoldersOfLongTitles(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Fact]
    public void A_one_word_name_introduced_with_an_age_is_not_lengthened_from_the_corpus()
    {
        var one = TestText.Extract("Judul Satu\n\nJakarta, Kabar - Ketua Yayasan Bunga Harapan Arif Budi Santoso membuka acara.\n", "a.txt");
        var two = TestText.Extract("Judul Dua\n\nBanyuwangi, Kabar - Sopir truk asal Sidoarjo, Santoso (48), mengaku sudah mengantre.\n\n\"Sayurnya bisa busuk,\" kata Santoso.\n", "b.txt");
        var corpus = CorpusResolver.Resolve(new[] { one, two });
        Assert.Equal(new[] { "Santoso" }, corpus.Articles.Single(x => x.File == "b.txt").Quotes[0].Speakers.ToArray());
    }

    private static string[] People(string body) => TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + body + "\n").People.ToArray();

    [Theory]
    // a rank opens a name and names no office: the office before the comma is the holder's, its place no person
    [InlineData("Kapolres Tanjung Barat, AKBP Joko Santoso, menyampaikan bahwa pelaku sudah ditangkap.\n\n\"Kami bergerak cepat,\" ujar Joko.", "Joko Santoso")]
    [InlineData("Warga Desa Mekarsari, Kecamatan Sukaraja, bertikai. Mediasi dipimpin Kapolsek Sukaraja, Iptu Darmaji didampingi kepala desa.\n\n\"Warga sudah tenang,\" kata Kapolsek Sukaraja.", "Darmaji")]
    public void A_rank_after_an_office_opens_its_holder(string body, string speaker)
    {
        Assert.Equal(new[] { speaker }, Speakers(body));
        Assert.DoesNotContain(People(body), p => p.Contains("Tanjung") || p.Contains("Sukaraja") || p.StartsWith("AKBP") || p.StartsWith("Iptu"));
    }

    [Fact]
    public void A_street_named_after_a_rank_gives_no_office_to_the_next_place()
        => Assert.Empty(People("Pencurian terjadi di Jalan Letda Sukirman, Kecamatan Medan Tembung, kemarin."));

    [Fact]
    public void An_office_and_its_place_taken_up_again_name_no_person()
    {
        var people = People("\"Semua sudah damai,\" ujar Rusdianto di balai desa. Mantan Camat Sukaraja ini menyebutkan, warga sepakat.");
        Assert.DoesNotContain("Sukaraja", people);
        Assert.Contains("Rusdianto", people);
    }

    [Fact]
    public void Initials_written_together_stay_together()
        => Assert.Contains("A.R. Pattinama", People("Kapolsek Selaru, Iptu A.R. Pattinama, menegaskan hal itu."));

    private static QuoteModel OnlyQuote(string body) => Assert.Single(TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + body + "\n").Quotes);

    [Theory]
    // cues of saying beyond ujar/kata: kritik, catat, demikian
    [InlineData("\"Tidak ada korban jiwa,\" catat Rudi Hartono.")]
    [InlineData("\"Hakim terbiasa dengan uang,\" kritik Rudi Hartono di Jakarta.")]
    [InlineData("\"Warga dapat menghubungi posko,\" demikian Rudi Hartono.")]
    // the editor's initials after a quote that is its own sentence
    [InlineData("Namun, Menteri Perdagangan Rudi Hartono membantahnya. \"Saya tidak pernah menerima uang itu.\" (umi)")]
    // a bare cue followed by the day: said by the subject of the sentence before
    [InlineData("Kepala Desa Sukamaju, Rudi Hartono, menyampaikan bahwa warga sudah berdamai.\n\n\"Sudah damai,\" ungkap Selasa (7/9/2021).")]
    public void Attributions_of_real_pages(string body)
    {
        var q = OnlyQuote(body);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Rudi Hartono" }, q.Speakers.ToArray());
    }

    [Fact]
    public void An_editor_tag_is_only_brackets_of_short_lower_case_initials()
        => Assert.Equal(QuoteKind.Term, OnlyQuote("Namun, Menteri Perdagangan Rudi Hartono membantahnya. \"Saya tidak pernah menerima uang itu.\" (Kompas Jateng 2024)").Kind);

    [Fact]
    public void A_sentence_adverb_in_nya_is_no_name()
        => Assert.DoesNotContain("Untungnya", People("Warga sempat panik. Untungnya, Kapolsek sigap memberikan nasihat."));

    [Fact]
    public void The_body_of_an_office_is_no_person_and_its_office_alone_is_the_holder()
    {
        const string body = "Polsek Sukamaju Baru dipimpin Kapolsek Iptu Darto melakukan mediasi.\n\n\"Kami cari akar masalahnya,\" jelas Kapolsek Sukamaju Baru.";
        Assert.Equal(new[] { "Darto" }, Speakers(body));
        Assert.Equal(new[] { "Darto" }, People(body));
    }

    [Fact]
    public void A_place_later_in_the_attribution_is_no_state_speaking()
        => Assert.Empty(OnlyQuote("\"Banjir terjadi di tiga kabupaten,\" demikian siaran persnya di Jakarta, Sabtu.").Speakers);

    [Fact]
    public void Initials_alone_name_nobody()
        => Assert.Empty(People("Polisi menangkap tersangka SY di rumahnya. Menurut AR, barang itu dibeli di pasar."));

    [Fact]
    public void A_name_after_a_company_prefix_is_the_company()
        => Assert.DoesNotContain("Sendi Jaya", People("Mediasi dihadiri Ketua SPN PT. Sendi Jaya, Ketua DPC Kabupaten Pekalongan, dan warga."));

    [Fact]
    public void A_name_in_apposition_after_an_office_may_go_on_with_the_clause()
        => Assert.Contains("Mahfud", People("Mediasi dihadiri Kepala Desa Karangsari, Mahfud bersama tokoh masyarakat setempat."));

    [Fact]
    public void An_initial_inside_a_holder_name_keeps_the_name_whole_and_the_office_place_no_person()
    {
        var people = People("Kepala Desa Mekarsari, Adolof H. Pattinama, mengusulkan agar lahan itu dikosongkan.");
        Assert.Contains("Adolof H. Pattinama", people);
        Assert.DoesNotContain("Mekarsari", people);
    }

    [Fact]
    public void A_hamlet_and_an_agency_abbreviation_are_no_part_of_a_person()
        => Assert.Equal(new[] { "Budi Waseso" }, People("Warga Dukuh Keniten mengungsi. Dirut Bulog Budi Waseso mengatakan stok beras aman."));

    [Fact]
    public void An_organisation_s_short_name_defined_in_brackets_is_no_speaker()
    {
        const string body = "Informasi ini disampaikan Direktur Utama PT Sukamaju Propertindo (Sumpro) Persero Daerah Hendra Wijaya di Jakarta.\n\n"
            + "\u201D(Tiket dijual) Maret,\u201D katanya kepada wartawan.\n\nSumpro lalu menyebut tiket bisa dijual mulai Februari.";
        Assert.DoesNotContain("Sumpro", People(body));
        // the holder after the office and the body (its short name in brackets) speaks the "-nya" quote, not the short name
        Assert.Equal(new[] { "Hendra Wijaya" }, Speakers(body));
    }

    [Fact]
    public void A_witness_introduced_in_the_paragraph_before_speaks_the_nya_quote()
    {
        const string body = "Hakim Budi Hartono memimpin sidang itu. \u201DSidang dilanjutkan pekan depan,\u201D katanya.\n\n"
            + "Sari Lestari, saksi ahli hukum dari Universitas Sukamaju, dalam persidangan Selasa siang menyebutkan, ada kelalaian oleh para terdakwa.\n\n"
            + "\u201DBerarti ada kelalaian di sini,\u201D ucapnya.";
        Assert.Equal(new[] { "Budi Hartono" }, Speakers(body, 0));
        Assert.Equal(new[] { "Sari Lestari" }, Speakers(body, 1));
    }

    [Fact]
    public void A_party_politician_tersebut_is_the_person_last_speaking()
    {
        const string body = "Anggota DPRD Kota Sukamaju Rahmat Hidayat meminta pemkot mengawasi pekerjaan.\n\n"
            + "\"Jangan sampai baru setahun pompanya sudah rusak,\" kata politisi Partai Persatuan Rakyat (PPR) tersebut.";
        Assert.Equal(new[] { "Rahmat Hidayat" }, Speakers(body));
        Assert.Equal(new[] { "Rahmat Hidayat" }, People(body));
    }

    [Fact]
    public void A_club_after_a_lower_case_office_with_its_holder_in_apposition_is_no_person()
    {
        const string body = "Pelatih kepala Garuda, Ricardo Santos, mengatakan timnya bermain baik.\n\n"
            + "Kapten Garuda, Yudha Pratama alias Ucil, mengingatkan rekan-rekannya.\n\n\"Kompetisi masih panjang,\" tuturnya.";
        Assert.Equal(new[] { "Ricardo Santos", "Yudha Pratama" }, People(body));
        Assert.Equal(new[] { "Yudha Pratama" }, Speakers(body));
    }

    [Fact]
    public void Menurut_a_news_agency_and_dari_laman_name_the_source_but_a_journalist_s_employer_does_not()
    {
        Assert.Equal("Tass", OnlyQuote("\"Saya sangat senang,\" kata Xi setibanya di bandara, menurut kantor berita pemerintah Rusia, Tass.").Via);
        Assert.Equal("PSSI", OnlyQuote("\"Kami berhati-hati,\" kata Erick seperti dikutip dari laman resmi PSSI.").Via);
        Assert.Equal("PSSI", OnlyQuote("\"Kami berhati-hati,\" tulis pengurus dari laman resmi PSSI.").Via);
        // "dikutip dari artikel X", with the source's domain written glued to its name
        Assert.Equal("Kabarnews.co.id", OnlyQuote("\"Belum ada,\" kata Yasin seperti dikutip dari artikel Kabarnews.co.id.").Via);
        Assert.Null(OnlyQuote("\"Kami kaget,\" kata jurnalis dari media Kabar Papua ini.").Via);
    }

    [Fact]
    public void Initials_the_article_gives_are_no_person_and_no_speaker()
    {
        const string body = "Kapolres Sukamaju AKBP Dedi Purnomo mengatakan pelaku berinisial Nd (28) dan yang perempuan berinisial Sy (28).\n\n"
            + "Selain menangkap Nd dan Sy, kata dia, polisi menyita sepeda motor.\n\n\"Kita akan berkoordinasi dengan polres lain,\" katanya.";
        Assert.Equal(new[] { "Dedi Purnomo" }, People(body));
        Assert.Equal(new[] { "Dedi Purnomo" }, Speakers(body));
    }

    [Fact]
    public void Demikian_disampaikan_in_the_next_sentence_names_the_speaker()
    {
        const string body = "Kedua pihak akhirnya bersepakat damai.\n\n"
            + "\u201CMediasi ini dilakukan untuk menghentikan konflik.\u201D Demikian disampaikan koordinator pemuda Hasan Basri kepada media ini.";
        Assert.Equal(new[] { "Hasan Basri" }, Speakers(body));
        Assert.Equal("following-sentence", TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + body + "\n").Quotes[0].Rule);
    }

    [Fact]
    public void Hal_itu_disampaikan_opening_the_next_paragraph_names_the_speaker_of_a_quote_standing_alone()
    {
        const string body = "Pedagang Wirya Santosa mengaku terpaksa mengurangi porsi sambal.\n\n"
            + "Dinas Perdagangan Kota Sukamaju berencana menggelar operasi pasar.\n\n"
            + "\"Cabai akan dijual di bawah harga pasar selama operasi pasar berlangsung.\"\n\n"
            + "Hal itu disampaikan Kepala Dinas Perdagangan Kota Sukamaju Andi Baso Mattalatta di Balai Kota, Rabu.";
        Assert.Equal(new[] { "Andi Baso Mattalatta" }, Speakers(body));
    }

    [Fact]
    public void Hal_senada_names_somebody_who_said_the_like_not_the_speaker()
    {
        const string body = "Kepala Dinas Perdagangan Kota Sukamaju Wirya Santosa meninjau pasar.\n\n"
            + "\"Cabai akan dijual di bawah harga pasar.\"\n\n"
            + "Hal senada disampaikan Ketua DPRD Kota Sukamaju Andi Baso Mattalatta di Balai Kota, Rabu.";
        Assert.Equal(new[] { "Wirya Santosa" }, Speakers(body));
    }

    [Theory]
    [InlineData("Salah seorang guru SD di Kecamatan Tanete Riattang, Hj. Andi Nurwati, S.Pd., mengaku sudah tiga kali bertanya.", "Andi Nurwati")]
    [InlineData("Guru SD di Kecamatan Tanete Riattang, Andi Nurwati, mengaku sudah tiga kali bertanya.", "Andi Nurwati")]
    [InlineData("Calon wakil bupati nomor urut 1, Nur Ainiyah, mempertanyakan sumber pendanaan janji itu.", "Nur Ainiyah")]
    public void A_person_in_apposition_after_a_described_role_becomes_the_subject_for_nya(string sentence, string person)
    {
        string body = "Kepala Dinas Pendidikan Garut Rudi Hartono mengatakan tunjangan terlambat.\n\n" + sentence + " \"Kami belum menerima kepastian,\" ucapnya.";
        Assert.Equal(new[] { person }, Speakers(body));
    }

    [Fact]
    public void A_list_of_places_after_di_and_a_unit_names_no_person()
        => Assert.Equal(new[] { "Rudi Hartono" }, People("Mereka menggugat Gubernur Garut Rudi Hartono terkait banjir di Kecamatan Tebet, Mampang, Pondok Pinang, Kalibata, dan kawasan cekungan."));

    [Theory]
    [InlineData("Seorang kader posyandu di Kecamatan Rimbo Bujang yang enggan disebut namanya membenarkan persoalan di lapangan.")]
    [InlineData("Seorang pemain senior Persikab yang meminta namanya tidak ditulis mengaku lega.")]
    [InlineData("Salah seorang penumpang penerbangan perdana, seorang ibu asal Kabupaten Kampar yang hendak kontrol jantung di Penang, mengaku senang.")]
    [InlineData("Seorang ibu di Kecamatan Praya Barat, Lombok Tengah, yang anaknya menikah lewat dispensasi pada usia 16 tahun, mengaku menyesal.")]
    public void An_unnamed_person_described_at_length_takes_the_turn_from_the_last_speaker(string sentence)
    {
        string body = "\"Kami akan cek semua persyaratan,\" kata Dadang Suhendar.\n\n" + sentence + " \"Timbangan di posyandu kami rusak,\" katanya.";
        Assert.Empty(Speakers(body, 1));
    }

    [Fact]
    public void A_housing_estate_s_name_is_no_person()
        => Assert.Empty(People("Warga Perumahan Harapan Baru mengeluhkan genangan air di jalan kompleks."));

    [Fact]
    public void The_subject_s_own_press_release_is_the_subject_speaking()
    {
        const string body = "Kepala Pusat Data BNPB Sutarjo Purwanto mengatakan banjir melanda sejumlah daerah.\n\n"
            + "\"Banjir terjadi di tiga kabupaten,\" demikian siaran persnya di Jakarta, Sabtu.";
        Assert.Equal(new[] { "Sutarjo Purwanto" }, Speakers(body, 0));
    }

    [Fact]
    public void A_fronted_senada_dengan_phrase_is_no_subject()
    {
        const string body = "Ketua YLBHI Rudi Isnanto mengecam kekerasan itu.\n\n"
            + "Senada dengan Isnanto, pakar hukum Hendra Wiratama juga melihat kekerasan itu sebagai kejahatan.\n\n"
            + "\u201DSiapa yang bertanggung jawab atas semua ini?\u201D";
        Assert.Equal(new[] { "Hendra Wiratama" }, Speakers(body));
    }

    [Fact]
    public void A_quote_that_names_the_subject_speaks_of_them_so_the_last_speaker_said_it()
    {
        const string body = "Peneliti politik Wahyu Hidayat mengatakan elektabilitas Ganda terus naik.\n\n"
            + "Selain itu, Gubernur Ganda Prasetyo juga harus bersaing dengan kader lain.\n\n"
            + "\u201DTantangannya, Ganda tidak bisa terang-terangan maju,\u201D imbuhnya.";
        Assert.Equal(new[] { "Wahyu Hidayat" }, Speakers(body));
    }

    [Fact]
    public void A_nickname_the_article_gives_is_the_same_person()
    {
        const string body = "Suporter asal Cimahi, Dadang Sutrisno atau yang akrab disapa Kang Ebon, mengaku puas.\n\n\"Tadi sempat deg-degan,\" kata Kang Ebon.";
        Assert.Equal(new[] { "Dadang Sutrisno" }, People(body));
        Assert.Equal(new[] { "Dadang Sutrisno" }, Speakers(body));
        // initials with an alias, and a road known by another name, are no persons
        Assert.Empty(People("Polisi menangkap pelaku berinisial Nd alias A (28) di rumahnya."));
        Assert.Empty(People("Proyek Jalan Tol Sukamaju II Elevated atau lebih dikenal Jalan Layang Sukamaju selesai."));
    }

    [Fact]
    public void A_relation_noun_makes_a_person_and_a_cue_before_another_name_is_that_name_s()
    {
        const string body = "Ketua Umum PSSI Erwin Tohar menonton laga itu.\n\n"
            + "Sejak awal pertandingan, anak asuh Shin Jae-min kata Erwin Tohar tidak bisa bermain dengan baik.\n\n"
            + "\"Kami harus belajar banyak,\" ujarnya.";
        Assert.Contains("Shin Jae-min", People(body));
        Assert.Equal(new[] { "Erwin Tohar" }, Speakers(body));
    }

    [Fact]
    public void The_person_whose_opinion_a_sentence_gives_is_its_subject()
    {
        const string body = "Pakar hukum tata negara Hendra Wiratama menilai kekerasan itu berulang.\n\n"
            + "Kapolres Sukamaju Budi Santoso meninjau lokasi itu.\n\n"
            + "Namun, yang lebih menyedihkan dalam pendapat Hendra adalah tidak adanya pertanggungjawaban.\n\n"
            + "\u201DLantas mengapa terjadi kekerasan mengatasnamakan hukum?\u201D";
        Assert.Equal(new[] { "Hendra Wiratama" }, Speakers(body));
    }

    [Fact]
    public void A_nickname_after_yang_akrab_disapa_and_an_office_described_before_tersebut()
    {
        const string body = "Ketua Paguyuban Pedagang, Syamsudin, yang akrab disapa Daeng Siki, meminta pemkot menjamin akses.\n\n"
            + "Menurut Daeng Siki, \"Kalau angkutan tidak lewat sana, pembeli tidak akan datang.\"";
        Assert.Equal(new[] { "Syamsudin" }, Speakers(body));
        const string described = "Pengamat politik Hendra Wiratama menyatakan koalisi itu rapuh.\n\n"
            + "Rapat partai digelar tertutup.\n\n"
            + "\u201CKoalisi ini tidak akan bertahan lama,\u201D kata pengamat politik senior tersebut.";
        Assert.Equal(new[] { "Hendra Wiratama" }, Speakers(described));
    }

    [Fact]
    public void An_office_alone_finds_its_holder_across_the_office_s_own_words()
    {
        const string body = "Presiden Konfederasi Serikat Buruh Sukamaju (KSBS) Hendra Saputra mengatakan harga beras menggerus upah.\n\n"
            + "\"Pemerintah jangan hanya bicara stok aman,\" ujar Presiden.";
        Assert.Equal(new[] { "Hendra Saputra" }, Speakers(body, 0));
    }

    [Fact]
    public void Wali_kota_alone_is_the_mayor_the_article_introduced()
    {
        const string body = "Wali Kota Sukamaju Arif Budiman meninjau saluran air.\n\n"
            + "Warga Kertajaya, Sri Wahyuni (47), berharap genangan teratasi. \"Kami tidak bisa tidur,\" katanya.\n\n"
            + "\"Petugas kita siagakan 24 jam,\" ujar Wali Kota.";
        Assert.Equal(new[] { "Arif Budiman" }, Speakers(body, 1));
    }

    [Fact]
    public void A_person_described_with_an_adverb_before_a_passive_verb_does_not_take_over()
    {
        const string body = "Kepala BPBD Riau Zulkarnain Harahap mengatakan, kebakaran terparah terjadi di Desa Bangko. "
            + "Pekan lalu, seorang petani setempat, Rusdi (61), mengalami luka bakar. Rusdi kini dirawat di rumah sakit.\n\n"
            + "\u201CApi menjalar di bawah permukaan,\u201D ujarnya.";
        Assert.Equal(new[] { "Zulkarnain Harahap" }, Speakers(body));
    }

    [Fact]
    public void A_quote_speaking_of_beliau_after_a_narrative_is_the_last_speaker_s()
    {
        const string body = "Kepala Bidang Humas Polda Sukamaju Komisaris Besar Feri Walantika menjelaskan kronologi kejadian.\n\n"
            + "Saat mendekati posko, Ipda Imam Santoso bermaksud turun dari mobil.\n\n"
            + "\u201DBeliau bertugas di dalam mobil selama pengamanan aksi,\u201D katanya.";
        Assert.Equal(new[] { "Feri Walantika" }, Speakers(body));
    }

    [Fact]
    public void A_country_that_condemns_says_the_fragment_not_the_person_it_condemns()
    {
        var q = OnlyQuote("Sementara itu, presiden negara itu ingin tampil bersatu, karena AS mengutuk Xi karena memberikan \"perlindungan diplomatik\" bagi Rusia.");
        Assert.Equal(QuoteKind.Partial, q.Kind);
        Assert.Equal(new[] { "Amerika Serikat" }, q.Speakers);
    }
}
