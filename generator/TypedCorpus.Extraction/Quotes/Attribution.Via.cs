using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        // Where a quote was taken from: "dikutip dari Antara", "menurut kantor berita … Tass", "dari laman resmi PSSI".
        private static readonly string[][] ViaCues =
        {
            new[] { "dikutip", "dari" }, new[] { "dilansir", "dari" }, new[] { "diberitakan" }, new[] { "dilaporkan", "oleh" },
            new[] { "dilaporkan" }, new[] { "mengutip" }, new[] { "melansir" }, new[] { "dilansir" }, new[] { "dikutip" },
            new[] { "menurut" }, new[] { "dari" },
        };

        /// <summary>Cues that name a source only with a source word after them: "menurut kantor berita …", "dari laman resmi …".</summary>
        private static bool NeedsSourceWord(string[] cue) => cue.Length == 1 && (cue[0] == "menurut" || cue[0] == "dari");

        private static readonly HashSet<string> ViaFiller = LexiconResource.WordSet("via-fillers");

        /// <summary>The first words of <see cref="ViaCues"/>.</summary>
        private static readonly HashSet<string> ViaFirstWords = new HashSet<string>(ViaCues.Select(c => c[0]), StringComparer.OrdinalIgnoreCase);

        private static readonly string[] DomainEnds = { "com", "id", "co", "go", "net", "org", "tv" };

        /// <summary>
        /// "dikutip dari cnnindonesia.com", "seperti dikutip detikcom": an outlet written in lower case as its web address, or
        /// with "com" glued to its name (the name alone, "dari kompas", is no outlet: it may be a common word).
        /// </summary>
        private static string? LowerCaseOutlet(TokenList toks, int j)
        {
            if (j >= toks.Count || !toks[j].IsWord || toks[j].IsCap || char.IsUpper(toks[j].Text[0])) return null;
            var w = toks[j].Text;
            if (w.Length > 5 && w.EndsWith("com", StringComparison.Ordinal) && !(j + 1 < toks.Count && toks[j + 1].Text == "." && toks[j + 1].Start == toks[j].End && j + 2 < toks.Count && toks[j + 2].Start == toks[j + 1].End))
                return w;
            // "cnnindonesia.com", "haji.kemenag.go.id": glued parts ending in a domain's end
            int k = j + 1, end = j;
            var name = w;
            for (; k + 1 < toks.Count && toks[k].Text == "." && toks[k].Start == toks[k - 1].End && toks[k + 1].Start == toks[k].End && toks[k + 1].IsWord; k += 2)
            {
                name += "." + toks[k + 1].Text;
                if (Array.IndexOf(DomainEnds, toks[k + 1].Text) >= 0) end = k + 1;
            }
            return end > j && end == k - 1 ? name : null;
        }

        private static string? Via(TokenList toks)
        {
            for (int i = 0; i < toks.Count; i++)
            {
                if (!ViaFirstWords.Contains(toks[i].Text)) continue; // no cue starts here
                foreach (var cue in ViaCues)
                {
                    if (i + cue.Length > toks.Count) continue;
                    bool ok = true;
                    for (int k = 0; k < cue.Length; k++) if (!toks[i + k].Is(cue[k])) { ok = false; break; }
                    if (!ok) continue;
                    int j = i + cue.Length;
                    while (j < toks.Count && toks[j].IsWord && !toks[j].IsCap && ViaFiller.Contains(toks[j].Text)) j++;
                    if (NeedsSourceWord(cue))
                    {
                        if (j == i + cue.Length) continue;
                        // "jurnalis dari media Tribun" is where a speaker works; "dari laman resmi PSSI" is a source
                        var first = toks[i + 1];
                        if (cue[0] == "dari" && !(first.Is("laman") || first.Is("situs") || first.Is("portal"))) continue;
                        // "menurut kantor berita pemerintah Rusia, Tass", "dari laman resmi PSSI": a describing word, a country and a comma
                        for (int d = 0; d < 2 && j < toks.Count && toks[j].IsWord && !toks[j].IsCap; d++) j++;
                        if (j + 2 < toks.Count && Countries.Resolve(toks[j].Text) != null && toks[j + 1].Text == "," && toks[j + 2].IsWord && char.IsUpper(toks[j + 2].Text[0])) j += 2;
                    }
                    if (LowerCaseOutlet(toks, j) is { } outlet) return outlet;
                    var parts = new List<string>();
                    while (j < toks.Count && toks[j].IsWord && (toks[j].IsCap || char.IsUpper(toks[j].Text[0])) && !NameLexicon.Calendar.Contains(toks[j].Text))
                    {
                        parts.Add(toks[j].Text);
                        j++;
                    }
                    // "Kompas.com", "Detik.com": the source's domain written glued to its name
                    for (; parts.Count > 0 && j + 1 < toks.Count && toks[j].Text == "." && toks[j].Start == toks[j - 1].End && toks[j + 1].Start == toks[j].End
                        && toks[j + 1].IsWord && toks[j + 1].Text is "com" or "id" or "co" or "go" or "net" or "org" or "tv"; j += 2)
                        parts[parts.Count - 1] += "." + toks[j + 1].Text; // "Kompas.com", "Republika.co.id"
                    if (parts.Count > 0) return string.Join(" ", parts);
                }
            }
            return null;
        }
    }
}
