using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The items of a list of signed documents (<see cref="SignedLists.Introduces"/>): one signed agreement per item, titled by
    /// the text before its colon, between the parties of the introduction (else the latest ones met).
    /// </summary>
    internal sealed class SignedListTrigger
    {
        public string Id => AgreementRules.SignedList;
        public string Description => "an item of a list of signed documents (signed; its title before the colon)";

        /// <summary>The agreements of list items <paramref name="from"/> to <paramref name="to"/> (exclusive), introduced by block <paramref name="introBlock"/>.</summary>
        public void Fire(AgreementRun run, int introBlock, int from, int to)
        {
            var own = IntroductionParties(run.Parties, run.Blocks[introBlock]);
            var parties = run.Parties.OrLatest(own);
            if (parties.Count >= 2 && parties.All(p => p.Type == EntType.Person)) parties = Represented(run.Parties, parties);
            string? date = run.Dates.OfList(introBlock);
            List<Party>? last = null;
            for (int b = from; b < to; b++)
            {
                // an introduction that names no parties: each item may name its own signatories, else shares the item's before
                // (a list read so far as between states keeps them for an item that names two bodies of no state)
                bool states = last != null && last.All(p => p.Type == EntType.Country);
                var mine = own.Count >= 2 ? parties : ItemParties(run.Parties, run.Blocks[b], !states) ?? last ?? parties;
                if (mine.Count < 2) continue;
                var item = run.Body[b];
                foreach (var (text, title) in Items(item.Text.Trim(), run.Blocks[b]))
                    run.Add(new AgreementModel(item.Line, AgreementKind.Signed, title, text, mine.Select(p => p.Name).ToEquatableArray(), date) { Rule = Id });
                last = mine;
            }
            if (last != null) run.Parties.Agreed(last);
        }

        /// <summary>Most words an item of a list written on one line may have to be its own title.</summary>
        private const int InlineTitleWords = 25;

        /// <summary>
        /// The documents of an item and their titles: one, or each of a numbered list written on the item's one line ("1. Nota A;
        /// 2. Protokol B"), whose bare text is its title.
        /// </summary>
        private static IEnumerable<(string Text, string? Title)> Items(string text, List<Sent> sents)
        {
            var inline = InlineItems.Split(text);
            if (inline == null) { yield return (text, ItemTitle(text, WholeSentence(sents, text)?.Toks)); yield break; }
            foreach (var (_, part) in inline)
                yield return (part, ItemTitle(part) ?? (char.IsUpper(part[0]) && SplitCount(part) <= InlineTitleWords ? part : null));
        }

        /// <summary>
        /// "… antara Menteri A Negara X dan Menteri B Negara Y", "…, ditandatangani oleh X dan Y": the signatories an item names, as
        /// the states or organisations they stand for; else, when <paramref name="ownPair"/>, the two sides around "dengan"
        /// (<see cref="PairAroundDengan"/>); null when it names none that way.
        /// </summary>
        private static List<Party>? ItemParties(PartyMemory memory, List<Sent> sents, bool ownPair)
        {
            foreach (var s in sents)
                for (int k = 0; k + 1 < s.Toks.Count; k++)
                {
                    string w = s.Toks[k].Lower;
                    if (w != "antara" && w != "oleh" && w != "ditandatangani" && w != "diteken") continue;
                    var r = RunAt(s, k + 1);
                    if (r == null || r.Count < 2) continue;
                    var ps = memory.Resolve(r, s);
                    if (ps.Count < 2) continue;
                    if (ps.All(p => p.Type != EntType.Person)) return StatesOf(r, s) ?? ps;
                    var c = memory.AsCountries(ps);
                    if (c != null && c.Count >= 2) return c;
                    return CountriesAfter(memory, s, k + 1);
                }
            if (ownPair)
                foreach (var s in sents)
                    if (PairAroundDengan(memory, s) is { } pair) return pair;
            return null;
        }

        /// <summary>
        /// "Melalui Badan A bekerja sama dengan Otoritas B", "Kerja sama investasi melalui A dengan B": an item whose one name
        /// before "dengan" (at most three lower-case words between) and names after it (at most two lower-case words between)
        /// are its two sides; null when the item has no such pair.
        /// </summary>
        private static List<Party>? PairAroundDengan(PartyMemory memory, Sent s)
        {
            var toks = s.Toks;
            for (int k = 1; k + 1 < toks.Count; k++)
            {
                if (toks[k].Lower != "dengan") continue;
                // "Kemenkes RI juga menandatangani kesepakatan … dengan China": a signing verb's subject is the one side
                for (int v = 0; v < k; v++)
                    if (AgreementWords.SignVerbs.Contains(toks[v].Lower) && AgreementWords.DocumentAfter(toks, v, 4) is int doc && doc >= 0)
                        return SignVerbTrigger.SigningParties(memory, s, v, doc) is { Count: >= 2 } signed ? signed : null;
                List<Ent>? before = null, after = null;
                for (int r = s.Runs.Count - 1; r >= 0 && before == null; r--)
                {
                    int end = s.Runs[r][s.Runs[r].Count - 1].TokEnd;
                    if (end > k) continue;
                    if (k - end <= 3 && LowerOnly(toks, end, k) && ActsBefore(toks, s.Runs[r][0].TokStart, end, k)) before = s.Runs[r];
                    break;
                }
                foreach (var run in s.Runs)
                {
                    int st = run[0].TokStart;
                    if (st <= k) continue;
                    if (st - k - 1 <= 2 && LowerOnly(toks, k + 1, st)) after = run;
                    break;
                }
                if (before is not { Count: 1 } || after == null || before[0].Type == EntType.Group || after.Any(e => e.Type == EntType.Group)) return null;
                var ps = memory.Resolve(before.Concat(after), s);
                return ps.Count >= 2 ? ps : null;
            }
            return null;
        }

        /// <summary>
        /// The name at <paramref name="start"/>..<paramref name="end"/> acts: "melalui" before it, or a verb between it and "dengan" at
        /// <paramref name="dengan"/> ("X bekerja sama dengan", "X menjalin kesepakatan dengan"); not "pengelolaan air baku Waduk X dengan".
        /// </summary>
        private static bool ActsBefore(TokenList toks, int start, int end, int dengan)
        {
            if (start > 0 && toks[start - 1].Lower == "melalui") return true;
            for (int j = end; j < dengan; j++)
            {
                var w = toks[j].Lower;
                if (NameLexicon.LooksLikeActiveVerb(w) || w.StartsWith("bekerja", StringComparison.Ordinal)) return true;
            }
            return false;
        }

        private static bool LowerOnly(TokenList toks, int from, int to)
        {
            for (int j = from; j < to; j++) if (toks[j].Upper) return false;
            return true;
        }

        /// <summary>
        /// "antara Kementerian Perhubungan RI dan Kementerian Perhubungan Chile": bodies that each name their state sign for the
        /// states, two or more; else null.
        /// </summary>
        private static List<Party>? StatesOf(List<Ent> signatories, Sent s)
        {
            var states = new List<Party>();
            foreach (var e in signatories)
            {
                string? c = e.Type == EntType.Country ? e.Name : e.Type == EntType.Org ? CountryIn(s.Toks, e) : null;
                if (c == null) return null;
                states.Add(new Party(c, EntType.Country));
            }
            states = PartyMemory.Distinct(states);
            return states.Count >= 2 ? states : null;
        }

        /// <summary>A country named inside a signatory's name ("Budaya Malaysia Ahmad Kamil", "Kementerian Luar Negeri Jepang"), else null.</summary>
        private static string? CountryIn(TokenList toks, Ent e)
        {
            for (int k = e.TokStart; k < e.TokEnd; k++)
                if (MentionLexicon.MatchCountry(toks, k, out string country) > 0) return country;
            return null;
        }

        /// <summary>The countries named after token <paramref name="from"/>, by name or by their officials' titles, when two or more.</summary>
        private static List<Party>? CountriesAfter(PartyMemory memory, Sent s, int from)
        {
            var countries = new List<Party>();
            foreach (var e in s.Ents)
            {
                if (e.TokStart < from || e.Type == EntType.Group) continue;
                var c = memory.AsCountries(memory.Resolve(new[] { e }, s));
                if (c != null) countries.AddRange(c);
                else if (e.Type != EntType.Person && CountryIn(s.Toks, e) is string inName) countries.Add(new Party(inName, EntType.Country));
            }
            countries = PartyMemory.Distinct(countries);
            return countries.Count >= 2 ? countries : null;
        }

        /// <summary>"X meneken tiga dokumen dengan Y, yaitu:": the introduction's own signing clause names the parties; else its last run of two or more.</summary>
        private static List<Party> IntroductionParties(PartyMemory memory, List<Sent> sents)
        {
            List<Party> parties = new List<Party>();
            for (int si = sents.Count - 1; si >= 0 && parties.Count < 2; si--)
            {
                var toks = sents[si].Toks;
                for (int i = 0; i < toks.Count && parties.Count < 2; i++)
                {
                    if (!AgreementWords.SignVerbs.Contains(toks[i].Lower) || Negated(sents[si], i)) continue;
                    int doc = AgreementWords.DocumentAfter(toks, i, 4);
                    if (doc >= 0) parties = SignVerbTrigger.SigningParties(memory, sents[si], i, doc);
                }
            }
            for (int si = sents.Count - 1; si >= 0 && parties.Count < 2; si--)
            {
                var s = sents[si];
                for (int r = s.Runs.Count - 1; r >= 0; r--)
                {
                    var run = s.Runs[r];
                    if (run.Count < 2 && run[0].Type != EntType.Group) continue;
                    var ps = memory.Resolve(run, s);
                    if (ps.Count >= 2) { parties = ps; break; }
                }
            }
            return parties;
        }

        /// <summary>Signatories who are all persons: the documents bind the states or organisations they stand for.</summary>
        private static List<Party> Represented(PartyMemory memory, List<Party> parties)
        {
            var c = memory.AsCountries(parties);
            if (c != null && c.Count == parties.Count) return c;
            var alt = Enumerable.Reverse(memory.Agreements).Concat(Enumerable.Reverse(memory.Runs))
                .FirstOrDefault(a => a.Count == parties.Count && a.All(p => p.Type != EntType.Person));
            return alt ?? parties;
        }

        /// <summary>Words that end a document's name in an item and say who signs it ("antara", "oleh", "ditandatangani").</summary>
        private static readonly HashSet<string> TitleEnds = new HashSet<string>(StringComparer.Ordinal)
        { "antara", "oleh", "yang", "ditandatangani", "diteken", "disepakati", "dengan" };

        /// <summary>
        /// "Nota Kesepahaman tentang X, ditandatangani …", "Perjanjian Y antara A dan B;": an item that opens with a document noun and
        /// goes on to say who signs it is titled by the document's name, the words before that (a comma before a capital or "dan"
        /// stays inside the name); a document named by its kind only ("MoU antara A dan B mengenai …") by the whole item; null otherwise.
        /// </summary>
        private static string? DocumentTitle(string text, TokenList toks)
        {
            if (toks.Count < 3 || !toks[0].Upper || !AgreementWords.Documents.Contains(toks[0].Lower)) return null;
            for (int k = 1; k < toks.Count && k <= 16; k++)
            {
                if (toks[k].Upper) continue;
                string w = toks[k].Lower;
                bool comma = text.IndexOf(',', toks[k - 1].End, toks[k].Start - toks[k - 1].End) >= 0;
                if (TitleEnds.Contains(w) || comma && w != "dan" && w != "serta")
                {
                    // "MoU antara X dan Y mengenai …": a document named only by its kind is told apart by the whole item
                    if (w == "antara" && IsKindOnly(toks, k)) return text.TrimEnd(' ', '.', ';', ',');
                    return k >= 2 ? text.Substring(0, toks[k - 1].End).TrimEnd(',', ' ') : null;
                }
            }
            return null;
        }

        /// <summary>Words of a document's kind that are not document nouns ("Memorandum Saling Pengertian", "Perjanjian Kerja Sama").</summary>
        private static readonly HashSet<string> KindWords = new HashSet<string>(StringComparer.Ordinal)
        { "saling", "pengertian", "kerja", "sama", "kerjasama", "of", "understanding", "bersama" };

        /// <summary>The words before token <paramref name="k"/> name only a document's kind ("Nota Kesepahaman (MoU)"), no title of its own.</summary>
        private static bool IsKindOnly(TokenList toks, int k)
        {
            for (int j = 0; j < k; j++) if (!AgreementWords.Documents.Contains(toks[j].Lower) && !KindWords.Contains(toks[j].Lower)) return false;
            return true;
        }

        /// <summary>The item's one sentence when it is all of <paramref name="text"/> (its words are then the text's), else null.</summary>
        private static Sent? WholeSentence(List<Sent> sents, string text) =>
            sents.Count == 1 && sents[0].Start == 0 && string.Equals(sents[0].Text, text, StringComparison.Ordinal) ? sents[0] : null;

        /// <summary><c>t.Split(' ').Length</c>: one more than the spaces, counted without the parts.</summary>
        private static int SplitCount(string t)
        {
            int n = 1;
            foreach (char c in t) if (c == ' ') n++;
            return n;
        }

        /// <summary>
        /// The text before the colon; a bare short item is its own title. <paramref name="words"/> are the text's words
        /// (<see cref="Tokenizer.Words"/>) when the caller has them.
        /// </summary>
        internal static string? ItemTitle(string text, TokenList? words = null)
        {
            int colon = text.IndexOf(':');
            if (colon > 0 && colon <= 80)
            {
                var t = text.Substring(0, colon).Trim();
                if (t.Length > 0 && SplitCount(t) <= 8) return t;
            }
            if (colon < 0 && DocumentTitle(text, words ?? Tokenizer.Words(text)) is string named) return named;
            if (colon < 0 && !text.TrimEnd().EndsWith(".", StringComparison.Ordinal))
            {
                // a bare item is the document's own title ("Nota Kesepahaman di Bidang Pendidikan;")
                var t = text.TrimEnd(';', ',', ' ');
                if (t.Length > 0 && SplitCount(t) <= 12 && char.IsUpper(t[0])) return t;
            }
            return null;
        }
    }
}
