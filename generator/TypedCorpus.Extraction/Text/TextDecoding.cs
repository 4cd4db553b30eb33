using System;
using System.Collections.Generic;
using System.Text;

namespace TypedCorpus.Extraction
{
    /// <summary>Turns the bytes of a file into text: UTF-8 with or without BOM; binary or invalid UTF-8 is reported, never thrown.</summary>
    public static class TextDecoding
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);
        private static readonly UTF8Encoding Lenient = new UTF8Encoding(false, false);

        /// <summary>Decodes <paramref name="bytes"/>; on a problem returns the lenient decoding (U+FFFD for bad bytes) and a diagnostic.</summary>
        public static string Decode(byte[] bytes, out DiagnosticModel? problem)
        {
            problem = null;
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            int nul = Array.IndexOf(bytes, (byte)0, start);
            if (nul >= 0)
            {
                var text0 = Lenient.GetString(bytes, start, bytes.Length - start);
                var (l, c) = Locate(text0, text0.IndexOf('\0'));
                problem = Diagnostics.Create(DiagnosticIds.Unreadable, l, c, 1,
                    "the file looks binary (it contains a NUL byte); save the article as UTF-8 text");
                return text0;
            }
            try
            {
                return Strict.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException ex)
            {
                var text = Lenient.GetString(bytes, start, bytes.Length - start);
                int badByte = ex.Index >= 0 ? ex.Index : 0;
                // Locate the first U+FFFD produced for the bad byte (best effort: the first replacement character).
                int at = text.IndexOf('\uFFFD');
                var (l, c) = Locate(text, at < 0 ? 0 : at);
                problem = Diagnostics.Create(DiagnosticIds.Unreadable, l, c, 1,
                    $"the file is not valid UTF-8 (bad byte 0x{(badByte < bytes.Length - start ? bytes[start + badByte] : 0):X2}); re-save it as UTF-8");
                return text;
            }
        }

        /// <summary>
        /// Whether <paramref name="model"/> is of a file that is not text (binary, not UTF-8, unreadable: TC0001). Such a file gets
        /// that one diagnostic and no other, per file or corpus-wide; its text is still kept.
        /// </summary>
        public static bool IsUnreadable(ArticleModel model)
        {
            foreach (var d in model.Diagnostics) if (d.Id == DiagnosticIds.Unreadable) return true;
            return false;
        }

        /// <summary><paramref name="model"/> with <paramref name="problem"/> (TC0001) as its only diagnostic.</summary>
        public static ArticleModel OnlyUnreadable(ArticleModel model, DiagnosticModel problem) =>
            model with { Diagnostics = new[] { problem }.ToEquatableArray() };

        private static (int line, int column) Locate(string text, int index)
        {
            int line = 1, col = 0;
            for (int i = 0; i < index && i < text.Length; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))) { line++; col = 0; }
                else if (text[i] != '\r') col++;
            }
            return (line, col);
        }

        private static readonly char[] LineBreaks = { '\n', '\r' };

        /// <summary>Splits text into lines on CRLF, LF or CR, without the line breaks. A final line break does not add an empty line.</summary>
        public static List<string> SplitLines(string text)
        {
            var lines = new List<string>();
            int start = 0;
            for (int i = text.IndexOfAny(LineBreaks); i >= 0; i = start < text.Length ? text.IndexOfAny(LineBreaks, start) : -1)
            {
                lines.Add(text.Substring(start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }
    }
}
