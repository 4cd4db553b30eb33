using System.Collections.Generic;
using System.Linq;

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
            new AgreementRun(context, people ?? new List<string>()).Execute();
    }

    /// <summary>
    /// One article's agreement step: its sentences and their party mentions, then each block in turn, where the triggers of
    /// <see cref="AgreementTriggers"/> find agreements and the parties met are remembered for the sentences after.
    /// </summary>
    internal sealed class AgreementRun
    {
        private readonly ArticleContext _ctx;
        private readonly List<AgreementModel> _out = new List<AgreementModel>();
        private readonly PartyNames _names;
        private EventDates? _dates;

        public AgreementRun(ArticleContext ctx, IReadOnlyList<string> people)
        {
            _ctx = ctx;
            _names = new PartyNames(people);
            Parties = new PartyMemory(_names);
            Blocks = new List<List<Sent>>(ctx.Body.Count);
        }

        public IReadOnlyList<BodyBlock> Body => _ctx.Body;

        /// <summary>Each body block's sentences (none for a heading).</summary>
        public List<List<Sent>> Blocks { get; }

        public PartyMemory Parties { get; }

        /// <summary>The names of the article's persons and parties.</summary>
        public PartyNames Names => _names;

        public EventDates Dates => _dates!;

        /// <summary>Whether a joint statement was met (only its first mention is an agreement).</summary>
        public bool JointStatementSeen { get; set; }

        /// <summary>Whether a signed agreement was found before.</summary>
        public bool HasSigned => _out.Any(a => a.Kind == AgreementKind.Signed);

        /// <summary>Whether an agreement of <paramref name="kind"/> was found before.</summary>
        public bool HasKind(AgreementKind kind) => _out.Any(a => a.Kind == kind);

        /// <summary>Whether an agreement was found in sentence <paramref name="s"/> already.</summary>
        public bool FoundIn(Sent s) => _out.Count > 0 && _out[_out.Count - 1].Line == s.Block.Line && ReferenceEquals(_out[_out.Count - 1].Text, s.Trimmed);

        /// <summary>Whether an agreement of <paramref name="kind"/> between exactly <paramref name="parties"/> was found before.</summary>
        public bool Found(AgreementKind kind, List<Party> parties) =>
            _out.Any(a => a.Kind == kind && a.Parties.Count() == parties.Count && parties.All(p => a.Parties.Contains(p.Name)));

        /// <summary>Whether any agreement was found before.</summary>
        public bool HasAny => _out.Count > 0;

        /// <summary>The parties of the last agreement a sentence trigger found, when it is in the block of <paramref name="s"/>; else null.</summary>
        public List<Party>? LastInBlock(Sent s) => _last.Line == s.Block.Line ? _last.Parties : null;

        /// <summary>The parties of the last agreement a sentence trigger found, when it is in block <paramref name="b"/> or the one before; else null.</summary>
        public List<Party>? LastNear(int b) => _last.Parties != null && _last.Block >= b - 1 ? _last.Parties : null;

        private (int Line, int Block, List<Party>? Parties) _last;

        public List<AgreementModel> Execute()
        {
            ReadSentences();
            _dates = new EventDates(Blocks);
            _names.Complete(Blocks);
            foreach (var sents in Blocks)
                foreach (var s in sents)
                {
                    s.Runs = CoordinatedRuns.Of(s);
                    ResolvePersons(s);
                }
            Parties.Designated = DesignatedSides.Of(Blocks, Parties);
            Parties.Mediated = MediatedDispute.Reported(Blocks);
            Parties.SidesUnnamed = Parties.Mediated && Parties.Designated.Count == 0 && !MediatedDispute.NamesASide(Blocks);
            FindAgreements();
            UnreadSigning.Fire(this);
            return _out;
        }

        /// <summary>
        /// A name the people step knows as a person's is a person, and a person goes by the fullest name: the resolved mention
        /// takes the old one's place in the sentence's mentions and in its run (the runs cover the mentions in order).
        /// </summary>
        private void ResolvePersons(Sent s)
        {
            int i = 0;
            foreach (var run in s.Runs)
                for (int j = 0; j < run.Count; j++, i++)
                {
                    var e = run[j];
                    if (e.Type == EntType.Name && _names.IsPersonLike(e.Name) || e.Type == EntType.Person)
                        run[j] = s.Ents[i] = e.With(EntType.Person, _names.Full(e.Name));
                }
        }

        public void Add(AgreementModel agreement) => _out.Add(agreement);

        /// <summary>Adds the agreement of sentence <paramref name="s"/> found by rule <paramref name="rule"/> at <paramref name="at"/>, and remembers its parties.</summary>
        public void Emit(Sent s, int b, AgreementKind kind, List<Party> parties, bool eventFallback, string rule, int at)
        {
            string? date = Dates.Of(s, b, at, eventFallback);
            _out.Add(new AgreementModel(s.Block.Line, kind, null, s.Trimmed, parties.Select(p => p.Name).ToEquatableArray(), date) { Rule = rule });
            Parties.Agreed(parties);
            _last = (s.Block.Line, b, parties);
        }

        /// <summary>Adds, in line order, the agreement of sentence <paramref name="s"/> that rule <paramref name="rule"/> gives without parties after the triggers ran.</summary>
        public void Insert(Sent s, int b, AgreementKind kind, string rule, int at)
        {
            var agreement = new AgreementModel(s.Block.Line, kind, null, s.Trimmed, new List<string>().ToEquatableArray(), Dates.Of(s, b, at, true)) { Rule = rule };
            int k = _out.Count;
            while (k > 0 && _out[k - 1].Line > agreement.Line) k--;
            _out.Insert(k, agreement);
        }

        /// <summary>Each block's sentences (from the article's analysed text) and their party mentions.</summary>
        private void ReadSentences()
        {
            var blocks = _ctx.Analysed.Blocks;
            // the people step's names with their words, in the set's order (the set does not change while sentences are scanned)
            var known = _names.Known();
            for (int b = 0; b < blocks.Count; b++)
            {
                var spans = blocks[b].Sentences; // none for a heading
                var sents = new List<Sent>(spans.Count);
                for (int i = 0; i < spans.Count; i++)
                {
                    var s = new Sent(blocks[b].Block, b, spans[i]) { Index = i };
                    s.Ents = MentionScanner.Scan(s, known, _names.Nationality);
                    sents.Add(s);
                }
                Blocks.Add(sents);
            }
        }

        /// <summary>Each block in turn: its sentences' triggers, then the items of a list of signed documents it introduces.</summary>
        private void FindAgreements()
        {
            var body = _ctx.Body;
            for (int b = 0; b < body.Count; b++)
            {
                if (body[b].Kind == BodyBlockKind.Heading) continue;
                var sents = Blocks[b];
                bool signedList = SignedLists.Introduces(body, b, sents, b > 0 ? Blocks[b - 1] : sents);
                for (int si = 0; si < sents.Count; si++)
                {
                    var s = sents[si];
                    // the introduction's own sentence is read by the list trigger
                    if (!(signedList && si == sents.Count - 1)) Triggers(s, b);
                    Parties.Remember(s, int.MaxValue);
                    Dates.Note(s, b);
                }
                if (!signedList) continue;
                int end = b + 1;
                while (end < body.Count && body[end].Kind == BodyBlockKind.ListItem) end++;
                AgreementTriggers.SignedList.Fire(this, b, b + 1, end);
                b = end - 1;
            }
        }

        private void Triggers(Sent s, int b)
        {
            if (SignedLists.EndsWith(s.Text, '?')) return;
            int first = _out.Count;
            Scan(s, b);
            // a sentence that both opens a joint statement and states what it commits to: the commitment comes first
            // (one agreement or none keeps its place: nothing to reorder)
            if (_out.Count - first < 2) return;
            var mine = _out.GetRange(first, _out.Count - first);
            _out.RemoveRange(first, mine.Count);
            _out.AddRange(mine.Where(a => a.Kind != AgreementKind.JointStatement).Concat(mine.Where(a => a.Kind == AgreementKind.JointStatement)));
        }

        /// <summary>At each word, the first trigger of <see cref="AgreementTriggers.Order"/> that opens there.</summary>
        private void Scan(Sent s, int b)
        {
            var toks = s.Toks;
            for (int i = 0; i < toks.Count; i++)
            {
                string w = toks[i].Lower;
                // every trigger opens at one of its opening words (five letters or more): other words trigger nothing
                if (w.Length < AgreementTriggers.ShortestWord || !AgreementTriggers.MayOpen(w)) continue;
                foreach (var trigger in AgreementTriggers.Order)
                    if (trigger.Opens(s, i, w)) { i = trigger.Fire(this, s, b, i); break; }
            }
        }
    }
}
