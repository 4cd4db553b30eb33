using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>
        /// "Ketua Panitia Lomba Perahu Desa Sukamaju, Darto Wibisono." from the office word at <paramref name="w"/>: capitalised
        /// words (at most two lower-case words that are no verbs of saying and no clause words among them), a comma, then a
        /// name of a person of the article ending the sentence: that person's name, else null.
        /// </summary>
        internal string? HolderEndingAttribution(TokenList toks, int w)
        {
            int end = toks.Count;
            while (end > w && !toks[end - 1].IsWord && toks[end - 1].Text is "." or "!") end--;
            int nameStart = end;
            while (nameStart > w && toks[nameStart - 1].IsWord && toks[nameStart - 1].IsCap) nameStart--;
            if (nameStart == end || nameStart - 1 <= w || toks[nameStart - 1].Text != ",") return null;
            int lower = 0;
            for (int i = w + 1; i < nameStart - 1; i++)
            {
                var t = toks[i];
                if (!t.IsWord) { if (t.Text is "(" or ")" or ",") continue; return null; }
                if (t.IsCap) continue;
                if (++lower > 2 || NameScanner.SayingVerbs.Contains(t.Text) || NameScanner.Cue(t.Text) != null || NameLexicon.StopWords.Contains(t.Text) && !TitleGlue.Contains(t.Text)) return null;
            }
            var name = new string[end - nameStart];
            for (int i = nameStart; i < end; i++) name[i - nameStart] = toks[i].Text;
            return FindPerson(name)?.Name;
        }

        /// <summary>The person of the article the words name ("Aljufri" → "Moh Aljufri Ngandu"), else null.</summary>
        /// <remarks>
        /// Null for a short name that two persons the article introduces share ("Santoso" beside Budi Santoso and Agus Santoso;
        /// <see cref="SharedShortName"/>): with no verb of saying, the name alone is too weak to choose between them.
        /// </remarks>
        internal List<string>? PersonNamed(string[] name)
            => SharedShortName(name) == null && FindPerson(name) is { } p ? Found(SpeakerRules.Name, new List<string> { p.Name }) : null;

        /// <summary>
        /// 'melalui "Bintang Pantura"' beside the heading "Audisi Bintang Pantura": the quoted words stand, unquoted and whole,
        /// elsewhere in the article: they are a name the article uses, not somebody's words.
        /// </summary>
        internal bool NamedUnquoted(string text)
        {
            text = text.Trim().TrimEnd(',');
            foreach (var outside in _outside)
                for (int at = outside.IndexOf(text, StringComparison.Ordinal); at >= 0; at = outside.IndexOf(text, at + 1, StringComparison.Ordinal))
                    if ((at == 0 || !char.IsLetterOrDigit(outside[at - 1])) && (at + text.Length == outside.Length || !char.IsLetterOrDigit(outside[at + text.Length]))) return true;
            return false;
        }

        /// <summary>
        /// "kata Teguh" in an article introducing Teguh Aprianto and then Teguh Setyabudi: a short name two persons the article
        /// introduces share is the one the article is speaking of (the subject), else nobody; null when it fits one such person or none.
        /// </summary>
        private List<string>? SharedShortName(string[] name)
        {
            if (name.Length != 1) return null;
            PersonEntry? first = null;
            bool shared = false, subject = false;
            foreach (var p in _people.Persons)
            {
                if (p.Tokens.Length < 2 || !p.Introduced || !p.Contains(name)) continue;
                if (first == null) first = p; else shared = true;
                subject |= p.Name == _subject;
            }
            return !shared ? null : subject ? new List<string> { _subject! } : new List<string>();
        }
    }
}
