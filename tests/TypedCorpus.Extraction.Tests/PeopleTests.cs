using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

public class PeopleTests
{
    [Fact]
    public void PeopleFromRolesTitlesAndAgesButNotPlacesOrOrganisations()
    {
        var a = TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - Ketua Perhimpunan Dokter Indonesia Prof Dr dr Rina Kartika, SpPD, menilai langkah itu tepat. Sumarto (61), warga Cempaka Putih, datang bersama relawan Tagana. Kementerian Kesehatan juga hadir.\n");
        Assert.Equal(new[] { "Rina Kartika", "Sumarto" }, a.People.ToArray());
    }

    [Theory]
    // a company's status in brackets ends its name: the holder follows
    [InlineData("\"Stok kami cukup,\" ujar Direktur Utama PT Sinar Abadi (Persero) Rahmat Hidayat kepada wartawan.", "Rahmat Hidayat")]
    // a unit and its number ("Daop 8") are no person; the holder after the unit's city is
    [InlineData("\"Kereta tambahan kami siapkan,\" ujar Manajer Humas PT KAI Daop 8 Surabaya Luqman Hadi kepada wartawan.", "Luqman Hadi")]
    // a branch and its place after the bracketed status, then the holder
    [InlineData("\"Layanan kami tutup,\" ujar General Manager PT Sinar Ferry (Persero) Cabang Ketapang Dwi Santoso Nugraha kepada wartawan.", "Dwi Santoso Nugraha")]
    public void HolderAfterAnOfficeWhoseBodyRunsOn(string paragraph, string speaker)
    {
        var a = TestText.Extract("Judul Berita Kantor\n\nSurabaya, Kabar - " + paragraph + "\n");
        Assert.Equal(new[] { speaker }, a.People.ToArray());
        Assert.Equal(new[] { speaker }, Assert.Single(a.Quotes).Speakers.ToArray());
    }

    [Fact]
    public void ARankOpensTheWholeNameEvenWhenAWordOfItIsUsedAlone()
    {
        var a = TestText.Extract("Judul Berita Polres\n\nJakarta, Kabar - \"Kami amankan,\" kata Kapolres Metro Jakarta Timur Kombes Yohan Teddy Surya Pratama kepada wartawan.\n\n"
            + "Selama diinterogasi, kata Teddy, keduanya mengaku sedang meneliti.\n");
        Assert.Equal(new[] { "Yohan Teddy Surya Pratama" }, a.People.ToArray());
    }

    [Fact]
    public void TwoNameWordsAfterARoleAndItsBodyAreTheHolderWhenTheArticleUsesTheFirstAlone()
    {
        var a = TestText.Extract("Judul Berita Istana\n\nJakarta, Kabar - Sekretaris Kabinet Andi Widjaya mengatakan presiden meminta menteri berhati-hati.\n\n"
            + "\"Harus penuh kehati-hatian,\" kata Andi di Jakarta.\n");
        Assert.Equal(new[] { "Andi Widjaya" }, a.People.ToArray());
        Assert.Equal(new[] { "Andi Widjaya" }, Assert.Single(a.Quotes).Speakers.ToArray());
    }

    [Theory]
    // a list of short names after a noun that introduces persons names persons, one word each or more
    [InlineData("Longsor merusak tiga rumah milik Marjono, Tantri, dan Prayogo.", new[] { "Marjono", "Tantri", "Prayogo" })]
    [InlineData("Enam terdakwa itu, yang terbagi dalam tiga berkas, adalah Umar Said, Karto, dan Halimah.", new[] { "Umar Said", "Karto", "Halimah" })]
    // not after any verb: "melalui MiChat dan Whatsapp" names no persons
    [InlineData("Kedua pelaku menawarkan layanan itu melalui Lintasku dan Obrolin.", new string[0])]
    public void AListAfterANounOfPersonsNamesPersons(string sentence, string[] people)
    {
        var a = TestText.Extract("Judul Berita Daftar\n\nSurabaya, Kabar - " + sentence + "\n");
        Assert.Equal(people, a.People.ToArray());
    }

    [Theory]
    // a degree written as letters without its last period after the name ("S.I.K") is no person of its own
    [InlineData("Kapolres Sukamara AKBP Johan Lois Latumeten, S.I.K turun langsung memediasi warga.", "Johan Lois Latumeten")]
    // an abbreviated place unit ("Prov.", "Kab.") and a body's name before its acronym are no persons
    [InlineData("Hal itu disampaikan Kepala Kanwil Kementerian Agama Prov. Jawa Tengah Farhan Nurdin dalam sosialisasi Sistem Komputerisasi Haji Terpadu (SISKOHAT). \"Tidak ada yang bisa menyalip,\" tegas Farhan Nurdin.", "Farhan Nurdin")]
    // a role word that is also a name word, between two name words
    [InlineData("Hadir Menteri Agama Arif Hakim Mustofa dan pejabat lain.", "Arif Hakim Mustofa")]
    // a degree after the name ends it
    [InlineData("Kapolsek Siantar Timur, Iptu Doni Saputra S.Sos.I., M.H., menjelaskan pertemuan berlangsung damai.", "Doni Saputra")]
    public void NameBoundaries(string sentence, string person)
    {
        var a = TestText.Extract("Judul Berita Nama\n\nSurabaya, Kabar - " + sentence + "\n");
        Assert.Equal(new[] { person }, a.People.ToArray());
    }

    [Fact]
    public void SriOpensAGivenNameEvenWhenGluedElsewhereToAMalayTitle()
    {
        var a = TestText.Extract("Judul Berita Sri\n\nJakarta, Kabar - Dato' Sri Anwar Ibrahim hadir. MoU ditandatangani oleh Menteri Keuangan Sri Mulyani Indrawati di Jakarta.\n");
        Assert.Equal(new[] { "Anwar Ibrahim", "Sri Mulyani Indrawati" }, a.People.ToArray());
    }

    [Fact]
    public void AKnownShortFormTakesTheArticlesOwnSpellingOfTheFullName()
    {
        var a = TestText.Extract("Judul Berita Ahok\n\nJakarta, Kabar - Gubernur DKI Jakarta Basuki Tjahja Purnama hadir. \"Kami siap,\" kata Ahok.\n");
        Assert.Equal(new[] { "Basuki Tjahja Purnama" }, a.People.ToArray());
    }

    [Fact]
    public void OneWordNameIntroducedWithAnAgeIsItsOwnPerson()
    {
        var a = TestText.Extract("Judul Berita Pelabuhan\n\nBanyuwangi, Kabar - \"Kapal kami tahan,\" ujar Kepala Cabang Ketapang Dwi Santoso Nugraha kepada wartawan.\n\n"
            + "Sopir truk asal Sidoarjo, Santoso (48), mengaku sudah mengantre sejak pagi.\n\n\"Sayurnya bisa busuk,\" kata Santoso.\n");
        Assert.Equal(new[] { "Dwi Santoso Nugraha", "Santoso" }, a.People.ToArray());
        Assert.Equal(new[] { "Santoso" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void ShortNameResolvesToFullestNameAcrossArticles()
    {
        var one = TestText.Extract("Judul Satu\n\nJakarta, Kabar - Presiden Amerika Serikat Michael Brandt tiba di Tokyo.\n", "a.txt");
        var two = TestText.Extract("Judul Dua\n\nJakarta, Kabar - \"Kami tidak akan mundur,\" ujar Brandt.\n", "b.txt");
        var corpus = CorpusResolver.Resolve(new[] { one, two });
        var b = corpus.Articles.Single(x => x.File == "b.txt");
        Assert.Equal(new[] { "Michael Brandt" }, b.Quotes[0].Speakers.ToArray());
        Assert.Equal(new[] { "Michael Brandt" }, b.People.ToArray());
        var person = Assert.Single(corpus.People);
        Assert.Equal("Michael Brandt", person.Name);
        Assert.Contains("Brandt", person.Aliases.ToArray());
    }

    [Fact]
    public void SeedCorpusFacts()
    {
        var corpus = TestText.SeedCorpus();
        var quotes = corpus.Articles.SelectMany(a => a.Quotes).ToList();
        // the leader quoted most is named by his full name in every quote
        var top = quotes.SelectMany(q => q.Speakers).GroupBy(s => s).OrderByDescending(g => g.Count()).First();
        Assert.Equal("Vladimir Putin", top.Key);
        Assert.Equal(11, top.Count());
        Assert.Equal(8, quotes.Count(q => q.Speakers.Contains("Xi Jinping")));
        var trump = Assert.Single(quotes, q => q.Speakers.Contains("Donald Trump"));
        Assert.Equal("ujar", trump.Verb);
        Assert.Equal(QuoteKind.Direct, trump.Kind);
        Assert.Contains(corpus.People, p => p.Name == "Donald Trump" && p.Aliases.Contains("Trump"));
        Assert.Equal(19, quotes.Count);
    }
    [Theory]
    // a role's own unit ("Kepala Desa", "Camat Kecamatan") is followed by the place's name, then the holder's
    [InlineData("\"Panen tahun ini bagus,\" kata Kepala Desa Sukamaju Budi Santoso.", "Budi Santoso")]
    // after "di Lembah Hijau" the place is known: the role's place comes first, then the person
    [InlineData("Petani di Lembah Hijau merayakan panen. \"Hasilnya lebih baik,\" kata Kepala Desa Lembah Hijau Asep Sunandar.", "Asep Sunandar")]
    [InlineData("\"Kami siap,\" kata Bupati Kabupaten Bandung Barat Dadang Supriatna.", "Dadang Supriatna")]
    // a long run after the unit keeps the whole name with its Balinese openers
    [InlineData("General Manager Bandara I Gusti Ngurah Rai Ketut Ardana Wirawan mengatakan, \"Kami siap.\"", "Ketut Ardana Wirawan")]
    // a long office with "dan" and a ministry's acronym after "/": the role opens it, the holder ends it
    [InlineData("Direktur Jenderal Kementerian Energi dan Sumber Daya Mineral/ESDM Bambang Riyadi memastikan pasokan aman. \"Stok kami cukup,\" ujarnya.", "Bambang Riyadi")]
    // an office placed by a city ("… PGRI Kota Semarang, Wahyuningsih,"): the role before the body still makes the apposition a person
    [InlineData("Ketua Persatuan Guru (PGRI) Kota Semarang, Wahyuningsih, mengatakan guru sudah menunggu. \"Kami lelah,\" ujarnya.", "Wahyuningsih")]
    [InlineData("Anggota Komisi D DPRD Kota Semarang, Tan Bun Kiat, menilai pemkot terlambat. \"Harus segera,\" katanya.", "Tan Bun Kiat")]
    public void RoleWithPlaceThenHolder(string paragraph, string speaker)
    {
        var a = TestText.Extract("Judul Berita Desa\n\nGarut, Kabar - " + paragraph + "\n");
        var q = Assert.Single(a.Quotes);
        Assert.Equal(new[] { speaker }, q.Speakers.ToArray());
        Assert.Equal(new[] { speaker }, a.People.ToArray());
    }

    [Theory]
    // transliterated Arabic names keep their lower-case article ("al-", "el-") and particles ("bin")
    [InlineData("Menteri Investasi Arab Saudi Khalid bin Saad al-Harbi mengatakan, \"Kami siap.\"", "Khalid bin Saad al-Harbi")]
    // after a country the name's start is certain, also behind "untuk": "Duta Besar Arab Saudi untuk Indonesia Faisal …"
    [InlineData("Duta Besar Arab Saudi untuk Indonesia Faisal bin Sa'id al-Ghamdi menambahkan, \"Kami siap.\"", "Faisal bin Sa'id al-Ghamdi")]
    // noble openers that are also common words keep their place when a name opener follows
    [InlineData("Ketua PHRI Badung Anak Agung Ngurah Sukadana mengatakan, \"Kami siap.\"", "Anak Agung Ngurah Sukadana")]
    [InlineData("Dosen ekonomi Universitas Padjadjaran, Ratu Ayu Maharani, menilai, \"Kami siap.\"", "Ratu Ayu Maharani")]
    public void NamesWithArabicArticlesAndParticles(string paragraph, string speaker)
    {
        var a = TestText.Extract("Judul Berita Haji\n\nRiyadh, Kabar - " + paragraph + "\n");
        Assert.Equal(new[] { speaker }, Assert.Single(a.Quotes).Speakers.ToArray());
        Assert.Contains(speaker, a.People);
    }

    [Fact]
    public void AThreeWordPlaceAfterARoleIsNoPerson()
    {
        var a = TestText.Extract("Judul Berita Desa\n\nGarut, Kabar - \"Kami siap,\" kata Camat Kecamatan Sungai Raya Barat.\n");
        Assert.Empty(a.People);
    }

    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - " + string.Join("\n\n", paragraphs) + "\n").People.ToArray();

    [Fact]
    public void SriAndTanAreNamesUnlessTheyFormTheTitleTanSri()
    {
        Assert.Equal(new[] { "Sri Handayani" }, People("Sri Handayani (39), penjual sayur, datang sejak subuh."));
        Assert.Equal(new[] { "Tan Boon Keat" }, People("Pelatih tim, Tan Boon Keat, menilai timnya siap."));
        Assert.Equal(new[] { "Mahmud Rashid" }, People("Ketua delegasi Tan Sri Mahmud Rashid menilai perundingan berjalan baik."));
    }

    [Fact]
    public void NameParticlesStayInsideNames()
    {
        Assert.Equal(new[] { "Yusuf bin Hamdan Al-Qasimi" }, People("Perjanjian itu diteken Menteri Perdagangan Oman Yusuf bin Hamdan Al-Qasimi pada Selasa."));
        Assert.Equal(new[] { "Mariana dos Santos Ximenes" }, People("Duta Besar Portugal Mariana dos Santos Ximenes mengatakan kerja sama akan berlanjut."));
        Assert.Equal(new[] { "Pieter van Houten" }, People("Direktur museum Pieter van Houten mengatakan koleksi itu dipinjamkan."));
    }

    [Fact]
    public void HyphenatedCountryBeforeANameIsStripped()
    {
        Assert.Equal(new[] { "Domingos Soares" }, People("Menteri Pertanian Timor-Leste Domingos Soares meninjau lahan di perbatasan."));
    }

    [Fact]
    public void OfficeBeforeItsHolderInAppositionIsNoPerson()
    {
        Assert.Equal(new[] { "Wahyu Pratomo" }, People("Bupati Gunungrejo, Wahyu Pratomo, meresmikan pasar baru."));
        Assert.Equal(new[] { "Ratna Sembiring" }, People("Peneliti Pusat Studi Pangan Lestari, Ratna Sembiring, menilai harga beras stabil."));
        Assert.Equal(new[] { "Haris Munandar" }, People("Ketua Asosiasi Pengrajin Rotan dan Bambu Cirebonan, H Haris Munandar, mengatakan ekspor naik."));
    }

    [Fact]
    public void PlacesListedAfterAPlaceUnitOrPrepositionAreNoPersons()
    {
        Assert.Equal(new[] { "Suwarni" }, People("Suwarni (52), warga Desa Karangjati, Wonoroto, mengaku kehilangan ternak."));
        Assert.Equal(new[] { "Dedi Firmansyah" }, People("Kepala Dinas Perikanan Dedi Firmansyah mengatakan bantuan dikirim kepada nelayan di Tanjungsari, Pesisir Karang, dan Kepulauan Mandala."));
    }

    [Fact]
    public void WordsAfterACapitalisedPlaceUnitAreNotNameWords()
    {
        Assert.Equal(new[] { "Agus Wibowo" }, People("Pemerintah Kabupaten Sukadana menyiapkan lahan.", "Bupati Sukadana Agus Wibowo mengatakan lahan itu siap."));
    }

    [Fact]
    public void RelationNounIntroducesAPersonInApposition()
    {
        Assert.Equal(new[] { "Darmi", "Paijo" }, People("Darmi (60) menitipkan kambingnya kepada adiknya, Paijo, sebelum mengungsi."));
    }

    [Fact]
    public void DoublesPairsInAppositionAreBothPersons()
    {
        Assert.Equal(new[] { "Chen Wei Ming", "Park Ji-hoon" }, People("Mereka akan menghadapi pasangan gabungan, Chen Wei Ming/Park Ji-hoon, di babak kedua."));
    }

    [Fact]
    public void RoleBeforeAnAcronymStillIntroducesAPerson()
    {
        Assert.Equal(new[] { "Yohanes Sitorus" }, People("Jaksa KPK Yohanes Sitorus mengatakan berkas segera dilimpahkan."));
    }
    [Fact]
    public void TitlesWithPeriodsAndDegreesAfterTheName()
    {
        Assert.Equal(new[] { "Wulan Sari Nasution" }, People("Direktur Jenderal Perikanan Tangkap, Dr. Ir. Wulan Sari Nasution, M.Sc., hadir mendampingi."));
    }

    [Fact]
    public void RoleAfterACompanySuffixIntroducesAPerson()
    {
        Assert.Equal(new[] { "Gilang Mahendra" }, People("Direktur Utama PT Cahaya Timur Sentosa Tbk Gilang Mahendra mengatakan perseroan menyiapkan dana."));
    }

    [Fact]
    public void RoleWithLowerCaseFieldWordsBeforeTheName()
    {
        Assert.Equal(new[] { "Yudha Prasetya" }, People("Guru besar ekonomi pembangunan Yudha Prasetya menilai inflasi terkendali."));
    }

    [Fact]
    public void TwoWordNameAsSubjectOfAHumanSayingVerb()
    {
        Assert.Equal(new[] { "Kartika Dewanti" }, People("Sebelumnya, Kartika Dewanti mengatakan proyek itu tertunda."));
    }

    [Fact]
    public void LongNameKeptWhenItsFirstWordIsUsedAlone()
    {
        Assert.Equal(new[] { "Tran Van Minh Duc" }, People("Menteri Industri Vietnam Tran Van Minh Duc hadir.", "\"Kami siap,\" kata Tran."));
    }
    [Fact]
    public void ClubOrCompanyWordBeforeARoleHoldersNameIsStripped()
    {
        Assert.Equal(new[] { "Rafael Moreno" }, People("Gol Valverde FC dicetak lewat sundulan.", "Pelatih Valverde Rafael Moreno memuji timnya.", "\"Kami layak menang,\" kata Moreno."));
    }

    [Fact]
    public void ListWithOneKnownPersonNamesPersons()
    {
        Assert.Equal(new[] { "Joni Saputra", "Rahmat Hidayat", "Teguh Santoso" },
            People("Gol tim dicetak Joni Saputra, Rahmat Hidayat, dan Teguh Santoso.", "Kapten tim Teguh Santoso mengatakan timnya puas."));
        // an office followed by its holder is no list
        Assert.Equal(new[] { "Irfan Maulana" }, People("Kuasa hukum Sentosa Makmur Abadi, Irfan Maulana, mengatakan kliennya siap membayar."));
    }
    [Fact]
    public void RoleWordClosingANameIsASurname()
    {
        Assert.Equal(new[] { "Arif Hakim" }, People("Lurah Mekarsari, Arif Hakim, meninjau lokasi."));
    }
    [Fact]
    public void CommonNounsOpeningASentenceBeforeASayingVerbAreNoPersons()
    {
        Assert.Equal(new[] { "Gunarto" }, People("Penyidik menegaskan berkas lengkap. Pelapor mengaku belum dipanggil, padahal pelapor sudah menunggu sebulan. Gunarto menambahkan sidang digelar pekan depan."));
    }
    [Fact]
    public void InitialsWithPeriodsStayInNames()
    {
        Assert.Equal(new[] { "R. Hendrawan Saputro" }, People("Pengamat kebijakan publik R. Hendrawan Saputro menilai aturan itu longgar."));
    }

    [Fact]
    public void LowerCaseRoleBeforeAnOfficeAndCountryIntroducesTheName()
    {
        Assert.Equal(new[] { "Lin Jia" }, People("Juru bicara Kementerian Luar Negeri China Lin Jia menyampaikan protes."));
        Assert.Equal(new[] { "Ricky Halim" }, People("Bek Persikota Barat, Ricky Halim, mengalami cedera."));
    }
    [Fact]
    public void BalineseNameOpenersStayWithTheName()
    {
        Assert.Equal(new[] { "I Nyoman Darma Yasa" }, People("Kepala Dinas Pariwisata Bali I Nyoman Darma Yasa membuka acara."));
        Assert.Equal(new[] { "Ni Luh Sariani", "Kadek Wirawan" }, People("Ni Luh Sariani (41) datang bersama Kadek Wirawan, suaminya. Gitaris band itu, Kadek Wirawan, ikut tampil."));
    }
    [Fact]
    public void RoleInAppositionAfterTheName()
    {
        Assert.Equal(new[] { "Teguh Wibisono" }, People("Teguh Wibisono, Ketua Paguyuban Pedagang Sidomakmur, mengatakan pasar sepi."));
        Assert.Equal(new[] { "Marlinah" }, People("Marlinah, seorang bidan desa, mengaku kewalahan."));
        Assert.Equal(new[] { "Rizal Fahmi" }, People("Keterangan itu disampaikan Rizal Fahmi selaku Kabid Humas Polda Sumbar."));
        // a list of office holders keeps every holder
        Assert.Equal(new[] { "Ani Susanti", "Bima Arya" }, People("Acara dihadiri Menteri Sosial Ani Susanti, Menteri Pemuda Bima Arya, dan para relawan."));
    }
    [Fact]
    public void ConsecutiveParticlesAndLongNamesAfterACountry()
    {
        Assert.Equal(new[] { "Hendrik van der Berg" }, People("Menteri Pertanian Belanda Hendrik van der Berg mengatakan impor naik."));
        Assert.Equal(new[] { "Maria Fernanda Costa da Rocha" }, People("Presiden Portugal Maria Fernanda Costa da Rocha tiba di Bali."));
        Assert.Equal(new[] { "Faisal bin Turki" }, People("Putra Mahkota Yordania Faisal bin Turki hadir."));
    }
    [Fact]
    public void BuildingsNamedAfterOfficesAndAdministrativeChainsAreNoPersons()
    {
        Assert.Equal(new[] { "Hasanuddin Lubis" }, People("Warga Desa Lauraya, Kecamatan Sibolangit, Deliserdang, berunjuk rasa di Kantor Bupati Deliserdang.",
            "Camat Sibolangit Hasanuddin Lubis menemui warga."));
        Assert.Equal(new[] { "Yusnita" }, People("Yusnita (33), pedagang asal Karangsari, membuka lapak di Jalan Gubernur Suryo."));
    }
    [Fact]
    public void CompanyNamedAfterAnOrganisationWordIsNoSpeakingPerson()
    {
        Assert.Equal(new[] { "Rosalina Tambunan" }, People("PT Energi Samudra (Persero) menaikkan harga. Samudra menegaskan stok aman.",
            "Direktur Utama Energi Samudra Rosalina Tambunan mengatakan harga naik lima persen."));
    }
    [Fact]
    public void RoleOrganisationWordAndThreeNameWordsGivesTheOfficer()
    {
        Assert.Equal(new[] { "Yosua Pardede" }, People("Direktur Utama Bank Sejahtera Yosua Pardede memaparkan kinerja."));
        // a building named after an office stays no person
        Assert.Empty(People("Warga berkumpul di depan Kantor Bupati Wonoasri sejak pagi."));
    }
    [Fact]
    public void MalayHonorificsWithSriOrAnApostropheAreTitles()
    {
        Assert.Equal(new[] { "Rahim Osman" }, People("Perdana Menteri Dato’ Seri Rahim Osman membahas kerja sama perbatasan."));
        Assert.Equal(new[] { "Farid Hamzah" }, People("Menteri Luar Negeri Datuk Sri Farid Hamzah tiba di Jakarta."));
        // elsewhere "Sri" stays a given name, also after a polite title
        Assert.Equal(new[] { "Sri Wahyuni" }, People("Menurut Ibu Sri Wahyuni, harga cabai naik."));
    }
    [Fact]
    public void ACorpsAfterARankIsPartOfTheRank()
    {
        Assert.Equal(new[] { "Yohanis Lerebulan" }, People("Acara dihadiri Danramil Tanimbar Lettu Inf. Yohanis Lerebulan dan warga."));
    }
    [Fact]
    public void SelakuIntroducesAHolderEvenAfterAPreposition()
    {
        Assert.Equal(new[] { "Gandi Wiratma" }, People("Uang itu ditransfer dari Gandi Wiratma selaku Kepala Dinas Keuangan pada 2004."));
    }
    [Fact]
    public void HoldersInASemicolonListAndOfficeUnitsBeforePada()
    {
        Assert.Equal(new[] { "Rudi Hartanto", "Lina Marpaung" }, People(
            "Tiga terdakwa itu ialah Ketua Panitia Pengadaan pada BPJN, Rudi Hartanto; Tenaga Ahli Jalan pada PT Sarana Teknik, Lina Marpaung; dan seorang staf."));
    }
    [Fact]
    public void AStatusWordBetweenOfficeAndNameKeepsTheOffice()
    {
        Assert.Equal(new[] { "M Fauzan" }, People("Bupati Sumbersari nonaktif M Fauzan divonis enam tahun penjara."));
    }
    [Fact]
    public void FieldsInAMinistryNameAndBrandsAreNoPersons()
    {
        Assert.Empty(People("Nota itu ditandatangani Menteri Pendidikan Tinggi, Sains, dan Kebudayaan Timor-Leste pekan lalu."));
        Assert.Empty(People("Di tengah penantian pelatih anyar TVNews, media besar Thailand, menyoroti masalah itu."));
        Assert.Equal(new[] { "Markus Tenau" }, People("Mediasi difasilitasi Pdt Markus Tenau di gereja desa."));
    }
    [Fact]
    public void A_grade_after_a_rank_is_part_of_the_rank()
    {
        Assert.Equal(new[] { "Rudi" }, People("Menurut Sersan Dua Rudi, pelaku sudah ditangkap di rumahnya."));
        Assert.Equal(new[] { "Budi Santoso" }, People("Letnan Kolonel Budi Santoso mengatakan situasi aman."));
    }
    [Fact]
    public void A_witness_or_academic_in_apposition_is_a_person()
        => Assert.Equal(new[] { "Sari Lestari" }, People("Sari Lestari, saksi ahli hukum dari Universitas Sukamaju, menyebutkan ada kelalaian."));
    [Fact]
    public void A_role_word_inside_a_name_after_a_rank_is_a_name_word()
        => Assert.Equal(new[] { "Lukman Hakim Siregar" }, People("Kasat Lantas Polresta Sukamaju Kompol Lukman Hakim Siregar mengatakan arus lancar."));
    [Fact]
    public void Two_capitals_opening_a_name_are_initials_unless_a_known_acronym()
    {
        Assert.Equal(new[] { "AR Hanung Triyono" }, People("Kepala Dinas Bina Marga Provinsi Jawa Tengah AR Hanung Triyono mengungkapkan banjir surut."));
        Assert.Equal(new[] { "Budi Santoso" }, People("Ketua KY Budi Santoso mengatakan sidang etik digelar pekan depan."));
    }
    [Fact]
    public void Patronymics_make_persons_and_lower_case_place_units_make_places()
    {
        Assert.Equal(new[] { "Rendi bin Helan", "Dori bin Mahdani" }, People("Pihak kedua terdiri dari Rendi bin Helan dan Dori bin Mahdani."));
        Assert.Empty(People("Mediasi dihadiri kepala dusun Kelapa Dua dan tokoh pemuda setempat."));
    }
    [Fact]
    public void A_plain_name_after_kepada_is_a_person_but_not_a_company_after_oleh()
    {
        Assert.Equal(new[] { "Wilfrid Tagus" }, People("Perusahaan membayar pesangon kepada Wilfrid Tagus pekan lalu."));
        Assert.Empty(People("Pameran itu diselenggarakan oleh Dyana Promosi di Jakarta."));
        Assert.Empty(People("Bantuan disalurkan kepada Kabupaten Sukamaju pekan lalu."));
    }
    [Fact]
    public void A_one_word_holder_after_an_office_and_its_known_place()
        => Assert.Equal(new[] { "Syarifuddin", "Bima Arya" }, People("Wali Kota Serang Syarifuddin mengatakan curah hujan tinggi. Wali Kota Bogor Bima Arya hadir."));
    [Fact]
    public void Utama_after_a_name_word_is_a_surname_but_not_after_an_office()
    {
        Assert.Equal(new[] { "Benny Utama" }, People("Bupati Pasaman Benny Utama mengingatkan warga agar mengungsi."));
        Assert.Equal(new[] { "Rina Sari" }, People("Direktur Utama Rina Sari mengatakan laba naik."));
    }
    [Fact]
    public void A_list_after_a_body_with_a_degree_after_a_name_names_persons()
        => Assert.Equal(new[] { "Sintus Jemara", "Hipolitus Wirawan Labu" },
            People("Kuasa hukum mantan karyawan SPBU Sukamaju, Sintus Jemara, S.H. dan Hipolitus Wirawan Labu mengapresiasi dinas itu."));
    [Fact]
    public void An_office_ending_in_a_list_of_fields_introduces_its_holder_in_apposition()
        => Assert.Equal(new[] { "Dmitri Volkov" },
            People("Ia disambut oleh wakil Perdana Menteri untuk pariwisata, olahraga, budaya dan komunikasi, Dmitri Volkov."));
    [Fact]
    public void Numbers_and_articles_of_laws_are_no_persons()
        => Assert.Empty(People("Aturan itu tertuang dalam Keputusan Gubernur Nomor 133 Tahun 2022. Tersangka dijerat Pasal 2 Ayat (1) Undang-Undang Darurat."));
    [Fact]
    public void Military_units_newsrooms_parks_and_bus_corridors_are_no_persons()
        => Assert.Empty(People("Prajurit Batalyon Zeni Tempur membantu warga. Redaksi Kabarkita menerima surat itu. Satwa di Taman Margasatwa Sukamaju sehat. Bus Koridor Pulogadung melaju."));
}
