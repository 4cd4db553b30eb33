using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>Two or more parties commit together: "X dan Y sepakat untuk …", "sepakat (ber)damai", "setuju untuk", "berkomitmen", "berjanji", "menyepakati", "mencapai kesepakatan".</summary>
    internal sealed class CommitmentTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.Commitment;
        public override string Description => "two or more parties sepakat untuk / (ber)damai, setuju untuk, berkomitmen, menegaskan komitmen, berjanji, menyepakati (signed when made melalui penandatanganan of a document later in the sentence); a further term of the deal just stated: disepakati bahwa/jika, one side sepakat … (commitment)";
        public override string Example => "Jepang dan Vietnam sepakat untuk memperkuat kerja sama energi.";

        public override IEnumerable<string> OpeningWords => new[] { "sepakat", "bersepakat", "setuju", "menyepakati", "berkomitmen", "disepakati", "komitmen", "menyetujui", "berjanji", "berikrar", "mencapai" };


        public override bool Opens(Sent s, int i, string w)
        {
            var toks = s.Toks;
            string next = i + 1 < toks.Count ? toks[i + 1].Lower : "";
            if (w == "sepakat" || w == "bersepakat" || w == "setuju")
                return next.Length > 0 && (!AgreementWords.SepakatNotNext.Contains(next) || WillDo(toks, i)) && (next == "untuk" || next == "damai" || next.StartsWith("me", StringComparison.Ordinal) || next.StartsWith("ber", StringComparison.Ordinal) || next == "saling" || next.StartsWith("bekerja", StringComparison.Ordinal) || next == "bersama" || next == "segera" || next == "mulai" || next == "koalisi" || AgreeNotTo(toks, i)
                    || WillDo(toks, i));
            if (w == "menyepakati" || w == "berkomitmen") return true;
            // "Selain itu, disepakati (juga) bahwa/jika …": a further term of the deal just stated (not "yang disepakati")
            if (w == "disepakati") return (i == 0 || toks[i - 1].Lower != "yang") && (next == "bahwa" || next == "jika" || next == "agar" || next == "juga" || CountedTerms(toks, i));
            if (w == "komitmen") return IsStated(toks, i);
            if (w == "menyetujui")
            {
                // "X dan Y menyetujui …": approving together; one body approving something is not an agreement
                var subjRun = SubjectBefore(s, i);
                return subjRun != null && (subjRun.Count >= 2 || subjRun[0].Type == EntType.Group);
            }
            if (w == "berjanji" || w == "berikrar") return next == "untuk" || next == "bersama" || next.StartsWith("me", StringComparison.Ordinal) || next.StartsWith("ber", StringComparison.Ordinal);
            return w == "mencapai" && next == "kesepakatan" && !(i + 2 < toks.Count && (toks[i + 2].Lower == "itu" || toks[i + 2].Lower == "tersebut"));
        }

        /// <summary>"sepakat akan melanjutkan …": agreeing to do something (not "sepakat akan pentingnya …", agreeing in a view).</summary>
        private static bool WillDo(TokenList toks, int i)
        {
            if (i + 2 >= toks.Count || toks[i + 1].Lower != "akan") return false;
            var w = toks[i + 2].Lower;
            // a noun in -nya ("meningkatnya ancaman", "beratnya tantangan") or a quantifier ("berbagai usulan") is no verb
            if (w.EndsWith("nya", StringComparison.Ordinal) || w is "berbagai" or "beberapa" or "bermacam") return false;
            return w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("ber", StringComparison.Ordinal);
        }

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i) || SignedAlongside(s.Toks, i)) return i;
            var toks = s.Toks;
            if (toks[i].Lower == "disepakati")
            {
                if (run.LastInBlock(s) is List<Party> stated) run.Emit(s, b, AgreementKind.Commitment, stated, false, Id, toks[i].Start);
                // "Dalam mediasi itu disepakati beberapa hal": the sides of the mediation the article reports, named or not
                else if (CountedTerms(toks, i) && run.Parties.Mediated && (run.Parties.Designated.Count >= 2 || run.Parties.SidesUnnamed))
                    run.Emit(s, b, AgreementKind.Commitment, run.Parties.Designated, false, Id, toks[i].Start);
                return i;
            }
            var ents = Mentions(run, s, i);
            var parties = run.Parties.Resolve(ents, s);
            // "Anwar mengatakan bahwa mereka juga membahas … dan sepakat untuk …": "mereka" are the parties of the talks just reported
            if (ents.Count == 0 && run.Parties.Agreements.Count > 0 && TheyBefore(s, i)) parties = run.Parties.Agreements[run.Parties.Agreements.Count - 1];
            // one side agreeing to a term of the deal the paragraph just stated: "Dalam kesepakatan itu, pihak buruh sepakat menerima …"
            if (parties.Count == 1 && toks[i].Lower != "mencapai" && run.LastInBlock(s) is List<Party> deal && deal.Exists(p => p.Name == parties[0].Name)) parties = deal;
            // "pihak perusahaan dan petani bersepakat …": the two sides the article designates, called by their nouns
            if (ents.Count == 0 && run.Parties.Designated.Count == 2 && Agreeing.Contains(toks[i].Lower) && SidesByNoun.Before(s, i)) parties = run.Parties.Designated;
            // "kedua belah pihak sepakat berdamai" where the article never names the sides: two parties, unnamed
            if (parties.Count == 0 && run.Parties.SidesUnnamed && UnnamedSides(s, i, ents)) parties = new List<Party>();
            else if (parties.Count < 2) return i;
            bool sealedBySigning = SealedBySigning(toks, i);
            run.Emit(s, b, sealedBySigning ? AgreementKind.Signed : AgreementKind.Commitment, parties, sealedBySigning, Id, toks[i].Start);
            return i;
        }

        /// <summary>
        /// "sepakat tidak akan saling menyerang", "sepakat tidak lakukan serangan": agreeing not to do something is a commitment;
        /// "sepakat tidak ada masalah" (a view) is none.
        /// </summary>
        private static bool AgreeNotTo(TokenList toks, int i)
        {
            if (i + 2 >= toks.Count || toks[i + 1].Lower != "tidak") return false;
            string v = toks[i + 2].Lower;
            return v == "akan" || v == "saling" || v == "lagi" || v.StartsWith("me", StringComparison.Ordinal) || v.StartsWith("ber", StringComparison.Ordinal) || v == "lakukan" || v == "melanjutkan";
        }

        /// <summary>Words before "mereka" that make it the subject of a purpose or condition, not of a statement ("agar mereka sepakat").</summary>
        private static readonly HashSet<string> NotStated = new HashSet<string>(StringComparer.Ordinal)
        { "agar", "supaya", "untuk", "jika", "bila", "apabila", "kalau", "hingga", "sampai", "sehingga" };

        /// <summary>The words "mereka" may stand before its verb ("mereka juga membahas isu keamanan dan sepakat").</summary>
        private const int TheySpan = 8;

        /// <summary>"mereka" is the subject of the verb at <paramref name="verb"/>: lower-case words only between, no punctuation, not after a purpose word.</summary>
        private static bool TheyBefore(Sent s, int verb)
        {
            var toks = s.Toks;
            for (int k = verb - 1; k >= 0 && k >= verb - TheySpan; k--)
            {
                // "Mereka setuju untuk …": the pronoun may open the sentence, capitalised
                if (toks[k].Lower != "mereka") { if (toks[k].Upper) return false; continue; }
                if (k > 0 && NotStated.Contains(toks[k - 1].Lower)) return false;
                for (int c = toks[k].End; c < toks[verb].Start; c++)
                    if (!char.IsLetterOrDigit(s.Text[c]) && !char.IsWhiteSpace(s.Text[c]) && s.Text[c] != '-') return false;
                return true;
            }
            return false;
        }

        /// <summary>Words that count the terms agreed ("disepakati beberapa hal", "disepakati tiga poin").</summary>
        private static HashSet<string> Counts => Lexicon.NameLexicon.CountWords;

        /// <summary>"disepakati beberapa hal / tiga poin" at <paramref name="i"/>: a count, then a noun of the terms ("hal" or a term noun).</summary>
        private static bool CountedTerms(TokenList toks, int i) =>
            i + 2 < toks.Count && Counts.Contains(toks[i + 1].Lower) && (toks[i + 2].Lower == "hal" || AgreementWords.TermNouns.Contains(toks[i + 2].Lower));

        /// <summary>The subject of the verb at <paramref name="i"/>, and the partner after it ("sepakat dengan Y", "mencapai kesepakatan bersama Y", "menyepakati kerja sama dengan Y").</summary>
        private static List<Ent> Mentions(AgreementRun run, Sent s, int i)
        {
            var toks = s.Toks;
            int after = toks[i].Lower == "mencapai" ? i + 2 : i + 1;
            bool typedPartner = false;
            // "sepakat berdamai dengan Y", "bersepakat koalisi dengan Y": what is agreed on, then the partner
            if (after + 1 < toks.Count && WithPartner.Contains(toks[after].Lower) && toks[after + 1].Lower == "dengan") after++;
            // "menyepakati kerja sama dengan Y": the cooperation agreed on, then the partner
            else if (AgreementWords.CooperationAt(toks, after) && (toks[after].Lower == "kerja" ? after + 2 : after + 1) is int next && next < toks.Count && toks[next].Lower == "dengan") after = next;
            // "sepakat memperkuat kerja sama di sejumlah bidang dengan (pemerintah) Y": a verb on the cooperation, then its partner
            // (a country, an organisation or a person: not a bare name, "dengan Dana Desa", "dengan Semangat Kolaborasi")
            else if (CooperationPartner(toks, after) is int with) { after = with; typedPartner = true; }
            var ents = new List<Ent>();
            // "… menyatakan partainya sepakat": the possessed organisation right before the verb is its subject
            var subj = PossessiveSubject.Before(s, i, run.Names) is Ent own ? new List<Ent> { own } : SubjectBefore(s, i);
            if (subj != null) ents.AddRange(subj);
            if (after < toks.Count && (toks[after].Lower == "bersama" || toks[after].Lower == "dengan"))
            {
                // "dengan pemerintah Provinsi Bali", "dengan pihak PT X": the word in small letters for the side is stepped over
                var r = RunAt(s, after + 1) ?? (after + 2 < toks.Count && !toks[after + 1].IsCap && toks[after + 1].Lower is "pemerintah" or "pihak" ? RunAt(s, after + 2) : null);
                if (r != null && !(typedPartner && r.Exists(e => e.Type is EntType.Name or EntType.Group))) ents.AddRange(r);
            }
            return ents;
        }

        /// <summary>
        /// "sepakat memperkuat kerja sama di sejumlah bidang strategis dengan pemerintah Provinsi Bali": after a verb that
        /// builds it up, the cooperation, at most five words of its field (no comma, stop or clause word), then "dengan": its index, else null.
        /// </summary>
        /// <summary>Verbs that build a cooperation up (not "menghentikan", "menolak", "mempersoalkan" it).</summary>
        private static readonly HashSet<string> Building = new HashSet<string>(StringComparer.Ordinal)
        { "memperkuat", "memperluas", "meningkatkan", "menjalin", "membangun", "melanjutkan", "memperpanjang", "mempererat", "mengembangkan", "menguatkan", "menjalankan", "memperdalam", "membuka", "bermitra" };

        private static int? CooperationPartner(TokenList toks, int verb)
        {
            if (verb + 1 >= toks.Count || !Building.Contains(toks[verb].Lower)) return null;
            int c = verb + 1;
            if (!AgreementWords.CooperationAt(toks, c) && toks[c].Lower != "kemitraan") return null;
            int k = toks[c].Lower == "kerja" ? c + 2 : c + 1;
            for (int n = 0; k < toks.Count && n <= 5; k++, n++)
            {
                var w = toks[k].Lower;
                if (w == "dengan") return k;
                if (!toks[k].IsWord || w is "yang" or "dan" or "serta" or "untuk" or "agar" or "antara") return null;
            }
            return null;
        }

        /// <summary>Verbs of agreeing whose subject may be a pair of sides the article never names.</summary>
        private static readonly HashSet<string> Agreeing = new HashSet<string>(StringComparer.Ordinal) { "sepakat", "bersepakat", "setuju", "menyepakati" };

        /// <summary>
        /// The subject of a verb of agreeing is a pair of sides alone ("kedua belah pihak", "kedua kelompok warga") or all the sides ("seluruh pihak"), at most three
        /// words before it, with no partner named.
        /// </summary>
        private static bool UnnamedSides(Sent s, int verb, List<Ent> ents) =>
            Agreeing.Contains(s.Toks[verb].Lower) && ents.Count == 1 && MediatedDispute.IsSidesGroup(ents[0]) && verb - ents[0].TokEnd <= 3;

        /// <summary>What is agreed on, right after the verb, before "dengan" names the partner.</summary>
        private static readonly HashSet<string> WithPartner = new HashSet<string>(StringComparer.Ordinal) { "koalisi", "berkoalisi", "damai", "berdamai" };

        /// <summary>Words before "penandatanganan" that make the signing the way the agreement is made ("melalui penandatanganan …").</summary>
        private static readonly HashSet<string> ByMeansOf = new HashSet<string>(StringComparer.Ordinal) { "melalui", "lewat", "dengan" };

        /// <summary>
        /// "X dan Y menyepakati kerja sama … melalui penandatanganan nota kesepahaman": the agreement is made by signing a
        /// document, later in the sentence; it is signed.
        /// </summary>
        private static bool SealedBySigning(TokenList toks, int i)
        {
            for (int k = i + 2; k + 1 < toks.Count; k++)
                if (toks[k].Lower == "penandatanganan" && ByMeansOf.Contains(toks[k - 1].Lower)) return AgreementWords.DocumentAfter(toks, k, 3) >= 0;
            return false;
        }

        /// <summary>Verbs that state or renew a commitment held together: "X dan Y menegaskan (kembali) komitmen mereka …".</summary>
        private static readonly HashSet<string> StatingVerbs = new HashSet<string>(StringComparer.Ordinal)
        { "menegaskan", "mempertegas", "menyatakan", "memperbarui", "memperkuat", "menguatkan", "menyampaikan" };

        /// <summary>"komitmen" as the object of a verb that states it, right before it or with "kembali" between.</summary>
        private static bool IsStated(TokenList toks, int i)
        {
            int v = i - 1;
            if (v >= 0 && toks[v].Lower == "kembali") v--;
            return v >= 0 && StatingVerbs.Contains(toks[v].Lower);
        }

        /// <summary>"sepakat berdamai dan menandatangani surat perdamaian": the signing coordinated with the verb is the one agreement.</summary>
        private static bool SignedAlongside(TokenList toks, int i)
        {
            for (int k = i + 1; k + 1 < toks.Count && k <= i + 4; k++)
                if (toks[k].Lower == "dan" && AgreementWords.SignVerbs.Contains(toks[k + 1].Lower)) return AgreementWords.DocumentAfter(toks, k + 1, 4) >= 0;
            return false;
        }
    }
}
