using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Settlements and signings as local news reports them: peace between villages or neighbours, terms of a deal, passive signings.</summary>
public class AgreementSettlementTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), new List<string>());
    }

    [Fact]
    public void A_misspelt_kedua_bela_pihak_is_the_sides_met_before()
    {
        var a = Assert.Single(Find("Pemuda dari Desa Karangsari dan Desa Tegalrejo bertemu di balai kecamatan.",
            "Dalam pertemuan itu kedua bela pihak akhirnya menyatakan sikap untuk bersepakat damai."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "Desa Karangsari", "Desa Tegalrejo" }, a.Parties);
    }

    [Theory]
    [InlineData("Pemuda dari Desa Karangsari dan Desa Tegalrejo sempat bentrok. Pertemuan kedua desa yang digelar di kantor kecamatan menyepakati perdamaian seutuhnya.")]
    [InlineData("Pemuda dari Desa Karangsari dan Desa Tegalrejo sempat bentrok. Setelah dimediasi keduanya saling memaafkan dan berjanji untuk hidup rukun.")]
    public void A_counted_group_is_the_subject_across_a_relative_or_coordinated_clause(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(new[] { "Desa Karangsari", "Desa Tegalrejo" }, a.Parties);
    }

    [Fact]
    public void Dua_kelompok_counts_the_two_sides_met_before()
    {
        var a = Assert.Single(Find("Pemuda dari Desa Karangsari dan Kelurahan Tegalrejo nyaris bentrok di lapangan.",
            "Hasilnya dua kelompok pemuda sepakat damai dan tidak akan mengulangi perbuatannya."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "Desa Karangsari", "Kelurahan Tegalrejo" }, a.Parties);
        Assert.Empty(Find("Pemuda dari Desa Karangsari dan Kelurahan Tegalrejo nyaris bentrok di lapangan.",
            "Sebanyak dua puluh dua kelompok tani sepakat untuk menanam padi."));
    }

    [Fact]
    public void Villages_located_by_their_district_and_a_relative_clause_before_the_verb_are_the_subject()
    {
        var a = Assert.Single(Find("Warga Desa Karangsari dan Desa Tegalrejo, Kecamatan Sumberjaya, Kabupaten Lestari, yang sempat bentrok pada Senin (6/3) malam, kini sepakat damai."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "Desa Karangsari", "Desa Tegalrejo" }, a.Parties);
        // a relative clause with its own pair is not stepped over
        Assert.Empty(Find("Warga Desa Karangsari dan Desa Tegalrejo yang sempat menemui Bupati Rahmat dan Camat Suyono di balai desa pada Senin malam, kini sepakat damai."));
    }

    [Fact]
    public void Two_villages_each_located_by_district_and_regency_are_one_pair()
    {
        var a = Assert.Single(Find("Pemuda yang bentrok berasal dari Desa Karangsari, Kecamatan Sumberjaya di Lestari Barat dan Desa Tegalrejo, Kecamatan Wonoasri di Lestari Timur.",
            "Keduanya kemudian sepakat berdamai di kantor polisi."));
        Assert.Equal(new[] { "Desa Karangsari", "Desa Tegalrejo" }, a.Parties);
    }

    [Fact]
    public void A_settlement_put_into_a_written_statement_is_signed_by_the_pair_met_before()
    {
        const string sides = "Pemuda dari Desa Karangsari dan Desa Tegalrejo sempat bentrok di lapangan.";
        var a = Assert.Single(Find(sides, "\u201cDalam mediasi disepakati bahwa masalah diselesaikan secara musyawarah, yang dituangkan dalam bentuk Surat Pernyataan Perdamaian,\u201d kata Kapolsek Hendra Wijaya, Sabtu (4/5/2024)."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(AgreementRules.RecordedSettlement, a.Rule);
        Assert.Equal(new[] { "Desa Karangsari", "Desa Tegalrejo" }, a.Parties);
        Assert.Equal("2024-05-04", a.Date);
        // a statement referred back to, or one with no settling before it, is none
        Assert.Empty(Find(sides, "Hasil musyawarah itu dituangkan dalam surat pernyataan tersebut."));
        Assert.Empty(Find(sides, "Laporan polisi dituangkan dalam surat pernyataan."));
        // the record of the commitment the sentence states is that one agreement
        var one = Assert.Single(Find(sides, "Keduanya berjanji untuk damai yang dituangkan dalam surat pernyataan damai."));
        Assert.Equal(AgreementKind.Commitment, one.Kind);
    }

    [Fact]
    public void A_signed_statement_between_sides_designated_as_pihak_pertama_and_pihak_ke_dua()
    {
        var a = Assert.Single(Find("Mediasi digelar di kantor polsek pada Jumat malam.",
            "Pihak pertama Rudi mengganti biaya berobat pihak ke dua saudara Hendra, dibuktikan dengan penandatangan surat pernyataan di atas meterai."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Rudi", "Hendra" }, a.Parties);
        // the signer's noun before no document is no signing
        Assert.Empty(Find("Pihak pertama Rudi dan pihak ke dua Hendra hadir.", "Penandatangan hadir di kantor polsek."));
    }

    [Fact]
    public void A_negated_purpose_clause_does_not_negate_the_verb_after_its_dan()
    {
        var a = Assert.Single(Find("Pemuda dari Desa Karangsari dan Desa Tegalrejo sempat bentrok. Keduanya sadar untuk tidak saling dendam dan berjanji untuk damai."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Empty(Find("Pemuda dari Desa Karangsari dan Desa Tegalrejo sempat bentrok. Keduanya tidak saling memaafkan dan berjanji untuk damai."));
    }

    [Fact]
    public void Two_sides_listed_after_kedua_belah_pihak_are_what_keduanya_means()
    {
        var a = Assert.Single(Find("Kepala desa Sutrisno memimpin mediasi di balai desa.",
            "Kedua belah pihak yang berselisih yakni Bambang Irawan sebagai pelapor dan Joko Purnomo sebagai terlapor.",
            "Keduanya saling memaafkan dan berjanji untuk damai."));
        Assert.Equal(new[] { "Bambang Irawan", "Joko Purnomo" }, a.Parties);
    }

    [Fact]
    public void Each_trigger_finds_an_agreement_of_two_parties_in_its_example()
    {
        foreach (var t in AgreementTriggers.Order)
        {
            var found = Find(t.Example);
            Assert.True(found.Any(a => a.Rule == t.Id && a.Parties.Count >= 2), t.Id + ": " + t.Example);
        }
    }

    [Fact]
    public void A_document_yang_ditandatangani_records_the_agreement_just_stated()
    {
        var found = Find("Setelah mediasi, Dusun Krajan dan Dusun Ngemplak sepakat berdamai dan dibuatkan surat pernyataan di kantor polsek yang ditandatangani seluruh peserta.");
        Assert.Equal(new[] { AgreementKind.Commitment, AgreementKind.Signed }, found.Select(a => a.Kind));
        Assert.Equal(AgreementRules.SignedRelative, found[1].Rule);
        Assert.Equal(new[] { "Dusun Krajan", "Dusun Ngemplak" }, found[1].Parties);
        Assert.Empty(Find("Surat pernyataan yang ditandatangani warga itu dipajang di balai desa."));
    }

    [Fact]
    public void A_document_referred_back_to_is_signed_when_no_agreement_was_found_before()
    {
        var first = Assert.Single(Find("Mediasi antara Koperasi Sumber Makmur dan PT Tani Sejahtera akhirnya berhasil.",
            "Kesepakatan tersebut dituangkan dalam berita acara dan ditanda tangani oleh kedua belah pihak."));
        Assert.Equal(AgreementKind.Signed, first.Kind);
        Assert.Equal(new[] { "Koperasi Sumber Makmur", "PT Tani Sejahtera" }, first.Parties);
        var again = Assert.Single(Find("Koperasi Sumber Makmur dan PT Tani Sejahtera sepakat untuk berdamai.",
            "Kesepakatan tersebut dituangkan dalam berita acara dan ditanda tangani oleh kedua belah pihak."));
        Assert.Equal(AgreementKind.Commitment, again.Kind);
    }

    [Fact]
    public void Withdrawing_a_claim_is_a_term_of_the_settlement()
    {
        var found = Find("Pemuda dari Dusun Krajan dan Dusun Ngemplak akhirnya sepakat damai secara kekeluargaan.",
            "Selain itu, mencabut laporan ke polres dari kedua belah pihak yang bertikai.");
        Assert.Equal(2, found.Count);
        Assert.Equal(AgreementRules.WithdrawnClaim, found[1].Rule);
        Assert.Equal(AgreementKind.Commitment, found[1].Kind);
        Assert.Equal(new[] { "Dusun Krajan", "Dusun Ngemplak" }, found[1].Parties);
        var term = Find("Pemuda dari Dusun Krajan dan Dusun Ngemplak akhirnya sepakat damai. Budi Santoso juga mencabut laporannya di polsek.");
        Assert.Equal(new[] { "Dusun Krajan", "Dusun Ngemplak" }, term[1].Parties);
    }

    [Theory]
    [InlineData("Budi Santoso mencabut laporan di polsek setelah bertemu kepala desa.")]
    [InlineData("Pemuda dari Dusun Krajan dan Dusun Ngemplak belum mencabut laporan ke polres.")]
    public void A_lone_or_negated_withdrawal_is_no_agreement(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Further_terms_of_the_deal_just_stated_are_commitments_of_its_parties()
    {
        var found = Find("Koperasi Sumber Makmur dan PT Tani Sejahtera sepakat untuk berdamai. Dalam kesepakatan itu, Koperasi Sumber Makmur sepakat menerima harga baru. Selain itu, disepakati juga bahwa perusahaan membayar bonus panen.");
        Assert.Equal(3, found.Count);
        Assert.All(found, a => Assert.Equal(new[] { "Koperasi Sumber Makmur", "PT Tani Sejahtera" }, a.Parties));
        Assert.Empty(Find("Selain itu, disepakati juga bahwa perusahaan membayar bonus panen."));
        Assert.Empty(Find("Koperasi Sumber Makmur sepakat menerima harga baru."));
    }

    [Fact]
    public void A_company_signing_a_contract_with_an_unnamed_counterparty_gives_the_one_party_it_names()
    {
        var a = Assert.Single(Find("Anak usaha itu, PT Sukamaju Menara Nusantara, telah menandatangani Sale and Purchase Agreement atas 90 persen saham perusahaan target."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "PT Sukamaju Menara Nusantara" }, a.Parties);
        // a person signing a petition or a company signing a mere letter is no agreement
        Assert.Empty(Find("Budi Santoso menandatangani petisi penolakan tambang itu."));
        Assert.Empty(Find("PT Sukamaju Menara Nusantara menandatangani surat pernyataan kesanggupan."));
    }
}
