using Bunit;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

public sealed class LabOverviewManagementTests : LabPageTestContext
{
    [Fact]
    public async Task PauseAndResume_ChangeTheStatusText_WhenTheFacilitatorConfirmsEach()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);

        page.Find("#pause-lab").Click();
        Assert.Equal(
            "Vill du pausa labbet? Inga påminnelser eller eskaleringar går ut medan det är pausat.",
            page.Find("#confirm-text").TextContent);
        Assert.Equal("Pågår", page.Find("#lab-status").TextContent);
        page.Find("#confirm").Click();

        Assert.Equal("Pausat", page.Find("#lab-status").TextContent);
        Assert.Equal("Labbet är pausat.", page.Find("#lab-notice").TextContent);
        Assert.Empty(page.FindAll("#pause-lab"));

        page.Find("#resume-lab").Click();
        page.Find("#confirm").Click();

        Assert.Equal("Pågår", page.Find("#lab-status").TextContent);
        Assert.Equal("Labbet är återupptaget.", page.Find("#lab-notice").TextContent);
    }

    [Fact]
    public async Task MoveStartDate_MovesAnOpenTasksDueDateOnThePage_WhenTheFacilitatorChoosesANewDate()
    {
        var lab = await LaunchAsync();
        var mandate = (await TasksAsync(lab.Id)).Single(t => t.ActivityId == "secureMandate");
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        Assert.Equal("måndag 27 juli 2026", DueText(page, mandate));

        page.Find("#move-start-date").Click();
        Assert.Equal(
            "Förfallodatum, påminnelser och timers som räknas från startdatumet flyttas lika många dagar. Datum som någon har satt för hand ligger kvar.",
            page.Find("#start-date-hint").TextContent);
        page.Find("#new-start-date").Change("2026-09-14");
        page.Find("#panel").Submit();

        Assert.Equal("Startdatumet är nu måndag 14 september 2026.", page.Find("#lab-notice").TextContent);
        Assert.Equal("måndag 14 september 2026", page.Find("#lab-start-date").TextContent);
        Assert.Equal("måndag 3 augusti 2026", DueText(page, mandate));
    }

    [Fact]
    public async Task Skip_RecordsTheReasonInTheTimeline_WhenTheFacilitatorGivesOne()
    {
        var lab = await LaunchAsync();
        var mandate = (await TasksAsync(lab.Id)).Single(t => t.ActivityId == "secureMandate");
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);

        page.Find($"#skip-{mandate.Id:N}").Click();
        page.Find("#panel").Submit();
        Assert.Equal("Fel: Skriv varför steget hoppas över; labbets historik sparar anledningen.", Normalise(page.Find("#skip-reason-error").TextContent));
        Assert.Equal("true", page.Find("#skip-reason").GetAttribute("aria-invalid"));

        page.Find("#skip-reason").Change("Mandatet finns redan i nämndens beslut");
        page.Find("#panel").Submit();

        Assert.Equal("”Förankra uppdraget” hoppades över.", page.Find("#lab-notice").TextContent);
        Assert.Empty(page.FindAll($"#task-{mandate.Id:N}"));
        Assert.Equal(
            "18 juni 2026 10:00: Förankra uppdraget hoppades över. Skäl: Mandatet finns redan i nämndens beslut (av Fia Facilitator)",
            Normalise(page.Find("#timeline li").TextContent));
        Assert.Equal(LabTaskStatus.Skipped, (await TasksAsync(lab.Id)).Single(t => t.Id == mandate.Id).Status);
    }

    [Fact]
    public async Task Skip_ShowsTheDomainsRefusalAndUpdatesThePage_WhenSomeoneElseClosedTheTaskFirst()
    {
        var lab = await LaunchAsync();
        var mandate = (await TasksAsync(lab.Id)).Single(t => t.ActivityId == "secureMandate");
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find($"#skip-{mandate.Id:N}").Click();
        page.Find("#skip-reason").Change("Behövs inte");
        await Services.GetRequiredService<TaskService>().SkipAsync(mandate.Id, Facilitator.Id, "Redan gjort", null, Token);

        page.Find("#panel").Submit();

        Assert.Equal("Uppgiften 'Förankra uppdraget' är redan överhoppad; det finns inget att hoppa över.", page.Find("#lab-notice").TextContent);
        Assert.Equal("alert", page.Find("#lab-notice").GetAttribute("role"));
        Assert.Empty(page.FindAll($"#task-{mandate.Id:N}"));
    }

    [Fact]
    public async Task AddTask_ShowsTheNewTaskWithItsAssigneeAndDueDate_WhenTheFacilitatorAddsOne()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);

        page.Find("#add-task").Click();
        page.Find("#panel").Submit();
        // The task service's refusals, at the title and the person.
        Assert.Equal(["Fältet måste fyllas i.", "Fältet måste fyllas i."], page.FindAll(".error-summary a").Select(a => a.TextContent));
        Assert.Equal(["#task-title", "#task-assignee"], page.FindAll(".error-summary a").Select(a => a.GetAttribute("href")![a.GetAttribute("href")!.IndexOf('#', StringComparison.Ordinal)..]));

        page.Find("#task-title").Change("Boka lokal för uppstarten");
        await page.ChooseAsync("task-assignee", "Kim");
        page.Find("#task-due").Change("2026-08-15");
        page.Find("#panel").Submit();

        Assert.Equal("Uppgiften ”Boka lokal för uppstarten” är tillagd.", page.Find("#lab-notice").TextContent);
        var task = (await TasksAsync(lab.Id)).Single(t => t.Kind == TaskKinds.AdHoc);
        Assert.Equal(Coordinator.Id, task.AssigneeId);
        Assert.Equal("Kim Samordnare", page.Find($"#task-{task.Id:N} td:nth-child(2)").TextContent);
        // Saturday 15 August moves to the working day before.
        Assert.Equal("fredag 14 augusti 2026", DueText(page, task));
    }

    [Fact]
    public async Task Render_ShowsNoManagementControls_WhenACoordinatorOfTheLabOpensIt()
    {
        var lab = await LaunchAsync();

        var page = RenderOverview(Coordinator, Role.Coordinator, lab.Id);

        Assert.Equal("Jämlik rekrytering", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("#manage"));
        Assert.Empty(page.FindAll("button"));
        Assert.Empty(page.FindAll("td.task-actions"));
    }

    [Fact]
    public async Task Render_ShowsNothingOfTheLab_WhenACoordinatorOfAnotherAdministrationOpensIt()
    {
        var lab = await LaunchAsync();

        var page = RenderOverview(OtherCoordinator, Role.Coordinator, lab.Id);

        Assert.Equal("Ingen behörighet", page.Find("h1").TextContent);
        Assert.DoesNotContain("Jämlik rekrytering", page.Markup, StringComparison.Ordinal);
    }

    private static string DueText(IRenderedComponent<Host.Components.Pages.Labs.LabOverview> page, LabTask task) =>
        Normalise(page.Find($"#task-{task.Id:N} td.task-due").TextContent);

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
