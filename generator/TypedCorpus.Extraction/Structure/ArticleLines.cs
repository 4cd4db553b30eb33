using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// An article's lines and what the structure stage makes of them: each line's kind, the header's facts (title, subtitle,
    /// outlet, dateline, author), the body blocks, and the captions, furniture and related links set apart from the body.
    /// The builder of the front matter, structure and metadata stages: the pipeline then freezes it (<see cref="Freeze"/>)
    /// and the stages after read the read-only <see cref="ArticleStructure"/>.
    /// </summary>
    internal sealed class ArticleLines
    {
        public ArticleLines(string text)
        {
            Raw = TextDecoding.SplitLines(text);
            Norm = Raw.Select(LineShapes.Normalize).ToArray();
            Kind = new LineKind?[Raw.Count];
        }

        /// <summary>The lines as written.</summary>
        public List<string> Raw { get; }
        /// <summary>The lines normalised (<see cref="LineShapes.Normalize"/>).</summary>
        public string[] Norm { get; }
        /// <summary>What each line is, once decided.</summary>
        public LineKind?[] Kind { get; }
        public int Count => Raw.Count;

        public string? Title { get; set; }
        public int TitleLine { get; set; }
        public string? Subtitle { get; set; }
        public string? Outlet { get; set; }
        public string? Dateline { get; set; }
        public string? Author { get; set; }

        /// <summary>The writer was read from a reporter's line ("Laporan Wartawan X, Nama"): a "Penulis:" label later names the writer instead.</summary>
        public bool AuthorFromReport { get; set; }

        public List<LineText> Paragraphs { get; } = new List<LineText>();
        public List<LineText> ListItems { get; } = new List<LineText>();
        public List<LineText> Sections { get; } = new List<LineText>();
        public List<LineText> Related { get; } = new List<LineText>();
        public List<CaptionModel> Captions { get; } = new List<CaptionModel>();
        public List<FurnitureModel> Furniture { get; } = new List<FurnitureModel>();
        public List<BodyBlock> Body { get; } = new List<BodyBlock>();

        /// <summary>The read-only result, for the stages after (which take over the lists; this builder is not used after).</summary>
        public ArticleStructure Freeze() => new ArticleStructure(this);

        public void Mark(int i, LineKind kind) => Kind[i] = kind;

        public void AddFurniture(int i, FurnitureKind kind)
        {
            Mark(i, LineKind.Furniture);
            Furniture.Add(new FurnitureModel(i + 1, kind, Norm[i]));
        }

        /// <summary>Line <paramref name="i"/> as a paragraph, without its first <paramref name="prefix"/> characters (a dateline).</summary>
        public void AddParagraph(int i, int prefix = 0)
        {
            Mark(i, LineKind.Paragraph);
            int lead = Raw[i].Length - Raw[i].TrimStart().Length;
            var rest = Raw[i].Trim().Substring(prefix); // made once: a dateline's line is copied once, not for each use
            var text = rest.Trim();
            Paragraphs.Add(new LineText(i + 1, text));
            int col = lead + prefix + (rest.Length - rest.TrimStart().Length);
            Body.Add(new BodyBlock(i + 1, BodyBlockKind.Paragraph, text, col));
        }

        /// <summary>Line <paramref name="i"/>, taken as a paragraph, as furniture after all (a later line showed what it is).</summary>
        public void ParagraphToFurniture(int i, FurnitureKind kind)
        {
            Paragraphs.RemoveAll(p => p.Line == i + 1);
            Body.RemoveAll(b => b.Line == i + 1 && b.Kind == BodyBlockKind.Paragraph);
            AddFurniture(i, kind);
        }

        /// <summary>Line <paramref name="i"/>, taken as a paragraph or heading, as the headline after all (a later line showed what it is).</summary>
        public void ToTitle(int i)
        {
            Paragraphs.RemoveAll(p => p.Line == i + 1);
            Sections.RemoveAll(p => p.Line == i + 1);
            Furniture.RemoveAll(f => f.Line == i + 1);
            Body.RemoveAll(b => b.Line == i + 1);
            Title = Raw[i].Trim();
            TitleLine = i + 1;
            Mark(i, LineKind.Title);
        }

        public void AddHeading(int i, string title)
        {
            Mark(i, LineKind.Heading);
            Sections.Add(new LineText(i + 1, title));
            Body.Add(new BodyBlock(i + 1, BodyBlockKind.Heading, title, Raw[i].IndexOf(title, StringComparison.Ordinal) is var c && c >= 0 ? c : 0));
        }

        public void AddListItem(int i, string text)
        {
            Mark(i, LineKind.ListItem);
            ListItems.Add(new LineText(i + 1, text));
            Body.Add(new BodyBlock(i + 1, BodyBlockKind.ListItem, text, Raw[i].IndexOf(text, StringComparison.Ordinal) is var c && c >= 0 ? c : 0));
        }

        public void AddRelated(int i, string title)
        {
            Mark(i, LineKind.Related);
            // "Warga Gotong Royong Bangun Jalan » Kabar Kita": the linked page's title ends with its site's name, this site's
            int mark = title.LastIndexOf(" » ", StringComparison.Ordinal);
            if (mark > 10 && title.Substring(mark + 3) is var site && IsSiteName(site))
            {
                title = title.Substring(0, mark).Trim();
                Outlet ??= site;
            }
            Related.Add(new LineText(i + 1, title));
        }

        /// <summary>One to four capitalised words or a domain: a site's name after a title.</summary>
        private static bool IsSiteName(string s)
        {
            if (Datelines.IsDomainLike(s) && s.IndexOf(' ') < 0) return true;
            var words = s.Split(' ');
            foreach (var w in words) if (w.Length == 0 || !char.IsUpper(w[0])) return false;
            return words.Length <= 4;
        }

        public int NextNonBlank(int i)
        {
            for (int j = i + 1; j < Count; j++) if (Norm[j].Length > 0) return j;
            return -1;
        }

        public int PrevNonBlank(int i)
        {
            for (int j = i - 1; j >= 0; j--) if (Norm[j].Length > 0) return j;
            return -1;
        }
    }
}
