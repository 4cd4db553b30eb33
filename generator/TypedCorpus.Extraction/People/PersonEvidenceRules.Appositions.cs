using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// "Darto Wibisono, seorang petani," / "…, juga seorang petani": "seorang" (one person) counts persons only, so
        /// a name in apposition before it, with any lower-case noun after it, is a person.
        /// </summary>
        private sealed class PersonClassifierAfter : PersonEvidence
        {
            public override string Id => "seorang-apposition";
            public override string Description => "\"seorang\" and a noun in apposition after the name: Darto Wibisono, seorang petani, … / Darto(,) salah satu petani …";
            public override (string, string) Example => ("Kebun itu digarap Darto Wibisono, seorang petani, sejak lama.", "Darto Wibisono");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int i = s.After;
                if (s.Mention.OrgOrPlace || i + 2 >= toks.Count) return null;
                // "Rina salah satu pedagang sayur mengeluh": without its comma, "salah satu" / "salah seorang" and a noun of persons
                // ("Tiba-tiba salah seorang warga …": one word opening the sentence is rather an adverb)
                if (toks[i].Text != ",")
                    return s.K < 0 && PlainNameWords(s.Mention.Name, 3) && !(s.Mention.Name.Length == 1 && IsSentenceStart(toks, s.Mention.TokenIndex)) && OneOfPersons(toks, i) ? true : null;
                i++;
                if (toks[i].Is("juga") || toks[i].Is("yakni")) i++;
                // "Yana, salah satu pembeli, …": one of a noun of persons after the comma too
                return i + 1 < toks.Count && toks[i].Is("seorang") && toks[i + 1].IsWord && !toks[i + 1].IsCap && !toks[i + 1].HasDigit
                    || PlainNameWords(s.Mention.Name, 3) && OpensClause(toks, s.Mention.TokenIndex) && !NameLexicon.IsCalendar(s.Mention.Name[0]) && OneOfPersons(toks, i) ? true : null;
            }

            /// <summary>
            /// The name opens its clause: the text's or a sentence's start, or a comma after a lead adverbial ("Selanjutnya, Yana,
            /// …"); not after a preposition ("Di Cibadak, salah seorang pembeli …").
            /// </summary>
            /// <summary>"dialami", "dirasakan", "diungkapkan": a passive verb in small letters (di-…-i, di-…-kan).</summary>
            private static bool PassiveVerb(Tok t)
                => t.IsWord && !t.IsCap && t.Text.Length >= 7 && t.Text.StartsWith("di", StringComparison.Ordinal)
                   && (t.Text.EndsWith("i", StringComparison.Ordinal) || t.Text.EndsWith("kan", StringComparison.Ordinal));

            private static bool OpensClause(TokenList toks, int at)
            {
                if (at == 0 || IsSentenceStart(toks, at)) return true;
                // "Rasa bangga juga dialami Julio Bria, salah satu peraih medali": the agent right after a passive verb
                if (PassiveVerb(toks[at - 1])) return true;
                return toks[at - 1].Text == "," && at >= 2 && toks[at - 2].IsWord && NameLexicon.LeadAdverbials.Contains(toks[at - 2].Text);
            }

            /// <summary>"salah satu pedagang", "salah seorang warga" at <paramref name="i"/>: one of a noun of persons.</summary>
            private static bool OneOfPersons(TokenList toks, int i)
                => i + 2 < toks.Count && toks[i].Is("salah") && (toks[i + 1].Is("satu") || toks[i + 1].Is("seorang")) && toks[i + 2].IsWord && !toks[i + 2].IsCap
                   && (PersonNouns.Contains(toks[i + 2].Text) || NameLexicon.IsPersonRole(toks[i + 2].Text));
        }

        /// <summary>"Darto Wibisono, berusia 52 tahun," / "Rina, berumur 46 tahun": an age written with its verb in apposition.</summary>
        private sealed class AgeVerbInApposition : PersonEvidence
        {
            public override string Id => "age-verb-apposition";
            public override string Description => "an age with berusia/berumur in apposition: Darto Wibisono, berusia 52 tahun, …";
            public override (string, string) Example => ("Sepeda itu dicuri dari Darto Wibisono, berusia 52 tahun, kemarin.", "Darto Wibisono");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int i = s.After;
                if (s.Mention.OrgOrPlace || i + 3 >= toks.Count || toks[i].Text != ",") return null;
                i++;
                if (toks[i].Is("yang")) i++;
                return i + 2 < toks.Count && (toks[i].Is("berusia") || toks[i].Is("berumur")) && IsAge(toks[i + 1].Text)
                    && (toks[i + 2].Is("tahun") || toks[i + 2].Is("th") || toks[i + 2].Is("thn")) ? true : null;
            }
        }

        /// <summary>
        /// "Wartono Sugeng selaku ketua karang taruna": "selaku" (in the capacity of) after a plain name of two words or more, none a
        /// place or a body's word, gives the person's capacity, whatever the noun.
        /// </summary>
        private sealed class CapacityAfter : PersonEvidence
        {
            public override string Id => "selaku-after";
            public override string Description => "\"selaku\" after a plain name of two words or more: Wartono Sugeng selaku ketua karang taruna";
            public override (string, string) Example => ("Hadir pula Wartono Sugeng selaku ketua karang taruna.", "Wartono Sugeng");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                int a = s.After;
                return !m.OrgOrPlace && s.K < 0 && m.Name.Length >= 2 && a + 1 < s.Toks.Count && s.Toks[a].Is("selaku") && s.Toks[a + 1].IsWord
                    && PlainNameWords(m.Name, 3) && !NameLexicon.IsGazetteerPlace(m.Joined) ? true : null;
            }
        }

        /// <summary>
        /// "diawali oleh Rosita Lubis dari Fraksi Hanura", "dipimpin Bambang Sutejo dari Universitas Cibaru": a plain name of
        /// two words or more (no place, no body's word, not after "di"/"ke"/"dari"), then "dari" and an organisation word: a
        /// member speaking or acting for the body.
        /// </summary>
        private sealed class MemberOfBody : PersonEvidence
        {
            public override string Id => "member-of-body";
            public override string Description => "a plain name of two words, then dari and a body: Rosita Lubis dari Fraksi Hanura";
            public override (string, string) Example => ("Pandangan fraksi diawali oleh Rosita Lubis dari Fraksi Hanura.", "Rosita Lubis");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                int a = s.After;
                // ("Muhammad Yusik As'adi, dari Komite Pusat …, menyebutkan": its comma before "dari" too)
                if (a + 1 < toks.Count && toks[a].Text == "," && IsSentenceStart(toks, m.TokenIndex)) a++;
                if (s.Strong || m.OrgOrPlace || s.K >= 0 || m.Name.Length < 2 || a + 1 >= toks.Count || !toks[a].Is("dari")) return null;
                if (s.Start > 0 && toks[s.Start - 1].IsWord && IsPlaceWord(toks[s.Start - 1])) return null;
                return toks[a + 1].IsCap && NameLexicon.IsOrgWord(toks[a + 1].Text) && PlainNameWords(m.Name, 3) && !NameLexicon.IsGazetteerPlace(m.Joined) ? true : null;
            }
        }

        /// <summary>
        /// Is there a role before the comma of "…, Name,"? Walks back at most 12 tokens (14 once a place of an office was seen;
        /// an office may end in a list of fields: "wakil Perdana Menteri untuk pariwisata, olahraga, budaya dan komunikasi, X,"):
        /// a person role ("koordinator relawan setempat, Asep,"), or a place unit right after an office role ("Wali Kota
        /// Sukamaju, Budi,"), or a place of origin after one ("Petani asal Desa Hulu, Budi"); a plain place ("di Kecamatan Wates,
        /// Kulon Progo,"), a preposition or a sentence end stops it.
        /// </summary>
        /// <summary>A role word (and at most two words of its trade, in small letters) right before the place unit at <paramref name="unit"/>; not a resident's.</summary>
        private static bool RoleInSmallLettersBefore(TokenList toks, int unit)
        {
            for (int b = unit - 1; b >= 0 && b >= unit - 3; b--)
            {
                if (!toks[b].IsWord || toks[b].IsCap && !NameLexicon.IsPersonRole(toks[b].Text) || toks[b].Is("di") || toks[b].Is("dari") || toks[b].Is("ke")) return false;
                // "Warga perumahan Taman Indah RW 06, Wiyung": a resident's place goes on in apposition, no name follows
                if (NameLexicon.IsPersonRole(toks[b].Text)) return !(toks[b].Is("warga") || toks[b].Is("penduduk") || toks[b].Is("masyarakat"));
            }
            return false;
        }

        private static bool RoleBeforeAppositionComma(TokenList toks, int start, bool oneWord = false, bool closed = false)
        {
            bool placeSeen = false, titleOnly = true; // (a long office's title in capitals: "Kepala Bidang … Dinas Pemuda, Olahraga, … (X) Kota Depok, Nama")
            for (int b = start - 2, steps = 0; b >= 0 && steps < (placeSeen ? (titleOnly ? 20 : 14) : 12); b--, steps++)
            {
                var t = toks[b];
                titleOnly &= !t.IsWord || t.IsCap || t.Is("dan");
                if (!t.IsWord) { if (t.Text == "." || t.Text == ";") return false; continue; }
                if (!t.IsCap && NameScanner.SayingVerbs.Contains(t.Text)) return false; // "X mengatakan, Cap Go Meh …": what was said
                if (t.IsCap && NameLexicon.IsPlaceUnit(t.Text))
                {
                    if (b > 0 && IsOfficeRole(toks[b - 1])) return true; // "Wali Kota Sukamaju, Budi,": the unit belongs to the role
                    // "Ketua PGRI Kota Semarang, Wahyuningsih,": a capitalised body before the unit places the office, go on to its role
                    // (or its number: "Kepala Sekolah SD Negeri Sukamaju 01 Kecamatan Kalisat, Rina,")
                    if (b > 0 && toks[b - 1].IsWord && (toks[b - 1].IsCap || toks[b - 1].HasDigit) && !toks[b - 1].Is("di") || b > 0 && toks[b - 1].Text == ")") { placeSeen = true; continue; }
                    // "Kepala Desa Sukamaju, Kecamatan Wanareja, Budi": the office's place, then its district in apposition
                    if (b > 1 && toks[b - 1].Text == "," && toks[b - 2].IsCap) { placeSeen = true; continue; }
                    // "Petani asal Desa Karangrowo, Hawi": where the person comes from, after the role
                    if (b > 0 && toks[b - 1].Is("asal")) { placeSeen = true; continue; }
                    // "Guru SD di Kecamatan Tanete Riattang, Andi Nurhayati": where the role is held, after it
                    // (the place's words run up to the apposition's comma: not a list of places, "di Kecamatan Tebet, Mampang, Pondok Pinang,")
                    // (and the apposition closed by its comma: "petani di Desa Sukamulya, Tempuran Hilir menolak" names the village's district)
                    if (closed && b > 1 && toks[b - 1].Is("di") && toks[b - 2].IsWord && CapitalsUpTo(toks, b + 1, start - 1)) { placeSeen = true; b--; continue; }
                    // "petani karet Kabupaten Sarolangun, Lukman": the role with its trade in small letters, then its place
                    // (one name word only: "pedagang kaki lima Kelurahan Kampung Rawa, Johar Baru mengeluhkan" goes on with a place)
                    if (oneWord && RoleInSmallLettersBefore(toks, b)) { placeSeen = true; continue; }
                    return false;
                }
                if ((t.Is("di") || t.Is("ke") || t.Is("dari")) && !(b + 1 < toks.Count && toks[b + 1].IsWord
                    && (NameLexicon.IsOrgWord(toks[b + 1].Text) || NameLexicon.FieldWords.Contains(toks[b + 1].Text) || NameLexicon.IsAcronym(toks[b + 1].Text)))) return false;
                if (NameLexicon.IsPersonRole(t.Text) && !(b == start - 2 && RoleModifiers.Contains(t.Text))) return !InBuildingName(toks, b);
                // "Petugas BP3MI Sultra, Aswan,": a noun of persons in small letters (or opening the sentence), then only the capitalised
                // body or place it serves, then the apposition closed by its comma (one name word only before a verb of saying: "siswa
                // SMP Kanisius, Gebog, mengikuti" is a place)
                if (closed && b < start - 2 && (!t.IsCap || IsSentenceStart(toks, b)) && NounOfPersonsAt(toks, b) && BodyWordsUpTo(toks, b + 1, start - 1)
                    && (!oneWord || SaysAfterApposition(toks, start))) return true;
            }
            return false;
        }

        /// <summary>Every token in [<paramref name="from"/>, <paramref name="to"/>) is a capitalised word, and there is one at least.</summary>
        private static bool CapitalsUpTo(TokenList toks, int from, int to)
        {
            if (from >= to) return false;
            for (int i = from; i < to; i++) if (!toks[i].IsWord || !toks[i].IsCap) return false;
            return true;
        }

        /// <summary>
        /// Rule resident-apposition: "Darsono, warga Dusun Krajan, menambahkan", "Budi, warga setempat, mengatakan": a plain name
        /// in apposition with "warga" and its place (or "setempat"), closed by a comma, is a resident; not a place after "di".
        /// </summary>
        private sealed class ResidentApposition : PersonEvidence
        {
            /// <summary>Words that join the sentence to the one before and may open the run ("Sementara Darsono, …"; not "Selain", "Di").</summary>
            private static readonly System.Collections.Generic.HashSet<string> ClauseJoiners = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
            { "sementara", "sedangkan", "adapun", "kemudian", "lalu", "namun" };

            public override string Id => "resident-apposition";
            public override string Description => "a name in apposition with warga and its place: Darsono, warga Desa Talang, menambahkan";
            public override (string, string) Example => ("Sementara Darsono, warga Desa Talang, menambahkan bahwa air mulai naik.", "Darsono");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                int a = s.After;
                // ("Sementara Darsono, warga …": an adverb opening the sentence may stand at the run's edge)
                if (s.Strong || m.OrgOrPlace || s.K >= 0 && !ClauseJoiners.Contains(toks[s.Run[s.K]].Text) || m.Name.Length > 4 || a + 3 >= toks.Count || toks[a].Text != "," || !toks[a + 1].Is("warga") || toks[a + 1].IsCap) return null;
                if (s.Start > 0 && toks[s.Start - 1].IsWord && (toks[s.Start - 1].Is("di") || toks[s.Start - 1].Is("ke") || toks[s.Start - 1].Is("dari") || IsPlaceWord(toks[s.Start - 1]))) return null;
                if (!PlainNameWords(m.Name, 3)) return null;
                int j = a + 2;
                if (toks[j].Is("setempat")) j++;
                else while (j < toks.Count && j <= a + 7 && toks[j].IsCap) j++;
                return j > a + 2 && j < toks.Count && toks[j].Text == "," ? true : null;
            }
        }

        /// <summary>
        /// Rule ballot-number: "calon presiden nomor urut 01 Bambang Sutrisno", "paslon no urut 2 Rina Wulandari": a plain name
        /// right after a candidate's ballot number is a candidate.
        /// </summary>
        private sealed class BallotNumber : PersonEvidence
        {
            public override string Id => "ballot-number";
            public override string Description => "a plain name right after a ballot number: calon nomor urut 01 Bambang Sutrisno";
            public override (string, string) Example => ("Pendukung calon bupati nomor urut 2 Rina Wulandari berkumpul di lapangan.", "Rina Wulandari");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int b = s.Start - 1;
                if (s.Strong || s.Mention.OrgOrPlace || s.K >= 0 || s.Mention.Name.Length is < 2 or > 4 || b < 2) return null;
                return toks[b].HasDigit && toks[b].IsWord && toks[b - 1].Is("urut") && (toks[b - 2].Is("nomor") || toks[b - 2].Is("no")) && PlainNameWords(s.Mention.Name, 3) ? true : null;
            }
        }

        /// <summary>Does a role follow a name at <paramref name="at"/>: ", Ketua …", ", seorang guru", "selaku Kabid", ", warga …"?</summary>
        private static bool RoleFollows(TokenList toks, int at)
        {
            at = SkipDegrees(toks, at); // "Didi Firmansyah MH sebagai Sekretaris", "Abdul Muhari PhD, Plt Kepala …"
            if (at >= toks.Count || !toks[at].IsWord && toks[at].Text != ",") return false;
            int i = at;
            if (toks[i].Is("yang")) return OfficeInRelativeClause(toks, i + 1);
            if (toks[i].Text == ",") i++;
            // "oleh Sumaji seorang perajin sarung", "Siti Munfaati warga RT 22 yang …": "seorang" and a noun of persons, or a
            // resident of a place after a name of two words, its comma left out
            else if (NoCommaRole(toks, i)) return true;
            // "Atin salah satu pedagang beras mengatakan": one of a group of persons, its comma left out
            else if (!(toks[i].Is("selaku") || toks[i].Is("sebagai") || toks[i].Is("salah") && i + 1 < toks.Count && (toks[i + 1].Is("satu") || toks[i + 1].Is("seorang")))) return false;
            // "Warsidi, salah satu pengungsi …", "Rahmat, salah seorang guru": one of a group of persons
            if (i + 2 < toks.Count && toks[i].Is("salah") && (toks[i + 1].Is("satu") || toks[i + 1].Is("seorang")))
                return toks[i + 2].IsWord && (NameLexicon.IsPersonRole(toks[i + 2].Text) || ListPersonNouns.Contains(toks[i + 2].Text) || AppositionRoles.Contains(toks[i + 2].Text));
            // "Saiful, orang tua salah satu balita tersebut,": a parent
            if (i + 1 < toks.Count && i > at && toks[i].Is("orang") && toks[i + 1].Is("tua")) return true;
            // "Rofiq, mewakili warga kampung itu, mengatakan": representing, said of persons
            if (i < toks.Count && toks[i].Is("mewakili") && i > at) return true;
            if (i < toks.Count && (toks[i].Is("seorang") || toks[i].Is("sang") || toks[i].Is("selaku") || toks[i].Is("sebagai"))) i++;
            if (i + 1 < toks.Count && (toks[i].Is("mantan") || toks[i].Is("eks"))) i++; // "Farhan Alatas, mantan staf penjualan, …"
            if (i + 1 < toks.Count && Seniority.Contains(toks[i].Text)) i++; // "sebagai Senior Manager Area I"
            if (i >= toks.Count || !toks[i].IsWord || toks[i].Is("pemilik")) return false;
            // "Oktovianus Degei, mahasiswa Teknik Sipil, …", "Callin Leppuy, tokoh pemuda …": a noun of persons in small letters after
            // the comma of a name of two words or more ("Anggaplah, korban …" is a word of the sentence)
            return NameLexicon.IsPersonRole(toks[i].Text) || AppositionRoles.Contains(toks[i].Text)
                || i > at && !toks[i].IsCap && NounOfPersonsAt(toks, i) && at >= 2 && toks[at - 1].IsCap && toks[at - 2].IsCap && toks[at - 2].IsWord;
        }

        /// <summary>
        /// "Agus Arianto yang merupakan Kepala BKSDA Aceh", "… yang juga Ketua RT", "… yang kini menjabat sebagai Kapolsek": after
        /// "yang" at <paramref name="i"/> - 1, a copula or "menjabat" (maybe "kini", "sebagai") and a capitalised office.
        /// </summary>
        private static bool OfficeInRelativeClause(TokenList toks, int i)
        {
            int j = i;
            if (j < toks.Count && (toks[j].Is("kini") || toks[j].Is("juga"))) j++;
            if (j < toks.Count && (toks[j].Is("merupakan") || toks[j].Is("adalah") || toks[j].Is("menjabat"))) j++;
            if (j < toks.Count && toks[j].Is("sebagai")) j++;
            return j > i && j < toks.Count && toks[j].IsWord && toks[j].IsCap && NameScanner.IsOfficeRole(toks[j]);
        }

        /// <summary>
        /// A noun of persons at <paramref name="i"/> ("siswa", "anak", "pelaku") that does not open a compound naming a company,
        /// a capital or a trade ("anak perusahaan", "ibu kota", "pelaku usaha": said of bodies and places as well;
        /// <c>person-noun-compounds.txt</c>).
        /// </summary>
        internal static bool NounOfPersonsAt(TokenList toks, int i)
            => toks[i].IsWord && IsPersonNoun(toks[i].Text) && !(i + 1 < toks.Count && toks[i + 1].IsWord && CompoundsOfThings.Contains(toks[i].Text + " " + toks[i + 1].Text));

        /// <summary>Roles said of a person named before them only ("…, pengelola pantai,"): <c>apposition-roles.txt</c>.</summary>
        private static readonly HashSet<string> AppositionRoles = LexiconResource.WordSet("apposition-roles");

        private static readonly HashSet<string> CompoundsOfThings = LexiconResource.WordSet("person-noun-compounds");

        private static readonly HashSet<string> Seniority = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "senior", "junior", "general", "deputy", "assistant", "chief" };
    }
}
