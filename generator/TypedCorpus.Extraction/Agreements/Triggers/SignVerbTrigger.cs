using System.Linq;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>A signing verb and a document within four words: "X menandatangani nota kesepahaman dengan Y".</summary>
    internal sealed class SignVerbTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.SignVerb;
        public override string Description => "a signing verb and a document: menandatangani nota kesepahaman (signed, or declaration for a deklarasi)";
        public override string Example => "Indonesia menandatangani nota kesepahaman dengan Australia di Canberra.";

        // every sign verb starts with "me" (and w is in lower case): other words skip the set lookup
        public override IEnumerable<string> OpeningWords => AgreementWords.SignVerbs.Concat(BareStems);

        private static readonly string[] BareStems = { "teken", "tandatangani" };

        public override bool Opens(Sent s, int i, string w) => w[0] == 'm' && AgreementWords.SignVerbs.Contains(w) || w is "teken" or "tandatangani" && BareActive(s.Toks, i);

        /// <summary>
        /// "Universitas X kembali teken MoU": the bare stem used as the active verb, as headlines and reports write it; not
        /// the passive "di teken" nor "yang dia teken" (<see cref="OwnSigningTrigger"/>).
        /// </summary>
        private static bool BareActive(TokenList toks, int i) =>
            i > 0 && toks[i - 1].Lower is not ("di" or "yang" or "dia" or "ia" or "beliau" or "mereka" or "kami" or "kita" or "untuk" or "akan");

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = AgreementWords.DocumentAfter(toks, i, 4);
            // "X menandatangani kerja sama dengan Y": the cooperation signed is its agreement ("sepakat (untuk) menandatangani kerja
            // sama" is the commitment's, one agreement)
            if (doc < 0 && !AgreedBefore(toks, i) && AgreementWords.CooperationAt(toks, i + 1)) doc = i + 1;
            // "menandatangani surat pernyataan damai": a settlement's written statement is its document
            if (doc < 0 && i + 3 < toks.Count && toks[i + 1].Lower == "surat" && toks[i + 2].Lower == "pernyataan" && toks[i + 3].Lower is "damai" or "perdamaian") doc = i + 1;
            if (doc < 0) return i;
            if (i + 2 < toks.Count && toks[i + 1].Lower == "pernyataan" && toks[i + 2].Lower == "bersama") return i;
            if (Negated(s, i)) return i;
            var parties = SigningParties(run.Parties, s, i, doc);
            // "…. Hal itu ditunjukkan dengan meneken MoU dengan Y": the organisation the sentence before opened on signs
            if (parties.Count == 1 && SubjectBefore(s, i) == null && CarriedSigner.Of(run, s, b, i) is var (signer, said))
                parties = PartyMemory.Distinct(run.Parties.Resolve(signer, said).Concat(parties));
            // "PT Sukamaju Menara telah menandatangani Sale and Purchase Agreement …": a company signing a contract signs it with
            // someone the sentence does not name; the one party it names is given, the other left out rather than guessed
            // "X kembali teken MoU …. Penandatanganan kali ini dilakukan dengan Y": the partner the next sentence names
            if (parties.Count == 1 && PartnerAhead.Of(run, s, b) is var (partner, at)) parties = PartyMemory.Distinct(parties.Concat(run.Parties.Resolve(partner, at)));
            bool contract = parties.Count == 1 && parties[0].Type == EntType.Org && IsContract(toks[doc].Lower);
            // "Mereka kemudian menandatangani berita acara kesepakatan itu": those who just agreed sign it (a first signing only)
            if (parties.Count == 0 && !run.HasSigned && TheySign(toks, i) && run.LastNear(b) is List<Party> agreed) parties = agreed;
            // "kedua belah pihak menandatangani surat kesepakatan" where the article never names the sides: two parties, unnamed
            // "keduanya juga menandatangani surat pernyataan damai": both sides sign a peace settlement (a mediation's end, named
            // before or not): kept without parties
            if (parties.Count == 0 && (UnnamedSides(run, s, i) || BothSign(toks, i) && PeaceDocument(toks, i))) parties = new List<Party>();
            // "Universitas X menandatangani nota kesepahaman …" whose partner the sentence writes in a shape the mention scan does
            // not read: a signing is between two sides, so the one named is given and the other left out rather than guessed
            // (not "mengesahkan": a court or a council ratifies on its own)
            else if (parties.Count < 2 && !contract && !(parties.Count == 1 && toks[i].Lower != "mengesahkan")) return i;
            // "… Maritime College (SMC) Dalian, menandatangani …": the one signer read is the tail of a name not read whole; the
            // signing is given without parties rather than with a wrong one
            if (parties.Count == 1 && !contract && !OneSignerWhole(s, i)) parties = new List<Party>();
            run.Emit(s, b, toks[doc].Lower == "deklarasi" ? AgreementKind.Declaration : AgreementKind.Signed, parties, true, Id, toks[i].Start);
            return i;
        }

        /// <summary>"sepakat", "bersepakat", "menyepakati" among the three words before the verb ("sepakat untuk menandatangani").</summary>
        private static bool AgreedBefore(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--)
                if (toks[k].Lower is "sepakat" or "bersepakat" or "menyepakati") return true;
            return false;
        }

        /// <summary>Adverbs that may stand between "mereka" and its verb ("mereka kemudian / pun / lalu menandatangani").</summary>
        private static readonly HashSet<string> TheyAdverbs = new HashSet<string>(System.StringComparer.Ordinal)
        { "kemudian", "lalu", "pun", "akhirnya", "juga", "telah", "sudah", "lantas", "langsung", "bersama", "bersama-sama", "selanjutnya" };

        /// <summary>The word right before the verb past the adverbs <see cref="TheyAdverbs"/> ("mereka kemudian menandatangani"), or -1.</summary>
        private static int SubjectEnd(TokenList toks, int verb)
        {
            int k = verb - 1;
            while (k >= 0 && TheyAdverbs.Contains(toks[k].Lower)) k--;
            return k;
        }

        /// <summary>A subject at <paramref name="start"/> that no purpose, condition or future opens ("agar mereka …", "akan keduanya …"): a signing done.</summary>
        private static bool Realis(TokenList toks, int start)
            => start == 0 || toks[start - 1].Lower is not ("agar" or "supaya" or "untuk" or "jika" or "bila" or "apabila" or "kalau" or "sebelum" or "akan");

        /// <summary>"Mereka (kemudian) menandatangani …": the pronoun is the signer, only adverbs between it and the verb.</summary>
        private static bool TheySign(TokenList toks, int verb)
            => SubjectEnd(toks, verb) is int k && k >= 0 && toks[k].Lower == "mereka" && Realis(toks, k);

        /// <summary>"Keduanya (juga) menandatangani …", "kedua belah pihak kemudian menandatangani …": the two sides are the signers.</summary>
        private static bool BothSign(TokenList toks, int verb)
        {
            int k = SubjectEnd(toks, verb);
            if (k < 0) return false;
            int subject = toks[k].Lower == "keduanya" ? k : toks[k].Lower == "pihak" && k >= 1 && toks[k - 1].Lower == "kedua" ? k - 1
                : toks[k].Lower == "pihak" && k >= 2 && toks[k - 1].Lower == "belah" && toks[k - 2].Lower == "kedua" ? k - 2 : -1;
            return subject >= 0 && Realis(toks, subject);
        }

        /// <summary>"… surat pernyataan damai", "… kesepakatan perdamaian": a peace settlement's document among the four words after the verb.</summary>
        private static bool PeaceDocument(TokenList toks, int verb)
        {
            for (int k = verb + 1; k < toks.Count && k <= verb + 4; k++) if (toks[k].Lower is "damai" or "perdamaian") return true;
            return false;
        }

        /// <summary>The signers are the sides of a mediated dispute the article never names ("kedua belah pihak", "seluruh pihak").</summary>
        private static bool UnnamedSides(AgreementRun run, Sent s, int verb) =>
            run.Parties.SidesUnnamed && SubjectBefore(s, verb) is List<Ent> subj && subj.Count == 1 && MediatedDispute.IsSidesGroup(subj[0]);

        /// <summary>The one signer read is the whole subject, or there is no subject (the signer is the partner after the document).</summary>
        private static bool OneSignerWhole(Sent s, int verb) => SubjectBefore(s, verb) is not { Count: 1 } one || Whole(s, one[0]);

        private static bool IsContract(string document) => document is "perjanjian" or "agreement" or "kontrak";

        /// <summary>The parties of "X menandatangani/meneken &lt;document&gt; dengan Y" (or "… antara X dan Y", "… antara X dengan Y") at sign verb <paramref name="verb"/>.</summary>
        public static List<Party> SigningParties(PartyMemory memory, Sent s, int verb, int doc)
        {
            var toks = s.Toks;
            var ents = new List<Ent>();
            var subj = SubjectBefore(s, verb);
            if (subj != null) ents.AddRange(subj);
            for (int k = doc + 1; k < toks.Count && k <= doc + 10; k++)
            {
                // "nota kesepahaman bersama (MoU) dengan Y": a joint document, not a partner
                // ("Nota Kesepahaman (MoU), bersama Y": after the document's short form in brackets, "bersama Y" names the partner)
                if (toks[k].Lower == "bersama" && AgreementWords.Documents.Contains(toks[k - 1].Lower) && !AgreementText.BracketBetween(s.Text, toks[k - 1], toks[k])) continue;
                if (toks[k].Lower == "dengan" || toks[k].Lower == "bersama") { var r = RunAfter(s, k); if (r != null) { ents.AddRange(r); break; } }
                if (toks[k].Lower == "antara" && ents.Count == 0) { var r = SidesAfterAntara(s, k); if (r != null && r.Count >= 2) { ents.AddRange(r); break; } }
            }
            return memory.Resolve(ents, s);
        }
    }
}
