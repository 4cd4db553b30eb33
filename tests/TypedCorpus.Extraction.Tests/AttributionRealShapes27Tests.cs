using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Shapes of real pages, each written anew with invented names: who goes on speaking after a sentence about a thing, a cue
/// inside the quotation, a described agent after a passive verb of saying, a cue and an office after lead words.
/// </summary>
public class AttributionRealShapes27Tests
{
    [Fact]
    public void A_capitalised_thing_that_merupakan_something_does_not_end_the_speakers_turn()
    {
        var a = Article("Wali Kota Sukamaju Darmawan Saputra mengatakan, perayaan Pesta Lomban bagian dari budaya kota. Tentunya Pesta Lomban merupakan warisan tradisi warga pesisir.",
                        "\"Kami akan terus merawat budaya yang ada di kota ini,\" ujarnya.");
        Assert.Equal(new[] { "Darmawan Saputra" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_capitalised_name_that_acts_still_ends_the_speakers_turn()
    {
        var a = Article("Wali Kota Sukamaju Darmawan Saputra mengatakan, perayaan itu bagian dari budaya kota. Tentunya Joko Susilo menyiapkan panggung sejak pagi.",
                        "\"Kami akan terus merawat budaya yang ada di kota ini,\" ujarnya.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_cue_naming_the_speaker_inside_the_quotation_does_not_make_the_quotation_about_him()
    {
        var a = Article("Kepala Dinas Sosial Kota Sukamaju, Rustandi mengatakan pihaknya terus mendampingi korban.",
                        "\"Dari Januari hingga Juni ada 48 kasus,\" ucapnya.",
                        "\"Sedangkan untuk kekerasan perempuan, kata Rustandi, Juni ada sekitar 30 kasus,\" tutupnya.");
        Assert.Equal(new[] { "Rustandi" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_quotation_that_speaks_of_the_subject_is_still_not_his()
    {
        var a = Article("Kepala Dinas Sosial Kota Sukamaju, Rustandi mengatakan pihaknya terus mendampingi korban.",
                        "\"Tantangannya adalah Rustandi tidak bisa turun langsung ke desa,\" tutupnya.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void One_of_a_group_described_with_places_after_a_passive_verb_of_saying_is_the_speaker()
    {
        var a = Article("Harga beras di pasar tradisional naik sejak pekan lalu.",
                        "Kondisi ini disampaikan salah satu pedagang kelontong di pasar tradisional Sukamaju, Kuta Utara, Badung, Ni Luh Sariasih, Rabu (30/8/2023) bahwa harga beras medium kini naik.",
                        "\"Rata-rata harga beras naik Rp 500 per kilogram,\" jelasnya.");
        Assert.Equal(new[] { "Ni Luh Sariasih" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_name_after_the_description_of_whom_something_is_said_to_is_not_the_speaker()
    {
        var a = Article("Harga beras di pasar tradisional naik sejak pekan lalu.",
                        "Kondisi ini disampaikan kepada salah satu pedagang di pasar Sukamaju, Ni Luh Sariasih, bahwa harga akan turun.",
                        "\"Rata-rata harga beras naik Rp 500 per kilogram,\" jelasnya.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_cue_and_an_office_after_lead_words_name_the_offices_holder_as_the_speaker()
    {
        var a = Article("Pemerintah Kabupaten Sukamaju melalui Bupati Dr. H. Safruddin, MS meresmikan masjid agung bersama warga.",
                        "Oleh karena itu sambung Bupati, Masjid memiliki beragam fungsi untuk kemaslahatan umat. \"Fungsi masjid yang utama ialah tempat ibadah,\" jelasnya.");
        Assert.Equal(new[] { "Safruddin" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Sementara saat dikonfirmasi wartawan, petugas on duty Stasiun Geofisika Sukamaju menjelaskan bahwa tidak ada gempa tektonik.")]
    [InlineData("Petugas Stasiun Geofisika Sukamaju menjelaskan, tidak ada gempa tektonik.")]
    public void An_unnamed_officer_of_a_body_who_reports_takes_the_turn_from_the_last_speaker(string sentence)
    {
        var a = Article("Dian Lestari (26) warga Karangsari mengaku merasakan getaran. \"Saya kaget,\" kata Dian.",
                        sentence, "\"Kami masih memantau perkembangannya,\" imbuhnya.");
        Assert.Empty(a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_named_officer_of_a_body_keeps_the_turn()
    {
        var a = Article("Dian Lestari (26) warga Karangsari mengaku merasakan getaran. \"Saya kaget,\" kata Dian.",
                        "Petugas Stasiun Geofisika Sukamaju, Bambang Susilo, menjelaskan bahwa tidak ada gempa tektonik.",
                        "\"Kami masih memantau perkembangannya,\" imbuhnya.");
        Assert.Equal(new[] { "Bambang Susilo" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_new_person_who_merupakan_a_resident_ends_the_speakers_turn()
    {
        var a = Article("Kepala Desa Sukamaju Darmawan Saputra mengatakan bantuan sudah disalurkan. Sulastri Wulandari merupakan warga yang belum menerima bantuan.",
                        "\"Saya belum dapat apa-apa,\" ujarnya.");
        Assert.DoesNotContain("Darmawan Saputra", a.Quotes.Single().Speakers);
    }

    [Fact]
    public void Someone_else_after_a_cue_inside_a_residents_quotation_is_quoted_not_speaking()
    {
        var a = Article("Kepala Desa Sukamaju, Budi Hartono, mengatakan bantuan akan cair bulan depan.",
                        "Sulastri Wulandari, warga setempat, mengaku belum menerima bantuan.",
                        "\"Dulu kata Budi, bantuan pasti cair. Sampai sekarang belum ada,\" ujarnya.");
        Assert.DoesNotContain("Budi Hartono", a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_cue_and_an_office_after_a_clause_of_response_do_not_name_the_speaker()
    {
        var a = Article("Bupati Sukamaju Safruddin mengkritik lambannya perbaikan jalan.",
                        "Menanggapi kritik Bupati, Kepala Dinas PU Agus Salim mengatakan perbaikan dimulai pekan depan. \"Material sudah kami siapkan,\" ujarnya.");
        Assert.Equal(new[] { "Agus Salim" }, a.Quotes.Single().Speakers.ToArray());
    }
}
