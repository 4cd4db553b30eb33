using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        /// <summary>Capitalised words right after a place unit ("Kecamatan", "Kabupaten", "Desa") anywhere in the article.</summary>
        private static HashSet<string> PlaceWords(List<TokenList> blocks)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var toks in blocks)
            {
                for (int i = 0; i + 1 < toks.Count; i++)
                {
                    // "tata kota Lestari": only the capitalised unit, or one in lower case after a comma or a preposition of place
                    // (", kecamatan Cikadu, kabupaten Cianjur", "di desa Sukamaju")
                    // (the token's case and neighbours are tested before the lexicon: most tokens fail there)
                    if (!(toks[i].IsCap || LowerUnitOfPlace(toks, i)) || !NameLexicon.IsPlaceUnit(toks[i].Text)) continue;
                    // "Wali Kota Budi", "Kepala Desa Ani": a role before the unit may be followed by the holder
                    if (i > 0 && NameScanner.IsOfficeRole(toks[i - 1])) continue;
                    AddUnitPlace(toks, i, set);
                }
                AddPrepositionPlaces(toks, set);
                AddListedPlaces(toks, set);
                AddSchoolPlaces(toks, set);
            }
            return set;
        }

        /// <summary>
        /// Rule school-places: "di SDN 1 Donohudan, Boyolali": the one capitalised word after a school's short name and
        /// number, closed by a stop, a comma or a bracket, is the school's place (so "Kepala Sekolah SDN 1 Donohudan Sri Sunarti"
        /// elsewhere opens no name with it; <c>school-units.txt</c>). Without a number, so is the one word closed by a word in small
        /// letters ("SDN Sendanggayam sudah lama …").
        /// </summary>
        private static void AddSchoolPlaces(TokenList toks, HashSet<string> set)
        {
            for (int i = 0; i + 3 < toks.Count; i++)
            {
                if (!toks[i].IsWord || !toks[i].Upper || !NameLexicon.SchoolUnits.Contains(toks[i].Text)) continue;
                int n = i + 1;
                if (toks[n].Is("negeri") || toks[n].Is("negri") || toks[n].Is("swasta")) n++; // "SMA Negeri 1 Sangasanga"
                if (n + 1 >= toks.Count) continue;
                // "ruang sekolah SDN Sendanggayam sudah …": no number, one capitalised word closed by a word in small letters too
                bool numbered = toks[n].HasDigit;
                // (without one, only a state school's short name ending in N: "MA Sutrisna" is the Supreme Court's, "SMK Bakti" may
                // share a word with a person's name)
                if (!numbered && (n != i + 1 || toks[i].Text.Length < 3 || toks[i].Text[toks[i].Text.Length - 1] != 'N')) continue;
                if (!numbered) n--;
                int j = n + 1;
                while (j < toks.Count && j < n + 4 && toks[j].IsWord && toks[j].IsCap) j++;
                // (one word only: "SMPN 1 Tanjung Sari." may share a word with a person's name, "Sari Wulandari")
                if (j != n + 2 || j < toks.Count && !(toks[j].Text is "," or "." or ")" or ";" || !numbered && toks[j].IsWord && !toks[j].IsCap && !toks[j].HasDigit)) continue;
                for (int w = n + 1; w < j; w++) set.Add(toks[w].Text);
            }
        }

        /// <summary>A number, in figures or words (<see cref="NameLexicon.CountWords"/>), counting the unit after it.</summary>
        private static bool IsCount(Tok t) => t.IsWord && (t.HasDigit || NameLexicon.CountWords.Contains(t.Text));

        /// <summary>
        /// Rule listed-places: "tiga provinsi di Mesir, yaitu Giza, Luxor, dan Aswan": the capitalised
        /// names a counted place unit in small letters announces with "yaitu"/"yakni" are places of that unit (not offices).
        /// </summary>
        private static void AddListedPlaces(TokenList toks, HashSet<string> set)
        {
            for (int i = 1; i + 1 < toks.Count; i++)
            {
                if (!(toks[i].Is("yaitu") || toks[i].Is("yakni")) || toks[i].IsCap) continue;
                // a counted unit in small letters ("tiga provinsi", "dua desa"), not a place where something is ("di desa tersebut")
                bool unit = false;
                for (int b = i - 1; b >= 1 && b >= i - 5 && !unit; b--)
                    unit = toks[b].IsWord && !toks[b].IsCap && NameLexicon.IsPlaceUnit(toks[b].Text) && IsCount(toks[b - 1]);
                if (!unit) continue;
                int j = i + 1;
                if (j < toks.Count && toks[j].Text == ":") j++;
                for (int items = 0; j < toks.Count && items < 12; items++)
                {
                    int start = j;
                    if (j < toks.Count && NameScanner.IsOfficeRole(toks[j])) break; // "… yaitu Wakil Bupati X": persons for their places
                    while (j < toks.Count && toks[j].IsCap && j < start + 4) j++;
                    if (j == start) break;
                    for (int w = start; w < j; w++) if (!NameLexicon.IsPlaceUnit(toks[w].Text)) set.Add(toks[w].Text);
                    if (j < toks.Count && toks[j].Text == ",") j++;
                    if (j < toks.Count && (toks[j].Is("dan") || toks[j].Is("serta"))) j++;
                }
            }
        }

        // (also after the place's people in lower case: "warga desa Talangsari", "masyarakat kelurahan Sukamaju")
        private static bool LowerUnitOfPlace(TokenList toks, int i)
            => i > 0 && (toks[i - 1].Text == "," || toks[i - 1].Is("di") || toks[i - 1].Is("ke") || toks[i - 1].Is("dari")
                || !toks[i - 1].IsCap && (toks[i - 1].Is("warga") || toks[i - 1].Is("masyarakat") || toks[i - 1].Is("penduduk"))) && toks[i + 1].IsCap;

        /// <summary>The place named after the unit at <paramref name="i"/> ("Kabupaten Sleman"), and the places chained after it.</summary>
        private static void AddUnitPlace(TokenList toks, int i, HashSet<string> set)
        {
            // "Kec. Percut Sei Tuan", "Kab. Deli Serdang": a unit written short with its period names the place after the period
            if (i + 2 < toks.Count && toks[i + 1].Text == "." && toks[i + 1].Start == toks[i].End && toks[i].Text.Length <= 4) i++;
            // "Pemerintah Desa (Pemdes) Bojong": the body's short form in brackets after the unit, then the place
            else if (i + 4 < toks.Count && toks[i + 1].Text == "(" && toks[i + 2].IsWord && toks[i + 2].IsCap && toks[i + 3].Text == ")") i += 3;
            int j = i + 1;
            bool known = false; // a place the gazetteer knows is a non-name word, but it is the place here: "Desa Karanganyar, Paiton,"
            for (; j < toks.Count && j <= i + 3; j++)
            {
                var t = toks[j];
                if (!t.IsCap || NameLexicon.IsPlaceUnit(t.Text) || NameScanner.IsTitleAt(toks, j)) break; // a title opens a name
                if (NameLexicon.IsNonName(t.Text)) { if (!NameLexicon.PlaceWords.Contains(t.Text)) break; known = true; }
            }
            // "Kepala Desa Lembah Hijau Asep Sunandar": after a role's own unit, a run of three or more words ends with the
            // holder's name (two words), which is no place
            int placeEnd = j;
            bool afterRole = i >= 2 && NameLexicon.IsPlaceUnit(toks[i - 1].Text) && NameScanner.IsOfficeRole(toks[i - 2])
                // "… Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo Andri Saputro": a unit inside an office's body
                || InsideBody(toks, i);
            if (afterRole && j - (i + 1) >= 3) placeEnd = j - 2;
            // a place the gazetteer knows ends where it ends: "Kota Malang Sofyan Edy Jarwoko"
            int knownEnd = j - (i + 1) >= 2 ? NameLexicon.KnownPlaceAt(Words(toks, i + 1, j)) : 0;
            if (knownEnd > 0) placeEnd = i + 1 + knownEnd;
            for (int w = i + 1; w < placeEnd; w++) set.Add(toks[w].Text);
            // the administrative chain goes on: "Kecamatan Mandai, Maros," / "Dusun Ngablak, Sitimulyo, Piyungan." (not after an
            // office's unit: "Ketua Panitia Lomba Kelurahan Sukamaju, Darto." names the holder after the comma)
            for (int hop = 0; hop < 2 && j > i + 1 && j + 2 < toks.Count && toks[j].Text == "," && !InsideOffice(toks, i); hop++)
            {
                var t = toks[j + 1];
                var end = toks[j + 2];
                if (!t.IsCap || NameLexicon.IsNonName(t.Text) || NameLexicon.IsPlaceUnit(t.Text)) break;
                if (!(end.Text == "," || end.Text == "." || end.Is("dan") || end.Is("serta"))) break;
                // after a known place the chain goes on only into another place: "Desa Karanganyar, Paiton, Kabupaten …",
                // not "Kota Semarang, Wahyuningsih, mengatakan"
                if (known && !(j + 3 < toks.Count && toks[j + 3].IsCap && (NameLexicon.IsPlaceUnit(toks[j + 3].Text) || NameLexicon.PlaceWords.Contains(toks[j + 3].Text)))) break;
                set.Add(t.Text);
                j += 2;
            }
        }

        /// <summary>
        /// "di Maros", "asal Tabanan": a single capitalised word after a place preposition; "masyarakat Mamapan", "penduduk
        /// Sukaraja": one after a community noun (the people of a place, never a person's title).
        /// </summary>
        private static void AddPrepositionPlaces(TokenList toks, HashSet<string> set)
        {
            for (int i = 0; i + 1 < toks.Count; i++)
            {
                var t = toks[i + 1];
                if (!t.IsCap) continue; // tested first: the cheapest of the conditions
                if (!toks[i].IsWord || !(toks[i].Is("di") || toks[i].Is("asal") || toks[i].Is("masyarakat") || toks[i].Is("penduduk")) || toks[i].IsCap && toks[i].Is("di")) continue;
                if (NameLexicon.IsNonName(t.Text) || NameLexicon.IsPlaceUnit(t.Text)) continue;
                // ("di Sukamaju Kecamatan Kibin": one word, then the unit above it)
                if (i + 2 < toks.Count && (toks[i + 2].IsCap && !NameLexicon.IsPlaceUnit(toks[i + 2].Text) || toks[i + 2].Text == "(")) continue;
                set.Add(t.Text);
            }
        }

        private static string[] Words(TokenList toks, int from, int to)
        {
            var words = new string[to - from];
            for (int i = from; i < to; i++) words[i - from] = toks[i].Text;
            return words;
        }

        /// <summary>
        /// Does an office role stand in the office title that ends right before <paramref name="unit"/> (capitalised words and at
        /// most two lower-case words that are no function words: "Ketua Panitia Bersih desa Kelurahan")?
        /// </summary>
        private static bool InsideOffice(TokenList toks, int unit)
        {
            int lower = 0;
            for (int b = unit - 1; b >= 0 && b >= unit - 7 && toks[b].IsWord; b--)
            {
                if (NameScanner.IsOfficeRole(toks[b]) && toks[b].IsCap) return true;
                if (!toks[b].IsCap && (++lower > 2 || NameLexicon.StopWords.Contains(toks[b].Text))) return false;
            }
            return false;
        }

        /// <summary>Does a capitalised organisation word open the run of capitalised words that ends right before <paramref name="unit"/>?</summary>
        private static bool InsideBody(TokenList toks, int unit)
        {
            for (int b = unit - 1; b >= 0 && b >= unit - 5 && toks[b].IsCap; b--)
                if (NameLexicon.IsOrgWord(toks[b].Text)) return true;
            return false;
        }
    }
}
