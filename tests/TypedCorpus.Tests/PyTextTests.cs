using System.Globalization;
using System.Text.Json;
using TypedCorpus.Cli.Eval;

namespace TypedCorpus.Tests;

/// <summary><c>eval</c>'s text rules give what score.py's give in Python, on awkward strings and on every code point.</summary>
public class PyTextTests
{
    /// <summary>Runs a Python snippet that has score.py loaded as <c>score</c>; returns its stdout.</summary>
    private static string WithScorePy(string code, string input = "")
    {
        var program = "import importlib.util, json, sys, unicodedata\n"
            + "spec = importlib.util.spec_from_file_location('score', sys.argv[1]); score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)\n"
            + code;
        var (exit, output) = Python.Run(["-X", "utf8", "-c", program, Python.ScorePy], input);
        Assert.Equal(0, exit);
        return output;
    }

    public static readonly string[] Awkward =
    [
        "", " ", "Putin", "  Xi\u00a0Jinping \t\n", "Straße", "STRASSE", "İstanbul", "ΣΊΣΥΦΟΣ ς", "ﬁle ﬀ", "µ", "Ꭰ Ꮎ ꭰ", "ᾳ ᾼ ΐ",
        "“Sahabat baja,”", "\"'kutipan'\" ;:.", "«Bonjour» ...", "’tis,", "3. Bab Satu.: ", "12.Bab", "٣. Bab", "1 . Bab", ". :",
        "a'b", "a\"b", "a'\"b", "\\ back", "\u0007bell\u007f\u0085\u00ad", "zero\u200bwidth", "x\u001cy\u001fz", "line\u2028sep",
        "😀 emoji 𝟙𝟚", "e\u0301 composed", "Ｆｕｌｌ　ｗｉｄｔｈ", "\u2003em space\u3000", "tab\there", "\ue000private",
    ];

    [Fact]
    public void Norm_norm_quote_norm_loose_casefold_and_repr_match_python()
    {
        var output = WithScorePy(
            "xs = json.load(sys.stdin)\n"
            + "json.dump([[score.norm(s), score.norm_quote(s), score.norm_loose(s), s.casefold(), repr(s), repr(s[:5]), repr(sorted(xs))] for s in xs], sys.stdout)\n",
            JsonSerializer.Serialize(Awkward));
        var python = JsonDocument.Parse(output).RootElement.EnumerateArray().ToArray();
        Assert.Equal(Awkward.Length, python.Length);
        for (int i = 0; i < Awkward.Length; i++)
        {
            var s = Awkward[i];
            var expected = python[i].EnumerateArray().Select(e => e.GetString()).ToArray();
            string?[] actual = [PyText.Norm(s), PyText.NormQuote(s), PyText.NormLoose(s), PyText.Casefold(s), PyText.Repr(s), PyText.Repr(PyText.Head(s, 5)),
                PyText.Repr(Awkward.Order(PyText.CodePointOrder))];
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>Every code point Python assigns: casefold, isspace and isprintable agree (surrogates aside).</summary>
    [Fact]
    public void Casefold_isspace_and_isprintable_match_python_on_every_assigned_code_point()
    {
        var output = WithScorePy(
            "for c in range(sys.maxunicode + 1):\n"
            + "    ch = chr(c)\n"
            + "    if 0xd800 <= c <= 0xdfff or unicodedata.category(ch) == 'Cn': continue\n"
            + "    print('%x %d %d %s' % (c, ch.isspace(), ch.isprintable(), ' '.join('%x' % ord(x) for x in ch.casefold())))\n");
        int checkedPoints = 0;
        var wrong = new List<string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split(' ');
            int cp = int.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var ch = char.ConvertFromUtf32(cp);
            var folded = string.Concat(f.Skip(3).Select(h => char.ConvertFromUtf32(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            bool space = cp <= 0xffff && PyText.IsSpace((char)cp);
            if (PyText.Casefold(ch) != folded || space != (f[1] == "1") || PyText.IsPrintable(cp) != (f[2] == "1")) wrong.Add(line);
            checkedPoints++;
        }
        Assert.True(checkedPoints > 100_000, $"{checkedPoints} code points");
        Assert.Empty(wrong);
    }
}
