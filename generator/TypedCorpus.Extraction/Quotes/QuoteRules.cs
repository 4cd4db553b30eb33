using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>
    /// The attribution rules (sieves) that decide a quote's kind, tried in this order; each quote records the one that decided
    /// it (<see cref="QuoteModel.Rule"/>). <c>typedcorpus explain FILE:LINE</c> prints them.
    /// </summary>
    public static class QuoteRules
    {
        public const string CueAfter = "cue-after";
        public const string NameVerbAfter = "name-verb-after";
        public const string CueSlot = "cue-slot";
        public const string NyaCueSlot = "nya-cue-slot";
        public const string OfficeNameAfter = "office-name-after";
        public const string NameAfter = "name-after";
        public const string MenurutBefore = "menurut-before";
        public const string VerbBefore = "verb-before";
        public const string FollowingSentence = "following-sentence";
        public const string OwnSentence = "own-sentence";
        public const string NamingWord = "naming-word";
        public const string Fragment = "fragment";
        public const string TermFragment = "term-fragment";

        /// <summary>Every rule in the order it is tried, with what it matches (from the sieves themselves).</summary>
        public static readonly IReadOnlyList<(string Id, string Description)> All =
            AttributionSieves.Ordered.Select(s => (s.Id, s.Description)).ToArray();
    }

    /// <summary>How a quote's speaker was found (<see cref="QuoteModel.SpeakerRule"/>).</summary>
    public static class SpeakerRules
    {
        public const string Name = "name";
        public const string OfficeHolder = "office-holder";
        public const string OfficeAlone = "office-alone";
        public const string OfficeAnaphor = "office-anaphor";
        public const string DescribedAnaphor = "described-anaphor";
        public const string Subject = "subject";
        public const string Group = "group";
        public const string State = "state";
        public const string Initials = "initials";

        public static readonly IReadOnlyList<(string Id, string Description)> All = new[]
        {
            (Name, "the person named in the attribution (office words and titles stripped, short forms resolved in the article)"),
            (OfficeHolder, "the holder's name that ends a long office title: ujar Kepala Bidang … dan … Andri Sulistyo"),
            (OfficeAlone, "an office alone (ujar Presiden): the one person the article gave that office"),
            (OfficeAnaphor, "'Ketua AJI tersebut' / 'politisi itu': the person last speaking or acting"),
            (DescribedAnaphor, "'pria kelahiran Medan ini' / 'lulusan Universitas X itu': a person described, not named: the person last speaking or acting"),
            (Subject, "dia/ia/-nya or no name: the person who last spoke or opened a sentence as its subject"),
            (Group, "kedua pemimpin / keduanya / mereka: the article's two principal persons"),
            (State, "a country or a city standing for its state: ujar Beijing"),
            (Initials, "a name's initials as the article's one person with them: tutur SBY after Susilo Bambang Yudhoyono"),
        };
    }
}
