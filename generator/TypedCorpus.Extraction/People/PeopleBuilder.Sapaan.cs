using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        private sealed partial class Builder
        {
            /// <summary>
            /// "Mualem, sapaan akrab Muzakir Manaf, …", "Mualem — sapaan akrab Gubernur Aceh — menegaskan …": a short name
            /// followed by "sapaan (akrab)" and a person's name, or an office the article gives one holder ("Gubernur Aceh H.
            /// Muzakir Manaf"), is that person's nickname. Linked when found.
            /// </summary>
            private bool NamedBySapaan(int b, TokenList toks, Mention m)
            {
                if (m.Name.Length > 2 || m.OrgOrPlace) return false;
                int i = m.EndTokenIndex + 1;
                if (i < toks.Count && toks[i].Text is "," or "(" or "—" or "–" or "-") i++;
                // "Wawan, demikian ia akrab disapa, menyebut …": the nickname of the one person named in the paragraphs before, who goes
                // on speaking (not "Ucok, demikian ia akrab disapa, adalah pedagang …": a new person described)
                if (DemikianDisapa(toks, i) is int after && after < toks.Count && toks[after].IsWord && !toks[after].IsCap && NameScanner.SayingVerbs.Contains(toks[after].Text))
                {
                    if (Antecedent(b) is not { } named || PersonEntry.AllIn(named.Tokens, m.Name)) return false;
                    Link(named.Tokens, m.Name);
                    return true;
                }
                if (i + 1 >= toks.Count || !toks[i].Is("sapaan")) return false;
                i++;
                if (toks[i].Is("akrab") || toks[i].Is("karib") || toks[i].Is("populer")) i++;
                // "kata Gus Putra, sapaan akrabnya.": the nickname of the one person named in the paragraphs before
                else if (toks[i].Is("akrabnya") || toks[i].Is("karibnya"))
                {
                    if (Antecedent(b) is not { } person || PersonEntry.AllIn(person.Tokens, m.Name) && person.Tokens.Length == m.Name.Length) return false;
                    Link(person.Tokens, m.Name);
                    return true;
                }
                // "sapaan akrab istri Joko": a relative of the person named, not the person
                if (i >= toks.Count || !toks[i].IsCap) return false;
                var full = PersonAt(b, i) ?? HolderOfOfficeAt(toks, i);
                if (full == null || PersonEntry.AllIn(full.Tokens, m.Name) && full.Tokens.Length == m.Name.Length) return false;
                Link(full.Tokens, m.Name);
                return true;
            }

            /// <summary>"demikian ia akrab disapa, " / "begitu dia biasa dipanggil, " from <paramref name="i"/>: where the clause goes on after its comma, else null.</summary>
            private static int? DemikianDisapa(TokenList toks, int i)
            {
                if (i + 2 >= toks.Count || !(toks[i].Is("demikian") || toks[i].Is("begitu"))) return null;
                i++;
                if (toks[i].Is("ia") || toks[i].Is("dia") || toks[i].Is("beliau")) i++;
                if (i < toks.Count && (toks[i].Is("akrab") || toks[i].Is("biasa") || toks[i].Is("kerap") || toks[i].Is("sering"))) i++;
                if (i >= toks.Count || !(toks[i].Is("disapa") || toks[i].Is("dipanggil"))) return null;
                return i + 1 < toks.Count && toks[i + 1].Text == "," ? i + 2 : null;
            }
        }
    }
}
