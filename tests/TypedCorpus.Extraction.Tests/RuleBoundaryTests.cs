using System.Linq;
using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Where this release's rules must not fire: texts that look like their shapes but are not (invented names and places). Each
/// holds a boundary of a rule: the place-office holder, the capitalised cue, a place as a middle name, the second signing,
/// the means clause, a dateline alone, a shop, an office's place, a relative, an unknown actor, a caption's credit.
/// </summary>
public class RuleBoundaryTests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    private static string[] People(params string[] paragraphs) => Article(paragraphs).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Menurut Bupati Garut, Lebaran tahun ini menjadi momentum untuk berbagi.")]
    [InlineData("Menurut Kapolres Garut, Satlantas sudah menyiapkan pos pengamanan.")]
    [InlineData("Wali Kota Bandung, Persib diminta menjaga ketertiban suporter.")]
    public void After_a_cue_the_office_and_its_place_introduce_a_clause_not_a_holder(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_common_noun_after_a_capitalised_cue_word_is_no_speaker()
    {
        var a = Article("Bupati Budi Santoso membuka acara itu pada Senin.", "\"Semua warga datang.\" Kata Sambutan dibacakan oleh Bupati Budi Santoso.");
        Assert.DoesNotContain("Sambutan", a.People);
        Assert.DoesNotContain("Sambutan", a.Quotes[0].Speakers);
    }

    [Theory]
    [InlineData("Tuntutan itu disampaikan Aliansi Garut Menggugat kepada wakil rakyat.")]
    [InlineData("Tuntutan itu disampaikan Gerakan Garut Bersatu (GGB) kepada wakil rakyat.")]
    public void A_movement_named_with_a_place_is_no_person(string text) => Assert.Empty(People(text));

    [Fact]
    public void Selesai_makan_before_a_titled_name_is_no_shop() => Assert.Equal(new[] { "Darto Sumarno" }, People("Selesai makan Pak Darto Sumarno kembali ke sawah bersama anaknya."));

    [Fact]
    public void A_name_before_a_comma_and_a_titled_name_in_a_list_stays_a_person()
        => Assert.Contains("Sarwadi", People("Acara itu dihadiri Camat Sarwadi, dr Rina Kartika, dan H Budi Santoso."));

    [Fact]
    public void A_doctor_for_children_is_the_doctor()
        => Assert.Equal(new[] { "Rina Kartika" }, Article("\"Anak yang demam tinggi harus segera dibawa ke puskesmas,\" kata dokter spesialis anak dr Rina Kartika.").Quotes[0].Speakers.ToArray());

    [Fact]
    public void A_name_in_a_subordinate_clause_leaves_the_main_clauses_subject_the_speaker()
        => Assert.Equal(new[] { "Budi Santoso" }, Article("Setelah Rahmat Widodo menyerahkan data korban, Bupati Budi Santoso meninjau dapur umum.",
            "\"Dapur umum harus buka 24 jam,\" ujarnya.").Quotes[0].Speakers.ToArray());

    [Fact]
    public void A_section_or_a_label_in_brackets_after_the_domain_alone_is_no_dateline()
    {
        var a = TestText.Extract("Warga Desa Sepakat Berdamai\n\nKabarkota.com (Advertorial)\n\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.NotEqual("Advertorial", a.Dateline);
    }

    [Fact]
    public void A_caption_labelled_teks_foto_ending_with_a_position_has_no_credit()
    {
        var a = TestText.Extract("Harga Beras Naik\nTeks foto : Kapolsek meninjau pedagang beras di pasar kota bersama Camat Cibening (kanan).\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n");
        Assert.Null(Assert.Single(a.Captions).Credit);
    }

    [Fact]
    public void A_closing_paragraph_of_two_sentences_with_a_labelled_photo_credit_stays_a_paragraph()
    {
        var a = Article("Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.",
            "Pemerintah kabupaten berharap perdamaian itu bertahan lama. Bupati meminta semua pihak menahan diri dan menjaga ketertiban di desa masing-masing. (Foto: Humas Pemkab)");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Empty(a.Captions);
    }

    private static System.Collections.Generic.IReadOnlyList<AgreementModel> Agreements(params string[] paragraphs) => Article(paragraphs).Agreements;

    [Fact]
    public void A_second_signing_that_names_its_own_sides_does_not_take_the_first_ones()
    {
        var a = Assert.Single(Agreements("Pemkab Sukamaju dan Universitas Wanareja melakukan penandatanganan nota kesepahaman, dan penandatanganan kontrak kerja antara Dinas Pendidikan dan 40 guru honorer."));
        Assert.Equal(new[] { "Pemkab Sukamaju", "Universitas Wanareja" }, a.Parties);
    }

    [Fact]
    public void Opposing_what_a_signing_would_do_makes_no_signer_of_the_subject()
        => Assert.All(Agreements("Fraksi Persatuan Rakyat dan Fraksi Harapan Bangsa menolak pengalihan aset daerah melalui penandatanganan nota kesepahaman dengan PT Sinar Jaya."),
            a => Assert.DoesNotContain("Fraksi Persatuan Rakyat", a.Parties));

    [Fact]
    public void Agreeing_to_sign_a_cooperation_is_one_agreement_whatever_stands_between()
        => Assert.Single(Agreements("Universitas Negeri Sukamaju dan Pemerintah Kota Wanareja sepakat untuk menandatangani kerja sama di bidang pendidikan."));

    [Theory]
    [InlineData("Diketahui, pejabat yang dibawa terdiri dari kepala dinas, camat dan lurah.")]
    [InlineData("Dijelaskan, petugas yang diturunkan berasal dari tiga satuan.")]
    public void A_passive_verb_opening_the_sentence_before_a_role_is_no_name(string text) => Assert.Empty(People(text));

    [Fact]
    public void A_name_in_di_opening_the_sentence_before_a_role_stays_a_name()
        => Assert.Equal(new[] { "Dinawati" }, People("Dinawati, pedagang sayur di pasar itu, mengeluhkan harga cabai."));
}
