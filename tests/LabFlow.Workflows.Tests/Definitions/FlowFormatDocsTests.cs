using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Flowchart;

namespace LabFlow.Workflows.Tests.Definitions;

/// <summary>The examples in docs/flow-format.md are real: the whole flow validates and every snippet is valid JSON.</summary>
public sealed partial class FlowFormatDocsTests
{
    private readonly WorkflowDefinitionLoader _loader = TestActivityTypes.CreateLoader();

    [Fact]
    public async Task Load_ReportsNoErrors_WhenLoadingTheWholeFlowOfTheDocs()
    {
        var blocks = await JsonBlocksAsync();
        var wholeFlow = blocks.First(b => b.Contains("\"connections\"", StringComparison.Ordinal));

        var result = _loader.Load("flow-format.md", wholeFlow);

        Assert.Empty(result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task ActivityExamples_AreValidJsonOfKnownCoreTypes_WhenParsed()
    {
        var blocks = await JsonBlocksAsync();
        var known = CoreActivityDescriptors.All.Select(d => d.TypeName).ToHashSet();

        // A block may hold several one-line examples (Delay shows both of its forms).
        var activities = blocks
            .SelectMany(b => b.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(l => l.TrimStart().StartsWith('{')) ? b.Split('\n') : [b])
            .Where(b => !string.IsNullOrWhiteSpace(b))
            .Select(b => JsonNode.Parse(b)!.AsObject())
            // Form fields have a type too; they are named by "key", activities by "id".
            .Where(o => o.ContainsKey("type") && !o.ContainsKey("key"))
            .ToList();

        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.Contains(a["type"]!.GetValue<string>(), known));
        Assert.Equal(known.Order(), activities.Select(a => a["type"]!.GetValue<string>()).Distinct().Order());
    }

    private static async Task<IReadOnlyList<string>> JsonBlocksAsync()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "flow-format.md"));
        return [.. JsonBlock().Matches(text).Select(m => m.Groups["json"].Value)];
    }

    [GeneratedRegex("```json\\n(?<json>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
