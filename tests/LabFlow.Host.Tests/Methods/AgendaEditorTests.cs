using System.Text.Json.Nodes;
using Bunit;
using LabFlow.Activities.Methods;
using LabFlow.Host.Components.Flows;
using LabFlow.Host.Tests.Components.Flows;
using LabFlow.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Methods;

/// <summary>The designer's agenda editor offers the method library, and an agenda item keeps the chosen method's id.</summary>
public sealed class AgendaEditorTests : FlowPageTestContext
{
    [Fact]
    public async Task ChoosingALibraryMethod_SetsTheAgendaItemsMethodId_WhenTheDesignerPicksOne()
    {
        await Services.GetRequiredService<IMethodStore>().AddVersionAsync(
            new LabMethod
            {
                Id = "crazy-8s",
                Name = LocalizedText.Of("Crazy 8s", "Crazy 8s"),
                Purpose = LocalizedText.Of("Många idéer.", "Many ideas."),
                Minutes = new MethodRange(15, 30),
                GroupSize = new MethodRange(2, 30),
                Instructions = LocalizedText.Of("1. Vik papperet.", "1. Fold the sheet."),
                Inclusion = LocalizedText.Of("Enkla skisser räcker.", "Simple sketches will do."),
                Source = LocalizedText.Of("Google Ventures.", "Google Ventures."),
            },
            0,
            "file:crazy-8s.json",
            "hash",
            Time.GetUtcNow(),
            Token);
        JsonNode? changed = null;
        var editor = Render<AgendaEditor>(p => p
            .Add(e => e.Id, "agenda")
            .Add(e => e.Value, new JsonArray(new JsonObject { ["title"] = "Idéer", ["minutes"] = 20 }))
            .Add(e => e.ValueChanged, (JsonNode? value) => changed = value));

        var options = editor.FindAll("#agenda-0-library-method option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        await editor.Find("#agenda-0-library-method").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "crazy-8s" });

        Assert.Equal([("", "Ingen metod ur biblioteket"), ("crazy-8s", "Crazy 8s")], options);
        Assert.Equal("Metod ur metodbiblioteket", editor.Find("label[for=agenda-0-library-method]").TextContent);
        Assert.Equal("crazy-8s", changed?[0]?["methodId"]?.GetValue<string>());
        Assert.Equal("Idéer", changed?[0]?["title"]?.GetValue<string>());
    }
}
