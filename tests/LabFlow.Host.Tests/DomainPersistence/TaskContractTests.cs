using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.TestInfrastructure;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Host.Tests.DomainPersistence;

/// <summary>The EF Core task store's contract (reads and commands outside bursts), run on every provider.</summary>
public abstract class TaskContractTests : DomainStoreTestBase
{
    internal static readonly Guid Ada = Guid.Parse("20000000-0000-0000-0000-000000000001");
    internal static readonly Guid Bo = Guid.Parse("20000000-0000-0000-0000-000000000002");
    internal static readonly Guid Cy = Guid.Parse("20000000-0000-0000-0000-000000000003");
    private static readonly DateTimeOffset Created = LabFlowTestNode.StartTime;

    [DatabaseFact]
    public async Task AddAsync_StoresVersionOne_AndFindAsyncReturnsEveryField()
    {
        var task = FullTask();

        var added = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(task, Token));
        var found = await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token));

        Assert.Equal(1, added.Version);
        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(Describe(task with { Version = 1 }), Describe(found));
    }

    [DatabaseFact]
    public async Task AddAsync_Refuses_WhenTheIdExists()
    {
        var task = NewTask(assignee: Ada);
        await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(task, Token));

        var exception = await Assert.ThrowsAsync<LabDomainException>(() => InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(task, Token)));

        Assert.Equal("task_exists", exception.Code);
        Assert.Equal($"A task with id {task.Id} already exists.", exception.Message);
    }

    [DatabaseFact]
    public async Task UpdateAsync_StoresTheNextVersion_WhenTheVersionMatches()
    {
        var task = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(NewTask(assignee: Ada), Token));
        var comment = new TaskComment(Guid.NewGuid(), Ada, "Klart snart", Created.AddHours(1));

        var updated = await InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(task with { Comments = [comment] }, 1, Token));
        var found = await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token));

        Assert.Equal(2, updated.Version);
        Assert.Equal(2, found!.Version);
        Assert.Equal([comment], found.Comments);
    }

    [DatabaseFact]
    public async Task UpdateAsync_ThrowsTaskConflict_WhenTheTaskChangedSinceItWasRead()
    {
        var task = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(NewTask(assignee: Ada), Token));
        await InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(task with { AssigneeId = Bo }, 1, Token));

        var exception = await Assert.ThrowsAsync<LabDomainException>(() =>
            InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(task with { AssigneeId = Cy }, 1, Token)));

        Assert.Equal("task_conflict", exception.Code);
        Assert.Equal($"Task {task.Id} was changed by someone else at the same time. Reload it and try again.", exception.Message);
        Assert.Equal(Bo, (await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token)))!.AssigneeId);
    }

    [DatabaseFact]
    public async Task UpdateAsync_LetsExactlyOneWin_WhenSeveralUpdateTheSameVersionAtOnce()
    {
        var task = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(NewTask(candidates: [Ada, Bo]), Token));

        var claims = await Task.WhenAll(new[] { Ada, Bo, Ada, Bo }.Select(person => Task.Run(async () =>
        {
            try
            {
                await InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(task with { AssigneeId = person, Status = LabTaskStatus.Claimed }, 1, Token));
                return true;
            }
            catch (LabDomainException exception) when (exception.Code == "task_conflict")
            {
                return false;
            }
        })));

        Assert.Single(claims, won => won);
        Assert.Equal(2, (await InScopeAsync<ITaskStore, LabTask?>(s => s.FindAsync(task.Id, Token)))!.Version);
    }

    [DatabaseFact]
    public async Task ListForPersonAsync_FindsAssigneeUnclaimedCandidatesAndInformed_ByDueDate()
    {
        var (assigned, candidate, claimedByBo, informed, completed) = await AddPersonTasksAsync();

        var open = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Ada, includeClosed: false, Token));
        var all = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Ada, includeClosed: true, Token));
        var bo = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Bo, includeClosed: false, Token));

        Assert.Equal([candidate.Id, assigned.Id, informed.Id], open.Select(t => t.Id));
        Assert.Equal([completed.Id, candidate.Id, assigned.Id, informed.Id], all.Select(t => t.Id));
        Assert.Equal([claimedByBo.Id, candidate.Id], bo.Select(t => t.Id));
    }

    [DatabaseFact]
    public async Task TaskListStore_ListsAssignedUnclaimedCandidateAndInformedTasks_WhenNoFilterNarrowsTheList()
    {
        // Arrange: the same tasks as above, read through the paged list of "my tasks" (its ids are found per relation).
        var (assigned, candidate, claimedByBo, informed, completed) = await AddPersonTasksAsync();
        var today = new DateOnly(2026, 1, 1);

        // Act
        var open = await InScopeAsync<ITaskListStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Ada, new TaskListFilter(), null, 10, today, Token));
        var all = await InScopeAsync<ITaskListStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Ada, new TaskListFilter(IncludeClosed: true), null, 10, today, Token));
        var bo = await InScopeAsync<ITaskListStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Bo, new TaskListFilter(), null, 10, today, Token));

        // Assert
        Assert.Equal([candidate.Id, assigned.Id, informed.Id], open.Select(t => t.Id));
        Assert.Equal([completed.Id, candidate.Id, assigned.Id, informed.Id], all.Select(t => t.Id));
        Assert.Equal([claimedByBo.Id, candidate.Id], bo.Select(t => t.Id));
    }

    [DatabaseFact]
    public async Task ListForPersonAsync_FollowsNewCandidates_WhenAnUpdateReplacesThem()
    {
        var task = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(NewTask(candidates: [Ada, Bo], informed: [Cy]), Token));

        await InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(task with { Candidates = [Cy, Bo], Informed = [] }, 1, Token));

        Assert.Empty(await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Ada, includeClosed: true, Token)));
        Assert.Equal([task.Id], (await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Cy, includeClosed: false, Token))).Select(t => t.Id));
        Assert.Equal([task.Id], (await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListForPersonAsync(Bo, includeClosed: false, Token))).Select(t => t.Id));
    }

    [DatabaseFact]
    public async Task ListWithRemindersDueAsync_ReturnsOpenTasksWithAnUnsentReminderDue()
    {
        var first = Created.AddDays(3);
        var second = Created.AddDays(6);
        var due = NewTask(assignee: Ada) with { Reminders = [first, second] };
        var firstSent = NewTask(assignee: Ada) with { Reminders = [first, second], RemindersSent = [first] };
        var allSent = NewTask(assignee: Ada) with { Reminders = [first], RemindersSent = [first] };
        var later = NewTask(assignee: Ada) with { Reminders = [second.AddDays(1)] };
        var closed = NewTask(assignee: Ada) with { Reminders = [first], Status = LabTaskStatus.Skipped, ClosedAt = Created };
        await AddAllAsync(due, firstSent, allSent, later, closed);

        var atFirst = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListWithRemindersDueAsync(first, Token));
        var atSecond = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListWithRemindersDueAsync(second.ToOffset(TimeSpan.FromHours(2)), Token));

        Assert.Equal([due.Id], atFirst.Select(t => t.Id));
        Assert.Equal([due.Id, firstSent.Id], atSecond.Select(t => t.Id));
    }

    [DatabaseFact]
    public async Task ListWithRemindersDueAsync_StopsListingATask_WhenItsReminderIsMarkedSent()
    {
        var reminder = Created.AddDays(3);
        var task = await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(NewTask(assignee: Ada) with { Reminders = [reminder] }, Token));

        await InScopeAsync<ITaskCommands, LabTask>(c => c.UpdateAsync(task with { RemindersSent = [reminder] }, 1, Token));

        Assert.Empty(await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListWithRemindersDueAsync(reminder.AddDays(1), Token)));
    }

    [DatabaseFact]
    public async Task ListByLabAsync_ReturnsTheLabsTasksOldestFirst()
    {
        var labId = Guid.NewGuid();
        var newer = NewTask(assignee: Ada, labId: labId) with { CreatedAt = Created.AddHours(2) };
        var older = NewTask(assignee: Ada, labId: labId);
        await AddAllAsync(newer, older, NewTask(assignee: Ada));

        var tasks = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListByLabAsync(labId, Token));

        Assert.Equal([older.Id, newer.Id], tasks.Select(t => t.Id));
    }

    [DatabaseFact]
    public async Task ListByStepRunAsync_ReturnsOnlyTheTasksOfThatRun_WhenTheLabHasOtherRunsAndSteps()
    {
        var labId = Guid.NewGuid();
        var run = Guid.NewGuid();
        var second = NewTask(assignee: Bo, labId: labId) with { StepRunId = run, CreatedAt = Created.AddMinutes(1) };
        var first = NewTask(assignee: Ada, labId: labId) with { StepRunId = run };
        await AddAllAsync(
            second,
            first,
            NewTask(assignee: Ada, labId: labId) with { StepRunId = Guid.NewGuid() },
            NewTask(assignee: Ada, labId: labId),
            NewTask(assignee: Ada) with { StepRunId = run });

        var tasks = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListByStepRunAsync(labId, run, Token));

        Assert.Equal([first.Id, second.Id], tasks.Select(t => t.Id));
    }

    [DatabaseFact]
    public async Task ListStepRunTasksAsync_ReturnsTheRunsTasksInOrder_WithStatusAndAssigneeOnly()
    {
        var labId = Guid.NewGuid();
        var run = Guid.NewGuid();
        var third = NewTask(candidates: [Ada, Bo], labId: labId) with { StepRunId = run, CreatedAt = Created.AddMinutes(2) };
        var second = NewTask(assignee: Bo, labId: labId) with { StepRunId = run, CreatedAt = Created.AddMinutes(1), Status = LabTaskStatus.Completed, ClosedAt = Created.AddHours(1) };
        var first = NewTask(assignee: Ada, labId: labId) with { StepRunId = run, Status = LabTaskStatus.Claimed };
        await AddAllAsync(
            third,
            second,
            first,
            NewTask(assignee: Ada, labId: labId) with { StepRunId = Guid.NewGuid() },
            NewTask(assignee: Ada, labId: labId),
            NewTask(assignee: Ada) with { StepRunId = run });

        var states = await InScopeAsync<ITaskStore, IReadOnlyList<StepRunTask>>(s => s.ListStepRunTasksAsync(labId, run, Token));
        var whole = await InScopeAsync<ITaskStore, IReadOnlyList<LabTask>>(s => s.ListByStepRunAsync(labId, run, Token));

        Assert.Equal(
            [new StepRunTask(first.Id, LabTaskStatus.Claimed, Ada), new StepRunTask(second.Id, LabTaskStatus.Completed, Bo), new StepRunTask(third.Id, LabTaskStatus.Open, null)],
            states);
        Assert.Equal([.. whole.Select(StepRunTask.Of)], states);
        Assert.Equal([true, false, true], states.Select(s => s.IsOpen));
    }

    [DatabaseFact]
    public async Task ListStepRunTasksAsync_ReturnsNothing_WhenTheRunHasNoTasks()
    {
        await AddAllAsync(NewTask(assignee: Ada) with { StepRunId = Guid.NewGuid() });

        var states = await InScopeAsync<ITaskStore, IReadOnlyList<StepRunTask>>(s => s.ListStepRunTasksAsync(Guid.NewGuid(), Guid.NewGuid(), Token));

        Assert.Empty(states);
    }

    /// <summary>Ada's tasks by every relation (assignee, candidate, informed, closed) and tasks of others.</summary>
    private async Task<(LabTask Assigned, LabTask Candidate, LabTask ClaimedByBo, LabTask Informed, LabTask Completed)> AddPersonTasksAsync()
    {
        var assigned = NewTask(assignee: Ada, due: new DateOnly(2026, 3, 10));
        var candidate = NewTask(candidates: [Ada, Bo], due: new DateOnly(2026, 2, 20));
        var claimedByBo = NewTask(candidates: [Ada, Bo], due: new DateOnly(2026, 2, 1)) with { AssigneeId = Bo, Status = LabTaskStatus.Claimed };
        var informed = NewTask(assignee: Cy, informed: [Ada]);
        var completed = NewTask(assignee: Ada, due: new DateOnly(2026, 2, 5)) with { Status = LabTaskStatus.Completed, ClosedAt = Created.AddDays(1) };
        await AddAllAsync(assigned, candidate, claimedByBo, informed, completed, NewTask(assignee: Cy, due: new DateOnly(2026, 2, 2)));
        return (assigned, candidate, claimedByBo, informed, completed);
    }

    private async Task AddAllAsync(params LabTask[] tasks)
    {
        foreach (var task in tasks)
        {
            await InScopeAsync<ITaskCommands, LabTask>(c => c.AddAsync(task, Token));
        }
    }

    private static LabTask NewTask(Guid? assignee = null, IReadOnlyList<Guid>? candidates = null, IReadOnlyList<Guid>? informed = null, DateOnly? due = null, Guid? labId = null) => new()
    {
        Id = Guid.NewGuid(),
        LabId = labId ?? Guid.NewGuid(),
        Kind = TaskKinds.AdHoc,
        Title = LocalizedText.Of("Uppgift"),
        AssigneeId = assignee,
        Candidates = candidates ?? [],
        Informed = informed ?? [],
        Due = due,
        CreatedAt = Created,
    };

    /// <summary>A task with every field set (the effect rows contract test writes it too).</summary>
    internal static LabTask FullTask() => NewTask(candidates: [Ada, Bo], informed: [Cy], due: new DateOnly(2026, 2, 18)) with
    {
        ActivityId = "report",
        Kind = "UserTask",
        BookmarkId = Guid.NewGuid(),
        StepRunId = Guid.NewGuid(),
        Title = LocalizedText.Of("Rapportera intervjuer", "Report interviews"),
        Instructions = LocalizedText.Of("Skriv **kort**."),
        Phase = "explore",
        AssigneeRole = Role.Coordinator,
        Opens = new DateOnly(2026, 2, 3),
        DueSpec = new JsonObject { ["daysAfterStart"] = 18 },
        ReminderDays = [7, 2],
        Reminders = [new DateTimeOffset(2026, 2, 11, 8, 0, 0, TimeSpan.FromHours(1))],
        RemindersSent = [],
        Escalation = new TaskEscalation(7, Role.Facilitator, "Coordinator", new DateTimeOffset(2026, 2, 25, 8, 0, 0, TimeSpan.FromHours(1))),
        FollowUp = new DateOnly(2026, 4, 1),
        Form = [new JsonObject { ["key"] = "interviews", ["type"] = "Number", ["label"] = "Antal", ["required"] = true }],
        Actions = [new TaskAction("done", LocalizedText.Of("Klar", "Done"))],
        Draft = new JsonObject { ["interviews"] = 80 },
        Comments = [new TaskComment(Guid.NewGuid(), Ada, "Jag tar den", Created)],
        History = [new TaskHistoryEntry(Created, "system", TaskHistoryKind.Created, To: Ada, Note: "skapad")],
    };

    /// <summary>Every field as text: records holding lists and JSON nodes do not compare by value.</summary>
    private static string Describe(LabTask task) => System.Text.Json.JsonSerializer.Serialize(task with
    {
        CreatedAt = task.CreatedAt.ToUniversalTime(),
        ClosedAt = task.ClosedAt?.ToUniversalTime(),
        Reminders = [.. task.Reminders.Select(r => r.ToUniversalTime())],
        Escalation = task.Escalation is { } e ? e with { At = e.At.ToUniversalTime() } : null,
    });
}
