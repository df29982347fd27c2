using LabFlow.Activities.Methods;
using LabFlow.Activities.Tests.ShippedFlows;

namespace LabFlow.Activities.Tests.Methods;

/// <summary>The methods in workflows-json/methods/ are valid, complete in Swedish and English, and cover the lab method.</summary>
public sealed class ShippedMethodsTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.WorkflowsJson, "methods");

    private static IReadOnlyList<string> FileNames => [.. Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Files => [.. FileNames];

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_GivesAValidMethodInSwedishAndEnglish_ForEveryShippedFile(string fileName)
    {
        var result = MethodJson.Parse(fileName, File.ReadAllText(Path.Combine(Folder, fileName)));

        Assert.Empty(result.Errors);
        var method = Assert.IsType<LabMethod>(result.Method);
        Assert.Equal(method.Id + ".json", fileName);
        foreach (var text in new[] { method.Name, method.Purpose, method.Materials!, method.Instructions, method.Inclusion, method.Source })
        {
            Assert.NotEmpty(MethodRules.Swedish(text));
            Assert.NotEmpty(MethodRules.English(text));
        }

        Assert.NotEmpty(method.Phases);
        Assert.NotEmpty(method.Grounds);
        Assert.StartsWith("1. ", MethodRules.Swedish(method.Instructions), StringComparison.Ordinal);
        Assert.StartsWith("1. ", MethodRules.English(method.Instructions), StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_HoldsTheMethodsTheIssueNames_WhenListed()
    {
        var ids = FileNames.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.InRange(ids.Count, 20, 30);
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "hur-kan-vi", "intressentkarta", "empatikarta", "intervju-och-observation", "affinitetsdiagram", "crazy-8s",
                "prickrostning", "pappersprototyp", "rollspel", "testplan", "3r-4r", "jamkas-plus", "leda-i-forandring",
            },
            ids);
    }

    [Fact]
    public void Serialize_ReadsBackTheSameMethod_WhenAShippedMethodIsStored()
    {
        var method = MethodJson.Parse("crazy-8s.json", File.ReadAllText(Path.Combine(Folder, "crazy-8s.json"))).Method!;

        var again = MethodJson.Read("crazy-8s", MethodJson.Serialize(method));

        Assert.Equal(MethodJson.Serialize(method), MethodJson.Serialize(again));
        Assert.Equal("Crazy 8s", again.Name.Get());
        Assert.Equal(new MethodRange(15, 30), again.Minutes);
    }
}
