using LabFlow.Workflows.Execution;

namespace LabFlow.Workflows.Scheduling;

/// <summary>Schedule a timer that resumes <paramref name="BookmarkId"/> at <paramref name="DueAt"/>.</summary>
public sealed record ScheduleTimer(Guid Id, Guid InstanceId, Guid BookmarkId, DateTimeOffset DueAt) : IOutboxEffect;

/// <summary>Forget a scheduled timer (its bookmark was consumed or cancelled).</summary>
public sealed record CancelTimer(Guid Id, Guid InstanceId, Guid BookmarkId) : IOutboxEffect;
