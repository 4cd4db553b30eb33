using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>Runs of capitalised words that name no person by what is glued or written right after them: a web site's domain, a place's compass word.</summary>
    internal static class RunShapes
    {
        /// <summary>Domain endings glued to a name: "… yang diperoleh TribunnewsSultra.com" names a web site.</summary>
        /// (the one-word endings of <see cref="Structure.DatelineShapes.Endings"/>)
        private static readonly string[] DomainEndings = System.Array.FindAll(Structure.DatelineShapes.Endings.Split('|'), e => e.IndexOf('\\') < 0);

        /// <summary>A run whose last word has a domain's ending glued to it ("TribunnewsSultra.com", "Kabarku.id") is a web site, no person.</summary>
        internal static bool WebSite(TokenList toks, Mention m)
        {
            int dot = m.EndTokenIndex + 1;
            if (dot + 1 >= toks.Count || toks[dot].Text != "." || toks[dot].Start != toks[dot - 1].End || toks[dot + 1].Start != toks[dot].End
                || System.Array.IndexOf(DomainEndings, toks[dot + 1].Lower) < 0) return false;
            // "… Rudi Hartono.Info yang dihimpun": a sentence glued to the name opens with a capital; a domain's ending is in
            // small letters, or in capitals after a name in capitals ("KABARKU.ID")
            var ending = toks[dot + 1].Text;
            return ending == toks[dot + 1].Lower || ending.ToUpperInvariant() == ending && toks[dot - 1].Text.ToUpperInvariant() == toks[dot - 1].Text;
        }

        /// <summary>Words that end an outlet's name and no person's ("Kabar News", "Sultra Today"; not "Post" or "Pos", which are surnames too).</summary>
        private static readonly string[] OutletEnds = { "news", "times", "ekspres", "express", "online", "today", "daily", "channel", "journal", "voice", "tv", "fm" };

        /// <summary>"kepada Sultra Times mengatakan": a run of two words or more ending in a word of an outlet's name is the outlet, no person.</summary>
        internal static bool OutletName(Mention m) =>
            m.Name.Length >= 2 && System.Array.IndexOf(OutletEnds, m.Name[m.Name.Length - 1].ToLowerInvariant()) >= 0;

        /// <summary>
        /// "kata H. Arsyad, Pemilik Ternak Sapi.", "pemilik Toko Sinar Jaya": the run right after an owner's or manager's word
        /// (no comma between) is what is owned or run, no person.
        /// </summary>
        internal static bool OwnedThing(MentionSite s)
        {
            var toks = s.Toks;
            int owner = s.K >= 0 ? s.Run[s.K] : s.Start - 1;
            return owner >= 0 && toks[owner].IsWord && (toks[owner].Is("pemilik") || toks[owner].Is("pengelola") || toks[owner].Is("owner"));
        }

        /// <summary>Compass words a place's name may end with, written in small letters after it ("Tanjung Jabung barat").</summary>
        private static readonly string[] Directions = { "barat", "timur", "utara", "selatan", "tengah" };

        /// <summary>
        /// "ujar Ketua DPRD Tanjung Jabung barat": a run that a compass word written in small letters right after it completes
        /// into a place of the gazetteer ("Tanjung Jabung Barat") is that place, not a person.
        /// </summary>
        internal static bool PlaceWithDirectionAfter(TokenList toks, Mention m)
        {
            int after = m.EndTokenIndex + 1;
            if (after >= toks.Count || toks[after].IsCap || System.Array.IndexOf(Directions, toks[after].Text) < 0) return false;
            for (int from = 0; from < m.Name.Length; from++)
                if (NameLexicon.IsGazetteerPlace(string.Join(" ", m.Name, from, m.Name.Length - from) + " " + toks[after].Text)) return true;
            return false;
        }
    }
}
