using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>A word or punctuation token of a text, with its offsets.</summary>
    /// <remarks>
    /// A token's text is exactly the characters it spans, so its end is its start plus the text's length and is not stored; the
    /// three facts share a byte. Sixteen bytes a token: token lists are the scanners' largest allocation.
    /// </remarks>
    public readonly struct Tok
    {
        private const byte Word = 1, Digit = 2, Cap = 4;
        private readonly string _text;
        private readonly int _start;
        private readonly byte _facts;

        internal Tok(int start, string text, bool isWord, bool hasDigit, bool isCap)
        {
            _start = start; _text = text;
            _facts = (byte)((isWord ? Word : 0) | (hasDigit ? Digit : 0) | (isCap ? Cap : 0));
        }
        private Tok(int start, string text, byte facts) { _start = start; _text = text; _facts = facts; }
        /// <summary>The same token, its offsets moved by <paramref name="delta"/>.</summary>
        internal Tok Shift(int delta) => new Tok(_start + delta, _text, _facts);
        public int Start => _start;
        public int End => _start + _text.Length;
        public string Text => _text;
        public bool IsWord => (_facts & Word) != 0;
        /// <summary>A capitalised word without digits (computed once: it is asked many times of every token).</summary>
        public bool IsCap => (_facts & Cap) != 0;
        /// <summary>A transliterated Arabic name with its lower-case article: "al-Harbi", "el-Sisi", "ad-Dawsari", "as-Sudais".</summary>
        internal static bool ArabicArticleName(string t)
        {
            int dash = t.IndexOf('-');
            if (dash < 2 || dash > 3 || dash + 1 >= t.Length || !char.IsUpper(t[dash + 1])) return false;
            var article = t.Substring(0, dash);
            return article is "al" or "el" or "ad" or "ar" or "as" or "at" or "az" or "an" or "ash" or "ath" or "ul" or "ud";
        }
        public bool HasDigit => (_facts & Digit) != 0;
        public bool Is(string s) => string.Equals(_text, s, StringComparison.OrdinalIgnoreCase);
        public override string ToString() => _text;
    }

    /// <summary>A capitalised name met in a text: the person-name part (roles stripped) and how sure we are it is a person.</summary>
    public sealed class Mention
    {
        public int Start;
        public int End;
        public int TokenIndex;
        public int EndTokenIndex;
        public string[] Name = Array.Empty<string>();
        public bool Strong;
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
        public string Joined => string.Join(" ", Name);
    }

    public static class QuoteMarks
    {
        public static bool IsDoubleMark(char c) => c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || c == '\u201F';
        public static bool IsSingleMark(char c) => c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
