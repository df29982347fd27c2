namespace LabFlow.Activities.Surveys;

/// <summary>What a personal survey link can do now.</summary>
public enum SurveyLinkState
{
    /// <summary>The form can be answered.</summary>
    Open,

    /// <summary>The one answer was given.</summary>
    Used,

    /// <summary>The link's time ran out.</summary>
    Expired,

    /// <summary>No such link: mistyped, cut short, or its survey no longer exists.</summary>
    Invalid,
}
