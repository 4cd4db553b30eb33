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
        /// Rule means-clause: "X dan Y resmi memperluas kemitraan melalui penandatanganan PKS": the signing is the means
        /// ("melalui", "lewat") of building a cooperation (agreement-means-verbs.txt); the subject is the run right before that verb
        /// (adverbs between), with only lower-case words from that verb to "melalui". Null otherwise.
        /// </summary>
        public static List<Ent>? Subject(Sent s, int i)
        {
            var toks = s.Toks;
            if (i == 0 || toks[i - 1].Lower is not ("melalui" or "lewat")) return null;
            int v = i - 2;
            for (int seen = 0; v >= 0 && seen < Gap && toks[v].IsWord && !toks[v].Upper; v--, seen++)
                if (MeansVerbs.Contains(toks[v].Lower) && (v == 0 || !toks[v - 1].IsWord || toks[v - 1].Upper || IsAdverb(toks[v - 1].Lower)))
                {
                    int at = v;
                    while (at > 0 && toks[at - 1].IsWord && IsAdverb(toks[at - 1].Lower)) at--;
                    return SubjectBefore(s, at);
                }
            return null;
        }

        private static readonly HashSet<string> MeansVerbs = Lexicon.LexiconResource.WordSet("agreement-means-verbs");

        /// <summary>Adverbs between a subject and its verb ("telah", "kembali"; "resmi", "secara" of an official act).</summary>
        private static bool IsAdverb(string w) => Lexicon.NameLexicon.VerbAdverbs.Contains(w) || w is "resmi" or "secara";
    }
}
