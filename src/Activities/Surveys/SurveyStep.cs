using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Surveys;

/// <summary>A survey step of a lab whose personal links can be sent.</summary>
public sealed record SurveyStep(string ActivityId, LocalizedText Title);
