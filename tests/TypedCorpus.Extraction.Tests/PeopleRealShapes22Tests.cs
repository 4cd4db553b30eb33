using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of real pages, each written anew with invented names: units with slashes, typos in cues, initials, lone -nya cues.</summary>
public class PeopleRealShapes22Tests
{
    [Fact]
    public void A_military_unit_numbered_in_roman_figures_with_a_slash_keeps_its_holder_for_the_office_alone()
    {
        var a = Article("Saat pelantikan di Gowa Pangdam XIV/Sukamaju Mayjen TNI Rahmat Hidayat, S.I.P. menyampaikan pesan kepada prajurit.",
                        "\"Saudara sudah disumpah, maka tepati janjimu\", ucap Pangdam.");
        Assert.Equal(new[] { "Rahmat Hidayat" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_cue_opening_a_short_sentence_after_a_stop_outside_the_quote_names_the_speaker()
    {
        var a = Article("Saat pelantikan itu Pangdam XIV/Sukamaju Mayjen TNI Rahmat Hidayat menyampaikan pesan kepada prajurit.",
                        "Bupati Sukamaju Budi Santoso menyambut para prajurit muda itu.",
                        "\"Kebanggaan prajurit harus disertai kemampuan dalam melaksanakan tugas dengan baik\". Kata Pangdam");
        Assert.Equal(new[] { "Rahmat Hidayat" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_nya_cue_that_lost_its_last_letter_is_still_a_cue()
    {
        var a = Article("Harga beras di pasar itu naik. Atin salah satu pedagang beras mengatakan kenaikan terjadi sejak awal tahun. \"Dalam sebulan tidak ada penurunan harga,\" ujarny, Kamis.");
        var q = a.Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Atin" }, q.Speakers.ToArray());
    }

    [Theory]
    [InlineData("Atin salah satu pedagang beras mengatakan harga naik.", new[] { "Atin" })]
    [InlineData("Sumarno salah seorang penjaga loket mengatakan pengunjung naik.", new[] { "Sumarno" })]
    // a word written twice is no name
    [InlineData("Tiba-tiba salah seorang warga memprovokasi massa di lokasi itu.", new string[0])]
    public void One_of_a_group_of_persons_right_after_a_one_word_name_makes_it_a_person(string sentence, string[] people)
        => Assert.Equal(people, PeopleOf(sentence).ToArray());

    [Theory]
    [InlineData("Sidang dilanjutkan dengan terdakwa OC Kaligis pekan depan.", "OC Kaligis")]
    [InlineData("Hal itu dikatakan anggota TNI AD Budi Santoso kemarin.", "Budi Santoso")]
    public void Two_capitals_after_a_role_in_small_letters_are_initials_but_a_services_short_name_is_not(string sentence, string person)
        => Assert.Equal(new[] { person }, PeopleOf(sentence).ToArray());

    [Fact]
    public void A_lone_word_closing_with_nya_in_the_cues_place_is_a_cue_not_a_person()
    {
        var a = Article("Saat pelantikan itu Mayjen Rahmat Hidayat menyampaikan pesan kepada prajurit.",
                        "\"Jadilah prajurit yang profesional, rendah hati dan sopan\", Kuncinya.");
        Assert.DoesNotContain("Kuncinya", a.People);
        Assert.Equal(QuoteKind.Direct, a.Quotes.Single().Kind);
        Assert.DoesNotContain("Kuncinya", a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_foreign_name_closing_with_nya_stays_a_name()
    {
        var a = Article("Pebulu tangkis Thailand Sukanya Ratchanok menang dua gim langsung. \"Saya senang sekali,\" ujar Sukanya.");
        Assert.Equal(new[] { "Sukanya Ratchanok" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    // a body's name before an office that names no place: its one word after is the holder
    [InlineData("Tirta Kencana Direktur Operasional Sugiyanto mengatakan pipa yang bocor sudah diperbaiki.", new[] { "Sugiyanto" })]
    // a place after its office that the gazetteer knows
    [InlineData("Sementara, Rika Wati Camat Sleman mengatakan pilkades berjalan aman.", new[] { "Rika Wati" })]
    // a market's name after an office that names its place first is the place
    [InlineData("Kapolsek Pasar Kemis Bambang Sudarmo mengatakan kasus itu masih didalami.", new[] { "Bambang Sudarmo" })]
    // a guide's role opening a thing's name introduces nobody
    [InlineData("Pemandu Lagu Karaoke itu diamankan polisi bersama pemilik tempat hiburan.", new string[0])]
    // a quoted word inside an office's title keeps the name in apposition after it
    [InlineData("Perdana Menteri \"Sukamaju\", Benjamin Hartono, juga mengatakan bahwa gencatan senjata bergantung pada sandera.", new[] { "Benjamin Hartono" })]
    public void Review_misfires_of_this_rounds_rules_hold(string sentence, string[] people)
        => Assert.Equal(people, PeopleOf(sentence).ToArray());
}
