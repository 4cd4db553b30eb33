using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using TypedCorpus.Extraction.Agreements;
using TypedCorpus.Extraction.People;
using TypedCorpus.Extraction.Quotes;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The per-file step: text → <see cref="ArticleModel"/> (corpus-model.md §1, §3), then quotes, people and agreements.
    /// Pure, deterministic, never throws for any input: a failure becomes a located diagnostic.
    /// </summary>
    public static class ArticleExtractor
    {
        // A backstop against a runaway match, not a budget: the patterns are linear, but a whole-line scan of a multi-MB line
        // (Promo, WriterBlock: ~0.5 s for 5 MB) must not time out on a loaded build machine and turn a good file into TC0099.
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
        private const RegexOptions Opt = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        private const string Dash = @"(?:-{1,2}|–|—)";

        /// <summary>The separator after a dateline: a spaced hyphen or dash, or an en/em dash that may be glued ("JOGJA—Pemerintah").</summary>
        private const string Sep = @"(?:(?<=[\s,])(?:-{1,2}|–|—)\s+|\s*[–—]\s*)(?=\S)";

        // "Ntvnews.id, Moskow - ", "Jakarta, IDN Times - ", "BEIJING, - ", "Moskow, – ", "REPUBLIKA.CO.ID, MAKASSAR -- "
        internal static readonly Regex DatelineComma = new Regex(
            @"^(?<a>[\p{L}\d][^,()\s]*(?:\s[^,()\s]+){0,3}?)\s*,\s*(?<b>[\p{Lu}\d][^,()\s–—]*(?:\s[^,()\s–—]+){0,3}?)?\s*" + Sep, Opt, Timeout);

        // "Jakarta (ANTARA) - "
        internal static readonly Regex DatelineParen = new Regex(
            @"^(?<a>\p{Lu}[^,()\s]*(?:\s[^,()\s]+){0,3}?)\s*\((?<b>[^()]{2,30})\)\s*" + Sep, Opt, Timeout);

        // "KOMPAS.com - ", "Medan - "
        internal static readonly Regex DatelineSingle = new Regex(
            @"^(?<a>\p{Lu}[^,()\s–—]*(?:\s\p{Lu}[^,()\s–—]*){0,2})(?:\s+" + Dash + @"\s+|\s*[–—]\s*)(?=\S)", Opt, Timeout);

        internal static readonly AnchoredPattern RelatedMarker = new AnchoredPattern("Bb", new Regex(@"^Baca\s+juga\b\s*:?\s*(?<t>.*)$", Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly AnchoredPattern MoreNews = new AnchoredPattern("BbAaTtPpRr", new Regex(
            @"^(?:(?:Berita|Artikel)\s+)?(?:Terkini|Terbaru|Terpopuler|Populer)(?:\s+Lainnya)?$|^(?:Berita|Artikel)\s+(?:Terkait|Lainnya|Pilihan|Rekomendasi)$|^Rekomendasi(?:\s+Berita)?$|^Terkini\s+Lainnya$",
            Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly AnchoredPattern TopicsLabel = new AnchoredPattern("TtLlKk", new Regex(@"^(?:Topik|Tag|Tags|Label|Kata\s+kunci)\s*:\s*(?<t>.*)$", Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly AnchoredPattern AuthorLabel = new AnchoredPattern("PpRrEeFfKkOoWwLl", new Regex(
            @"^(?:(?<label>Penulis|Reporter|Pewarta|Editor|Redaktur|Penyunting|Fotografer|Kontributor|Oleh|Writer)\s*:\s*|(?<label>Laporan\s+(?:Wartawan|Reporter|Koresponden)\s+[^,]{2,40}),\s*)(?<t>.*)$", Opt | RegexOptions.IgnoreCase, Timeout));

        private static readonly Regex WriterBlockRegex = new Regex(@"^(?<name>.+?)\s+Photo\s+(?:Verified\s+)?Writer\b", Opt, Timeout);

        /// <summary>The writer block "Name Photo Writer": only a line holding "Photo" can be one.</summary>
        private static Match MatchWriterBlock(string n) => n.IndexOf("Photo", StringComparison.Ordinal) >= 0 ? WriterBlockRegex.Match(n) : Match.Empty;

        private static bool IsWriterBlock(string n) => n.IndexOf("Photo", StringComparison.Ordinal) >= 0 && WriterBlockRegex.IsMatch(n);

        /// <summary>A credit in brackets at the end of a line: only a line whose last visible character is ')' can hold one.</summary>
        private static Match MatchCreditAtEnd(string n)
        {
            int k = n.Length - 1;
            while (k >= 0 && char.IsWhiteSpace(n[k])) k--;
            return k >= 0 && n[k] == ')' ? CreditAtEndRegex.Match(n) : Match.Empty;
        }

        internal static readonly AnchoredPattern Copyright = new AnchoredPattern("Cc(", new Regex(@"^(?:Copyright|©|\(c\))", Opt | RegexOptions.IgnoreCase, Timeout));

        // Promo lines: the alternatives anchored at the line's start, and those found anywhere in it (two patterns, so that the
        // anchored ones are tried at the start only; a line is promo when either matches).
        internal static readonly AnchoredPattern PromoAtStart = new AnchoredPattern("CcDdBbIiSsTtUuFfAaPpHh", new Regex(
            @"^(?:Cek\s+Berita\b|Dapatkan\s+(?:update|berita|informasi)|Baca\s+berita\s+dengan|Ikuti\s+(?:kami|berita|kanal|saluran|akun)|(?:Simak|Saksikan|Tonton)\s+(?:juga\s+)?(?:video|berita|informasi|selengkapnya|artikel)|(?:Download|Unduh)\s+aplikasi|Follow\s+|Simak\s+breaking\s+news|Artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit)|Pilihan\s+Editor\s*:|Halaman\s+(?:selanjutnya|berikutnya)\b|Scroll\s+(?:ke\s+bawah|untuk)|ADVERTISEMENT$)",
            Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly Regex PromoAnywhere = new Regex(
            @"Google\s+News\s*$|klik\s+di\s+sini|WhatsApp\s+Channel|Grup\s+Telegram",
            Opt | RegexOptions.IgnoreCase, Timeout);

        private static bool IsPromo(string n) => PromoAtStart.IsMatch(n) || MayBePromoAnywhere(n) && PromoAnywhere.IsMatch(n);

        /// <summary>
        /// A necessary condition of <see cref="PromoAnywhere"/>, checked without a regex. A line with a non-ASCII character is
        /// left to the pattern (case-insensitive matching may fold such characters to letters, as the Kelvin sign to 'k'). In an
        /// ASCII line only ASCII letters fold, as in an ordinal case-insensitive search, and each alternative holds one of these.
        /// </summary>
        internal static bool MayBePromoAnywhere(string n)
        {
            foreach (char c in n) if (c >= 128) return true;
            // each word starts with g, k or w: only those places are compared
            for (int i = n.IndexOfAny(PromoAnywhereInitials); i >= 0; i = i + 1 < n.Length ? n.IndexOfAny(PromoAnywhereInitials, i + 1) : -1)
                foreach (var word in PromoAnywhereWords)
                    if (i + word.Length <= n.Length && string.Compare(n, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            return false;
        }

        private static readonly string[] PromoAnywhereWords = { "google", "klik", "whatsapp", "grup" };
        private static readonly char[] PromoAnywhereInitials = { 'g', 'G', 'k', 'K', 'w', 'W' };

        internal static readonly AnchoredPattern Embed = new AnchoredPattern("[VvFfIiGgAaLl", new Regex(@"^\[[^\]]{1,80}\]$|^(?:Video|Foto|Infografis|Galeri|Audio)\s*:|^Lihat\s+Foto$", Opt | RegexOptions.IgnoreCase, Timeout));

        // sign-off codes: "(ant/dew)", "(cr28/tribun-medan.com)": a reporter or editor code, then codes or the outlet's domain
        internal static readonly AnchoredPattern Initials = new AnchoredPattern("(", new Regex(@"^\([A-Za-z][A-Za-z0-9]{1,6}(?:/(?:[A-Za-z][A-Za-z0-9]{1,6}|[A-Za-z0-9][A-Za-z0-9\-]{1,30}\.(?:com|co\.id|id|net|tv))){0,3}\)$", Opt, Timeout));

        /// <summary>
        /// A necessary condition of the three dateline patterns, checked without a regex: each ends with an en or em dash, or
        /// with one or two hyphens after a space or comma and before a space (<c>\s</c> is exactly <see cref="char.IsWhiteSpace(char)"/>).
        /// </summary>
        internal static bool HasDatelineSeparator(string n)
        {
            if (n.IndexOf('–') >= 0 || n.IndexOf('—') >= 0) return true;
            for (int i = n.IndexOf('-'); i >= 0; i = n.IndexOf('-', i + 1))
            {
                if (i == 0 || !(char.IsWhiteSpace(n[i - 1]) || n[i - 1] == ',')) continue;
                int after = i + 1 < n.Length && n[i + 1] == '-' ? i + 2 : i + 1;
                if (after < n.Length && char.IsWhiteSpace(n[after])) return true;
            }
            return false;
        }

        /// <summary>
        /// Every opening of <see cref="CitedSource"/> holds one of these: "[Dd]ilansir", "[Dd]ikutip", "[Mm]engutip", "[Mm]elansir",
        /// "seperti/sebagaimana" + "dilaporkan/diberitakan/dilansir/dikutip/disiarkan", "[Dd]ilaporkan", "[Mm]enurut laporan".
        /// </summary>
        private static readonly string[] CitedSourceStems = { "ilansir", "ikutip", "engutip", "elansir", "ilaporkan", "iberitakan", "isiarkan", "laporan" };

        /// <summary>A necessary condition of <see cref="CitedSource"/>, checked without a regex.</summary>
        internal static bool MayCiteSource(string text)
        {
            foreach (var stem in CitedSourceStems) if (text.IndexOf(stem, StringComparison.Ordinal) >= 0) return true;
            return false;
        }

        /// <summary>
        /// A pattern anchored at the start of a line, tried only on lines whose first character can open a match: one of the
        /// pattern's ASCII openers (case-insensitive patterns list both cases, and no other ASCII character folds to them) or any
        /// non-ASCII character (left to the pattern). Most lines are prose, settled by one character test instead of a regex run.
        /// </summary>
        internal sealed class AnchoredPattern
        {
            private readonly string _asciiOpeners;
            private readonly Regex _regex;

            public AnchoredPattern(string asciiOpeners, Regex regex) { _asciiOpeners = asciiOpeners; _regex = regex; }

            /// <summary>The pattern itself, ungated (for tests).</summary>
            internal Regex Regex => _regex;

            internal bool MayOpen(string s) => s.Length > 0 && (s[0] >= 128 || _asciiOpeners.IndexOf(s[0]) >= 0);

            public Match Match(string s) => MayOpen(s) ? _regex.Match(s) : System.Text.RegularExpressions.Match.Empty;

            public bool IsMatch(string s) => MayOpen(s) && _regex.IsMatch(s);
        }

        private static readonly Regex CreditAtEndRegex = new Regex(@"\((?<credit>[^()]{3,100})\)\s*$", Opt | RegexOptions.RightToLeft, Timeout);

        internal static readonly AnchoredPattern ListMarker = new AnchoredPattern("-*0123456789", new Regex(@"^(?:(?<b>[-•*·▪●◦‣–—])|(?<n>\d{1,3})[.)])\s+(?=\S)", Opt, Timeout));

        internal static readonly Regex CitedSource = new Regex(
            @"\b(?:[Dd]ilansir(?:\s+dari)?|[Dd]ikutip\s+dari|[Mm]engutip|[Mm]elansir|(?:[Ss]eperti|[Ss]ebagaimana)\s+(?:dilaporkan|diberitakan|dilansir|dikutip|disiarkan)(?:\s+(?:oleh|dari))?|[Dd]ilaporkan\s+oleh|[Mm]enurut\s+laporan)\s+(?:(?:kantor\s+berita|media|harian|surat\s+kabar|situs(?:\s+berita)?|laman|stasiun\s+televisi|jaringan\s+televisi|majalah|koran)\s+)?(?<src>(?:The\s+)?\p{Lu}[\w.&'’-]*(?:\s+(?:\p{Lu}[\w.&'’-]*|of|the|de|&))*)",
            Opt, Timeout);

        private static readonly HashSet<string> WeekdayWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Pada", "Dalam", "Saat", "Kemarin", "Hari" };

        /// <summary>Extracts an article from the bytes of a file.</summary>
        public static ArticleModel Extract(string file, byte[] bytes, CancellationToken cancellationToken = default)
        {
            try
            {
                var text = TextDecoding.Decode(bytes, out var problem);
                var model = Extract(file, text, cancellationToken);
                if (problem is null) return model;
                // A file that is not text gets TC0001 and nothing else: findings computed from its garbage would only bury it.
                return TextDecoding.OnlyUnreadable(model, problem);
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                return Failed(file, ex);
            }
        }

        /// <summary>Extracts an article from its decoded text.</summary>
        public static ArticleModel Extract(string file, string text, CancellationToken cancellationToken = default) =>
            Extract(file, text, null, cancellationToken);

        /// <summary>Extracts an article, calling <paramref name="stageProbe"/> with each stage's name as it starts (for tests).</summary>
        internal static ArticleModel Extract(string file, string text, Action<string>? stageProbe, CancellationToken cancellationToken)
        {
            try
            {
                var nfc = UnicodeText.NfcText.Of(text);
                if (nfc is null) return new Run(file, text, stageProbe, cancellationToken).Execute();
                return FromNfc(new Run(file, nfc.Text, stageProbe, cancellationToken).Execute(), nfc);
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                return Failed(file, ex, text);
            }
            finally
            {
                IndonesianDates.ForgetTexts();
            }
        }

        /// <summary>
        /// The model of a text analysed in NFC (see <see cref="UnicodeText"/>), given back its source: every line's exact text,
        /// and diagnostic and quote columns in the source line. The facts (titles, names, quotes, the content hash) stay in NFC,
        /// so canonically equivalent files give the same facts.
        /// </summary>
        private static ArticleModel FromNfc(ArticleModel model, UnicodeText.NfcText nfc)
        {
            (int Column, int Length) Span(int line, int column, int length)
            {
                int start = nfc.SourceColumn(line, column);
                return (start, Math.Max(0, nfc.SourceColumn(line, column + length) - start));
            }
            return model with
            {
                Lines = model.Lines.Select(l => nfc.Changed(l.Number) ? l with { Raw = nfc.SourceLine(l.Number) } : l).ToEquatableArray(),
                Diagnostics = model.Diagnostics.Select(d =>
                {
                    if (!nfc.Changed(d.Line)) return d;
                    var (column, length) = Span(d.Line, d.Column, d.Length);
                    return d with { Column = column, Length = length };
                }).ToEquatableArray(),
                Quotes = model.Quotes.Select(q => nfc.Changed(q.Line) ? q with { Column = nfc.SourceColumn(q.Line, q.Column) } : q).ToEquatableArray(),
            };
        }

        /// <summary>The fallback on an internal failure: every non-blank line is kept as a paragraph (nothing is lost), with a TC0099.</summary>
        private static ArticleModel Failed(string file, Exception ex, string? text = null)
        {
            var lines = new List<SourceLine>();
            var paragraphs = new List<LineText>();
            try
            {
                var raw = TextDecoding.SplitLines(text ?? "");
                for (int i = 0; i < raw.Count; i++)
                {
                    var n = Normalize(raw[i]);
                    if (n.Length == 0) continue;
                    lines.Add(new SourceLine(i + 1, LineKind.Paragraph, raw[i]));
                    paragraphs.Add(new LineText(i + 1, n));
                }
            }
            catch (Exception) { /* keep the diagnostic at least */ }
            return FailedModel(file, ex) with { Lines = lines.ToEquatableArray(), Paragraphs = paragraphs.ToEquatableArray() };
        }

        private static ArticleModel FailedModel(string file, Exception ex) => new ArticleModel
        {
            File = file,
            Diagnostics = new[]
            {
                Diagnostics.Create(DiagnosticIds.InternalError, 1, 0, 0, StageGuard.FailureMessage(ex)),
            }.ToEquatableArray(),
        };

        internal static string Normalize(string raw) => raw.Replace('\u00A0', ' ').Trim();

        private static int WordCount(string s)
        {
            int n = 0;
            bool inWord = false;
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c)) inWord = false;
                else if (!inWord) { inWord = true; n++; }
            }
            return n;
        }

        private static bool StartsWithQuote(string s) => s.Length > 0 && "\"“”'‘’«".IndexOf(s[0]) >= 0;

        /// <summary>A headline-like line: short, no sentence-final period, not a quote or list item.</summary>
        internal static bool IsTitleLike(string n)
        {
            if (n.Length < 3 || n.Length > 200) return false;
            int words = WordCount(n);
            if (words < 2 || words > 25) return false;
            char last = n[n.Length - 1];
            if (".,;:".IndexOf(last) >= 0) return false;
            if (StartsWithQuote(n) || ListMarker.IsMatch(n)) return false;
            return char.IsLetterOrDigit(n[0]);
        }

        /// <summary>A sub-heading-like line: shorter still.</summary>
        private static bool IsHeadingLike(string n)
        {
            if (n.Length < 3 || n.Length > 100) return false;
            int words = WordCount(n);
            if (words > 12) return false;
            char last = n[n.Length - 1];
            if (".,;:!\"”’)".IndexOf(last) >= 0) return false;
            if (StartsWithQuote(n)) return false;
            return char.IsUpper(n[0]) || char.IsDigit(n[0]);
        }

        private static bool IsProseLike(string n)
        {
            int words = WordCount(n);
            if (words >= 25) return true;
            if (words < 6) return false;
            char last = n[n.Length - 1];
            return ".!?\"”’)".IndexOf(last) >= 0;
        }

        private static bool IsDomainLike(string s) => Regex.IsMatch(s, @"\.(?:com|id|co|net|org|tv|news|info|my|sg)\b", RegexOptions.IgnoreCase | Opt, Timeout);

        private static string TitleCaseIfCaps(string s)
        {
            if (s.Any(char.IsLower) || !s.Any(char.IsLetter)) return s;
            var words = s.Split(' ');
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length > 0) words[i] = char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant();
            }
            return string.Join(" ", words);
        }

        private sealed class Run
        {
            private readonly string _file;
            private readonly string _text;
            private readonly CancellationToken _ct;
            private readonly List<string> _raw;
            private readonly string[] _norm;
            private readonly LineKind?[] _kind;
            private readonly List<DiagnosticModel> _diags = new List<DiagnosticModel>();
            private readonly StageGuard _stages;
            private readonly List<LineText> _paragraphs = new List<LineText>();
            private readonly List<LineText> _listItems = new List<LineText>();
            private readonly List<LineText> _sections = new List<LineText>();
            private readonly List<LineText> _related = new List<LineText>();
            private readonly List<CaptionModel> _captions = new List<CaptionModel>();
            private readonly List<FurnitureModel> _furniture = new List<FurnitureModel>();
            private readonly List<BodyBlock> _body = new List<BodyBlock>();
            private readonly Dictionary<string, (string Value, int Line)> _front = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
            private readonly List<FrontMatterEntry> _frontMatter = new List<FrontMatterEntry>();
            private string? _title, _subtitle, _outlet, _dateline, _author;
            private int _titleLine;

            public Run(string file, string text, Action<string>? stageProbe, CancellationToken ct)
            {
                _stages = new StageGuard(stageProbe, _diags);
                _file = file;
                _text = text;
                _ct = ct;
                _raw = TextDecoding.SplitLines(text);
                _norm = _raw.Select(Normalize).ToArray();
                _kind = new LineKind?[_raw.Count];
            }

            private int Count => _raw.Count;

            private void Mark(int i, LineKind kind) => _kind[i] = kind;

            private void Furniture(int i, FurnitureKind kind)
            {
                Mark(i, LineKind.Furniture);
                _furniture.Add(new FurnitureModel(i + 1, kind, _norm[i]));
            }

            private void Paragraph(int i, int prefix = 0)
            {
                Mark(i, LineKind.Paragraph);
                int lead = _raw[i].Length - _raw[i].TrimStart().Length;
                var text = _raw[i].Trim().Substring(prefix).Trim();
                _paragraphs.Add(new LineText(i + 1, text));
                int col = lead + prefix + (_raw[i].Trim().Substring(prefix).Length - _raw[i].Trim().Substring(prefix).TrimStart().Length);
                _body.Add(new BodyBlock(i + 1, BodyBlockKind.Paragraph, text, col));
            }

            private void Heading(int i, string title)
            {
                Mark(i, LineKind.Heading);
                _sections.Add(new LineText(i + 1, title));
                _body.Add(new BodyBlock(i + 1, BodyBlockKind.Heading, title, _raw[i].IndexOf(title, StringComparison.Ordinal) is var c && c >= 0 ? c : 0));
            }

            private void ListItem(int i, string text)
            {
                Mark(i, LineKind.ListItem);
                _listItems.Add(new LineText(i + 1, text));
                _body.Add(new BodyBlock(i + 1, BodyBlockKind.ListItem, text, _raw[i].IndexOf(text, StringComparison.Ordinal) is var c && c >= 0 ? c : 0));
            }

            private int NextNonBlank(int i)
            {
                for (int j = i + 1; j < Count; j++) if (_norm[j].Length > 0) return j;
                return -1;
            }

            private int PrevNonBlank(int i)
            {
                for (int j = i - 1; j >= 0; j--) if (_norm[j].Length > 0) return j;
                return -1;
            }

            /// <summary>The stages in order (<see cref="ArticleStage"/>), each under the guard.</summary>
            public ArticleModel Execute()
            {
                int start = _stages.Required(ArticleStage.FrontMatter, ReadFrontMatter);
                int first = -1;
                for (int i = start; i < Count; i++) if (_norm[i].Length > 0) { first = i; break; }
                if (first < 0)
                {
                    _diags.Add(Diagnostics.Create(DiagnosticIds.EmptyArticle, Math.Max(1, Math.Min(Count, start + 1)), 0, 0,
                        "the article has no text; add the article's text or delete the file"));
                    return Build(null, new List<QuoteModel>(), new List<string>(), new List<AgreementModel>(), new List<string>());
                }

                var (lead, prefixLen) = _stages.Required(ArticleStage.Structure, () => ClassifyLines(first));
                var (date, cited) = _stages.Required(ArticleStage.Metadata, () => Metadata(lead, prefixLen));

                var context = new ArticleContext(_file, _title, date, _body.OrderBy(b => b.Line).ToList(), _raw);
                var quotes = _stages.Optional(ArticleStage.Quotes, () => QuoteExtractor.Extract(context)) ?? new List<QuoteModel>();
                var named = _stages.Optional(ArticleStage.People, () => new[] { PeopleDetector.Detect(context), PeopleDetector.IntroducedShortNames(context) });
                IReadOnlyList<string> people = named?[0] ?? new List<string>(), introduced = named?[1] ?? new List<string>();
                var agreements = _stages.Optional(ArticleStage.Agreements, () => AgreementExtractor.Extract(context, people)) ?? new List<AgreementModel>();
                _diags.AddRange(context.Diagnostics);
                return Build(date, quotes, people, agreements, cited) with { IntroducedShortNames = introduced.ToEquatableArray() };
            }

            /// <summary>What each line is: header, body, and every other non-blank line a paragraph. Returns the lead line and its dateline's length.</summary>
            private (int Lead, int PrefixLength) ClassifyLines(int first)
            {
                int lead = FindLead(first, out int prefixLen);
                ClassifyHeader(first, lead);
                ClassifyBody(lead, prefixLen);
                for (int i = 0; i < Count; i++)
                    if (_kind[i] is null && _norm[i].Length > 0) Paragraph(i);
                return (lead, prefixLen);
            }

            /// <summary>Front matter values applied, the date and the cited sources found, the expected parts checked.</summary>
            private (string? Date, IReadOnlyList<string> Cited) Metadata(int lead, int prefixLen)
            {
                ApplyFrontMatter();
                string? date = FindDate();
                var cited = FindCitedSources();
                CheckExpectedParts(lead, prefixLen, date);
                return (date, cited);
            }

            // "JAKARTA- ", "MEDAN -Polisi": a dateline with the dash not spaced, which the dateline patterns do not accept.
            private static readonly Regex DatelineNearMiss = new Regex(
                @"^(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})\s*(?:\([^()]{2,30}\)\s*)?(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt, Timeout);

            /// <summary>TC0013 (a dateline written almost right) and TC0012 (an article with front matter, or a news article by its dateline or outlet and at least three paragraphs, without a date).</summary>
            private void CheckExpectedParts(int lead, int prefixLen, string? date)
            {
                if (_dateline is null && !_front.ContainsKey("dateline") && lead >= 0 && lead < Count && prefixLen == 0)
                {
                    var raw = _raw[lead];
                    int indent = raw.Length - raw.TrimStart().Length;
                    var m = DatelineNearMiss.Match(raw.Substring(indent));
                    if (m.Success)
                        _diags.Add(Diagnostics.Create(DiagnosticIds.NoTitleOrDateline, lead + 1, indent, m.Length,
                            $"'{Clip(m.Value.Trim())}' looks like a dateline but is not written as 'KOTA - ' (a space on each side of the dash), so the dateline is not recognised; write '{Clip(m.Groups["a"].Value)} - ' or add 'dateline:' front matter"));
                }
                bool dateProblem = _diags.Any(d => d.Id == DiagnosticIds.ImpossibleDate || d.Id == DiagnosticIds.FrontMatterBadValue && d.Message.StartsWith("front matter date", StringComparison.Ordinal));
                if (date is null && !dateProblem && (_front.Count > 0 || (_dateline != null || _outlet != null) && _paragraphs.Count >= 3) && lead >= 0 && lead < Count)
                {
                    int indent = _raw[lead].Length - _raw[lead].TrimStart().Length;
                    _diags.Add(Diagnostics.Create(DiagnosticIds.NoDate, lead + 1, indent, prefixLen > 0 ? Math.Min(prefixLen, _raw[lead].Length - indent) : 0,
                        "no publication date found: the text names no full date (e.g. 'Sabtu, 10 Mei 2025') and the front matter has no 'date:'; add 'date: YYYY-MM-DD' front matter so the article's Date is set"));
                }
            }

            private ArticleModel Build(string? date, IReadOnlyList<QuoteModel> quotes, IReadOnlyList<string> people, IReadOnlyList<AgreementModel> agreements, IReadOnlyList<string> cited)
            {
                var lines = new List<SourceLine>();
                for (int i = 0; i < Count; i++)
                    if (_norm[i].Length > 0 || _kind[i] == LineKind.FrontMatter)
                        lines.Add(new SourceLine(i + 1, _kind[i] ?? LineKind.Paragraph, _raw[i]));
                string hash = ContentHash(_norm);
                return new ArticleModel
                {
                    File = _file,
                    Title = _title,
                    TitleLine = _titleLine,
                    Subtitle = _subtitle,
                    Outlet = _outlet,
                    Dateline = _dateline,
                    Date = date,
                    Author = _author,
                    Url = _front.TryGetValue("url", out var url) ? url.Value : null,
                    Language = _front.TryGetValue("language", out var lang) ? lang.Value : null,
                    FrontMatter = _frontMatter.ToEquatableArray(),
                    Sections = _sections.ToEquatableArray(),
                    Related = _related.ToEquatableArray(),
                    CitedSources = cited.ToEquatableArray(),
                    People = people.ToEquatableArray(),
                    Paragraphs = _paragraphs.OrderBy(p => p.Line).ToEquatableArray(),
                    ListItems = _listItems.ToEquatableArray(),
                    Captions = _captions.ToEquatableArray(),
                    Furniture = _furniture.OrderBy(f => f.Line).ToEquatableArray(),
                    Quotes = quotes.ToEquatableArray(),
                    Agreements = agreements.ToEquatableArray(),
                    Lines = lines.ToEquatableArray(),
                    Diagnostics = _diags.OrderBy(d => d.Line).ThenBy(d => d.Column).ToEquatableArray(),
                    ContentHash = hash,
                };
            }

            private static ref byte[]? HashBuffer => ref Scratch.Current.HashBuffer;
            private static ref SHA256? HashAlgorithm => ref Scratch.Current.HashAlgorithm;

            /// <summary>
            /// The first 16 bytes, in lower-case hex, of the SHA-256 of the UTF-8 of the lines joined with "\n", encoded line by
            /// line (a line encodes alone as it does inside the joined text: "\n" never pairs with a surrogate).
            /// </summary>
            private static string ContentHash(string[] lines)
            {
                long max = Math.Max(0, lines.Length - 1);
                foreach (var line in lines) max += Encoding.UTF8.GetMaxByteCount(line.Length);
                byte[] digest;
                if (max <= 1 << 16)
                {
                    // an article of a few KB: its bytes are gathered in one per-thread buffer and hashed at once
                    var buffer = HashBuffer ??= new byte[1 << 16];
                    int n = 0;
                    for (int i = 0; i < lines.Length; i++)
                    {
                        if (i > 0) buffer[n++] = (byte)'\n';
                        n += Encoding.UTF8.GetBytes(lines[i], 0, lines[i].Length, buffer, n);
                    }
                    digest = (HashAlgorithm ??= SHA256.Create()).ComputeHash(buffer, 0, n);
                }
                else
                {
                    // a long article is hashed line by line (no buffer of its whole size)
                    using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    var newline = new[] { (byte)'\n' };
                    byte[] lineBytes = new byte[256];
                    for (int i = 0; i < lines.Length; i++)
                    {
                        if (i > 0) sha.AppendData(newline);
                        int lineMax = Encoding.UTF8.GetMaxByteCount(lines[i].Length);
                        if (lineBytes.Length < lineMax) lineBytes = new byte[lineMax];
                        sha.AppendData(lineBytes, 0, Encoding.UTF8.GetBytes(lines[i], 0, lines[i].Length, lineBytes, 0));
                    }
                    digest = sha.GetHashAndReset();
                }
                var hex = new char[32];
                for (int k = 0; k < 16; k++)
                {
                    hex[2 * k] = HexDigit(digest[k] >> 4);
                    hex[2 * k + 1] = HexDigit(digest[k] & 15);
                }
                return new string(hex);
            }

            private static char HexDigit(int v) => (char)(v < 10 ? '0' + v : 'a' + v - 10);

            // ---- front matter -------------------------------------------------------------------------------

            private static readonly HashSet<string> KnownKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "title", "subtitle", "outlet", "dateline", "date", "author", "url", "language" };

            private int ReadFrontMatter()
            {
                if (Count == 0 || _norm[0] != "---") return 0;
                int close = -1;
                for (int i = 1; i < Count; i++) if (_norm[i] == "---") { close = i; break; }
                if (close < 0)
                {
                    _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterNotClosed, 1, 0, 3,
                        "front matter opened with '---' is never closed; add a line '---' after the last 'key: value' line"));
                    return 0;
                }
                for (int i = 0; i <= close; i++)
                {
                    Mark(i, LineKind.FrontMatter);
                    if (_norm[i].Length > 0) _furniture.Add(new FurnitureModel(i + 1, FurnitureKind.FrontMatter, _norm[i]));
                    if (i == 0 || i == close || _norm[i].Length == 0) continue;
                    var m = Regex.Match(_raw[i], @"^\s*(?<k>[A-Za-z_][\w-]*)\s*:\s?(?<v>.*)$", Opt, Timeout);
                    if (!m.Success)
                    {
                        _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterBadValue, i + 1, 0, _raw[i].Length,
                            $"front matter line '{Clip(_norm[i])}' is not 'key: value'; write it as e.g. 'title: …'"));
                        continue;
                    }
                    var key = m.Groups["k"].Value;
                    var raw = m.Groups["v"].Value;
                    var value = raw.Trim();
                    int valueColumn = m.Groups["v"].Index + (raw.Length - raw.TrimStart().Length);
                    if (value.Length >= 2 && (value[0] == '"' && value[value.Length - 1] == '"' || value[0] == '\'' && value[value.Length - 1] == '\''))
                    {
                        value = value.Substring(1, value.Length - 2);
                        valueColumn++;
                    }
                    _frontMatter.Add(new FrontMatterEntry(i + 1, key, value, m.Groups["k"].Index, valueColumn));
                    if (!KnownKeys.Contains(key))
                    {
                        _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterUnknownKey, i + 1, m.Groups["k"].Index, key.Length,
                            $"unknown front matter key '{Clip(key)}'; known keys are title, subtitle, outlet, dateline, date, author, url, language"));
                        continue;
                    }
                    if (key.Equals("date", StringComparison.OrdinalIgnoreCase))
                    {
                        if (!IndonesianDates.TryParseIso(value, out var iso))
                        {
                            var shape = Regex.Match(value, @"^(\d{4})-(\d{2})-(\d{2})$", Opt, Timeout);
                            if (shape.Success)
                            {
                                // Well-formed but impossible (2025-02-30, 2025-13-01): the same diagnostic as an impossible date in the text.
                                int y = int.Parse(shape.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), mo = int.Parse(shape.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                                var why = y < 1 || mo < 1 || mo > 12 ? $"there is no month {mo}" : $"month {mo} of {y} has {DateTime.DaysInMonth(y, mo)} days";
                                _diags.Add(Diagnostics.Create(DiagnosticIds.ImpossibleDate, i + 1, m.Groups["v"].Index, m.Groups["v"].Length,
                                    $"front matter date '{value}' does not exist ({why}); correct the day or month"));
                                continue;
                            }
                            _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterBadValue, i + 1, m.Groups["v"].Index, Math.Max(1, m.Groups["v"].Length),
                                $"front matter date '{Clip(value)}' is not a valid date in the form YYYY-MM-DD; write e.g. 'date: 2025-05-10'"));
                            continue;
                        }
                        value = iso;
                    }
                    else if (value.Length == 0)
                    {
                        _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterBadValue, i + 1, m.Groups["k"].Index, key.Length,
                            $"front matter key '{Clip(key)}' has no value; give it a value or remove the line"));
                        continue;
                    }
                    _front[key.ToLowerInvariant()] = (value, i + 1);
                }
                return close + 1;
            }

            private static readonly Regex OutletInFurniture = new Regex(
                @"^Follow\s+(?:Berita\s+|Akun\s+|Kanal\s+)?(?<o>\p{Lu}[\w.]*(?:\s\p{Lu}[\w.]*){0,2})\s+di\s+(?:Google\s+News|WhatsApp|Instagram|Twitter|X)\b|^(?:Copyright|COPYRIGHT)\s*(?:©|\(c\))?\s*(?:\d{4}\s*(?:-\s*\d{4}\s*)?)?(?<o>\p{Lu}[\w.]*(?:\s\p{Lu}[\w.]*){0,2})",
                Opt, Timeout);

            /// <summary>When the dateline names no outlet: the publication named in a furniture line ("Copyright © ANTARA 2024", "Follow Berita X di Google News").</summary>
            private void OutletFromFurniture()
            {
                if (_outlet != null) return;
                foreach (var f in _furniture)
                {
                    var m = OutletInFurniture.Match(f.Text);
                    if (!m.Success) continue;
                    var o = m.Groups["o"].Value.Trim().TrimEnd('.');
                    if (o.Length > 1 && !Regex.IsMatch(o, @"^(?:PT|All|Hak)\b", Opt, Timeout)) { _outlet = o; return; }
                }
            }

            private void ApplyFrontMatter()
            {
                OutletFromFurniture();
                if (_front.TryGetValue("title", out var t)) _title = t.Value;
                if (_front.TryGetValue("subtitle", out var s)) _subtitle = s.Value;
                if (_front.TryGetValue("outlet", out var o)) _outlet = o.Value;
                if (_front.TryGetValue("dateline", out var d)) _dateline = d.Value;
                if (_front.TryGetValue("author", out var a)) _author = a.Value;
            }

            private static string Clip(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "…";

            // ---- header and dateline ------------------------------------------------------------------------

            /// <summary>Finds the lead paragraph (the dateline's line when there is one). Returns its index.</summary>
            private int FindLead(int first, out int prefixLen)
            {
                prefixLen = 0;
                int seen = 0;
                for (int i = first; i < Count && seen < 8; i++)
                {
                    _ct.ThrowIfCancellationRequested();
                    var n = _norm[i];
                    if (n.Length == 0) continue;
                    seen++;
                    if (TryDateline(n, out var outlet, out var city, out prefixLen) && WordCount(n.Substring(prefixLen)) >= 6)
                    {
                        _outlet = outlet;
                        _dateline = city;
                        return i;
                    }
                    if (IsHeaderFurniture(n) || LooksLikeCaption(n, i)) continue;
                    if (IsProseLike(n) && !(seen == 1 && IsTitleLike(n) && NextIsProse(i))) { prefixLen = 0; return i; }
                }
                prefixLen = 0;
                // No dateline and no prose in the first lines: the body starts at the first line that is not a title.
                return first;
            }

            private bool NextIsProse(int i)
            {
                int j = NextNonBlank(i);
                return j >= 0 && (IsProseLike(_norm[j]) || TryDateline(_norm[j], out _, out _, out _));
            }

            private static bool TryDateline(string n, out string? outlet, out string? city, out int prefixLen)
            {
                outlet = null; city = null; prefixLen = 0;
                if (!HasDatelineSeparator(n)) return false;
                var m = DatelineParen.Match(n);
                if (m.Success)
                {
                    city = TitleCaseIfCaps(m.Groups["a"].Value.Trim());
                    outlet = m.Groups["b"].Value.Trim();
                    prefixLen = m.Length;
                    return true;
                }
                m = DatelineComma.Match(n);
                if (m.Success && m.Groups["a"].Length <= 40 && m.Groups["b"].Length <= 40 && (char.IsUpper(m.Groups["a"].Value[0]) || char.IsDigit(m.Groups["a"].Value[0]) || IsDomainLike(m.Groups["a"].Value)))
                {
                    var a = m.Groups["a"].Value.Trim();
                    var b = m.Groups["b"].Success ? m.Groups["b"].Value.Trim() : "";
                    if (b.Length == 0) city = TitleCaseIfCaps(a);
                    else if (IsDomainLike(a) && !IsDomainLike(b)) { outlet = a; city = TitleCaseIfCaps(b); }
                    else { city = TitleCaseIfCaps(a); outlet = b; }
                    prefixLen = m.Length;
                    return true;
                }
                m = DatelineSingle.Match(n);
                if (m.Success)
                {
                    var a = m.Groups["a"].Value.Trim();
                    if (IsDomainLike(a)) outlet = a; else city = TitleCaseIfCaps(a);
                    prefixLen = m.Length;
                    return true;
                }
                return false;
            }

            private static bool IsHeaderFurniture(string n) => AuthorLabel.IsMatch(n) || IsWriterBlock(n) || IsPromo(n) || Embed.IsMatch(n);

            private bool LooksLikeCaption(string n, int i)
            {
                if (_title != null && n.Length > _title.Length + 3 && n.StartsWith(_title, StringComparison.Ordinal)) return true;
                var m = MatchCreditAtEnd(n);
                return m.Success && IsCredit(m.Groups["credit"].Value) && !StartsWithQuote(n) && WordCount(n) >= 4;
            }

            private static bool IsCredit(string c) =>
                !Regex.IsMatch(c, @"^[a-z0-9]{1,6}(?:/[a-z0-9]{1,6}){1,4}$", Opt, Timeout) &&
                c.IndexOf('/') >= 0 && !Regex.IsMatch(c, @"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$", Opt, Timeout) || IsDomainLike(c);

            private void ClassifyHeader(int first, int lead)
            {
                for (int i = first; i < lead; i++)
                {
                    var n = _norm[i];
                    if (n.Length == 0) continue;
                    if (HeaderFurniture(i, n)) continue;
                    if (LooksLikeCaption(n, i)) { Caption(i, n); continue; }
                    if (_title is null && IsTitleLike(n)) { _title = _raw[i].Trim(); _titleLine = i + 1; Mark(i, LineKind.Title); continue; }
                    if (_title != null && _subtitle is null && IsTitleLike(n)) { _subtitle = _raw[i].Trim(); Mark(i, LineKind.Subtitle); continue; }
                    Paragraph(i);
                }
            }

            private bool HeaderFurniture(int i, string n)
            {
                var m = AuthorLabel.Match(n);
                if (m.Success)
                {
                    Furniture(i, FurnitureKind.Author);
                    TakeAuthor(n);
                    return true;
                }
                var w = MatchWriterBlock(n);
                if (w.Success)
                {
                    Furniture(i, FurnitureKind.Author);
                    _author ??= w.Groups["name"].Value.Trim();
                    return true;
                }
                if (IsPromo(n)) { Furniture(i, FurnitureKind.Promo); return true; }
                if (Embed.IsMatch(n)) { Furniture(i, FurnitureKind.Embed); return true; }
                return false;
            }

            /// <summary>Reads the writer from "Penulis: X | Editor: Y", "Reporter: X", "Pewarta: X" (never from editor lines).</summary>
            private void TakeAuthor(string n)
            {
                if (_author != null) return;
                foreach (var part in n.Split('|'))
                {
                    var m = AuthorLabel.Match(part.Trim());
                    if (!m.Success) continue;
                    var label = m.Groups["label"].Value.ToLowerInvariant();
                    if (label != "penulis" && label != "reporter" && label != "pewarta" && label != "oleh" && label != "writer" && !label.StartsWith("laporan", StringComparison.Ordinal)) continue;
                    var name = m.Groups["t"].Value.Trim();
                    int comma = name.LastIndexOf(',');
                    if (comma >= 0 && Regex.IsMatch(name.Substring(0, comma), @"^(?:Kontributor|Tim|Koresponden|Wartawan)\b", RegexOptions.IgnoreCase | Opt, Timeout))
                        name = name.Substring(comma + 1).Trim();
                    if (name.Length > 0) { _author = name; return; }
                }
            }

            private void Caption(int i, string n)
            {
                Mark(i, LineKind.Caption);
                var text = n;
                if (_title != null && text.Length > _title.Length && text.StartsWith(_title, StringComparison.Ordinal))
                    text = text.Substring(_title.Length).Trim();
                string? credit = null;
                var m = MatchCreditAtEnd(text);
                if (m.Success && IsCredit(m.Groups["credit"].Value))
                {
                    credit = m.Groups["credit"].Value.Trim();
                    text = text.Substring(0, m.Index).Trim();
                }
                _captions.Add(new CaptionModel(i + 1, text, credit));
            }

            // ---- body ---------------------------------------------------------------------------------------

            private void ClassifyBody(int lead, int prefixLen)
            {
                bool tail = false, moreNews = false, topics = false, relatedPending = false, relatedBullets = false;
                for (int i = lead; i < Count; i++)
                {
                    _ct.ThrowIfCancellationRequested();
                    var n = _norm[i];
                    if (n.Length == 0 || _kind[i] != null) continue;
                    if (i == lead && prefixLen > 0) { Paragraph(i, prefixLen); continue; }
                    if (tail) { Furniture(i, GuessFurniture(n)); continue; }

                    if (relatedPending)
                    {
                        var lm = ListMarker.Match(n);
                        if (lm.Success && (relatedBullets || lm.Groups["b"].Success))
                        {
                            Related(i, n.Substring(lm.Length).Trim());
                            relatedBullets = true;
                            continue;
                        }
                        relatedPending = false;
                        if (!relatedBullets && !IsProseLike(n) || !relatedBullets && IsTitleLike(n)) { Related(i, n); continue; }
                        relatedBullets = false;
                    }

                    var rm = RelatedMarker.Match(n);
                    if (rm.Success)
                    {
                        var t = rm.Groups["t"].Value.Trim();
                        if (t.Length > 0) Related(i, t);
                        else { Furniture(i, FurnitureKind.RelatedMarker); relatedPending = true; relatedBullets = false; }
                        continue;
                    }
                    var am = AuthorLabel.Match(n);
                    if (am.Success) { Furniture(i, FurnitureKind.Author); TakeAuthor(n); tail = true; continue; }
                    var wm = MatchWriterBlock(n);
                    if (wm.Success) { Furniture(i, FurnitureKind.Author); _author ??= wm.Groups["name"].Value.Trim(); tail = true; continue; }
                    if (Copyright.IsMatch(n)) { Furniture(i, FurnitureKind.SignOff); tail = true; continue; }
                    if (MoreNews.IsMatch(n)) { Furniture(i, FurnitureKind.MoreNews); moreNews = true; topics = false; continue; }
                    if (moreNews)
                    {
                        if (IsProseLike(n) && !ListMarker.IsMatch(n)) moreNews = false;
                        else { Furniture(i, FurnitureKind.MoreNews); continue; }
                    }
                    var tm = TopicsLabel.Match(n);
                    if (tm.Success) { Furniture(i, FurnitureKind.Topics); topics = tm.Groups["t"].Value.Trim().Length == 0; continue; }
                    if (topics)
                    {
                        if (IsProseLike(n) && !ListMarker.IsMatch(n)) topics = false;
                        else { Furniture(i, FurnitureKind.Topics); continue; }
                    }
                    if (IsPromo(n)) { Furniture(i, FurnitureKind.Promo); continue; }
                    if (Embed.IsMatch(n)) { Furniture(i, n.IndexOf(':') >= 0 ? FurnitureKind.Embed : FurnitureKind.SignOff); continue; }
                    if (Initials.IsMatch(n)) { Furniture(i, FurnitureKind.SignOff); continue; }
                    if (LooksLikeCaption(n, i)) { Caption(i, n); continue; }

                    if (IsUnmarkedListItem(i)) { ListItem(i, n); continue; }
                    var lmk = ListMarker.Match(n);
                    if (lmk.Success)
                    {
                        var rest = n.Substring(lmk.Length).Trim();
                        if (lmk.Groups["n"].Success && IsHeadingLike(rest) && !NeighbourIsListLine(i)) Heading(i, rest);
                        else ListItem(i, rest);
                        continue;
                    }
                    if (IsHeadingLike(n) && i != lead && HasBodyAfter(i)) { Heading(i, n); continue; }
                    Paragraph(i);
                }
            }

            private static readonly Regex TitledItem = new Regex(@"^[\p{Lu}\d][^:.!?""“”]{1,60}:\s+\S", Opt, Timeout);

            /// <summary>
            /// A list item written without a marker (web copies often drop the bullets): a "Title: text" line that follows an
            /// introduction ending with a colon, or another such item.
            /// </summary>
            private bool IsUnmarkedListItem(int i)
            {
                // the pattern's colon is the line's first (no colon before it) and stands at index 2 to 61: test that first
                int colon = _norm[i].IndexOf(':');
                if (colon < 2 || colon > 61 || !TitledItem.IsMatch(_norm[i])) return false;
                int p = PrevNonBlank(i);
                if (p < 0) return false;
                if (_kind[p] == LineKind.ListItem) return ListMarker.IsMatch(_norm[p]) == false;
                return _kind[p] == LineKind.Paragraph && _norm[p].EndsWith(":", StringComparison.Ordinal);
            }

            private bool NeighbourIsListLine(int i)
            {
                int p = PrevNonBlank(i), q = NextNonBlank(i);
                return p >= 0 && ListMarker.IsMatch(_norm[p]) || q >= 0 && ListMarker.IsMatch(_norm[q]) || p >= 0 && _norm[p].EndsWith(":", StringComparison.Ordinal);
            }

            private bool HasBodyAfter(int i)
            {
                int j = NextNonBlank(i);
                if (j < 0) return false;
                var n = _norm[j];
                return IsProseLike(n) || ListMarker.IsMatch(n) || WordCount(n) >= 8;
            }

            private static FurnitureKind GuessFurniture(string n)
            {
                if (AuthorLabel.IsMatch(n) || IsWriterBlock(n)) return FurnitureKind.Author;
                if (Copyright.IsMatch(n)) return FurnitureKind.SignOff;
                if (TopicsLabel.IsMatch(n)) return FurnitureKind.Topics;
                if (MoreNews.IsMatch(n)) return FurnitureKind.MoreNews;
                if (IsPromo(n)) return FurnitureKind.Promo;
                return FurnitureKind.Other;
            }

            private void Related(int i, string title)
            {
                Mark(i, LineKind.Related);
                _related.Add(new LineText(i + 1, title));
            }

            // ---- date and cited sources ---------------------------------------------------------------------

            private string? FindDate()
            {
                string? found = null;
                for (int i = 0; i < Count; i++)
                {
                    var k = _kind[i];
                    if (k is null || k == LineKind.Furniture || k == LineKind.FrontMatter || k == LineKind.Related) continue;
                    foreach (var d in IndonesianDates.FindAll(_raw[i]))
                    {
                        if (!d.Valid)
                        {
                            // Point at the date itself, not at a weekday written before it.
                            int skip = d.Weekday is null ? 0 : Math.Max(0, _raw[i].Substring(d.Index, d.Length).IndexOf(d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                            if (skip > 0 && _raw[i][d.Index + skip - 1] == '(') skip--;
                            _diags.Add(Diagnostics.Create(DiagnosticIds.ImpossibleDate, i + 1, d.Index + skip, d.Length - skip,
                                $"'{_raw[i].Substring(d.Index + skip, d.Length - skip)}' is not a date (month {d.Month} has no day {d.Day} in {d.Year}); correct the day or month"));
                            continue;
                        }
                        if (IndonesianDates.WeekdayContradicts(d))
                            _diags.Add(Diagnostics.Create(DiagnosticIds.WeekdayMismatch, i + 1, d.Index, d.Length,
                                $"'{_raw[i].Substring(d.Index, d.Length)}': {IndonesianDates.Iso(d.Year, d.Month, d.Day)} is a {new DateTime(d.Year, d.Month, d.Day).DayOfWeek}, not '{d.Weekday}'; correct the weekday or the date"));
                        found ??= IndonesianDates.Iso(d.Year, d.Month, d.Day);
                    }
                }
                if (_front.TryGetValue("date", out var fm)) return fm.Value;
                return found;
            }

            private List<string> FindCitedSources()
            {
                var list = new List<string>();
                foreach (var p in _paragraphs)
                {
                    if (!MayCiteSource(p.Text)) continue;
                    foreach (Match m in CitedSource.Matches(p.Text))
                    {
                        var words = m.Groups["src"].Value.Split(' ').ToList();
                        while (words.Count > 1 && (WeekdayWords.Contains(words[words.Count - 1]) || words[words.Count - 1] is "of" or "the" or "de" or "&"))
                            words.RemoveAt(words.Count - 1);
                        var src = string.Join(" ", words).TrimEnd('.', ',', ';', ':');
                        if (src.Length > 1 && !list.Contains(src, StringComparer.OrdinalIgnoreCase)) list.Add(src);
                    }
                }
                return list;
            }
        }
    }
}
