using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

public class QuoteTests
{
    private static ArticleModel Art(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    private static QuoteModel Single(ArticleModel a) => Assert.Single(a.Quotes);

    [Theory]
    [InlineData("bernama")]
    [InlineData("berjudul")]
    [InlineData("dijuluki")]
    public void AQuotedNameAfterANamingWordIsATermEvenWhenThePersonIsKnown(string naming)
    {
        var a = Art("Hendrik Tanuwijaya, 41, pengelola arisan, ditangkap polisi.",
            $"Hendrik merekrut anggota melalui grup {naming} \"Keluarga Emas\" di media sosial.");
        var q = Single(a);
        Assert.Equal(QuoteKind.Term, q.Kind);
        Assert.Empty(q.Speakers);
        // the age in apposition ("Hendrik Tanuwijaya, 41,") made him a person of the article
        Assert.Contains("Hendrik Tanuwijaya", a.People);
    }

    [Theory]
    [InlineData("kata")]
    [InlineData("ujar")]
    [InlineData("tutur")]
    [InlineData("ucap")]
    [InlineData("ungkap")]
    [InlineData("tegas")]
    [InlineData("terang")]
    [InlineData("imbuh")]
    public void CueAfterQuoteNamesTheSpeaker(string cue)
    {
        var a = Art("Kepala Dinas Perikanan Bambang Sulistyo meninjau pelabuhan pada Senin.",
            $"\"Stok ikan cukup sampai akhir bulan,\" {cue} Bambang kepada wartawan.");
        var q = Single(a);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Bambang Sulistyo" }, q.Speakers.ToArray());
        Assert.Equal(cue, q.Verb);
        Assert.Null(q.Addressee);
        Assert.Equal("Stok ikan cukup sampai akhir bulan,", q.Text);
    }

    [Fact]
    public void NyaCueResolvesToSubjectNotToObjectNamedInBetween()
    {
        var a = Art("Kuasa hukum warga, Siti Rahayu, mengatakan kliennya sudah bertemu dengan calon pembeli, Joko Santoso, pekan lalu.",
            "\"Kami menunggu jawaban tertulis,\" ujarnya.");
        var q = Single(a);
        Assert.Equal("ujarnya", q.Verb);
        Assert.Equal(new[] { "Siti Rahayu" }, q.Speakers.ToArray());
    }

    [Fact]
    public void PronounSentenceKeepsEarlierSubject()
    {
        var a = Art("Ketua RT Dedi Firmansyah memeriksa saluran air.",
            "Ia menuturkan, warga bekerja bersama relawan setempat, Agus Salim. \"Kami bersihkan setiap Minggu,\" tegasnya.");
        Assert.Equal(new[] { "Dedi Firmansyah" }, Single(a).Speakers.ToArray());
    }

    [Fact]
    public void SameMarkKompasStylePairsByPosition()
    {
        var a = Art("Menteri Kesehatan Ratih Purnama menyebut lansia sebagai kelompok \u201Dpaling rentan\u201D.",
            "\u201DKami minta keluarga ikut mengantar,\u201D kata Ratih.");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("paling rentan", a.Quotes[0].Text);
        Assert.Equal(QuoteKind.Partial, a.Quotes[0].Kind);
        Assert.Equal(QuoteKind.Direct, a.Quotes[1].Kind);
        Assert.Equal("Kami minta keluarga ikut mengantar,", a.Quotes[1].Text);
        Assert.Equal(new[] { "Ratih Purnama" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void ApostrophesInsideWordsAreNotQuotes()
    {
        var a = Art("Warga berkumpul di masjid pada Jum'at pagi bersama Ma'ruf dan keluarganya.");
        Assert.Empty(a.Quotes);
        Assert.DoesNotContain(a.Diagnostics, d => d.Id == DiagnosticIds.UnclosedQuote);
    }

    [Fact]
    public void SingleMarksAsQuoteOfTheirOwnAreATerm()
    {
        var a = Art("Program itu dikenal sebagai 'Desa Sehat' di kalangan pegawai.");
        var q = Single(a);
        Assert.Equal("Desa Sehat", q.Text);
        Assert.Equal(QuoteKind.Term, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Fact]
    public void NestedQuoteStaysInsideOuterText()
    {
        var a = Art("\u201CKami ingin produk 'buatan bersama' makin banyak,\u201D kata Direktur Utama PT Maju Jaya Rudi Hartono.");
        var q = Assert.Single(a.Quotes, x => x.Kind == QuoteKind.Direct);
        Assert.Equal("Kami ingin produk 'buatan bersama' makin banyak,", q.Text);
        Assert.Equal(new[] { "Rudi Hartono" }, q.Speakers.ToArray());
    }

    [Fact]
    public void QuoteOverTwoParagraphsIsOneQuote()
    {
        var a = Art("Kepala Dinas Kesehatan dr Lina Marpaung mengatakan kasus naik.",
            "\"Curah hujan masih tinggi.",
            "\"Karena itu warga harus waspada,\" kata Lina.");
        var q = Single(a);
        Assert.Equal("Curah hujan masih tinggi. Karena itu warga harus waspada,", q.Text);
        Assert.Equal(5, q.Line);
        Assert.Equal(new[] { "Lina Marpaung" }, q.Speakers.ToArray());
    }

    [Fact]
    public void QuoteBrokenOverTwoLinesWithoutAMarkIsOneQuote()
    {
        var a = Art("Kapolsek Rudi Hartono memimpin mediasi dua warga di Sukamaju.",
            "\u201CMediasi dilaksanakan di aula balai desa bersama camat.",
            "Acara berlangsung empat jam dalam suasana kekeluargaan,\u201D ujar Rudi.");
        var q = Single(a);
        Assert.Equal("Mediasi dilaksanakan di aula balai desa bersama camat. Acara berlangsung empat jam dalam suasana kekeluargaan,", q.Text);
        Assert.Equal(new[] { "Rudi Hartono" }, q.Speakers.ToArray());
        // a next line with a quotation of its own does not go on with the stray mark above it
        var b = Art("Kapolsek Rudi Hartono memimpin mediasi dua warga di Sukamaju.",
            "\u201CMediasi dilaksanakan di aula balai desa bersama camat.",
            "Warga menyebut hasilnya \u201Cadil\u201D bagi kedua pihak.");
        Assert.DoesNotContain(b.Quotes, x => x.Text.StartsWith("Mediasi", StringComparison.Ordinal));
    }

    [Fact]
    public void ColonBeforeQuoteIsDirect()
    {
        var a = Art("Ketua majelis hakim Hadi Prasetyo mengatakan: \"Permohonan ini patut dikabulkan.\"");
        var q = Single(a);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("mengatakan", q.Verb);
        Assert.Equal(new[] { "Hadi Prasetyo" }, q.Speakers.ToArray());
    }

    [Fact]
    public void MenurutBeforeQuoteIsDirect()
    {
        var a = Art("Menurut pengamat ekonomi, Wulan Sari, \"Harga beras akan turun bulan depan.\"");
        var q = Single(a);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Menurut", q.Verb);
        Assert.Equal(new[] { "Wulan Sari" }, q.Speakers.ToArray());
    }

    [Fact]
    public void QuoteParagraphTakesSpeakerFromNeighbouringSentence()
    {
        var a = Art("Sekretaris Perusahaan PT Gas Negara Anton Wijaya memastikan stok aman.",
            "\"Pasokan cukup untuk tiga bulan ke depan.\"");
        var q = Single(a);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Null(q.Verb);
        Assert.Equal(new[] { "Anton Wijaya" }, q.Speakers.ToArray());
    }

    [Fact]
    public void FragmentWithoutSpeakerIsTermAndWithSpeakerIsPartial()
    {
        var a = Art("Wilayah itu kerap disebut \"zona merah\" oleh penduduk.",
            "Gubernur Rahmat Sudirman menyebut wilayah itu sebagai \"lumbung padi\" provinsi.");
        Assert.Equal(QuoteKind.Term, a.Quotes[0].Kind);
        Assert.Empty(a.Quotes[0].Speakers);
        Assert.Equal(QuoteKind.Partial, a.Quotes[1].Kind);
        Assert.Equal(new[] { "Rahmat Sudirman" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void GroupsResolveToPrincipalLeadersAndCountries()
    {
        var a = Art("Presiden Prancis Pierre Laurent bertemu Kanselir Jerman Hans Keller di Paris.",
            "Laurent dan Keller membahas energi. Kedua pemimpin berjanji menjaga \"stabilitas kawasan\" bersama.",
            "Kedua negara menyatakan bahwa perdagangan harus \"adil dan terbuka\".");
        var q1 = a.Quotes[0];
        Assert.Equal(QuoteKind.Partial, q1.Kind);
        Assert.Equal(new[] { "Pierre Laurent", "Hans Keller" }, q1.Speakers.ToArray());
        Assert.Equal(new[] { "Prancis", "Jerman" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void AddresseeAndVia()
    {
        var a = Art("Menteri Luar Negeri Andi Saputra menerima Duta Besar Kenya Peter Otieno.",
            "\"Kami siap bekerja sama,\" kata Andi kepada Otieno, seperti dikutip dari Kantor Berita Nasional.",
            "\"Jadwalnya segera diatur,\" ujar Andi kepada wartawan.");
        Assert.Equal("Peter Otieno", a.Quotes[0].Addressee);
        Assert.Equal("Kantor Berita Nasional", a.Quotes[0].Via);
        Assert.Null(a.Quotes[1].Addressee);
    }

    [Fact]
    public void UnclosedQuoteReportsTC0002AtTheOpeningMark()
    {
        var a = Art("Warga mengeluh bahwa \"harga naik terus tanpa henti.");
        var d = Assert.Single(a.Diagnostics, x => x.Id == DiagnosticIds.UnclosedQuote);
        Assert.Equal(3, d.Line);
        var raw = "Jakarta, Kabar - Warga mengeluh bahwa \"harga naik terus tanpa henti.";
        Assert.Equal(raw.IndexOf('"'), d.Column);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void DirectQuoteWithoutSpeakerReportsTC0011()
    {
        var a = Art("Cuaca cerah sepanjang hari.", "\"Semua berjalan lancar.\"");
        Assert.Contains(a.Diagnostics, x => x.Id == DiagnosticIds.UnattributedQuote);
    }
    [Fact]
    public void AddresseeNamedWithHisOfficeInApposition()
    {
        var a = Art("Menteri Kelautan Rudi Hartawan meninjau pelabuhan itu.",
            "\"Pelabuhan ini harus selesai tahun depan,\" ujar Rudi kepada Wali Kota Pantaigading, Sofyan Lubis, di lokasi.");
        var q = Single(a);
        Assert.Equal(new[] { "Rudi Hartawan" }, q.Speakers.ToArray());
        Assert.Equal("Sofyan Lubis", q.Addressee);
    }

    [Fact]
    public void NyaCueAfterOfficeAndHolderAttributesToTheHolder()
    {
        var a = Art("Bupati Tanahmerah, Imam Santosa, mengatakan warga sudah lama menunggu jalan itu.",
            "\"Kami tidak mau menunggu lagi,\" tegasnya.");
        var q = Single(a);
        Assert.Equal(new[] { "Imam Santosa" }, q.Speakers.ToArray());
    }

    [Fact]
    public void SpeakerWithNameParticles()
    {
        var a = Art("Wakil Menteri Energi Arab Saudi Fahd bin Nasser Al-Otaibi hadir dalam forum itu.",
            "\"Kami siap memasok lebih banyak,\" kata Al-Otaibi.");
        var q = Single(a);
        Assert.Equal(new[] { "Fahd bin Nasser Al-Otaibi" }, q.Speakers.ToArray());
    }
    [Fact]
    public void TitleWithPeriodDoesNotSplitTheAttributionSentence()
    {
        var a = Art("\"Vaksin ini aman untuk anak-anak,\" kata Prof. Ratna Kusumawati di Bandung.");
        Assert.Equal(new[] { "Ratna Kusumawati" }, Single(a).Speakers.ToArray());
    }
    [Fact]
    public void AddresseeWithOfficeAndTitledHolder()
    {
        var a = Art("Camat Sukajaya, Lukman Hakim, meninjau lokasi.",
            "\"Jalan ini harus segera dibuka,\" ujar Lukman kepada Kepala Dinas PUPR Sukajaya, Ir. Bambang Wijaya, di lokasi.");
        var q = Single(a);
        Assert.Equal(new[] { "Lukman Hakim" }, q.Speakers.ToArray());
        Assert.Equal("Bambang Wijaya", q.Addressee);
    }
    [Fact]
    public void SubjectOfTheMainClauseAfterASubordinateOpener()
    {
        var a = Art("Menteri Pertanian Dimas Wirawan bertemu Gubernur Lampung Farida Yusuf di Bandar Lampung. Seusai bertemu Farida, Dimas mengatakan:",
            "\"Kami akan menambah pasokan pupuk.\"");
        Assert.Equal(new[] { "Dimas Wirawan" }, Single(a).Speakers.ToArray());
        var b = Art("Gubernur Lampung Farida Yusuf menerima Menteri Pertanian Dimas Wirawan. Setelah bertemu Dimas, Farida menegaskan: \"Petani kami siap.\"");
        Assert.Equal(new[] { "Farida Yusuf" }, Single(b).Speakers.ToArray());
    }

    [Fact]
    public void RoleBeforeAOneWordMinistryNameIntroducesTheSpeaker()
    {
        var a = Art("Dalam keterangan tertulis, Direktur Amerika Kemlu Sinta Permatasari mengatakan, \"Kunjungan itu sudah dijadwalkan.\"");
        Assert.Equal(new[] { "Sinta Permatasari" }, Single(a).Speakers.ToArray());
    }
    [Fact]
    public void InitialDoesNotSplitTheAttributionSentence()
    {
        var a = Art("\"Koalisi ini akan bertahan,\" kata pengamat politik S. Wiratmaja di Jakarta.");
        Assert.Equal(new[] { "S. Wiratmaja" }, Single(a).Speakers.ToArray());
    }
    [Fact]
    public void QuestionAndAnswerCues()
    {
        var a = Art("Anggota dewan Hendrik Manurung bertanya soal utang kepada Menteri Keuangan Widya Lestari.",
            "\"Berapa bunganya tahun ini?\" tanya Hendrik kepada Widya.",
            "\"Sekitar lima persen,\" jawab Widya.");
        Assert.Equal(2, a.Quotes.Count);
        Assert.Equal("tanya", a.Quotes[0].Verb);
        Assert.Equal(new[] { "Hendrik Manurung" }, a.Quotes[0].Speakers.ToArray());
        Assert.Equal("Widya Lestari", a.Quotes[0].Addressee);
        Assert.Equal("jawab", a.Quotes[1].Verb);
        Assert.Equal(new[] { "Widya Lestari" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void FourWordNameInAppositionIsKeptWhole()
    {
        var a = Art("\"Kami minta data lengkap,\" kata anggota komisi lainnya, Yohanes Benediktus Surya Ginting, kepada wartawan.");
        Assert.Equal(new[] { "Yohanes Benediktus Surya Ginting" }, Single(a).Speakers.ToArray());
    }
    [Fact]
    public void AddresseeIntroducedByALowerCaseRoleOrRelation()
    {
        var a = Art("\"Jangan pulang dulu,\" kata Sumarno (55) kepada tetangganya, Warsini, di pengungsian.");
        Assert.Equal("Warsini", Single(a).Addressee);
        var b = Art("\"Data harus lengkap,\" ujar Camat Lembang, Irawan Saputra, kepada ketua RT setempat, Dadang Suherman.");
        var q = Single(b);
        Assert.Equal(new[] { "Irawan Saputra" }, q.Speakers.ToArray());
        Assert.Equal("Dadang Suherman", q.Addressee);
    }
    [Fact]
    public void SentenceEndingInASingleLetterStillEnds()
    {
        var a = Art("Kepala sekolah Wartini Susanto meninjau ruang kelas A. Namun Wartini tidak berkomentar.",
            "\"Kami tunggu hasil audit,\" katanya.");
        Assert.Equal(new[] { "Wartini Susanto" }, Single(a).Speakers.ToArray());
    }
}
