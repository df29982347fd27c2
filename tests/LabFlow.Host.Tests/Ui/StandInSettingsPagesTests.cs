using LabFlow.Activities.Organisation;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>The stand-in section of Settings over the real Host and database.</summary>
public sealed class StandInSettingsPagesTests(UiFixture fixture) : IClassFixture<UiFixture>
{
    [Fact]
    public async Task Settings_ShowsTheStoredStandInInThePersonPicker_WhenThePersonNamedOne()
    {
        var (person, client) = await fixture.Factory.CreateSignedInAsync("Vera Vikarie", ApiResourcesFactory.Own, Role.Coordinator);
        using var _ = client;
        await fixture.Factory.InScopeAsync(async s =>
        {
            await s.GetRequiredService<IStandIns>().SetAsync(
                new StandIn(person.Id, fixture.Coordinator.Id, new DateOnly(2030, 7, 1), new DateOnly(2030, 7, 26)), CancellationToken.None);
            return true;
        });

        var html = await UiPages.ReadHtmlAsync(await client.GetAsync("/settings"));

        Assert.Contains("<h2 id=\"standin-title\">Ersättare när du är borta</h2>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<p id=\"standin-current\">Cora Koordinator är din ersättare från och med 1 juli 2030 till och med 26 juli 2030.</p>",
            html,
            StringComparison.Ordinal);
        // A person picker, prefilled with the stand-in, instead of a list of every colleague.
        Assert.Contains("role=\"combobox\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Cora Koordinator\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{fixture.Coordinator.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2030-07-01\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2030-07-26\"", html, StringComparison.Ordinal);
    }
}
