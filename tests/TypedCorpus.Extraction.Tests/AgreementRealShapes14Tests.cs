using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes met on real pages (round 14): offices with their holders after a comma, sides not named.</summary>
public class AgreementRealShapes14Tests
{
    private static IReadOnlyList<AgreementModel> Agreements(params string[] paragraphs) =>
        TestText.Extract("Judul kerja sama daerah\n\n" + string.Join("\n\n", paragraphs) + "\n").Agreements;

    [Fact]
    public void Two_offices_each_with_its_holder_after_a_comma_are_two_signers()
    {
        var a = Assert.Single(Agreements("Gubernur Jambu, Wayan Sukarta, dan Gubernur Sulawesi Barat, Maria Tjandra Wulan, resmi menandatangani nota kesepahaman untuk kolaborasi tiga sektor."));
        Assert.Equal(new[] { "Wayan Sukarta", "Maria Tjandra Wulan" }, a.Parties);
    }

    [Fact]
    public void An_office_with_its_short_form_in_brackets_then_its_holder_is_one_signer()
    {
        var a = Assert.Single(Agreements("Bupati Hulu, Anton Saputra Siregar dan Kepala Kejaksaan Tinggi (Kajati), Irwan Hermawan tandatangani nota kesepakatan bersama di aula."));
        Assert.Equal(new[] { "Anton Saputra Siregar", "Irwan Hermawan" }, a.Parties);
    }

    [Fact]
    public void A_head_of_state_with_the_name_after_a_comma_signs_for_the_country_when_counted()
    {
        var found = Agreements("Presiden Mesir, Karim Salah, dan Presiden Rusia, Dmitri Orlov, menandatangani nota kesepahaman energi di Moskwa.",
            "Kedua negara itu juga sepakat untuk memperluas kerja sama pendidikan.");
        Assert.Equal(2, found.Count);
        Assert.Equal(new[] { "Karim Salah", "Dmitri Orlov" }, found[0].Parties);
        Assert.Equal(new[] { "Mesir", "Rusia" }, found[1].Parties);
    }

    [Fact]
    public void A_short_form_in_brackets_after_lower_case_words_is_no_party()
    {
        var a = Assert.Single(Agreements("Guna menyelesaikan sengketa hukum tata usaha negara (TUN), Wali Kota Hulu, Anton Saputra Siregar dan Kepala Kejaksaan Negeri, Irwan Hermawan menandatangani nota kesepahaman."));
        Assert.Equal(new[] { "Anton Saputra Siregar", "Irwan Hermawan" }, a.Parties);
    }

    [Fact]
    public void A_signing_between_both_sides_the_article_does_not_name_is_kept_without_parties()
    {
        var a = Assert.Single(Agreements("Gubernur Jambu, Wayan Sukarta memuji inisiatif itu.",
            "Koperasi petani diajak memasok sayur ke hotel. Kesepakatan itu dikukuhkan dengan penandatanganan Perjanjian Kerja Sama (PKS) antara kedua belah pihak di kantor gubernur."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Empty(a.Parties);
    }

    [Theory]
    [InlineData("Penandatanganan nota kesepahaman antara Pemerintah Kota Hulu dan Universitas Lestari ditunda hingga bulan depan.")]
    [InlineData("Penandatanganan MoU antara Bank Sentosa dan PT Maju Jaya diundur ke pekan depan karena direktur sakit.")]
    [InlineData("Penandatanganan MoU antara Bank Sentosa dan PT Maju Jaya akan dilakukan di Medan pekan depan.")]
    [InlineData("Penandatanganan perjanjian kerja sama antara Bank Sentosa dan PT Maju Jaya kembali tertunda karena dokumen belum lengkap.")]
    public void A_signing_postponed_or_still_to_come_is_no_agreement(string sentence) => Assert.Empty(Agreements(sentence));

    [Fact]
    public void A_signing_that_took_place_after_being_postponed_is_signed()
    {
        var a = Assert.Single(Agreements("Penandatanganan nota kesepahaman antara Bank Sentosa dan PT Maju Jaya berlangsung Senin setelah sempat ditunda dua kali."));
        Assert.Equal(new[] { "Bank Sentosa", "PT Maju Jaya" }, a.Parties);
    }

    [Fact]
    public void Items_of_a_list_of_cooperations_each_naming_its_sides_give_those_sides()
    {
        var found = Agreements("Kunjungan kenegaraan itu berlangsung di Jakarta pada Senin (7/4/2025).",
            "Dalam kunjungan itu, kedua negara pun menyepakati tiga kerja sama baru, yakni:",
            "1. Bidang perikanan. Melalui Kementerian Kelautan RI menjalin kemitraan dengan lembaga perikanan Mesir.\n"
            + "2. Sektor pangan. Melalui Badan Pangan Nasional menjalin kesepakatan dengan Dewan Gandum Mesir.\n"
            + "3. Kementerian Kesehatan RI pun meneken kesepakatan pencegahan penyakit menular dengan Mesir.");
        Assert.Equal(new[] { "Kementerian Kelautan RI|Mesir", "Badan Pangan Nasional|Dewan Gandum Mesir", "Kementerian Kesehatan RI|Mesir" },
            found.Select(a => string.Join("|", a.Parties)));
    }

    [Fact]
    public void An_ordinal_numbering_a_sentence_is_no_party()
    {
        var a = Assert.Single(Agreements("Ketiga, Kementerian Perindustrian RI dan Kementerian Perindustrian Mesir menandatangani MoU guna memperkuat rantai pasok."));
        Assert.Equal(new[] { "Kementerian Perindustrian RI", "Kementerian Perindustrian Mesir" }, a.Parties);
    }

    [Fact]
    public void A_signing_attended_whose_sides_follow_antara_is_kept_without_parties()
    {
        var a = Assert.Single(Agreements("Bupati Sukaraya, Rudi Hartono, menghadiri penandatanganan nota kesepahaman antara pemerintah kabupaten dengan perusahaan listrik daerah di aula kantor bupati."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void A_signing_attended_with_no_sides_named_is_kept_without_parties()
    {
        var a = Assert.Single(Agreements("Bupati Sukaraya, Rudi Hartono, menghadiri penandatanganan nota kesepahaman di aula kantor bupati, Senin."));
        Assert.Equal(AgreementRules.UnreadSigning, a.Rule);
        Assert.Empty(a.Parties);
    }
}
