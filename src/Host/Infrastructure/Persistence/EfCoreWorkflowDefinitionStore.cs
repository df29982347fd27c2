using System.Data.Common;
using LabFlow.Host.Infrastructure.Persistence.Rows;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Drafts and published versions. A version row is written once; the key (id, version) makes two nodes that
/// publish at the same moment take the next number each instead of overwriting one another.
/// </summary>
internal sealed class EfCoreWorkflowDefinitionStore(LabFlowDbContext db, WorkflowConnection connection, TimeProvider timeProvider, PublishedDefinitionCache cache) : IWorkflowDefinitionStore
{
    private const int MaxPublishAttempts = 5;

    internal const string SelectHead =
        "SELECT \"DefinitionId\", \"Version\", \"PublishedAt\", \"IsRetracted\", \"Source\", \"ContentHash\" FROM \"WorkflowDefinitionVersions\" WHERE ";

    public async Task SaveDraftAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        try
        {
            var json = WorkflowDefinitionSerializer.Serialize(definition);
            var now = timeProvider.GetUtcNow().ToUniversalTime();
            var existing = await db.DefinitionDrafts.FirstOrDefaultAsync(d => d.DefinitionId == definition.Id, cancellationToken);
            if (existing is null)
            {
                db.DefinitionDrafts.Add(new WorkflowDefinitionDraftRow { DefinitionId = definition.Id, Json = json, SavedAt = now });
            }
            else
            {
                existing.Json = json;
                existing.SavedAt = now;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ForgetLabFlowRows();
        }
    }

    public async Task<WorkflowDefinition?> FindDraftAsync(string definitionId, CancellationToken cancellationToken)
    {
        var row = await db.DefinitionDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.DefinitionId == definitionId, cancellationToken);
        return row is null ? null : WorkflowDefinitionSerializer.Deserialize(row.Json);
    }

    public async Task<StoredWorkflowDefinition> PublishAsync(WorkflowDefinition definition, string? source, string? contentHash, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var latest = await db.DefinitionVersions.Where(v => v.DefinitionId == definition.Id).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
            var published = definition with { Version = latest + 1 };
            var row = new WorkflowDefinitionVersionRow
            {
                DefinitionId = definition.Id,
                Version = published.Version,
                Json = WorkflowDefinitionSerializer.Serialize(published),
                PublishedAt = timeProvider.GetUtcNow().ToUniversalTime(),
                IsRetracted = false,
                Source = source,
                ContentHash = contentHash,
            };

            db.DefinitionVersions.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return ToStored(row);
            }
            catch (DbUpdateException exception) when (attempt < MaxPublishAttempts && DbErrors.IsUniqueViolation(exception))
            {
                // Someone published the same number first: take the next one.
            }
            finally
            {
                db.ForgetLabFlowRows();
            }
        }
    }

    public async Task<StoredWorkflowDefinition?> FindVersionAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        // Every burst asks for its version: the small columns first (plain SQL, see WorkflowConnection), the JSON only when
        // the parsed flow is not cached.
        var head = await connection.ReadAsync(
            SelectHead + "\"DefinitionId\" = @id AND \"Version\" = @version",
            c => c.With(db, "id", definitionId).With(db, "version", version),
            ReadHeadAsync,
            cancellationToken);
        return head is null ? null : await ToStoredAsync(db, cache, head, cancellationToken);
    }

    public async Task<StoredWorkflowDefinition?> FindLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        var head = await connection.ReadAsync(
            SelectHead + "\"DefinitionId\" = @id AND NOT \"IsRetracted\" ORDER BY \"Version\" DESC LIMIT 1",
            c => c.With(db, "id", definitionId),
            ReadHeadAsync,
            cancellationToken);
        return head is null ? null : await ToStoredAsync(db, cache, head, cancellationToken);
    }

    /// <summary>Reads one row of <see cref="SelectHead"/>'s columns, or <c>null</c> when there is none.</summary>
    internal static async Task<VersionHead?> ReadHeadAsync(DbDataReader reader, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken)
            ? new VersionHead(
                reader.GetString(0),
                reader.GetInt32(1),
                WorkflowSql.ReadTime(reader, 2),
                reader.GetBoolean(3),
                WorkflowSql.ReadNullableString(reader, 4),
                WorkflowSql.ReadNullableString(reader, 5))
            : null;

    /// <summary>The version of <paramref name="head"/> with its parsed flow from <paramref name="cache"/>, read and parsed once when not cached.</summary>
    internal static async Task<StoredWorkflowDefinition?> ToStoredAsync(LabFlowDbContext db, PublishedDefinitionCache cache, VersionHead head, CancellationToken cancellationToken)
    {
        var definition = cache.Find(head.DefinitionId, head.Version, head.PublishedAt);
        if (definition is null)
        {
            var json = await db.DefinitionVersions.AsNoTracking()
                .Where(v => v.DefinitionId == head.DefinitionId && v.Version == head.Version)
                .Select(v => v.Json)
                .FirstOrDefaultAsync(cancellationToken);
            if (json is null)
            {
                return null;
            }

            definition = WorkflowDefinitionSerializer.Deserialize(json);
            cache.Remember(head.DefinitionId, head.Version, head.PublishedAt, definition);
        }

        return new StoredWorkflowDefinition(definition, head.PublishedAt, head.IsRetracted, head.Source, head.ContentHash);
    }

    internal sealed record VersionHead(string DefinitionId, int Version, DateTimeOffset PublishedAt, bool IsRetracted, string? Source, string? ContentHash);

    public async Task<IReadOnlyList<StoredWorkflowDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        // The small columns, then each version through the cache: the project dashboard lists every version of every
        // flow on each call, and read and parsed every version's JSON each time.
        var heads = await db.DefinitionVersions.AsNoTracking()
            .Where(v => v.DefinitionId == definitionId)
            .OrderBy(v => v.Version)
            .Select(v => new VersionHead(v.DefinitionId, v.Version, v.PublishedAt, v.IsRetracted, v.Source, v.ContentHash))
            .ToListAsync(cancellationToken);
        var result = new List<StoredWorkflowDefinition>(heads.Count);
        foreach (var head in heads)
        {
            if (await ToStoredAsync(db, cache, head, cancellationToken) is { } stored)
            {
                result.Add(stored);
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<StoredWorkflowDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        // The newest version that is not retracted, or the newest of all when every version is retracted.
        var keys = await db.DefinitionVersions.AsNoTracking()
            .Select(v => new { v.DefinitionId, v.Version, v.IsRetracted })
            .ToListAsync(cancellationToken);
        var chosen = keys
            .GroupBy(k => k.DefinitionId, StringComparer.Ordinal)
            .Select(g => (g.Key, Version: g.Where(k => !k.IsRetracted).Select(k => (int?)k.Version).Max() ?? g.Max(k => k.Version)))
            .OrderBy(k => k.Key, StringComparer.Ordinal)
            .ToList();

        var result = new List<StoredWorkflowDefinition>(chosen.Count);
        foreach (var (definitionId, version) in chosen)
        {
            if (await FindVersionAsync(definitionId, version, cancellationToken) is { } stored)
            {
                result.Add(stored);
            }
        }

        return result;
    }

    public async Task RetractAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        var changed = await db.DefinitionVersions
            .Where(v => v.DefinitionId == definitionId && v.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsRetracted, true), cancellationToken);
        if (changed == 0)
        {
            throw new WorkflowException(
                "definition_not_found",
                $"Flow '{definitionId}' has no published version {version} to retract. Check the flow id and version.");
        }
    }

    private static StoredWorkflowDefinition ToStored(WorkflowDefinitionVersionRow row) =>
        new(WorkflowDefinitionSerializer.Deserialize(row.Json), row.PublishedAt, row.IsRetracted, row.Source, row.ContentHash);
}
