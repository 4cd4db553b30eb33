using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace TypedCorpus.Reliability.Tests;

/// <summary>Hostile generators and a fixed-seed property runner (reproducible: same seed, same cases, every run).</summary>
public static class Props
{
    /// <summary>Runs <paramref name="body"/> on <paramref name="count"/> generated values from a fixed seed; FsCheck shrinks and throws on failure.</summary>
    public static void Run<T>(Gen<T> gen, int count, ulong seed, Action<T> body, int endSize = 100)
    {
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(count)
            .WithEndSize(endSize)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        Check.One(config, Prop.ForAll(gen.ToArbitrary(), body));
    }

    /// <summary>Pieces an attacker or a broken editor would put in a text: escaping, comment, directive, interpolation and line-break hazards.</summary>
    public static readonly string[] Fragments =
    {
        "\"", "\\", "{", "}", "{{", "}}", "{x}", "*/", "/*", "//", "#", "#line 1 \"x.cs\"", "#error boom", "#if false", "\"\"\"", "\"\"\"\"",
        "'", "`", "$", "@", "@\"", "$\"{", "<", ">", "&", "&amp;", "]]>", "<!--", "-->", "</summary>", "<see cref=\"X\"/>", ";",
        "\"; } public static class Evil { } //", "*/ public static class Evil2 { } /*",
        "\0", "\a", "\b", "\f", "\v", "\t", "\n", "\r", "\r\n", "\u0001", "\u001b", "\u007f", "\u0085", "\u2028", "\u2029", "\u200b", "\u200e", "\u202e",
        "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\u00A0", "😀", "\ud83d\ude00", "\ud800", "\udfff", "\udc00\ud800", "𝔘𝔫𝔦", "é", "e\u0301",
        "Jakarta", " ", "  ", "class", "2025", "Ⅻ", "ǅ", "ʰ", "_", "١٢٣", "中文", "«", "»", "“", "”", "‘", "’",
    };

    /// <summary>Any single UTF-16 code unit, lone surrogates included.</summary>
    public static readonly Gen<char> AnyChar = Gen.Choose(0, 0xFFFF).Select(i => (char)i);

    /// <summary>A hostile string: concatenated fragments, mixed with arbitrary code units.</summary>
    public static readonly Gen<string> Hostile =
        Gen.Frequency(
                (4, Gen.Elements(Fragments)),
                (2, AnyChar.Select(c => c.ToString())),
                (1, Gen.Elements("a", "b", "Z", "9", " ")))
            .ListOf()
            .Select(parts => string.Concat(parts));

    public static readonly Gen<string> AnyString = AnyChar.ArrayOf().Select(cs => new string(cs));

    public static readonly Gen<string> HostileOrAny = Gen.OneOf(Hostile, AnyString);

    /// <summary>Random Unicode text with many line breaks and quote marks: the engine's hostile input.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
                (5, Gen.Elements(Fragments)),
                (3, Gen.Elements("\n", "\r\n", "\r", "\n\n", "---\n", "title: x\n", "date: 2025-13-40\n", "\"", "“", "”", "'", "«", "»", "(ANTARA) - ", "Jakarta, ", " - ",
                    "Baca juga: ", "Penulis: ", "1. ", "- ", "Copyright ", "Senin (10/3/2025) ", "31 Februari 2025", "katanya.", "ujar Joko Widodo.")),
                (3, AnyChar.Select(c => c.ToString())),
                (2, Gen.Elements("Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat tahunan.", "Presiden", "mengatakan", "kata", "Menteri Luar Negeri")))
            .ListOf()
            .Select(parts => string.Concat(parts));

    public static readonly Gen<byte[]> Bytes = Gen.Choose(0, 255).Select(i => (byte)i).ArrayOf();
}
