using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Feedback;

/// <summary>
/// How one step of a flow went across the counted labs (<see cref="StepStatisticsCalculator"/> says how each number is
/// computed). Shares are fractions from 0 to 1 of <see cref="Runs"/>; a median or an average is <c>null</c> when
/// nothing could be measured.
/// </summary>
/// <param name="Title">The step's title as its newest task had it.</param>
/// <param name="Runs">Tasks the step created.</param>
/// <param name="Completed">Of those, the completed ones (the median time is theirs).</param>
/// <param name="MedianDays">Median days from a task's creation to its completion.</param>
/// <param name="PlannedDays">Median days from a task's creation to its due date, what the flow planned.</param>
/// <param name="RatingCount">How many people rated the step.</param>
public sealed record StepStatistics(
    string ActivityId,
    LocalizedText Title,
    int Runs,
    int Completed,
    double? MedianDays,
    double? PlannedDays,
    double OverdueShare,
    double SkippedShare,
    double SentBackShare,
    double? AverageRating,
    int RatingCount,
    IReadOnlyList<StepComment> LatestComments);
