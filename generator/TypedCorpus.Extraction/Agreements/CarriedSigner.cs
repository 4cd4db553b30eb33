using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The signer of a signing written as the means of something an organisation does, whose sentence names only the partner:
    /// "Pemerintah Kota Hulu memperkuat pengelolaan sampah. Hal itu ditunjukkan dengan meneken MoU dengan PT X", "Pemkab Hulu
    /// terus memperkuat tata kelola keuangan. Salah satu langkahnya diwujudkan melalui penandatanganan MoU dengan Bank Y"; or,
    /// in one sentence, "Komitmen Pemerintah Kabupaten Hulu dalam … ditunjukkan melalui penandatanganan MoU dengan PT X". The
    /// signer is the organisation that is the previous sentence's subject (the first words of a sentence of the same paragraph)
    /// doing something of its own effort (memperkuat, berupaya …), or the one whose commitment or effort opens the sentence.
    /// </summary>
    internal static class CarriedSigner
    {
        public const string Id = "carried-signer";
        public const string Description = "a signing as the means (melalui, dengan) of what the organisation opening the sentence before, or the sentence's own 'Komitmen X', does: X signs";

        /// <summary>How many words before the signing may hold the word of means ("melalui kerja sama penandatanganan").</summary>
        private const int MeansSpan = 3;

        /// <summary>Nouns of an organisation's resolve or effort that open a sentence before it ("Komitmen Pemkab X dalam …"; agreement-resolve-nouns.txt).</summary>
        private static HashSet<string> Resolve => MentionLexicon.ResolveNouns;

        /// <summary>The signer's mention and its sentence for the signing at token <paramref name="i"/> of <paramref name="s"/>, or null.</summary>
        public static (List<Ent> Signer, Sent Sentence)? Of(AgreementRun run, Sent s, int b, int i)
        {
            if (!AfterMeans(s.Toks, i)) return null;
            if (Possessor(s, i) is List<Ent> own) return (own, s);
            if (s.RunsEndingBy(i) > 0 || s.Index == 0) return null;
            var before = run.Blocks[b][s.Index - 1];
            return Subject(before) is List<Ent> subject ? (subject, before) : null;
        }

        /// <summary>
        /// "melalui" or "lewat" among the few words before the signing, or "dengan" right after a passive verb ("ditunjukkan
        /// dengan", "dibuktikan dengan"): it is the means of something done (not "bersamaan dengan", at the same time as).
        /// </summary>
        private static bool AfterMeans(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - MeansSpan; k--)
                if (toks[k].Lower is "melalui" or "lewat" || toks[k].Lower == "dengan" && k > 0 && (IsPassive(toks[k - 1].Lower) || OneOfItsWays(toks[k - 1].Lower))) return true;
            return false;
        }

        private static bool IsPassive(string w) => w.Length > 5 && (w.StartsWith("di", StringComparison.Ordinal) && (w.EndsWith("kan", StringComparison.Ordinal) || w.EndsWith("i", StringComparison.Ordinal))
            || w is "terlihat" or "tampak" or "tercermin" or "terwujud");

        /// <summary>"Salah satunya dengan …", "Salah satu caranya dengan …": one of the ways of the effort just reported.</summary>
        private static bool OneOfItsWays(string w) => w is "satunya" or "caranya" or "langkahnya" or "upayanya" or "yakni" or "yaitu";

        /// <summary>Verbs of an organisation's own effort that a signing may be the means of (agreement-means-verbs.txt and agreement-effort-verbs.txt).</summary>
        private static readonly HashSet<string> Effort = EffortVerbs();

        private static HashSet<string> EffortVerbs()
        {
            var set = Lexicon.LexiconResource.WordSet("agreement-means-verbs");
            set.UnionWith(Lexicon.LexiconResource.WordSet("agreement-effort-verbs"));
            return set;
        }

        /// <summary>The word after <paramref name="k"/>'s adverbs ("terus", "kembali", "semakin") is a verb of the organisation's own effort.</summary>
        private static bool EffortAt(TokenList toks, int k)
        {
            while (k < toks.Count && toks[k].IsWord && (Lexicon.NameLexicon.VerbAdverbs.Contains(toks[k].Lower) || toks[k].Lower is "terus" or "semakin" or "selalu" or "serius" or "aktif" or "gencar")) k++;
            return k < toks.Count && Effort.Contains(toks[k].Lower);
        }

        /// <summary>"Komitmen Pemerintah Kabupaten X dalam …": one organisation right after a noun of resolve opening the sentence, the only run before the signing.</summary>
        private static List<Ent>? Possessor(Sent s, int i)
        {
            if (s.Toks.Count < 2 || !Resolve.Contains(s.Toks[0].Lower) || s.RunsEndingBy(i) != 1) return null;
            var run = s.Runs[0];
            return run.Count == 1 && run[0].Type == EntType.Org && run[0].TokStart == 1 ? run : null;
        }

        /// <summary>One organisation opening the sentence as the subject of a verb of its own effort ("Pemkot X terus memperkuat …"; not "menilai", "menyiagakan").</summary>
        private static List<Ent>? Subject(Sent s)
        {
            if (s.Runs.Count == 0) return null;
            var run = s.Runs[0];
            if (run.Count != 1 || run[0].Type != EntType.Org || run[0].TokStart != 0) return null;
            return EffortAt(s.Toks, run[0].TokEnd) ? run : null;
        }
    }
}
