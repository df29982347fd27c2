using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Tasks;

/// <summary>What completing a task did. <see cref="Errors"/> holds every field's error when <see cref="Status"/> is Invalid.</summary>
public sealed record TaskCompletionResult(TaskCompletionStatus Status, LabTask Task, IReadOnlyList<FormError> Errors, string Message);
