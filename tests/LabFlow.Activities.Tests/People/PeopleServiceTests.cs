using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Organisation;
using LabFlow.Activities.Tasks;
using LabFlow.Activities.Tests.TestSupport;

namespace LabFlow.Activities.Tests.People;

public sealed class PeopleServiceTests : IAsyncDisposable
{
    private static readonly Person Admin = new(Guid.Parse("20000000-0000-0000-0000-000000000001"), "Ada Admin", "ada@example.se");
    private static readonly string School = PilotAdministrations.Grundskoleforvaltningen.Id;

    private readonly LabTestHost _host = new();
    private readonly FakeAccounts _accounts;
    private readonly PeopleService _people;
    private readonly InMemoryEmailStore _emails = new();

    public PeopleServiceTests()
    {
        _accounts = new FakeAccounts(_host.Directory);
        _host.Directory.AddPerson(Admin);
        _host.Directory.AddMembership(new Membership(Admin.Id, School, Role.Admin));
        _people = new PeopleService(_host.Get<IDirectory>(), _host.Get<IDirectoryCommands>(), _accounts, _host.Get<LabAccess>(), _host.Get<ITaskStore>(), _host.Tasks,
            new WaitingEmails(_emails, new EmailDeliverySignal(), TimeProvider.System));
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task EveryCommand_RefusesForbidden_WhenCallerIsNotAnAdministrator()
    {
        // Arrange
        var caller = LabTestHost.Facilitator.Id;
        var target = LabTestHost.Coordinator1.Id;
        var membership = new Membership(target, School, Role.Sponsor);
        Func<Task>[] commands =
        [
            () => _people.SearchAsync(caller, new PeopleQuery(), _host.Token),
            () => _people.GetAsync(caller, target, _host.Token),
            () => _people.CountOpenTasksAsync(caller, target, _host.Token),
            () => _people.InviteAsync(caller, new NewPerson("Ny Person", "ny@example.se", "sv", []), _host.Token),
            () => _people.UpdateAsync(caller, target, "Kim", "kim@example.se", "sv", _host.Token),
            () => _people.DeactivateAsync(caller, target, null, null, _host.Token),
            () => _people.ReactivateAsync(caller, target, _host.Token),
            () => _people.RetryRefusedEmailsAsync(caller, target, _host.Token),
            () => _people.AddMembershipAsync(caller, membership, _host.Token),
            () => _people.RemoveMembershipAsync(caller, membership, _host.Token),
        ];

        // Act
        var codes = new List<string>();
        foreach (var command in commands)
        {
            codes.Add((await Assert.ThrowsAsync<LabDomainException>(command)).Code);
        }

        // Assert
        Assert.All(codes, code => Assert.Equal(LabErrors.Forbidden, code));
        Assert.Empty(_accounts.Invited);
        Assert.True((await _host.Directory.FindPersonAsync(target, _host.Token))!.Active);
    }

    [Fact]
    public async Task InviteAsync_InvitesThroughTheAccounts_WhenCallerIsAnAdministrator()
    {
        // Arrange
        var person = new NewPerson(" Nora Ny ", "nora@example.se", "en", [new Membership(Guid.Empty, School, Role.Coordinator)], [Role.Designer]);

        // Act
        var created = await _people.InviteAsync(Admin.Id, person, _host.Token);

        // Assert
        var invited = Assert.Single(_accounts.Invited);
        Assert.Equal("Nora Ny", invited.Name);
        Assert.Equal([Role.Designer], invited.OrganisationRoles);
        Assert.Equal("nora@example.se", created.Person.Email);
        Assert.Equal([Role.Coordinator], created.Memberships.Select(m => m.Role));
    }

    [Fact]
    public async Task InviteAsync_RefusesInvalidOnEveryField_WhenEachIsWrong()
    {
        // Arrange
        var person = new NewPerson(new string('n', OrganisationLimits.NameLength + 1), "not an address", "de", [new Membership(Guid.Empty, "no-such-administration", Role.Coordinator)], [Role.Coordinator]);

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => _people.InviteAsync(Admin.Id, person, _host.Token));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal(["culture", "email", "memberships[0].administrationId", "name", "roles"], refused.FieldErrors!.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(_accounts.Invited);
    }

    [Theory]
    [InlineData("anna.@goteborg.se")]
    [InlineData(".anna@goteborg.se")]
    [InlineData("anna..berg@goteborg.se")]
    [InlineData("Anna <anna@goteborg.se>")]
    public async Task InviteAsync_RefusesInvalidOnEmail_WhenTheMailLibraryCouldNotSendToIt(string address)
    {
        // Arrange: each of these passes System.Net.Mail's parser or is close to it; none can be sent to.
        var person = new NewPerson("Anna Berg", address, "sv", []);

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => _people.InviteAsync(Admin.Id, person, _host.Token));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal(["email"], refused.FieldErrors!.Keys);
        Assert.Empty(_accounts.Invited);
    }

    [Fact]
    public async Task InviteAsync_RefusesInvalidOnEmail_WhenSomeoneHasTheAddress()
    {
        // Arrange
        var person = new NewPerson("Kim Igen", LabTestHost.Coordinator1.Email.ToUpperInvariant(), "sv", []);

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => _people.InviteAsync(Admin.Id, person, _host.Token));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Contains("already has the email address", Assert.Single(refused.FieldErrors!["email"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateAsync_RefusesInvalidOnEmail_WhenAnotherAccountSignsInWithIt()
    {
        // Arrange
        _accounts.Emails["taken@example.se"] = Guid.NewGuid();

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            _people.UpdateAsync(Admin.Id, LabTestHost.Coordinator1.Id, "Kim", "taken@example.se", "sv", _host.Token));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.True(refused.FieldErrors!.ContainsKey("email"));
        Assert.Empty(_accounts.EmailChanges);
    }

    [Fact]
    public async Task UpdateAsync_MovesTheSignIn_WhenTheEmailChanges()
    {
        // Act
        var updated = await _people.UpdateAsync(Admin.Id, LabTestHost.Coordinator1.Id, "Kim Ny", "kim.ny@example.se", "en", _host.Token);

        // Assert
        Assert.Equal((LabTestHost.Coordinator1.Id, "kim.ny@example.se"), Assert.Single(_accounts.EmailChanges));
        Assert.Equal(("Kim Ny", "en"), (updated.Person.Name, updated.Person.Culture));
    }

    [Fact]
    public async Task UpdateAsync_SendsTheWaitingEmailsToTheCorrectedAddress_WhenTheEmailChanges()
    {
        // Arrange: a reminder to an address no email can go to has failed and waits an hour for its next attempt.
        var person = LabTestHost.Coordinator1.Id;
        var later = DateTimeOffset.UtcNow.AddHours(1);
        await _emails.AddAsync([WaitingEmail(person, later)], _host.Token);
        var claimed = Assert.Single(await _emails.ClaimDueAsync(later, later.AddMinutes(5), 10, _host.Token));
        await _emails.MarkFailedAsync(claimed.Id, later.AddHours(1), "Sending failed: ParseException.", _host.Token);

        // Act
        await _people.UpdateAsync(Admin.Id, person, "Kim", "kim.ny@example.se", "sv", _host.Token);
        await _people.UpdateAsync(Admin.Id, person, "Kim Ny", "kim.ny@example.se", "sv", _host.Token);

        // Assert: the address moved once, and the email is due now, not in an hour.
        var moved = (await _emails.FindAsync(claimed.Id, _host.Token))!;
        Assert.Equal("kim.ny@example.se", moved.RecipientAddress);
        Assert.True(moved.NextAttemptAt <= DateTimeOffset.UtcNow, $"The email waits until {moved.NextAttemptAt:O}.");
    }

    [Fact]
    public async Task UpdateAsync_SendsTheEmailsTheServerRefusedAgainToTheCorrectedAddress_AndClearsTheFlag()
    {
        // Arrange: the mail server refused a reminder to the person's address for good.
        var person = LabTestHost.Coordinator1;
        var refusedAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var reminder = await RefusedReminderAsync(person, refusedAt);
        var flagged = await _people.GetAsync(Admin.Id, person.Id, _host.Token);
        var listed = Assert.Single(await _people.SearchAsync(Admin.Id, new PeopleQuery(person.Name), _host.Token));

        // Act
        var corrected = await _people.UpdateAsync(Admin.Id, person.Id, person.Name, "kim.ratt@example.se", "sv", _host.Token);

        // Assert: flagged while refused; after the correction the reminder is due now at the new address, and the flag is gone.
        Assert.Equal(new EmailRefusal(person.Id, person.Email, refusedAt, UndeliverableReasons.MailboxUnavailable), flagged.EmailRefused);
        Assert.False(flagged.CanReceiveEmail);
        Assert.True(flagged.AddressIsValid);
        Assert.Equal(flagged.EmailRefused, listed.EmailRefused);
        Assert.Null(corrected.EmailRefused);
        Assert.True(corrected.CanReceiveEmail);
        var resent = (await _emails.FindAsync(reminder.Id, _host.Token))!;
        Assert.Equal(("kim.ratt@example.se", EmailStatus.Pending, null), (resent.RecipientAddress, resent.Status, resent.UndeliverableReason));
        Assert.True(resent.NextAttemptAt <= DateTimeOffset.UtcNow, $"The reminder waits until {resent.NextAttemptAt:O}.");
        Assert.Single(await _emails.ClaimDueAsync(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(5), 10, _host.Token));
    }

    [Fact]
    public async Task RetryRefusedEmailsAsync_SendsTheRefusedEmailAgainToTheSameAddress_AndClearsTheFlag()
    {
        // Arrange: the mail server refused a reminder to the person's address; the mailbox has been created since.
        var person = LabTestHost.Coordinator1;
        var reminder = await RefusedReminderAsync(person, DateTimeOffset.UtcNow.AddMinutes(-5));
        var flagged = await _people.GetAsync(Admin.Id, person.Id, _host.Token);

        // Act
        var retried = await _people.RetryRefusedEmailsAsync(Admin.Id, person.Id, _host.Token);

        // Assert: due now at the same address, the refusal cleared, and the person no longer flagged.
        Assert.NotNull(flagged.EmailRefused);
        Assert.Null(retried.EmailRefused);
        Assert.True(retried.CanReceiveEmail);
        Assert.Null((await _people.GetAsync(Admin.Id, person.Id, _host.Token)).EmailRefused);
        var resent = (await _emails.FindAsync(reminder.Id, _host.Token))!;
        Assert.Equal((person.Email, EmailStatus.Pending, null, null), (resent.RecipientAddress, resent.Status, resent.UndeliverableAt, resent.UndeliverableReason));
        Assert.True(resent.NextAttemptAt <= DateTimeOffset.UtcNow, $"The reminder waits until {resent.NextAttemptAt:O}.");
        Assert.Equal(reminder.Id, Assert.Single(await _emails.ClaimDueAsync(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(5), 10, _host.Token)).Id);
    }

    [Fact]
    public async Task RetryRefusedEmailsAsync_RefusesEmailNotRefused_WhenTheEmailsWereAlreadySentAgain()
    {
        // Arrange: one administrator sent the refused reminder again.
        var person = LabTestHost.Coordinator1;
        await RefusedReminderAsync(person, DateTimeOffset.UtcNow.AddMinutes(-5));
        await _people.RetryRefusedEmailsAsync(Admin.Id, person.Id, _host.Token);

        // Act: the second press (or a second administrator) finds nothing refused.
        var refused = await Assert.ThrowsAsync<LabDomainException>(() => _people.RetryRefusedEmailsAsync(Admin.Id, person.Id, _host.Token));
        var unknown = await Assert.ThrowsAsync<LabDomainException>(() => _people.RetryRefusedEmailsAsync(Admin.Id, Guid.NewGuid(), _host.Token));

        // Assert
        Assert.Equal(("email_not_refused", "people.email_not_refused"), (refused.Code, refused.Text.Code));
        Assert.Equal(
            $"E-postservern har inte nekat någon e-post till {person.Name} som väntar: den har redan skickats igen (kanske av en annan administratör) eller gått fram.",
            refused.Text.In("sv"));
        Assert.Equal(
            $"No email to {person.Name} is waiting after a refusal by the mail server: it has already been sent again (perhaps by another administrator) or has gone through.",
            refused.Message);
        Assert.Equal(LabErrors.NotFound, unknown.Code);
    }

    [Fact]
    public async Task GetAsync_DoesNotFlagTheAddress_WhenTheServerRefusedAnEarlierAddressOfThePerson()
    {
        var person = LabTestHost.Coordinator1;
        var refusedAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        var reminder = WaitingEmail(person.Id, refusedAt) with { RecipientAddress = "gammal@example.se" };
        await _emails.AddAsync([reminder], _host.Token);
        await _emails.ClaimDueAsync(refusedAt, refusedAt.AddMinutes(5), 10, _host.Token);
        await _emails.MarkUndeliverableAsync(reminder.Id, refusedAt, UndeliverableReasons.MailboxUnavailable, "refused", _host.Token);

        var summary = await _people.GetAsync(Admin.Id, person.Id, _host.Token);

        Assert.Null(summary.EmailRefused);
        Assert.True(summary.CanReceiveEmail);
    }

    /// <summary>A reminder to <paramref name="person"/>'s address that the mail server refused for good at <paramref name="refusedAt"/>.</summary>
    private async Task<EmailMessage> RefusedReminderAsync(Person person, DateTimeOffset refusedAt)
    {
        var reminder = WaitingEmail(person.Id, refusedAt) with { RecipientAddress = person.Email };
        await _emails.AddAsync([reminder], _host.Token);
        Assert.Single(await _emails.ClaimDueAsync(refusedAt, refusedAt.AddMinutes(5), 10, _host.Token));
        await _emails.MarkUndeliverableAsync(reminder.Id, refusedAt, UndeliverableReasons.MailboxUnavailable, "The SMTP server refused the recipient: 550 MailboxUnavailable.", _host.Token);
        return reminder;
    }

    private static EmailMessage WaitingEmail(Guid personId, DateTimeOffset due) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = Guid.NewGuid(),
        RecipientAddress = "kim.@example.se",
        RecipientName = "Kim",
        RecipientPersonId = personId,
        Culture = "sv",
        Template = EmailTemplates.TaskAssigned,
        ModelJson = "{}",
        Subject = "Påminnelse",
        HtmlBody = "<p>Påminnelse</p>",
        TextBody = "Påminnelse",
        MessageId = $"{Guid.NewGuid():N}@labflow.example",
        NextAttemptAt = due,
        CreatedAt = due,
    };

    [Fact]
    public async Task DeactivateAsync_RefusesInvalidOnReassignTasksToAndNote_WhenSuccessorIsThemselvesAndNoteTooLong()
    {
        // Arrange
        var target = LabTestHost.Coordinator1.Id;

        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            _people.DeactivateAsync(Admin.Id, target, target, new string('x', OrganisationLimits.NoteLength + 1), _host.Token));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal(["note", "reassignTasksTo"], refused.FieldErrors!.Keys.Order(StringComparer.Ordinal));
        Assert.True((await _host.Directory.FindPersonAsync(target, _host.Token))!.Active);
    }

    [Fact]
    public async Task DeactivateAsync_DeactivatesAndEndsSessions_WhenThePersonHasNoOpenTasks()
    {
        // Act
        var deactivated = await _people.DeactivateAsync(Admin.Id, LabTestHost.Sponsor.Id, null, null, _host.Token);

        // Assert
        Assert.False(deactivated.Person.Person.Active);
        Assert.Equal(0, deactivated.TasksReassigned);
        Assert.Equal([LabTestHost.Sponsor.Id], _accounts.SessionsEnded);
    }

    [Fact]
    public async Task AddMembershipAsync_RefusesInvalidOnAdministrationId_WhenTheAdministrationDoesNotExist()
    {
        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            _people.AddMembershipAsync(Admin.Id, new Membership(LabTestHost.Sponsor.Id, "no-such-administration", Role.Sponsor), _host.Token));

        // Assert
        Assert.Equal(LabErrors.Invalid, refused.Code);
        Assert.Equal(["administrationId"], refused.FieldErrors!.Keys);
    }

    [Fact]
    public async Task RemoveMembershipAsync_RefusesNotFound_WhenTheRoleIsNotHeld()
    {
        // Act
        var refused = await Assert.ThrowsAsync<LabDomainException>(() =>
            _people.RemoveMembershipAsync(Admin.Id, new Membership(LabTestHost.Sponsor.Id, School, Role.HR), _host.Token));

        // Assert
        Assert.Equal(LabErrors.NotFound, refused.Code);
        Assert.Empty(_accounts.SessionsEnded);
    }

    [Fact]
    public async Task RemoveMembershipAsync_TakesTheRoleAndEndsSessions_WhenTheRoleIsHeld()
    {
        // Arrange
        var membership = new Membership(LabTestHost.Sponsor.Id, School, Role.Sponsor);

        // Act
        await _people.RemoveMembershipAsync(Admin.Id, membership, _host.Token);

        // Assert
        Assert.DoesNotContain(membership, await _host.Directory.ListMembershipsAsync(LabTestHost.Sponsor.Id, _host.Token));
        Assert.Equal([LabTestHost.Sponsor.Id], _accounts.SessionsEnded);
    }

    [Fact]
    public async Task SearchAsync_FindsByEmailAndRole_WhenCallerIsAnAdministrator()
    {
        // Act
        var found = await _people.SearchAsync(Admin.Id, new PeopleQuery(Search: "KIM@", AdministrationId: School, Role: Role.Coordinator), _host.Token);

        // Assert
        Assert.Equal([LabTestHost.Coordinator1.Id], found.Select(p => p.Person.Id));
    }

    /// <summary>The accounts in memory: the invitations and email changes it was asked for, and whose sessions ended.</summary>
    private sealed class FakeAccounts(InMemoryDirectory directory) : IAccounts
    {
        public Dictionary<string, Guid> Emails { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<NewPerson> Invited { get; } = [];

        public List<(Guid, string)> EmailChanges { get; } = [];

        public List<Guid> SessionsEnded { get; } = [];

        public Task<Guid?> FindIdByEmailAsync(string email, CancellationToken cancellationToken) =>
            Task.FromResult(Emails.TryGetValue(email, out var id) ? id : (Guid?)null);

        public Task<Person> InviteAsync(NewPerson person, Guid inviterId, CancellationToken cancellationToken)
        {
            Invited.Add(person);
            var created = new Person(Guid.NewGuid(), person.Name, person.Email, person.Culture);
            directory.AddPerson(created);
            foreach (var membership in person.Memberships)
            {
                directory.AddMembership(membership with { PersonId = created.Id });
            }

            return Task.FromResult(created);
        }

        public Task ChangeEmailAsync(Guid personId, string email, CancellationToken cancellationToken)
        {
            EmailChanges.Add((personId, email));
            return Task.CompletedTask;
        }

        public Task EndSessionsAsync(Guid personId, CancellationToken cancellationToken)
        {
            SessionsEnded.Add(personId);
            return Task.CompletedTask;
        }
    }
}
