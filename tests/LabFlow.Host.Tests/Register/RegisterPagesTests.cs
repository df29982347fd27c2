using System.Net;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Register;
using LabFlow.Host.Tests.Ui;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Register;

/// <summary>
/// The register's pages server-rendered for each kind of reader, over <see cref="RegisterApiFixture"/>'s seeded
/// register: <c>/labs/{id}/register</c>, the Settings page's register section and <c>/project</c>.
/// </summary>
public sealed class RegisterPagesTests(RegisterApiFixture fixture) : IClassFixture<RegisterApiFixture>
{
    private static readonly string[] Pilots =
    [
        PilotAdministrations.Grundskoleforvaltningen.Name,
        PilotAdministrations.Forskoleforvaltningen.Name,
        "Arbetsmarknads- och vuxenutbildningsförvaltningen",
        PilotAdministrations.Stadsbyggnadskontoret.Name,
    ];

    [Fact]
    public async Task LabRegisterPage_ShowsAttendanceGuestsAndTheGuestForm_WhenTheLabsFacilitatorOpensIt()
    {
        // Arrange
        using var facilitator = await fixture.Factory.SignInAsync(fixture.Facilitator.Email);

        // Act
        using var response = await facilitator.GetAsync($"/labs/{fixture.SchoolLab}/register");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Deltagare och närvaro – LabFlow</title>", html, StringComparison.Ordinal);
        Assert.Contains("Uppstart", html, StringComparison.Ordinal);
        Assert.Contains("Gun Gäst (gäst)", html, StringComparison.Ordinal);
        Assert.Contains("Registrera en gäst utan konto", html, StringComparison.Ordinal);
        Assert.Contains("id=\"save-kickoff\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabRegisterPage_ShowsTheRegisterWithoutForms_WhenAParticipantOfTheAdministrationOpensIt()
    {
        // Arrange
        using var participant = await fixture.Factory.SignInAsync(fixture.Participant.Email);

        // Act
        using var response = await participant.GetAsync($"/labs/{fixture.SchoolLab}/register");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gun Gäst (gäst)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Registrera en gäst utan konto", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"save-kickoff\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabRegisterPage_SaysTheLabIsNotThere_WhenSomeoneOfAnotherAdministrationOpensIt()
    {
        // Arrange
        var outsider = await fixture.Factory.CreatePersonAsync("Olle Utomstående");
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDirectoryCommands>()
                .AddMembershipAsync(new Membership(outsider.Id, PilotAdministrations.Stadsbyggnadskontoret.Id, Role.Facilitator), CancellationToken.None);
        }

        using var client = await fixture.Factory.SignInAsync(outsider.Email);

        // Act
        using var response = await client.GetAsync($"/labs/{fixture.SchoolLab}/register");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Contains($"Labbet {fixture.SchoolLab} finns inte eller är inte synligt för dig.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gun Gäst", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsPage_AsksTheRegisterQuestionsWithThePrivacyNotice_WhenAPersonOpensIt()
    {
        // Arrange
        using var participant = await fixture.Factory.SignInAsync(fixture.Participant.Email);

        // Act
        using var response = await participant.GetAsync("/settings");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"register-profile\"", html, StringComparison.Ordinal);
        Assert.Contains(RegisterTexts.PrivacyNotice("sv"), html, StringComparison.Ordinal);
        Assert.All(Enum.GetValues<Sex>(), sex => Assert.Contains($"id=\"register-sex-{sex}\"", html, StringComparison.Ordinal));
        Assert.Contains(RegisterTexts.SexName(Sex.Woman, "sv"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectPage_ShowsEveryAdministration_WhenAProjectLeadOpensIt()
    {
        // Arrange
        using var lead = await fixture.Factory.SignInAsync(fixture.Lead.Email);

        // Act
        using var response = await lead.GetAsync("/project");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Pilots, name => Assert.Contains($"<th scope=\"row\">{name}</th>", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProjectPage_ShowsOnlyTheirAdministration_WhenACoordinatorOpensIt()
    {
        // Arrange
        using var coordinator = await fixture.Factory.SignInAsync(fixture.Coordinator.Email);

        // Act
        using var response = await coordinator.GetAsync("/project");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<th scope=\"row\">{Pilots[0]}</th>", html, StringComparison.Ordinal);
        Assert.All(Pilots.Skip(1), name => Assert.DoesNotContain($"<th scope=\"row\">{name}</th>", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProjectPage_DeniesAccess_WhenAParticipantOpensIt()
    {
        // Arrange
        using var participant = await fixture.Factory.SignInAsync(fixture.Participant.Email);

        // Act
        using var response = await participant.GetAsync("/project");
        var html = await UiPages.ReadHtmlAsync(response);

        // Assert
        Assert.Contains("<h1 tabindex=\"-1\">Ingen behörighet</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jämlik rekrytering", html, StringComparison.Ordinal);
    }
}
