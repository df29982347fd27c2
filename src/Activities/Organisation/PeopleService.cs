using LabFlow.Activities.Email;
using LabFlow.Activities.Labs;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Tasks;

namespace LabFlow.Activities.Organisation;

/// <summary>
/// People administration for both doors (the API and the admin pages): listing, inviting, changing, deactivating
/// with a successor for the open tasks, reactivating and memberships. Only administrators (by
/// <see cref="LabAccess.IsAdminAsync"/>) may do any of it, checked here for every call; refusals are
/// <see cref="LabDomainException"/> with stable codes and field-keyed errors (the API's camelCase keys).
/// </summary>
public sealed class PeopleService(
    IDirectory directory,
    IDirectoryCommands commands,
    IAccounts accounts,
    LabAccess access,
    ITaskStore tasks,
    TaskService taskService,
    WaitingEmails waitingEmails)
{
    /// <summary>The languages a person can choose.</summary>
    public static readonly IReadOnlyList<string> Cultures = ["sv", "en"];

    /// <summary>The people <paramref name="query"/> selects, by name, with their memberships.</summary>
    public async Task<IReadOnlyList<PersonSummary>> SearchAsync(Guid actorId, PeopleQuery query, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        return await waitingEmails.WithRefusalsAsync(await directory.SearchPeopleAsync(query, limit: null, cancellationToken), cancellationToken);
    }

    /// <exception cref="LabDomainException"><c>not_found</c> when there is no such person.</exception>
    public async Task<PersonSummary> GetAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        return await SummaryAsync(await FindAsync(personId, cancellationToken), cancellationToken);
    }

    /// <summary>How many open tasks the person has: they move to a successor when the person is deactivated.</summary>
    public async Task<int> CountOpenTasksAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        return (await tasks.ListForPersonAsync(personId, includeClosed: false, cancellationToken)).Count;
    }

    /// <summary>
    /// Checks a person's name, email (format, and that nobody else has it; <paramref name="self"/> is the person being
    /// changed, if any) and language without saving anything, so a form can show every field's problem at once.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<CodedMessage>>> CheckPersonAsync(
        Guid actorId, string? name, string? email, string? culture, Guid? self, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var errors = new InputErrors();
        await CheckPersonAsync(errors, name, email, culture, self, cancellationToken);
        return errors.ToCoded();
    }

    /// <summary>
    /// Creates the person with their memberships and an account without password, and emails them the invitation
    /// to choose one: an administrator adding someone always means they are to sign in.
    /// </summary>
    public async Task<PersonSummary> InviteAsync(Guid actorId, NewPerson person, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var errors = new InputErrors();
        var email = await CheckPersonAsync(errors, person.Name, person.Email, person.Culture, null, cancellationToken);
        for (var i = 0; i < person.Memberships.Count; i++)
        {
            await CheckMembershipAsync(errors, $"memberships[{i}].", person.Memberships[i], cancellationToken);
        }

        foreach (var role in person.OrganisationRoles ?? [])
        {
            if (role is not (Role.Admin or Role.Designer))
            {
                errors.Add("roles", PeopleMessages.OrganisationRoleOnly.With(("role", role), ("admin", Role.Admin), ("designer", Role.Designer)));
            }
        }

        errors.ThrowIfAny("The person cannot be invited until every field is fixed.");
        var created = await accounts.InviteAsync(
            person with { Name = person.Name.Trim(), Email = email!, Memberships = [.. person.Memberships.Distinct()] },
            actorId,
            cancellationToken);
        return await SummaryAsync(created, cancellationToken);
    }

    /// <summary>Changes name, email (and with it the sign-in name) and language.</summary>
    public async Task<PersonSummary> UpdateAsync(Guid actorId, Guid personId, string name, string email, string culture, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var existing = await FindAsync(personId, cancellationToken);
        var errors = new InputErrors();
        var trimmed = await CheckPersonAsync(errors, name, email, culture, personId, cancellationToken);
        errors.ThrowIfAny("The person cannot be changed until every field is fixed.");
        if (!string.Equals(existing.Email, trimmed, StringComparison.Ordinal))
        {
            await accounts.ChangeEmailAsync(personId, trimmed!, cancellationToken);
        }

        var changed = existing with { Name = name.Trim(), Email = trimmed!, Culture = culture };
        await commands.SavePersonAsync(changed, cancellationToken);
        if (!string.Equals(existing.Email, changed.Email, StringComparison.Ordinal))
        {
            // Reminders that could not reach the old address (or have not gone yet) go to the corrected one, also
            // those the mail server refused for good: the correction is what they waited for.
            await waitingEmails.FollowAddressChangeAsync(personId, changed.Email, cancellationToken);
        }

        return await SummaryAsync(changed, cancellationToken);
    }

    /// <summary>
    /// Sends the emails the mail server refused for the person again, to their address as it is, due at once: for when
    /// the mailbox was created since the refusal, or the refusal was the server's mistake (a changed address is sent
    /// to by <see cref="UpdateAsync"/>). The same right as changing the person.
    /// </summary>
    /// <exception cref="LabDomainException">
    /// <c>not_found</c> when there is no such person; <c>email_not_refused</c> when no email
    /// to them is refused, such as when another administrator sent them again first.
    /// </exception>
    public async Task<PersonSummary> RetryRefusedEmailsAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var person = await FindAsync(personId, cancellationToken);
        if (await waitingEmails.RetryRefusedAsync(personId, person.Email.Trim(), cancellationToken) == 0)
        {
            throw new LabDomainException(LabErrors.EmailNotRefused, PeopleMessages.EmailNotRefused.With(("name", person.Name)));
        }

        return await SummaryAsync(person, cancellationToken);
    }

    /// <summary>
    /// Deactivates the person: a successor is required when they have open tasks, those tasks move to the
    /// successor, and their sessions end at once.
    /// </summary>
    /// <exception cref="LabDomainException">
    /// <c>invalid</c> on <c>reassignTasksTo</c> or <c>note</c>; <c>forbidden</c> when some open tasks are in labs the
    /// administrator cannot manage (those moved stay moved, the person stays active).
    /// </exception>
    public async Task<DeactivatedPerson> DeactivateAsync(Guid actorId, Guid personId, Guid? successorId, string? note, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var person = await FindAsync(personId, cancellationToken);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        var errors = new InputErrors().LimitText("note", note, OrganisationLimits.NoteLength, "the note");
        var open = await tasks.ListForPersonAsync(personId, includeClosed: false, cancellationToken);
        Person? successor = null;
        if (successorId is { } to)
        {
            successor = await directory.FindPersonAsync(to, cancellationToken);
            if (successor is not { Active: true } || to == personId)
            {
                errors.Add("reassignTasksTo", successor is null
                    ? PeopleMessages.SuccessorUnknown.With(("personId", to))
                    : (to == personId ? PeopleMessages.SuccessorSelf : PeopleMessages.SuccessorInactive).With(("name", successor.Name)));
            }
        }
        else if (open.Count > 0)
        {
            errors.Add("reassignTasksTo", PeopleMessages.SuccessorRequired.With(("name", person.Name), ("count", open.Count)));
        }

        errors.ThrowIfAny($"{person.Name} cannot be deactivated until every field is fixed.");
        var reassigned = 0;
        if (successor is not null && open.Count > 0)
        {
            var result = await taskService.ReassignAllOpenTasksOfAsync(personId, successor.Id, actorId, note, cancellationToken);
            reassigned = result.Reassigned;
            if (result.NotPermitted > 0)
            {
                throw new LabDomainException(LabErrors.Forbidden,
                    PeopleMessages.ReassignNotPermitted.With(("notPermitted", result.NotPermitted), ("name", person.Name), ("moved", reassigned)));
            }
        }

        var deactivated = person with { Active = false };
        await commands.SavePersonAsync(deactivated, cancellationToken);
        await accounts.EndSessionsAsync(personId, cancellationToken);
        return new DeactivatedPerson(await SummaryAsync(deactivated, cancellationToken), reassigned, reassigned > 0 ? successor : null);
    }

    public async Task<PersonSummary> ReactivateAsync(Guid actorId, Guid personId, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        var reactivated = await FindAsync(personId, cancellationToken) with { Active = true };
        await commands.SavePersonAsync(reactivated, cancellationToken);
        return await SummaryAsync(reactivated, cancellationToken);
    }

    /// <summary>Gives the person a role in an administration; <c>false</c> when they already held it (nothing changes).</summary>
    public async Task<bool> AddMembershipAsync(Guid actorId, Membership membership, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        await FindAsync(membership.PersonId, cancellationToken);
        var errors = new InputErrors();
        await CheckMembershipAsync(errors, "", membership, cancellationToken);
        errors.ThrowIfAny("The role cannot be given until every field is fixed.");
        if ((await directory.ListMembershipsAsync(membership.PersonId, cancellationToken)).Contains(membership))
        {
            return false;
        }

        await commands.AddMembershipAsync(membership, cancellationToken);
        return true;
    }

    /// <summary>Takes the role and ends the person's sessions, so the lost rights take effect at once.</summary>
    /// <exception cref="LabDomainException"><c>not_found</c> when the person does not hold the role.</exception>
    public async Task RemoveMembershipAsync(Guid actorId, Membership membership, CancellationToken cancellationToken)
    {
        await RequireAdminAsync(actorId, cancellationToken);
        await FindAsync(membership.PersonId, cancellationToken);
        if (!(await directory.ListMembershipsAsync(membership.PersonId, cancellationToken)).Contains(membership))
        {
            throw new LabDomainException(LabErrors.NotFound, PeopleMessages.NoSuchMembership.With(("personId", membership.PersonId), ("role", membership.Role), ("administration", membership.AdministrationId)));
        }

        await commands.RemoveMembershipAsync(membership, cancellationToken);
        await accounts.EndSessionsAsync(membership.PersonId, cancellationToken);
    }

    private Task RequireAdminAsync(Guid actorId, CancellationToken cancellationToken) =>
        access.RequireAdminAsync(actorId, PeopleMessages.AdminOnly.Message, cancellationToken);

    private async Task<Person> FindAsync(Guid personId, CancellationToken cancellationToken) =>
        await directory.FindPersonAsync(personId, cancellationToken)
        ?? throw new LabDomainException(LabErrors.NotFound, PeopleMessages.NotFound.With(("personId", personId)));

    private async Task<PersonSummary> SummaryAsync(Person person, CancellationToken cancellationToken) =>
        await waitingEmails.WithRefusalAsync(new(person, await directory.ListMembershipsAsync(person.Id, cancellationToken)), cancellationToken);

    /// <summary>Checks name, email (format and that nobody else has it) and language; returns the email as stored, or <c>null</c> when it is wrong.</summary>
    private async Task<string?> CheckPersonAsync(InputErrors errors, string? name, string? email, string? culture, Guid? self, CancellationToken cancellationToken)
    {
        var trimmedName = name?.Trim() ?? string.Empty;
        if (trimmedName.Length == 0)
        {
            errors.Add("name", PeopleMessages.NameRequired.Message);
        }
        else if (trimmedName.Length > OrganisationLimits.NameLength)
        {
            errors.Add("name", PeopleMessages.NameTooLong.With(("max", OrganisationLimits.NameLength), ("length", trimmedName.Length)));
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add("email", PeopleMessages.EmailRequired.Message);
        }
        else if (email.Trim().Length > OrganisationLimits.EmailLength)
        {
            errors.Add("email", PeopleMessages.EmailTooLong.With(("max", OrganisationLimits.EmailLength), ("length", email.Trim().Length)));
        }
        if (culture is null || !Cultures.Contains(culture, StringComparer.Ordinal))
        {
            errors.Add("culture", PeopleMessages.UnknownLanguage.With(("culture", InputErrors.Shortened(culture))));
        }

        if (string.IsNullOrWhiteSpace(email) || email.Trim().Length > OrganisationLimits.EmailLength)
        {
            return null;
        }

        var trimmed = email.Trim();
        if (!EmailAddressRule.IsValid(trimmed))
        {
            errors.Add("email", PeopleMessages.EmailInvalid.With(("email", trimmed)));
            return null;
        }

        var taken = await directory.FindPersonByEmailAsync(trimmed, cancellationToken);
        var account = await accounts.FindIdByEmailAsync(trimmed, cancellationToken);
        if ((taken is not null && taken.Id != self) || (account is { } id && id != self))
        {
            errors.Add("email", PeopleMessages.EmailTaken.With(("email", trimmed)));
            return null;
        }

        return trimmed;
    }

    private async Task CheckMembershipAsync(InputErrors errors, string prefix, Membership membership, CancellationToken cancellationToken)
    {
        errors.RequireDefined($"{prefix}role", membership.Role);
        if (InputIds.Problem(membership.AdministrationId, "the administration's id") is { } problem)
        {
            errors.Add($"{prefix}administrationId", problem);
        }
        else if (await directory.FindAdministrationAsync(membership.AdministrationId, cancellationToken) is null)
        {
            errors.Add($"{prefix}administrationId", PeopleMessages.AdministrationUnknown.With(("administration", membership.AdministrationId)));
        }
    }
}
