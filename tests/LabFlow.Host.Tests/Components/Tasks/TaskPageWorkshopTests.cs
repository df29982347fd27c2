using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Activities.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Tasks;

/// <summary>A workshop's task page shows the workshop's agenda with each item's clock time.</summary>
public sealed class TaskPageWorkshopTests : TaskPageTestContext
{
    [Fact]
    public async Task Render_ShowsTheAgendaWithClockTimes_WhenTheTaskIsAWorkshops()
    {
        var adHoc = await AddTaskAsync();
        var task = await AddWorkshopTaskAsync(adHoc);

        var page = RenderAs(Coordinator1, task.Id);

        Assert.Equal("Agenda", page.Find("#agenda-title").TextContent);
        var items = page.FindAll("#agenda li");
        Assert.Equal(
            ["13:00 Välkommen (15 min) – Inledning", "13:15 Antaganden (40 min) – Antagandekarta"],
            items.Select(li => Words(li.TextContent.Replace(li.QuerySelector(".lf-field-help")?.TextContent ?? "\u0000", string.Empty, StringComparison.Ordinal))));
        Assert.Equal("Ta med lappar.", items[1].QuerySelector(".lf-field-help")!.TextContent);
    }

    [Fact]
    public async Task Render_ShowsNoAgenda_WhenTheTaskIsNotAWorkshops()
    {
        var task = await AddTaskAsync();

        var page = RenderAs(Coordinator1, task.Id);

        Assert.Empty(page.FindAll("#agenda"));
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private async Task<LabTask> AddWorkshopTaskAsync(LabTask template)
    {
        var inputs = JsonNode.Parse("""
            { "title": "Uppstart", "date": { "daysAfterStart": 0 }, "startTime": "13:00",
              "agenda": [ { "title": { "sv": "Välkommen", "en": "Welcome" }, "minutes": 15, "method": "Inledning" },
                          { "title": "Antaganden", "minutes": 40, "method": "Antagandekarta", "notes": "Ta med lappar." } ] }
            """)!.AsObject();
        await RunWorkshopFlowAsync("Labbtest", "kickoff", inputs);
        return await Services.GetRequiredService<ITaskCommands>().AddAsync(
            template with { Id = Guid.NewGuid(), Kind = "Workshop", ActivityId = "kickoff", Version = 0 }, Token);
    }
}
