namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Hard-wrapped text: a page that breaks its paragraphs into lines of a fixed width, and a quote left open at a line's end.
    /// The join itself is <see cref="JoinParagraph"/>.
    /// </summary>
    internal sealed partial class ArticleLines
    {
        /// <summary>
        /// Line <paramref name="i"/> goes on with the paragraph on the line right above it, the page being hard-wrapped
        /// (<see cref="IsHardWrapped"/>): that paragraph ends no sentence, and this line opens in small letters or a digit, or
        /// the line above is long (a wrapped line is full; a heading or a label is short). On a page not wrapped throughout,
        /// only a line in small letters under a line that leaves a quote open goes on with it.
        /// </summary>
        public bool ContinuesParagraph(int i)
        {
            if (i == 0 || Kind[i - 1] != LineKind.Paragraph || Body.Count == 0 || Norm[i].Length == 0) return false;
            var last = Body[Body.Count - 1];
            if (last.Kind != BodyBlockKind.Paragraph || last.LastLine != i || !EndsNoSentence(last.Text)) return false;
            char c = Norm[i][0];
            if (!IsHardWrapped) return char.IsLower(c) && LeavesQuoteOpen(last.Text);
            return char.IsLower(c) || char.IsDigit(c) || Norm[i - 1].Length >= 40 && char.IsLetter(c);
        }

        /// <summary>
        /// The page breaks its paragraphs into lines of a fixed width: four times or more, and for a quarter or more of the lines
        /// that have a line right under them, a line wraps into the next (<see cref="Wraps"/>).
        /// </summary>
        public bool IsHardWrapped => _hardWrapped ??= CountWraps();
        private bool? _hardWrapped;

        private bool CountWraps()
        {
            int pairs = 0, wraps = 0;
            for (int i = 0; i + 1 < Count; i++)
            {
                if (Norm[i].Length < 20 || Norm[i + 1].Length == 0) continue;
                pairs++;
                if (Wraps(i)) wraps++;
            }
            return wraps >= 4 && wraps * 4 >= pairs;
        }

        /// <summary>On a hard-wrapped page, line <paramref name="i"/> has six words or more and wraps into the next: prose, not a heading.</summary>
        public bool WrapsIntoNext(int i) => IsHardWrapped && Wraps(i) && LineShapes.WordCount(Norm[i], atMost: 6) >= 6;

        /// <summary>Line <paramref name="i"/> ends no sentence and the line right under it goes on in small letters.</summary>
        private bool Wraps(int i)
            => i + 1 < Count && Norm[i].Length > 0 && Norm[i + 1].Length > 0 && char.IsLower(Norm[i + 1][0]) && EndsNoSentence(Norm[i]);

        /// <summary>No stop, quote mark, colon or ellipsis ends the text.</summary>
        private static bool EndsNoSentence(string text) => text.Length > 0 && ".!?\"”’:;…".IndexOf(text[text.Length - 1]) < 0;

        /// <summary>The text opens a quote with a curly mark (“) after its last closing mark (”).</summary>
        private static bool LeavesQuoteOpen(string text) => text.LastIndexOf('“') > text.LastIndexOf('”');
    }
}
