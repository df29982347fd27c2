using Bunit;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Pages.Labs;
using LabFlow.Host.Components.Pages.Labs.Panels;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Labs;

/// <summary>
/// The lab page's management forms are components of their own: each keeps its own input, calls the lab's services
/// itself and reports the outcome to the page, and the services' refusals come from the message catalogue.
/// </summary>
public sealed class LabOverviewPanelTests : LabPageTestContext
{
    [Fact]
    public async Task CancelLabPanel_ReportsTheServicesRefusalAndLeavesTheLabRunning_WhenTheViewerMayNotManage()
    {
        var lab = await LaunchAsync();
        SignIn(Coordinator, Role.Coordinator);
        LabNotice? reported = null;
        var panel = Render<CancelLabPanel>(parameters => parameters
            .Add(p => p.LabId, lab.Id)
            .Add(p => p.Me, Coordinator.Id)
            .Add(p => p.CanManage, false)
            .Add(p => p.OnDone, (LabNotice notice) => reported = notice));
        panel.Find("#cancel-reason").Change("Behövs inte längre");

        panel.Find("#panel").Submit();

        Assert.NotNull(reported);
        Assert.False(reported.Success);
        // LabService decides who may cancel; the panel asks it and shows its words.
        Assert.Equal(
            $"Bara labbets facilitatorer, förvaltningens facilitatorer och administratörer kan göra detta med labb {lab.Id}.",
            reported.Text);
        Assert.Equal("Pågår", RenderOverview(Facilitator, Role.Facilitator, lab.Id).Find("#lab-status").TextContent);
    }

    [Fact]
    public async Task CancelLabPanel_ShowsTheServicesErrorAtTheReason_WhenTheReasonIsMissingOrTooLong()
    {
        var lab = await LaunchAsync();
        LabNotice? reported = null;
        SignIn(Facilitator, Role.Facilitator);
        var panel = Render<CancelLabPanel>(parameters => parameters
            .Add(p => p.LabId, lab.Id)
            .Add(p => p.Me, Facilitator.Id)
            .Add(p => p.CanManage, true)
            .Add(p => p.OnDone, (LabNotice notice) => reported = notice));

        panel.Find("#panel").Submit();
        var missing = Normalise(panel.Find("#cancel-reason-error").TextContent);
        panel.Find("#cancel-reason").Change(new string('x', LabLimits.ReasonLength + 1));
        panel.Find("#panel").Submit();
        var tooLong = Normalise(panel.Find("#cancel-reason-error").TextContent);

        Assert.Equal("Fel: Fältet måste fyllas i.", missing);
        Assert.Equal($"Fel: Texten får vara högst {LabLimits.ReasonLength} tecken lång (den är {LabLimits.ReasonLength + 1}).", tooLong);
        Assert.Equal("true", panel.Find("#cancel-reason").GetAttribute("aria-invalid"));
        Assert.Equal("cancel-hint cancel-reason-error", panel.Find("#cancel-reason").GetAttribute("aria-describedby"));
        Assert.Null(reported);
        Assert.Equal("Pågår", RenderOverview(Facilitator, Role.Facilitator, lab.Id).Find("#lab-status").TextContent);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Open_ShowsAnEmptyForm_WhenThePanelIsClosedAndOpenedAgain()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#cancel-lab").Click();
        page.Find("#cancel-reason").Change("Halvskrivet skäl");
        page.Find("#close-panel").Click();

        page.Find("#cancel-lab").Click();

        Assert.Equal("", page.Find("#cancel-reason").GetAttribute("value") ?? "");
        Assert.Equal("Avbryt labbet", page.Find("#panel-heading").TextContent);
    }

    [Fact]
    public async Task Pause_SaysInEnglishThatTheLabIsAlreadyPaused_WhenTheViewerReadsEnglish()
    {
        UseCulture("en");
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#pause-lab").Click();
        await Services.GetRequiredService<LabService>().PauseAsync(lab.Id, Facilitator.Id, Token);

        page.Find("#confirm").Click();

        Assert.Equal("Lab 'Jämlik rekrytering' is already paused; someone paused it before you. Nothing was changed.", page.Find("#lab-notice").TextContent);
        Assert.Equal("alert", page.Find("#lab-notice").GetAttribute("role"));
    }

    [Fact]
    public async Task Open_MovesTheFocusToThePanelsHeading_WhenTheFacilitatorOpensAPanel()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);

        page.Find("#move-start-date").Click();

        var focused = (ElementReference)JSInterop.VerifyFocusAsyncInvoke().Arguments[0]!;
        Assert.Equal(page.Find("#panel-heading").GetAttribute("blazor:elementReference"), focused.Id);
    }

    [Fact]
    public async Task Submit_MovesTheFocusToTheNoticeAndKeepsThePanelOpen_WhenTheDomainRefuses()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#pause-lab").Click();
        await Services.GetRequiredService<LabService>().PauseAsync(lab.Id, Facilitator.Id, Token);

        page.Find("#confirm").Click();

        var focused = (ElementReference)JSInterop.VerifyFocusAsyncInvoke(calledTimes: 2)[1].Arguments[0]!;
        Assert.Equal(page.Find("#lab-notice").GetAttribute("blazor:elementReference"), focused.Id);
        Assert.Single(page.FindAll("#panel"));
    }

    [Fact]
    public async Task Reassign_ShowsTheNewAssignee_WhenTheFacilitatorChoosesSomeoneFromTheList()
    {
        var lab = await LaunchAsync();
        var mandate = (await TasksAsync(lab.Id)).Single(t => t.ActivityId == "secureMandate");
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find($"#reassign-{mandate.Id:N}").Click();

        // The coordinator has it; the picker does not offer them, so it goes to the participant.
        await page.ChooseAsync("reassign-to", "Pia");
        await page.Find("#panel").SubmitAsync();

        Assert.Equal("”Förankra uppdraget” är nu Pia Deltagares uppgift.", page.Find("#lab-notice").TextContent);
        Assert.Equal("Pia Deltagare", page.Find($"#task-{mandate.Id:N}").Children[1].TextContent);
        Assert.Empty(page.FindAll("#panel"));
    }

    [Fact]
    public async Task AddPerson_SaysThePersonIsAlreadyInTheLab_WhenTheyAlreadyHaveThatRole()
    {
        var lab = await LaunchAsync();
        var page = RenderOverview(Facilitator, Role.Facilitator, lab.Id);
        page.Find("#add-person").Click();

        await page.ChooseAsync("person", "kim@");
        page.Find("#person-role").Change(nameof(Role.Coordinator));
        page.Find("#panel").Submit();

        Assert.Equal("Kim Samordnare finns redan i 'Jämlik rekrytering' som samordnare; inget ändrades. Välj en annan roll eller en annan person.", page.Find("#lab-notice").TextContent);
        Assert.Single(page.FindAll("#panel"));
    }
}
