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
    internal sealed partial class ArticleLines
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

        /// <summary>Layout lines that state the article's day ("Sukamaju, Kamis 16 Februari 2023", a dated byline): their date counts.</summary>
        public HashSet<int> DatedLayout { get; } = new HashSet<int>();

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

        /// <summary>Line <paramref name="i"/> joined to the paragraph above it (<see cref="ContinuesParagraph"/>), after a space.</summary>
        public void JoinParagraph(int i)
        {
            Mark(i, LineKind.Paragraph);
            var last = Body[Body.Count - 1];
            var piece = Norm[i];
            int col = Raw[i].Length - Raw[i].TrimStart().Length;
            var joins = new List<(int, int, int)>(last.Continuations) { (last.Text.Length + 1, i + 1, col) };
            Body[Body.Count - 1] = last with { Text = last.Text + " " + piece, Continuations = joins };
            int p = Paragraphs.FindLastIndex(x => x.Line == last.Line);
            if (p >= 0) Paragraphs[p] = new LineText(last.Line, last.Text + " " + piece);
        }

        /// <summary>Line <paramref name="i"/>, taken as a paragraph, as furniture after all (a later line showed what it is).</summary>
        public void ParagraphToFurniture(int i, FurnitureKind kind)
        {
            if (Unjoin(i)) { AddFurniture(i, kind); return; }
            Paragraphs.RemoveAll(p => p.Line == i + 1);
            Body.RemoveAll(b => b.Line == i + 1 && b.Kind == BodyBlockKind.Paragraph);
            AddFurniture(i, kind);
        }

        /// <summary>
        /// Takes line <paramref name="i"/> out of the paragraph it was joined to: the paragraph ends before it, and the lines
        /// joined after it become paragraphs of their own. False when the line was joined to none.
        /// </summary>
        private bool Unjoin(int i)
        {
            for (int b = Body.Count - 1; b >= 0; b--)
            {
                var block = Body[b];
                if (block.Continuations.Count == 0 || block.LastLine < i + 1 || block.Line > i + 1) continue;
                int k = 0;
                while (k < block.Continuations.Count && block.Continuations[k].Line != i + 1) k++;
                if (k == block.Continuations.Count) return false;
                var kept = block.Text.Substring(0, block.Continuations[k].Offset - 1);
                Body[b] = block with { Text = kept, Continuations = new List<(int, int, int)>(block.Continuations.Take(k)) };
                int p = Paragraphs.FindIndex(x => x.Line == block.Line);
                if (p >= 0) Paragraphs[p] = new LineText(block.Line, kept);
                for (int r = k + 1; r < block.Continuations.Count; r++) AddParagraph(block.Continuations[r].Line - 1);
                return true;
            }
            return false;
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
            Related.Add(new LineText(i + 1, title));
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
