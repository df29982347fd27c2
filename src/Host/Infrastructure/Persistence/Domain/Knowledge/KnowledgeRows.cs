using LabFlow.Activities.Knowledge;

namespace LabFlow.Host.Infrastructure.Persistence.Domain.Knowledge;

internal static class KnowledgeRows
{
    /// <summary>Room for every target area and ground with their separators.</summary>
    public const int TagsLength = 400;

    /// <summary>A tag as it is stored between separators, for LIKE filters.</summary>
    public static string Tag(string value) => $"|{value}|";

    public static KnowledgeEntryRow ToRow(KnowledgeEntry e) => new()
    {
        Id = e.Id,
        LabId = e.LabId,
        AdministrationId = e.AdministrationId,
        Kind = e.Kind.ToString(),
        Title = e.Title,
        Text = e.Text,
        SourceTaskId = e.SourceTaskId,
        SourceActivityId = e.SourceActivityId,
        Restricted = e.Restricted,
        Phase = e.Phase,
        Year = e.Year,
        TargetAreas = Tags(e.TargetAreas),
        Grounds = Tags(e.Grounds),
        CreatedBy = e.CreatedBy,
        CreatedAt = e.CreatedAt,
        PublishedAt = e.PublishedAt,
        PublishedBy = e.PublishedBy,
    };

    public static KnowledgeEntry ToEntry(KnowledgeEntryRow r) => new(
        r.Id,
        r.LabId,
        r.AdministrationId,
        Enum.Parse<KnowledgeKind>(r.Kind),
        r.Title,
        r.Text,
        r.SourceTaskId,
        r.SourceActivityId,
        r.Restricted,
        r.Phase,
        r.Year,
        Split(r.TargetAreas),
        Split(r.Grounds),
        r.CreatedBy,
        r.CreatedAt,
        r.PublishedAt,
        r.PublishedBy);

    private static string Tags(IReadOnlyList<string> values) => values.Count == 0 ? string.Empty : $"|{string.Join('|', values)}|";

    private static string[] Split(string tags) => tags.Split('|', StringSplitOptions.RemoveEmptyEntries);
}
