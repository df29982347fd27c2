namespace LabFlow.Host.Infrastructure.Persistence.Domain.Tasks;

/// <summary>How a person other than the assignee is involved in a task.</summary>
internal enum TaskPersonRelation
{
    /// <summary>In the candidate group; may claim the task while nobody has.</summary>
    Candidate,

    /// <summary>Kept informed: sees the task and its reminders.</summary>
    Informed,
}
