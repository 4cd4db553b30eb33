using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// One piece of person evidence: it says that a name run is a person (true), is not (false, rare: a cue before an
        /// organisation), or nothing (null). The rules of <see cref="Ordered"/> are applied in order and the last word stands;
        /// the mention records the first rule that made it a person (<see cref="Mention.Evidence"/>).
        /// </summary>
        internal abstract class PersonEvidence
        {
            public abstract string Id { get; }
            public abstract string Description { get; }

            /// <summary>A sentence with the name this rule makes a person: the rule's own example, run by the tests.</summary>
            public abstract (string Sentence, string Name) Example { get; }

            /// <summary>This evidence also introduces the person (an office, an age: the article presents who it is).</summary>
            public virtual bool Introduces => false;

            /// <summary>Evidence from the verb alone: a one-word name that gets only this is a subject only at a sentence start.</summary>
            public virtual bool FromVerbOnly => false;

            public abstract bool? Verdict(MentionSite s);

            /// <summary>The evidence rules in the order they are weighed.</summary>
            public static readonly IReadOnlyList<PersonEvidence> Ordered = new PersonEvidence[]
            {
                new OfficeRole(), new HolderAfterBody(), new AgeInParentheses(), new AgeInApposition(), new AfterCue(), new CueOpensRun(),
                new RoleBeforeComma(), new PersonClassifierAfter(), new AgeVerbInApposition(), new CapacityAfter(), new MemberOfBody(), new HolderClosesSubject(), new SubjectOfSaying(), new AfterCountry(), new RoleAfter(), new OfficeAfterName(),
                new SingleNameSays(), new DescribedThenSays(), new NameOfBodySays(), new SingleNameAdverbSays(), new Patronymic(), new Recipient(), new RelationOf(), new RoleInParentheses(), new LeaderOfTeam(), new BalineseName(), new DegreeAfterName(), new CandidatePair(), new CandidatePairAcrossDash(), new ScorerMinute(), new NamedPerson(), new InTheNameOf(), new AgentOfSaying(), new OccupationAgent(), new AgentOfDeed(), new WinnerLabel(), new ResidentApposition(), new BallotNumber(),
            };
        }

        /// <summary>"SY", "AR", "A": initials alone (a suspect's, a minor's) name nobody the reader can know ("Xi" is a name).</summary>
        internal static bool IsBareInitials(string[] name) => name.Length == 1 && name[0].Length <= 3 && AllUpper(name[0])
            || name.Length == 1 && name[0].IndexOf('.') > 0 && IsInitialsWord(name[0]); // "S.T."

        /// <summary>"S.I. K" (a degree split by the tokens), "A. B.": letters and periods only name nobody.</summary>
        internal static bool IsInitialsOnly(string[] name)
        {
            if (name.Length < 2) return false;
            foreach (var w in name) if (!IsInitialsWord(w)) return false;
            return true;
        }

        private static bool AllUpper(string w)
        {
            foreach (char c in w) if (!char.IsUpper(c)) return false;
            return true;
        }

        /// <summary>Capitals and periods only, three letters at most ("S.T.", "AB").</summary>
        private static bool IsInitialsWord(string w)
        {
            int letters = 0;
            foreach (char c in w)
            {
                if (c != '.' && !char.IsUpper(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
            return letters <= 3;
        }

        /// <summary>Applies <see cref="PersonEvidence.Ordered"/> to a mention and sets its strength, introduction and bareness.</summary>
        private static void Weigh(MentionSite s)
        {
            var m = s.Mention;
            bool wasStrong = false, verbOnly = false;
            var rules = PersonEvidence.Ordered;
            for (int r = 0; r < rules.Count; r++) // by index: a foreach over the interface made an enumerator per mention
            {
                var rule = rules[r];
                if (rule.FromVerbOnly && !verbOnly) { verbOnly = true; wasStrong = s.Strong; }
                var verdict = rule.Verdict(s);
                if (verdict == null) continue;
                s.Strong = verdict.Value;
                if (!verdict.Value) { m.Evidence = null; continue; }
                if (rule.Introduces) m.Introduced = true;
                m.Evidence ??= rule.Id;
            }
            // "tersangka SY", "pelaku AR": initials alone name nobody the reader can know
            if (s.Strong && (IsBareInitials(m.Name) || IsInitialsOnly(m.Name))) { s.Strong = false; m.Evidence = null; }
            if (NotPersonShape(s)) { s.Strong = false; m.Evidence = null; m.Refused = true; }
            if (!wasStrong && s.Strong && m.Name.Length == 1 && IsSentenceStart(s.Toks, m.TokenIndex)) m.SubjectOnlyAtStart = true;
            // "Mulyadi alias Adi": the article presents the person by this name, complete as it is
            if (s.After < s.Toks.Count && s.Toks[s.After].Is("alias")) m.Introduced = true;
            m.Strong = s.Strong;
            m.Bare = s.K < 0 && !IsSentenceStart(s.Toks, m.TokenIndex) && m.TokenIndex > 0 && !s.Toks[m.TokenIndex - 1].IsCap;
        }
    }
}
