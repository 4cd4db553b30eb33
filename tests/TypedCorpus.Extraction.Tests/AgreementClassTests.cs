using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Classes of agreement shapes (round 10): lists written on one line, signings with the partner after the document, counted officials.</summary>
public class AgreementClassTests
{
    private static IReadOnlyList<AgreementModel> Find(params (BodyBlockKind Kind, string Text)[] blocks)
    {
        var body = blocks.Select((b, i) => new BodyBlock(i + 1, b.Kind, b.Text, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, blocks.Select(b => b.Text).ToList()), new List<string>());
    }

    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) =>
        Find(paragraphs.Select(p => (BodyBlockKind.Paragraph, p)).ToArray());

    [Theory]
    [InlineData("1. Nota Kesepahaman Perikanan; 2. Protokol Pelabuhan Bersama; 3. Perjanjian Air Bersih. (KRN)")]
    [InlineData("1) Nota Kesepahaman Perikanan, 2) Protokol Pelabuhan Bersama, 3) Perjanjian Air Bersih")]
    [InlineData("Nota Kesepahaman Perikanan; 2. Protokol Pelabuhan Bersama; 3. Perjanjian Air Bersih")]
    public void A_numbered_list_written_on_one_line_splits_into_its_documents(string item)
    {
        var found = Find((BodyBlockKind.Paragraph, "Chile dan Peru juga menandatangani tiga dokumen kerja sama di Lima."),
            (BodyBlockKind.Paragraph, "Berikut daftar dokumen kerja sama Chile dan Peru yang disaksikan kedua presiden;"),
            (BodyBlockKind.ListItem, item));
        var items = found.Where(a => a.Rule == AgreementRules.SignedList).ToList();
        Assert.Equal(new[] { "Nota Kesepahaman Perikanan", "Protokol Pelabuhan Bersama", "Perjanjian Air Bersih" }, items.Select(a => a.Title));
        Assert.All(items, a => Assert.Equal(new[] { "Chile", "Peru" }, a.Parties));
        Assert.All(items, a => Assert.Equal(3, a.Line));
    }

    [Fact]
    public void A_list_after_a_paragraph_that_signs_documents_lists_them()
    {
        var found = Find((BodyBlockKind.Paragraph, "Chile dan Peru meneken dua naskah kerja sama di Lima."),
            (BodyBlockKind.Paragraph, "Naskah-naskah itu adalah:"),
            (BodyBlockKind.ListItem, "Nota Kesepahaman Perikanan"),
            (BodyBlockKind.ListItem, "Protokol Pelabuhan Bersama"));
        Assert.Equal(2, found.Count(a => a.Rule == AgreementRules.SignedList));
    }

    [Theory]
    [InlineData("Chile dan Peru akan menandatangani dua naskah kerja sama pekan depan.")]
    [InlineData("Chile dan Peru batal menandatangani dua naskah kerja sama.")]
    [InlineData("Chile dan Peru membahas dua naskah kerja sama di Lima.")]
    public void A_list_after_a_planned_or_failed_or_no_signing_is_no_signed_list(string before)
    {
        var found = Find((BodyBlockKind.Paragraph, before),
            (BodyBlockKind.Paragraph, "Naskah-naskah itu adalah:"),
            (BodyBlockKind.ListItem, "Nota Kesepahaman Perikanan"),
            (BodyBlockKind.ListItem, "Protokol Pelabuhan Bersama"));
        Assert.DoesNotContain(found, a => a.Rule == AgreementRules.SignedList);
    }

    [Theory]
    [InlineData("1. Pendahuluan dan tiga hal lain")]
    [InlineData("Nota Kesepahaman Perikanan; Protokol Pelabuhan")]
    [InlineData("1. Nota A; 3. Nota B")]
    [InlineData("Nota A; 3. Nota B")]
    public void A_line_that_does_not_count_up_from_one_is_not_split(string text) =>
        Assert.Null(InlineItems.Split(text));

    [Theory]
    [InlineData("Pemerintah Kota Lestari dengan Kejaksaan Negeri Lestari melakukan penandatanganan nota kesepahaman di bidang perdata.")]
    [InlineData("Pemerintah Kota Lestari bersama Kejaksaan Negeri Lestari resmi melaksanakan penandatanganan perjanjian kerja sama.")]
    [InlineData("Pemerintah Kota Lestari melakukan penandatanganan nota kesepahaman dengan Kejaksaan Negeri Lestari, Senin.")]
    [InlineData("Pemerintah Kota Lestari laksanakan penandatanganan MoU tentang Bantuan Hukum dengan Kejaksaan Negeri Lestari.")]
    public void One_signer_and_its_partner_around_a_signing_noun_are_the_parties(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementRules.SigningNoun, a.Rule);
        Assert.Equal(new[] { "Pemerintah Kota Lestari", "Kejaksaan Negeri Lestari" }.OrderBy(x => x), a.Parties.OrderBy(x => x));
    }

    [Theory]
    [InlineData("Gubernur Andi Rasyid menyaksikan penandatanganan nota kesepahaman dengan Kejaksaan Negeri Lestari.")]
    [InlineData("Pemerintah Kota Lestari menghadiri penandatanganan nota kesepahaman dengan Kejaksaan Negeri Lestari.")]
    [InlineData("Pemerintah Kota Lestari membuka acara penandatanganan nota kesepahaman dengan Kejaksaan Negeri Lestari.")]
    public void A_witness_makes_no_signing_pair(string text)
    {
        // the signing witnessed is given without parties (rule unread-signing): the witness is no side
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementRules.UnreadSigning, a.Rule);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void A_partner_left_unnamed_is_left_out()
        => Assert.Equal(new[] { "Pemerintah Kota Lestari" },
            Assert.Single(Find("Pemerintah Kota Lestari melakukan penandatanganan nota kesepahaman dengan sejumlah perguruan tinggi.")).Parties);

    [Theory]
    [InlineData("Bupati Tanggul Ani Lestari SE.MM laksanakan penandatanganan nota kesepahaman dengan Universitas Sentosa dan Politeknik Marga.")]
    [InlineData("Bupati Tanggul Ani Lestari SE MM melakukan penandatanganan nota kesepahaman dengan Universitas Sentosa dan Politeknik Marga.")]
    public void A_signer_with_degrees_after_the_name_is_the_person(string text)
    {
        var body = new List<BodyBlock> { new BodyBlock(1, BodyBlockKind.Paragraph, text, 0) };
        var found = AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, new List<string> { text }), new List<string> { "Ani Lestari" });
        var a = Assert.Single(found);
        Assert.Equal(new[] { "Ani Lestari", "Universitas Sentosa", "Politeknik Marga" }, a.Parties);
    }

    [Theory]
    [InlineData("Dalam pertemuan itu, kedua Menlu sepakat memperkuat kerja sama perikanan.")]
    [InlineData("Kedua menteri berkomitmen membuka jalur dagang baru.")]
    [InlineData("Usai bertemu, kedua gubernur sepakat untuk membangun jalan penghubung.")]
    public void Two_officials_counted_by_their_short_title_are_the_two_named_before(string text)
    {
        var body = new List<BodyBlock> { new BodyBlock(1, BodyBlockKind.Paragraph, "Ana Rojas bertemu Luis Vargas di Lima, Selasa.", 0), new BodyBlock(2, BodyBlockKind.Paragraph, text, 0) };
        var found = AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, body.Select(b => b.Text).ToList()), new List<string> { "Ana Rojas", "Luis Vargas" });
        var a = Assert.Single(found);
        Assert.Equal(new[] { "Ana Rojas", "Luis Vargas" }, a.Parties);
    }

    [Fact]
    public void Two_officials_who_do_not_agree_make_no_agreement()
    {
        var body = new List<BodyBlock> { new BodyBlock(1, BodyBlockKind.Paragraph, "Ana Rojas bertemu Luis Vargas di Lima. Namun kedua Menlu belum sepakat untuk membuka jalur dagang baru.", 0) };
        Assert.Empty(AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, body.Select(b => b.Text).ToList()), new List<string> { "Ana Rojas", "Luis Vargas" }));
    }

    [Theory]
    [InlineData("Usai rapat paripurna, dilakukan penandatanganan persetujuan bersama antara pimpinan DPRD Tanggul dan Pemerintah Kabupaten Tanggul.")]
    [InlineData("Rapat ditutup dengan penandatanganan persetujuan bersama antara DPRD Tanggul dan Pemerintah Kabupaten Tanggul atas tiga raperda.")]
    public void A_signed_joint_approval_of_a_regional_parliament_and_its_government_is_signed(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "DPRD Tanggul", "Pemerintah Kabupaten Tanggul" }, a.Parties);
    }

    [Theory]
    [InlineData("DPRD Tanggul memberikan persetujuan atas tiga raperda dalam rapat paripurna.")]
    [InlineData("DPRD Tanggul dan Pemerintah Kabupaten Tanggul akan menggelar rencana penandatanganan persetujuan bersama pekan depan.")]
    public void An_approval_not_signed_or_a_planned_signing_is_no_agreement(string text) =>
        Assert.Empty(Find(text));

    [Fact]
    public void A_signed_declaration_named_by_the_signing_noun_is_a_declaration()
    {
        var a = Assert.Single(Find("Penandatanganan deklarasi damai antara Perguruan Silat Merpati dan Polres Tanggul berlangsung Rabu."));
        Assert.Equal(AgreementKind.Declaration, a.Kind);
    }

    [Theory]
    [InlineData("Warga Desa Sukamaju, Kecamatan Hulu, Garut, dan pihak CV Batu Jaya akhirnya mencapai kesepakatan soal tambang.")]
    [InlineData("Warga Desa Sukamaju, Kecamatan Hulu, serta pihak CV Batu Jaya akhirnya sepakat untuk menutup tambang.")]
    [InlineData("Warga Desa Sukamaju, Kecamatan Hulu, dan pihak CV Batu Jaya akhirnya sepakat untuk menutup tambang.")]
    public void A_side_called_pihak_after_a_village_and_its_address_is_the_second_party(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(new[] { "Desa Sukamaju", "CV Batu Jaya" }, a.Parties);
    }

    [Fact]
    public void Three_villages_listed_stay_three_parties()
    {
        var a = Assert.Single(Find("Desa Sukamaju, Desa Mekarsari, dan Desa Sindang sepakat untuk menjaga saluran irigasi."));
        Assert.Equal(3, a.Parties.Count);
    }

    [Theory]
    [InlineData("Universitas Lestari kembali teken nota kesepahaman magang mahasiswa, Jumat.", "Penandatanganan kali ini dilakukan dengan PT. Sawit Makmur yang bergerak di bidang perkebunan.")]
    [InlineData("Universitas Lestari menandatangani nota kesepahaman magang mahasiswa, Jumat.", "MoU tersebut diteken bersama PT Sawit Makmur di ruang rektor.")]
    public void The_partner_the_next_sentence_names_completes_a_signing(string first, string next)
    {
        var a = Assert.Single(Find(first, next));
        Assert.Equal(1, a.Line);
        Assert.Equal(new[] { "Universitas Lestari", "PT Sawit Makmur" }, a.Parties);
    }

    [Theory]
    [InlineData("Universitas Lestari kembali teken nota kesepahaman magang mahasiswa, Jumat.", "Penandatanganan berikutnya tidak dilakukan dengan PT Sawit Makmur.")]
    [InlineData("Universitas Lestari kembali teken nota kesepahaman magang mahasiswa, Jumat.", "Rektor berharap kerja sama dengan PT Sawit Makmur segera menyusul.")]
    public void A_partner_not_named_as_the_signing_s_is_not_taken(string first, string next)
        => Assert.Equal(new[] { "Universitas Lestari" }, Assert.Single(Find(first, next), a => a.Line == 1).Parties);

    [Fact]
    public void A_planned_signing_is_no_agreement() =>
        Assert.DoesNotContain(Find("Universitas Lestari akan teken nota kesepahaman magang mahasiswa, Jumat.", "Penandatanganan itu dilakukan dengan PT Sawit Makmur."), a => a.Line == 1);

    [Fact]
    public void A_dispute_mentioned_in_passing_does_not_make_the_persons_met_mediators()
    {
        var body = new[] { "Ana Rojas bertemu Luis Vargas di Lima, Selasa.", "Konflik di perbatasan utara sudah lama berakhir.", "Pertemuan itu membahas perdagangan dan pariwisata.", "Pelabuhan baru juga dibahas.", "Kedua belah pihak sepakat untuk membuka jalur dagang baru." }
            .Select((t, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, t, 0)).ToList();
        var found = AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, body.Select(b => b.Text).ToList()), new List<string> { "Ana Rojas", "Luis Vargas" });
        var a = Assert.Single(found);
        Assert.Equal(new[] { "Ana Rojas", "Luis Vargas" }, a.Parties);
    }

    [Fact]
    public void A_dispute_settled_nearby_keeps_the_persons_named_from_being_its_sides()
    {
        var body = new[] { "Ana Rojas bertemu Luis Vargas di balai desa, Selasa.", "Konflik lahan antara warga dua dusun itu dibahas panjang.", "Kedua belah pihak sepakat untuk berdamai." }
            .Select((t, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, t, 0)).ToList();
        var found = AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, body.Select(b => b.Text).ToList()), new List<string> { "Ana Rojas", "Luis Vargas" });
        var a = Assert.Single(found);
        Assert.Empty(a.Parties);
    }

    [Theory]
    [InlineData("Desa Sukaraja dan Desa Mekarsari sepakat tidak akan saling menyerang lagi.")]
    [InlineData("Desa Sukaraja dan Desa Mekarsari sepakat tidak melanjutkan laporan ke polisi.")]
    [InlineData("Desa Sukaraja dan Desa Mekarsari bersepakat tidak lakukan serangan balasan.")]
    public void Agreeing_not_to_do_something_is_a_commitment(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "Desa Sukaraja", "Desa Mekarsari" }, a.Parties);
    }

    [Theory]
    [InlineData("Desa Sukaraja dan Desa Mekarsari sepakat tidak ada masalah di perbatasan.")]
    [InlineData("Warga Desa Sukaraja sepakat tidak akan melanjutkan gugatan.")]
    [InlineData("Desa Sukaraja dan Desa Mekarsari tidak sepakat untuk berdamai.")]
    public void A_view_a_one_sided_term_or_a_refusal_is_no_commitment(string text) =>
        Assert.Empty(Find(text));
}
