using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// A dateline read as pieces when no fixed shape matched it: two to four short pieces (places and the outlet) joined by a
    /// slash, comma, colon, pipe or brackets, or a domain beside a place, then a dash or an underscore before the sentence:
    /// "**KABAR / KOTA, NEGARA – ", "Kota,(kabar.com) - ", "KOTA,KABAR.com__Warga", "KABAR.ID : KOTA – ", "kabar.com Kota – ".
    /// It is read only when a piece is unmistakable (a domain, an outlet's brand or a place the gazetteer knows) and prose follows;
    /// the outlet is the domain or brand (else the piece that is no known place), the city the first other piece, and any
    /// further place (a region or country after a comma) is dropped.
    /// </summary>
    internal static class DatelinePieces
    {
        private const int MaxHead = 70;

        public static bool TryRead(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int start = 0;
            while (start < n.Length && start < 3 && n[start] == '*') start++;
            if (n.Length < 30 || start >= n.Length || !char.IsLetter(n[start]) || !FindSeparator(n, start, out int sepStart, out int sepEnd)) return false;
            var pieces = Pieces(n.Substring(start, sepStart - start));
            if (pieces is null || pieces.Count < 2 || pieces.Count > 4 || !LineShapes.IsProseLike(n.Substring(sepEnd))) return false;
            if (!Assign(pieces, out outlet, out city)) return false;
            prefixLen = sepEnd;
            return true;
        }

        /// <summary>
        /// The first separator within the head: a dash with a space or a comma or bracket before it, or an underscore glued to the
        /// head (one or two), followed by a capital; <paramref name="sepEnd"/> is where the sentence starts.
        /// </summary>
        private static bool FindSeparator(string n, int start, out int sepStart, out int sepEnd)
        {
            sepStart = sepEnd = -1;
            for (int i = start + 2, end = Math.Min(n.Length - 2, start + MaxHead); i < end; i++)
            {
                char c = n[i], before = n[i - 1];
                bool dash = c == '–' || c == '—' || c == '-' && (char.IsWhiteSpace(before) || before == ',' || before == ')' || char.IsWhiteSpace(n[i + 1]));
                bool underscore = c == '_' && char.IsLetterOrDigit(before);
                if (!dash && !underscore) continue;
                int k = i + 1;
                while (k < n.Length && (n[k] == c || n[k] == '-' || char.IsWhiteSpace(n[k]))) k++;
                if (k >= n.Length || !char.IsUpper(n[k])) return false;
                sepStart = i;
                while (sepStart > start && (char.IsWhiteSpace(n[sepStart - 1]) || n[sepStart - 1] == ',')) sepStart--;
                sepEnd = k;
                return sepStart > start;
            }
            return false;
        }

        private static readonly char[] Joints = { '/', ',', ':', '|', '(', ')' };

        /// <summary>The head cut at its joints, a domain split from the words beside it; null when a piece is no name (prose).</summary>
        private static List<string>? Pieces(string head)
        {
            var pieces = new List<string>();
            foreach (var part in head.Split(Joints))
            {
                var words = part.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                if (words.Length > 4) return null;
                var run = new List<string>();
                foreach (var w in words)
                {
                    if (Datelines.IsDomainLike(w))
                    {
                        if (run.Count > 0) pieces.Add(string.Join(" ", run));
                        run.Clear();
                        pieces.Add(w);
                        continue;
                    }
                    if (!(char.IsUpper(w[0]) || char.IsDigit(w[0]) || Datelines.IsOutletLike(w))) return null; // "areknews": a brand in small letters
                    run.Add(w);
                }
                if (run.Count > 0) pieces.Add(string.Join(" ", run));
            }
            return pieces;
        }

        /// <summary>The outlet and the city among the pieces; false when no piece is unmistakable.</summary>
        private static bool Assign(List<string> pieces, out string? outlet, out string? city)
        {
            outlet = null; city = null;
            int o = pieces.FindIndex(Datelines.IsOutletLike);
            if (o < 0)
            {
                // no domain or brand: two pieces, one a known place, the other (no known place) the outlet
                if (pieces.Count != 2 || Datelines.IsKnownPlace(pieces[0]) == Datelines.IsKnownPlace(pieces[1])) return false;
                o = Datelines.IsKnownPlace(pieces[0]) ? 1 : 0;
            }
            outlet = pieces[o];
            int c = o == 0 ? 1 : 0;
            if (Datelines.IsOutletLike(pieces[c])) return false;
            city = Datelines.TitleCaseIfCaps(pieces[c]);
            return true;
        }
    }
}
