namespace TypedCorpus.Generator.Tests;

/// <summary>
/// The generated sources for a small fixed corpus, compared with the expected files checked in under Expected/.
/// After an intended change of the emitted code, run once with TYPEDCORPUS_UPDATE_SNAPSHOTS=1 and review the diff.
/// </summary>
public class SnapshotTests
{
    private const string Article =
        "Warga Rayakan Panen Raya\n\n"
        + "Garut, Warta Desa - Ratusan petani di Lembah Hijau merayakan panen raya pada Sabtu, 6 April 2024 dengan doa bersama.\n\n"
        + "\"Hasil tahun ini lebih baik dari tahun lalu,\" kata Kepala Desa Lembah Hijau Asep Sunandar.\n";

    [Fact]
    public void Generated_sources_match_the_checked_in_files()
    {
        var (_, _, result) = GeneratorHarness.Run(new[] { new InMemoryText("/corpus/seeds/panen.txt", Article) });
        var expectedDir = Path.Combine(FindRepoTestDir(), "Expected");
        bool update = Environment.GetEnvironmentVariable("TYPEDCORPUS_UPDATE_SNAPSHOTS") == "1";
        var generated = result.GeneratedTrees.ToDictionary(t => Path.GetFileName(t.FilePath), t => t.GetText().ToString().Replace("\r\n", "\n"));
        if (update)
        {
            foreach (var f in Directory.GetFiles(expectedDir, "*.cs")) File.Delete(f);
            foreach (var (name, text) in generated) File.WriteAllText(Path.Combine(expectedDir, name), text);
        }
        var expected = Directory.GetFiles(expectedDir, "*.cs").ToDictionary(f => Path.GetFileName(f)!, f => File.ReadAllText(f).Replace("\r\n", "\n"));
        Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), generated.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (name, text) in expected) Assert.Equal(text, generated[name]);
    }

    /// <summary>This test project's folder in the repository (where Expected/ is checked in).</summary>
    internal static string FindRepoTestDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "TypedCorpus.Generator.Tests.csproj"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("test project folder not found");
    }
}
