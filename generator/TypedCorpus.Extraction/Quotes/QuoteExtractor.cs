using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Finds quotations in an article's body and attributes them (corpus-model.md §4).</summary>
    public static class QuoteExtractor
    {
        /// <summary>Quotes of the body, in order. Speakers are article-level names (the corpus step canonicalises them).</summary>
        public static IReadOnlyList<QuoteModel> Extract(ArticleContext context)
        {
            var people = ArticlePeople.Analyze(context);
            var spans = QuoteSpans.Find(context, out var masks);
            return new Attribution(context, people, spans, masks).Run();
        }
    }

    /// <summary>A quoted span: its parts (one per paragraph), opening mark and closing mark.</summary>
    public sealed class QuoteSpan
    {
        public int StartBlock;
        public int OpenPos;
        public int EndBlock;
        public int ClosePos;
        public bool Single;
        public readonly List<(int Block, int From, int To)> Parts = new List<(int, int, int)>();
    }

    /// <summary>Pairs quotation marks by position (a mark opens when no quote is open, else closes), across paragraphs.</summary>
    public static class QuoteSpans
    {
        public static List<QuoteSpan> Find(ArticleContext context) => Find(context, out _);

        /// <summary>As <see cref="Find(ArticleContext)"/>; <paramref name="masks"/> are the spans' <see cref="ReadOnlyMasks"/>.</summary>
        internal static List<QuoteSpan> Find(ArticleContext context, out bool[][] masks)
        {
            var body = context.Body;
            var spans = new List<QuoteSpan>();
            QuoteSpan? open = null;
            int partStart = 0;
            for (int b = 0; b < body.Count; b++)
            {
                var t = body[b].Text;
                int i = 0;
                if (open != null)
                {
                    int f = FirstNonSpace(t);
                    if (f < t.Length && QuoteMarks.IsDoubleMark(t[f])) { partStart = f + 1; i = f + 1; }
                    else { Unclosed(context, open); open = null; }
                }
                // only the double marks matter here: jump from one to the next
                var doubleMarks = t.IndexOfAny(RareDoubleMarks) < 0 ? CommonDoubleMarks : DoubleMarks; // the same marks in this text
                for (i = NextMark(t, doubleMarks, i); i >= 0; i = NextMark(t, doubleMarks, i + 1))
                {
                    if (open == null)
                    {
                        open = new QuoteSpan { StartBlock = b, OpenPos = i };
                        partStart = i + 1;
                    }
                    else
                    {
                        open.Parts.Add((b, partStart, i));
                        open.EndBlock = b;
                        open.ClosePos = i;
                        spans.Add(open);
                        open = null;
                    }
                }
                if (open != null)
                {
                    open.Parts.Add((b, partStart, t.Length));
                    bool continues = b + 1 < body.Count && FirstNonSpace(body[b + 1].Text) < body[b + 1].Text.Length
                        && QuoteMarks.IsDoubleMark(body[b + 1].Text[FirstNonSpace(body[b + 1].Text)]);
                    if (!continues) { Unclosed(context, open); open = null; }
                }
            }
            // single marks used as quotes of their own, outside double quotes
            masks = ReadOnlyMasks(spans, body); // single-marked spans add nothing to the masks: they are the final spans' masks
            for (int b = 0; b < body.Count; b++)
            {
                var t = body[b].Text;
                var mask = masks[b];
                int openAt = -1;
                // only the single marks matter here: jump from one to the next
                for (int i = NextMark(t, SingleMarks, 0); i >= 0; i = NextMark(t, SingleMarks, i + 1))
                {
                    if (mask[i]) continue;
                    char prev = i > 0 ? t[i - 1] : ' ';
                    char next = i + 1 < t.Length ? t[i + 1] : ' ';
                    if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) continue; // apostrophe: Ma'ruf, Jum'at
                    bool canOpen = !char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next);
                    bool canClose = !char.IsLetterOrDigit(next) && !char.IsWhiteSpace(prev);
                    if (openAt < 0 && canOpen) openAt = i;
                    else if (openAt >= 0 && canClose)
                    {
                        var s = new QuoteSpan { StartBlock = b, OpenPos = openAt, EndBlock = b, ClosePos = i, Single = true };
                        s.Parts.Add((b, openAt + 1, i));
                        spans.Add(s);
                        openAt = -1;
                    }
                }
            }
            spans.Sort((x, y) => x.StartBlock != y.StartBlock ? x.StartBlock.CompareTo(y.StartBlock) : x.OpenPos.CompareTo(y.OpenPos));
            return spans;
        }

        /// <summary>
        /// As <see cref="Masks"/>, for reading only: the blocks no double-marked quote touches share one array of false values
        /// (at least as long as each of them), so only the blocks with quotes get arrays of their own.
        /// </summary>
        internal static bool[][] ReadOnlyMasks(List<QuoteSpan> spans, IReadOnlyList<BodyBlock> body)
        {
            var touched = new bool[body.Count];
            foreach (var s in spans)
            {
                if (s.Single) continue;
                for (int b = Math.Max(0, s.StartBlock); b <= s.EndBlock && b < body.Count; b++) touched[b] = true;
            }
            int longest = 0;
            for (int b = 0; b < body.Count; b++) if (!touched[b]) longest = Math.Max(longest, body[b].Text.Length);
            var none = new bool[longest];
            var masks = new bool[body.Count][];
            for (int b = 0; b < body.Count; b++) masks[b] = touched[b] ? new bool[body[b].Text.Length] : none;
            Fill(masks, spans, body);
            return masks;
        }

        /// <summary>For every block, the positions inside a double-marked quote of <paramref name="spans"/> (marks included); one pass over the spans.</summary>
        public static bool[][] Masks(List<QuoteSpan> spans, IReadOnlyList<BodyBlock> body)
        {
            var masks = new bool[body.Count][];
            for (int b = 0; b < body.Count; b++) masks[b] = new bool[body[b].Text.Length];
            Fill(masks, spans, body);
            return masks;
        }

        private static void Fill(bool[][] masks, List<QuoteSpan> spans, IReadOnlyList<BodyBlock> body)
        {
            foreach (var s in spans)
            {
                if (s.Single) continue;
                for (int b = Math.Max(0, s.StartBlock); b <= s.EndBlock && b < body.Count; b++)
                {
                    var mask = masks[b];
                    int from = s.StartBlock == b ? s.OpenPos : 0;
                    int to = s.EndBlock == b ? s.ClosePos : mask.Length - 1;
                    for (int i = Math.Max(0, from); i <= to && i < mask.Length; i++) mask[i] = true;
                }
            }
        }

        /// <summary>The characters of <see cref="QuoteMarks.IsDoubleMark"/> and <see cref="QuoteMarks.IsSingleMark"/>.</summary>
        private static readonly char[] DoubleMarks = { '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u201F' };
        private static readonly char[] SingleMarks = { '\'', '\u2018', '\u2019', '\u201A', '\u201B' };

        /// <summary>The double marks split in two sets of at most five, which IndexOfAny searches fastest.</summary>
        private static readonly char[] CommonDoubleMarks = { '"', '\u201C', '\u201D', '\u00AB', '\u00BB' };
        private static readonly char[] RareDoubleMarks = { '\u201E', '\u201F' };

        /// <summary>The position of the first of <paramref name="marks"/> at or after <paramref name="from"/>, or -1.</summary>
        private static int NextMark(string t, char[] marks, int from) => from < t.Length ? t.IndexOfAny(marks, from) : -1;

        private static int FirstNonSpace(string t)
        {
            int i = 0;
            while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
            return i;
        }

        private static void Unclosed(ArticleContext context, QuoteSpan open)
        {
            var block = context.Body[open.StartBlock];
            context.Diagnostics.Add(Diagnostics.Create(DiagnosticIds.UnclosedQuote, block.Line, block.Column + open.OpenPos, 1,
                "this quotation mark opens a quote that is never closed in its paragraph (and the next paragraph does not continue it); add the closing mark or remove the stray one"));
        }
    }

    /// <summary>Attributes quotes sentence by sentence, keeping track of the current subject for pronouns and -nya cues.</summary>
    internal sealed class Attribution
    {
        private readonly ArticleContext _ctx;
        private readonly ArticlePeople _people;
        private readonly List<QuoteSpan> _spans;
        private readonly string[] _outside;
        private readonly bool[][] _masks;
        private readonly List<int>[] _bounds;
        private string? _subject;
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
                else
                {
                    var chars = t.ToCharArray();
                    for (int i = first; i < chars.Length; i++) if (mask[i]) chars[i] = ' ';
                    _outside[b] = new string(chars);
                }
                _bounds[b] = Sentences(t, mask);
            }
        }

        private List<Tok>?[]? _outsideTokens;

        /// <summary>
        /// <c>NameScanner.Tokenize(_outside[b])</c>, from the tokens of the people step: when nothing in the block is quoted they
        /// are the same text's tokens; else the blanked ranges run from a quotation mark (a one-character token) or the block's
        /// start to a mark or the block's end, so no token crosses their edges, and the outside text's tokens are the block's
        /// tokens that do not start in a blanked range.
        /// </summary>
        private List<Tok> OutsideTokens(int b)
        {
            _outsideTokens ??= new List<Tok>?[_outside.Length];
            var all = _outsideTokens[b];
            if (all != null) return all;
            if (b >= _people.BlockTokens.Count) all = NameScanner.Tokenize(_outside[b]);
            else if (ReferenceEquals(_outside[b], _ctx.Body[b].Text)) all = _people.BlockTokens[b];
            else
            {
                var mask = _masks[b];
                var blockToks = _people.BlockTokens[b];
                all = new List<Tok>(blockToks.Count);
                foreach (var t in blockToks) if (!mask[t.Start]) all.Add(t);
            }
            return _outsideTokens[b] = all;
        }

        /// <summary>
        /// <c>NameScanner.Tokenize(_outside[b].Substring(from, to - from))</c>, from the tokens of the whole outside text of the
        /// block. The bounds used are sentence starts and ends, window bounds at a space, and the places of quotation marks
        /// (blanked, or a single mark with no letter or digit on its outer side): no token crosses them.
        /// </summary>
        private List<Tok> OutsideTokens(int b, int from, int to) => NameScanner.Slice(OutsideTokens(b), from, to);

        /// <summary>The index of the first token starting at or after <paramref name="pos"/> (the bound <see cref="NameScanner.Slice"/> uses).</summary>
        private static int TokenAt(List<Tok> toks, int pos)
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
        private static bool OpaqueBound(List<Tok> toks, int k)
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
            if (j < t.Length && char.IsUpper(t[j])) { starts.Add(j); return; }
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

        private void UpdateSubject(int b, int s, int e, string? explicitSpeaker)
        {
            if (explicitSpeaker != null) { _subject = explicitSpeaker; return; }
            // a sentence with nothing quoted in it is its block's text there, so it may take the people step's tokens and mentions
            bool plain = b < _people.BlockTokens.Count && (ReferenceEquals(_outside[b], _ctx.Body[b].Text) || Array.IndexOf(_masks[b], true, s, e - s) < 0);
            // the sentence's tokens are toks[lo..hi), those NameScanner.Slice(toks, s, e) would copy
            var toks = plain ? _people.BlockTokens[b] : OutsideTokens(b);
            int lo = TokenAt(toks, s), hi = TokenAt(toks, e);
            int first = lo;
            while (first < hi && !toks[first].IsWord) first++;
            if (first < hi && (toks[first].Is("ia") || toks[first].Is("dia") || toks[first].Is("beliau"))) return;
            // "Setelah bertemu Ani, Budi mengatakan …": the main clause's subject first
            int main = MainClauseStart(toks, lo, hi, hi);
            if (main > lo && main < hi && (IsPronoun(toks[main]))) return;
            List<Mention> mentions;
            int shift;
            if (plain && OpaqueBound(toks, lo) && OpaqueBound(toks, hi)) { mentions = _people.BlockMentions[b]; shift = 0; }
            else { mentions = NameScanner.Mentions(_outside[b].Substring(s, e - s), NameScanner.Slice(toks, s, e)); shift = lo; }
            // the sentence's new subject: a person who speaks in it ("Budi menambahkan", "menurut Budi", "lanjut Budi"), else
            // the person its main clause opens with; a person named elsewhere (an object, a parenthesis) is no subject
            PersonEntry? opener = null;
            foreach (var m in mentions)
            {
                int at = m.TokenIndex + shift;
                if (at < lo) continue;
                if (at >= hi) break;
                var p = FindPerson(m.Name);
                if (p == null) continue;
                int end = m.EndTokenIndex + shift;
                if (SpeaksHere(toks, lo, at, end, hi)) { _subject = p.Name; return; }
                if (opener == null && OpensClause(toks, main > lo && at >= main ? main : lo, at) && !Undergoes(toks, end + 1, hi)) opener = p;
            }
            if (opener != null) _subject = opener.Name;
        }

        /// <summary>Lower-case words that may stand inside an office title before its holder's name ("juru bicara", "Kepala Bidang X dan Y").</summary>
        private static readonly HashSet<string> TitleGlue = LexiconResource.WordSet("office-title-glue");

        /// <summary>Sentence adverbials that may come before a clause's subject ("Sementara itu,", "Adapun", "Secara terpisah,").</summary>
        private static readonly HashSet<string> LeadAdverbials = LexiconResource.WordSet("lead-adverbials");

        /// <summary>
        /// Is the name before <paramref name="a"/> described rather than acting: "Sunardi yang terpaksa ditembak …",
        /// "Korban dibawa …" (a relative clause or a passive verb)? Such a sentence is about the person, who says nothing.
        /// </summary>
        private static bool Undergoes(List<Tok> toks, int a, int hi)
        {
            if (a >= hi || !toks[a].IsWord) return false;
            var w = toks[a].Text;
            return toks[a].Is("yang") || w.Length > 5 && !toks[a].IsCap && (w.StartsWith("di", StringComparison.Ordinal) && !w.StartsWith("dian", StringComparison.Ordinal)
                || w.StartsWith("ter", StringComparison.Ordinal));
        }

        /// <summary>Passive verbs of saying: their agent follows ("hal itu disampaikan Kepala Dinas Budi", "dikatakan oleh Ani").</summary>
        private static readonly HashSet<string> PassiveSaying = LexiconResource.WordSet("passive-saying-verbs");

        /// <summary>
        /// Does a name at <paramref name="at"/> open its clause (from <paramref name="from"/>)? Only capitalised office words,
        /// titles, brackets, commas and the glue of office titles stand before it, after sentence adverbials.
        /// </summary>
        private static bool OpensClause(List<Tok> toks, int from, int at)
        {
            int i = from;
            while (i < at && (!toks[i].IsWord || LeadAdverbials.Contains(toks[i].Text))) i++;
            int lower = 0;
            for (; i < at; i++)
            {
                var t = toks[i];
                if (!t.IsWord) { if (t.Text == "." || t.Text == ":" || t.Text == ";") return false; continue; }
                if (t.IsCap || t.HasDigit) continue;
                if (TitleGlue.Contains(t.Text) || NameLexicon.IsPersonRole(t.Text) || NameLexicon.IsTitle(t.Text)) continue;
                if (++lower > 2 || NameLexicon.StopWords.Contains(t.Text) || NameScanner.SayingVerbs.Contains(t.Text)) return false;
            }
            return true;
        }

        /// <summary>
        /// Is the name at toks[<paramref name="at"/>..<paramref name="end"/>] the one who speaks in its sentence: right after
        /// a cue or "menurut", or followed by a verb of saying (after an apposition, "pun", "juga")?
        /// </summary>
        private static bool SpeaksHere(List<Tok> toks, int lo, int at, int end, int hi)
        {
            int b = at - 1;
            while (b >= lo && (toks[b].IsCap || toks[b].Text == "(" || toks[b].Text == ")") && b > at - 16) b--; // the office words of the name's run
            if (b >= lo && toks[b].IsWord && toks[b].Is("oleh") && b > lo && PassiveSaying.Contains(toks[b - 1].Text)) b--;
            if (b >= lo && toks[b].IsWord && (NameScanner.Cue(toks[b].Text) is { Nya: false } || toks[b].Is("menurut") || PassiveSaying.Contains(toks[b].Text))) return true;
            int a = end + 1;
            // "Diyanto dari Seksi Pengujian … Dinas Perhubungan Kabupaten Cirebon menambahkan": the body he speaks for
            if (NameScanner.AfterBodyOf(toks, a, hi) is int afterBody) a = afterBody;
            if (a < hi && toks[a].Text == ",")
            {
                // an apposition: ", salah satu anggota staf dari KSOP Marunda," / ", Ketua RT 05,"
                int close = a + 1;
                while (close < hi && close < a + 14 && toks[close].Text != "," && toks[close].Text != ".") close++;
                if (close < hi && toks[close].Text == ",") a = close + 1; else return false;
            }
            // "Widi Amanasto yang dihubungi terpisah menyatakan": a short relative clause before the verb
            if (a < hi && toks[a].Is("yang"))
                for (int v = a + 1; v < hi && v <= a + 5 && toks[v].IsWord; v++)
                    if (NameScanner.SayingVerbs.Contains(toks[v].Text)) return true;
            a = NameScanner.SkipAdverbs(toks, a, hi);
            return a < hi && toks[a].IsWord && (NameScanner.SayingVerbs.Contains(toks[a].Text) || NameScanner.Cue(toks[a].Text) is { Nya: false });
        }

        /// <summary>The quote's parts, trimmed, the empty ones left out, joined by spaces.</summary>
        private string Text(QuoteSpan q)
        {
            string? first = null;
            System.Text.StringBuilder? joined = null;
            foreach (var p in q.Parts)
            {
                var part = _ctx.Body[p.Block].Text.Substring(p.From, Math.Max(0, p.To - p.From)).Trim();
                if (part.Length == 0) continue;
                if (first == null) first = part;
                else (joined ??= new System.Text.StringBuilder(first)).Append(' ').Append(part);
            }
            return joined?.ToString() ?? first ?? "";
        }

        /// <summary>Words that introduce a name or title: what follows in quotes is a term, not somebody's words.</summary>
        private static readonly HashSet<string> NamingWords = LexiconResource.WordSet("naming-words");

        /// <summary>How many characters of its sentence on each side of a quote are searched for the attribution.</summary>
        internal const int ContextWindow = 500;

        private static int WindowStart(string t, int sentenceStart, int open)
        {
            if (open - sentenceStart <= ContextWindow) return sentenceStart;
            int k = open - ContextWindow;
            while (k < open && !char.IsWhiteSpace(t[k])) k++; // never start inside a word
            return k;
        }

        private static int WindowEnd(string t, int from, int sentenceEnd)
        {
            if (sentenceEnd - from <= ContextWindow) return sentenceEnd;
            int k = from + ContextWindow;
            while (k > from && !char.IsWhiteSpace(t[k - 1])) k--; // never end inside a word
            return k;
        }

        /// <summary>Attributes one quote and records it; returns the speaker set when it is one named person.</summary>
        private string? Resolve(QuoteSpan q, out bool isExplicit)
        {
            isExplicit = false;
            var body = _ctx.Body;
            var text = Text(q);
            if (text.Length == 0) return null;
            var (s, _) = SentenceAt(q.StartBlock, q.OpenPos);
            var (_, e2) = SentenceAt(q.EndBlock, q.ClosePos);
            // the attribution is looked for in the quote's sentence, within a window around the quote: a run-on "sentence"
            // of hostile length then costs a bounded amount per quote (news sentences are far shorter than the window)
            var outsideStart = _outside[q.StartBlock];
            s = WindowStart(outsideStart, s, q.OpenPos);
            int postFrom = Math.Min(q.ClosePos + 1, body[q.EndBlock].Text.Length);
            e2 = WindowEnd(_outside[q.EndBlock], postFrom, e2);
            string preText = outsideStart.Substring(s, q.OpenPos - s);
            string postText = _outside[q.EndBlock].Substring(postFrom, Math.Max(0, e2 - postFrom));
            var preToks = _pre.Set(OutsideTokens(q.StartBlock, s, q.OpenPos), q.StartBlock, s, q.OpenPos);
            var postToks = _post.Set(OutsideTokens(q.EndBlock, postFrom, Math.Max(postFrom, e2)), q.EndBlock, postFrom, Math.Max(postFrom, e2));
            string? via = Via(preToks) ?? Via(postToks);
            var lastChar = text.Length > 0 ? text[text.Length - 1] : ' ';
            bool endsClause = lastChar == ',' || lastChar == '.' || lastChar == '?' || lastChar == '!' || lastChar == ';';

            // 1. cue after the quote: "…," ujar Xi. / "…," katanya. / "…," Xi menambahkan.
            int w = 0;
            while (w < postToks.Count && !postToks[w].IsWord && (postToks[w].Text == "," || postToks[w].Text == "-" || postToks[w].Text == "\u2014" || postToks[w].Text == "\u2013")) w++;
            bool commaAfter = postToks.Count > 0 && postToks[0].Text == ",";
            if (!q.Single && w < postToks.Count && postToks[w].IsWord && (endsClause || commaAfter))
            {
                var cue = NameScanner.Cue(postToks[w].Text);
                if (cue != null)
                {
                    var verb = postToks[w].Text;
                    List<string> speakers;
                    if (cue.Value.Nya) speakers = SubjectList();
                    else { speakers = SpeakerAfter(postText, postToks, w + 1, out isExplicit); }
                    var addressee = Addressee(postText, postToks, w + 1);
                    return Emit(q, text, QuoteKind.Direct, speakers, verb, addressee, via, isExplicit, QuoteRules.CueAfter);
                }
                // "…," Xi menambahkan.
                if (postToks[w].IsCap)
                {
                    int v = w;
                    while (v < postToks.Count && v < w + 6 && postToks[v].IsCap) v++;
                    if (v < postToks.Count && postToks[v].IsWord && NameScanner.SayingVerbs.Contains(postToks[v].Text))
                    {
                        var speakers = SpeakerAfter(postText, postToks, w, out isExplicit);
                        return Emit(q, text, QuoteKind.Direct, speakers, postToks[v].Text, Addressee(postText, postToks, v + 1), via, isExplicit, QuoteRules.NameVerbAfter);
                    }
                }
            }

            bool postEmpty = !AnyWord(postToks);
            var preTrim = preText.TrimEnd();
            // 2. cue before the quote: X mengatakan: "…" / Menurut X, "…"
            if (!q.Single && postEmpty && preTrim.Length > 0 && (preTrim[preTrim.Length - 1] == ':' || preTrim[preTrim.Length - 1] == ','))
            {
                int menurut = preToks.FindIndex(t => t.Is("menurut") || t.Is("menurutnya"));
                if (menurut >= 0)
                {
                    List<string> speakers = preToks[menurut].Is("menurutnya") ? SubjectList() : SpeakerAfter(preText, preToks, menurut + 1, out isExplicit);
                    if (speakers.Count > 0)
                        return Emit(q, text, QuoteKind.Direct, speakers, preToks[menurut].Text, Addressee(preText, preToks, 0), via, isExplicit, QuoteRules.MenurutBefore);
                }
                int verbAt = -1;
                for (int i = preToks.Count - 1; i >= 0; i--)
                    if (preToks[i].IsWord && (NameScanner.SayingVerbs.Contains(preToks[i].Text) || NameScanner.Cue(preToks[i].Text) is { Nya: false })) { verbAt = i; break; }
                if (verbAt >= 0)
                {
                    var speakers = SubjectBefore(preText, preToks, verbAt, out isExplicit);
                    if (speakers.Count > 0)
                        return Emit(q, text, QuoteKind.Direct, speakers, preToks[verbAt].Text, Addressee(preText, preToks, 0), via, isExplicit, QuoteRules.VerbBefore);
                }
            }

            // 3. a quote that is its own sentence: the neighbouring sentence names the speaker
            bool preEmpty = !AnyWord(preToks);
            if (!q.Single && preEmpty && postEmpty && (endsClause || q.EndBlock != q.StartBlock))
            {
                var speakers = SubjectList();
                if (speakers.Count == 0)
                {
                    var block = body[q.StartBlock];
                    _ctx.Diagnostics.Add(Diagnostics.Create(DiagnosticIds.UnattributedQuote, block.Line, block.Column + q.OpenPos, 1,
                        "this quoted statement has no attribution and no earlier sentence names a speaker; add a cue such as '\", kata <nama>.' or name the speaker in the sentence before"));
                }
                return Emit(q, text, QuoteKind.Direct, speakers, null, null, via, false, QuoteRules.OwnSentence);
            }

            // 4. a fragment: partial when the clause's subject is a speaker, else a term; a quoted name or title right after a
            // naming word ("grup bernama \"Keluarga Emas\"", "buku berjudul \"…\"", "dijuluki \"…\"") is always a term
            int lastWord = preToks.FindLastIndex(t => t.IsWord);
            if (lastWord >= 0 && lastWord >= preToks.Count - 2 && NamingWords.Contains(preToks[lastWord].Text))
                return Emit(q, text, QuoteKind.Term, new List<string>(), null, null, null, false, QuoteRules.NamingWord);
            var sp = FragmentSubject(preText, preToks);
            string? addr = FragmentAddressee(preText, preToks);
            if (sp.Count > 0) return Emit(q, text, QuoteKind.Partial, sp, null, addr, via, false, QuoteRules.Fragment);
            return Emit(q, text, QuoteKind.Term, new List<string>(), null, null, null, false, QuoteRules.TermFragment);
        }

        private string? Emit(QuoteSpan q, string text, QuoteKind kind, List<string> speakers, string? verb, string? addressee, string? via, bool isExplicit, string rule)
        {
            var block = _ctx.Body[q.StartBlock];
            // the speakers without repeats, in order (as Distinct with an ordinal comparer)
            var distinct = new List<string>(speakers.Count);
            foreach (var x in speakers) if (!distinct.Contains(x)) distinct.Add(x);
            _result.Add(new QuoteModel(block.Line, block.Column + q.OpenPos, text, kind, new EquatableArray<string>(distinct.ToArray()), verb, addressee, via)
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
        private PersonEntry? FindPerson(string[] name)
        {
            if (_personWords == null)
            {
                _personWords = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in _people.Persons) foreach (var w in p.Tokens) _personWords.Add(w);
            }
            foreach (var w in name) if (_personWords.Contains(w)) return _people.Find(name);
            return null;
        }

        private static bool AnyWord(List<Tok> toks)
        {
            foreach (var t in toks) if (t.IsWord) return true;
            return false;
        }

        /// <summary>A token list of the quote being attributed (its text before or after it): where it stands, and its mentions once scanned.</summary>
        private sealed class ContextTokens
        {
            public List<Tok>? Toks;
            public int Block, From, To;
            public List<Mention>? Mentions;

            public List<Tok> Set(List<Tok> toks, int block, int from, int to)
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
        private List<Mention> MentionsOf(string text, List<Tok> toks)
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
        private static bool OpaqueBelow(List<Tok> toks, int lo, int hi)
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
        private static bool OpaqueAbove(List<Tok> toks, int lo, int hi)
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

        private List<string> SubjectList() => Found(SpeakerRules.Subject, _subject != null ? new List<string> { _subject } : new List<string>());

        private List<string> Group(List<Tok> toks, int i, out int consumed)
        {
            consumed = 0;
            var t = toks[i];
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

        /// <summary>The speaker named after a cue: pronoun, group, or the first name (roles stripped).</summary>
        private List<string> SpeakerAfter(string text, List<Tok> toks, int from, out bool isExplicit)
        {
            isExplicit = false;
            if (from < toks.Count && toks[from].IsWord)
            {
                if (IsPronoun(toks[from])) return SubjectList();
                var g = Group(toks, from, out var used);
                if (used > 0 && g.Count > 0) return Found(SpeakerRules.Group, g);
                if (RoleReference(toks, from) is { } byRole) return byRole;
            }
            int limit = Math.Min(toks.Count, from + 16);
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex < from) continue;
                if (m.TokenIndex >= limit) break;
                // stop at an addressee or a source
                bool blocked = false;
                for (int k = from; k < m.TokenIndex; k++) if (toks[k].Is("kepada") || toks[k].Is("dikutip") || toks[k].Is("seperti") || toks[k].Is("sebagaimana")) { blocked = true; break; }
                if (blocked) break;
                // "ujar Camat Lembang, Irawan Saputra," — the office's place is no speaker; its holder follows
                if (m.OrgOrPlace && FindPerson(m.Name) == null) continue;
                isExplicit = true;
                var holder = m.TokenIndex > from ? HolderAfterOffice(text, toks, m) : null;
                return Found(holder != null ? SpeakerRules.OfficeHolder : SpeakerRules.Name, new List<string> { _people.Resolve((holder ?? m).Name) });
            }
            // a city or country standing for its state: "ujar Beijing"
            for (int k = from; k < limit; k++)
            {
                if (!toks[k].IsCap) continue;
                var c = Countries.Resolve(toks[k].Text);
                if (c != null) return Found(SpeakerRules.State, new List<string> { c });
                break;
            }
            return new List<string>();
        }

        /// <summary>
        /// A speaker named by an office alone: "ujar Presiden." is the one person the article gave that office ("Presiden Joko
        /// Widodo mengatakan …"), "papar Ketua AJI Bandung tersebut" / "kata politisi PDI-P itu" the person last speaking or
        /// acting. Null when the words after the cue are no bare office (a name follows); empty when the office is held by
        /// several people of the article or by none (a wrong name is worse than none).
        /// </summary>
        private List<string>? RoleReference(List<Tok> toks, int from)
        {
            if (!NameLexicon.IsPersonRole(toks[from].Text) || NameLexicon.IsTitle(toks[from].Text)) return null;
            int j = from + 1;
            while (j < toks.Count && toks[j].IsWord && toks[j].IsCap && (NameLexicon.IsNonName(toks[j].Text) || NameLexicon.IsAbstractNoun(toks[j].Text))) j++;
            bool anaphor = j < toks.Count && (toks[j].Is("tersebut") || toks[j].Is("itu"));
            if (anaphor) j++;
            // the office must end the attribution: a name, a field or an apposition after it is not a bare office
            if (j < toks.Count && (toks[j].IsCap || toks[j].Text == "," || toks[j].IsWord && !ClauseGoesOn.Contains(toks[j].Text))) return null;
            if (anaphor) return Found(SpeakerRules.OfficeAnaphor, SubjectList());
            if (j > from + 1) return null; // "kata Ketua KPK" without its holder's name: no person is named
            var holder = HolderOf(toks[from].Text);
            return Found(SpeakerRules.OfficeAlone, holder != null ? new List<string> { holder } : new List<string>());
        }

        /// <summary>Words that continue an attribution clause after its speaker ("kata Presiden dalam video …").</summary>
        private static readonly HashSet<string> ClauseGoesOn = LexiconResource.WordSet("clause-continuations");

        /// <summary>The one person of the article introduced with <paramref name="role"/> right before the name ("Presiden Joko Widodo"), else null.</summary>
        private string? HolderOf(string role)
        {
            string? holder = null;
            for (int b = 0; b < _people.BlockMentions.Count; b++)
            {
                var toks = _people.BlockTokens[b];
                foreach (var m in _people.BlockMentions[b])
                {
                    int r = m.TokenIndex - 1;
                    while (r >= 0 && r >= m.TokenIndex - 3 && !toks[r].Is(role) && toks[r].IsCap) r--;
                    if (r < 0 || !toks[r].Is(role)) continue;
                    var p = FindPerson(m.Name);
                    if (p == null) continue;
                    if (holder != null && holder != p.Name) return null;
                    holder = p.Name;
                }
            }
            return holder;
        }

        /// <summary>
        /// "ujar Kepala Bidang Kedaruratan dan Logistik di Badan … Andri Sulistyo", "papar Wakil Kepala Operasi Damai Cartenz,
        /// Komisaris Besar Faizal": a name run after office words that goes on ("dan", ",", "di" and a capitalised office word)
        /// is part of the office; its holder is the last name of the office title, before the clause ends.
        /// </summary>
        private Mention? HolderAfterOffice(string text, List<Tok> toks, Mention first)
        {
            int j = first.EndTokenIndex + 1;
            // "… Indonesia Ferry (Persero) Cabang Ketapang Dwi Santoso": a company's suffix in brackets goes on with its office words
            if (j + 3 < toks.Count && toks[j].Text == "(" && toks[j + 1].IsWord && toks[j + 2].Text == ")" && toks[j + 3].IsCap) j += 2;
            if (j + 1 >= toks.Count || !(toks[j].Text == "," || toks[j].Is("dan") || toks[j].Is("di") || toks[j].Text == ")")) return null;
            var next = toks[j + 1];
            if (!next.IsCap || !NameLexicon.IsNonName(next.Text) && !NameLexicon.IsPersonRole(next.Text)) return null;
            Mention? holder = null;
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex <= first.EndTokenIndex) continue;
                if (m.TokenIndex > j + 16) break;
                for (int k = j; k < m.TokenIndex; k++)
                {
                    var t = toks[k];
                    if (t.Text == "." || t.Text == ";" || t.IsWord && !t.IsCap && !t.Is("dan") && !t.Is("di") && !t.Is("untuk") && !t.Is("dari")
                        && !NameLexicon.IsPersonRole(t.Text)) return holder;
                }
                if (!m.OrgOrPlace && FindPerson(m.Name) != null) holder = m;
                j = m.EndTokenIndex + 1;
            }
            return holder;
        }

        /// <summary>The subject of a clause ending at a verb of saying: the first person named before it, or a pronoun/group.</summary>
        private List<string> SubjectBefore(string text, List<Tok> toks, int verbAt, out bool isExplicit)
        {
            isExplicit = false;
            int from = MainClauseStart(toks, verbAt);
            for (int i = from; i < verbAt; i++)
            {
                if (!toks[i].IsWord) continue;
                if (IsPronoun(toks[i])) return SubjectList();
                var g = Group(toks, i, out var used);
                if (used > 0 && g.Count > 0) return Found(SpeakerRules.Group, g);
            }
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex >= verbAt) break;
                if (m.TokenIndex < from) continue;
                var p = FindPerson(m.Name);
                if (p != null) { isExplicit = true; return Found(SpeakerRules.Name, new List<string> { p.Name }); }
            }
            for (int i = 0; i < verbAt; i++)
            {
                if (!toks[i].IsCap) continue;
                var c = Countries.Resolve(toks[i].Text);
                if (c != null && i + 1 == verbAt) return Found(SpeakerRules.State, new List<string> { c });
            }
            return new List<string>();
        }

        private static readonly HashSet<string> SubordinateOpeners = LexiconResource.WordSet("subordinate-openers");

        /// <summary>"Usai bertemu Ani, Budi mengatakan:" — when the sentence opens with a subordinate clause, the subject follows its comma.</summary>
        private static int MainClauseStart(List<Tok> toks, int verbAt) => MainClauseStart(toks, 0, toks.Count, verbAt);

        /// <summary>As above for the tokens <paramref name="toks"/>[<paramref name="lo"/>..<paramref name="hi"/>): an index into <paramref name="toks"/>, <paramref name="lo"/> for none.</summary>
        private static int MainClauseStart(List<Tok> toks, int lo, int hi, int verbAt)
        {
            int first = lo;
            while (first < hi && !toks[first].IsWord) first++;
            if (first >= hi || first >= verbAt || !SubordinateOpeners.Contains(toks[first].Text)) return lo;
            if (toks[first].Is("menurut")) return lo;
            for (int i = first + 1; i < verbAt; i++)
                if (toks[i].Text == ",") return i + 1 < verbAt ? i + 1 : lo;
            return lo;
        }

        /// <summary>Who a quoted fragment is ascribed to: the clause's subject (person, pronoun, group, or a country that says).</summary>
        private List<string> FragmentSubject(string text, List<Tok> toks)
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
                if (IsPronoun(t)) return SubjectList();
                var g = Group(toks, i, out var used);
                if (used > 0 && g.Count > 0) return Found(SpeakerRules.Group, g);
                if (t.IsCap && i + 1 < toks.Count && toks[i + 1].IsWord && NameScanner.SayingVerbs.Contains(toks[i + 1].Text))
                {
                    var c = Countries.Resolve(t.Text);
                    if (c != null) return Found(SpeakerRules.State, new List<string> { c });
                }
            }
            return new List<string>();
        }

        private string? FragmentAddressee(string text, List<Tok> toks)
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

        private string? Addressee(string text, List<Tok> toks, int from)
        {
            for (int i = from; i < toks.Count - 1; i++)
            {
                if (!toks[i].Is("kepada")) continue;
                var a = NameAt(text, toks, i + 1);
                if (a != null) return a;
            }
            return null;
        }

        private string? NameAt(string text, List<Tok> toks, int at)
        {
            int from = at;
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex < from) continue;
                // the name must follow directly (roles allowed): nothing lower-case in between
                // "kepada rekannya, Budi" / "kepada ketua RT, Budi": a lower-case role or relation noun before the name in apposition
                bool lowerRole = m.TokenIndex - 1 > from && toks[m.TokenIndex - 1].Text == "," && toks[from].IsWord && !toks[from].IsCap
                    && (NameLexicon.PersonRoles.Contains(toks[from].Text) || NameLexicon.IsRelationNoun(toks[from].Text)) && m.TokenIndex - from <= 6;
                if (!lowerRole)
                    for (int k = from; k < m.TokenIndex; k++)
                        if (!toks[k].IsCap && !((toks[k].Text == "," || toks[k].Text == "." && toks[k].Start == toks[k - 1].End || toks[k].Text == "(" || toks[k].Text == ")") && k > from && toks[k - 1].IsWord)) return null;
                var p = FindPerson(m.Name);
                if (p != null) return p.Name;
                // an office and its holder in apposition: "kepada Bupati Sleman, Rina Wulandari,"
                int next = m.EndTokenIndex + 1;
                if (from == at && next + 1 < toks.Count && toks[next].Text == ",") { from = next + 1; continue; }
                return null;
            }
            return null;
        }

        private static readonly string[][] ViaCues =
        {
            new[] { "dikutip", "dari" }, new[] { "dilansir", "dari" }, new[] { "diberitakan" }, new[] { "dilaporkan", "oleh" },
            new[] { "dilaporkan" }, new[] { "mengutip" }, new[] { "melansir" }, new[] { "dilansir" }, new[] { "dikutip" },
        };

        private static readonly HashSet<string> ViaFiller = LexiconResource.WordSet("via-fillers");

        /// <summary>The first words of <see cref="ViaCues"/>.</summary>
        private static readonly HashSet<string> ViaFirstWords = new HashSet<string>(ViaCues.Select(c => c[0]), StringComparer.OrdinalIgnoreCase);

        private static string? Via(List<Tok> toks)
        {
            for (int i = 0; i < toks.Count; i++)
            {
                if (!ViaFirstWords.Contains(toks[i].Text)) continue; // no cue starts here
                foreach (var cue in ViaCues)
                {
                    if (i + cue.Length > toks.Count) continue;
                    bool ok = true;
                    for (int k = 0; k < cue.Length; k++) if (!toks[i + k].Is(cue[k])) { ok = false; break; }
                    if (!ok) continue;
                    int j = i + cue.Length;
                    while (j < toks.Count && toks[j].IsWord && !toks[j].IsCap && ViaFiller.Contains(toks[j].Text)) j++;
                    var parts = new List<string>();
                    while (j < toks.Count && toks[j].IsWord && (toks[j].IsCap || char.IsUpper(toks[j].Text[0])) && !NameLexicon.Calendar.Contains(toks[j].Text))
                    {
                        parts.Add(toks[j].Text);
                        j++;
                    }
                    if (parts.Count > 0) return string.Join(" ", parts);
                }
            }
            return null;
        }
    }
}
