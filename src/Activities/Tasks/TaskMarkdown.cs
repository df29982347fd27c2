using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LabFlow.Activities.Tasks;

/// <summary>Renders Markdown written by designers (task instructions, the method library) to HTML that is safe to show.</summary>
public static class TaskMarkdown
{
    /// <summary>The link scheme of a method in the library: <c>[Crazy 8s](method:crazy-8s)</c>.</summary>
    public const string MethodLinkScheme = "method:";

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

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            // [Crazy 8s](method:crazy-8s) links to the method library, whatever address LabFlow is served from.
            if (link.Url is { } url && url.StartsWith(MethodLinkScheme, StringComparison.OrdinalIgnoreCase))
            {
                link.Url = "/methods/" + Uri.EscapeDataString(url[MethodLinkScheme.Length..]);
            }
        }

        var html = document.ToHtml(Pipeline);
        // A sanitizer is cheap to build and not documented as thread-safe; one per call keeps it simple.
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer.Sanitize(html);
    }
}
