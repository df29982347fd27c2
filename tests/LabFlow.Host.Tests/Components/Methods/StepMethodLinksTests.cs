using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Activities.Methods;
using LabFlow.Host.Components.Pages.Methods;
using LabFlow.Host.Tests.Components.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Methods;

/// <summary>A workshop's task page links each agenda item's library method, and says when the library has no such method.</summary>
public sealed class StepMethodLinksTests : TaskPageTestContext
{
    [Fact]
    public async Task Render_LinksTheAgendaItemsMethod_AndNamesAnUnknownOne()
    {
        // Arrange: the shipped Crazy 8s method is in the library; the second item names a method that is not.
        var file = Path.Combine(AppContext.BaseDirectory, "workflows-json", "methods", "crazy-8s.json");
        var method = MethodJson.Parse("crazy-8s.json", await File.ReadAllTextAsync(file)).Method!;
        await Services.GetRequiredService<IMethodStore>().AddVersionAsync(method, 0, "test", null, Time.GetUtcNow(), Token);
        var inputs = JsonNode.Parse("""
            { "title": "Idéworkshop", "date": { "daysAfterStart": 0 }, "startTime": "13:00",
              "agenda": [ { "title": "Skissa idéer", "minutes": 30, "methodId": "crazy-8s" },
                          { "title": "Välj", "minutes": 15, "methodId": "okand-metod" } ] }
            """)!.AsObject();
        await RunWorkshopFlowAsync("Metodlänkar", "ideation", inputs);

        // Act
        var links = Render<StepMethodLinks>(p => p.Add(c => c.LabId, Lab.Id).Add(c => c.ActivityId, "ideation"));

        // Assert
        var items = links.FindAll("#step-methods li");
        Assert.Equal(2, items.Count);
        Assert.Equal("/methods/crazy-8s", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.EndsWith("på agendan: Skissa idéer", items[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("okand-metod (finns inte i metodbiblioteket)", items[1].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(items[1].QuerySelector("a"));
    }
}
