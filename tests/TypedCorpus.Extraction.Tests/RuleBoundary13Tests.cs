using System.Linq;
using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;
using TypedCorpus.Extraction.Structure;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Where the rules of round 13 must not fire: texts that look like their shapes but are not (invented names and places), each
/// from a misfire a review found and that is fixed.
/// </summary>
public class RuleBoundary13Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    private static string[] People(params string[] paragraphs) => Article(paragraphs).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    private static string[] Speakers(int quote, params string[] paragraphs) => Article(paragraphs).Quotes[quote].Speakers.ToArray();

    [Theory]
    [InlineData("Di Cibadak, salah seorang pembeli mengaku harga naik.")]
    [InlineData("Sejak Ramadan, salah satu warga menyebut harga naik.")]
    [InlineData("Selain Ciawi, salah satu pedagang lain juga mengeluh.")]
    public void A_place_or_a_season_before_one_of_a_noun_of_persons_is_no_person(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_person_after_a_preposition_who_then_says_something_keeps_the_turn()
        => Assert.Equal(new[] { "Rudi Santoso" }, Speakers(0,
            "Andi Wijaya mengecek gudang beras bersama Kapolres Sukaraya AKBP Rudi Santoso yang kemudian mengatakan stok beras aman.",
            "\"Kami akan jaga distribusinya,\" katanya."));

    [Fact]
    public void A_ministers_short_office_is_not_a_foreign_minister()
        => Assert.Empty(Speakers(0, "Menkeu bertemu Menteri Keuangan Jepang Taro Yamada di Tokyo, Senin.", "Menkeu mengatakan, kerja sama itu penting.",
            "\"Kami ingin memperluas perdagangan,\" katanya."));

    [Fact]
    public void An_office_given_with_more_words_before_its_holder_is_not_the_shorter_office()
        => Assert.Empty(Speakers(0, "Rapat itu dihadiri Kepala Dinas Pendidikan Kabupaten Sukaraya Budi Santoso.",
            "\"Anggaran sekolah naik,\" kata Kepala Dinas Pendidikan."));

    [Fact]
    public void A_place_that_is_also_a_given_name_stays_a_name_after_its_office()
        => Assert.Contains("Bima Santoso", People("Wali Kota Bima, Ahmad Fauzi, menerima tamunya.", "Wakil Menteri Dalam Negeri Bima Santoso juga hadir."));

    [Fact]
    public void Two_capitals_between_name_words_are_initials()
        => Assert.Equal(new[] { "Sahat MP Sinaga" }, People("Kepala Dinas Pertanian Garut, Sahat MP Sinaga, mengatakan panen naik."));

    [Theory]
    [InlineData("Penandatanganan MoU antara Dinas Pendidikan Sukaraya dan Universitas Bakti Nusa dijadwalkan pekan depan.")]
    [InlineData("Penandatanganan MoU antara Dinas Pertanian Sukaraya dan Koperasi Tani Makmur masih menunggu persetujuan DPRD.")]
    [InlineData("Salah satu poin yang disepakati adalah perjanjian antara PT Sawit Lestari dan Koperasi Tani Makmur dibatalkan.")]
    public void A_later_signing_still_pending_or_cancelled_is_no_agreement(string later)
    {
        var body = new[] { "Bank Sentosa dan Universitas Lestari menandatangani nota kesepahaman di Medan, Senin.", later }
            .Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        Assert.Single(AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, body.Select(b => b.Text).ToList()), new System.Collections.Generic.List<string>()));
    }

    [Theory]
    [InlineData("Lampung.co.id – Pemerintah provinsi menyalurkan bantuan kepada petani.", "Lampung.co.id")]
    [InlineData("Garut.info.id – Pemerintah kabupaten menyalurkan bantuan kepada petani.", "Garut.info.id")]
    public void A_place_that_is_the_sites_own_name_before_a_country_domain_is_no_dateline(string line, string outlet)
    {
        Assert.True(Datelines.TryDateline(line, out var o, out var c, out _));
        Assert.Equal((outlet, (string?)null), (o, c));
    }

    [Fact]
    public void A_village_and_its_regency_in_capitals_are_no_outlet()
    {
        Datelines.TryDateline("CIKEMBAR, SUKABUMI-Polisi menangkap dua pencuri sepeda motor di pasar.", out var o, out _, out _);
        Assert.Null(o);
    }

    [Fact]
    public void A_menus_photo_and_video_link_is_no_credit()
    {
        var a = TestText.Extract("Warga Mengungsi ke Masjid\n\nFoto/Video\n\nJakarta, Kabar - Dua warga desa itu mengungsi ke masjid setelah banjir pada Senin.\n\nBanjir surut sore hari.\n");
        Assert.Empty(a.Captions);
    }

    [Fact]
    public void A_list_of_attendees_after_an_office_gives_the_office_no_holder()
        => Assert.Empty(Speakers(0, "Bupati, Budi Santoso, Camat, dan Kepala BPBD hadir dalam rapat itu.", "\"Semua siap,\" ujar Bupati kepada wartawan."));

    [Theory]
    [InlineData("Pemain tim tamu menyerang dari dua sisi (kiri-kanan) dan akhirnya menang dua gol.")]
    [InlineData("Urutan pengambilan sumpah dilakukan (dari kiri) sesuai nomor urut calon.")]
    public void A_position_inside_a_sentence_makes_no_caption(string text) => Assert.Empty(Article(text, "Laga berakhir sore hari.").Captions);

    [Fact]
    public void A_surname_that_is_a_ministers_short_office_elsewhere_stays_a_name()
        => Assert.Equal(new[] { "Bruno Mendes" }, Speakers(0, "Striker asing Bruno Mendes mencetak dua gol pada laga itu.", "\"Saya senang,\" kata Mendes usai laga."));

    [Fact]
    public void A_size_with_spaces_in_a_sentence_line_stays_content()
        => Assert.Null(LineRules.FirstMatch(LineRules.Header, "Lahan 10 x 15"));

    [Fact]
    public void A_relative_clause_naming_the_speaker_after_a_group_noun_keeps_the_name()
        => Assert.Equal(new[] { "Budi Hartono" }, Speakers(0, "Warga desa menggelar rapat pada Senin.",
            "\"Kami sepakat,\" ujar salah satu tokoh masyarakat, yang juga Ketua Forum Kepala Desa, Budi Hartono."));

    [Theory]
    [InlineData("Nota kesepahaman itu akan ditandatangani antara Pemkab Sukaraya dengan Universitas Harapan pekan depan.")]
    [InlineData("Menurut dia, perjanjian itu tidak pernah dibuat antara Pemkab Sukaraya dengan PT Sinar Abadi.")]
    [InlineData("Draf nota kesepahaman dibuat antara Pemkab Sukaraya dengan Universitas Harapan, namun belum diteken.")]
    public void A_document_to_be_signed_denied_or_in_draft_between_two_sides_is_no_agreement(string text)
    {
        var body = new[] { new BodyBlock(1, BodyBlockKind.Paragraph, text, 0) }.ToList();
        Assert.Empty(AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, new System.Collections.Generic.List<string> { text }), new System.Collections.Generic.List<string>()));
    }

    [Fact]
    public void A_short_name_after_another_office_is_no_short_form_of_a_place()
        => Assert.Equal(new[] { "Baba" }, Speakers(0, "Bupati Bandung Barat Hendra Wijaya meninjau jalan itu, Senin.", "Camat Baba mengatakan jalan itu segera diperbaiki.",
            "\"Kami kebut pengerjaannya,\" ujar Camat Baba."));

    [Theory]
    [InlineData("kabar.co_redaksi – Ratusan warga menghadiri pasar murah di alun-alun kota.")]
    [InlineData("kabar.com_news – Ratusan warga menghadiri pasar murah di alun-alun kota.")]
    public void A_word_that_is_no_place_after_the_domains_underscore_is_no_dateline(string line)
        => Assert.False(Datelines.TryDateline(line, out _, out var city, out _) && city != null);
}
