using System.Net;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.ApiResources;

/// <summary>A step for every participant in the database: a facilitator closes it, the open tasks close as not needed.</summary>
public sealed class QuorumApiTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    private const string CheckInFlow = """
        {
          "id": "api-quorum",
          "version": 1,
          "name": "API quorum",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "checkIn", "type": "UserTask", "inputs": { "title": "Avstämning", "assignee": { "role": "Participant", "each": true }, "quorum": 2 } },
            { "id": "next", "type": "UserTask", "inputs": { "title": "Gå vidare", "assignee": { "role": "Facilitator" } } }
          ],
          "connections": [ { "from": "start", "to": "checkIn" }, { "from": "checkIn", "to": "next" } ]
        }
        """;

    [Fact]
    public async Task CloseStep_ClosesOpenTasksAsNotNeededInTheDatabase_WhenTheFacilitatorClosesTheStep()
    {
        await factory.PublishAsync(CheckInFlow);
        var (facilitatorPerson, facilitator) = await factory.CreateSignedInAsync("Quinn Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
        var first = await factory.CreateMemberAsync("Qia Deltagare", ApiResourcesFactory.Own, Role.Participant);
        var second = await factory.CreateMemberAsync("Qvist Deltagare", ApiResourcesFactory.Own, Role.Participant);
        using var launched = await facilitator.PostAsync("/api/v1/labs", ApiResourcesFactory.Json(new
        {
            definitionId = "api-quorum",
            title = "Kvorumlabb",
            administrationId = ApiResourcesFactory.Own,
            challenge = "Hur kan vi?",
            startDate = "2030-03-04",
            people = new object[]
            {
                new { personId = facilitatorPerson.Id, role = "Facilitator" },
                new { personId = first.Id, role = "Participant" },
                new { personId = second.Id, role = "Participant" },
            },
        }));
        var labId = (await ApiResourcesFactory.ReadJsonAsync(launched)).GetProperty("id").GetGuid();
        var tasks = await factory.InScopeAsync(sp => sp.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None));
        var checkIns = tasks.Where(t => t.ActivityId == "checkIn").ToList();

        using var closed = await facilitator.PostAsync($"/api/v1/tasks/{checkIns[0].Id}/close-step", ApiResourcesFactory.Json(new { reason = "Sjuk" }));

        Assert.Equal(HttpStatusCode.Created, launched.StatusCode);
        Assert.Equal(2, checkIns.Count);
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        var after = await factory.InScopeAsync(sp => sp.GetRequiredService<ITaskStore>().ListByLabAsync(labId, CancellationToken.None));
        Assert.All(after.Where(t => t.ActivityId == "checkIn"), t =>
        {
            Assert.Equal(LabTaskStatus.Closed, t.Status);
            Assert.Equal("Not needed: the facilitator closed the step. Sjuk", Assert.Single(t.History, h => h.Kind == TaskHistoryKind.NotNeeded).Note);
        });
        Assert.Single(after, t => t.ActivityId == "next" && t.IsOpen);
    }
}
