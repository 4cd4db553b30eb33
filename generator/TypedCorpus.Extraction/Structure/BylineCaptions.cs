using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// A page's photo right under its byline: "Penulis: X | Editor: Y" / "HO" (or "Rina/Kabar Timur", "kolase foto
    /// (handover)") / the photo's description, each on the next line with no blank between. The short line is the photo's
    /// credit, the line after it the caption. (A credit of a known shape, "Instagram @nama", "Foto: …", is read by
    /// <see cref="Captions.TryCreditAbove"/> first.)
    /// </summary>
    internal static class BylineCaptions
    {
        /// <summary>Words of a photo's credit besides <see cref="Captions.CreditWords"/>: a photo, a handover, a screenshot, an illustration.</summary>
        private static readonly string[] PhotoWords = { "foto", "handover", "ilustrasi", "repro", "tangkapan", "kolase" };

        /// <summary>
        /// A credit's shape: a source with its outlet ("Rina/Kabar Timur", "@akun"), one or two words in capitals ("HO", "IST"),
        /// or a credit word (not a topic label, "Pilkada Serentak 2024").
        /// </summary>
        private static bool CreditLike(string n)
        {
            if (n.IndexOf('/') >= 0 || n.IndexOf('@') >= 0) return true;
            if (WordCount(n, atMost: 3) <= 2 && n.ToUpperInvariant() == n) return true;
            foreach (var w in n.ToLowerInvariant().Split(' ', '(', ')', '.', ','))
                if (System.Array.IndexOf(PhotoWords, w) >= 0 || System.Array.Exists(Captions.CreditWords, c => string.Equals(c, w, System.StringComparison.OrdinalIgnoreCase))) return true;
            return false;
        }

        /// <summary>Takes the credit at <paramref name="i"/> and the caption under it, when line <paramref name="i"/> - 1 is a byline.</summary>
        public static bool TryTake(ArticleLines lines, int i, string n, int lead)
        {
            int j = i + 1;
            if (i == 0 || j >= lead || lines.Norm[i - 1].Length == 0 || lines.Norm[j].Length == 0 || lines.Kind[j] != null) return false;
            if (LineRules.FirstMatch(LineRules.Header, lines.Norm[i - 1]) is not { Kind: FurnitureKind.Author }) return false;
            // the credit: six words at most, no sentence; the caption: four words or more, no byline or dateline of its own
            if (WordCount(n, atMost: 7) > 6 || ".!?:".IndexOf(n[n.Length - 1]) >= 0 || StartsWithQuote(n) || !CreditLike(n) || LineRules.FirstMatch(LineRules.All, n) != null) return false;
            var caption = lines.Norm[j];
            if (WordCount(caption, atMost: 4) < 4 || LineRules.FirstMatch(LineRules.All, caption) != null || Datelines.TryDateline(caption, out _, out _, out _)) return false;
            lines.AddFurniture(i, FurnitureKind.Other);
            lines.Mark(j, LineKind.Caption);
            lines.Captions.Add(new CaptionModel(j + 1, caption, n));
            return true;
        }
    }
}
