using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The signing words as the triggers know them, however a page spells them: the compound "tanda tangan" written apart or
    /// with a hyphen ("ditanda tangani", "di tandatangani", "menanda-tangani", "penanda tanganan", "di teken"), and the
    /// signing noun with a garbled ending ("penandatangangan", "penandatanganaan"). The agreement step reads a sentence's
    /// words through <see cref="Join"/>: the pieces become one word in the spelling the triggers know, at the first piece's
    /// offset (its text is that spelling; the next words keep their own offsets).
    /// </summary>
    internal static class SigningSpelling
    {
        /// <summary>Two pieces written apart → the one word they make.</summary>
        private static readonly Dictionary<(string, string), string> Pairs = new Dictionary<(string, string), string>
        {
            [("ditanda", "tangani")] = "ditandatangani", [("ditanda", "tanganinya")] = "ditandatanganinya",
            [("di", "tandatangani")] = "ditandatangani", [("di", "tandatanganinya")] = "ditandatanganinya",
            [("menanda", "tangani")] = "menandatangani", [("tanda", "tangani")] = "tandatangani",
            [("penanda", "tanganan")] = "penandatanganan", [("penanda", "tangan")] = "penandatangan",
            [("di", "teken")] = "diteken",
        };

        /// <summary>Three pieces: "di tanda tangani".</summary>
        private static readonly Dictionary<(string, string, string), string> Triples = new Dictionary<(string, string, string), string>
        {
            [("di", "tanda", "tangani")] = "ditandatangani", [("di", "tanda", "tanganinya")] = "ditandatanganinya",
        };

        private const string Noun = "penandatanganan", Stem = "penandatangan";

        /// <summary>The word one token stands for: a hyphen inside the compound dropped, a garbled ending of the noun mended; else null.</summary>
        internal static string? Word(string lower)
        {
            if (lower.Length < 9) return null;
            if (IsGarbledMemorandum(lower)) return "memorandum";
            // "penandanganan", "ditandangani": the compound with its "ta" dropped
            if (DroppedSyllable(lower) is { } whole) return whole;
            if (lower.IndexOf("tang", StringComparison.Ordinal) < 0) return null;
            if (lower.IndexOf('-') > 0)
            {
                var joined = lower.Replace("-", "");
                return Pairs.ContainsValue(joined) || joined == Noun ? joined : null;
            }
            if (lower.EndsWith("nya", StringComparison.Ordinal)) return null;
            // "penandatangangan", "penandatanganaan": the noun's stem with a longer ending (not "penandatangannya")
            if (lower.Length > Noun.Length && lower.Length <= Noun.Length + 2 && lower.StartsWith(Stem, StringComparison.Ordinal)) return Noun;
            // "menandatangi", "ditandatanganni": a verb of signing with its ending dropped or doubled
            foreach (var verb in Verbs)
                if (lower != verb && Math.Abs(lower.Length - verb.Length) <= 2 && lower.StartsWith(verb.Substring(0, verb.Length - 3), StringComparison.Ordinal)) return verb;
            return null;
        }

        /// <summary>"Memorundum", "memorandun": the document's name with at most two letters changed, its first and its "-ndum"/"-ndun" ending kept.</summary>
        private static bool IsGarbledMemorandum(string lower)
        {
            const string word = "memorandum";
            if (lower == word || lower.Length < 9 || lower.Length > 11 || lower[0] != 'm' || !(lower.EndsWith("ndum", StringComparison.Ordinal) || lower.EndsWith("ndun", StringComparison.Ordinal))) return false;
            return EditDistance(lower, word) <= 2;
        }

        /// <summary>The signing word whose "ta" of "tanda tangan" a page dropped ("penandanganan", "ditandangani", "menandangani"); else null.</summary>
        private static string? DroppedSyllable(string lower)
        {
            foreach (var whole in Whole)
            {
                int cut = whole.IndexOf("datang", StringComparison.Ordinal) + 2; // the "ta" after "-nda-"
                if (lower.Length == whole.Length - 2 && string.CompareOrdinal(lower, 0, whole, 0, cut) == 0
                    && string.CompareOrdinal(lower, cut, whole, cut + 2, lower.Length - cut) == 0) return whole;
            }
            return null;
        }

        private static readonly string[] Whole = { "penandatanganan", "menandatangani", "ditandatangani" };

        private static int EditDistance(string a, string b)
        {
            var prev = new int[b.Length + 1];
            var cur = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) prev[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                cur[0] = i;
                for (int j = 1; j <= b.Length; j++)
                    cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                (prev, cur) = (cur, prev);
            }
            return prev[b.Length];
        }

        /// <summary>The verbs of signing whose ending a page may garble; each is known by all but its last three letters ("menandatang-").</summary>
        private static readonly string[] Verbs = { "menandatangani", "ditandatangani" };

        /// <summary>The words of a sentence with every split or garbled signing word made one (the same list when there is none).</summary>
        public static TokenList Join(TokenList toks)
        {
            List<Tok>? res = null;
            for (int i = 0; i < toks.Count; i++)
            {
                var (word, used) = At(toks, i);
                if (word == null) { res?.Add(toks[i]); continue; }
                res ??= Copy(toks, i);
                res.Add(Make(toks[i], word));
                i += used - 1;
            }
            return res == null ? toks : new TokenList(res.ToArray());
        }

        /// <summary>The word the tokens from <paramref name="i"/> make and how many they are; (null, 1) when they are not a signing word's pieces.</summary>
        private static (string? Word, int Used) At(TokenList toks, int i)
        {
            string a = toks[i].Lower;
            // "Bupati X tanda tangan MoU", "tandatangan nota kesepahaman": the noun written for the verb, right before a document
            if (a == "tandatangan" && DocumentAt(toks, i + 1) && AfterSigner(toks, i)) return ("tandatangani", 1);
            if (a is not ("di" or "ditanda" or "menanda" or "tanda" or "penanda")) return (Word(a), 1);
            if (i + 1 >= toks.Count) return (null, 1);
            string b = toks[i + 1].Lower;
            if (a == "tanda" && b == "tangan" && DocumentAt(toks, i + 2) && AfterSigner(toks, i)) return ("tandatangani", 2);
            if (i + 2 < toks.Count && Triples.TryGetValue((a, b, toks[i + 2].Lower), out var three)) return (three, 3);
            return Pairs.TryGetValue((a, b), out var two) ? (two, 2) : (null, 1);
        }

        /// <summary>The noun used as the verb follows its signer: a capitalised word (a name) right before it, not a noun or a verb whose object it is ("pemalsuan tanda tangan MoU").</summary>
        private static bool AfterSigner(TokenList toks, int i) => i > 0 && toks[i - 1].Upper;

        private static bool DocumentAt(TokenList toks, int k) => k < toks.Count && (AgreementWords.Documents.Contains(toks[k].Lower) || IsGarbledMemorandum(toks[k].Lower));

        private static List<Tok> Copy(TokenList toks, int count)
        {
            var list = new List<Tok>(toks.Count);
            for (int k = 0; k < count; k++) list.Add(toks[k]);
            return list;
        }

        /// <summary>The joined word at the first piece's offset, capitalised as that piece is.</summary>
        private static Tok Make(Tok first, string word)
        {
            var text = first.Upper ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word;
            return Tokenizer.Words(text)[0].Shift(first.Start);
        }
    }
}
