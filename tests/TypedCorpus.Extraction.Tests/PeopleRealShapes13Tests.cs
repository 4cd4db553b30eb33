using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Name, speaker and page shapes met on real pages (round 13), each with texts written for its rule (invented names and
/// places).
/// </summary>
public class PeopleRealShapes13Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    private static string[] People(params string[] paragraphs) =>
        Article(paragraphs).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_place_of_an_office_is_no_first_name_before_another_offices_holder()
        => Assert.Equal(new[] { "Budiman", "Ratna Dewi" },
            People("Dokumen kerja sama diteken Kepala Kejari Tanjungraya Budiman bersama Bupati Tanjungraya Hj. Ratna Dewi, Selasa."));

    [Fact]
    public void A_word_before_a_holder_that_no_office_shows_to_be_a_place_stays_a_name()
        => Assert.Equal(new[] { "Ratna Dewi", "Tanjung Budiman" },
            People("Dokumen kerja sama diteken Kepala Kejari Tanjung Budiman bersama Bupati Sukaraya Hj. Ratna Dewi, Selasa."));

    [Theory]
    [InlineData("\"Kami masih mencarinya,\" ucap Kapolresta Kombes Pol Rudi Hartono Wibisono Sitepu, kepada wartawan, Rabu.")]
    [InlineData("Nota itu ditandatangani Bupati Sukaraya, dr. Rudi Hartono Wibisono Sitepu dan Rektor Universitas Sukaraya di aula.")]
    public void A_long_name_after_a_rank_and_its_police_mark_or_after_a_title_in_apposition_is_whole(string text)
        => Assert.Contains("Rudi Hartono Wibisono Sitepu", People(text));

    private static string[] Speakers(int quote, params string[] paragraphs) => Article(paragraphs).Quotes[quote].Speakers.ToArray();

    [Fact]
    public void A_name_after_a_preposition_before_the_verb_of_saying_is_the_object_and_the_clauses_opener_speaks()
        => Assert.Equal(new[] { "Rudi Hartono" }, Speakers(0,
            "Menteri Perindustrian Rudi Hartono seusai berbincang dengan Perdana Menteri Sukaraya Arman Wijaya, Senin sore, menyampaikan, pabrik baja baru segera dibangun.",
            "\"Ada sembilan perusahaan yang akan menandatangani perjanjian,\" katanya."));

    [Fact]
    public void A_ministers_short_office_as_the_subject_of_saying_is_the_minister_the_article_named()
    {
        var a = Article("Menteri Perindustrian Rudi Hartono meninjau pabrik baja di kawasan industri itu, Rabu.",
            "Dalam kunjungan itu Presiden Sukaraya Arman Wijaya juga hadir.",
            "Menperin menuturkan, pabrik itu menyerap tiga ribu pekerja.", "\"Jumlahnya sembilan perusahaan,\" katanya.");
        Assert.Equal(new[] { "Rudi Hartono" }, a.Quotes[0].Speakers.ToArray());
        Assert.DoesNotContain("Menperin", a.People);
    }

    [Fact]
    public void An_office_opening_the_sentence_with_its_holder_between_commas_gives_the_holder_to_the_office_alone()
        => Assert.Equal(new[] { "Budi Santoso" }, Speakers(0, "Rapat koordinasi digelar pemerintah provinsi, Senin.",
            "Gubernur, Budi Santoso, menuturkan bahwa rapat itu membahas pajak kendaraan.",
            "\"Semua bupati datang,\" ujar Gubernur kepada wartawan seusai rapat."));

    [Fact]
    public void An_office_named_with_its_body_is_the_one_person_the_article_gave_those_words()
        => Assert.Equal(new[] { "Budi Santoso" }, Speakers(0,
            "Penandatanganan dilakukan oleh Rektor Universitas Cipta Prof. Dr. Arman Wijaya dengan Rektor Universitas Garut Prof. Dr. Ir. H. Budi Santoso, M.Sc, Senin.",
            "\"Kami ingin mahasiswa saling berkunjung,\" ujar Rektor Universitas Garut."));

    [Fact]
    public void Two_people_given_the_same_office_words_leave_the_office_without_a_holder()
        => Assert.Empty(Speakers(0,
            "Rektor Universitas Garut Prof. Arman Wijaya menyerahkan jabatan kepada Rektor Universitas Garut Prof. Budi Santoso, Senin.",
            "\"Kami ingin mahasiswa saling berkunjung,\" ujar Rektor Universitas Garut."));

    [Fact]
    public void A_long_office_closed_by_ini_after_the_cue_is_the_person_last_speaking()
        => Assert.Equal(new[] { "Budi Santoso" }, Speakers(1,
            "Wakil Sekretaris Jenderal Partai Maju, Budi Santoso mengatakan partainya ikut pilkada.", "\"Kami harus berkoalisi,\" beber Budi.",
            "\"Koalisi itu mengikuti peta politik,\" jelas Wakil Ketua Badan Kerja Sama Antar Parlemen Dewan ini."));

    [Fact]
    public void A_long_name_after_a_title_keeps_its_first_words_though_the_article_uses_a_later_word_alone()
    {
        var a = Article("Nota itu ditandatangani Bupati Sukaraya, dr. Rudi Hartono Wibisono Sitepu dan Rektor Universitas Sukaraya di aula.",
            "Dalam kesempatan itu, Bupati Wibisono berharap kerja sama itu dapat ditingkatkan.");
        Assert.Contains("Rudi Hartono Wibisono Sitepu", a.People);
        Assert.DoesNotContain("Wibisono Sitepu", a.People);
    }

    [Theory]
    [InlineData("Selanjutnya, Wulan, salah satu pembeli menuturkan, harga tomat belum turun.")]
    [InlineData("Wulan, salah seorang penumpang, mengatakan kapal itu berangkat terlambat.")]
    public void A_name_with_one_of_a_noun_of_persons_after_its_comma_is_a_person(string text)
        => Assert.Equal(new[] { "Wulan" }, People(text));

    [Fact]
    public void A_place_with_one_of_a_noun_of_persons_after_its_comma_is_no_person()
        => Assert.Empty(People("Di Kecamatan Wanareja, salah satu pembeli menuturkan harga cabai terus naik."));

    [Theory]
    [InlineData("\"Ini untuk mencegah penyimpangan,\" Kata Budiman Kejari Sengeti Tanjungraya.")]
    [InlineData("\"Ini untuk mencegah penyimpangan,\" ujar Budiman Kajari Tanjungraya.")]
    public void A_person_of_the_article_right_after_the_cue_with_office_words_after_the_name_is_the_speaker(string quote)
        => Assert.Equal(new[] { "Budiman" }, Speakers(0, "Dokumen kerja sama diteken Kepala Kejari Tanjungraya Budiman bersama Bupati Tanjungraya Hj. Ratna Dewi, Selasa.", quote));

    [Fact]
    public void A_manner_after_an_office_alone_keeps_the_office_its_holder()
        => Assert.Equal(new[] { "Rudi Hartono" }, Speakers(0,
            "Sekretaris Daerah (Sekda) Kabupaten Sukaraya, Rudi Hartono, menegaskan bahwa pegawai yang malas akan diberhentikan.",
            "\"Ini aneh,\" ujar Sekda dengan nada tegas."));

    [Fact]
    public void An_unnamed_office_whose_body_runs_on_to_a_comma_before_the_verb_takes_the_turn()
        => Assert.Empty(Speakers(1, "Gubernur Sukaraya Rudi Hartono menandatangani kesepakatan itu, Senin.", "\"Kami mendukung,\" kata Rudi.",
            "Sementara itu, Pimpinan Badan Jaminan Kesehatan wilayah Sukaraya, mengatakan, program ini rutin dilaksanakan.",
            "\"Kesepakatan ini sejalan dengan program daerah,\" katanya."));

    [Fact]
    public void An_office_and_its_place_with_a_relative_clause_after_them_are_the_offices_holder()
        => Assert.Equal(new[] { "Arman Wijaya" }, Speakers(0, "Petani bawang di Desa Sukaraya mulai memanen. Kepala Desa Sukaraya, Arman Wijaya, mengeluhkan harga.",
            "\"Harga bawang turun drastis,\" kata Kades Sukaraya yang juga petani bawang ini."));

    [Fact]
    public void A_facultys_short_name_in_brackets_names_the_faculty_not_a_person()
    {
        var a = Article("Fakultas Peternakan (Fapet), Universitas Sukaraya (Unsuk), menandatangani nota kesepahaman dengan dinas, Senin.",
            "Dekan Fapet, Dr Ir Rudi Hartono MSi mengungkapkan bahwa kerja sama itu baru pertama kali.", "\"Naskah ini masih umum,\" ungkapnya.");
        Assert.Equal(new[] { "Rudi Hartono" }, a.People.ToArray());
        Assert.Equal(new[] { "Rudi Hartono" }, a.Quotes[0].Speakers.ToArray());
    }

    [Theory]
    [InlineData("Dosen pertanian Rudi Hartono MP mengatakan panen tahun ini turun.", "Rudi Hartono")]
    [InlineData("Perbekel Rudi Hartono mengatakan desa itu siap menjadi desa wisata.", "Rudi Hartono")]
    [InlineData("Counsellor Rudi Hartono mengatakan kedua negara siap bekerja sama.", "Rudi Hartono")]
    public void A_degree_after_the_name_or_an_office_before_it_is_no_part_of_it(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Fact]
    public void A_name_after_an_institutions_short_name_is_still_the_person_an_office_apposition_names()
    {
        var a = Article("Nota itu ditandatangani Bupati Sukaraya serta Kejari Rina Kartika Lumban di aula kantor bupati.",
            "Kepala Kejaksaan Negeri Sukaraya, Rina Kartika Lumban menyampaikan bahwa nota ini dibuat setiap tahun.", "\"Kami siap membantu,\" ujarnya.");
        Assert.Contains("Rina Kartika Lumban", a.People);
        Assert.Equal(new[] { "Rina Kartika Lumban" }, a.Quotes[0].Speakers.ToArray());
    }

    [Fact]
    public void An_office_word_inside_a_bodys_name_gives_the_office_no_second_holder()
        => Assert.Equal(new[] { "Arman Wijaya" }, Speakers(0,
            "Presiden Arman Wijaya meninjau pasar itu bersama Kepala Bagian Umum Sekretariat Presiden Rudi Hartono, Rabu.",
            "\"Anaknya sakit apa?\" tanya Presiden kepada seorang ibu."));

    [Fact]
    public void A_places_short_form_after_its_office_is_the_place_not_a_person()
    {
        // (a short form the gazetteer lists as ambiguous: a place only where its office or unit shows it)
        var a = Article("Jembatan itu diresmikan oleh Bupati Manggarai Barat Rudi Hartono bersama warga, Senin.",
            "\"Jembatan ini memangkas waktu tempuh ke sekolah,\" ucap Bupati Mabar", "Jembatan kedua, lanjut Bupati Mabar yang akrab disapa Rudi, menyusul tahun depan.");
        Assert.DoesNotContain("Mabar", a.People);
        Assert.Equal(new[] { "Rudi Hartono" }, a.Quotes[0].Speakers.ToArray());
    }
}
