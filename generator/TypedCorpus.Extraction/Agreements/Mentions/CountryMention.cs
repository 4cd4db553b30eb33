using static TypedCorpus.Extraction.Agreements.AgreementText;
using static TypedCorpus.Extraction.Agreements.MentionLexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>A country by its name or alias ("Korea Selatan", "AS"); "Pemerintah Indonesia" stands for the country.</summary>
    internal sealed class CountryMention : MentionRule
    {
        public CountryMention() : base(capitalisedOnly: true) { }

        public override string Id => "country";
        public override string Description => "a country's name or alias, not followed by another capitalised word: Korea Selatan, Pemerintah Indonesia, Republik Demokratik Timor-Leste";

        public override int Match(in MentionScan scan, int i)
        {
            var toks = scan.Toks;
            int ci = i;
            if (toks[i].Text == "Pemerintah" && i + 1 < toks.Count) ci = i + 1;
            int clen = MatchCountryOrState(toks, ci, out string country);
            if (clen <= 0) return -1;
            // "Korea Selatan Daeyang": a capitalised word right after the country makes it part of a longer name
            if (ci + clen < toks.Count && toks[ci + clen].Upper && Adjacent(scan.Text, toks[ci + clen - 1], toks[ci + clen])) return -1;
            int end = MentionScanner.SkipParenthesis(scan.Text, toks, ci + clen);
            scan.Found.Add(new Ent { TokStart = i, TokEnd = end, Type = EntType.Country, Name = country });
            return end;
        }
    }
}
