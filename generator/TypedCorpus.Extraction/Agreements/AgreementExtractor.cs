using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>Finds agreements in an article's body (corpus-model.md §5).</summary>
    public static class AgreementExtractor
    {
        /// <summary>
        /// The agreements of an article. An unexpected exception propagates: the article pipeline's guard reports it as TC0099
        /// naming the agreements stage (and lets cancellation through).
        /// </summary>
        public static IReadOnlyList<AgreementModel> Extract(ArticleContext context, IReadOnlyList<string> people) =>
            new Run(context, people ?? new List<string>()).Execute();

        private sealed class Party
        {
            public Party(string name, EntType type) { Name = name; Type = type; }
            public string Name { get; }
            public EntType Type { get; }
        }

        private static readonly HashSet<string> NegWords = LexiconResource.WordSet("agreement-negations");

        private static readonly HashSet<string> DocNouns = LexiconResource.WordSet("agreement-documents");

        private static readonly HashSet<string> SignVerbs = LexiconResource.WordSet("agreement-sign-verbs");

        private static readonly HashSet<string> IssueVerbs = LexiconResource.WordSet("agreement-issue-verbs");

        private static readonly HashSet<string> SepakatNotNext = LexiconResource.WordSet("agreement-sepakat-not-next");

        private sealed class Run
        {
            private readonly ArticleContext _ctx;
            private readonly IReadOnlyList<string> _people;
            private readonly List<AgreementModel> _out = new List<AgreementModel>();
            private readonly List<List<Sent>> _blocks = new List<List<Sent>>();
            private readonly Dictionary<Sent, List<(int End, List<Party> Parties)>> _multiRuns = new Dictionary<Sent, List<(int End, List<Party> Parties)>>();
            private readonly Dictionary<Sent, List<Ent>> _sentPersons = new Dictionary<Sent, List<Ent>>();
            private List<(int Index, string Iso)>?[] _blockDates = Array.Empty<List<(int Index, string Iso)>?>();
            private readonly Dictionary<string, string> _nationality = new Dictionary<string, string>(StringComparer.Ordinal);
            private readonly HashSet<string> _personNames = new HashSet<string>(StringComparer.Ordinal);
            private readonly List<List<Party>> _agreementHistory = new List<List<Party>>();
            private readonly List<List<Party>> _runHistory = new List<List<Party>>();
            private readonly List<string> _personMentions = new List<string>();
            private readonly List<(int Block, string Iso)> _dates = new List<(int, string)>();
            private bool _jointDone;

            public Run(ArticleContext ctx, IReadOnlyList<string> people)
            {
                _ctx = ctx;
                _people = people;
                foreach (var p in people) _personNames.Add(p);
            }

            public List<AgreementModel> Execute()
            {
                var body = _ctx.Body;
                // the people step's names with their words, in the set's order (the set does not change while sentences are scanned)
                var known = new List<(string Name, string[] Words)>(_personNames.Count);
                foreach (var p in _personNames) known.Add((p, Words(p))); // (kept: the person words below reuse them)
                var split = new List<(int Start, string Text)>(); // each block's sentences, in turn
                for (int b = 0; b < body.Count; b++)
                {
                    if (body[b].Kind == BodyBlockKind.Heading) { _blocks.Add(new List<Sent>()); continue; }
                    SentenceSplitter.Split(body[b].Text, split);
                    var sents = new List<Sent>(split.Count);
                    foreach (var (start, text) in split)
                    {
                        var s = new Sent(body[b], b, start, text) { Index = sents.Count };
                        s.Ents = MentionScanner.Scan(s, known, _nationality);
                        sents.Add(s);
                    }
                    _blocks.Add(sents);
                }
                _blockDates = new List<(int Index, string Iso)>?[_blocks.Count];
                foreach (var sents in _blocks)
                    foreach (var s in sents)
                        foreach (var e in s.Ents)
                            if (e.Type == EntType.Person) _personNames.Add(e.Name);
                foreach (var sents in _blocks)
                    foreach (var s in sents)
                    {
                        s.Runs = CoordinatedRuns.Of(s);
                        foreach (var e in s.Ents)
                            if (e.Type == EntType.Name && IsPersonLike(e.Name)) { e.Type = EntType.Person; e.Name = Full(e.Name); }
                            else if (e.Type == EntType.Person) e.Name = Full(e.Name);
                    }

                for (int b = 0; b < body.Count; b++)
                {
                    var block = body[b];
                    if (block.Kind == BodyBlockKind.Heading) continue;
                    bool intro = block.Kind == BodyBlockKind.Paragraph && (EndsWithColon(block.Text) || AnnouncesList(_blocks[b]))
                        && b + 1 < body.Count && body[b + 1].Kind == BodyBlockKind.ListItem;
                    bool signedList = intro && IsSignedListIntro(_blocks[b]);
                    var sents = _blocks[b];
                    for (int si = 0; si < sents.Count; si++)
                    {
                        var s = sents[si];
                        bool isIntroSentence = signedList && si == sents.Count - 1;
                        if (!isIntroSentence) Triggers(s, b);
                        Remember(s, int.MaxValue);
                        foreach (var d in s.FullDates) if (d.Valid) _dates.Add((b, IndonesianDates.Iso(d.Year, d.Month, d.Day)));
                    }
                    if (signedList)
                    {
                        int end = b + 1;
                        while (end < body.Count && body[end].Kind == BodyBlockKind.ListItem) end++;
                        SignedList(b, b + 1, end);
                        b = end - 1;
                    }
                }
                return _out;
            }

            // ---------------- people and names ----------------

            // Names and their words, and the answers of IsPersonLike and Full: both are asked only once the set of person names
            // is complete (after every sentence is scanned), so an answer never changes.
            private readonly Dictionary<string, string[]> _words = new Dictionary<string, string[]>(StringComparer.Ordinal);
            private readonly Dictionary<string, bool> _personLike = new Dictionary<string, bool>(StringComparer.Ordinal);
            private readonly Dictionary<string, string> _full = new Dictionary<string, string>(StringComparer.Ordinal);

            private string[] Words(string name)
            {
                if (!_words.TryGetValue(name, out var w)) _words[name] = w = name.Split(' ');
                return w;
            }

            private bool IsPersonLike(string name)
            {
                if (!_personLike.TryGetValue(name, out bool like)) _personLike[name] = like = ComputeIsPersonLike(name);
                return like;
            }

            // The words of every person name (in the set's order) and of the people step's names (in its order), made on the first
            // question: the set is complete by then and does not change.
            private List<(string Name, string[] Words)>? _personWords;
            private List<(string Name, string[] Words)>? _peopleWords;

            private List<(string Name, string[] Words)> PersonWords()
            {
                if (_personWords != null) return _personWords;
                var list = new List<(string, string[])>(_personNames.Count);
                foreach (var p in _personNames) list.Add((p, Words(p)));
                return _personWords = list;
            }

            private List<(string Name, string[] Words)> PeopleWords()
            {
                if (_peopleWords != null) return _peopleWords;
                var list = new List<(string, string[])>(_people.Count);
                foreach (var p in _people) list.Add((p, Words(p)));
                return _peopleWords = list;
            }

            private bool ComputeIsPersonLike(string name)
            {
                if (_personNames.Contains(name)) return true;
                if (name.IndexOf(' ') < 0)
                {
                    // a name of one word is its only word (what Split gives): it is in a person's words, with no split made
                    foreach (var (_, pt) in PersonWords())
                        if (Array.IndexOf(pt, name) >= 0) return true;
                    return false;
                }
                var toks = Words(name);
                foreach (var (_, pt) in PersonWords())
                    if (ContainsTokens(pt, toks)) return true;
                return false;
            }

            private static bool ContainsTokens(string[] hay, string[] needle)
            {
                for (int i = 0; i + needle.Length <= hay.Length; i++)
                {
                    bool ok = true;
                    for (int k = 0; k < needle.Length && ok; k++) ok = string.Equals(hay[i + k], needle[k], StringComparison.Ordinal);
                    if (ok) return true;
                }
                return false;
            }

            /// <summary>The fullest article-level form of a person's name ("Putin" → "Vladimir Putin").</summary>
            private string Full(string name)
            {
                if (!_full.TryGetValue(name, out var full)) _full[name] = full = ComputeFull(name);
                return full;
            }

            private string ComputeFull(string name)
            {
                var toks = Words(name);
                string best = name;
                foreach (var (p, pt) in PeopleWords())
                    if (p.Length > best.Length && ContainsTokens(pt, toks)) best = p;
                if (best != name) return best;
                foreach (var (p, pt) in PersonWords())
                    if (pt.Length <= 4 && p.Length > best.Length && ContainsTokens(pt, toks)) best = p;
                return best;
            }

            private Party ToParty(Ent e) => new Party(e.Type == EntType.Person ? Full(e.Name) : e.Name, e.Type == EntType.Name && IsPersonLike(e.Name) ? EntType.Person : e.Type);

            /// <summary>The name of <see cref="ToParty"/>(<paramref name="e"/>) when that party is a person, else null; no party is made.</summary>
            private string? PersonPartyName(Ent e) =>
                e.Type == EntType.Person ? Full(e.Name) : e.Type == EntType.Name && IsPersonLike(e.Name) ? e.Name : null;

            // ---------------- memory of parties ----------------

            private void Remember(Sent s, int beforeTok)
            {
                foreach (var run in s.Runs)
                {
                    if (run[run.Count - 1].TokEnd > beforeTok) break;
                    if (run.Count == 1)
                    {
                        // a single mention is never remembered as a run: only a person's name is noted (as ToParty would name it)
                        if (run[0].Type != EntType.Group && PersonPartyName(run[0]) is string person) _personMentions.Add(person);
                        continue;
                    }
                    var ps = new List<Party>(run.Count);
                    foreach (var e in run) if (e.Type != EntType.Group) ps.Add(ToParty(e));
                    foreach (var p in ps) if (p.Type == EntType.Person) _personMentions.Add(p.Name);
                    // Distinct never adds parties: a run of fewer than two is not remembered either way
                    if (ps.Count < 2) continue;
                    ps = Distinct(ps);
                    if (ps.Count >= 2) _runHistory.Add(ps);
                }
            }

            private static List<Party> Distinct(IEnumerable<Party> ps)
            {
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var res = new List<Party>();
                foreach (var p in ps) if (seen.Add(p.Name)) res.Add(p);
                return res;
            }

            private List<Party>? AsCountries(List<Party> ps)
            {
                var res = new List<Party>();
                foreach (var p in ps)
                {
                    if (p.Type == EntType.Country) res.Add(p);
                    else if (p.Type == EntType.Person && _nationality.TryGetValue(p.Name, out var c)) res.Add(new Party(c, EntType.Country));
                    else return null;
                }
                return Distinct(res);
            }

            /// <summary>Resolves a counted group ("kedua negara", "keduanya", "kelima negara") to its parties.</summary>
            private List<Party> ResolveGroup(Ent g, Sent s)
            {
                int n = g.GroupCount;
                // runs earlier in the same sentence are the most recent; then the article's history, newest first (all lazily)
                var agreements = Newest(_agreementHistory);
                var runs = LocalRuns(s, g.TokStart).Concat(Newest(_runHistory));
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
                    foreach (var a in agreements) if (a.Count == n) return a;
                    foreach (var r in runs) if (r.Count == n) return r;
                    return CountryFallback(n);
                }
                foreach (var a in agreements) if (a.Count == n) return a;
                foreach (var r in runs) if (r.Count == n) return r;
                var persons = RecentPersons(n, s, g.TokStart);
                if (persons.Count == n) return persons;
                return CountryFallback(n);
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
                    var ps = Distinct(run.Where(e => e.Type != EntType.Group).Select(ToParty));
                    if (ps.Count >= 2) res.Add((run[run.Count - 1].TokEnd, ps));
                }
                return res;
            }

            /// <summary>How far back a counted group looks for the persons it counts: far enough for any real text, bounded for hostile text.</summary>
            private const int MaxMentionLookback = 256;

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
                    var name = Full(persons[i].Name);
                    if (seen.Add(name)) res.Add(new Party(name, EntType.Person));
                }
                for (int i = _personMentions.Count - 1; i >= 0 && res.Count < n && steps++ < MaxMentionLookback; i--)
                    if (seen.Add(_personMentions[i])) res.Add(new Party(_personMentions[i], EntType.Person));
                res.Reverse();
                return res;
            }

            private List<Party> CountryFallback(int n)
            {
                var nat = Distinct(_nationality.Values.Select(c => new Party(c, EntType.Country)));
                if (nat.Count == n) return nat;
                return new List<Party>();
            }

            private List<Party> Resolve(IEnumerable<Ent> ents, Sent s)
            {
                var res = new List<Party>();
                foreach (var e in ents)
                {
                    if (e.Type == EntType.Group) res.AddRange(ResolveGroup(e, s));
                    else res.Add(ToParty(e));
                }
                return Distinct(res);
            }

            // ---------------- subjects ----------------

            /// <summary>The coordinated run that is the subject of the verb at <paramref name="verb"/>: it ends at most four lower-case words before it.</summary>
            private static List<Ent>? SubjectBefore(Sent s, int verb)
            {
                // the runs ending by the verb, nearest first; the nearest acceptable one is the subject
                for (int r = s.RunsEndingBy(verb) - 1; r >= 0; r--)
                {
                    var run = s.Runs[r];
                    var last = run[run.Count - 1];
                    int gapToks = verb - last.TokEnd;
                    if (gapToks > 4) break;
                    bool ok = true;
                    for (int k = last.TokEnd; k < verb && ok; k++) if (s.Toks[k].Upper) ok = false;
                    int from = s.Toks[last.TokEnd - 1].End, to = s.Toks[verb].Start;
                    int commas = 0;
                    for (int k = from; k < to && ok; k++)
                    {
                        char c = s.Text[k];
                        if (c == ',') commas++;
                        else if (!char.IsLetterOrDigit(c) && !char.IsWhiteSpace(c) && c != '-' && c != ')') ok = false;
                    }
                    if (commas > 1) ok = false;
                    if (ok) return run;
                }
                return null;
            }

            private static List<Ent>? RunAt(Sent s, int tok) => s.RunStartingAt(tok);

            private static readonly HashSet<string> RequestWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "meminta", "mendesak", "mengajak", "menyerukan", "mendorong", "diminta", "memohon", "menuntut", "mengimbau", "didesak", "mengharapkan", "berharap" };

            private static bool Negated(Sent s, int idx)
            {
                for (int k = idx - 1; k >= 0 && k >= idx - 4; k--)
                    if (NegWords.Contains(s.Toks[k].Lower)) return true;
                // a request or hope addressed to the parties: "meminta X dan Y untuk mencapai kesepakatan"
                for (int k = idx - 1; k >= 0 && k >= idx - 9; k--)
                    if (RequestWords.Contains(s.Toks[k].Lower)) return true;
                return false;
            }

            // ---------------- triggers ----------------

            private void Triggers(Sent s, int b)
            {
                if (EndsWithQuestionMark(s.Text)) return;
                int first = _out.Count;
                Scan(s, b);
                // a sentence that both opens a joint statement and states what it commits to: the commitment comes first
                // (one agreement or none keeps its place: nothing to reorder)
                if (_out.Count - first < 2) return;
                var mine = _out.GetRange(first, _out.Count - first);
                _out.RemoveRange(first, mine.Count);
                _out.AddRange(mine.Where(a => a.Kind != AgreementKind.JointStatement).Concat(mine.Where(a => a.Kind == AgreementKind.JointStatement)));
            }

            /// <summary><c>text.TrimEnd().EndsWith(":")</c>, without the trimmed copy.</summary>
            private static bool EndsWithColon(string text)
            {
                int end = text.Length;
                while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
                return end > 0 && text[end - 1] == ':';
            }

            /// <summary><c>text.TrimEnd().EndsWith("?")</c>, without the trimmed copy.</summary>
            private static bool EndsWithQuestionMark(string text)
            {
                int end = text.Length;
                while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
                return end > 0 && text[end - 1] == '?';
            }

            /// <summary>The shortest word any trigger below needs ("meneken", "diteken", "sepakat", …: seven letters).</summary>
            private const int ShortestTrigger = 7;

            private void Scan(Sent s, int b)
            {
                var toks = s.Toks;
                for (int i = 0; i < toks.Count; i++)
                {
                    string w = toks[i].Lower;
                    // every trigger below is a word (or a word's start) of seven letters or more: shorter words trigger nothing
                    if (w.Length < ShortestTrigger) continue;
                    // joint statement: first mention only; "pernyataan bersama itu" refers back
                    if ((w == "pernyataan" || w == "komunike") && i + 1 < toks.Count && toks[i + 1].Lower == "bersama")
                    {
                        if (_jointDone) continue;
                        if (i + 2 < toks.Count && (toks[i + 2].Lower == "itu" || toks[i + 2].Lower == "tersebut" || toks[i + 2].Lower == "tadi")) continue;
                        if (Negated(s, i)) continue;
                        _jointDone = true;
                        List<Ent>? subj = null;
                        if (i > 0 && IssueVerbs.Contains(toks[i - 1].Lower)) subj = SubjectBefore(s, i - 1);
                        subj ??= SubjectBefore(s, i);
                        if (subj == null)
                        {
                            int comma = s.Text.IndexOf(',', toks[i].End);
                            if (comma > 0)
                                foreach (var run in s.Runs) if (s.Toks[run[0].TokStart].Start > comma) { subj = run; break; }
                        }
                        var parties = subj != null ? Resolve(subj, s) : new List<Party>();
                        if (parties.Count < 2 && _agreementHistory.Count > 0) parties = _agreementHistory[_agreementHistory.Count - 1];
                        if (parties.Count < 2 && _runHistory.Count > 0) parties = _runHistory[_runHistory.Count - 1];
                        if (parties.Count >= 2) Emit(s, b, AgreementKind.JointStatement, parties, true, AgreementRules.JointStatement, toks[i].Start);
                        i++;
                        continue;
                    }
                    if (w.StartsWith("mendeklarasikan", StringComparison.Ordinal) || w.StartsWith("dideklarasikan", StringComparison.Ordinal) || w == "deklarasikan")
                    {
                        if (Negated(s, i)) continue;
                        var parties = new List<Party>();
                        var subj = SubjectBefore(s, i);
                        if (subj != null) parties = Resolve(subj, s);
                        if (parties.Count < 2)
                        {
                            for (int k = 0; k + 1 < toks.Count; k++)
                                if (toks[k].Lower == "antara") { var r = RunAt(s, k + 1); if (r != null && r.Count >= 2) { parties = Resolve(r, s); break; } }
                        }
                        if (parties.Count >= 2) Emit(s, b, AgreementKind.Declaration, parties, false, AgreementRules.Declaration, toks[i].Start);
                        continue;
                    }
                    // every sign verb starts with "me" (and w is in lower case): other words skip the set lookup
                    if (w[0] == 'm' && SignVerbs.Contains(w))
                    {
                        int doc = -1;
                        for (int k = i + 1; k < toks.Count && k <= i + 4; k++) if (DocNouns.Contains(toks[k].Lower)) { doc = k; break; }
                        if (doc < 0) continue;
                        if (i + 2 < toks.Count && toks[i + 1].Lower == "pernyataan" && toks[i + 2].Lower == "bersama") continue;
                        if (Negated(s, i)) continue;
                        var parties = SigningParties(s, i, doc);
                        if (parties.Count >= 2) Emit(s, b, toks[doc].Lower == "deklarasi" ? AgreementKind.Declaration : AgreementKind.Signed, parties, true, AgreementRules.SignVerb, toks[i].Start);
                        continue;
                    }
                    if ((w == "ditandatangani" || w == "diteken") && i > 0 && i + 2 < toks.Count && toks[i + 1].Lower == "oleh")
                    {
                        // "Nota kesepahaman itu diteken oleh X dan Y": a first mention only when the document is not a back-reference
                        int doc = -1;
                        for (int k = i - 1; k >= 0 && k >= i - 4; k--) if (DocNouns.Contains(toks[k].Lower)) { doc = k; break; }
                        if (doc < 0 || Negated(s, doc)) continue;
                        bool back = doc > 0 && (toks[doc - 1].Lower == "dalam" || toks[doc - 1].Lower == "meski");
                        for (int k = doc; k < i && !back; k++) if (toks[k].Lower == "itu" || toks[k].Lower == "tersebut" || toks[k].Lower == "ini" || toks[k].Lower.EndsWith("-dokumen", StringComparison.Ordinal)) back = true;
                        if (back || _out.Any(a => a.Kind == AgreementKind.Signed)) continue;
                        var r = RunAt(s, i + 2);
                        if (r == null || r.Count < 2) continue;
                        var parties = Resolve(r, s);
                        if (parties.Count >= 2) Emit(s, b, AgreementKind.Signed, parties, true, AgreementRules.SignedBy, toks[i].Start);
                        continue;
                    }
                    bool commit = false;
                    int after = i + 1;
                    string next = i + 1 < toks.Count ? toks[i + 1].Lower : "";
                    if (w == "sepakat" || w == "bersepakat")
                        commit = next.Length > 0 && !SepakatNotNext.Contains(next) && (next == "untuk" || next.StartsWith("me", StringComparison.Ordinal) || next.StartsWith("ber", StringComparison.Ordinal) || next == "saling" || next.StartsWith("bekerja", StringComparison.Ordinal) || next == "bersama" || next == "segera" || next == "mulai");
                    else if (w == "menyepakati" || w == "berkomitmen" || w == "bersepakat") commit = true;
                    else if (w == "menyetujui")
                    {
                        // "X dan Y menyetujui …": approving together; one body approving something is not an agreement
                        var subjRun = SubjectBefore(s, i);
                        commit = subjRun != null && (subjRun.Count >= 2 || subjRun[0].Type == EntType.Group);
                    }
                    else if (w == "berjanji" || w == "berikrar") commit = next == "untuk" || next == "bersama" || next.StartsWith("me", StringComparison.Ordinal) || next.StartsWith("ber", StringComparison.Ordinal);
                    else if (w == "mencapai" && next == "kesepakatan" && !(i + 2 < toks.Count && (toks[i + 2].Lower == "itu" || toks[i + 2].Lower == "tersebut"))) { commit = true; after = i + 2; }
                    if (!commit || Negated(s, i)) continue;
                    {
                        var ents = new List<Ent>();
                        var subj = SubjectBefore(s, i);
                        if (subj != null) ents.AddRange(subj);
                        if (after < toks.Count && (toks[after].Lower == "bersama" || toks[after].Lower == "dengan"))
                        {
                            var r = RunAt(s, after + 1);
                            if (r != null) ents.AddRange(r);
                        }
                        var parties = Resolve(ents, s);
                        if (parties.Count >= 2) Emit(s, b, AgreementKind.Commitment, parties, false, AgreementRules.Commitment, toks[i].Start);
                    }
                }
            }

            /// <summary>The parties of "X menandatangani/meneken &lt;document&gt; dengan Y" (or "… antara X dan Y") at sign verb <paramref name="verb"/>.</summary>
            private List<Party> SigningParties(Sent s, int verb, int doc)
            {
                var toks = s.Toks;
                var ents = new List<Ent>();
                var subj = SubjectBefore(s, verb);
                if (subj != null) ents.AddRange(subj);
                for (int k = doc + 1; k < toks.Count && k <= doc + 10; k++)
                {
                    if (toks[k].Lower == "dengan" || toks[k].Lower == "bersama") { var r = RunAt(s, k + 1); if (r != null) { ents.AddRange(r); break; } }
                    if (toks[k].Lower == "antara" && ents.Count == 0) { var r = RunAt(s, k + 1); if (r != null && r.Count >= 2) { ents.AddRange(r); break; } }
                }
                return Resolve(ents, s);
            }

            private void Emit(Sent s, int b, AgreementKind kind, List<Party> parties, bool eventFallback, string rule, int at = -1)
            {
                string? date = SentenceDate(s, at) ?? BlockDate(b, s) ?? (eventFallback ? LastDateBefore(b) : null);
                _out.Add(new AgreementModel(s.Block.Line, kind, null, s.Trimmed, parties.Select(p => p.Name).ToEquatableArray(), date) { Rule = rule });
                _agreementHistory.Add(parties);
            }

            // ---------------- dates ----------------

            private static readonly HashSet<string> NotEventDate = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "mulai", "hingga", "sampai", "lambat", "selambat-lambatnya", "sebelum", "sejak", "menjelang", "berlaku", "ditargetkan", "tenggat", "jelang" };

            /// <summary>
            /// The date a sentence gives for its event, at the precision written: the written date nearest to <paramref name="at"/>
            /// (full dates, else "Februari 2022"), leaving out deadlines and start dates ("mulai Januari 2026", "paling lambat …").
            /// </summary>
            private static string? SentenceDate(Sent s, int at = -1)
            {
                var cands = s.DateCandidates ??= DateCandidates(s);
                if (cands.Count == 0) return null;
                var best = cands[0];
                foreach (var c in cands)
                    if (at < 0 ? c.Index < best.Index : Math.Abs(c.Index - at) < Math.Abs(best.Index - at)) best = c;
                return best.Iso;
            }

            private static List<(int Index, string Iso)> DateCandidates(Sent s)
            {
                string text = s.Text;
                var cands = new List<(int Index, string Iso)>();
                var full = s.FullDates;
                foreach (var d in full) if (d.Valid && !Deadline(text, d.Index)) cands.Add((d.Index, IndonesianDates.Iso(d.Year, d.Month, d.Day)));
                int f = 0;
                foreach (var my in IndonesianDates.FindMonthYears(text))
                {
                    // both lists run in text order: the full date that could contain this month-year is at or after f
                    while (f < full.Count && full[f].Index + full[f].Length <= my.Index) f++;
                    bool inside = f < full.Count && my.Index >= full[f].Index && my.Index < full[f].Index + full[f].Length;
                    if (!inside && !Deadline(text, my.Index)) cands.Add(my);
                }
                if (cands.Count == 0) cands.AddRange(Years(text, s.Toks));
                return cands;
            }

            /// <summary>A bare year given as the time of the event: "pada 2022", "pada tahun 2022", "tahun 2022".</summary>
            private static IEnumerable<(int Index, string Iso)> Years(string text, List<Tok> toks)
            {
                for (int i = 1; i < toks.Count; i++)
                {
                    var t = toks[i].Text;
                    if (t.Length != 4 || !t.All(char.IsDigit) || (t[0] != '1' && t[0] != '2')) continue;
                    string prev = toks[i - 1].Lower;
                    bool pada = prev == "pada" || (prev == "tahun" && (i < 2 || toks[i - 2].Lower == "pada" || !NotEventDate.Contains(toks[i - 2].Lower)));
                    if (pada && !Deadline(text, toks[i].Start)) yield return (toks[i].Start, t);
                }
            }

            private static bool Deadline(string text, int index)
            {
                // the two words before the date
                int k = index - 1, words = 0;
                while (k >= 0 && words < 2)
                {
                    while (k >= 0 && !char.IsLetter(text[k])) k--;
                    int end = k + 1;
                    while (k >= 0 && (char.IsLetter(text[k]) || text[k] == '-')) k--;
                    if (end <= k + 1) break;
                    var w = text.Substring(k + 1, end - k - 1);
                    if (NotEventDate.Contains(w)) return true;
                    words++;
                }
                return false;
            }

            /// <summary>The date of the nearest dated sentence of block <paramref name="b"/>: the last one before <paramref name="own"/>, else the first after it.</summary>
            private string? BlockDate(int b, Sent? own)
            {
                var dated = _blockDates[b] ??= DatedSentences(_blocks[b]);
                if (dated.Count == 0) return null;
                if (own == null) return dated[dated.Count - 1].Iso;
                // binary search for the first dated sentence at or after own
                int lo = 0, hi = dated.Count;
                while (lo < hi) { int mid = (lo + hi) / 2; if (dated[mid].Index < own.Index) lo = mid + 1; else hi = mid; }
                if (lo > 0) return dated[lo - 1].Iso;
                if (lo < dated.Count && dated[lo].Index == own.Index) lo++;
                return lo < dated.Count ? dated[lo].Iso : null;
            }

            private static List<(int Index, string Iso)> DatedSentences(List<Sent> sents)
            {
                var dated = new List<(int Index, string Iso)>();
                foreach (var s in sents)
                {
                    var d = SentenceDate(s);
                    if (d != null) dated.Add((s.Index, d));
                }
                return dated;
            }

            private string? LastDateBefore(int b)
            {
                for (int i = _dates.Count - 1; i >= 0; i--) if (_dates[i].Block <= b) return _dates[i].Iso;
                return null;
            }

            // ---------------- lists of signed documents ----------------

            // "nandatangan": the nasalised stem of menandatangani / penandatanganan (meN-/peN- + tandatangan)
            private static readonly string[] SignCues = { "tandatangan", "nandatangan", "diteken", "meneken", "teken", "dokumen", "kesepahaman", "mou", "memorandum", "perjanjian", "protokol", "menyepakati", "disepakati", "kesepakatan", "sepakat" };
            private static readonly HashSet<string> ContentVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "memuat", "berisi", "berisikan", "mencakup", "meliputi", "mengatur", "menetapkan" };
            private static readonly HashSet<string> TopicCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "membahas", "dibahas", "pembahasan", "isu", "topik", "belum", "tidak", "akan", "rencana", "kuota", "porsi", "usulan", "diusulkan", "tuntutan", "syarat", "persyaratan" };

            private static readonly string[] ListCues = { "berikut", "antara lain", "yaitu", "yakni", "meliputi", "di antaranya", "diantaranya", "sebagai berikut", "adalah" };

            /// <summary>An introduction without a colon: its last sentence announces what follows ("sebagai berikut", "antara lain").</summary>
            private static bool AnnouncesList(List<Sent> sents)
            {
                if (sents.Count == 0) return false;
                // the last sentence without its closing spaces and periods, compared in lower case (char by char, as
                // ToLowerInvariant would) with each cue: no trimmed or lowered copy of the sentence is made
                string last = sents[sents.Count - 1].Text;
                int end = last.Length;
                while (end > 0 && char.IsWhiteSpace(last[end - 1])) end--;
                while (end > 0 && (last[end - 1] == '.' || last[end - 1] == ' ')) end--;
                foreach (var c in ListCues) if (EndsWithLower(last, end, c)) return true;
                return false;
            }

            /// <summary>Does <c>text[0..end)</c>, lowered, end with <paramref name="cue"/> (ASCII lower case)?</summary>
            private static bool EndsWithLower(string text, int end, string cue)
            {
                if (cue.Length > end) return false;
                for (int k = 0; k < cue.Length; k++)
                    if (char.ToLowerInvariant(text[end - cue.Length + k]) != cue[k]) return false;
                return true;
            }

            private static bool IsSignedListIntro(List<Sent> sents)
            {
                if (sents.Count == 0) return false;
                string all = string.Join(" ", sents.Select(x => x.Text)).ToLowerInvariant();
                if (!SignCues.Any(c => all.Contains(c))) return false;
                var last = sents[sents.Count - 1].Toks;
                // "dokumen tersebut memuat tiga poin:", "nota itu berisi:": the document's own content follows, whatever else the
                // sentence mentions
                for (int i = 0; i < last.Count; i++)
                    if (DocNouns.Contains(last[i].Lower))
                        for (int k = i + 1; k < last.Count && k <= i + 3; k++)
                            if (ContentVerbs.Contains(last[k].Lower)) return true;
                // "X meneken tiga dokumen dengan Y, pengelola kawasan tempat pabrik akan dibangun, yaitu:": the sentence signs
                // documents itself, so a topic word elsewhere in it ("akan") does not make the list a list of topics
                var lastSent = sents[sents.Count - 1];
                for (int i = 0; i < last.Count; i++)
                    if (SignVerbs.Contains(last[i].Lower) && !Negated(lastSent, i))
                        for (int k = i + 1; k < last.Count && k <= i + 4; k++)
                            if (DocNouns.Contains(last[k].Lower)) return true;
                foreach (var t in last) if (TopicCues.Contains(t.Lower)) return false;
                return true;
            }

            private void SignedList(int introBlock, int from, int to)
            {
                var sents = _blocks[introBlock];
                List<Party> parties = new List<Party>();
                // "X meneken tiga dokumen dengan Y, yaitu:": the introduction's own signing clause names the parties
                for (int si = sents.Count - 1; si >= 0 && parties.Count < 2; si--)
                {
                    var toks = sents[si].Toks;
                    for (int i = 0; i < toks.Count && parties.Count < 2; i++)
                    {
                        if (!SignVerbs.Contains(toks[i].Lower) || Negated(sents[si], i)) continue;
                        int doc = -1;
                        for (int k = i + 1; k < toks.Count && k <= i + 4; k++) if (DocNouns.Contains(toks[k].Lower)) { doc = k; break; }
                        if (doc >= 0) parties = SigningParties(sents[si], i, doc);
                    }
                }
                for (int si = sents.Count - 1; si >= 0 && parties.Count < 2; si--)
                {
                    var s = sents[si];
                    for (int r = s.Runs.Count - 1; r >= 0; r--)
                    {
                        var run = s.Runs[r];
                        if (run.Count >= 2 || run[0].Type == EntType.Group)
                        {
                            var ps = Resolve(run, s);
                            if (ps.Count >= 2) { parties = ps; break; }
                        }
                    }
                }
                if (parties.Count < 2 && _agreementHistory.Count > 0) parties = _agreementHistory[_agreementHistory.Count - 1];
                if (parties.Count < 2 && _runHistory.Count > 0) parties = _runHistory[_runHistory.Count - 1];
                if (parties.Count >= 2 && parties.All(p => p.Type == EntType.Person))
                {
                    // the documents bind the states or organisations the signatories stand for
                    var c = AsCountries(parties);
                    if (c != null && c.Count == parties.Count) parties = c;
                    else
                    {
                        var alt = Enumerable.Reverse(_agreementHistory).Concat(Enumerable.Reverse(_runHistory))
                            .FirstOrDefault(a => a.Count == parties.Count && a.All(p => p.Type != EntType.Person));
                        if (alt != null) parties = alt;
                    }
                }
                if (parties.Count < 2) return;
                string? date = BlockDate(introBlock, null) ?? LastDateBefore(introBlock);
                for (int b = from; b < to; b++)
                {
                    var item = _ctx.Body[b];
                    string text = item.Text.Trim();
                    string? title = ItemTitle(text);
                    _out.Add(new AgreementModel(item.Line, AgreementKind.Signed, title, text, parties.Select(p => p.Name).ToEquatableArray(), date) { Rule = AgreementRules.SignedList });
                }
                _agreementHistory.Add(parties);
            }

            /// <summary><c>t.Split(' ').Length</c>: one more than the spaces, counted without the parts.</summary>
            private static int SplitCount(string t)
            {
                int n = 1;
                foreach (char c in t) if (c == ' ') n++;
                return n;
            }

            /// <summary>The text before the colon; a bare short item is its own title.</summary>
            internal static string? ItemTitle(string text)
            {
                int colon = text.IndexOf(':');
                if (colon > 0 && colon <= 80)
                {
                    var t = text.Substring(0, colon).Trim();
                    if (t.Length > 0 && SplitCount(t) <= 8) return t;
                }
                if (colon < 0 && !text.TrimEnd().EndsWith(".", StringComparison.Ordinal))
                {
                    // a bare item is the document's own title ("Nota Kesepahaman di Bidang Pendidikan;")
                    var t = text.TrimEnd(';', ',', ' ');
                    if (t.Length > 0 && SplitCount(t) <= 12 && char.IsUpper(t[0])) return t;
                }
                return null;
            }
        }
    }
}
