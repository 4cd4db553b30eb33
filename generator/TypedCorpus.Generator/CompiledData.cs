using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>
    /// Writes articles and people in the compact format that <c>TypedCorpus.CompiledData</c> (the runtime library) reads.
    /// The result is a string whose UTF-8 encoding is the data: the emitter stores it as one <c>"…"u8</c> literal per chunk of
    /// 256 records, so the compiler sees one token per chunk instead of a factory method per article (which dominated the time
    /// and memory of a large consumer build).
    /// <para>Format (version 1), every record prefixed by its length in bytes:</para>
    /// <list type="bullet">
    /// <item>an integer (non-negative) is little-endian groups: each non-final byte is <c>0x40 + 6 bits</c>, the final byte
    /// <c>0x20 + 5 bits</c>; every byte is printable ASCII, so the data is valid UTF-8 and a small number is one byte;</item>
    /// <item>a string is its UTF-8 length + 1 as an integer (0 for null), then its UTF-8 bytes; a list is its count, then its items;</item>
    /// <item>an article: file, title, subtitle, outlet, dateline, date (yyyymmdd or 0), author, url, sections (line, text),
    /// related (line, text), cited sources, people names, paragraphs (line, text), list items (line, text), captions
    /// (line, text, credit), furniture (line, kind, text), quotes (line, kind, text, speakers, verb, addressee, via),
    /// agreements (line, kind, title, text, parties, date); then, only when the article has front matter or the project
    /// declares <c>[CorpusFields]</c>: the front matter as written (line, key, value) and the field values (null when absent);</item>
    /// <item>a compressed article (what the generator stores, see <see cref="ArticleData"/>): the file, then the byte
    /// <c>0x01</c> (never the first byte of an integer), the length of the rest of the record as an integer, and the rest of
    /// the record as raw deflate data;</item>
    /// <item>a person: name, aliases, quote references (article, quote), article indexes.</item>
    /// </list>
    /// A kind (quote, agreement, furniture) is the value of the engine's enum, which is the value of the runtime library's enum
    /// of the same name (a test holds the two equal); a value the enum does not define is an error, never a default kind.
    /// </summary>
    public static class CompiledData
    {

        /// <summary>One article as a length-prefixed record.</summary>
        public static string Article(ArticleModel a) => Article(a, EquatableArray<string?>.Empty);

        /// <summary>One article as a length-prefixed record, with the values of the project's <c>[CorpusFields]</c> record.</summary>
        public static string Article(ArticleModel a, EquatableArray<string?> fields)
        {
            var w = new Writer();
            w.String(a.File);
            w.String(a.Title);
            w.String(a.Subtitle);
            w.String(a.Outlet);
            w.String(a.Dateline);
            w.Int(Date(a.Date));
            w.String(a.Author);
            w.String(a.Url);
            Lines(w, a.Sections);
            Lines(w, a.Related);
            w.Strings(a.CitedSources);
            w.Strings(a.People);
            Lines(w, a.Paragraphs);
            Lines(w, a.ListItems);
            w.Int(a.Captions.Count);
            foreach (var c in a.Captions) { w.Int(c.Line); w.String(c.Text); w.String(c.Credit); }
            w.Int(a.Furniture.Count);
            foreach (var f in a.Furniture) { w.Int(f.Line); w.Int(Code(f.Kind)); w.String(f.Text); }
            w.Int(a.Quotes.Count);
            foreach (var q in a.Quotes)
            {
                w.Int(q.Line);
                w.Int(Code(q.Kind));
                w.String(q.Text);
                w.Strings(q.Speakers);
                w.String(q.Verb);
                w.String(q.Addressee);
                w.String(q.Via);
            }
            w.Int(a.Agreements.Count);
            foreach (var g in a.Agreements)
            {
                w.Int(g.Line);
                w.Int(Code(g.Kind));
                w.String(g.Title);
                w.String(g.Text);
                w.Strings(g.Parties);
                w.String(g.Date);
            }
            if (a.FrontMatter.Count > 0 || fields.Count > 0)
            {
                w.Int(a.FrontMatter.Count);
                foreach (var f in a.FrontMatter) { w.Int(f.Line); w.String(f.Key); w.String(f.Value); }
                w.Int(fields.Count);
                foreach (var v in fields) w.String(v);
            }
            return w.Record();
        }

        /// <summary>The byte that follows the file of a compressed article record (an integer's first byte is never below 0x20).</summary>
        public const byte CompressedMark = 0x01;

        /// <summary>
        /// One article as the length-prefixed record the data chunks store: the file name as it is (the file index reads it
        /// without decompressing), then the rest of <see cref="Article(ArticleModel, EquatableArray{string?})"/> as raw deflate
        /// data when that is smaller (a seed-sized article's 4.6 KB record becomes ~1.9 KB: less data for the compiler to hold,
        /// parse, emit and embed in the PDB). The runtime inflates one article's record on its first access.
        /// </summary>
        public static byte[] ArticleData(ArticleModel a, EquatableArray<string?> fields)
        {
            var record = Article(a, fields);
            var bytes = Encoding.UTF8.GetBytes(record);
            // skip the length prefix, then the file string (its length + 1, then its bytes)
            int at = SkipInt(bytes, 0, out _);
            int fileStart = at;
            at = SkipInt(bytes, at, out int fileLength);
            if (fileLength > 0) at += fileLength - 1;
            int restLength = bytes.Length - at;
            if (restLength < 64) return bytes;
            byte[] deflated;
            using (var ms = new MemoryStream(restLength / 2 + 16))
            {
                using (var z = new DeflateStream(ms, CompressionLevel.Optimal, leaveOpen: true)) z.Write(bytes, at, restLength);
                deflated = ms.ToArray();
            }
            var head = new Writer();
            head.Int(restLength);
            var restHeader = Encoding.ASCII.GetBytes(head.Text);
            int body = (at - fileStart) + 1 + restHeader.Length + deflated.Length;
            if (body >= bytes.Length - fileStart) return bytes;
            var prefix = new Writer();
            prefix.Int(body);
            var prefixBytes = Encoding.ASCII.GetBytes(prefix.Text);
            var result = new byte[prefixBytes.Length + body];
            int o = 0;
            Buffer.BlockCopy(prefixBytes, 0, result, o, prefixBytes.Length); o += prefixBytes.Length;
            Buffer.BlockCopy(bytes, fileStart, result, o, at - fileStart); o += at - fileStart;
            result[o++] = CompressedMark;
            Buffer.BlockCopy(restHeader, 0, result, o, restHeader.Length); o += restHeader.Length;
            Buffer.BlockCopy(deflated, 0, result, o, deflated.Length);
            return result;
        }

        /// <summary>Reads the integer at <paramref name="at"/> (see the format above); returns the position after it.</summary>
        private static int SkipInt(byte[] data, int at, out int value)
        {
            value = 0;
            int shift = 0;
            while (true)
            {
                byte b = data[at++];
                if (b >= 0x40) { value |= (b - 0x40) << shift; shift += 6; continue; }
                value |= (b - 0x20) << shift;
                return at;
            }
        }

        /// <summary>One person as a length-prefixed record.</summary>
        public static string Person(PersonPlan p)
        {
            var w = new Writer();
            w.String(p.Person.Name);
            w.Strings(p.Person.Aliases);
            w.Int(p.Quotes.Count);
            foreach (var (article, quote) in p.Quotes) { w.Int(article); w.Int(quote); }
            w.Int(p.Articles.Count);
            foreach (var article in p.Articles) w.Int(article);
            return w.Record();
        }

        /// <summary>"yyyy-mm-dd" as yyyymmdd, or 0 when there is no well-formed date.</summary>
        private static int Date(string? d)
        {
            if (d is { Length: >= 10 } && d[4] == '-' && d[7] == '-'
                && int.TryParse(d.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && int.TryParse(d.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(d.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, m))
                return y * 10000 + m * 100 + day;
            return 0;
        }

        /// <summary>The code of a kind: its enum value; throws for a value the enum does not define.</summary>
        internal static int Code<T>(T kind) where T : struct, Enum => Kinds<T>.Defined.Contains(kind)
            ? Convert.ToInt32(kind, CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{typeof(T).Name} has no value {kind}");

        private static class Kinds<T> where T : struct, Enum
        {
            public static readonly HashSet<T> Defined = new HashSet<T>((T[])Enum.GetValues(typeof(T)));
        }

        private static void Lines(Writer w, EquatableArray<LineText> items)
        {
            w.Int(items.Count);
            foreach (var x in items) { w.Int(x.Line); w.String(x.Text); }
        }

        /// <summary>Builds one record: the body, then <see cref="Record"/> prefixes its UTF-8 length.</summary>
        private sealed class Writer
        {
            private readonly StringBuilder _sb = new StringBuilder();
            private int _bytes;

            public void Int(int value)
            {
                uint v = value < 0 ? 0u : (uint)value;
                while (v >= 32)
                {
                    _sb.Append((char)(0x40 + (v & 63)));
                    v >>= 6;
                    _bytes++;
                }
                _sb.Append((char)(0x20 + v));
                _bytes++;
            }

            public void String(string? s)
            {
                if (s is null) { Int(0); return; }
                var clean = WellFormed(s);
                int length = Encoding.UTF8.GetByteCount(clean);
                Int(length + 1);
                _sb.Append(clean);
                _bytes += length;
            }

            public void Strings(EquatableArray<string> items)
            {
                Int(items.Count);
                foreach (var s in items) String(s);
            }

            /// <summary>What was written so far, without a length prefix.</summary>
            public string Text => _sb.ToString();

            public string Record()
            {
                var prefix = new Writer();
                prefix.Int(_bytes);
                return prefix._sb.Append(_sb).ToString();
            }
        }

        /// <summary>Lone surrogates (not representable in UTF-8) become U+FFFD; a well-formed text is returned as it is.</summary>
        public static string WellFormed(string s)
        {
            StringBuilder? sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
                if (pair) { sb?.Append(c).Append(s[i + 1]); i++; continue; }
                if (char.IsSurrogate(c)) { sb ??= new StringBuilder(s, 0, i, s.Length); sb.Append('\uFFFD'); continue; }
                sb?.Append(c);
            }
            return sb?.ToString() ?? s;
        }
    }
}
