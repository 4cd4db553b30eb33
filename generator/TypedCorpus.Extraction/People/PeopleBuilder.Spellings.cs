using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        private sealed partial class Builder
        {
            /// <summary>
            /// "Putu Yuda" beside "Putu Yudha Prawira", "Sutjipto" beside "Budi Sucipto": a shorter name whose words are the
            /// words of one longer person's name, one at least as written and the others in another spelling of Indonesian
            /// names (dh/d, th/t, dj/j, tj/c, oe/u, ch/kh, y/i, doubled letters), is that person written another way: it joins
            /// them as a variant and is no person of its own. Kept apart when it could be the variant of two persons.
            /// </summary>
            private void JoinSpellingVariants()
            {
                for (int i = _ap.Persons.Count - 1; i >= 0; i--)
                {
                    var p = _ap.Persons[i];
                    PersonEntry? q = null;
                    foreach (var o in _ap.Persons)
                    {
                        if (o == p || o.Tokens.Length <= p.Tokens.Length || !IsSpellingOf(p.Tokens, o.Tokens)) continue;
                        if (q != null) { q = null; break; }
                        q = o;
                    }
                    if (q == null) continue;
                    (q.Variants ??= new List<string[]>()).Add(p.Tokens);
                    _ap.Persons.RemoveAt(i);
                }
            }

            /// <summary>
            /// "Menurut Fitri" after "Wakil Wali Kota Fitrianti Agustinda" ("kata Budi" after "Kades Budimansyah"): a one-word name first met after a longer person's,
            /// that clips the first word of that one person's name (four letters or more, no age of its own), is that person's
            /// short form: it joins them as a variant with its mentions. Runs after the mentions are counted.
            /// </summary>
            private void JoinClippedNames()
            {
                for (int i = _ap.Persons.Count - 1; i >= 0; i--)
                {
                    var p = _ap.Persons[i];
                    if (p.Tokens.Length != 1 || p.Tokens[0].Length < 4 || _aged.Contains(p.Tokens[0])) continue;
                    PersonEntry? q = null;
                    foreach (var o in _ap.Persons)
                    {
                        // (a one-word name clips only when three letters or more are cut: "Budi" of "Budimansyah", not "Rudi" of "Rudin")
                        // (and only when the short one is never introduced with a role of its own: "Ketua RT, Agus," beside "Agustina")
                        if (o == p || o.Tokens.Length < 2 && (o.Tokens[0].Length < p.Tokens[0].Length + 3 || _introducedSingles.Contains(p.Tokens[0])) || !Clips(p.Tokens[0], o.Tokens[0])) continue;
                        if (q != null) { q = null; break; }
                        q = o;
                    }
                    if (q == null || (q.FirstBlock, q.FirstPos).CompareTo((p.FirstBlock, p.FirstPos)) > 0) continue;
                    (q.Variants ??= new List<string[]>()).Add(p.Tokens);
                    q.Count += p.Count;
                    _ap.Persons.RemoveAt(i);
                }
            }

            private static bool Clips(string shortForm, string word)
                => word.Length > shortForm.Length && word.StartsWith(shortForm, StringComparison.Ordinal) && !NameLexicon.IsNonName(shortForm);

            /// <summary>Is every word of <paramref name="name"/> a word of <paramref name="of"/>, one as written and one at least spelt otherwise?</summary>
            private static bool IsSpellingOf(string[] name, string[] of)
            {
                // most pairs share no word, or differ in none: settled before any word is respelt
                int shared = 0;
                foreach (var w in name) if (Array.IndexOf(of, w) >= 0) shared++;
                if (shared == 0 && name.Length == 1) return OneWordSpelling(name[0], of);
                if (shared == 0 || shared == name.Length) return false;
                bool same = false, other = false;
                foreach (var w in name)
                {
                    if (Array.IndexOf(of, w) >= 0) { same = true; continue; }
                    if (w.Length < 3 || NameLexicon.IsInitial(w)) return false;
                    var key = SpellingKey(w);
                    bool found = false;
                    foreach (var u in of) if (u.Length >= 3 && SpellingKey(u) == key) { found = true; break; }
                    if (!found) return false;
                    other = true;
                }
                return same && other;
            }

            /// <summary>
            /// "ujar Memed" beside "Memet Rahmat Sugama", "kata Edy" beside "Edi Santoso": a one-word name of four letters or
            /// more that is the longer name's first or last word in another spelling.
            /// </summary>
            private static bool OneWordSpelling(string word, string[] of)
            {
                if (word.Length < 4 || NameLexicon.IsInitial(word)) return false;
                var key = SpellingKey(word);
                return of[0].Length >= 4 && SpellingKey(of[0]) == key || of[of.Length - 1].Length >= 4 && SpellingKey(of[of.Length - 1]) == key;
            }

            /// <summary>A name word in one spelling: lower case, old and new spellings made one, doubled letters single.</summary>
            internal static string SpellingKey(string w)
            {
                var s = w.ToLowerInvariant().Replace("dj", "j").Replace("tj", "c").Replace("oe", "u").Replace("dh", "d").Replace("th", "t")
                    .Replace("ch", "kh").Replace("sj", "sy").Replace('y', 'i');
                var sb = new System.Text.StringBuilder(s.Length);
                foreach (var c in s) if (sb.Length == 0 || sb[sb.Length - 1] != c) sb.Append(c);
                // "Memed" and "Memet", "Ahmad" and "Achmat": a final d is said and written as t; "Rozaq" and "Rozak", "Taufiq" and
                // "Taufik": a final q as k
                if (sb.Length > 3 && sb[sb.Length - 1] == 'd') sb[sb.Length - 1] = 't';
                if (sb.Length > 3 && sb[sb.Length - 1] == 'q') sb[sb.Length - 1] = 'k';
                return sb.ToString();
            }
        }
    }
}
