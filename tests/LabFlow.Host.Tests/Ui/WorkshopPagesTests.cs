using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Time;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Ui;

/// <summary>
/// A lab's workshop page and the facilitator's clock, prerendered for a signed-in person: everyone in the lab reads the
/// plan and the agenda, only the lab's facilitators get the form that changes it and the clock, and a member of
/// another administration learns nothing about the workshop.
/// </summary>
public sealed class WorkshopPagesTests(WorkshopPagesTests.WorkshopFixture fixture) : IClassFixture<WorkshopPagesTests.WorkshopFixture>
{
    [Fact]
    public async Task WorkshopsPage_ShowsPlanAgendaFormAndClockLink_WhenTheLabsFacilitatorOpensIt()
    {
        // Arrange
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);

        // Act
        using var page = await facilitator.GetAsync($"/labs/{fixture.LabId}/workshops");
        var html = await UiPages.ReadHtmlAsync(page);

        // Assert
        Assert.Contains("<h1>Workshoppar</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"workshop-kickoff\">Uppstart</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Rum 4", html, StringComparison.Ordinal);
        Assert.Contains("13:00–14:30", html, StringComparison.Ordinal);
        Assert.Contains("Välkommen", html, StringComparison.Ordinal);
        Assert.Contains("<form id=\"schedule-kickoff\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/labs/{fixture.LabId}/workshops/kickoff/clock\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkshopsPage_ShowsThePlanWithoutTheFormOrClock_WhenAParticipantOpensIt()
    {
        // Arrange
        using var participant = await fixture.Factory.SignInAsync(fixture.Participant.Email);

        // Act
        var html = await UiPages.ReadHtmlAsync(await participant.GetAsync($"/labs/{fixture.LabId}/workshops"));

        // Assert
        Assert.Contains("<h2 id=\"workshop-kickoff\">Uppstart</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Rum 4", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form id=\"schedule-kickoff\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/clock\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkshopsPage_RevealsNothingOfTheWorkshop_WhenAMemberOfAnotherAdministrationOpensIt()
    {
        // Arrange
        using var outsider = await fixture.Factory.SignInAsync(fixture.Outsider.Email);

        // Act
        var html = await UiPages.ReadHtmlAsync(await outsider.GetAsync($"/labs/{fixture.LabId}/workshops"));

        // Assert
        Assert.DoesNotContain("Uppstart", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Rum 4", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Välkommen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockPage_ShowsTheFirstAgendaItem_WhenTheFacilitatorOpensIt_AndRefusesAParticipant()
    {
        // Arrange
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);
        using var participant = await fixture.Factory.SignInAsync(fixture.Participant.Email);

        // Act
        var asFacilitator = await UiPages.ReadHtmlAsync(await facilitator.GetAsync($"/labs/{fixture.LabId}/workshops/kickoff/clock"));
        var asParticipant = await UiPages.ReadHtmlAsync(await participant.GetAsync($"/labs/{fixture.LabId}/workshops/kickoff/clock"));

        // Assert
        Assert.Contains("<h1>Klocka: Uppstart</h1>", asFacilitator, StringComparison.Ordinal);
        Assert.Contains("Välkommen", asFacilitator, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"clock-notice\"", asFacilitator, StringComparison.Ordinal);
        Assert.Contains("Klockan är till för labbets processledare.", asParticipant, StringComparison.Ordinal);
    }

    public sealed class WorkshopFixture : IAsyncLifetime
    {
        private const string Flow = """
            {
              "id": "workshop-pages", "version": 1, "name": "Workshoppar",
              "activities": [
                { "id": "start", "type": "Start" },
                { "id": "kickoff", "type": "Workshop",
                  "inputs": { "title": "Uppstart", "date": { "daysAfterStart": 9 }, "startTime": "13:00", "durationMinutes": 90, "location": "Rum 4",
                              "agenda": [ { "title": "Välkommen", "minutes": 15 }, { "title": "Idéer", "minutes": 60 } ] } }
              ],
              "connections": [ { "from": "start", "to": "kickoff" } ]
            }
            """;

        public ApiResourcesFactory Factory { get; } = new();

        public Person Facilitator { get; private set; } = null!;

        public Person Participant { get; private set; } = null!;

        public Person Outsider { get; private set; } = null!;

        public Guid LabId { get; private set; }

        public async Task InitializeAsync()
        {
            await Factory.PublishAsync(Flow);
            Facilitator = await Factory.CreateMemberAsync("Fia Facilitator", ApiResourcesFactory.Own, Role.Facilitator);
            Participant = await Factory.CreateMemberAsync("Petra Participant", ApiResourcesFactory.Own, Role.Participant);
            Outsider = await Factory.CreateMemberAsync("Olle Outsider", ApiResourcesFactory.Other, Role.Facilitator);
            var today = new LabCalendar().DateOf(TimeProvider.System.GetUtcNow());
            LabId = await Factory.InScopeAsync(async services => (await services.GetRequiredService<LabService>().LaunchAsync(
                new LaunchLabRequest(
                    "workshop-pages",
                    "Workshoplabbet",
                    ApiResourcesFactory.Own,
                    "Hur leder vi en workshop?",
                    today,
                    [new LabMember(Facilitator.Id, Role.Facilitator), new LabMember(Participant.Id, Role.Participant)]),
                Facilitator.Id,
                CancellationToken.None)).Id);
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
