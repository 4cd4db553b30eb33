using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The triggers that find agreements; each agreement records the one that found it (<see cref="AgreementModel.Rule"/>).</summary>
    public static class AgreementRules
    {
        public const string SignedList = "signed-list";
        public const string SignVerb = "sign-verb";
        public const string SignedBy = "signed-by";
        public const string JointStatement = "joint-statement";
        public const string Declaration = "declaration";
        public const string Commitment = "commitment";

        public static readonly IReadOnlyList<(string Id, string Description)> All = new[]
        {
            (SignedList, "an item of a list of signed documents (signed; its title before the colon)"),
            (SignVerb, "a signing verb and a document: menandatangani nota kesepahaman (signed, or declaration for a deklarasi)"),
            (SignedBy, "a document 'ditandatangani/diteken oleh X dan Y' (signed)"),
            (JointStatement, "a joint statement issued or signed: pernyataan bersama"),
            (Declaration, "mendeklarasikan / dideklarasikan (declaration)"),
            (Commitment, "two or more parties sepakat untuk, berkomitmen, berjanji, menyepakati (commitment)"),
        };
    }
}
