using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Where a person's name starts when other words of the article glue to its first word; invented names.</summary>
public class PeopleNameStartTests
{
    [Fact]
    public void Two_women_sharing_a_given_name_after_a_title_of_address_keep_it()
        => Assert.Equal(new[] { "Theresia Lenggu Watuwaya", "Theresia Melati Dopo" },
            PeopleOf("Desa itu dikunjungi Wakil Ketua PKK Provinsi, Ny. Theresia Lenggu Watuwaya.",
                   "Kunjungan didampingi Ketua PKK Kabupaten, Ibu Theresia Melati Dopo.",
                   "\"Desa ini luar biasa,\" kata Lenggu."));

    [Fact]
    public void A_holder_in_apposition_is_a_person_though_a_place_unit_stands_before_the_name_elsewhere()
    {
        var a = Article("Rapat dipimpin Ketua Tim Ranperda Nagari Gustiandri Rasyid, didampingi para anggota.",
                        "\"Ranperda ini sudah memasuki tahap akhir,\" ujar Ketua Tim Ranperda Nagari, Gustiandri Rasyid.");
        Assert.Equal(new[] { "Gustiandri Rasyid" }, a.People.ToArray());
        Assert.Equal(new[] { "Gustiandri Rasyid" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_place_the_gazetteer_knows_between_commas_is_no_person()
        => Assert.DoesNotContain("Deli Serdang", PeopleOf("Polisi memburu pengendali di Kecamatan Percut Sei Tuan, Deli Serdang, berinisial AG (41).",
                                                        "Pengendali itu ditangkap di Kabupaten Deli Serdang."));
}

public class PeopleOfficeWordTests
{
    [Theory]
    [InlineData("Kepala Seksi Adat dan Tradisi Wulan Sekar Ayuningtyas SSos mewakili kepala dinas.")]
    [InlineData("Kepala Bidang Kesenian Wulan Sekar Ayuningtyas mewakili kepala dinas.")]
    public void A_culture_offices_field_word_is_no_part_of_the_holders_name(string text)
        => Assert.Equal(new[] { "Wulan Sekar Ayuningtyas" }, PeopleOf(text));

    [Fact]
    public void Eng_without_its_period_is_a_given_name_not_the_degree_part_of_Dr_Eng()
        => Assert.Equal(new[] { "Eng Liong" }, PeopleOf("Ketua Bidang Pembinaan dan Prestasi PP PBSI Eng Liong menantikan kejutan."));

    [Fact]
    public void Eng_with_its_period_after_Dr_is_still_a_degree_part()
        => Assert.Equal(new[] { "Hendra Wijaya" }, PeopleOf("Rektor Prof. Dr.Eng. Ir. Hendra Wijaya, M.T membuka acara itu."));
}

public class PeopleSportShapesTests
{
    [Theory]
    [InlineData("Di babak pertama tampil pasangan Rendi Prakoso/Yusuf Ardianto (23) dari klub Sukamaju.", "Rendi Prakoso")]
    [InlineData("Selain pasangan ganda putra Leo Rolly Karnanda/ Bagus Maulana, Indonesia menurunkan pasangan baru.", "Bagus Maulana")]
    public void The_partner_of_a_person_across_a_slash_is_a_person(string text, string partner)
        => Assert.Contains(partner, Article(text).People);

    [Fact]
    public void A_medallist_described_with_the_games_he_won_is_the_speaker_not_the_games()
    {
        var a = Article("Ketua Bidang Pembinaan dan Prestasi PP PBSI Sutanto Wiradinata menantikan kejutan pemain muda.",
                        "\"Kami tetap punya target prestasi,\" jelas peraih medali perunggu Olimpiade Athena 2004 itu.");
        Assert.Equal(new[] { "Sutanto Wiradinata" }, a.Quotes.Single().Speakers.ToArray());
        Assert.DoesNotContain("Olimpiade Athena", a.People);
    }
}

public class PeopleClubTests
{
    [Fact]
    public void A_club_after_its_coachs_role_is_no_person_and_says_nothing()
    {
        var a = Article("Pelatih Persebaya, yang namanya dihormati penggemar, tidak dapat menyembunyikan rasa kecewanya.",
                        "\"Kekalahan di kandang sangat menyakitkan,\" ujarnya.");
        Assert.Empty(a.People);
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void The_coach_named_after_the_club_is_the_speaker()
    {
        var a = Article("Pelatih Persib, Bogdan Hadikusumo, kecewa dengan hasil itu.", "\"Kami harus bangkit,\" ujarnya.");
        Assert.Equal(new[] { "Bogdan Hadikusumo" }, a.Quotes.Single().Speakers.ToArray());
    }
}

public class PeopleFilmCreditTests
{
    [Fact]
    public void A_film_credit_before_a_name_introduces_the_person_a_short_form_then_names()
    {
        var a = Article("Film itu produksi perdana Larasati Pictures. Executive Producer Kirana Larasati menyampaikan rasa syukurnya.",
                        "\"Aku bersyukur banget,\" ujar Kirana.");
        Assert.Equal(new[] { "Kirana Larasati" }, a.People.ToArray());
        Assert.Equal(new[] { "Kirana Larasati" }, a.Quotes.Single().Speakers.ToArray());
    }
}

public class PeoplePlaceChainTests
{
    [Fact]
    public void A_district_written_short_with_its_period_names_a_place_no_apposition_makes_a_person()
    {
        var a = Article("Perangkat Desa Tanjung Raya, Kec. Karang Sei Tuan juga sudah diperiksa.",
                        "Sedangkan Kades Bandar Lestari, Karang Sei Tuan, Suparwoto, SH, membenarkan dia dipanggil.");
        Assert.Contains("Suparwoto", a.People);
        Assert.DoesNotContain(a.People, p => p.Contains("Tuan"));
    }

    [Fact]
    public void A_regional_services_glued_short_name_is_no_part_of_its_heads_name()
        => Assert.Equal(new[] { "Rusmanto" }, Article("Warga menunggu jawaban dari Kepala Dispermades Rusmanto pekan depan.").People.ToArray());
}

public class PeopleElectoralDistrictTests
{
    [Theory]
    [InlineData("Anggota Komisi III DPRD Provinsi Riau Dapil Siak-Pelalawan Rosmawati mendesak perusahaan memenuhi hak pekerjanya.")]
    [InlineData("Anggota DPRD Provinsi Riau Dapil Siak Rosmawati mendesak perusahaan memenuhi hak pekerjanya.")]
    public void The_holder_after_an_electoral_district_deep_in_an_office_title_is_a_person(string text)
        => Assert.Equal(new[] { "Rosmawati" }, PeopleOf(text));

    [Fact]
    public void Two_known_places_joined_by_a_hyphen_are_a_place()
        => Assert.True(TypedCorpus.Extraction.Lexicon.NameLexicon.IsGazetteerPlace("Siak-Pelalawan"));
}

public class PeopleMemberOfBodyCommaTests
{
    [Fact]
    public void A_name_opening_its_sentence_then_a_comma_dari_and_a_body_is_a_member_speaking_for_it()
    {
        var a = Article("Aksi mogok berlanjut hari ketiga.",
                        "Muhammad Yusran As'adi, dari Komite Pusat Solidaritas Buruh yang mewakili para buruh menyebutkan, aksi diikuti tiga divisi.",
                        "\"Upah kami hanya 30.000 per hari,\" ujar Yusran.");
        Assert.Equal(new[] { "Muhammad Yusran As'adi" }, a.Quotes.Single().Speakers.ToArray());
    }
}

public class PeopleOneWordSpellingTests
{
    [Fact]
    public void A_short_name_written_with_a_final_d_for_t_is_the_longer_names_person()
    {
        var a = Article("Kepala Dinas Sosial Memet Rahmat Sugiharto meninjau lokasi banjir.", "\"Bantuan sudah kami salurkan,\" ujar Memed.");
        Assert.Equal(new[] { "Memet Rahmat Sugiharto" }, a.Quotes.Single().Speakers.ToArray());
        Assert.Equal(new[] { "Memet Rahmat Sugiharto" }, a.People.ToArray());
    }

    [Fact]
    public void A_short_name_matching_two_longer_names_in_another_spelling_joins_neither()
    {
        var a = Article("Kepala Dinas Sosial Memet Rahmat Sugiharto meninjau lokasi banjir bersama Camat Sukamaju, Hidayat Memet.", "\"Bantuan sudah kami salurkan,\" ujar Memed.");
        Assert.Contains("Memed", a.People);
    }
}

public class PeopleSportTitleTests
{
    [Theory]
    [InlineData("Di kategori terbuka, pecatur muda FM Zaky Dhiaulhaq berhasil merebut gelar juara.")]
    [InlineData("Di kategori terbuka, GM Zaky Dhiaulhaq berhasil merebut gelar juara.")]
    public void A_chess_title_before_a_players_name_is_no_part_of_it(string text)
        => Assert.Equal(new[] { "Zaky Dhiaulhaq" }, PeopleOf(text));

    [Fact]
    public void A_capitalised_me_kan_verb_after_a_name_ends_it()
        => Assert.Equal(new[] { "Abdul Rivani Rasyad" }, PeopleOf("Dalam acara itu, Laksamana TNI Abdul Rivani Rasyad Menyaksikan turnamen kali ini."));

    [Fact]
    public void The_agent_of_a_passive_then_one_of_the_achievers_is_a_person()
        => Assert.Contains("Julian Bria", PeopleOf("Rasa bangga juga dialami Julian Bria, salah satu peraih medali perak di PON XX."));
}

public class QuoteNestingTests
{
    [Fact]
    public void A_curly_quotation_inside_a_curly_quotation_stays_inside_it()
    {
        var a = Article("Juru bicara itu, Tahir Alnuno, membantah kabar gencatan senjata.",
                        "\u201CNegosiasi sedang berlangsung dan, hingga saat ini, belum ada kesepakatan dengan \u201CIsrael\u201D,\u201D kata Tahir Alnuno.");
        var q = Assert.Single(a.Quotes);
        Assert.Equal("Negosiasi sedang berlangsung dan, hingga saat ini, belum ada kesepakatan dengan \u201CIsrael\u201D,", q.Text);
        Assert.Equal(new[] { "Tahir Alnuno" }, q.Speakers.ToArray());
    }

    [Fact]
    public void Two_curly_quotations_in_a_row_are_two()
        => Assert.Equal(2, Article("Warga menyebut jalan itu \u201Cjalan maut\u201D dan jembatannya \u201Cjembatan hantu\u201D sejak lama.").Quotes.Count);
}

/// <summary>The invented article the tests of this file put their paragraphs in, and the people it names (sorted).</summary>
internal static class InventedArticle
{
    public static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs));

    public static string[] PeopleOf(params string[] paragraphs) => Article(paragraphs).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
}
