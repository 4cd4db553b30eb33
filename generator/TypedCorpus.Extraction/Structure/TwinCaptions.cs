using System;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Rule twin-caption: an image's alternative text and its caption, copied as two lines in a row where the second is the
    /// first again, alone or with a short credit after it ("Warga antre di pasar." then "Warga antre di pasar. /Kabar Kota/Rina/"):
    /// both are captions of the photo, with the credit the second gives.
    /// </summary>
    internal static class TwinCaptions
    {
        /// <summary>The longest tail, in characters, the second line may add to the first.</summary>
        private const int LongestTail = 60;

        /// <summary>Marks lines <paramref name="i"/> and the next non-blank one (before <paramref name="limit"/>) as twin captions; false when they are not.</summary>
        public static bool TryTake(ArticleLines lines, int i, string n, int limit)
        {
            // the headline again, and the caption glued to it below, is the headline's copy, no image's text
            if (LineShapes.WordCount(n, atMost: 4) < 4 || LineShapes.StartsWithQuote(n) || n == lines.Title) return false;
            int j = lines.NextNonBlank(i);
            if (j < 0 || j >= limit || lines.Kind[j] != null) return false;
            var m = lines.Norm[j];
            if (!m.StartsWith(n, StringComparison.Ordinal)) return false;
            var tail = m.Substring(n.Length).Trim();
            if (tail.Length > LongestTail || LineShapes.WordCount(tail, atMost: 7) > 6) return false;
            // the same line twice is a caption only when it reads as one; a tail is a credit only when set off from the text
            // (a scene the photo shows, repeated, is its caption: "Ketua Baznas saat menyerahkan bantuan" twice; a credit opened by a
            // slash names its source: "… /Instagram @pemkotkita_")
            if (tail.Length == 0 ? !Captions.LooksLikeCaption(lines, n) && !Scene(n)
                : !SetOff(m, n.Length) || !Captions.LooksLikeCaption(lines, m) && !((Framed(tail) || SlashCredit(tail)) && HasCapital(tail))) return false;
            Captions.Add(lines, i, n);
            int first = lines.Captions.Count - 1;
            if (tail.Length > 0 && Credit(tail) is string credit)
            {
                lines.Mark(j, LineKind.Caption);
                lines.Captions.Add(new CaptionModel(j + 1, lines.Captions[first].Text, credit));
            }
            else Captions.Add(lines, j, m);
            var second = lines.Captions[lines.Captions.Count - 1];
            if (lines.Captions[first].Credit is null && second.Credit != null) lines.Captions[first] = lines.Captions[first] with { Credit = second.Credit };
            return true;
        }

        /// <summary>
        /// A photo's scene (<see cref="SceneCaptions.IsScene"/>) whose "saat"/"ketika" clause is all it says: no verb of a main clause
        /// after it ("Warga saat ditemui mengaku …" is a sentence of the text copied twice), no adverbial opening it ("Menurut dia,
        /// saat ini …", "Sementara itu, ketika …").
        /// </summary>
        private static bool Scene(string n)
        {
            if (!SceneCaptions.IsScene(n)) return false;
            var words = n.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (Lexicon.NameLexicon.LeadAdverbials.Contains(words[0].TrimEnd(',')) || words[0] is "Menurut" or "Sementara" or "Sedangkan") return false;
            int at = Array.FindIndex(words, w => w is "saat" or "ketika");
            // "saat itu" / "saat ini" are times; "Pelaku saat ditangkap sedang tidur", "… tidak ada di tempat": a sentence's predicate
            if (at < 0 || at + 1 < words.Length && words[at + 1].TrimEnd(',', '.') is "itu" or "ini") return false;
            foreach (var w in words)
                if (w.TrimEnd(',', '.') is "tidak" or "tak" or "belum" or "enggan" or "sedang" or "masih" or "sudah" or "telah" or "akan"
                    or "terpaksa" or "harus" or "bisa" or "dapat" or "mampu" or "ingin" or "perlu") return false;
            for (int k = at + 2; k < words.Length; k++)
                if (Lexicon.NameLexicon.LooksLikeActiveVerb(words[k].TrimEnd(',', '.')) && words[k].TrimEnd(',', '.') is not ("bersama" or "berada" or "berlangsung")) return false;
            return at > 0;
        }

        /// <summary>"/Instagram @akun_", "/Humas Pemkab Hulu": a credit opened by a slash, a social account or words in capitals only ("/Kg di tingkat pengecer" goes on with the text).</summary>
        private static bool SlashCredit(string tail)
        {
            if (tail[0] != '/') return false;
            if (tail.IndexOf('@') > 0) return true;
            foreach (var w in tail.Substring(1).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) if (!char.IsUpper(w[0])) return false;
            return true;
        }

        /// <summary>The tail starts after a space or a bracket, not inside a word.</summary>
        private static bool SetOff(string m, int at) => at < m.Length && (char.IsWhiteSpace(m[at]) || m[at] is '(' or '/' or '|' or '[' or '-');

        /// <summary>"/Kabar Kota/Rina/", "( KABAR.com)", "| Humas |": a tail framed by slashes, brackets or pipes.</summary>
        private static bool Framed(string tail) =>
            tail.Length >= 3 && (tail[0] == '/' && tail[tail.Length - 1] == '/' || tail[0] == '(' && tail[tail.Length - 1] == ')'
                || tail[0] == '[' && tail[tail.Length - 1] == ']' || tail[0] == '|' && tail[tail.Length - 1] == '|');

        /// <summary>A credit names someone: a tail of small letters only ("(minimal delapan gelas)") is the text going on.</summary>
        private static bool HasCapital(string s)
        {
            foreach (char c in s) if (char.IsUpper(c)) return true;
            return false;
        }

        /// <summary>The credit a tail gives: its frame, a "Dok."/"Foto:" label and stray marks removed; null when nothing is left.</summary>
        private static string? Credit(string tail)
        {
            var c = tail.Trim('/', '(', ')', '[', ']', '|', '-', ' ', '.');
            foreach (var label in new[] { "Dok.", "Dok:", "Dok ", "Foto:", "Foto :", "Foto ", "Photo:" })
                if (c.StartsWith(label, StringComparison.OrdinalIgnoreCase)) { c = c.Substring(label.Length).Trim(); break; }
            return c.Length >= 2 && HasCapital(c) ? c : null;
        }
    }
}
