namespace LabFlow.Host.Tests.LabStories;

/// <summary>Where a lab story keeps its rows: the engine's and domain's in-memory stores, or a real SQLite file.</summary>
public enum LabStoryStore
{
    InMemory,
    Sqlite,
}
