using LabFlow.Activities.Feedback;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Time;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Feedback;

public sealed class StepStatisticsCalculatorTests
{
    private static readonly Guid Lab = Guid.NewGuid();

    /// <summary>10 June 2026, 12:00 in Stockholm (summer time, UTC+2).</summary>
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compute_GivesTheHandCheckedNumbers_WhenSeededWithAKnownHistory()
    {
        // Arrange: times are UTC; Stockholm is two hours ahead in June.
        var tasks = new[]
        {
            // interview, 4 runs.
            Run("interview", Utc(1, 6), due: Day(5), LabTaskStatus.Completed, closed: Utc(3, 18), outcome: "Done"),     // 2.5 days, on time, planned 4
            Run("interview", Utc(1, 6), due: Day(5), LabTaskStatus.Completed, closed: Utc(7, 18), outcome: "Done"),     // 6.5 days, overdue (7 June > 5 June), planned 4
            Run("interview", Utc(2, 6), due: Day(9), LabTaskStatus.Skipped, closed: Utc(4, 6)),                         // skipped, on time, planned 7
            Run("interview", Utc(2, 6), due: Day(9), LabTaskStatus.Open),                                               // open past its due date: overdue, planned 7

            // gate, 3 runs without due dates: 1, 2 and 4 days; sent back twice.
            Run("gate", Utc(1, 6), due: null, LabTaskStatus.Completed, closed: Utc(2, 6), outcome: PhaseGateHandler.SendBack),
            Run("gate", Utc(1, 6), due: null, LabTaskStatus.Completed, closed: Utc(3, 6), outcome: PhaseGateHandler.SendBack),
            Run("gate", Utc(1, 6), due: null, LabTaskStatus.Completed, closed: Utc(5, 6), outcome: PhaseGateHandler.Approve),

            // An ad-hoc task belongs to no step.
            Run(null, Utc(1, 6), due: Day(2), LabTaskStatus.Open),
        };
        var feedback = new[]
        {
            Rated("interview", 4, worked: "Bra frågor", didNotWork: null, Utc(3, 19)),
            Rated("interview", 2, worked: null, didNotWork: "För lite tid", Utc(8, 6)),
            Rated("interview", 3, worked: null, didNotWork: null, Utc(9, 6)),
        };

        // Act
        var steps = StepStatisticsCalculator.Compute(tasks, feedback, new LabCalendar(), Now);

        // Assert
        Assert.Equal(["gate", "interview"], steps.Select(s => s.ActivityId));
        var gate = steps[0];
        Assert.Equal(3, gate.Runs);
        Assert.Equal(3, gate.Completed);
        Assert.Equal(2.0, gate.MedianDays);          // median of 1, 2, 4
        Assert.Null(gate.PlannedDays);
        Assert.Equal(0, gate.OverdueShare);
        Assert.Equal(0, gate.SkippedShare);
        Assert.Equal(0.6667, gate.SentBackShare);    // 2 of 3
        Assert.Null(gate.AverageRating);
        Assert.Empty(gate.LatestComments);

        var interview = steps[1];
        Assert.Equal(4, interview.Runs);
        Assert.Equal(2, interview.Completed);
        Assert.Equal(4.5, interview.MedianDays);     // (2.5 + 6.5) / 2
        Assert.Equal(5.5, interview.PlannedDays);    // median of 4, 4, 7, 7
        Assert.Equal(0.5, interview.OverdueShare);   // 2 of 4
        Assert.Equal(0.25, interview.SkippedShare);  // 1 of 4
        Assert.Equal(0, interview.SentBackShare);
        Assert.Equal(3.0, interview.AverageRating);  // (4 + 2 + 3) / 3
        Assert.Equal(3, interview.RatingCount);
        Assert.Equal(["För lite tid", null], interview.LatestComments.Select(c => c.DidNotWork));
        Assert.Equal([2, 4], interview.LatestComments.Select(c => c.Rating));
    }

    [Fact]
    public void Compute_CountsAStockholmDay_WhenACompletionIsLateInTheEveningUtc()
    {
        // Arrange: 5 June 23:30 UTC is 6 June 01:30 in Stockholm, a day after the due date.
        var tasks = new[] { Run("interview", Utc(1, 6), due: Day(5), LabTaskStatus.Completed, closed: new DateTimeOffset(2026, 6, 5, 23, 30, 0, TimeSpan.Zero)) };

        // Act
        var step = Assert.Single(StepStatisticsCalculator.Compute(tasks, [], new LabCalendar(), Now));

        // Assert
        Assert.Equal(1, step.OverdueShare);
    }

    private static DateTimeOffset Utc(int day, int hour) => new(2026, 6, day, hour, 0, 0, TimeSpan.Zero);

    private static DateOnly Day(int day) => new(2026, 6, day);

    private static LabTask Run(string? activityId, DateTimeOffset created, DateOnly? due, LabTaskStatus status, DateTimeOffset? closed = null, string? outcome = null) => new()
    {
        Id = Guid.NewGuid(),
        LabId = Lab,
        ActivityId = activityId,
        Kind = activityId is null ? "AdHoc" : "UserTask",
        Title = LocalizedText.Of("Intervjua", "Interview"),
        CreatedAt = created,
        Due = due,
        Status = status,
        ClosedAt = closed,
        Outcome = outcome,
    };

    private static StepFeedback Rated(string activityId, int rating, string? worked, string? didNotWork, DateTimeOffset at) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Lab, "lab-test", activityId, Guid.NewGuid(), rating, worked, didNotWork, at, at);
}
