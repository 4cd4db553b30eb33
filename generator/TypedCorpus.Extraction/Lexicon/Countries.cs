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
        private static readonly Dictionary<string, string> Map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private static readonly Dictionary<string, string> Seats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        static Countries()
        {
            void C(string canonical, params string[] aliases)
            {
                Map[canonical] = canonical;
                foreach (var a in aliases) Map[a] = canonical;
            }
            void S(string country, params string[] seats)
            {
                foreach (var s in seats) Seats[s] = country;
            }

            C("China", "Tiongkok", "Cina", "RRT", "RRC", "Republik Rakyat China", "Republik Rakyat Tiongkok", "Negeri Tirai Bambu");
            C("Rusia", "Russia", "Federasi Rusia", "Negeri Beruang Merah");
            C("Amerika Serikat", "AS", "Amerika", "USA", "Paman Sam");
            C("Indonesia", "RI", "Republik Indonesia");
            C("Ukraina", "Ukraine"); C("Jepang", "Japan", "Negeri Sakura"); C("Korea Selatan", "Korsel"); C("Korea Utara", "Korut");
            C("India"); C("Inggris", "Britania Raya"); C("Prancis", "Perancis"); C("Jerman"); C("Australia", "Negeri Kanguru");
            C("Malaysia", "Negeri Jiran"); C("Singapura"); C("Thailand"); C("Vietnam"); C("Filipina"); C("Brunei Darussalam", "Brunei");
            C("Taiwan"); C("Iran"); C("Israel"); C("Pakistan"); C("Kazakhstan"); C("Turki"); C("Arab Saudi", "Saudi Arabia");
            C("Mesir"); C("Belanda"); C("Italia"); C("Spanyol"); C("Kanada"); C("Brasil"); C("Meksiko"); C("Denmark"); C("Slovakia");
            C("Palestina"); C("Suriah"); C("Irak"); C("Afganistan", "Afghanistan"); C("Myanmar"); C("Kamboja"); C("Laos");
            C("Timor Leste"); C("Selandia Baru"); C("Qatar"); C("Uni Emirat Arab", "UEA"); C("Belarus"); C("Polandia"); C("Swiss");
            C("Norwegia"); C("Swedia"); C("Finlandia"); C("Hongaria"); C("Yunani"); C("Portugal"); C("Argentina"); C("Chili");
            C("Kolombia"); C("Venezuela"); C("Kuba"); C("Afrika Selatan"); C("Nigeria"); C("Mongolia"); C("Bangladesh"); C("Nepal");
            C("Sri Lanka"); C("Yordania"); C("Lebanon", "Libanon"); C("Yaman"); C("Uzbekistan"); C("Georgia"); C("Armenia"); C("Azerbaijan");
            C("Ukraina", "Ukraine");
            C("Jepang", "Negeri Sakura");
            C("Korea Selatan", "Korsel");
            C("Korea Utara", "Korut");
            C("India");
            C("Pakistan");
            C("Iran");
            C("Israel");
            C("Palestina");
            C("Arab Saudi", "Saudi");
            C("Turki");
            C("Inggris", "Britania Raya");
            C("Prancis", "Perancis");
            C("Jerman");
            C("Italia");
            C("Spanyol");
            C("Belanda");
            C("Australia");
            C("Selandia Baru");
            C("Kanada");
            C("Brasil");
            C("Meksiko");
            C("Argentina");
            C("Afrika Selatan");
            C("Mesir");
            C("Malaysia");
            C("Singapura");
            C("Thailand");
            C("Vietnam");
            C("Filipina");
            C("Brunei Darussalam", "Brunei");
            C("Kamboja");
            C("Laos");
            C("Myanmar");
            C("Timor Leste");
            C("Taiwan");
            C("Kazakhstan");
            C("Uzbekistan");
            C("Belarus");
            C("Mongolia");
            C("Suriah");
            C("Irak");
            C("Qatar");
            C("Uni Emirat Arab", "UEA");
            C("Denmark");
            C("Swedia");
            C("Norwegia");
            C("Finlandia");
            C("Polandia");
            C("Hungaria");
            C("Slovakia");
            C("Yunani");
            C("Swiss");
            C("Austria");
            C("Oman"); C("Kuwait"); C("Bahrain"); C("Maroko"); C("Aljazair"); C("Tunisia"); C("Libya"); C("Sudan"); C("Etiopia");
            C("Irlandia"); C("Ceko"); C("Rumania"); C("Bulgaria"); C("Serbia"); C("Kroasia"); C("Papua Nugini"); C("Fiji");
            C("Maladewa"); C("Bhutan"); C("Tajikistan"); C("Kirgistan"); C("Turkmenistan"); C("Ekuador"); C("Bolivia"); C("Uruguay");
            C("Belgia");
            C("Portugal");
            C("Nigeria");
            C("Kenya");
            C("Ethiopia");
            C("Bangladesh");
            C("Sri Lanka");
            C("Nepal");
            C("Afghanistan");
            C("Venezuela");
            C("Kolombia");
            C("Chile");
            C("Peru");
            C("Kuba");

            S("China", "Beijing", "Zhongnanhai");
            S("Rusia", "Moskow", "Moskwa", "Kremlin");
            S("Amerika Serikat", "Washington", "Gedung Putih");
            S("Indonesia", "Jakarta", "Istana");
            S("Ukraina", "Kyiv", "Kiev");
            S("Jepang", "Tokyo");
            S("Korea Selatan", "Seoul");
            S("Korea Utara", "Pyongyang");
            S("India", "New Delhi");
            S("Inggris", "London", "Downing Street");
            S("Prancis", "Paris", "Elysee");
            S("Jerman", "Berlin");
            S("Australia", "Canberra");
            S("Malaysia", "Kuala Lumpur");
            S("Taiwan", "Taipei");
            S("Iran", "Teheran");
            S("Israel", "Tel Aviv");
            S("Mesir", "Kairo");
            S("Turki", "Ankara");
            S("Arab Saudi", "Riyadh");
            S("Vietnam", "Hanoi");
            S("Filipina", "Manila");
            S("Thailand", "Bangkok");
            S("Kamboja", "Phnom Penh");
            S("Laos", "Vientiane");
            S("Timor Leste", "Dili");
            S("Brunei Darussalam", "Bandar Seri Begawan");
            S("Selandia Baru", "Wellington");
            S("Kanada", "Ottawa");
            S("Pakistan", "Islamabad");
            S("Italia", "Roma");
            S("Spanyol", "Madrid");
            S("Belanda", "Den Haag");
            FirstWords = MakeFirstWords();
        }

        /// <summary>The first words (up to a space or hyphen) of every name, alias and seat, in any case.</summary>
        private static readonly HashSet<string> FirstWords; // set at the end of the static constructor, after Map and Seats

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

        [ThreadStatic] private static MemoSlot<(string? Canonical, string? Seat)>[]? _memo;

        /// <summary>Both answers for <paramref name="name"/>, kept in an <see cref="InstanceMemo"/> (the scanners ask about the same token strings many times).</summary>
        private static (string? Canonical, string? Seat) Memoised(string name)
        {
            var known = InstanceMemo.Slot(ref _memo, name, out bool fresh).Value;
            if (!fresh) return known;
            var value = (ComputeCanonical(name), ComputeSeatOf(name));
            InstanceMemo.Slot(ref _memo, name, out _).Value = value; // found again, as a lookup may use the table
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
