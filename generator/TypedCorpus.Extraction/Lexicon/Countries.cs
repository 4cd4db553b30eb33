using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Lexicon
{
    /// <summary>
    /// A language resource: country names as Indonesian news writes them, with their usual aliases and the capitals or seats
    /// of power that stand for the state ("Beijing", "Kremlin", "Gedung Putih"). Canonical names are the usual Indonesian ones.
    /// </summary>
    public static class Countries
    {
        /// <summary>Every name and alias → its canonical country (Resources/countries.txt: canonical name, then aliases).</summary>
        private static readonly Dictionary<string, string> Map = Table("countries", includeKey: true);

        /// <summary>Every capital or seat of power → its country (Resources/seats.txt: country, then seats).</summary>
        private static readonly Dictionary<string, string> Seats = Table("seats", includeKey: false);

        /// <summary>A table whose rows map each of their fields (the first one too when <paramref name="includeKey"/>) to the first.</summary>
        private static Dictionary<string, string> Table(string resource, bool includeKey)
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in LexiconResource.Rows(resource))
                for (int i = includeKey ? 0 : 1; i < row.Length; i++) map[row[i]] = row[0];
            return map;
        }

        /// <summary>The first words (up to a space or hyphen) of every name, alias and seat, in any case.</summary>
        private static readonly HashSet<string> FirstWords = MakeFirstWords(); // after Map and Seats

        private static HashSet<string> MakeFirstWords()
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var k in Map.Keys) set.Add(FirstSegment(k));
            foreach (var k in Seats.Keys) set.Add(FirstSegment(k));
            return set;
        }

        private static string FirstSegment(string s)
        {
            int cut = s.IndexOfAny(new[] { ' ', '-' });
            return cut < 0 ? s : s.Substring(0, cut);
        }

        /// <summary>
        /// False when no name that <see cref="Resolve"/> knows can start with <paramref name="firstToken"/> (a word without spaces),
        /// whatever follows it: a cheap test before building multi-word candidates. (A match of a name, or of its hyphens read
        /// as spaces, has the same first segment up to a space or hyphen as the name.)
        /// </summary>
        internal static bool CanStartName(string firstToken)
        {
            int dash = firstToken.IndexOf('-');
            return FirstWords.Contains(dash < 0 ? firstToken : firstToken.Substring(0, dash));
        }

        /// <summary>The canonical country for a name or alias ("Tiongkok" → "China"), or null.</summary>
        public static string? Canonical(string name) => Memoised(name).Canonical;

        /// <summary>The country a capital or seat of power stands for ("Kremlin" → "Rusia"), or null.</summary>
        public static string? SeatOf(string name) => Memoised(name).Seat;

        /// <summary>The canonical country for a country name, alias, or seat of power, or null.</summary>
        public static string? Resolve(string name) { var m = Memoised(name); return m.Canonical ?? m.Seat; }

        private static ref MemoSlot<(string? Canonical, string? Seat)>[]? CountryMemo => ref Scratch.Current.CountryMemo;

        /// <summary>Both answers for <paramref name="name"/>, kept in an <see cref="InstanceMemo"/> (the scanners ask about the same token strings many times).</summary>
        private static (string? Canonical, string? Seat) Memoised(string name)
        {
            var known = InstanceMemo.Slot(ref CountryMemo, name, out bool fresh).Value;
            if (!fresh) return known;
            var value = (ComputeCanonical(name), ComputeSeatOf(name));
            InstanceMemo.Slot(ref CountryMemo, name, out _).Value = value; // found again, as a lookup may use the table
            return value;
        }

        private static string? ComputeCanonical(string name)
        {
            var n = name.Trim();
            if (Map.TryGetValue(n, out var c)) return c;
            // "Timor-Leste", "Sri-Lanka": a hyphen between the words of a country name
            if (n.IndexOf('-') > 0 && Map.TryGetValue(n.Replace('-', ' '), out c)) return c;
            return null;
        }

        private static string? ComputeSeatOf(string name) => Seats.TryGetValue(name.Trim(), out var c) ? c : null;

        /// <summary>All names and aliases (for scanners), longest first.</summary>
        public static IEnumerable<string> AllNames
        {
            get
            {
                var list = new List<string>(Map.Keys);
                list.Sort((a, b) => b.Length.CompareTo(a.Length));
                return list;
            }
        }
    }
}
