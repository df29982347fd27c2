using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Infrastructure.Persistence;

/// <summary>
/// Parsed published versions, so a burst does not read and parse a flow's JSON again (86 KiB for the shipped lab flow).
/// A published version never changes (only whether it is retracted, which is read every time); the key includes when
/// it was published, so a database rebuilt with other content under the same id and version is not mistaken for it.
/// Definitions are shared read-only between bursts, as the in-memory store shares them.
/// </summary>
internal sealed class PublishedDefinitionCache
{
    // Flows are few; the bound only keeps a process that sees many databases (tests) from growing without end.
    private const int MaxEntries = 512;
    private readonly ConcurrentDictionary<(string DefinitionId, int Version, long PublishedAtTicks), WorkflowDefinition> _definitions = new();

    public WorkflowDefinition? Find(string definitionId, int version, DateTimeOffset publishedAt) =>
        _definitions.TryGetValue((definitionId, version, publishedAt.UtcTicks), out var definition) ? definition : null;

    public void Remember(string definitionId, int version, DateTimeOffset publishedAt, WorkflowDefinition definition)
    {
        if (_definitions.Count >= MaxEntries)
        {
            _definitions.Clear();
        }

        // A parsed JsonObject builds its property table on first read, which is not safe from two threads at once:
        // build every table now, before bursts on several threads share the definition.
        foreach (var activity in definition.Activities)
        {
            Materialize(activity.Inputs);
        }

        foreach (var parameter in definition.Inputs.Concat(definition.Variables))
        {
            Materialize(parameter.Default);
        }

        _definitions[(definitionId, version, publishedAt.UtcTicks)] = definition;
    }

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }
}
