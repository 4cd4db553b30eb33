using System.Collections.Generic;

namespace TypedCorpus.Extraction.People
{
    /// <summary>A name run being judged: its tokens, where its name starts, the mention made of it and the evidence so far.</summary>
    internal sealed class MentionSite
    {
        /// <summary>A site for the runs of <paramref name="toks"/>: each is begun (<see cref="Begin"/>) before it is read.</summary>
        public MentionSite(TokenList toks, List<int> run) { Toks = toks; Run = run; Mention = null!; }

        public TokenList Toks { get; }

        /// <summary>The token indexes of the run (office, body or place words, then the name).</summary>
        public List<int> Run { get; }

        /// <summary>The token index where the run starts.</summary>
        public int Start { get; private set; }

        /// <summary>The index in <see cref="Run"/> of its last word that is no part of the name (-1 when the run is all name).</summary>
        public int K { get; private set; }

        public Mention Mention { get; private set; }

        /// <summary>A role or title introduces the name (in the run, right before it, or as an office broken by commas).</summary>
        public bool HadRole;

        /// <summary>The evidence so far makes the mention a person.</summary>
        public bool Strong;

        /// <summary>The token index right after the name.</summary>
        public int After => Mention.EndTokenIndex + 1;

        public void Begin(int start, int k, Mention mention)
        {
            Start = start; K = k; Mention = mention; HadRole = false; Strong = false;
        }
    }
}
