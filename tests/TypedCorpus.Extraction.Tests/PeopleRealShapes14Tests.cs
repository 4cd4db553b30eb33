using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name and speaker shapes met on real pages (round 14), each with texts written for its rule (invented names and places).</summary>
public class PeopleRealShapes14Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void A_place_after_dan_and_a_place_its_unit_opens_is_no_actor_between_a_speaker_and_his_cue()
    {
        var a = Article("\"Air sudah masuk ke rumah warga,\" kata Kepala BPBD Sukaraya, Hendra Wijaya, Rabu.",
            "Banjir terjadi karena sungai meluap. Sedangkan Desa Talang dan Sinar Jaya berada di hilir sungai.",
            "\"Warga kami minta tetap waspada,\" kata dia.");
        Assert.Equal(new[] { "Hendra Wijaya" }, a.Quotes[1].Speakers);
        Assert.Equal(new[] { "Hendra Wijaya" }, a.People);
    }

    [Fact]
    public void A_street_named_after_a_person_beside_another_street_is_no_person()
        => Assert.Equal(new[] { "Rudi Hartono" },
            Article("Kapolsek Rudi Hartono mengatakan patroli berjaga di perempatan Jalan Merdeka dan Kolonel Sugiono setiap malam.").People);

    [Fact]
    public void A_resident_in_apposition_after_a_village_is_still_a_person()
        => Assert.Contains("Budi Santoso", Article("Warga Desa Talang, Budi Santoso, mengatakan air naik sejak subuh.").People);

    [Fact]
    public void A_person_after_dan_and_an_office_that_names_a_village_is_still_a_person()
        => Assert.Contains("Budi Santoso", Article("Kepala Desa Talang Rina Wulandari dan Budi Santoso meninjau tanggul yang jebol, Senin.").People);

    [Theory]
    [InlineData("Wabub")]
    [InlineData("Wawako")]
    public void A_deputy_heads_short_office_is_no_part_of_the_name(string office)
    {
        var a = Article($"Dalam sambutannya, {office} Bantul Hendra Wijaya menyampaikan festival itu memperkuat jati diri warga.",
            "\"Kita wajib berbangga,\" ujarnya.");
        Assert.Equal(new[] { "Hendra Wijaya" }, a.People);
        Assert.Equal(new[] { "Hendra Wijaya" }, a.Quotes[0].Speakers);
    }

    [Theory]
    [InlineData("Naskah kerja sama diteken Dekan Fakultas Kedokteran Dr dr Rina Ayu Lestari SpPD FINASIM, kemarin.", "Rina Ayu Lestari")]
    [InlineData("Naskah kerja sama diteken direktur rumah sakit dr Hendra Wijaya MscIH MPH DTM&H kemarin.", "Hendra Wijaya")]
    [InlineData("Naskah kerja sama diteken Kepala Poli Saraf dr Budi Santosa SpN di aula.", "Budi Santosa")]
    public void Degrees_in_mixed_case_after_a_name_end_the_name(string sentence, string person)
        => Assert.Equal(new[] { person }, Article(sentence).People);

    [Theory]
    [InlineData("Hadir pula Sekretaris Partai NasDem Bantul Fajar Hidayat dalam acara itu.", "Fajar Hidayat")]
    [InlineData("Kapolres Sukamaju, Hendra Wijaya, hadir dalam siaran langsung TikTok Kabar Kota, Rabu.", "Hendra Wijaya")]
    public void A_name_of_two_capitalised_parts_is_no_degree(string sentence, string person)
        => Assert.Equal(new[] { person }, Article(sentence).People);

    [Fact]
    public void The_one_who_represents_a_body_is_a_person_and_the_speaker_after_him()
    {
        var a = Article("Bupati Sukaraya, Rudi Hartono, menghadiri penandatanganan nota kesepahaman dengan PT Listrik Jaya, Senin.",
            "General Manager PT Listrik Jaya, diwakili Bonar Simatupang dalam sambutannya menjelaskan rencana pemasangan baru.",
            "\"Kuncinya komunikasi yang lancar antarpihak,\" tegasnya.");
        Assert.Contains("Bonar Simatupang", a.People);
        Assert.Equal(new[] { "Bonar Simatupang" }, a.Quotes[0].Speakers);
    }

    [Fact]
    public void An_office_with_its_units_number_and_place_before_its_holder_is_his_when_it_speaks_alone()
    {
        var a = Article("Dandim 0812/Sukaraya, Letkol Inf. Hendra Wijaya, bersama warga memanen jagung, Senin.",
            "Warga tampak bersemangat mengikuti panen itu.",
            "Dandim berharap kerja sama ini berlanjut. \"Kami ingin panen ini menambah penghasilan warga,\" pungkasnya.");
        Assert.Equal(new[] { "Hendra Wijaya" }, a.Quotes[0].Speakers);
    }

    [Fact]
    public void A_village_named_after_its_residents_is_no_speaker_after_an_office()
    {
        var a = Article("Program itu disambut warga desa Talangsari dengan gotong royong.",
            "\"Semoga semangat gotong royong warga makin tumbuh,\" tambah Pj Kades Talangsari.");
        Assert.Empty(a.Quotes[0].Speakers);
        Assert.DoesNotContain("Talangsari", a.People);
    }

    [Theory]
    [InlineData("Sementara Darsono, warga Dusun Talang Baru, menambahkan, \"Kami sudah mengungsikan barang ke tempat tinggi.\"")]
    [InlineData("Darsono, warga setempat, menambahkan, \"Kami sudah mengungsikan barang ke tempat tinggi.\"")]
    public void A_name_in_apposition_with_a_resident_and_its_place_is_a_person_who_speaks(string paragraph)
    {
        var a = Article("Sungai di kampung itu meluap setelah diguyur hujan semalaman.", paragraph);
        Assert.Equal(new[] { "Darsono" }, a.People);
        Assert.Equal(new[] { "Darsono" }, a.Quotes[0].Speakers);
    }

    [Fact]
    public void A_place_before_a_comma_and_residents_is_no_person()
        => Assert.Empty(Article("Banjir melanda Kampung Talang. Di Sukorejo, warga Dusun Krajan, mengungsi ke balai desa.").People);

    [Theory]
    [InlineData("Polisi masih memburu penyebar ancaman kepada calon presiden nomor urut 01 Bambang Sutrisno.")]
    [InlineData("Pendukung calon bupati no urut 2 Bambang Sutrisno berkumpul di lapangan kota.")]
    public void A_name_after_a_ballot_number_is_a_candidate(string sentence)
        => Assert.Equal(new[] { "Bambang Sutrisno" }, Article(sentence).People);

    [Fact]
    public void Masing_masing_opening_a_sentence_is_no_name()
        => Assert.Empty(Article("Para tokoh adat dari enam distrik hadir. Masing-masing memberikan sambutan singkat.").People);

    [Fact]
    public void The_one_a_body_speaks_through_after_a_passive_verb_of_saying_is_the_speaker_after()
    {
        var a = Article("Hal itu diungkapkan Kepala Dinas Lingkungan Hidup Kota Sukaraya melalui Kabid Kebersihan Hendra Wijaya saat dikonfirmasi, Senin.",
            "Dikatakan dia, volume sampah terus meningkat dari waktu ke waktu.",
            "\"Jika sampah terus dibuang ke sungai, banjir bisa datang,\" pungkasnya.");
        Assert.Equal(new[] { "Hendra Wijaya" }, a.Quotes[0].Speakers);
    }

    [Fact]
    public void A_terms_short_form_defined_in_brackets_is_no_person()
        => Assert.Empty(Article("Sebanyak 90 tenaga Honorer Daerah (Honda) menerima surat keputusan, Senin.", "Para guru Honda berharap kesejahteraan mereka meningkat.").People);

    [Fact]
    public void A_persons_nickname_in_brackets_stays_the_persons()
        => Assert.Contains("Bambang Sutrisno", Article("Presiden Mesir bertemu Presiden Indonesia, Bambang Sutrisno (Bamsut), di Kairo. Bamsut lalu menyampaikan ucapan terima kasih.").People);

    [Theory]
    [InlineData("Pada kesempatan itu Wabup Hendra Wijaya memberikan apresiasi kepada para guru.")]
    [InlineData("Dikesempatan tersebut Wabup Hendra Wijaya memberikan apresiasi kepada para guru.")]
    public void A_scene_setting_phrase_before_the_subject_leaves_him_the_subject(string sentence)
    {
        var a = Article("Kegiatan itu disaksikan Wakil Bupati Bantul Hendra Wijaya dan Kepala Dinas Pendidikan Erawan Supriadi.", sentence,
            "\"Kita berikan perhatian pada guru honorer,\" sambungnya.");
        Assert.Equal(new[] { "Hendra Wijaya" }, a.Quotes[0].Speakers);
    }

    [Fact]
    public void A_degrees_part_cut_off_by_a_comma_is_no_person()
        => Assert.DoesNotContain("Pd", Article("Di sisi lain, Bp Hendra S, Pd selaku penjabat kepala desa berharap program itu menumbuhkan gotong royong.").People);

    [Fact]
    public void Tubagus_written_short_opens_the_name()
        => Assert.Equal(new[] { "Tb. Hendra Wijaya" }, Article("Acara dihadiri ketua Pengadilan Agama Sukaraya,Tb. Hendra Wijaya, S.H.I., M.H, bersama jajaran.").People);

    [Fact]
    public void A_place_a_counted_unit_announces_is_no_holder_after_an_office()
    {
        var a = Article("Provinsi itu menjalin kerja sama dengan tiga provinsi di Mesir, yaitu Giza, Luxor, dan Aswan.",
            "Bahkan Wagub Luxor mengatakan kerja sama itu akan segera berjalan.");
        Assert.Empty(a.People);
    }

    [Fact]
    public void Persons_listed_after_the_village_they_live_in_stay_persons()
        => Assert.Contains("Darsono", Article("Dua warga lain yang tinggal di desa itu, yakni Darsono (50) dan Wartini (44), juga terluka.").People);
}
