using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.MentionLexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// "Sekretaris Partai Amanah Raya Budi Santoso menyatakan partainya sepakat berkoalisi dengan X": an organisation's head
    /// noun with "-nya" as the subject is the organisation of that head the sentence named before (its name ends where a
    /// known person's name or a title begins).
    /// </summary>
    internal static class PossessiveSubject
    {
        /// <summary>How many lower-case words ("sudah", "juga") may stand between the possessed subject and its verb.</summary>
        private const int Gap = 2;

        /// <summary>The organisation the possessed subject of the verb at <paramref name="verb"/> names, or null.</summary>
        public static Ent? Before(Sent s, int verb, PartyNames names)
        {
            var toks = s.Toks;
            for (int k = verb - 1; k >= 0 && k >= verb - 1 - Gap; k--)
            {
                if (toks[k].Upper) return null;
                string w = toks[k].Lower;
                if (w.Length <= 4 || !w.EndsWith("nya", StringComparison.Ordinal)) continue;
                string head = char.ToUpperInvariant(w[0]) + w.Substring(1, w.Length - 4);
                return IsOrgHead(head) ? Named(s, k, head, names) : null;
            }
            return null;
        }

        /// <summary>The last organisation headed by <paramref name="head"/> before token <paramref name="before"/>, as an organisation mention.</summary>
        private static Ent? Named(Sent s, int before, string head, PartyNames names)
        {
            var toks = s.Toks;
            List<(string Name, string[] Words)>? known = null;
            for (int i = before - 1; i >= 0; i--)
            {
                if (!string.Equals(toks[i].Text, head, StringComparison.Ordinal)) continue;
                known ??= names.Known();
                int end = i + 1;
                while (end < before && toks[end].Upper && AgreementText.Adjacent(s.Text, toks[end - 1], toks[end]) && !IsTitle(toks[end].Text) && !StartsPerson(toks, end, known)) end++;
                if (end - i < 2) return null;
                return new Ent { TokStart = i, TokEnd = end, Type = EntType.Org, Name = AgreementText.Join(toks, i, end) };
            }
            return null;
        }

        private static bool StartsPerson(TokenList toks, int at, List<(string Name, string[] Words)> known)
        {
            foreach (var (_, words) in known)
            {
                if (words.Length == 0 || at + words.Length > toks.Count) continue;
                int k = 0;
                while (k < words.Length && string.Equals(toks[at + k].Text, words[k], StringComparison.Ordinal)) k++;
                if (k == words.Length) return true;
            }
            return false;
        }
    }
}
