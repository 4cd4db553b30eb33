using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Lexicon
{
    /// <summary>
    /// Language resources for telling person names from the role, organisation and place words that surround them in
    /// Indonesian news ("Ketua Umum PSSI Arya Wiratama", "Kepala Dinas Kesehatan Jawa Timur dr Erwin Santoso").
    /// </summary>
    public static partial class NameLexicon
    {
        /// <summary>Words naming a person's office or role: when they precede a capitalised name, the name is a person.</summary>
        public static readonly HashSet<string> PersonRoles = Union(LexiconResource.WordSet("person-roles"), LexiconResource.Entries("ranks"));

        /// <summary>Police and military ranks ("Kompol", "Iptu", "Lettu"): person roles that name no office.</summary>
        public static readonly HashSet<string> Ranks = LexiconResource.WordSet("ranks");

        /// <summary>Nouns that pages write glued to "di"/"ke" ("Ditempat", "Disela-sela"): with the preposition, no name.</summary>
        private static readonly HashSet<string> PrepositionGluedNouns = LexiconResource.WordSet("preposition-glued-nouns");

        /// <summary>Offices that name their place right after the office word ("Bupati Sleman", "Kapolsek Cibatu"); two-word ones whole.</summary>
        public static readonly HashSet<string> PlaceOffices = LexiconResource.WordSet("place-offices");

        /// <summary>A place office ends at token <paramref name="i"/>: one word ("Bupati") or two written whole ("Wali Kota", "Kepala Desa").</summary>
        public static bool PlaceOfficeEndsAt(TokenList toks, int i)
            => i >= 0 && i < toks.Count && (PlaceOffices.Contains(toks[i].Text) || i >= 1 && PlaceOffices.Contains(toks[i - 1].Text + " " + toks[i].Text));

        /// <summary>Is the word a police or military rank?</summary>
        public static bool IsRank(string word) => Ranks.Contains(word);

        private static HashSet<string> Union(HashSet<string> set, IEnumerable<string> more)
        {
            set.UnionWith(more);
            return set;
        }

        /// <summary>Titles and honorifics written before a name ("dr", "Prof", "Ir", "H").</summary>
        public static readonly HashSet<string> Titles = LexiconResource.WordSet("titles");

        /// <summary>Lower-case particles inside personal names ("bin", "binti", "da", "van", "von", "al"): kept between two capitalised words.</summary>
        public static readonly HashSet<string> NameParticles = LexiconResource.WordSet("name-particles");

        /// <summary>Patronym particles ("bin", "binti", "ibn"): one or two given names stand before them.</summary>
        public static readonly HashSet<string> PatronymParticles = LexiconResource.WordSet("patronym-particles");

        /// <summary>Balinese birth-order and caste name words that open a name ("I Gede", "Ni Made", "Ida Bagus", "Anak Agung").</summary>
        public static readonly HashSet<string> NameOpeners = new HashSet<string>(new[]
        {
            "I", "Ni", "Gede", "Made", "Wayan", "Putu", "Kadek", "Komang", "Nyoman", "Ketut", "Luh", "Gusti", "Ngurah", "Ida", "Bagus",
            "Anak", "Agung", "Cokorda", "Dewa", "Ayu", "Desak", "Nengah", "Nyoman", "Kade",
            // noble and ethnic openers of other regions: Bugis-Makassar, Aceh, Sunda-Banten, Java
            "Andi", "Daeng", "Teuku", "Tengku", "Cut", "Tubagus", "Raden", "Karaeng", "Baiq",
        }, StringComparer.Ordinal);

        /// <summary>Relation nouns that introduce a person in apposition ("tetangganya, Sanimin,", "istrinya, Ani,").</summary>
        public static readonly HashSet<string> RelationNouns = LexiconResource.WordSet("relation-nouns");

        /// <summary>Place units: a capitalised word after them is a place ("Kabupaten Sleman", "Desa Sukamaju").</summary>
        public static readonly HashSet<string> PlaceUnits = LexiconResource.WordSet("place-units");

        /// <summary>A relation noun, bare or with -nya ("tetangganya").</summary>
        public static bool IsRelationNoun(string word)
        {
            if (RelationNouns.Contains(word)) return true;
            return word.Length > 5 && word.EndsWith("nya", StringComparison.OrdinalIgnoreCase) && RelationNouns.Contains(word.Substring(0, word.Length - 3));
        }

        /// <summary>Organisation and office words ("Kementerian", "Badan", "Dinas", "PT"): a name right after them is not a person.</summary>
        public static readonly HashSet<string> OrgWords = LexiconResource.WordSet("org-words");

        /// <summary>Buildings, houses of worship and streets ("Kantor", "Gedung", "Jalan"): a name after them names the building.</summary>
        public static readonly HashSet<string> BuildingWords = LexiconResource.WordSet("building-words");

        /// <summary>One-word short names of ministries and police commands ("Kemlu", "Polrestabes"): like acronyms, after a role they name its body.</summary>
        public static readonly HashSet<string> OrgAbbreviations = LexiconResource.WordSet("org-abbreviations");

        /// <summary>Words of offices, fields and organisation names that are not parts of person names.</summary>
        public static readonly HashSet<string> FieldWords = LexiconResource.WordSet("field-words");

        /// <summary>
        /// Names of bodies a person speaks for that end an office title before the holder's name: news outlets and political
        /// parties ("Redaktur Pelaksana Harian Kompas Adi Prinantyo", "Fraksi Partai Golkar Bobby Adhityo Rizaldi").
        /// </summary>
        public static readonly HashSet<string> BodyNames = LexiconResource.WordSet("body-names");

        /// <summary>
        /// Place words (regions, cities, directions) that end an office title before a name, with the one-word places of
        /// <c>places.txt</c> (no given name or common word among them).
        /// </summary>
        public static readonly HashSet<string> PlaceWords = PlaceWordsWithGazetteer();

        private static HashSet<string> PlaceWordsWithGazetteer()
        {
            var words = LexiconResource.WordSet("place-words");
            foreach (var p in LexiconResource.Entries("places")) if (p.IndexOf(' ') < 0) words.Add(p);
            return words;
        }

        /// <summary>The places of <c>places-ambiguous.txt</c>: also given names or common words ("Bima", "Malang").</summary>
        private static readonly HashSet<string> AmbiguousPlaces = LexiconResource.WordSet("places-ambiguous");
        /// <summary>Every place of <c>places.txt</c> and <c>places-ambiguous.txt</c>, whole ("Tangerang Selatan", "Malang").</summary>
        private static readonly HashSet<string> Places = Union(LexiconResource.WordSet("places"), AmbiguousPlaces);

        /// <summary>Is <paramref name="place"/> a place whose name is also a given name or a common word ("Bima", "Batu")?</summary>
        public static bool IsAmbiguousPlace(string place) => AmbiguousPlaces.Contains(place);
        /// <summary>Adverbs of time and aspect that may stand between a subject and its verb ("telah", "juga", "pun").</summary>
        public static readonly HashSet<string> VerbAdverbs = LexiconResource.WordSet("verb-adverbs");

        /// <summary>Is <paramref name="place"/> (one or more words) a place of the gazetteer, ambiguous ones included?</summary>
        public static bool IsGazetteerPlace(string place) => Places.Contains(place) || PlacesJoined(place);

        /// <summary>
        /// How many words at the start of <paramref name="name"/> form a known place ("Malang" in "Malang Sofyan Edy
        /// Jarwoko", "Tangerang Selatan" in "Tangerang Selatan Budi Santoso"), the longest; 0 for none.
        /// </summary>
        public static int KnownPlaceAt(string[] name)
        {
            for (int n = Math.Min(4, name.Length - 1); n >= 1; n--)
                if (IsGazetteerPlace(n == 1 ? name[0] : string.Join(" ", name, 0, n))) return n;
            return 0;
        }

        /// <summary>Capitalised function words that open sentences or phrases and are never part of a name.</summary>
        public static readonly HashSet<string> StopWords = LexiconResource.WordSet("stop-words");

        /// <summary>Two-letter acronyms of bodies, offices and places: after a name they are not its initials ("Budi RI").</summary>
        public static readonly HashSet<string> TwoLetterAcronyms = LexiconResource.WordSet("two-letter-acronyms");

        /// <summary>Day and month names: they end a name run.</summary>
        public static readonly HashSet<string> Calendar = LexiconResource.WordSet("calendar");

        /// <summary>Is this word never part of a person name (role, title, organisation, field, place, country, function word)?</summary>
        /// <summary>The union of the role, title, organisation, field, place and stop words (one lookup instead of six).</summary>
        private static readonly HashSet<string> NonNameWords = Union(PersonRoles, Titles, OrgWords, FieldWords, PlaceWords, StopWords, BodyNames, LexiconResource.WordSet("saying-verbs"));

        private static HashSet<string> Union(params HashSet<string>[] sets)
        {
            var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var set in sets) all.UnionWith(set);
            return all;
        }

        public static bool IsNonName(string word) => Is(word, WordClass.NonName);

        /// <summary>Is the word in <see cref="PersonRoles"/>?</summary>
        public static bool IsPersonRole(string word) => Is(word, WordClass.PersonRole);

        /// <summary>Is the word in <see cref="Titles"/>?</summary>
        public static bool IsTitle(string word) => Is(word, WordClass.Title);

        /// <summary>Is the word in <see cref="PlaceUnits"/>?</summary>
        public static bool IsPlaceUnit(string word) => Is(word, WordClass.PlaceUnit);

        /// <summary>Is the word in <see cref="NameParticles"/>?</summary>
        public static bool IsNameParticle(string word) => Is(word, WordClass.Particle);

        /// <summary>Is the word in <see cref="Calendar"/>?</summary>
        public static bool IsCalendar(string word) => Is(word, WordClass.Calendar);

        /// <summary>Is the word in <see cref="OrgWords"/>?</summary>
        public static bool IsOrgWord(string word) => Is(word, WordClass.OrgWord);

        /// <summary>Is the word in <see cref="NameOpeners"/>?</summary>
        public static bool IsNameOpener(string word) => Is(word, WordClass.NameOpener);

        [Flags]
        internal enum WordClass : short
        {
            NonName = 1, PersonRole = 2, Title = 4, PlaceUnit = 8, Particle = 16, Calendar = 32, OrgWord = 64, NameOpener = 128,
        }

        private static ref MemoSlot<(WordClass Asked, WordClass Has)>[]? WordClassMemo => ref Scratch.Current.WordClassMemo;

        /// <summary>
        /// Is <paramref name="word"/> of class <paramref name="c"/>? The scanners ask the same few questions of the same words many
        /// times, so answers are kept in an <see cref="InstanceMemo"/>; a class is looked up the first time it is asked of a word.
        /// </summary>
        private static bool Is(string word, WordClass c)
        {
            var known = InstanceMemo.Slot(ref WordClassMemo, word, out _).Value;
            if ((known.Asked & c) != 0) return (known.Has & c) != 0;
            bool has = Lookup(word, c);
            ref var slot = ref InstanceMemo.Slot(ref WordClassMemo, word, out _); // found again: the lookup may have used the table
            slot.Value.Asked |= c;
            if (has) slot.Value.Has |= c;
            return has;
        }

        private static bool Lookup(string word, WordClass c) => c switch
        {
            WordClass.NonName => ComputeIsNonName(word),
            WordClass.PersonRole => PersonRoles.Contains(word) || IsCompoundOffice(word),
            WordClass.Title => Titles.Contains(word),
            WordClass.PlaceUnit => PlaceUnits.Contains(word),
            WordClass.Particle => NameParticles.Contains(word),
            WordClass.Calendar => Calendar.Contains(word),
            WordClass.OrgWord => OrgWords.Contains(word),
            WordClass.NameOpener => NameOpeners.Contains(word),
            _ => throw new ArgumentOutOfRangeException(nameof(c)),
        };

        private static bool ComputeIsNonName(string word)
        {
            if (word.Length == 0) return true;
            if (NonNameWords.Contains(word) || IsCompoundOffice(word)) return true;
            // "Pihaknya", "Baginya", "Sebelumnya": a function or role word with -nya is no name
            if (IsReduplicated(word)) return true;
            if (word.Length > 5 && word.EndsWith("nya", StringComparison.OrdinalIgnoreCase) && NonNameWords.Contains(word.Substring(0, word.Length - 3))) return true;
            // "Iapun", "Merekapun": a function word with -pun glued to it is no name; "Itulah", "Dialah": a pronoun or
            // demonstrative with -lah or -kah ("Kamilah" is a name)
            if (word.Length > 4 && word.EndsWith("pun", StringComparison.OrdinalIgnoreCase) && NonNameWords.Contains(word.Substring(0, word.Length - 3))) return true;
            if (word.Length > 4 && (word.EndsWith("lah", StringComparison.OrdinalIgnoreCase) || word.EndsWith("kah", StringComparison.OrdinalIgnoreCase))
                && word.Substring(0, word.Length - 3).ToLowerInvariant() is "ia" or "dia" or "itu" or "ini" or "mereka" or "beliau" or "siapa" or "apa") return true;
            // "Ditempat itu", "Disela-sela rapat": the preposition glued to its noun
            if (IsGluedPreposition(word)) return true;
            if (Countries.Resolve(word) != null) return true;
            if (IsAcronym(word) || OrgAbbreviations.Contains(word)) return true;
            if (word.Length <= 5 && IsDegree(word)) return true;
            if (IsBrandShape(word)) return true;
            if (IsAbstractNoun(word)) return true;
            if (word.StartsWith("Kemen", StringComparison.Ordinal) || word.StartsWith("Pemprov", StringComparison.Ordinal)
                || word.StartsWith("Pemkab", StringComparison.Ordinal) || word.StartsWith("Pemkot", StringComparison.Ordinal)) return true;
            return IsDinasShortName(word);
        }

        /// <summary>"VNExpress", "TVRI"-like brands written with two capitals and then lower case: no person's name is spelled so.</summary>
        private static bool IsBrandShape(string word)
        {
            if (word.Length < 4 || !char.IsUpper(word[0]) || !char.IsUpper(word[1])) return false;
            for (int i = 2; i < word.Length; i++) if (char.IsLower(word[i])) return true;
            return false;
        }

        /// <summary>Sentence adverbials that may come before a clause's subject ("Sementara itu,", "Adapun") (one load, shared).</summary>
        public static readonly HashSet<string> LeadAdverbials = LexiconResource.WordSet("lead-adverbials");

        /// <summary>Words that continue an attribution clause after its speaker ("kata Presiden dalam video …") (one load, shared).</summary>
        public static readonly HashSet<string> ClauseContinuations = LexiconResource.WordSet("clause-continuations");

        /// <summary>Titles written short right before a name ("dr", "Prof.", "H"): they always introduce a person (one load, shared).</summary>
        public static readonly HashSet<string> AbbreviatedTitles = LexiconResource.WordSet("abbreviated-titles");

        /// <summary>Degrees written after a name without periods ("SE", "SH", "MM"), from the degree lexicon (one load, shared).</summary>
        public static readonly HashSet<string> DegreeWords = LexiconResource.WordSet("degree-words");

        /// <summary>Academic degrees written after a name ("SpPD", "MSi"): short, with an inner capital.</summary>
        public static bool IsDegree(string word)
        {
            for (int i = 1; i < word.Length; i++) if (char.IsUpper(word[i])) return true;
            return false;
        }

        /// <summary>Given names that open a full name and never end a place or a body's name ("Muhammad", "Siti", "Abdul").</summary>
        public static readonly HashSet<string> GivenNameOpeners = LexiconResource.WordSet("given-name-openers");

        /// <summary>A name word that is an initial: one capital letter, with or without its period ("M", "P.").</summary>
        public static bool IsInitial(string word)
            => word.Length >= 1 && word.Length <= 2 && char.IsUpper(word[0]) && (word.Length == 1 || word[1] == '.');

        /// <summary>"ASEAN", "PSSI", "RT": two or more letters, all upper case.</summary>
        public static bool IsAcronym(string word)
        {
            if (word.Length < 2) return false;
            int letters = 0;
            foreach (var ch in word)
            {
                if (char.IsLetter(ch)) { if (!char.IsUpper(ch)) return false; letters++; }
            }
            return letters >= 2;
        }

        /// <summary>
        /// An abstract noun: "Kedaruratan", "Penanganan", "Pengendalian" (ke-/pe- … -an) or a loanword in -asi, -itas, -isme
        /// ("Korporasi", "Advokasi", "Solidaritas"). In an office title it names a field or a body, never its holder.
        /// </summary>
        public static bool IsAbstractNoun(string word)
        {
            if (!char.IsUpper(word[0])) return false;
            if (IsNominalisation(word)) return true;
            int n = word.Length;
            // "Diskusi", "Resolusi", "Profesi": loanwords in -usi and -esi of seven letters or more ("Susi", "Desi" are names)
            return n >= 8 && (EndsWith(word, "asi") || EndsWith(word, "itas")) || n >= 7 && (EndsWith(word, "isme") || EndsWith(word, "usi") || EndsWith(word, "esi"));
        }

        private static bool EndsWith(string word, string suffix) => word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

        /// <summary>An abstract noun opening a sentence ("Kedatangan", "Pertemuan", "Kesepakatan"): ke-/pe-/per- … -an.</summary>
        public static bool IsNominalisation(string word)
        {
            // the invariant lower-casing maps char by char, so the affixes are tested on the word's own characters, without a copy
            int n = word.Length;
            // ("Pebriyan", "Kediyan": "-iyan" is a name's spelling; an abstract noun writes "-ian", "perhatian")
            if (n < 8 || char.ToLowerInvariant(word[n - 2]) != 'a' || char.ToLowerInvariant(word[n - 1]) != 'n' || char.ToLowerInvariant(word[n - 3]) == 'y' && char.ToLowerInvariant(word[n - 4]) == 'i') return false;
            char first = char.ToLowerInvariant(word[0]);
            return (first == 'k' || first == 'p') && char.ToLowerInvariant(word[1]) == 'e';
        }
    }
}
