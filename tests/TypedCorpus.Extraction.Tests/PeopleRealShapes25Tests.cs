using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of real pages, each written anew with invented names: doubled single marks, opinions after an opener, kin named after the speaker.</summary>
public class PeopleRealShapes25Tests
{
    [Fact]
    public void Doubled_single_marks_closing_after_a_space_close_a_full_quotation()
    {
        var a = Article("Perajin tikar, Siti Rahmawati, mengaku pesanan naik menjelang Lebaran.",
                        "Siti mengatakan, biasanya ia menyelesaikan satu tikar sehari. ‘’Kalau hari biasa upahnya Rp 6.500 per potong, ’’ ungkap perempuan 25 tahun itu.");
        var q = a.Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Kalau hari biasa upahnya Rp 6.500 per potong,", q.Text.Trim());
        Assert.Equal(new[] { "Siti Rahmawati" }, q.Speakers.ToArray());
    }

    [Theory]
    [InlineData("Meskipun, menurut Hj. Khadijah,")]
    [InlineData("Namun, menurut Hj. Khadijah,")]
    public void A_titled_name_written_short_after_menurut_past_an_opener_speaks_in_the_sentence(string opener)
    {
        var a = Article("Sementara itu, menurut pengasuh pesantren, Hj. Khadijah Rahmawati, peserta wisuda terbilang istimewa.",
                        "Salah satu wisudawan, Nur Aisyah, mengaku senang. \"Saya senang sekali,\" katanya.",
                        opener + " keberhasilan itu bergantung pada kesungguhan. \"Saya sangat bangga pada anak-anak,\" ujarnya.");
        Assert.Equal(new[] { "Khadijah Rahmawati" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_lead_adverbial_opening_a_name_without_its_comma_is_no_word_of_it()
    {
        var a = Article("Rektor, Nurhadi Santoso, dalam sambutannya menyambut mahasiswa baru. \"Selamat datang,\" katanya.",
                        "Sedangkan Fikri Ramadhan, Presiden BEM, dalam sambutannya menyatakan mahasiswa harus siap. \"Kalian putra-putri terbaik bangsa,\" ucapnya.");
        Assert.Contains("Fikri Ramadhan", a.People);
        Assert.Equal(new[] { "Fikri Ramadhan" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_lead_adverbial_before_one_word_stays_out_of_names()
        => Assert.DoesNotContain("Selektif", PeopleOf("Bupati Sukamaju Budi Santoso menambal jalan berlubang dengan uang pribadi.",
                                                       "- Soal Bantuan Bagi Warga Terdampak PPKM Wali Kota Salatiga : Lebih Selektif, Warga Mampu Jangan Diberi",
                                                       "- BMKG: Kemarau di Jateng Bisa Sampai November"));

    [Fact]
    public void The_kin_of_a_relative_heading_the_attribution_is_not_the_speaker()
    {
        var a = Article("Menurut pengakuan Saipul, orang tua salah satu balita tersebut, anaknya masih dirawat di rumah.",
                        "\"Kami masih merawat anak kami di rumah,\" tegas orang tua dari balita bernama Afiq itu di kediamannya.");
        Assert.Contains("Saipul", a.People);
        Assert.DoesNotContain("Afiq", a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_relative_named_by_bernama_without_dari_is_the_speaker()
    {
        var a = Article("Banjir merendam rumah warga sejak pagi.",
                        "\"Kami sudah mengungsi sejak subuh,\" kata ibu bernama Sulastri itu.");
        Assert.Equal(new[] { "Sulastri" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_persons_account_after_menurut_makes_them_the_speaker_of_the_next_cue()
    {
        var a = Article("Menurut keterangan Darmaji Sutopo, api muncul dari dapur warga sekitar pukul 02.00.",
                        "\"Api cepat membesar karena angin,\" ujarnya.");
        Assert.Equal(new[] { "Darmaji Sutopo" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_company_named_with_its_short_form_in_brackets_before_the_holder_is_no_person_and_the_accompanied_holder_speaks()
    {
        var a = Article("Kepala Desa Talang, Herdi Marwan, membenarkan keluhan warga. \"Kami minta solusi,\" tukas Herdi.",
                        "Sementara itu, Humas PT Mustika Jaya Persada (PT MJP) Wisnu didampingi PT BSR Topan menuturkan, perusahaan menampung aspirasi warga.",
                        "\"Segala aspirasi warga kami tampung,\" tukasnya.");
        Assert.DoesNotContain("Mustika Jaya Persada", a.People);
        Assert.Contains("Wisnu", a.People);
        Assert.Equal(new[] { "Wisnu" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Theory]
    [InlineData("M Harun Ketua Panitia mengatakan lomba dibuka besok.", "M Harun")]
    [InlineData("Demikian pula F. Razikin Kepala Desa Kedungmalang mengemukakan, ia merasa bangga.", "F. Razikin")]
    public void An_initial_opening_a_name_right_before_its_office_stays_with_the_holder(string sentence, string person)
        => Assert.Contains(person, PeopleOf(sentence));

    [Theory]
    [InlineData("Demikian pula F. Razikin Kepala Desa Kedungmalang mengemukakan, ia merasa bangga.", "tambah Kepala Desa.", "F. Razikin")]
    [InlineData("Sementara itu, Rina Wulandari Kepala Desa Sukamaju mengatakan peserta sudah lengkap.", "kata Kepala Desa.", "Rina Wulandari")]
    public void An_office_alone_after_the_cue_points_back_to_the_holder_named_right_before_it(string intro, string cue, string holder)
    {
        var a = Article(intro, "Warga antusias menyambut turnamen itu.", "\"Kami tidak mencari juara, yang penting persahabatan antardesa,\" " + cue);
        Assert.Equal(new[] { holder }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void Two_persons_sharing_their_first_two_given_names_keep_them()
        => Assert.Equal(new[] { "Muhammad Ali Akbar", "Muhammad Ali Rahman" },
            PeopleOf("Rapat dihadiri Kepala Dinas Muhammad Ali Rahman dan Sekretaris Dinas Muhammad Ali Akbar."));

    [Fact]
    public void A_budget_field_after_a_short_office_is_no_word_of_the_holders_name()
    {
        var a = Article("\"Dana tunda bayar itu akan dimuat dalam laporan pertanggungjawaban,\" kata Kepala BPKAD melalui Kabid Anggaran Delismarto.");
        Assert.Equal(new[] { "Delismarto" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_nickname_given_with_demikian_ia_akrab_disapa_is_the_person_named_before()
    {
        var a = Article("Hal itu disampaikan Plt Kepala BKPSDM Sampang Yuliadi Setiawan kepada awak media.",
                        "Wawan, demikian ia akrab disapa, menyebut 171 PNS tidak hadir.",
                        "\"Bagi PNS yang tidak hadir akan diproses sanksi,\" kata Wawan.");
        Assert.Equal(new[] { "Yuliadi Setiawan" }, a.People.ToArray());
        Assert.Equal(new[] { "Yuliadi Setiawan" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_numbered_unit_closing_a_bodys_name_is_no_person()
        => Assert.Equal(new[] { "Budi Suprapto" }, PeopleOf("Hal ini diungkapkan oleh Budi Suprapto Kepala TPI Juwana Unit 2. Harga ikan masih tinggi."));

    [Theory]
    [InlineData("Hal yang sama di sampaikan Harisman petani bawang merah setempat.", "Harisman")]
    public void A_one_word_name_after_a_passive_verb_of_saying_then_its_clause_in_small_letters_speaks(string sentence, string person)
    {
        var a = Article("Harga karet di tingkat petani stabil pekan ini.", sentence, "\"Kami butuh uang untuk belanja dapur,\" ungkapnya.");
        Assert.Contains(person, a.People);
        Assert.Equal(new[] { person }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void God_after_a_passive_verb_is_no_person()
        => Assert.Empty(PeopleOf("Malam itu tidak dijelaskan oleh Allah dimana letaknya."));

    [Fact]
    public void A_victims_account_after_menurut_keterangan_makes_them_the_speaker_of_the_next_cue()
    {
        var a = Article("Kebakaran menimpa rumah milik H. Alimansur (56) di Desa Tlogorejo, Minggu malam.",
                        "Menurut keterangan korban H. Alimansur (56), sebelum kejadian dirinya berada di teras rumah.",
                        "\"Saya melihat api mulai membesar dari ruangan belakang,\" ungkapnya.");
        Assert.Equal(new[] { "Alimansur" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Kasi Humas Polresta Sukamaju, Ipda MK Umar mengatakan korban tengah membajak sawah.", "MK Umar")]
    [InlineData("Kapolsek Gebog AKP MS Hidayat mengatakan pelaku sudah ditangkap.", "MS Hidayat")]
    public void Two_capitals_after_a_rank_are_initials_even_when_they_spell_a_court_or_a_title(string sentence, string person)
        => Assert.Equal(new[] { person }, PeopleOf(sentence));
}
