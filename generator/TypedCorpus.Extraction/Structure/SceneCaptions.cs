using System;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// A photo's scene described under the headline: who is in it, then "saat" or "ketika" and what they were doing, with no
    /// verb of its own before it ("Petugas pemadam saat memadamkan api di rumah warga", "Ketua KONI saat ditemui wartawan"); or
    /// an event named by its noun and done "oleh" someone, with no stop ("Penyerahan bantuan oleh Bupati kepada warga"). A
    /// standfirst says what happened and so has a verb before such a clause ("Warga mengungsi saat banjir datang.").
    /// </summary>
    internal static class SceneCaptions
    {
        private static readonly string[] VerbOpenings = { "me", "ber", "di", "ter" };

        /// <summary>Small words that every headline keeps in small letters ("di", "dan", "yang").</summary>
        private static readonly System.Collections.Generic.HashSet<string> HeadlineSmallWords = Lexicon.LexiconResource.WordSet("headline-small-words");

        /// <summary>
        /// "Foto: Kepala dinas saat menerima kunjungan …, Selasa (7/1). (ist)", "Foto : Ratusan siswa dibekali sebelum …": the
        /// photo's label, then a description written as a sentence (three words or more in small letters that a headline would
        /// capitalise): a caption. "Foto: Momen Warga Menyambut Kirab di Alun-alun" links a gallery (a headline after the label).
        /// </summary>
        public static bool DescribedAfterPhotoLabel(string n)
        {
            if (n.Length < 20 || !n.StartsWith("Foto", StringComparison.OrdinalIgnoreCase)) return false;
            int colon = n.IndexOf(':');
            if (colon < 4 || colon > 6 || n.Substring(4, colon - 4).Trim().Length > 0 || LineShapes.StartsWithQuote(n.Substring(colon + 1).TrimStart())) return false;
            // a credit after the label ("Foto: dokumentasi pribadi warga") is no description: five words at least
            var words = n.Substring(colon + 1).Split(new[] { ' ', ',', '(', ')', '.' }, StringSplitOptions.RemoveEmptyEntries);
            int small = 0;
            foreach (var w in words) if (w.Length > 2 && char.IsLower(w[0]) && !HeadlineSmallWords.Contains(w)) small++;
            return small >= 3 && words.Length >= 5;
        }

        public static bool IsScene(string n)
        {
            if (n.Length < 20 || LineShapes.StartsWithQuote(n) || LineShapes.WordCount(n, atMost: 46) > 45 || n.IndexOf(". ", StringComparison.Ordinal) > 0) return false;
            var words = n.Replace(",", " , ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            return WhileClause(words) || DoneBy(words, n);
        }

        /// <summary>"X saat …": one to twelve words before "saat" or "ketika", none of them a verb, a clause or a stop.</summary>
        private static bool WhileClause(string[] words)
        {
            for (int i = 1; i < words.Length - 1 && i <= 12; i++)
            {
                var w = words[i];
                if (w == "saat" || w == "ketika") return true;
                if (w.Length >= 5 && char.IsLower(w[0]) && IsVerbLike(w) || w == "yang" || w.EndsWith(".", StringComparison.Ordinal)) return false;
            }
            return false;
        }

        /// <summary>"Penyerahan bantuan oleh Bupati …": a noun of an event (pe-…-an) first, "oleh" within twelve words, no stop at the end.</summary>
        private static bool DoneBy(string[] words, string n)
        {
            var first = words[0];
            if (first.Length < 8 || !first.StartsWith("Pe", StringComparison.Ordinal) || !first.EndsWith("an", StringComparison.Ordinal) || ".!?".IndexOf(n[n.Length - 1]) >= 0) return false;
            for (int i = 1; i < words.Length - 1 && i <= 12; i++)
                if (words[i] == "oleh") return char.IsUpper(words[i + 1][0]) || words[i + 1] == "kedua" || words[i + 1] == "para";
            return false;
        }

        private static bool IsVerbLike(string w)
        {
            foreach (var p in VerbOpenings) if (w.StartsWith(p, StringComparison.Ordinal)) return true;
            return false;
        }
    }
}
