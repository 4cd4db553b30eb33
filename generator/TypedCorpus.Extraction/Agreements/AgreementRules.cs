using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The triggers that find agreements; each agreement records the one that found it (<see cref="AgreementModel.Rule"/>).</summary>
    public static class AgreementRules
    {
        public const string SignedList = "signed-list";
        public const string SignVerb = "sign-verb";
        public const string MadeDocument = "made-document";
        public const string SignedBy = "signed-by";
        public const string EnumeratedDocument = "enumerated-document";
        public const string DocumentBetween = "document-between";
        public const string SignedRelative = "signed-relative";
        public const string OwnSigning = "own-signing";
        public const string SignedDeal = "signed-deal";
        public const string SigningNoun = "signing-noun";
        public const string RecordedSettlement = "recorded-settlement";
        public const string JointStatement = "joint-statement";
        public const string JointlyIssued = "jointly-issued";
        public const string Declaration = "declaration";
        public const string FirstPersonCommitment = "first-person-commitment";
        public const string Commitment = "commitment";
        public const string AgreementNoun = "agreement-noun";
        public const string WithdrawnClaim = "withdrawn-claim";
        public const string UnreadSigning = Agreements.UnreadSigning.Id;

        /// <summary>Every trigger's id and description, in the order they are tried (see <see cref="AgreementTriggers"/>).</summary>
        public static readonly IReadOnlyList<(string Id, string Description)> All = AgreementTriggers.Catalogue();
    }
}
