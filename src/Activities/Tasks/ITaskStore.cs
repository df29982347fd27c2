namespace LabFlow.Activities.Tasks;

/// <summary>Reads tasks. Steps write them through effects of their burst; commands outside bursts through <see cref="ITaskCommands"/>.</summary>
public interface ITaskStore
{
    Task<LabTask?> FindAsync(Guid taskId, CancellationToken cancellationToken);

    /// <summary>Every task of a lab, oldest first.</summary>
    Task<IReadOnlyList<LabTask>> ListByLabAsync(Guid labId, CancellationToken cancellationToken);

    /// <summary>The tasks one run of a step created (one per person for an "each" step), oldest first.</summary>
    Task<IReadOnlyList<LabTask>> ListByStepRunAsync(Guid labId, Guid stepRunId, CancellationToken cancellationToken);

    /// <summary>
    /// The same tasks as <see cref="ListByStepRunAsync"/>, in the same order, with only their id, status and assignee:
    /// what a step's resume decides on, without reading and parsing each task's JSON.
    /// </summary>
    Task<IReadOnlyList<StepRunTask>> ListStepRunTasksAsync(Guid labId, Guid stepRunId, CancellationToken cancellationToken);

    /// <summary>
    /// Tasks <paramref name="personId"/> is assignee of, candidate for (while unclaimed) or kept informed about,
    /// by due date; only open ones unless <paramref name="includeClosed"/>.
    /// </summary>
    Task<IReadOnlyList<LabTask>> ListForPersonAsync(Guid personId, bool includeClosed, CancellationToken cancellationToken);

    /// <summary>Open tasks with a reminder at or before <paramref name="dueBy"/> that was not sent yet.</summary>
    Task<IReadOnlyList<LabTask>> ListWithRemindersDueAsync(DateTimeOffset dueBy, CancellationToken cancellationToken);
}
