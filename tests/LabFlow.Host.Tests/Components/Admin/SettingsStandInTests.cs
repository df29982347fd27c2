using Bunit;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Pages.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Admin;

/// <summary>The stand-in section of Settings: a person picker instead of a list of everyone, and StandInService's refusals at the fields.</summary>
public sealed class SettingsStandInTests : AdminPageTestContext
{
    [Fact]
    public async Task StandIn_SavesTheColleagueChosenBySearch_WhenThePersonTypesAName()
    {
        var page = RenderAs<SettingsPage>(Coordinator);
        Assert.Empty(page.FindAll("#standin-person option"));
        Assert.Equal("combobox", page.Find("#standin-person").GetAttribute("role"));

        page.Find("#standin-person").Input("Fia Facil");
        var offered = page.FindAll("#standin-person-options [role=option]").Select(o => o.TextContent.Trim()).ToList();
        page.Find("#standin-person").KeyDown("Enter");
        page.Find("#standin-from").Change("2030-07-01");
        page.Find("#standin-to").Change("2030-07-26");
        await page.Find("#standin-form").SubmitAsync();

        Assert.StartsWith("Fia Facilitator", Assert.Single(offered), StringComparison.Ordinal);
        Assert.Equal("Fia Facilitator är sparad som din ersättare.", page.Find("#standin-notice .notice").TextContent);
        Assert.Equal("Fia Facilitator är din ersättare från och med 1 juli 2030 till och med 26 juli 2030.", page.Find("#standin-current").TextContent);
        var stored = await InHostAsync(s => s.GetRequiredService<IStandIns>().GetAsync(Coordinator.Id, CancellationToken.None));
        Assert.Equal(new StandIn(Coordinator.Id, Facilitator.Id, new DateOnly(2030, 7, 1), new DateOnly(2030, 7, 26)), stored);
    }

    [Fact]
    public async Task StandIn_ShowsTheServicesErrorsAtTheFields_WhenNobodyIsChosenAndThePeriodIsBackwards()
    {
        var page = RenderAs<SettingsPage>(Coordinator);

        page.Find("#standin-from").Change("2030-07-26");
        page.Find("#standin-to").Change("2030-07-01");
        await page.Find("#standin-form").SubmitAsync();

        Assert.Equal("Fel: Fältet måste fyllas i.", Normalise(page.Find("#standin-person-error").TextContent));
        Assert.Equal(
            "Fel: Sista dagen (2030-07-01) ligger före första dagen (2030-07-26). Ange ett slutdatum samma dag som startdatumet eller senare.",
            Normalise(page.Find("#standin-to-error").TextContent));
        Assert.Equal("true", page.Find("#standin-person").GetAttribute("aria-invalid"));
        Assert.Equal("standin-person-hint standin-person-error", page.Find("#standin-person").GetAttribute("aria-describedby"));
        Assert.Null(await InHostAsync(s => s.GetRequiredService<IStandIns>().GetAsync(Coordinator.Id, CancellationToken.None)));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
