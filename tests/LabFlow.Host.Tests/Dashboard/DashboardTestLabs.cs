using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.Identity;
using LabFlow.Workflows.Definitions;
using LabFlow.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Dashboard;

/// <summary>What the dashboard's API tests arrange: a test flow published once, members of a scope, labs launched and their baseline measured through the API.</summary>
internal static class DashboardTestLabs
{
    public static async Task PublishOnceAsync(LabFlowApiFactory factory, string flowId, string flowJson)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
        if (await store.FindLatestAsync(flowId, CancellationToken.None) is not null)
        {
            return;
        }

        var result = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionLoader>().Load("test", flowJson);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        await store.PublishAsync(result.Definition!, "test", Guid.NewGuid().ToString("N"), CancellationToken.None);
    }

    /// <summary>A person with <paramref name="role"/> in <paramref name="administrationId"/> (the project scope for a project role).</summary>
    public static async Task<Person> CreateMemberAsync(LabFlowApiFactory factory, string name, string administrationId, Role role)
    {
        var person = await factory.CreatePersonAsync(name);
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IDirectoryCommands>()
            .AddMembershipAsync(new Membership(person.Id, administrationId, role), CancellationToken.None);
        return person;
    }

    public static async Task<Guid> LaunchAsync(HttpClient client, string flowId, string title, string administrationId, Guid coordinatorId)
    {
        using var launched = await client.PostAsJsonAsync("/api/v1/labs", new
        {
            definitionId = flowId,
            title,
            administrationId,
            challenge = "Hur kan vi erbjuda fler heltid?",
            startDate = "2030-03-04",
            people = new[] { new { personId = coordinatorId, role = "Coordinator" } },
        });
        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        return (await launched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The lab's coordinator completes its one open task, the baseline: Heltid, 40 % women and 70 % men.</summary>
    public static async Task MeasureBaselineAsync(LabFlowApiFactory factory, Person coordinator, Guid labId)
    {
        using var client = await factory.SignInAsync(coordinator.Email);
        var tasks = await client.GetFromJsonAsync<JsonElement>($"/api/v1/tasks?labId={labId}");
        var task = Assert.Single(tasks.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid();
        using var completed = await client.PostAsJsonAsync($"/api/v1/tasks/{task}/complete", new
        {
            answers = new { figures = new[] { new { indicator = "Heltid", women = 40, men = 70 } } },
        });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
    }
}
