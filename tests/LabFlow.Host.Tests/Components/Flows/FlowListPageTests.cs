using Bunit;
using LabFlow.Host.Components.Flows;
using Microsoft.AspNetCore.Components.Forms;

namespace LabFlow.Host.Tests.Components.Flows;

public sealed class FlowListPageTests : FlowPageTestContext
{
    [Fact]
    public void Render_ListsEveryShippedFlowWithItsVersionAndADesignLink_WhenADesignerOpensThePage()
    {
        SignInAsDesigner();

        var page = Render<FlowListPage>();

        Assert.Equal("Flöden", page.Find("h1").TextContent);
        Assert.Equal(
            ShippedFlows.FileNames.Select(f => ShippedFlows.Load(f).Id).Order(StringComparer.Ordinal),
            page.FindAll("tbody tr td:first-child code").Select(c => c.TextContent));
        var row = page.Find("#flow-social-innovation-lab");
        Assert.Equal(["social-innovation-lab", "Socialt innovationslabbSocial innovation lab", "1", "Nej", "0"],
            row.QuerySelectorAll("td").Take(5).Select(td => td.TextContent.Trim()));
        Assert.Equal("/flows/social-innovation-lab/design", page.Find("#design-social-innovation-lab").GetAttribute("href"));
        Assert.Equal("Designa Socialt innovationslabb", page.Find("#design-social-innovation-lab").GetAttribute("aria-label"));
        Assert.NotNull(page.Find("#create-flow"));
    }

    [Fact]
    public void Render_RefusesThePage_WhenACoordinatorOpensIt()
    {
        SignInAsCoordinator();

        var page = Render<FlowListPage>();

        Assert.Equal("Ingen behörighet", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public void Render_ShowsFlowsWithoutDesignActions_WhenAFacilitatorOpensThePage()
    {
        SignInAsFacilitator();

        var page = Render<FlowListPage>();

        Assert.NotEmpty(page.FindAll("#flow-social-innovation-lab"));
        Assert.Empty(page.FindAll("#design-social-innovation-lab"));
        Assert.Empty(page.FindAll("#create-flow"));
    }

    [Fact]
    public void ShowVersions_OffersTheVersionAsAJsonDownload_WhenTheVersionsAreShown()
    {
        SignInAsDesigner();
        var page = Render<FlowListPage>();

        page.Find("#versions-example-approval").Click();

        var link = page.Find("#export-example-approval-1");
        Assert.Equal("example-approval.v1.json", link.GetAttribute("download"));
        Assert.StartsWith("data:application/json;charset=utf-8,%7B", link.GetAttribute("href"));
        Assert.Equal("Exportera version 1 som JSON", link.TextContent);
    }

    [Fact]
    public async Task Import_ListsEveryErrorWithItsJsonPath_WhenTheFileIsNotAValidFlow()
    {
        SignInAsDesigner();
        var page = Render<FlowListPage>();
        const string Broken = """
            { "id": "broken-flow", "version": 1, "name": "Trasigt",
              "activities": [ { "id": "start", "type": "Start" }, { "id": "ask", "type": "UserTsk" } ],
              "connections": [ { "from": "start", "to": "asc" } ] }
            """;

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Broken, "broken.json"));

        var paths = page.FindAll("#flows-issues .lf-issue-path").Select(p => p.TextContent).ToList();
        Assert.Contains("$.activities[1].type", paths);
        Assert.Contains("$.connections[0].to", paths);
        Assert.Contains(page.FindAll("#flows-issues li"), li => li.TextContent.Contains("okänd aktivitetstyp 'UserTsk' (menade du 'UserTask'?)", StringComparison.Ordinal));
        Assert.StartsWith("Filen kan inte importeras:", page.Find("#flows-issues-title").TextContent);
        Assert.Empty(await Store.ListVersionsAsync("broken-flow", Token));
    }

    [Fact]
    public void Import_ShowsTheSyntaxErrorAtTheRoot_WhenTheFileIsNotJson()
    {
        SignInAsDesigner();
        var page = Render<FlowListPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("{ \"id\": ", "bad.json"));

        Assert.Equal("$", page.Find("#flows-issues .lf-issue-path").TextContent);
        Assert.StartsWith("filen är inte giltig JSON (rad 1, kolumn", page.Find("#flows-issues .lf-issue-message").TextContent);
    }

    [Fact]
    public async Task Import_PublishesTheNextVersion_WhenTheFileIsAValidFlow()
    {
        SignInAsDesigner();
        var page = Render<FlowListPage>();
        var json = File.ReadAllText(Path.Combine(ShippedFlows.Folder, "learning-seminar.json"));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "learning-seminar.json"));

        Assert.Equal("learning-seminar är publicerat som version 2.", page.Find("#flows-notice").TextContent);
        Assert.Equal(2, (await Store.FindLatestAsync("learning-seminar", Token))!.Definition.Version);
        Assert.Equal("2", page.Find("#flow-learning-seminar td:nth-child(3)").TextContent);
    }
}
