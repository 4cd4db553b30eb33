using System;
using System.Collections.Generic;
using System.Linq;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A signing named by its noun: "Penandatanganan nota kesepahaman antara X dan Y", "X dan Y melakukan penandatanganan
    /// perjanjian", "… ditandai dengan penandatanganan surat pernyataan" (the parties of the agreement it seals). A first
    /// mention only: not when a signed agreement was found before, nor for a document referred back to or a planned signing.
    /// </summary>
    internal sealed partial class SigningNounTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.SigningNoun;
        public override string Description => "a signing named by its noun: penandatanganan (or ditandatanganinya) nota kesepahaman / surat pernyataan antara X dan Y, or dilakukan oleh X dan Y (signed)";
        public override string Example => "Penandatanganan nota kesepahaman antara Bank Sentosa dan Universitas Lestari berlangsung di Medan.";

        // "penandatangan surat pernyataan": the signer's noun, often written for the signing's, right before a document
        // "penekenan MoU": the signing named from "teken"
        public override IEnumerable<string> OpeningWords => new[] { "penandatanganan", "ditandatanganinya", "penandatangan", "penekenan" };

        public override bool Opens(Sent s, int i, string w) =>
            w == "penandatanganan" || w == "ditandatanganinya" || w == "penekenan" || w == "penandatangan" && i + 1 < s.Toks.Count && (s.Toks[i + 1].Lower == "surat" || AgreementWords.Documents.Contains(s.Toks[i + 1].Lower));

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = DocumentAfter(toks, i);
            if (doc < 0 || Negated(s, i) || IsPlanned(toks, i) || AgreementWords.PendingAfter(toks, i)) return i;
            // "X memperpanjang kerja sama dengan Y. Penandatanganan perjanjian ini digelar …": a document referred
            // back to is the cooperation just reported when no agreement was found before; else a restatement
            if (RefersBack(toks, doc))
            {
                ReferredBack(run, s, b, i, doc);
                return i;
            }
            // "penandatanganan deklarasi damai": the signed document is a declaration
            var kind = toks[doc].Lower == "deklarasi" ? AgreementKind.Declaration : AgreementKind.Signed;
            // after a signed agreement, only a further signing ("juga / turut dilakukan penandatanganan …") that names its own parties
            bool further = run.HasSigned;
            // "… penandatanganan MoU dan penandatanganan MoA": a second document signed in the sentence that found the first, by its parties
            if (further && i > 0 && toks[i - 1].Lower is "dan" or "serta" or "sekaligus" && run.FoundIn(s) && !NamesOwnSides(toks, doc) && run.LastInBlock(s) is { } same)
            {
                run.Emit(s, b, kind, same, true, Id, toks[i].Start);
                return i;
            }
            // "… lalu penandatanganan Deklarasi Bersama antara X dan Y" after signed documents: a declaration is
            // another kind of document, signed at the same event
            bool otherKind = kind == AgreementKind.Declaration && !run.HasKind(AgreementKind.Declaration);
            // "… dengan penandatanganan MoU antara X dan Y" after other signings: a signing between sides of its own that no
            // agreement found before joins is another agreement
            bool between = further && !IsFurther(toks, i) && !otherKind && AgreementWords.BetweenSides(toks, doc) && !AgreementWords.AnyPending(toks) && Named(run, s, i, doc) is { Count: >= 2 } own && !run.Found(kind, own);
            if (further && !IsFurther(toks, i) && !otherKind && !between) return i;
            bool meeting = false;
            var parties = further ? Named(run, s, i, doc) ?? new List<Party>() : Parties(run, s, b, i, doc, out meeting);
            bool unread = false;
            if (parties.Count == 0 && !further) parties = WithCarriedSigner(run, s, b, i, OneSide(run, s, i, doc, out unread));
            // the sides of a meeting reported before: its date is that paragraph's, not the signing's own
            // a first signing whose partner the sentence writes in a shape the mention scan does not read: the side it names is given
            if (parties.Count >= (further ? 2 : 1) || unread) run.Emit(s, b, kind, parties, !meeting, Id, toks[i].Start);
            return i;
        }

        /// <summary>
        /// "…. Salah satu langkahnya diwujudkan melalui penandatanganan MoU dengan Y": the one side read is the partner; the
        /// organisation whose effort the signing is the means of signs (<see cref="CarriedSigner"/>).
        /// </summary>
        private static List<Party> WithCarriedSigner(AgreementRun run, Sent s, int b, int i, List<Party> parties) =>
            parties.Count == 1 && SubjectBefore(s, i) == null && CarriedSigner.Of(run, s, b, i) is var (signer, said)
                ? PartyMemory.Distinct(run.Parties.Resolve(signer, said).Concat(parties)) : parties;

        /// <summary>
        /// A document noun, or "surat" (a letter: "surat pernyataan", "surat perjanjian"), among the three words after the noun; or
        /// "kerja sama" right after it ("penandatanganan kerja sama pengelolaan …": the cooperation signed is its agreement).
        /// </summary>
        private static int DocumentAfter(TokenList toks, int i)
        {
            if (AgreementWords.CooperationAt(toks, i + 1)) return i + 1;
            for (int k = i + 1; k < toks.Count && k <= i + 3; k++)
                if (AgreementWords.Documents.Contains(toks[k].Lower) || toks[k].Lower == "surat") return k;
            return -1;
        }

        private static bool IsPlanned(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) if (AgreementWords.Planned.Contains(toks[k].Lower)) return true;
            return false;
        }

        /// <summary>"penandatanganan kesepakatan ini/itu/tersebut": a document met before.</summary>
        internal static bool RefersBack(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 3; k++)
                if (toks[k].Lower == "ini" || toks[k].Lower == "itu" || toks[k].Lower == "tersebut") return true;
            return false;
        }

        /// <summary>
        /// A document referred back to ("penandatanganan perjanjian ini / tersebut …"): the cooperation just reported when no
        /// agreement was found before; or, with none before it (the headline announced the signing), "… tersebut dilakukan oleh
        /// X dan Y": the signing the sentence reports, by the two signers it names (a longer list of offices and holders is read
        /// only in pieces, so its parties are left out rather than guessed). Else a restatement.
        /// </summary>
        private void ReferredBack(AgreementRun run, Sent s, int b, int i, int doc)
        {
            var toks = s.Toks;
            if (run.HasAny) return;
            if (CooperationPair.Before(run, s, b, i) is List<Party> pair) { run.Emit(s, b, AgreementKind.Signed, pair, true, Id, toks[i].Start); return; }
            if (!SignersNamedAfter(toks, doc)) return;
            var named = Named(run, s, i, doc);
            run.Emit(s, b, AgreementKind.Signed, named is { Count: 2 } ? named : new List<Party>(), true, Id, toks[i].Start);
        }

        /// <summary>"… tersebut dilakukan oleh X": the signing's passive verb and its agent, a capitalised name or office, within a few words after the document.</summary>
        private static bool SignersNamedAfter(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 6; k++)
                if (toks[k].Lower != "oleh" && SignersAfterPassive(toks, k) is int at && at > k && at < toks.Count && toks[at - 1].Lower == "oleh" && toks[at].Upper) return true;
            return false;
        }

        /// <summary>Words before the noun that make it a further signing at the same event.</summary>
        private static bool IsFurther(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) if (toks[k].Lower is "juga" or "turut" or "pula") return true;
            return false;
        }

        /// <summary>
        /// The parties the sentence names, else the pair of a cooperation just reported ("X bekerja sama dengan Y"), else the last run of two or more in the paragraph's sentences before (the pair the
        /// paragraph is about: "kerja sama antara X-Y …. usai melakukan penandatanganan …"), else the last agreement's, else
        /// the sides the article designates ("pihak pertama X … pihak kedua Y"), else those the meeting just reported brought together.
        /// </summary>
        private static List<Party> Parties(AgreementRun run, Sent s, int b, int i, int doc, out bool meeting)
        {
            meeting = false;
            var named = Named(run, s, i, doc);
            if (named != null) return named;
            if (CooperationPair.Before(run, s, b, i) is List<Party> pair) return pair;
            var sents = run.Blocks[b];
            for (int si = s.Index - 1; si >= 0; si--)
                for (int r = sents[si].Runs.Count - 1; r >= 0; r--)
                    if (sents[si].Runs[r].Count >= 2) return run.Parties.Resolve(sents[si].Runs[r], sents[si]);
            var agreed = run.Parties.Agreements;
            if (agreed.Count > 0) return agreed[agreed.Count - 1];
            if (run.Parties.Designated.Count >= 2) return run.Parties.Designated;
            var met = MeetingParties(run, s, b);
            meeting = met != null;
            return met ?? run.Parties.Designated;
        }

        /// <summary>Nouns of a meeting whose outcome a sentence reports ("Pertemuan itu menghasilkan penandatanganan …").</summary>
        private static readonly HashSet<string> Meetings = new HashSet<string>(StringComparer.Ordinal)
        { "pertemuan", "mediasi", "rapat", "musyawarah", "perundingan", "dialog", "audiensi" };

        /// <summary>
        /// "Pertemuan itu menghasilkan penandatanganan …": a sentence that opens on the meeting just reported is about those it
        /// brought together, the last run of two or more in the paragraph before; else null.
        /// </summary>
        private static List<Party>? MeetingParties(AgreementRun run, Sent s, int b)
        {
            var toks = s.Toks;
            if (s.Index != 0 || b == 0 || toks.Count < 2 || !Meetings.Contains(toks[0].Lower) || toks[1].Lower is not ("itu" or "tersebut" or "ini")) return null;
            var sents = run.Blocks[b - 1];
            for (int si = sents.Count - 1; si >= 0; si--)
                for (int r = sents[si].Runs.Count - 1; r >= 0; r--)
                    if (sents[si].Runs[r].Count >= 2) return run.Parties.Resolve(sents[si].Runs[r], sents[si]);
            return null;
        }

        /// <summary>The run after "antara" (or "antara X dengan Y"), else the subject of the clause, else one signer and its partner (<see cref="SignerAndPartner"/>); null when none names two.</summary>
        private static List<Party>? Named(AgreementRun run, Sent s, int i, int doc)
        {
            var toks = s.Toks;
            int limit = doc + 12;
            for (int k = doc + 1; k + 1 < toks.Count && k <= limit; k++)
            {
                // "PKS tentang Rumah Sakit Pendidikan dan Program Studi Kedokteran antara X dengan Y": the title is stepped over
                if (toks[k].Lower == "tentang") { int end = TitleEnd(toks, k); limit += end - k; k = end - 1; continue; }
                int at = toks[k].Lower == "antara" ? k + 1 : SignersAfterPassive(toks, k);
                if (at < 0) continue;
                // "dilaksanakan oleh oleh X": a doubled word is one
                if (at < toks.Count && toks[at].Lower == toks[at - 1].Lower) at++;
                // "antara pimpinan DPRD X dan …": the word for who acts on a side's behalf is stepped over
                if (at < toks.Count && OnBehalf.Contains(toks[at].Lower)) at++;
                // "dilakukan langsung Direktur Utama (Dirut) PT X …": the office of the one who signs for X, and its short form, are stepped over
                var r = RunAt(s, at) ?? (toks[k].Lower != "antara" ? RunAt(s, AfterOffice(s, at)) : null);
                if (r != null && (r.Count >= 2 || r[0].Type == EntType.Group)) return run.Parties.Resolve(r, s);
                if (r != null && Partner(s, r) is List<Ent> other) return run.Parties.Resolve(r.Concat(other), s);
            }
            var subj = SubjectBefore(s, i) ?? MeansClause.Subject(s, i);
            if (subj != null && (subj.Count >= 2 || subj[0].Type == EntType.Group)) return run.Parties.Resolve(subj, s);
            if (SidesRightAfter(s, doc) is { } sides) return run.Parties.Resolve(sides, s);
            var pair = SignerAndPartner.Of(s, i, doc);
            return pair != null ? run.Parties.Resolve(pair, s) : null;
        }

        /// <summary>Words for those who sign on a side's behalf, before its name ("antara pimpinan DPRD X dan …").</summary>
        private static readonly HashSet<string> OnBehalf = new HashSet<string>(StringComparer.Ordinal)
        { "pimpinan", "perwakilan", "pengurus", "manajemen", "jajaran", "wakil" };

        /// <summary>The token after a document's title that starts at "tentang" <paramref name="k"/>: capitalised words, and "dan"/"serta" between them.</summary>
        private static int TitleEnd(TokenList toks, int k)
        {
            int j = k + 1;
            while (j < toks.Count && (toks[j].Upper || toks[j].Lower is "dan" or "serta" && j + 1 < toks.Count && toks[j + 1].Upper)) j++;
            return j;
        }

        /// <summary>
        /// "(penandatanganan …) dilakukan / dilaksanakan (secara) (langsung) (oleh) X dan Y": the token after the passive verb of the
        /// signing at <paramref name="k"/> and the words that may come before its agent (who is often written without "oleh"); else -1.
        /// </summary>
        private static int SignersAfterPassive(TokenList toks, int k)
        {
            // "penandatanganan MoU oleh Wali Kota X dan Bupati Y": the signers right after "oleh"
            if (toks[k].Lower == "oleh") return k + 1;
            if (toks[k].Lower is not ("dilakukan" or "dilaksanakan" or "digelar")) return -1;
            int at = k + 1;
            if (at < toks.Count && toks[at].Lower == "secara") at++;
            if (at < toks.Count && toks[at].Lower == "langsung") at++;
            return at < toks.Count && toks[at].Lower == "oleh" ? at + 1 : at;
        }

        /// <summary>The token after the capitalised office words from <paramref name="at"/> ("Direktur Utama") and a short form in brackets after them.</summary>
        private static int AfterOffice(Sent s, int at)
        {
            var toks = s.Toks;
            int k = at;
            while (k < toks.Count && toks[k].Upper && (MentionLexicon.IsTitle(toks[k].Text) || MentionLexicon.IsPortfolio(toks[k].Text))) k++;
            if (k == at || k >= toks.Count) return at;
            // "(Dirut)": one word in brackets
            int open = s.Text.LastIndexOf('(', toks[k].Start, toks[k].Start - toks[k - 1].End);
            return open >= 0 && toks[k].End < s.Text.Length && s.Text[toks[k].End] == ')' ? k + 1 : k;
        }

        /// <summary>How many words a place phrase after X may hold ("antara X di Kabupaten dan Kota Hulu dengan Y").</summary>
        private const int PlaceSpan = 8;

        /// <summary>
        /// "antara X dengan Y", "dilakukan X beserta Y": the run after the first "dengan" (or "beserta"/"bersama") within four words
        /// of X, or of the place phrase right after X that says where X is ("di Kabupaten dan Kota Hulu", "se-Jawa Barat": capitalised
        /// words and "dan"/"serta" between them), or of the companions X is "didampingi".
        /// </summary>
        private static List<Ent>? Partner(Sent s, List<Ent> first)
        {
            var toks = s.Toks;
            int end = first[first.Count - 1].TokEnd;
            if (end < toks.Count && (toks[end].Lower == "di" || IsScopePrefix(s, end)))
            {
                int k = end + 1;
                while (k < toks.Count && k <= end + PlaceSpan && (toks[k].Upper || toks[k].Lower is "dan" or "serta" && k + 1 < toks.Count && toks[k + 1].Upper)) k++;
                if (k > end + 1) end = k;
            }
            int reach = end + 4;
            for (int k = end; k + 1 < toks.Count && k <= reach; k++)
            {
                string w = toks[k].Lower;
                // "X didampingi A dan B beserta Y": those who accompany X are stepped over to the partner
                // (the signer's own name may stand between: "X Ani Lestari didampingi …")
                if (w == "didampingi" && k <= end + 3) reach = k + CompanionSpan;
                if (w == "dengan") return RunAt(s, k + 1);
                // "X beserta Y", "X (didampingi …) bersama Y": the partner is the one mention after the word, though a list goes on
                if (w is "beserta" or "bersama" && k > end) return RunAt(s, k + 1) ?? MentionAt(s, k + 1);
            }
            return null;
        }

        /// <summary>How many words the companions of a signer may take ("X didampingi staf A dan B beserta Y").</summary>
        private const int CompanionSpan = 10;

        /// <summary>The one mention that starts at token <paramref name="tok"/>, as a run of its own; else null.</summary>
        private static List<Ent>? MentionAt(Sent s, int tok)
        {
            foreach (var e in s.Ents) if (e.TokStart == tok && e.Type != EntType.Group) return new List<Ent> { e };
            return null;
        }
    }
}
