using System;
using System.Text;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The patterns of the furniture lines (each row of <see cref="LineRules"/> tests a line with one or two of them).</summary>
    internal static partial class LinePatterns
    {
        // "Baca juga: X", "BACA: X", "Baca lainnya: X", "Dibaca Juga ; X", "Berita Terkait: X" (the list label "Berita Terkait" alone is more news)
        // also in brackets: "(Baca: X)"
        internal static readonly AnchoredPattern RelatedMarker = new AnchoredPattern("BbMmLlDdAa(", new Regex(
            @"^(?<p>\()?(?:Baca\s+juga\b\s*[:;]?|(?:Baca(?:\s+lainnya)?|Dibaca\s+juga|Menarik\s+dibaca|Lihat\s+juga)\s*[:;]|(?:Berita|Artikel)\s+terkait\s*:(?=\s*\S))\s*(?<t>.*?)(?(p)\)|)$", Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly AnchoredPattern MoreNews = new AnchoredPattern("BbAaTtPpRrLlNn", new Regex(
            @"^(?:(?:Berita|Artikel)\s+)?(?:Terkini|Terbaru|Terpopuler|Populer)(?:\s+Lainnya)?$|^(?:Berita|Artikel|Topik)\s+(?:Terkait|Lainnya|Pilihan|Rekomendasi|Utama)$|^(?:Berita|Artikel)\s+(?:Terbaru|Terkini)\s+Update$|^(?:Also\s+Read|Read\s+Also|Read\s+More|Baca\s+Lainnya)$|^Rekomendasi(?:\s+Berita|\s+untuk\s+Anda)?$|^Terkini\s+Lainnya$|^(?:Artikel|Berita|Pos)\s+(?:Sebelumnya|Berikutnya|Selanjutnya)$|^(?:Previous|Next)\s+(?:Post|Article)$|^(?:Berita\s+)?(?:Pilihan|Lainnya|Terkini|Populer)\s+\+\s?Indeks$|^(?:Recent|Popular|Related|Latest)\s+(?:Posts?|News|Articles?|Stories)$|^(?:Berita|Artikel)\s+Menarik(?:\s+Lainnya)?$",
            Opt | RegexOptions.IgnoreCase, Timeout));

        // the site's domain alone on a line, as a logo's text or a watermark: "kabarkita.com", "www.kabarkita.co.id"
        internal static readonly Regex DomainAlone = new Regex(@"^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)?\.(?:com|id|net|org|news|info)$", Opt | RegexOptions.IgnoreCase, Timeout);

        // an image's identifier copied as text: "3a3c7777 1eed 457c bd64 b2b17e2a4bf1" (a UUID, its hyphens as spaces or not)
        internal static readonly Regex ImageId = new Regex(@"^[0-9a-f]{8}[\s-][0-9a-f]{4}[\s-][0-9a-f]{4}[\s-][0-9a-f]{4}[\s-][0-9a-f]{12}$", Opt | RegexOptions.IgnoreCase, Timeout);

        // the site's postal address: "Jl. Merdeka No. 12, Kec. Sukamaju, Kota Sukamaju, 40111"
        internal static readonly AnchoredPattern Address = new AnchoredPattern("Jj", new Regex(@"^(?:Jl|Jln|Jalan)\.?\s(?!.*[.!?""”]$)(?=.{0,160}$).*?(?:\bNo\.?\s*\d+|\b\d{5}$)", Opt | RegexOptions.IgnoreCase, Timeout));

        // a line of hashtags only: "#Kabar #KabarKotaMembangun"
        internal static readonly AnchoredPattern Hashtags = new AnchoredPattern("#", new Regex(@"^(?:#[\p{L}\d_]+[\s,]*){1,12}$", Opt, Timeout));

        internal static readonly AnchoredPattern TopicsLabel = new AnchoredPattern("TtLlKkCcRr", new Regex(@"^(?:Topik|Tag|Tags|Label|Kata\s+kunci|Kategori|Categories|Category|Rubrik)\s*(?::\s*(?<t>.*)|(?<t>))$", Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly AnchoredPattern AuthorLabel = new AnchoredPattern("PpRrEeFfKkOoWwLlJj", new Regex(
            @"^(?:(?<label>Penulis|Reporter|Pewarta|Peliput(?:\s*/\s*Editor)?|Editor|Redaktur|Penyunting|Fotografer|Kontributor|Oleh|Writer|Wartawan|Jurnalis|Laporan)\s*:\s*|(?<label>Oleh)\s+(?=(?-i:\p{Lu})[\p{L}.'’-]*(?:\s+(?-i:\p{Lu})[\p{L}.'’-]*){0,4}$)|(?<label>Penulis|Editor)(?=\p{Lu}\p{Ll})|(?<label>Laporan\s+(?:Wartawan|Reporter|Koresponden)\s+[^,]{2,40}),\s*)(?<t>.*)$", Opt | RegexOptions.IgnoreCase, Timeout));

        // a byline with its date: "oleh Nama Penulis diperbarui 27 Sep 2019, 10:51 WIB", "Nama Penulis • 13 Januari 2024 14:18"
        internal static readonly Regex DatedByline = new Regex(
            @"^(?:(?:oleh|Oleh|OLEH)\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}?)(?:\s*[•·|]|\s+(?:[Dd]iperbarui|[Dd]iterbitkan|[Dd]ipublikasikan|[Pp]ada|[Uu]pdated|[Pp]ublished)\b)|(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}?)\s*[•·])\D*\d",
            Opt, Timeout);

        /// <summary>A necessary condition of <see cref="DatedByline"/>: a short line with a digit, opening with "oleh" or holding a bullet.</summary>
        internal static bool MayBeDatedByline(string n)
            => n.Length <= 120 && (n.IndexOf('•') > 0 || n.IndexOf('·') > 0 || n.StartsWith("oleh ", StringComparison.OrdinalIgnoreCase)) && n.Any(char.IsDigit);

        internal static readonly Regex WriterBlock = new Regex(@"^(?<name>.+?)\s+Photo\s+(?:Verified\s+)?Writer\b", Opt, Timeout);

        internal static readonly AnchoredPattern Copyright = new AnchoredPattern("CcDd(", new Regex(@"^(?:Copyright|©|\(c\)|Dilarang\s+(?:keras\s+)?(?:mengambil|mengutip|menyalin|menayangkan|memperbanyak)\b)", Opt | RegexOptions.IgnoreCase, Timeout));

        // the site's maker in its footer: "Managed by PT Kabar Media", "Powered by WordPress"
        internal static readonly AnchoredPattern SiteMaker = new AnchoredPattern("MmPpDd", new Regex(@"^(?:Managed|Powered|Developed|Designed|Maintained)\s+by\s+\S.{0,60}$", Opt | RegexOptions.IgnoreCase, Timeout));

        // a source's label alone at the end, its name on the next line: "Via", "Sumber:"; or with the source's domain: "sumber kabarku.co.id"
        internal static readonly AnchoredPattern SourceLabel = new AnchoredPattern("VvSs", new Regex(@"^(?:Via|Sumber|Source)\s*:?$|^(?:Sumber|Source)\s*:?\s*" + DatelineShapes.Domain + @"\.?$", Opt | RegexOptions.IgnoreCase, Timeout));

        // Promo lines: the alternatives anchored at the line's start, and those found anywhere in it (two patterns, so that the
        // anchored ones are tried at the start only; a line is promo when either matches).
        internal static readonly AnchoredPattern PromoAtStart = new AnchoredPattern("CcDdBbIiSsTtUuFfAaPpHh", new Regex(
            @"^(?:Cek\s+Berita\b|Dapatkan\s+(?:update|berita|informasi)|Baca\s+berita\s+(?:dengan|tanpa)|Ikuti\s+(?:kami|berita|kanal|saluran|akun)|(?:Simak|Saksikan|Tonton)\s+(?:juga\s+)?(?:video|berita|informasi|selengkapnya|artikel)|(?:Download|Unduh)\s+aplikasi|Follow\s+|Simak\s+breaking\s+news|Artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit)|Pilihan\s+Editor\s*:|Halaman\s+(?:selanjutnya|berikutnya)\b|Scroll\s+(?:ke\s+bawah|untuk|to\s+continue)|ADVERTISEMENT$|(?:Iklan|Advertisement)\s*[-–:|]\s*Scroll\b|Sebarkan\s+(?:artikel|berita)\s+ini|(?:Bagikan|Share)(?:\s+(?:artikel|berita|this))?(?:\s+ini)?\s*:?(?:\s*(?:Array|Facebook|Twitter|X|WhatsApp|Telegram|Line|E-?mail|LinkedIn|Pinterest|(?:Copy|Salin)\s+Link)[\s,|•]*)*$)",
            Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly Regex PromoAnywhere = new Regex(
            @"Google\s+News\s*$|klik\s+di\s+sini|WhatsApp\s+Channel|Grup\s+Telegram",
            Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>
        /// A necessary condition of <see cref="PromoAnywhere"/>, checked without a regex. A line with a non-ASCII character is
        /// left to the pattern (case-insensitive matching may fold such characters to letters, as the Kelvin sign to 'k'). In an
        /// ASCII line only ASCII letters fold, as in an ordinal case-insensitive search, and each alternative holds one of these.
        /// </summary>
        internal static bool MayBePromoAnywhere(string n)
        {
            if (!IsAscii(n)) return true;
            // each word is searched for in one vectorised pass (an ordinal case-insensitive search)
            foreach (var word in PromoAnywhereWords)
                if (n.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        /// <summary>
        /// No character of <paramref name="n"/> is outside ASCII: its UTF-8 form has one byte a character (any other character,
        /// a lone surrogate too, takes more), counted by the runtime's vectorised transcoder instead of a loop over the line.
        /// </summary>
        private static bool IsAscii(string n) => Encoding.UTF8.GetByteCount(n) == n.Length;

        private static readonly string[] PromoAnywhereWords = { "google", "klik", "whatsapp", "grup" };

        // (an Instagram post's embed line: "A post shared by Kabar Kota (@kabarkota)")
        internal static readonly AnchoredPattern Embed = new AnchoredPattern("[VvIiGgAaLl", new Regex(@"^\[[^\]]{1,80}\]$|^(?:Video|Infografis|Galeri|Audio)\s*:|^Lihat\s+Foto$|^A\s+post\s+shared\s+by\s.{1,80}$", Opt | RegexOptions.IgnoreCase, Timeout));

        // a gallery's link "Foto: Momen Warga …" (not the page's photo described after its label: a caption)
        internal static readonly GatedPattern PhotoEmbed = new GatedPattern(n => n.Length > 4 && (n[0] == 'F' || n[0] == 'f') && !SceneCaptions.DescribedAfterPhotoLabel(n), new Regex(@"^Foto\s*:", Opt | RegexOptions.IgnoreCase, Timeout));

        // page chrome copied with the article: a publication timestamp ("Senin 27 Jan 2020 08:39 WIB", "Kompas.com - 13/01/2015,
        // 17:49 WIB", "Selasa 12-05-2020,18:42 WIB"), a breadcrumb ("HOME NEWS NASIONAL"), a logo's text ("logo Kompas.id"), a
        // search tool's date prefix alone ("date 2023-06-08 Advertisement"); a timestamp may be written in English ("20, December
        // 2022 - 01:31 PM") or have the byline glued to it ("Selasa, 3 Maret 2025 12:00 WIBOleh Nama Penulis")
        internal static readonly Regex Timestamp = new Regex(
            @"^(?:[-–•|]\s*)?(?:[\p{L}\d.+]+(?:\s[\p{L}\d.+]+){0,2}\s*[-–|]\s*)?(?:(?:Diperbarui|Dipublikasikan|Diterbitkan|Terbit|Updated?|Published)\s*:?\s*)?(?:\p{L}{3,6}'?\p{L}{0,3}\s*,?\s*)?\d{1,2}[\s/.,-]+(?:\d{1,2}|\p{L}{3,9})[\s/.-]+\d{2,4}\s*[,|-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT|AM|PM|UTC|GMT(?:[+-]\d{1,2})?)?(?:\s*Oleh\s*\p{Lu}[\p{L}.'’ -]{1,50})?$",
            Opt | RegexOptions.IgnoreCase, Timeout);

        // a line of page data around a publication time: "SELASA, 21 MARET 2023 | 06:55 WIB | LAPORAN: …", "Nama , Jurnalis-Kamis, 08 Juni 2023 |16:48 WIB"
        internal static readonly Regex TimeLine = new Regex(@"^(?!.*[.!?""”]$)(?=.*\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b)(?=.*\|).{0,160}$", Opt, Timeout);

        internal static readonly LinePattern Breadcrumb = new GatedPattern(n => n.Length <= 160 && (n.IndexOf('>') > 0 || n.IndexOf('»') > 0 || n.IndexOf('/') > 0 || n.StartsWith("Home", StringComparison.OrdinalIgnoreCase) || n.StartsWith("Beranda", StringComparison.OrdinalIgnoreCase)), new Regex(
            @"^(?:Home|Beranda)(?:\s*[>»/|,]?\s*[\p{L}-]+){1,5}(?:\s+(?:Halaman|Page)\s+\d{1,6})?$|^(?:Home|Beranda)(?:\s*[>»/|,]\s*|\s+)\p{L}+\s*[>»/|,]?\s+\S.{4,150}(?:\.{3}|…)$|^\p{L}[\p{L}\d-]*(?:\s[\p{L}\d-]+){0,2}(?:\s*[/»>]\s*\p{L}[\p{L}\d-]*(?:\s[\p{L}\d-]+){0,2}){0,4}\s*[/»>]$", Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly AnchoredPattern Logo = new AnchoredPattern("LlIiAaBbMm", new Regex(@"^(?:logo\s+\S+(?:\s+\S+)?|Iklan|Advertisement|Advertising|Banner|Loading\s*(?:\.{3}|…)?|Memuat\s*(?:\.{3}|…)?)$", Opt | RegexOptions.IgnoreCase, Timeout));

        // a page widget's label: a banner ("Breaking News", "Selamat Datang di …"), a hint to turn the phone, the theme switch, the share button's notice, an ad slot named by
        // its format ("kabarku.com skyscraper"), an avatar's alternative text ("avatar kabarku.com"), the link past the menu ("Skip to main content"),
        // the reactions' box ("What's Your Reaction?"), the site's about box ("About kabarku.com"), the link back to the page's top
        // ("Top"), a pop-up's close button ("close"), an image's placeholder label ("Main Image"), the social links' heading ("Connect with us", "Ikuti kami"),
        // a theme's empty ad slot ("masukkan script iklan disini"), a login box ("Punya akun? Sign In"), a share box ("Silahkan bagikan", "Bagikan via", "Share this news"), the text size's
        // button ("Font +"), a view count glued to the rubric ("Berita22 Dilihat", "Headline, Kota1197 Dilihat")
        internal static readonly Regex Widget = new Regex(
            @"^(?:Breaking\s+News|Selamat\s+Datang\s+(?:di|ke)\s+[^.!?]{1,40}|Better\s+experience\s+in\s+portrait\s+mode\.?|Dark\s*/\s*Light(?:\s+Mode)?|(?:URL|Link|Tautan)\s+(?:berhasil\s+)?(?:dicopy|disalin|tersalin)|(?:\S+\s+)?(?:skyscraper|leaderboard|billboard)|avatar\s+\S+|Skip\s+to\s+(?:main\s+)?content|(?:Langsung|Lompat)\s+ke\s+(?:konten|isi)(?:\s+utama)?|No\s+more\s+(?:posts|pages|articles)(?:\s+(?:available|to\s+load))?\.?|What'?s\s+Your\s+Reaction\??|(?:Back\s+to\s+)?Top|Kembali\s+ke\s+atas|Close|Tutup|(?:Main|Featured)\s+Image|(?:Connect|Stay\s+connected)\s+with\s+us|Follow\s+us(?:\s+on)?|Ikuti\s+kami(?:\s+di)?|(?:About|Tentang)\s+[\p{L}\d-]+\.(?:com|id|co\.id|net|org)|(?:masukkan|pasang|letakkan)\s+(?:script|skrip|kode)\s+iklan(?:\s+(?:di\s*sini|disini))?|Punya\s+akun\?\s*(?:Sign\s+In|Masuk|Login|Log\s+in)|Sila(?:h)?kan\s+(?:bagikan|share)(?:\s+(?:artikel|berita)\s+ini)?|Bagikan\s+via|Share\s+this\s+(?:news|article|post|story)|Font\s*[+-]|(?:\p{L}+,\s*)*\p{L}*\d+\s*(?:x\s*)?Dilihat|Dilihat\s*:?\s*\d+(?:\s*kali)?)$",
            Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>A necessary condition of <see cref="Widget"/>: a short line opening as one of its labels or ending in an ad slot's format.</summary>
        internal static bool MayBeWidget(string n)
            => n.Length <= 60 && ("BbDdUuLlTtAaSsNnWwKkCcMmFfIiPp".IndexOf(n[0]) >= 0 || n.EndsWith("Dilihat", StringComparison.Ordinal) || n.EndsWith("scraper", StringComparison.OrdinalIgnoreCase) || n.EndsWith("board", StringComparison.OrdinalIgnoreCase));

        // a search box's hint ("press enter to search", "Ketik kata kunci …"), a paywall's offer ("Nikmati akses tanpa batas …")
        internal static readonly Regex SearchOrPaywall = new Regex(
            @"^(?:(?:Press|Tekan)\s+enter\s+(?:to|untuk)\s+(?:search|mencari)|Type\s+(?:and\s+(?:hit|press)\s+enter|to\s+search)|Ketik\s+(?:kata\s+kunci|dan\s+tekan\s+enter)[^.!?]{0,30}"
            + @"|Nikmati\s+akses\s+(?:penuh|tanpa\s+batas)\b[^.!?]{0,80})$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>A necessary condition of <see cref="SearchOrPaywall"/>: a short line holding one of its key words.</summary>
        internal static bool MayBeSearchOrPaywall(string n)
            => n.Length <= 120 && (n.IndexOf("enter", StringComparison.OrdinalIgnoreCase) > 0 || n.IndexOf("kunci", StringComparison.OrdinalIgnoreCase) > 0
               || n.IndexOf("akses", StringComparison.OrdinalIgnoreCase) > 0 || n.IndexOf("search", StringComparison.OrdinalIgnoreCase) > 0);

        // an ad slot's text: "iklan header banner", "Pasang Iklan Anda di sini … (600x100)px", "Space Iklan 300x250", and an
        // invitation to advertise: "Perluas Usaha Anda dengan Iklan di Kabar Kita"
        internal static readonly Regex AdSlot = new Regex(
            @"^(?=.*\b(?:iklan|banner|ads?|advertisement)\b)(?:(?:iklan|banner|header|footer|sidebar|widget|gratis|ads?|advertisement|space|slot|ruang|tempat|atas|bawah|kanan|kiri|\(?\d{2,4}\s?[x×]\s?\d{2,4}\)?(?:\s?px)?)(?:\s+|$)){2,12}$|^(?:Pasang|Ruang|Tempat|Space|Slot)\s+iklan\b(?=.*\b(?:di\s*sini|hubungi|hub|klik|anda|kontak|wa|whatsapp)\b)(?!.*[.!?""”]$).{0,150}$|^(?=.{0,160}$)(?=.*\b(?:iklan|banner|ads?)\b).*\(?\b\d{2,4}\s?[x×]\s?\d{2,4}\)?\s?px\b.*$|^(?!.*[.!?""”]$)(?=.{0,120}$)\p{Lu}\S*\s.*\b(?:dengan|melalui|lewat)\s+(?:ber)?iklan\s+di\b.*$",
            Opt | RegexOptions.IgnoreCase, Timeout);

        // a blog's publication data: "Senin, 3 Oktober 2022 | … WIB Last Updated 2022-10-03T07:15:00Z"
        internal static readonly Regex LastUpdated = new Regex(@"^(?!.*[.!?""”]$).{0,120}\b(?:Last\s+)?Updated\s*:?\s*\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>A necessary condition of <see cref="AdSlot"/>: a short line naming an ad ("iklan", "banner", "ads").</summary>
        internal static bool MayBeAdSlot(string n)
            => n.Length <= 160 && (n.IndexOf("iklan", StringComparison.OrdinalIgnoreCase) >= 0 || n.IndexOf("banner", StringComparison.OrdinalIgnoreCase) >= 0 || n.IndexOf("ads", StringComparison.OrdinalIgnoreCase) >= 0 || n.IndexOf("advert", StringComparison.OrdinalIgnoreCase) >= 0);

        // the press council's badge of a verified outlet: "Lulus Verifikasi Dewan Pers No.88/DP-Terverifikasi/K/V/2019", "Terverifikasi Faktual oleh Dewan Pers"
        internal static readonly Regex PressBadge = new Regex(
            @"^(?:(?:Lulus|Telah|Sudah|Media\s+ini|Perusahaan\s+pers)\s+)*(?:Terverifikasi|Verifikasi|Diverifikasi)\b(?:\s+(?:Administrasi|Faktual|dan|oleh|di))*\s+Dewan\s+Pers\b(?!.*[.!?""”]$).{0,60}$",
            Opt | RegexOptions.IgnoreCase, Timeout);

        // "Nama Penulis — Kabar Kota 22 Juli 2025 21:07": the writer, a dash, the outlet and the time of publication
        // (also the writer's initials, a hyphen and the weekday: "AZ - Kamis, 18 Juli 2019 07:00 WIB")
        internal static readonly Regex DashDatedByline = new Regex(
            @"^(?:(?!(?:Kota|Kabupaten|Kab|Desa|Provinsi|Kecamatan)\b)(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+[—–]\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}|(?<name>\p{Lu}{2,4})\s+[-—–]\s+(?:" + IndonesianDates.WeekdayNames + @"),?\s+)\d{1,2}\s+(?:" + IndonesianDates.MonthNames + @")\s+\d{4}(?:,?\s+(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?$",
            Opt, Timeout);

        // "Nama Penulis | Rabu, 26 Januari 2022 | 21:55": the writer's name of two to four words, a pipe, the day and date, the time
        internal static readonly Regex PipeDatedByline = new Regex(
            @"^(?!(?:Kota|Kabupaten|Kab|Desa|Provinsi|Kecamatan)\b)(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\|\s*(?:(?:" + IndonesianDates.WeekdayNames + @"),?\s+)?\d{1,2}\s+(?:" + IndonesianDates.MonthNames + @")\s+\d{4}(?:\s*\|\s*(?:pukul\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT))?)?$",
            Opt, Timeout);

        /// <summary>A necessary condition of <see cref="PipeDatedByline"/>: a short line with a pipe, whose first piece is no known place.</summary>
        internal static bool MayBePipeDatedByline(string n)
            => n.Length <= 90 && n.IndexOf('|') is int bar && bar > 4 && char.IsDigit(n[n.Length - 1]) && !Datelines.IsKnownPlace(n.Substring(0, bar).Trim());

        /// <summary>A necessary condition of <see cref="DashDatedByline"/>: a short line with a dash and a digit or a time zone at its end.</summary>
        internal static bool MayBeDashDatedByline(string n)
            => n.Length <= 100 && (n.IndexOf('—') > 0 || n.IndexOf('–') > 0 || n.IndexOf(" - ", StringComparison.Ordinal) > 0)
               && (char.IsDigit(n[n.Length - 1]) || n.EndsWith("WIB", StringComparison.Ordinal) || n.EndsWith("WIT", StringComparison.Ordinal) || n.EndsWith("WITA", StringComparison.Ordinal));

        // "Laporan Reporter Kabar Kota Nama Penulis": the network's reporter line, the outlet's two words before the writer, no comma
        internal static readonly AnchoredPattern ReporterLine = new AnchoredPattern("L", new Regex(
            @"^Laporan\s+(?:Wartawan|Reporter|Koresponden|Jurnalis)\s+(?<rest>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,6})$", Opt, Timeout));

        // "Dikirim oleh Nama Orang pada", "Posted by Nama Orang": the post's writer, as a blog engine prints it
        internal static readonly AnchoredPattern PostedBy = new AnchoredPattern("DdPpWw", new Regex(
            @"^(?:Dikirim|Diposting|Diposkan|Diunggah|Ditulis|Posted|Written)\s+(?:oleh|by)\s+(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})(?:\s+(?:pada|on)\b[^.!?]{0,40})?$",
            Opt, Timeout));

        // a date alone on a line: "Kamis, 28 Agustus 2025", "Thursday, August 28, 2025", "Kamis, 14/09/2017"; a view counter may follow it after spaces;
        // a rubric's name before it: "Olahraga | 28 Oct 2021"
        internal static readonly Regex DateAlone = new Regex(@"^(?:\p{L}{3,9}'?\p{L}{0,3},?\s+)?(?:\d{1,2}\s+\p{L}{3,9},?\s+\d{4}(?:\s{2,}\d{1,7})?|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2}))$|^\p{L}{3,9},\s+\p{L}{3,9}\s+\d{1,2},\s+\d{4}$|^\p{Lu}\p{L}+(?:\s\p{L}+)?\s*\|\s*\d{1,2}\s+\p{L}{3,9}\s+\d{4}$", Opt, Timeout);

        // a date widget with its label: "Minggu, 12-Oktober-2025 | Jam Digital", "Senin, 3 Maret 2025 | Kalender"
        internal static readonly Regex DateWidget = new Regex(@"^\p{L}{3,9}'?\p{L}{0,3},?\s+\d{1,2}(?:\s+|-)\p{L}{3,9}(?:\s+|-)\d{4}\s*\|\s*(?:Jam(?:\s+Digital)?|Kalender|Waktu|Hari\s+Ini|Update|Terkini|WIB|WITA|WIT)$", Opt | RegexOptions.IgnoreCase, Timeout);

        // a page's element name copied as text: "home_banner_first", "journalist-avatar-top", a URL slug "banjir_rendam_desa"
        internal static readonly Regex SiteToken = new Regex(@"^[a-z0-9]+(?:_[a-z0-9]+)+$|^[a-z]+(?:-[a-z0-9]+){2,}$", Opt, Timeout);

        internal static readonly AnchoredPattern SearchPrefix = new AnchoredPattern("d", new Regex(@"^date\s+\d{4}-\d{2}(?:-\d{2})?(?:\s+\p{L}+){0,2}$", Opt, Timeout));

        // a counter of the page: views ("Dibaca: 1.234 Kali", "560 views", "Views: 2.4K"), a loading gauge ("0%"), a weather
        // widget's temperature ("31 °C", "33.5 C"), a reading time ("Lama Baca 2 Menit", "3 min read"), an age ("2 tahun ago", "3 jam lalu"),
        // the rubrics with the views glued to them ("DAERAH, HEADLINE1,845 views"), an image's placeholder by its size ("Example 325x300")
        internal static readonly Regex Counter = new Regex(
            @"^(?:(?:Artikel|Berita)\s+ini\s+(?:telah\s+|sudah\s+)?)?(?:Dibaca|Dilihat|Views?)\s*:?\s*[\d.,]+\s?(?:[KM]|rb|jt)?(?:\s*(?:kali|x|views?))?$|^[\d.,]+\s?(?:[KM]|rb|jt)?\s*(?:kali\s+dibaca|views?|dilihat)$|^\d{1,3}\s?%$|^-?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]$|^(?:(?:Lama|Waktu|Estimasi)\s+(?:baca|membaca)|Reading\s+time)\s*:?\s*\d{1,2}\s*(?:menit|min(?:ute)?s?)$|^\d{1,2}\s*(?:menit|min(?:ute)?s?)\s+(?:baca|membaca|read)$|^\d{1,3}\s+(?:detik|menit|jam|hari|minggu|bulan|tahun|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:ago|lalu|yang\s+lalu)$|^(?-i:\p{Lu}[\p{Lu}\s,&/-]{0,30}?)\d[\d.,]*\s?(?-i:views)$|^(?:\p{L}+\s){0,2}\d{2,4}[x×]\d{2,4}(?:\s?px)?$",
            Opt | RegexOptions.IgnoreCase, Timeout);

        // a counter with more of the page's data after it: "Dibaca: 73 Oleh 15 Okt 2018Tidak ada komentar"
        internal static readonly AnchoredPattern CounterAndData = new AnchoredPattern("DdVv", new Regex(@"^(?:Dibaca|Dilihat|Views?)\s*:\s*[\d.,]+\s?(?:[KM]|rb|jt)?\s+(?!.*[.!?""”]$).{1,100}$", Opt | RegexOptions.IgnoreCase, Timeout));

        // category labels glued into one word when copied from a menu: "KotaBeritaDaerahTerkini"
        internal static readonly Regex GluedLabels = new Regex(@"^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){2,}$", Opt, Timeout);

        // the comment area's heading: "One Comment", "3 Komentar", "Post Comment", "Leave a Reply", "Tinggalkan Balasan"
        internal static readonly AnchoredPattern CommentCount = new AnchoredPattern("0123456789", new Regex(@"^\d{1,5}\s+(?:comments?|komentar|tanggapan)$", Opt | RegexOptions.IgnoreCase, Timeout));

        internal static readonly AnchoredPattern Comments = new AnchoredPattern("0123456789OoNnSsPpLlTtKkCcDdBb", new Regex(
            @"^(?:(?:\d+|One|No|Satu)\s+(?:Comments?|Komentar|Responses?|Tanggapan)|Post\s+(?:a\s+)?Comment|Leave\s+a\s+(?:Reply|Comment)|Tinggalkan\s+(?:Bala\w*|Komentar|Pesan|Tanggapan)|(?:Kirim|Posting|Tulis)\s+Komentar|Komentari|Komentar|Comments?|Discussion\s+about\s+this\s+post|Komentar\s+(?:via|dengan|lewat)\s+Facebook)\s*:?$|^Berkomentarlah\b",
            Opt | RegexOptions.IgnoreCase, Timeout));

        /// <summary>A necessary condition of <see cref="Timestamp"/>: a short line with a time ("17:49", "WIB") in it or ending in one ("20.33").</summary>
        internal static bool MayBeTimestamp(string n) => n.Length <= 80 && (n.IndexOf(':') > 0 || n.IndexOf("WIB", StringComparison.Ordinal) > 0 || char.IsDigit(n[n.Length - 1]));

        // sign-off codes: "(ant/dew)", "(k/dew)", "(cr28/tribun-medan.com)", "(Bud)**": a reporter or editor code, then codes or the outlet's domain
        internal static readonly AnchoredPattern Initials = new AnchoredPattern("(", new Regex(@"^\(\s?(?:[A-Za-z][A-Za-z0-9]{1,6}|[A-Za-z](?=/))(?:/(?:[A-Za-z][A-Za-z0-9]{1,6}|[A-Za-z0-9][A-Za-z0-9\-]{1,30}\.(?:com|co\.id|id|net|tv))){0,3}\s?\)\**$", Opt, Timeout));
    }

    /// <summary>A furniture line rule: a row of the table (id, kind, pattern); a line is the rule's when one of its patterns matches.</summary>
    internal sealed class LineRule
    {
        private readonly LinePattern[] _patterns;

        public LineRule(string id, FurnitureKind kind, params LinePattern[] patterns) { Id = id; Kind = kind; _patterns = patterns; }

        public string Id { get; }
        public FurnitureKind Kind { get; }

        public bool IsMatch(string line)
        {
            foreach (var p in _patterns) if (p.IsMatch(line)) return true;
            return false;
        }

        /// <summary>The first pattern's match that succeeds, else a failed match.</summary>
        public Match Match(string line)
        {
            foreach (var p in _patterns) { var m = p.Match(line); if (m.Success) return m; }
            return System.Text.RegularExpressions.Match.Empty;
        }
    }

    /// <summary>The simple furniture line rules, as one table, and the orders the structure stage tries them in.</summary>
    internal static class LineRules
    {
        public static readonly LineRule Related = new LineRule("related", FurnitureKind.RelatedMarker, LinePatterns.RelatedMarker);
        public static readonly LineRule Author = new LineRule("author", FurnitureKind.Author, LinePatterns.AuthorLabel, LinePatterns.PostedBy, LinePatterns.ReporterLine);
        /// <summary>The writer block "Name Photo Writer": only a line holding "Photo" can be one.</summary>
        public static readonly LineRule WriterBlock = new LineRule("writer-block", FurnitureKind.Author,
            new GatedPattern(n => n.IndexOf("Photo", StringComparison.Ordinal) >= 0, LinePatterns.WriterBlock));
        /// <summary>A byline with its date ("oleh X diperbarui …", "X • 13 Januari 2024").</summary>
        public static readonly LineRule DatedByline = new LineRule("dated-byline", FurnitureKind.Author, new GatedPattern(LinePatterns.MayBeDatedByline, LinePatterns.DatedByline),
            new GatedPattern(LinePatterns.MayBeDashDatedByline, LinePatterns.DashDatedByline), new GatedPattern(LinePatterns.MayBePipeDatedByline, LinePatterns.PipeDatedByline));
        public static readonly LineRule Copyright = new LineRule("copyright", FurnitureKind.SignOff, LinePatterns.Copyright, LinePatterns.SiteMaker, LinePatterns.SourceLabel);
        public static readonly LineRule MoreNews = new LineRule("more-news", FurnitureKind.MoreNews, LinePatterns.MoreNews);
        public static readonly LineRule Topics = new LineRule("topics", FurnitureKind.Topics, LinePatterns.TopicsLabel, LinePatterns.Hashtags);
        public static readonly LineRule Promo = new LineRule("promo", FurnitureKind.Promo,
            LinePatterns.PromoAtStart, new GatedPattern(LinePatterns.MayBePromoAnywhere, LinePatterns.PromoAnywhere));
        public static readonly LineRule Embed = new LineRule("embed", FurnitureKind.Embed, LinePatterns.Embed, LinePatterns.PhotoEmbed);
        public static readonly LineRule Initials = new LineRule("initials", FurnitureKind.SignOff, LinePatterns.Initials);
        /// <summary>Page chrome: a timestamp or a date alone, a breadcrumb, a logo's text, a search tool's date prefix, the site's address, its contact line, its tagline, its row of social buttons, a blog's rubric line, a date whose byline lost its name, its domain alone, a page element's name, a counter, glued menu labels, a widget, an ad slot, the press council's badge.</summary>
        public static readonly LineRule PageChrome = new LineRule("page-chrome", FurnitureKind.Other,
            new GatedPattern(LinePatterns.MayBeTimestamp, LinePatterns.Timestamp), new GatedPattern(n => n.IndexOf('|') >= 0, LinePatterns.TimeLine), LinePatterns.Breadcrumb, LinePatterns.Logo, LinePatterns.SearchPrefix, LinePatterns.Address,
            new GatedPattern(n => n.Length <= 40 && n.IndexOf(' ') < 0 && n.IndexOf('.') > 0, LinePatterns.DomainAlone),
            new GatedPattern(n => n.Length == 36, LinePatterns.ImageId),
            new GatedPattern(n => n.IndexOf(' ') < 0 && (n.IndexOf('_') > 0 || n.IndexOf('-') > 0), LinePatterns.SiteToken),
            new GatedPattern(n => n.Length <= 40 && char.IsDigit(n[n.Length - 1]), LinePatterns.DateAlone), new GatedPattern(n => n.Length <= 60 && n.IndexOf('|') > 0, LinePatterns.DateWidget),
            new GatedPattern(LinePatterns.MayBeContact, LinePatterns.ContactLine), new GatedPattern(LinePatterns.MayBeTagline, LinePatterns.Tagline), new GatedPattern(LinePatterns.MayBeSocialRow, LinePatterns.SocialRow), new GatedPattern(n => n.Length <= 80 && (n[0] == 'F' || n[0] == 'P'), LinePatterns.FiledUnder), new GatedPattern(n => n.Length <= 30 && (n.EndsWith(" by", StringComparison.Ordinal) || n.EndsWith(" oleh", StringComparison.OrdinalIgnoreCase)), LinePatterns.DateByNobody),
            new GatedPattern(n => n.Length <= 40 && n.Any(char.IsDigit), LinePatterns.Counter), LinePatterns.CounterAndData,
            new GatedPattern(n => n.Length >= 10 && n.IndexOf(' ') < 0, LinePatterns.GluedLabels), new GatedPattern(LinePatterns.MayBeWidget, LinePatterns.Widget), new GatedPattern(LinePatterns.MayBeSearchOrPaywall, LinePatterns.SearchOrPaywall),
            new GatedPattern(LinePatterns.MayBeSmallWidget, LinePatterns.SmallWidget),
            new GatedPattern(LinePatterns.MayBeAdSlot, LinePatterns.AdSlot), new GatedPattern(n => n.Length <= 160 && n.IndexOf("pdated", StringComparison.Ordinal) > 0, LinePatterns.LastUpdated), new GatedPattern(n => n.Length <= 120 && n.IndexOf("Dewan Pers", StringComparison.OrdinalIgnoreCase) > 0, LinePatterns.PressBadge));
        /// <summary>The comment area's heading: it closes the article.</summary>
        public static readonly LineRule Comments = new LineRule("comments", FurnitureKind.SignOff, LinePatterns.Comments);
        /// <summary>"0 comment", "12 Komentar" above the lead: a counter of the page's comments (below the text it opens the comments).</summary>
        public static readonly LineRule CommentCount = new LineRule("comment-count", FurnitureKind.Other, LinePatterns.CommentCount);

        /// <summary>The table: every rule, in the order the body tries them.</summary>
        public static readonly LineRule[] All = { Related, Author, WriterBlock, DatedByline, Copyright, MoreNews, Topics, Promo, Embed, Initials, PageChrome, Comments, CommentCount };

        /// <summary>The furniture of the header (the lines before the lead), in the order tried.</summary>
        public static readonly LineRule[] Header = { Author, WriterBlock, DatedByline, Copyright, Topics, MoreNews, Promo, Embed, PageChrome, CommentCount };

        /// <summary>The rules that name a line of the tail (after a byline or sign-off), in the order tried.</summary>
        public static readonly LineRule[] Tail = { Author, WriterBlock, DatedByline, Copyright, Topics, MoreNews, Promo, PageChrome, Comments };

        /// <summary>The first of <paramref name="rules"/> that matches <paramref name="line"/>, or null.</summary>
        public static LineRule? FirstMatch(LineRule[] rules, string line)
        {
            foreach (var r in rules) if (r.IsMatch(line)) return r;
            return null;
        }
    }
}
