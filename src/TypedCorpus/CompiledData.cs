using System;
using System.ComponentModel;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace TypedCorpus
{
    /// <summary>
    /// Reads the records that the TypedCorpus generator compiles into a project as UTF-8 data (one constant per chunk of 256
    /// articles or people, see <see cref="Packed"/>). Called by the generated code; not meant to be called directly. The format is written by the
    /// generator's <c>CompiledData</c> and described there: integers as printable-ASCII groups (non-final byte
    /// <c>0x40 + 6 bits</c>, final byte <c>0x20 + 5 bits</c>), strings as UTF-8 length + 1 (0 for null) and bytes, lists as a
    /// count and items, every record prefixed by its length in bytes. An article's record may be compressed: its file name,
    /// then the byte <c>0x01</c>, the length of the rest as an integer and the rest as raw deflate data (inflated on first access).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CompiledData
    {
        /// <summary>Records per chunk (the item's position in its chunk is its index modulo this).</summary>
        public const int ChunkSize = 256;

        /// <summary>
        /// The data of chunk <paramref name="chunk"/>, stored by the generated code as the constant <c>Chunk{n}</c> of <paramref name="holder"/>:
        /// a string whose first character is <c>'1'</c> when the data has an odd number of bytes (else <c>'0'</c>), and whose other
        /// UTF-16 code units each hold two bytes of the data, the first in the low half. A constant lives in the assembly's metadata
        /// (no size limit, unlike the user-string heap of string literals, and no per-byte work for the compiler, unlike a
        /// <c>"…"u8</c> literal); it is read once per chunk and kept in <paramref name="cache"/>.
        /// </summary>
        public static ReadOnlySpan<byte> Packed(ref string? cache,
#if NET
            [System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields | System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicFields)]
#endif
            Type holder, int chunk)
        {
            var packed = Volatile.Read(ref cache);
            if (packed is null)
            {
                var value = holder.GetField("Chunk" + chunk.ToString(System.Globalization.CultureInfo.InvariantCulture), BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string
                    ?? throw new FormatException("TypedCorpus: the compiled-in data is missing; rebuild the project.");
                Interlocked.CompareExchange(ref cache, BitConverter.IsLittleEndian ? value : Swapped(value), null);
                packed = cache!;
            }
            var bytes = MemoryMarshal.AsBytes(packed.AsSpan(1));
            return packed[0] == '1' ? bytes.Slice(0, bytes.Length - 1) : bytes;
        }

        /// <summary>On a big-endian machine: every code unit with its two bytes swapped, so that the bytes in memory are the data's.</summary>
        private static string Swapped(string value)
        {
            var chars = value.ToCharArray();
            for (int i = 1; i < chars.Length; i++) chars[i] = (char)(chars[i] >> 8 | chars[i] << 8);
            return new string(chars);
        }

        /// <summary>Materialises the article at <paramref name="index"/> from the data of its chunk.</summary>
        public static Article ReadArticle(ICorpusNavigator corpus, int index, ReadOnlySpan<byte> chunk)
        {
            var r = new Reader(Record(chunk, index));
            var file = r.String() ?? "";
            if (r.Compressed) r = new Reader(r.Inflate());
            var title = r.String();
            var subtitle = r.String();
            var outlet = r.String();
            var dateline = r.String();
            int date = r.Int();
            var author = r.String();
            var url = r.String();
            var sections = new Section[r.Int()];
            for (int i = 0; i < sections.Length; i++) sections[i] = new Section(r.Int(), r.Text());
            var related = new RelatedLink[r.Int()];
            for (int i = 0; i < related.Length; i++) related[i] = new RelatedLink(r.Int(), r.Text());
            var cited = r.Strings();
            var people = r.Strings();
            var paragraphs = new Paragraph[r.Int()];
            for (int i = 0; i < paragraphs.Length; i++) paragraphs[i] = new Paragraph(r.Int(), r.Text());
            var items = new ListItem[r.Int()];
            for (int i = 0; i < items.Length; i++) items[i] = new ListItem(r.Int(), r.Text());
            var captions = new Caption[r.Int()];
            for (int i = 0; i < captions.Length; i++) captions[i] = new Caption(r.Int(), r.Text(), r.String());
            var furniture = new FurnitureLine[r.Int()];
            for (int i = 0; i < furniture.Length; i++) furniture[i] = new FurnitureLine(r.Int(), (FurnitureKind)r.Int(), r.Text());
            var quotes = new Quote[r.Int()];
            for (int i = 0; i < quotes.Length; i++)
                quotes[i] = new Quote(corpus)
                {
                    ArticleIndex = index,
                    Line = r.Int(),
                    Kind = (QuoteKind)r.Int(),
                    Text = r.Text(),
                    Speakers = r.Strings(),
                    Verb = r.String(),
                    Addressee = r.String(),
                    Via = r.String(),
                };
            var agreements = new Agreement[r.Int()];
            for (int i = 0; i < agreements.Length; i++)
                agreements[i] = new Agreement
                {
                    ArticleIndex = index,
                    Line = r.Int(),
                    Kind = (AgreementKind)r.Int(),
                    Title = r.String(),
                    Text = r.Text(),
                    Parties = r.Strings(),
                    Date = r.String(),
                };
            // Front matter as written and the [CorpusFields] values: present only in the records of articles that have them.
            var front = Array.Empty<FrontMatterField>();
            var fields = Array.Empty<string?>();
            if (!r.End)
            {
                front = new FrontMatterField[r.Int()];
                for (int i = 0; i < front.Length; i++) front[i] = new FrontMatterField(r.Int(), r.Text(), r.Text());
                fields = new string?[r.Int()];
                for (int i = 0; i < fields.Length; i++) fields[i] = r.String();
            }
            return new Article(corpus)
            {
                Index = index,
                File = file,
                Title = title,
                Subtitle = subtitle,
                Outlet = outlet,
                Dateline = dateline,
                Date = date == 0 ? null : new DateOnly(date / 10000, date / 100 % 100, date % 100),
                Author = author,
                Url = url,
                Sections = List(sections),
                Related = List(related),
                CitedSources = cited,
                PeopleNames = people,
                Paragraphs = List(paragraphs),
                ListItems = List(items),
                Captions = List(captions),
                Furniture = List(furniture),
                Quotes = List(quotes),
                Agreements = List(agreements),
                FrontMatter = List(front),
                FieldValues = List(fields),
            };
        }

        /// <summary>Materialises the person at <paramref name="index"/> from the data of its chunk.</summary>
        public static Person ReadPerson(ICorpusNavigator corpus, int index, ReadOnlySpan<byte> chunk)
        {
            var r = new Reader(Record(chunk, index));
            var name = r.Text();
            var aliases = r.Strings();
            var quotes = new QuoteRef[r.Int()];
            for (int i = 0; i < quotes.Length; i++) quotes[i] = new QuoteRef(r.Int(), r.Int());
            var articles = new int[r.Int()];
            for (int i = 0; i < articles.Length; i++) articles[i] = r.Int();
            return new Person(corpus) { Name = name, Aliases = aliases, QuoteRefs = List(quotes), ArticleIndexes = List(articles) };
        }

        /// <summary>
        /// Adds the canonical name and the aliases of every person of a chunk to <paramref name="names"/> (name → index), keeping
        /// the first person for a name already present.
        /// </summary>
        public static void AddNames(ReadOnlySpan<byte> chunk, int firstIndex, System.Collections.Generic.IDictionary<string, int> names)
        {
            var r = new Reader(chunk);
            for (int index = firstIndex; !r.End; index++)
            {
                var person = new Reader(r.Take(r.Int()));
                var name = person.Text();
                if (!names.ContainsKey(name)) names[name] = index;
                foreach (var alias in person.Strings())
                    if (!names.ContainsKey(alias)) names[alias] = index;
            }
        }

        /// <summary>
        /// Adds the file name of every article of a chunk to <paramref name="files"/> (file name → index), keeping the first
        /// article for a name already present; reads one string per article, materialises nothing.
        /// </summary>
        public static void AddFiles(ReadOnlySpan<byte> chunk, int firstIndex, System.Collections.Generic.IDictionary<string, int> files)
        {
            var r = new Reader(chunk);
            for (int index = firstIndex; !r.End; index++)
            {
                var article = new Reader(r.Take(r.Int()));
                var file = article.Text();
                if (!files.ContainsKey(file)) files[file] = index;
            }
        }

        private static ValueList<T> List<T>(T[] items) => items.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(items);

        /// <summary>The bytes of record <c>index % ChunkSize</c> of a chunk (earlier records are skipped by their length prefix).</summary>
        private static ReadOnlySpan<byte> Record(ReadOnlySpan<byte> chunk, int index)
        {
            var r = new Reader(chunk);
            for (int skip = index % ChunkSize; skip > 0; skip--) r.Skip(r.Int());
            int length = r.Int();
            return r.Take(length);
        }

        private ref struct Reader
        {
            private readonly ReadOnlySpan<byte> _data;
            private int _position;

            public Reader(ReadOnlySpan<byte> data)
            {
                _data = data;
                _position = 0;
            }

            public int Int()
            {
                int value = 0, shift = 0;
                while (true)
                {
                    byte b = _data[_position++];
                    if (b >= 0x40) { value |= (b - 0x40) << shift; shift += 6; continue; }
                    if (b < 0x20) throw new FormatException("TypedCorpus: the compiled-in data is corrupt; rebuild the project.");
                    return value | (b - 0x20) << shift;
                }
            }

            public bool End => _position >= _data.Length;

            /// <summary>Whether the rest of the record is compressed (the mark 0x01 stands where an integer would).</summary>
            public bool Compressed => _position < _data.Length && _data[_position] == 0x01;

            /// <summary>The rest of a compressed record, inflated (after <see cref="Compressed"/>).</summary>
            public byte[] Inflate()
            {
                _position++;
                int length = Int();
                var input = _data.Slice(_position).ToArray();
                _position = _data.Length;
                var output = new byte[length];
                using (var z = new DeflateStream(new MemoryStream(input, writable: false), CompressionMode.Decompress))
                {
                    int read = 0, n;
                    while (read < length && (n = z.Read(output, read, length - read)) > 0) read += n;
                    if (read != length) throw new FormatException("TypedCorpus: the compiled-in data is corrupt; rebuild the project.");
                }
                return output;
            }

            public void Skip(int length) => _position += length;

            public ReadOnlySpan<byte> Take(int length)
            {
                var span = _data.Slice(_position, length);
                _position += length;
                return span;
            }

            public string? String()
            {
                int n = Int();
                if (n == 0) return null;
                return Decode(Take(n - 1));
            }

            public string Text() => String() ?? "";

            public ValueList<string> Strings()
            {
                int n = Int();
                if (n == 0) return ValueList<string>.Empty;
                var items = new string[n];
                for (int i = 0; i < n; i++) items[i] = Text();
                return new ValueList<string>(items);
            }

            private static string Decode(ReadOnlySpan<byte> utf8) =>
#if NETSTANDARD2_0
                utf8.Length == 0 ? "" : Encoding.UTF8.GetString(utf8.ToArray());
#else
                Encoding.UTF8.GetString(utf8);
#endif
        }
    }
}
