using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Tests.Methods;

/// <summary>Method texts are Markdown written by designers: what they render can never run script in a reader's browser.</summary>
public sealed class MethodMarkdownTests
{
    // Raw HTML comes out escaped as text (&lt;img …&gt;), which is harmless; what must never appear is a live tag,
    // a live event attribute or a script address in a link.
    [Theory]
    [InlineData("<script>alert('x')</script>\n\n1. Steg ett", "(?i)<script")]
    [InlineData("[Klicka här](javascript:alert('x'))", "(?i)href=\"javascript:")]
    [InlineData("<img src=x onerror=alert('x')>", "(?i)<img|<[^>]*onerror")]
    [InlineData("[bild](x \"t\")<a href=\"x\" onclick=\"alert(1)\">a</a>", "(?i)<[^>]*onclick")]
    [InlineData("![bild](javascript:alert('x'))", "(?i)src=\"javascript:")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "(?i)<iframe")]
    public void ToSafeHtml_LeavesNoScript_WhenTheMarkdownTriesToInjectIt(string markdown, string forbidden)
    {
        var html = TaskMarkdown.ToSafeHtml(markdown);

        Assert.DoesNotMatch(forbidden, html);
        Assert.NotEmpty(html);
    }

    [Fact]
    public void ToSafeHtml_KeepsStepsListsAndSafeLinks_WhenTheMarkdownIsOrdinary()
    {
        var html = TaskMarkdown.ToSafeHtml("1. **Skriv** frågan\n2. Läs [guiden](https://innovationsguiden.se)");

        Assert.Equal(
            "<ol>\n<li><strong>Skriv</strong> frågan</li>\n<li>Läs <a href=\"https://innovationsguiden.se\">guiden</a></li>\n</ol>\n",
            html);
    }

    [Fact]
    public void ToSafeHtml_LinksToTheLibrary_WhenALinkUsesTheMethodScheme()
    {
        var html = TaskMarkdown.ToSafeHtml("Se [Crazy 8s](method:crazy-8s).");

        Assert.Equal("<p>Se <a href=\"/methods/crazy-8s\">Crazy 8s</a>.</p>\n", html);
    }
}
