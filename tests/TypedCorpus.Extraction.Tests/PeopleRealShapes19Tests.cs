using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name and speaker shapes met on real pages (round 19), each with texts written for its rule (invented names).</summary>
public class PeopleRealShapes19Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    [Theory]
    [InlineData("Dalam kerja sama tersebut, Pebriyan Santika, Direktur Utama PT Sinar Jaya, bertindak sebagai pihak pertama.", "Pebriyan Santika")]
    [InlineData("Pebriyan Santika mengatakan bantuan itu akan diserahkan pekan depan kepada sekolah.", "Pebriyan Santika")]
    [InlineData("Menurut Kediyan Arsa, jalan desa itu rusak sejak musim hujan tahun lalu.", "Kediyan Arsa")]
    public void A_given_name_spelled_with_iyan_is_no_abstract_noun(string text, string person)
        => Assert.Contains(person, Article(text).People);

    [Theory]
    [InlineData("Penanganan Darurat Bencana dimulai sejak pekan lalu di tiga kecamatan.")]
    [InlineData("Kesepakatan Bersama itu diteken kedua pihak di aula kantor bupati.")]
    public void An_abstract_noun_opening_a_sentence_is_still_no_person(string text)
        => Assert.Empty(Article(text).People);

    [Theory]
    [InlineData("Pandita Sumarno mengatakan umat merayakan hari raya dengan khidmat di vihara.", "Sumarno")]
    [InlineData("Bhante Dhammadipa mengatakan umat merayakan hari raya dengan khidmat di vihara.", "Dhammadipa")]
    [InlineData("Kyai Abdul Somad mengatakan santri merayakan hari raya dengan khidmat di pesantren.", "Abdul Somad")]
    public void A_religious_teacher_title_is_no_part_of_the_name(string text, string person)
    {
        var a = Article(text);
        Assert.Equal(new[] { person }, a.People);
    }

    [Theory]
    [InlineData("Kepala sapi yang disebut Kyai Wulung dipasang di tiang pancang agar nelayan terhindar dari bala.")]
    [InlineData("Pusaka yang dinamai Kiai Sangkelat dijamas setiap bulan Sura di halaman keraton.")]
    [InlineData("Seekor kerbau bernama Kyai Bodro diarak keliling kota pada malam satu Sura.")]
    [InlineData("Abdi dalem membersihkan gamelan pusaka, Kyai Gunturwangi dan Kyai Nagasari, menjelang perayaan.")]
    [InlineData("Kirab membawa kerbau bule yang dinamai Kyai Bodong dan Kyai Debleng keliling keraton.")]
    [InlineData("Warga berebut menyentuh Pusaka Kanjeng Kyai Ageng Pleret saat kirab berlangsung.")]
    public void A_thing_named_with_a_title_of_honour_is_no_person(string text)
        => Assert.Empty(Article(text).People);

    [Theory]
    [InlineData("Seorang warga bernama Kiai Sarwo Edi melaporkan kejadian itu ke polisi.", "Sarwo Edi")]
    [InlineData("Seorang perajin keris bernama Kiai Mustafa Kamil membuka bengkelnya untuk wisatawan.", "Mustafa Kamil")]
    public void A_person_named_with_a_title_of_honour_is_still_a_person(string text, string person)
        => Assert.Contains(person, Article(text).People);

    [Theory]
    [InlineData("Perusahaan itu kalah bersaing dengan pesaingnya, Indomarta, yang membuka gerai baru.")]
    [InlineData("Aplikasi itu kini tertinggal dari rivalnya, Zalorra, di pasar daring.")]
    public void A_rival_or_competitor_in_apposition_may_be_a_brand(string text)
        => Assert.Empty(Article(text).People);

    [Fact]
    public void An_attache_is_an_office_before_its_holder()
        => Assert.Contains("Rina Marlina", Article("Atase Kebudayaan Rina Marlina mengatakan pameran itu dibuka pekan depan.").People);

    [Theory]
    [InlineData("Acara itu dihadiri Sekprov Samsudin Kadiri dan para undangan lainnya.", "Samsudin Kadiri")]
    [InlineData("Acara itu dihadiri Kadis Perkim Rosmini Alhadi, serta para tokoh masyarakat.", "Rosmini Alhadi")]
    [InlineData("Acara itu dihadiri Kadis Perindag Rosmini Alhadi, serta para tokoh masyarakat.", "Rosmini Alhadi")]
    public void A_provincial_secretary_or_an_agency_head_named_by_its_field_is_an_office_before_the_holder(string text, string person)
        => Assert.Equal(new[] { person }, Article(text).People);

    [Theory]
    [InlineData("Gubernur Sulawesi Raya, Wenny Tjandra Laos, meluncurkan program kampung nelayan.")]
    [InlineData("Hadir pula Ketua DPR RI fraksi PAN, Wenny Tjandra Laos, dan jajaran forum pimpinan daerah.")]
    public void A_country_closing_a_name_set_off_by_commas_is_a_surname(string text)
        => Assert.Contains("Wenny Tjandra Laos", Article(text).People);

    [Theory]
    [InlineData("Tim itu menikmati laga final lawan Persikota di lapangan utama.")]
    [InlineData("Perusahaan itu kalah bersaing dengan lawannya, Alfamarta, di kota itu.")]
    public void An_opponent_may_be_a_team_or_a_brand(string text)
        => Assert.Empty(Article(text).People);

    [Fact]
    public void A_country_after_a_runner_s_name_in_a_list_is_no_surname()
    {
        var a = Article("Pelari yang ikut, yakni Elisha Kiprono Kenya, Abebe Tadese Ethiopia, dan Somchai Prasit Thailand, tiba kemarin.");
        Assert.DoesNotContain(a.People, p => p.EndsWith("Ethiopia") || p.EndsWith("Thailand") || p.EndsWith("Kenya"));
    }

    [Fact]
    public void Countries_in_a_list_are_no_surnames()
        => Assert.Empty(Article("Kerja sama itu melibatkan Vietnam, Thailand, Laos, dan Kamboja.").People);

    [Fact]
    public void A_body_named_after_its_country_in_a_list_of_offices_is_no_person()
        => Assert.Empty(Article("Hadir pula Ketua Persatuan Gereja-Gereja Indonesia, Ketua Konferensi Wali Gereja Indonesia, Presiden Parisada Hindu Dharma Indonesia, dan undangan lain.").People);

    [Theory]
    [InlineData("Tiga gol tim tamu di laga ini dicetak Nurul Hakim, Fitra Rahman dan Septian Hadi.", new[] { "Nurul Hakim", "Fitra Rahman", "Septian Hadi" })]
    [InlineData("Dua gol kemenangan dicetak oleh Marko Sinta dan Yohanes Wenda pada babak kedua.", new[] { "Marko Sinta", "Yohanes Wenda" })]
    public void Plain_names_listed_after_a_passive_verb_of_a_deed_are_persons(string text, string[] people)
        => Assert.Equal(people, Article(text).People);

    [Theory]
    [InlineData("Gol tunggal dicetak Persikota pada menit akhir.")] // one word: a team
    [InlineData("Kapal itu dikemudikan Sinar Bahari Group menuju pelabuhan.")] // a body's word
    [InlineData("Surat suara tersebut dicetak Sinar Grafika di Bandung sejak pekan lalu.")] // one name alone: a printer
    [InlineData("Rekor itu dicetak Tirta Kencana, klub renang asal Bekasi.")]
    [InlineData("Larangan tersebut diperkuat Surat Edaran Bersama tiga menteri.")]
    [InlineData("Lakon tersebut diperankan Teater Gandrung dari Banyuwangi.")]
    [InlineData("Gol itu dicetak dengan sundulan keras ke sudut gawang.")]
    public void A_team_or_a_body_after_a_passive_verb_of_a_deed_is_no_person(string text)
        => Assert.Empty(Article(text).People);

    [Fact]
    public void Plain_names_after_a_winner_s_label_are_persons()
    {
        var a = Article("Lomba Melukis SD:", "- Juara 1: Nadia Putri Ramadhani (SDN 3 Sukamaju)", "- Juara 2: Rizky Aditya Pratama (SDN 1 Hilir)", "- Juara Harapan II: Salsa Amelia (MIN 2 Hulu)");
        Assert.Equal(new[] { "Nadia Putri Ramadhani", "Rizky Aditya Pratama", "Salsa Amelia" }, a.People);
    }

    [Fact]
    public void A_school_a_region_or_a_team_after_a_winner_s_label_is_no_person()
    {
        var a = Article("Lomba Paduan Suara:", "- Juara 1: SMPN 2 Sukamaju", "- Juara 2: Kabupaten Garut", "- Juara 3: Persatuan Guru Garut");
        Assert.Empty(a.People);
    }

    [Fact]
    public void A_winner_without_a_school_may_be_a_team_an_animal_or_a_product()
    {
        var a = Article("Hasil lomba:", "- Juara 1: Putra Jaya", "- Juara 2: Putri Samudra milik Lalu Irwan", "- Juara 3: Dodol Nanas Madu");
        Assert.DoesNotContain(a.People, p => p is "Putra Jaya" or "Putri Samudra" or "Dodol Nanas Madu");
    }

    [Theory]
    [InlineData("Sementara itu, Jasa Marga, mengatakan arus kendaraan di gerbang tol meningkat.")] // a company set off by commas
    [InlineData("Sementara itu, Kota Garut, mengatakan harga stabil menurut laporan dinas.")]
    public void A_name_set_off_by_commas_before_a_verb_of_saying_may_be_a_body(string text)
        => Assert.Empty(Article(text).People);
}
