using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The parties met so far in the article, newest last: the parties of each agreement, the coordinated runs of two or more
    /// parties, and every person mentioned. A counted group ("kedua negara") resolves against them.
    /// </summary>
    internal sealed class PartyMemory
    {
        /// <summary>How far back a counted group looks for the persons it counts: far enough for any real text, bounded for hostile text.</summary>
        private const int MaxMentionLookback = 256;

        private readonly PartyNames _names;
        private readonly List<List<Party>> _agreements = new List<List<Party>>();
        private readonly List<List<Party>> _runs = new List<List<Party>>();
        private readonly List<string> _personMentions = new List<string>();
        private readonly Dictionary<Sent, List<(int End, List<Party> Parties)>> _multiRuns = new Dictionary<Sent, List<(int End, List<Party> Parties)>>();
        private readonly Dictionary<Sent, List<Ent>> _sentPersons = new Dictionary<Sent, List<Ent>>();

        public PartyMemory(PartyNames names) => _names = names;

        /// <summary>The parties of the agreements found so far, oldest first.</summary>
        public IReadOnlyList<List<Party>> Agreements => _agreements;

        /// <summary>The remembered runs of two or more parties, oldest first.</summary>
        public IReadOnlyList<List<Party>> Runs => _runs;

        public void Agreed(List<Party> parties) => _agreements.Add(parties);

        /// <summary>The sides the article designates by number (<see cref="DesignatedSides"/>): what "kedua belah pihak" and "para pihak" are.</summary>
        public List<Party> Designated { get; set; } = new List<Party>();

        /// <summary>The article reports a dispute or its mediation (<see cref="MediatedDispute.Reported"/>).</summary>
        public bool Mediated { get; set; }

        /// <summary>The article reports a dispute without naming a side where it describes it: its sides are unnamed unless designated.</summary>
        public bool SidesUnnamed { get; set; }

        /// <summary>When <paramref name="parties"/> are fewer than two: the last agreement's parties, else the last run's.</summary>
        public List<Party> OrLatest(List<Party> parties)
        {
            if (parties.Count < 2 && _agreements.Count > 0) parties = _agreements[_agreements.Count - 1];
            if (parties.Count < 2 && _runs.Count > 0) parties = _runs[_runs.Count - 1];
            return parties;
        }

        /// <summary>Remembers the runs of <paramref name="s"/> that end by <paramref name="beforeTok"/>, and the persons in them.</summary>
        public void Remember(Sent s, int beforeTok)
        {
            foreach (var run in s.Runs)
            {
                if (run[run.Count - 1].TokEnd > beforeTok) break;
                if (run.Count == 1)
                {
                    // a single mention is never remembered as a run: only a person's name is noted (as ToParty would name it)
                    if (run[0].Type != EntType.Group && _names.PersonPartyName(run[0]) is string person) _personMentions.Add(person);
                    continue;
                }
                var ps = new List<Party>(run.Count);
                foreach (var e in run) if (e.Type != EntType.Group) ps.Add(_names.ToParty(e));
                foreach (var p in ps) if (p.Type == EntType.Person) _personMentions.Add(p.Name);
                // Distinct never adds parties: a run of fewer than two is not remembered either way
                if (ps.Count < 2) continue;
                ps = Distinct(ps);
                if (ps.Count >= 2) _runs.Add(ps);
            }
        }

        /// <summary>The parties of mentions (a counted group resolved), each name once.</summary>
        public List<Party> Resolve(IEnumerable<Ent> ents, Sent s)
        {
            var res = new List<Party>();
            foreach (var e in ents)
            {
                if (e.Type == EntType.Group) res.AddRange(ResolveGroup(e, s));
                else res.Add(_names.ToParty(e));
            }
            return Distinct(res);
        }

        public static List<Party> Distinct(IEnumerable<Party> ps)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var res = new List<Party>();
            foreach (var p in ps) if (seen.Add(p.Name)) res.Add(p);
            return res;
        }

        /// <summary>The countries of parties that are countries, or persons of a known nationality; null when one is neither.</summary>
        public List<Party>? AsCountries(List<Party> ps)
        {
            var res = new List<Party>();
            foreach (var p in ps)
            {
                if (p.Type == EntType.Country) res.Add(p);
                else if (p.Type == EntType.Person && _names.Nationality.TryGetValue(p.Name, out var c)) res.Add(new Party(c, EntType.Country));
                else return null;
            }
            return Distinct(res);
        }

        /// <summary>Resolves a counted group ("kedua negara", "keduanya", "kelima negara") to its parties.</summary>
        private List<Party> ResolveGroup(Ent g, Sent s)
        {
            int n = g.GroupCount;
            // "kedua belah pihak", "para pihak": the sides the article designates, whatever their number
            if (g.GroupHead == "pihak" && Designated.Count >= 2 && (n == 0 || n == 2)) return Designated;
            // a bare "keduanya" in an article that designates two sides is them
            if (Designated.Count == 2 && n == 2 && g.Name.Equals("keduanya", StringComparison.OrdinalIgnoreCase)) return Designated;
            if (n == 0) return new List<Party>();
            // runs earlier in the same sentence are the most recent; then the article's history, newest first (all lazily)
            var agreements = Newest(_agreements);
            var runs = LocalRuns(s, g.TokStart).Concat(Newest(_runs));
            if (MentionLexicon.IsCountryHead(g.GroupHead))
            {
                foreach (var a in agreements) { var c = AsCountries(a); if (c != null && c.Count == n) return c; }
                foreach (var r in runs) { var c = AsCountries(r); if (c != null && c.Count == n) return c; }
                return CountryFallback(n);
            }
            if (MentionLexicon.IsPersonHead(g.GroupHead))
            {
                foreach (var a in agreements) if (a.Count == n && a.All(p => p.Type == EntType.Person)) return a;
                foreach (var r in runs) if (r.Count == n && r.All(p => p.Type == EntType.Person)) return r;
                var recent = RecentPersons(n, s, g.TokStart);
                if (recent.Count == n) return recent;
                return OfCount(n, agreements, runs) ?? CountryFallback(n);
            }
            // the sides of a mediated dispute are persons, organisations or places named by their unit ("Desa X dan Desa Y"), before
            // other names ("alat tangkap Rakit dan Jaring")
            bool sides = Mediated && MentionLexicon.IsSideHead(g.GroupHead);
            var found = (sides ? OfCount(n, agreements, runs.Where(IsNamedSide)) : null) ?? OfCount(n, agreements, runs);
            if (found != null) return found;
            // in a mediation story the persons named near "kedua belah pihak" or "kedua kelompok" are those who mediate, not the sides
            if (sides) return new List<Party>();
            var persons = RecentPersons(n, s, g.TokStart);
            return persons.Count == n ? persons : CountryFallback(n);
        }

        /// <summary>Every party of the run is a person, an organisation, a country or a place named by its unit.</summary>
        private static bool IsNamedSide(List<Party> run) =>
            run.All(p => p.Type != EntType.Name || AdminQualifier.LevelOf(AdminQualifier.WithoutResidents(p.Name)) > 0);

        private static List<Party>? OfCount(int n, IEnumerable<List<Party>> agreements, IEnumerable<List<Party>> runs)
        {
            foreach (var a in agreements) if (a.Count == n) return a;
            foreach (var r in runs) if (r.Count == n) return r;
            return null;
        }

        private static IEnumerable<List<Party>> Newest(List<List<Party>> history)
        {
            for (int i = history.Count - 1; i >= 0; i--) yield return history[i];
        }

        /// <summary>The runs of two or more parties in <paramref name="s"/> that end by <paramref name="beforeTok"/>, nearest first.</summary>
        private IEnumerable<List<Party>> LocalRuns(Sent s, int beforeTok)
        {
            var multi = _multiRuns.TryGetValue(s, out var m) ? m : _multiRuns[s] = MultiPartyRuns(s);
            int lo = 0, hi = multi.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (multi[mid].End <= beforeTok) lo = mid + 1; else hi = mid; }
            for (int r = lo - 1; r >= 0; r--) yield return multi[r].Parties;
        }

        private List<(int End, List<Party> Parties)> MultiPartyRuns(Sent s)
        {
            var res = new List<(int End, List<Party> Parties)>();
            foreach (var run in s.Runs)
            {
                var ps = Distinct(run.Where(e => e.Type != EntType.Group).Select(_names.ToParty));
                if (ps.Count >= 2) res.Add((run[run.Count - 1].TokEnd, ps));
            }
            return res;
        }

        private List<Party> RecentPersons(int n, Sent s, int beforeTok)
        {
            var res = new List<Party>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int steps = 0;
            // the sentence's own persons before the group, nearest first, then the article's earlier mentions, newest first
            var persons = _sentPersons.TryGetValue(s, out var sp) ? sp : _sentPersons[s] = s.Ents.Where(e => e.Type == EntType.Person).ToList();
            int lo = 0, hi = persons.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (persons[mid].TokEnd <= beforeTok) lo = mid + 1; else hi = mid; }
            for (int i = lo - 1; i >= 0 && res.Count < n && steps++ < MaxMentionLookback; i--)
            {
                var name = _names.Full(persons[i].Name);
                if (seen.Add(name)) res.Add(new Party(name, EntType.Person));
            }
            for (int i = _personMentions.Count - 1; i >= 0 && res.Count < n && steps++ < MaxMentionLookback; i--)
                if (seen.Add(_personMentions[i])) res.Add(new Party(_personMentions[i], EntType.Person));
            res.Reverse();
            return res;
        }

        private List<Party> CountryFallback(int n)
        {
            var nat = Distinct(_names.Nationality.Values.Select(c => new Party(c, EntType.Country)));
            if (nat.Count == n) return nat;
            return new List<Party>();
        }
    }
}
