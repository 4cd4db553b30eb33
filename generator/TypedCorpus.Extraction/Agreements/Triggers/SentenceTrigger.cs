using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>A rule that finds an agreement at a word of a sentence; the agreement records its <see cref="Id"/>.</summary>
    internal abstract class SentenceTrigger
    {
        public abstract string Id { get; }
        public abstract string Description { get; }

        /// <summary>A sentence (written for the catalogue) in which this trigger finds an agreement of two parties.</summary>
        public abstract string Example { get; }

        /// <summary>
        /// Every word, in lower case, that <see cref="Opens"/> can accept as <c>w</c> (more is harmless, less is a defect): a whole
        /// word, or a prefix ending in '*' ("mendeklarasikan*"). The scan asks no trigger at a word none of them lists.
        /// </summary>
        public abstract IEnumerable<string> OpeningWords { get; }

        /// <summary>Whether the word at <paramref name="i"/> (<paramref name="w"/>, in lower case) is this trigger's: when it is, no later trigger is tried there.</summary>
        public abstract bool Opens(Sent s, int i, string w);

        /// <summary>Finds the agreement the word at <paramref name="i"/> opens, if any; returns the last token it read (<paramref name="i"/> or later).</summary>
        public abstract int Fire(AgreementRun run, Sent s, int b, int i);
    }

    /// <summary>The agreement triggers and their order: the one list <see cref="AgreementRules.All"/> is made from.</summary>
    internal static class AgreementTriggers
    {
        /// <summary>The shortest word any sentence trigger opens at ("teken": five letters).</summary>
        public const int ShortestWord = 5;

        /// <summary>Items of a list of signed documents: tried on a paragraph that introduces list items, before the sentence triggers of the next blocks.</summary>
        public static readonly SignedListTrigger SignedList = new SignedListTrigger();

        /// <summary>The sentence triggers, in the order they are tried at each word of a sentence.</summary>
        public static readonly SentenceTrigger[] Order =
        {
            new JointStatementTrigger(),
            new JointlyIssuedTrigger(),
            new DeclarationTrigger(),
            new SignVerbTrigger(),
            new MadeDocumentTrigger(),
            new EnumeratedDocumentTrigger(),
            new SignedByTrigger(),
            new DocumentBetweenTrigger(),
            new SignedRelativeTrigger(),
            new OwnSigningTrigger(),
            new SignedDealTrigger(),
            new SigningNounTrigger(),
            new RecordedSettlementTrigger(),
            new FirstPersonCommitmentTrigger(),
            new CommitmentTrigger(),
            new AgreementNounTrigger(),
            new WithdrawnClaimTrigger(),
        };

        // the opening words of every trigger of Order (after it: static fields are set in the order they are written)
        private static readonly HashSet<string> Openers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private static readonly List<string> OpeningPrefixes = CollectOpeners();
        private static readonly WordGate OpenersGate = new WordGate(Openers);

        private static List<string> CollectOpeners()
        {
            var prefixes = new List<string>();
            foreach (var t in Order)
                foreach (var w in t.OpeningWords)
                    if (w.EndsWith("*", StringComparison.Ordinal)) prefixes.Add(w.Substring(0, w.Length - 1));
                    else Openers.Add(w);
            return prefixes;
        }

        /// <summary>Whether some trigger of <see cref="Order"/> may open at the word <paramref name="w"/> (lower case): one lookup instead of asking each.</summary>
        public static bool MayOpen(string w)
        {
            if (w.Length == 0) return false;
            if (OpenersGate.MayHold(w) && Openers.Contains(w)) return true;
            foreach (var p in OpeningPrefixes) if (w[0] == p[0] && w.StartsWith(p, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>Every trigger's id and description, the list trigger first, then <see cref="Order"/>, then the backstop <see cref="UnreadSigning"/>.</summary>
        public static IReadOnlyList<(string Id, string Description)> Catalogue()
        {
            var all = new List<(string Id, string Description)> { (SignedList.Id, SignedList.Description) };
            foreach (var t in Order) all.Add((t.Id, t.Description));
            all.Add((UnreadSigning.Id, UnreadSigning.Description));
            return all;
        }
    }
}
