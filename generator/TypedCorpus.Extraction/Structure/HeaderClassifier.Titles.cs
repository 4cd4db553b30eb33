using System.Linq;
using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The headline and the standfirst among the header's lines: the page's title with the site's name, a reworded headline, a pull quote.</summary>
    internal static partial class HeaderClassifier
    {
        /// <summary>
        /// "Warga Sepakat Berdamai - Kabar Kota" (the page's title, with the site's name) and then "Warga Sepakat Berdamai": the
        /// line without the name is the headline; the page's title is layout.
        /// </summary>
        private static bool TitleWithoutSiteName(ArticleLines lines, int i, string n)
        {
            var title = LineShapes.Normalize(lines.Title!);
            if (title.Length <= n.Length + 3) return false;
            if (title.StartsWith(n, System.StringComparison.Ordinal))
            {
                var rest = title.Substring(n.Length);
                if (!(rest.StartsWith(" - ", System.StringComparison.Ordinal) || rest.StartsWith(" | ", System.StringComparison.Ordinal) || rest.StartsWith(" – ", System.StringComparison.Ordinal)) || WordCount(rest.Substring(3)) > 4) return false;
            }
            else if (!IsReworded(title, n)) return false;
            int old = lines.TitleLine - 1;
            lines.AddFurniture(old, FurnitureKind.Other);
            lines.Title = lines.Raw[i].Trim();
            lines.TitleLine = i + 1;
            lines.Mark(i, LineKind.Title);
            return true;
        }

        /// <summary>
        /// "Angin Kencang di Desa Sukamaju, 13 Rumah Rusak | KABAR.com - Berita Terkini" (the page's title, with the site's domain
        /// and tagline) and then "Angin Kencang Terjang Desa Sukamaju, 13 Rumah Rusak": a headline-like line that shares two thirds
        /// of its words with the part before the domain is the headline, reworded.
        /// </summary>
        private static bool IsReworded(string title, string n)
        {
            int bar = title.IndexOf(" | ", System.StringComparison.Ordinal);
            if (bar < 10 || !IsTitleLike(n) || IsProseLike(n)) return false;
            var site = title.Substring(bar + 3).Split(' ');
            if (!site.Any(Datelines.IsDomainLike)) return false;
            var head = title.Substring(0, bar).ToLowerInvariant().Split(' ');
            var words = n.ToLowerInvariant().Split(' ');
            return head.Intersect(words).Count() * 3 >= head.Union(words).Count() * 2;
        }

        /// <summary>"» » Banjir Rendam Dua Desa": the headline after a breadcrumb's empty steps, without their marks; else the line itself.</summary>
        private static string WithoutCrumbMarks(string n)
        {
            int k = 0;
            while (k < n.Length && (n[k] == '»' || n[k] == '›' || char.IsWhiteSpace(n[k]))) k++;
            return k == 0 || k == n.Length ? n : n.Substring(k);
        }

        // the marks some sites put around a standfirst: "*) Hasil kesepakatan …", "*Amankan 23 tersangka … --", "• Kesepakatan ini …"
        private static readonly System.Text.RegularExpressions.Regex StandfirstMarks = new System.Text.RegularExpressions.Regex(
            @"^(?:\*\)?|•)\s*(?<t>\p{Lu}.*?)(?:\s+(?:-{2}|–|—))?$", LinePattern.Opt, LinePattern.Timeout);

        /// <summary>The line without a standfirst's marks (a star or a bullet before it, a dash after it), or the line itself.</summary>
        private static string WithoutStandfirstMarks(string n)
            => (n[0] == '*' || n[0] == '•') && StandfirstMarks.Match(n) is { Success: true } m ? m.Groups["t"].Value.Trim() : n;

        /// <summary>
        /// The standfirst: a title-like line, or one sentence right after the headline ("Hakim batal membacakan vonis …."), that
        /// is not the headline again.
        /// </summary>
        private static bool IsSubtitle(ArticleLines lines, int i, string n)
        {
            if (n == LineShapes.Normalize(lines.Title!) || SameWords(n, lines.Title!)) return false;
            if (IsPullQuote(n)) return true;
            // "id KPU Kulon Progo,DCT": a standfirst opens as a sentence does, never in lower case
            if (char.IsLower(n[0])) return false;
            // "NASIONAL PEMERINTAHAN": a word or three in capitals is a section's label, never a standfirst
            if (WordCount(n, atMost: 4) <= 3 && !n.Any(char.IsLower)) return false;
            if (IsTitleLike(n)) return true;
            bool afterTitle = lines.PrevNonBlank(i) == lines.TitleLine - 1;
            char last = n[n.Length - 1];
            return afterTitle && (last == '.' || last == '!' || last == '?') && WordCount(n, atMost: 41) is >= 6 and <= 40 && !StartsWithQuote(n)
                && n.IndexOf(". ", System.StringComparison.Ordinal) < 0;
        }

        /// <summary>"Borong 17 Medali,  Kota …" under "Borong 17 Medali, Kota …": the same words, spaced otherwise.</summary>
        private static bool SameWords(string a, string b)
        {
            int i = 0, j = 0;
            while (true)
            {
                while (i < a.Length && char.IsWhiteSpace(a[i])) i++;
                while (j < b.Length && char.IsWhiteSpace(b[j])) j++;
                if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
                if (a[i] != b[j]) return false;
                bool spaceA = i + 1 < a.Length && char.IsWhiteSpace(a[i + 1]), spaceB = j + 1 < b.Length && char.IsWhiteSpace(b[j + 1]);
                if (spaceA != spaceB) return false;
                i++; j++;
            }
        }

        /// <summary>
        /// A pull quote set under the headline ("" Kedua pihak sepakat berdamai, "" alone on its line): quote marks open and
        /// close the whole line, with five words or more and nothing after the marks; the standfirst.
        /// </summary>
        private static bool IsPullQuote(string n)
            => n.Length >= 20 && StartsWithQuote(n) && "\"“”".IndexOf(n[n.Length - 1]) >= 0 && WordCount(n, atMost: 5) >= 5;
    }
}
