using LabFlow.Activities.Forms;

namespace LabFlow.Activities.Surveys;

/// <summary>
/// The outcome of answering through a link: <see cref="SurveyLinkState.Used"/> when it was accepted now (the link is
/// spent) or before, the other states as <see cref="SurveyLinkView"/>; <see cref="Errors"/> when answers were wrong.
/// </summary>
public sealed record SurveyAnswerResult(bool Accepted, SurveyLinkState State, IReadOnlyList<FormError> Errors)
{
    public bool IsInvalid => Errors.Count > 0;
}
