using Bunit;
using LabFlow.Activities.Email;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Host.Components.Pages.Admin;
using LabFlow.Host.Tests.Email;
using Microsoft.Extensions.DependencyInjection;

namespace LabFlow.Host.Tests.Components.Admin;

public sealed class PersonPageTests : AdminPageTestContext
{
    [Fact]
    public async Task Deactivate_RequiresASuccessorThenMovesTheOpenTasks_WhenThePersonHasOpenTasks()
    {
        var page = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, Coordinator.Id));
        Assert.Equal("Cora Koordinator har 1 öppen uppgift. Den flyttas till den du väljer.", page.Find("#open-tasks").TextContent);

        await page.Find("#deactivate-form").SubmitAsync();
        Assert.Equal(["Cora Koordinator har 1 öppen uppgift. Välj vem som tar över den."], page.FindAll("#deactivate-errors li a").Select(a => a.TextContent));
        Assert.Equal("true", page.Find("#deactivate-successor").GetAttribute("aria-invalid"));
        Assert.Empty(page.FindAll("#deactivate-confirm"));

        await page.ChooseAsync("deactivate-successor", "Fia Facilitator");
        await page.Find("#deactivate-form").SubmitAsync();
        Assert.Equal("Vill du avaktivera Cora Koordinator? 1 öppen uppgift flyttas till Fia Facilitator.", page.Find("#deactivate-question").TextContent);
        Assert.True((await InHostAsync(s => s.GetRequiredService<IDirectory>().FindPersonAsync(Coordinator.Id, CancellationToken.None)))!.Active);

        await page.Find("#deactivate-yes").ClickAsync(new());

        Assert.Equal("Cora Koordinator är avaktiverad. 1 öppen uppgift flyttades till Fia Facilitator.", page.Find("#person-notice .notice").TextContent);
        Assert.Equal("Status: Avaktiverad", page.Find("#person-status").TextContent);
        var (coordinator, coordinatorTasks, facilitatorTasks) = await InHostAsync(async services =>
        {
            var tasks = services.GetRequiredService<ITaskStore>();
            return (
                await services.GetRequiredService<IDirectory>().FindPersonAsync(Coordinator.Id, CancellationToken.None),
                await tasks.ListForPersonAsync(Coordinator.Id, includeClosed: false, CancellationToken.None),
                await tasks.ListForPersonAsync(Facilitator.Id, includeClosed: false, CancellationToken.None));
        });
        Assert.False(coordinator!.Active);
        Assert.Empty(coordinatorTasks);
        Assert.Contains(facilitatorTasks, t => t.Title.Get(System.Globalization.CultureInfo.GetCultureInfo("sv")) == "Rapportera intervjuer" && t.AssigneeId == Facilitator.Id);
    }

    [Fact]
    public async Task Reactivate_MakesThePersonActive_WhenTheyWereDeactivated()
    {
        var leaver = await Factory.CreatePersonAsync("Lea Lämnat", active: false);
        var page = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, leaver.Id));

        await page.Find("#reactivate").ClickAsync(new());

        Assert.Equal("Lea Lämnat är aktiv igen.", page.Find("#person-notice .notice").TextContent);
        Assert.True((await InHostAsync(s => s.GetRequiredService<IDirectory>().FindPersonAsync(leaver.Id, CancellationToken.None)))!.Active);
    }

    [Fact]
    public async Task Memberships_AreAddedAndRemoved_WhenTheAdministratorChangesThem()
    {
        var page = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, Facilitator.Id));

        page.Find("#new-membership-administration").Change("forskoleforvaltningen");
        page.Find("#new-membership-role").Change(nameof(Role.Sponsor));
        await page.Find("#membership-form").SubmitAsync();
        var added = await InHostAsync(s => s.GetRequiredService<IDirectory>().ListMembershipsAsync(Facilitator.Id, CancellationToken.None));
        await page.Find("button[aria-label^='Ta bort rollen Processledare']").ClickAsync(new());
        var afterRemoving = await InHostAsync(s => s.GetRequiredService<IDirectory>().ListMembershipsAsync(Facilitator.Id, CancellationToken.None));

        Assert.Contains(new Membership(Facilitator.Id, "forskoleforvaltningen", Role.Sponsor), added);
        Assert.Contains(new Membership(Facilitator.Id, "grundskoleforvaltningen", Role.Facilitator), added);
        Assert.Equal([new Membership(Facilitator.Id, "forskoleforvaltningen", Role.Sponsor)], afterRemoving);
        Assert.StartsWith("Rollen Processledare, ", page.Find("#person-notice .notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDetails_StoresNameEmailAndLanguage_AndRefusesAnEmailSomeoneElseHas()
    {
        var page = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, Facilitator.Id));

        page.Find("#person-email").Change(Coordinator.Email);
        await page.Find("#details-form").SubmitAsync();
        var refused = page.FindAll("#details-errors li a").Select(a => a.TextContent).ToList();
        page.Find("#person-name").Change("Fia Facilitator-Ny");
        page.Find("#person-email").Change("fia.ny@test.example");
        page.Find("#person-culture-en").Change("en");
        await page.Find("#details-form").SubmitAsync();

        Assert.Equal([$"Någon i LabFlow har redan e-postadressen {Coordinator.Email}."], refused);
        Assert.Equal("Uppgifterna är sparade.", page.Find("#person-notice .notice").TextContent);
        Assert.Equal(
            new Person(Facilitator.Id, "Fia Facilitator-Ny", "fia.ny@test.example", "en"),
            await InHostAsync(s => s.GetRequiredService<IDirectory>().FindPersonAsync(Facilitator.Id, CancellationToken.None)));
    }

    [Fact]
    public async Task AnAddressNoEmailCanGoTo_IsShown_AndCorrectingItSendsTheWaitingEmailsThere()
    {
        // Arrange: an address stored before the rule refused it, and a reminder to it that failed.
        var person = await Factory.CreatePersonAsync("Kim Punkt");
        var broken = person with { Email = $"kim.{Guid.NewGuid():N}.@test.example" };
        var corrected = $"kim.{Guid.NewGuid():N}@test.example";
        var emailId = Guid.NewGuid();
        await InHostAsync(async services =>
        {
            await services.GetRequiredService<IDirectoryCommands>().SavePersonAsync(broken, CancellationToken.None);
            var emails = services.GetRequiredService<IEmailStore>();
            var now = DateTimeOffset.UtcNow;
            await emails.AddAsync([PersonEmails.Reminder(emailId, broken, now)], CancellationToken.None);
            await emails.ClaimDueAsync(now, now.AddMinutes(5), 100, CancellationToken.None);
            await emails.MarkFailedAsync(emailId, now.AddHours(1), "Sending failed: ParseException.", CancellationToken.None);
            return true;
        });
        var page = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, person.Id));
        var warning = page.Find("#email-undeliverable").TextContent;
        var sendAgainOffered = page.FindAll("#email-retry").Count > 0;

        // Act
        page.Find("#person-email").Change(corrected);
        await page.Find("#details-form").SubmitAsync();

        // Assert: an address no email can go to needs correcting; sending again to it would not help.
        Assert.StartsWith($"Ingen e-post kan skickas till {broken.Email}: adressen är inte giltig.", warning, StringComparison.Ordinal);
        Assert.False(sendAgainOffered);
        Assert.Equal("Uppgifterna är sparade.", page.Find("#person-notice .notice").TextContent);
        Assert.Empty(page.FindAll("#email-undeliverable"));
        var email = await InHostAsync(s => s.GetRequiredService<IEmailStore>().FindAsync(emailId, CancellationToken.None));
        Assert.Equal(corrected, email!.RecipientAddress);
        // Due at once, or already taken by the Host's delivery loop, which runs meanwhile (then its next attempt
        // time is the claim's end, or it is sent).
        Assert.True(
            email.Status is EmailStatus.Sending or EmailStatus.Sent || email.NextAttemptAt <= DateTimeOffset.UtcNow.AddMinutes(1),
            $"The reminder is {email.Status} and waits until {email.NextAttemptAt:O}.");
    }

    [Fact]
    public async Task AnAddressTheMailServerRefused_IsShownOnTheListAndThePage_AndCorrectingItSendsTheRefusedEmailThere()
    {
        // Arrange: the server refused a reminder to the person's address (stored as refused, so the Host's delivery
        // loop, which runs meanwhile, leaves it alone).
        var token = Guid.NewGuid().ToString("N")[..8];
        var person = await Factory.CreatePersonAsync($"Kim Nekad {token}");
        var corrected = $"kim.{Guid.NewGuid():N}@test.example";
        var emailId = Guid.NewGuid();
        var refusedAt = new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero);
        await InHostAsync(services => services.GetRequiredService<IEmailStore>().AddAsync(
            [PersonEmails.Refused(emailId, person, refusedAt) with { Subject = "Hemlig rubrik" }],
            CancellationToken.None));
        var list = RenderAs<PeopleList>(Admin);
        await list.Find("#people-search").ChangeAsync(new() { Value = token });
        await list.Find("form.people-filter").SubmitAsync();
        var listed = list.Find("table.people tbody tr td:nth-child(2)").TextContent;
        var page = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, person.Id));
        var warning = page.Find("#email-undeliverable").TextContent;

        // Act
        page.Find("#person-email").Change(corrected);
        await page.Find("#details-form").SubmitAsync();

        // Assert: when, and that the server refused the address; never what the email said.
        Assert.Contains("Kan inte ta emot e-post", listed, StringComparison.Ordinal);
        Assert.Contains("E-postservern nekade adressen 3 december 2026 10:15", listed, StringComparison.Ordinal);
        Assert.Equal(
            $"E-postservern tog inte emot e-post till {person.Email} den 3 december 2026 10:15: brevlådan finns inte eller tar inte emot e-post. "
            + "Påminnelser och uppgifter till personen skickas inte. Rätta adressen nedan, så skickas de till den nya adressen. "
            + "Är adressen rätt, till exempel för att brevlådan har skapats sedan dess, välj Skicka igen.",
            warning);
        Assert.DoesNotContain("Hemlig rubrik", listed + warning, StringComparison.Ordinal);
        Assert.Equal("Uppgifterna är sparade.", page.Find("#person-notice .notice").TextContent);
        Assert.Empty(page.FindAll("#email-undeliverable"));
        var email = await InHostAsync(s => s.GetRequiredService<IEmailStore>().FindAsync(emailId, CancellationToken.None));
        Assert.Equal(corrected, email!.RecipientAddress);
        Assert.NotEqual(EmailStatus.Undeliverable, email.Status);
        Assert.Null(email.UndeliverableReason);
    }

    [Fact]
    public async Task SendAgain_SendsTheRefusedEmailToTheSameAddressOnce_AndTheFlagGoes_WhenTwoAdministratorsPress()
    {
        // Arrange: the server refused a reminder to the person's address; the mailbox has been created since. Two
        // administrators have the person's page open.
        var person = await Factory.CreatePersonAsync("Kim Skapad");
        var emailId = Guid.NewGuid();
        await InHostAsync(services => services.GetRequiredService<IEmailStore>().AddAsync(
            [PersonEmails.Refused(emailId, person, new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero))],
            CancellationToken.None));
        var unflagged = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, Facilitator.Id));
        var page = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, person.Id));
        var otherPage = RenderAs<PersonPage>(Admin, p => p.Add(x => x.PersonId, person.Id));
        var button = page.Find("#email-retry");
        var (label, describedBy) = (button.TextContent, button.GetAttribute("aria-describedby"));

        // Act
        await button.ClickAsync(new());
        await otherPage.Find("#email-retry").ClickAsync(new());

        // Assert: the button only by a refusal; the first press sends the email again, the second says it already was.
        Assert.Empty(unflagged.FindAll("#email-retry"));
        Assert.Equal(("Skicka igen", "email-undeliverable"), (label, describedBy));
        Assert.Equal("status", page.Find("#email-retry-status").GetAttribute("role"));
        Assert.Equal(
            $"E-posten som servern nekade skickas nu igen till {person.Email}. Nekar servern igen visas det här.",
            page.Find("#email-retry-status .notice").TextContent);
        Assert.Equal(
            "E-postservern har inte nekat någon e-post till Kim Skapad som väntar: den har redan skickats igen (kanske av en annan administratör) eller gått fram.",
            otherPage.Find("#email-retry-status .notice").TextContent);
        Assert.Empty(page.FindAll("#email-undeliverable"));
        Assert.Empty(page.FindAll("#email-retry"));
        Assert.Empty(otherPage.FindAll("#email-undeliverable"));
        var email = await InHostAsync(s => s.GetRequiredService<IEmailStore>().FindAsync(emailId, CancellationToken.None));
        Assert.Equal(person.Email, email!.RecipientAddress);
        Assert.NotEqual(EmailStatus.Undeliverable, email.Status);
    }
}
