using System.Text.RegularExpressions;

namespace LabFlow.Host.Tests.Architecture;

/// <summary>
/// The REST API is one door and the pages another; both go through the lab domain's services. So no page and no
/// infrastructure code refers to the API's types (its endpoints, contracts or problem helpers).
/// </summary>
public sealed partial class ApiBoundaryTests
{
    [Theory]
    [InlineData("Components")]
    [InlineData("Infrastructure")]
    public void SourceFiles_ReferNoApiType_OutsideTheApiFolder(string folder)
    {
        var root = Path.Combine(FindRepositoryRoot(), "src", "Host", folder);
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offenders = files
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(l => ApiReference().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(root, l.path)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.NotEmpty(files);
        Assert.Empty(offenders);
    }

    [Fact]
    public void ApiReference_MatchesTheWaysCodeCanNameAnApiType()
    {
        Assert.Matches(ApiReference(), "using LabFlow.Host.Api.Labs;");
        Assert.Matches(ApiReference(), "await Api.Labs.LabsApi.RequireManagerAsync(access, lab);");
        Assert.Matches(ApiReference(), "@using LabFlow.Host.Api");
        Assert.DoesNotMatch(ApiReference(), "using LabFlow.Host.Authorization;");
        Assert.DoesNotMatch(ApiReference(), "var js = JSRuntime; // the Api of the browser");
    }

    // "LabFlow.Host.Api" in a using or a full name, or "Api.<Type>" relative to the enclosing LabFlow.Host namespace.
    [GeneratedRegex(@"\bLabFlow\.Host\.Api\b|(?<![\w.])Api\.[A-Z]\w*")]
    private static partial Regex ApiReference();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LabFlow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains LabFlow.sln; run the tests from inside the repository.");
    }
}
