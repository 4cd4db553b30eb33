using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>An office alone as the subject of a verb of saying ("Menpar mengatakan, “…”"), and the office's place words.</summary>
    internal sealed partial class Attribution
    {
        /// <summary>The capitalised word at <paramref name="j"/> after the office word at <paramref name="from"/> is the office's place, unit or body.</summary>
        private bool OfficePlaceAt(TokenList toks, int from, int j)
            => _people.Places.Contains(toks[j].Text) || NameLexicon.PlaceWords.Contains(toks[j].Text) || _people.BodyWords.Contains(toks[j].Text)
               || j == from + 1 && (NameLexicon.IsPlaceUnit(toks[j].Text) || UnknownPlaceEndingOffice(toks, j));

        /// <summary>
        /// Rule office-before-verb: "Menpar mengatakan, “…”", "Kapolres Paiton juga menegaskan: “…”": an office alone (its place
        /// or unit after it, adverbs before the verb) opening the clause right before the verb of saying at <paramref name="verbAt"/>
        /// speaks through its holder, as "kata Menpar" does; null when the clause opens otherwise.
        /// </summary>
        internal List<string>? OfficeBeforeVerb(TokenList toks, int from, int verbAt)
        {
            int at = from;
            at = PastLeadAdverbials(toks, at, verbAt);
            if (at >= verbAt || !toks[at].IsCap || !NameLexicon.IsPersonRole(toks[at].Text) || NameLexicon.IsTitle(toks[at].Text)) return null;
            int end = at + 1;
            bool placesOnly = true;
            for (; end < verbAt && toks[end].IsWord && toks[end].IsCap; end++)
            {
                if (FindPerson(new[] { toks[end].Text }) != null) return null;
                placesOnly &= OfficePlaceAt(toks, at, end);
            }
            return NameScanner.SkipAdverbs(toks, end, verbAt) == verbAt ? OfficeAlone(toks, at, end, placesOnly) : null;
        }
    }
}
