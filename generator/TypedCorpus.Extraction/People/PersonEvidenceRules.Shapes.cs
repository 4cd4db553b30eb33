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

        /// <summary>"I Wayan Sudarsana", "Ni Made Ayu Lestari": "I"/"Ni" and a Balinese birth-order name open a person's name.</summary>
        private sealed class BalineseName : PersonEvidence
        {
            public override string Id => "balinese-name";
            public override string Description => "I or Ni and a Balinese birth-order name, then a name word: I Wayan Sudarsana, Ni Made Lestari";
            public override (string, string) Example => ("Hal itu diungkapkan I Wayan Sudarsana kemarin.", "I Wayan Sudarsana");

            public override bool? Verdict(MentionSite s)
            {
                var n = s.Mention.Name;
                if (s.Strong || s.Mention.OrgOrPlace || s.Mention.NamesBody || n.Length < 3 || n[0] != "I" && n[0] != "Ni") return null;
                return BirthOrderNames.Contains(n[1]) && PlainNameWords(new[] { n[n.Length - 1] }, 3) ? true : null;
            }
        }

        private static readonly System.Collections.Generic.HashSet<string> BirthOrderNames = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal)
        {
            "Wayan", "Made", "Nyoman", "Ketut", "Putu", "Gede", "Kadek", "Komang", "Nengah", "Luh", "Gusti", "Dewa",
        };
    }
}
