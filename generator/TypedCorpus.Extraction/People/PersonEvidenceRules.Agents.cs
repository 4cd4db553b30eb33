using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>Passive verbs of saying ("disampaikan", "dikatakan", "dibacakan"): their agent follows, as a person.</summary>
        internal static readonly HashSet<string> PassiveSayingVerbs = LexiconResource.WordSet("passive-saying-verbs");

        /// <summary>
        /// A passive verb of saying in small letters at <paramref name="i"/>, also written apart from its "di" ("Demikian di
        /// ungkapkan Kepala Sekolah …").
        /// </summary>
        internal static bool IsPassiveSaying(TokenList toks, int i)
            => i >= 0 && i < toks.Count && toks[i].IsWord && !toks[i].IsCap
               && (PassiveSayingVerbs.Contains(toks[i].Text) || i > 0 && toks[i - 1].Is("di") && PassiveSayingVerbs.Contains("di" + toks[i].Text));

        /// <summary>
        /// "Usul itu disampaikan oleh Ranto, …", "laporan panitia yang dibacakan Dimas Putra Wijaya, …": a plain name of one
        /// to four words right after a passive verb of saying (and "oleh") is who said it. A one-word name needs its clause to
        /// end or go on after a comma right after it ("disampaikan Pertamina kepada …" may name a body).
        /// </summary>
        private sealed class AgentOfSaying : PersonEvidence
        {
            public override string Id => "agent-of-saying";
            public override string Description => "a plain name right after a passive verb of saying: disampaikan oleh Ranto, … / yang dibacakan Dimas Putra Wijaya";
            public override (string, string) Example => ("Usul itu disampaikan oleh Ranto.", "Ranto");

            /// <summary>"Bambang Garut Wibowo": plain name words, a place's name allowed between two of them.</summary>
            private static bool PlainNameWordsOrMiddlePlace(string[] name)
            {
                if (name.Length < 3) return PlainNameWords(name, 3);
                var ends = new[] { name[0], name[name.Length - 1] };
                if (!PlainNameWords(ends, 3)) return false;
                for (int i = 1; i < name.Length - 1; i++)
                    if (!PlainNameWords(new[] { name[i] }, 3) && !(NameLexicon.PlaceWords.Contains(name[i]) || NameLexicon.IsGazetteerPlace(name[i]))) return false;
                return true;
            }

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                if (s.Strong || m.OrgOrPlace || s.K >= 0 || m.Name.Length > 4 || s.Start == 0) return null;
                int b = s.Start - 1;
                if (toks[b].Is("oleh")) b--;
                if (!IsPassiveSaying(toks, b) || !PlainNameWordsOrMiddlePlace(m.Name)) return null;
                int a = s.After;
                // ("di sampaikan Haris petani bawang": a plain name word, then a noun of persons in small letters describing it; not
                // "disampaikan Pertamina melalui …", "dibacakan Yasin dan …")
                if (m.Name.Length == 1)
                    return a >= toks.Count || toks[a].Text == "," || toks[a].Text == "." || toks[a].IsWord && !toks[a].IsCap && PlainNameWord(m.Name[0], 4)
                        && (NounOfPersonsAt(toks, a) || Occupations.Contains(toks[a].Text)) ? true : null;
                // "dikatakan Bambang Garut Wibowo (BGW) kepada …": the name's initials in brackets after it
                if (a + 2 < toks.Count && toks[a].Text == "(" && toks[a + 2].Text == ")" && ArticlePeople.AreInitialsOf(toks[a + 1].Text, m.Name)) return true;
                return a >= toks.Count || !toks[a].IsCap && toks[a].Text != "(" ? true : null;
            }
        }

        /// <summary>
        /// Rule occupation-agent: "Hal senada disampaikan petani Nur Syaefudin.", "kata pedagang Siti Aminah, …": an occupation
        /// in small letters (<c>occupations.txt</c>) between a verb of saying (a cue, or a passive verb and "oleh") and a plain
        /// name of two to four words: the name is who said it. The occupation's place may come between, ending in a place unit
        /// and a place the gazetteer knows ("petani Ngablak, Kabupaten Magelang Nur Syaefudin"). One word alone may be the
        /// occupation's place ("kata warga Ngablak"), and so may words the gazetteer knows ("petani Jawa Tengah").
        /// </summary>
        private sealed class OccupationAgent : PersonEvidence
        {
            public override string Id => "occupation-agent";
            public override string Description => "a plain name after a verb of saying and an occupation: disampaikan petani Nur Syaefudin / kata pedagang Siti Aminah";
            public override (string, string) Example => ("Hal senada disampaikan petani Nur Syaefudin.", "Nur Syaefudin");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                if (s.Strong || m.OrgOrPlace || m.Name.Length is < 2 or > 4 || !PlainNameWords(m.Name, 3)) return null;
                // "kata warga Muara Teweh", "kata pedagang Tanah Abang Siti": a place's name after the occupation
                // ("kata relawan Jokowi Mania": a public figure's short name opening the words names his supporters)
                if (PlaceNameOpeners.Contains(m.Name[0]) || NameLexicon.KnownFullName(new[] { m.Name[0] }) != null) return null;
                var toks = s.Toks;
                int a = s.After;
                if (a < toks.Count && (toks[a].IsCap || toks[a].Text == "(")) return null;
                if (s.K >= 0 && !OpensWithPlace(s)) return null;
                int b = PastOccupation(toks, 0, s.Start - 1);
                if (b == s.Start - 1) return null;
                if (b >= 0 && toks[b].Is("oleh")) b--;
                if (b < 0 || !toks[b].IsWord || toks[b].IsCap) return null;
                return IsPassiveSaying(toks, b) || Cue(toks[b].Text) is { Nya: false } ? true : null;
            }

            /// <summary>"Kabupaten Magelang Nur Syaefudin": the run opens with a place unit and a place the gazetteer knows, up to the name.</summary>
            private static bool OpensWithPlace(MentionSite s)
            {
                var toks = s.Toks;
                if (s.K < 1 || !NameLexicon.IsPlaceUnit(toks[s.Run[0]].Text)) return false;
                var place = new string[s.K];
                for (int r = 1; r <= s.K; r++) place[r - 1] = toks[s.Run[r]].Text;
                return NameLexicon.IsGazetteerPlace(string.Join(" ", place));
            }
        }

        private static readonly HashSet<string> PlaceNameOpeners = LexiconResource.WordSet("place-name-openers");

        /// <summary>
        /// Back from <paramref name="b"/> (not below <paramref name="lo"/>) past an occupation in small letters ("petani") and the
        /// place after it, one or two capitalised words and a comma ("petani Ngablak, …"): the index before the occupation, or
        /// <paramref name="b"/> when there is none.
        /// </summary>
        internal static int PastOccupation(TokenList toks, int lo, int b)
        {
            int o = b;
            if (o >= lo && toks[o].Text == ",")
            {
                o--;
                for (int words = 0; words < 2 && o >= lo && toks[o].IsWord && toks[o].IsCap; words++) o--;
                if (o >= b - 1) return b;
            }
            return o >= lo && toks[o].IsWord && !toks[o].IsCap && Occupations.Contains(toks[o].Text) ? o - 1 : b;
        }

        /// <summary>Passive verbs of a deed whose doers follow them as persons when they are listed ("dicetak" goals, "diperkuat" a squad).</summary>
        private static readonly HashSet<string> DeedPassives = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        { "dicetak", "diperkuat" };

        /// <summary>
        /// Rule agent-of-deed: "Tiga gol dicetak Nurul Hakim, Fitra Rahman dan Septian Hadi.": after a passive verb of a deed
        /// (and "oleh"), a list of two or more plain names of two or three words each, joined by commas and "dan", names
        /// persons. One name alone may be a printer, a club or a document ("dicetak Sinar Grafika", "diperkuat Surat Edaran"),
        /// and so may a name a comma describes ("Tirta Kencana, klub renang").
        /// </summary>
        private sealed class AgentOfDeed : PersonEvidence
        {
            public override string Id => "agent-of-deed";
            public override string Description => "plain names of two or three words listed after a passive verb of a deed: gol dicetak Nurul Hakim, Fitra Rahman dan Septian Hadi";
            public override (string, string) Example => ("Dua gol tim itu dicetak Marko Sinta dan Fitra Rahman.", "Fitra Rahman");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                if (s.Strong || m.OrgOrPlace || s.K >= 0 || m.Name.Length is < 2 or > 3 || !PlainNameWords(m.Name, 3, particles: true)) return null;
                var toks = s.Toks;
                int b = s.Start - 1, listed = 0;
                // back over the names listed before this one: ", Nama Nama" or "dan Nama Nama", four at most
                for (; listed < 4 && b >= 2 && (toks[b].Text == "," || toks[b].Is("dan") || toks[b].Is("serta")); listed++)
                {
                    int e = b - 1, w = 0;
                    while (e >= 0 && toks[e].IsWord && toks[e].IsCap && w < 4) { if (!PlainNameWord(toks[e].Text, 3, particles: true)) return null; e--; w++; }
                    if (w is < 2 or > 3) return null;
                    b = e;
                }
                // the first of the list: another name must follow it ("dicetak Nurul Hakim, Fitra Rahman …")
                int a = s.After;
                if (listed == 0 && !(a + 2 < toks.Count && (toks[a].Text == "," || toks[a].Is("dan")) && toks[a + 1].IsCap && toks[a + 2].IsCap && PlainNameWord(toks[a + 1].Text, 3, particles: true) && PlainNameWord(toks[a + 2].Text, 3, particles: true))) return null;
                if (b >= 0 && toks[b].Is("oleh")) b--;
                return b >= 0 && toks[b].IsWord && !toks[b].IsCap && DeedPassives.Contains(toks[b].Text) ? true : null;
            }

        }

        /// <summary>
        /// Rule winner-label: "Juara 1: Nadia Putri Ramadhani (SDN 3 Sukamaju)": a plain name of two to four words right after a
        /// winner's label (juara, a rank in digits, Roman numerals or words, maybe a colon) with the pupil's school in brackets
        /// after it is a person's (teams, animals, bands and products win too).
        /// </summary>
        private sealed class WinnerLabel : PersonEvidence
        {
            public override string Id => "winner-label";
            public override string Description => "a plain name after a winner's label: Juara 1: Nadia Putri Ramadhani (SDN 3 Sukamaju)";
            public override (string, string) Example => ("Juara 1: Nadia Putri Ramadhani (SDN 3 Sukamaju)", "Nadia Putri Ramadhani");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                if (s.Strong || m.OrgOrPlace || s.K >= 0 || m.Name.Length is < 2 or > 4 || !PlainNameWords(m.Name, 3, particles: true)) return null;
                var toks = s.Toks;
                int b = s.Start - 1;
                if (b >= 0 && toks[b].Text == ":") b--;
                if (b < 1 || !IsRank(toks[b].Text)) return null;
                b--;
                if (toks[b].Is("harapan") && b > 0) b--;
                // the winner's school in brackets after the name: a pupil ("Juara 2: Putri Samudra milik …", a team, a band or a
                // product without it may be no person)
                int a = s.After;
                return toks[b].Is("juara") && a + 1 < toks.Count && toks[a].Text == "(" && Schools.Contains(toks[a + 1].Text) ? true : null;
            }

            /// <summary>Schools a pupil who wins is named with ("SDN", "SMPN", "MTsN", "Universitas").</summary>
            private static readonly HashSet<string> Schools = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
            { "TK", "SD", "SDN", "SDIT", "MI", "MIN", "SMP", "SMPN", "SMPIT", "MTs", "MTsN", "SMA", "SMAN", "SMK", "SMKN", "MA", "MAN", "SLB", "Universitas", "Sekolah", "Madrasah" };

            /// <summary>A winner's rank: digits, Roman numerals or words ("1", "II", "pertama").</summary>
            private static bool IsRank(string w) => w.Length <= 3 && char.IsDigit(w[0]) || Ranks.Contains(w);

            private static readonly HashSet<string> Ranks = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
            { "I", "II", "III", "satu", "dua", "tiga", "pertama", "kedua", "ketiga" };
        }
    }
}
