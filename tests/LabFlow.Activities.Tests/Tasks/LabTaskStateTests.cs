using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Tasks;

/// <summary>The task's state changes: each sets the new state with one history entry, and a task no longer open refuses them.</summary>
public sealed class LabTaskStateTests
{
    private static readonly Guid Assignee = Guid.Parse("40000000-0000-0000-0000-000000000001");
    private static readonly Guid Candidate1 = Guid.Parse("40000000-0000-0000-0000-000000000002");
    private static readonly Guid Candidate2 = Guid.Parse("40000000-0000-0000-0000-000000000003");
    private static readonly Guid Facilitator = Guid.Parse("40000000-0000-0000-0000-000000000004");
    private static readonly Guid Other = Guid.Parse("40000000-0000-0000-0000-000000000005");
    private static readonly Guid BookmarkId = Guid.Parse("41000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Created = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At = new(2027, 3, 4, 13, 30, 0, TimeSpan.Zero);

    private static readonly LabTask Open = new()
    {
        Id = Guid.Parse("42000000-0000-0000-0000-000000000001"),
        LabId = Guid.Parse("43000000-0000-0000-0000-000000000001"),
        Kind = TaskKinds.AdHoc,
        BookmarkId = BookmarkId,
        Title = LocalizedText.Of("Rapportera intervjuer"),
        AssigneeId = Assignee,
        Informed = [Other],
        Draft = new JsonObject { ["summary"] = "halvfärdig" },
        CreatedAt = Created,
        History = [new TaskHistoryEntry(Created, WorkflowActors.System, TaskHistoryKind.Created, To: Assignee)],
    };

    private static readonly LabTask ForCandidates = Open with { AssigneeId = null, Candidates = [Candidate1, Candidate2] };

    public static TheoryData<string> Changes => ["complete", "skip", "close", "notNeeded", "claim", "delegate", "reassign", "escalate"];

    [Fact]
    public void Complete_SetsCompletedWithAnswersAndHistory_WhenOpen()
    {
        var answers = new JsonObject { ["summary"] = "Tolv intervjuer" };

        var done = Open.Complete(Assignee.ToString(), "done", answers, At);

        Assert.Equal(LabTaskStatus.Completed, done.Status);
        Assert.False(done.IsOpen);
        Assert.Equal("done", done.Outcome);
        Assert.Equal("Tolv intervjuer", done.Answers!["summary"]!.GetValue<string>());
        Assert.NotSame(answers, done.Answers);
        Assert.Null(done.Draft);
        Assert.Equal(At, done.ClosedAt);
        Assert.Equal(new TaskHistoryEntry(At, Assignee.ToString(), TaskHistoryKind.Completed, Note: "done"), done.History[^1]);
        Assert.Equal(2, done.History.Count);
    }

    [Fact]
    public void Complete_MakesTheTaskTheActors_WhenNobodyClaimedIt()
    {
        var done = ForCandidates.Complete(Candidate2.ToString(), "done", null, At);

        Assert.Equal(Candidate2, done.AssigneeId);
    }

    [Fact]
    public void Skip_SetsSkippedWithTheReasonInHistory_WhenOpen()
    {
        var skipped = Open.Skip(Facilitator.ToString(), "Behövs inte", At);

        Assert.Equal(LabTaskStatus.Skipped, skipped.Status);
        Assert.Equal(At, skipped.ClosedAt);
        Assert.Equal(new TaskHistoryEntry(At, Facilitator.ToString(), TaskHistoryKind.Skipped, Note: "Behövs inte"), skipped.History[^1]);
    }

    [Fact]
    public void Close_SetsClosedBySystem_WhenOpen()
    {
        var closed = Open.Close("The lab was cancelled.", At);

        Assert.Equal(LabTaskStatus.Closed, closed.Status);
        Assert.Equal(At, closed.ClosedAt);
        Assert.Equal(new TaskHistoryEntry(At, WorkflowActors.System, TaskHistoryKind.Closed, Note: "The lab was cancelled."), closed.History[^1]);
    }

    [Fact]
    public void CloseAsNotNeeded_SetsClosedWithNotNeededEntry_WhenOpen()
    {
        var closed = Open.CloseAsNotNeeded(WorkflowActors.System, "Not needed: 3 of 4 were done, the step's quorum is 3.", At);

        Assert.Equal(LabTaskStatus.Closed, closed.Status);
        Assert.Equal(At, closed.ClosedAt);
        Assert.Equal(
            new TaskHistoryEntry(At, WorkflowActors.System, TaskHistoryKind.NotNeeded, Note: "Not needed: 3 of 4 were done, the step's quorum is 3."),
            closed.History[^1]);
    }

    [Fact]
    public void Claim_MakesTheCandidateAssignee_WhenOpen()
    {
        var claimed = ForCandidates.Claim(Candidate1, At);

        Assert.Equal(LabTaskStatus.Claimed, claimed.Status);
        Assert.Equal(Candidate1, claimed.AssigneeId);
        Assert.True(claimed.IsOpen);
        Assert.Equal(new TaskHistoryEntry(At, Candidate1.ToString(), TaskHistoryKind.Claimed, To: Candidate1), claimed.History[^1]);
    }

    [Fact]
    public void Delegate_HandsTheTaskOverWithNote_WhenOpen()
    {
        var delegated = Open.Delegate(Assignee, Facilitator, "Semester", At);

        Assert.Equal(Facilitator, delegated.AssigneeId);
        Assert.Equal(LabTaskStatus.Open, delegated.Status);
        Assert.Equal(new TaskHistoryEntry(At, Assignee.ToString(), TaskHistoryKind.Delegated, Assignee, Facilitator, "Semester"), delegated.History[^1]);
    }

    [Fact]
    public void Reassign_GivesOneAssigneeAndReopensAClaim_WhenOpen()
    {
        var claimed = ForCandidates.Claim(Candidate1, Created) with { Informed = [Other] };

        var reassigned = claimed.Reassign(Facilitator.ToString(), Candidate1, Other, "Slutat", At);

        Assert.Equal(Other, reassigned.AssigneeId);
        Assert.Empty(reassigned.Candidates);
        Assert.Empty(reassigned.Informed);
        Assert.Equal(LabTaskStatus.Open, reassigned.Status);
        Assert.Equal(new TaskHistoryEntry(At, Facilitator.ToString(), TaskHistoryKind.Reassigned, Candidate1, Other, "Slutat"), reassigned.History[^1]);
    }

    [Fact]
    public void Escalate_GivesACandidateGroup_WhenSeveralPeople()
    {
        var escalated = Open.Escalate([Candidate1, Other, Candidate1], "Försenad", At);

        Assert.Null(escalated.AssigneeId);
        Assert.Equal([Candidate1, Other], escalated.Candidates);
        Assert.Empty(escalated.Informed);
        Assert.Equal(new TaskHistoryEntry(At, WorkflowActors.System, TaskHistoryKind.Reassigned, Assignee, null, "Försenad"), escalated.History[^1]);
    }

    [Fact]
    public void Escalate_GivesOneAssignee_WhenOnePerson()
    {
        var escalated = Open.Escalate([Facilitator], "Försenad", At);

        Assert.Equal(Facilitator, escalated.AssigneeId);
        Assert.Empty(escalated.Candidates);
        Assert.Equal(new TaskHistoryEntry(At, WorkflowActors.System, TaskHistoryKind.Reassigned, Assignee, Facilitator, "Försenad"), escalated.History[^1]);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Change_ThrowsNotOpen_WhenTheTaskWasCompleted(string change)
    {
        var completed = Open.Complete(Assignee.ToString(), "done", null, Created);

        var refused = Assert.Throws<LabDomainException>(() => Apply(completed, change));

        Assert.Equal(LabErrors.NotOpen, refused.Code);
        Assert.Equal("Task 'Rapportera intervjuer' was already completed; it can no longer be changed.", refused.Message);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Change_ThrowsNotOpen_WhenTheTaskWasSkippedOrClosed(string change)
    {
        foreach (var closed in new[] { Open.Skip(Facilitator.ToString(), "Behövs inte", Created), Open.Close("Slut", Created), Open.CloseAsNotNeeded(WorkflowActors.System, "Kvorum", Created) })
        {
            var refused = Assert.Throws<LabDomainException>(() => Apply(closed, change));

            Assert.Equal(LabErrors.NotOpen, refused.Code);
        }
    }

    [Fact]
    public void ApplyTo_CompletesTheTask_WhenItIsOpen()
    {
        var effect = new TaskCompleted(Guid.NewGuid(), Open.Id, Assignee.ToString(), "done", new JsonObject { ["summary"] = "Klart" }, At);

        var changed = TaskEffects.ApplyTo(Open, effect, At.AddMinutes(1));

        Assert.Equal(LabTaskStatus.Completed, changed!.Status);
        Assert.Equal(At, changed.ClosedAt);
    }

    [Fact]
    public void ApplyTo_ClosesAtTheCommitTime_WhenItsBookmarkClosed()
    {
        var effect = new BookmarkClosed(Guid.NewGuid(), Open.LabId, BookmarkId, "report", TaskKinds.Bookmark, "The lab ended.");

        var changed = TaskEffects.ApplyTo(Open, effect, At);

        Assert.Equal(LabTaskStatus.Closed, changed!.Status);
        Assert.Equal(new TaskHistoryEntry(At, WorkflowActors.System, TaskHistoryKind.Closed, Note: "The lab ended."), changed.History[^1]);
    }

    [Fact]
    public void ApplyTo_ChangesNothing_WhenTheTaskIsNoLongerOpen()
    {
        var completed = Open.Complete(Assignee.ToString(), "done", null, Created);
        var skip = new TaskSkipped(Guid.NewGuid(), Open.Id, Facilitator.ToString(), "Behövs inte", At);

        var changed = TaskEffects.ApplyTo(completed, skip, At);

        Assert.Null(changed);
    }

    [Fact]
    public void ApplyTo_ChangesNothing_WhenTheEffectConcernsAnotherTask()
    {
        var notNeeded = new TaskNotNeeded(Guid.NewGuid(), Guid.NewGuid(), WorkflowActors.System, "Kvorum", At);
        var otherBookmark = new BookmarkClosed(Guid.NewGuid(), Open.LabId, Guid.NewGuid(), "report", TaskKinds.Bookmark, "Slut");

        Assert.Null(TaskEffects.ApplyTo(Open, notNeeded, At));
        Assert.Null(TaskEffects.ApplyTo(Open, otherBookmark, At));
    }

    private static LabTask Apply(LabTask task, string change) => change switch
    {
        "complete" => task.Complete(Assignee.ToString(), "done", null, At),
        "skip" => task.Skip(Facilitator.ToString(), "Behövs inte", At),
        "close" => task.Close("Slut", At),
        "notNeeded" => task.CloseAsNotNeeded(WorkflowActors.System, "Kvorum", At),
        "claim" => task.Claim(Candidate1, At),
        "delegate" => task.Delegate(Assignee, Other, null, At),
        "reassign" => task.Reassign(Facilitator.ToString(), Assignee, Other, null, At),
        _ => task.Escalate([Other], "Försenad", At),
    };
}
