using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The sides an article designates by number, as settlements and contracts do: "Selaku pihak pertama adalah X", "Y
    /// bertindak sebagai pihak kedua", "pihak kedua terdiri dari A, B, dan C". "Kedua belah pihak" and "para pihak" are them.
    /// </summary>
    internal static class DesignatedSides
    {
        private static readonly Dictionary<string, int> SideNumbers = new Dictionary<string, int>(StringComparer.Ordinal)
        { ["pertama"] = 1, ["kedua"] = 2, ["ketiga"] = 3 };

        /// <summary>Words between "pihak pertama" and the side it names ("adalah", "terdiri dari").</summary>
        private static readonly HashSet<string> Copulas = new HashSet<string>(StringComparer.Ordinal)
        { "adalah", "ialah", "yaitu", "yakni", "merupakan", "terdiri", "dari", "atas", "ialah", "selaku" };

        /// <summary>The parties of every designated side, side by side in their order; empty unless two sides or more are named.</summary>
        public static List<Party> Of(List<List<Sent>> blocks, PartyMemory memory)
        {
            var sides = new SortedDictionary<int, List<Party>>();
            foreach (var sents in blocks)
                foreach (var s in sents)
                {
                    var toks = s.Toks;
                    for (int k = 0; k + 1 < toks.Count; k++)
                    {
                        int number = SideNumber(toks, k, out int side);
                        if (number < 0 || sides.ContainsKey(side)) continue;
                        var named = Named(s, k, number + 1);
                        if (named != null) sides[side] = memory.Resolve(named, s);
                    }
                }
            var all = new List<Party>();
            if (sides.Count < 2) return Listed(blocks, memory) ?? Opposed(blocks, memory) ?? Disputed(blocks, memory) ?? all;
            foreach (var side in sides.Values) all.AddRange(side);
            return PartyMemory.Distinct(all);
        }

        /// <summary>"pihak kedua", or the split spelling "pihak ke dua", at <paramref name="k"/>: the number's last word, or -1.</summary>
        private static int SideNumber(TokenList toks, int k, out int side)
        {
            side = 0;
            if (toks[k].Text.Length != 5 || toks[k].Lower != "pihak") return -1; // the length first: a lower case has its word's
            if (SideNumbers.TryGetValue(toks[k + 1].Lower, out side)) return k + 1;
            return toks[k + 1].Lower == "ke" && k + 2 < toks.Count && SideNumbers.TryGetValue("ke" + toks[k + 2].Lower, out side) ? k + 2 : -1;
        }

        /// <summary>Words that introduce the sides a counted "kedua belah pihak" lists.</summary>
        private static readonly HashSet<string> Listing = new HashSet<string>(StringComparer.Ordinal) { "yakni", "yaitu", "adalah", "ialah" };

        /// <summary>
        /// "Kedua belah pihak (yang bertikai) yakni X sebagai pelapor dan Y sebagai terlapor", "dua desa yang bertikai, yakni X dan
        /// Y": the first two names after the listing word (within twelve words); null when no sentence lists them.
        /// </summary>
        private static List<Party>? Listed(List<List<Sent>> blocks, PartyMemory memory)
        {
            foreach (var sents in blocks)
                foreach (var s in sents)
                    for (int k = 1; k < s.Toks.Count; k++)
                    {
                        // "kedua (belah) pihak", "dua pihak"; "dua desa yang bertikai"
                        if (!TwoSidesGate.MayHold(s.Toks[k - 1].Text) || !TwoSides.Contains(s.Toks[k - 1].Lower) || s.Toks[k].Lower != "pihak" && !SideHeads.Contains(s.Toks[k].Lower)) continue;
                        int c = k + 1;
                        while (c < s.Toks.Count && c <= k + 4 && !Listing.Contains(s.Toks[c].Lower)) c++;
                        if (c >= s.Toks.Count || !Listing.Contains(s.Toks[c].Lower)) continue;
                        if (s.Toks[k].Lower != "pihak" && !InDispute(s.Toks, k + 1, c)) continue;
                        var sides = memory.Resolve(ListedSides(s, c), s);
                        if (sides.Count == 2) return sides;
                    }
            return null;
        }

        /// <summary>Heads of a pair that are the sides of a dispute when it says they are ("dua desa yang bertikai, yakni …").</summary>
        private static readonly HashSet<string> SideHeads = new HashSet<string>(StringComparer.Ordinal)
        { "desa", "kelurahan", "kampung", "dusun", "kelompok", "kubu", "perguruan", "suku", "keluarga", "warga", "ormas" };

        /// <summary>Participles of a dispute ("yang bertikai", "yang bersengketa").</summary>
        internal static readonly HashSet<string> DisputeVerbs = new HashSet<string>(StringComparer.Ordinal)
        { "bertikai", "bersengketa", "berselisih", "berkonflik", "bentrok", "bertengkar", "berseteru", "bersitegang", "bermusuhan" };

        /// <summary>A dispute participle among tokens <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
        private static bool InDispute(TokenList toks, int from, int to)
        {
            for (int j = from; j < to; j++) if (DisputeVerbs.Contains(toks[j].Lower)) return true;
            return false;
        }

        private static readonly HashSet<string> TwoSides = new HashSet<string>(StringComparer.Ordinal) { "kedua", "dua", "belah", "bela" };

        /// <summary><see cref="TwoSides"/>' <see cref="WordGate"/>, asked of a word's text (its lower case has the same length and first letter).</summary>
        private static readonly WordGate TwoSidesGate = new WordGate(TwoSides);

        /// <summary>How far after the listing word the second side may be named, when a "dan" closes the list.</summary>
        private const int ListSpan = 30;

        /// <summary>
        /// The sides named after the listing word at <paramref name="c"/>: the first name, and the first name after the "dan"
        /// that closes the list ("yakni X (20), warga Desa A, dan Y (55)"); else the first two names within twelve words.
        /// </summary>
        private static List<Ent> ListedSides(Sent s, int c)
        {
            var named = new List<Ent>();
            Ent? first = null;
            foreach (var e in s.Ents)
            {
                if (e.TokStart <= c || e.Type == EntType.Group) continue;
                if (first == null) { first = e; continue; }
                if (e.TokStart > c + ListSpan) break;
                if (s.Toks[e.TokStart - 1].Lower == "dan") return new List<Ent> { first, e };
            }
            foreach (var e in s.Ents)
                if (e.TokStart > c && e.TokStart <= c + 12 && e.Type != EntType.Group && named.Count < 2) named.Add(e);
            return named;
        }

        /// <summary>"X dan Y di satu pihak dengan Z di pihak lain": the run before "di satu pihak" and the run after its "dengan"/"dan".</summary>
        private static List<Party>? Opposed(List<List<Sent>> blocks, PartyMemory memory)
        {
            foreach (var sents in blocks)
                foreach (var s in sents)
                {
                    var toks = s.Toks;
                    for (int k = 1; k + 2 < toks.Count; k++)
                    {
                        if (toks[k].Text.Length != 4 || toks[k].Lower != "satu" || toks[k + 1].Lower != "pihak" || toks[k - 1].Lower != "di") continue;
                        int r = s.RunsEndingBy(k - 1) - 1;
                        if (r < 0 || s.Runs[r][s.Runs[r].Count - 1].TokEnd != k - 1) continue;
                        if (toks[k + 2].Lower != "dengan" && toks[k + 2].Lower != "dan") continue;
                        var other = RunAt(s, k + 3);
                        if (other == null) continue;
                        var sides = memory.Resolve(s.Runs[r].Concat(other), s);
                        if (sides.Count >= 2) return sides;
                    }
                }
            return null;
        }

        /// <summary>Nouns of a dispute whose "antara X dengan Y" names the two sides.</summary>
        internal static readonly HashSet<string> Disputes = LexiconResource.WordSet("agreement-dispute-nouns");

        /// <summary>Verbs of mediating a matter whose "antara X dengan Y", a few words on, names the two sides ("menengahi persoalan harga antara …").</summary>
        internal static readonly HashSet<string> Mediating = new HashSet<string>(StringComparer.Ordinal)
        { "menengahi", "memediasi", "memediasikan", "mendamaikan", "dimediasi", "ditengahi" };

        /// <summary>A dispute noun right before "antara" at <paramref name="k"/>, or a mediating verb at most five words before it.</summary>
        private static bool DisputeBefore(TokenList toks, int k)
        {
            if (Disputes.Contains(toks[k - 1].Lower)) return true;
            for (int j = k - 1; j >= 0 && j >= k - 5; j--) if (Mediating.Contains(toks[j].Lower)) return true;
            return false;
        }

        /// <summary>
        /// "Konflik antara keluarga (Kepala Desa A,) X dengan keluarga Y": the last name before "dengan" (an apposition names the person) and the first one
        /// within four words after "dengan" (persons only: a family or camp is named by the person it is named after).
        /// </summary>
        private static List<Party>? Disputed(List<List<Sent>> blocks, PartyMemory memory)
        {
            foreach (var sents in blocks)
                foreach (var s in sents)
                    for (int k = 1; k + 2 < s.Toks.Count; k++)
                    {
                        if (s.Toks[k].Text.Length != 6 || s.Toks[k].Lower != "antara" || !DisputeBefore(s.Toks, k)) continue;
                        int with = k + 1;
                        while (with < s.Toks.Count && with <= k + 12 && s.Toks[with].Lower != "dengan" && !IsParallelDan(s.Toks, k, with)) with++;
                        var x = Side(s, k, with);
                        var y = SecondSide(s, k, with);
                        if (x == null || y == null) continue;
                        var sides = memory.Resolve(new List<Ent> { x, y }, s);
                        if (sides.Count == 2) return sides;
                    }
            return null;
        }

        /// <summary>
        /// The second side, after "dengan" or "dan" at <paramref name="with"/> (its own method: the lambdas' captures are then
        /// allocated only for a sentence that gets this far, not for every word of every sentence).
        /// </summary>
        private static Ent? SecondSide(Sent s, int k, int with)
        {
            // "antara warga di X dan warga di Y": the second side is written as the first, its name as far on
            return with < s.Toks.Count && s.Toks[with].Lower == "dan"
                ? s.Ents.FindLast(e => IsNamed(e) && e.TokStart > with && e.TokEnd <= 2 * with - k)
                : s.Ents.Find(e => IsNamed(e) && e.TokStart > with && e.TokStart <= with + 4);
        }

        /// <summary>
        /// The first side, between "antara" at <paramref name="k"/> and <paramref name="with"/>: a place named by its unit first
        /// ("warga Dusun A, Desa B, Kecamatan C dengan …": the rest locate it), else the last name (an apposition names the person).
        /// </summary>
        private static Ent? Side(Sent s, int k, int with)
        {
            var first = s.Ents.Find(e => IsNamed(e) && e.TokStart > k && e.TokEnd <= with);
            if (first != null && AdminQualifier.LevelOf(AdminQualifier.WithoutResidents(first.Name)) > 0) return first;
            return s.Ents.FindLast(e => IsNamed(e) && e.TokStart > k && e.TokEnd <= with);
        }

        /// <summary>"antara warga … dan warga …": a "dan" at <paramref name="at"/> before the lower-case noun that follows "antara" at <paramref name="k"/>.</summary>
        private static bool IsParallelDan(TokenList toks, int k, int at) =>
            toks[at].Lower == "dan" && at + 1 < toks.Count && !toks[k + 1].Upper && toks[at + 1].Lower == toks[k + 1].Lower;

        private static bool IsNamed(Ent e) => e.Type == EntType.Person || e.Type == EntType.Name || e.Type == EntType.Org;

        /// <summary>
        /// "X (bertindak) sebagai pihak …", "X (23), sebagai pihak …": the subject before; else the first person after the side's
        /// name, else the first run after it; else a name in apposition before it ("Z (42), pihak kedua").
        /// </summary>
        private static List<Ent>? Named(Sent s, int k, int after)
        {
            var toks = s.Toks;
            if (k > 0 && toks[k - 1].Lower == "sebagai") return SubjectBefore(s, k - 1) ?? RunJustBefore(s, k - 1);
            return NamedAfter(s, after) ?? RunJustBefore(s, k);
        }

        /// <summary>The run right before token <paramref name="at"/>, with only commas, an age in brackets and spaces between.</summary>
        private static List<Ent>? RunJustBefore(Sent s, int at)
        {
            int r = s.RunsEndingBy(at) - 1;
            if (r < 0) return null;
            var run = s.Runs[r];
            for (int c = s.Toks[run[run.Count - 1].TokEnd - 1].End; c < s.Toks[at].Start; c++)
            {
                char ch = s.Text[c];
                if (!(char.IsWhiteSpace(ch) || char.IsDigit(ch) || ch == ',' || ch == '(' || ch == ')')) return null;
            }
            return run[0].Type == EntType.Group ? null : run;
        }

        /// <summary>The first person after the side's name ("pihak pertama adalah X"), else the first run after it.</summary>
        private static List<Ent>? NamedAfter(Sent s, int after)
        {
            var toks = s.Toks;
            int j = after;
            while (j < toks.Count && Copulas.Contains(toks[j].Lower)) j++;
            List<Ent>? first = null;
            foreach (var run in s.Runs)
            {
                if (run[0].TokStart < j || run[0].TokStart > j + 6) continue;
                if (run[0].Type == EntType.Group) break;
                first ??= run;
                if (run[0].Type == EntType.Person) return run;
            }
            return first;
        }
    }
}
