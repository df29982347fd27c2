using System.Globalization;
using System.Text.Json.Nodes;
using LabFlow.Activities.DependencyInjection;
using LabFlow.Activities.Forms;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Workflows.Bookmarks;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.DependencyInjection;
using LabFlow.Workflows.Execution;
using LabFlow.Workflows.Journal;
using LabFlow.Workflows.Persistence;
using LabFlow.Workflows.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LabFlow.Host.Infrastructure.TestRuns;

/// <summary>
/// A throwaway run of a draft flow for the designer: the real engine and lab domain on their in-memory stores, in a
/// service provider of its own, with one sample person per lab role and a clock that moves only when the designer
/// fires a timer. Nothing of it reaches the database: no lab, task or email row exists outside this object (no email
/// store is registered here, so the email effects of a burst are dropped), so it cannot appear in lists, reports,
/// statistics or anyone's inbox. Dispose it to throw the run away.
/// </summary>
internal sealed class DraftTestRun : IAsyncDisposable
{
    /// <summary>The roles that get a sample person and take part in the run's lab.</summary>
    public static IReadOnlyList<Role> LabRoles { get; } = [Role.Facilitator, Role.Coordinator, Role.Communicator, Role.HR, Role.Sponsor, Role.Participant];

    private const string Reason = "Testkörning i designern";
    private static readonly string AdministrationId = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly ServiceProvider _services;
    private readonly AsyncServiceScope _scope;
    private readonly ManualClock _clock;
    private readonly Dictionary<Guid, Role> _people = [];
    private Guid _labId;

    private DraftTestRun(ManualClock clock)
    {
        _clock = clock;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddLabActivities();
        services.AddLabFlowWorkflows();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
    }

    public DateOnly StartDate { get; private init; }

    /// <summary>The role of a sample person, or <c>null</c> for anyone else.</summary>
    public Role? RoleOf(Guid personId) => _people.TryGetValue(personId, out var role) ? role : null;

    /// <summary>
    /// Starts <paramref name="draft"/> as a lab beginning on <paramref name="startDate"/> (its clock at 06:00 UTC that day, the morning in Stockholm),
    /// with every sample person in the lab and sample values for the flow's inputs that have no default.
    /// </summary>
    /// <exception cref="LabDomainException">The launch was refused (the message says why).</exception>
    public static async Task<DraftTestRun> StartAsync(WorkflowDefinition draft, DateOnly startDate, CancellationToken cancellationToken)
    {
        var clock = new ManualClock(new DateTimeOffset(startDate.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        var run = new DraftTestRun(clock) { StartDate = startDate };
        try
        {
            await run.LaunchAsync(draft, cancellationToken);
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    private T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    private async Task LaunchAsync(WorkflowDefinition draft, CancellationToken cancellationToken)
    {
        var directory = _services.GetRequiredService<InMemoryDirectory>();
        foreach (var role in LabRoles)
        {
            var person = new Person(Guid.NewGuid(), $"Test {role}", $"{role.ToString().ToLowerInvariant()}@testrun.invalid");
            directory.AddPerson(person);
            directory.AddMembership(new Membership(person.Id, AdministrationId, role));
            _people[person.Id] = role;
        }

        var stored = await Get<IWorkflowDefinitionStore>().PublishAsync(draft, Reason, null, cancellationToken);
        var facilitator = PersonIn(Role.Facilitator);
        var lab = await Get<LabService>().LaunchAsync(
            new LaunchLabRequest(
                stored.Definition.Id,
                "Testkörning",
                AdministrationId,
                "Hur kan vi pröva flödet innan det publiceras?",
                StartDate,
                [.. _people.Select(p => new LabMember(p.Key, p.Value))],
                Inputs: SampleInputs(draft),
                Version: stored.Definition.Version),
            facilitator,
            cancellationToken);
        _labId = lab.Id;
    }

    /// <summary>What the run shows now: its status, what waits (tasks, timers, signals), the steps so far.</summary>
    public async Task<DraftTestRunState> ReadAsync(CancellationToken cancellationToken)
    {
        var instance = await Get<IWorkflowInstanceStore>().FindAsync(_labId, cancellationToken)
            ?? throw new InvalidOperationException($"The test run's lab {_labId} has no instance; start a new test run.");
        var tasks = await Get<ITaskStore>().ListByLabAsync(_labId, cancellationToken);
        var bookmarks = await Get<IBookmarkStore>().ListByInstanceAsync(_labId, cancellationToken);
        var journal = await Get<IWorkflowJournalStore>().ListAsync(_labId, cancellationToken);
        var open = tasks.Where(t => t.IsOpen).OrderBy(t => t.CreatedAt).Select(t => new DraftTestTask(
            t.Id,
            t.ActivityId,
            t.Title,
            t.AssigneeRole ?? (t.AssigneeId is { } assignee ? RoleOf(assignee) : null) ?? t.Candidates.Select(RoleOf).FirstOrDefault(r => r is not null),
            t.Due,
            t.Actions,
            FormDefinitionParser.Parse(t.Form).Form.Fields.Count)).ToList();
        var taskBookmarks = tasks.Where(t => t.IsOpen && t.BookmarkId is not null).Select(t => t.BookmarkId!.Value).ToHashSet();
        var waits = bookmarks
            .Where(b => b.Kind is BookmarkKinds.Timer or BookmarkKinds.Signal && !taskBookmarks.Contains(b.Id))
            .OrderBy(b => b.DueAt ?? DateTimeOffset.MaxValue)
            .Select(b => new DraftTestWait(b.Id, b.ActivityId, b.Kind == BookmarkKinds.Timer, b.DueAt, b.Key))
            .ToList();
        var incidents = instance.State.Incidents;
        var active = bookmarks.Select(b => b.ActivityId).Concat(incidents.Select(i => i.ActivityId)).ToHashSet(StringComparer.Ordinal);
        return new DraftTestRunState(instance.Status, _clock.Now, active, open, waits, journal, incidents);
    }

    /// <summary>
    /// Completes a waiting task as the sample person it is for, with <paramref name="outcome"/> and sample answers to
    /// its form. When the sample answers do not fit the form (a rule the sample cannot meet), the step is skipped with
    /// the same outcome instead, so the run goes on; the result says which happened.
    /// </summary>
    public async Task<DraftTestOutcome> CompleteAsync(Guid taskId, string? outcome, CancellationToken cancellationToken)
    {
        var task = await Get<ITaskStore>().FindAsync(taskId, cancellationToken);
        if (task is null || !task.IsOpen)
        {
            return new(DraftTestStep.AlreadyClosed, []);
        }

        IReadOnlyList<FormError> problems = [];
        var doer = task.AssigneeId ?? task.Candidates.FirstOrDefault(c => _people.ContainsKey(c));
        if (doer != Guid.Empty)
        {
            // Read back from text, as answers from a browser are: the form validator reads numbers from parsed JSON.
            var answers = JsonNode.Parse(SampleAnswers(FormDefinitionParser.Parse(task.Form).Form.Fields, doer).ToJsonString())!.AsObject();
            var result = await Get<TaskService>().CompleteAsync(taskId, doer, outcome, answers, cancellationToken);
            if (result.Status == TaskCompletionStatus.Completed)
            {
                return new(DraftTestStep.Completed, []);
            }

            problems = result.Errors;
        }

        await Get<TaskService>().SkipAsync(taskId, PersonIn(Role.Facilitator), Reason, outcome, cancellationToken);
        return new(DraftTestStep.Skipped, problems);
    }

    /// <summary>Moves the clock to the timer's time and fires every timer due by then, in the order they fall due.</summary>
    public async Task FireTimerAsync(Guid bookmarkId, CancellationToken cancellationToken)
    {
        if (await Get<IBookmarkStore>().FindAsync(bookmarkId, cancellationToken) is not { DueAt: { } due })
        {
            return;
        }

        _clock.MoveTo(due);
        var scheduler = _services.GetRequiredService<InMemoryWorkflowScheduler>();
        while (await scheduler.FireDueTimersAsync(cancellationToken) > 0)
        {
            // A fired timer can start a step whose own timer is due already (a follow-up dated in the past): fire it too.
        }
    }

    /// <summary>Sends the signal a step waits for, as if the outside world had sent it.</summary>
    public Task SignalAsync(Guid bookmarkId, CancellationToken cancellationToken) =>
        Get<IWorkflowRuntime>().ResumeAsync(bookmarkId, new ResumePayload(null, Reason), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }

    private Guid PersonIn(Role role) => _people.First(p => p.Value == role).Key;

    /// <summary>Sample values for the flow's inputs that have no default (the challenge comes from the lab).</summary>
    private JsonObject SampleInputs(WorkflowDefinition draft)
    {
        var inputs = new JsonObject();
        foreach (var input in draft.Inputs.Where(i => i.Default is null && i.Name != "challenge"))
        {
            var person = PersonIn(Role.Facilitator).ToString();
            inputs[input.Name] = input.Type switch
            {
                FlowValueType.Number => 1,
                FlowValueType.Boolean => false,
                FlowValueType.Date => StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                FlowValueType.DateTime => _clock.Now.ToString("O", CultureInfo.InvariantCulture),
                FlowValueType.Person => person,
                FlowValueType.PersonList => new JsonArray(person),
                FlowValueType.Administration => AdministrationId,
                FlowValueType.List => new JsonArray(),
                FlowValueType.Object => new JsonObject(),
                _ => "Exempel",
            };
        }

        return inputs;
    }

    /// <summary>An answer to every field that a careful doer would give: the first option, the lowest allowed number, the start date.</summary>
    internal JsonObject SampleAnswers(IReadOnlyList<FormField> fields, Guid doer)
    {
        var answers = new JsonObject();
        foreach (var field in fields)
        {
            answers[field.Key] = SampleAnswer(field, doer);
        }

        return answers;
    }

    private JsonNode? SampleAnswer(FormField field, Guid doer) => field.Type switch
    {
        FormFieldType.Text or FormFieldType.LongText => field.MaxLength is { } max && max < 8 ? new string('x', Math.Max(1, max)) : "Exempelsvar",
        FormFieldType.Number => field.Min ?? field.Max ?? 1,
        FormFieldType.Date => StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FormFieldType.Choice => field.Options.FirstOrDefault()?.Value,
        FormFieldType.MultiChoice => new JsonArray([.. field.Options.Take(Math.Max(1, field.MinSelected ?? 1)).Select(o => (JsonNode?)o.Value)]),
        FormFieldType.Checklist => new JsonObject(field.Items.Select(i => KeyValuePair.Create(i.Value, (JsonNode?)new JsonObject { ["checked"] = true }))),
        FormFieldType.Rating => 3,
        FormFieldType.Person => doer.ToString(),
        FormFieldType.Link => "https://example.se",
        FormFieldType.Group => new JsonArray([.. Enumerable.Range(0, Math.Max(field.MinRows ?? 0, field.Required ? 1 : 0)).Select(_ => (JsonNode?)SampleAnswers(field.Fields, doer))]),
        FormFieldType.Section => SampleAnswers(field.Fields, doer),
        _ => null,
    };
}

/// <summary>What a test run shows at one moment.</summary>
/// <param name="ActiveActivityIds">The activities that wait or stopped with an error now, to highlight on the canvas.</param>
/// <param name="Steps">The lab's journal so far, oldest first.</param>
internal sealed record DraftTestRunState(
    WorkflowStatus Status,
    DateTimeOffset Now,
    IReadOnlySet<string> ActiveActivityIds,
    IReadOnlyList<DraftTestTask> OpenTasks,
    IReadOnlyList<DraftTestWait> Waits,
    IReadOnlyList<JournalEntry> Steps,
    IReadOnlyList<Incident> Incidents);

/// <summary>A task the run created and that waits for its doer.</summary>
/// <param name="Role">The role it was given to (of its assignee or candidates), or <c>null</c> when it went to nobody.</param>
internal sealed record DraftTestTask(Guid Id, string? ActivityId, LocalizedText Title, Role? Role, DateOnly? Due, IReadOnlyList<TaskAction> Actions, int FieldCount);

/// <summary>A timer or signal a step waits for.</summary>
internal sealed record DraftTestWait(Guid BookmarkId, string ActivityId, bool IsTimer, DateTimeOffset? DueAt, string? Signal);

/// <summary>How a task of the run was finished, and what the form said of the sample answers when they did not fit.</summary>
internal sealed record DraftTestOutcome(DraftTestStep Step, IReadOnlyList<FormError> Problems);

/// <summary>How a task of the run was finished.</summary>
internal enum DraftTestStep
{
    Completed,

    /// <summary>The sample answers did not fit the form, so the step was skipped with the chosen outcome.</summary>
    Skipped,

    AlreadyClosed,
}
