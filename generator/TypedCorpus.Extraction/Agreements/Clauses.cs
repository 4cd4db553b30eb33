using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>What the triggers ask of a clause: its subject, the run at a token, whether a word is negated.</summary>
    internal static class Clauses
    {
        /// <summary>
        /// Is <paramref name="e"/> all the capitalised words where it stands? Not when a capitalised word stands right before it
        /// with only spaces or brackets between ("… Hulu (Sehu) Riau", "… Maritime (SMC) Dalian"): then the scan read
        /// only the tail of a name it could not read whole.
        /// </summary>
        public static bool Whole(Sent s, Ent e)
        {
            // "Selanjutnya Bank Sentosa": a run opened by a sentence adverb or function word is a misread, not a name
            var first = s.Toks[e.TokStart].Text;
            if (Lexicon.NameLexicon.StopWords.Contains(first) || Lexicon.NameLexicon.LeadAdverbials.Contains(first)) return false;
            if (e.TokStart == 0) return true;
            var prev = s.Toks[e.TokStart - 1];
            // "Kemudian Universitas X", "Hari Senin Bank Y": a function word or a day before the name ends nothing of it
            if (!prev.Upper || Lexicon.NameLexicon.StopWords.Contains(prev.Text) || Lexicon.NameLexicon.LeadAdverbials.Contains(prev.Text) || Lexicon.NameLexicon.IsCalendar(prev.Text)) return true;
            for (int c = prev.End; c < s.Toks[e.TokStart].Start; c++)
                if (!char.IsWhiteSpace(s.Text[c]) && s.Text[c] is not ('(' or ')')) return true;
            return false;
        }

        /// <summary>The coordinated run that is the subject of the verb at <paramref name="verb"/>: it ends at most four lower-case words before it.</summary>
        public static List<Ent>? SubjectBefore(Sent s, int verb)
        {
            // the runs ending by the verb, nearest first; the nearest acceptable one is the subject
            int placeFrom = -1, placeTo = -1;
            for (int r = s.RunsEndingBy(verb) - 1; r >= 0; r--)
            {
                var run = s.Runs[r];
                var last = run[run.Count - 1];
                int gapToks = verb - last.TokEnd;
                if (gapToks > 4) break;
                if (IsLocative(s, run)) continue; // a place after "di" is where, not who
                if (IsRelativeCountry(s, r)) continue; // "… yang pernah menjabat Menteri Pendidikan Chile sepakat": whose office, not who
                // "Pemkab Hulu, Jawa Tengah": a place set off by a comma after a run says where it is; the words step over it
                if (placeFrom < 0 && IsPlaceApposition(s, r)) { placeFrom = run[0].TokStart; placeTo = last.TokEnd; continue; }
                if (IsSubjectGap(s, last.TokEnd, verb, 1 + (placeFrom < 0 ? 0 : 1), placeFrom, placeTo)) return run;
            }
            return GroupSubjectBefore(s, verb) ?? RelativeSubjectBefore(s, verb) ?? FrontedPairBefore(s, verb);
        }

        /// <summary>
        /// "Indonesia dan China dalam kesempatan kunjungan presiden ke Jakarta menandatangani …": the sentence opens with two or
        /// more countries or bodies, and an adverbial of at most twelve words with no verb, relative or clause of its own (no
        /// word with a verb's prefix, no "yang", no comma: "India dan Jepang tahun lalu, kini pihaknya …" names the topic) stands
        /// between them and the verb.
        /// </summary>
        private static List<Ent>? FrontedPairBefore(Sent s, int verb)
        {
            if (s.Runs.Count == 0 || s.Runs[0].Count < 2 || s.Runs[0][0].TokStart > 1) return null;
            var run = s.Runs[0];
            foreach (var e in run) if (e.Type is not (EntType.Country or EntType.Org)) return null;
            int end = run[run.Count - 1].TokEnd;
            if (verb <= end || verb - end > 12 || s.Text.IndexOf(',', s.Toks[end - 1].End, s.Toks[verb].Start - s.Toks[end - 1].End) >= 0) return null;
            for (int k = end; k < verb; k++)
            {
                var w = s.Toks[k].Lower;
                if (w == "yang" || !s.Toks[k].Upper && w.Length >= 5 && (w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("ber", StringComparison.Ordinal) || w.StartsWith("di", StringComparison.Ordinal) || w.StartsWith("ter", StringComparison.Ordinal))) return null;
            }
            return run;
        }

        /// <summary>How many words a relative clause after the subject may hold before its verb.</summary>
        private const int RelativeSpan = 25;

        /// <summary>
        /// "Warga Desa A dan Desa B, Kecamatan C, yang sempat bentrok pada Senin sore, kini sepakat damai": the sentence's first
        /// mention (or the first run of two or more, when it is the apposition of a counted head: "Dua desa di C yaitu A dan B"),
        /// a run of two or more, with a relative clause (yang …) after it that a comma closes at most four lower-case words
        /// before the verb, or that runs to the verb without naming anyone (a country alone names no one); and no other run of
        /// two or more between.
        /// </summary>
        private static List<Ent>? RelativeSubjectBefore(Sent s, int verb)
        {
            int r0 = RelativeSubjectRun(s);
            if (r0 < 0) return null;
            var run = s.Runs[r0];
            int end = run[run.Count - 1].TokEnd;
            if (end >= verb || verb - end > RelativeSpan || s.Toks[end].Lower != "yang") return null;
            int from = s.Toks[end - 1].End;
            if (TextSlices.TrimmedLength(s.Text, from, s.Toks[end].Start - from) > 1) return null; // nothing but a comma before "yang"
            for (int r = r0 + 1; r < s.Runs.Count && s.Runs[r][0].TokStart < verb; r++)
                if (s.Runs[r].Count >= 2 || r0 > 0) return null;
            int comma = s.Text.LastIndexOf(',', s.Toks[verb].Start - 1, s.Toks[verb].Start - s.Toks[end].End);
            if (comma < 0) return NamesSomeone(s, r0 + 1, verb) ? null : run;
            int k = verb;
            while (k > end && s.Toks[k - 1].Start > comma) k--;
            if (verb - k > 4) return null;
            for (int j = k; j < verb; j++) if (s.Toks[j].Upper) return null;
            return run;
        }

        /// <summary>
        /// A run from run <paramref name="r"/> on, before the verb, names someone: a country alone is where a person comes
        /// from or what an office serves ("yang pernah menjabat Menteri Pendidikan Chile"), no one who acts.
        /// </summary>
        private static bool NamesSomeone(Sent s, int r, int verb)
        {
            for (; r < s.Runs.Count && s.Runs[r][0].TokStart < verb; r++)
                if (s.Runs[r].Count > 1 || s.Runs[r][0].Type != EntType.Country) return true;
            return false;
        }

        /// <summary>The sentence's first run when it has two or more mentions; else the first such run right after "yaitu"/"yakni"; else -1.</summary>
        private static int RelativeSubjectRun(Sent s)
        {
            if (s.Runs.Count == 0) return -1;
            if (s.Runs[0].Count >= 2) return 0;
            for (int r = 1; r < s.Runs.Count; r++)
            {
                if (s.Runs[r].Count < 2) continue;
                int at = s.Runs[r][0].TokStart;
                return at > 0 && (s.Toks[at - 1].Lower == "yaitu" || s.Toks[at - 1].Lower == "yakni") ? r : -1;
            }
            return -1;
        }

        /// <summary>How many words a relative or coordinated clause may put between a counted group and its verb.</summary>
        private const int GroupGap = 10;

        /// <summary>
        /// A counted group further back, with only lower-case words between: "kedua desa yang bertemu di kantor camat
        /// menyepakati …", "keduanya saling memaafkan dan berjanji untuk …" (the nearest run only).
        /// </summary>
        private static List<Ent>? GroupSubjectBefore(Sent s, int verb)
        {
            int r = s.RunsEndingBy(verb) - 1;
            // a place after "di" says where the group is ("kedua negara di Asia Tenggara itu sepakat …"): it is stepped over
            int placeFrom = -1, placeTo = -1;
            if (r >= 1 && IsLocative(s, s.Runs[r])) { placeFrom = s.Runs[r][0].TokStart; placeTo = s.Runs[r][s.Runs[r].Count - 1].TokEnd; r--; }
            if (r < 0) return null;
            var run = s.Runs[r];
            var last = run[run.Count - 1];
            if (run.Count != 1 || last.Type != EntType.Group || verb - last.TokEnd > GroupGap) return null;
            return IsSubjectGap(s, last.TokEnd, verb, 0, placeFrom, placeTo) ? run : null;
        }

        /// <summary>Run <paramref name="r"/> is one place of the gazetteer right after a comma that ends the run before it.</summary>
        private static bool IsPlaceApposition(Sent s, int r)
        {
            var run = s.Runs[r];
            if (r == 0 || run.Count != 1 || run[0].Type != EntType.Name || !NameLexicon.IsGazetteerPlace(run[0].Name)) return false;
            var before = s.Runs[r - 1];
            int from = s.Toks[before[before.Count - 1].TokEnd - 1].End, to = s.Toks[run[0].TokStart].Start;
            return before[before.Count - 1].TokEnd == run[0].TokStart && TextSlices.TrimmedIs(s.Text, from, to - from, ",");
        }

        /// <summary>Run <paramref name="r"/> is a country alone inside a relative clause ("yang" since the run before it).</summary>
        private static bool IsRelativeCountry(Sent s, int r)
        {
            var run = s.Runs[r];
            if (run.Count != 1 || run[0].Type != EntType.Country || r == 0) return false;
            var before = s.Runs[r - 1];
            for (int k = before[before.Count - 1].TokEnd; k < run[0].TokStart; k++) if (s.Toks[k].Lower == "yang") return true;
            return false;
        }

        /// <summary>A single place or name right after "di" ("di Asia Tenggara") or "ke" ("ke Jakarta": where to), or "se-" ("SMK se-Jawa Tengah": the scope of the name before).</summary>
        private static bool IsLocative(Sent s, List<Ent> run) =>
            run.Count == 1 && run[0].Type != EntType.Group && run[0].TokStart > 0 && (s.Toks[run[0].TokStart - 1].Lower is "di" or "ke" || IsScopePrefix(s, run[0].TokStart - 1));

        /// <summary>"se-" written before a place ("se-Jawa Tengah", "se- Jawa"): the token "se" with a hyphen right after it (not a degree "SE").</summary>
        internal static bool IsScopePrefix(Sent s, int k)
        {
            var t = s.Toks[k];
            return t.Lower == "se" && t.Text != "SE" && t.End < s.Text.Length && s.Text[t.End] == '-';
        }

        /// <summary>
        /// Lower-case words only (but for a place stepped over, tokens <paramref name="skipFrom"/> to <paramref name="skipTo"/>),
        /// and at most one comma and no other punctuation but '-' and ')', between a run and its verb.
        /// </summary>
        private static bool IsSubjectGap(Sent s, int runEnd, int verb, int maxCommas = 1, int skipFrom = -1, int skipTo = -1)
        {
            for (int k = runEnd; k < verb; k++) if (s.Toks[k].Upper && (k < skipFrom || k >= skipTo)) return false;
            int from = s.Toks[runEnd - 1].End, to = s.Toks[verb].Start;
            int commas = 0;
            for (int k = from; k < to; k++)
            {
                char c = s.Text[k];
                if (c == ',') commas++;
                else if (!char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c != '-' && c != ')') return false;
            }
            return commas <= maxCommas;
        }

        /// <summary>"untuk tidak saling dendam dan berjanji …": a negated purpose clause ends at the "dan" before the verb.</summary>
        private static bool InOwnPurposeClause(TokenList toks, int neg, int idx)
        {
            if (neg == 0 || toks[neg - 1].Lower != "untuk" && toks[neg - 1].Lower != "agar" && toks[neg - 1].Lower != "supaya") return false;
            for (int k = neg + 1; k < idx; k++) if (toks[k].Lower == "dan" || toks[k].Lower == "serta") return true;
            return false;
        }

        /// <summary>A capitalised word after another is part of a name ("Jawa Tengah"), not the word it spells ("tengah").</summary>
        private static bool InName(TokenList toks, int k) => k > 0 && toks[k].Upper && toks[k - 1].Upper;

        public static List<Ent>? RunAt(Sent s, int tok) => s.RunStartingAt(tok);

        /// <summary>"dengan Y", "dengan pihak Y": the run after the preposition at <paramref name="k"/>, the word for a side ("pihak") stepped over.</summary>
        public static List<Ent>? RunAfter(Sent s, int k) =>
            RunAt(s, k + 1) ?? (k + 2 < s.Toks.Count && s.Toks[k + 1].Lower == "pihak" ? RunAt(s, k + 2) : null);

        /// <summary>The sides named after "antara" at <paramref name="antara"/>: a run of two or more ("antara X, Y dan Z"), or one side "dengan" the other ("antara X dengan Y").</summary>
        public static List<Ent>? SidesAfterAntara(Sent s, int antara)
        {
            var first = RunAt(s, antara + 1);
            if (first is null || first.Count != 1) return first;
            int end = first[0].TokEnd;
            if (end + 1 >= s.Toks.Count || s.Toks[end].Lower != "dengan" || RunAt(s, end + 1) is not List<Ent> other || other.Count != 1) return first;
            return new List<Ent> { first[0], other[0] };
        }

        public static bool Negated(Sent s, int idx)
        {
            for (int k = idx - 1; k >= 0 && k >= idx - 4; k--)
                if (AgreementWords.Negations.Contains(s.Toks[k].Lower) && !InOwnPurposeClause(s.Toks, k, idx) && !InName(s.Toks, k)) return true;
            // a request or hope addressed to the parties: "meminta X dan Y untuk mencapai kesepakatan"
            for (int k = idx - 1; k >= 0 && k >= idx - 9; k--)
                if (AgreementWords.Requests.Contains(s.Toks[k].Lower)) return true;
            return false;
        }
    }
}
