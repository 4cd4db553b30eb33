using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Party names in the shapes official and foreign bodies are written in (lists of portfolios, English links, quoted words),
/// a partner taken on by a verb, and "Mereka" opening a sentence.
/// </summary>
public class AgreementNameShapeTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) => FindWith(new List<string>(), paragraphs);

    private static IReadOnlyList<AgreementModel> FindWith(List<string> people, params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), people);
    }

    private static void Parties(AgreementModel a, params string[] expected) =>
        Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), a.Parties.OrderBy(x => x, StringComparer.Ordinal));

    [Theory]
    [InlineData("Desa Sukamaju dan Desa Lembah Hijau akhirnya sepakat berdamai. Mereka setuju untuk membagi air irigasi secara bergilir.")]
    [InlineData("Desa Sukamaju dan Desa Lembah Hijau akhirnya sepakat berdamai. Mereka juga sepakat untuk membentuk tim patroli bersama.")]
    public void Mereka_opening_a_sentence_are_the_parties_just_agreed(string text)
    {
        var found = Find(text);
        Assert.Equal(2, found.Count);
        Assert.Equal(AgreementKind.Commitment, found[1].Kind);
        Parties(found[1], "Desa Sukamaju", "Desa Lembah Hijau");
    }

    [Theory]
    [InlineData("Dalam bidang moneter, Bank Sentral Chile dan Reserve Bank of Peru menyepakati pembentukan forum pertukaran data.", "Bank Sentral Chile", "Reserve Bank of Peru")]
    [InlineData("Universitas Lestari dan University of Valparaiso menandatangani nota kesepahaman pertukaran dosen.", "Universitas Lestari", "University of Valparaiso")]
    [InlineData("Yayasan Bumi Lestari dan Institute for Coastal Studies sepakat untuk memetakan abrasi pantai.", "Yayasan Bumi Lestari", "Institute for Coastal Studies")]
    public void A_name_written_in_English_keeps_its_link_words(string text, string first, string second) =>
        Parties(Assert.Single(Find(text)), first, second);

    [Theory]
    [InlineData("Kementerian Lingkungan, Energi, dan Pariwisata Chile dan Kementerian Perdagangan dan Industri Peru menandatangani nota kesepahaman di Lima.",
        "Kementerian Lingkungan, Energi, dan Pariwisata Chile", "Kementerian Perdagangan dan Industri Peru")]
    [InlineData("Nota kesepahaman itu diteken oleh Kementerian Komunikasi dan Digital Chile dan Dinas Pemuda dan Olahraga Kota Sukamaju.",
        "Kementerian Komunikasi dan Digital Chile", "Dinas Pemuda dan Olahraga Kota Sukamaju")]
    public void A_body_named_by_a_list_of_portfolios_is_one_party(string text, string first, string second) =>
        Parties(Assert.Single(Find(text)), first, second);

    [Fact]
    public void Bodies_listed_with_their_own_heads_stay_apart()
    {
        var a = Assert.Single(Find("Kementerian Pertanian, Perum Pangan Lestari, dan Koperasi Tani Makmur sepakat untuk menstabilkan harga beras."));
        Parties(a, "Kementerian Pertanian", "Perum Pangan Lestari", "Koperasi Tani Makmur");
    }

    [Theory]
    [InlineData("Universitas Pembangunan “Bhakti” Sentosa menandatangani nota kesepahaman dengan Universitas Lembah Hijau.")]
    [InlineData("Universitas Pembangunan \"Bhakti\" Sentosa menandatangani nota kesepahaman dengan Universitas Lembah Hijau.")]
    public void A_quoted_word_inside_a_name_is_part_of_it(string text) =>
        Parties(Assert.Single(Find(text)), "Universitas Pembangunan Bhakti Sentosa", "Universitas Lembah Hijau");

    [Theory]
    [InlineData("Pemerintah Kota Sukamaju menggandeng Kejaksaan Negeri Sukamaju dalam penandatanganan nota kesepahaman tentang bantuan hukum.")]
    [InlineData("Langkah itu diambil Pemerintah Kota Sukamaju dengan menggandeng Kejaksaan Negeri Sukamaju melalui penandatanganan perjanjian kerja sama.")]
    public void A_partner_taken_on_for_a_signing_signs_with_the_subject(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Parties(a, "Pemerintah Kota Sukamaju", "Kejaksaan Negeri Sukamaju");
    }

    [Fact]
    public void Taking_on_a_partner_without_a_signing_is_no_agreement() =>
        Assert.Empty(Find("Pemerintah Kota Sukamaju menggandeng Kejaksaan Negeri Sukamaju untuk menertibkan aset daerah."));

    [Fact]
    public void A_further_document_signed_between_other_parties_is_its_own_agreement()
    {
        var found = Find("Presiden Chile dan Presiden Peru hadir pada penandatanganan sembilan nota kesepahaman di Lima, Senin (3/3/2025).",
            "Salah satu perjanjian yang ditandatangani adalah antara Kementerian Perikanan Chile dan Kementerian Produksi Peru untuk tuna sirip kuning.",
            "Sore harinya juga ditandatangani MoU trilateral antara Kementerian Perikanan Chile, Kementerian Produksi Peru, dan Pemerintah Provinsi Arica.");
        Assert.Equal(3, found.Count);
        Assert.All(found.Skip(1), a => Assert.Equal(AgreementRules.DocumentBetween, a.Rule));
        Parties(found[1], "Kementerian Perikanan Chile", "Kementerian Produksi Peru");
        Parties(found[2], "Kementerian Perikanan Chile", "Kementerian Produksi Peru", "Pemerintah Provinsi Arica");
    }

    [Theory]
    [InlineData("Kunjungan dua hari itu menghasilkan Deklarasi Bersama Perikanan antara Chile dan Peru.", AgreementKind.Declaration)]
    [InlineData("Kunjungan tersebut melahirkan nota kesepahaman antara Universitas Lestari dan Politeknik Sukamaju.", AgreementKind.Signed)]
    [InlineData("Rapat tiga jam itu membuahkan kesepakatan antara Desa Sukamaju dan Desa Lembah Hijau soal batas lahan.", AgreementKind.Commitment)]
    [InlineData("Nota kesepahaman yang ditandatangani antara Universitas Lestari dan Politeknik Sukamaju mencakup magang mahasiswa.", AgreementKind.Signed)]
    public void A_document_between_named_parties_is_an_agreement(string text, AgreementKind kind)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementRules.DocumentBetween, a.Rule);
        Assert.Equal(kind, a.Kind);
        Assert.Equal(2, a.Parties.Count());
    }

    [Theory]
    [InlineData("Universitas Lestari dan Politeknik Sukamaju menandatangani nota kesepahaman. Nota kesepahaman yang ditandatangani antara Universitas Lestari dan Politeknik Sukamaju itu mencakup magang.")]
    [InlineData("Universitas Lestari dan Politeknik Sukamaju menandatangani nota kesepahaman. Juga ditandatangani perjanjian antara Universitas Lestari dan Politeknik Sukamaju.")]
    [InlineData("Universitas Lestari dan Politeknik Sukamaju menandatangani nota kesepahaman. Nota yang ditandatangani adalah antara Bank Sentosa dan Koperasi Makmur.")]
    public void A_document_restated_or_not_marked_as_further_after_a_signing_is_not_new(string text) =>
        Assert.Single(Find(text));

    [Fact]
    public void A_planned_or_negated_document_between_parties_is_none() =>
        Assert.Empty(Find("Pertemuan itu tidak menghasilkan deklarasi antara Chile dan Peru."));

    [Theory]
    [InlineData("Deklarasi pemilu bersih itu ditandatangani oleh Ketua KPU Kabupaten Sukamaju Budi Hartono, Ketua Bawaslu Kabupaten Sukamaju, serta kedua pasangan calon wali kota, yaitu Andi Saputra – Rina Wati (nomor urut 1) dan Joko Susilo – Sari Dewi (nomor urut 2).")]
    [InlineData("Deklarasi pemilu bersih itu ditandatangani oleh Ketua KPU Kabupaten Sukamaju Budi Hartono, Ketua Bawaslu Kabupaten Sukamaju, dan para calon wali kota, yakni Andi Saputra, Rina Wati, Joko Susilo, dan Sari Dewi.")]
    public void A_declaration_signed_by_a_list_whose_last_member_is_spelled_out_after_yaitu(string text)
    {
        var a = Assert.Single(FindWith(new List<string> { "Budi Hartono" }, text));
        Assert.Equal(AgreementKind.Declaration, a.Kind);
        Parties(a, "Budi Hartono", "Bawaslu Kabupaten Sukamaju", "Andi Saputra", "Rina Wati", "Joko Susilo", "Sari Dewi");
    }

    [Fact]
    public void Signers_set_off_by_commas_without_a_closing_member_are_not_a_list()
    {
        var a = Assert.Single(Find("Nota kesepahaman itu ditandatangani oleh Universitas Lestari dan Politeknik Sukamaju, Kota Hulu, Jawa Tengah."));
        Parties(a, "Universitas Lestari", "Politeknik Sukamaju");
    }

    [Fact]
    public void An_item_naming_its_document_by_kind_only_is_titled_by_its_whole_text()
    {
        var text = "Judul Kerja Sama Chile Peru\n\nLima, Kabar - Chile dan Peru meneken sejumlah naskah kerja sama dalam kunjungan kenegaraan di Lima.\n\n"
            + "Dokumen yang ditandatangani di istana kepresidenan itu ialah:\n\n"
            + "  1. Kesepakatan antara Kementerian Lingkungan, Energi, dan Pariwisata Chile dan Kementerian Energi Peru tentang kerja sama energi surya.\n"
            + "  2. Memorandum Saling Pengertian (MoU) antara Kementerian Perhubungan Chile dan Kementerian Perhubungan Peru terkait kerja sama pelabuhan.\n"
            + "  3. Nota Kesepahaman tentang Pertukaran Pelajar antara Kementerian Pendidikan Chile dan Kementerian Pendidikan Peru.\n"
            + "  4. Nota Kesepahaman antara Badan Investasi Andes dengan Dana Pembangunan “Pacific Growth”, untuk memperkuat arus investasi.\n\n"
            + "Kunjungan itu juga membuahkan Deklarasi Bersama Perdagangan antara Republik Chile dan Republik Peru.\n";
        var all = TestText.Extract(text).Agreements;
        var list = all.Where(a => a.Rule == AgreementRules.SignedList).ToList();
        // a further document of another kind between the same states is its own agreement
        var declaration = Assert.Single(all, a => a.Rule == AgreementRules.DocumentBetween);
        Assert.Equal(AgreementKind.Declaration, declaration.Kind);
        Parties(declaration, "Chile", "Peru");
        Assert.Equal(new[]
        {
            "Kesepakatan antara Kementerian Lingkungan, Energi, dan Pariwisata Chile dan Kementerian Energi Peru tentang kerja sama energi surya",
            "Memorandum Saling Pengertian (MoU) antara Kementerian Perhubungan Chile dan Kementerian Perhubungan Peru terkait kerja sama pelabuhan",
            "Nota Kesepahaman tentang Pertukaran Pelajar",
            "Nota Kesepahaman antara Badan Investasi Andes dengan Dana Pembangunan “Pacific Growth”, untuk memperkuat arus investasi",
        }, list.Select(a => a.Title));
        // the bodies each name their state: the documents are between the states
        Assert.All(list, a => Parties(a, "Chile", "Peru"));
    }

    [Fact]
    public void A_state_named_by_its_formal_name_is_the_country() =>
        Parties(Assert.Single(Find("Republik Chile dan Federasi Rusia sepakat untuk membuka jalur penerbangan langsung.")), "Chile", "Rusia");

    [Fact]
    public void Two_rectors_agreeing_after_a_relative_clause_on_a_past_office_agree()
    {
        var a = Assert.Single(FindWith(new List<string> { "Budi Santoso" },
            "Rektor Universitas Lestari Budi Santoso dan Rektor Andes University Carlos Rivera yang pernah menjadi Menteri Pendidikan Chile sepakat memperluas pertukaran mahasiswa."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Parties(a, "Budi Santoso", "Carlos Rivera");
    }

    [Fact]
    public void A_relative_clause_naming_another_party_hides_the_subject() =>
        Assert.Empty(Find("Desa Sukamaju dan Desa Lembah Hijau yang bertikai dengan Koperasi Tani Makmur sepakat menghentikan aksi."));
}
