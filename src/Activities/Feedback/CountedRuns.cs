namespace LabFlow.Activities.Feedback;

/// <summary>What step statistics count for one flow: the labs that were not cancelled and the tasks of those to count.</summary>
/// <param name="Versions">The versions that counted labs ran, for choosing one.</param>
/// <param name="LabIds">The counted labs (of the asked version, or all).</param>
/// <param name="Tasks">Every task of those labs.</param>
public sealed record CountedRuns(IReadOnlyList<int> Versions, IReadOnlySet<Guid> LabIds, IReadOnlyList<Tasks.LabTask> Tasks);
