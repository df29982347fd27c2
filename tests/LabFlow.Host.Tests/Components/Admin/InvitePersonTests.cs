using Bunit;
using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Pages.Admin;
using LabFlow.Host.Tests.ApiResources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Admin;

public sealed class InvitePersonTests : AdminPageTestContext
{
    [Fact]
    public async Task Invite_CreatesThePersonWithTheMembershipAndQueuesTheInvitationEmail_WhenEveryFieldIsValid()
    {
        var page = RenderAs<InvitePerson>(Admin);

        page.Find("#person-name").Change("Nora Ny");
        page.Find("#person-email").Change("nora.ny@test.example");
        page.Find("#person-culture-en").Change("en");
        page.Find("#membership-0-administration").Change(ApiResourcesFactory.Other);
        page.Find("#membership-0-role").Change(nameof(Role.Coordinator));
        await page.Find("#invite-form").SubmitAsync();

        var (person, memberships, emails) = await InHostAsync(async services =>
        {
            var person = await services.GetRequiredService<IDirectory>().FindPersonByEmailAsync("nora.ny@test.example", CancellationToken.None);
            var memberships = person is null ? [] : await services.GetRequiredService<IDirectory>().ListMembershipsAsync(person.Id, CancellationToken.None);
            var emails = await services.GetRequiredService<IEmailStore>().ListAsync(new EmailMessageQuery(), CancellationToken.None);
            return (person, memberships, emails);
        });
        Assert.NotNull(person);
        Assert.Equal(new Person(person.Id, "Nora Ny", "nora.ny@test.example", "en"), person);
        Assert.Equal([new Membership(person.Id, ApiResourcesFactory.Other, Role.Coordinator)], memberships);
        var invitation = Assert.Single(emails, e => e.RecipientAddress == "nora.ny@test.example");
        Assert.Equal(EmailTemplates.AccountInvitation, invitation.Template);
        Assert.Equal("You are invited to LabFlow", invitation.Subject);
        Assert.Contains($"https://labflow.test.example/account/accept-invitation?user={person.Id}&token=", invitation.TextBody, StringComparison.Ordinal);
        Assert.Equal($"http://localhost/admin/people/{person.Id}?invited=true", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Invite_ShowsEveryFieldsErrorAndKeepsTheTypedValues_WhenTheEmailIsInvalidAndTheNameMissing()
    {
        var page = RenderAs<InvitePerson>(Admin);

        page.Find("#person-email").Change("inte en adress");
        page.Find("#membership-0-administration").Change(ApiResourcesFactory.Own);
        await page.Find("#invite-form").SubmitAsync();

        Assert.Equal(
            ["Skriv personens namn.", "Skriv e-postadressen som namn@exempel.se.", "Välj roll 1."],
            page.FindAll("#error-summary li a").Select(a => a.TextContent));
        Assert.Equal(
            ["admin/people/invite#person-name", "admin/people/invite#person-email", "admin/people/invite#membership-0-role"],
            page.FindAll("#error-summary li a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Rätta följande och försök igen", page.Find("#error-summary-title").TextContent);
        Assert.Equal("Fel: Skriv personens namn.", Normalize(page.Find("#person-name-error").TextContent));
        Assert.Equal("Fel: Skriv e-postadressen som namn@exempel.se.", Normalize(page.Find("#person-email-error").TextContent));
        Assert.Equal("Fel: Välj roll 1.", Normalize(page.Find("#membership-0-role-error").TextContent));
        Assert.Equal("true", page.Find("#person-email").GetAttribute("aria-invalid"));
        Assert.Equal("person-email-error", page.Find("#person-email").GetAttribute("aria-describedby"));
        Assert.Equal("true", page.Find("#membership-0-role").GetAttribute("aria-invalid"));
        Assert.Null(page.Find("#membership-0-administration").GetAttribute("aria-invalid"));
        Assert.Equal("inte en adress", page.Find("#person-email").GetAttribute("value"));
        Assert.Equal(ApiResourcesFactory.Own, page.Find("#membership-0-administration").GetAttribute("value"));
        Assert.Null(await InHostAsync(services => services.GetRequiredService<IDirectory>().FindPersonByEmailAsync("inte en adress", CancellationToken.None)));
    }

    [Fact]
    public async Task Invite_SaysTheAccountExists_WhenThePersonAlreadyHasOne()
    {
        var page = RenderAs<InvitePerson>(Admin);

        page.Find("#person-name").Change("Cora Igen");
        page.Find("#person-email").Change(Coordinator.Email);
        await page.Find("#invite-form").SubmitAsync();

        Assert.Equal(
            [$"{Coordinator.Email} har redan ett konto i LabFlow. Personen kan logga in eller använda ”Glömt lösenord”."],
            page.FindAll("#error-summary li a").Select(a => a.TextContent));
        Assert.Equal("Cora Igen", page.Find("#person-name").GetAttribute("value"));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
