using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Collections;

/// <summary>A submission stored (<see cref="Submission"/>), or refused with every field's error.</summary>
public sealed record SubmissionResult(IdeaSubmission? Submission, IReadOnlyList<FormError> Errors)
{
    public bool Succeeded => Submission is not null;
}
