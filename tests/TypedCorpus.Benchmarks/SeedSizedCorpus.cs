using System.Text;
using System.Text.RegularExpressions;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// A deterministic corpus of seed-sized articles (~3.4 KB each, five times the size of <see cref="SyntheticCorpus"/>'s): article
/// <c>i</c> is seed <c>i mod 5</c> of the repository's <c>seeds/</c> with its "d Mei/Juli yyyy" dates and its one dollar
/// amount varied, and one extra attributed quote (a varied name and the article number) appended. Real article text, so the
/// literal data, the doc comments and the extraction cost are those of real news, not of short synthetic articles.
/// </summary>
public static class SeedSizedCorpus
{
    private static readonly string[] First = { "Budi", "Siti", "Agus", "Dewi", "Rahmat", "Ayu", "Hendra", "Lestari", "Joko", "Wulan" };
    private static readonly string[] Last = { "Santoso", "Wijaya", "Pratama", "Kusuma", "Hidayat", "Saputra", "Nugroho", "Halim" };
    private static readonly string[] Months = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember" };
    private static readonly Regex SeedDate = new(@"\b([0-9]{1,2}) (Mei|Juli) ([0-9]{4})", RegexOptions.CultureInvariant);

    /// <summary>The file name of article <paramref name="index"/> (sorts in index order).</summary>
    public static string FileName(int index) => $"a{index:D6}.txt";

    /// <summary>The text of article <paramref name="index"/> made from <paramref name="seeds"/> (the seed texts in file-name order).</summary>
    public static string Article(IReadOnlyList<string> seeds, int index)
    {
        var t = seeds[index % seeds.Count];
        var name = $"{First[index % 10]} {Last[index / 10 % 8]}";
        t = SeedDate.Replace(t, _ => $"{1 + index % 28} {Months[index % 12]} {2000 + index % 26}");
        t = t.Replace("US$245 miliar", $"US${100 + index % 900} miliar", StringComparison.Ordinal);
        return t + $"\n\"Kerja sama nomor {index} ini akan kami lanjutkan,\" kata {name}, pengamat hubungan internasional.\n";
    }

    /// <summary>The seed texts of <paramref name="seedsDir"/> in file-name order (line ends normalised to <c>\n</c>).</summary>
    public static string[] Seeds(string seedsDir) =>
        Directory.GetFiles(seedsDir, "*.txt").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')).ToArray();

    /// <summary>The repository's <c>seeds/</c> folder, found upwards from the benchmark program.</summary>
    public static string RepositorySeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TypedCorpus.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                return Path.Combine(dir.FullName, "seeds");
        throw new DirectoryNotFoundException("the repository's seeds/ folder was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Writes articles 0..count-1 into <paramref name="directory"/> (created if missing).</summary>
    public static void Write(string directory, int count, string? seedsDir = null)
    {
        var seeds = Seeds(seedsDir ?? RepositorySeeds());
        Directory.CreateDirectory(directory);
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(directory, FileName(i)), Article(seeds, i), new UTF8Encoding(false));
    }
}
