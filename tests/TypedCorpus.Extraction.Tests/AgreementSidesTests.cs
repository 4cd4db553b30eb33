using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Who the sides of a settlement or deal are when the text names them away from the verb; terms that are not agreements.</summary>
public class AgreementSidesTests
{
    private static IReadOnlyList<AgreementModel> Find(params (BodyBlockKind Kind, string Text)[] blocks) => FindWith(new List<string>(), blocks);

    private static IReadOnlyList<AgreementModel> FindWith(List<string> people, params (BodyBlockKind Kind, string Text)[] blocks)
    {
        var body = blocks.Select((b, i) => new BodyBlock(i + 1, b.Kind, b.Text, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, blocks.Select(b => b.Text).ToList()), people);
    }

    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) =>
        Find(paragraphs.Select(p => (BodyBlockKind.Paragraph, p)).ToArray());

    [Fact]
    public void Important_points_in_the_agreement_are_its_terms()
    {
        var found = Find((BodyBlockKind.Paragraph, "Perguruan Elang Putih dan Perguruan Macan Kumbang menandatangani surat kesepakatan bersama."),
            (BodyBlockKind.Paragraph, "Beberapa poin penting dalam kesepakatan tersebut antara lain:"),
            (BodyBlockKind.ListItem, "Menjaga ketertiban saat latihan bersama"),
            (BodyBlockKind.ListItem, "Tidak akan memakai atribut perguruan di jalan raya"));
        var a = Assert.Single(found);
        Assert.Equal(1, a.Line);
    }

    [Fact]
    public void Two_villages_said_to_be_in_dispute_and_listed_later_are_the_sides()
    {
        var a = Assert.Single(Find("Sengketa batas antar dua desa di Kecamatan Sumberjaya berakhir damai.",
            "Itu setelah kedua belah pihak menandatangani kesepakatan batas wilayah pada Senin.",
            "Rapat dihadiri camat serta pemerintah dua desa yang bertikai, yakni Desa Watukarang dan Desa Lempongsari."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Desa Watukarang", "Desa Lempongsari" }, a.Parties);
    }

    [Fact]
    public void The_sides_of_a_matter_a_mediator_settles_are_the_sides_of_the_deal()
    {
        var a = Assert.Single(Find("Bupati Hendra Saputra menengahi persoalan harga gabah antara PT Padi Makmur dengan Asosiasi Petani Sawah Lestari. Kedua belah pihak menyepakati pembelian gabah dengan harga baru."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "PT Padi Makmur", "Asosiasi Petani Sawah Lestari" }, a.Parties);
    }

    [Fact]
    public void A_pair_in_apposition_to_a_counted_head_is_the_subject_across_a_relative_clause()
    {
        var a = Assert.Single(Find("Dua desa di Kecamatan Sukamulya yaitu Desa Cibening dan Desa Karangtawang yang sempat terlibat bentrok pada Sabtu malam sepakat untuk berdamai."));
        Assert.Equal(new[] { "Desa Cibening", "Desa Karangtawang" }, a.Parties);
    }

    [Fact]
    public void A_possessed_organisation_is_the_subject_and_the_partner_follows_what_is_agreed()
    {
        var a = Assert.Single(FindWith(new List<string> { "Rudi Hartanto" }, (BodyBlockKind.Paragraph,
            "Ketua DPW Partai Nusantara Maju Rudi Hartanto menyatakan partainya sudah bersepakat koalisi dengan Partai Bintang Timur di Pilkada Kabupaten Sukarame.")));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "Partai Nusantara Maju", "Partai Bintang Timur" }, a.Parties);
    }

    [Fact]
    public void Sepakat_berdamai_dengan_names_the_partner()
    {
        var a = Assert.Single(Find("Koperasi Sumber Rejeki sepakat berdamai dengan PT Agro Lestari Jaya setelah mediasi di kantor bupati."));
        Assert.Equal(new[] { "Koperasi Sumber Rejeki", "PT Agro Lestari Jaya" }, a.Parties);
    }

    [Fact]
    public void A_signing_the_meeting_just_reported_produced_is_of_those_it_brought_together()
    {
        var a = Assert.Single(Find("Polsek Rawabening mempertemukan tiga perguruan silat, yaitu Perguruan Elang Putih, Perguruan Macan Kumbang, dan Perguruan Naga Emas.",
            "Pertemuan itu menghasilkan penandatanganan surat kesepakatan bersama untuk menjaga kerukunan."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Perguruan Elang Putih", "Perguruan Macan Kumbang", "Perguruan Naga Emas" }, a.Parties);
    }

    [Fact]
    public void A_signing_that_is_the_means_of_what_the_subject_does_is_the_subjects()
    {
        var a = Assert.Single(Find("Pemerintah Kota Sukamaju dan Pemerintah Kabupaten Wanareja resmi memperluas kemitraan kedua daerah melalui penandatanganan Perjanjian Kerja Sama (PKS) di empat bidang."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Pemerintah Kota Sukamaju", "Pemerintah Kabupaten Wanareja" }, a.Parties);
    }

    [Fact]
    public void A_second_document_signed_in_the_same_sentence_is_a_second_agreement_between_the_same_parties()
    {
        var found = Find("Pemkab Sukamaju bersama Universitas Negeri Wanareja melakukan penandatanganan nota kesepahaman (MoU) dan penandatanganan nota perjanjian (MoA) di kantor bupati.",
            "Menurut bupati, penandatanganan nota kesepahaman sekaligus penandatanganan nota perjanjian itu menjadi awal kerja sama.");
        Assert.Equal(2, found.Count);
        Assert.All(found, a => Assert.Equal(1, a.Line));
        Assert.All(found, a => Assert.Equal(new[] { "Pemkab Sukamaju", "Universitas Negeri Wanareja" }, a.Parties));
    }

    [Fact]
    public void A_signing_with_named_partners_and_a_signer_not_read_whole_is_given_without_parties()
    {
        var a = Assert.Single(Find("Pemerintah Provinsi Sukamaju dan pemerintah kabupaten/kota se-Sukamaju melakukan penandatanganan nota kesepahaman dengan Kejaksaan Tinggi, Kantor Wilayah Pajak dan Bank Daerah Sukamaju terkait pendapatan daerah."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Empty(a.Parties);
    }
}
