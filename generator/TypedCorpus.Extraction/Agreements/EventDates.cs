using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The date of an agreement's event: the sentence's own date, else the nearest dated sentence of its block, else (for an
    /// event) the last full date written before it in the article.
    /// </summary>
    internal sealed class EventDates
    {
        private readonly List<List<Sent>> _blocks;
        private readonly List<(int Index, string Iso)>?[] _blockDates;
        private readonly List<(int Block, string Iso)> _dates = new List<(int, string)>();

        public EventDates(List<List<Sent>> blocks)
        {
            _blocks = blocks;
            _blockDates = new List<(int Index, string Iso)>?[blocks.Count];
        }

        /// <summary>Notes the full dates of <paramref name="s"/> (of block <paramref name="b"/>), read in article order.</summary>
        public void Note(Sent s, int b)
        {
            foreach (var d in s.FullDates) if (d.Valid) _dates.Add((b, IndonesianDates.Iso(d.Year, d.Month, d.Day)));
        }

        /// <summary>The date of an agreement found at <paramref name="at"/> in <paramref name="s"/>.</summary>
        public string? Of(Sent s, int b, int at, bool eventFallback) =>
            SentenceDate(s, at) ?? BlockDate(b, s) ?? ValidityStart(b, s) ?? (eventFallback ? LastDateBefore(b) : null);

        /// <summary>
        /// "Kesepakatan ini berlaku dari 7 Mei 2021 hingga …": a later sentence of the block that refers back to the agreement and
        /// gives the day it takes effect; its date, else null.
        /// </summary>
        private string? ValidityStart(int b, Sent s)
        {
            foreach (var t in _blocks[b])
            {
                var toks = t.Toks;
                if (t.Index <= s.Index || toks.Count < 5 || !AgreementWords.Documents.Contains(toks[0].Lower)) continue;
                if (toks[1].Lower is not ("ini" or "itu" or "tersebut") || toks[2].Lower != "berlaku" || toks[3].Lower is not ("dari" or "mulai" or "sejak")) continue;
                foreach (var d in t.FullDates)
                    if (d.Valid && d.Index >= toks[4].Start) return IndonesianDates.Iso(d.Year, d.Month, d.Day);
            }
            return null;
        }

        /// <summary>The date of a list introduced by block <paramref name="b"/>.</summary>
        public string? OfList(int b) => BlockDate(b, null) ?? LastDateBefore(b);

        private static readonly HashSet<string> NotEventDate = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "mulai", "hingga", "sampai", "lambat", "selambat-lambatnya", "sebelum", "sejak", "menjelang", "berlaku", "ditargetkan", "tenggat", "jelang" };

        /// <summary>
        /// The date a sentence gives for its event, at the precision written: the written date nearest to <paramref name="at"/>
        /// (full dates, else "Februari 2022"), leaving out deadlines and start dates ("mulai Januari 2026", "paling lambat …").
        /// </summary>
        private static string? SentenceDate(Sent s, int at = -1)
        {
            var cands = s.DateCandidates ??= DateCandidates(s);
            if (cands.Count == 0) return null;
            var best = cands[0];
            foreach (var c in cands)
                if (at < 0 ? c.Index < best.Index : Math.Abs(c.Index - at) < Math.Abs(best.Index - at)) best = c;
            return best.Iso;
        }

        private static List<(int Index, string Iso)> DateCandidates(Sent s)
        {
            string text = s.Text;
            var cands = new List<(int Index, string Iso)>();
            var full = s.FullDates;
            foreach (var d in full) if (d.Valid && !Deadline(text, d.Index)) cands.Add((d.Index, IndonesianDates.Iso(d.Year, d.Month, d.Day)));
            int f = 0;
            foreach (var my in IndonesianDates.FindMonthYears(text))
            {
                // both lists run in text order: the full date that could contain this month-year is at or after f
                while (f < full.Count && full[f].Index + full[f].Length <= my.Index) f++;
                bool inside = f < full.Count && my.Index >= full[f].Index && my.Index < full[f].Index + full[f].Length;
                if (!inside && !Deadline(text, my.Index)) cands.Add(my);
            }
            if (cands.Count == 0) cands.AddRange(Years(text, s.Toks));
            return cands;
        }

        /// <summary>A bare year given as the time of the event: "pada 2022", "pada tahun 2022", "tahun 2022".</summary>
        private static IEnumerable<(int Index, string Iso)> Years(string text, TokenList toks)
        {
            for (int i = 1; i < toks.Count; i++)
            {
                var t = toks[i].Text;
                if (t.Length != 4 || !t.All(char.IsDigit) || (t[0] != '1' && t[0] != '2')) continue;
                string prev = toks[i - 1].Lower;
                bool pada = prev == "pada" || (prev == "tahun" && (i < 2 || toks[i - 2].Lower == "pada" || !NotEventDate.Contains(toks[i - 2].Lower)));
                if (pada && !Deadline(text, toks[i].Start)) yield return (toks[i].Start, t);
            }
        }

        private static bool Deadline(string text, int index)
        {
            // the two words before the date
            int k = index - 1, words = 0;
            while (k >= 0 && words < 2)
            {
                while (k >= 0 && !char.IsLetter(text[k])) k--;
                int end = k + 1;
                while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '-')) k--;
                if (end <= k + 1) break;
                var w = text.Substring(k + 1, end - k - 1);
                if (NotEventDate.Contains(w)) return true;
                words++;
            }
            return false;
        }

        /// <summary>The date of the nearest dated sentence of block <paramref name="b"/>: the last one before <paramref name="own"/>, else the first after it.</summary>
        private string? BlockDate(int b, Sent? own)
        {
            var dated = _blockDates[b] ??= DatedSentences(_blocks[b]);
            if (dated.Count == 0) return null;
            if (own == null) return dated[dated.Count - 1].Iso;
            // binary search for the first dated sentence at or after own
            int lo = 0, hi = dated.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (dated[mid].Index < own.Index) lo = mid + 1; else hi = mid; }
            if (lo > 0) return dated[lo - 1].Iso;
            if (lo < dated.Count && dated[lo].Index == own.Index) lo++;
            return lo < dated.Count ? dated[lo].Iso : null;
        }

        private static List<(int Index, string Iso)> DatedSentences(List<Sent> sents)
        {
            var dated = new List<(int Index, string Iso)>();
            foreach (var s in sents)
            {
                var d = SentenceDate(s);
                if (d != null) dated.Add((s.Index, d));
            }
            return dated;
        }

        private string? LastDateBefore(int b)
        {
            for (int i = _dates.Count - 1; i >= 0; i--) if (_dates[i].Block <= b) return _dates[i].Iso;
            return null;
        }
    }
}
