using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Who a quoted fragment inside a sentence is ascribed to, and to whom it is said.</summary>
    internal sealed partial class Attribution
    {
        /// <summary>
        /// Who a quoted fragment is ascribed to: the clause's subject (person, pronoun, group, or a country that says; "Menurutnya,"
        /// is the subject's view). Empty when the subject is a group the article does not name ("mereka" after "sejumlah
        /// karyawan"), null when the clause has no such subject.
        /// </summary>
        internal List<string>? FragmentSubject(string text, TokenList toks)
        {
            var mentions = MentionsOf(text, toks);
            int mi = 0;
            for (int i = 0; i < toks.Count; i++)
            {
                var t = toks[i];
                if (!t.IsWord) continue;
                while (mi < mentions.Count && mentions[mi].EndTokenIndex < i) mi++;
                if (mi < mentions.Count && mentions[mi].TokenIndex <= i)
                {
                    var p = FindPerson(mentions[mi].Name);
                    if (p != null) return Found(SpeakerRules.Name, new List<string> { p.Name });
                }
                if (IsPronoun(t) || t.Is("menurutnya")) return SubjectList();
                if (DescribedOpener(toks, i)) return DescribedSubject(SpeakerRules.DescribedAnaphor);
                // "Menurut Kapolres, …": the office's holder
                if (MenurutOfficeHolder(toks, i, toks.Count) is { } holder) return Found(SpeakerRules.OfficeAlone, new List<string> { holder });
                // a group opening a clause ("Mereka menyebut …"), not one owning a thing ("perahu motor mereka")
                if (i == 0 || !toks[i - 1].IsWord)
                {
                    var g = Group(toks, i, out var used);
                    if (used > 0 && (g.Count > 0 || t.Is("mereka"))) return Found(SpeakerRules.Group, g);
                }
                if (t.IsCap && i + 1 < toks.Count && toks[i + 1].IsWord && NameScanner.SayingVerbs.Contains(toks[i + 1].Text))
                {
                    var c = Countries.Resolve(t.Text);
                    if (c != null) return Found(SpeakerRules.State, new List<string> { c });
                }
            }
            return null;
        }

        /// <summary>
        /// "Pria berdarah Batak yang sudah 20 tahun tinggal di Bandung itu menyebut …": the clause opens at <paramref name="i"/> (its
        /// first word) with a noun of a person described, then "itu", "tersebut" or "ini" within ten words, no clause between.
        /// </summary>
        private static bool DescribedOpener(TokenList toks, int i)
        {
            if (!NameScanner.DescribedPersonNouns.Contains(toks[i].Text)) return false;
            for (int k = 0; k < i; k++) if (toks[k].IsWord) return false;
            for (int j = i + 1; j < toks.Count && j <= i + 11; j++)
            {
                var w = toks[j];
                if (!w.IsWord) { if (w.Text is "(" or ")" or "-" or "/") continue; return false; }
                if (w.Is("itu") || w.Is("tersebut") || w.Is("ini")) return j > i + 1;
                if (NameScanner.SayingVerbs.Contains(w.Text) || w.Is("kepada") || w.Is("bernama")) return false;
            }
            return false;
        }

        internal string? FragmentAddressee(string text, TokenList toks)
        {
            // only the clause right before the quote (after the previous quote)
            int from = 0;
            for (int i = toks.Count - 1; i >= 0; i--) if (!toks[i].IsWord && toks[i].Text.Length == 1 && QuoteMarks.IsDoubleMark(toks[i].Text[0])) { from = i + 1; break; }
            // blanked quotes leave a gap of spaces; find the last wide gap
            int lastGap = 0;
            for (int i = 1; i < toks.Count; i++) if (toks[i].Start - toks[i - 1].End > 3) lastGap = i;
            from = Math.Max(from, lastGap);
            for (int i = from; i < toks.Count - 1; i++)
            {
                if (toks[i].Is("kepada") || toks[i].Is("menyapa"))
                {
                    var a = NameAt(text, toks, i + 1);
                    if (a != null) return a;
                }
            }
            return null;
        }
    }
}
