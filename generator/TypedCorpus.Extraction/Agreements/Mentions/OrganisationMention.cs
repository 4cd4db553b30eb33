using static TypedCorpus.Extraction.Agreements.AgreementText;
using static TypedCorpus.Extraction.Agreements.MentionLexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>An organisation: "Kementerian Kesehatan", "Pemerintah Provinsi Jawa Timur", "PT Bank Mandala Sejahtera".</summary>
    internal sealed class OrganisationMention : MentionRule
    {
        public OrganisationMention() : base(capitalisedOnly: true) { }

        public override string Id => "organisation";
        public override string Description => "an organisation head and the capitalised words after it: Kementerian Kesehatan, PT Bank Mandala Sejahtera";

        public override int Match(in MentionScan scan, int i)
        {
            var toks = scan.Toks;
            string text = scan.Text;
            var t = toks[i];
            // "Pemerintah Indonesia" is the country (unless an admin head follows: "Pemerintah Kabupaten …")
            if (!IsOrgHead(t.Text) || t.Text == "Pemerintah" && i + 1 < toks.Count && MatchCountryOrState(toks, i + 1, out _) > 0 && !(i + 1 < toks.Count && IsAdminHead(toks[i + 1].Text)))
                return -1;
            int end = i + 1;
            while (end < toks.Count && toks[end].Upper && Adjacent(text, toks[end - 1], toks[end])) end++;
            if (end - i < 2 && t.Text != "Kemenkes") return -1;
            string name = Join(toks, i, end);
            // the admin prefix for a distributed list ("Pemerintah Kabupaten Bone, Wajo, dan ...")
            int p = i;
            while (p < end - 1 && IsAdminHead(toks[p].Text)) p++;
            string? prefix = p > i ? Join(toks, i, p) : null;
            end = MentionScanner.SkipParenthesis(text, toks, end);
            scan.Found.Add(new Ent { TokStart = i, TokEnd = end, Type = EntType.Org, Name = name, AdminPrefix = prefix });
            return end;
        }
    }
}
