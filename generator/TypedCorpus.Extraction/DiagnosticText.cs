using System.Text;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The text of a diagnostic message, whatever the article held: one line (line breaks and control characters become spaces),
    /// bidirectional controls shown as <c>&lt;U+202E&gt;</c> (so no editor or terminal reorders the message, "trojan source"),
    /// lone surrogates as U+FFFD, and at most <see cref="MaxLength"/> characters (a message quoting a 5 MB line keeps its start
    /// and its end, where the advice is).
    /// </summary>
    public static class DiagnosticText
    {
        /// <summary>The longest message, in UTF-16 code units.</summary>
        public const int MaxLength = 600;

        private const string Elision = " … ";

        public static string Clean(string message)
        {
            if (message.Length <= MaxLength && IsClean(message)) return message;
            var sb = new StringBuilder(System.Math.Min(message.Length, MaxLength * 2));
            for (int i = 0; i < message.Length; i++)
            {
                char c = message[i];
                if (char.IsHighSurrogate(c) && i + 1 < message.Length && char.IsLowSurrogate(message[i + 1])) { sb.Append(c).Append(message[++i]); continue; }
                if (char.IsSurrogate(c)) sb.Append('\uFFFD');
                else if (UnicodeText.IsBidiControl(c)) sb.Append("<U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('>');
                else if (IsBreakOrControl(c)) sb.Append(' ');
                else sb.Append(c);
            }
            if (sb.Length <= MaxLength) return sb.ToString();
            int half = (MaxLength - Elision.Length) / 2;
            int head = half, tail = sb.Length - half;
            if (char.IsLowSurrogate(sb[head])) head--;          // never split a surrogate pair
            if (char.IsLowSurrogate(sb[tail])) tail++;
            return sb.ToString(0, head) + Elision + sb.ToString(tail, sb.Length - tail);
        }

        private static bool IsBreakOrControl(char c) => char.IsControl(c) || c == '\u2028' || c == '\u2029';

        private static bool IsClean(string s)
        {
            foreach (char c in s)
                if (c >= '\u0600' ? char.IsSurrogate(c) || UnicodeText.IsBidiControl(c) || c == '\u2028' || c == '\u2029' : char.IsControl(c)) return false;
            return true;
        }
    }
}
