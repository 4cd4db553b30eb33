using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The subject whose action a signing is the means of (<see cref="SigningNounTrigger"/>).</summary>
    internal static class MeansClause
    {
        /// <summary>Most lower-case words between the clause's verb and "melalui" before the signing's noun.</summary>
        private const int Gap = 8;

        /// <summary>
        /// Rule means-clause: "X dan Y resmi mengukuhkan kerja sama mereka melalui penandatanganan PKS": the signing is the means
        /// ("melalui", "lewat") of what the clause's subject does; the subject is the run right before the clause's first verb
        /// (adverbs between), with only lower-case words from that verb to "melalui". Null otherwise.
        /// </summary>
        public static List<Ent>? Subject(Sent s, int i)
        {
            var toks = s.Toks;
            if (i == 0 || toks[i - 1].Lower is not ("melalui" or "lewat")) return null;
            int v = i - 2;
            for (int seen = 0; v >= 0 && seen < Gap && toks[v].IsWord && !toks[v].Upper; v--, seen++)
                if (IsActiveVerb(toks[v].Lower) && (v == 0 || !toks[v - 1].IsWord || toks[v - 1].Upper || Adverbs.Contains(toks[v - 1].Lower)))
                {
                    int at = v;
                    while (at > 0 && toks[at - 1].IsWord && Adverbs.Contains(toks[at - 1].Lower)) at--;
                    return SubjectBefore(s, at);
                }
            return null;
        }

        private static bool IsActiveVerb(string w) => w.Length > 4 && (w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("ber", StringComparison.Ordinal));

        /// <summary>Adverbs between a subject and its verb ("resmi", "telah").</summary>
        private static readonly HashSet<string> Adverbs = new HashSet<string>(StringComparer.Ordinal)
        { "resmi", "secara", "telah", "sudah", "kembali", "akhirnya", "bersama", "pun", "juga", "kini" };
    }
}
