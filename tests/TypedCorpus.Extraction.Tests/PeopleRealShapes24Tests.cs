using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of real pages, each written anew with invented names: nicknames, cues behind stops and brackets, places glued to holders.</summary>
public class PeopleRealShapes24Tests
{
    [Theory]
    [InlineData("ujar pria yang akrab disapa Gito ini.")]
    [InlineData("ujar pria yang akrab disapa H Gito ini.")]
    public void A_nickname_given_to_a_described_man_names_the_one_word_name_introduced_before(string attribution)
    {
        var a = Article("Menurut Kabid Kesenian Dinas Pariwisata, H Sugitoharjo, festival ini baru pertama kali digelar. \"Ini yang kami angkat,\" ujarnya.",
                        "\"Peserta akan tampil bergantian di atas panggung terapung,\" " + attribution);
        Assert.Equal(new[] { "Sugitoharjo" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_verb_of_saying_in_small_letters_after_a_stop_outside_the_closing_mark_is_the_cue()
    {
        var a = Article("Kepala Desa Sukamaju H. Rahmat Hidayat memberikan apresiasi kepada pemerintah.",
                        "“saya sangat berterimakasih atas terlaksananya kegiatan penyaluran bantuan beras ini”. ucap rahmat");
        var q = a.Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Rahmat Hidayat" }, q.Speakers.ToArray());
    }

    [Theory]
    [InlineData("“Kami selalu berkolaborasi dengan pemerintah desa setempat dalam setiap upacara,”(Ungkapnya).")]
    [InlineData("“Kami selalu berkolaborasi dengan pemerintah desa setempat dalam setiap upacara”.(imbuhnya)")]
    public void A_cue_alone_in_brackets_after_the_quote_attributes_it(string paragraph)
    {
        var a = Article("Hal itu diungkapkan Kepala Sekolah SD Negeri Sukamaju, Rina Wulandari, saat upacara.", paragraph);
        var q = a.Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Rina Wulandari" }, q.Speakers.ToArray());
    }

    [Fact]
    public void A_words_in_brackets_after_the_quote_that_is_no_cue_attributes_nothing()
    {
        var a = Article("Hal itu diungkapkan Kepala Sekolah SD Negeri Sukamaju, Rina Wulandari, saat upacara.",
                        "Spanduk itu bertuliskan “Sekolah Ramah Anak” (Foto).");
        Assert.NotEqual(QuoteKind.Direct, a.Quotes.Single().Kind);
    }

    [Fact]
    public void A_christian_given_name_written_short_with_its_period_stays_in_the_name()
    {
        var a = Article("Bupati Sukamaju, Benyamin Th. Lekatompessy, menyampaikan dukungan tersebut saat apel.",
                        "\"Program ini untuk rakyat kecil,\" ungkap Lekatompessy.");
        Assert.Equal(new[] { "Benyamin Th. Lekatompessy" }, a.People.ToArray());
        Assert.Equal(new[] { "Benyamin Th. Lekatompessy" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_name_after_an_officer_noun_and_the_body_it_serves_in_apposition_is_a_person()
    {
        var a = Article("Petugas BP3MI Sukamaju, Darsono, menyebut selama di penjara Wahyudi kerap mengalami perlakuan kasar.",
                        "\"Pekerja migran itu sering mendapat perlakuan kasar dari aparat,\" jelasnya.");
        Assert.Contains("Darsono", a.People);
        Assert.Equal(new[] { "Darsono" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_priests_order_after_his_name_is_no_part_of_it()
        => Assert.Equal(new[] { "Yohanes Markus Rumengan" }, PeopleOf("Pastor Yohanes Markus Rumengan Pr, dalam khotbahnya, mengajak umat untuk bersyukur."));

    [Fact]
    public void A_nickname_after_a_role_given_to_a_priest_named_before_is_his()
    {
        var a = Article("Pastor Yohanes Markus Rumengan Pr, dalam khotbahnya, mengajak umat untuk bersyukur.",
                        "“Natal adalah wujud nyata cinta Allah,” ungkap Pastor Yohanes yang akrab disapa Pastor Ano di hadapan umat.",
                        "“Mari kita hayati Natal ini dengan saling memaafkan,” ungkap Pastor Ano.");
        Assert.Equal(new[] { "Yohanes Markus Rumengan" }, a.People.ToArray());
        Assert.All(a.Quotes, q => Assert.Equal(new[] { "Yohanes Markus Rumengan" }, q.Speakers.ToArray()));
    }

    [Fact]
    public void Negri_spelt_short_is_a_schools_state_not_a_name()
        => Assert.Equal(new[] { "Rina Wulandari" }, PeopleOf("Demikian diungkapkan Kepala Sekolah SD Negri Sukamaju 01 Kecamatan Kalisat, Rina Wulandari ketika dijumpai."));

    [Fact]
    public void A_passive_verb_of_saying_written_apart_from_its_di_names_the_speaker_a_later_cue_goes_back_to()
    {
        var a = Article("Demikian di ungkapkan Kepala Sekolah SD Negeri Sukamaju 01, Rina Wulandari ketika dijumpai saat upacara.",
                        "Dimana yang bertindak sebagai petugas upacara semua dewan guru.",
                        "“Memang betul setiap pelaksanaan upacara kami lebih banyak melakukan kolaborasi,” ungkapnya.");
        Assert.Equal(new[] { "Rina Wulandari" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_village_named_after_its_bodys_short_form_in_brackets_opens_no_holders_name()
    {
        var a = Article("Program KKN mahasiswa disambut Pemerintah Desa (Pemdes) Cibeureum Kecamatan Cikembar.",
                        "Kepala Desa Cibeureum Lahmudin mengatakan, ada enam mahasiswa yang melaksanakan KKN di desanya.",
                        "“KKN ini sudah dimulai sejak 20 Juli lalu,” kata Lahmudin kepada wartawan.");
        Assert.Equal(new[] { "Lahmudin" }, a.People.ToArray());
        Assert.Equal(new[] { "Lahmudin" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void The_place_after_a_schools_short_name_and_number_closed_elsewhere_opens_no_heads_name()
    {
        var a = Article("Salah satunya di SDN 1 Karangjati, Boyolali, Jawa Tengah.",
                        "Kepala Sekolah SDN 1 Karangjati Sri Handayani mengatakan program itu berjalan baik.",
                        "“Anak-anak senang sekali,” katanya.");
        Assert.Equal(new[] { "Sri Handayani" }, a.People.ToArray());
        Assert.Equal(new[] { "Sri Handayani" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_titled_name_right_before_an_office_whose_body_ends_the_run_is_the_holder()
    {
        var a = Article("Sementara itu, Pdt Yakobus Wenda Ketua Panitia Pembangunan Gedung Gereja Ukul Lembah mengatakan anggaran masih kurang.",
                        "\"Pembangunan akan dilakukan selama dua tahun,\" ujarnya.");
        Assert.Equal(new[] { "Yakobus Wenda" }, a.People.ToArray());
        Assert.Equal(new[] { "Yakobus Wenda" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Hal itu dilakukan oleh Karsono seorang perajin sarung tenun di desa itu.", "Karsono")]
    [InlineData("Senada, Siti Mardiyah warga RT 22 yang rumahnya dekat TPS mengeluhkan kondisi sampah.", "Siti Mardiyah")]
    public void A_role_after_a_name_its_comma_left_out_makes_a_person(string sentence, string person)
        => Assert.Contains(person, PeopleOf(sentence));

    [Theory]
    [InlineData("Di Pasar Baru warga berkumpul sejak pagi.")]
    [InlineData("Kecelakaan terjadi di Jalan Sudirman seorang pengendara terjatuh.")]
    public void A_place_before_a_noun_of_persons_stays_no_person(string sentence)
        => Assert.Empty(PeopleOf(sentence));

    [Fact]
    public void A_title_of_address_and_a_name_taken_up_again_with_ini_is_the_man_not_a_place()
    {
        var a = Article("Hal itu dilakukan oleh Karsono seorang perajin sarung tenun di desa itu.",
                        "\"Peminatnya masih konsumen lokal,\" tutur karsono.",
                        "\"Pemerintah perlu membantu para perajin seperti Bapak Karsono ini,\" kata Babinsa setempat.");
        Assert.Equal(new[] { "Karsono" }, a.People.ToArray());
        Assert.Equal(new[] { "Karsono" }, a.Quotes.First().Speakers.ToArray());
    }

    [Fact]
    public void An_office_and_its_one_word_place_taken_up_again_with_ini_is_still_the_place()
        => Assert.Empty(PeopleOf("Sementara itu Camat Candipuro ini datang ke lokasi banjir."));

    [Fact]
    public void A_name_in_apposition_after_a_cue_and_the_persons_description_is_the_speaker_a_later_cue_goes_back_to()
    {
        var a = Article("\"Jumlah dosen bergelar doktor masih sedikit,\" tutur ilmuwan diaspora yang kini menjadi dosen di Leiden University, Rahmat Putra Wijaya seperti dikutip media.",
                        "Ia juga mengatakan, kampus belum menjadi pusat riset.",
                        "\"Perlu ada industri yang memakai hasil riset,\" jelasnya.");
        Assert.Equal(new[] { "Rahmat Putra Wijaya" }, a.People.ToArray());
        Assert.All(a.Quotes, q => Assert.Equal(new[] { "Rahmat Putra Wijaya" }, q.Speakers.ToArray()));
    }

    [Fact]
    public void The_place_after_a_state_schools_name_and_number_closed_elsewhere_opens_no_holders_name()
        => Assert.Equal(new[] { "Gunarto" }, PeopleOf("Acara itu mendapat sambutan dari Camat Sangalaki Gunarto yang hadir bersama guru.",
                                                       "Wisuda diikuti ratusan siswa SMA Negeri 1 Sangalaki."));

    [Fact]
    public void A_lead_adverbial_written_as_one_word_opens_no_name()
        => Assert.DoesNotContain("Lebihlanjut Abdullah", PeopleOf("Kepala Desa Sukamaju Abdullah hadir.", "Lebihlanjut Abdullah menuturkan, masjid tersebut telah menelan biaya besar."));

    [Fact]
    public void A_mosques_administrator_is_a_role_before_its_holder()
    {
        var a = Article("Menurut Ta’mir masjid setempat, Ustad Munawir, proses pembangunan masjid memang lama.",
                        "\"Terima kasih kepada seluruh warga,\" ucapnya.");
        Assert.Equal(new[] { "Munawir" }, a.People.ToArray());
        Assert.Equal(new[] { "Munawir" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_prayer_before_an_office_in_apposition_is_no_person()
        => Assert.Equal(new[] { "Hamka Nasrun" }, PeopleOf("Usai melaksanakan Salat Isya, Takmir Masjid Al Mujahirin, Ustadz Hamka Nasrun langsung berdiri."));
}
