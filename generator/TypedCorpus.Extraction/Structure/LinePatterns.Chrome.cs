using System;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    // Page chrome met on real pages: a contact line, a tagline, a row of social buttons, a blog theme's rubric line, a date
    // whose byline lost its name (rows of LineRules.PageChrome).
    internal static partial class LinePatterns
    {
        // the site's contact line: "0271-626499 redaksi[at]kabar.net", "Telp: 0812 3456 7890 | Email: redaksi@kabar.id" (phone numbers
        // and addresses only, each with its label or none)
        private const string ContactItem = @"(?:(?:Telp|Tel|Telepon|HP|WA|WhatsApp|Email|E-mail|Fax|Redaksi)\.?\s*:?\s*)?(?:(?:\+62|0)\d{2,4}[-\s.]?\d{3,4}[-\s.]?\d{2,5}|[\w.-]+(?:@|\[at\])[\w-]+(?:\.[\w-]+)+)";
        internal static readonly Regex ContactLine = new Regex(@"^" + ContactItem + @"(?:\s*[|,/]?\s*" + ContactItem + @"){0,3}$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>
        /// A necessary condition of <see cref="ContactLine"/>: short, the newsroom's ("redaksi", or an address written with "[at]"):
        /// contacts the article gives its readers ("WA: 0812…" under "melapor melalui nomor berikut:") are its text.
        /// </summary>
        internal static bool MayBeContact(string n) => n.Length <= 120 && (n.IndexOf("[at]", StringComparison.OrdinalIgnoreCase) > 0 || n.IndexOf("redaksi", StringComparison.OrdinalIgnoreCase) >= 0);

        // the site's tagline: "Kabar News Portal", "Situs Portal Berita Kota", "Berita Hari Ini Di Indonesia & Internasional" (opening
        // the line, or "News Portal" closing it: a headline may speak of news portals: "Pemkab Gandeng Portal Berita Lokal")
        internal static readonly Regex Tagline = new Regex(@"^(?:(?:Situs\s+)?Portal\s+Berita|Situs\s+Berita|Berita\s+Hari\s+Ini\s+(?:di|dari))(?:\s+[\p{L}\d.&-]+){0,5}$|^(?:[\p{L}\d.&-]+\s+){1,3}News\s+Portal$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>A necessary condition of <see cref="Tagline"/>: a short line naming a news portal or today's news.</summary>
        internal static bool MayBeTagline(string n) => n.Length <= 80 && (n.IndexOf("ortal", StringComparison.OrdinalIgnoreCase) > 0 || n.IndexOf("Berita", StringComparison.OrdinalIgnoreCase) >= 0);

        // the social networks' buttons in a row, with the site's name or "on": "facebook twitter kabarkota on google plus"
        internal static readonly Regex SocialRow = new Regex(@"^(?:(?:facebook|twitter|instagram|youtube|whatsapp|telegram|linkedin|tiktok|pinterest|google(?:\s*plus|\+)?|email|print|on|via|[\p{Ll}\d.]+)\s*){2,10}$", Opt | RegexOptions.IgnoreCase, Timeout);

        private static readonly string[] SocialNames = { "facebook", "twitter", "instagram", "youtube", "whatsapp", "telegram", "linkedin", "tiktok", "pinterest", "google" };

        /// <summary>A necessary condition of <see cref="SocialRow"/>: two social networks named, written in small letters (a sentence is written otherwise).</summary>
        internal static bool MayBeSocialRow(string n)
        {
            if (n.Length > 80 || !char.IsLower(n[0])) return false;
            int names = 0;
            foreach (var s in SocialNames) if (n.IndexOf(s, StringComparison.OrdinalIgnoreCase) >= 0) names++;
            return names >= 2;
        }

        // a blog theme's rubric line: "Filed under Kutai Timur", "Posted in Daerah"
        internal static readonly Regex FiledUnder = new Regex(@"^(?:Filed\s+under|Posted\s+in)\s+\p{L}[^.!?]{0,60}$", Opt | RegexOptions.IgnoreCase, Timeout);

        // a page's small widgets copied as text: a relative time and its counter ("1 jam yang lalu | 0 views", "4 days ago 12"),
        // the text size's buttons ("Font: Ukuran: - +"), a search box ("Cari Berita"), a publication label that lost its date
        // ("Diterbitkan pada"), share buttons glued together ("Share on FacebookShare on Twitter"), a copyright line opening
        // with its year ("2025 © PT Kabar Media")
        internal static readonly Regex SmallWidget = new Regex(
            @"^\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:yang\s+)?(?:lalu|ago)(?:\s*[|•·-]?\s*\d+(?:\s*(?:views?|kali|dilihat))?)?$"
            + @"|^(?:Font|Ukuran(?:\s+(?:huruf|teks|font))?|Text\s+size)\s*:?(?:\s*Ukuran\s*:?)?(?:\s*(?:[-–+]|A))+$"
            + @"|^(?:Cari(?:\s+(?:Berita|Artikel|di\s+sini))?|Search(?:\s+for)?|Pencarian)\s*(?:\.{3}|…)?$"
            + @"|^(?:Diterbitkan|Dipublikasikan|Dipublish|Diposting|Published|Posted)(?:\s+(?:pada|on|oleh|by))?\s*:?$"
            + @"|^(?:Share\s+on\s+\p{L}+\s*){2,}$"
            + @"|^\d{4}\s*©\s*\S.{0,60}$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>A line short enough to be a widget, opening with a digit or a widget's word.</summary>
        internal static bool MayBeSmallWidget(string n) => n.Length <= 80 && (char.IsDigit(n[0]) || n[0] is 'F' or 'f' or 'U' or 'u' or 'T' or 't' or 'C' or 'c' or 'S' or 's' or 'P' or 'p' or 'D' or 'd');

        // a date and the byline's "by"/"oleh" with the writer's name left out by the copy: "July 5, 2021 by", "5 Juli 2021 oleh"
        internal static readonly Regex DateByNobody = new Regex(@"^(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\s+(?:by|oleh)$", Opt | RegexOptions.IgnoreCase, Timeout);
    }
}
