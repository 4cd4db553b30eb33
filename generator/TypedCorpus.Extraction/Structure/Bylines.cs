using System;
using System.Linq;
using System.Text.RegularExpressions;
using TypedCorpus.Extraction.Lexicon;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The article's writer, read from its byline furniture (the first one that names a writer).</summary>
    internal static class Bylines
    {
        /// <summary>
        /// Line <paramref name="i"/> as author furniture when it is a byline ("Penulis: X", "Name Photo Writer"), the writer
        /// taken from it; false when it is not one.
        /// </summary>
        public static bool TryTake(ArticleLines lines, int i, string n)
        {
            if (LineRules.Author.IsMatch(n))
            {
                lines.AddFurniture(i, FurnitureKind.Author);
                if (LinePatterns.PostedBy.Match(n) is { Success: true } posted) TakeName(lines, posted.Groups["name"].Value);
                else if (LinePatterns.ReporterLine.Match(n) is { Success: true } reporter) TakeAfterOutlet(lines, reporter.Groups["rest"].Value);
                else TakeLabelled(lines, n);
                return true;
            }
            var w = LineRules.WriterBlock.Match(n);
            if (!w.Success) w = LineRules.DatedByline.Match(n);
            if (w.Success)
            {
                lines.AddFurniture(i, FurnitureKind.Author);
                var name = w.Groups["name"].Value.Trim();
                if (!NamesPlace(name)) TakeName(lines, name);
                return true;
            }
            return EndBylines.TryLabelAlone(lines, i, n) || EndBylines.TrySignOffName(lines, i, n);
        }

        /// <summary>"BALI - Kamis, 18 Juli 2019", "RI - …": a place or a country and its date is no writer's byline.</summary>
        private static bool NamesPlace(string name) => Datelines.IsKnownPlace(name) || Countries.Resolve(name) != null;

        /// <summary>A dated byline's line whose name is a place or a country ("GOWA - Kamis, 18 Juli 2019 07:00 WIB"): a dateline, then.</summary>
        public static bool DatedBylineNamesPlace(string n)
            => LineRules.DatedByline.Match(n) is { Success: true } m && NamesPlace(m.Groups["name"].Value.Trim());

        /// <summary>
        /// "Kabar Kota Nama Penulis" after a network's "Laporan Reporter": the outlet's two words, then the writer (a domain is
        /// one word: "Kabar.com Nama"); with no more than the outlet's words the line names no writer.
        /// </summary>
        private static void TakeAfterOutlet(ArticleLines lines, string rest)
        {
            var words = rest.Split(' ');
            int skip = words[0].IndexOf('.') > 0 ? 1 : 2;
            if (words.Length <= skip || lines.Author != null) return;
            TakeName(lines, string.Join(" ", words, skip, words.Length - skip));
            lines.AuthorFromReport = lines.Author != null; // a writer's own label may still override it
        }

        // "Rudi Hartono, kabar kota": the writer's name and the site's name in small letters, a byline under the headline
        private static readonly Regex NameAndSite = new Regex(@"^(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3}),\s*\p{Ll}[\p{Ll}\d.]+(?:\s\p{Ll}[\p{Ll}\d.]+){0,2}$", Opt, Timeout);

        /// <summary>
        /// Line <paramref name="i"/> of the header as the writer's byline when it is a name and the site's name in small letters
        /// ("Rudi Hartono, kabar kota": no standfirst ends in words of small letters alone after a name).
        /// </summary>
        public static bool TryNameAndSite(ArticleLines lines, int i, string n)
        {
            if (n.Length > 60 || n.IndexOf(',') < 5 || !(NameAndSite.Match(n) is { Success: true } m)) return false;
            lines.AddFurniture(i, FurnitureKind.Author);
            TakeName(lines, m.Groups["name"].Value);
            return true;
        }

        /// <summary>
        /// "Rizky Amin" alone under the headline, then the same name again, or a caption before the lead that credits the name
        /// ("(Rizky Amin - Kabar)"): the writer's byline without its label.
        /// </summary>
        public static bool TryBareName(ArticleLines lines, int i, string n, int lead)
        {
            if (lines.Title is null || lines.Author != null || n.Length > 40 || n.EndsWith(",", StringComparison.Ordinal) || !NameLine.IsMatch(n)) return false;
            var words = n.Split(' ');
            if (words.Length < 2 || words.Length > 4 || Lexicon.NameLexicon.IsPersonRole(words[0]) || words.Any(w => Lexicon.NameLexicon.IsOrgWord(w) || Datelines.IsKnownPlace(w))) return false;
            int j = lines.NextNonBlank(i);
            if (j < 0 || j > lead) return false;
            var next = lines.Norm[j];
            // (a topic label or a standfirst above a timestamp is no confirmation: "Hukum Kriminal" then "Senin, 10 Juli 2023")
            bool again = next == n;
            bool credited = false;
            for (int k = j; !again && k >= 0 && k < lead && !credited; k = lines.NextNonBlank(k)) credited = CreditsName(lines.Norm[k], n);
            if (!again && !credited) return false;
            lines.AddFurniture(i, FurnitureKind.Author);
            if (again) lines.AddFurniture(j, FurnitureKind.Author);
            TakeName(lines, n);
            return true;
        }

        // "Kamis, 10 Juni 2021 14:30 WIB Jurnalis - Nama Penulis": the day and time of filing, then the writer's label and name
        private static readonly Regex DateThenWriter = new Regex(
            @"^(?:\p{L}{4,6}'?\p{L}{0,2},\s*)?\d{1,2}\s+\p{L}{3,9}\s+\d{4}(?:\s*,?\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*WI[BT]A?)?)?\s*[|,-]?\s*(?:Jurnalis|Penulis|Reporter|Pewarta|Oleh)\s*[-–:]\s*(?<name>(?!Redaksi\b|Tim\b)\p{Lu}[\p{L}.'’-]*(?:\s+(?!Editor\b|Redaktur\b)\p{Lu}[\p{L}.'’-]*){0,4})$",
            Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>"Kamis, 10 Juni 2021 14:30 WIB Jurnalis - Nama": a dated line that names the writer after a label: the byline.</summary>
        public static bool TryDateThenWriter(ArticleLines lines, int i, string n)
        {
            if (n.Length > 100 || !char.IsLetterOrDigit(n[0]) || !(DateThenWriter.Match(n) is { Success: true } m)) return false;
            lines.AddFurniture(i, FurnitureKind.Author);
            lines.DatedLayout.Add(i);
            TakeName(lines, m.Groups["name"].Value);
            return true;
        }

        /// <summary>"(Nama Orang - Kabar)", "(Nama Orang/Kabar)", "(Nama Orang | Kabar)": a caption's credit naming <paramref name="name"/> before its outlet.</summary>
        private static bool CreditsName(string line, string name)
        {
            int at = line.IndexOf("(" + name, StringComparison.Ordinal);
            if (at < 0) return false;
            var rest = line.Substring(at + 1 + name.Length);
            return rest.StartsWith("/", StringComparison.Ordinal) || rest.StartsWith(" - ", StringComparison.Ordinal) || rest.StartsWith(" – ", StringComparison.Ordinal) || rest.StartsWith(" | ", StringComparison.Ordinal);
        }

        /// <summary>The writer, unless one is known already or the name is an office or agency ("Humas", "Redaksi").</summary>
        internal static void TakeName(ArticleLines lines, string name)
        {
            if (lines.Author != null || name.Length == 0 || EndBylines.NonWriters.Contains(name)) return;
            lines.Author = WithoutOutlet(name, lines.Outlet);
        }

        private static readonly Regex EditorAfter = new Regex(@"\s+(?:Editor|Redaktur|Penyunting|Fotografer|Layout)\s*:", Opt | RegexOptions.IgnoreCase, Timeout);

        private static readonly Regex TeamLabel = new Regex(@"^Tim\s+Redaksi$", Opt | RegexOptions.IgnoreCase, Timeout);
        internal static readonly Regex NameLine = new Regex(@"^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,5}\s*,?$", Opt, Timeout);

        /// <summary>
        /// The byline block "Firda Janati," / "Ambaranie Nadia Kemala Movanita" / "Tim Redaksi": names, one a line, closed by the
        /// label. Line <paramref name="i"/> as author furniture when it is the label or a name of such a block; the first name
        /// is the writer.
        /// </summary>
        public static bool TryTeamBlock(ArticleLines lines, int i, string n)
        {
            if (TeamLabel.IsMatch(n)) { lines.AddFurniture(i, FurnitureKind.Author); return true; }
            if (n.Length > 60 || !NameLine.IsMatch(n)) return false;
            int j = lines.NextNonBlank(i);
            for (int k = 0; j >= 0 && k < 3 && !TeamLabel.IsMatch(lines.Norm[j]); k++)
            {
                if (lines.Norm[j].Length > 60 || !NameLine.IsMatch(lines.Norm[j])) return false;
                j = lines.NextNonBlank(j);
            }
            if (j < 0 || !TeamLabel.IsMatch(lines.Norm[j])) return false;
            lines.AddFurniture(i, FurnitureKind.Author);
            lines.Author ??= n.TrimEnd(',', ' ');
            return true;
        }

        // "Raka Dwi Novianto , Jurnalis-Kamis, 08 Juni 2023 |16:48 WIB": a writer's name before its role
        private static readonly Regex JournalistFirst = new Regex(@"^(?<t>\p{Lu}[\p{L}.' ]{2,60}?)\s*,\s*(?:Jurnalis|Wartawan|Reporter)\b", Opt, Timeout);

        /// <summary>A line of page data around the time may name the writer: "… | LAPORAN: NAME", "Name , Jurnalis-…".</summary>
        public static void TakeFromPageData(ArticleLines lines, string n)
        {
            if (lines.Author != null) return;
            var m = JournalistFirst.Match(n);
            if (m.Success) { lines.Author = WithoutOutlet(m.Groups["t"].Value.Trim(), lines.Outlet); return; }
            TakeLabelled(lines, n);
        }

        /// <summary>"Aziz Manna Memorandum" of memorandum.co.id: the outlet's name after the writer's is no part of it.</summary>
        private static string WithoutOutlet(string name, string? outlet)
        {
            if (outlet is null) return name;
            int dot = outlet.IndexOf('.');
            var brand = (dot > 0 ? outlet.Substring(0, dot) : outlet).Trim();
            int space = name.LastIndexOf(' ');
            return space > 0 && brand.Length >= 3 && string.Equals(name.Substring(space + 1), brand, StringComparison.OrdinalIgnoreCase)
                ? name.Substring(0, space) : name;
        }

        private static bool IsWriterLabel(string label)
            => label is "penulis" or "reporter" or "pewarta" or "oleh" or "writer" or "wartawan" or "jurnalis" or "kontributor"
               || label.StartsWith("peliput", StringComparison.Ordinal) || label.StartsWith("laporan", StringComparison.Ordinal);

        /// <summary>"• Oleh : Nama Humas": a bulleted line of the page's data that names the writer (an office or desk after the name, "Humas", is dropped).</summary>
        internal static void TakeFromBullet(ArticleLines lines, string n)
        {
            var m = LineShapes.ListMarker.Match(n);
            if (lines.Author != null || !m.Success || !m.Groups["b"].Success) return;
            var rest = n.Substring(m.Length).Trim();
            if (!LinePatterns.AuthorLabel.Match(rest).Success) return;
            TakeLabelled(lines, rest);
            if (lines.Author is string name && name.LastIndexOf(' ') is int sp && sp > 0 && EndBylines.NonWriters.Contains(name.Substring(sp + 1)))
                lines.Author = name.Substring(0, sp);
        }

        /// <summary>Reads the writer from "Penulis: X | Editor: Y", "Reporter: X", "Pewarta: X" (never from editor lines).</summary>
        private static void TakeLabelled(ArticleLines lines, string n)
        {
            if (lines.Author != null && !lines.AuthorFromReport) return;
            foreach (var part in n.Split('|'))
            {
                var m = LinePatterns.AuthorLabel.Match(part.Trim());
                if (!m.Success) continue;
                var label = m.Groups["label"].Value.ToLowerInvariant();
                if (lines.Author != null && label != "penulis") continue; // only a writer's own label overrides a reporter's line
                if (!IsWriterLabel(label)) continue;
                var name = m.Groups["t"].Value.Trim();
                int comma = name.LastIndexOf(',');
                if (comma >= 0 && Regex.IsMatch(name.Substring(0, comma), @"^(?:Kontributor|Tim|Koresponden|Wartawan)\b", RegexOptions.IgnoreCase | Opt, Timeout))
                    name = name.Substring(comma + 1).Trim();
                name = EditorAfter.Split(name)[0].Trim(); // "NAMA Editor : NAMA LAIN": the editor's label ends the writer's name
                if (name.Length > 0) { lines.Author = WithoutOutlet(name, lines.Outlet); lines.AuthorFromReport = label.StartsWith("laporan", StringComparison.Ordinal); return; }
            }
        }
    }
}
