using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>What kind of quotation a quoted span is: names of programmes and groups are terms, a sentence after its speaker's name is whole (texts written for each rule, with invented names).</summary>
public class QuoteTermTests
{
    private static QuoteModel Quote(string body, int quote = 0)
        => TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - Kepala Dinas Kesehatan Wanareja Sinta Maharani meninjau sekolah.\n\n" + body + "\n").Quotes[quote];

    [Theory]
    [InlineData("Ia meminta warga menggencarkan gerakan \"4M Bersih\", yakni menguras dan menutup bak air.")]
    [InlineData("Dinkes, kata dia, juga akan menggencarkan program \"Sekolah Sehat dan Bersih\" di Wanareja.")]
    [InlineData("Warga membentuk kelompok \u201CPeduli Sungai Wanareja\u201D sejak tahun lalu.")]
    [InlineData("Sinta juga meninjau kawasan industri itu, sebuah proyek \"Dua Kota, Satu Kawasan\" antara dua kabupaten.")]
    public void A_name_in_title_case_after_a_noun_of_named_things_is_a_term(string body)
    {
        var q = Quote(body);
        Assert.Equal(QuoteKind.Term, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Fact]
    public void A_name_with_a_comma_before_a_lower_case_word_after_such_a_noun_stays_a_partial_quote()
        => Assert.Equal(QuoteKind.Partial, Quote("Sinta menilai program itu \"Gagal, tidak menyentuh warga miskin\" di desa.").Kind);

    [Fact]
    public void A_lower_case_fragment_after_such_a_noun_stays_a_partial_quote()
        => Assert.Equal(QuoteKind.Partial, Quote("Sinta menilai program itu \"belum menyentuh warga miskin\" di desa.").Kind);

    [Fact]
    public void A_sentence_quoted_right_after_its_speakers_name_and_a_comma_is_a_full_quotation()
    {
        var q = Quote("Kapolsek Sukaraja, AKP Sutarno,SH, \u201D Membenarkan kejadian perkelahian itu, dan kami segera membawa kedua pihak ke Mapolsek\u201D");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Sutarno" }, q.Speakers.ToArray());
    }
}
