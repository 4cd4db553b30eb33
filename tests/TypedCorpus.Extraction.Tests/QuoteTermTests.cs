using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>What kind of quotation a quoted span is: names of programmes and groups are terms, a sentence after its speaker's name is whole (texts written for each rule, with invented names).</summary>
public class QuoteTermTests
{
    private static QuoteModel Own(string body)
        => TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - Ketua tim pemenangan, Sinta Maharani, meninjau posko.\n\n" + body + "\n").Quotes[0];

    private static QuoteModel Quote(string body, int quote = 0)
        => TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - Kepala Dinas Kesehatan Wanareja Sinta Maharani meninjau sekolah.\n\n" + body + "\n").Quotes[quote];

    [Fact]
    public void A_fragment_in_a_sentence_opened_by_menurutnya_is_the_subject_s()
    {
        var q = Own("Sinta Maharani juga menantang kubu lawan membuktikan tudingan itu. Menurutnya, tuduhan itu \"hanya narasi untuk menggiring opini\" dan memecah belah warga.");
        Assert.Equal(QuoteKind.Partial, q.Kind);
        Assert.Equal(new[] { "Sinta Maharani" }, q.Speakers.ToArray());
    }

    [Fact]
    public void Mereka_after_a_sentence_about_unnamed_people_says_a_fragment_nobody_named_says()
    {
        var q = Quote("Namun, sejumlah karyawan yang terdampak mengaku kaget. Mereka menyebut kondisi keuangan perusahaan \u201Cdalam keadaan aman\u201D sebulan sebelumnya.");
        Assert.Equal(QuoteKind.Partial, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Fact]
    public void A_person_described_opening_the_clause_says_the_fragment()
    {
        var q = Own("Sinta Maharani mengatakan pendaftar harus jujur. Wanita asal Padang yang sudah 20 tahun tinggal di Wanareja itu menyebut praktik titip KK sebagai \u201Crahasia umum\u201D setiap tahun.");
        Assert.Equal(QuoteKind.Partial, q.Kind);
        Assert.Equal(new[] { "Sinta Maharani" }, q.Speakers.ToArray());
    }

    /// <summary>Written words, code words, services, programmes, regulations and what a thing is called: terms, whoever the sentence names.</summary>
    [Theory]
    [InlineData("Ia meminta warga menggencarkan gerakan \"4M Bersih\", yakni menguras dan menutup bak air.")]
    [InlineData("Dinkes, kata dia, juga akan menggencarkan program \"Sekolah Sehat dan Bersih\" di Wanareja.")]
    [InlineData("Warga membentuk kelompok \u201CPeduli Sungai Wanareja\u201D sejak tahun lalu.")]
    [InlineData("Sinta juga meninjau kawasan industri itu, sebuah proyek \"Dua Kota, Satu Kawasan\" antara dua kabupaten.")]
    public void A_name_in_title_case_after_a_noun_of_named_things_is_a_term(string body)
    {
        var q = Quote(body);
        Assert.Equal(QuoteKind.Term, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Fact]
    public void A_name_with_a_comma_before_a_lower_case_word_after_such_a_noun_stays_a_partial_quote()
        => Assert.Equal(QuoteKind.Partial, Quote("Sinta menilai program itu \"Gagal, tidak menyentuh warga miskin\" di desa.").Kind);

    [Fact]
    public void A_lower_case_fragment_after_such_a_noun_stays_a_partial_quote()
        => Assert.Equal(QuoteKind.Partial, Quote("Sinta menilai program itu \"belum menyentuh warga miskin\" di desa.").Kind);

    [Fact]
    public void A_sentence_quoted_right_after_its_speakers_name_and_a_comma_is_a_full_quotation()
    {
        var q = Quote("Kapolsek Sukaraja, AKP Sutarno,SH, \u201D Membenarkan kejadian perkelahian itu, dan kami segera membawa kedua pihak ke Mapolsek\u201D");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Sutarno" }, q.Speakers.ToArray());
    }

    [Theory]
    [InlineData("Para pendukung Sinta membentangkan spanduk bertuliskan \"Selamatkan Demokrasi Wanareja\" di depan kantor KPU.")]
    [InlineData("Mereka membawa keranda bertuliskan \u201CPendidikan Telah Mati\u201D sebagai simbol protes.")]
    [InlineData("Jaringan itu, menurut Sinta Maharani, memakai kode \"ikan asin\" untuk menyebut paket sabu.")]
    [InlineData("Sinta Maharani mencontohkan layanan \u201CKlinik Data Guru\u201D yang dibuka di setiap kecamatan.")]
    [InlineData("Sinta Maharani juga menyinggung pelaksanaan \u201CGerakan Orang Tua Asuh Cegah Stunting\u201D di kabupaten itu.")]
    [InlineData("Menurut Sinta Maharani, klub juga harus memenuhi regulasi \"Club Licensing\" yang diterapkan AFC.")]
    [InlineData("Manajer Hubungan Eksternal perusahaan, Hendra Wijaya Lim, menambahkan program beasiswa \"Sarmi Cerdas\" tetap berjalan.")]
    [InlineData("Menurut Sinta Maharani, periode yang kerap disebut \u201Ctech winter\u201D memaksa perusahaan memangkas biaya.")]
    public void Names_codes_and_writing_nobody_says_are_terms(string body)
    {
        var q = Own(body);
        Assert.Equal(QuoteKind.Term, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Theory]
    [InlineData("Dalam keterangan resminya, Kementerian Koperasi menyatakan, \u201CKementerian telah menonaktifkan sementara akses aplikasi itu.\u201D")]
    [InlineData("Dalam pernyataan sikapnya, kelompok suporter itu menulis, \"Kami mendukung pemilik baru selama klub tetap bermarkas di kota ini.\"")]
    public void A_whole_statement_a_body_says_after_its_verb_is_direct_with_no_person(string body)
    {
        var q = Own(body);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Theory]
    [InlineData("Harga cabai melonjak sejak Gubernur Wanareja Sinta Maharani mengeluarkan Surat Edaran tentang \u201CWanareja Di Rumah Saja\u201D.")]
    [InlineData("Sinta Maharani meneken Peraturan Daerah Nomor 5 Tahun 2024 tentang \"Kota Layak Anak\" pekan lalu.")]
    public void A_title_after_a_regulations_noun_and_tentang_is_a_term(string body)
    {
        var q = Quote(body);
        Assert.Equal(QuoteKind.Term, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Fact]
    public void A_sentence_after_tentang_is_no_title()
        => Assert.NotEqual(QuoteKind.Term, Quote("Sinta Maharani bicara tentang \"Kami tidak akan menaikkan pajak tahun ini.\"").Kind);

    [Fact]
    public void A_quoted_sentence_after_a_lost_stop_and_before_its_cue_is_direct()
    {
        var q = Own("Jumlah pengunjung diprediksi meningkat pada Sabtu dan Minggu ini \u201CUntuk Sabtu dan Minggu, kami memberikan hadiah bagi pengunjung yang membawa rombongan\u201D kata Sinta Maharani.");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Sinta Maharani" }, q.Speakers.ToArray());
    }

    [Fact]
    public void A_title_cased_name_after_text_and_before_a_cue_is_not_taken_for_a_sentence()
        => Assert.NotEqual(QuoteKind.Direct, Quote("Warga menamai kegiatan itu \u201CKampung Sehat Bersama Warga Sukamaju\u201D kata Sinta Maharani.").Kind);

    [Fact]
    public void A_cue_and_a_name_before_a_quote_in_small_letters_and_a_cue_after_make_it_direct()
    {
        var q = TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - Warga, Sinta Maharani, mengikuti mediasi.\n\n\u201CKami sudah melakukan mediasi,\u201D ungkap Sinta.\n\n"
            + "Sambung Sinta \u201Ctentu saja hal ini tidak kita biarkan dan akan kita laporkan ke polisi\u201D tukasnya.\n").Quotes[1];
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Sinta Maharani" }, q.Speakers.ToArray());
    }

    [Fact]
    public void A_demand_made_in_words_before_a_quoted_sentence_is_direct()
        => Assert.Equal(QuoteKind.Direct, Quote("Kini warga setempat menuntut, \u201CSetelah musyawarah, kami sepakat menuntut panitia mengikutkan semua bakal calon.\u201D").Kind);
}
