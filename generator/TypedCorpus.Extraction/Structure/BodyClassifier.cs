using System;
using System.Text.RegularExpressions;
using System.Threading;
using static TypedCorpus.Extraction.Structure.LinePattern;
using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// The body, from the lead on: related links, furniture (by <see cref="LineRules"/>), captions, list items, headings and
    /// paragraphs. After a byline or a sign-off every line is furniture (the tail); a "more news" or topics label makes the
    /// lines after it furniture until prose comes back.
    /// </summary>
    internal sealed class BodyClassifier
    {
        private static readonly Regex TitledItem = new Regex(@"^[\p{Lu}\d][^:.!?""“”]{1,60}:\s+\S", Opt, LinePattern.Timeout);

        private readonly ArticleLines _lines;
        private bool _tail, _moreNews, _topics, _relatedPending, _relatedBullets;

        private BodyClassifier(ArticleLines lines) => _lines = lines;

        /// <summary>Classifies the lines from the lead on; the lead's first <paramref name="prefixLen"/> characters are its dateline.</summary>
        public static void Classify(ArticleLines lines, int lead, int prefixLen, CancellationToken ct)
        {
            var body = new BodyClassifier(lines);
            for (int i = lead; i < lines.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var n = lines.Norm[i];
                if (n.Length == 0 || lines.Kind[i] != null) continue;
                if (i == lead && prefixLen > 0) { lines.AddParagraph(i, prefixLen); continue; }
                if (body._tail) { lines.AddFurniture(i, LineRules.FirstMatch(LineRules.Tail, n)?.Kind ?? FurnitureKind.Other); continue; }
                if (body.RelatedLink(i, n) || Captions.TryLabelAlone(lines, i, n) || body.Furniture(i, n)) continue;
                body.Content(i, n, lead);
            }
            EndBylines.TakeFromLastParagraph(lines);
            EndBylines.DropNameEchoes(lines);
        }

        /// <summary>A line after a "Baca juga" marker with no title of its own: a related link while the list of links goes on.</summary>
        private bool RelatedLink(int i, string n)
        {
            if (!_relatedPending) return false;
            var lm = ListMarker.Match(n);
            if (lm.Success && (_relatedBullets || lm.Groups["b"].Success))
            {
                AddRelated(i, TextSlices.Trimmed(n, lm.Length, n.Length - lm.Length));
                _relatedBullets = true;
                return true;
            }
            if (!_relatedBullets && (!IsProseLike(n) || IsTitleLike(n)))
            {
                AddRelated(i, n);
                // more titles on the lines right under it (no blank line between) belong to the same block
                _relatedPending = i + 1 < _lines.Count && IsBlockTitle(_lines.Norm[i + 1]);
                return true;
            }
            _relatedPending = false;
            _relatedBullets = false;
            return false;
        }

        private bool Furniture(int i, string n)
        {
            var rm = LineRules.Related.Match(n);
            if (rm.Success)
            {
                var t = rm.Groups["t"].Value.Trim();
                if (t.Length > 0) AddRelated(i, t.TrimEnd('|', ' '));
                else { _lines.AddFurniture(i, FurnitureKind.RelatedMarker); _relatedPending = true; _relatedBullets = false; }
                return true;
            }
            // a byline with its date belongs to the header: after it the article goes on
            if (LineRules.DatedByline.IsMatch(n)) return Bylines.TryTake(_lines, i, n);
            if (Bylines.TryTake(_lines, i, n)) { _tail = true; return true; }
            if (CopyrightCredits.TryTake(_lines, i, n)) return true;
            if (LineRules.Copyright.IsMatch(n) || LineRules.Comments.IsMatch(n)) { _lines.AddFurniture(i, FurnitureKind.SignOff); _tail = true; return true; }
            if (LineRules.MoreNews.IsMatch(n)) { _lines.AddFurniture(i, LineRules.MoreNews.Kind); _moreNews = true; _topics = false; return true; }
            if (_moreNews && Continues(ref _moreNews, i, n, FurnitureKind.MoreNews)) return true;
            var tm = LineRules.Topics.Match(n);
            if (tm.Success) { _lines.AddFurniture(i, LineRules.Topics.Kind); _topics = tm.Groups["t"].Value.Trim().Length == 0; return true; }
            if (_topics && Continues(ref _topics, i, n, FurnitureKind.Topics)) return true;
            if (LineRules.Promo.IsMatch(n)) { _lines.AddFurniture(i, LineRules.Promo.Kind); return true; }
            // an embed without a colon ("[Gambas:Video 20detik]", "Lihat Foto") closes the article
            if (LineRules.Embed.IsMatch(n)) { _lines.AddFurniture(i, n.IndexOf(':') >= 0 ? FurnitureKind.Embed : FurnitureKind.SignOff); return true; }
            if (LineRules.Initials.IsMatch(n)) { _lines.AddFurniture(i, LineRules.Initials.Kind); return true; }
            if (LineRules.PageChrome.IsMatch(n)) { _lines.AddFurniture(i, LineRules.PageChrome.Kind); return true; }
            // a separator or an icon's text without a letter or digit ("//", "***") is page layout
            if (!LineShapes.HasLetterOrDigit(n)) { _lines.AddFurniture(i, FurnitureKind.Other); return true; }
            // a short line of numbers and marks (": | 3129 |", a counter's cell) is page layout too
            if (n.Length <= 30 && !HasLetter(n)) { _lines.AddFurniture(i, FurnitureKind.Other); return true; }
            return false;
        }

        private static bool HasLetter(string n)
        {
            foreach (char c in n) if (char.IsLetter(c)) return true;
            return false;
        }

        /// <summary>A line under a label (more news, topics) is furniture of its kind until prose that is not a list item ends the <paramref name="open"/> section.</summary>
        private bool Continues(ref bool open, int i, string n, FurnitureKind kind)
        {
            if (IsProseLike(n) && !ListMarker.IsMatch(n)) { open = false; return false; }
            _lines.AddFurniture(i, kind);
            return true;
        }

        /// <summary>A related link, its title without the site's name that may end it (<see cref="RelatedSiteNames"/>), which names the outlet.</summary>
        private void AddRelated(int i, string title)
        {
            title = RelatedSiteNames.Split(title, out var site);
            _lines.Outlet ??= site;
            _lines.AddRelated(i, title);
        }

        private void Content(int i, string n, int lead)
        {
            // a hard-wrapped page: the line goes on with the paragraph above it
            if (_lines.ContinuesParagraph(i) && !ListMarker.IsMatch(n) && !Captions.LooksLikeCaption(_lines, n)) { _lines.JoinParagraph(i); return; }
            if (TwinCaptions.TryTake(_lines, i, n, _lines.Count)) return;
            if (Captions.LooksLikeCaption(_lines, n) && !IsClosingParagraphWithSignOff(i, n)) { Captions.Add(_lines, i, n); return; }
            // a credit alone between paragraphs ("- Kabarku/Nama Orang", "Instagram @kabarkota"): the photo's, with no text
            if (n.Length <= 60 && Captions.LoneCreditAt(n) is string credit)
            {
                _lines.Mark(i, LineKind.Caption);
                _lines.Captions.Add(new CaptionModel(i + 1, "", credit));
                return;
            }
            if (IsUnmarkedListItem(i)) { _lines.AddListItem(i, n); return; }
            var lmk = ListMarker.Match(n);
            if (lmk.Success)
            {
                var rest = TextSlices.Trimmed(n, lmk.Length, n.Length - lmk.Length);
                if (lmk.Groups["n"].Success && IsHeadingLike(rest) && !NeighbourIsListLine(i)) _lines.AddHeading(i, rest);
                else _lines.AddListItem(i, rest);
                return;
            }
            if (i != lead && (IsTeaserHeadline(n) || IsQuestionTeaser(i, n))) { _lines.AddFurniture(i, FurnitureKind.MoreNews); return; }
            if (i != lead && TrailingHeadlines.StartsAt(_lines, i)) { _lines.AddFurniture(i, FurnitureKind.MoreNews); _moreNews = true; return; }
            if (IsHeadingLike(n) && !IsClauseSentence(n) && i != lead && HasBodyAfter(i) && !_lines.WrapsIntoNext(i)) { _lines.AddHeading(i, n); return; }
            if (AfterLoneBullet(i)) { _lines.AddListItem(i, n); return; }
            _lines.AddParagraph(i);
        }

        /// <summary>
        /// A list item written without a marker (web copies often drop the bullets): a "Title: text" line that follows an
        /// introduction ending with a colon, or another such item.
        /// </summary>
        private bool IsUnmarkedListItem(int i)
        {
            var norm = _lines.Norm;
            // the pattern's colon is the line's first (no colon before it) and stands at index 2 to 61: test that first
            int colon = norm[i].IndexOf(':');
            if (colon < 2 || colon > 61 || !TitledItem.IsMatch(norm[i])) return false;
            int p = _lines.PrevNonBlank(i);
            if (p < 0) return false;
            if (_lines.Kind[p] == LineKind.ListItem) return ListMarker.IsMatch(norm[p]) == false;
            return _lines.Kind[p] == LineKind.Paragraph && norm[p].EndsWith(":", StringComparison.Ordinal);
        }

        /// <summary>
        /// "Berikut hasilnya:" / "-" / "Nota antara …" / "-" / "Protokol antara …": a page that puts each bullet on a line of its own
        /// before its item's text; the text is a list item when the bullet follows an introduction ending with a colon or
        /// another item.
        /// </summary>
        private bool AfterLoneBullet(int i)
        {
            var norm = _lines.Norm;
            int p = _lines.PrevNonBlank(i);
            if (p < 0 || !IsLoneBullet(norm[p])) return false;
            int before = _lines.PrevNonBlank(p);
            return before >= 0 && (norm[before].EndsWith(":", StringComparison.Ordinal) || _lines.Kind[before] == LineKind.ListItem);
        }

        // a bullet's marks ("*", "–" and "—" alone are also section separators, which make no list)
        private static bool IsLoneBullet(string n) => n.Length == 1 && "-•·▪●◦‣".IndexOf(n[0]) >= 0;

        private bool NeighbourIsListLine(int i)
        {
            var norm = _lines.Norm;
            int p = _lines.PrevNonBlank(i), q = _lines.NextNonBlank(i);
            return p >= 0 && ListMarker.IsMatch(norm[p]) || q >= 0 && ListMarker.IsMatch(norm[q]) || p >= 0 && norm[p].EndsWith(":", StringComparison.Ordinal);
        }

        /// <summary>A further title of a block of related links: a headline-like line that no furniture rule names.</summary>
        internal static bool IsBlockTitle(string n)
            => n.Length > 0 && IsTitleLike(n) && !IsProseLike(n) && LineRules.FirstMatch(LineRules.All, n) is null;

        /// <summary>
        /// "… secara profesional dan transparan. (Kabarku.id)": the article's last paragraph of two sentences or more (or 35
        /// words) signed off by its source in brackets, with no text after it, is a paragraph and not a photo's caption (a
        /// credit labelled as a photo's, "[Foto KABAR]", after a single sentence signs off no paragraph).
        /// </summary>
        private bool IsClosingParagraphWithSignOff(int i, string n)
        {
            if (WordCount(n, atMost: 35) < 35 && !HasTwoSentences(n) || Captions.EndsWithPhotoCredit(n) && !HasTwoSentences(n)) return false;
            for (int j = _lines.NextNonBlank(i); j >= 0; j = _lines.NextNonBlank(j))
                if (IsProseLike(_lines.Norm[j])) return false;
            return true;
        }

        /// <summary>A sentence's end (". " before a capital) inside the line: two sentences at least.</summary>
        private static bool HasTwoSentences(string n)
        {
            for (int k = n.IndexOf(". ", StringComparison.Ordinal); k > 0 && k + 2 < n.Length; k = n.IndexOf(". ", k + 1, StringComparison.Ordinal))
                // the next sentence may open with a quotation mark: ". \"Semoga …"
                if (char.IsLower(n[k - 1]) && (char.IsUpper(n[k + 2]) || k + 3 < n.Length && IsOpeningQuote(n[k + 2]) && char.IsUpper(n[k + 3]))) return true;
            return false;
        }

        private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u2018' or '\'';

        /// <summary>The body after a heading: prose, a list, a long line, or a list's introduction ("Berikut poin-poinnya:").</summary>
        private bool HasBodyAfter(int i)
        {
            int j = _lines.NextNonBlank(i);
            if (j < 0) return false;
            var n = _lines.Norm[j];
            return IsProseLike(n) || ListMarker.IsMatch(n) || WordCount(n, atMost: 8) >= 8 || WordCount(n, atMost: 4) >= 4 && n.EndsWith(":", StringComparison.Ordinal);
        }

        // "Apa yang dimaksud dengan …? …": a question and its short answer, as a related-questions widget shows them
        private static readonly Regex QuestionOpening = new Regex(@"^(?:Apa|Siapa|Kenapa|Mengapa|Bagaimana|Kapan|Berapa|Di\s?mana|Ke\s?mana|Apakah)\b[^.!?""“”]{5,120}\?\s+\p{Lu}", Opt, LinePattern.Timeout);

        /// <summary>A question and its answer on a line of their own right under a separator ("-"): an item of a related-questions widget.</summary>
        private bool IsQuestionTeaser(int i, string n)
        {
            int p = _lines.PrevNonBlank(i);
            return p >= 0 && _lines.Kind[p] == LineKind.Furniture && !HasLetterOrDigit(_lines.Norm[p]) && n.IndexOf('?') > 0 && QuestionOpening.IsMatch(n);
        }

        /// <summary>
        /// Another article's headline put between the paragraphs without a label ("Ramalan Zodiak Hari Ini: Capricorn Dikejar
        /// Masalah, Taurus Angkat Layarnya"): seven to twenty-two words, nearly all capitalised from the first three on, with a
        /// comma or colon between its parts, and no sentence's end. A sub-heading has no such parts.
        /// </summary>
        internal static bool IsTeaserHeadline(string n)
        {
            if (n.Length < 30 || ".,;:!?\"”’)".IndexOf(n[n.Length - 1]) >= 0 || StartsWithQuote(n)) return false;
            var words = n.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 7 || words.Length > 22) return false;
            int capital = 0;
            for (int k = 0; k < words.Length; k++)
            {
                bool up = char.IsUpper(words[k][0]) || char.IsDigit(words[k][0]);
                if (k < 3 && !up) return false;
                if (up) capital++;
            }
            return capital * 4 >= words.Length * 3 && (n.IndexOf(", ", StringComparison.Ordinal) > 0 || n.IndexOf(": ", StringComparison.Ordinal) > 0);
        }

        /// <summary>
        /// A sentence that lost its final period ("Untuk itu, warga diminta waspada"): six words or more with a comma, before a
        /// word in small letters or in a line of mostly small-letter words. A sub-heading has no such clause.
        /// </summary>
        private static bool IsClauseSentence(string n)
        {
            int words = WordCount(n);
            if (words < 6 || n.IndexOf(", ", StringComparison.Ordinal) < 0) return false;
            for (int c = n.IndexOf(", ", StringComparison.Ordinal); c >= 0; c = n.IndexOf(", ", c + 2, StringComparison.Ordinal))
                if (c + 2 < n.Length && char.IsLower(n[c + 2])) return true;
            int lower = 0;
            foreach (var w in n.Split(' ')) if (w.Length > 0 && char.IsLower(w[0])) lower++;
            return lower * 2 > words;
        }
    }
}
