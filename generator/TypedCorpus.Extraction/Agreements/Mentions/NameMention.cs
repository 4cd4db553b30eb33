using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using static TypedCorpus.Extraction.Agreements.AgreementText;
using static TypedCorpus.Extraction.Agreements.MentionLexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A capitalised run: a person the people step found at its end ("Wali Kota Surabaya Eri Santoso"), a person after a
    /// title ("Menteri Luar Negeri Rusia Sergei Lavrov", whose nationality is noted), or a bare proper name.
    /// </summary>
    internal sealed class NameMention : MentionRule
    {
        public NameMention() : base(capitalisedOnly: true) { }

        public override string Id => "name";
        public override string Description => "a capitalised run: a known person at its end, a person after a title, else a bare proper name";

        public override int Match(in MentionScan scan, int i)
        {
            var toks = scan.Toks;
            int end = RunEnd(toks, scan.Text, i);
            int s = i;
            bool sentenceStart = i == 0 || (i == 1 && toks[0].Lower.Length == 0);
            // "Jalin kerja sama …", "Sebanyak 40 …", "Penandatangan MoU Koperasi X …": no name opens here; the scan goes on after the word
            if (OpensNoParty(toks[i], sentenceStart) || ShortFormOfLowerCase(in scan, i) || sentenceStart && (NumbersItem(in scan, i) || CommonNounWithDemonstrative(toks, i, end) || OneOf(toks, i))) return i + 1;
            while (s < end && IsFunctionWord(toks[s].Text) && (s == i)) s++;
            if (s >= end) return end;
            // "Penandatanganan Nota Kesepahaman …": after a function word, a word that opens no name is stepped over too
            if (s > i && OpensNoParty(toks[s], false)) return s + 1;
            int afterKnown = KnownPersonAtEnd(in scan, i, s, end);
            if (afterKnown >= 0) return afterKnown;
            // split off title words, portfolios, nationalities and acronyms: the name is what follows them
            string? nat = null;
            int nameStart = s;
            // "Ibu Kota Nusantara": "Ibu Kota" is a capital city, not a woman's title before a name
            bool titled = IsTitle(toks[s].Text) && !(toks[s].Lower == "ibu" && s + 1 < end && toks[s + 1].Lower == "kota");
            if (titled)
            {
                nameStart = AfterTitle(toks, scan.Text, s, out nat);
                end = RunEnd(toks, scan.Text, nameStart);
                int held = HolderAfterComma(in scan, i, end, nat);
                if (held >= 0) return held;
                int governed = Government(in scan, i, nameStart, end);
                if (governed >= 0) return governed;
                // an organisation inside the title ("Direktur Utama PT Air Bersih Jaya Hendra Wijaya"): the name is its last two words
                if (OrgInTitle(toks, s, nameStart) && end - nameStart > 2) nameStart = end - 2;
                // "Rektor Andes University Carlos Rivera": the name follows the organisation's English tail
                for (int q = end - 3; q >= nameStart; q--) if (EnglishOrgTails.Contains(toks[q].Text)) { nameStart = q + 1; break; }
                if (NoNameAfterTitle(toks, scan.Text, s, nameStart, end))
                {
                    // "Presiden Rusia" without a name: a country mention
                    if (nat != null) scan.Found.Add(new Ent { TokStart = i, TokEnd = nameStart, Type = EntType.Country, Name = nat });
                    // "Rektor UNESA dan …": the university its head signs for
                    else if (UniversityHead.Of(toks, s, nameStart) is string university) scan.Found.Add(new Ent { TokStart = i, TokEnd = nameStart, Type = EntType.Org, Name = university });
                    return Math.Max(nameStart, i + 1);
                }
            }
            return AddName(in scan, sentenceStart && s > i ? s : i, nameStart, end, titled, nat);
        }

        /// <summary>"Bupati Gresik menandatangani …": a regional head named by office and place alone signs for its government; the token after it, else -1.</summary>
        private static int Government(in MentionScan scan, int i, int nameStart, int end)
        {
            if (!(RegionalHead.Government(scan.Toks, nameStart, end) is string government)) return -1;
            int after = MentionScanner.SkipParenthesis(scan.Text, scan.Toks, end);
            scan.Found.Add(new Ent { TokStart = i, TokEnd = after, Type = EntType.Org, Name = government });
            return after;
        }

        /// <summary>
        /// "Kali ini …", "Tahun itu …": a noun of time or occasion opening the sentence with a demonstrative right after it is
        /// written with a capital because it opens the sentence, no name ("PLN tersebut", "Inalum itu" stay parties).
        /// </summary>
        private static bool CommonNounWithDemonstrative(TokenList toks, int i, int end) =>
            end == i + 1 && end < toks.Count && toks[end].Lower is "ini" or "itu" or "tersebut" && TimeNouns.Contains(toks[i].Lower);

        /// <summary>"Salah satu langkahnya …", "Salah seorang warga …": "one of" opening the sentence, no name.</summary>
        private static bool OneOf(TokenList toks, int i) =>
            toks[i].Lower == "salah" && i + 1 < toks.Count && toks[i + 1].Lower is "satu" or "seorang" or "satunya";

        /// <summary>Nouns of time or occasion (Resources/time-nouns.txt).</summary>
        private static HashSet<string> TimeNouns => NameLexicon.TimeNouns;

        /// <summary>"Ketiga, X dan Y menandatangani …": an ordinal and its comma opening the sentence number an item, no party.</summary>
        private static bool NumbersItem(in MentionScan scan, int i) =>
            EnumeratedDocumentTrigger.Enumerators.Contains(scan.Toks[i].Lower) && scan.Toks[i].End < scan.Text.Length && scan.Text[scan.Toks[i].End] == ',';

        /// <summary>
        /// "… hukum perdata dan tata usaha negara (TUN), Bupati …": one word alone in brackets right after a lower-case word, and
        /// a comma or stop after it, is the short form of the words before it, which name no party.
        /// </summary>
        private static bool ShortFormOfLowerCase(in MentionScan scan, int i)
        {
            var toks = scan.Toks;
            if (i == 0 || toks[i - 1].Upper || !toks[i - 1].IsWord) return false;
            string text = scan.Text;
            int a = toks[i].Start - 1;
            while (a >= toks[i - 1].End && text[a] == ' ') a--;
            if (a < toks[i - 1].End || text[a] != '(') return false;
            for (int c = toks[i - 1].End; c < a; c++) if (text[c] != ' ') return false;
            int z = toks[i].End;
            if (z >= text.Length || text[z] != ')') return false;
            // ("bank pembangunan daerah (BPD) menandatangani …": the short form as the subject of a verb names a party)
            int after = z + 1;
            while (after < text.Length && text[after] == ' ') after++;
            return after >= text.Length || text[after] is ',' or '.' or ';';
        }

        /// <summary>The end of the run of adjacent capitalised tokens from <paramref name="from"/>.</summary>
        private static int RunEnd(TokenList toks, string text, int from)
        {
            int end = from;
            while (end < toks.Count && (toks[end].Upper || end > from && (IsParticle(toks, text, end) || IsEnglishLink(toks, text, end)))
                && (end == from || Adjacent(text, toks[end - 1], toks[end]) || AfterShortTitle(toks, text, end))) end++;
            return end;
        }

        private static HashSet<string> ShortTitles => NameLexicon.AbbreviatedTitles;

        /// <summary>"Bupati Hulu Hj. Sri Wahyuni", "Prof. Dr. Budi": a title written short, its period glued to it, does not end the run.</summary>
        private static bool AfterShortTitle(TokenList toks, string text, int k)
        {
            var t = toks[k - 1];
            if (!t.Upper || !ShortTitles.Contains(t.Text) || text[t.End] != '.') return false;
            for (int c = t.End + 1; c < toks[k].Start; c++) if (!char.IsWhiteSpace(text[c])) return false;
            return true;
        }

        /// <summary>A lower-case particle inside a personal name ("Rendi bin Helan", "Van de Berg"): a capitalised word follows it.</summary>
        private static bool IsParticle(TokenList toks, string text, int k) =>
            k + 1 < toks.Count && toks[k + 1].Upper && NameLexicon.NameParticles.Contains(toks[k].Lower) && Adjacent(text, toks[k], toks[k + 1]);

        /// <summary>
        /// "People's Bank of China", "Ministry of Trade": the lower-case link of a name written in English, between two of its
        /// capitalised words.
        /// </summary>
        private static bool IsEnglishLink(TokenList toks, string text, int k) =>
            k + 1 < toks.Count && toks[k + 1].Upper && !toks[k].Upper && toks[k].Lower is "of" or "for" && Adjacent(text, toks[k], toks[k + 1]);

        /// <summary>Degrees written without periods after a name ("SE", "MM"), from the degree lexicon.</summary>
        private static HashSet<string> Degrees => Lexicon.NameLexicon.DegreeWords;

        /// <summary>A run that ends with a person the people step found (the longest), or with one and the degrees after the name: the token after it, else -1.</summary>
        private static int KnownPersonAtEnd(in MentionScan scan, int i, int s, int end)
        {
            var toks = scan.Toks;
            string? known = null;
            int knownStart = -1;
            // "Bupati Tanggul Ani Lestari SE MM": the degrees written after the name end the run, the name ends before them
            int nameEnd = end;
            while (nameEnd - 1 > s && toks[nameEnd - 1].Text.Length >= 2 && toks[nameEnd - 1].Upper && Degrees.Contains(toks[nameEnd - 1].Text)) nameEnd--;
            foreach (var (p, pt) in scan.People)
            {
                int st = nameEnd - pt.Length;
                if (st < s || st < 0) continue;
                if (WordsAt(toks, st, pt) && (known == null || p.Length > known.Length)) { known = p; knownStart = st; }
            }
            if (known == null || knownStart <= s) return -1;
            for (int k = s; k < knownStart; k++)
            {
                int cl = MatchCountry(toks, k, out string c3);
                if (cl > 0) { scan.Nationality[known] = c3; break; }
            }
            int after = MentionScanner.SkipParenthesis(scan.Text, toks, end);
            scan.Found.Add(new Ent { TokStart = i, TokEnd = after, Type = EntType.Person, Name = known });
            return after;
        }

        /// <summary>
        /// "Gubernur Jambu, Wayan Sukarta, dan …", "Kepala Kejaksaan Negeri (Kajari), Irwan Hermawan": an office whose holder follows
        /// after a comma, the whole next run a person the people step found, is one mention of that person (whose nationality is
        /// the office's country). The token after it, else -1.
        /// </summary>
        private static int HolderAfterComma(in MentionScan scan, int i, int end, string? nat)
        {
            var toks = scan.Toks;
            if (end <= i || end >= toks.Count) return -1;
            int hs = MentionScanner.SkipParenthesis(scan.Text, toks, end);
            if (hs >= toks.Count || !toks[hs].Upper) return -1;
            int from = toks[hs - 1].End, to = toks[hs].Start;
            while (from < to && (scan.Text[from] == ')' || char.IsWhiteSpace(scan.Text[from]))) from++;
            if (!TextSlices.TrimmedIs(scan.Text, from, to - from, ",")) return -1;
            int he = RunEnd(toks, scan.Text, hs);
            while (he - 1 > hs && toks[he - 1].Text.Length >= 2 && toks[he - 1].Upper && Degrees.Contains(toks[he - 1].Text)) he--;
            string? known = null;
            foreach (var (p, pt) in scan.People)
            {
                if (pt.Length == he - hs && WordsAt(toks, hs, pt)) { known = p; break; }
            }
            if (known == null) return -1;
            if (nat != null) scan.Nationality[known] = nat;
            int after = MentionScanner.SkipParenthesis(scan.Text, toks, RunEnd(toks, scan.Text, hs));
            scan.Found.Add(new Ent { TokStart = i, TokEnd = after, Type = EntType.Person, Name = known });
            return after;
        }

        /// <summary>Do the tokens from <paramref name="at"/> spell <paramref name="words"/> (a person's name words), as written?</summary>
        private static bool WordsAt(TokenList toks, int at, string[] words)
        {
            for (int k = 0; k < words.Length; k++) if (!string.Equals(toks[at + k].Text, words[k], StringComparison.Ordinal)) return false;
            return true;
        }

        /// <summary>The first token after the title that starts at <paramref name="s"/>; <paramref name="nat"/> is the nationality in it.</summary>
        private static int AfterTitle(TokenList toks, string text, int s, out string? nat)
        {
            nat = null;
            int k = s;
            while (k < toks.Count)
            {
                var tk = toks[k];
                if (k > s && !MentionScanner.TitleGap(text, toks[k - 1], tk)) break;
                if (tk.Lower == "dan" && k + 1 < toks.Count && IsPortfolio(toks[k + 1].Text)) { k++; continue; }
                if (!tk.Upper) break;
                if (IsTitle(tk.Text) || IsPortfolio(tk.Text) || IsAcronym(tk.Text)) { k++; continue; }
                int cl = MatchCountry(toks, k, out string c2);
                if (cl > 0) { nat = c2; k += cl; continue; }
                break;
            }
            return k;
        }

        /// <summary>Words that end an organisation's name written in English, inside a title ("Rektor Andes University X Y").</summary>
        private static readonly HashSet<string> EnglishOrgTails = new HashSet<string>(StringComparer.Ordinal)
        { "University", "Institute", "College", "Company", "Corporation", "Foundation", "Association" };

        private static bool OrgInTitle(TokenList toks, int s, int nameStart)
        {
            bool orgInTitle = false;
            for (int q = s; q < nameStart; q++) if (IsOrgHead(toks[q].Text) || toks[q].Text == "PT") orgInTitle = true;
            return orgInTitle;
        }

        /// <summary>No name follows the title, or it is set off by punctuation other than ")" or ",".</summary>
        private static bool NoNameAfterTitle(TokenList toks, string text, int s, int nameStart, int end) =>
            nameStart >= end || (nameStart > s && !Adjacent(text, toks[nameStart - 1], toks[nameStart])
                && !TextSlices.TrimmedIs(text, toks[nameStart - 1].End, toks[nameStart].Start - toks[nameStart - 1].End, ")")
                && !TextSlices.TrimmedIs(text, toks[nameStart - 1].End, toks[nameStart].Start - toks[nameStart - 1].End, ","));

        private static int AddName(in MentionScan scan, int from, int nameStart, int end, bool titled, string? nat)
        {
            // "Hulu Hj. Sri Wahyuni": the name is what follows a title written short
            for (int k = end - 1; k > nameStart; k--)
                if (AfterShortTitle(scan.Toks, scan.Text, k)) { nameStart = k; titled = true; break; }
            string name = Join(scan.Toks, nameStart, end);
            // "… M.Agr.Sc., Ph.D resmi menandatangani": one letter alone (a degree's tail, an initial) names no party
            if (name.Length < 2) return end;
            var type = titled ? EntType.Person : EntType.Name;
            foreach (var (p, _) in scan.People) if (string.Equals(p, name, StringComparison.Ordinal)) type = EntType.Person;
            if (nat != null && type == EntType.Person) scan.Nationality[name] = nat;
            int after = MentionScanner.SkipParenthesis(scan.Text, scan.Toks, end);
            scan.Found.Add(new Ent { TokStart = from, TokEnd = after, Type = type, Name = name });
            return after;
        }
    }
}
