using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes of round 13: signing words however a page spells them, signers named without "oleh", words that name no party.</summary>
public class AgreementSpellingTests
{
    internal static IReadOnlyList<AgreementModel> Find(params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), new List<string>());
    }

    private static readonly string[] Pair = { "Bank Sentosa", "Universitas Lestari" };

    [Theory]
    [InlineData("Bank Sentosa dan Universitas Lestari menanda tangani nota kesepahaman di Padang, Senin.")]
    [InlineData("Bank Sentosa dan Universitas Lestari menanda-tangani nota kesepahaman di Padang.")]
    [InlineData("Bank Sentosa dan Universitas Lestari tanda tangani perjanjian kerja sama di Padang.")]
    [InlineData("Penanda tanganan nota kesepahaman antara Bank Sentosa dan Universitas Lestari berlangsung di Medan.")]
    [InlineData("Penandatangangan nota kesepahaman antara Bank Sentosa dan Universitas Lestari berlangsung di Medan.")]
    [InlineData("Penandatanganaan perjanjian kerja sama antara Bank Sentosa dan Universitas Lestari digelar di Medan.")]
    [InlineData("Perjanjian kerja sama itu di tandatangani oleh Bank Sentosa dan Universitas Lestari di Medan.")]
    [InlineData("Bank Sentosa dan Universitas Lestari menandatangi nota kesepahaman di Padang, Senin.")]
    [InlineData("Perjanjian kerja sama itu ditandatangai oleh Bank Sentosa dan Universitas Lestari di Medan.")]
    [InlineData("Perjanjian kerja sama itu di tanda tangani oleh Bank Sentosa dan Universitas Lestari di Medan.")]
    [InlineData("Penandanganan nota kesepahaman antara Bank Sentosa dan Universitas Lestari berlangsung di Medan.")]
    [InlineData("Perjanjian kerja sama itu ditandangani oleh Bank Sentosa dan Universitas Lestari di Medan.")]
    [InlineData("Bank Sentosa dan Universitas Lestari tanda tangan nota kesepahaman di Padang, Senin.")]
    [InlineData("Bank Sentosa dan Universitas Lestari tandatangan perjanjian kerja sama di Padang, Senin.")]
    [InlineData("Bank Sentosa bersama Universitas Lestari melakukan penandatanganan Memorandun of Understanding di Padang.")]
    [InlineData("Bank Sentosa bersama Universitas Lestari melakukan penandatanganan Memorundum of Understanding di Padang.")]
    public void A_signing_word_written_apart_or_garbled_is_read_as_the_word(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(Pair, a.Parties.OrderBy(x => x));
    }

    [Theory]
    [InlineData("penandatangangan", "penandatanganan")]
    [InlineData("penandatanganaan", "penandatanganan")]
    [InlineData("menanda-tangani", "menandatangani")]
    [InlineData("menandatangi", "menandatangani")]
    [InlineData("ditandatanganni", "ditandatangani")]
    [InlineData("ditandatangai", "ditandatangani")]
    [InlineData("menandatangani", null)]
    [InlineData("ditandatanganinya", null)]
    [InlineData("penandatangan", null)]
    [InlineData("penandatangannya", null)]
    [InlineData("penandatanganan", null)]
    [InlineData("tanda-tanda", null)]
    [InlineData("penandanganan", "penandatanganan")]
    [InlineData("ditandangani", "ditandatangani")]
    [InlineData("momerandum", "memorandum")]
    [InlineData("memorandum", null)]
    [InlineData("moratorium", null)]
    [InlineData("referendum", null)]
    public void Only_the_signing_words_are_mended(string word, string? expected) =>
        Assert.Equal(expected, SigningSpelling.Word(word));

    [Theory]
    [InlineData("Warga desa membubuhkan tanda tangan pada petisi itu.")]
    [InlineData("Tanda tangan kedua pejabat itu dipalsukan oleh pelaku.")]
    public void The_noun_tanda_tangan_without_a_document_after_it_signs_nothing(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Joined_pieces_keep_the_offsets_of_the_words_after_them()
    {
        const string text = "Nota itu ditanda tangani oleh Bank Sentosa.";
        var toks = SigningSpelling.Join(Tokenizer.Words(text));
        Assert.Equal("ditandatangani", toks[2].Lower);
        Assert.Equal(text.IndexOf("ditanda", StringComparison.Ordinal), toks[2].Start);
        Assert.Equal("oleh", toks[3].Lower);
        Assert.Equal(text.IndexOf("oleh", StringComparison.Ordinal), toks[3].Start);
    }
}

/// <summary>Words that open a sentence with a capital yet name no party; a place phrase between a party and its partner; "mereka" who sign what they just agreed.</summary>
public class AgreementNonPartyTests
{
    private static List<Ent> Mentions(string sentence)
    {
        var s = new Sent(new BodyBlock(1, BodyBlockKind.Paragraph, sentence, 0), 0, 0, sentence);
        s.Ents = MentionScanner.Scan(s, new List<(string, string[])>(), new Dictionary<string, string>());
        return s.Ents;
    }

    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) => AgreementSpellingTests.Find(paragraphs);

    [Theory]
    [InlineData("Jalin kerja sama dengan Bank Sentosa, Koperasi Tani Makmur menandatangani nota kesepahaman.", "Jalin")]
    [InlineData("Perkuat sinergi, Pemerintah Kota Lestari menggandeng Bank Sentosa.", "Perkuat")]
    [InlineData("Tingkatkan layanan, Bank Sentosa bermitra dengan Koperasi Tani Makmur.", "Tingkatkan")]
    [InlineData("Sukseskan program vokasi, Sekolah Tinggi Lestari menggandeng Bank Sentosa.", "Sukseskan")]
    [InlineData("Sebanyak 40 koperasi ikut menandatangani perjanjian dengan Bank Sentosa.", "Sebanyak")]
    [InlineData("Sedikitnya tiga desa menandatangani perjanjian dengan Bank Sentosa.", "Sedikitnya")]
    public void A_verb_or_count_that_opens_a_sentence_is_no_mention(string sentence, string opener) =>
        Assert.DoesNotContain(Mentions(sentence), e => e.Name.StartsWith(opener, StringComparison.Ordinal));

    [Theory]
    [InlineData("Penandatangan MoU Koperasi Tani Makmur berlangsung di Medan.")]
    [InlineData("Penandatanganan Nota Kesepahaman Koperasi Tani Makmur berlangsung di Medan.")]
    [InlineData("MoU Koperasi Tani Makmur diteken di Medan.")]
    public void A_signing_or_document_word_before_an_organisation_leaves_the_organisation(string sentence)
    {
        var ents = Mentions(sentence);
        Assert.Contains(ents, e => e.Name == "Koperasi Tani Makmur" && e.Type == EntType.Org);
        Assert.DoesNotContain(ents, e => e.Name.Contains("MoU") || e.Name.Contains("Nota"));
    }

    [Theory]
    [InlineData("PT Sawit Lestari Datuk Hasan Basri menandatangani nota kesepahaman.")]
    [InlineData("Koperasi Tani Makmur Dato Rahman Ali hadir di Medan.")]
    public void A_malay_honorific_after_an_organisation_opens_a_person_not_the_organisations_name(string sentence) =>
        Assert.Contains(Mentions(sentence), e => e.Type == EntType.Org && (e.Name == "PT Sawit Lestari" || e.Name == "Koperasi Tani Makmur"));

    [Fact]
    public void A_capitalised_name_in_kan_inside_a_sentence_stays_a_name() =>
        Assert.Contains(Mentions("Bupati bertemu Kartikan Wulandari di Medan."), e => e.Name.Contains("Kartikan"));

    [Theory]
    [InlineData("Penandatanganan nota kesepahaman antara Koperasi Tani Makmur di Kabupaten dan Kota Hulu dengan Bank Sentosa berlangsung di Medan.")]
    [InlineData("Penandatanganan perjanjian kerja sama antara Koperasi Tani Makmur se-Jawa Barat dengan Bank Sentosa digelar Senin.")]
    [InlineData("Penandatanganan nota kesepahaman antara Koperasi Tani Makmur di Kota Hulu dengan Bank Sentosa dilakukan kemarin.")]
    public void A_place_phrase_after_the_first_party_is_stepped_over_to_its_partner(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(new[] { "Bank Sentosa", "Koperasi Tani Makmur" }, a.Parties.OrderBy(x => x));
    }

    [Theory]
    [InlineData("Sebanyak 30 Koperasi Tani se-Jawa Barat melakukan penandatanganan nota kesepahaman dengan Bank Sentosa.")]
    [InlineData("Koperasi Tani se-Jawa Barat melakukan penandatanganan nota kesepahaman dengan Bank Sentosa.")]
    public void The_place_a_name_covers_is_no_signer(string text) =>
        Assert.DoesNotContain(Find(text).SelectMany(a => a.Parties), p => p == "Jawa Barat");

    [Fact]
    public void A_degree_written_se_is_no_place_prefix()
    {
        var a = Assert.Single(Find("Bupati Hulu Ani Lestari SE.MM laksanakan penandatanganan nota kesepahaman dengan Bank Sentosa, Jumat."));
        Assert.Contains("Bank Sentosa", a.Parties);
        Assert.Equal(2, a.Parties.Count());
    }

    [Theory]
    [InlineData("Mereka kemudian menandatangani berita acara kesepakatan di balai desa.")]
    [InlineData("Mereka pun menandatangani surat perjanjian damai yang disaksikan camat.")]
    [InlineData("Setelah itu mereka langsung meneken surat kesepakatan.")]
    public void They_who_just_agreed_sign_the_document(string signing)
    {
        var found = Find("Warga Desa Hulu dan Desa Hilir sepakat untuk berdamai setelah mediasi di kantor camat.", signing);
        Assert.Equal(2, found.Count);
        Assert.Equal(AgreementKind.Signed, found[1].Kind);
        Assert.Equal(found[0].Parties.OrderBy(x => x), found[1].Parties.OrderBy(x => x));
    }

    [Theory]
    [InlineData("Agar mereka menandatangani surat kesepakatan, camat memanggil keduanya.")]
    [InlineData("Mereka menolak menandatangani surat kesepakatan itu.")]
    public void They_who_are_asked_or_refuse_to_sign_sign_nothing(string signing) =>
        Assert.Single(Find("Warga Desa Hulu dan Desa Hilir sepakat untuk berdamai setelah mediasi di kantor camat.", signing));
}

/// <summary>The signers of a signing noun written after its passive verb, with or without "oleh", and the partner after "beserta"/"bersama".</summary>
public class AgreementPassiveSignersTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) => AgreementSpellingTests.Find(paragraphs);

    [Theory]
    [InlineData("Penandatanganan nota kesepahaman dilakukan langsung Koperasi Tani Makmur beserta Bank Sentosa di Medan.")]
    [InlineData("Penandatanganan perjanjian kerja sama dilakukan secara langsung oleh Koperasi Tani Makmur bersama Bank Sentosa.")]
    [InlineData("Penandatanganan MoU pengelolaan kebun dilaksanakan Koperasi Tani Makmur didampingi para pengurusnya beserta Bank Sentosa, Senin.")]
    [InlineData("Penandatanganan nota kesepahaman dilakukan oleh Koperasi Tani Makmur didampingi staf Rudi Hartono dan Siti Aminah beserta Bank Sentosa.")]
    [InlineData("Penandatanganan nota kesepahaman dilakukan Koperasi Tani Makmur dan Bank Sentosa di aula kantor bupati.")]
    public void The_signers_after_the_passive_verb_of_a_signing_are_its_parties(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementRules.SigningNoun, a.Rule);
        Assert.Equal(new[] { "Bank Sentosa", "Koperasi Tani Makmur" }, a.Parties.OrderBy(x => x));
    }

    [Theory]
    [InlineData("Penandatanganan MoU kebun plasma dilakukan langsung Direktur Operasional (Dirop) PT Sawit Lestari Datuk Hasan Basri didampingi stafnya beserta Koperasi Tani Makmur, Senin.")]
    [InlineData("Penandatanganan MoU kebun plasma dilaksanakan Direktur Operasional (Dirop) PT Sawit Lestari beserta Koperasi Tani Makmur.")]
    public void The_office_of_the_one_who_signs_for_a_company_is_stepped_over(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(new[] { "Koperasi Tani Makmur", "PT Sawit Lestari" }, a.Parties.OrderBy(x => x));
    }

    [Theory]
    [InlineData("Penandatanganan nota kesepahaman dilakukan di aula kantor bupati, Senin.")]
    [InlineData("Penandatanganan nota kesepahaman dilakukan langsung setelah rapat paripurna selesai.")]
    [InlineData("Penandatanganan nota kesepahaman dilakukan Koperasi Tani Makmur di aula kantor bupati.")]
    public void A_signing_whose_passive_verb_names_no_two_signers_has_no_parties_from_it(string text) =>
        Assert.Empty(Assert.Single(Find(text)).Parties);
}

/// <summary>A first signing whose partner the sentence does not let the mention scan read: the side it names is given.</summary>
public class AgreementOneSignerTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) => AgreementSpellingTests.Find(paragraphs);

    [Theory]
    [InlineData("Universitas Lestari menandatangani nota kesepahaman kerja sama riset di Padang, Senin (3/6/2024).")]
    [InlineData("Universitas Lestari melakukan penandatanganan nota kesepahaman kerja sama riset di Padang.")]
    public void One_named_signer_of_a_signed_document_is_given_alone(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Universitas Lestari" }, a.Parties);
    }

    [Theory]
    [InlineData("Akademi Bahari Lestari (ABL) bersama Sentosa Maritime College (SMC) Kotabaru Utara, menandatangani perjanjian pertukaran dosen pekan lalu.")]
    [InlineData("Usai kunjungan kerja, Plt Bupati Ulu Sentosa (Ulsen) Cendana, tanda tangan MoU pengelolaan sampah dengan mitranya.")]
    public void A_signer_read_only_in_part_is_left_out_of_the_signing(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void A_body_ratifying_on_its_own_signs_nothing() =>
        Assert.Empty(Find("Majelis hakim Pengadilan Niaga mengesahkan rencana perdamaian perusahaan itu pada Kamis."));

    [Fact]
    public void A_signing_that_names_nobody_is_not_guessed() =>
        Assert.Empty(Assert.Single(Find("Pada acara itu juga dilakukan penandatanganan nota kesepahaman kerja sama riset.")).Parties);

    [Fact]
    public void A_declaration_signed_after_other_documents_is_its_own_agreement()
    {
        var found = Find("Indonesia dan Chile menandatangani nota kesepahaman perikanan di Santiago, Senin.",
            "Hari berikutnya digelar penandatanganan Deklarasi Bersama Perikanan antara Indonesia dan Chile.");
        Assert.Equal(new[] { AgreementKind.Signed, AgreementKind.Declaration }, found.Select(a => a.Kind));
        Assert.Equal(new[] { "Chile", "Indonesia" }, found[1].Parties.OrderBy(x => x));
    }

    [Fact]
    public void A_second_signing_of_the_same_kind_without_a_word_of_more_is_no_new_agreement() =>
        Assert.Single(Find("Indonesia dan Chile menandatangani nota kesepahaman perikanan di Santiago, Senin.",
            "Penandatanganan nota kesepahaman antara Indonesia dan Chile berlangsung di istana."));

    [Theory]
    [InlineData("Kerja sama ini diresmikan lewat penandatanganan perjanjian dengan PT Sawit Makmur di Padang.", "PT Sawit Makmur")]
    [InlineData("Penandatanganan kerja sama penyaluran beasiswa dengan Bank Sentosa berlangsung di Padang.", "Bank Sentosa")]
    public void A_signing_noun_with_only_its_partner_named_gives_the_partner(string text, string party)
        => Assert.Equal(new[] { party }, Assert.Single(Find(text)).Parties);

    [Fact]
    public void The_signers_right_after_oleh_are_the_parties()
        => Assert.Equal(new[] { "Bank Sentosa", "Universitas Lestari" },
            Assert.Single(Find("Penandatanganan nota kesepahaman oleh Bank Sentosa dan Universitas Lestari berlangsung di Medan.")).Parties.OrderBy(x => x));

    [Fact]
    public void Agreeing_that_they_will_do_something_is_a_commitment()
    {
        var a = Assert.Single(Find("Indonesia dan Chile sepakat akan memperluas kerja sama perikanan tahun depan."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Empty(Find("Indonesia dan Chile sepakat akan pentingnya kerja sama perikanan."));
    }

    [Theory]
    [InlineData("Polisi menyelidiki pemalsuan tanda tangan MoU antara Bank Sentosa dan Universitas Lestari.")]
    [InlineData("Indonesia dan Chile sepakat akan meningkatnya ancaman di perairan itu.")]
    [InlineData("Indonesia dan Chile setuju akan berbagai usulan nelayan.")]
    public void A_noun_after_tanda_tangan_or_akan_makes_no_agreement(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Kemudian Universitas Lestari menandatangani nota kesepahaman riset di Padang.")]
    public void A_function_word_before_the_signer_keeps_the_signer(string text)
        => Assert.Equal(new[] { "Universitas Lestari" }, Assert.Single(Find(text)).Parties);

    [Fact]
    public void A_sentence_adverb_read_into_the_signer_s_name_gives_no_party()
        => Assert.DoesNotContain(Find("Selanjutnya Bank Sentosa melakukan penandatanganan nota kesepahaman riset di Padang."), a => a.Parties.Any(p => p.StartsWith("Selanjutnya", System.StringComparison.Ordinal)));

    [Fact]
    public void A_witness_a_few_words_before_the_signing_signs_nothing()
        => Assert.Empty(Assert.Single(Find("Gubernur Andi Rasyid turut menyaksikan secara langsung penandatanganan nota kesepahaman dengan Kejaksaan Negeri Lestari.")).Parties);

    [Fact]
    public void A_signing_referred_back_to_is_the_cooperation_just_reported()
    {
        var a = Assert.Single(Find("Pemerintah Kabupaten Lestari memperpanjang kerja sama dengan Universitas Sentosa. Penandatanganan perjanjian ini digelar di aula kampus."));
        Assert.Equal(new[] { "Pemerintah Kabupaten Lestari", "Universitas Sentosa" }, a.Parties.OrderBy(x => x));
    }

    [Fact]
    public void A_signing_referred_back_to_after_an_agreement_is_no_new_one() =>
        Assert.Single(Find("Bank Sentosa dan Universitas Lestari menandatangani nota kesepahaman di Padang. Penandatanganan nota kesepahaman itu disaksikan gubernur."));
}

