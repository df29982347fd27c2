namespace LabFlow.Activities.Reports;

/// <summary>
/// A report as the reader may see it, before it becomes a file: the Host writes it as a Word document. Everything in it
/// has passed the read rule, so a writer never filters.
/// </summary>
/// <param name="Title">The document's title.</param>
/// <param name="Language">"sv" or "en": the language of every text in it.</param>
/// <param name="Lead">Paragraphs under the title (what the report covers, when it was made).</param>
/// <param name="Sections">The top-level sections, each a Heading 1.</param>
/// <param name="FileName">The file name to offer, without extension.</param>
public sealed record ReportDocument(string Title, string Language, IReadOnlyList<string> Lead, IReadOnlyList<ReportSection> Sections, string FileName);

/// <summary>One section: a heading (its level follows its depth), its blocks, then its subsections.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks, IReadOnlyList<ReportSection> Subsections)
{
    public static ReportSection Of(string heading, params ReportBlock[] blocks) => new(heading, blocks, []);
}

/// <summary>A piece of a section's content.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph; with a <paramref name="Label"/> it reads "Label: text" with the label in bold.</summary>
public sealed record ReportParagraph(string Text, string? Label = null) : ReportBlock;

/// <summary>A table with one header row; <paramref name="Caption"/> is written above it.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>
/// A bar chart drawn as an image: for each category (a point in time, an idea), one bar per series. <paramref name="AltText"/>
/// says in words what the chart shows, figures included, for readers who do not see it; the table beside it holds the same figures.
/// </summary>
public sealed record ReportChart(string Title, string AltText, IReadOnlyList<string> Categories, IReadOnlyList<ReportSeries> Series, string ValueAxis) : ReportBlock;

/// <summary>One series of a <see cref="ReportChart"/>: a value per category (<c>null</c> where there is none).</summary>
public sealed record ReportSeries(string Name, IReadOnlyList<double?> Values);
