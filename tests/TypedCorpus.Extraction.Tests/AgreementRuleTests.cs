using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>The agreement step's named rules one at a time: the mention rules and each trigger, on short sentences written for them.</summary>
public class AgreementRuleTests
{
    private static List<Ent> Mentions(string sentence, params string[] people)
    {
        var s = new Sent(new BodyBlock(1, BodyBlockKind.Paragraph, sentence, 0), 0, 0, sentence);
        var known = people.Select(p => (p, p.Split(' '))).ToList();
        s.Ents = MentionScanner.Scan(s, known, new Dictionary<string, string>());
        return s.Ents;
    }

    private static IReadOnlyList<AgreementModel> Find(params (BodyBlockKind Kind, string Text)[] blocks)
    {
        var body = blocks.Select((b, i) => new BodyBlock(i + 1, b.Kind, b.Text, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, blocks.Select(b => b.Text).ToList()), new List<string>());
    }

    private static IReadOnlyList<AgreementModel> Find(string paragraph) => Find((BodyBlockKind.Paragraph, paragraph));

    [Fact]
    public void Mention_rules_have_unique_ids_in_one_order()
    {
        var ids = MentionScanner.Order.Select(r => r.Id).ToList();
        Assert.Equal(new[] { "counted-group", "organisation", "country", "name" }, ids);
        Assert.All(MentionScanner.Order, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [Fact]
    public void A_counted_group_keeps_its_count_and_head()
    {
        var g = Assert.Single(Mentions("Kedua negara itu akan membuka jalur penerbangan baru."), e => e.Type == EntType.Group);
        Assert.Equal(2, g.GroupCount);
        Assert.Equal("negara", g.GroupHead);
        Assert.Equal("Kedua negara itu", g.Name);
    }

    [Fact]
    public void An_organisation_runs_over_its_capitalised_words()
    {
        var org = Assert.Single(Mentions("Pejabat dari Kementerian Kelautan hadir di pelabuhan bersama nelayan."), e => e.Type == EntType.Org);
        Assert.Equal("Kementerian Kelautan", org.Name);
        // a list of portfolios after "dan" is the ministry's own name
        org = Assert.Single(Mentions("Pejabat dari Kementerian Kelautan dan Perikanan hadir di pelabuhan."), e => e.Type == EntType.Org);
        Assert.Equal("Kementerian Kelautan dan Perikanan", org.Name);
    }

    [Theory]
    [InlineData("Pemerintah Kota (Pemkot) Tanjung Sari menerima tamu.", "Pemerintah Kota Tanjung Sari")]
    [InlineData("Rombongan dari Perum Sarana Air (PSA) II hadir di pelabuhan.", "Perum Sarana Air II")]
    [InlineData("Kejaksaan Negeri (Kejari) Padang Lestari membuka layanan.", "Kejaksaan Negeri Padang Lestari")]
    public void An_organisation_goes_on_after_its_bracketed_short_form(string sentence, string name)
    {
        var org = Assert.Single(Mentions(sentence), e => e.Type == EntType.Org);
        Assert.Equal(name, org.Name);
    }

    [Fact]
    public void A_person_after_an_organisations_short_form_is_no_part_of_it()
    {
        var ents = Mentions("Dinas Perikanan (Diskan) Rudi Hartanto meninjau tambak.", "Rudi Hartanto");
        Assert.Equal("Dinas Perikanan", Assert.Single(ents, e => e.Type == EntType.Org).Name);
        Assert.Contains(ents, e => e.Type == EntType.Person && e.Name == "Rudi Hartanto");
    }

    [Fact]
    public void An_organisations_short_form_before_its_place_keeps_the_admin_prefix_whole()
    {
        var s = new Sent(new BodyBlock(1, BodyBlockKind.Paragraph, "", 0), 0, 0, "Pemerintah Kota (Pemkot) Tanjung Sari dan Bank Harapan Makmur meneken nota kesepahaman.");
        s.Ents = MentionScanner.Scan(s, new List<(string, string[])>(), new Dictionary<string, string>());
        var run = Assert.Single(CoordinatedRuns.Of(s), r => r.Count == 2);
        Assert.Equal(new[] { "Pemerintah Kota Tanjung Sari", "Bank Harapan Makmur" }, run.Select(e => e.Name));
        Assert.Equal("Pemerintah Kota", run[0].AdminPrefix);
    }

    [Fact]
    public void An_admin_prefix_is_shared_over_a_list_of_places()
    {
        var s = new Sent(new BodyBlock(1, BodyBlockKind.Paragraph, "", 0), 0, 0, "Pemerintah Kabupaten Sinjai, Bulukumba, dan Selayar meneken nota kesepahaman.");
        s.Ents = MentionScanner.Scan(s, new List<(string, string[])>(), new Dictionary<string, string>());
        var run = Assert.Single(CoordinatedRuns.Of(s), r => r.Count == 3);
        Assert.Equal(new[] { "Pemerintah Kabupaten Sinjai", "Pemerintah Kabupaten Bulukumba", "Pemerintah Kabupaten Selayar" }, run.Select(e => e.Name));
    }

    [Fact]
    public void A_country_and_the_government_that_stands_for_it_are_countries()
    {
        var countries = Mentions("Pemerintah Jepang dan Vietnam membahas kuota tenaga kerja.").Where(e => e.Type == EntType.Country).ToList();
        Assert.Equal(2, countries.Count);
        Assert.Equal(0, countries[0].TokStart); // "Pemerintah" belongs to the mention
    }

    [Fact]
    public void A_name_after_a_title_is_a_person_and_a_known_person_ends_a_run()
    {
        var titled = Mentions("Gubernur Sulawesi Tengah Rahmat Hidayat meninjau lokasi banjir.");
        Assert.Contains(titled, e => e.Type == EntType.Person && e.Name.EndsWith("Rahmat Hidayat", StringComparison.Ordinal));
        var known = Mentions("Wali Kota Palu Siti Aminah membuka pasar murah.", "Siti Aminah");
        Assert.Contains(known, e => e.Type == EntType.Person && e.Name == "Siti Aminah");
    }

    [Fact]
    public void Triggers_are_tried_in_one_order_and_the_catalogue_follows_it()
    {
        Assert.Equal(new[] { AgreementRules.JointStatement, AgreementRules.JointlyIssued, AgreementRules.Declaration, AgreementRules.SignVerb, AgreementRules.MadeDocument, AgreementRules.EnumeratedDocument, AgreementRules.SignedBy, AgreementRules.DocumentBetween, AgreementRules.SignedRelative, AgreementRules.OwnSigning, AgreementRules.SignedDeal, AgreementRules.SigningNoun, AgreementRules.RecordedSettlement, AgreementRules.FirstPersonCommitment, AgreementRules.Commitment, AgreementRules.AgreementNoun, AgreementRules.WithdrawnClaim },
            AgreementTriggers.Order.Select(t => t.Id));
        Assert.Equal(new[] { AgreementRules.SignedList }.Concat(AgreementTriggers.Order.Select(t => t.Id)).Append(AgreementRules.UnreadSigning), AgreementRules.All.Select(r => r.Id));
    }

    [Fact]
    public void Triggers_are_asked_only_at_their_opening_words()
    {
        foreach (var t in AgreementTriggers.Order)
            foreach (var w in t.OpeningWords)
            {
                // lower case, as the scan's words are, and no shorter than the scan's shortest word
                Assert.Equal(w.ToLowerInvariant(), w);
                Assert.True(w.TrimEnd('*').Length >= AgreementTriggers.ShortestWord, t.Id + ": " + w);
                if (!w.EndsWith("*", StringComparison.Ordinal)) Assert.True(AgreementTriggers.MayOpen(w), w);
            }
        Assert.True(AgreementTriggers.MayOpen("mendeklarasikannya")); // a prefix
        Assert.True(AgreementTriggers.MayOpen("menandatangani"));
        Assert.False(AgreementTriggers.MayOpen("pemerintah"));
        Assert.False(AgreementTriggers.MayOpen("deklarasi"));
    }

    [Theory]
    [InlineData("Indonesia dan Malaysia mengeluarkan pernyataan bersama soal perbatasan laut.", AgreementRules.JointStatement, AgreementKind.JointStatement)]
    [InlineData("Filipina dan Vietnam mendeklarasikan zona damai di perairan itu.", AgreementRules.Declaration, AgreementKind.Declaration)]
    [InlineData("Indonesia menandatangani nota kesepahaman dengan Australia di Canberra.", AgreementRules.SignVerb, AgreementKind.Signed)]
    [InlineData("Perjanjian dagang baru diteken oleh Singapura dan Thailand di Bangkok.", AgreementRules.SignedBy, AgreementKind.Signed)]
    [InlineData("Jepang dan Vietnam sepakat untuk memperkuat kerja sama energi.", AgreementRules.Commitment, AgreementKind.Commitment)]
    [InlineData("Penandatanganan nota kesepahaman antara Bank Sentosa dan Universitas Lestari berlangsung di Medan.", AgreementRules.SigningNoun, AgreementKind.Signed)]
    [InlineData("Warga Desa Sukaraja dan Desa Mekarsari akhirnya sepakat damai.", AgreementRules.Commitment, AgreementKind.Commitment)]
    [InlineData("Koperasi Tani Makmur dan PT Sawit Jaya setuju untuk menaikkan harga beli.", AgreementRules.Commitment, AgreementKind.Commitment)]
    [InlineData("Kontrak pengelolaan waduk ditanda tangani oleh Badan Pengelola Air dan PT Tirta Bening di Bogor.", AgreementRules.SignedBy, AgreementKind.Signed)]
    [InlineData("Memorandum soal pelatihan guru, diteken (ditandatangani) oleh Dinas Pendidikan Kota Palu dan Universitas Tadulako.", AgreementRules.SignedBy, AgreementKind.Signed)]
    [InlineData("PT Laut Biru menandatangani Share Purchase Agreement dengan PT Samudra Dalam pekan lalu.", AgreementRules.SignVerb, AgreementKind.Signed)]
    public void Each_trigger_names_itself_on_its_agreement(string sentence, string rule, AgreementKind kind)
    {
        var a = Assert.Single(Find(sentence));
        Assert.Equal(rule, a.Rule);
        Assert.Equal(kind, a.Kind);
        Assert.Equal(2, a.Parties.Count);
    }

    [Theory]
    [InlineData("Jepang dan Vietnam tidak sepakat untuk memperkuat kerja sama energi.")]
    [InlineData("Apakah Jepang dan Vietnam sepakat untuk memperkuat kerja sama energi?")]
    [InlineData("Warga meminta Jepang dan Vietnam segera menandatangani perjanjian perikanan.")]
    [InlineData("Warga Desa Sukaraja dan Desa Mekarsari belum sepakat damai.")]
    [InlineData("Rencana penandatanganan nota kesepahaman antara Bank Sentosa dan Universitas Lestari diundur.")]
    [InlineData("Penandatanganan kesepakatan ini antara Bank Sentosa dan Universitas Lestari disaksikan warga.")]
    [InlineData("Koperasi Tani Makmur dan PT Sawit Jaya tidak setuju untuk menaikkan harga beli.")]
    public void A_negated_request_or_question_is_no_agreement(string sentence) => Assert.Empty(Find(sentence));

    [Fact]
    public void The_sides_an_article_designates_are_both_sides_and_the_parties()
    {
        var found = Find("Kedua belah pihak sepakat berdamai dan menandatangani surat perdamaian. Pihak pertama adalah Budi Santoso. Sementara pihak kedua adalah Joko Susilo, warga Desa Mekar.");
        var a = Assert.Single(found);
        Assert.Equal(AgreementKind.Signed, a.Kind); // the signing coordinated with "sepakat berdamai" is the one agreement
        Assert.Equal(new[] { "Budi Santoso", "Joko Susilo" }, a.Parties);
        var many = Find("Para pihak telah menandatangani surat perdamaian. Amir bertindak sebagai pihak pertama. Pihak kedua terdiri dari Rudi bin Salim, Tono, dan Yusuf bin Ahmad.");
        Assert.Equal(new[] { "Amir", "Rudi bin Salim", "Tono", "Yusuf bin Ahmad" }, Assert.Single(many).Parties);
        // with no sides named, the signing is given without parties (rule unread-signing)
        var unnamed = Assert.Single(Find("Para pihak telah menandatangani surat perdamaian di balai desa."));
        Assert.Equal(AgreementRules.UnreadSigning, unnamed.Rule);
        Assert.Empty(unnamed.Parties);
    }

    [Theory]
    [InlineData("Jepang dan Vietnam menegaskan kembali komitmen mereka menjaga jalur pelayaran.", 1)]
    [InlineData("Jepang menegaskan komitmen menjaga jalur pelayaran.", 0)]
    [InlineData("Jepang dan Vietnam membahas komitmen menjaga jalur pelayaran.", 0)]
    public void A_commitment_stated_together_is_a_commitment(string sentence, int count)
    {
        var found = Find(sentence);
        Assert.Equal(count, found.Count);
        Assert.All(found, a => Assert.Equal(AgreementKind.Commitment, a.Kind));
    }

    [Fact]
    public void A_name_particle_between_capitalised_words_stays_in_the_name() =>
        Assert.Contains(Mentions("Rendi bin Helan Wahyu hadir di kantor desa."), e => e.Name == "Rendi bin Helan Wahyu");

    [Fact]
    public void A_signing_noun_seals_the_agreement_just_stated()
    {
        var found = Find("Desa Hulu dan Desa Hilir menyepakati perdamaian. Kesepakatan itu ditandai dengan penandatanganan surat pernyataan di balai desa.");
        Assert.Equal(new[] { AgreementKind.Commitment, AgreementKind.Signed }, found.Select(a => a.Kind));
        Assert.Equal(found[0].Parties, found[1].Parties);
        Assert.Equal(AgreementRules.SigningNoun, found[1].Rule);
    }

    [Fact]
    public void A_state_named_by_its_formal_name_is_a_country()
    {
        var countries = Mentions("Pemerintah Republik Demokratik Timor-Leste dan Kerajaan Thailand membuka rute baru.").Where(e => e.Type == EntType.Country).ToList();
        Assert.Equal(new[] { "Timor Leste", "Thailand" }, countries.Select(e => e.Name));
    }

    [Fact]
    public void Items_of_a_list_without_parties_in_its_introduction_name_their_own_signatories()
    {
        var found = Find((BodyBlockKind.Paragraph, "Berikut dokumen yang disepakati yakni:"),
            (BodyBlockKind.ListItem, "Nota Kesepahaman tentang Pariwisata antara Menteri Pariwisata Indonesia Dewi Lestari dan Menteri Pariwisata, Seni, dan Budaya Malaysia Ahmad Kamil;"),
            (BodyBlockKind.ListItem, "Perjanjian tentang Air, Tanah, dan Hutan, ditandatangani Menteri Kehutanan Jepang Taro Sato dan Menteri Kehutanan Vietnam Nguyen Van An."));
        Assert.Equal(new[] { "Nota Kesepahaman tentang Pariwisata", "Perjanjian tentang Air, Tanah, dan Hutan" }, found.Select(a => a.Title));
        Assert.Equal(new[] { "Indonesia", "Malaysia" }, found[0].Parties);
        Assert.Equal(new[] { "Jepang", "Vietnam" }, found[1].Parties);
    }

    [Fact]
    public void The_items_of_a_signed_list_are_signed_agreements_titled_before_the_colon()
    {
        var found = Find((BodyBlockKind.Paragraph, "Mesir dan Yordania meneken dua dokumen, yaitu:"),
            (BodyBlockKind.ListItem, "Nota Air Bersih: pembagian air sungai."),
            (BodyBlockKind.ListItem, "Protokol Pangan: cadangan gandum bersama."));
        Assert.Equal(2, found.Count);
        Assert.All(found, a => Assert.Equal(AgreementRules.SignedList, a.Rule));
        Assert.Equal(new[] { "Nota Air Bersih", "Protokol Pangan" }, found.Select(a => a.Title));
    }

    [Theory]
    [InlineData("Nota Kesepahaman Bidang Pendidikan;", "Nota Kesepahaman Bidang Pendidikan")]
    [InlineData("Kerja Sama Pelabuhan: pembangunan dermaga baru.", "Kerja Sama Pelabuhan")]
    [InlineData("kedua pihak akan bertemu lagi tahun depan.", null)]
    public void A_list_item_title_is_the_text_before_the_colon_or_a_bare_short_item(string item, string? title) =>
        Assert.Equal(title, SignedListTrigger.ItemTitle(item));
}
