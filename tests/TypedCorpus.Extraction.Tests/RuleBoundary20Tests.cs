using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Boundaries of this round's rules, each a misfire a review found, written anew with invented names.</summary>
public class RuleBoundary20Tests
{
    [Theory]
    [InlineData("\"Air naik sejak subuh,\" ujar warga Muara Teweh.", "Muara Teweh")]
    [InlineData("Hal senada disampaikan petani Karang Anyar kepada wartawan.", "Karang Anyar")]
    [InlineData("\"Sekarang sepi pembeli,\" kata pedagang Tanah Abang Siti Aminah.", "Tanah Abang Siti Aminah")]
    [InlineData("\"Kami mendukung penuh,\" kata relawan Jokowi Mania.", "Jokowi Mania")]
    public void A_place_after_an_occupation_is_no_person(string text, string notPerson)
        => Assert.DoesNotContain(notPerson, PeopleOf(text));

    [Fact]
    public void A_company_described_as_a_subsidiary_is_no_person_and_its_director_speaks()
    {
        var a = Article("Adira Finance, anak perusahaan Bank Danamon, mencatat laba naik.",
                        "\"Kinerja kami membaik,\" ujar Direktur Adira Finance Budi Santoso.");
        Assert.DoesNotContain("Adira Finance", a.People);
        Assert.Equal(new[] { "Budi Santoso" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Sukamulya, ibu kota Kabupaten Sukamaju, dilanda banjir sejak pagi.", "Sukamulya")]
    [InlineData("Telkomsel, anak usaha PT Telkom Indonesia, menyatakan jaringan sudah pulih.", "Telkomsel")]
    [InlineData("Indomaret, pelaku usaha ritel terbesar di daerah itu, mengaku stok aman.", "Indomaret")]
    public void A_capital_or_a_company_described_by_a_compound_of_persons_words_is_no_person(string text, string notPerson)
        => Assert.DoesNotContain(notPerson, PeopleOf(text));

    [Theory]
    [InlineData("melalui Kabag Prokopim Setda Sleman.")]
    [InlineData("melalui Peraturan Bupati Nomor 8 Tahun 2020.")]
    [InlineData("melalui Surat Edaran Bupati Nomor 4.")]
    public void Melalui_an_office_with_no_holder_named_or_a_document_leaves_the_first_office_holder_the_speaker(string through)
        => Assert.Equal(new[] { "Kustini Sri Purnomo" },
            Article("\"Penutupan berlaku sampai akhir bulan,\" kata Bupati Sleman Kustini Sri Purnomo " + through).Quotes.Single().Speakers.ToArray());

    [Theory]
    [InlineData("@katarina_id")]
    [InlineData("@rinawulandari88x")]
    public void A_handle_with_letters_beyond_a_persons_name_names_nobody(string handle)
        => Assert.Empty(Article("Ketua RT Rina Wulandari menanggapi keluhan warga.", $"\"Kami akan cek ke lokasi,\" tulis {handle}.").Quotes.Single().Speakers);

    [Fact]
    public void A_named_subject_of_a_copula_before_a_noun_yang_and_the_verb_is_the_speaker()
        => Assert.Equal(new[] { "Budi Santoso" },
            Article("Ketua RT Budi Santoso adalah warga yang mengatakan, \"Kami tidak pernah diajak bicara.\"").Quotes.Single().Speakers.ToArray());

    [Fact]
    public void Two_named_together_the_second_after_an_office_are_both_the_speakers()
        => Assert.Equal(new[] { "Budi Santoso", "Arif Hidayat" },
            Article("Camat Budi Santoso dan Dandim Arif Hidayat meninjau lokasi.",
                    "Budi Santoso dan Dandim Arif Hidayat menyampaikan \"Situasi sudah kondusif,\" ujarnya.").Quotes.Single().Speakers.ToArray());

    [Theory]
    [InlineData("Pasangan itu dinyatakan Memenuhi Syarat oleh KPU.", "Memenuhi Syarat")]
    [InlineData("Santri berkumpul usai salat Isya di masjid.", "Isya")]
    public void A_status_after_dinyatakan_and_a_prayer_after_salat_are_no_persons(string text, string notPerson)
        => Assert.DoesNotContain(notPerson, PeopleOf(text));

    [Fact]
    public void A_given_name_that_is_also_a_prayers_name_stays_a_name()
        => Assert.Equal(new[] { "Isya Ramadhan" }, Article("\"Kami bergotong royong,\" kata Isya Ramadhan, warga setempat.").Quotes.Single().Speakers.ToArray());

    [Fact]
    public void A_one_word_name_described_by_words_said_of_companies_too_leaves_a_later_nya_without_a_speaker()
    {
        var a = Article("Yunita, ibu rumah tangga di pasar itu, mengaku kesulitan. \"Harga naik lagi,\" keluhnya.",
                        "Lastri, pelaku usaha kuliner rumahan di Sukamulya, mengungkapkan kegelisahannya.",
                        "\"Modal usaha makin besar,\" ujarnya.");
        Assert.Equal(new[] { "Yunita" }, a.Quotes[0].Speakers.ToArray());
        Assert.Empty(a.Quotes[1].Speakers);
    }
}
