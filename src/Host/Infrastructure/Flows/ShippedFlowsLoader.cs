using LabFlow.Host.Configuration;
using LabFlow.Workflows.Definitions;
using Microsoft.Extensions.Options;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>
/// Loads and validates every shipped flow at start-up. A wrong file stops start-up with every validation
/// message (file, JSON path, fix) instead of a stack trace.
/// </summary>
internal sealed partial class ShippedFlowsLoader(
    WorkflowDefinitionLoader loader,
    IOptions<LabFlowOptions> options,
    ILogger<ShippedFlowsLoader> logger)
{
    /// <summary>The folder the shipped flows are read from.</summary>
    public string FlowsDirectory => Path.GetFullPath(options.Value.FlowsPath, AppContext.BaseDirectory);

    /// <summary>Loads every flow; returns <c>null</c> (after logging every error) when any file is wrong.</summary>
    public async Task<IReadOnlyList<LoadResult>?> LoadAsync(CancellationToken cancellationToken)
    {
        var directory = FlowsDirectory;
        if (!Directory.Exists(directory))
        {
            LogFlowsFolderMissing(directory);
            return null;
        }

        var results = await loader.LoadDirectoryAsync(directory, cancellationToken);
        var invalid = results.Where(r => !r.IsValid).ToList();
        foreach (var error in invalid.SelectMany(r => r.Errors))
        {
            LogFlowError(error.ToString());
        }

        if (invalid.Count > 0)
        {
            LogStartupStopped(invalid.Count, directory);
            return null;
        }

        foreach (var result in results)
        {
            LogFlowLoaded(result.FileName, result.Definition!.Id, result.Definition.Version, result.Definition.Activities.Count);
            foreach (var warning in result.Warnings)
            {
                LogFlowWarning(warning.ToString());
            }
        }

        return results;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The flows folder {FlowsDirectory} does not exist. Set LabFlow:FlowsPath to the folder that holds the flow files.")]
    private partial void LogFlowsFolderMissing(string flowsDirectory);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{ValidationError}")]
    private partial void LogFlowError(string validationError);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{ValidationWarning}")]
    private partial void LogFlowWarning(string validationWarning);

    [LoggerMessage(Level = LogLevel.Critical, Message = "LabFlow did not start: {InvalidFileCount} flow file(s) in {FlowsDirectory} are not valid. Fix the errors above and start again.")]
    private partial void LogStartupStopped(int invalidFileCount, string flowsDirectory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded flow {FileName}: {DefinitionId} version {Version}, {ActivityCount} activities")]
    private partial void LogFlowLoaded(string fileName, string definitionId, int version, int activityCount);
}
