using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>A capitalised name met in a text: the person-name part (roles stripped) and how sure we are it is a person.</summary>
    public sealed class Mention
    {
        public int Start;
        public int End;
        public int TokenIndex;
        public int EndTokenIndex;
        public string[] Name = Array.Empty<string>();
        public bool Strong;
        /// <summary>A shape of <c>NotPersonShape</c> refused it: no later list or pair makes it a person.</summary>
        public bool Refused;
        public bool OrgOrPlace;
        public string? RoleCountry;
        /// <summary>The only evidence is being the subject of a saying verb at the start of a sentence ("Polisi mengatakan").</summary>
        public bool SubjectOnlyAtStart;
        /// <summary>The text introduces the person here: an office or title before the name, or a role in apposition after it.</summary>
        public bool Introduced;
        /// <summary>The run held name words only (no role, office or place words before them) and did not open a sentence.</summary>
        public bool Bare;
        /// <summary>The word before the name is a country, place, acronym or title: the name's start is certain.</summary>
        public bool CleanEdge;
        /// <summary>The person-evidence rule that first made the mention a person, when one did.</summary>
        public string? Evidence;
        /// <summary>The name follows an organisation word or a place unit ("Polsek Tondon Nanggala", "Desa Kandar"): it names a body or a place.</summary>
        public bool NamesBody;
        /// <summary>The word before the name is a police or military rank or a title: the name starts right after it.</summary>
        public bool RankOrTitleEdge;
        /// <summary>A role or title stands before the name's run ("Sekretaris Kabinet Andi Widjajanto").</summary>
        public bool AfterRole;
        /// <summary>The office holder a name shares its office with ("anggota KPU Rudiyanto dan Hartono": Rudiyanto, for Hartono).</summary>
        public Mention? Partner;
        public string Joined => string.Join(" ", Name);
    }

    public static class QuoteMarks
    {
        public static bool IsDoubleMark(char c) => c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || c == '\u201F';
        public static bool IsSingleMark(char c) => c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
