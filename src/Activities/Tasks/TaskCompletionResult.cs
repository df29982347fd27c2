using LabFlow.Activities.Forms;
using LabFlow.Activities.Messages;

namespace LabFlow.Activities.Tasks;

/// <summary>What completing a task did. <see cref="Errors"/> holds every field's error when <see cref="Status"/> is Invalid.</summary>
public sealed record TaskCompletionResult(TaskCompletionStatus Status, LabTask Task, IReadOnlyList<FormError> Errors, string Message)
{
    /// <summary><see cref="Message"/> as a catalogue code, for the reader's language; <c>null</c> when there is none.</summary>
    public CodedMessage? Text { get; init; }
}
