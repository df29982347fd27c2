using Ganss.Xss;
using Markdig;

namespace LabFlow.Activities.Tasks;

/// <summary>Renders task instructions (Markdown written by designers) to HTML that is safe to show.</summary>
public static class TaskMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseListExtras()
        .Build();

    /// <summary>HTML for <paramref name="markdown"/>: raw HTML is not rendered, and what Markdown produces is sanitised once more.</summary>
    public static string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var html = Markdown.ToHtml(markdown, Pipeline);
        // A sanitizer is cheap to build and not documented as thread-safe; one per call keeps it simple.
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer.Sanitize(html);
    }
}
