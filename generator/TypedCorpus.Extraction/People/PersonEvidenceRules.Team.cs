namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>"Rudi Hartono cs" (cum suis: and his fellows): a plain name of one to three words before "cs" is a person.</summary>
        private sealed class LeaderOfTeam : PersonEvidence
        {
            public override string Id => "leader-of-team";
            public override string Description => "a plain name before cs (cum suis, and his fellows): Rudi Hartono cs";
            public override (string, string) Example => ("Dengan hasil itu, Rudi Hartono cs harus puas di posisi kedua.", "Rudi Hartono");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                int a = s.After;
                if (s.Strong || m.OrgOrPlace || m.Name.Length > 3 || a >= s.Toks.Count || !s.Toks[a].IsWord || s.Toks[a].Text != "cs") return null;
                return PlainNameWords(m.Name, 3) ? true : null;
            }
        }
    }
}
