using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>A token list of the quote being attributed (its text before or after it): where it stands, and its mentions once scanned.</summary>
        private sealed class ContextTokens
        {
            public TokenList? Toks;
            public int Block, From, To;
            public List<Mention>? Mentions;

            public TokenList Set(TokenList toks, int block, int from, int to)
            {
                Toks = toks; Block = block; From = from; To = to; Mentions = null;
                return toks;
            }
        }

        private readonly ContextTokens _pre = new ContextTokens(), _post = new ContextTokens();
        private static readonly List<Mention> NoMentions = new List<Mention>();

        /// <summary>
        /// <c>NameScanner.Mentions(text, toks)</c> for the text before or after the quote being attributed (each list always
        /// comes with the same text): scanned once per list, read from the people step's when <see cref="KnownMentions"/> can,
        /// and not scanned without a capitalised word, where no name run can start. The lists returned are only read.
        /// </summary>
        private List<Mention> MentionsOf(string text, TokenList toks)
        {
            var slot = ReferenceEquals(toks, _pre.Toks) ? _pre : ReferenceEquals(toks, _post.Toks) ? _post : null;
            if (slot?.Mentions != null) return slot.Mentions;
            var ms = slot != null ? KnownMentions(slot.Block, slot.From, slot.To) : null;
            if (ms == null)
            {
                bool anyCap = false;
                foreach (var t in toks) if (t.IsCap) { anyCap = true; break; }
                ms = anyCap ? NameScanner.Mentions(text, toks) : NoMentions;
            }
            if (slot != null) slot.Mentions = ms;
            return ms;
        }

        /// <summary>
        /// The mentions of the outside text [<paramref name="from"/>, <paramref name="to"/>) of block <paramref name="b"/>
        /// from the people step's, when that is exact (else null): nothing in the range is quoted, so its tokens are the
        /// block's toks[lo..hi), and both bounds are ones no name run sees across (<see cref="OpaqueBelow"/>,
        /// <see cref="OpaqueAbove"/>). Only the fields attribution reads are set: the name, its token indexes and offsets
        /// (relative to the range, as for the sliced tokens) and <see cref="Mention.OrgOrPlace"/>.
        /// </summary>
        private List<Mention>? KnownMentions(int b, int from, int to)
        {
            if (b >= _people.BlockTokens.Count) return null;
            if (!ReferenceEquals(_outside[b], _ctx.Body[b].Text) && Array.IndexOf(_masks[b], true, from, to - from) >= 0) return null;
            var toks = _people.BlockTokens[b];
            int lo = TokenAt(toks, from), hi = TokenAt(toks, to);
            if (lo == hi) return NoMentions;
            if (!OpaqueBelow(toks, lo, hi) || !OpaqueAbove(toks, lo, hi)) return null;
            var all = _people.BlockMentions[b];
            int i = 0;
            while (i < all.Count && all[i].TokenIndex < lo) i++;
            if (i == all.Count || all[i].TokenIndex >= hi) return NoMentions;
            var list = new List<Mention>();
            for (; i < all.Count && all[i].TokenIndex < hi; i++)
            {
                var m = all[i];
                list.Add(new Mention
                {
                    Start = m.Start - from, End = m.End - from, TokenIndex = m.TokenIndex - lo, EndTokenIndex = m.EndTokenIndex - lo,
                    Name = m.Name, OrgOrPlace = m.OrgOrPlace,
                });
            }
            return list;
        }

        private static bool IsQuoteMark(Tok t) => !t.IsWord && t.Text.Length == 1 && (QuoteMarks.IsDoubleMark(t.Text[0]) || QuoteMarks.IsSingleMark(t.Text[0]));

        /// <summary>
        /// Is the start <paramref name="lo"/> of toks[lo..hi) a bound no name run sees across? Either an <see cref="OpaqueBound"/>,
        /// or right after a quotation mark: no step of a run takes one, and every look back meets it as a non-word that is no
        /// comma, bracket or period, as at the start of a list, but for <see cref="NameScanner.IsSentenceStart"/> from a run's
        /// first word, which passes double marks. That one looks past the bound only from a run starting at the first token
        /// after the double marks that open the range (a capitalised word or a title), and then agrees when the block's
        /// tokens start a sentence at the bound.
        /// </summary>
        private static bool OpaqueBelow(TokenList toks, int lo, int hi)
        {
            if (OpaqueBound(toks, lo)) return true;
            if (!IsQuoteMark(toks[lo - 1])) return false;
            int f = lo;
            while (f < hi && !toks[f].IsWord && QuoteMarks.IsDoubleMark(toks[f].Text[0])) f++;
            if (f == hi) return true;
            var t = toks[f];
            bool mayStartRun = t.IsCap || t.IsWord && (NameLexicon.Titles.Contains(t.Text) || t.Is("tan") || t.Is("sri"));
            return !mayStartRun || NameScanner.IsSentenceStart(toks, lo);
        }

        /// <summary>
        /// Is the end <paramref name="hi"/> of toks[lo..hi) a bound no name run sees across? Either an <see cref="OpaqueBound"/>,
        /// or right before a quotation mark: no step of a run takes one, and every look ahead that meets it fails as it does at
        /// the end of a list (it is no word, capital, period, comma or bracket), but for a name in apposition running up to the
        /// end (", Budi Santoso" and the end is a holder's name, before a mark it is not), which needs a capitalised word or a
        /// name particle last.
        /// </summary>
        private static bool OpaqueAbove(TokenList toks, int lo, int hi)
        {
            if (OpaqueBound(toks, hi)) return true;
            if (!IsQuoteMark(toks[hi])) return false;
            var last = toks[hi - 1];
            return !last.IsCap && !(last.IsWord && NameLexicon.NameParticles.Contains(last.Text));
        }

        /// <summary>How the speaker being returned was found (a <see cref="SpeakerRules"/> id), read by <see cref="Emit"/>.</summary>
        private string? _why;

        private List<string> Found(string why, List<string> speakers)
        {
            _why = speakers.Count > 0 ? why : null;
            return speakers;
        }

        /// <summary>
        /// The current subject as the speaker of the quote being attributed. A quote that names the subject speaks of them, not
        /// as them ("Tantangannya adalah Ganjar tidak bisa …"): then the person who last spoke, if the quote does not name them
        /// too, else nobody. A quote that speaks of someone as "beliau" is the last speaker's too.
        /// </summary>
        internal List<string> SubjectList()
        {
            var who = _subject;
            if (who != null && _quoteText != null && NamedIn(_quoteText, who, who == _lastSpeaker))
                who = _lastSpeaker != null && _lastSpeaker != who && !NamedIn(_quoteText, _lastSpeaker, true) ? _lastSpeaker : null;
            // "Beliau bertugas di dalam mobil": a quote speaking of someone as "beliau" after a narrative about the subject is
            // the last speaker's account of them
            else if (who != null && who != _lastSpeaker && _lastSpeaker != null && _quoteText != null && SpeaksOfBeliau(_quoteText))
                who = _lastSpeaker;
            return Found(SpeakerRules.Subject, who != null ? new List<string> { who } : new List<string>());
        }

        private static bool SpeaksOfBeliau(string text)
        {
            for (int i = text.IndexOf("eliau", StringComparison.Ordinal); i >= 1; i = text.IndexOf("eliau", i + 1, StringComparison.Ordinal))
            {
                bool start = i == 1 || !char.IsLetter(text[i - 2]);
                bool end = i + 5 >= text.Length || !char.IsLetter(text[i + 5]);
                if ((text[i - 1] == 'B' || text[i - 1] == 'b') && start && end) return true;
            }
            return false;
        }

        /// <summary>
        /// Does <paramref name="text"/> hold a word of three or more letters of <paramref name="name"/>, whole and capitalised?
        /// (Not right after a cue of saying when <paramref name="lastSpeaker"/>: "Sedangkan untuk …, kata Rustam, Juni 2022 …" names
        /// the one who spoke last as the one speaking; someone else after a cue is quoted by the speaker: "Dulu kata Budi, …".)
        /// </summary>
        private static bool NamedIn(string text, string name, bool lastSpeaker)
        {
            foreach (var w in name.Split(' '))
            {
                if (w.Length < 3 || !char.IsUpper(w[0])) continue;
                for (int i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + 1, StringComparison.Ordinal))
                {
                    bool startOk = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
                    int e = i + w.Length;
                    bool endOk = e >= text.Length || !char.IsLetterOrDigit(text[e]);
                    if (startOk && endOk && !(lastSpeaker && AfterCue(text, i))) return true;
                }
            }
            return false;
        }

        /// <summary>Is the word before <paramref name="i"/> in <paramref name="text"/> a cue of saying ("kata", "ujar")?</summary>
        private static bool AfterCue(string text, int i)
        {
            int e = i;
            while (e > 0 && text[e - 1] == ' ') e--;
            int b = e;
            while (b > 0 && char.IsLetter(text[b - 1])) b--;
            return e > b && e < i && NameScanner.Cue(text.Substring(b, e - b)) is { Nya: false };
        }

        private List<string> Group(TokenList toks, int i, out int consumed)
        {
            consumed = 0;
            var t = toks[i];
            // "mereka" right after a sentence about ordinary people the article does not name is them, nobody to name
            if (t.Is("mereka") && _groupOpened) { consumed = 1; return new List<string>(); }
            if (t.Is("keduanya") || t.Is("mereka")) { consumed = 1; return _people.Principals().ToList(); }
            if (t.Is("kedua") && i + 1 < toks.Count && toks[i + 1].IsWord)
            {
                var n = toks[i + 1];
                consumed = 2;
                if (n.Is("negara") || n.Is("pihak") && false) return _people.PrincipalCountries(_ctx).ToList();
                if (n.Is("pemimpin") || n.Is("kepala") || n.Is("tokoh") || NameLexicon.PersonRoles.Contains(n.Text)) return _people.Principals().ToList();
            }
            return new List<string>();
        }

        private static bool IsPronoun(Tok t) => t.Is("dia") || t.Is("ia") || t.Is("beliau");
    }
}
