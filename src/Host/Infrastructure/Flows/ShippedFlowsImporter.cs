using System.Security.Cryptography;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;

namespace LabFlow.Host.Infrastructure.Flows;

/// <summary>
/// Publishes the shipped flows into the definition store at start-up: a flow id the store does not have becomes
/// version 1; a file whose content changed since its last import becomes a new version, unless a designer has
/// published a newer version since (that version stays, with a warning); an unchanged file changes nothing.
/// </summary>
internal sealed partial class ShippedFlowsImporter(IWorkflowDefinitionStore store, ILogger<ShippedFlowsImporter> logger)
{
    /// <summary>The <see cref="StoredWorkflowDefinition.Source"/> prefix of versions imported from a shipped file.</summary>
    public const string FileSourcePrefix = "file:";

    /// <summary>Imports every valid flow of <paramref name="flows"/>, read from <paramref name="directory"/>.</summary>
    public async Task ImportAsync(string directory, IReadOnlyList<LoadResult> flows, CancellationToken cancellationToken)
    {
        foreach (var flow in flows)
        {
            if (flow.Definition is not { } definition)
            {
                continue;
            }

            var content = await File.ReadAllBytesAsync(Path.Combine(directory, flow.FileName), cancellationToken);
            await ImportAsync(flow.FileName, definition, ContentHash(content), cancellationToken);
        }
    }

    /// <summary>Imports one flow whose file content has <paramref name="contentHash"/>.</summary>
    public async Task ImportAsync(string fileName, WorkflowDefinition definition, string contentHash, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(definition.Id, cancellationToken);
        var lastImported = versions.LastOrDefault(v => v.Source?.StartsWith(FileSourcePrefix, StringComparison.Ordinal) == true);
        if (lastImported?.ContentHash == contentHash)
        {
            return;
        }

        var newest = versions.Count == 0 ? null : versions[^1];
        if (newest is not null && newest.Definition.Version != lastImported?.Definition.Version)
        {
            LogDesignerVersionKept(fileName, definition.Id, newest.Definition.Version);
            return;
        }

        var published = await store.PublishAsync(definition, FileSourcePrefix + fileName, contentHash, cancellationToken);
        LogPublished(fileName, definition.Id, published.Definition.Version);
    }

    public static string ContentHash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    [LoggerMessage(Level = LogLevel.Information, Message = "Published shipped flow {FileName} as {DefinitionId} version {Version}")]
    private partial void LogPublished(string fileName, string definitionId, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shipped flow {FileName} changed, but a designer has published {DefinitionId} version {Version} since it was last imported; the designer's version stays. Publish the file's changes in the designer if they are wanted.")]
    private partial void LogDesignerVersionKept(string fileName, string definitionId, int version);
}
