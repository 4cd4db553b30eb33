using System;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>Photo captions: a line that repeats the headline before more text, or ends with a credit in brackets ("(ANTARA/Budi)").</summary>
    internal static partial class Captions
    {

        public static bool LooksLikeCaption(ArticleLines lines, string n)
        {
            string? title = lines.Title;
            // (not when the words after it go on in small letters: "Siti Rahma, Kepala UPTD PPA Banyumas mengungkapkan, …" after
            // a headline that is the same name and office is the lead's sentence)
            if (title != null && n.Length > title.Length + 3 && n.StartsWith(title, StringComparison.Ordinal) && !LineShapes.GoesOnInSmallLetters(n, title.Length)) return true;
            if (CaptionLabelLength(n) > 0) return true;
            if (LineShapes.StartsWithQuote(n)) return false;
            // "Ilustrasi. Foto: Ist": an illustration's label and its credit, fewer than four words; "Ilustrasi.", "ilustrasi |"
            // alone: the label of an image whose caption says no more
            if (LineShapes.WordCount(n, atMost: 4) < 4) return IsIllustration(n) && LabelledCreditAt(n) > 0 || IllustrationLabelAlone(n);
            if (PhotoDescription(n) || SceneCaptions.DescribedAfterPhotoLabel(n) || RepeatsItself(n) || HasPositionMarker(n) || NameCaptions.IsNameCaption(n) || UndefinedCredit(n) || LabelledPhotoDay(n).Success) return true;
            var m = MatchCreditAtEnd(n);
            // "Ilustrasi. Petani panen padi. (Nama Fotografer)": an illustration's label opening the line, its credit in brackets closing it
            if (m.Success && IsIllustration(n)) return true;
            return m.Success && IsCredit(m.Groups["credit"].Value) || SlashCreditAt(n) >= 0 || LabelledCreditAt(n) > 0 || PipeCreditAt(n) > 0 || EmptyPipeCredit(n)
                || WrappedCreditAt(n) > 0 || DocCreditAt(n) > 0 || CapsCreditWordAt(n) > 0;
        }

        // a photo taken from a social account: "Instagram @kabarkota", "- Instagram/namaorang"
        private static readonly Regex SocialCredit = new Regex(@"^(?:-\s+)?(?<c>(?:Instagram|Twitter|Facebook|TikTok|YouTube|IG)\s*(?:@|/\s?@?)[\w.]{2,40})$", Opt | RegexOptions.IgnoreCase, Timeout);

        private static readonly Regex DashedCredit = new Regex(@"^-\s+(?<c>[\p{L}\d][\p{L}\d.]{1,30}/\s?\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,4})$", Opt, Timeout);

        private static readonly Regex NameSlashDomain = new Regex(@"^\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3}\s?/\s?" + DatelineShapes.Domain + "$", Opt | RegexOptions.IgnoreCase, Timeout);

        // a credit alone on its line: "Kabarku.com/Nama Orang", "ANTARA/Nama Orang"
        // also labelled, with a source of several words in capitals: "Foto: NAMA ORANG/KABAR POS"
        private static readonly Regex CreditAlone = new Regex(
            @"^(?:(?:Foto|Photo)\s*:\s*)?(?<c>(?<source>[\p{L}\d][\p{L}\d.]*(?:\s\p{Lu}[\p{Lu}\d.]*){0,3})/\s?\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,3})$", Opt, Timeout);

        private static readonly Regex LabelledCreditAlone = new Regex(@"^(?:Sumber|Kredit)\s+foto\s*:\s*(?<c>\p{L}[^:.!?]{1,50})$", Opt | RegexOptions.IgnoreCase, Timeout);

        // "Foto: Nama", "Foto: ilustrasi": the photo's label and a word or three, the whole line (a description would go on)
        private static readonly Regex ShortPhotoCredit = new Regex(@"^(?:Foto|Photo)\s*:\s*(?<c>\p{L}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>
        /// A credit alone on line <paramref name="i"/> before its caption (a short line that ends no sentence, before the lead
        /// <paramref name="lead"/>): both are captions with that credit, the credit's own with no text.
        /// </summary>
        public static bool TryCreditAbove(ArticleLines lines, int i, string n, int lead)
        {
            if (CreditAloneAt(n) is not string credit) return false;
            int j = lines.NextNonBlank(i);
            // a credit word alone ("IST") is a credit only above a caption: alone before the lead it names no photo
            if (IsCreditWord(n) && (j < 0 || j >= lead || lines.Kind[j] != null || !LooksLikeCaption(lines, lines.Norm[j]))) return false;
            lines.Mark(i, LineKind.Caption);
            lines.Captions.Add(new CaptionModel(i + 1, "", credit));
            if (j < 0 || j >= lead || lines.Kind[j] != null) return true;
            var next = lines.Norm[j];
            // the photo's description: a headline-like line, any text between the credit and the lead, or a caption of its own
            // (which keeps its own credit, if it has one)
            if (LooksLikeCaption(lines, next))
            {
                Add(lines, j, next);
                var added = lines.Captions[lines.Captions.Count - 1];
                if (added.Credit is null) lines.Captions[lines.Captions.Count - 1] = added with { Credit = credit };
                return true;
            }
            bool described = !LineShapes.IsProseLike(next) && LineShapes.IsTitleLike(next) || lines.NextNonBlank(j) == lead;
            if (!described) return true;
            lines.Mark(j, LineKind.Caption);
            lines.Captions.Add(new CaptionModel(j + 1, next, credit));
            return true;
        }

        /// <summary>
        /// "Petugas menyemprot … di permukiman" right above "Sumber foto: Kabar" (the credit's own label), after the headline
        /// and before the lead: the line is the photo's caption with that credit, the credit's line page layout.
        /// </summary>
        public static bool TryCreditBelow(ArticleLines lines, int i, string n, int lead)
        {
            int j = lines.NextNonBlank(i);
            if (lines.Title is null || j < 0 || j >= lead || lines.Kind[j] != null || lines.Norm[j].Length > 60 || lines.Norm[j].IndexOf(':') < 0) return false;
            // (a standfirst in title case above the credit, "Mengunjungi Korban dan Menyerahkan Bantuan", is no description)
            if (!(LabelledCreditAlone.Match(lines.Norm[j]) is { Success: true } m) || LineShapes.WordCount(n, atMost: 4) < 4 || LineShapes.StartsWithQuote(n) || TrailingHeadlines.IsCapitalisedHeadline(n)) return false;
            lines.Mark(i, LineKind.Caption);
            lines.Captions.Add(new CaptionModel(i + 1, n, m.Groups["c"].Value.Trim()));
            lines.AddFurniture(j, FurnitureKind.Other);
            return true;
        }

        /// <summary>
        /// A credit that stands alone anywhere, between paragraphs too: a social account ("Instagram @kabarkota") or a source
        /// and name after a dash ("- Kabarku/Nama Orang", as some sites set it under a photo); else null.
        /// </summary>
        internal static string? LoneCreditAt(string n)
        {
            bool slash = n.IndexOf('/') > 0;
            if ((slash || n.IndexOf('@') > 0) && SocialCredit.Match(n) is { Success: true } social) return social.Groups["c"].Value;
            if (slash && n.Length <= 60 && n.StartsWith("- ", StringComparison.Ordinal) && DashedCredit.Match(n) is { Success: true } dashed) return dashed.Groups["c"].Value;
            return null;
        }

        /// <summary>A credit word alone ("IST", "Istimewa", "Dok"), not a short one that may be a label ("AP", "Net").</summary>
        private static bool IsCreditWord(string n)
            => n.Length is >= 3 and <= 12 && n != "Net" && CreditWords.Any(w => string.Equals(w, n, StringComparison.OrdinalIgnoreCase));

        /// <summary>The credit a line alone gives ("ANTARA/Nama Orang", "Foto: NAMA/KABAR POS", "Istimewa"), or null.</summary>
        private static string? CreditAloneAt(string n)
        {
            if (LoneCreditAt(n) is string lone) return lone;
            if (IsCreditWord(n)) return n;
            // "| Nama Orang / Kabarku.id |": a table cell's credit, the photographer before the outlet's domain
            if (n.Length > 8 && n[0] == '|' && n[n.Length - 1] == '|' && NameSlashDomain.Match(n.Trim('|', ' ')) is { Success: true } cell) return cell.Value;
            // "Sumber foto : Nama Orang": a credit's own label ("Foto:" alone may open a description) and the credit, the whole line
            if (n.Length <= 60 && n.IndexOf(':') > 0 && LabelledCreditAlone.Match(n) is { Success: true } labelled) return labelled.Groups["c"].Value.Trim();
            if (n.Length <= 30 && n.IndexOf(':') > 0 && ShortPhotoCredit.Match(n) is { Success: true } photo) return photo.Groups["c"].Value;
            if (n.Length > 60 || n.IndexOf('/') < 0 || !(CreditAlone.Match(n) is { Success: true } m)) return null;
            var credit = m.Groups["c"].Value;
            var source = m.Groups["source"].Value;
            // "Foto/Humas Polda": the photo's label written with a slash; the credit is the name after it
            if (source is "Foto" or "Photo" or "Dok") return credit.Substring(source.Length + 1).Trim() is var named && named.IndexOf(' ') > 0 ? named : null; // not a menu's "Foto/Video"
            bool ok = source.IndexOf(' ') > 0 ? !source.Any(char.IsLower) : SlashCreditAt(credit) == 0;
            return ok ? credit : null;
        }

        // an image's file name copied as text, a label may follow it: "Warga_mengungsi_di_balai_desa.jpg Sponsor"
        private static readonly Regex ImageFile = new Regex(@"^[^\s/]{3,120}\.(?:jpe?g|png|webp|gif)(?:\s.{0,60})?$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>
        /// An image's file name on line <paramref name="i"/> before the lead is page layout; a sentence right under it (before
        /// the lead) is that image's caption.
        /// </summary>
        public static bool TryImageFile(ArticleLines lines, int i, string n, int lead)
        {
            int dot = n.IndexOf('.');
            if (dot < 3 || n.Length > 190 || !ImageFile.IsMatch(n)) return false;
            lines.AddFurniture(i, FurnitureKind.Embed);
            int j = lines.NextNonBlank(i);
            if (j < 0 || j >= lead || lines.Kind[j] != null || LineShapes.WordCount(lines.Norm[j], atMost: 41) > 40 || LineShapes.StartsWithQuote(lines.Norm[j])) return true;
            Add(lines, j, lines.Norm[j]);
            return true;
        }

        /// <summary>
        /// An image's alternative text and its caption, copied as two lines that say nearly the same ("Pengesahan APBD oleh DPRD,
        /// Kamis (10/11)" and "Pengesahan APBD Provinsi oleh DPRD, Kamis (10/11)") after the headline and before the lead: the
        /// first is the image's alternative text, the second its caption: both are captions, the first with the second's credit.
        /// </summary>
        public static bool TryAltTextAndCaption(ArticleLines lines, int i, string n, int lead)
        {
            if (lines.Title is null || n == lines.Title || LineShapes.WordCount(n, atMost: 4) < 4) return false;
            int j = lines.NextNonBlank(i);
            if (j < 0 || j >= lead || lines.Kind[j] != null || !NearlySame(n, lines.Norm[j])) return false;
            Add(lines, i, n);
            int first = lines.Captions.Count - 1;
            Add(lines, j, lines.Norm[j]);
            if (lines.Captions[first].Credit is null && lines.Captions[first + 1].Credit is string credit)
                lines.Captions[first] = lines.Captions[first] with { Credit = credit };
            return true;
        }

        /// <summary>Two lines with the same first word that share at least two thirds of their words (and are not the same line).</summary>
        private static bool NearlySame(string a, string b)
        {
            if (a == b) return false;
            var wa = a.Split(' ');
            var wb = b.Split(' ');
            if (wa[0] != wb[0] || wb.Length < 4) return false;
            int shared = wa.Intersect(wb, StringComparer.Ordinal).Count();
            return shared * 3 >= wa.Union(wb, StringComparer.Ordinal).Count() * 2;
        }

        /// <summary>
        /// "Beberapa wilayah … meluap. Kompas.com/Ronny BuolBeberapa wilayah … meluap.": a caption copied with its image's
        /// alternative text, so its opening words come again later in the line.
        /// </summary>
        private static bool RepeatsItself(string n)
        {
            if (n.Length < 80 || n.Length > 1200) return false; // a caption and its alternative text are short
            // n.IndexOf(n.Substring(0, 30), 40) >= 0, without the substring: the places of its first character are compared
            for (int i = n.IndexOf(n[0], 40); i >= 0 && i + 30 <= n.Length; i = n.IndexOf(n[0], i + 1))
                if (string.CompareOrdinal(n, i, n, 0, 30) == 0) return true;
            return false;
        }

        // "… di balai desa, Senin (17/1/2022)": a photo's place and day, the way captions end
        private static readonly Regex PhotoDate = new Regex(
            @",\s*(?:pada\s+)?(?:" + IndonesianDates.WeekdayNames + @")\s*,?\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?$", Opt, Timeout);

        /// <summary>
        /// A description of six words or more ending with its place and day ("… di balai desa, Senin (17/1/2022)"), no quote in
        /// it: before the lead, a photo's caption (a lead paragraph ends so too, so only lines before a known lead are asked).
        /// </summary>
        public static bool EndsWithPhotoDate(string n)
            => n.Length > 40 && n[n.Length - 1] is ')' or '.' && LineShapes.WordCount(n, atMost: 6) >= 6 && n.IndexOf('"') < 0 && n.IndexOf('“') < 0
               && n.IndexOf('”') < 0 && PhotoDate.IsMatch(n);

        // where a person stands in the photo: "(kiri)", "(kanan)", "(tengah)", "(dua dari kiri)", "(kiri ke kanan)", and, closing the line, "(dari kiri)", "(kiri-kanan)", "(ki-ka)"
        private static readonly Regex PositionMarker = new Regex(@"\((?:(?:ke)?(?:dua|tiga|empat|satu|\d)\s+dari\s+)?(?:kiri|kanan|tengah)(?:\s+ke\s+kanan)?\)|\((?:dari\s+kiri(?:\s+ke\s+kanan)?|kiri\s?-\s?kanan|ki\s?-\s?ka)\)(?=\.?$)", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>A photo described with where its people stand ("Rektor (kiri) bersama Direktur menunjukkan MoU …").</summary>
        private static bool HasPositionMarker(string n)
        {
            // each ')' closing "kiri", "kanan", "tengah" or "ki-ka" (their last letters 'i', 'n', 'h', 'a') is a candidate; most lines have none
            for (int k = n.Length > 6 ? n.IndexOf(')', 4) : -1; k > 0; k = k + 1 < n.Length ? n.IndexOf(')', k + 1) : -1)
            {
                char c = char.ToLowerInvariant(n[k - 1]);
                if ((c == 'i' || c == 'n' || c == 'h' || c == 'a') && PositionMarker.IsMatch(n)) return true;
            }
            return false;
        }

        // a caption's own label: "Ketgam : …", "Ket. Foto: …", "Keterangan gambar - …", "Teks foto : …", "Caption: …"
        /// <summary>A caption's label: "Ketgam", "Ket. Foto", "Keterangan gambar", "Teks foto", "Caption".</summary>
        private const string CaptionLabelWords = @"(?:Ketgam|Ket\.?\s*(?:Foto|Gambar)|Keterangan\s+(?:Foto|Gambar)|Teks\s+(?:Foto|Gambar)|Caption)";

        private static readonly Regex CaptionLabel = new Regex(@"^" + CaptionLabelWords + @"\s*[:\-–]\s*(?=\S)", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>The length of a caption's label opening <paramref name="n"/> ("Ketgam : "), or 0.</summary>
        internal static int CaptionLabelLength(string n)
            => n.Length > 8 && (n[0] is 'K' or 'k' or 'C' or 'c' or 'T' or 't') && CaptionLabel.Match(n) is { Success: true } m ? m.Length : 0;

        /// <summary>"Foto udara kondisi banjir yang merendam Desa …, Ahad (26/1/2020).": a photo described, one sentence opening with "Foto".</summary>
        private static bool PhotoDescription(string n)
            => (n.StartsWith("Foto ", StringComparison.Ordinal) || n.StartsWith("FOTO ", StringComparison.Ordinal) || IsIllustration(n)) && LineShapes.WordCount(n, atMost: 41) <= 40
               && n.IndexOf(". ", StringComparison.Ordinal) < 0;

        /// <summary>"Ilustrasi.", "ilustrasi |", "Ilustrasi:", "Ilustrasi--" alone on a line.</summary>
        private static bool IllustrationLabelAlone(string n)
        {
            if (n.Length > 12 || !n.StartsWith("Ilustrasi", StringComparison.OrdinalIgnoreCase)) return false;
            var rest = n.Substring(9).Trim();
            return rest.Length == 1 && ".|:-–".IndexOf(rest[0]) >= 0 || rest == "--";
        }

        /// <summary>"Ilustrasi, petugas memeriksa …", "Ilustrasi - Warga …": an illustration described.</summary>
        private static bool IsIllustration(string n)
            => n.Length > 12 && n.StartsWith("Ilustrasi", StringComparison.OrdinalIgnoreCase) && ",.:-–".IndexOf(n[9] == ' ' ? n[10] : n[9]) >= 0;

        /// <summary>
        /// "Ilustrasi pedagang cabai.": above the lead, the label and a short noun phrase in small letters closed by its stop
        /// (eight words at most, no demonstrative or verb of a sentence after the label). In the body such a line is prose
        /// ("Ilustrasi tersebut viral.", "Ilustrasi wajah pelaku sudah disebar …").
        /// </summary>
        internal static bool IsShortIllustration(string n)
            => n.Length > 12 && n.StartsWith("Ilustrasi ", StringComparison.Ordinal) && char.IsLower(n[10]) && n[n.Length - 1] == '.'
               && LineShapes.WordCount(n, atMost: 9) <= 8 && n.IndexOf(',') < 0 && !n.Substring(10).Split(' ').Any(w => NotAPhrase.Contains(w.TrimEnd('.')));

        /// <summary>Words that make the line after "Ilustrasi" a sentence, not a picture's label.</summary>
        private static readonly string[] NotAPhrase = { "ini", "itu", "tersebut", "sudah", "telah", "akan", "dalam", "karya", "buatan", "yang", "adalah", "merupakan", "dibuat", "dipajang", "disebar" };

        // "PUKUL GONG: Bupati memukul gong di pantai, Rabu (14/8). Humas Kabar Kota": a label in capitals and its colon, the
        // photo's scene and its day in brackets, a short credit after it (capitalised words, no sentence of its own)
        private static readonly Regex LabelledPhotoDayRegex = new Regex(
            @"^\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}\s?:\s+\p{Lu}.{10,400}?\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\.?\s+(?<credit>\p{Lu}[\p{L}/]*(?:\s+(?:\p{Lu}[\p{L}/]*|for|dan|dari)){0,5})$", Opt, Timeout);

        /// <summary>The match of <see cref="LabelledPhotoDayRegex"/> (only a line with a colon among its first 40 characters can hold one).</summary>
        internal static Match LabelledPhotoDay(string n)
        {
            int colon = n.IndexOf(':');
            return colon > 1 && colon <= 40 && n.Length <= 500 && char.IsUpper(n[0]) && char.IsUpper(n[1]) ? LabelledPhotoDayRegex.Match(n) : Match.Empty;
        }

        /// <summary>
        /// "Petani memanen padi yang tersisa undefined": a page template's credit left empty prints the script's "undefined" after
        /// the photo's description (twenty words at most, no comma, no quotation).
        /// </summary>
        internal static bool UndefinedCredit(string n) =>
            n.Length > 20 && n.EndsWith(" undefined", StringComparison.Ordinal) && !LineShapes.StartsWithQuote(n) && n.IndexOf(',') < 0 && LineShapes.WordCount(n, atMost: 21) <= 20;

        // "(Rina)", "( Rina Sari )": a capitalised name of up to three words; a position ("(kanan)") is none
        private static readonly Regex NameInBracketsAtEnd = new Regex(@"\(\s*(?<c>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\s*\)\.?$", Opt, Timeout);

        /// <summary>Line <paramref name="i"/> (<paramref name="n"/>) as a caption: its text without the headline, and its credit.</summary>
        public static void Add(ArticleLines lines, int i, string n)
        {
            lines.Mark(i, LineKind.Caption);
            var text = n;
            string? title = lines.Title;
            if (title != null && text.Length > title.Length && text.StartsWith(title, StringComparison.Ordinal))
                text = text.Substring(title.Length).Trim();
            if (EmptyPipeCredit(text)) text = text.Substring(0, text.Length - 1).Trim(); // the empty credit's pipe: a credit may stand before it
            int label = CaptionLabelLength(text);
            bool labelled = label > 0;
            if (labelled) text = text.Substring(label).Trim(); // "Ketgam : …": the label is no part of the text
            var (description, credit) = SplitCredit(text);
            // "Teks foto : … naik. (Rina)": under a caption's own label, a name in brackets closing it is the photographer's
            if (labelled && credit is null && NameInBracketsAtEnd.Match(text) is { Success: true } named)
                (description, credit) = (text.Substring(0, named.Index).Trim(), named.Groups["c"].Value);
            lines.Captions.Add(new CaptionModel(i + 1, description, credit));
        }
    }
}
