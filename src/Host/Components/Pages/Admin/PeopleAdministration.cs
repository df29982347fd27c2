using LabFlow.Activities.Labs;
using LabFlow.Activities.Listing;
using LabFlow.Activities.Messages;
using LabFlow.Activities.Organisation;
using LabFlow.Host.Components.Shared;
using LabFlow.Host.Infrastructure.Identity;

namespace LabFlow.Host.Components.Pages.Admin;

/// <summary>
/// The administration pages' adapter to <see cref="PeopleService"/>, the one people administration the API calls
/// too: it turns the forms into commands (checking them first for the page's own Swedish and English messages,
/// attached to the form's inputs) and the service's refusals into those messages.
/// </summary>
internal sealed class PeopleAdministration(IDirectory directory, PeopleService people, PeopleListService peopleList)
{
    /// <summary>The API's limits (OrganisationApi).</summary>
    public const int MaxNameLength = OrganisationLimits.NameLength;
    public const int MaxEmailLength = OrganisationLimits.EmailLength;
    public const int MaxNoteLength = OrganisationLimits.NoteLength;

    public Task<IReadOnlyList<Administration>> ListAdministrationsAsync(CancellationToken cancellationToken) =>
        directory.ListAdministrationsAsync(cancellationToken);

    /// <summary>The people the filter selects, by name, with their memberships (the query <c>GET /api/v1/people</c> runs).</summary>
    public Task<IReadOnlyList<PersonSummary>> ListPeopleAsync(Guid callerId, PeopleFilter filter, CancellationToken cancellationToken) =>
        people.SearchAsync(callerId, QueryOf(filter), cancellationToken);

    /// <summary>A page of the people list in <paramref name="sort"/> order, after <paramref name="cursor"/> (<see cref="PeopleListService"/>).</summary>
    public Task<ListPage<PersonSummary>> ListPageAsync(
        Guid callerId, PeopleFilter filter, PeopleSort sort, string? cursor, int pageSize, CancellationToken cancellationToken) =>
        peopleList.ListAsync(callerId, QueryOf(filter), sort, cursor, pageSize, cancellationToken);

    private static PeopleQuery QueryOf(PeopleFilter filter) =>
        new(filter.Search, filter.AdministrationId, filter.Role, filter.Status switch
        {
            PeopleStatus.Active => true,
            PeopleStatus.Deactivated => false,
            _ => null,
        });

    public async Task<PersonSummary?> FindAsync(Guid callerId, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return await people.GetAsync(callerId, id, cancellationToken);
        }
        catch (LabDomainException missing) when (missing.Code == LabErrors.NotFound)
        {
            return null;
        }
    }

    /// <summary>How many open tasks the person has: they move to a successor when the person is deactivated.</summary>
    public Task<int> CountOpenTasksAsync(Guid callerId, Guid id, CancellationToken cancellationToken) =>
        people.CountOpenTasksAsync(callerId, id, cancellationToken);

    /// <summary>Active people other than <paramref name="id"/>, by name: who may take over the open tasks.</summary>
    public async Task<IReadOnlyList<Person>> SearchSuccessorsAsync(Guid callerId, Guid id, string search, CancellationToken cancellationToken) =>
        [.. (await ListPeopleAsync(callerId, new PeopleFilter(search), cancellationToken)).Select(p => p.Person).Where(p => p.Id != id).Take(PersonPicker.MaxOptions + 1)];

    /// <summary>
    /// Invites the person as <c>POST /api/v1/account/invitations</c> does: the person, their memberships, a user
    /// without a password and the invitation email. Returns the new person's id, or <c>null</c> with <paramref name="errors"/> filled.
    /// </summary>
    public async Task<Guid?> InviteAsync(InviteForm form, Guid inviterId, FormErrors errors, CancellationToken cancellationToken)
    {
        var (name, email) = await CheckPersonAsync(inviterId, form.Person, null, inviting: true, errors, cancellationToken);
        var memberships = new List<Membership>();
        for (var i = 0; i < form.Memberships.Count; i++)
        {
            // A row left empty is no membership; a row half chosen is an error.
            if (string.IsNullOrEmpty(form.Memberships[i].AdministrationId) && string.IsNullOrEmpty(form.Memberships[i].Role))
            {
                continue;
            }

            if (await CheckMembershipAsync(
                    form.Memberships[i],
                    AdminFieldIds.MembershipAdministration(i),
                    AdminFieldIds.MembershipRole(i),
                    AdminTexts.AdministrationRequired(i + 1),
                    AdminTexts.RoleRequired(i + 1),
                    errors,
                    cancellationToken) is { } membership)
            {
                memberships.Add(membership);
            }
        }

        if (errors.Any)
        {
            return null;
        }

        Role[] roles = [.. new Role?[] { form.Admin ? Role.Admin : null, form.Designer ? Role.Designer : null }.OfType<Role>()];
        try
        {
            var created = await people.InviteAsync(inviterId, new NewPerson(name!, email!, form.Person.Culture, memberships, roles), cancellationToken);
            return created.Person.Id;
        }
        catch (LabDomainException refused) when (refused.FieldErrors?.ContainsKey("email") == true)
        {
            // The form's own checks ran above, so only someone having the address (or Identity's own rules) gets here.
            errors.Add(AdminFieldIds.Email, refused.Fields!["email"].Any(m => m.Code == PeopleMessages.EmailTaken.Code) ? AdminTexts.AccountExists(email!) : AdminTexts.AccountError);
            return null;
        }
    }

    /// <summary>Changes name, email (and with it the sign-in name) and language, as <c>PUT /api/v1/people/{id}</c> does.</summary>
    public async Task<bool> UpdateAsync(Guid callerId, Guid id, PersonForm form, FormErrors errors, CancellationToken cancellationToken)
    {
        var (name, email) = await CheckPersonAsync(callerId, form, id, inviting: false, errors, cancellationToken);
        if (errors.Any)
        {
            return false;
        }

        try
        {
            await people.UpdateAsync(callerId, id, name!, email!, form.Culture, cancellationToken);
            return true;
        }
        catch (LabDomainException refused) when (refused.FieldErrors?.ContainsKey("email") == true)
        {
            errors.Add(AdminFieldIds.Email, refused.Fields!["email"].FirstOrDefault(m => m.Code == PeopleMessages.EmailTaken.Code)?.In(UiText.Language) ?? AdminTexts.AccountError);
            return false;
        }
    }

    /// <summary>Gives the person a role in an administration; <c>null</c> with <paramref name="errors"/> filled when the choice is incomplete.</summary>
    public async Task<Membership?> AddMembershipAsync(Guid callerId, Guid id, MembershipForm form, FormErrors errors, CancellationToken cancellationToken)
    {
        var membership = await CheckMembershipAsync(
            form, AdminFieldIds.NewAdministration, AdminFieldIds.NewRole, AdminTexts.NewAdministrationRequired, AdminTexts.NewRoleRequired, errors, cancellationToken);
        if (membership is null)
        {
            return null;
        }

        membership = membership with { PersonId = id };
        if (!await people.AddMembershipAsync(callerId, membership, cancellationToken))
        {
            errors.Add(AdminFieldIds.NewRole, AdminTexts.MembershipHeld);
            return null;
        }

        return membership;
    }

    /// <summary>Takes the role and, as <c>DELETE /api/v1/people/{id}/memberships/…</c> does, ends the person's sessions.</summary>
    public Task RemoveMembershipAsync(Guid callerId, Membership membership, CancellationToken cancellationToken) =>
        people.RemoveMembershipAsync(callerId, membership, cancellationToken);

    /// <summary>
    /// Deactivates the person as <c>POST /api/v1/people/{id}/deactivate</c> does: a successor is required when they
    /// have open tasks, those tasks move to the successor, and the new security stamp ends their sessions.
    /// </summary>
    public async Task<DeactivationResult?> DeactivateAsync(Guid id, Guid? successorId, string? note, Guid callerId, FormErrors errors, CancellationToken cancellationToken)
    {
        if (await FindAsync(callerId, id, cancellationToken) is not { Person: var person })
        {
            return null;
        }

        var openBefore = await CountOpenTasksAsync(callerId, id, cancellationToken);
        try
        {
            var result = await people.DeactivateAsync(callerId, id, successorId, note, cancellationToken);
            return new DeactivationResult(result.TasksReassigned, result.Successor?.Name);
        }
        catch (LabDomainException refused) when (refused.FieldErrors is { } fields)
        {
            if (fields.ContainsKey("note"))
            {
                errors.Add(AdminFieldIds.Note, AdminTexts.NoteTooLong(MaxNoteLength));
            }

            if (fields.ContainsKey("reassignTasksTo"))
            {
                errors.Add(AdminFieldIds.Successor, successorId is null
                    ? AdminTexts.SuccessorRequired(person.Name, openBefore)
                    : AdminTexts.SuccessorInvalid(person.Name));
            }

            return null;
        }
        catch (LabDomainException refused) when (refused.Code == LabErrors.Forbidden)
        {
            // The tasks in labs the administrator may manage moved before the refusal; those still open are the rest.
            var left = await CountOpenTasksAsync(callerId, id, cancellationToken);
            errors.Add("", AdminTexts.NotPermitted(person.Name, left, openBefore - left));
            return null;
        }
    }

    public Task ReactivateAsync(Guid callerId, Guid id, CancellationToken cancellationToken) =>
        people.ReactivateAsync(callerId, id, cancellationToken);

    /// <summary>
    /// Sends the emails the mail server refused again, as <c>POST /api/v1/people/{id}/email/retry</c> does; the status
    /// message to show, also when another administrator had sent them again first.
    /// </summary>
    public async Task<string> RetryRefusedEmailsAsync(Guid callerId, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var person = await people.RetryRefusedEmailsAsync(callerId, id, cancellationToken);
            return AdminTexts.RefusedEmailsSentAgain(person.Person.Email);
        }
        catch (LabDomainException refused) when (refused.Code == LabErrors.EmailNotRefused)
        {
            return refused.Text.In(UiText.Language);
        }
    }

    /// <summary>
    /// The service's checks of name, email and language, shown on the form's fields in the page's language; the
    /// name and email as they will be stored, or <c>null</c> for a field with an error.
    /// </summary>
    /// <param name="inviting">An invitation: an address someone already has means they already have an account.</param>
    private async Task<(string? Name, string? Email)> CheckPersonAsync(
        Guid callerId, PersonForm form, Guid? self, bool inviting, FormErrors errors, CancellationToken cancellationToken)
    {
        var problems = await people.CheckPersonAsync(callerId, form.Name, form.Email, form.Culture, self, cancellationToken);
        foreach (var (field, messages) in problems)
        {
            var fieldId = field switch
            {
                "name" => AdminFieldIds.Name,
                "email" => AdminFieldIds.Email,
                _ => AdminFieldIds.Culture,
            };
            foreach (var message in messages)
            {
                errors.Add(fieldId, inviting && message.Code == PeopleMessages.EmailTaken.Code
                    ? AdminTexts.AccountExists(form.Email!.Trim())
                    : message.In(UiText.Language));
            }
        }

        return (problems.ContainsKey("name") ? null : form.Name!.Trim(), problems.ContainsKey("email") ? null : form.Email!.Trim());
    }

    private async Task<Membership?> CheckMembershipAsync(
        MembershipForm form,
        string administrationField,
        string roleField,
        string administrationMessage,
        string roleMessage,
        FormErrors errors,
        CancellationToken cancellationToken)
    {
        var administration = string.IsNullOrEmpty(form.AdministrationId) ? null : await directory.FindAdministrationAsync(form.AdministrationId, cancellationToken);
        if (administration is null)
        {
            errors.Add(administrationField, administrationMessage);
        }

        if (!Roles.TryParse(form.Role, out var role))
        {
            errors.Add(roleField, roleMessage);
            return null;
        }

        return administration is null ? null : new Membership(Guid.Empty, administration.Id, role);
    }
}
