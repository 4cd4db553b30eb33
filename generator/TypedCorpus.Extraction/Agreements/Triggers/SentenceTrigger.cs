using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>A rule that finds an agreement at a word of a sentence; the agreement records its <see cref="Id"/>.</summary>
    internal abstract class SentenceTrigger
    {
        public abstract string Id { get; }
        public abstract string Description { get; }

        /// <summary>A sentence (written for the catalogue) in which this trigger finds an agreement of two parties.</summary>
        public abstract string Example { get; }

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

        /// <summary>Every trigger's id and description, the list trigger first, then <see cref="Order"/>.</summary>
        public static IReadOnlyList<(string Id, string Description)> Catalogue()
        {
            var all = new List<(string Id, string Description)> { (SignedList.Id, SignedList.Description) };
            foreach (var t in Order) all.Add((t.Id, t.Description));
            return all;
        }
    }
}
