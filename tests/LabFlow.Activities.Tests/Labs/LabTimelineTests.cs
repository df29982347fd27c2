using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Journal;

namespace LabFlow.Activities.Tests.Labs;

public sealed class LabTimelineTests
{
    private static readonly Guid LabId = Guid.Parse("30000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset SameSecond = new(2026, 9, 7, 10, 0, 0, TimeSpan.Zero);
    private const string Actor = "20000000-0000-0000-0000-000000000001";

    [Fact]
    public void Build_LinksEachSkipToItsTaskById_WhenTwoSkipsAndACompletionOfTheSameStepHappenInTheSameSecond()
    {
        // Arrange: the step "interviews" ran three times; two runs were skipped, one completed, all within one second.
        var first = SkippedTask("Första intervjun", "Redan gjord");
        var second = SkippedTask("Andra intervjun", "Ingen kunde komma");
        var done = Task("Tredje intervjun") with { Status = LabTaskStatus.Completed };
        IReadOnlyList<JournalEntry> journal =
        [
            Completed(1, first.Id),
            Completed(2, second.Id),
            Completed(3, done.Id),
            new(LabId, 4, SameSecond, JournalEvent.ActivityStarted, Actor, "interviews"),
        ];

        // Act
        var timeline = LabTimeline.Build(journal, [first, second, done], activityId => activityId == "interviews");

        // Assert: each skip once with its own reason, the completed run's completion kept, no other completion shown.
        Assert.Equal(3, timeline.Count);
        var skips = timeline.Where(i => i.SkippedTask is not null).ToDictionary(i => i.SkippedTask!.Id, i => i.Skip!.Note);
        Assert.Equal(new Dictionary<Guid, string?> { [first.Id] = "Redan gjord", [second.Id] = "Ingen kunde komma" }, skips);
        var completion = Assert.Single(timeline, i => i.Entry is not null);
        Assert.Equal(JournalEvent.ActivityCompleted, completion.Entry!.Event);
        Assert.Equal(done.Id, LabTimeline.TaskOf(completion.Entry));
    }

    [Fact]
    public void Build_LeavesOutCompletionsOfStepsNobodySees_WhenTheStepIsNotNamed()
    {
        // Arrange
        IReadOnlyList<JournalEntry> journal = [new(LabId, 1, SameSecond, JournalEvent.ActivityCompleted, "system", "decision")];

        // Act
        var timeline = LabTimeline.Build(journal, [], _ => false);

        // Assert
        Assert.Empty(timeline);
    }

    private static JournalEntry Completed(long sequence, Guid taskId) =>
        new(LabId, sequence, SameSecond, JournalEvent.ActivityCompleted, Actor, "interviews", "Done", Data: new JsonObject { [TaskKinds.JournalTaskId] = taskId.ToString() });

    private static LabTask SkippedTask(string title, string reason) =>
        Task(title).WithHistory(new TaskHistoryEntry(SameSecond, Actor, TaskHistoryKind.Skipped, Note: reason)) with { Status = LabTaskStatus.Skipped };

    private static LabTask Task(string title) => new()
    {
        Id = Guid.NewGuid(),
        LabId = LabId,
        ActivityId = "interviews",
        Kind = "UserTask",
        Title = LocalizedText.Of(title),
        CreatedAt = SameSecond,
    };
}
