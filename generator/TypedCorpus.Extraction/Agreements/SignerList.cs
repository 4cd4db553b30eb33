using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;
using static TypedCorpus.Extraction.Agreements.MentionLexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The signers listed after "oleh": "oleh A, B, serta kedua pasangan calon, yaitu C – D dan E – F". Mentions set off by
    /// commas count when the list closes with "dan"/"serta"; a closing member described by a plural noun ("kedua pasangan
    /// calon", "para kepala desa") and spelled out after "yaitu"/"yakni" is the run that follows.
    /// </summary>
    internal static class SignerList
    {
        /// <summary>How many words the described member may have before its "yaitu".</summary>
        private const int DescribedWords = 10;

        /// <summary>The signers from the run at token <paramref name="from"/>; null when no run starts there.</summary>
        public static List<Ent>? At(Sent s, int from)
        {
            var first = RunAt(s, from);
            if (first == null) return null;
            var list = new List<Ent>(first);
            var pending = new List<Ent>();
            int r = s.Runs.IndexOf(first);
            int end = first[first.Count - 1].TokEnd;
            while (++r < s.Runs.Count)
            {
                var next = s.Runs[r];
                var gap = Gap(s, end, next[0].TokStart);
                if (gap == Link.None) break;
                pending.AddRange(next);
                end = next[next.Count - 1].TokEnd;
                if (gap == Link.Comma) continue;
                list.AddRange(pending);
                pending.Clear();
            }
            return list;
        }

        private enum Link { None, Comma, Closing }

        /// <summary>How the tokens from <paramref name="end"/> to <paramref name="next"/> link two members of the list.</summary>
        private static Link Gap(Sent s, int end, int next)
        {
            var toks = s.Toks;
            int from = toks[end - 1].End, to = toks[next].Start;
            if (next == end) return TextSlices.TrimmedIs(s.Text, from, to - from, ",") ? Link.Comma : Link.None;
            string first = toks[end].Lower;
            if (first != "dan" && first != "serta" || next - end > DescribedWords) return Link.None;
            // "…, serta kedua pasangan calon Bupati dan Wakil Bupati, yaitu": a described member spelled out after "yaitu"
            if (toks[next - 1].Lower is not ("yaitu" or "yakni")) return Link.None;
            for (int k = end + 1; k < next - 1; k++)
                if (toks[k].Upper && !IsTitle(toks[k].Text)) return Link.None;
            for (int c = from; c < to; c++)
                if (!char.IsLetterOrDigit(s.Text[c]) && !char.IsWhiteSpace(s.Text[c]) && s.Text[c] != ',') return Link.None;
            return Link.Closing;
        }
    }
}
