namespace LabFlow.Activities.Tests.ShippedFlows;

/// <summary>Finds folders of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string WorkflowsJson => Path.Combine(Root, "workflows-json");

    public static IReadOnlyList<string> FlowFiles => [.. Directory.GetFiles(WorkflowsJson, "*.json").Order(StringComparer.Ordinal)];

    private static string FindRoot()
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
