using System;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>"Rimawan Pradipta mengatakan": a two- or three-word name as the subject of a verb of saying.</summary>
        private sealed class SubjectOfSaying : PersonEvidence
        {
            public override string Id => "says-as-subject";
            public override string Description => "a two- or three-word name as the subject of a verb of saying: Rimawan Pradipta mengatakan";
            public override (string, string) Example => ("Dalam rapat itu Rimawan Pradipta mengatakan harga naik.", "Rimawan Pradipta");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                if (s.Strong || s.K >= 0 || m.OrgOrPlace || (m.Name.Length != 2 && m.Name.Length != 3)) return null;
                int verb = SayingVerbAfterAside(toks, s.After, toks.Count) ?? SkipAdverbs(toks, s.After, toks.Count);
                return verb < toks.Count && toks[verb].IsWord && HumanSayingVerbs.Contains(toks[verb].Text)
                    && Array.TrueForAll(m.Name, w => !NameLexicon.IsNameParticle(w)) ? true : null;
            }
        }

        /// <summary>
        /// Rule described-then-says: "Yunita, ibu rumah tangga yang saban hari berbelanja di pasar tersebut, mengaku …": a one-word
        /// name opening its sentence, a description after its comma that opens with a noun of persons in small letters and
        /// closes with a comma within twenty words (<see cref="PastDescription"/>), then a verb of saying (any: the description says the name is a person's).
        /// </summary>
        private sealed class DescribedThenSays : PersonEvidence
        {
            public override string Id => "described-then-says";
            public override string Description => "a one-word name opening its sentence, a description of a person between commas, a verb of saying: Yunita, ibu rumah tangga …, mengaku";
            public override (string, string) Example => ("Yunita, ibu rumah tangga yang berbelanja di pasar itu, mengaku kesulitan.", "Yunita");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int a = s.After;
                if (s.Strong || s.K >= 0 || s.Mention.OrgOrPlace || s.Mention.Name.Length != 1 || !PlainNameWord(s.Mention.Name[0], 4)) return null;
                if (!(s.Start == 0 || IsSentenceStart(toks, s.Start)) || a + 2 >= toks.Count || toks[a].Text != ",") return null;
                var first = toks[a + 1];
                // the description opens with a noun of persons ("ibu rumah tangga", "warga …"), not a verb, a stop word or a noun said
                // of companies too ("anak usaha", "pelaku usaha")
                if (!first.IsWord || first.IsCap || !(NounOfPersonsAt(toks, a + 1) || Occupations.Contains(first.Text) && !first.Is("pemilik"))) return null;
                int after = PastDescription(toks, a, toks.Count);
                if (after == a) return null;
                int v = SkipAdverbs(toks, after, toks.Count);
                return v < toks.Count && toks[v].IsWord && SayingVerbs.Contains(toks[v].Text) ? true : null;
            }
        }

        /// <summary>"… untuk Indonesia Faisal bin Sa'id al-Ghamdi menambahkan": after a country the name's start is certain.</summary>
        private sealed class AfterCountry : PersonEvidence
        {
            public override string Id => "after-country";
            public override string Description => "a name right after a country, subject of a verb of saying: … Indonesia Faisal Hamdan menambahkan";
            public override (string, string) Example => ("Hal itu disampaikan pihak Malaysia Faisal Hamdan menambahkan kemarin.", "Faisal Hamdan");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                int a = s.After;
                return !s.Strong && m.CleanEdge && s.K >= 0 && !m.OrgOrPlace && Countries.Resolve(toks[s.Run[s.K]].Text) != null && m.Name.Length >= 2 && m.Name.Length <= 5
                    && a < toks.Count && toks[a].IsWord && HumanSayingVerbs.Contains(toks[a].Text) ? true : null;
            }
        }

        /// <summary>
        /// "Kuasa hukum keempat terdakwa dalam perkara itu, Rudiyanto, meminta …": a sentence that opens with an office and
        /// describes it in a noun phrase (no verb), then names its holder in apposition before the verb.
        /// </summary>
        private sealed class HolderClosesSubject : PersonEvidence
        {
            public override string Id => "holder-closes-subject";
            public override string Description => "a sentence opening with an office described at length, its holder in apposition before the verb: Kuasa hukum … perkara itu, Rudiyanto, meminta";
            public override (string, string) Example => ("Kuasa hukum keempat terdakwa dalam perkara pencurian ternak dan penganiayaan seorang bocah (13) asal Cibaru Hilir, Rudiyanto, meminta hakim menunda putusan.", "Rudiyanto");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int start = s.Start, a = s.After;
                if (s.Strong || s.K >= 0 || s.Mention.OrgOrPlace || s.Mention.Name.Length > 3 || start < 4 || toks[start - 1].Text != ",") return null;
                if (!(a + 1 < toks.Count && toks[a].Text == "," && toks[a + 1].IsWord && !toks[a + 1].IsCap && !toks[a + 1].HasDigit
                    && !NameLexicon.StopWords.Contains(toks[a + 1].Text))) return null;
                if (!PlainNameWords(s.Mention.Name, 3)) return null;
                return SubjectOfficeOpens(toks, start - 2) ? true : null;
            }
        }

        /// <summary>Back from <paramref name="from"/> over a noun phrase (no verb, quote or clause end) to a sentence opened by an office.</summary>
        private static bool SubjectOfficeOpens(TokenList toks, int from)
        {
            for (int b = from, steps = 0; b >= 0 && steps < 30; b--, steps++)
            {
                var t = toks[b];
                if (!t.IsWord)
                {
                    if (t.Text is "." or "!" or "?" or ":" or ";" || QuoteMarks.IsDoubleMark(t.Text[0])) return false;
                    continue;
                }
                if (!t.IsCap && LooksLikeVerb(t.Text) || Cue(t.Text) != null || SayingVerbs.Contains(t.Text)) return false;
                if (IsSentenceStart(toks, b)) return IsOfficeRole(t) && !NameLexicon.IsRank(t.Text) && t.IsCap;
            }
            return false;
        }

        /// <summary>"Fraksi Gerindra melalui X", "yang disampaikan X", "dibacakan X": a body speaks through, or words are said by, the name at <paramref name="start"/>.</summary>
        private static bool SpeaksFor(TokenList toks, int start)
        {
            var before = toks[start - 1];
            if (IsPassiveSaying(toks, start - 1)) return true;
            return before.Is("melalui") && start >= 2 && toks[start - 2].IsWord && toks[start - 2].IsCap && !NameLexicon.IsCalendar(toks[start - 2].Text);
        }


        /// <summary>
        /// "seorang pedagang bernama Rudiyanto", "salah satu pembeli di pasar Cibaru bernama Wulan,": a name after "bernama" (named)
        /// that a noun of persons opens a few words before.
        /// </summary>
        private sealed class NamedPerson : PersonEvidence
        {
            public override string Id => "named-person";
            public override string Description => "a plain name after bernama, a noun of persons a few words before: seorang pedagang di pasar itu bernama Rudiyanto";
            public override (string, string) Example => ("Hal itu diakui salah satu pedagang di pasar Cibaru bernama Rudiyanto kemarin.", "Rudiyanto");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int start = s.Start, a = s.After;
                if (s.Strong || s.K >= 0 || s.Mention.OrgOrPlace || s.Mention.Name.Length > 3 || start < 2 || !toks[start - 1].Is("bernama")) return null;
                if (a < toks.Count && toks[a].IsCap || !PlainNameWords(s.Mention.Name, 3)) return null;
                for (int b = start - 2, steps = 0; b >= 0 && steps < 7; b--, steps++)
                {
                    var t = toks[b];
                    if (!t.IsWord) return null;
                    // "warga membuka kedai bernama …": a verb before the noun names the thing ("warga yang meninggal bernama …" describes the person)
                    if (!t.IsCap && t.Text.Length > 4 && LooksLikeVerb(t.Text) && !(b > 0 && toks[b - 1].Is("yang"))) return null;
                    if ((!t.IsCap || IsSentenceStart(toks, b)) && IsPersonNoun(t.Text)) return true;
                }
                return null;
            }
        }

        /// <summary>
        /// Rule in-the-name-of: "suara terbanyak atas nama Dinar Ratna Indrasari", "rekening atas nama Budi Santoso": a plain name
        /// of two to four words right after "atas nama" (in the name of) is a person's (not "atas nama Pemerintah …", a body).
        /// </summary>
        private sealed class InTheNameOf : PersonEvidence
        {
            public override string Id => "in-the-name-of";
            public override string Description => "a plain name of two to four words after atas nama: suara terbanyak atas nama Dinar Ratna Sari";
            public override (string, string) Example => ("Perolehan suara terbanyak atas nama Dinar Ratna Sari dari daerah pemilihan V.", "Dinar Ratna Sari");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int start = s.Start;
                if (s.Strong || s.K >= 0 || s.Mention.OrgOrPlace || s.Mention.Name.Length is < 2 or > 4 || start < 2) return null;
                return toks[start - 1].Is("nama") && toks[start - 2].Is("atas") && PlainNameWords(s.Mention.Name, 4) ? true : null;
            }
        }

        /// <summary>A noun of a person: a role, a relation or a noun "bernama" names ("pria", "pembeli", "korban").</summary>
        internal static bool IsPersonNoun(string w) => PersonNouns.Contains(w) || NameLexicon.IsPersonRole(w) || NameLexicon.RelationNouns.Contains(w);

        /// <summary>Nouns of persons that "bernama" names ("pria", "pembeli", "korban"): <c>named-person-nouns.txt</c> and the list nouns.</summary>
        private static readonly System.Collections.Generic.HashSet<string> PersonNouns = NamedPersonNouns();

        private static System.Collections.Generic.HashSet<string> NamedPersonNouns()
        {
            var set = LexiconResource.WordSet("named-person-nouns");
            set.UnionWith(ListPersonNouns);
            return set;
        }

        /// <summary>A word with a verb's prefix (me-, di-, ber-; ter- opens nouns too: terdakwa) or a bare preposition of place (di, ke): what a noun phrase lacks.</summary>
        private static bool LooksLikeVerb(string w)
            => w.Length > 4 && (w.StartsWith("me", System.StringComparison.OrdinalIgnoreCase) || w.StartsWith("di", System.StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("ber", System.StringComparison.OrdinalIgnoreCase))
               || w is "di" or "ke" or "yang" or "adalah";
    }
}
