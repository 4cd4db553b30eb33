using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Attributes quotes sentence by sentence, keeping track of the current subject for pronouns and -nya cues.</summary>
    internal sealed partial class Attribution
    {
        private readonly ArticleContext _ctx;
        private readonly ArticlePeople _people;
        private readonly List<QuoteSpan> _spans;
        private readonly string[] _outside;
        private readonly bool[][] _masks;
        private readonly List<int>[] _bounds;
        private string? _subject;
        /// <summary>The person who last spoke in a sentence (named with a cue or a verb of saying), and the quote being attributed.</summary>
        private string? _lastSpeaker, _quoteText;
        private int _quoteBlock = int.MaxValue; // the block where the quote being attributed starts
        private readonly List<QuoteModel> _result = new List<QuoteModel>();

        /// <summary><paramref name="masks"/> are <c>QuoteSpans.ReadOnlyMasks(spans, ctx.Body)</c>.</summary>
        public Attribution(ArticleContext ctx, ArticlePeople people, List<QuoteSpan> spans, bool[][] masks)
        {
            _ctx = ctx;
            _people = people;
            _spans = spans;
            var body = ctx.Body;
            _outside = new string[body.Count];
            _bounds = new List<int>[body.Count];
            _masks = masks;
            for (int b = 0; b < body.Count; b++)
            {
                var t = body[b].Text;
                var mask = masks[b];
                int first = Array.IndexOf(mask, true, 0, t.Length);
                if (first < 0) _outside[b] = t; // nothing quoted: the text outside quotes is the text
                else _outside[b] = Blanked(t, mask, first);
                _bounds[b] = Sentences(t, mask);
            }
        }

        private static ref char[]? BlankedText => ref Scratch.Current.BlankedText; // Blanked's buffer (only its string is kept)

        /// <summary><paramref name="t"/> with the positions <paramref name="mask"/> marks (none before <paramref name="first"/>) as spaces.</summary>
        private static string Blanked(string t, bool[] mask, int first)
        {
            char[] chars;
            if (t.Length > 1 << 16) chars = new char[t.Length]; // a huge block's buffer is not kept
            else
            {
                if (BlankedText == null || BlankedText.Length < t.Length) BlankedText = new char[Math.Max(t.Length, 1024)];
                chars = BlankedText;
            }
            t.CopyTo(0, chars, 0, t.Length);
            for (int i = first; i < t.Length; i++) if (mask[i]) chars[i] = ' ';
            return new string(chars, 0, t.Length);
        }

        private TokenList?[]? _outsideTokens;

        /// <summary>
        /// <c>Tokenizer.Names(_outside[b])</c>, from the tokens of the people step: when nothing in the block is quoted they
        /// are the same text's tokens; else the blanked ranges run from a quotation mark (a one-character token) or the block's
        /// start to a mark or the block's end, so no token crosses their edges, and the outside text's tokens are the block's
        /// tokens that do not start in a blanked range.
        /// </summary>
        private TokenList OutsideTokens(int b)
        {
            _outsideTokens ??= new TokenList?[_outside.Length];
            var all = _outsideTokens[b];
            if (all != null) return all;
            if (b >= _people.BlockTokens.Count) all = Tokenizer.Names(_outside[b]);
            else if (ReferenceEquals(_outside[b], _ctx.Body[b].Text)) all = _people.BlockTokens[b];
            else all = _people.BlockTokens[b].Without(_masks[b]);
            return _outsideTokens[b] = all;
        }

        /// <summary>
        /// <c>Tokenizer.Names(_outside[b].Substring(from, to - from))</c>, from the tokens of the whole outside text of the
        /// block. The bounds used are sentence starts and ends, window bounds at a space, and the places of quotation marks
        /// (blanked, or a single mark with no letter or digit on its outer side): no token crosses them.
        /// </summary>
        private TokenList OutsideTokens(int b, int from, int to) => OutsideTokens(b).Slice(from, to);

        /// <summary>The index of the first token starting at or after <paramref name="pos"/> (the bound <see cref="TokenList.Slice"/> uses).</summary>
        private static int TokenAt(TokenList toks, int pos)
        {
            int lo = 0, hi = toks.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (toks[mid].Start < pos) lo = mid + 1; else hi = mid; }
            return lo;
        }

        /// <summary>
        /// Is token index <paramref name="k"/> a bound that <see cref="NameScanner.Mentions"/> cannot see across? True at the
        /// list's ends, and right after a '.', '!' or '?' token that does not close a title or an initial ("Dr.", "M.", "Tan
        /// Sri."): the only steps of a name run that pass such a token are a title's or an initial's period; every other look
        /// back sees a non-word token that is no comma, bracket or quotation mark (as at the start of a text), and every other
        /// look ahead stops at it (as at the end of a text). So the mentions of the tokens between two such bounds are
        /// those of the whole list that start between them, their token indexes shifted.
        /// </summary>
        private static bool OpaqueBound(TokenList toks, int k)
        {
            if (k == 0 || k == toks.Count) return true;
            var t = toks[k - 1];
            if (t.IsWord || t.Text.Length != 1) return false;
            char c = t.Text[0];
            if (c == '!' || c == '?') return true;
            if (c != '.') return false;
            if (k < 2) return true;
            var w = toks[k - 2];
            return !(w.IsWord && w.End == t.Start && (w.Text.Length == 1 || NameLexicon.Titles.Contains(w.Text) || w.Is("tan") || w.Is("sri")));
        }

        private static readonly char[] SentenceEnds = { '.', '!', '?' };

        /// <summary>
        /// "S.Pd.", "S.H.", "M.Si.": the period at <paramref name="dot"/> joins the parts of a degree written short (up to three
        /// letters before it, up to four after it, then another period), and ends no sentence.
        /// </summary>
        private static bool GluedAbbreviation(string t, int dot)
        {
            int b = dot;
            while (b > 0 && char.IsLetter(t[b - 1])) b--;
            int e = dot + 1;
            while (e < t.Length && char.IsLetter(t[e])) e++;
            return dot - b is >= 1 and <= 3 && e - dot - 1 is >= 1 and <= 4 && e < t.Length && t[e] == '.';
        }

        private static List<int> Sentences(string t, bool[] mask)
        {
            var starts = new List<int> { 0 };
            // a sentence ends only at a '.', '!' or '?', or at a double mark right after one: visit those places only, in order
            for (int p = t.IndexOfAny(SentenceEnds); p >= 0; p = p + 1 < t.Length ? t.IndexOfAny(SentenceEnds, p + 1) : -1)
            {
                SentenceEndAt(t, mask, p, starts);
                if (p + 1 < t.Length && QuoteMarks.IsDoubleMark(t[p + 1])) SentenceEndAt(t, mask, p + 1, starts);
            }
            return starts;
        }

        /// <summary>When position <paramref name="i"/> ends a sentence, adds the next sentence's start (if any).</summary>
        private static void SentenceEndAt(string t, bool[] mask, int i, List<int> starts)
        {
            char c = t[i];
            bool end = false;
            if ((c == '.' || c == '!' || c == '?') && !mask[i]) end = !(c == '.' && AfterTitle(t, i));
            else if (mask[i] && QuoteMarks.IsDoubleMark(c) && i > 0 && (t[i - 1] == '.' || t[i - 1] == '!' || t[i - 1] == '?') && (i + 1 >= t.Length || !mask[i + 1]))
            {
                // a closing mark after sentence-final punctuation: ends the sentence when a new one follows
                int k = i + 1;
                while (k < t.Length && t[k] == ' ') k++;
                if (k < t.Length && k > i + 1 && char.IsUpper(t[k])) end = true;
            }
            if (!end) return;
            int j = i + 1;
            if (j < t.Length && char.IsUpper(t[j])) { if (!GluedAbbreviation(t, i)) starts.Add(j); return; }
            // "… diamankan.”Saya belum …": a quotation glued to the stop opens the next sentence
            if (j + 1 < t.Length && QuoteMarks.IsDoubleMark(t[j]) && mask[j] && mask[j + 1]) { starts.Add(j); return; }
            if (j < t.Length && !char.IsWhiteSpace(t[j])) return;
            while (j < t.Length && char.IsWhiteSpace(t[j])) j++;
            if (j < t.Length && (char.IsUpper(t[j]) || QuoteMarks.IsDoubleMark(t[j]) || char.IsDigit(t[j]) && c != '.')) starts.Add(j);
        }

        /// <summary>"Dr. Budi", "Prof. Ani": a period closing a short title does not end the sentence.</summary>
        private static bool AfterTitle(string t, int dot)
        {
            int b = dot;
            while (b > 0 && char.IsLetter(t[b - 1])) b--;
            if (b == dot || dot - b > 5) return false;
            if (b > 0 && !char.IsWhiteSpace(t[b - 1]) && t[b - 1] != '.' && t[b - 1] != ',' && t[b - 1] != '(') return false;
            var w = t.Substring(b, dot - b);
            // an initial before a capitalised name word: "M. Qodari"
            if (w.Length == 1 && char.IsUpper(w[0]) && dot + 2 < t.Length && t[dot + 1] == ' ' && char.IsUpper(t[dot + 2]))
            {
                // "kelas A. Namun …" still ends a sentence: the next word must be a name word
                int e = dot + 2;
                while (e < t.Length && char.IsLetter(t[e])) e++;
                return !NameLexicon.IsNonName(t.Substring(dot + 2, e - dot - 2));
            }
            // "AKP R.M Tarigas": initials glued by their period (another capital letter, then a space or a period) are one name
            if (w.Length == 1 && char.IsUpper(w[0]) && dot + 2 < t.Length && char.IsUpper(t[dot + 1]) && (t[dot + 2] == ' ' || t[dot + 2] == '.')) return true;
            return NameLexicon.Titles.Contains(w) && w.Length <= 5 && !w.Equals("ibu", StringComparison.OrdinalIgnoreCase) && !w.Equals("pak", StringComparison.OrdinalIgnoreCase) && !w.Equals("bu", StringComparison.OrdinalIgnoreCase);
        }

        private (int Start, int End) SentenceAt(int b, int pos)
        {
            var st = _bounds[b];
            int i = SentenceIndex(st, pos);
            return (i >= 0 ? st[i] : 0, i + 1 < st.Count ? st[i + 1] : _ctx.Body[b].Text.Length);
        }

        /// <summary>The index of the last sentence start at or before <paramref name="pos"/> (-1 when none): a binary search over the sorted starts.</summary>
        private static int SentenceIndex(List<int> starts, int pos)
        {
            int lo = 0, hi = starts.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (starts[mid] <= pos) lo = mid + 1; else hi = mid; }
            return lo - 1;
        }

        public List<QuoteModel> Run()
        {
            var body = _ctx.Body;
            // each quote span belongs to the sentence its opening mark is in; bucket them once (keeping their order)
            var bySentence = new Dictionary<(int Block, int Sentence), List<QuoteSpan>>();
            foreach (var q in _spans)
            {
                var st = _bounds[q.StartBlock];
                int si = SentenceIndex(st, q.OpenPos);
                if (si < 0) continue;
                int e = si + 1 < st.Count ? st[si + 1] : body[q.StartBlock].Text.Length;
                if (q.OpenPos >= e) continue;
                var key = (q.StartBlock, si);
                if (!bySentence.TryGetValue(key, out var list)) bySentence[key] = list = new List<QuoteSpan>();
                list.Add(q);
            }
            for (int b = 0; b < body.Count; b++)
            {
                var st = _bounds[b];
                for (int si = 0; si < st.Count; si++)
                {
                    int s = st[si], e = si + 1 < st.Count ? st[si + 1] : body[b].Text.Length;
                    TakeIntroduced(b, s, e);
                    string? explicitSpeaker = null;
                    if (bySentence.TryGetValue((b, si), out var spans))
                        foreach (var q in spans)
                        {
                            var sp = Resolve(q, out var isExplicit);
                            if (isExplicit && sp != null && explicitSpeaker == null) explicitSpeaker = sp;
                        }
                    UpdateSubject(b, s, e, explicitSpeaker);
                }
            }
            return _result;
        }

        private string? Emit(QuoteSpan q, string text, QuoteKind kind, List<string> speakers, string? verb, string? addressee, string? via, bool isExplicit, string rule)
        {
            var block = _ctx.Body[q.StartBlock];
            // the speakers without repeats, in order (as Distinct with an ordinal comparer)
            var distinct = new List<string>(speakers.Count);
            foreach (var x in speakers) if (!distinct.Contains(x)) distinct.Add(x);
            var (line, column) = block.At(q.OpenPos);
            _result.Add(new QuoteModel(line, column, text, kind, new EquatableArray<string>(distinct.ToArray()), verb, addressee, via)
            {
                Rule = rule,
                SpeakerRule = distinct.Count > 0 ? _why : null,
            });
            _why = null;
            if (distinct.Count == 1)
                foreach (var p in _people.Persons)
                    if (IsJoined(p.Tokens, distinct[0])) return distinct[0];
            return null;
        }

        /// <summary><c>string.Join(" ", tokens) == s</c> (a person's <see cref="PersonEntry.Name"/>), without building the joined string.</summary>
        private static bool IsJoined(string[] tokens, string s)
        {
            int pos = 0;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (i > 0)
                {
                    if (pos >= s.Length || s[pos] != ' ') return false;
                    pos++;
                }
                var t = tokens[i] ?? "";
                if (pos + t.Length > s.Length || string.CompareOrdinal(s, pos, t, 0, t.Length) != 0) return false;
                pos += t.Length;
            }
            return pos == s.Length;
        }

        private HashSet<string>? _personWords;

        /// <summary>
        /// <c>_people.Find(name)</c>. A person found holds all of the name's words, or (a name of two words or more) the name
        /// holds all of the person's: either way some word of the name is a word of some person, so without one it is null.
        /// </summary>
        private static bool IsRomanNumeral(string w) => w.Length <= 4 && w.Length > 0 && w.All(c => c is 'I' or 'V' or 'X');

        private PersonEntry? FindPerson(string[] name)
        {
            // "pejabat eselon I", "Kodam I": a Roman numeral alone is no short form of "I Made …"
            if (name.Length == 1 && IsRomanNumeral(name[0])) return null;
            if (_personWords == null)
            {
                _personWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in _people.Persons) foreach (var w in p.Tokens) _personWords.Add(w);
            }
            foreach (var w in name) if (_personWords.Contains(w)) return _people.Find(name);
            // "Jokowi": a short name the lexicon knows stands for its full name ("ujar Presiden Jokowi" names no place)
            return NameLexicon.KnownFullName(name) is { } full && Array.Exists(full, _personWords.Contains) ? _people.Find(full) : null;
        }
    }
}
