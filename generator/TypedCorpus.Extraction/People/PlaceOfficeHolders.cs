using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// Noble and ethnic openers that only ever open a name ("Andi", "Teuku", "Raden", "Ni"): before the last two words they
        /// belong to the holder's name. Not the Balinese words that also stand inside one or in a body's name ("Agung" of
        /// "Kejaksaan Agung", "Dewa", "Ayu").
        /// </summary>
        private static readonly HashSet<string> FirstNameOpeners = new HashSet<string>(System.StringComparer.Ordinal)
            { "Ni", "Ida", "Cokorda", "Andi", "Teuku", "Tengku", "Tubagus", "Raden", "Karaeng" };

        /// <summary>Keeps the holder's name: what follows a known place, else the last two words (with an initial's neighbours).</summary>
        private static void CutToHolder(MentionSite s, int knownPlace)
        {
            var m = s.Mention;
            int cut = knownPlace > 0 ? knownPlace : m.Name.Length - 2;
            // an initial belongs with its neighbours: "… Pusat Januar P Ruswita", "… Jakarta M Yana Aditya"
            while (cut > 0 && (NameLexicon.IsInitial(m.Name[cut]) || NameLexicon.IsInitial(m.Name[cut - 1]) || IsInitialsPair(m.Name[cut]) // "… Hendra JW Saragih"
                || NameLexicon.GivenNameOpeners.Contains(m.Name[cut - 1]) // "… Sutopati Muhammad Nur Hidayat"
                || FirstNameOpeners.Contains(m.Name[cut - 1]))) cut--; // "… Kota Sukamaju Andi Baso Mattalatta"
            m.Name = m.Name.Skip(cut).ToArray();
            m.TokenIndex = s.Run[s.K + 1 + cut];
            m.Start = s.Toks[m.TokenIndex].Start;
            m.OrgOrPlace = m.NamesBody = false;
        }

        /// <summary>
        /// "Kepala Desa Sukamaju, Kecamatan Wanareja, Budi …": after an office naming its place first, the district of the
        /// place in apposition is stepped over to the holder; returns where the holder's name starts (<paramref name="i"/> else).
        /// </summary>
        private static int PastDistrict(TokenList toks, int i, int at)
        {
            if (i >= toks.Count || !toks[i].IsCap || !NameLexicon.IsPlaceUnit(toks[i].Text) || !PlaceOfficeBefore(toks, at)) return i;
            int d = i + 1;
            while (d < toks.Count && d <= i + 3 && toks[d].IsCap) d++;
            return d > i + 1 && d + 1 < toks.Count && toks[d].Text == "," && toks[d + 1].IsCap ? d + 1 : i;
        }

        /// <summary>
        /// "Kepala Desa Sukamaju Wetan, Budi yang …", "Camat Sukamaju, Budi menjelaskan …": the capitalised run ending right
        /// before <paramref name="at"/> opens with an office that names its place first (place-offices.txt), so the words after
        /// the office are its place, and the name after the comma is its holder, whatever the clause goes on with.
        /// </summary>
        private static bool PlaceOfficeBefore(TokenList toks, int at)
        {
            int b = at - 1;
            while (b >= 0 && at - b <= 6 && toks[b].IsWord && toks[b].IsCap) b--;
            // "Menurut Bupati Garut, Lebaran …": after a cue the office's comma opens the clause it reports, no holder
            if (b >= 0 && toks[b].IsWord && (toks[b].Is("menurut") || Cue(toks[b].Text) != null) || b + 1 < at && (toks[b + 1].Is("menurut") || Cue(toks[b + 1].Text) != null)) return false;
            // the office may follow a capitalised sentence word ("Seperti Kepala Desa …")
            // (the office ends before the run's last word, its place; a two-word office lies inside the run)
            for (int end = b + 1; end < at - 1; end++)
                if (end > b + 1 ? NameLexicon.PlaceOfficeEndsAt(toks, end) : NameLexicon.PlaceOffices.Contains(toks[end].Text)) return true;
            return false;
        }

        private static bool OnePlaceAfterOffice(TokenList toks, int i) => i >= 1 && toks[i].IsCap && toks[i - 1].IsWord
            && (IsOfficeRole(toks[i - 1]) && !NameLexicon.IsRank(toks[i - 1].Text) || NameLexicon.IsPlaceUnit(toks[i - 1].Text));

        private static bool CommaAfter(TokenList toks, int i) => i + 1 < toks.Count && toks[i + 1].Text == ",";

        /// <summary>
        /// Rule holder-after-place-office: the name of <paramref name="length"/> words after the comma that closes an office
        /// naming its place first and the place (<see cref="PlaceOfficeBefore"/>, run ending at <paramref name="at"/>), with
        /// the lower-case word at <paramref name="after"/> going on with the clause, is the holder: a name of two words or more
        /// whatever the verb, a name of one word before "yang" or a verb of saying ("Kepala Desa X Y, Budi yang mengaku …").
        /// </summary>
        private static bool HolderAfterPlaceOffice(TokenList toks, int at, int length, int after)
        {
            if (after >= toks.Count || !toks[after].IsWord || toks[after].IsCap || toks[after].Is("dan") || toks[after].Is("serta") || toks[after].Is("atau")) return false;
            // ("Kepala Desa Tiron, Sutoyo bersama petugas …": a word that goes on with the clause after a name does too)
            if (length < 2 && !toks[after].Is("yang") && !SayingVerbs.Contains(toks[after].Text) && !NameLexicon.ClauseContinuations.Contains(toks[after].Text)) return false;
            for (int k = after - length; k < after; k++)
                if (!toks[k].IsCap || NameLexicon.IsNonName(toks[k].Text) || NameLexicon.IsCalendar(toks[k].Text) || NameLexicon.IsAcronym(toks[k].Text)) return false;
            return PlaceOfficeBefore(toks, at);
        }
    }
}
