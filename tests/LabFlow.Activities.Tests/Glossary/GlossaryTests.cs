using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Tests.ShippedFlows;

namespace LabFlow.Activities.Tests.Glossary;

/// <summary>
/// docs/glossary.md lists, per concept, the Swedish words to avoid; no shipped flow, preset, Swedish email template or
/// UI text class may use them.
/// </summary>
public sealed partial class GlossaryTests
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv");

    [Fact]
    public void AvoidList_HasTheWordsTheIssueNamed_WhenTheGlossaryIsRead()
    {
        var avoid = AvoidList().Select(a => a.Word).ToList();

        Assert.Contains("idéera", avoid);
        Assert.Contains("prototypa", avoid);
        Assert.Contains("jämlikhetscheck", avoid);
        Assert.Contains("sessionsdesign", avoid);
        Assert.Contains("sponsor", avoid);
        Assert.Contains("som förvaltningsledning", avoid);
    }

    [Fact]
    public void Hits_FindsAWholeWordIgnoringCase_ButNotAPartOfAnother()
    {
        (string Word, string Use)[] avoid = [("idéera", "Ta fram idéer"), ("sponsor", "uppdragsgivare")];

        var hits = Hits("sample", "Fasen Idéera börjar; sponsorskapet är inget ord här.", avoid);

        Assert.Equal(["sample: 'idéera' (use: Ta fram idéer) in \"Fasen Idéera börjar; sponsorskapet är inget ord här.\""], hits);
    }

    [Fact]
    public void ShippedFlows_UseNoWordToAvoid_InTheirSwedishText()
    {
        var avoid = AvoidList();

        var hits = RepositoryPaths.FlowFiles
            .SelectMany(file => SwedishStrings(JsonNode.Parse(File.ReadAllText(file)), "$")
                .SelectMany(text => Hits($"{Path.GetFileName(file)} {text.Path}", text.Value, avoid)))
            .ToList();

        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
    }

    [Theory]
    [InlineData("equality-conference.json", "conference", "konferensen")]
    [InlineData("learning-seminar.json", "seminar", "seminariet")]
    [InlineData("active-measures.json", "activeMeasures", "årets arbete med aktiva åtgärder")]
    [InlineData("leading-change.json", "leadingChange", "förändringsarbetet")]
    public void ShippedFlow_DoesNotCallItselfALab_WhenItIsNoLab(string fileName, string kind, string definite)
    {
        // Arrange: "labben"/"labbens" (the project's labs, whose lessons a seminar shares) are fine; "labbet" is not.
        (string Word, string Use)[] lab = [("labb", "the flow's own word"), ("labbet", "the flow's own word"), ("labbets", "the flow's own word")];
        var file = RepositoryPaths.FlowFiles.Single(f => Path.GetFileName(f) == fileName);
        var flow = JsonNode.Parse(File.ReadAllText(file));

        // Act
        var hits = SwedishStrings(flow, "$").SelectMany(text => Hits($"{fileName} {text.Path}", text.Value, lab)).ToList();

        // Assert: its own words never say "labbet", and its kind makes the pages and emails call it by its own noun.
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
        Assert.Equal(kind, flow!["kind"]?.GetValue<string>());
        Assert.True(LabFlow.Workflows.Definitions.FlowKinds.TryParse(kind, out var parsed));
        Assert.Equal(definite, LabFlow.Activities.Labs.KindTexts.Sv(parsed).Definite);
    }

    [Fact]
    public void SocialInnovationLab_IsALab_SoItsRunsAreCalledLabbet()
    {
        // Arrange
        var file = RepositoryPaths.FlowFiles.Single(f => Path.GetFileName(f) == "social-innovation-lab.json");

        // Act
        var kind = JsonNode.Parse(File.ReadAllText(file))!["kind"]?.GetValue<string>();

        // Assert
        Assert.Equal("lab", kind);
    }

    [Fact]
    public void FormPresets_UseNoWordToAvoid_InTheirSwedishText()
    {
        var avoid = AvoidList();

        var hits = FormPresets.Names
            .SelectMany(name => FieldTexts(FormPresets.Create(name, "field", required: true)!)
                .SelectMany(text => Hits($"preset {name}", text, avoid)))
            .ToList();

        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
    }

    [Fact]
    public void SwedishEmailTemplates_UseNoWordToAvoid()
    {
        var avoid = AvoidList();
        var templates = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Activities", "Email", "Templates"), "*.sv.*.liquid");

        var hits = templates.SelectMany(file => Hits(Path.GetFileName(file), File.ReadAllText(file), avoid)).ToList();

        Assert.NotEmpty(templates);
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
    }

    [Fact]
    public void UiTextClasses_UseNoWordToAvoid_InTheirSwedishText()
    {
        var avoid = AvoidList();
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Host", "Components"), "*Texts.cs", SearchOption.AllDirectories);

        var hits = files
            .SelectMany(file => SwedishArgument().Matches(File.ReadAllText(file))
                .SelectMany(match => Hits(Path.GetFileName(file), match.Groups["sv"].Value, avoid)))
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(hits.Count == 0, string.Join(Environment.NewLine, hits));
    }

    /// <summary>The backticked words of the Avoid column, each with the Swedish term to use instead.</summary>
    private static IReadOnlyList<(string Word, string Use)> AvoidList()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "glossary.md"))
            .SkipWhile(line => line != "## Terms")
            .Where(line => line.StartsWith('|'))
            .Skip(2)
            .Select(line => line.Split('|'))
            .ToList();
        Assert.True(rows.Count > 0, "docs/glossary.md has no table under '## Terms'.");
        return [.. rows.SelectMany(cells => Backticked().Matches(cells[4]).Select(m => (m.Groups[1].Value, cells[2].Trim())))];
    }

    private static IEnumerable<string> Hits(string source, string text, IReadOnlyList<(string Word, string Use)> avoid) =>
        avoid.Where(a => Regex.IsMatch(text, $@"(?<![\p{{L}}\d]){Regex.Escape(a.Word)}(?![\p{{L}}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            .Select(a => $"{source}: '{a.Word}' (use: {a.Use}) in \"{text}\"");

    /// <summary>Every string under an "sv" key: the Swedish side of a flow's texts.</summary>
    private static IEnumerable<(string Path, string Value)> SwedishStrings(JsonNode? node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key == "sv" && p.Value is JsonValue value && value.TryGetValue<string>(out var text)
            ? [($"{path}.sv", text)]
            : SwedishStrings(p.Value, $"{path}.{p.Key}")),
        JsonArray array => array.SelectMany((item, index) => SwedishStrings(item, $"{path}[{index}]")),
        _ => [],
    };

    private static IEnumerable<string> FieldTexts(FormField field) =>
        new[] { field.Label.Get(Swedish), field.Help?.Get(Swedish) ?? string.Empty }
            .Concat(field.Options.Concat(field.Items).Select(o => o.Label.Get(Swedish)))
            .Concat(field.Fields.SelectMany(FieldTexts));

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    /// <summary>The first (Swedish) argument of <c>UiText.Pick(…)</c> and the text classes' <c>T(…)</c>.</summary>
    [GeneratedRegex("""\b(?:Pick|T)\(\s*\$?@?"(?<sv>(?:[^"\\]|\\.)*)"\s*,""")]
    private static partial Regex SwedishArgument();
}
