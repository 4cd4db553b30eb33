using System;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    // The credit shapes that end a caption: in brackets, labelled, after a pipe, a slash, hyphens, "Dok", a credit word in capitals.
    internal static partial class Captions
    {
        /// <summary>A caption's description and its credit, in the first of the credit shapes that ends it (or no credit).</summary>
        private static (string Text, string? Credit) SplitCredit(string text)
        {
            if (UndefinedCredit(text)) return (text.Substring(0, text.Length - " undefined".Length).Trim(), null); // the empty credit's text
            if (LabelledPhotoDay(text) is { Success: true } day && day.Groups["credit"].Success)
                return (text.Substring(0, day.Groups["credit"].Index).Trim(), day.Groups["credit"].Value.Trim());
            var m = MatchCreditAtEnd(text);
            if (m.Success && IsCredit(m.Groups["credit"].Value))
            {
                var credit = m.Groups["credit"].Value.Trim();
                var label = CreditLabel.Match(credit);
                if (label.Success) credit = credit.Substring(label.Length - 1).Trim(); // "Foto: BPMI" is credited to BPMI
                return (text.Substring(0, m.Index).Trim(), credit);
            }
            if (text.Length > 20 && text[text.Length - 1] == ')' && NameAndOutletCredit.Match(text) is { Success: true } named) return (text.Substring(0, named.Index).Trim(), named.Groups["credit"].Value);
            if (EndsWithBracketedSource(text) && BracketedSource.Match(text) is { Success: true } bracketed) return (text.Substring(0, bracketed.Index).Trim(), bracketed.Groups["credit"].Value);
            if (FramingCredit(text) is string framing) return (text.Substring(framing.Length, text.Length - 2 * framing.Length).Trim(), framing);
            if (CapsNameCreditAt(text) is int cn && cn > 0) return (text.Substring(0, cn).Trim(), text.Substring(cn).Trim());
            if (LabelledCreditAt(text) is int lc && lc > 0) return (text.Substring(0, lc).Trim(), LabelledCreditRegex.Match(text).Groups["credit"].Value.Trim());
            if (DomainCreditAt(text) is { Success: true } dc) return (text.Substring(0, dc.Index).Trim(), dc.Groups["credit"].Value.Trim());
            if (PipeCreditAt(text) is int pc && pc > 0) return (text.Substring(0, text.LastIndexOf(" | ", StringComparison.Ordinal)).Trim(), text.Substring(pc).Trim());
            int at = CapsCreditWordAt(text);
            if (at <= 0) at = SlashCreditAt(text);
            if (at <= 0 && WrappedCreditAt(text) is int wc && wc > 0) return (text.Substring(0, wc).Trim(), WrappedCredit.Match(text).Groups["credit"].Value.Trim());
            if (at <= 0 && NameAfterStopCreditAt(text) is int nc && nc > 0) return (text.Substring(0, nc).Trim(), NameAfterStopCredit.Match(text).Groups["credit"].Value.Trim());
            // "… lalu. Dok: Kabar Kota": the archive is credited, without a label closed by its colon ("Dok Humas Polsek" is kept whole)
            if (at <= 0 && DocCreditAt(text) > 0) return (text.Substring(0, DocCreditAt(text)).Trim(), DocCredit.Match(text).Groups["credit"].Value);
            return at > 0 ? (text.Substring(0, at).Trim(), text.Substring(at).Trim()) : (text, null);
        }

        private static readonly Regex CreditAtEndRegex = new Regex(@"\((?<credit>[^()]{3,100})\)(?:\.|-{1,2})?\s*$|\[(?<credit>(?:Foto|Photo|Dok|Sumber\s+foto)\s*(?:[:.]|\s(?=(?-i:\p{Lu})))[^\[\]]{1,80})\]\.?\s*$", Opt | RegexOptions.RightToLeft | RegexOptions.IgnoreCase, Timeout);

        /// <summary>A credit in brackets at the end of a line ("(ANTARA/Budi)", "[Foto : Kabar]", "(Foto: Humas).", "(Foto: Humas)--"): only a line whose last visible character is ')' or ']', or a stop after one, can hold one.</summary>
        private static Match MatchCreditAtEnd(string n)
        {
            int k = n.Length - 1;
            while (k >= 0 && char.IsWhiteSpace(n[k])) k--;
            if (k > 0 && n[k] == '.') k--;
            for (int d = 0; d < 2 && k > 0 && n[k] == '-'; d++) k--; // "… (Foto: Kabar)--"
            return k >= 0 && (n[k] == ')' || n[k] == ']') ? CreditAtEndRegex.Match(n) : Match.Empty;
        }

        /// <summary>"… di aula kampus, Sabtu (16/7/2022). ISTIMEWA": where a credit word in capitals after the description's last sentence starts, or -1.</summary>
        private static int CapsCreditWordAt(string n)
        {
            int sp = n.LastIndexOf(' ');
            if (sp < 20 || n[sp - 1] != '.' || n.Length - sp - 1 < 3) return -1;
            var word = n.Substring(sp + 1);
            return word.All(char.IsUpper) && CreditWords.Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase)) ? sp + 1 : -1;
        }

        // "… kunjungan kerja-Kabar Kota/Nama Orang-": a credit between two hyphens, glued to the description's end
        // or labelled: "… di desa-Foto : Nama Orang-"
        private static readonly Regex WrappedCredit = new Regex(@"-(?:(?<credit>\p{Lu}[^-/]{1,40}/\s?\p{Lu}[^-/]{1,40})|(?:Foto|Photo)\s*:\s*(?<credit>\p{Lu}[^-/:]{1,40}))-$", Opt | RegexOptions.RightToLeft, Timeout);

        // above the lead, a name alone between hyphens after the description's stop: "… berfoto bersama.-Nama Orang -" (in the
        // body a paragraph may be signed so)
        private static readonly Regex NameAfterStopCredit = new Regex(@"(?<=[.!?])-\s?(?<credit>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,3})\s?-$", Opt | RegexOptions.RightToLeft, Timeout);

        /// <summary>Where a name credited between hyphens after the stop ("….-Nama Orang -") starts, or -1.</summary>
        private static int NameAfterStopCreditAt(string n)
            => n.Length > 30 && n[n.Length - 1] == '-' && NameAfterStopCredit.Match(n) is { Success: true } m && LineShapes.WordCount(n, atMost: 6) >= 6 ? m.Index : -1;

        /// <summary>Where a credit wrapped in hyphens ("…-Kabar Kota/Nama Orang-") ending <paramref name="n"/> starts, or -1.</summary>
        private static int WrappedCreditAt(string n)
            => n.Length > 20 && n[n.Length - 1] == '-' && WrappedCredit.Match(n) is { Success: true } m ? m.Index : -1;

        // "… tangkap maling. Dok Damkar Kota": the archive a photo came from, after the description's last sentence
        // (with a colon too: "… lalu. Dok: Kabar Kota")
        // also the photo's label: "… lalu. Foto Humas for Kabar Kota" (the label is no part of the credit)
        private static readonly Regex DocCredit = new Regex(@"(?<=\.\s)(?:(?:Dok|Dokumentasi|Foto|FOTO)\s*:\s*|(?:Foto|FOTO)\s+(?=\p{Lu})|(?=(?:Dok|Dokumentasi)\.?\s))(?<credit>(?:(?:Dok|Dokumentasi)\.?\s+)?\p{Lu}[\p{L}.]*(?:\s(?:for\s)?\p{Lu}[\p{L}.]*){0,4})$", Opt | RegexOptions.RightToLeft, Timeout);

        /// <summary>Where a "Dok …" or "Foto …" credit after the description's last sentence starts, or -1.</summary>
        private static int DocCreditAt(string n)
            => (n.IndexOf(". Dok", StringComparison.Ordinal) > 0 || n.IndexOf(". Foto", StringComparison.OrdinalIgnoreCase) > 0) && DocCredit.Match(n) is { Success: true } m
               && (!m.Value.StartsWith("Foto", StringComparison.OrdinalIgnoreCase) || IsPhotoSource(m.Groups["credit"].Value)) ? m.Index : -1;

        /// <summary>
        /// After "Foto" with no colon, a source ("Humas for Kabar Kota", "Diskominfo", "ANTARA"), not a heading glued to the
        /// caption ("Foto Bersama Relawan"): an office's or agency's word first, a word in capitals, or a "for".
        /// </summary>
        private static bool IsPhotoSource(string credit)
        {
            int sp = credit.IndexOf(' ');
            var first = sp < 0 ? credit : credit.Substring(0, sp);
            return credit.IndexOf(" for ", StringComparison.Ordinal) > 0 || first.Length >= 2 && first.All(char.IsUpper)
                || first is "Humas" or "Diskominfo" || CreditWords.Any(w => string.Equals(w, first, StringComparison.OrdinalIgnoreCase));
        }

        // "Kapolres memberikan keterangan pers | Humas Polres": a photo described in small letters, a pipe, its credit in capitals
        private static readonly Regex PipeCreditRegex = new Regex(
            @"^(?<text>[^|]*?\p{Ll}+\s+\p{Ll}+[^|]*?)\s+\|\s+(?<credit>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4})$", Opt, Timeout);

        /// <summary>Where a pipe credit ("… | Humas Polres") ending <paramref name="n"/> starts, or -1; not for a line that ends a sentence.</summary>
        private static int PipeCreditAt(string n)
        {
            if (n.IndexOf(" | ", StringComparison.Ordinal) < 0 || LineShapes.IsProseLike(n)) return -1;
            var m = PipeCreditRegex.Match(n);
            return m.Success && LineShapes.WordCount(m.Groups["text"].Value) >= 5 ? m.Groups["credit"].Index : -1;
        }

        /// <summary>"Polisi mendamaikan dua kelompok pemuda. |": a photo's description (four words or more) and the pipe before a credit the page left empty.</summary>
        private static bool EmptyPipeCredit(string n)
            => n.EndsWith(" |", StringComparison.Ordinal) && n.IndexOf('|') == n.Length - 1 && LineShapes.WordCount(n, atMost: 4) >= 4;

        // a labelled credit at the end without brackets: "… Amerika Cs Sudah Siap? Kredit Foto: Reuters/Sputnik/Sergei Karpukhin"
        private static readonly Regex LabelledCreditRegex = new Regex(
            @"(?<=\s|\p{L}[.!?])(?:Kredit\s+Foto|Sumber\s+Foto|Foto|Photo)\s*:\s*(?<credit>[^:!?""\u201C\u201D]{1,79}[^:.!?""\u201C\u201D\s])\.?$", Opt | RegexOptions.IgnoreCase | RegexOptions.RightToLeft, Timeout);

        // "… di halaman kantor. (Humas Polres Kota)", "… lalu lintas. (Ist)": after the description's last stop, an office, a person or a credit word in brackets
        // (a credit word may be written in small letters: "… Rabu (14/9). (ist)", and after the photo's label: "(Foto istimewa)")
        private static readonly Regex BracketedSource = new Regex(@"(?<=[\p{L}\d)][.!?]\s?)\((?<credit>\p{Lu}[\p{L}.'’]*(?:\s\p{Lu}[\p{L}.'’]*){0,4}|ist|istimewa|dok|net|(?i:foto|photo)\s*:?\s*(?i:ist|istimewa|dok|net))\)$", Opt | RegexOptions.RightToLeft, Timeout);

        /// <summary>
        /// A description that ends with its source in brackets after its last stop: an office or a person of two words or more
        /// after eight words or more ("… di halaman kantor. (Humas Polres Kota)"), or a credit word after three ("… lalu lintas.
        /// (Ist)"). Under the headline, a photo's caption and its credit.
        /// </summary>
        internal static bool EndsWithBracketedSource(string n)
        {
            if (n.Length < 20 || n[n.Length - 1] != ')' || LineShapes.StartsWithQuote(n) || !(BracketedSource.Match(n) is { Success: true } m)) return false;
            var credit = m.Groups["credit"].Value;
            return credit.IndexOf(' ') > 0 ? LineShapes.WordCount(n, atMost: 8) >= 8 : CreditWords.Contains(credit, StringComparer.OrdinalIgnoreCase) && LineShapes.WordCount(n, atMost: 4) >= 4;
        }

        /// <summary>"… [Foto KABAR]", "… (Foto: Humas)": the line ends with a credit labelled as a photo's (no paragraph is signed off so).</summary>
        internal static bool EndsWithPhotoCredit(string n)
        {
            var m = MatchCreditAtEnd(n);
            return m.Success && CreditLabel.IsMatch(m.Groups["credit"].Value);
        }

        /// <summary>"KABAR/NAMA Warga menonton … (25/1). KABAR/NAMA": the same slash credit opens and closes the description; else null.</summary>
        internal static string? FramingCredit(string n)
        {
            int sp = n.IndexOf(' ');
            if (sp < 3 || n.Length < 30) return null;
            var first = n.Substring(0, sp);
            return first.IndexOf('/') > 0 && first.Any(char.IsLetter) && n.EndsWith(" " + first, StringComparison.Ordinal) ? first : null;
        }

        // "… di ruang sidang, Rabu (3/8). NAMA ORANG": a photographer's name of two or three words in capitals after the last stop
        private static readonly Regex CapsNameCredit = new Regex(@"(?<=[.!?)]\s)\p{Lu}{2,}(?:\s\p{Lu}{2,}){1,2}$", Opt | RegexOptions.RightToLeft, Timeout);

        /// <summary>Where a name in capitals after the description's last stop starts (eight words or more before it), or -1.</summary>
        internal static int CapsNameCreditAt(string n)
            => n.Length > 40 && char.IsUpper(n[n.Length - 1]) && LineShapes.WordCount(n, atMost: 10) >= 10 && CapsNameCredit.Match(n) is { Success: true } m ? m.Index : -1;

        /// <summary>Where a labelled credit ("Foto: …") ending <paramref name="n"/> starts, or -1.</summary>
        private static int LabelledCreditAt(string n)
        {
            if (n.IndexOf(':') < 0) return -1;
            var m = LabelledCreditRegex.Match(n);
            return m.Success ? m.Index : -1;
        }

        // a credit glued with a slash at the end: "… di Moskow/Net", "… pagi hari. HARIAN.com/Budi Santoso", "… ANTARA/Hamka Balya"
        private static readonly Regex SlashCreditRegex = new Regex(
            @"(?<=\s|^)/?(?<source>[\p{L}\d][\p{L}\d.]*)/(?<spaced>\s)?(?<name>\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3})(?:/\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,3})*\s*$", Opt | RegexOptions.RightToLeft, Timeout);

        // "… Senin 3 Juni 2024. nama orang / kabarkota.com--": after the description's last stop, a photographer and the site's domain
        private static readonly Regex DomainCredit = new Regex(@"(?<=[.!?]\s)(?<credit>\p{L}[\p{L}.' ]{1,40}?\s?/\s?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)+)\s*-*\s*$", Opt | RegexOptions.RightToLeft, Timeout);

        /// <summary>The photographer and the site's domain after the description's last stop ("… 2024. nama orang / kabar.com"), else a failed match.</summary>
        internal static Match DomainCreditAt(string n)
        {
            if (n.Length < 30 || n.IndexOf('/') < 0) return Match.Empty;
            var m = DomainCredit.Match(n);
            return m.Success && Datelines.IsDomainLike(m.Groups["credit"].Value.Substring(m.Groups["credit"].Value.LastIndexOf('/') + 1).Trim()) ? m : Match.Empty;
        }

        internal static readonly string[] CreditWords = { "Net", "Int", "Ist", "Istimewa", "Dok", "Dokumentasi", "Antara", "Reuters", "AFP", "AP", "Handout" };

        /// <summary>Where a slash credit starts in <paramref name="n"/>, or -1: the source is a domain or in capitals, or the name a credit word.</summary>
        private static int SlashCreditAt(string n)
        {
            if (n.IndexOf('/') < 0) return -1;
            var m = SlashCreditRegex.Match(n);
            if (!m.Success) return -1;
            var source = m.Groups["source"].Value;
            // "… Aceh. Tempo/ Nama Orang": after a sentence's stop, a word, a slash and a name is a credit; otherwise the slash is glued
            if (m.Groups["spaced"].Success) return m.Index >= 2 && n[m.Index - 2] == '.' && char.IsUpper(source[0]) ? m.Index : -1;
            bool ok = Datelines.IsDomainLike(source) || source.Length >= 3 && !source.Any(char.IsLower)
                || Array.IndexOf(CreditWords, m.Groups["name"].Value) >= 0;
            return ok ? m.Index : -1;
        }

        private static bool IsCredit(string c) =>
            !Regex.IsMatch(c, @"^[a-z0-9]{1,6}(?:/[a-z0-9]{1,6}){1,4}$", Opt, Timeout) &&
            c.IndexOf('/') >= 0 && !Regex.IsMatch(c, @"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$", Opt, Timeout) || Datelines.IsDomainLike(c)
            || CreditLabel.IsMatch(c);

        // "… (Nama | Kabar)", "… (Nama Orang - Kabar Kota)": the photographer and the outlet around a pipe or a dash, both
        // capitalised, in brackets closing the line
        private static readonly Regex NameAndOutletCredit = new Regex(@"\((?<credit>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}\s[|–-]\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})\)$", Opt, Timeout);

        /// <summary>
        /// "Bupati meninjau tanggul. (Nama Orang - Kabar Kota)" above the lead: a description closed by its stop, and the
        /// photographer's and outlet's names in brackets (not a route or days: "(Jakarta - Surabaya)", "(Senin - Jumat)").
        /// Before the lead only: in the body "(Persib | Persija)" may close a sentence.
        /// </summary>
        public static bool IsHeaderCreditCaption(string n)
            => n.Length > 20 && n[n.Length - 1] == ')' && LineShapes.WordCount(n, atMost: 8) >= 8 && NameAndOutletCredit.Match(n) is { Success: true } m && m.Index > 10
               && n[m.Index - 1] == ' ' && n[m.Index - 2] == '.' && !PairOfPlacesOrDays(m.Groups["credit"].Value);

        // "Keterangan gambar:", "Ketgam :" alone on a line: the label of the caption on the next line
        private static readonly Regex CaptionLabelAlone = new Regex(@"^" + CaptionLabelWords + @"\s*[:\-–]?$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>
        /// "Keterangan gambar:" alone, then the photo's description on the next line: the label is page layout, the next line
        /// the caption (with its credit), in the header and between paragraphs alike.
        /// </summary>
        public static bool TryLabelAlone(ArticleLines lines, int i, string n)
        {
            if (n.Length > 20 || !(n[0] is 'K' or 'k' or 'T' or 't' or 'C' or 'c') || !CaptionLabelAlone.IsMatch(n)) return false;
            int j = lines.NextNonBlank(i);
            if (j < 0 || lines.Kind[j] != null || LineShapes.StartsWithQuote(lines.Norm[j]) || LineShapes.WordCount(lines.Norm[j], atMost: 81) > 80) return false;
            lines.AddFurniture(i, FurnitureKind.Other);
            Add(lines, j, lines.Norm[j]);
            return true;
        }

        /// <summary>
        /// A caption before the lead: any caption shape (<see cref="LooksLikeCaption"/>), or one read only there: a portrait's
        /// caption closed by a stop (<see cref="NameCaptions.IsStoppedHeaderCaption"/>), a name-and-outlet credit in brackets.
        /// </summary>
        public static bool LooksLikeHeaderCaption(ArticleLines lines, string n)
            => LooksLikeCaption(lines, n) || NameCaptions.IsStoppedHeaderCaption(n) || IsHeaderCreditCaption(n) || IsShortIllustration(n) || NameAfterStopCreditAt(n) > 0;

        /// <summary>"Jakarta - Surabaya", "Senin - Jumat": a route or a span of days in brackets, no photographer and outlet.</summary>
        private static bool PairOfPlacesOrDays(string credit)
        {
            var sides = credit.Split(new[] { " - ", " – ", " | " }, StringSplitOptions.None);
            return sides.Length == 2 && (Datelines.IsKnownPlace(sides[0].Trim()) || Datelines.IsKnownPlace(sides[1].Trim()) || Lexicon.NameLexicon.IsCalendar(sides[0].Trim()));
        }

        // "(Foto: BPMI)", "(Dok. Humas)", "(Sumber foto: Istimewa)": a labelled photo credit
        // "[Foto ISTIMEWA]": a label without its colon before a credit in capitals of no slash ("FOTO KITA/Budi" is the credit whole)
        // "(dok, Kabar Kota)": the archive's label with a comma
        private static readonly Regex CreditLabel = new Regex(@"^\s*(?:(?:Foto|Dok|Dokumentasi|Sumber\s+foto|Kredit\s+foto|Photo)\s*(?:[:.]\s*|\s+(?=(?-i:\p{Lu}{2})[^/]*$))|Dok,\s*(?=(?-i:\p{Lu})))\S", Opt | RegexOptions.IgnoreCase, Timeout);
    }
}
