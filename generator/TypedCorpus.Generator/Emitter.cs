using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>
    /// Options read from MSBuild (<c>TypedCorpusNamespace</c>, <c>TypedCorpusClassName</c>, else <c>RootNamespace</c> and <c>Corpus</c>;
    /// <c>TypedCorpusArticlesPerFile</c>: 0 for automatic, see <see cref="Layout"/>).
    /// </summary>
    public sealed record GeneratorOptions(string Namespace, string ClassName, int ArticlesPerFile = 0);

    /// <summary>How many article members go in one generated file.</summary>
    public static class Layout
    {
        /// <summary>Up to this many articles, the automatic layout is one file per article.</summary>
        public const int OneFilePerArticleUpTo = 512;

        /// <summary>Articles per file beyond <see cref="OneFilePerArticleUpTo"/> (the size of a data chunk).</summary>
        public const int Grouped = DataChunk.Size;

        /// <summary>
        /// One file per article for a corpus of up to 512 articles (or when set to 1); beyond that, files of 256 article members.
        /// The Roslyn driver checks each generated file's hint name against all others on every run (O(N²) in the number of
        /// files) and the analyzer driver's cost per partial declaration grows with the number of declarations of the type
        /// (O(N²) at 100k): both measured, see docs/performance.md.
        /// </summary>
        /// <summary>
        /// Named article members per class. The runtime refuses a type with more than 65,535 methods (measured: at 100k articles
        /// one <c>ArticleSet</c> threw <c>TypeLoadException: contains more methods than the current implementation allows</c>),
        /// so articles from 32,768 on are members of base classes: <c>ArticleSet : ArticleSetPart1 : ArticleSetPart2 … : ArticleList</c>.
        /// </summary>
        public const int MembersPerClass = 1 << 15;

        /// <summary>The class of <paramref name="set"/> (<c>ArticleSet</c> or <c>PersonSet</c>) that declares the named member of item <paramref name="index"/>.</summary>
        public static string MemberClass(string set, int index) =>
            index < MembersPerClass ? set : set + "Part" + (index / MembersPerClass).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The base class of the member class that starts at <paramref name="start"/>: the next part, or the library's list.</summary>
        public static string BaseOf(string set, int start, int count, string list) =>
            start + MembersPerClass < count ? MemberClass(set, start + MembersPerClass) : list;

        /// <summary>The class that declares the named member of article <paramref name="index"/>.</summary>
        public static string ArticleClass(int index) => MemberClass("ArticleSet", index);

        public static int ArticlesPerFile(GeneratorOptions o, int articles) =>
            o.ArticlesPerFile > 0 ? o.ArticlesPerFile : articles <= OneFilePerArticleUpTo ? 1 : Grouped;
    }

    /// <summary>An article ready to emit: its model, index and identifier.</summary>
    public sealed record ArticlePlan(int Index, string Identifier, string Path, ArticleModel Model)
    {
        /// <summary>The values of the project's <c>[CorpusFields]</c> record, converted (see <see cref="FieldValidation"/>); empty without one.</summary>
        public EquatableArray<string?> Fields { get; init; } = EquatableArray<string?>.Empty;
    }

    /// <summary>A person ready to emit.</summary>
    public sealed record PersonPlan(int Index, string Identifier, PersonModel Person, EquatableArray<(int Article, int Quote)> Quotes, EquatableArray<int> Articles)
    {
        /// <summary>The <c>.txt</c> line "go to definition" lands on: a line naming the person, their first quote when its line does (see <c>TypedCorpusGenerator.FirstMention</c>), or null.</summary>
        public (string Path, int Line)? Definition { get; init; }
    }

    /// <summary>Writes the C# of the corpus. Every string goes through <see cref="Lit"/>; every doc text through <see cref="Doc"/>.</summary>
    public static class Emitter
    {
        private const string L = "global::TypedCorpus.";

        /// <summary>A C# string literal for any string (quotes, backslashes, control and line-separator characters, lone surrogates escaped).</summary>
        public static string Lit(string? s)
        {
            if (s is null) return "null";
            var sb = new StringBuilder(s.Length + 2);
            sb.Append('"');
            foreach (char c in s) AppendEscaped(sb, c);
            sb.Append('"');
            return sb.ToString();
        }

        /// <summary>
        /// Appends one UTF-16 code unit inside a C# string literal: quote, backslash, NUL and the common controls as escapes, every
        /// other control, U+0085, U+2028, U+2029, DEL, the bidirectional controls and any surrogate code unit as <c>\uXXXX</c>; the rest as it is.
        /// </summary>
        private static void AppendEscaped(StringBuilder sb, char c)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\0': sb.Append("\\0"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c) || c == '\u007F' || UnicodeText.IsBidiControl(c))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }

        /// <summary>Text safe inside a <c>///</c> XML doc comment: one line, XML-escaped, clipped.</summary>
        public static string Doc(string? s, int max = 160)
        {
            if (s is null) return "";
            var sb = new StringBuilder();
            for (int k = 0; k < s.Length; k++)
            {
                char c = s[k];
                if (sb.Length >= max) { sb.Append('…'); break; }
                if (char.IsHighSurrogate(c) && k + 1 < s.Length && char.IsLowSurrogate(s[k + 1])) { sb.Append(c).Append(s[++k]); continue; }
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    default:
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFFFE' || c == '\uFFFF' || char.IsSurrogate(c) || UnicodeText.IsBidiControl(c)) sb.Append(' ');
                        else sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }

        public static string Header(GeneratorOptions o) =>
            "// <auto-generated/>\n// Generated by TypedCorpus from the corpus text files. Do not edit: edit the .txt files.\n#nullable enable\n";

        private static string Open(GeneratorOptions o, StringBuilder sb)
        {
            sb.Append(Header(o));
            if (o.Namespace.Length > 0) sb.Append("namespace ").Append(o.Namespace).Append("\n{\n");
            return o.Namespace.Length > 0 ? "}\n" : "";
        }

        /// <summary>
        /// The main file: the corpus class, the article list (a dispatch over chunks of <see cref="DataChunk.Size"/> articles,
        /// so no switch has more than a few hundred arms) and the people registry (names decoded from UTF-8 data on first lookup).
        /// </summary>
        public static string Main(GeneratorOptions o, MainModel m)
        {
            var sb = new StringBuilder();
            var close = Open(o, sb);
            var people = m.People.AsArray();
            sb.Append($"    /// <summary>The compiled-in corpus: {Count(m.Articles, "article", "articles")}, {Count(m.Quotes, "quote", "quotes")}, {Count(m.Agreements, "agreement", "agreements")}, {Count(people.Length, "person", "people")}.</summary>\n");
            sb.Append("    [global::System.CodeDom.Compiler.GeneratedCode(\"TypedCorpus\", \"0.1.0\")]\n");
            sb.Append($"    public static partial class {o.ClassName}\n    {{\n");
            sb.Append("        private static readonly CorpusNavigator s_navigator = new CorpusNavigator();\n");
            sb.Append("        private static global::System.Collections.Generic.IReadOnlyList<" + L + "Quote>? s_quotes;\n");
            sb.Append("        private static global::System.Collections.Generic.IReadOnlyList<" + L + "Agreement>? s_agreements;\n\n");
            sb.Append("        /// <summary>Every article, in file-name order; indexable, countable, and with one named member per article.</summary>\n");
            sb.Append("        public static ArticleSet Articles { get; } = new ArticleSet();\n\n");
            sb.Append("        /// <summary>The people registry: one named member per person (canonical, fullest name).</summary>\n");
            sb.Append("        public static PersonSet People { get; } = new PersonSet();\n\n");
            sb.Append("        /// <summary>Every quote of the corpus, article by article.</summary>\n");
            sb.Append("        public static global::System.Collections.Generic.IReadOnlyList<" + L + "Quote> Quotes => s_quotes ??= global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.SelectMany(Articles, a => a.Quotes));\n\n");
            sb.Append("        /// <summary>Every agreement of the corpus, article by article.</summary>\n");
            sb.Append("        public static global::System.Collections.Generic.IReadOnlyList<" + L + "Agreement> Agreements => s_agreements ??= global::System.Linq.Enumerable.ToArray(global::System.Linq.Enumerable.SelectMany(Articles, a => a.Agreements));\n\n");
            sb.Append("        private sealed class CorpusNavigator : " + L + "ICorpusNavigator\n        {\n");
            sb.Append("            public " + L + "Article GetArticle(int index) => Articles[index];\n");
            sb.Append("            public " + L + "Person? FindPerson(string canonicalName) => People.Find(canonicalName);\n        }\n\n");

            sb.Append("        /// <summary>The articles of the corpus.</summary>\n");
            sb.Append("        public sealed partial class ArticleSet : " + Layout.BaseOf("ArticleSet", 0, m.Articles, L + "ArticleList") + "\n        {\n");
            sb.Append($"            internal ArticleSet() : base({m.Articles}) {{ }}\n\n");
            sb.Append("            /// <inheritdoc/>\n");
            sb.Append("            protected override " + L + "Article Create(int index) => " + L + "CompiledData.ReadArticle(s_navigator, index, __Data(index >> " + ChunkBits + "));\n\n");
            sb.Append("            /// <inheritdoc/>\n");
            // file name → index, built on the first lookup from the articles' own records
            Lookup(sb, "IndexOfFile", "fileName", "s_files", "OrdinalIgnoreCase", "AddFiles", m.Articles);
            DataAccess(sb, m.Articles);
            sb.Append("\n            private static partial class __Chunks { }\n");
            sb.Append("        }\n");
            PartClasses(sb, "ArticleSet", m.Articles, L + "ArticleList", "Articles");

            sb.Append("\n        /// <summary>The people of the corpus.</summary>\n");
            sb.Append("        public sealed partial class PersonSet : " + Layout.BaseOf("PersonSet", 0, people.Length, L + "PersonList") + "\n        {\n");
            sb.Append($"            internal PersonSet() : base({people.Length}) {{ }}\n\n");
            sb.Append("            /// <inheritdoc/>\n");
            sb.Append("            protected override " + L + "Person Create(int index) => " + L + "CompiledData.ReadPerson(s_navigator, index, __Data(index >> " + ChunkBits + "));\n\n");
            sb.Append("            /// <inheritdoc/>\n");
            // name or alias → index, built on the first lookup from the people's own records
            Lookup(sb, "IndexOf", "nameOrAlias", "s_names", "Ordinal", "AddNames", people.Length);
            DataAccess(sb, people.Length);
            sb.Append("\n            private static partial class __Chunks\n            {");
            for (int c = 0; c * DataChunk.Size < people.Length; c++)
            {
                var data = string.Concat(new ArraySegment<PersonPlan>(people, c * DataChunk.Size, Math.Min(DataChunk.Size, people.Length - c * DataChunk.Size)).Select(CompiledData.Person));
                sb.Append($"\n                internal const string Chunk{c} = {Packed(data)};\n");
            }
            sb.Append("            }\n        }\n");
            PartClasses(sb, "PersonSet", people.Length, L + "PersonList", "People");
            for (int start = 0; start < people.Length; start += Layout.MembersPerClass)
            {
                sb.Append($"\n        partial class {Layout.MemberClass("PersonSet", start)}\n        {{");
                for (int i = start; i < Math.Min(people.Length, start + Layout.MembersPerClass); i++)
                {
                    var p = people[i];
                    sb.Append($"\n            /// <summary>{Doc(p.Person.Name)}: {Count(p.Quotes.Count, "quote", "quotes")} in {Count(p.Articles.Count, "article", "articles")}");
                    if (p.Person.Aliases.Count > 0) sb.Append("; also written " + Doc(string.Join(", ", p.Person.Aliases)));
                    sb.Append(".</summary>\n");
                    if (p.Definition is { } d) sb.Append($"#line {d.Line} \"{LinePath(d.Path)}\"\n");
                    sb.Append($"            public " + L + $"Person {p.Identifier} => this[{p.Index}];\n");
                    if (p.Definition is not null) sb.Append("#line default\n");
                }
                sb.Append("        }\n");
            }
            sb.Append("    }\n").Append(close);
            return sb.ToString();
        }

        /// <summary>
        /// A lazily built index (<paramref name="field"/>) behind the override <paramref name="method"/>, filled on the first
        /// lookup by <c>CompiledData.<paramref name="add"/></c> from every data chunk of the set.
        /// </summary>
        private static void Lookup(StringBuilder sb, string method, string parameter, string field, string comparer, string add, int count)
        {
            const string Map = "global::System.Collections.Generic.Dictionary<string, int>";
            sb.Append($"            protected override int {method}(string {parameter}) => ({field} ??= __Index()).TryGetValue({parameter}, out var i) ? i : -1;\n\n");
            sb.Append($"            private static {Map}? {field};\n\n");
            sb.Append($"            private static {Map} __Index()\n            {{\n");
            sb.Append($"                var map = new {Map}(global::System.StringComparer.{comparer});\n");
            sb.Append($"                for (int c = 0; c < {(count + DataChunk.Size - 1) / DataChunk.Size}; c++) " + L + $"CompiledData.{add}(__Data(c), c << " + ChunkBits + ", map);\n");
            sb.Append("                return map;\n            }\n\n");
        }

        /// <summary>
        /// The set's data access: chunk <c>n</c> of 256 records is the constant <c>__Chunks.Chunk{n}</c> (see <see cref="Packed"/>),
        /// read by the library on first use and cached in <c>s_data</c>. Nothing here grows with the corpus.
        /// </summary>
        private static void DataAccess(StringBuilder sb, int count)
        {
            sb.Append($"            private static readonly string?[] s_data = new string?[{(count + DataChunk.Size - 1) / DataChunk.Size}];\n\n");
            sb.Append("            private static global::System.ReadOnlySpan<byte> __Data(int chunk) => " + L + "CompiledData.Packed(ref s_data[chunk], typeof(__Chunks), chunk);\n");
        }

        /// <summary>The base classes that hold the named members beyond <see cref="Layout.MembersPerClass"/> (see there).</summary>
        private static void PartClasses(StringBuilder sb, string set, int count, string list, string property)
        {
            for (int start = Layout.MembersPerClass; start < count; start += Layout.MembersPerClass)
            {
                string name = Layout.MemberClass(set, start);
                sb.Append($"\n        /// <summary>Named members {start} to {Math.Min(count, start + Layout.MembersPerClass) - 1} of <see cref=\"{property}\"/> (a class holds at most 65,535 methods).</summary>\n");
                sb.Append("        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]\n");
                sb.Append($"        public abstract partial class {name} : {Layout.BaseOf(set, start, count, list)}\n        {{\n");
                sb.Append($"            private protected {name}(int count) : base(count) {{ }}\n        }}\n");
            }
        }

        private const int ChunkBits = 8;

        /// <summary>
        /// One data chunk: its articles in the compact format of <see cref="CompiledData"/> as one packed string constant
        /// (<see cref="Packed(string)"/>), a field of the private class <c>ArticleSet.__Chunks</c>.
        /// </summary>
        public static string Chunk(GeneratorOptions o, DataChunk chunk)
        {
            var sb = new StringBuilder();
            var close = Open(o, sb);
            sb.Append($"    partial class {o.ClassName}\n    {{\n        partial class ArticleSet\n        {{\n            private static partial class __Chunks\n            {{\n");
            sb.Append($"                /// <summary>Articles {chunk.Start} to {chunk.End - 1}, read by <see cref=\"" + L + "CompiledData.Packed\"/>.</summary>\n");
            var blobs = chunk.Blobs.AsArray();
            var data = new byte[blobs.Sum(b => b.Count)];
            int at = 0;
            foreach (var b in blobs)
            {
                Buffer.BlockCopy(b.AsArray(), 0, data, at, b.Count);
                at += b.Count;
            }
            sb.Append($"                internal const string Chunk{chunk.Chunk} = {Packed(data)};\n");
            sb.Append("            }\n        }\n    }\n").Append(close);
            return sb.ToString();
        }

        /// <summary>The article in the compact format of <see cref="CompiledData"/>, compressed (what its data chunk stores, see <see cref="CompiledData.ArticleData"/>).</summary>
        public static byte[] Blob(ArticlePlan plan) => CompiledData.ArticleData(plan.Model, plan.Fields);

        /// <summary>
        /// One article's file: its named member, with a doc comment of its facts and a <c>#line</c> mapping to the seed's title line
        /// (go to definition opens the text file). The records themselves are read from the chunk's data on first access.
        /// </summary>
        public static string Article(GeneratorOptions o, ArticlePlan plan) => Members(o, Layout.ArticleClass(plan.Index), new[] { Member(plan) });

        /// <summary>A file of article members (the grouped layout, see <see cref="Layout"/>).</summary>
        public static string Articles(GeneratorOptions o, MemberFile file) => Members(o, Layout.ArticleClass(file.Start), file.Members);

        private static string Members(GeneratorOptions o, string type, IEnumerable<string> members)
        {
            var sb = new StringBuilder();
            var close = Open(o, sb);
            sb.Append($"    partial class {o.ClassName}\n    {{\n        partial class {type}\n        {{\n");
            bool first = true;
            foreach (var m in members)
            {
                if (!first) sb.Append('\n');
                sb.Append(m);
                first = false;
            }
            sb.Append("        }\n    }\n").Append(close);
            return sb.ToString();
        }

        /// <summary>An article's member: doc comment, <c>#line</c> to its title line, the property, <c>#line default</c>.</summary>
        public static string Member(ArticlePlan plan)
        {
            var a = plan.Model;
            var sb = new StringBuilder();
            var path = LinePath(plan.Path);
            int memberLine = a.TitleLine > 0 ? a.TitleLine : a.Lines.Count > 0 ? a.Lines[0].Number : 1;
            var headline = a.Title ?? (a.Paragraphs.Count > 0 ? a.Paragraphs[0].Text : a.File);
            sb.Append($"            /// <summary>\n            /// <para>{Doc(headline)}</para>\n");
            var facts = string.Join(" · ", new[] { a.Outlet, a.Dateline, a.Date, a.File }.Where(x => x != null));
            sb.Append($"            /// <para>{Doc(facts)}: {Count(a.Paragraphs.Count, "paragraph", "paragraphs")}, {Count(a.Quotes.Count, "quote", "quotes")}, {Count(a.Agreements.Count, "agreement", "agreements")}.</para>\n");
            if (a.Quotes.Count > 0)
            {
                var q = a.Quotes[0];
                sb.Append($"            /// <para>“{Doc(q.Text, 120)}”{(q.Speakers.Count > 0 ? " — " + Doc(string.Join(", ", q.Speakers)) : "")}</para>\n");
            }
            sb.Append("            /// </summary>\n");
            sb.Append($"#line {memberLine} \"{path}\"\n");
            sb.Append($"            public " + L + $"Article {plan.Identifier} => this[{plan.Index}];\n");
            sb.Append("#line default\n");
            return sb.ToString();
        }

        /// <summary>"1 quote", "5 quotes".</summary>
        private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

        /// <summary>A path usable inside <c>#line N "path"</c> (no quote or line break can appear there; no bidirectional control either).</summary>
        private static string LinePath(string path) => new string(path.Where(c => c != '"' && !char.IsControl(c) && c != '\u2028' && c != '\u2029' && c != '\u0085' && !UnicodeText.IsBidiControl(c)).ToArray());

        /// <summary>A declared name as a C# identifier (a keyword gets <c>@</c>).</summary>
        private static string Id(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>The name of the generated class holding the <c>Fields()</c> extension method.</summary>
        public static string FieldsClass(GeneratorOptions o) => o.ClassName + "FieldExtensions";

        /// <summary>
        /// The <c>Fields()</c> extension method on <c>Article</c>: builds the project's <c>[CorpusFields]</c> record from the
        /// article's converted values (compiled data, see <see cref="FieldValidation"/>) on first call, then caches it per
        /// article. Required members are set in the initializer, the others with <c>with</c> only when the article gives them,
        /// so a property's own default is kept. Its size depends on the record only, never on the corpus.
        /// </summary>
        public static string Fields(GeneratorOptions o, FieldSchema schema)
        {
            const string F = L + "CorpusFieldValues.";
            var sb = new StringBuilder();
            var close = Open(o, sb);
            var t = schema.TypeName;
            var props = schema.Properties.AsArray();
            var keys = string.Join(", ", props.Where(p => p.Type != FieldType.Unsupported).Select(p => "<c>" + Doc(p.Key) + "</c>"));
            var enums = props.Where(p => p.Type == FieldType.Enum).Select(p => p.ElementType).Distinct().ToList();
            sb.Append($"    /// <summary>The typed front matter of the corpus' articles: <see cref=\"{t}\"/>.</summary>\n");
            sb.Append("    [global::System.CodeDom.Compiler.GeneratedCode(\"TypedCorpus\", \"0.1.0\")]\n");
            sb.Append($"    public static class {FieldsClass(o)}\n    {{\n");
            sb.Append($"        private static readonly global::System.Runtime.CompilerServices.ConditionalWeakTable<{L}Article, {t}> s_fields = new global::System.Runtime.CompilerServices.ConditionalWeakTable<{L}Article, {t}>();\n\n");
            sb.Append($"        /// <summary>\n        /// The article's front matter as <see cref=\"{t}\"/> ({keys}), validated and converted when the project was built:\n");
            sb.Append("        /// reading it cannot fail. A field the article does not give keeps the record's default.\n        /// </summary>\n");
            sb.Append($"        public static {t} Fields(this {L}Article article) => s_fields.GetValue(article, static a => Read(a));\n\n");
            sb.Append($"        private static {t} Read({L}Article a)\n        {{\n");
            sb.Append($"            var r = new {t}\n            {{\n");
            for (int i = 0; i < props.Length; i++)
            {
                var p = props[i];
                if (!p.RequiredMember) continue;
                sb.Append(p.Type == FieldType.Unsupported
                    ? $"                {Id(p.Name)} = default!,\n"
                    : $"                {Id(p.Name)} = {F}Get(a, {i}) is {{ }} v{i} ? ({p.PropertyType}){Convert(p, "v" + i, enums)} : default({p.PropertyType})!,\n");
            }
            sb.Append("            };\n");
            for (int i = 0; i < props.Length; i++)
            {
                var p = props[i];
                if (p.RequiredMember || p.Type == FieldType.Unsupported) continue;
                sb.Append($"            if ({F}Get(a, {i}) is {{ }} v{i}) r = r with {{ {Id(p.Name)} = {Convert(p, "v" + i, enums)} }};\n");
            }
            sb.Append("            return r;\n        }\n");
            for (int e = 0; e < enums.Count; e++)
            {
                var members = props.First(p => p.ElementType == enums[e]).EnumMembers;
                sb.Append($"\n        private static {enums[e]} Enum{e}(string v) => v switch\n        {{\n");
                foreach (var m in members) sb.Append($"            {Lit(m)} => {enums[e]}.{Id(m)},\n");
                sb.Append($"            _ => default({enums[e]}),\n        }};\n");
            }
            sb.Append("    }\n").Append(close);
            return sb.ToString();

            static string Convert(FieldProperty p, string v, List<string> enums)
            {
                string Item(string x) => p.Type switch
                {
                    FieldType.String => x,
                    FieldType.Int32 => F + "Int32(" + x + ")",
                    FieldType.Int64 => F + "Int64(" + x + ")",
                    FieldType.Decimal => F + "Decimal(" + x + ")",
                    FieldType.Double => F + "Double(" + x + ")",
                    FieldType.Boolean => F + "Boolean(" + x + ")",
                    FieldType.Date => F + "Date(" + x + ")",
                    FieldType.Uri => F + "Uri(" + x + ")",
                    _ => "Enum" + enums.IndexOf(p.ElementType) + "(" + x + ")",
                };
                if (p.List == ListShape.None) return Item(v);
                var items = $"{F}Items<{p.ElementType}>({v}, static x => {Item("x")})";
                return p.List == ListShape.ValueList ? $"new {L}ValueList<{p.ElementType}>({items})" : items;
            }
        }

        /// <summary>
        /// The records of a chunk (from <see cref="CompiledData"/>, well-formed by construction) as the C# string literal that
        /// <c>TypedCorpus.CompiledData.Packed</c> reads: <c>'1'</c> or <c>'0'</c> (odd or even number of UTF-8 bytes), then two bytes
        /// per UTF-16 code unit, the first in the low half (an odd last byte is paired with a space, which the reader drops).
        /// <para>
        /// Why not a <c>"…"u8</c> literal: the compiler lowers one to an array of one bound node per byte before it emits the bytes
        /// (measured: 8.3 GB allocated to emit the 46 MB of data of 10k seed-sized articles), and the literal is one source character
        /// per byte. A string constant is one value to the compiler, half as many source characters, and the same number of bytes
        /// in the assembly (in its metadata, which has no size limit, unlike the user-string heap of string literals: CS8103 near
        /// 16 MB). Code units that are not plain text in a literal (controls, line and paragraph separators, surrogates, the
        /// bidirectional controls, noncharacters) are written as <c>\uXXXX</c>.
        /// </para>
        /// </summary>
        public static string Packed(string records) => Packed(Encoding.UTF8.GetBytes(records));

        /// <summary>Any bytes as the packed string literal described at <see cref="Packed(string)"/>.</summary>
        public static string Packed(byte[] bytes)
        {
            var sb = new StringBuilder(bytes.Length / 2 + 8);
            sb.Append('"').Append((bytes.Length & 1) == 1 ? '1' : '0');
            for (int i = 0; i < bytes.Length; i += 2)
            {
                char c = (char)(bytes[i] | (i + 1 < bytes.Length ? bytes[i + 1] : ' ') << 8);
                if (PlainInLiteral(c)) sb.Append(c);
                else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            return sb.Append('"').ToString();
        }

        /// <summary>Whether a code unit may stand as itself inside a generated string literal.</summary>
        private static bool PlainInLiteral(char c) =>
            c >= ' ' && c != '"' && c != '\\' && !(c >= '\u007F' && c <= '\u009F') && c != '\u2028' && c != '\u2029' && !char.IsSurrogate(c)
            && !UnicodeText.IsBidiControl(c) && c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF';
    }
}
