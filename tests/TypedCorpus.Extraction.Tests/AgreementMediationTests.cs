using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Settlements reached by mediation: the sides versus the officials who mediate, sides left unnamed, dateline dashes.</summary>
public class AgreementMediationTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), new List<string>());
    }

    [Fact]
    public void Sides_a_mediation_story_never_names_are_two_unnamed_parties_not_the_mediators()
    {
        var a = Assert.Single(Find("Kapolsek Sukamaju Kompol Budi Hartono memimpin mediasi perselisihan antarwarga di balai desa.",
            "Mediasi itu dihadiri Danramil Sukamaju Kapten Agus Salim dan tokoh masyarakat.",
            "Setelah berdialog, kedua belah pihak akhirnya sepakat untuk berdamai."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void A_dispute_that_names_a_side_gives_no_agreement_of_unnamed_sides()
    {
        Assert.Empty(Find("Kapolres Hulu Kompol Budi Hartono memimpin mediasi sengketa buruh dan manajemen PT Sinar Abadi.",
            "Kedua belah pihak sepakat untuk berdamai."));
    }

    [Fact]
    public void Unnamed_sides_must_be_the_subject_of_a_verb_of_agreeing()
    {
        // a general rule about cases that involve two sides is no agreement of them
        Assert.Empty(Find("Kapolsek Budi Hartono memimpin mediasi perselisihan antarwarga.",
            "Setiap perkara yang melibatkan kedua belah pihak diharuskan melalui mediasi sebagai upaya mencapai kesepakatan."));
    }

    [Fact]
    public void Outside_a_mediation_story_the_persons_just_named_are_the_two_sides()
    {
        var a = Assert.Single(Find("Direktur PT Sinar Abadi Hendra Wijaya bertemu Direktur PT Surya Lestari Joko Purnomo di Medan.",
            "Kedua pihak sepakat untuk memperpanjang kontrak pasokan."));
        Assert.Equal(2, a.Parties.Count);
    }

    [Theory]
    [InlineData("Sukamaju- Kapolsek Sukamaju Kompol Budi Hartono memimpin mediasi dua kelompok warga dari dua kampung yang bertikai.")]
    [InlineData("Sukamaju, 3 Mei (Warta) - Polisi berhasil memediasi pertikaian dua kelompok warga dari dua kampung.")]
    public void A_dateline_dash_pairs_no_parties(string lead)
    {
        var a = Assert.Single(Find(lead, "Kedua kelompok warga sepakat untuk berdamai dan tidak mengulangi pertikaian."));
        Assert.Empty(a.Parties);
    }

    [Theory]
    [InlineData("Pasangan Hendra Wijaya-Joko Purnomo sepakat untuk maju bersama.")]
    [InlineData("Pasangan Hendra Wijaya - Joko Purnomo sepakat untuk maju bersama.")]
    public void A_dash_between_two_names_still_pairs_them(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(2, a.Parties.Count);
    }
    [Fact]
    public void Sides_written_alike_after_antara_and_dan_are_what_kedua_belah_pihak_means()
    {
        var a = Assert.Single(Find("Kapolsek Budi Hartono menjelaskan bahwa keributan bermula dari kesalahpahaman antara warga di RW 03 Kelurahan Sukamaju dan warga di RW 05 Kelurahan Tegalsari.",
            "Hasilnya, kedua belah pihak setuju untuk menyelesaikan permasalahan secara kekeluargaan."));
        Assert.Equal(new[] { "Kelurahan Sukamaju", "Kelurahan Tegalsari" }, a.Parties);
    }

    [Fact]
    public void A_side_named_by_its_unit_keeps_it_over_the_units_that_locate_it()
    {
        var a = Assert.Single(Find("Polsek Hulu memediasi tawuran antara warga Dusun Karangsari, Lembang Wonoasri, Kecamatan Hulu dengan warga Dusun Tegalrejo, Kecamatan Hilir.",
            "Kedua belah pihak sepakat untuk berdamai."));
        Assert.Equal(new[] { "Dusun Karangsari", "Dusun Tegalrejo" }, a.Parties);
    }
    [Fact]
    public void The_sides_of_a_mediated_dispute_are_the_places_named_by_their_unit_before_other_names()
    {
        var a = Assert.Single(Find("Polsek Hulu menggelar mediasi di markas polisi.",
            "Nelayan dari Desa Sukamaju dan Desa Tegalsari sama-sama memakai jaring Rampai dan Sondong.",
            "Hasilnya, kedua kelompok sepakat untuk menghentikan perselisihan."));
        Assert.Equal(new[] { "Desa Sukamaju", "Desa Tegalsari" }, a.Parties);
    }
    [Fact]
    public void A_title_written_short_with_its_period_does_not_split_a_signer_from_the_office_before()
    {
        var article = TestText.Extract("Kerja Sama Hulu dan Lestari\n\nPenandatanganan nota kesepahaman dilaksanakan oleh Bupati Hulu Hj. Sri Wahyuni dan Direktur Utama Prof. Budi Santoso pada Senin (3/5/2021).\n");
        var a = Assert.Single(article.Agreements);
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Sri Wahyuni", "Budi Santoso" }, a.Parties);
    }
    [Theory]
    [InlineData("Bank Sentosa dan Universitas Lestari melaksanakan nota kesepahaman tentang beasiswa mahasiswa.")]
    [InlineData("Pemerintah Kota Hulu resmi menjalin perjanjian kerja sama dengan Universitas Lestari di balai kota.")]
    public void A_document_made_or_carried_out_by_two_parties_is_their_signing(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(AgreementRules.MadeDocument, a.Rule);
        Assert.Equal(2, a.Parties.Count);
    }

    [Theory]
    [InlineData("Bank Sentosa dan Universitas Lestari akan melaksanakan nota kesepahaman tentang beasiswa mahasiswa.")]
    [InlineData("Bank Sentosa dan Universitas Lestari melaksanakan nota kesepahaman yang telah disepakati tahun lalu.")]
    [InlineData("Bank Sentosa dan Universitas Lestari melaksanakan MoU tersebut mulai bulan depan.")]
    public void A_document_to_be_carried_out_or_met_before_is_no_signing(string text) => Assert.Empty(Find(text));

    [Fact]
    public void The_day_an_agreement_just_stated_takes_effect_is_its_date()
    {
        var a = Assert.Single(Find("Bank Sentosa dan Universitas Lestari melaksanakan nota kesepahaman tentang beasiswa. Kesepakatan ini berlaku dari 7 Mei 2021 hingga 31 Desember 2023."));
        Assert.Equal("2021-05-07", a.Date);
    }
    [Fact]
    public void Ditandatanganinya_names_a_signing_whose_parties_follow_the_document_title()
    {
        var a = Assert.Single(Find("Hal itu seiring dengan ditandatanganinya Perjanjian Kerja Sama (PKS) tentang Layanan Kesehatan dan Pendidikan Dokter Spesialis antara Unles dengan Rumah Sakit Umum Daerah (RSUD) Kabupaten Hulu, Rabu lalu."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Unles", "Rumah Sakit Umum Daerah Kabupaten Hulu" }, a.Parties);
        Assert.Empty(Find("Ditandatanganinya MoU ini diharapkan mempererat kerja sama Unles dan Bank Sentosa."));
    }

    [Fact]
    public void A_body_named_for_its_region_after_its_short_form_is_one_party()
    {
        var a = Assert.Single(Find("Dinas Pendidikan (Disdik) Kota Hilir dan Universitas Lestari menandatangani nota kesepahaman di Hilir."));
        Assert.Equal(new[] { "Dinas Pendidikan Kota Hilir", "Universitas Lestari" }, a.Parties);
    }
    [Fact]
    public void Two_designated_sides_called_by_their_common_nouns_agree_as_those_sides()
    {
        const string sides = "Bupati Hulu berhasil menengahi persoalan harga antara PT Gula Manis dengan Koperasi Tani Makmur.";
        var a = Assert.Single(Find(sides, "Musim depan, pihak perusahaan dan petani bersepakat untuk memakai sistem bagi hasil."));
        Assert.Equal(new[] { "PT Gula Manis", "Koperasi Tani Makmur" }, a.Parties);
        // no designated sides: no parties to give them
        Assert.Empty(Find("Musim depan, pihak perusahaan dan petani bersepakat untuk memakai sistem bagi hasil."));
    }
}
