namespace LabFlow.Activities.Methods;

/// <summary>
/// Imports the shipped method files by the rule for shipped flows: a method id the library does not have becomes
/// version 1; a file whose content changed since its last import becomes a new version, unless a designer has edited
/// the method since (that version stays, and the outcome says so for a warning); an unchanged file changes nothing.
/// </summary>
public sealed class ShippedMethodImporter(IMethodStore store, TimeProvider timeProvider)
{
    public async Task<ShippedMethodImport> ImportAsync(string fileName, LabMethod method, string contentHash, CancellationToken cancellationToken)
    {
        var versions = await store.ListVersionsAsync(method.Id, cancellationToken);
        var lastImported = versions.LastOrDefault(v => v.IsFromFile);
        var newest = versions.Count == 0 ? null : versions[^1];
        if (lastImported?.ContentHash == contentHash)
        {
            return new(ShippedMethodOutcome.Unchanged, newest!.Version);
        }

        if (newest is not null && newest.Version != lastImported?.Version)
        {
            return new(ShippedMethodOutcome.DesignerVersionKept, newest.Version);
        }

        var added = await store.AddVersionAsync(method, newest?.Version ?? 0, StoredMethod.FileOriginPrefix + fileName, contentHash, timeProvider.GetUtcNow(), cancellationToken);

        // Another node imported the same file at the same moment: its version is this file's content.
        return added is null ? new(ShippedMethodOutcome.Unchanged, (newest?.Version ?? 0) + 1) : new(ShippedMethodOutcome.Published, added.Version);
    }
}

/// <summary>What importing one shipped method file did.</summary>
public sealed record ShippedMethodImport(ShippedMethodOutcome Outcome, int Version);

public enum ShippedMethodOutcome
{
    Published,
    Unchanged,

    /// <summary>The file changed, but a designer has edited the method since its last import: the designer's version stays.</summary>
    DesignerVersionKept,
}
