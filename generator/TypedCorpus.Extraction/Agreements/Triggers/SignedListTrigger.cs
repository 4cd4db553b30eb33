using System;
using System.Collections.Generic;
using System.Linq;
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
            var parties = IntroductionParties(run.Parties, run.Blocks[introBlock]);
            parties = run.Parties.OrLatest(parties);
            if (parties.Count >= 2 && parties.All(p => p.Type == EntType.Person)) parties = Represented(run.Parties, parties);
            if (parties.Count < 2) return;
            string? date = run.Dates.OfList(introBlock);
            for (int b = from; b < to; b++)
            {
                var item = run.Body[b];
                string text = item.Text.Trim();
                string? title = ItemTitle(text);
                run.Add(new AgreementModel(item.Line, AgreementKind.Signed, title, text, parties.Select(p => p.Name).ToEquatableArray(), date) { Rule = Id });
            }
            run.Parties.Agreed(parties);
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

        /// <summary><c>t.Split(' ').Length</c>: one more than the spaces, counted without the parts.</summary>
        private static int SplitCount(string t)
        {
            int n = 1;
            foreach (char c in t) if (c == ' ') n++;
            return n;
        }

        /// <summary>The text before the colon; a bare short item is its own title.</summary>
        internal static string? ItemTitle(string text)
        {
            int colon = text.IndexOf(':');
            if (colon > 0 && colon <= 80)
            {
                var t = text.Substring(0, colon).Trim();
                if (t.Length > 0 && SplitCount(t) <= 8) return t;
            }
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
