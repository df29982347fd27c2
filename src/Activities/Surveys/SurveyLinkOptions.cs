using System.ComponentModel.DataAnnotations;

namespace LabFlow.Activities.Surveys;

/// <summary>Personal survey links (<c>LabFlow:SurveyLinks</c>).</summary>
public sealed class SurveyLinkOptions
{
    public const string SectionName = "LabFlow:SurveyLinks";

    /// <summary>
    /// How long a link works when its step has no due date still ahead; default 14 days. When the step has one, the
    /// link works until the end of that day (Stockholm).
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(14);
}
