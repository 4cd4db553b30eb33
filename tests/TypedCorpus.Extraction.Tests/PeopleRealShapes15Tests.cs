using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name and speaker shapes met on real pages (round 15), each with texts written for its rule (invented names and places).</summary>
public class PeopleRealShapes15Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    [Theory]
    [InlineData("Apel itu dipimpin Kapolres Sukamaju, AKBP Rahmat Hidayat S.I.K., M.Si beserta para pejabat utama.")]
    [InlineData("Apel itu dipimpin Kapolres Sukamaju, AKBP Rahmat Hidayat, S.I.K. beserta para pejabat utama.")]
    public void A_police_science_degree_written_with_periods_ends_the_name(string text)
        => Assert.Equal(new[] { "Rahmat Hidayat" }, Article(text).People);

    [Fact]
    public void A_man_described_at_a_sentences_start_with_a_nickname_is_the_person_named_before()
    {
        var a = Article("Wali Kota Sukamaju, Darmaji mengatakan aplikasi layanan warga segera diluncurkan.",
            "Pria yang akrab disapa Aji ini menjelaskan aplikasi itu dibuat komunitas setempat.",
            "\"Semua layanan dasar akan bisa diakses dari rumah,\" ujarnya.");
        Assert.Equal(new[] { "Darmaji" }, a.People);
        Assert.Equal(new[] { "Darmaji" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("\"Jalan desa rusak sejak musim hujan tahun lalu,\" kata Pria yang ditemui di warungnya.")]
    [InlineData("Pria yang akrab disapa Ucok itu mengatakan, \"Jalan desa rusak sejak musim hujan tahun lalu.\"")]
    public void A_man_described_is_never_named_pria(string text)
    {
        var a = Article(text);
        Assert.Empty(a.People);
        Assert.Empty(Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_given_name_clipping_the_articles_one_word_name_is_that_person()
    {
        var a = Article("Kades Talang, Budimansyah mengatakan desa itu belum terjangkau sinyal internet.",
            "\"Pekerjaan desa sangat terhambat,\" jelas Budi.");
        Assert.Equal(new[] { "Budimansyah" }, a.People);
        Assert.Equal(new[] { "Budimansyah" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_name_one_letter_longer_is_another_person()
    {
        var a = Article("Kades Talang, Rudin mengatakan desa itu belum terjangkau sinyal internet.",
            "\"Pekerjaan desa sangat terhambat,\" jelas Rudi, warga setempat.");
        Assert.Equal(new[] { "Rudi", "Rudin" }, a.People.OrderBy(p => p, System.StringComparer.Ordinal));
    }

    [Fact]
    public void One_word_after_a_body_a_place_office_heads_is_that_bodys_place_not_its_heads_name()
    {
        var a = Article("Bhabinkamtibmas Polsek Talang Polres Hulu, Brigpol Budi Santoso, memediasi dua warga yang berselisih soal lahan.",
            "Kapolsek Talang menyampaikan bahwa mediasi ini upaya menjaga keamanan. \"Kami mengedepankan musyawarah,\" ujar Kapolsek Talang.");
        Assert.Equal(new[] { "Budi Santoso" }, a.People);
        Assert.Empty(Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_batak_womans_br_particle_stays_inside_her_name()
        => Assert.Equal(new[] { "Rina Wati br Sembiring" },
            Article("Bupati didampingi Kabag Kesra Rina Wati br Sembiring meresmikan gedung gereja yang baru.").People);

    [Fact]
    public void The_acehnese_title_tgk_is_no_part_of_the_name()
    {
        var a = Article("Bupati Hulu, Tgk. Ramlan, tiba di lokasi kebakaran pada sore hari.", "\"Bantuan akan terus kami salurkan,\" kata Tgk. Ramlan.");
        Assert.Equal(new[] { "Ramlan" }, a.People);
        Assert.Equal(new[] { "Ramlan" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("Dalam kesempatan itu pendeta membawakan firman Tuhan dari kitab Mazmur kepada jemaat.")]
    [InlineData("Kini, warga dua dusun itu kembali hidup rukun setelah mediasi di balai desa.")]
    public void God_a_pastors_role_word_and_kini_are_no_persons(string text)
        => Assert.Empty(Article(text).People);

    [Fact]
    public void A_pastors_role_word_before_the_title_is_no_person()
        => Assert.Equal(new[] { "Rina Wati" }, Article("\"Terima kasih kepada ibu Gembala jemaat GPdI Karmel Pdt. Rina Wati yang memprioritaskan pembangunan ini,\" kata Bupati.").People);

    [Fact]
    public void A_capitalised_saying_verb_after_an_office_and_its_place_ends_the_run()
        => Assert.Empty(Article("Selanjutnya Bupati Sleman Mengungkapkan, selama ini perjanjian berjalan lancar.").People);

    [Theory]
    [InlineData("Hadir pula Dandim 0813 Letkol Infantri Heri Santoso dan para camat.", "Heri Santoso")]
    [InlineData("Acara dibuka Gembala jemaat Pdt. Rina Wati br Sembiring S.Pdk dan pengurus gereja.", "Rina Wati br Sembiring")]
    public void A_corps_word_before_the_name_and_a_degree_after_it_are_no_part_of_it(string text, string name)
        => Assert.Equal(new[] { name }, Article(text).People);

    [Theory]
    [InlineData("Kegiatan itu dikoordinasikan dua tokoh pemuda, yaitu Rahmadi dan Sukirman, yang aktif di kampung.")]
    [InlineData("Dua atlet, yakni Rahmadi dan Sukirman, meraih medali perak pada kejuaraan itu.")]
    public void Names_listed_after_counted_figures_or_athletes_are_persons(string text)
        => Assert.Equal(new[] { "Rahmadi", "Sukirman" }, Article(text).People.OrderBy(p => p, System.StringComparer.Ordinal));

    [Fact]
    public void A_village_after_tokoh_masyarakat_is_no_person()
        => Assert.Empty(Article("Acara itu dihadiri tokoh masyarakat Desa Talang dan perangkat desa setempat.").People);
}
