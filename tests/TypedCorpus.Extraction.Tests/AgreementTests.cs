using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

public class AgreementTests
{
    private static IReadOnlyList<AgreementModel> Agreements(string text) => TestText.Extract(text).Agreements.ToList();

    /// <summary>Runs the agreement step alone on paragraphs (line = index + 1) with a given people list.</summary>
    private static IReadOnlyList<AgreementModel> Direct(IReadOnlyList<string> people, params string[] paragraphs)
    {
        var blocks = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        var ctx = new ArticleContext("t.txt", null, null, blocks, paragraphs);
        return AgreementExtractor.Extract(ctx, people);
    }

    private static void Parties(AgreementModel a, params string[] expected) =>
        Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), a.Parties.OrderBy(x => x, StringComparer.Ordinal));

    // ---------- lists of signed documents ----------

    [Fact]
    public void A_list_after_a_penandatanganan_paragraph_is_a_list_of_signed_documents()
    {
        // "penandatanganan" / "menandatangani" carry the nasalised stem (peN-/meN- + tandatangan)
        var list = Agreements("Judul Kerja Sama Perikanan\n\nJakarta, Kabar - Malaysia dan Thailand menyepakati kerja sama perikanan di Bangkok, Senin (7/4/2025).\n\n"
            + "Penandatanganan dilakukan oleh kedua menteri di Bangkok. Berikut rinciannya:\n\n"
            + "- Patroli Bersama: patroli kapal pengawas di perbatasan.\n- Pusat Data: pertukaran data tangkapan ikan.\n")
            .Where(a => a.Kind == AgreementKind.Signed).ToList();
        Assert.Equal(new[] { "Patroli Bersama", "Pusat Data" }, list.Select(a => a.Title));
        Assert.All(list, a => Parties(a, "Malaysia", "Thailand"));
        Assert.All(list, a => Assert.Equal("2025-04-07", a.Date));
    }

    [Fact]
    public void A_document_whose_content_follows_is_a_signed_list_even_when_the_sentence_names_a_topic()
    {
        var list = Agreements("Judul Nota Haji\n\nJakarta, Kabar - Indonesia dan Mesir menandatangani nota kesepahaman haji pada Senin, 6 Januari 2025.\n\n"
            + "Selain soal kuota, dokumen tersebut memuat dua poin utama:\n1. Layanan Lansia: jalur khusus bagi jamaah lansia.\n2. Kesehatan: pemeriksaan kesehatan jamaah.\n")
            .Where(a => a.Kind == AgreementKind.Signed && a.Title != null).ToList();
        Assert.Equal(new[] { "Layanan Lansia", "Kesehatan" }, list.Select(a => a.Title));
        Assert.All(list, a => Parties(a, "Indonesia", "Mesir"));
    }

    [Fact]
    public void An_introduction_that_signs_the_documents_names_their_parties_and_outweighs_a_topic_word()
    {
        // "meneken" is the nasalised "teken"; "akan" (a topic cue) in the same sentence does not make the list a list of topics;
        // the parties are the signing clause's (subject + "dengan" partner), not a coordination inside an organisation's name
        var list = Agreements("Judul Investasi Pabrik\n\nJakarta, Kabar - Produsen baterai Lumina Cell resmi berinvestasi di Batang.\n\n"
            + "Dalam acara di Kementerian Investasi dan Hilirisasi/BKPM pada Senin, 3 Maret 2025, Lumina Cell meneken dua dokumen dengan PT Kawasan Industri Batang, pengelola kawasan tempat pabrik akan dibangun, yaitu:\n\n"
            + "1. Perjanjian Sewa Lahan: sewa 20 hektare selama 30 tahun.\n2. Perjanjian Utilitas: pasokan air dan listrik.\n")
            .Where(a => a.Title != null).ToList();
        Assert.Equal(new[] { "Perjanjian Sewa Lahan", "Perjanjian Utilitas" }, list.Select(a => a.Title));
        Assert.All(list, a => Parties(a, "Lumina Cell", "PT Kawasan Industri Batang"));
        Assert.All(list, a => Assert.Equal("2025-03-03", a.Date));
    }

    [Fact]
    public void A_topic_list_is_no_list_of_signed_documents()
    {
        var list = Agreements("Judul Nota Haji\n\nJakarta, Kabar - Indonesia dan Mesir menandatangani nota kesepahaman haji pada Senin, 6 Januari 2025.\n\n"
            + "Kedua menteri juga membahas isu yang belum disepakati:\n1. Kuota Tambahan: permintaan 10.000 kursi.\n2. Biaya Visa: usulan tarif baru.\n");
        Assert.DoesNotContain(list, a => a.Title is "Kuota Tambahan" or "Biaya Visa");
    }

    // ---------- commitments ----------

    [Fact]
    public void Two_countries_sepakat_untuk_is_a_commitment_with_both_parties()
    {
        var a = Assert.Single(Agreements("Hanoi, Warta Kita - Vietnam dan Filipina sepakat untuk memperluas patroli bersama di perairan perbatasan kedua negara."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Parties(a, "Vietnam", "Filipina");
        Assert.Contains("memperluas patroli bersama", a.Text);
        Assert.Null(a.Title);
        Assert.Null(a.Date);
    }

    [Fact]
    public void Comma_list_of_three_countries_is_one_group_of_parties()
    {
        var a = Assert.Single(Agreements("Thailand, Laos, dan Kamboja sepakat menertibkan perdagangan satwa liar di sepanjang Sungai Mekong."));
        Parties(a, "Thailand", "Laos", "Kamboja");
    }

    [Fact]
    public void Berkomitmen_bersama_joins_the_subject_and_the_partner()
    {
        var a = Assert.Single(Agreements("Selain itu, Kementerian Pertanian juga berkomitmen bersama Asosiasi Petani Kopi Nusantara (APKN) untuk membangun gudang pengering di setiap kecamatan."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Parties(a, "Kementerian Pertanian", "Asosiasi Petani Kopi Nusantara");
    }

    [Fact]
    public void Admin_prefix_is_distributed_over_a_list_of_regions()
    {
        var a = Assert.Single(Agreements("Pemprov Kaltim bersama Pemerintah Kabupaten Paser, Berau, dan Kutai Barat berkomitmen untuk menanam sejuta pohon di daerah aliran sungai."));
        Parties(a, "Pemprov Kaltim", "Pemerintah Kabupaten Paser", "Pemerintah Kabupaten Berau", "Pemerintah Kabupaten Kutai Barat");
    }

    [Fact]
    public void Kedua_negara_resolves_to_the_pair_named_before()
    {
        var list = Agreements("Jakarta, Kabar Kita - Mesir dan Turki menandatangani perjanjian dagang di Kairo, Senin (3/6/2024).\n\n"
                            + "Pengamat menilai langkah itu penting bagi kawasan.\n\n"
                            + "Kedua negara juga berkomitmen untuk menghapus bea masuk produk pertanian.");
        Assert.Equal(2, list.Count);
        var c = list[1];
        Assert.Equal(AgreementKind.Commitment, c.Kind);
        Assert.Equal(5, c.Line);
        Parties(c, "Mesir", "Turki");
    }

    [Fact]
    public void Keduanya_resolves_to_the_two_people_last_mentioned()
    {
        var people = new[] { "Budi Santoso", "Arif Wicaksono" };
        var list = Direct(people,
            "Menteri Perhubungan Budi Santoso menerima Gubernur Arif Wicaksono di kantornya.",
            "Keduanya sepakat untuk mempercepat pembangunan pelabuhan penyeberangan.");
        var a = Assert.Single(list);
        Assert.Equal(2, a.Line);
        Parties(a, "Budi Santoso", "Arif Wicaksono");
    }

    [Fact]
    public void Short_names_are_given_their_fullest_article_form()
    {
        var list = Direct(new[] { "Budi Santoso", "Arif Wicaksono" },
            "Menteri Perhubungan Budi Santoso bertemu Gubernur Arif Wicaksono pekan lalu.",
            "Budi dan Arif berjanji untuk merampungkan jalan tol itu tahun depan.");
        Parties(Assert.Single(list), "Budi Santoso", "Arif Wicaksono");
    }

    [Fact]
    public void Menyepakati_between_two_companies_takes_the_date_of_the_sentence()
    {
        var a = Assert.Single(Agreements("Dalam rapat pada 2 Maret 2023, PT Sumber Air Jernih dan PT Pipa Prima menyepakati pembagian wilayah layanan air bersih."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Parties(a, "PT Sumber Air Jernih", "PT Pipa Prima");
        Assert.Equal("2023-03-02", a.Date);
    }

    [Fact]
    public void Date_comes_from_the_same_paragraph_but_not_from_another_one()
    {
        var list = Agreements("Kenya dan Tanzania sepakat untuk membuka jalur kereta lintas batas. Kesepakatan itu dicapai di Nairobi, Selasa (4/6/2024).\n\n"
                            + "Uganda dan Rwanda sepakat untuk menyatukan tarif jalan tol.\n\n"
                            + "Pertemuan berikutnya digelar pada 1 Agustus 2024.");
        Assert.Equal(2, list.Count);
        Assert.Equal("2024-06-04", list[0].Date);
        Assert.Null(list[1].Date);
    }

    // ---------- not agreements ----------

    [Theory]
    [InlineData("Pemerintah kota berjanji untuk memperbaiki jalan yang rusak sebelum Lebaran.")]
    [InlineData("PT Kereta Cepat Nusantara berjanji untuk menambah jadwal perjalanan pada akhir pekan.")]
    [InlineData("Namun, Mesir dan Turki belum sepakat soal harga gas alam cair.")]
    [InlineData("Mesir dan Turki tidak sepakat mengenai jalur pipa baru.")]
    [InlineData("Mesir dan Turki gagal mencapai kesepakatan soal tarif pelabuhan.")]
    [InlineData("Perundingan antara Mesir dan Turki tidak berhasil menciptakan kesepakatan damai.")]
    [InlineData("Pertemuan Mesir dan Turki berakhir tanpa kesepakatan.")]
    [InlineData("Mesir dan Turki tidak mencapai kesepakatan mengenai kuota impor.")]
    [InlineData("Sekjen PBB meminta Mesir dan Turki untuk mencapai kesepakatan secepatnya.")]
    [InlineData("Mesir dan Turki sepakat bahwa stabilitas kawasan harus dijaga.")]
    [InlineData("Mesir dan Turki sepakat dalam banyak hal, termasuk soal energi.")]
    [InlineData("Mesir dan Turki berbagi pandangan bahwa perdagangan bebas menguntungkan.")]
    [InlineData("Mesir dan Turki akan menandatangani nota kesepahaman energi bulan depan.")]
    [InlineData("Menteri itu berharap skema pendanaan sudah dapat disepakati Mesir dan Turki akhir tahun ini.")]
    [InlineData("Apakah Mesir dan Turki sepakat untuk membuka perbatasan?")]
    public void Negations_requests_views_plans_and_single_parties_are_not_agreements(string sentence)
    {
        Assert.Empty(Agreements(sentence));
    }

    [Fact]
    public void Headline_is_not_searched()
    {
        var text = "Mesir dan Turki Sepakat untuk Buka Jalur Kapal Baru\n\nKairo, Kabar Kita - Pelabuhan Alexandria mulai ramai oleh kapal dagang sejak pekan lalu.";
        var a = TestText.Extract(text);
        Assert.NotNull(a.Title);
        Assert.Empty(a.Agreements);
    }

    // ---------- signed documents ----------

    [Fact]
    public void A_single_memorandum_signed_with_a_partner_is_signed()
    {
        var a = Assert.Single(Agreements("Jakarta, Kabar Kita - PT Angkasa Logistik resmi menandatangani nota kesepahaman dengan PT Pelabuhan Timur pada Jumat (12/1/2024) untuk membangun gudang berpendingin."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Null(a.Title);
        Parties(a, "PT Angkasa Logistik", "PT Pelabuhan Timur");
        Assert.Equal("2024-01-12", a.Date);
    }

    [Fact]
    public void Each_item_of_a_list_of_signed_documents_is_signed_with_its_title_parties_and_date()
    {
        var text = "Kairo, Kabar Kita - Mesir dan Turki menggelar pertemuan tingkat menteri di Kairo.\n\n"
                 + "Pada Senin (3/6/2024), kedua negara meneken tiga dokumen kerja sama, yaitu:\n"
                 + "1. Energi Surya: pembangunan ladang panel surya di gurun barat.\n"
                 + "2. Pariwisata: pembukaan penerbangan langsung antara Istanbul dan Luxor.\n"
                 + "3. Pendidikan Vokasi\n";
        var list = Agreements(text);
        Assert.Equal(3, list.Count);
        Assert.All(list, a => Assert.Equal(AgreementKind.Signed, a.Kind));
        Assert.Equal(new[] { "Energi Surya", "Pariwisata", "Pendidikan Vokasi" }, list.Select(a => a.Title));
        Assert.Equal(new[] { 4, 5, 6 }, list.Select(a => a.Line));
        Assert.All(list, a => Parties(a, "Mesir", "Turki"));
        Assert.All(list, a => Assert.Equal("2024-06-03", a.Date));
        Assert.Contains("ladang panel surya", list[0].Text);
    }

    [Fact]
    public void A_list_announced_by_berikut_rinciannya_after_a_signing_sentence_is_signed()
    {
        var text = "Pemerintah Kenya dan Tanzania menandatangani dua perjanjian di Arusha, Rabu (5/6/2024). Berikut rinciannya:\n"
                 + "• Kereta Api: pembangunan jalur ganda Mombasa-Arusha.\n"
                 + "• Listrik: interkoneksi jaringan transmisi.\n";
        var list = Agreements(text).Where(a => a.Line > 1).ToList();
        Assert.Equal(new[] { "Kereta Api", "Listrik" }, list.Select(a => a.Title));
        Assert.All(list, a => Parties(a, "Kenya", "Tanzania"));
        Assert.All(list, a => Assert.Equal("2024-06-05", a.Date));
    }

    [Fact]
    public void A_list_of_topics_discussed_is_not_a_list_of_agreements()
    {
        var text = "Mesir dan Turki menandatangani perjanjian dagang di Kairo.\n\n"
                 + "Kedua menteri juga membahas sejumlah isu lain yang belum masuk dalam dokumen kerja sama, antara lain:\n"
                 + "- harga gas alam cair;\n"
                 + "- jalur pipa baru.\n";
        var list = Agreements(text);
        Assert.DoesNotContain(list, a => a.Line > 1);
    }

    [Fact]
    public void A_quota_list_is_not_a_list_of_agreements()
    {
        var text = "Porsi tiap jalur berbeda di setiap jenjang sekolah:\n"
                 + "- SD: domisili minimal 70 persen.\n"
                 + "- SMP: domisili minimal 40 persen.\n";
        Assert.Empty(Agreements(text));
    }

    // ---------- declarations and joint statements ----------

    [Fact]
    public void Declaration_takes_its_date_at_the_written_precision()
    {
        var a = Assert.Single(Agreements("Kemitraan strategis antara Mesir dan Turki pertama kali dideklarasikan pada Maret 2021, di tengah krisis energi."));
        Assert.Equal(AgreementKind.Declaration, a.Kind);
        Parties(a, "Mesir", "Turki");
        Assert.Equal("2021-03", a.Date);
    }

    [Fact]
    public void A_bare_year_is_kept_at_year_precision()
    {
        var a = Assert.Single(Agreements("Peru dan Chili mendeklarasikan kemitraan hijau pada 2022 di Santiago."));
        Assert.Equal("2022", a.Date);
    }

    [Fact]
    public void Mendeklarasikan_with_a_coordinated_subject_is_a_declaration()
    {
        var a = Assert.Single(Agreements("Kairo dan Ankara mendeklarasikan zona ekonomi bersama di Laut Tengah."));
        Assert.Equal(AgreementKind.Declaration, a.Kind);
        Assert.Contains("Mesir", a.Parties);
    }

    [Fact]
    public void Joint_statement_is_one_record_at_its_first_mention_and_its_commitment_stays_a_commitment()
    {
        var text = "Usai pertemuan, Mesir dan Turki mengeluarkan pernyataan bersama tentang keamanan pelayaran.\n\n"
                 + "Dalam pernyataan itu, kedua negara berkomitmen untuk menambah patroli di Laut Merah.\n\n"
                 + "Pernyataan bersama itu juga menyinggung soal bantuan kemanusiaan.\n\n"
                 + "Mereka menyebut dalam pernyataan bersama bahwa kerja sama akan berlanjut.";
        var list = Agreements(text);
        Assert.Equal(2, list.Count);
        var js = list.Single(a => a.Kind == AgreementKind.JointStatement);
        Assert.Equal(1, js.Line);
        Parties(js, "Mesir", "Turki");
        var c = list.Single(a => a.Kind == AgreementKind.Commitment);
        Assert.Equal(3, c.Line);
        Parties(c, "Mesir", "Turki");
    }

    [Fact]
    public void Agreement_text_keeps_the_full_sentence()
    {
        var a = Assert.Single(Agreements("Peru dan Chili sepakat untuk mengurangi tarif impor tembaga. Para pengusaha menyambut baik."));
        Assert.Equal("Peru dan Chili sepakat untuk mengurangi tarif impor tembaga.", a.Text);
    }

    // ---------- more shapes ----------

    [Fact]
    public void A_deadline_in_the_sentence_is_not_the_date_of_the_agreement()
    {
        var a = Assert.Single(Agreements("Peru dan Chili sepakat untuk menghapus bea masuk tembaga mulai Januari 2026."));
        Assert.Null(a.Date);
    }

    [Fact]
    public void Keduanya_after_a_meeting_in_the_same_sentence_resolves_to_both_people()
    {
        var list = Direct(new[] { "Budi Santoso", "Arif Wicaksono" },
            "Menteri Budi Santoso bertemu Gubernur Arif Wicaksono dan keduanya sepakat untuk membangun bendungan baru.");
        Parties(Assert.Single(list), "Budi Santoso", "Arif Wicaksono");
    }

    [Fact]
    public void Komunike_bersama_is_a_joint_statement()
    {
        var a = Assert.Single(Agreements("Peru dan Chili mengeluarkan komunike bersama tentang perlindungan nelayan tradisional."));
        Assert.Equal(AgreementKind.JointStatement, a.Kind);
        Parties(a, "Peru", "Chili");
    }

    [Fact]
    public void A_memorandum_signed_by_two_parties_in_the_passive_is_signed_but_a_back_reference_is_not()
    {
        var list = Agreements("Nota kesepahaman pengelolaan sampah ditandatangani oleh Pemerintah Kota Malang dan PT Daur Ulang Jaya pada 5 Mei 2024.\n\n"
                            + "Nota kesepahaman itu diteken oleh Pemerintah Kota Malang dan PT Daur Ulang Jaya di balai kota.");
        var a = Assert.Single(list);
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(1, a.Line);
        Parties(a, "Pemerintah Kota Malang", "PT Daur Ulang Jaya");
        Assert.Equal("2024-05-05", a.Date);
    }

    [Fact]
    public void A_list_introduced_without_a_colon_and_bare_titles()
    {
        var text = "Peru dan Chili menandatangani dua perjanjian di Lima, Rabu (5/6/2024), yakni\n"
                 + "- Perjanjian Perlindungan Investasi Timbal Balik\n"
                 + "- Protokol Kerja Sama Karantina Hewan dan Tumbuhan\n";
        var list = Agreements(text).Where(a => a.Line > 1).ToList();
        Assert.Equal(new[] { "Perjanjian Perlindungan Investasi Timbal Balik", "Protokol Kerja Sama Karantina Hewan dan Tumbuhan" }, list.Select(a => a.Title));
        Assert.All(list, a => Assert.Equal(AgreementKind.Signed, a.Kind));
    }

    // ---------- typed facts of the seeds ----------

    [Fact]
    public void Seed_002_has_the_seven_signed_areas_of_the_8_May_2025_meeting()
    {
        var signed = TestText.Seed("002").Agreements.Where(a => a.Kind == AgreementKind.Signed && a.Title != null).ToList();
        Assert.Equal(new[] { "Stabilitas Strategis Global", "Penegakan Hukum Internasional", "Keamanan Hayati", "Perlindungan Investasi", "Ekonomi Digital", "Karantina", "Kerja Sama Film" },
            signed.Select(a => a.Title));
        Assert.Equal(Enumerable.Range(7, 7), signed.Select(a => a.Line));
        Assert.All(signed, a => Assert.Equal("2025-05-08", a.Date));
        Assert.All(signed, a => Parties(a, "China", "Rusia"));
    }

    [Fact]
    public void Seed_002_joint_statement_and_commitment_of_the_meeting()
    {
        var list = TestText.Seed("002").Agreements;
        var js = Assert.Single(list, a => a.Kind == AgreementKind.JointStatement);
        Assert.Equal(14, js.Line);
        Assert.Equal("2025-05-08", js.Date);
        var c = Assert.Single(list, a => a.Kind == AgreementKind.Commitment);
        Assert.Contains("menolak unilateralisme", c.Text);
        Assert.Equal("2025-05-08", c.Date);
    }

    [Fact]
    public void Seed_001_tanpa_batas_declaration_of_February_2022()
    {
        var a = Assert.Single(TestText.Seed("001").Agreements);
        Assert.Equal(AgreementKind.Declaration, a.Kind);
        Assert.Equal(7, a.Line);
        Assert.Contains("tanpa batas", a.Text);
        Assert.Equal("2022-02", a.Date);
        Parties(a, "China", "Rusia");
    }

    [Fact]
    public void Seed_004_declaration_and_negated_bloc_is_not_an_agreement()
    {
        var list = TestText.Seed("004").Agreements;
        var a = Assert.Single(list);
        Assert.Equal(37, a.Line);
        Assert.Equal("2022-02", a.Date);
        Assert.DoesNotContain(list, x => x.Line == 29);
    }

    [Fact]
    public void Seed_000_commitments_and_the_failed_ceasefire_is_not_one()
    {
        var list = TestText.Seed("000").Agreements;
        Assert.Equal(new[] { 2, 4, 8 }, list.Where(a => a.Kind == AgreementKind.Commitment).Select(a => a.Line));
        Assert.Contains(list, a => a.Line == 8 && a.Parties.Contains("China") && a.Parties.Contains("Rusia"));
        Assert.DoesNotContain(list, a => a.Line == 11);
        Assert.Single(list, a => a.Kind == AgreementKind.JointStatement);
    }

    [Fact]
    public void Seed_corpus_carries_the_agreements_of_every_article()
    {
        var corpus = TestText.SeedCorpus();
        Assert.Equal(16, corpus.Articles.Sum(a => a.Agreements.Count()));
        Assert.DoesNotContain(corpus.Articles.SelectMany(a => a.Agreements), a => a.Parties.Count() < 2);
    }
}
