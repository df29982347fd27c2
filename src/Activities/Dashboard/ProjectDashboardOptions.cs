using System.ComponentModel.DataAnnotations;

namespace LabFlow.Activities.Dashboard;

/// <summary>
/// What the project dashboard counts (<c>LabFlow:ProjectDashboard</c>). Labs, conferences and seminars are labs run on
/// a flow; which flows count as which is set here, so a flow the project team adds can be counted without code.
/// </summary>
/// <remarks>
/// The flow lists are empty by default and fall back to the shipped flows when empty: the configuration binder adds
/// configured items to a list's defaults instead of replacing them.
/// </remarks>
public sealed class ProjectDashboardOptions
{
    public const string SectionName = "LabFlow:ProjectDashboard";

    /// <summary>How many labs each administration is to run (the ESF project's goal). Default: 2.</summary>
    [Range(1, 100)]
    public int LabGoalPerAdministration { get; set; } = 2;

    /// <summary>Flows whose labs count against the goal. Default (when empty): <c>social-innovation-lab</c>.</summary>
    public string[] LabFlows { get; set; } = [];

    /// <summary>Flows whose labs are conferences, held on the lab's start date. Default (when empty): <c>equality-conference</c>.</summary>
    public string[] ConferenceFlows { get; set; } = [];

    /// <summary>Flows whose labs are learning seminars, held on the lab's start date. Default (when empty): <c>learning-seminar</c>.</summary>
    public string[] SeminarFlows { get; set; } = [];

    internal IReadOnlyList<string> LabFlowIds => LabFlows.Length > 0 ? LabFlows : ["social-innovation-lab"];

    internal IReadOnlyList<string> ConferenceFlowIds => ConferenceFlows.Length > 0 ? ConferenceFlows : ["equality-conference"];

    internal IReadOnlyList<string> SeminarFlowIds => SeminarFlows.Length > 0 ? SeminarFlows : ["learning-seminar"];
}
