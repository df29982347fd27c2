using System.Net;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>
/// Mina uppgifter for a stand-in: the tasks they may complete for an away colleague show under their own heading,
/// not among the tasks they are kept informed of.
/// </summary>
public sealed class MyTasksStandInPageTests(ApiResourcesFactory factory) : IClassFixture<ApiResourcesFactory>
{
    private const string Flow = """
        {
          "id": "stand-in-page",
          "version": 1,
          "name": "Stand-in page",
          "activities": [
            { "id": "start", "type": "Start" },
            { "id": "report", "type": "UserTask", "inputs": { "title": "Skriv lägesrapporten", "assignee": { "role": "Coordinator" } } }
          ],
          "connections": [ { "from": "start", "to": "report" } ]
        }
        """;

    [Fact]
    public async Task Tasks_ShowsTheAwayColleaguesTaskUnderItsOwnHeading_WhenThePersonStandsIn()
    {
        // Arrange
        await factory.PublishAsync(Flow);
        var away = await factory.CreateMemberAsync("Kim Bortrest", ApiResourcesFactory.Own, Role.Coordinator);
        var (standIn, client) = await factory.CreateSignedInAsync("Lo Ersättare", ApiResourcesFactory.Own, Role.Coordinator);
        var facilitator = await factory.CreateMemberAsync("Fia Process", ApiResourcesFactory.Own, Role.Facilitator);
        await factory.InScopeAsync(async services =>
        {
            var today = services.GetRequiredService<LabCalendar>().DateOf(TimeProvider.System.GetUtcNow());
            await services.GetRequiredService<IStandIns>().SetAsync(new StandIn(away.Id, standIn.Id, today.AddDays(-1), today.AddDays(7)), CancellationToken.None);
            return await services.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest("stand-in-page", "Lägeslabb", ApiResourcesFactory.Own, "Hur går det?", today, [new LabMember(facilitator.Id, Role.Facilitator), new LabMember(away.Id, Role.Coordinator)]),
                facilitator.Id,
                CancellationToken.None);
        });

        // Act
        using var response = await client.GetAsync("/tasks");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"standing-in-heading-0\">Som ersättare för Kim Bortrest</h2>", html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/tasks/[0-9a-f-]{36}\">Skriv lägesrapporten</a>", html);
        Assert.DoesNotContain("informed-heading", html, StringComparison.Ordinal);
    }
}
