namespace LabFlow.Bench;

internal static class RepositoryFolders
{
    public static string WorkflowsJson()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LabFlow.sln")))
            {
                return Path.Combine(directory.FullName, "workflows-json");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the LabFlow repository.");
    }
}
