using System.Text.RegularExpressions;
using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// The engine skips some regular expressions when a cheap test shows they cannot match (a line's first character, a separator,
/// an opening word). Each such gate must be a necessary condition of its pattern: whenever the pattern matches, the gate lets
/// the text through. These tests check that over the seed lines, lines made to match, and every first character a line can have.
/// </summary>
public class GateTests
{
    private static readonly (string Name, AnchoredPattern Pattern, string[] Matching)[] Anchored =
    {
        ("RelatedMarker", LinePatterns.RelatedMarker, new[] { "Baca juga: Harga beras naik", "BACA JUGA Harga beras naik", "baca juga:", "BACA: Harga beras naik", "Dibaca Juga ; Harga beras naik", "Berita Terkait: Harga beras naik", "Artikel terkait: X" }),
        ("MoreNews", LinePatterns.MoreNews, new[] { "Berita Terkait", "Terpopuler", "Artikel Lainnya", "Rekomendasi Berita", "Populer", "Recent Posts", "Latest News", "Rekomendasi untuk Anda" }),
        ("TopicsLabel", LinePatterns.TopicsLabel, new[] { "Tag: banjir, Jakarta", "Topik :", "Kata kunci: pemilu", "label: x", "Categories: Sepak Bola", "Kategori: Berita", "Rubrik: Daerah" }),
        ("AuthorLabel", LinePatterns.AuthorLabel, new[] { "Penulis: Budi", "Editor : Ani", "Oleh: Redaksi", "Laporan Wartawan Tribun, Ani", "writer: X", "Kontributor: Y", "Fotografer: Z" }),
        ("ReporterLine", LinePatterns.ReporterLine, new[] { "Laporan Reporter Kabar Kota Rudi Hartono", "Laporan Wartawan Kabar.com Sari" }),
        ("Copyright", LinePatterns.Copyright, new[] { "Copyright 2025 Kompas", "© 2025 Antara", "(c) Tempo", "COPYRIGHT" }),
        ("PromoAtStart", LinePatterns.PromoAtStart, new[] { "Cek Berita dan Artikel lainnya", "Dapatkan update berita", "Ikuti kami di X", "Simak video berikut", "Unduh aplikasi", "Follow Instagram", "Artikel ini telah tayang", "Halaman selanjutnya", "Scroll ke bawah", "ADVERTISEMENT", "Pilihan Editor: X", "Baca berita dengan sedikit iklan", "Tonton juga video", "Iklan - Scroll untuk melanjutkan", "Sebarkan artikel ini", "Share", "Bagikan:", "Scroll to continue with content" }),
        ("Comments", LinePatterns.Comments, new[] { "One Comment", "3 Komentar", "Post Comment", "Leave a Reply", "Tinggalkan Balasan", "Komentar", "Discussion about this post", "No Comments" }),
        ("Embed", LinePatterns.Embed, new[] { "[Gambas:Video 20detik]", "Video: banjir", "Infografis: x", "Galeri: x", "Audio: x", "Lihat Foto" }),
        ("Logo", LinePatterns.Logo, new[] { "logo header", "Iklan", "banner", "Advertisement" }),
        ("Initials", LinePatterns.Initials, new[] { "(ant/dew)", "(cr28/tribun-medan.com)", "(rds)" }),
        ("ListMarker", LineShapes.ListMarker, new[] { "- satu", "• dua", "* tiga", "1. empat", "12) lima", "– enam", "— tujuh", "▪ delapan" }),
    };

    /// <summary>Every first character a line can have: all of ASCII, and non-ASCII ones that fold to ASCII letters or look alike.</summary>
    private static readonly char[] FirstChars = Enumerable.Range(0, 128).Select(c => (char)c)
        .Concat("\u212A\u017F\u0130\u0131\u00A0\u00A9\u2022\u2013\u2014\u0661\uFF21\u00C5\u212B".ToCharArray()).ToArray();

    private static IEnumerable<string> SeedLines() =>
        TestText.SeedFiles.SelectMany(File.ReadAllLines).Select(l => l.Trim()).Where(l => l.Length > 0);

    [Fact]
    public void Anchored_patterns_still_match_their_lines_through_the_gate()
    {
        foreach (var (name, pattern, matching) in Anchored)
            foreach (var line in matching)
                Assert.True(pattern.IsMatch(line) && pattern.Match(line).Success, $"{name} no longer matches '{line}'");
    }

    [Fact]
    public void An_anchored_pattern_matches_no_line_its_gate_refuses()
    {
        int checkedLines = 0;
        foreach (var (name, pattern, matching) in Anchored)
        {
            foreach (var line in matching.Concat(SeedLines()))
            {
                // the line itself, and the line with each possible first character
                foreach (var variant in FirstChars.Select(c => c + line.Substring(1)).Prepend(line))
                {
                    checkedLines++;
                    if (pattern.MayOpen(variant)) continue;
                    Assert.False(pattern.Regex.IsMatch(variant), $"{name}: the gate refuses '{variant}', which the pattern matches");
                    Assert.False(pattern.IsMatch(variant));
                }
            }
        }
        Assert.True(checkedLines > 10_000);
    }

    [Fact]
    public void The_dateline_patterns_match_no_line_without_a_separator()
    {
        var rng = new Random(20261123);
        const string alphabet = "AaKkZz09 ,-–—()\u00A0\t.";
        var lines = new List<string>(SeedLines());
        foreach (var sep in new[] { " - ", " -- ", ", - ", ",- ", "- ", " -", "-", "–", "—", " – ", "\u00A0-\u00A0", " -\t", " --- ", ",--\u00A0" })
        {
            lines.Add("Kota" + sep + "Warga berkumpul di alun-alun.");
            lines.Add("Kota.id, Kota" + sep + "Warga berkumpul.");
            lines.Add("Kota (ANTARA)" + sep + "Warga berkumpul.");
        }
        for (int n = 0; n < 40_000; n++)
        {
            var chars = new char[rng.Next(1, 24)];
            for (int k = 0; k < chars.Length; k++) chars[k] = alphabet[rng.Next(alphabet.Length)];
            chars[0] = "AKZ"[rng.Next(3)]; // the patterns open with a capital: let many random lines reach the separator
            lines.Add(new string(chars));
        }
        int matched = 0;
        foreach (var line in lines)
        {
            bool any = Datelines.DatelineParen.IsMatch(line) || Datelines.DatelineComma.IsMatch(line) || Datelines.DatelineSingle.IsMatch(line);
            if (!any) continue;
            matched++;
            Assert.True(Datelines.HasDatelineSeparator(line), $"a dateline pattern matches '{line}', but the gate refuses it");
        }
        Assert.True(matched > 100, $"only {matched} lines matched a dateline pattern: the check proves little");
    }

    [Fact]
    public void The_numeric_date_pattern_matches_no_text_without_a_separator_between_digits()
    {
        var rng = new Random(11);
        const string digits = "0123456789\u0661\u0662\u0966", separators = "/-. ", around = "Kamis( ),a";
        string Digits(int min, int max) => new string(Enumerable.Range(0, rng.Next(min, max + 1)).Select(_ => digits[rng.Next(digits.Length)]).ToArray());
        string Pick(string from, int max) => new string(Enumerable.Range(0, rng.Next(0, max + 1)).Select(_ => from[rng.Next(from.Length)]).ToArray());
        var texts = new List<string>(SeedLines()) { "Kamis (16/5/2024)", "16-5-2024", "pada 1/12/2023 pukul", "\u0661\u0662/5/2024" };
        // day, month and year with random separators (some of them no date separator) and random text around
        for (int n = 0; n < 20_000; n++)
            texts.Add(Pick(around, 6) + Digits(1, 3) + separators[rng.Next(4)] + Digits(1, 3) + separators[rng.Next(4)] + Digits(3, 5) + Pick(around, 4));
        int matched = 0;
        foreach (var text in texts)
        {
            if (!IndonesianDates.Numeric.IsMatch(text)) continue;
            matched++;
            Assert.True(IndonesianDates.HasNumericSeparator(text), text);
        }
        Assert.True(matched > 100, $"only {matched} texts matched");
    }

    [Theory]
    [InlineData("Baca berita lain di Google News")]
    [InlineData("Untuk info lengkap klik di sini.")]
    [InlineData("Gabung WhatsApp Channel kami")]
    [InlineData("Ikuti Grup Telegram kami")]
    [InlineData("GOOGLE  NEWS")]
    [InlineData("\u212Alik di sini")] // the Kelvin sign folds to 'k': a non-ASCII line is left to the pattern
    public void The_promo_gate_lets_every_promo_line_through(string line)
    {
        Assert.Matches(LinePatterns.PromoAnywhere, line);
        Assert.True(LinePatterns.MayBePromoAnywhere(line));
    }

    [Fact]
    public void The_promo_pattern_matches_no_line_its_gate_refuses()
    {
        var rng = new Random(7);
        const string alphabet = "GgOoLlEeNnWwSsKkIiDdHhAaTtPpCcRrUuMm  ";
        var lines = new List<string>(SeedLines());
        foreach (var phrase in new[] { "Google News", "klik di sini", "WhatsApp Channel", "Grup Telegram" })
            for (int n = 0; n < 2000; n++)
            {
                // the phrase with random letters upper-cased and random text around it
                var chars = phrase.Select(c => rng.Next(2) == 0 ? char.ToUpperInvariant(c) : c).ToArray();
                var around = new string(Enumerable.Range(0, rng.Next(0, 12)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray());
                lines.Add(around + new string(chars));
                lines.Add(new string(chars) + " " + around);
            }
        int matched = 0;
        foreach (var line in lines)
        {
            if (!LinePatterns.PromoAnywhere.IsMatch(line)) continue;
            matched++;
            Assert.True(LinePatterns.MayBePromoAnywhere(line), line);
        }
        Assert.True(matched > 1000);
    }

    [Theory]
    [InlineData("Hal itu dilansir dari Reuters, Senin.")]
    [InlineData("Dikutip dari The Guardian, ia berkata.")]
    [InlineData("Mengutip Bloomberg, harga naik.")]
    [InlineData("Melansir kantor berita AFP, warga mengungsi.")]
    [InlineData("Seperti dilaporkan oleh Kompas, jalan ditutup.")]
    [InlineData("Sebagaimana diberitakan Tempo, hujan turun.")]
    [InlineData("Hal itu dilaporkan oleh Antara.")]
    [InlineData("Menurut laporan Xinhua, kedua negara sepakat.")]
    [InlineData("Seperti diberitakan Tempo, hujan turun.")]
    [InlineData("Sebagaimana disiarkan TVRI, acara dibuka.")]
    [InlineData("Seperti dikutip dari Reuters, ia menolak.")]
    [InlineData("Sebagaimana dilansir CNN, warga mengungsi.")]
    public void The_cited_source_gate_lets_every_opening_through(string text)
    {
        Assert.Matches(ArticleMetadata.CitedSource, text);
        Assert.True(ArticleMetadata.MayCiteSource(text));
    }

    [Fact]
    public void The_cited_source_pattern_matches_no_seed_line_its_gate_refuses()
    {
        foreach (var line in SeedLines())
            if (ArticleMetadata.CitedSource.IsMatch(line)) Assert.True(ArticleMetadata.MayCiteSource(line), line);
    }

    [Theory]
    [InlineData("press enter to search")]
    [InlineData("Type to search")]
    [InlineData("Type and hit enter")]
    [InlineData("Ketik kata kunci lalu tekan enter")]
    [InlineData("Nikmati akses tanpa batas untuk seluruh berita Kabar Plus")]
    public void The_search_and_paywall_gate_lets_its_lines_through(string line)
    {
        Assert.Matches(LinePatterns.SearchOrPaywall, line);
        Assert.True(LinePatterns.MayBeSearchOrPaywall(line), line);
    }
}
