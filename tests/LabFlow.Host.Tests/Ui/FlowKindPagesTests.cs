using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>
/// A run of a flow that is no lab (a conference, a seminar, a year of active measures …) is called by its kind's own
/// noun on its task page, in My tasks and in the task-assigned email, never "labbet".
/// </summary>
public sealed class FlowKindPagesTests(FlowKindPagesTests.Fixture fixture) : IClassFixture<FlowKindPagesTests.Fixture>
{
    private const string Title = "Höstträffen 2030";

    [Theory]
    [InlineData("conference", "Konferens", "konferens", "konferensen")]
    [InlineData("seminar", "Seminarium", "seminarium", "seminariet")]
    [InlineData("activeMeasures", "Aktiva åtgärder", "aktiva åtgärder", "årets arbete med aktiva åtgärder")]
    [InlineData("leadingChange", "Förändringsarbete", "förändringsarbete", "förändringsarbetet")]
    [InlineData("other", "Process", "process", "processen")]
    public async Task TaskPageMyTasksAndEmail_CallTheRunByItsKind_AndNeverLabbet(string kind, string label, string lower, string definite)
    {
        // Arrange
        var (coordinator, client, labId, taskId) = await fixture.LaunchAsync(kind);

        // Act
        using var taskPage = await client.GetAsync($"/tasks/{taskId}");
        var taskHtml = await UiPages.ReadHtmlAsync(taskPage);
        using var myTasks = await client.GetAsync("/tasks");
        var myTasksHtml = await UiPages.ReadHtmlAsync(myTasks);
        var emails = await fixture.Factory.InScopeAsync(services =>
            services.GetRequiredService<IEmailStore>().ListAsync(new EmailMessageQuery(InstanceId: labId), CancellationToken.None));

        // Assert
        Assert.Contains($"<dt>{label}</dt>", taskHtml, StringComparison.Ordinal);
        Assert.Contains($"{Title}</a>", taskHtml, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"col\">Hör till</th>", myTasksHtml, StringComparison.Ordinal);
        Assert.Contains($"<td>{Title}<span class=\"lf-kind\"> ({lower})</span></td>", myTasksHtml, StringComparison.Ordinal);
        var assigned = Assert.Single(emails, e => e.Template == EmailTemplates.TaskAssigned && e.RecipientPersonId == coordinator.Id);
        Assert.Contains($"Du har fått en ny uppgift i {definite} \"{Title}\":", assigned.TextBody, StringComparison.Ordinal);
        foreach (var text in new[] { taskHtml, myTasksHtml, assigned.Subject, assigned.TextBody, assigned.HtmlBody })
        {
            Assert.DoesNotContain("labbet", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TaskPageMyTasksAndEmail_StillSayLabb_WhenTheFlowIsALab()
    {
        // Arrange
        var (coordinator, client, labId, taskId) = await fixture.LaunchAsync("lab");

        // Act
        using var taskPage = await client.GetAsync($"/tasks/{taskId}");
        var taskHtml = await UiPages.ReadHtmlAsync(taskPage);
        var emails = await fixture.Factory.InScopeAsync(services =>
            services.GetRequiredService<IEmailStore>().ListAsync(new EmailMessageQuery(InstanceId: labId), CancellationToken.None));

        // Assert
        Assert.Contains("<dt>Labb</dt>", taskHtml, StringComparison.Ordinal);
        var assigned = Assert.Single(emails, e => e.Template == EmailTemplates.TaskAssigned && e.RecipientPersonId == coordinator.Id);
        Assert.Contains($"Du har fått en ny uppgift i labbet \"{Title}\":", assigned.TextBody, StringComparison.Ordinal);
    }

    /// <summary>One Host; each call publishes a copy of <see cref="ApiFlows.Story"/> of one kind and launches it with a coordinator of its own.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private Person _facilitator = null!;

        public ApiResourcesFactory Factory { get; } = new();

        public async Task InitializeAsync() =>
            _facilitator = await Factory.CreateMemberAsync("Fanny Processledare", ApiResourcesFactory.Own, Role.Facilitator);

        public async Task<(Person Coordinator, HttpClient Client, Guid LabId, Guid TaskId)> LaunchAsync(string kind)
        {
            var flowId = $"kind-{kind.ToLowerInvariant()}";
            await Factory.PublishAsync(ApiFlows.Story
                .Replace("\"id\": \"api-story\",", $"\"id\": \"{flowId}\",", StringComparison.Ordinal)
                .Replace("\"version\": 1,", $"\"version\": 1, \"kind\": \"{kind}\",", StringComparison.Ordinal));
            var (coordinator, client) = await Factory.CreateSignedInAsync($"Kim Samordnare {kind}", ApiResourcesFactory.Own, Role.Coordinator);
            var labId = await Factory.InScopeAsync(async services => (await services.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    flowId,
                    Title,
                    ApiResourcesFactory.Own,
                    "Hur kan vi mötas?",
                    new DateOnly(2030, 3, 4),
                    [new LabMember(coordinator.Id, Role.Coordinator), new LabMember(_facilitator.Id, Role.Facilitator)]),
                _facilitator.Id,
                CancellationToken.None)).Id);
            var tasks = await Factory.InScopeAsync(services => services.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None));
            return (coordinator, client, labId, tasks.Single(t => t.ActivityId == "report").Id);
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
