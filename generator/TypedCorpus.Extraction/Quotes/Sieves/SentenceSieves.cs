using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>
    /// A quote that is its own sentence, attributed by the next: "\"…\" Demikian disampaikan koordinator Hasan.", or by the next
    /// paragraph's first sentence: "Hal itu disampaikan Kepala Dinas … Hasan …".
    /// </summary>
    internal sealed class FollowingSentenceSieve : AttributionSieve
    {
        public override string Id => QuoteRules.FollowingSentence;
        public override string Description => "a quote that is its own sentence, then 'Demikian disampaikan X' (or 'Hal itu disampaikan X' opening the next paragraph): X said it (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("\"Konflik harus dihentikan.\" Demikian disampaikan koordinator warga Hasan Basri kepada wartawan.", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            // ('"… benar". Kata Pangdam': the stop may stand outside the closing mark)
            if (s.Span.Single || !s.PreEmpty || !s.PostEmpty || !(s.EndsClause || s.PostText.TrimStart().StartsWith(".", System.StringComparison.Ordinal))) return false;
            var speakers = a.SpeakerOfFollowingSentence(s.Span);
            if (speakers == null) return false;
            decision = new Decision(QuoteKind.Direct, speakers, null, null, s.Via, true);
            return true;
        }
    }

    /// <summary>A quote that is its own sentence: the speaker is the subject of the sentences before (TC0011 when there is none).</summary>
    internal sealed class OwnSentenceSieve : AttributionSieve
    {
        public override string Id => QuoteRules.OwnSentence;
        public override string Description => "a quote that is its own sentence: the speaker is the subject of the sentences before (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Menteri Perdagangan Rudi Hartono meninjau pasar.\n\n\"Harga stabil.\"", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            if (s.Span.Single || !s.PreEmpty || !s.PostEmpty || !(s.EndsClause || s.Span.EndBlock != s.Span.StartBlock || IsSentenceUnpunctuated(s.Text) || IsLongLowerSentence(s.Text))) return false;
            var speakers = a.SubjectList();
            if (speakers.Count == 0) a.ReportUnattributed(s.Span);
            decision = new Decision(QuoteKind.Direct, speakers, null, null, s.Via, false);
            return true;
        }

        /// <summary>
        /// '"Kami mohon jalan ke sekolah segera diperbaiki"' alone: a quotation of five words or more (<paramref name="minWords"/>) opening with a
        /// capital, most of its words in lower case, is a sentence even without its closing stop (a name in title case is not).
        /// </summary>
        /// <summary>'. "hujan baru 2 atau 3 kali, belum mampu, meski sumur warga sudah didalamkan"': a quotation of eight words or more
        /// standing as its own sentence is speech even when its first letter was left small and its stop left out.</summary>
        private static bool IsLongLowerSentence(string text)
            => text.Length > 0 && char.IsLower(text[0]) && text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Length >= 8;

        internal static bool IsSentenceUnpunctuated(string text, int minWords = 5)
        {
            if (text.Length == 0 || !char.IsUpper(text[0])) return false;
            int words = 0, lower = 0;
            foreach (var w in text.Split(' '))
            {
                if (w.Length == 0) continue;
                words++;
                if (char.IsLower(w[0])) lower++;
            }
            return words >= minWords && lower * 2 > words;
        }
    }

    /// <summary>A quoted name or title right after a naming word ("grup bernama \"…\"", "buku berjudul \"…\"", "dijuluki \"…\"").</summary>
    internal sealed class NamingWordSieve : AttributionSieve
    {
        /// <summary>Words that introduce a name or title: what follows in quotes is a term, not somebody's words.</summary>
        private static readonly HashSet<string> NamingWords = LexiconResource.WordSet("naming-words");

        public override string Id => QuoteRules.NamingWord;
        public override string Description => "a quoted name or title after bernama, berjudul, dijuluki… (term)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Warga membentuk grup bernama \"Keluarga Emas\" di desa itu.", QuoteKind.Term);

        /// <summary>Nouns of things that bear names: a quoted name in title case after one is a term ("program \"Kantin Sehat\"").</summary>
        private static readonly HashSet<string> NamedThings = LexiconResource.WordSet("named-thing-nouns");

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var pre = s.PreToks;
            int lastWord = pre.FindLastIndex(t => t.IsWord);
            if (lastWord < 0 || lastWord < pre.Count - 2) return false;
            var word = pre[lastWord];
            // "pelaksanaan “Gerakan Orang Tua Asuh Cegah Stunting”": a name in title case opening with a noun of named things is one too
            if (!NamingWords.Contains(word.Text) && !(!word.IsCap && NamedThings.Contains(word.Text) && IsTitleCased(s.Text)) && !OpensWithNamedThing(s.Text)
                && !RegulationTitle(pre, lastWord, s.Text) && !(IsTitleCased(s.Text) && s.Text.IndexOf(' ') > 0 && a.NamedUnquoted(s.Text))) return false;
            decision = Decision.Term();
            return true;
        }

        /// <summary>Nouns of regulations and official letters (Resources/regulation-nouns.txt).</summary>
        internal static readonly HashSet<string> RegulationNouns = LexiconResource.WordSet("regulation-nouns");

        /// <summary>
        /// 'Surat Edaran tentang "Jateng Di Rumah Saja"': a name in title case right after "tentang" that follows a regulation's
        /// or an official letter's noun (up to six words before it: its kind, number and year between) is the document's title.
        /// </summary>
        private static bool RegulationTitle(TokenList pre, int about, string text)
        {
            if (!pre[about].Is("tentang") || !IsTitleCased(text)) return false;
            int words = 0;
            for (int i = about - 1; i >= 0 && words < 6; i--)
            {
                if (!pre[i].IsWord) continue;
                if (RegulationNouns.Contains(pre[i].Text)) return true;
                words++;
            }
            return false;
        }

        /// <summary>"Gerakan Orang Tua Asuh Cegah Stunting", "Program Kampung Iklim": a name in title case whose first word is a noun of named things.</summary>
        private static bool OpensWithNamedThing(string text)
        {
            int sp = text.IndexOf(' ');
            return sp > 0 && char.IsUpper(text[0]) && NamedThings.Contains(text.Substring(0, sp)) && IsTitleCased(text);
        }

        /// <summary>Lower-case words that may stand inside a name in title case ("Stabilisasi Pasokan dan Harga Pangan").</summary>
        private static readonly HashSet<string> NameGlue = new HashSet<string>(System.StringComparer.Ordinal) { "dan", "di", "ke", "dari", "untuk", "bagi", "yang", "&" };

        /// <summary>
        /// "Kantin Sehat", "3M Plus": up to seven words, each capitalised, a number or glue, the first not glue; no clause
        /// punctuation but a comma between capitalised words ("Dua Negara, Dua Taman").
        /// </summary>
        private static bool IsTitleCased(string text)
        {
            var words = text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > 7) return false;
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.IndexOfAny(new[] { '.', '!', '?', ';', ':' }) >= 0) return false;
                if (w.IndexOf(',') >= 0 && (w.IndexOf(',') != w.Length - 1 || i == words.Length - 1 || !char.IsUpper(words[i + 1][0]))) return false;
                if (char.IsUpper(w[0]) || char.IsDigit(w[0])) continue;
                if (i == 0 || !NameGlue.Contains(w)) return false;
            }
            return true;
        }
    }

    /// <summary>A fragment inside a clause whose subject is a speaker: "Budi menilai kebijakan itu \"langkah tepat\"".</summary>
    internal sealed class FragmentSieve : AttributionSieve
    {
        public override string Id => QuoteRules.Fragment;
        public override string Description => "a fragment inside a clause whose subject is a speaker (partial)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Menteri Perdagangan Rudi Hartono menilai kebijakan itu \"langkah yang tepat\" bagi petani.", QuoteKind.Partial);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var speakers = a.FragmentSubject(s.PreText, s.PreToks);
            var addressee = a.FragmentAddressee(s.PreText, s.PreToks);
            if (speakers == null) return false;
            // "Petugas bertanya kepada Ratna, “…”": the one the words are said to is not their speaker, who stays unnamed
            var kind = speakers.Count > 0 && SaidAfterTheName(s, speakers[0]) ? QuoteKind.Direct : QuoteKind.Partial;
            if (addressee != null && speakers.Contains(addressee)) speakers = new List<string>();
            decision = new Decision(kind, speakers, null, addressee, s.Via, false);
            return true;
        }

        /// <summary>
        /// 'Kapolsek Wanareja AKP Sutarno, SH, ” Membenarkan kejadian itu …”': a quotation of five words or more opening with a capital,
        /// the whole rest of its sentence, right after the speaker's name (and degrees) and a comma: the words are all the
        /// speaker's, a full quotation whose verb of saying was left out.
        /// </summary>
        private static bool SaidAfterTheName(QuoteSite s, string speaker)
        {
            if (!IntroducedBefore(s) || s.Text.Length == 0 || !char.IsUpper(s.Text[0]) || s.Text.Split(' ').Length < 5) return false;
            var pre = s.PreToks;
            int k = pre.Count - 1;
            if (k < 0 || pre[k].Text != ",") return false;
            while (k >= 0 && (pre[k].Text == "," || pre[k].Text == "." || pre[k].IsWord && NameLexicon.IsDegree(pre[k].Text))) k--;
            return k >= 0 && pre[k].IsWord && pre[k].IsCap && System.Array.IndexOf(speaker.Split(' '), pre[k].Text) >= 0;
        }
    }

    /// <summary>The last sieve: a fragment nobody is reported to say is a term.</summary>
    internal sealed class TermFragmentSieve : AttributionSieve
    {
        public override string Id => QuoteRules.TermFragment;
        public override string Description => "a fragment nobody is reported to say (term)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Kemitraan \"tanpa batas\" itu terus diuji.", QuoteKind.Term);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = Decision.Term();
            return true;
        }
    }

    /// <summary>The attribution sieves in the order they are tried (the most specific evidence first; the last decides every quote).</summary>
    internal static class AttributionSieves
    {
        public static readonly IReadOnlyList<AttributionSieve> Ordered = new AttributionSieve[]
        {
            new CueAfterSieve(), new NameVerbAfterSieve(), new CueSlotSieve(), new NyaCueSlotSieve(), new OfficeNameAfterSieve(), new NameAfterSieve(),
            new MenurutBeforeSieve(), new VerbBeforeSieve(),
            new FollowingSentenceSieve(), new OwnSentenceSieve(), new NamingWordSieve(), new FragmentSieve(), new TermFragmentSieve(),
        };
    }
}
