using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
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

        /// <summary>A word with a verb's prefix (me-, di-, ber-; ter- opens nouns too: terdakwa) or a bare preposition of place (di, ke): what a noun phrase lacks.</summary>
        private static bool LooksLikeVerb(string w)
            => w.Length > 4 && (w.StartsWith("me", System.StringComparison.OrdinalIgnoreCase) || w.StartsWith("di", System.StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("ber", System.StringComparison.OrdinalIgnoreCase))
               || w is "di" or "ke" or "yang" or "adalah";
    }
}
