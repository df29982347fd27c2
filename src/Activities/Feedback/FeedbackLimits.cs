namespace LabFlow.Activities.Feedback;

/// <summary>The limits of step feedback and suggestions; the service checks them, the API and the pages read the same constants.</summary>
public static class FeedbackLimits
{
    public const int MinRating = 1;

    public const int MaxRating = 5;

    /// <summary>"What worked" and "what did not work", each.</summary>
    public const int CommentLength = 2000;

    public const int SuggestionLength = 4000;

    public const int ReplyLength = 4000;

    /// <summary>How many of a step's newest comments the statistics show.</summary>
    public const int LatestComments = 5;
}
