using System.Text.Json.Nodes;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;
using LabFlow.Workflows.Definitions;

namespace LabFlow.Activities.Tests.Tasks;

/// <summary>The rights matrix over answers: each kind of reader × a normal, an HR-sensitive and a shared step.</summary>
public sealed class AnswerReadRuleTests
{
    private const string Administration = "grundskoleforvaltningen";

    private static readonly Dictionary<string, Guid> People = new[]
    {
        "facilitator", "coordinator", "communicator", "hr", "sponsor", "participant", "doer", "otherDoer",
        "orgAdmin", "memberCoordinator", "memberFacilitator", "outsider",
    }.Select((name, i) => (name, Id: Guid.Parse($"30000000-0000-0000-0000-{i + 1:D12}"))).ToDictionary(p => p.name, p => p.Id);

    private static readonly Lab Lab = new(
        Guid.Parse("31000000-0000-0000-0000-000000000001"), "flow", "Labb", Administration, "Hur kan vi …?", [],
        [
            new LabMember(People["facilitator"], Role.Facilitator),
            new LabMember(People["coordinator"], Role.Coordinator),
            new LabMember(People["communicator"], Role.Communicator),
            new LabMember(People["hr"], Role.HR),
            new LabMember(People["sponsor"], Role.Sponsor),
            new LabMember(People["participant"], Role.Participant),
            new LabMember(People["doer"], Role.Participant),
            new LabMember(People["otherDoer"], Role.Participant),
        ],
        new DateOnly(2027, 2, 1), false, DateTimeOffset.UnixEpoch, "test");

    /// <summary>Readers of the shared step: the lab's people, participants included, and the doers.</summary>
    private static readonly StepReaders Shared = new([Role.Facilitator, Role.Coordinator, Role.Communicator, Role.HR, Role.Sponsor, Role.Participant], Doers: true);

    [Theory]
    [InlineData("facilitator", true, true, true)]
    [InlineData("coordinator", true, false, true)]
    [InlineData("communicator", true, false, true)]
    [InlineData("hr", true, true, true)]
    [InlineData("sponsor", true, true, true)]
    [InlineData("participant", false, false, true)]
    [InlineData("doer", true, true, true)]
    [InlineData("otherDoer", true, true, true)]
    [InlineData("orgAdmin", true, false, false)]
    [InlineData("memberCoordinator", false, false, false)]
    [InlineData("memberFacilitator", true, false, false)]
    [InlineData("outsider", false, false, false)]
    public async Task ShowAsync_ShowsAnswersOnlyToReaders_ForEachKindOfStep(string person, bool normal, bool sensitive, bool shared)
    {
        // Arrange
        var (rule, tasks) = Rule();
        var steps = new (string Step, StepReaders? Readers, bool Expected)[] { ("normal", null, normal), ("sensitive", StepReaders.Sensitive, sensitive), ("shared", Shared, shared) };
        var labTasks = new List<LabTask>();
        foreach (var (step, readers, _) in steps)
        {
            // Each step is done by two participants ("each"): the reader may be one of them, or the other.
            labTasks.Add(await tasks.AddAsync(Completed(step, readers, People["doer"]), CancellationToken.None));
            labTasks.Add(await tasks.AddAsync(Completed(step, readers, People["otherDoer"]), CancellationToken.None));
        }

        var ofDoer = labTasks.Where(t => t.AssigneeId == People["doer"]).ToList();

        // Act
        var shown = await rule.ShowAsync(ofDoer, Lab, People[person], CancellationToken.None);

        // Assert
        foreach (var (step, _, expected) in steps)
        {
            var task = Assert.Single(shown, t => t.ActivityId == step);
            Assert.Equal(expected, task.Answers is not null);
            Assert.Equal(LabTaskStatus.Completed, task.Status);
        }
    }

    [Fact]
    public async Task ShowAsync_HidesAnswersFromOtherDoers_WhenTheReadersLeaveOutDoers()
    {
        // Arrange
        var (rule, tasks) = Rule();
        var readers = new StepReaders([Role.HR], Doers: false);
        var mine = await tasks.AddAsync(Completed("pay", readers, People["doer"]), CancellationToken.None);
        await tasks.AddAsync(Completed("pay", readers, People["otherDoer"]), CancellationToken.None);

        // Act
        var byOther = await rule.ShowAsync(mine, Lab, People["otherDoer"], CancellationToken.None);
        var bySelf = await rule.ShowAsync(mine, Lab, People["doer"], CancellationToken.None);

        // Assert
        Assert.Null(byOther.Answers);
        Assert.NotNull(bySelf.Answers);
    }

    [Fact]
    public async Task ShowAsync_KeepsOnlyTheViewersOwnComments_WhenTheyMayNotRead()
    {
        // Arrange
        var (rule, tasks) = Rule();
        var task = await tasks.AddAsync(Completed("pay", StepReaders.Sensitive, People["doer"]) with
        {
            Comments =
            [
                new TaskComment(Guid.NewGuid(), People["hr"], "Medianen skiljer 4 %.", DateTimeOffset.UnixEpoch),
                new TaskComment(Guid.NewGuid(), People["coordinator"], "Klar?", DateTimeOffset.UnixEpoch),
            ],
            Draft = new JsonObject { ["gap"] = "5" },
        }, CancellationToken.None);

        // Act
        var shown = await rule.ShowAsync(task, Lab, People["coordinator"], CancellationToken.None);

        // Assert
        Assert.Null(shown.Answers);
        Assert.Null(shown.Draft);
        Assert.Equal("Klar?", Assert.Single(shown.Comments).Text);
    }

    [Fact]
    public async Task ShowAsync_ShowsASensitiveStep_WhenTheReaderHoldsANamedRoleOrganisationWide()
    {
        // Arrange: a project HR expert holds HR for the whole organisation.
        var projectHr = Guid.NewGuid();
        var (rule, tasks) = Rule(new Dictionary<Guid, Role> { [People["orgAdmin"]] = Role.Admin, [projectHr] = Role.HR });
        var task = await tasks.AddAsync(Completed("pay", StepReaders.Sensitive, People["doer"]), CancellationToken.None);

        // Act
        var shown = await rule.ShowAsync(task, Lab, projectHr, CancellationToken.None);

        // Assert
        Assert.NotNull(shown.Answers);
    }

    [Theory]
    [InlineData("[\"HR\", \"Sponsor\", \"doers\"]", "HR,Sponsor", true)]
    [InlineData("[\"Participant\"]", "Participant", false)]
    public void Of_ReadsRolesAndDoers_WhenTheStepNamesReaders(string readers, string roles, bool doers)
    {
        // Act
        var read = StepReaders.Of(JsonNode.Parse(readers), form: null);

        // Assert
        Assert.NotNull(read);
        Assert.Equal(roles.Split(',').Select(Enum.Parse<Role>), read.Roles);
        Assert.Equal(doers, read.Doers);
    }

    [Fact]
    public void Of_IsSensitive_WhenTheFormHoldsASensitivePresetAndNoReaders()
    {
        // Arrange
        var form = JsonNode.Parse("""[{ "key": "risks", "preset": "riskTable" }]""")!.AsArray();

        // Act
        var read = StepReaders.Of(null, form);

        // Assert
        Assert.Equal(StepReaders.Sensitive, read);
        Assert.Null(StepReaders.Of(null, JsonNode.Parse("""[{ "key": "n", "type": "Number" }]""")!.AsArray()));
    }

    [Fact]
    public void Rule_NamesTheReaderAndTheFix_WhenAReaderIsUnknown()
    {
        // Act
        var issues = StepReaders.Rule(JsonNode.Parse("""["HR", "hr-expert", "Doers"]""")!).ToList();

        // Assert
        Assert.Equal(["[1]", "[2]"], issues.Select(i => i.Path));
        Assert.Equal(
            "unknown reader \"hr-expert\"; write a lab role (Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant, ProjectLead, TrainingCoordinator, ProjectCommunicator, EconomistAdministrator, ProjectHR) or \"doers\".",
            issues[0].Message);
        Assert.Contains("(did you mean 'doers'?)", issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_NamesFilePathAndFix_WhenAStepsReadersNameAnUnknownRole()
    {
        // Arrange
        await using var host = new LabTestHost();
        var flow = LabTestHost.Flow(
            """
            { "id": "pay", "type": "UserTask",
              "inputs": { "title": "Lönekartläggning", "assignee": { "role": "HR" }, "readers": ["HR", "Sponsr"] } }
            """,
            """[ { "from": "start", "to": "pay" } ]""");

        // Act
        var messages = host.Load(flow).Errors.Select(e => e.ToString()).ToList();

        // Assert
        Assert.Contains(
            "test.json: $.activities[1].inputs.readers[1]: unknown reader \"Sponsr\" (did you mean 'Sponsor'?); write a lab role (Admin, Designer, Facilitator, Coordinator, Communicator, HR, Sponsor, Participant, ProjectLead, TrainingCoordinator, ProjectCommunicator, EconomistAdministrator, ProjectHR) or \"doers\".",
            messages);
    }

    private static (AnswerReadRule Rule, InMemoryTaskStore Tasks) Rule(IReadOnlyDictionary<Guid, Role>? organisationRoles = null)
    {
        var directory = new InMemoryDirectory();
        foreach (var (name, id) in People)
        {
            directory.AddPerson(new Person(id, name, $"{name}@example.se"));
        }

        directory.AddMembership(new Membership(People["memberCoordinator"], Administration, Role.Coordinator));
        directory.AddMembership(new Membership(People["memberFacilitator"], Administration, Role.Facilitator));
        directory.AddMembership(new Membership(People["outsider"], "forskoleforvaltningen", Role.HR));
        var roles = new FixedOrganisationRoles(organisationRoles ?? new Dictionary<Guid, Role> { [People["orgAdmin"]] = Role.Admin });
        var tasks = new InMemoryTaskStore();
        return (new AnswerReadRule(new LabAccess(directory, roles), tasks), tasks);
    }

    private static LabTask Completed(string step, StepReaders? readers, Guid doer) => new()
    {
        Id = Guid.NewGuid(),
        LabId = Lab.Id,
        ActivityId = step,
        Kind = "UserTask",
        Title = LocalizedText.Of(step),
        AssigneeId = doer,
        Readers = readers,
        Status = LabTaskStatus.Completed,
        Answers = new JsonObject { ["note"] = "svar" },
        CreatedAt = DateTimeOffset.UnixEpoch,
        History = [new TaskHistoryEntry(DateTimeOffset.UnixEpoch, doer.ToString(), TaskHistoryKind.Completed, Note: "Done")],
    };

    private sealed class FixedOrganisationRoles(IReadOnlyDictionary<Guid, Role> roles) : IOrganisationRoles
    {
        public Task<IReadOnlyList<Role>> ListAsync(Guid personId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Role>>(roles.TryGetValue(personId, out var role) ? [role] : []);
    }
}
