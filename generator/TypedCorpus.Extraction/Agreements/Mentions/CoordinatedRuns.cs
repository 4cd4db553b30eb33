using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// Coordinated runs of party mentions: "X dan Y", "X, Y, dan Z", "X bersama (dengan) Y", "X-Y". A comma alone coordinates only
    /// inside a list that closes with "dan"/"serta" (so an apposition "asal Korea Selatan, Daeyang" is not a pair).
    /// </summary>
    internal static class CoordinatedRuns
    {
        // Runs' work arrays, kept per thread (every entry used is written first)
        private static ref byte[]? JoinBytes => ref Scratch.Current.JoinBytes;
        private static ref int[]? LastStrong => ref Scratch.Current.LastStrong;

        public static List<List<Ent>> Of(Sent sent)
        {
            var ents = sent.Ents;
            int n = ents.Count;
            byte[] join;
            int[] lastStrong;
            if (n > 1 << 16) { join = new byte[n]; lastStrong = new int[n]; } // a huge sentence's arrays are not kept
            else
            {
                if (JoinBytes == null || JoinBytes.Length < n) { JoinBytes = new byte[Math.Max(n, 32)]; LastStrong = new int[JoinBytes.Length]; }
                join = JoinBytes;
                lastStrong = LastStrong!;
            }
            Link(sent, ents, join, lastStrong);
            return Collect(ents, join, lastStrong);
        }

        /// <summary>
        /// join[k]: how ents[k-1] and ents[k] are joined: 0 = not joined, 1 = comma only, 2 = strong (dan/serta/bersama/hyphen).
        /// lastStrong[i]: the furthest ent reachable from i through joins whose last join is strong, or -1 (a run never ends on
        /// comma-only joins). One backward pass keeps this linear in the number of names.
        /// </summary>
        private static void Link(Sent sent, List<Ent> ents, byte[] join, int[] lastStrong)
        {
            int n = ents.Count;
            for (int k = 1; k < n; k++)
                join[k] = ents[k - 1].Type == EntType.Group || ents[k].Type == EntType.Group ? (byte)0 : JoinKind(sent, ents[k - 1], ents[k]);
            for (int i = n - 1; i >= 0; i--)
            {
                if (i + 1 >= n || join[i + 1] == 0) { lastStrong[i] = -1; continue; }
                int r = lastStrong[i + 1];
                lastStrong[i] = r >= 0 ? r : join[i + 1] == 2 ? i + 1 : -1;
            }
        }

        private static List<List<Ent>> Collect(List<Ent> ents, byte[] join, int[] lastStrong)
        {
            int n = ents.Count;
            // the number of runs first, for a list of that size
            int count = 0;
            for (int k = 0; k < n; k = (lastStrong[k] >= 0 ? lastStrong[k] : k) + 1) count++;
            var runs = new List<List<Ent>>(count);
            int at = 0;
            while (at < n)
            {
                int last = lastStrong[at] >= 0 ? lastStrong[at] : at;
                var run = ents.GetRange(at, last - at + 1);
                DistributeAdminPrefix(run, ents, at);
                DropPlaceAppositions(run, join, at);
                runs.Add(run);
                at = last + 1;
            }
            return runs;
        }

        /// <summary>
        /// Distributes an admin prefix: "Pemerintah Kabupaten Bone, Wajo, dan Sidenreng Rappang". A name that takes it becomes an
        /// organisation, in the run and in the sentence's mentions (<paramref name="ents"/>, where the run starts at <paramref name="at"/>).
        /// </summary>
        private static void DistributeAdminPrefix(List<Ent> run, List<Ent> ents, int at)
        {
            string? prefix = null;
            for (int k = 0; k < run.Count; k++)
            {
                var e = run[k];
                if (e.Type == EntType.Org && e.AdminPrefix != null) prefix = e.AdminPrefix;
                else if (e.Type == EntType.Name && prefix != null && !IsInitials(e.Name)) run[k] = ents[at + k] = e.With(EntType.Org, prefix + " " + e.Name);
                else if (e.Type != EntType.Name) prefix = null;
            }
        }

        /// <summary>
        /// "warga Desa A, Kecamatan B, Hulu, dan pihak PT C": a place of the gazetteer that follows a village (or other unit) and
        /// a comma says where it lies, the end of its address, and is no party of the list; it is left out of the run (never
        /// the run's first or last mention, so the run keeps its bounds).
        /// </summary>
        private static void DropPlaceAppositions(List<Ent> run, byte[] join, int at)
        {
            for (int k = run.Count - 2; k >= 1; k--)
            {
                var e = run[k];
                if (join[at + k] == 1 && e.Type == EntType.Name && e.Name.IndexOf(' ') < 0 && Lexicon.NameLexicon.IsGazetteerPlace(e.Name)
                    && AdminQualifier.LevelOf(AdminQualifier.WithoutResidents(run[k - 1].Name)) > 0)
                    run.RemoveAt(k);
            }
        }

        /// <summary>A person's initials ("RSS", "AH"): two to four capitals, never a place an admin prefix is shared over.</summary>
        private static bool IsInitials(string name)
        {
            if (name.Length < 2 || name.Length > 4) return false;
            foreach (char c in name) if (!char.IsUpper(c)) return false;
            return true;
        }

        /// <summary>The longest gap <see cref="JoinKind"/> accepts ("dan manajemen").</summary>
        private const int LongestJoin = 14;

        private static ref char[]? GapChars => ref Scratch.Current.GapChars;

        /// <summary>
        /// How <paramref name="a"/> and <paramref name="b"/> are joined, by the text between them (trimmed, without a leading ")",
        /// inner spaces collapsed, lower case): 1 when it is ",", 2 when it is "dan", ", dan", "serta", ", serta", "bersama",
        /// "bersama dengan", "beserta", "-", "–", "dan juga", or a side's noun after "dan" ("serikat pekerja dan manajemen PT X", "dan pihak Y"), else 0. The gap is normalised into a small buffer (lowered char by char, as
        /// ToLowerInvariant does), with no strings: a gap that grows longer than the longest accepted one can only be rejected.
        /// </summary>
        private static byte JoinKind(Sent sent, Ent a, Ent b)
        {
            int from = sent.Toks[a.TokEnd - 1].End;
            int to = sent.Toks[b.TokStart].Start;
            if (to < from) return 0;
            string text = sent.Text;
            if (IsDatelineDash(text, from, to)) return 0;
            // Trim(), TrimStart(')'), Trim(): the end was trimmed by the first Trim unless nothing is left
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            while (from < to && text[from] == ')') from++;
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            var buf = GapChars ??= new char[LongestJoin + 1];
            int len = 0;
            bool sp = false;
            for (int k = from; k < to; k++)
            {
                char c = text[k];
                if (char.IsWhiteSpace(c)) { sp = true; continue; }
                if (sp && len > 0 && c != ',') { if (len == LongestJoin) return 0; buf[len++] = ' '; }
                sp = false;
                if (len == LongestJoin) return 0;
                buf[len++] = char.ToLowerInvariant(c);
            }
            if (Is(buf, len, ",")) return 1;
            return Is(buf, len, "dan") || Is(buf, len, ", dan") || Is(buf, len, "serta") || Is(buf, len, ", serta") || Is(buf, len, "bersama")
                || Is(buf, len, "bersama dengan") || Is(buf, len, "beserta") || Is(buf, len, "-") || Is(buf, len, "\u2013") || Is(buf, len, "dan juga") || Is(buf, len, "dan pihak") || Is(buf, len, ", dan pihak") || Is(buf, len, "serta pihak") || Is(buf, len, ", serta pihak")
                || Is(buf, len, "dan manajemen") ? (byte)2 : (byte)0;
        }

        /// <summary>
        /// The dash of a dateline, which ends the place and outlet rather than pairing two names ("Kota Hulu- Kapolsek …",
        /// "Kota Hulu, 3 Mei (Warta) - Polisi …"): a dash spaced on one side only, or a spaced dash after a closing bracket.
        /// "X-Y" and "X - Y" pair X and Y.
        /// </summary>
        private static bool IsDatelineDash(string text, int from, int to)
        {
            int d = -1;
            for (int k = from; k < to; k++)
            {
                char c = text[k];
                if (c == '-' || c == '\u2013') { if (d >= 0) return false; d = k; }
                else if (!char.IsWhiteSpace(c) && c != ')') return false;
            }
            if (d < 0) return false;
            bool before = d > from && char.IsWhiteSpace(text[d - 1]), after = d + 1 < to && char.IsWhiteSpace(text[d + 1]);
            return before != after || before && text.IndexOf(')', from, d - from) >= 0;
        }

        private static bool Is(char[] buf, int len, string word)
        {
            if (len != word.Length) return false;
            for (int k = 0; k < len; k++) if (buf[k] != word[k]) return false;
            return true;
        }
    }
}
