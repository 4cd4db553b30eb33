using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Speakers described instead of named ("kata pria kelahiran Medan ini") and the nicknames such descriptions give; invented names.</summary>
public class SpeakerDescribedTests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs));

    [Theory]
    [InlineData("\"Kami butuh perahu karet,\" ujar wanita kelahiran Padang itu.")]
    [InlineData("\"Air sudah surut,\" kata lulusan Universitas Cibaru tersebut, Senin (4/3/2024).")]
    [InlineData("\"Air sudah surut,\" tutur ibu dua anak ini.")]
    [InlineData("\"Kami berterima kasih,\" kata pria yang akrab disapa Ical ini.")]
    public void A_person_described_after_the_cue_is_the_person_last_acting(string quote)
    {
        var a = Article("Kepala Desa Sukamaju Wulan Sari meninjau lokasi banjir bersama warga.", quote);
        Assert.Equal(new[] { "Wulan Sari" }, a.Quotes.Single().Speakers.ToArray());
        Assert.Equal("described-anaphor", a.Quotes.Single().SpeakerRule);
    }

    [Fact]
    public void A_description_naming_another_person_of_the_article_is_no_anaphor()
        => Assert.Empty(Article("Kepala Desa Sukamaju Wulan Sari meninjau lokasi bersama Camat Depok Rudi Hartono.",
            "\"Kami butuh perahu,\" ujar ayah Rudi Hartono ini.").Quotes.Single().Speakers);

    [Fact]
    public void The_nickname_of_a_described_person_is_the_person_named_just_before()
    {
        var a = Article("Direktur Politeknik Sukamaju Rizal Santoso menyampaikan terima kasih kepada tuan rumah.",
            "\"Kami berterima kasih atas sambutannya,\" kata pria yang sering disapa Ical ini.",
            "\"Mahasiswa harus magang enam bulan,\" terang Ical.");
        Assert.Equal(new[] { "Rizal Santoso" }, a.People.ToArray());
        Assert.All(a.Quotes, q => Assert.Equal(new[] { "Rizal Santoso" }, q.Speakers.ToArray()));
    }

    [Fact]
    public void A_nickname_after_a_paragraph_naming_two_persons_is_nobodys()
    {
        var a = Article("Direktur Politeknik Sukamaju Rizal Santoso dan Direktur PT Sinar Ahmad Gunawan menyampaikan terima kasih.",
            "\"Kami berterima kasih,\" kata pria yang sering disapa Ical ini.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("Nota itu diteken Direktur Politeknik Cibaru Ir. Rizal Santoso, ST.,M.Eng.Sc dan Direktur PT Sinar Ir. Ahmad Gunawan, M.M di ruang rapat.", new[] { "Ahmad Gunawan", "Rizal Santoso" })]
    [InlineData("Sambutan disampaikan Wakil Rektor Prof Wan Jamal M. Ag, PhD di aula.", new[] { "Wan Jamal" })]
    public void Degrees_with_several_parts_or_a_space_after_the_period_are_no_names(string text, string[] names)
        => Assert.Equal(names, Article(text).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray());

    [Theory]
    [InlineData("\"Saya hanya menyelesaikan umpan,\" ujar striker asal Brasil tersebut.")]
    [InlineData("\"Saya hanya menyelesaikan umpan,\" kata pria kelahiran Recife itu.")]
    public void A_description_after_a_stranger_acted_names_nobody(string quote)
    {
        var a = Article("Pelatih tim tamu, Ramon Vidic, mengaku puas dengan penampilan timnya.",
            "Gol kemenangan dicetak Davi Souza Lima pada menit ke-78.", quote);
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_description_after_a_known_person_acted_still_names_the_subject()
    {
        var a = Article("Pelatih tim tamu, Ramon Vidic, mengaku puas dengan penampilan timnya.",
            "Ia didampingi asisten pelatih Bambang Sukoco di ruang konferensi pers.",
            "\"Para pemain bekerja keras,\" kata pelatih asal Kroasia itu.");
        Assert.Equal(new[] { "Ramon Vidic" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void An_office_with_its_anaphor_after_another_person_was_introduced_names_nobody()
    {
        var a = Article("Kapolda Sukamaju Irjen Harun Wiratama mengatakan lahan yang terbakar bertambah.",
            "Rapat itu dihadiri Bupati Cibaru serta Komandan Korem 102 Brigjen TNI Andi Rahmat Saputra.",
            "\"Prajurit kami tambah 200 orang,\" ujar jenderal bintang satu itu.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("\"Status tanggap darurat berlaku mulai hari ini,\" tegas sang bupati.")]
    [InlineData("\"Status tanggap darurat berlaku mulai hari ini,\" kata mantan aktivis mahasiswa itu.")]
    public void Sang_and_a_former_role_in_small_letters_point_back_to_the_subject(string quote)
    {
        var a = Article("Bupati Garut Wulan Sari meninjau lokasi pengungsian, Senin.", "Wulan menetapkan status tanggap darurat selama 14 hari.", quote);
        Assert.Equal(new[] { "Wulan Sari" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_person_introduced_then_taken_up_by_ia_is_the_one_a_description_points_to()
    {
        var a = Article("Kepala Desa Sukamaju Wulan Sari diperiksa penyidik, Senin.",
            "Salah satu pelapor adalah Martinus Simbolon, yang menjabat kepala desa periode 2009-2015. Ia mengaku sudah tiga kali menyurati Inspektorat.",
            "\"Dulu setiap rupiah kami tempel di papan pengumuman,\" ucap mantan kepala desa itu.");
        Assert.Equal(new[] { "Martinus Simbolon" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("\"Dampak ekonominya nyata,\" kata Gus Wira, sapaan akrabnya.")]
    [InlineData("\"Dampak ekonominya nyata,\" kata Mbak Wira, sapaan akrabnya.")]
    public void A_nickname_the_article_calls_the_persons_own_is_the_person_named_before(string quote)
    {
        var a = Article("Kepala Dinas Pariwisata Kota Denpasar, Ida Bagus Wiratama Manuaba, mengakui persoalan parkir menjadi pekerjaan rumah.", quote);
        Assert.Equal(new[] { "Ida Bagus Wiratama Manuaba" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_title_of_address_before_a_nickname_is_no_part_of_it()
    {
        var a = Article("Calon wakil bupati nomor urut 2, Mohammad Tohari, menjawab pertanyaan itu.",
            "\"Kami akan gandeng koperasi,\" kata pria yang akrab disapa Cak Tohari itu.");
        Assert.Equal(new[] { "Mohammad Tohari" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_nickname_that_is_part_of_another_name_the_article_writes_is_not_the_persons_named_before()
    {
        var a = Article("Dalam debat itu Bambang Sutarjo menyampaikan visinya, Senin.",
            "Ia dekat dengan rektor lama, Prof. Dr. H. R. Soedarsono, S.H., yang hadir di ruangan.",
            "\"Saya justru menjadi korban fitnah,\" ujar pria yang akrab disapa Pak Tarjo itu.");
        Assert.DoesNotContain("R. Soedarsono", a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_nickname_after_a_title_of_address_that_is_part_of_one_persons_name_is_that_person()
    {
        var a = Article("Calon rektor nomor urut 2, Bambang Sutarjo Wiryono, menyampaikan visinya, Senin.",
            "Bambang Sutarjo, yang dekat dengan rektor lama, Prof. Dr. H. R. Soedarsono, S.H., membantah tudingan itu.",
            "\"Saya justru menjadi korban fitnah,\" ujar pria yang akrab disapa Pak Tarjo itu.");
        Assert.Equal(new[] { "Bambang Sutarjo Wiryono" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("\"Tidak ada mahasiswa yang boleh putus kuliah,\" ujar mahasiswa semester enam itu.")]
    [InlineData("\"Tidak ada mahasiswa yang boleh putus kuliah,\" ujar guru yang sudah mengajar selama 22 tahun itu.")]
    [InlineData("\"Tidak ada mahasiswa yang boleh putus kuliah,\" tambah perwira menengah Polri itu.")]
    [InlineData("\"Tidak ada mahasiswa yang boleh putus kuliah,\" tegas calon bupati nomor urut 2 itu.")]
    [InlineData("\"Tidak ada mahasiswa yang boleh putus kuliah,\" kata sang rektor disambut sorakan massa.")]
    public void A_noun_of_a_person_in_small_letters_described_then_pointed_back_to_is_the_subject(string quote)
    {
        var a = Article("Di tengah kerumunan, Rektor Universitas Sukamaju, Heru Cahyo Nugroho, menemui massa dan meminta mereka tertib.", quote);
        Assert.Equal(new[] { "Heru Cahyo Nugroho" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Keluhan serupa disampaikan Nuraini Tombolotutu (47), yang akrab disapa Mama Ani.", "\"Setiap hujan deras, saya tidak tidur,\" kata Mama Ani.", "Nuraini Tombolotutu")]
    [InlineData("Siti Aminah binti Rasyid (45), pedagang gorengan di Depok yang akrab disapa Bu Ami, mengaku sudah tiga kali ditelepon.", "\"Mereka tahu nama lengkap saya,\" kata Bu Ami.", "Siti Aminah binti Rasyid")]
    public void A_nickname_given_after_an_age_or_an_apposition_is_the_person_named_before(string intro, string quote, string person)
        => Assert.Equal(new[] { person }, Article(intro, quote).Quotes.Single().Speakers.ToArray());

    [Fact]
    public void A_roman_numeral_in_a_description_is_no_short_form_of_a_balinese_name()
    {
        var a = Article("Peneliti LRKSN, I Made Adi Saputra, telah memeriksa sampel data itu.",
            "Sekretaris Kementerian, Stefanus Wijaya Kusuma, mengatakan kebocoran berasal dari akun vendor.",
            "\"Kami tidak akan menutup-nutupi,\" ujar pejabat eselon I itu didampingi Kepala Pusat Data, Wahyu Prasetyo.");
        Assert.Equal(new[] { "Stefanus Wijaya Kusuma" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void Sang_and_a_noun_of_a_person_ending_the_attribution_is_the_subject()
    {
        var a = Article("Raja Negeri Hatuwaru, Abdul Gani Latuconsina, hadir dalam mediasi itu.",
            "Abdul Gani mengakui warganya sempat terpancing kabar bohong. \"Tidak ada yang menang kalau kita baku pukul,\" ujar sang polwan.");
        Assert.Equal(new[] { "Abdul Gani Latuconsina" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("ujar pria itu")]
    [InlineData("kata lelaki tersebut")]
    public void A_bare_noun_of_a_man_or_a_woman_with_its_anaphor_is_the_subject(string cue)
    {
        var a = Article("Raja Negeri Hatuwaru, Abdul Gani Latuconsina, hadir dalam mediasi itu.",
            "Abdul Gani mengakui warganya sempat terpancing kabar bohong. \"Tidak ada yang menang kalau kita baku pukul,\" " + cue + ".");
        Assert.Equal(new[] { "Abdul Gani Latuconsina" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Wali Kota Banda Aceh, Teuku Iskandar Mahmud, meninjau simulasi bersama warga.", "tutur perempuan berjilbab itu")]
    [InlineData("Keuchik Gampong Ulee Lheue, Cut Rahmawati Hasan, meninjau simulasi bersama warga.", "kata pria berkacamata itu")]
    public void A_described_man_or_woman_is_not_a_subject_whose_name_says_the_other_sex(string intro, string cue)
        => Assert.Empty(Article(intro, "\"Dua puluh tahun lalu kami tidak tahu harus lari ke mana,\" " + cue + ".").Quotes.Single().Speakers);

    [Fact]
    public void A_described_woman_is_a_subject_whose_name_says_nothing_of_sex()
        => Assert.Equal(new[] { "Rahmawati Hasan" }, Article("Keuchik Gampong Ulee Lheue, Rahmawati Hasan, meninjau simulasi bersama warga.",
            "\"Dua puluh tahun lalu kami tidak tahu harus lari ke mana,\" tutur perempuan berjilbab itu.").Quotes.Single().Speakers.ToArray());

    [Fact]
    public void One_of_a_group_described_at_length_then_named_in_apposition_is_the_subject()
    {
        var a = Article("Kapolres Minahasa Tenggara, AKBP Stevanus Rumengan, menerjunkan 120 personel. Salah satu personel di pos penyekatan, Brigpol Meilany Christy Sondakh, terlihat membagikan masker kepada pengendara.",
            "\"Abunya tipis, tapi bikin perih mata,\" kata polwan asal Tondano itu.");
        Assert.Equal(new[] { "Meilany Christy Sondakh" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void The_person_opening_a_sementara_clause_is_the_subject_of_a_quote_after_it()
    {
        var a = Article("Kapolsek Mergangsan Kompol Bambang Suryo Atmojo memerintahkan anggotanya memasang garis polisi, sementara Lurah Brontokusuman, Sri Endah Kusumawardani, membuka posko darurat. \u201CKami siapkan dapur umum.\u201D");
        Assert.Equal(new[] { "Sri Endah Kusumawardani" }, a.Quotes.Single().Speakers.ToArray());
    }
}
