using System.Text.Json.Nodes;

namespace LabFlow.Workflows.Bookmarks;

/// <summary>
/// A branch of a lab waiting for a person, a time or a signal. Resuming it runs the activity's resume handler;
/// a consumed bookmark is never resumed again.
/// </summary>
/// <param name="Id">Unique id; also the id the outside world (a task, a timer job) uses to resume it.</param>
/// <param name="Kind">What it waits for (<see cref="BookmarkKinds"/>).</param>
/// <param name="Key">Lookup key within the kind (a signal name with its correlation, for example).</param>
/// <param name="DueAt">When a timer bookmark fires.</param>
/// <param name="Data">Handler data kept until resume.</param>
/// <param name="TokenId">The token (branch) the bookmark holds.</param>
public sealed record Bookmark(
    Guid Id,
    Guid InstanceId,
    string ActivityId,
    string Kind,
    string? Key,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    JsonObject? Data,
    Guid TokenId);
