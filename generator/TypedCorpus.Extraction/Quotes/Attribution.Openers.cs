using System.Collections.Generic;
using System;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Who opens a sentence's clause: an office that speaks or acts, a name the article shows no person, a title written short before a name.</summary>
    internal sealed partial class Attribution
    {
        /// <summary>
        /// The person who speaks in the sentence toks[lo..hi) (speaks: true), else the person its main clause (from
        /// <paramref name="main"/>) opens with; <paramref name="unknownOpener"/> when a name the article shows no person opens it.
        /// </summary>
        private (PersonEntry? Person, bool Speaks) Opener(List<Mention> mentions, int shift, TokenList toks, int lo, int main, int hi, out bool unknownOpener)
        {
            PersonEntry? opener = null;
            unknownOpener = false;
            foreach (var m in mentions)
            {
                int at = m.TokenIndex + shift;
                if (at < lo) continue;
                if (at >= hi) break;
                var p = FindPerson(m.Name);
                int end = m.EndTokenIndex + shift;
                int from = main > lo && at >= main ? main : lo;
                if (p == null)
                {
                    // only in the main clause: "Setelah X menyerahkan data, Bupati Y meninjau …" is Y's sentence
                    if (opener == null && !(main > lo && at < main) && UnknownActor(toks, m, at, end, from, hi)) unknownOpener = true;
                    continue;
                }
                // "Menteri X seusai berbincang dengan Duta Besar Y, Senin sore, menyampaikan": a name after a preposition is its object, and
                // the person who opened the clause speaks
                if (SpeaksHere(toks, lo, at, end, hi)) return opener != null && ObjectOfPreposition(toks, lo, at) && end + 1 < hi && toks[end + 1].Text == "," ? (opener, true) : (p, true);
                if (opener == null && OpensClause(toks, from, at) && !Undergoes(toks, NameScanner.SkipAdverbs(toks, end + 1, hi), hi)
                    && !(end + 1 < hi && toks[end + 1].Is("cs"))) opener = p; // "Budi cs menyerang": the player and his team act, no speaker
            }
            return (opener, false);
        }

        /// <summary>
        /// "Sementara saat dikonfirmasi, petugas on duty Stasiun Geofisika Kotabumi menjelaskan bahwa …": an officer in small letters
        /// and the body he serves (capitalised words no person of the article bears, or words in small letters that are no verbs),
        /// then a verb of saying that reports (a comma or "bahwa" after it): the turn passes to somebody the article does not name.
        /// </summary>
        private bool UnnamedOfficerSpeaks(TokenList toks, int at, int hi)
        {
            at = PastLeadAdverbials(toks, at, hi);
            // (past a lead clause up to its comma: "Sementara saat dikonfirmasi lampost.co, petugas …")
            if (at < hi && !toks[at].Is("petugas"))
                for (int c = at + 1; c < hi && c <= at + 8; c++) if (toks[c].Text == ",") { at = c + 1; break; }
            if (at >= hi || !toks[at].Is("petugas")) return false;
            for (int v = at + 1; v + 1 < hi && v <= at + 7; v++)
            {
                var t = toks[v];
                if (!t.IsWord) return false;
                if (!t.IsCap && NameScanner.SayingVerbs.Contains(t.Text)) return toks[v + 1].Text == "," || toks[v + 1].Is("bahwa");
                if (t.IsCap ? FindPerson(new[] { t.Text }) != null : NameLexicon.LooksLikeActiveVerb(t.Text)) return false;
            }
            return false;
        }

        /// <summary>
        /// "Kondisi ini disampaikan salah satu pedagang di pasar Dalung, Padang Luwih, Badung, Ni Ketut Suci, …": after a passive
        /// verb of saying, a noun of persons in small letters (one of a group) and its description up to the comma before the
        /// name (<paramref name="comma"/>), with no stop, "kepada" or "dan" between: the name is the agent who says it.
        /// </summary>
        private static bool DescribedAgentOfPassive(TokenList toks, int lo, int comma)
        {
            if (comma < lo || toks[comma].Text != ",") return false;
            for (int v = comma - 1; v >= lo && v >= comma - 20; v--)
            {
                var t = toks[v];
                if (t.Text == "." || t.IsWord && (t.Is("kepada") || t.Is("dan"))) return false;
                if (!t.IsWord || !NameScanner.IsPassiveSaying(toks, v)) continue;
                int k = v + 1;
                if (k < comma && toks[k].Is("oleh")) k++;
                k = PastOneOfGroup(toks, k, comma);
                return k < comma && !toks[k].IsCap && NameScanner.NounOfPersonsAt(toks, k);
            }
            return false;
        }

        /// <summary>
        /// "Widi Amanasto yang dihubungi terpisah menyatakan", "… dialami Susilo salah satu pengunjung yang datang ke PN … untuk
        /// mendampingi keluarganya menuturkan, …": the name, then (no comma) a relative clause or one of a group describing it,
        /// then a verb of saying: within five words of a relative clause, or further when the verb reports the words (a comma or
        /// "bahwa" after it). The person speaks.
        /// </summary>
        private static bool DescribedAtLengthThenSays(TokenList toks, int a, int hi)
        {
            bool relative = a < hi && toks[a].Is("yang");
            if (a + 1 >= hi || !(toks[a].Is("salah") && (toks[a + 1].Is("satu") || toks[a + 1].Is("seorang")) || toks[a].Is("seorang") || relative)) return false;
            for (int v = a + 1; v < hi && v <= a + 24; v++)
            {
                if (!toks[v].IsWord) return false;
                if (!NameScanner.SayingVerbs.Contains(toks[v].Text)) continue;
                if (relative && v <= a + 5) return true;
                if (!toks[v].IsCap) return v + 1 < hi && (toks[v + 1].Text == "," || toks[v + 1].Is("bahwa"));
            }
            return false;
        }

        /// <summary>
        /// "Menurut Bupati, Presiden Prabowo Subianto … meminta pengawasan ketat.": a sentence opening with "Menurut" and an office
        /// alone before its comma reports what the office's holder said, whoever acts inside it; the holder (null when none).
        /// </summary>
        /// <remarks>
        /// So does a cue of saying in small letters after a few lead words: "Oleh karena itu sambung Bupati, Masjid memiliki …".
        /// </remarks>
        private string? MenurutOfficeHolder(TokenList toks, int first, int hi)
        {
            for (int j = first; j + 2 < hi && j <= first + 4; j++)
            {
                var t = toks[j];
                bool cue = t.Is("menurut") || j > first && !t.IsCap && NameScanner.Cue(t.Text) is { Nya: false };
                if (cue && toks[j + 1].IsWord && toks[j + 1].IsCap && NameScanner.IsOfficeRole(toks[j + 1]) && toks[j + 2].Text == ",")
                    return HolderOfOfficeAt(toks, j + 1, j + 2);
                // only sentence adverbials before the cue ("Lebih lanjut", "Selain itu", "Oleh karena itu"; not "Menanggapi kritik Bupati, …")
                if (!t.IsWord || t.IsCap && j > first || !(LeadAdverbials.Contains(t.Text) || t.Is("oleh") || t.Is("karena") || t.Is("itu"))) return null;
            }
            return null;
        }

        /// <summary>Past the punctuation and sentence adverbials from <paramref name="at"/> (before <paramref name="hi"/>): where the clause's first word is.</summary>
        private static int PastLeadAdverbials(TokenList toks, int at, int hi)
        {
            while (at < hi && (!toks[at].IsWord || LeadAdverbials.Contains(toks[at].Text))) at++;
            return at;
        }

        /// <summary>A verb of saying right after the first comma within eight words from <paramref name="from"/> (only words before it), else null.</summary>
        private static int? VerbAfterComma(TokenList toks, int from, int hi)
        {
            for (int k = from; k < hi && k < from + 8; k++)
            {
                if (toks[k].Text == ",")
                {
                    int v = NameScanner.SkipAdverbs(toks, k + 1, hi);
                    return SayingVerbAt(toks, v, hi) ? v : null;
                }
                if (!toks[k].IsWord) return null;
            }
            return null;
        }

        private static readonly HashSet<string> ObjectPrepositions = LexiconResource.WordSet("object-prepositions");

        /// <summary>
        /// Does a preposition stand right before the name at <paramref name="at"/> and its office words ("dengan Presiden China X")?
        /// (Its caller also asks for a comma after the name: "… bersama Kapolres X yang kemudian mengatakan" is X's saying.)
        /// </summary>
        private static bool ObjectOfPreposition(TokenList toks, int lo, int at)
        {
            int b = at - 1;
            while (b >= lo && b > at - 8 && toks[b].IsCap) b--;
            return b >= lo && toks[b].IsWord && ObjectPrepositions.Contains(toks[b].Text);
        }

        /// <summary>
        /// "Lebih lanjut, Wali Kota menegaskan …": a bare office (its own unit or places after it) opening the clause as the
        /// subject of a verb of saying: the one person the article gave that office, or no holder when it gave it to nobody or
        /// several (Office true); as the subject of another active verb ("Kapolres X memberikan imbauan"), its one holder
        /// (Office false); null when the clause opens with no office.
        /// </summary>
        private (string? Holder, bool Office)? OfficeSpeaks(TokenList toks, int at, int hi)
        {
            at = PastLeadAdverbials(toks, at, hi); // "Lebih lanjut, …"
            if (at >= hi || !toks[at].IsCap || !NameScanner.IsOfficeRole(toks[at]) || NameLexicon.IsTitle(toks[at].Text)) return null; // an office, not "Warga"
            int end = at;
            while (end + 1 < hi && toks[end + 1].IsCap && (end == at && NameLexicon.IsPlaceUnit(toks[end + 1].Text) || _people.Places.Contains(toks[end + 1].Text)
                || NameLexicon.IsGazetteerPlace(toks[end + 1].Text) || NameLexicon.IsNonName(toks[end + 1].Text)
                || _people.BodyWords.Contains(toks[end + 1].Text))) end++; // "Kasat Narkoba", "Rektor Unlera" (a body's short name)
            int v = NameScanner.SkipAdverbs(toks, end + 1, hi);
            if (v >= hi) return null;
            // "Kepala Balai Layanan Kesehatan wilayah Timur, menuturkan, …": the office's body runs on to a comma before the verb
            if (toks[v].IsWord && !NameScanner.SayingVerbs.Contains(toks[v].Text) && VerbAfterComma(toks, v, hi) is int said) v = said;
            if (!toks[v].IsWord) return null;
            if (NameScanner.SayingVerbs.Contains(toks[v].Text)) return (HolderOfOfficeAt(toks, at, hi), true);
            // "Kapolres Sukamaju memberikan imbauan kepada pedagang": an office acting opens the clause; its holder, when the
            // article gave the office to one person, is the subject a "-nya" after it points to
            return !toks[v].IsCap && IsActiveVerb(toks[v].Text) && HolderOfOfficeAt(toks, at, hi) is { } holder ? (holder, false) : null;
        }

        private static bool IsActiveVerb(string w) => NameLexicon.LooksLikeActiveVerb(w);

        private static bool PersonNounAfterCopula(TokenList toks, int i, int hi)
        {
            i = PastOneOfGroup(toks, i, hi);
            if (i < hi && (toks[i].Is("sang") || toks[i].Is("satu-satunya"))) i++;
            return i < hi && NameScanner.NounOfPersonsAt(toks, i);
        }

        /// <summary>Past "salah satu", "salah seorang" or "seorang" at <paramref name="i"/> (one of a group), else <paramref name="i"/>.</summary>
        private static int PastOneOfGroup(TokenList toks, int i, int hi)
        {
            if (i + 1 < hi && toks[i].Is("salah") && (toks[i + 1].Is("satu") || toks[i + 1].Is("seorang"))) return i + 2;
            return i < hi && toks[i].Is("seorang") ? i + 1 : i;
        }

        /// <summary>
        /// A name run of two or more capitalised words that is no organisation or place, opens its clause (from
        /// <paramref name="from"/>) and is followed by an active verb (me-/ber-, past adverbs): somebody acts whom the article
        /// does not show to be a person.
        /// </summary>
        private static bool UnknownActor(TokenList toks, Mention m, int at, int end, int from, int hi)
        {
            // "Lastri, pelaku usaha kuliner …, mengungkapkan": a one-word name acts only after a description in apposition
            int after = NameScanner.PastDescription(toks, end + 1, hi);
            if (m.Name.Length < 2 && after == end + 1 || m.OrgOrPlace || m.Refused || !OpensClause(toks, from, at)) return false;
            // only name words: "Selebihnya Kapolres" (an adverb and an office), "Jasa Marga" (a common noun) are not
            foreach (var word in m.Name)
                if (NameLexicon.IsNonName(word) || NameLexicon.IsPlaceUnit(word) || LeadAdverbials.Contains(word)) return false;
            int v = NameScanner.SkipAdverbs(toks, after, hi);
            if (v >= hi || !toks[v].IsWord || toks[v].IsCap) return false;
            // ("Tentunya Cap Go Meh merupakan warisan tradisi": a copula says what a thing is; nobody acts)
            // (but "Budi Santoso merupakan warga …" introduces a person: a noun of persons after the copula)
            return IsActiveVerb(toks[v].Text) && !(toks[v].Is("merupakan") && !PersonNounAfterCopula(toks, v + 1, hi));
        }

        /// <summary>The period at <paramref name="i"/> (before <paramref name="at"/>) closes a title written short (<see cref="TitlePeriod"/>: "Dr.", "Ir. H."), a space after it.</summary>
        private static bool ShortTitleEnds(TokenList toks, int i, int at)
            => i + 1 <= at && i + 1 < toks.Count && TitlePeriod(toks, i) && toks[i + 1].Start > toks[i].End;

        /// <summary>
        /// "Miliki daerah administratif terbanyak se-Indonesia, Ketua KPU Jatim, Aang Kunaifi membuka …": a clause of words in
        /// small letters after the sentence's first word, up to its comma, sets the scene; the capitalised subject follows (the
        /// token after the comma, else <paramref name="i"/>).
        /// </summary>
        private static int AfterOpeningClause(TokenList toks, int i, int at)
        {
            if (!toks[i].IsCap) return i;
            int j = i + 1;
            while (j < at && j < i + 10 && toks[j].IsWord && !toks[j].IsCap) j++;
            return j > i + 1 && j + 1 < at && toks[j].Text == "," && toks[j + 1].IsCap ? j + 1 : i;
        }

        /// <summary>
        /// "Pada kesempatan itu Wabup X memberikan …", "Dikesempatan tersebut X …": a preposition, a noun and "itu"/"tersebut"/"ini"
        /// setting the scene before the subject, with or without its comma; the token after it, else <paramref name="i"/>.
        /// </summary>
        private static int AfterSettingPhrase(TokenList toks, int i, int at)
        {
            if (i + 1 >= at || !toks[i].IsWord) return i;
            if (AfterOpeningClause(toks, i, at) is var c && c > i) return c;
            var w = toks[i].Lower;
            int d = w is "pada" or "di" or "dalam" && !toks[i + 1].IsCap ? i + 2 : w.Length >= 8 && w.StartsWith("di", System.StringComparison.Ordinal) ? i + 1 : -1;
            if (d < 0 || d >= at || !(toks[d].Is("itu") || toks[d].Is("tersebut") || toks[d].Is("ini"))) return i;
            d++;
            return d < at && toks[d].Text == "," ? d + 1 : d;
        }
    }
}
